/* Register the site's own service worker (sw.js at the site root) so visited pages work offline,
   and let the reader delete those saved pages (the button on the "Your saved progress" page). */
(function () {
  "use strict";
  var PREFIX = "dale-guide-"; // the cache names sw.js uses

  function offerToForget() {
    var box = document.querySelector("[data-offline-copies]");
    if (!box || !("caches" in window)) return;
    var status = box.querySelector("[role=status]");
    box.hidden = false;
    box.querySelector("[data-action=forget-offline]").addEventListener("click", function () {
      forgetPages().then(function () {
        status.textContent = box.getAttribute("data-cleared");
      }, function () {
        status.textContent = box.getAttribute("data-failed");
      });
    });
  }

  // The pages read (sw.js keeps them in their own "-pages" cache): they show what was read.
  // Styles, scripts and the offline notice stay, so the notice still appears without a signal.
  function forgetPages() {
    // Inside a promise: some browsers throw at once when site storage is blocked.
    return Promise.resolve().then(function () { return caches.keys(); }).then(function (names) {
      return Promise.all(names.filter(isPages).map(function (n) { return caches.delete(n); }));
    });
  }

  function isPages(name) {
    return name.indexOf(PREFIX) === 0 && /-pages$/.test(name);
  }

  offerToForget();
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  var worker = new URL("../../sw.js", document.currentScript.src);
  navigator.serviceWorker.register(worker.href, { scope: new URL("./", worker).href })
    .catch(function () { /* storage blocked or not allowed: the site works online as before */ });
})();
