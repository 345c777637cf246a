(function () {
'use strict';
var body = document.body;
var course = body.getAttribute('data-course') || 'quiz';
var prefix = 'quizsite:' + course + ':';
var legacyPrefix = 'quizsite:' + (body.getAttribute('data-course-title') || course) + ':';
var VERSION = 2;
var bundle = window.quizsiteMessages || { messages: {} };
var language = document.documentElement.lang || bundle.language || 'en';
var numberFormat = new Intl.NumberFormat(language);
var pluralRules = new Intl.PluralRules(language);
function t(key, args) {
var message = bundle.messages[key];
if (message === undefined) { return key; }
if (typeof message !== 'string') {
var n = args[message.arg];
message = message['=' + n] || message[pluralRules.select(n)] || message.other;
}
return message.replace(/\{(\w+)\}/g, function (all, name) {
if (!args || !Object.prototype.hasOwnProperty.call(args, name)) { return all; }
return typeof args[name] === 'number' ? numberFormat.format(args[name]) : args[name];
});
}
function all(root, selector) {
return root ? Array.prototype.slice.call(root.querySelectorAll(selector)) : [];
}
function storage() {
try { return window.localStorage; } catch (e) { return null; }
}
function parse(text) {
try { return JSON.parse(text || 'null'); } catch (e) { return null; }
}
function upgrade(old) {
var tried = typeof old.state === 'string';
return { v: VERSION, key: old.key, attempts: tried ? 1 : 0, revealed: false, hints: 0,
first: tried ? { state: old.state, revealed: false, hints: 0 } : null,
last: tried && old.chosen ? { answer: old.chosen, state: old.state } : null };
}
function load(id, key) {
var store = storage();
var fresh = { v: VERSION, key: key, attempts: 0, revealed: false, hints: 0, first: null, last: null };
if (!store) { return fresh; }
var saved = parse(store.getItem(prefix + id));
if (!saved && legacyPrefix !== prefix) {
saved = parse(store.getItem(legacyPrefix + id));
if (saved) { store.removeItem(legacyPrefix + id); }
}
if (!saved || typeof saved !== 'object') { return fresh; }
if (saved.v > VERSION) { return fresh; }
if (saved.key !== key) { store.removeItem(prefix + id); return fresh; }
if (saved.v !== VERSION) { saved = upgrade(saved); save(id, saved); }
return saved;
}
function save(id, value) {
var store = storage();
if (store) { try { store.setItem(prefix + id, JSON.stringify(value)); } catch (e) { /* full: ignore */ } }
}
function firstState(state) {
if (!state.first) { return null; }
return state.first.revealed ? 'revealed' : state.first.state;
}
function stateLabel(state) {
return { right: t('state-right'), partial: t('state-partial'), wrong: t('state-wrong'),
revealed: t('state-revealed') }[state] || t('state-not-tried');
}
function walk() {
var saved = null;
try { saved = parse(window.sessionStorage.getItem(prefix + 'retry')); } catch (e) { /* no session storage */ }
if (saved && Array.isArray(saved.ids)) { return saved; }
return { ids: Array.isArray(saved) ? saved : [], end: 'results' };
}
function setWalk(ids, end) {
try {
if (ids) { window.sessionStorage.setItem(prefix + 'retry', JSON.stringify({ ids: ids, end: end || 'results' })); }
else { window.sessionStorage.removeItem(prefix + 'retry'); }
} catch (e) { /* no session storage: no walk */ }
}
var INTERVALS = [1, 3, 7, 14];
function pad(n) { return (n < 10 ? '0' : '') + n; }
function day(date) { return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()); }
function today() { return day(new Date()); }
function addDays(from, n) {
var d = new Date(from + 'T12:00:00');
d.setDate(d.getDate() + n);
return day(d);
}
function schedule(state, graded, seenFirst) {
var r = state.review;
var now = today();
if (graded !== 'right' || seenFirst) { state.review = { box: 1, due: addDays(now, INTERVALS[0]) }; return; }
if (!r || r.due > now) { return; }
state.review = r.box >= INTERVALS.length ? null : { box: r.box + 1, due: addDays(now, INTERVALS[r.box]) };
}
function isDue(state) { return !!(state.review && state.review.due <= today()); }
function random(seed) {
return function () {
seed = (seed + 0x6D2B79F5) | 0;
var r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
};
}
function hash(text) {
var h = 2166136261;
for (var i = 0; i < text.length; i++) { h = Math.imul(h ^ text.charCodeAt(i), 16777619); }
return h | 0;
}
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
if (!list) { return; }
var items = Array.prototype.slice.call(list.children);
var next = random(hash(readerId() + ':' + article.getAttribute('data-question')));
for (var i = items.length - 1; i > 0; i--) {
var j = Math.floor(next() * (i + 1));
var swap = items[i]; items[i] = items[j]; items[j] = swap;
}
items.forEach(function (item) { list.appendChild(item); });
}
function verdict(row, cls, text) {
if (!row) { return; }
row.classList.remove('is-right', 'is-wrong', 'is-missed');
var v = row.querySelector('.verdict');
if (cls) { row.classList.add(cls); }
if (v) { v.textContent = text || ''; v.hidden = !text; }
}
function showFeedback(root, shown) {
all(root, '.feedback').forEach(function (f) { f.hidden = !shown(f); });
}
function choiceKind(form) {
var correct = (form.getAttribute('data-correct') || '').split(',').filter(Boolean).map(Number);
var inputs = all(form, 'input[name="answer"]');
return {
first: inputs[0],
read: function () {
var picked = inputs.filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); });
return picked.length ? { answer: picked } : { missing: t('choose-first') };
},
grade: function (picked) {
var right = picked.filter(function (n) { return correct.indexOf(n) >= 0; }).length;
var wrong = picked.length - right;
var state = right === correct.length && wrong === 0 ? 'right' : right > 0 ? 'partial' : 'wrong';
var text = state === 'right' ? t('result-correct')
: state === 'partial' ? t(wrong ? 'result-partly-wrong' : 'result-partly', { right: right, total: correct.length, wrong: wrong })
: wrong ? t('result-wrong-chosen', { wrong: wrong }) : t('result-wrong');
return { state: state, text: text };
},
show: function (picked) {
inputs.forEach(function (input) {
var n = Number(input.value);
var li = input.closest('.option');
var isCorrect = correct.indexOf(n) >= 0;
var isChosen = picked.indexOf(n) >= 0;
verdict(li, isChosen && isCorrect ? 'is-right' : isChosen ? 'is-wrong' : isCorrect ? 'is-missed' : '',
isChosen && isCorrect ? t('verdict-right') : isChosen ? t('verdict-wrong') : isCorrect ? t('verdict-missed') : '');
input.checked = isChosen;
input.disabled = true;
});
showFeedback(form, function () { return true; });
},
reset: function () {
inputs.forEach(function (input) {
verdict(input.closest('.option'), '', '');
input.checked = false;
input.disabled = false;
});
showFeedback(form, function () { return false; });
}
};
}
function entryKind(form, missing, match) {
var input = form.querySelector('input[name="answer"]');
var rules = parse(form.getAttribute('data-accept')) || [];
var row = input && input.closest('.entry');
var found = null;
return {
first: input,
read: function () {
var value = input ? input.value : '';
if (!value.trim()) { return { missing: t(missing) }; }
if (match.invalid && match.invalid(value)) { return { missing: t(match.invalid(value)) }; }
return { answer: value };
},
grade: function (value) {
found = null;
for (var i = 0; i < rules.length && !found; i++) { if (match(rules[i], value)) { found = rules[i]; } }
var right = !!(found && found.r);
return { state: right ? 'right' : 'wrong', text: right ? t('result-correct') : t('result-wrong') };
},
show: function (value) {
var g = this.grade(value);
input.value = value;
input.readOnly = true;
verdict(row, g.state === 'right' ? 'is-right' : 'is-wrong', g.state === 'right' ? t('verdict-right') : t('verdict-wrong'));
showFeedback(form, function (f) { return !!found && f.getAttribute('data-answer') === String(found.n); });
},
reset: function () {
input.value = '';
input.readOnly = false;
verdict(row, '', '');
showFeedback(form, function () { return false; });
}
};
}
function normalise(text, matchCase) {
var s = text.normalize('NFC').trim().replace(/\s+/g, ' ');
return matchCase ? s : s.toLowerCase();
}
function shortKind(form) {
var matchCase = !!form.querySelector('input[data-match-case]');
return entryKind(form, 'type-first', function (rule, value) {
var answer = normalise(value, matchCase);
if (rule.p !== undefined) {
try { return new RegExp('^(?:' + rule.p + ')$', matchCase ? '' : 'i').test(answer); } catch (e) { return false; }
}
return rule.t === answer;
});
}
var groupSeparator = (function () {
try {
var part = numberFormat.formatToParts(10000).filter(function (p) { return p.type === 'group'; })[0];
return part ? part.value : ',';
} catch (e) { return ','; }
})();
function readNumber(text) {
var s = text.replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-');
if (!/^[-+]?(\d|[.,]\d)[\d.,]*([eE][-+]?\d+)?$/.test(s)) { return NaN; }
var dots = s.split('.').length - 1;
var commas = s.split(',').length - 1;
if (dots && commas) {
var decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
s = s.split(decimal === '.' ? ',' : '.').join('').replace(',', '.');
} else if (dots > 1 || commas > 1) {
s = s.replace(/[.,]/g, '');
} else if (/^[-+]?\d{1,3}[.,]\d{3}$/.test(s) && s.indexOf(groupSeparator.trim() || ',') > 0) {
s = s.replace(/[.,]/, '');
} else {
s = s.replace(',', '.');
}
return Number(s);
}
function numericKind(form) {
var match = function (rule, value) {
var n = readNumber(value);
var slack = 1e-9 * Math.max(1, Math.abs(n));
return n >= rule.lo - slack && n <= rule.hi + slack;
};
match.invalid = function (value) { return isNaN(readNumber(value)) ? 'not-a-number' : null; };
return entryKind(form, 'type-number-first', match);
}
function selectKind(form, rowSelector, numberAttribute, missing, partly, wrongText) {
var rows = all(form, rowSelector);
var selects = rows.map(function (row) { return row.querySelector('select'); });
function number(row) { return row.getAttribute(numberAttribute); }
return {
first: selects[0],
read: function () {
var values = selects.map(function (s) { return s ? s.value : ''; });
if (values.indexOf('') >= 0) { return { missing: t(missing) }; }
if (rowSelector === '.item' && values.some(function (v, i) { return values.indexOf(v) !== i; })) {
return { missing: t('place-each') };
}
return { answer: values };
},
grade: function (values) {
var right = rows.filter(function (row, i) { return values[i] === number(row); }).length;
var state = right === rows.length ? 'right' : right > 0 ? 'partial' : 'wrong';
return { state: state, text: state === 'right' ? t('result-correct')
: state === 'partial' ? t(partly, { right: right, total: rows.length }) : t('result-wrong') };
},
show: function (values) {
rows.forEach(function (row, i) {
var ok = values[i] === number(row);
if (selects[i]) { selects[i].value = values[i]; selects[i].disabled = true; }
verdict(row, ok ? 'is-right' : 'is-wrong', ok ? t('verdict-right') : wrongText(row));
});
showFeedback(form, function () { return true; });
},
reset: function () {
rows.forEach(function (row, i) {
if (selects[i]) { selects[i].value = ''; selects[i].disabled = false; }
verdict(row, '', '');
});
showFeedback(form, function () { return false; });
}
};
}
function orderingKind(form) {
return selectKind(form, '.item', 'data-item', 'place-each', 'result-partly-items', function (row) {
return t('verdict-belongs', { place: Number(row.getAttribute('data-item')) });
});
}
function matchingKind(form) {
return selectKind(form, '.pair', 'data-pair', 'match-each', 'result-partly-pairs', function (row) {
var select = row.querySelector('select');
var right = select && select.querySelector('option[value="' + row.getAttribute('data-pair') + '"]');
return t('verdict-match', { right: right ? right.textContent : '' });
});
}
var kinds = { single: choiceKind, multiple: choiceKind, short: shortKind, numeric: numericKind,
ordering: orderingKind, matching: matchingKind };
function setupQuestion(article) {
var form = article.querySelector('form.quiz');
var kind = kinds[article.getAttribute('data-type') || 'multiple'];
if (!form || !kind) { return; }
if (article.hasAttribute('data-shuffle')) { shuffle(article); }
var id = article.getAttribute('data-question');
var key = article.getAttribute('data-key');
var answer = kind(form);
var result = form.querySelector('.result');
var retry = form.querySelector('.retry');
var check = form.querySelector('.check');
var after = form.querySelector('.after-check');
var attempts = form.querySelector('.attempts');
var solution = article.querySelector('details.solution');
var state = load(id, key);
all(form, '.js-only').forEach(function (e) { if (!e.classList.contains('after-check')) { e.hidden = false; } });
if (attempts) { attempts.hidden = true; }
function say(text, cls) {
if (!result) { return; }
result.className = 'result' + (cls ? ' is-' + cls : '');
result.textContent = text;
}
function showAttempts() {
if (!attempts || !state.attempts) { return; }
attempts.hidden = false;
attempts.textContent = t('attempts-line', { attempts: state.attempts, first: stateLabel(firstState(state)) });
}
function show(value, moveFocus) {
var g = answer.grade(value);
answer.show(value);
say(g.text, g.state);
if (check) { check.hidden = true; }
if (retry) { retry.hidden = false; }
if (after) { after.hidden = false; }
if (solution) { solution.open = true; }
showAttempts();
if (moveFocus && result) { result.focus(); }
return g;
}
var route = walk();
var place = route.ids.indexOf(id);
var next = after && after.querySelector('a.next-question');
if (place >= 0 && next) {
var review = route.end === 'review';
var root = next.getAttribute('href').replace(/[^/]*\/index\.html$/, '');
var more = place + 1 < route.ids.length;
next.href = more ? root + route.ids[place + 1] + '/index.html' : root + route.end + '/index.html';
next.textContent = more ? t(review ? 'review-next' : 'retry-next', { n: place + 2, total: route.ids.length })
: t(review ? 'review-back' : 'results-link');
}
form.addEventListener('submit', function (event) {
event.preventDefault();
var read = answer.read();
if (read.missing) {
say(read.missing, '');
if (result) { result.focus(); }
return;
}
var g = answer.grade(read.answer);
state.attempts = (state.attempts || 0) + 1;
schedule(state, g.state, !state.first && !!state.revealed);
if (!state.first) { state.first = { state: g.state, revealed: !!state.revealed, hints: state.hints || 0 }; }
state.last = { answer: read.answer, state: g.state };
save(id, state);
show(read.answer, true);
});
if (retry) {
retry.addEventListener('click', function () {
answer.reset();
say('', '');
if (check) { check.hidden = false; }
retry.hidden = true;
if (after) { after.hidden = true; }
if (solution) { solution.open = false; }
state.last = null;
save(id, state);
if (answer.first) { answer.first.focus(); }
});
}
if (solution) {
solution.addEventListener('toggle', function () {
if (solution.open && !state.first && !state.revealed) { state.revealed = true; save(id, state); }
});
}
var hints = all(form, 'details.hint-item');
hints.forEach(function (hint, i) {
hint.hidden = i > 0 && i >= (state.hints || 0) + 1;
hint.open = i < (state.hints || 0) && !!state.first;
hint.addEventListener('toggle', function () {
if (!hint.open) { return; }
if (i + 1 > (state.hints || 0)) { state.hints = i + 1; save(id, state); }
if (hints[i + 1]) { hints[i + 1].hidden = false; }
});
});
if (state.last && state.last.answer !== undefined && place < 0) { show(state.last.answer, false); }
else { showAttempts(); }
}
if ('serviceWorker' in navigator && /^https?:$/.test(window.location.protocol)) {
var own = document.querySelector('script[src$="assets/quiz.js"]');
if (own) { navigator.serviceWorker.register(own.src.replace(/assets\/quiz\.js$/, 'sw.js')).catch(function () {}); }
}
window.quizsite = { t: t, all: all, storage: storage, load: load, save: save, firstState: firstState,
stateLabel: stateLabel, setWalk: setWalk, prefix: prefix, numberFormat: numberFormat, language: language,
course: course, VERSION: VERSION, isDue: isDue, today: today };
var article = document.querySelector('article.question');
if (article) { setupQuestion(article); }
})();
