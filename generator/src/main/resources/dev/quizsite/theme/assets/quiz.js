/* Quizsite: grades answers in the browser and keeps progress in localStorage. No server, no cookies. */
(function () {
  'use strict';

  var course = document.body.getAttribute('data-course') || 'quiz';
  var prefix = 'quizsite:' + course + ':';

  // The course's messages, from assets/messages.js (written by the build from its message bundles:
  // a script file, since the CSP forbids inline script and file:// pages cannot fetch JSON).
  var bundle = window.quizsiteMessages || { messages: {} };
  var language = document.documentElement.lang || bundle.language || 'en';
  var numberFormat = new Intl.NumberFormat(language);
  var pluralRules = new Intl.PluralRules(language);

  /**
   * The message `key` with {name} filled in from `args`, numbers formatted for the language. A
   * message with a plural arrives as {arg, one, other, …}: the build split ICU's plural into the
   * language's CLDR categories, and the browser's own plural rules pick one.
   */
  function t(key, args) {
    var message = bundle.messages[key];
    if (message === undefined) { return key; } // an old messages.js in a cache: show the key, not "undefined"
    if (typeof message !== 'string') {
      var n = args[message.arg];
      message = message['=' + n] || message[pluralRules.select(n)] || message.other;
    }
    return message.replace(/\{(\w+)\}/g, function (all, name) {
      return args && Object.prototype.hasOwnProperty.call(args, name) ? numberFormat.format(args[name]) : all;
    });
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; } // blocked storage: grade without saving
  }

  function load(id, key) {
    var store = storage();
    if (!store) { return null; }
    try {
      var saved = JSON.parse(store.getItem(prefix + id) || 'null');
      if (saved && saved.key === key) { return saved; }
      if (saved) { store.removeItem(prefix + id); } // the question changed: the old answer no longer applies
    } catch (e) { /* unreadable entry: ignore */ }
    return null;
  }

  function save(id, value) {
    var store = storage();
    if (store) { try { store.setItem(prefix + id, JSON.stringify(value)); } catch (e) { /* full: ignore */ } }
  }

  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }

  function grade(correct, chosen) {
    var right = chosen.filter(function (n) { return correct.indexOf(n) >= 0; }).length;
    var wrong = chosen.length - right;
    var state = right === correct.length && wrong === 0 ? 'right' : right > 0 ? 'partial' : 'wrong';
    return { state: state, right: right, wrong: wrong, total: correct.length };
  }

  function message(g) {
    if (g.state === 'right') { return t('result-correct'); }
    if (g.state === 'partial') {
      return t(g.wrong ? 'result-partly-wrong' : 'result-partly', { right: g.right, total: g.total, wrong: g.wrong });
    }
    return g.wrong ? t('result-wrong-chosen', { wrong: g.wrong }) : t('result-wrong');
  }

  /** A number from 0 to 1, the same for the same seed: mulberry32. */
  function random(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) { h = Math.imul(h ^ text.charCodeAt(i), 16777619); }
    return h | 0;
  }

  /** A random id per reader, kept in this browser, so a reader sees the same order on every visit. */
  function readerId() {
    var store = storage();
    var id = store && store.getItem('quizsite:reader');
    if (!id) {
      id = String(Math.random()).slice(2);
      if (store) { try { store.setItem('quizsite:reader', id); } catch (e) { /* full: a new order next time */ } }
    }
    return id;
  }

  function shuffle(article) {
    var list = article.querySelector('.options');
    var items = Array.prototype.slice.call(list.children);
    var next = random(hash(readerId() + ':' + article.getAttribute('data-question')));
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(next() * (i + 1));
      var swap = items[i]; items[i] = items[j]; items[j] = swap;
    }
    items.forEach(function (item) { list.appendChild(item); });
  }

  function setupTagFilter(list) {
    var filter = document.querySelector('.tag-filter');
    if (!filter) { return; }
    var buttons = Array.prototype.slice.call(filter.querySelectorAll('button'));
    filter.hidden = false;
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var tag = button.getAttribute('data-tag');
        buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
        list.querySelectorAll('li[data-question]').forEach(function (li) {
          li.hidden = tag !== '' && (' ' + li.getAttribute('data-tags') + ' ').indexOf(' ' + tag + ' ') < 0;
        });
      });
    });
  }

  function setupQuestion(article) {
    if (article.hasAttribute('data-shuffle')) { shuffle(article); }
    var form = article.querySelector('form.quiz');
    var id = article.getAttribute('data-question');
    var key = article.getAttribute('data-key');
    var correct = numbers(form.getAttribute('data-correct'));
    var inputs = Array.prototype.slice.call(form.querySelectorAll('input[name="answer"]'));
    var result = form.querySelector('.result');
    var retry = form.querySelector('.retry');
    var check = form.querySelector('.check');
    var solution = article.querySelector('details.solution');
    form.querySelector('.js-only').hidden = false;

    function chosen() {
      return inputs.filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); });
    }

    function show(picked, moveFocus) {
      var g = grade(correct, picked);
      inputs.forEach(function (input) {
        var n = Number(input.value);
        var li = input.closest('.option');
        var verdict = li.querySelector('.verdict');
        var isCorrect = correct.indexOf(n) >= 0;
        var isChosen = picked.indexOf(n) >= 0;
        li.classList.remove('is-right', 'is-wrong', 'is-missed');
        verdict.hidden = true;
        if (isChosen && isCorrect) { li.classList.add('is-right'); verdict.textContent = t('verdict-right'); verdict.hidden = false; }
        else if (isChosen) { li.classList.add('is-wrong'); verdict.textContent = t('verdict-wrong'); verdict.hidden = false; }
        else if (isCorrect) { li.classList.add('is-missed'); verdict.textContent = t('verdict-missed'); verdict.hidden = false; }
        var feedback = li.querySelector('.feedback');
        if (feedback) { feedback.hidden = false; }
        input.checked = isChosen;
        input.disabled = true;
      });
      result.className = 'result is-' + g.state;
      result.textContent = message(g);
      check.hidden = true;
      retry.hidden = false;
      solution.open = true;
      if (moveFocus) { result.focus(); }
      return g;
    }

    function reset() {
      inputs.forEach(function (input) {
        var li = input.closest('.option');
        li.classList.remove('is-right', 'is-wrong', 'is-missed');
        li.querySelector('.verdict').hidden = true;
        var feedback = li.querySelector('.feedback');
        if (feedback) { feedback.hidden = true; }
        input.checked = false;
        input.disabled = false;
      });
      result.className = 'result';
      result.textContent = '';
      check.hidden = false;
      retry.hidden = true;
      solution.open = false;
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var picked = chosen();
      if (picked.length === 0) {
        result.className = 'result';
        result.textContent = t('choose-first');
        result.focus();
        return;
      }
      var g = show(picked, true);
      save(id, { key: key, chosen: picked, state: g.state });
    });

    retry.addEventListener('click', function () {
      reset();
      var store = storage();
      if (store) { store.removeItem(prefix + id); }
      inputs[0].focus();
    });

    var saved = load(id, key);
    if (saved && Array.isArray(saved.chosen)) { show(saved.chosen, false); }
  }

  function setupIndex(list) {
    var items = Array.prototype.slice.call(list.querySelectorAll('li[data-question]'));
    var progress = document.querySelector('.progress');
    var score = progress.querySelector('.score');
    var labels = { right: t('state-right'), partial: t('state-partial'), wrong: t('state-wrong') };

    function refresh() {
      var right = 0;
      var tried = 0;
      items.forEach(function (li) {
        var saved = load(li.getAttribute('data-question'), li.getAttribute('data-key'));
        var state = li.querySelector('.state');
        state.className = 'state';
        if (saved) {
          tried++;
          if (saved.state === 'right') { right++; }
          state.textContent = labels[saved.state] || '';
          state.classList.add(saved.state === 'right' ? 'is-right' : 'is-wrong');
        } else {
          state.textContent = t('state-not-tried');
        }
      });
      score.textContent = t('score', { right: right, total: items.length, tried: tried });
    }

    progress.hidden = false;
    progress.querySelector('.reset-progress').addEventListener('click', function () {
      items.forEach(function (li) {
        var store = storage();
        if (store) { store.removeItem(prefix + li.getAttribute('data-question')); }
      });
      refresh();
    });
    refresh();
  }

  var article = document.querySelector('article.question');
  if (article) { setupQuestion(article); }
  var list = document.querySelector('.question-list');
  if (list) { setupIndex(list); setupTagFilter(list); }
})();
