/* On the offline page: list the guide's pages saved on this device, so the reader can open them. */
(function () {
  "use strict";
  var list = document.getElementById("saved-pages");
  if (!list || !window.caches) return;
  caches.keys().then(function (names) {
    var mine = names.filter(function (n) { return n.indexOf("dale-guide-") === 0; });
    return Promise.all(mine.map(function (n) { return caches.open(n).then(function (c) { return c.keys(); }); }));
  }).then(function (groups) {
    var seen = {};
    groups.forEach(function (requests) {
      requests.forEach(function (request) {
        var url = new URL(request.url);
        if (!/\/$/.test(url.pathname) || seen[url.pathname]) return;
        seen[url.pathname] = true;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = url.pathname;
        link.textContent = decodeURI(url.pathname);
        item.appendChild(link);
        list.appendChild(item);
      });
    });
  }).catch(function () { /* the two home links stay */ });
})();
