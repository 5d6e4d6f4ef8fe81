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

  // The codes named by ?c= (repeated, or separated by commas), at most six.
  function currentCodes() {
    var out = [];
    params().getAll("c").forEach(function (v) {
      v.split(",").forEach(function (c) {
        c = c.trim().toUpperCase().replace(/[^A-Z]/g, "");
        if (c && out.indexOf(c) < 0) out.push(c);
      });
    });
    return out.slice(0, 6);
  }

  // Comparison in the static copy: show the rows of the countries named by ?c=.
  function compare() {
    var table = document.getElementById("compare");
    if (!table || !table.querySelector("tr[hidden]")) return;
    var chosen = currentCodes();
    if (!chosen.length) return;
    var body = table.tBodies[0];
    chosen.forEach(function (code) {
      var row = body.querySelector('tr[data-code="' + code + '"]');
      if (row) { row.hidden = false; body.appendChild(row); }
    });
    var empty = document.getElementById("compare-empty");
    if (empty) empty.hidden = true;
    var hidden = document.querySelector("#compare-form input[name=c]");
    if (hidden && !hidden.value) hidden.value = chosen.join(",");
    compareChart(table);
  }

  // The static copy's comparison chart: pillar bars side by side, drawn from the shown rows as
  // the server draws it (svg::grouped_bars), with the table as its text alternative.
  var GROUP_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"];
  function compareChart(table) {
    var section = document.getElementById("compare-chart-static");
    if (!section) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows).filter(function (r) { return !r.hidden; });
    if (!rows.length) return;
    var heads = table.tHead.rows[0].cells;
    var first = 4; // country, rank, tier and score come before the pillars
    var ns = "http://www.w3.org/2000/svg";
    function el(name, attrs, text) {
      var e = document.createElementNS(ns, name);
      for (var k in attrs) e.setAttribute(k, attrs[k]);
      if (text !== undefined) e.textContent = text;
      return e;
    }
    var track = 250, bar = 14, gap = 3, head = 20;
    var block = head + rows.length * (bar + gap) + 10;
    var pillars = rows[0].cells.length - 4;
    var legendTop = block * pillars + 6;
    var height = legendTop + 20 * rows.length + 4;
    var title = document.getElementById("compare-chart-heading").textContent;
    var svg = el("svg", { "class": "chart grouped", viewBox: "0 0 360 " + height, role: "img", "aria-label": title });
    svg.appendChild(el("title", {}, title));
    for (var p = 0; p < pillars; p++) {
      var top = p * block;
      svg.appendChild(el("text", { x: 0, y: top + 14, "font-size": 13, "font-weight": 700, fill: "#1a1a1a" }, heads[first + p].textContent));
      rows.forEach(function (row, g) {
        var cell = row.cells[4 + p];
        var y = top + head + g * (bar + gap);
        svg.appendChild(el("rect", { x: 0, y: y, width: track, height: bar, fill: "#eeeeee" }));
        if (cell.hasAttribute("data-value")) {
          var share = Math.max(0, Math.min(1, parseFloat(cell.getAttribute("data-value")) / parseFloat(cell.getAttribute("data-max"))));
          svg.appendChild(el("rect", { x: 0, y: y, width: track * share, height: bar, fill: GROUP_COLOURS[g % 6] }));
        }
        svg.appendChild(el("text", { x: track + 6, y: y + 11.5, "font-size": 13, fill: "#1a1a1a" }, row.getAttribute("data-code") + " " + cell.textContent));
      });
    }
    rows.forEach(function (row, g) {
      var y = legendTop + g * 20;
      svg.appendChild(el("rect", { x: 0, y: y, width: 14, height: 14, fill: GROUP_COLOURS[g % 6] }));
      svg.appendChild(el("text", { x: 20, y: y + 12, "font-size": 13, fill: "#1a1a1a" }, row.cells[0].textContent + " (" + row.getAttribute("data-code") + ")"));
    });
    var wrap = section.querySelector(".chart-wrap");
    wrap.textContent = "";
    wrap.appendChild(svg);
    section.hidden = false;
  }

  // Country names match in all six languages and by ISO code, folded the way the server
  // folds them (no diacritics, lower case): exact first, then word starts, then the rest.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
  }

  function rank(entry, q) {
    if (fold(entry.code) === q || fold(entry.alpha2) === q) return 0;
    var names = entry.folded;
    if (names.indexOf(q) >= 0) return 0;
    for (var i = 0; i < names.length; i++) {
      var n = names[i];
      var at = n.indexOf(q);
      while (at >= 0) {
        if (at === 0 || !/[\p{L}\p{N}]/u.test(n.charAt(at - 1))) return 1;
        at = n.indexOf(q, at + 1);
      }
    }
    for (var j = 0; j < names.length; j++) if (names[j].indexOf(q) >= 0) return 2;
    return -1;
  }

  var LANGS = ["ar", "zh", "en", "fr", "ru", "es"];

  // A combobox on a text box (WAI-ARIA 1.2 pattern, list autocomplete): `form` carries
  // data-countries (the JSON fetched the first time the box gets focus), data-lang, data-none
  // and data-count (the live messages); `choose(entry)` runs when an option is picked with
  // Enter or a click. Without this script the form still works: the server resolves the text.
  function combobox(form, input, list, status, choose) {
    if (!form || !input || !list || !window.fetch || !String.prototype.normalize) return;
    var lang = LANGS.indexOf(form.getAttribute("data-lang"));
    if (lang < 0) lang = 2;
    var entries = null, shown = [], active = -1, loading = false;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function load() {
      if (entries || loading) return;
      loading = true;
      fetch(form.getAttribute("data-countries"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (data) {
          entries = data.map(function (e) {
            e.folded = e.names.map(fold);
            return e;
          });
          if (input.value) update();
        })
        .catch(function () { entries = []; });
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function mark(index) {
      var items = list.querySelectorAll("[role=option]");
      items.forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute("aria-activedescendant", items[index].id);
        items[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function update() {
      if (!entries) return;
      var q = fold(input.value);
      list.textContent = "";
      if (!q) { close(); status.textContent = ""; return; }
      shown = entries
        .map(function (e) { return { e: e, r: rank(e, q) }; })
        .filter(function (x) { return x.r >= 0; })
        .sort(function (a, b) { return a.r - b.r || a.e.names[lang].localeCompare(b.e.names[lang]); })
        .slice(0, 8)
        .map(function (x) { return x.e; });
      shown.forEach(function (e, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = e.names[lang];
        var code = document.createElement("span");
        code.className = "hint";
        code.textContent = " " + e.code;
        li.appendChild(code);
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); });
        li.addEventListener("click", function () { choose(e); });
        list.appendChild(li);
      });
      var count = shown.length;
      status.textContent = count
        ? form.getAttribute("data-count").replace("{count}", count)
        : form.getAttribute("data-none");
      if (count) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        mark(-1);
      } else {
        close();
      }
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", update);
    input.addEventListener("blur", function () { setTimeout(close, 0); });
    input.addEventListener("keydown", function (ev) {
      var open = !list.hidden && shown.length > 0;
      if (ev.key === "ArrowDown") {
        ev.preventDefault();
        if (!open) { update(); return; }
        mark(active + 1 >= shown.length ? 0 : active + 1);
      } else if (ev.key === "ArrowUp") {
        ev.preventDefault();
        if (open) mark(active <= 0 ? shown.length - 1 : active - 1);
      } else if (ev.key === "Enter") {
        if (open && active >= 0) { ev.preventDefault(); choose(shown[active]); }
      } else if (ev.key === "Escape") {
        if (open) { ev.preventDefault(); close(); } else { input.value = ""; }
      }
    });
  }

  // The country search box on every page of an edition: a pick opens the country's profile.
  function countrySearch() {
    var form = document.querySelector("form.country-search");
    if (!form) return;
    combobox(form, form.querySelector("input[name=q]"), document.getElementById("country-options"),
      document.getElementById("country-status"), function (entry) {
        window.location.href = form.getAttribute("data-profiles") + entry.code + "/";
      });
  }

  // Comparison: the "add a country" box picks from the same list; the choice goes straight
  // to the comparison's address, ?c=KEN,FRA.
  function compareAdd() {
    var form = document.getElementById("compare-form");
    if (!form) return;
    var chosen = form.querySelector("input[name=c]");
    combobox(form, document.getElementById("compare-add"), document.getElementById("compare-options"),
      document.getElementById("compare-status"), function (entry) {
        var codes = (chosen.value || currentCodes().join(",")).split(",").filter(Boolean);
        if (codes.indexOf(entry.code) < 0) codes.push(entry.code);
        window.location.href = "?c=" + codes.slice(0, parseInt(form.getAttribute("data-max"), 10) || 6).join(",");
      });
  }

  // The map: one tab stop (the server puts only the first country in the tab order), then
  // the arrow keys move to the nearest country in that direction; Home and End go to the
  // first and last. A card shows the country, score and tier on hover, focus and tap (the
  // first tap shows the card, a second tap on the same country opens its profile), and a
  // two-tone ring marks the focused country, however small it is.
  function worldMap() {
    var svg = document.querySelector("svg.map");
    var card = document.querySelector(".map-card");
    if (!svg || !card) return;
    var wrap = svg.parentNode;
    var links = Array.prototype.slice.call(svg.querySelectorAll("a[aria-label]"));
    if (!links.length) return;
    var centres = links.map(function (a) {
      var b = a.getBBox();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2, box: b };
    });
    var NS = "http://www.w3.org/2000/svg";
    var rings = ["map-ring-outer", "map-ring-inner"].map(function (cls) {
      var r = document.createElementNS(NS, "rect");
      r.setAttribute("class", cls);
      r.setAttribute("fill", "none");
      r.style.display = "none";
      svg.appendChild(r);
      return r;
    });
    var tapped = null, suppress = false;

    function showCard(a) {
      card.textContent = a.getAttribute("aria-label");
      card.hidden = false;
      var box = a.getBoundingClientRect();
      var outer = wrap.getBoundingClientRect();
      var left = box.left - outer.left + box.width / 2;
      var top = box.top - outer.top;
      card.style.left = Math.max(0, Math.min(left - card.offsetWidth / 2, outer.width - card.offsetWidth)) + "px";
      card.style.top = (top - card.offsetHeight - 6 < 0 ? box.bottom - outer.top + 6 : top - card.offsetHeight - 6) + "px";
    }

    function hideCard() { card.hidden = true; }

    function ring(i) {
      var b = centres[i].box;
      var size = Math.max(b.width, b.height, 10);
      var w = Math.max(b.width, 10) + 4, h = Math.max(b.height, 10) + 4;
      rings.forEach(function (r, k) {
        var pad = k === 0 ? 0 : 1;
        r.setAttribute("x", centres[i].x - w / 2 + pad);
        r.setAttribute("y", centres[i].y - h / 2 + pad);
        r.setAttribute("width", w - 2 * pad);
        r.setAttribute("height", h - 2 * pad);
        r.setAttribute("rx", size > 40 ? 2 : 4);
        r.style.display = "";
      });
    }

    function focusAt(i) {
      links.forEach(function (a, k) { a.setAttribute("tabindex", k === i ? "0" : "-1"); });
      links[i].focus();
    }

    function nearest(i, dx, dy) {
      var from = centres[i], best = -1, bestCost = Infinity;
      centres.forEach(function (c, k) {
        if (k === i) return;
        var along = (c.x - from.x) * dx + (c.y - from.y) * dy;
        if (along <= 0.5) return;
        var across = Math.abs((c.x - from.x) * dy - (c.y - from.y) * dx);
        var cost = along + 2 * across;
        if (cost < bestCost) { bestCost = cost; best = k; }
      });
      return best;
    }

    links.forEach(function (a, i) {
      a.addEventListener("focus", function () { ring(i); showCard(a); });
      a.addEventListener("blur", function () {
        rings.forEach(function (r) { r.style.display = "none"; });
        hideCard();
      });
      a.addEventListener("mouseenter", function () { showCard(a); });
      a.addEventListener("mouseleave", function () { if (document.activeElement !== a) hideCard(); });
      a.addEventListener("pointerup", function (ev) {
        if (ev.pointerType === "touch" && tapped !== a) { tapped = a; suppress = true; showCard(a); }
      });
      a.addEventListener("click", function (ev) {
        if (suppress) { suppress = false; ev.preventDefault(); }
      });
      a.addEventListener("keydown", function (ev) {
        var moves = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
        var next = -1;
        if (moves[ev.key]) next = nearest(i, moves[ev.key][0], moves[ev.key][1]);
        else if (ev.key === "Home") next = 0;
        else if (ev.key === "End") next = links.length - 1;
        else if (ev.key === "Escape") { hideCard(); return; }
        else return;
        ev.preventDefault();
        if (next >= 0) focusAt(next);
      });
    });
  }

  // Embed codes: the chart's own page as an absolute address, with the chart's title.
  function embedCodes() {
    document.querySelectorAll("textarea.embed-code").forEach(function (box) {
      var url = new URL(box.getAttribute("data-src"), window.location.href).href;
      var holder = box.closest(".chart-wrap, section, .map-wrap") || document;
      var title = holder.querySelector("svg title");
      var name = (title ? title.textContent : document.title).replace(/"/g, "&quot;");
      box.value = '<iframe src="' + url + '" title="' + name + '" width="600" height="450" style="border:0" loading="lazy"></iframe>';
      box.addEventListener("focus", function () { box.select(); });
    });
  }

  // The static copy's search page lists every country; ?q= filters it here.
  function searchPage() {
    var hits = document.getElementById("search-hits");
    var q = fold(params().get("q") || "");
    var box = document.getElementById("country-q");
    if (box && !box.value) box.value = params().get("q") || "";
    if (!hits || !q) return;
    hits.querySelectorAll("li").forEach(function (li) {
      var code = li.getAttribute("data-code") || "";
      li.hidden = fold(li.textContent).indexOf(q) < 0 && fold(code) !== q;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    countrySearch();
    compareAdd();
    searchPage();
    worldMap();
    embedCodes();
    filterRanking();
    sortable();
    compare();
  });
})();
