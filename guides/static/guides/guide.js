// Guides: a checklist kept in this browser, and a print button. The page works without it:
// the checkboxes tick (not kept) and print from the browser's menu.
(function () {
  "use strict";
  var list = document.querySelector("[data-checklist]");
  if (list) {
    var key = "toolwijzer:checklist:" + list.getAttribute("data-checklist");
    var storage = null;
    try {
      storage = window.localStorage;
      storage.getItem(key);
    } catch (error) {
      storage = null; // private mode or storage switched off: ticking still works
    }
    var boxes = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox]"));
    var status = document.querySelector("[data-checklist-status]");
    var read = function () {
      try {
        var values = JSON.parse(storage.getItem(key) || "[]");
        return Array.isArray(values) ? values : [];
      } catch (error) {
        return [];
      }
    };
    var save = function () {
      var ticked = boxes.filter(function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      try {
        if (ticked.length) { storage.setItem(key, JSON.stringify(ticked)); }
        else { storage.removeItem(key); }
      } catch (error) { /* storage full or blocked: the ticks stay on the page */ }
    };
    if (storage) {
      var ticked = read();
      boxes.forEach(function (box) {
        if (ticked.indexOf(box.value) !== -1) { box.checked = true; }
        box.addEventListener("change", function () {
          save();
          if (status) { status.textContent = ""; }
        });
      });
      var tools = document.querySelector("[data-checklist-tools]");
      var reset = document.querySelector("[data-checklist-reset]");
      if (tools && reset) {
        tools.hidden = false;
        reset.addEventListener("click", function () {
          boxes.forEach(function (box) { box.checked = false; });
          save();
          if (status) { status.textContent = reset.getAttribute("data-done") || ""; }
        });
      }
    }
  }
  var print = document.querySelector("[data-print]");
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
