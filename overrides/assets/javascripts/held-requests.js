/* Search data waits until the reader opens search. Material requests its index as soon as a page
   loads (with XMLHttpRequest); this file, loaded before Material's script, holds that one request
   back until the search box gets focus or a search key is pressed, then lets it go. */
(function () {
  "use strict";
  var INDEX = /search\/search_index\.json(?:[?#]|$)/;
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var waiting = [];
  var released = false;

  function release() {
    if (released) return;
    released = true;
    waiting.splice(0).forEach(function (go) { go(); });
  }

  proto.open = function (method, url) {
    this.__guideIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var xhr = this;
    var args = arguments;
    if (!xhr.__guideIndex || released) return send.apply(xhr, args);
    waiting.push(function () { send.apply(xhr, args); });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.classList && event.target.classList.contains("md-search__input")) release();
  });
  document.addEventListener("click", function (event) {
    if (event.target && event.target.closest && event.target.closest('label[for="__search"], .md-search')) release();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" || event.key === "s" || event.key === "f" || event.key === "S" || event.key === "F") release();
  });
})();
