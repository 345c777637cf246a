/* Quizsite: the index (score, states, continue, review, reset, progress files, tag filter), the
   results page and the review page, over the progress that assets/quiz.js keeps. Loaded only on
   those pages: question pages stay light. */
(function () {
  'use strict';

  var q = window.quizsite;
  if (!q) { return; } // quiz.js missing (a theme without it): the pages stay as built
  var t = q.t, all = q.all, storage = q.storage, load = q.load, firstState = q.firstState,
    stateLabel = q.stateLabel, setWalk = q.setWalk, prefix = q.prefix, numberFormat = q.numberFormat,
    isDue = q.isDue, save = q.save;

  /** The course's questions as a page lists them: {id, key, element}. */
  function questionsIn(elements) {
    return elements.map(function (e) {
      return { id: e.getAttribute('data-question'), key: e.getAttribute('data-key'), element: e };
    });
  }

  // ---- the index ----

  function setupIndex(list) {
    var items = all(list, 'li[data-question]');
    var progress = document.querySelector('.progress');
    var score = progress && progress.querySelector('.score');
    var cont = document.querySelector('.continue');

    function refresh() {
      var right = 0, partial = 0, tried = 0, firstUntried = null;
      items.forEach(function (li) {
        var saved = load(li.getAttribute('data-question'), li.getAttribute('data-key'));
        var first = firstState(saved);
        var label = li.querySelector('.state');
        if (first) { tried++; } else if (!firstUntried) { firstUntried = li; }
        if (first === 'right') { right++; }
        if (first === 'partial') { partial++; }
        if (label) {
          label.className = 'state' + (first ? ' is-' + first : '');
          label.textContent = stateLabel(first);
        }
      });
      if (score) { score.textContent = t('score', { right: right, partial: partial, total: items.length, tried: tried }); }
      var due = items.filter(function (li) { return isDue(load(li.getAttribute('data-question'), li.getAttribute('data-key'))); });
      var dueText = document.querySelector('.review-due');
      if (dueText) { dueText.textContent = t('review-due', { count: due.length }); }
      if (cont) {
        var link = cont.querySelector('a');
        var target = firstUntried && firstUntried.querySelector('a');
        cont.hidden = !(link && target);
        if (link && target) {
          link.href = target.getAttribute('href');
          link.textContent = t(tried ? 'continue' : 'start', { title: target.textContent });
        }
      }
    }

    if (progress) {
      progress.hidden = false;
      var reset = progress.querySelector('.reset-progress');
      var confirm = progress.querySelector('.reset-confirm');
      if (reset && confirm) {
        reset.addEventListener('click', function () {
          confirm.hidden = false;
          reset.setAttribute('aria-expanded', 'true');
          var no = confirm.querySelector('.reset-no');
          if (no) { no.focus(); }
        });
        var close = function () { confirm.hidden = true; reset.setAttribute('aria-expanded', 'false'); reset.focus(); };
        var yes = confirm.querySelector('.reset-yes');
        var no = confirm.querySelector('.reset-no');
        if (yes) {
          yes.addEventListener('click', function () {
            var store = storage();
            items.forEach(function (li) { if (store) { store.removeItem(prefix + li.getAttribute('data-question')); } });
            setWalk(null);
            refresh();
            close();
          });
        }
        if (no) { no.addEventListener('click', close); }
      }
    }
    setupProgressFile(questionsIn(items), refresh);
    refresh();
  }

  // ---- progress in a file: export to move it to another browser, import to bring it back ----

  var FORMAT = 'quizsite-progress';
  var FILE_VERSION = 1;
  var STATES = ['right', 'partial', 'wrong'];

  function isCount(n) { return typeof n === 'number' && n >= 0 && Math.floor(n) === n; }

  function isObject(o) { return !!o && typeof o === 'object' && !Array.isArray(o); }

  /** One question's saved state as quiz.js writes it (version 2); anything else is damage. */
  function validState(s) {
    if (!isObject(s) || s.v !== q.VERSION || typeof s.key !== 'string' || !isCount(s.attempts)
        || typeof s.revealed !== 'boolean' || !isCount(s.hints)) { return false; }
    if (s.first !== null && !(isObject(s.first) && STATES.indexOf(s.first.state) >= 0
        && typeof s.first.revealed === 'boolean' && isCount(s.first.hints))) { return false; }
    if (s.last !== null && !(isObject(s.last) && STATES.indexOf(s.last.state) >= 0 && s.last.answer !== undefined)) { return false; }
    if (s.review !== undefined && s.review !== null && !(isObject(s.review) && isCount(s.review.box)
        && s.review.box >= 1 && s.review.box <= 4 && /^\d{4}-\d{2}-\d{2}$/.test(s.review.due))) { return false; }
    return true;
  }

  /**
   * What an imported file would change: {error} when it is refused as a whole (not a progress file,
   * from a newer Quizsite, of another course, damaged), else {states, skipped} to write.
   */
  function readProgressFile(text, questions) {
    var file;
    try { file = JSON.parse(text); } catch (e) { return { error: t('import-not-progress') }; }
    if (!isObject(file) || file.format !== FORMAT) { return { error: t('import-not-progress') }; }
    if (typeof file.version !== 'number' || file.version > FILE_VERSION) { return { error: t('import-newer') }; }
    if (file.course !== q.course) { return { error: t('import-other-course', { course: String(file.course) }) }; }
    if (!isObject(file.questions)) { return { error: t('import-damaged') }; }
    var byId = {};
    questions.forEach(function (question) { byId[question.id] = question; });
    var states = [], skipped = 0, damaged = false;
    Object.keys(file.questions).forEach(function (id) {
      var state = file.questions[id];
      if (!validState(state)) { damaged = true; return; }
      // A question the course no longer has, or whose answers changed since: its state would mislead.
      if (!byId[id] || byId[id].key !== state.key) { skipped++; return; }
      states.push({ id: id, state: state });
    });
    return damaged ? { error: t('import-damaged') } : { states: states, skipped: skipped };
  }

  function setupProgressFile(questions, refresh) {
    var exportButton = document.querySelector('.export-progress');
    var importButton = document.querySelector('.import-progress');
    var input = document.querySelector('.import-file');
    var status = document.querySelector('.progress-file-status');
    function say(text, cls) {
      if (status) { status.textContent = text; status.className = 'progress-file-status' + (cls ? ' is-' + cls : ''); }
    }
    if (exportButton) {
      exportButton.addEventListener('click', function () {
        var saved = {};
        questions.forEach(function (question) {
          var state = load(question.id, question.key);
          if (state.first || state.attempts || state.revealed || state.hints) { saved[question.id] = state; }
        });
        var text = JSON.stringify({ format: FORMAT, version: FILE_VERSION, course: q.course, exported: q.today(),
          questions: saved }, null, 2) + '\n';
        var link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        link.download = q.course + '-progress-' + q.today() + '.json';
        document.body.appendChild(link);
        link.click();
        link.remove();
        say(t('export-done', { count: Object.keys(saved).length }), '');
      });
    }
    if (importButton && input) {
      importButton.addEventListener('click', function () { input.click(); });
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        input.value = '';
        if (!file) { return; }
        if (file.size > 4 * 1024 * 1024) { say(t('import-not-progress'), 'wrong'); return; }
        var reader = new FileReader();
        reader.onload = function () {
          var read = readProgressFile(String(reader.result), questions);
          if (read.error) { say(read.error, 'wrong'); return; } // refused: nothing was changed
          read.states.forEach(function (entry) { save(entry.id, entry.state); });
          say(t(read.skipped ? 'import-done-skipped' : 'import-done', { count: read.states.length, skipped: read.skipped }), 'right');
          refresh();
        };
        reader.onerror = function () { say(t('import-not-progress'), 'wrong'); };
        reader.readAsText(file);
      });
    }
  }

  function setupTagFilter(list) {
    var filter = document.querySelector('.tag-filter');
    if (!filter) { return; }
    var buttons = all(filter, 'button');
    filter.hidden = false;
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var tag = button.getAttribute('data-tag');
        buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
        all(list, 'li[data-question]').forEach(function (li) {
          li.hidden = tag !== '' && (' ' + li.getAttribute('data-tags') + ' ').indexOf(' ' + tag + ' ') < 0;
        });
      });
    });
  }

  // ---- the results page ----

  function setupResults(table) {
    var rows = all(table, 'tr[data-question]');
    var wrong = [];
    var right = 0, partial = 0, tried = 0;
    rows.forEach(function (row) {
      var id = row.getAttribute('data-question');
      var saved = load(id, row.getAttribute('data-key'));
      var first = firstState(saved);
      var cell = function (cls, text) { var c = row.querySelector(cls); if (c) { c.textContent = text; } };
      cell('.first', stateLabel(first));
      cell('.attempts', numberFormat.format(saved.attempts || 0));
      cell('.hints-used', numberFormat.format(saved.hints || 0));
      var firstCell = row.querySelector('.first');
      if (firstCell && first) { firstCell.className = 'first is-' + first; }
      if (first) { tried++; }
      if (first === 'right') { right++; } else if (first) { wrong.push(id); }
      if (first === 'partial') { partial++; }
    });
    all(document, '.no-script').forEach(function (e) { e.hidden = true; });
    var score = document.querySelector('.results-score');
    if (score) { score.textContent = t('score', { right: right, partial: partial, total: rows.length, tried: tried }); }
    var button = document.querySelector('.retry-wrong');
    var none = document.querySelector('.retry-none');
    setWalk(null); // back at the results, a walk has ended
    if (button) {
      button.parentNode.hidden = wrong.length === 0;
      button.addEventListener('click', function () {
        setWalk(wrong, 'results');
        var link = table.querySelector('tr[data-question="' + wrong[0] + '"] a');
        if (link) { window.location.href = link.href; }
      });
    }
    if (none) { none.hidden = wrong.length > 0 || tried === 0; }
  }

  // ---- the review page: the questions in the review queue, and a walk through those due ----

  function setupReview(table) {
    var rows = questionsIn(all(table, 'tr[data-question]'));
    var dateFormat = new Intl.DateTimeFormat(q.language, { year: 'numeric', month: 'long', day: 'numeric' });
    var due = [], queued = 0, nextDay = null;
    rows.forEach(function (row) {
      var state = load(row.id, row.key);
      var review = state.review;
      row.element.hidden = !review;
      if (!review) { return; }
      queued++;
      var cell = function (cls, text) { var c = row.element.querySelector(cls); if (c) { c.textContent = text; } };
      cell('.box', t('review-box', { box: review.box, boxes: 4 }));
      cell('.due', isDue(state) ? t('review-today') : dateFormat.format(new Date(review.due + 'T12:00:00')));
      if (isDue(state)) { due.push(row.id); } else if (!nextDay || review.due < nextDay) { nextDay = review.due; }
    });
    all(document, '.no-script').forEach(function (e) { e.hidden = true; });
    var status = document.querySelector('.review-status');
    if (status) {
      status.textContent = due.length ? t('review-due', { count: due.length })
        : queued ? t('review-next-day', { date: dateFormat.format(new Date(nextDay + 'T12:00:00')) }) : t('review-empty');
    }
    var region = table.closest('.table-scroll') || table;
    region.hidden = queued === 0;
    setWalk(null); // back at the review page, a walk has ended
    var start = document.querySelector('.start-review');
    if (start) {
      start.parentNode.hidden = due.length === 0;
      start.addEventListener('click', function () {
        setWalk(due, 'review');
        var link = table.querySelector('tr[data-question="' + due[0] + '"] a');
        if (link) { window.location.href = link.href; }
      });
    }
  }

  var list = document.querySelector('.question-list');
  if (list) { setupIndex(list); setupTagFilter(list); }
  var results = document.querySelector('table.results');
  if (results) { setupResults(results); }
  var review = document.querySelector('table.review');
  if (review) { setupReview(review); }
})();
