// Esc hides a glossary definition shown because its term is hovered or
// focused: WCAG 1.4.13 asks that such content can be dismissed without
// moving the pointer or the focus. The definition shows again the next time
// its term is hovered or focused. Without this script the page works the
// same, minus Esc.
(function () {
  "use strict";
  var terms = document.querySelectorAll(".term");
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    terms.forEach(function (term) {
      if (term.matches(":hover") || term.contains(document.activeElement)) term.classList.add("term--dismissed");
    });
  });
  terms.forEach(function (term) {
    function show() { term.classList.remove("term--dismissed"); }
    term.addEventListener("mouseenter", show);
    term.addEventListener("focusin", show);
  });
})();
