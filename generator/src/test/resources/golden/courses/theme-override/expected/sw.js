var VERSION = "ae64d85d597953536c35efa3a2c17bf5fdfa658bee5d3b6eaac8ec13c1c78156";
var PRECACHE = ["index.html","offline/index.html","assets/quiz.css","assets/quiz.js","assets/messages.js","assets/progress.js","assets/favicon.svg"];
var OFFLINE = "offline/index.html";
/* Quizsite's service worker: the site keeps working offline after a first visit. The build puts
   before this code the site's VERSION (a hash of every other file it wrote), PRECACHE (the files
   every page needs) and OFFLINE (the page shown for one this browser never kept).

   Network first: while online every request goes to the server, so a reader never sees an older
   page than the server has; each answer is kept in this build's cache, which serves offline. A new
   build is a new VERSION, so a new worker, which drops the caches of every older build: one build's
   files are never mixed with another's. */
'use strict';

var scope = self.registration.scope;
var CACHE = 'quizsite ' + scope + ' ' + VERSION;

/** One key per page: "q/" and "q/index.html" are the same page. */
function key(url) {
  var u = new URL(url);
  u.hash = '';
  u.search = '';
  if (u.pathname.slice(-1) === '/') { u.pathname += 'index.html'; }
  return u.href;
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(PRECACHE.map(function (path) { return new Request(scope + path, { cache: 'reload' }); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('quizsite ' + scope + ' ') === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(scope) !== 0) { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic') {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(key(request.url), copy); }));
    }
    return response;
  }, function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(key(request.url)).then(function (kept) {
        if (kept) { return kept; }
        // A page never visited: the offline page, at its own address so that its links work.
        if (request.mode === 'navigate') { return Response.redirect(scope + OFFLINE, 302); }
        return Response.error();
      });
    });
  }));
});
