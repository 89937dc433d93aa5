/* Switching language keeps the reader at the section being read. Both languages give a section the
   same heading id (tasks.py parity holds them equal), so the other language's link gets the id of
   the last heading above the top third of the screen just before it is followed.
   The link is then followed as it is: Material's own handler (on the body) would send the reader
   to the twin's address without its final slash and without the section, which costs a redirect
   on a slow network and loses the place. */
(function () {
  "use strict";
  var links = document.querySelectorAll(".md-select__link[hreflang]");
  var headings = document.querySelectorAll(".md-content h2[id], .md-content h3[id]");
  if (!links.length || !headings.length) return;

  function currentSection() {
    var line = window.innerHeight / 3;
    var found = null;
    for (var i = 0; i < headings.length; i += 1) {
      var box = headings[i].getBoundingClientRect();
      if (!box.height) continue; // hidden (a closed section, a slide not shown)
      if (box.top > line) break;
      found = headings[i];
    }
    return found;
  }

  Array.prototype.forEach.call(links, function (link) {
    link.addEventListener("click", function (event) {
      var section = currentSection();
      var target = new URL(link.href, location.href);
      target.hash = section ? section.id : "";
      link.href = target.href;
      event.stopPropagation();
    });
  });
})();
