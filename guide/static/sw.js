/* Offline support, our own (no third-party script). Pages: network first, so readers get updates,
   falling back to the copy saved on an earlier visit, then to the bilingual offline page.
   Assets: the saved copy first. The cache name carries the build's version, so a new build
   replaces the old cache instead of serving stale pages forever. __VERSION__ is filled at build. */
"use strict";
var CACHE = "dale-guide-__VERSION__";
var PAGES = CACHE + "-pages"; // the pages read, kept apart so the reader can list and delete them
var OFFLINE = new URL("offline.html", self.registration.scope).href;
var OFFLINE_ASSETS = ["assets/stylesheets/offline.css", "assets/javascripts/offline.js",
  "assets/javascripts/quick-exit.js"].map(
  function (path) { return new URL(path, self.registration.scope).href; });

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll([OFFLINE].concat(OFFLINE_ASSETS));
  })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf("dale-guide-") === 0 && n !== CACHE && n !== PAGES;
    })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function saved(name, request, response) {
  if (response && response.ok && response.type === "basic") {
    var copy = response.clone();
    caches.open(name).then(function (cache) { cache.put(request, copy); });
  }
  return response;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (r) { return saved(PAGES, request, r); }).catch(function () {
      return caches.match(request).then(function (hit) { return hit || caches.match(OFFLINE); });
    }));
    return;
  }
  event.respondWith(caches.match(request).then(function (hit) {
    return hit || fetch(request).then(function (r) { return saved(CACHE, request, r); });
  }));
});
