/* Presentation mode: the page's sections one at a time, in large high-contrast type, for a
   projector. Shift+P or the button toggles it; a clicker's Page Down / Page Up, the arrows, Space
   and the on-screen buttons move; Escape leaves, back at the section that was shown. A slide taller
   than the screen is shown a screen at a time before the next one. It keeps nothing after the
   visit, and printing always prints the whole page. */
(function () {
  "use strict";
  var bar = document.querySelector("[data-present]");
  var article = document.querySelector(".md-content__inner");
  if (!bar || !article) return;
  var toggle = bar.querySelector(".guide-present-toggle");
  var position = bar.querySelector(".guide-present-position");
  // A touch screen without hover (a tablet): the button is offered after the page, not above it.
  var touch = window.matchMedia("(hover: none) and (pointer: coarse)");
  // Each step down keeps this share of the screen from the last one, so no line is ever skipped.
  var OVERLAP = 0.2;
  var slides = [];
  var current = 0;

  function group() {
    // Slide 0: everything before the first section heading; then one slide per h2 section.
    slides = [[]];
    Array.prototype.forEach.call(article.children, function (el) {
      // The page title and the policy status stay on every slide.
      if (el === bar || el.tagName === "H1" || el.classList.contains("guide-status")) return;
      if (el.tagName === "H2") slides.push([]);
      slides[slides.length - 1].push(el);
    });
    slides = slides.filter(function (els) { return els.length; }); // a page may open with an h2
  }

  function presenting() {
    return document.body.classList.contains("guide-presenting");
  }

  function place() {
    // On slides the controls lead the page (they stick to the top of the screen while it scrolls).
    var atEnd = touch.matches && !presenting();
    var first = article.firstElementChild;
    if (atEnd && bar !== article.lastElementChild) article.appendChild(bar);
    if (!atEnd && bar !== first) article.insertBefore(bar, first);
  }

  function focusStart() {
    // For screen readers, focus goes to the slide's first element (its heading); guide.css draws
    // no ring around it, as it is not a control.
    var start = slides[current][0];
    start.setAttribute("tabindex", "-1");
    start.classList.add("guide-slide-start");
    start.focus({ preventScroll: true });
  }

  function show(index, moveFocus) {
    current = index;
    slides.forEach(function (els, i) {
      els.forEach(function (el) { el.classList.toggle("guide-slide-hidden", i !== current); });
    });
    position.textContent = bar.dataset.position
      .replace("{n}", String(current + 1)).replace("{total}", String(slides.length));
    window.scrollTo({ top: 0, behavior: "instant" });
    if (moveFocus) focusStart();
  }

  function slideBottom() {
    return Math.max.apply(null, slides[current].map(function (el) {
      return el.getBoundingClientRect().bottom;
    }));
  }

  function scrolled(direction) {
    // One screen (less the controls and an overlap) further; false when there was nowhere to go.
    var before = window.scrollY;
    var page = (window.innerHeight - bar.offsetHeight) * (1 - OVERLAP);
    window.scrollBy({ top: direction * page, behavior: "instant" });
    return window.scrollY !== before;
  }

  function forward(moveFocus) {
    if (slideBottom() > window.innerHeight + 1 && scrolled(1)) return;
    if (current < slides.length - 1) show(current + 1, moveFocus);
  }

  function back(moveFocus) {
    if (window.scrollY > 0 && scrolled(-1)) return;
    if (current > 0) show(current - 1, moveFocus);
  }

  function on() {
    group();
    document.body.classList.add("guide-presenting");
    place();
    toggle.textContent = bar.dataset.leave;
    show(0, true);
  }

  function off() {
    document.body.classList.remove("guide-presenting");
    Array.prototype.forEach.call(article.querySelectorAll(".guide-slide-hidden"), function (el) {
      el.classList.remove("guide-slide-hidden");
    });
    place();
    toggle.textContent = bar.dataset.label;
    position.textContent = "";
    returnToSlide();
  }

  function returnToSlide() {
    // Back in the page where the slide was: the first slide from the page's top, any other with
    // its heading just below the theme's sticky header (and a little air).
    var header = document.querySelector(".md-header");
    var top = 0;
    if (current > 0) {
      top = slides[current][0].getBoundingClientRect().top + window.scrollY -
        (header ? header.offsetHeight : 0) - 8;
    }
    window.scrollTo({ top: top, behavior: "instant" });
    focusStart();
  }

  function activates(target) {
    // Space on a button, link or form control is theirs to use.
    return target.closest && target.closest("a, button, input, select, textarea, summary");
  }

  function onKey(event) {
    var target = event.target;
    var typing = target &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    // Shift+P: Material already uses a plain "p" for "previous page".
    if (event.key === "P" && event.shiftKey) {
      event.preventDefault();
      (presenting() ? off : on)();
      return;
    }
    if (!presenting()) return;
    var space = event.key === " " && !activates(target);
    if (/^(ArrowRight|ArrowDown|PageDown)$/.test(event.key) || (space && !event.shiftKey)) {
      event.preventDefault();
      forward(true);
    } else if (/^(ArrowLeft|ArrowUp|PageUp)$/.test(event.key) || (space && event.shiftKey)) {
      event.preventDefault();
      back(true);
    } else if (event.key === "Escape") {
      off();
    }
  }

  // The on-screen buttons keep focus, so they can be pressed again; the position is announced.
  bar.querySelector(".guide-present-next")
    .addEventListener("click", function () { forward(false); });
  bar.querySelector(".guide-present-prev")
    .addEventListener("click", function () { back(false); });
  toggle.addEventListener("click", function () { (presenting() ? off : on)(); });
  document.addEventListener("keydown", onKey);
  place();
  toggle.disabled = false;
})();
