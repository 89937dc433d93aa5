/* Requests a reader on a weak network should not pay for. Loaded before Material's script, this
   file wraps XMLHttpRequest and Worker (which Material uses for these) so that:
   - the search index and the search worker wait until the search box gets focus or a search key
     is pressed, or the page was opened from a search result (Material only talks to the worker through postMessage and event listeners, so a
     stand-in records those and hands them to the real worker when it starts);
   - sitemap.xml is never fetched: Material reads it only to map a page to its other-language
     twin, and the i18n plugin already links each page to its twin (one 404 per page saved).
   When the index or the worker cannot be fetched (offline, and never saved), the search box says
   so in the page's language instead of "Initializing search" for ever. */
(function () {
  "use strict";
  var INDEX = /search\/search_index\.json(?:[?#]|$)/;
  var SITEMAP = /\/sitemap\.xml(?:[?#]|$)/;
  var SEARCH_WORKER = /\/workers\/search\.[^/]*\.js(?:[?#]|$)/;
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  var waiting = [];
  var released = false;

  // The text comes from the page (partials/search.html), in its language.
  function sayNoConnection() {
    var search = document.querySelector("[data-guide-offline]");
    var meta = search && search.querySelector(".md-search-result__meta");
    if (meta) meta.textContent = search.getAttribute("data-guide-offline");
  }

  function release() {
    if (released) return;
    released = true;
    waiting.splice(0).forEach(function (go) { go(); });
  }

  proto.open = function (method, url) {
    this.__guideIndex = INDEX.test(String(url));
    this.__guideSitemap = SITEMAP.test(String(url));
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var xhr = this;
    var args = arguments;
    if (xhr.__guideSitemap) {
      // As if the network failed: Material then falls back to the links already on the page.
      setTimeout(function () { xhr.dispatchEvent(new ProgressEvent("error")); }, 0);
      return;
    }
    if (!xhr.__guideIndex) return send.apply(xhr, args);
    xhr.addEventListener("error", sayNoConnection);
    if (released) return send.apply(xhr, args);
    waiting.push(function () { send.apply(xhr, args); });
  };

  var RealWorker = window.Worker;
  function watched(worker) {
    worker.addEventListener("error", sayNoConnection);
    return worker;
  }
  if (RealWorker) {
    window.Worker = function (url, options) {
      if (!SEARCH_WORKER.test(String(url))) return new RealWorker(url, options);
      if (released) return watched(new RealWorker(url, options));
      var real = null;
      var calls = [];
      function later(name) {
        return function () {
          if (real) return real[name].apply(real, arguments);
          calls.push([name, arguments]);
        };
      }
      // First in line, so the worker is listening before the index arrives.
      waiting.unshift(function () {
        real = watched(new RealWorker(url, options));
        calls.splice(0).forEach(function (call) { real[call[0]].apply(real, call[1]); });
      });
      return {
        postMessage: later("postMessage"),
        addEventListener: later("addEventListener"),
        removeEventListener: later("removeEventListener"),
        terminate: later("terminate")
      };
    };
  }

  // A page opened from a search result (?h=term) highlights the term, which needs the index now.
  if (/[?&]h=/.test(window.location.search)) release();

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
