/* On the offline page: list the guide's pages saved on this device, so the reader can open them.
   sw.js keeps them in a cache named "dale-guide-<version>-pages". */
(function () {
  "use strict";
  var list = document.getElementById("saved-pages");
  if (!list) return;

  function done() { list.setAttribute("data-listed", "true"); }

  // Inside a promise: some browsers throw at once when site storage is blocked.
  Promise.resolve().then(function () { return caches.keys(); }).then(function (names) {
    var pages = names.filter(function (n) { return n.indexOf("dale-guide-") === 0 && /-pages$/.test(n); });
    return Promise.all(pages.map(function (n) { return caches.open(n).then(function (c) { return c.keys(); }); }));
  }).then(function (groups) {
    var seen = {};
    groups.forEach(function (requests) {
      requests.forEach(function (request) {
        var path = new URL(request.url).pathname;
        if (seen[path]) return;
        seen[path] = true;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = path;
        link.textContent = path; // as the browser shows it: no decoding that could throw
        item.appendChild(link);
        list.appendChild(item);
      });
    });
  }).catch(function () { /* the two home links stay */ }).then(done);
})();
