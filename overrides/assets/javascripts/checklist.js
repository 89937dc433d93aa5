/* Checklists: save ticks on this device only, show progress, reset, print; and the
   "saved progress" page that lists and clears everything. Progressive enhancement: without
   this file a checklist is a plain list of checkboxes. Every word shown comes from the page.

   Stored format (localStorage, one key for both languages, so a tick survives a switch):
     {"version": 1, "lists": {"<checklist id>": {"<item id>": true}}}
   Every write reads the store afresh and changes one thing in it (one item, or one list on
   reset), so a tick saved from another tab or page is never lost, and unknown or malformed parts
   are written back exactly as they were read. A store that is not JSON, or of another version,
   is never written (only "clear all" replaces it). Open pages follow changes made in other tabs
   through the `storage` event. */
(function () {
  "use strict";

  var KEY = "dale-guide:checklists";
  var VERSION = 1;
  // Only while this file first runs does the browser say where it came from: the site's root is
  // two folders up, as for offline-register.js.
  var SCRIPT = document.currentScript ? document.currentScript.src : "";

  var refreshers = []; // one per checklist or progress page shown: re-reads the store and redraws

  /* ---- storage: every access guarded, so a blocked, full or corrupt store never throws ---- */

  function isMap(value) {
    return !!value && typeof value === "object" && !Array.isArray(value);
  }

  function own(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key);
  }

  /* The whole stored value as it is now, unknown and malformed parts included (`data`), or
     ok: false when it must not be written: storage blocked, not JSON, or another version.
     `unreadable`: the store is there but damaged, which clearing all saved progress mends. */
  function readStore() {
    var raw;
    try {
      raw = window.localStorage.getItem(KEY);
    } catch (e) {
      return { ok: false, data: null }; // storage blocked or disabled
    }
    if (raw === null) return { ok: true, data: null };
    var parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      return { ok: false, data: null, unreadable: true }; // corrupt: keep it, do not overwrite
    }
    if (isMap(parsed) && typeof parsed.version === "number" && parsed.version > VERSION) {
      return { ok: false, data: null }; // a newer page's format: leave it to that page
    }
    if (!isMap(parsed) || parsed.version !== VERSION) {
      return { ok: false, data: null, unreadable: true }; // no format this page knows
    }
    if (own(parsed, "lists") && !isMap(parsed.lists)) {
      return { ok: false, data: null, unreadable: true }; // no list could be changed safely
    }
    return { ok: true, data: parsed };
  }

  /* A list's stored items, an empty map when it has none, or null when its entry is malformed
     (then it is shown as unticked and left alone). */
  function itemsOf(store, listId) {
    var lists = store.data && store.data.lists;
    if (!lists || !own(lists, listId)) return {};
    return isMap(lists[listId]) ? lists[listId] : null;
  }

  /* Ticked if the item's id is stored as true, or one of its former ids (data-renamed-from) is
     and no item on the page uses that id today. */
  function isTicked(items, item) {
    if (!items) return false;
    if (own(items, item.id) && items[item.id] === true) return true;
    return item.from.some(function (old) { return own(items, old) && items[old] === true; });
  }

  /* Read-modify-write: `change(lists)` edits the freshly read lists in place and returns true
     (write them), null (nothing to write) or false (refused). True when the store holds the
     change. */
  function update(change) {
    var store = readStore();
    if (!store.ok) return false;
    var data = store.data || { version: VERSION };
    if (!own(data, "lists")) data.lists = {};
    var result = change(data.lists);
    if (result === null) return true;
    if (result === false) return false;
    return write(data);
  }

  /* Set or clear one item, and drop the ticks of its former ids so a rename never counts twice. */
  function setItem(listId, item, on) {
    return update(function (lists) {
      var items = own(lists, listId) ? lists[listId] : undefined;
      if (items === undefined) {
        if (!on) return null;
        items = lists[listId] = {};
      }
      if (!isMap(items)) return false; // a malformed list is kept as it is, so nothing is saved
      item.from.forEach(function (old) {
        if (items[old] === true) delete items[old];
      });
      if (on) items[item.id] = true;
      else delete items[item.id];
      if (Object.keys(items).length === 0) delete lists[listId];
      return true;
    });
  }

  /* Reset: the reader asked to clear this checklist, so its whole entry goes (items this page
     does not show, and a malformed entry, too). Other lists and keys stay. */
  function clearList(listId) {
    return update(function (lists) {
      if (!own(lists, listId)) return null;
      delete lists[listId];
      return true;
    });
  }

  /* Items renamed in a newer copy of the guide keep their ticks: a ticked former id becomes the
     new id, in one write for the whole page. Nothing is written if nothing needs to move. */
  function moveRenamed(renames) {
    return update(function (stored) {
      var changed = null;
      renames.forEach(function (list) {
        var items = own(stored, list.id) ? stored[list.id] : null;
        if (!isMap(items)) return;
        list.items.forEach(function (item) {
          var old = item.from.filter(function (id) { return own(items, id) && items[id] === true; });
          if (!old.length || items[item.id] === true) return;
          items[item.id] = true;
          old.forEach(function (id) { delete items[id]; });
          changed = true;
        });
      });
      return changed;
    });
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

  function refreshAll() {
    var store = readStore();
    refreshers.forEach(function (refresh) {
      try {
        refresh(store);
      } catch (e) {
        /* one broken list must not stop the others */
      }
    });
  }

  /* The items a checklist shows: id, box, and former ids no item of this list uses today. */
  function itemsShown(root) {
    var all = Array.prototype.slice.call(root.querySelectorAll("[data-item]"));
    var ids = all.map(function (li) { return li.getAttribute("data-item"); });
    var items = [];
    all.forEach(function (li) {
      var box = li.querySelector("input[type=checkbox]");
      if (!box) return;
      var from = (li.getAttribute("data-renamed-from") || "").split(/\s+/).filter(function (id) {
        return id && ids.indexOf(id) === -1;
      });
      items.push({ id: li.getAttribute("data-item"), box: box, from: from });
    });
    return items;
  }

  /* The browser's "are you sure?" box before clearing. A browser that blocks such boxes (some
     apps' built-in browsers) answers "no" at once, without showing one: then the button asks
     instead ("Press again to clear") for a few seconds, and a second press is the yes. Clearing
     is what a reader does on a shared phone: it must never fail in silence. */
  var ASKING_MS = 8000;
  function confirmed(button, question, again) {
    if (button.hasAttribute("data-asking")) {
      button.textContent = button.getAttribute("data-asking");
      button.removeAttribute("data-asking");
      return true;
    }
    var asked = Date.now();
    var yes = false;
    try {
      yes = window.confirm(question);
    } catch (e) {
      yes = false; // a sandboxed page may refuse the box outright
    }
    if (!yes && Date.now() - asked < 100) { // no one answers a box that fast: none was shown
      button.setAttribute("data-asking", button.textContent);
      button.textContent = again;
      setTimeout(function () {
        if (!button.hasAttribute("data-asking")) return;
        button.textContent = button.getAttribute("data-asking");
        button.removeAttribute("data-asking");
      }, ASKING_MS);
    }
    return yes;
  }

  /* The storage warning says why: damaged ticks can be cleared; a blocked browser saves none. */
  function warn(warning, unreadable) {
    if (!warning) return;
    if (!warning.hasAttribute("data-blocked")) {
      warning.setAttribute("data-blocked", warning.textContent); // the text the page came with
    }
    warning.textContent = warning.getAttribute(unreadable ? "data-unreadable" : "data-blocked");
  }

  /* ---- one checklist ---- */

  function setUpChecklist(root) {
    var listId = root.getAttribute("data-checklist");
    var items = itemsShown(root);
    var progress = root.querySelector(".guide-checklist__progress");
    var warning = root.querySelector(".guide-checklist__storage");
    var failed = false; // a write was refused during this visit: the warning stays

    function count() {
      var done = items.filter(function (item) { return item.box.checked; }).length;
      progress.textContent = fill(root.getAttribute("data-progress"), done, items.length);
    }

    /* Show what is stored now. A store that cannot be read keeps what the reader ticked during
       this visit, with the warning. */
    function refresh(store) {
      var saved = itemsOf(store, listId);
      if (store.ok) {
        items.forEach(function (item) { item.box.checked = isTicked(saved, item); });
      }
      if (warning) warning.hidden = store.ok && saved !== null && !failed;
      warn(warning, !failed && (!!store.unreadable || (store.ok && saved === null)));
      count();
    }

    function afterWrite(ok) {
      if (ok) {
        refreshAll(); // the same list elsewhere on this page shows the change too
      } else {
        failed = true;
        warn(warning, false);
        show(warning);
      }
    }

    items.forEach(function (item) {
      item.box.addEventListener("change", function () {
        count();
        afterWrite(setItem(listId, item, item.box.checked));
      });
    });

    root.querySelector("[data-action=reset]").addEventListener("click", function (event) {
      var asked = root.getAttribute("data-confirm-reset");
      if (!confirmed(event.currentTarget, asked, root.getAttribute("data-press-again"))) return;
      items.forEach(function (item) { item.box.checked = false; });
      count();
      afterWrite(clearList(listId));
    });

    /* Only this checklist. Paper is blank unless the reader asks for the ticks: the print style
       sheet hides them unless the body has guide-print-ticks, so the browser's own print (menu,
       Ctrl+P) always gives a handout. */
    function printThisList(withTicks) {
      document.body.classList.add("guide-print-one");
      if (withTicks) document.body.classList.add("guide-print-ticks");
      root.classList.add("guide-checklist--printing");
      window.print();
    }
    root.querySelector("[data-action=print]").addEventListener("click", function () {
      printThisList(false);
    });
    root.querySelector("[data-action=print-ticks]").addEventListener("click", function () {
      printThisList(true);
    });

    refresh(readStore());
    refreshers.push(refresh);
    show(progress);
    show(root.querySelector(".guide-checklist__actions"));
    return { id: listId, items: items };
  }

  window.addEventListener("afterprint", function () {
    document.body.classList.remove("guide-print-one", "guide-print-ticks");
    Array.prototype.forEach.call(document.querySelectorAll(".guide-checklist--printing"), function (el) {
      el.classList.remove("guide-checklist--printing");
    });
  });

  /* ---- the saved-progress page ---- */

  /* The theme's own settings for this site: Material keeps them under "<site path>.__<name>"
     (colour palette, tabs, …) in localStorage and sessionStorage. They show the site was used. */
  function themePrefixes() {
    var paths = [];
    try {
      if (window.__md_scope) paths.push(new URL(window.__md_scope).pathname);
    } catch (e) { /* not the theme's page: the script's own place is enough */ }
    try {
      if (SCRIPT) paths.push(new URL("../../", SCRIPT).pathname);
    } catch (e) { /* no address to read */ }
    return paths.map(function (path) { return path + ".__"; });
  }

  function forgetThemeKeys() {
    var prefixes = themePrefixes();
    var ok = true;
    ["localStorage", "sessionStorage"].forEach(function (name) {
      try {
        var area = window[name];
        var keys = [];
        for (var i = 0; i < area.length; i++) keys.push(area.key(i));
        keys.forEach(function (key) {
          var ours = prefixes.some(function (prefix) { return key && key.indexOf(prefix) === 0; });
          if (ours) area.removeItem(key);
        });
      } catch (e) {
        ok = false; // blocked: nothing could have been stored there either
      }
    });
    return ok;
  }

  function setUpProgressPage(root) {
    var warning = root.querySelector(".guide-checklist__storage");
    var status = root.querySelector(".guide-progress__status");
    var nojs = root.querySelector(".guide-progress__nojs");
    if (nojs) nojs.hidden = true;

    function render(store) {
      if (warning) warning.hidden = store.ok;
      warn(warning, !!store.unreadable);
      Array.prototype.forEach.call(root.querySelectorAll("[data-checklist-summary]"), function (li) {
        var items = summaryOf(li).items;
        var saved = itemsOf(store, li.getAttribute("data-checklist-summary"));
        var done = items.filter(function (item) { return isTicked(saved, item); }).length;
        li.querySelector(".guide-progress__count").textContent =
          fill(root.getAttribute("data-progress"), done, items.length);
      });
    }

    root.querySelector("[data-action=clear-all]").addEventListener("click", function (event) {
      var asked = root.getAttribute("data-confirm-clear");
      if (!confirmed(event.currentTarget, asked, root.getAttribute("data-press-again"))) return;
      // Clearing everything is the one write allowed over a corrupt or unknown store.
      var cleared = write(null);
      cleared = forgetThemeKeys() && cleared;
      // Material's script waits for the reader's first move (this click, perhaps) and saves its
      // palette when it starts: if it has not started yet, forget that too once it has.
      if (!document.documentElement.hasAttribute("data-guide-theme")) {
        document.addEventListener("guide:theme-started", function () {
          setTimeout(forgetThemeKeys, 0);
        }, { once: true });
      }
      status.textContent = cleared ? root.getAttribute("data-cleared") : "";
      refreshAll();
      if (!cleared) {
        warn(warning, false);
        show(warning);
      }
    });

    render(readStore());
    refreshers.push(render);
    show(root.querySelector(".guide-progress__actions"));
    return Array.prototype.map.call(root.querySelectorAll("[data-checklist-summary]"), summaryOf);
  }

  /* One row of the saved-progress page: its list id and items, with their former ids from
     data-renamed="new-id:old-a,old-b …", so a rename counts here as on the checklist itself. */
  function summaryOf(li) {
    var renamed = {};
    (li.getAttribute("data-renamed") || "").split(/\s+/).forEach(function (pair) {
      var parts = pair.split(":");
      if (parts.length === 2) renamed[parts[0]] = parts[1].split(",");
    });
    var ids = li.getAttribute("data-items").split(" ");
    return {
      id: li.getAttribute("data-checklist-summary"),
      items: ids.map(function (id) {
        var from = (renamed[id] || []).filter(function (old) { return old && ids.indexOf(old) === -1; });
        return { id: id, from: from };
      })
    };
  }

  function start() {
    var lists = [];
    Array.prototype.forEach.call(document.querySelectorAll("[data-checklist]"), function (root) {
      try {
        lists.push(setUpChecklist(root));
      } catch (e) {
        /* a broken checklist must not stop the others or the page */
      }
    });
    var page = document.querySelector("[data-progress-page]");
    if (page) {
      try {
        lists = lists.concat(setUpProgressPage(page));
      } catch (e) {
        /* the list of saved progress stays as the page rendered it */
      }
    }
    // After a rename, move ticks to the new ids once, so every page and copy agrees.
    var renamed = lists.filter(function (list) {
      return list.items.some(function (item) { return item.from.length; });
    });
    if (renamed.length) moveRenamed(renamed); // the boxes already show them; a refused write changes nothing

    // Another tab or page changed the ticks (or cleared this site's storage): show them.
    window.addEventListener("storage", function (event) {
      if (event.key === KEY || event.key === null) refreshAll();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
