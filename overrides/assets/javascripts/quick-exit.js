/* Quick exit: leave for a neutral site at once, replacing this page in the history so the back
   button does not return to it. Shift tapped on its own three times within 1.5 seconds does the same. */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit-link]");
  if (!link) return;

  function leave(event) {
    if (event) event.preventDefault();
    document.body.style.display = "none"; // hide the guide before the next site arrives
    try {
      document.title = "";
    } catch (e) { /* nothing to do */ }
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.repeat) return;
    if (event.key !== "Shift") {
      presses = []; // Shift used for a capital letter or a shortcut (typing "ICE") is not a tap
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1500; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
