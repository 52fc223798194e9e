// Filters (organ, status, rule, severity) and sorting for the audit page. The filters
// also come from the address: audit.html#status=findings&rule=GK401 shows just those.
(function () {
  "use strict";
  var errors = document.getElementById("errors");
  window.onerror = function (message) {
    errors.hidden = false;
    errors.appendChild(document.createTextNode(String(message) + "\n"));
  };
  var fields = ["organ", "status", "rule", "severity"];
  function control(name) { return document.getElementById("f-" + name); }
  function wanted() {
    var chosen = {};
    fields.forEach(function (name) { chosen[name] = control(name).value.trim(); });
    return chosen;
  }
  function words(element, name) { return (element.getAttribute("data-" + name) || "").split(" "); }
  function matches(element, chosen) {
    if (chosen.organ && (element.getAttribute("data-organ") || "").indexOf(chosen.organ) < 0) return false;
    if (chosen.status && element.getAttribute("data-status") !== chosen.status) return false;
    if (chosen.rule && words(element, "rules").indexOf(chosen.rule) < 0) return false;
    if (chosen.severity && words(element, "severities").indexOf(chosen.severity) < 0) return false;
    return true;
  }
  function apply() {
    var chosen = wanted(), shown = 0;
    document.querySelectorAll("#reports tbody tr, section.report").forEach(function (element) {
      var show = matches(element, chosen);
      element.hidden = !show;
      if (show && element.tagName === "TR") shown += 1;
    });
    document.querySelectorAll("li.finding").forEach(function (item) {
      item.hidden = (chosen.rule && item.getAttribute("data-rule") !== chosen.rule) ||
        (chosen.severity && item.getAttribute("data-severity") !== chosen.severity);
    });
    document.getElementById("shown").setAttribute("data-shown", String(shown));
    document.getElementById("shown").textContent = document.getElementById("shown").getAttribute("data-label") + shown;
  }
  function fromAddress() {
    var query = window.location.hash.replace(/^#/, "");
    query.split("&").forEach(function (pair) {
      var parts = pair.split("=");
      if (parts.length === 2 && fields.indexOf(parts[0]) >= 0) control(parts[0]).value = decodeURIComponent(parts[1]);
    });
  }
  function sortBy(header) {
    var table = header.closest("table"), body = table.tBodies[0];
    var index = Array.prototype.indexOf.call(header.parentNode.children, header);
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var numeric = header.hasAttribute("data-numeric");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index].textContent, y = b.cells[index].textContent;
      var order = numeric ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y, "zh");
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll("table.sortable th").forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th); });
  });
  fields.forEach(function (name) {
    control(name).addEventListener("input", apply);
    control(name).addEventListener("change", apply);
  });
  window.addEventListener("hashchange", function () { fromAddress(); apply(); });
  fromAddress();
  apply();
  document.body.setAttribute("data-ready", "1");
})();
