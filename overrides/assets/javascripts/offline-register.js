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
      if (!sw) return [];
      if (sw.controller) sw.controller.postMessage("forget");
      return sw.getRegistrations();
    }).then(function (registrations) {
      return Promise.all(registrations.filter(isOurs).map(function (r) { return r.unregister(); }));
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

  offerToForget();
  if (!("serviceWorker" in navigator) || !worker) return;
  navigator.serviceWorker.register(worker.href, { scope: scope })
    .catch(function () { /* storage blocked or not allowed: the site works online as before */ });
})();
