/* Register the site's own service worker (sw.js at the site root) so visited pages work offline,
   and let the reader delete everything it keeps (the button on the "Your saved progress" page). */
(function () {
  "use strict";
  var PREFIX = "dale-guide-"; // every cache sw.js creates starts so
  var script = document.currentScript;
  var worker = script ? new URL("../../sw.js", script.src) : null;
  var scope = worker ? new URL("./", worker).href : null;

  function offerToForget() {
    var box = document.querySelector("[data-offline-copies]");
    if (!box || !("caches" in window)) return;
    var status = box.querySelector("[role=status]");
    box.hidden = false;
    box.querySelector("[data-action=forget-offline]").addEventListener("click", function () {
      forgetAll().then(function () {
        status.textContent = box.getAttribute("data-cleared");
      }, function () {
        status.textContent = box.getAttribute("data-failed");
      });
    });
  }

  /* Everything the worker kept: not only the pages read but the scripts, styles and search index
     too (a Spanish search index or stemmer shows Spanish search was used), and the worker itself.
     Order matters: the worker is told to stop saving first (it still serves this open page until
     it closes), then unregistered, and only then are its caches deleted, so nothing it fetches
     meanwhile puts them back. The next page opened registers a new worker: the progress page says
     that pages opened afterwards are saved again. */
  function forgetAll() {
    // Inside a promise: some browsers throw at once when site storage is blocked.
    return Promise.resolve().then(function () {
      var sw = navigator.serviceWorker;
      return sw ? sw.getRegistrations() : [];
    }).then(function (registrations) {
      return Promise.all(registrations.filter(isOurs).map(function (r) {
        // Even a worker not yet in charge of this page may be saving it (saveThisPage).
        if (r.active) r.active.postMessage("forget");
        return r.unregister();
      }));
    }).then(function () {
      return caches.keys();
    }).then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf(PREFIX) === 0; })
        .map(function (n) { return caches.delete(n); }));
    });
  }

  // Only this guide's worker: another site on the same host may have its own.
  function isOurs(registration) {
    return !scope || registration.scope === scope;
  }

  /* The first page a reader opens loads before the worker runs, so the worker never sees it:
     once the worker is active, ask it to save this page and the files it uses too, as it saves
     every page opened after (a page opened once from a shared link then works offline). */
  function saveThisPage(registration) {
    // The theme's icons are drawn from one file (<use href="…/icons.….svg#id">).
    var files = [].map.call(document.querySelectorAll(
      "link[rel~=stylesheet][href], link[rel~=icon][href], script[src], img[src], use[href]"),
    function (el) {
      return new URL(el.getAttribute("href") || el.getAttribute("src"), location.href).href
        .split("#")[0];
    });
    registration.active.postMessage({ save: location.href.split("#")[0], files: files });
  }

  offerToForget();
  if (!("serviceWorker" in navigator) || !worker) return;
  var savedOnLoad = Boolean(navigator.serviceWorker.controller); // the worker saw this page come
  navigator.serviceWorker.register(worker.href, { scope: scope })
    .then(function () { return navigator.serviceWorker.ready; })
    .then(function (registration) { if (!savedOnLoad) saveThisPage(registration); })
    .catch(function () { /* storage blocked or not allowed: the site works online as before */ });
})();
