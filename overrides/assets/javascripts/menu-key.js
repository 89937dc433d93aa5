/* The theme's menu button is a <label> for a hidden checkbox: a pointer opens the menu, a keyboard
   cannot (below 1220 px, where the menu is folded away: a 1024 px projector too). This puts a real
   button in its place, with the same icon and a name, that opens and closes the menu and says
   whether it is open. Without JavaScript the label stays, for a pointer. */
(function () {
  "use strict";
  var label = document.querySelector("[data-menu-key]");
  var toggle = document.getElementById("__drawer");
  if (!label || !toggle) return;
  var button = document.createElement("button");
  button.type = "button";
  button.className = label.className + " guide-menu-button";
  button.setAttribute("aria-label", label.getAttribute("data-menu-key"));
  Array.prototype.slice.call(label.childNodes).forEach(function (node) {
    button.appendChild(node);
  });
  function say() {
    button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
  }
  button.addEventListener("click", function () {
    toggle.click();
  });
  toggle.addEventListener("change", say);
  say();
  label.parentNode.replaceChild(button, label);
})();
