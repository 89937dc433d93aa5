/* Register the site's own service worker (sw.js at the site root) so visited pages work offline. */
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  var worker = new URL("../../sw.js", document.currentScript.src);
  navigator.serviceWorker.register(worker.href, { scope: new URL("./", worker).href })
    .catch(function () { /* storage blocked or not allowed: the site works online as before */ });
})();
