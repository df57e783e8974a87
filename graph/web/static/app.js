/* vnkg pages: search-box autocomplete, sortable and filterable tables. No library.
   Text from the data is only ever set with textContent, never parsed as HTML. */
(function () {
  "use strict";

  var TYPE_NAMES = { person: "Person", org: "Organisation", post: "Post", event: "Event", task: "Task", place: "Place" };

  /* Fold case and accents the way the server's search does (đ → d), for client-side filters. */
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
  }
  window.vnkgFold = fold;

  /* ------------------------------------------------------------ autocomplete */

  function setupAutocomplete(input) {
    var api = input.getAttribute("data-autocomplete");
    var entityUrl = input.getAttribute("data-entity-url");
    var box = input.parentNode;
    var list = document.createElement("ul");
    list.className = "ac-list";
    list.id = "ac-" + Math.random().toString(36).slice(2);
    list.setAttribute("role", "listbox");
    list.hidden = true;
    box.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    var items = [];
    var active = -1;
    var timer = null;
    var seq = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      active = -1;
    }
    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, n) {
        li.setAttribute("aria-selected", n === i ? "true" : "false");
      });
    }
    function open(id) {
      window.location.href = entityUrl.replace("__ID__", encodeURIComponent(id));
    }
    function render(results, query) {
      list.textContent = "";
      items = results;
      if (!results.length) {
        var none = document.createElement("li");
        none.className = "ac-empty";
        none.textContent = "No match for “" + query + "”";
        list.appendChild(none);
      }
      results.forEach(function (r, i) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.className = "t-" + (TYPE_NAMES[r.type] ? r.type : "other");
        var dot = document.createElement("span");
        dot.className = "dot";
        var label = document.createElement("span");
        label.className = "ac-label";
        label.lang = "vi";
        label.textContent = r.label;
        if (r.matched && r.matched !== r.label) { label.title = r.matched; }
        var badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = TYPE_NAMES[r.type] || r.type;
        li.appendChild(dot); li.appendChild(label); li.appendChild(badge);
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); open(r.id); });
        li.addEventListener("mousemove", function () { highlight(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }
    function fetchNow() {
      var q = input.value.trim();
      if (!q) { close(); return; }
      var mine = ++seq;
      fetch(api + "?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { if (mine === seq && input.value.trim() === q) { render(data.results || [], q); } })
        .catch(function () { close(); });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchNow, 120);
    });
    input.addEventListener("keydown", function (ev) {
      if (list.hidden) { return; }
      if (ev.key === "ArrowDown") { ev.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); highlight(Math.max(active - 1, -1)); }
      else if (ev.key === "Escape") { ev.preventDefault(); close(); }  // and keep the text
      else if (ev.key === "Enter" && active >= 0 && items[active]) { ev.preventDefault(); open(items[active].id); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  /* ------------------------------------------------------------ tables */

  function cellValue(row, index, kind) {
    var cell = row.children[index];
    if (!cell) { return ""; }
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
    if (kind === "number") {
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    return fold(raw);
  }

  function setupSortable(table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, index) {
      var kind = th.getAttribute("data-sort");
      if (!kind) { return; }
      th.tabIndex = 0;
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sort(); } });
    });
  }

  function setupFilter(input) {
    var table = document.getElementById(input.getAttribute("data-filter-table"));
    if (!table) { return; }
    var panel = table.closest(".panel") || document;
    var count = panel.querySelector("[data-role=row-count]");
    var none = panel.querySelector("[data-role=no-rows]");
    input.addEventListener("input", function () {
      var words = fold(input.value).split(" ").filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = fold(row.textContent);
        var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (count) { count.textContent = shown + " figure" + (shown === 1 ? "" : "s"); }
      if (none) { none.hidden = shown !== 0; }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-autocomplete]").forEach(setupAutocomplete);
    document.querySelectorAll("table.sortable").forEach(setupSortable);
    document.querySelectorAll("input[data-filter-table]").forEach(setupFilter);
  });
})();
