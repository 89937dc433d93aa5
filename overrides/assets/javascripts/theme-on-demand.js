/* Material's script (its bundle, a third of a first visit's bytes) loads on the reader's first
   move, not with the page: what a reader needs before that works without it (text, links, the
   skip link, the light/dark scheme and button (held-requests.js), our own scripts, the tables,
   wrapped at build time). It loads at once when the page needs it from the start: a search link
   (?q=), or an address whose target is in a collapsed block Material opens. A search key pressed
   before it is there is passed on to it once it is. When it cannot be fetched (offline, never
   saved), the search box says search needs a connection, and the next move tries again. */
(function () {
  "use strict";
  var script = document.currentScript;
  var source = script && script.getAttribute("data-theme-script");
  if (!source) return;
  var FIRST_MOVES = ["pointerdown", "touchstart", "keydown", "focusin", "scroll"];
  // Keys Material answers on a page (search, next and previous page).
  var THEME_KEYS = /^[/sSfFnNpP.,]$/;
  var requested = false;
  var ready = false;
  var failed = false;
  var keys = [];

  function typingIn(target) {
    return target && target.closest && target.closest("input, textarea, select, [contenteditable]");
  }

  // Material starts its components on DOMContentLoaded; loaded after that event, it would wait
  // for ever. Listeners for it added while the bundle runs are called at once instead.
  function whenStarted(listener) {
    var event = new Event("DOMContentLoaded");
    setTimeout(function () {
      if (typeof listener === "function") listener.call(document, event);
      else listener.handleEvent(event);
    }, 0);
  }

  function passKeysOn() {
    keys.splice(0).forEach(function (key) {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true }));
    });
  }

  function load() {
    if (requested) return;
    requested = true;
    FIRST_MOVES.forEach(function (type) { window.removeEventListener(type, load, true); });
    var add = document.addEventListener;
    document.addEventListener = function (type, listener) {
      if (type === "DOMContentLoaded" && document.readyState !== "loading") return whenStarted(listener);
      return add.apply(document, arguments);
    };
    var bundle = document.createElement("script");
    bundle.src = source;
    bundle.onload = function () {
      delete document.addEventListener;
      setTimeout(function () {
        ready = true;
        passKeysOn();
        // Said to our scripts (and tests): Material has started and saved what it saves.
        document.documentElement.setAttribute("data-guide-theme", "started");
        document.dispatchEvent(new Event("guide:theme-started"));
      }, 0);
    };
    bundle.onerror = function () {
      delete document.addEventListener;
      bundle.remove();
      failed = true;
      requested = false;
      if (inSearch(document.activeElement)) sayNoConnection();
      waitForFirstMove();
    };
    document.body.appendChild(bundle);
  }

  function waitForFirstMove() {
    FIRST_MOVES.forEach(function (type) {
      window.addEventListener(type, load, { capture: true, passive: true });
    });
  }

  function inSearch(element) {
    return !!(element && element.classList && element.classList.contains("md-search__input"));
  }

  // Opens the search box as Material would, with the page's own words (partials/search.html).
  function sayNoConnection() {
    var search = document.querySelector("[data-guide-offline]");
    var meta = search && search.querySelector(".md-search-result__meta");
    var toggle = document.getElementById("__search");
    if (!meta || !toggle) return;
    toggle.checked = true;
    meta.textContent = search.getAttribute("data-guide-offline");
  }

  function keepKey(event) {
    if (ready || event.ctrlKey || event.metaKey || event.altKey) return;
    if (THEME_KEYS.test(event.key) && !typingIn(event.target)) keys.push(event.key);
  }

  // The search box opened by its button (a phone) before Material is there: Material would put
  // the cursor in it.
  function focusSearch(event) {
    if (ready || event.target.id !== "__search" || !event.target.checked) return;
    var input = document.querySelector(".md-search__input");
    if (input) input.focus();
  }

  function targetIsFolded() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    return !!(target && target.closest("details"));
  }

  document.addEventListener("keydown", keepKey, true);
  document.addEventListener("change", focusSearch);
  document.addEventListener("focusin", function (event) {
    if (failed && !ready && inSearch(event.target)) sayNoConnection();
  });
  if (/[?&]q=/.test(window.location.search) || targetIsFolded()) {
    load();
  } else {
    waitForFirstMove();
  }
})();
