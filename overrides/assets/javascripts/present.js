/* Presentation mode: the page's sections one at a time, in large high-contrast type, for a
   projector. Shift+P or the button toggles it; arrows and Page Up/Down move; Escape leaves. It keeps
   nothing after the visit, and printing always prints the whole page. */
(function () {
  "use strict";
  var bar = document.querySelector("[data-present]");
  var article = document.querySelector(".md-content__inner");
  if (!bar || !article) return;
  var button = bar.querySelector("button");
  var position = bar.querySelector(".guide-present-position");
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

  function show(index) {
    current = Math.max(0, Math.min(index, slides.length - 1));
    slides.forEach(function (els, i) {
      els.forEach(function (el) { el.classList.toggle("guide-slide-hidden", i !== current); });
    });
    var heading = slides[current][0];
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
    position.textContent = bar.dataset.position
      .replace("{n}", String(current + 1)).replace("{total}", String(slides.length));
    window.scrollTo(0, 0);
  }

  function on() {
    group();
    document.body.classList.add("guide-presenting");
    button.textContent = bar.dataset.leave;
    show(0);
  }

  function off() {
    document.body.classList.remove("guide-presenting");
    Array.prototype.forEach.call(article.querySelectorAll(".guide-slide-hidden"), function (el) {
      el.classList.remove("guide-slide-hidden");
    });
    button.textContent = bar.dataset.label;
    position.textContent = "";
    button.focus();
  }

  function presenting() {
    return document.body.classList.contains("guide-presenting");
  }

  button.addEventListener("click", function () { (presenting() ? off : on)(); });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    // Shift+P: Material already uses a plain "p" for "previous page".
    if (event.key === "P" && event.shiftKey) {
      event.preventDefault();
      (presenting() ? off : on)();
      return;
    }
    if (!presenting()) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") {
      event.preventDefault();
      show(current + 1);
    } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
      event.preventDefault();
      show(current - 1);
    } else if (event.key === "Escape") {
      off();
    }
  });

  bar.hidden = false;
})();
