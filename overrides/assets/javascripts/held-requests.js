/* Requests a reader on a weak network should not pay for. Loaded before Material's script, this
   file wraps XMLHttpRequest and Worker (which Material uses for these) so that:
   - the search index and the search worker wait until the search box gets focus or a search key
     is pressed (Material only talks to the worker through postMessage and event listeners, so a
     stand-in records those and hands them to the real worker when it starts);
   - sitemap.xml is never fetched: Material reads it only to map a page to its other-language
     twin, and the i18n plugin already links each page to its twin (one 404 per page saved).
   When the index or the worker cannot be fetched (offline, and never saved), the search box says
   so in the page's language instead of "Initializing search" for ever. It also marks the page as
   having JavaScript, and sets the light/dark scheme and its button, before the first paint
   (below): Material's own script waits for the reader's first move (theme-on-demand.js). */
(function () {
  "use strict";
  // Said here, in <head>, rather than by Material's script at the end of the page: the controls
  // that need JavaScript (the search box, the light/dark button) then have their room from the
  // first paint, so nothing in the header moves when that script starts (CLS 0).
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");
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

  // The light/dark scheme, as Material's script would set it when it starts: the one saved by the
  // header's button, else the first option whose media query (the device's setting) matches. Set
  // as soon as the parser has read the header's options, so the first paint has the right colours
  // and the right button (a MutationObserver runs before the browser paints).
  var PALETTE = '[data-md-component="palette"]';

  function paletteInputs() {
    var form = document.querySelector(PALETTE);
    return form && form.nextSibling ? Array.prototype.slice.call(form.querySelectorAll("input")) : null;
  }

  function showScheme(inputs, index) {
    var input = inputs[index];
    ["media", "scheme", "primary", "accent"].forEach(function (key) {
      document.body.setAttribute("data-md-color-" + key, input.getAttribute("data-md-color-" + key));
    });
    inputs.forEach(function (each, at) {
      var label = each.nextElementSibling;
      if (label) label.hidden = at !== index;
    });
  }

  function savedScheme() {
    return window.__md_get ? window.__md_get("__palette") : null;
  }

  function startScheme(inputs) {
    var saved = savedScheme();
    var index = saved ? saved.index : inputs.findIndex(function (input) {
      return matchMedia(input.getAttribute("data-md-color-media")).matches;
    });
    showScheme(inputs, Math.max(0, Math.min(index, inputs.length - 1)));
  }

  if (window.MutationObserver && window.matchMedia) {
    var schemeWatch = new MutationObserver(function () {
      var inputs = paletteInputs();
      if (!inputs) return;
      schemeWatch.disconnect();
      if (inputs.length) startScheme(inputs);
    });
    schemeWatch.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", function () { schemeWatch.disconnect(); });
  }

  // The header's button before Material's script is there: switch now, and save the choice as
  // Material does (same key, same shape), so its script agrees when it starts.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.closest || !input.closest(PALETTE)) return;
    var inputs = paletteInputs();
    var index = inputs.indexOf(input);
    showScheme(inputs, index);
    if (window.__md_set) {
      window.__md_set("__palette", { index: index, color: {
        media: input.getAttribute("data-md-color-media"),
        scheme: input.getAttribute("data-md-color-scheme"),
        primary: input.getAttribute("data-md-color-primary"),
        accent: input.getAttribute("data-md-color-accent")
      } });
    }
  });

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
