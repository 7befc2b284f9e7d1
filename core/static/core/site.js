// Enhancements only: every page works without this file.
(function () {
  "use strict";
  // Read-aloud: any button[data-read-aloud] reads the element it points to.
  if ("speechSynthesis" in window) {
    document.querySelectorAll("[data-read-aloud]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var synth = window.speechSynthesis;
        if (synth.speaking) { synth.cancel(); return; }
        var target = document.getElementById(button.getAttribute("data-read-aloud"));
        if (!target) { return; }
        var utterance = new SpeechSynthesisUtterance(target.innerText);
        utterance.lang = document.documentElement.lang || "nl";
        synth.speak(utterance);
      });
    });
  }
  // Filters on a small screen: fold the groups nothing is picked in, so the results show
  // sooner. Without JavaScript every group keeps its server-rendered state.
  if (window.matchMedia && window.matchMedia("(max-width: 59.99rem)").matches) {
    document.querySelectorAll("details.facet-group[open]").forEach(function (group) {
      if (!group.querySelector("input:checked")) { group.open = false; }
    });
  }
})();
