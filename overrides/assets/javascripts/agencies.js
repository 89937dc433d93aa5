/* Agency directory filters and the "Which agency?" finder. Without this file both pages read as
   plain lists and tables. A link may preselect choices (?state=CA&problem=…); what a reader picks
   never goes into the address, so the browser's history does not record what they looked for.
   The finder shows an agency when it handles one of the chosen problems and is federal or in the
   chosen state (guide.agencies.match_agencies), in the order the page lists them,
   which Python decides (guide.agencies.finder_order). All text shown comes from the page. */
(function () {
  "use strict";

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function params() {
    return new URLSearchParams(window.location.search);
  }

  var plural = new Intl.PluralRules(document.documentElement.lang || undefined);

  // "1 of 22" or "3 of 22", in the grammatical number the page's language uses for `shown`.
  function counted(root, shown, total) {
    var template = plural.select(shown) === "one" ? root.dataset.countOne : root.dataset.countOther;
    return template.replace("{shown}", String(shown)).replace("{total}", String(total));
  }

  /* ---- directory index ---- */

  function setUpIndex(root) {
    var form = root.querySelector("form");
    var state = form.elements.state;
    var problem = form.elements.problem;
    var count = root.querySelector(".guide-filter__count");
    var items = root.querySelectorAll("li[data-state]");
    var q = params();
    if (q.get("state")) state.value = q.get("state");
    if (q.get("problem")) problem.value = q.get("problem");

    function apply() {
      var shown = 0;
      each(items, function (li) {
        var inState = !state.value || !li.dataset.state || li.dataset.state === state.value;
        var handles = !problem.value || li.dataset.problems.split(" ").indexOf(problem.value) >= 0;
        li.hidden = !(inState && handles);
        if (!li.hidden) shown += 1;
      });
      each(root.querySelectorAll(".guide-agencies__group"), function (group) {
        group.hidden = group.querySelectorAll("li[data-state]:not([hidden])").length === 0;
      });
      var none = shown ? "" : " " + root.dataset.none; // and where else to turn
      count.textContent = counted(root, shown, items.length) + none;
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  /* ---- finder ---- */

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function setUpFinder(root) {
    var agencies = JSON.parse(document.getElementById("agency-data").textContent);
    var form = root.querySelector("form");
    var results = root.querySelector(".guide-finder__results");
    var status = root.querySelector(".guide-finder__status");
    var q = params();
    var chosen = (q.get("problems") || "").split(",");
    each(form.querySelectorAll("input[name=problem]"), function (box) {
      box.checked = chosen.indexOf(box.value) >= 0;
    });
    if (q.get("state")) form.elements.state.value = q.get("state");

    function apply() {
      var problems = [];
      each(form.querySelectorAll("input[name=problem]:checked"), function (b) { problems.push(b.value); });
      var state = form.elements.state.value;
      results.textContent = "";
      if (!problems.length) {
        status.textContent = root.dataset.pick;
        return;
      }
      // The page lists the agencies in the finder's order (guide/agencies.py finder_order):
      // keeping the matches in that order is the whole rule here.
      var found = agencies.filter(function (a) {
        var handles = a.problems.some(function (p) { return problems.indexOf(p) >= 0; });
        return handles && (a.state === "" || a.state === state);
      });
      if (!found.length) {
        status.textContent = root.dataset.none;
        return;
      }
      status.textContent = counted(root, found.length, agencies.length);
      var list = el("ol", "", "guide-finder__list");
      found.forEach(function (a) {
        var item = el("li", "", "guide-finder__agency");
        var link = el("a", a.name);
        link.href = a.url;
        var heading = el("p", "", "guide-finder__name");
        heading.appendChild(link);
        heading.appendChild(document.createTextNode(" (" + a.short + (a.state ? ", " + a.state : "") + ")"));
        item.appendChild(heading);
        if (a.deadlines.length) {
          var deadlines = el("ul", "", "guide-finder__deadlines");
          a.deadlines.forEach(function (d) {
            var row = el("li");
            row.appendChild(el("strong", d.period));
            row.appendChild(document.createTextNode(" — " + d.claim));
            deadlines.appendChild(row);
          });
          item.appendChild(deadlines);
        } else {
          item.appendChild(el("p", root.dataset.unknown, "guide-finder__unknown"));
        }
        if (a.ut) item.appendChild(el("p", a.ut, "guide-finder__ut"));
        list.appendChild(item);
      });
      results.appendChild(list);
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    status.hidden = false;
    results.hidden = false;
    apply();
  }

  function start() {
    each(document.querySelectorAll("[data-agency-index]"), function (root) {
      try { setUpIndex(root); } catch (e) { /* the plain list stays usable */ }
    });
    each(document.querySelectorAll("[data-agency-finder]"), function (root) {
      try { setUpFinder(root); } catch (e) { /* the static table stays usable */ }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
