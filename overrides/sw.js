/* Offline support, our own (no third-party script). Pages: network first, so readers get updates,
   falling back to the copy saved on an earlier visit, then to the bilingual offline page.
   Assets: the saved copy first. That is safe after a deploy because our own scripts and styles are
   linked with their content's fingerprint (…/checklist.js?v=<12 hex>, hooks/versions.py) and the
   theme's bundle is fingerprinted by the theme: new HTML names new URLs, which miss the cache and
   come from the network, so no page runs new HTML with old scripts. The cache name carries the
   build's version, so a new build replaces the old cache instead of keeping it forever.
   Installing, it also saves the scripts the guide's chapters use (a few KB), so the chapter a
   reader opens next, Step 1 after the home page, costs only its HTML.
   The cache's version and the list of scripts are filled in at build (guide/offline.py). */
"use strict";
var CACHE = "dale-guide-__VERSION__";
var PAGES = CACHE + "-pages"; // the pages read, kept apart so the reader can list and delete them
var OFFLINE = new URL("offline.html", self.registration.scope).href;
var OFFLINE_ASSETS = ["assets/stylesheets/offline.css", "assets/javascripts/offline.js",
  "assets/javascripts/quick-exit.js"].map(inSite);
var SCRIPTS = __SCRIPTS__.map(inSite);
// Set when the reader deletes everything from the progress page: this worker still serves the
// open page until it closes, but saves nothing more (offline-register.js).
var forgotten = false;

function inSite(path) { return new URL(path, self.registration.scope).href; }

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // The offline notice must be saved; the scripts are a saving, so a weak signal that drops one
    // does not stop the worker (a page fetches what is missing, and it is saved then).
    return Promise.all([cache.addAll([OFFLINE].concat(OFFLINE_ASSETS)),
      cache.addAll(SCRIPTS).catch(function () { /* fetched when a page asks */ })]);
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

self.addEventListener("message", function (event) {
  if (event.data === "forget") forgotten = true;
  else if (event.data && event.data.save) event.waitUntil(saveOpened(event.data.save, event.data.files));
});

/* Keep a copy of `response`; pages carry the time they were saved, which the offline notice
   shows. Returns the response, untouched. */
function saved(name, request, response) {
  keep(name, request, response);
  return response;
}

function keep(name, request, response) {
  if (forgotten || !response || !response.ok || response.type !== "basic" || response.redirected) {
    return Promise.resolve();
  }
  var copy = name === PAGES ? stamped(response.clone()) : Promise.resolve(response.clone());
  return Promise.all([copy, caches.open(name)]).then(function (both) {
    if (!forgotten) return both[1].put(request, both[0]);
  });
}

function stamped(response) {
  var headers = new Headers(response.headers);
  headers.set("X-Guide-Saved", new Date().toISOString());
  return response.blob().then(function (body) {
    return new Response(body, { status: response.status, statusText: response.statusText, headers: headers });
  });
}

/* The page that registered this worker loaded before the worker ran, so the fetch handler never
   saw it (offline-register.js sends its address and the files it uses). Saved the same way as
   any page, from the browser's HTTP cache where it is (it has just been downloaded). */
function saveOpened(page, files) {
  if (!inScope(page)) return Promise.resolve();
  var used = (Array.isArray(files) ? files : []).filter(inScope).map(function (url) {
    return caches.match(url).then(function (hit) { return hit ? null : fromHttpCache(CACHE, url); });
  });
  return Promise.all([fromHttpCache(PAGES, page)].concat(used))
    .catch(function () { /* offline again, or storage full: it is saved on the next visit */ });
}

function fromHttpCache(name, url) {
  return fetch(url, { cache: "force-cache", credentials: "same-origin" }).then(function (r) {
    return keep(name, url, r);
  });
}

function inScope(url) {
  return typeof url === "string" && url.indexOf(self.registration.scope) === 0;
}

/* The offline notice and what it needs, put back if missing (a browser or the reader removed
   the entry): otherwise an unvisited page opened offline shows the browser's own error until the
   next build's worker installs. Runs after a page came from the network, so it costs a few
   cache look-ups and, only when something is missing, one request. */
function keepOfflineNotice() {
  if (forgotten) return Promise.resolve();
  return caches.open(CACHE).then(function (cache) {
    return Promise.all([OFFLINE].concat(OFFLINE_ASSETS).map(function (url) {
      return cache.match(url).then(function (hit) {
        return (hit || forgotten) ? null : cache.add(url);
      });
    }));
  }).catch(function () { /* offline again, or storage full: try on the next page */ });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    var fromNetwork = fetch(request);
    event.respondWith(fromNetwork.then(function (r) { return saved(PAGES, request, r); }).catch(function () {
      return caches.match(request).then(function (hit) { return hit || caches.match(OFFLINE); });
    }));
    event.waitUntil(fromNetwork.then(keepOfflineNotice, function () { /* offline: nothing to fetch */ }));
    return;
  }
  event.respondWith(caches.match(request).then(function (hit) {
    return hit || fetch(request).then(function (r) { return saved(CACHE, request, r); });
  }));
});
