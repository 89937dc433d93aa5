/* Campaign tools that need a little script: the "named or anonymous?" decision aid, one question
   at a time (overrides/components/decision.html), and the print buttons of the templates. Without
   this file the decision aid is a numbered list whose choices link to where they lead, and the
   templates print from the browser's menu. Nothing chosen is stored or put in the address. */
(function () {
  "use strict";

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function setUpDecision(root) {
    var form = root.querySelector("form");
    var status = root.querySelector(".guide-decision__status");
    var restart = root.querySelector(".guide-decision__actions");
    var questions = {};
    each(root.querySelectorAll("[data-question]"), function (li) {
      questions[li.getAttribute("data-question")] = li;
    });
    var outcomes = {};
    each(root.querySelectorAll("[data-outcome]"), function (section) {
      outcomes[section.getAttribute("data-outcome")] = section;
    });

    /* Show the path from the first question along the choices made so far, and where it ends.
       Its questions are numbered as the reader meets them (the list without script numbers
       them all, for its "go to question 5" links). */
    function render() {
      each(root.querySelectorAll("[data-question], [data-outcome]"), function (node) { node.hidden = true; });
      var id = root.getAttribute("data-start");
      var seen = {};
      var end = null;
      var shown = 0;
      while (questions[id] && !seen[id]) {
        seen[id] = true;
        questions[id].hidden = false;
        questions[id].querySelector(".guide-decision__n").textContent = ++shown + ".";
        var picked = questions[id].querySelector("input:checked");
        if (!picked) break;
        id = picked.getAttribute("data-then");
        if (outcomes[id]) end = outcomes[id];
      }
      // Answers on questions no longer on the path are dropped, so they cannot surprise later.
      each(root.querySelectorAll("[data-question][hidden] input:checked"), function (box) { box.checked = false; });
      if (end) {
        end.hidden = false;
        status.textContent = end.querySelector("h2").textContent;
      } else {
        status.textContent = "";
      }
      restart.hidden = !root.querySelector("input:checked");
      return end;
    }

    form.addEventListener("change", function () {
      var end = render();
      var open = root.querySelectorAll("[data-question]:not([hidden])");
      var next = end || open[open.length - 1];
      if (next) next.scrollIntoView({ block: "nearest" });
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    restart.querySelector("button").addEventListener("click", function () {
      form.reset();
      render();
      var first = root.querySelector("[data-question] input");
      if (first) first.focus();
    });
    root.classList.add("guide-decision--steps");
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) { form.reset(); render(); }
    });
    form.reset();
    render();
  }

  function start() {
    each(document.querySelectorAll("[data-decision]"), function (root) {
      try { setUpDecision(root); } catch (e) { /* the full list stays readable */ }
    });
    each(document.querySelectorAll("[data-action=print-page]"), function (button) {
      button.addEventListener("click", function () { window.print(); });
      button.hidden = false;
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
