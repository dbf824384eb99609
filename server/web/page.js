// Enhancement only: every view works without this script.
// - the sort menu applies itself when changed;
// - "/" puts the cursor in the search box, as on many search sites;
// - results follow the search box while the user types.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var sort = document.getElementById("sort");
  if (sort && sort.form) {
    sort.addEventListener("change", function () { sort.form.submit(); });
  }
  // Results while typing: a pause in typing asks the page for the query
  // with its last word as a prefix (prefix=1) and swaps in its results and
  // reading; the address shows the plain search, which Enter still submits.
  var box = document.getElementById("q");
  var main = document.getElementById("main");
  if (box && box.form && main && window.fetch && window.DOMParser) {
    var timer = 0, seq = 0, ctrl = null;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = box.value;
        if (text.trim().length < 2) return;
        var params = new URLSearchParams(new FormData(box.form));
        params.delete("page");
        params.set("q", text);
        var plain = "/?" + params.toString();
        params.set("prefix", "1");
        if (ctrl) ctrl.abort();
        ctrl = window.AbortController ? new AbortController() : null;
        var mine = ++seq;
        fetch("/?" + params.toString(), {headers: {Accept: "text/html"}, credentials: "same-origin", signal: ctrl ? ctrl.signal : undefined})
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) {
            if (!html || mine !== seq) return;
            var doc = new DOMParser().parseFromString(html, "text/html");
            var next = doc.getElementById("main"), reading = doc.getElementById("q-reading");
            if (!next) return;
            main.innerHTML = next.innerHTML;
            var here = document.getElementById("q-reading");
            if (here && reading) here.innerHTML = reading.innerHTML;
            document.title = doc.title;
            history.replaceState(null, "", plain);
          })
          .catch(function () {});
      }, 250);
    });
  }
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var q = document.getElementById("q");
    if (q) { e.preventDefault(); q.focus(); q.select(); }
  });
})();
