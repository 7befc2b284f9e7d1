// Progressive enhancement of the decision aid: on a phone, one question group per screen
// with "Volgende"/"Vorige" buttons. Without this script the form is one page.
(function () {
  "use strict";
  var form = document.querySelector(".advisor-form");
  if (!form || !window.matchMedia) return;
  var steps = Array.prototype.slice.call(form.querySelectorAll(".advisor-step"));
  var phone = window.matchMedia("(max-width: 40em)");
  if (steps.length < 2 || !phone.matches || form.querySelector(".error")) return;
  var labels = form.dataset;
  var current = 0;
  form.classList.add("stepped");
  function show(index) {
    current = index;
    steps.forEach(function (step, i) {
      if (i === index) { step.removeAttribute("data-hidden"); } else { step.setAttribute("data-hidden", ""); }
    });
    var legend = steps[index].querySelector("legend");
    if (legend) { legend.setAttribute("tabindex", "-1"); legend.focus(); }
  }
  steps.forEach(function (step, i) {
    var nav = document.createElement("p");
    nav.className = "step-nav";
    if (i > 0) nav.appendChild(button(labels.previous, function () { show(i - 1); }));
    if (i < steps.length - 1) nav.appendChild(button(labels.next, function () { show(i + 1); }));
    step.appendChild(nav);
  });
  function button(text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "secondary";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }
  steps.forEach(function (step, i) { if (i) step.setAttribute("data-hidden", ""); });
})();
