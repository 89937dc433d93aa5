/* The deadline calculator (overrides/components/calculator.html). Without this file the page shows
   the rules table. The rules come from that table (deadline_rules.html, built from the agency
   data), so the page carries them once; this file only adds each deadline's length to the date
   typed, filters by state and problems, and sorts by the resulting day (ties keep the table's
   order: federal agencies, then the state's, each by name). Nothing typed is stored, put in
   the address or sent anywhere; the calendar file is made on the device. All text shown comes from
   the page. */
(function () {
  "use strict";

  /* ---- dates: whole days in UTC, so no time zone or summer time shifts a day ---- */

  function parseDay(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    if (!m) return null;
    var day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return day.getUTCMonth() === +m[2] - 1 ? day : null; // 2026-02-30 is not a day
  }

  /* The event date plus a length, as the calendar counts it: months and years land on the same
     day of the month, or on the month's last day when it has no such day (Jan 31 + 1 month =
     Feb 28 or 29; Feb 29 + 1 year = Feb 28). tests/browser/test_calculator.py compares this with
     dateutil's relativedelta. */
  function addLength(day, amount, unit) {
    var y = day.getUTCFullYear(), m = day.getUTCMonth(), d = day.getUTCDate();
    if (unit === "days") return new Date(Date.UTC(y, m, d + amount));
    var months = unit === "years" ? amount * 12 : amount;
    var last = new Date(Date.UTC(y, m + months + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m + months, Math.min(d, last)));
  }

  function today() {
    var now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  }

  function iso(day) {
    return day.toISOString().slice(0, 10);
  }

  /* ---- the calendar file (RFC 5545) ---- */

  function icsText(value) {
    return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
      .replace(/\r?\n/g, "\\n");
  }

  /* Lines longer than 75 bytes continue on the next line after a space, never inside a
     character. */
  var encoder = new TextEncoder();

  function fold(line) {
    var out = [], part = "", bytes = 0;
    Array.from(line).forEach(function (ch) {
      var size = encoder.encode(ch).length;
      if (bytes + size > (out.length ? 74 : 75)) {
        out.push(part);
        part = "";
        bytes = 0;
      }
      part += ch;
      bytes += size;
    });
    out.push(part);
    return out.join("\r\n ");
  }

  function calendar(rows, stamp, note) {
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dale-guide//deadline calculator//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
    rows.forEach(function (row) {
      var end = new Date(row.day.getTime() + 86400000);
      lines.push("BEGIN:VEVENT",
        "UID:" + row.agency.id + "-" + row.deadline.id + "-" + iso(row.day).replace(/-/g, "") + "@dale-guide",
        "DTSTAMP:" + stamp,
        "DTSTART;VALUE=DATE:" + iso(row.day).replace(/-/g, ""),
        "DTEND;VALUE=DATE:" + iso(end).replace(/-/g, ""),
        "SUMMARY:" + icsText(row.title),
        "DESCRIPTION:" + icsText([row.agency.name, row.deadline.rule, row.certainty,
          row.deadline.checked, note].join("\n")),
        "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function download(text, name) {
    var url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* ---- the page ---- */

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function fillIn(template, values) {
    return Object.keys(values).reduce(function (text, key) {
      return text.split("{" + key + "}").join(values[key]);
    }, template);
  }

  /* ---- the rules, read from the rules table ---- */

  /* The text as read on the page: without the spelled-out abbreviations kept for screen readers
     (guide/abbreviations.py), which the page shows on hover and focus instead. */
  function plain(node) {
    var copy = node.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".guide-sr"), function (sr) { sr.remove(); });
    return copy.textContent;
  }

  function textOf(node, selector) {
    var found = node.querySelector(selector);
    return found ? plain(found) : "";
  }

  /* A row's citations, as the page's numbered source list gives them (page_sources.html). */
  function citedSources(row) {
    return Array.prototype.map.call(row.querySelectorAll("a[href^='#ref-']"), function (cite) {
      var entry = document.getElementById(cite.getAttribute("href").slice(1));
      var link = entry.querySelector("a");
      return { publisher: textOf(entry, ".guide-publisher"), title: plain(link), url: link.getAttribute("href") };
    });
  }

  function readRules() {
    var agencies = [];
    Array.prototype.forEach.call(document.querySelectorAll(".guide-rules"), function (table) {
      Array.prototype.forEach.call(table.tBodies, function (body) {
        var link = body.querySelector("a");
        var agency = {
          id: body.dataset.agency, name: body.dataset.name, short: plain(link),
          url: link.getAttribute("href"), state: table.dataset.state, problems: body.dataset.problems.split(" "),
          none: textOf(body, ".guide-rules__none"), deadlines: []
        };
        Array.prototype.forEach.call(body.querySelectorAll("tr[data-deadline]"), function (row) {
          var d = row.dataset;
          agency.deadlines.push({
            id: d.deadline, label: d.label, amount: +d.amount, unit: d.unit, certainty: d.certainty,
            rule: textOf(row, "strong"), tolling: textOf(row, ".guide-deadline-tolling"),
            checked: textOf(row, ".guide-rules__checked"), sources: citedSources(row)
          });
        });
        agencies.push(agency);
      });
    });
    if (!agencies.length) throw new Error("no rules table on this page");
    return agencies;
  }

  function setUp(root) {
    var rules = readRules();
    var text = root.dataset;
    var form = root.querySelector("form");
    var status = root.querySelector(".guide-calc__status");
    var results = root.querySelector(".guide-calc__results");
    var list = root.querySelector(".guide-calc__list");
    var unknown = root.querySelector(".guide-calc__unknown");
    var unknownList = root.querySelector(".guide-calc__unknown-list");
    var inputs = root.querySelector(".guide-calc__inputs");
    var longDate = new Intl.DateTimeFormat(text.locale, { dateStyle: "long", timeZone: "UTC" });
    var plural = new Intl.PluralRules(text.locale);
    var shown = []; // the rows on screen, for the calendar file

    function chosen() {
      return Array.prototype.filter.call(form.elements.problem, function (box) { return box.checked; });
    }

    function apply() {
      var day = parseDay(form.elements.date.value);
      var boxes = chosen();
      var problems = boxes.map(function (box) { return box.value; });
      var state = form.elements.state.value;
      list.textContent = "";
      unknownList.textContent = "";
      shown = [];
      if (!day || !problems.length) {
        status.textContent = text.pick;
        results.hidden = true;
        return;
      }
      var agencies = rules.filter(function (a) {
        var handles = a.problems.some(function (p) { return problems.indexOf(p) >= 0; });
        return handles && (a.state === "" || a.state === state);
      });
      agencies.forEach(function (a, order) {
        a.deadlines.forEach(function (d) {
          shown.push({ agency: a, deadline: d, order: order, day: addLength(day, d.amount, d.unit) });
        });
      });
      shown.sort(function (x, y) { return x.day - y.day || x.order - y.order; });
      var now = today();
      shown.forEach(function (row) {
        row.certainty = text[row.deadline.certainty];
        row.title = fillIn(text.event, { name: row.deadline.label + " (" + row.agency.short + ")" });
        list.appendChild(item(row, now));
      });
      var blank = agencies.filter(function (a) { return !a.deadlines.length; });
      blank.forEach(function (a) {
        var li = el("li");
        li.appendChild(link(a.name, a.url));
        li.appendChild(document.createTextNode(" (" + a.short + "): " + a.none + " — " + text.unknown));
        unknownList.appendChild(li);
      });
      unknown.hidden = !blank.length;
      if (!agencies.length) {
        status.textContent = text.none;
        results.hidden = true;
        return;
      }
      var count = plural.select(shown.length) === "one" ? text.countOne : text.countOther;
      status.textContent = fillIn(count, { n: String(shown.length) });
      var stateName = form.elements.state.selectedOptions[0].textContent;
      inputs.textContent = fillIn(text.inputs, {
        date: longDate.format(day), name: stateName, today: longDate.format(now),
        event: boxes.map(function (box) { return box.labels[0].textContent; }).join(", ")
      });
      results.hidden = false;
      root.querySelector("[data-action=calc-ics]").hidden = !shown.length;
    }

    function link(label, href) {
      var a = el("a", label);
      a.href = href;
      return a;
    }

    function item(row, now) {
      var li = el("li", "", "guide-calc__row guide-card");
      li.dataset.agency = row.agency.id;
      li.dataset.deadline = row.deadline.id;
      li.dataset.day = iso(row.day);
      var when = el("p", "", "guide-calc__day");
      var time = el("time", longDate.format(row.day));
      time.setAttribute("datetime", iso(row.day));
      when.appendChild(el("strong")).appendChild(time);
      if (row.day < now) {
        li.classList.add("guide-calc__row--past");
        when.appendChild(el("span", text.past, "guide-calc__flag"));
      } else if (row.day.getTime() === now.getTime()) {
        when.appendChild(el("span", text.today, "guide-calc__flag"));
      }
      li.appendChild(when);
      var what = el("p", "", "guide-calc__what");
      what.appendChild(document.createTextNode(row.deadline.label + " — "));
      what.appendChild(link(row.agency.name, row.agency.url));
      what.appendChild(el("span", row.agency.short, "guide-calc__short")); // on paper, for room
      li.appendChild(what);
      li.appendChild(el("p", row.deadline.rule, "guide-calc__rule"));
      if (row.deadline.tolling) li.appendChild(el("p", row.deadline.tolling, "guide-calc__tolling"));
      var meta = el("p", "", "guide-calc__meta");
      meta.appendChild(el("span", row.certainty, "guide-calc__certainty guide-calc__certainty--" + row.deadline.certainty));
      meta.appendChild(el("span", " · " + row.deadline.checked + " ", "guide-calc__checked"));
      var sources = meta.appendChild(el("span", "· " + text.sources + " ", "guide-calc__sources"));
      var named = []; // one link per publisher: the rules table below lists every source
      row.deadline.sources.forEach(function (s) {
        if (named.indexOf(s.publisher) >= 0) return;
        if (named.length) sources.appendChild(document.createTextNode("; "));
        named.push(s.publisher);
        var a = link(s.publisher, s.url);
        a.title = s.title;
        sources.appendChild(a);
      });
      li.appendChild(meta);
      return li;
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });

    root.querySelector("[data-action=calc-print]").addEventListener("click", function () {
      document.body.classList.add("guide-print-calc");
      window.print();
    });
    window.addEventListener("afterprint", function () {
      document.body.classList.remove("guide-print-calc");
    });

    root.querySelector("[data-action=calc-ics]").addEventListener("click", function () {
      var stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
      download(calendar(shown, stamp, text.note), text.file + ".ics");
    });

    // A page restored from the back/forward cache may still show what was typed: start empty.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) { form.reset(); apply(); }
    });
    form.reset();
    form.hidden = false;
    status.hidden = false;
    apply();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-calculator]"), function (root) {
      try { setUp(root); } catch (e) { /* the rules table stays usable */ }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
