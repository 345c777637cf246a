(function () {
'use strict';
var q = window.quizsite;
if (!q) { return; }
var t = q.t, all = q.all, storage = q.storage, load = q.load, firstState = q.firstState,
stateLabel = q.stateLabel, setRetryList = q.setRetryList, prefix = q.prefix, numberFormat = q.numberFormat;
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
setRetryList(null);
refresh();
close();
});
}
if (no) { no.addEventListener('click', close); }
}
}
refresh();
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
setRetryList(null);
if (button) {
button.parentNode.hidden = wrong.length === 0;
button.addEventListener('click', function () {
setRetryList(wrong);
var link = table.querySelector('tr[data-question="' + wrong[0] + '"] a');
if (link) { window.location.href = link.href; }
});
}
if (none) { none.hidden = wrong.length > 0 || tried === 0; }
}
var list = document.querySelector('.question-list');
if (list) { setupIndex(list); setupTagFilter(list); }
var results = document.querySelector('table.results');
if (results) { setupResults(results); }
})();
