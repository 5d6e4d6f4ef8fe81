// cyberindex public pages: column sorting and filters on the ranking, and the comparison's
// choice of countries. Every page works without this script; on a static copy (no server to
// read the query string) it makes the filters and the comparison work.
(function () {
  "use strict";

  function params() {
    return new URLSearchParams(window.location.search);
  }

  // Ranking: filter rows by region and group.
  function filterRanking() {
    var form = document.querySelector("form[data-filter-table]");
    if (!form) return;
    var table = document.getElementById(form.getAttribute("data-filter-table"));
    var region = form.querySelector("[name=region]");
    var group = form.querySelector("[name=group]");
    var status = document.getElementById("ranking-count");
    var q = params();
    if (q.has("region")) region.value = q.get("region");
    if (q.has("group")) group.value = q.get("group");
    function apply() {
      var shown = 0;
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var ok = (!region.value || row.getAttribute("data-region") === region.value) &&
          (!group.value || (" " + row.getAttribute("data-groups") + " ").indexOf(" " + group.value + " ") >= 0);
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      if (status) status.textContent = status.getAttribute("data-template").replace("{count}", shown);
    }
    region.addEventListener("change", apply);
    group.addEventListener("change", apply);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      apply();
      var q = new URLSearchParams();
      if (region.value) q.set("region", region.value);
      if (group.value) q.set("group", group.value);
      var s = q.toString();
      history.replaceState(null, "", s ? "?" + s : window.location.pathname);
    });
    apply();
  }

  // Sortable tables: each header becomes a button; aria-sort tells the order.
  function sortable() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var headers = table.querySelectorAll("thead th");
      headers.forEach(function (th, index) {
        var kind = th.getAttribute("data-sort");
        if (!kind) return;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        while (th.firstChild) button.appendChild(th.firstChild);
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          function key(row) {
            var cell = row.cells[index];
            var text = cell.getAttribute("data-value") || cell.textContent.trim();
            if (kind === "number") {
              var n = parseFloat(text);
              return isNaN(n) ? -Infinity : n;
            }
            return text;
          }
          rows.sort(function (a, b) {
            var x = key(a), y = key(b);
            var c = kind === "number" ? x - y : String(x).localeCompare(String(y));
            return ascending ? c : -c;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  }

  // Comparison: show the rows of the countries named by ?c=.
  function compare() {
    var table = document.getElementById("compare");
    if (!table) return;
    var chosen = params().getAll("c").map(function (c) { return c.toUpperCase(); }).filter(Boolean).slice(0, 5);
    if (!chosen.length) return;
    var body = table.tBodies[0];
    chosen.forEach(function (code) {
      var row = body.querySelector('tr[data-code="' + code.replace(/[^A-Z]/g, "") + '"]');
      if (row) { row.hidden = false; body.appendChild(row); }
    });
    body.querySelectorAll("tr").forEach(function (row) {
      if (chosen.indexOf(row.getAttribute("data-code")) < 0) row.hidden = true;
    });
    var selects = document.querySelectorAll("#compare-form select");
    chosen.forEach(function (code, i) { if (selects[i]) selects[i].value = code; });
    var empty = document.getElementById("compare-empty");
    if (empty) empty.hidden = true;
  }

  document.addEventListener("DOMContentLoaded", function () {
    filterRanking();
    sortable();
    compare();
  });
})();
