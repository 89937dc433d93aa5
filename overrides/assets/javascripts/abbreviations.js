/* Abbreviation toggletips (guide/abbreviations.py, guide.css) show on hover and focus; Escape
   hides the one open without moving focus or the pointer (WCAG 1.4.13), until it is left. */
(function () {
  "use strict";
  var DISMISSED = "guide-abbr--dismissed";

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelectorAll("abbr.guide-abbr:hover, abbr.guide-abbr:focus");
    Array.prototype.forEach.call(open, function (abbr) { abbr.classList.add(DISMISSED); });
  });

  function reset(event) {
    var abbr = event.target;
    if (abbr && abbr.classList && abbr.classList.contains(DISMISSED)) abbr.classList.remove(DISMISSED);
  }
  document.addEventListener("focusout", reset);
  document.addEventListener("mouseout", reset);
})();
