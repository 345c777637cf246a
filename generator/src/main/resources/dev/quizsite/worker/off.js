/* Quizsite: no offline copy for this site (the preview, or a course that turned offline reading
   off). A worker that an earlier build installed here replaces itself with this one, which
   removes its caches and unregisters: readers get the server's pages, never a kept copy. */
'use strict';

self.addEventListener('install', function () { self.skipWaiting(); });

self.addEventListener('activate', function (event) {
  var scope = self.registration.scope;
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf('quizsite ' + scope + ' ') === 0; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.registration.unregister(); }));
});
