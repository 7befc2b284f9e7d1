/* Suggestions for the header search box: an ARIA 1.2 combobox with a listbox popup.
   The search form works the same without this script (it is a plain GET form). */
(function () {
  "use strict";
  var script = document.currentScript;
  var input = document.getElementById("site-q");
  var url = script && script.getAttribute("data-suggest-url");
  if (!input || !url || !window.fetch) return;

  // The wrapper is in the page (core/base.html) and the list's style in site.css, so
  // nothing moves or loads late; a page without the wrapper gets no suggestions.
  var wrap = input.parentNode;
  if (!wrap.classList.contains("suggest-wrap")) return;

  var list = document.createElement("ul");
  list.id = "site-q-suggestions";
  list.className = "suggest-list";
  list.setAttribute("role", "listbox");
  var label = document.querySelector('label[for="site-q"]');
  if (label) {
    label.id = label.id || "site-q-label";
    list.setAttribute("aria-labelledby", label.id);
  }
  list.hidden = true;
  wrap.appendChild(list);

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  wrap.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  var items = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    items.forEach(function (item, i) {
      item.li.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", items[index].li.id);
      items[index].li.scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function show(data) {
    list.textContent = "";
    items = (data.results || []).map(function (result, i) {
      var li = document.createElement("li");
      li.id = "site-q-option-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = result.name;
      li.addEventListener("mousedown", function (event) { event.preventDefault(); });
      li.addEventListener("click", function () { window.location.assign(result.url); });
      list.appendChild(li);
      return { li: li, url: result.url };
    });
    status.textContent = data.status || "";
    active = -1;
    if (items.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
  }

  function fetchSuggestions() {
    var value = input.value.trim();
    if (value.length < 2) { close(); status.textContent = ""; return; }
    var ticket = ++latest;
    fetch(url + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (ticket === latest) show(data); })
      .catch(close);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden && items.length;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) { fetchSuggestions(); return; }
      highlight(active + 1 >= items.length ? 0 : active + 1);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active - 1 < 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Escape") {
      if (open) { event.preventDefault(); close(); }
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.assign(items[active].url);
    }
  });

  input.addEventListener("blur", close);
})();
