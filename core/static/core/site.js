// Enhancements only: every page works without this file.
(function () {
  "use strict";
  // A form came back with errors: start at its summary (it is announced as an alert), and let
  // each of its links put the focus in the field it names; a plain #link only scrolls there.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) return;
      event.preventDefault();
      field.focus();
    });
  }
})();
