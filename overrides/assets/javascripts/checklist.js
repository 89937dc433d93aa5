/* Checklists: save ticks on this device only, show progress, reset, print; and the
   "saved progress" page that lists and clears everything. Progressive enhancement: without
   this file a checklist is a plain list of checkboxes. Every word shown comes from the page.

   Stored format (localStorage, one key for both languages, so a tick survives a switch):
     {"version": 1, "lists": {"<checklist id>": {"<item id>": true}}}
   Unknown or malformed parts are ignored, never rewritten; a newer version is left untouched. */
(function () {
  "use strict";

  var KEY = "dale-guide:checklists";
  var VERSION = 1;

  /* ---- storage: every access guarded, so a blocked, full or corrupt store never throws ---- */

  function readStore() {
    var raw;
    try {
      raw = window.localStorage.getItem(KEY);
    } catch (e) {
      return { ok: false, lists: {} }; // storage blocked or disabled
    }
    if (raw === null) return { ok: true, lists: {} };
    var parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      return { ok: false, lists: {} }; // corrupt: keep it, do not overwrite
    }
    if (!parsed || typeof parsed !== "object" || parsed.version !== VERSION) {
      return { ok: false, lists: {} }; // another version's format: migrate here when one exists
    }
    return { ok: true, lists: cleanLists(parsed.lists) };
  }

  function cleanLists(lists) {
    var out = {};
    if (!lists || typeof lists !== "object" || Array.isArray(lists)) return out;
    Object.keys(lists).forEach(function (listId) {
      var items = lists[listId];
      if (!items || typeof items !== "object" || Array.isArray(items)) return;
      var kept = {};
      Object.keys(items).forEach(function (itemId) {
        if (items[itemId] === true) kept[itemId] = true;
      });
      out[listId] = kept;
    });
    return out;
  }

  /* Read, change one list, write back: ticks saved from another tab or page are kept. */
  function saveList(listId, ticked) {
    var store = readStore();
    if (!store.ok) return false;
    if (ticked === null || Object.keys(ticked).length === 0) delete store.lists[listId];
    else store.lists[listId] = ticked;
    return write({ version: VERSION, lists: store.lists });
  }

  function write(value) {
    try {
      if (value === null) window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, JSON.stringify(value));
      return true;
    } catch (e) {
      return false; // full, blocked or read-only
    }
  }

  function fill(template, done, total) {
    return template.replace("{done}", String(done)).replace("{total}", String(total));
  }

  function show(el) {
    if (el) el.hidden = false;
  }

  /* ---- one checklist ---- */

  function setUpChecklist(root) {
    var listId = root.getAttribute("data-checklist");
    var boxes = Array.prototype.slice.call(root.querySelectorAll("[data-item] input[type=checkbox]"));
    var progress = root.querySelector(".guide-checklist__progress");
    var warning = root.querySelector(".guide-checklist__storage");
    var store = readStore();
    var saved = store.lists[listId] || {};

    function itemId(box) {
      return box.closest("[data-item]").getAttribute("data-item");
    }

    function ticked() {
      var out = {};
      boxes.forEach(function (box) {
        if (box.checked) out[itemId(box)] = true;
      });
      // Keep ticks of items this page does not show (for example, items added in a newer copy).
      Object.keys(saved).forEach(function (id) {
        if (!boxes.some(function (b) { return itemId(b) === id; })) out[id] = true;
      });
      return out;
    }

    function update() {
      var done = boxes.filter(function (b) { return b.checked; }).length;
      progress.textContent = fill(root.getAttribute("data-progress"), done, boxes.length);
    }

    function persist(value) {
      if (!saveList(listId, value)) show(warning);
    }

    boxes.forEach(function (box) {
      box.checked = saved[itemId(box)] === true; // an id no longer on the page is simply unused
      box.addEventListener("change", function () {
        update();
        persist(ticked());
      });
    });
    if (!store.ok) show(warning);

    root.querySelector("[data-action=reset]").addEventListener("click", function () {
      if (!window.confirm(root.getAttribute("data-confirm-reset"))) return;
      boxes.forEach(function (box) { box.checked = false; });
      saved = {};
      update();
      persist(null);
    });

    root.querySelector("[data-action=print]").addEventListener("click", function () {
      document.body.classList.add("guide-print-one");
      root.classList.add("guide-checklist--printing");
      window.print();
    });

    update();
    show(progress);
    show(root.querySelector(".guide-checklist__actions"));
  }

  window.addEventListener("afterprint", function () {
    document.body.classList.remove("guide-print-one");
    Array.prototype.forEach.call(document.querySelectorAll(".guide-checklist--printing"), function (el) {
      el.classList.remove("guide-checklist--printing");
    });
  });

  /* ---- the saved-progress page ---- */

  function setUpProgressPage(root) {
    var warning = root.querySelector(".guide-checklist__storage");
    var status = root.querySelector(".guide-progress__status");
    var nojs = root.querySelector(".guide-progress__nojs");
    if (nojs) nojs.hidden = true;

    function render() {
      var store = readStore();
      if (!store.ok) show(warning);
      Array.prototype.forEach.call(root.querySelectorAll("[data-checklist-summary]"), function (li) {
        var ids = li.getAttribute("data-items").split(" ");
        var saved = store.lists[li.getAttribute("data-checklist-summary")] || {};
        var done = ids.filter(function (id) { return saved[id] === true; }).length;
        li.querySelector(".guide-progress__count").textContent =
          fill(root.getAttribute("data-progress"), done, ids.length);
      });
    }

    root.querySelector("[data-action=clear-all]").addEventListener("click", function () {
      if (!window.confirm(root.getAttribute("data-confirm-clear"))) return;
      // Clearing everything is the one write allowed over a corrupt or unknown store.
      if (write(null)) {
        warning.hidden = true;
        status.textContent = root.getAttribute("data-cleared");
      } else {
        show(warning);
      }
      render();
    });

    render();
    show(root.querySelector(".guide-progress__actions"));
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-checklist]"), function (root) {
      try {
        setUpChecklist(root);
      } catch (e) {
        /* a broken checklist must not stop the others or the page */
      }
    });
    var page = document.querySelector("[data-progress-page]");
    if (page) setUpProgressPage(page);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
