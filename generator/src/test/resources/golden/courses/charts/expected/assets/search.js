(function () {
'use strict';
var box = document.querySelector('.search');
var list = document.querySelector('.question-list');
if (!box || !list || typeof window.MiniSearch !== 'function' || !box.dataset.index) { return; }
var input = box.querySelector('input');
var status = box.querySelector('.search-status');
var results = box.querySelector('.search-results');
if (!input || !status || !results) { return; }
var items = Array.prototype.slice.call(list.querySelectorAll('li'));
var numbers = new Intl.NumberFormat(document.documentElement.lang || 'en');
var LIMIT = 100;
var STOP = new Set(('a an and are as at be by for from has have if in into is it its of on or so than that the ' +
'their there this to was we were what which will with').split(' '));
var engine = null;
var loading = false;
box.hidden = false;
function fold(text) { return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, ''); }
function words(text) {
return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1 && !STOP.has(w); });
}
function documents(data) {
var terms = [];
var previous = '';
data.terms.split(' ').forEach(function (entry) {
previous = previous.slice(0, parseInt(entry.charAt(0), 36)) + entry.slice(1);
terms.push(previous);
});
function decode(gaps) {
var out = [];
var last = -1, value = 0, shift = 0;
for (var k = 0; k < gaps.length; k++) {
var c = gaps.charCodeAt(k);
if (c >= 103) { value |= (c - 103) << shift; shift += 4; continue; }
value |= (c <= 57 ? c - 48 : c - 87) << shift;
last += value + 1;
out.push(terms[last]);
value = 0; shift = 0;
}
return out.join(' ');
}
return data.docs.map(function (doc, i) {
var parts = doc.split('|');
return { id: i, t: decode(parts[0]), b: decode(parts[1] || '') };
});
}
function build(data) {
var same = function (term) { return term; };
engine = new window.MiniSearch({
fields: ['t', 'b'],
tokenize: function (text) { return text ? text.split(' ') : []; },
processTerm: same,
searchOptions: {
boost: { t: 3 }, prefix: true, combineWith: 'AND', tokenize: words, processTerm: same,
fuzzy: function (term) { return term.length > 4 ? 0.2 : false; }
}
});
engine.addAll(documents(data));
}
function load() {
if (engine || loading) { return; }
loading = true;
var script = document.createElement('script');
script.src = box.dataset.index;
script.onload = function () {
if (window.quizsiteSearchIndex) { build(window.quizsiteSearchIndex); run(); }
};
document.head.appendChild(script);
}
function highlight(into, text, matched, shown) {
var word = /[\p{L}\p{N}\p{M}]+/gu;
var at = 0, m;
while ((m = word.exec(text)) !== null) {
var folded = fold(m[0]);
if (!matched.has(folded)) { continue; }
into.appendChild(document.createTextNode(text.slice(at, m.index)));
var mark = document.createElement('mark');
mark.textContent = m[0];
into.appendChild(mark);
at = m.index + m[0].length;
shown.add(folded);
}
into.appendChild(document.createTextNode(text.slice(at)));
}
function show(found) {
results.textContent = '';
if (found === null) {
results.hidden = true; list.hidden = false; status.textContent = '';
return;
}
list.hidden = true; results.hidden = false;
status.textContent = found.length === 0 ? box.dataset.none
: box.dataset.found + ' ' + numbers.format(found.length) + (found.length > LIMIT ? ' ' + box.dataset.more : '');
found.slice(0, LIMIT).forEach(function (result) {
var item = items[result.id];
var link = item && item.querySelector('a');
if (!link) { return; }
var matched = new Set(result.terms);
var shown = new Set();
var li = document.createElement('li');
var a = document.createElement('a');
a.href = link.getAttribute('href');
highlight(a, link.textContent, matched, shown);
li.appendChild(a);
Array.prototype.forEach.call(item.querySelectorAll('.tag'), function (tag) {
var span = document.createElement('span');
span.className = 'tag';
highlight(span, tag.textContent, matched, shown);
li.appendChild(document.createTextNode(' '));
li.appendChild(span);
});
var rest = result.terms.filter(function (term) { return !shown.has(term); });
if (rest.length > 0) {
var also = document.createElement('span');
also.className = 'search-also';
also.appendChild(document.createTextNode(box.dataset.also + ' '));
rest.forEach(function (term, k) {
if (k > 0) { also.appendChild(document.createTextNode(', ')); }
var mark = document.createElement('mark');
mark.textContent = term;
also.appendChild(mark);
});
li.appendChild(also);
}
results.appendChild(li);
});
}
function run() {
if (!engine) { load(); return; }
var started = performance.now();
show(words(input.value).length > 0 ? engine.search(input.value) : null);
box.dataset.ms = (performance.now() - started).toFixed(2);
}
input.addEventListener('focus', load);
input.addEventListener('input', run);
input.addEventListener('keydown', function (event) {
if (event.key === 'Enter') {
var first = results.querySelector('a');
if (first) { event.preventDefault(); first.focus(); }
}
});
})();
