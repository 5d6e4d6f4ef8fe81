// cyberindex autosave: every change to an answer is saved on its own, announced to screen
// readers, and kept on this device until the server confirms it, so nothing is lost on a slow or
// dropped link or while the database is failing (those saves are retried with backoff). Without JavaScript, a "Save" button saves every answer of the page at once, with a page reload.
// Signing out clears the answers this device kept for the user, so they do not outlive the
// session on a shared computer (the server also sends Clear-Site-Data where browsers honour it).
(function () {
  "use strict";
  document.querySelectorAll('form[action="/logout"]').forEach(function (form) {
    form.addEventListener("submit", function () {
      try {
        for (var i = localStorage.length - 1; i >= 0; i--) {
          var key = localStorage.key(i);
          if (key && key.indexOf("cyberindex:") === 0) { localStorage.removeItem(key); }
        }
      } catch (e) {}
    });
  });
})();

(function () {
  "use strict";
  var status = document.getElementById("save-status");
  if (!status) { return; }
  var pending = {};      // question id -> timer
  var inflight = {};     // question id -> true while a save is on the way
  var storeKey = "cyberindex:unsaved:" + location.pathname;

  function say(key) { status.textContent = status.getAttribute("data-" + key) || ""; }
  function drafts() { try { return JSON.parse(localStorage.getItem(storeKey) || "{}"); } catch (e) { return {}; } }
  function keepDraft(id, entries) { var d = drafts(); d[id] = entries; try { localStorage.setItem(storeKey, JSON.stringify(d)); } catch (e) {} }
  function dropDraft(id) { var d = drafts(); delete d[id]; try { localStorage.setItem(storeKey, JSON.stringify(d)); } catch (e) {} }

  // A question's fields as its own save sends them (`value`, `comment`, `version`); on the page
  // they are named after the question, for the save of the whole page without JavaScript.
  function entriesOf(form) {
    var out = [];
    form.querySelectorAll("[data-f]").forEach(function (input) {
      if (input.matches(":disabled")) { return; }
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) { return; }
      out.push([input.getAttribute("data-f"), String(input.value)]);
    });
    return out;
  }

  function applyProgress(progress) {
    if (!progress) { return; }
    var relevant = {};
    progress.relevant_questions.forEach(function (id) { relevant[id] = true; });
    document.querySelectorAll("article.question").forEach(function (q) {
      q.hidden = !relevant[q.getAttribute("data-question")];
    });
    progress.pillars.forEach(function (p) {
      var row = document.querySelector('tr[data-pillar="' + p.id + '"]');
      if (!row) { return; }
      var bar = row.querySelector("progress");
      bar.max = p.relevant; bar.value = p.answered;
      row.querySelector(".answered").textContent = p.answered;
      row.querySelector(".relevant").textContent = p.relevant;
      row.querySelector(".evidence-missing").textContent = p.evidence_missing;
    });
    var set = function (id, v) { var el = document.getElementById(id); if (el) { el.textContent = v; } };
    set("total-answered", progress.answered);
    set("total-relevant", progress.relevant);
    set("total-percent", progress.percent);
    set("total-evidence-missing", progress.evidence_missing);
    var sticky = function (cls, v) { document.querySelectorAll("." + cls).forEach(function (el) { el.textContent = v; }); };
    sticky("sticky-answered", progress.answered);
    sticky("sticky-relevant", progress.relevant);
    sticky("sticky-missing", progress.evidence_missing);
  }

  // Each question says how its own answer stands: "Saving…" while a save waits or is on the
  // way, then "Saved at 14:32". The page-wide status says "All changes saved" only when
  // nothing is waiting any more.
  function mark(form, text) {
    var el = form.querySelector(".q-saved");
    if (el) { el.textContent = text; }
  }
  function busy() {
    return Object.keys(pending).some(function (id) { return pending[id]; }) ||
           Object.keys(inflight).some(function (id) { return inflight[id]; });
  }
  function savedAt() {
    var now = new Date();
    var hm = ("0" + now.getHours()).slice(-2) + ":" + ("0" + now.getMinutes()).slice(-2);
    return (status.getAttribute("data-saved-at") || "").replace("{time}", hm);
  }

  // A value as the reader sees it: each option id replaced by its label in this form.
  function labelOf(form, value) {
    if (!value) { return ""; }
    var options = form.querySelectorAll('input[data-f="value"][type="radio"], input[data-f="value"][type="checkbox"]');
    if (!options.length) { return value; }
    return value.split(" ").map(function (id) {
      for (var i = 0; i < options.length; i++) {
        if (options[i].value === id) {
          var label = options[i].closest("label");
          return label ? label.textContent.trim() : id;
        }
      }
      return id;
    }).join("; ");
  }

  function showConflict(form, current, entries, changed) {
    var box = form.querySelector(".conflict");
    var mine = entries.filter(function (e) { return e[0] === "value"; }).map(function (e) { return e[1]; }).join(" ");
    var theirs = current.value || "";
    var empty = status.getAttribute("data-empty");
    box.textContent = "";
    if (changed) {
      var who = document.createElement("p");
      who.setAttribute("data-changed", "");
      who.textContent = changed;
      box.appendChild(who);
    }
    var p = document.createElement("p");
    p.textContent = status.getAttribute("data-theirs") + ": " + (labelOf(form, theirs) || empty) + " · " + status.getAttribute("data-mine") + ": " + (labelOf(form, mine) || empty);
    box.appendChild(p);
    var keep = document.createElement("button");
    keep.type = "button";
    keep.textContent = status.getAttribute("data-keep-theirs");
    keep.addEventListener("click", function () {
      setValue(form, theirs, current.version);
      box.hidden = true; dropDraft(idOf(form)); form.closest("article").removeAttribute("data-dirty");
    });
    var use = document.createElement("button");
    use.type = "button";
    use.textContent = status.getAttribute("data-use-mine");
    use.addEventListener("click", function () {
      form.querySelector('[data-f="version"]').value = current.version;
      box.hidden = true; save(form);
    });
    box.appendChild(keep); box.appendChild(use);
    box.hidden = false;
    keep.focus();
  }

  function setValue(form, value, version) {
    var words = (value || "").split(" ");
    form.querySelectorAll('[data-f="value"]').forEach(function (input) {
      if (input.type === "radio" || input.type === "checkbox") { input.checked = value ? words.indexOf(input.value) >= 0 : input.value === ""; }
      else { input.value = value || ""; }
    });
    form.querySelector('[data-f="version"]').value = version;
  }

  // A refused value is marked on its inputs and tied to the message in the question's box;
  // the next save that succeeds clears both.
  function invalid(form, on) {
    var box = form.querySelector(".conflict");
    var fieldset = form.querySelector("fieldset");
    form.querySelectorAll('[data-f="value"]').forEach(function (input) {
      if (on) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
    });
    if (on) { fieldset.setAttribute("aria-describedby", box.id); }
    else if (fieldset.getAttribute("aria-describedby") === box.id) { fieldset.removeAttribute("aria-describedby"); }
  }

  function idOf(form) { return form.closest("article").getAttribute("data-question"); }

  // What the server's answer means for the draft kept on this device. Only a definite refusal
  // of the value (it is invalid, the response or question is locked or closed, too large, …)
  // ends the attempts and drops the draft; a conflict goes to the chooser, which keeps the draft
  // until the user picks. The database failing (5xx), a timeout, rate limiting or a dropped
  // connection keep the draft and try again with backoff; so does an expired session (401), whose
  // draft comes back when the user signs in again and reopens the page.
  function outcome(res) {
    if (res.status === 200) { return "saved"; }
    if (res.status === 409 && res.body && res.body.error && res.body.error.current) { return "conflict"; }
    if (res.status >= 500 || res.status === 408 || res.status === 429 || !res.body || !res.body.error) { return "retry"; }
    if (res.status === 401) { return "keep"; }
    return "refused";
  }

  var retryTimer = {};   // question id -> timer of the next attempt

  function retryLater(form, id, retry, key) {
    say(key);
    var wait = Math.min(30000, (retry || 1000) * 2);
    clearTimeout(retryTimer[id]);
    retryTimer[id] = setTimeout(function () { save(form, wait); }, wait);
  }

  function save(form, retry) {
    var id = idOf(form);
    if (inflight[id]) { schedule(form); return; }
    clearTimeout(retryTimer[id]);
    var entries = entriesOf(form);
    keepDraft(id, entries);
    inflight[id] = true;
    // A retry leaves the waiting message up (it is still true) rather than announcing it again.
    if (!retry) { say("saving"); }
    var body = new URLSearchParams();
    entries.forEach(function (e) { body.append(e[0], e[1]); });
    fetch(form.getAttribute("data-action"), { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        // A proxy's error page is not JSON: it still counts as an answer with that status.
        return r.json().then(function (j) { return { status: r.status, body: j }; },
                             function () { return { status: r.status, body: null }; });
      })
      .then(function (res) {
        inflight[id] = false;
        var box = form.querySelector(".conflict");
        switch (outcome(res)) {
          case "saved":
            form.querySelector('[data-f="version"]').value = res.body.version;
            if (!pending[id]) {
              // Only when nothing was typed since this save left: otherwise the newer draft stays.
              dropDraft(id);
              form.closest("article").removeAttribute("data-dirty");
              mark(form, savedAt());
            }
            invalid(form, false);
            box.hidden = true;
            applyProgress(res.body.progress);
            say(busy() ? "saving" : "saved");
            break;
          case "conflict":
            mark(form, "");
            say("conflict");
            showConflict(form, res.body.error.current, entries, res.body.changed);
            break;
          case "retry":
            retryLater(form, id, retry, "retrying");
            break;
          case "keep":
            say("error");
            box.textContent = res.body.error.message || "";
            box.hidden = false;
            break;
          default:
            dropDraft(id);
            say("error");
            mark(form, "");
            box.textContent = res.body.error.message || "";
            box.hidden = false;
            invalid(form, true);
        }
      })
      .catch(function () {
        inflight[id] = false;
        retryLater(form, id, retry, "offline");
      });
  }

  function schedule(form) {
    var id = idOf(form);
    form.closest("article").setAttribute("data-dirty", "");
    // The draft is kept on this device at every change, before any save is tried.
    keepDraft(id, entriesOf(form));
    mark(form, status.getAttribute("data-saving"));
    say("saving");
    clearTimeout(pending[id]);
    pending[id] = setTimeout(function () { pending[id] = null; save(form); }, 700);
  }

  // Leaving with a change not yet saved asks first (the draft is also kept on this device).
  window.addEventListener("beforeunload", function (e) {
    if (busy() || document.querySelector("article.question[data-dirty]")) {
      e.preventDefault();
      e.returnValue = "";
    }
  });

  // "Next unanswered question" goes to the next one after where the reader is, as the page
  // stands now (the link's own target is the first one when the page was made).
  function unanswered(article) {
    var inputs = article.querySelectorAll('.answer [data-f="value"]');
    if (!inputs.length || article.hidden) { return false; }
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if ((input.type === "radio" || input.type === "checkbox") ? (input.checked && input.value !== "") : input.value !== "") { return false; }
    }
    return true;
  }
  document.querySelectorAll('a.next-link[data-next="todo"]').forEach(function (link) {
    link.addEventListener("click", function (e) {
      var all = Array.prototype.slice.call(document.querySelectorAll("article.question"));
      var here = document.activeElement && document.activeElement.closest ? document.activeElement.closest("article.question") : null;
      var start = here ? all.indexOf(here) + 1 : 0;
      var next = all.slice(start).concat(all.slice(0, start)).filter(unanswered)[0];
      if (!next) { return; }
      e.preventDefault();
      var first = next.querySelector("input, textarea, select");
      next.scrollIntoView({ block: "start" });
      if (first) { first.focus(); }
      history.replaceState(null, "", "#" + next.id);
    });
  });

  var boxes = document.querySelectorAll('.answer[data-autosave="true"]');
  boxes.forEach(function (form) {
    // Every change saves itself: the buttons are for pages without JavaScript.
    var button = form.querySelector("button.save");
    if (button) { button.hidden = true; }
    form.addEventListener("change", function () { schedule(form); });
    form.addEventListener("input", function (e) { if (e.target.tagName === "TEXTAREA" || e.target.type === "number" || e.target.type === "url") { schedule(form); } });
  });
  // Enter in a field submits the page's form: save what waits at once instead of reloading.
  var pageForm = document.getElementById("answers");
  if (pageForm) {
    pageForm.addEventListener("submit", function (e) {
      e.preventDefault();
      boxes.forEach(function (form) {
        var id = idOf(form);
        if (pending[id]) { clearTimeout(pending[id]); pending[id] = null; save(form); }
      });
    });
  }

  // Answers typed while offline (or before the page was closed) are restored and saved again.
  var saved = drafts();
  Object.keys(saved).forEach(function (id) {
    var article = document.querySelector('article.question[data-question="' + id + '"]');
    var form = article && article.querySelector('.answer[data-autosave="true"]');
    if (!form) { dropDraft(id); return; }
    var entries = saved[id];
    var values = entries.filter(function (e) { return e[0] === "value"; }).map(function (e) { return e[1]; }).join(" ");
    var comment = entries.filter(function (e) { return e[0] === "comment"; }).map(function (e) { return e[1]; })[0] || "";
    var version = entries.filter(function (e) { return e[0] === "version"; }).map(function (e) { return e[1]; })[0] || "0";
    setValue(form, values, version);
    var c = form.querySelector('[data-f="comment"]'); if (c) { c.value = comment; }
    save(form);
  });
})();

// A page that comes back with an error summary moves the focus to it, so that keyboard and
// screen-reader users hear what went wrong first (the summary has tabindex="-1" for this).
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
})();

// The review page: a decision saves in place (the page stays where it is and says so), and
// the keyboard moves through the questions: j/k next/previous, a accept (saved at once), c
// clarify and r reject (the comment box takes the focus: a comment is required). Without
// JavaScript each form posts and the page comes back at the question.
(function () {
  "use strict";
  var status = document.getElementById("review-status");
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.review-question"));
  if (!status || !articles.length) { return; }
  var current = -1;

  function announce(text) { status.hidden = false; status.textContent = text; }

  function go(i) {
    if (i < 0 || i >= articles.length) { return; }
    current = i;
    var h = articles[i].querySelector("h4");
    h.focus();
    h.scrollIntoView({ block: "start" });
  }

  articles.forEach(function (article, i) {
    article.addEventListener("focusin", function () { current = i; });
    var form = article.querySelector("form.decision-form");
    if (!form) { return; }
    var error = form.querySelector(".form-error");
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      error.hidden = true;
      form.querySelectorAll('[aria-invalid]').forEach(function (f) { f.removeAttribute("aria-invalid"); });
      announce(status.getAttribute("data-saving"));
      var body = new URLSearchParams();
      new FormData(form).forEach(function (v, k) { body.append(k, String(v)); });
      fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) {
          return r.json().then(function (j) { return { ok: r.ok, body: j }; },
                               function () { return { ok: r.ok, body: null }; });
        })
        .then(function (res) {
          if (res.ok && res.body) {
            article.className = article.className.replace(/\s*decided(-\w+)?/g, "") + " decided decided-" + res.body.decision;
            var mark = article.querySelector(".decision-mark");
            mark.textContent = "";
            var tag = document.createElement("span");
            tag.className = "tag decision-" + res.body.decision;
            tag.textContent = res.body.label;
            mark.appendChild(tag);
            announce(res.body.message);
            if (res.body.decision === "accept") { go(i + 1); }
          } else {
            var detail = res.body && res.body.error;
            error.textContent = (detail && detail.message) || status.getAttribute("data-failed");
            error.hidden = false;
            announce(error.textContent);
            // The field at fault says so, and points at the message.
            var field = detail && detail.field && form.querySelector('[name="' + detail.field + '"]');
            if (field) {
              field.setAttribute("aria-invalid", "true");
              var by = (field.getAttribute("aria-describedby") || "").split(" ").filter(function (x) { return x && x !== error.id; });
              field.setAttribute("aria-describedby", [error.id].concat(by).join(" "));
              field.focus();
            }
          }
        })
        .catch(function () {
          error.textContent = status.getAttribute("data-failed");
          error.hidden = false;
          announce(error.textContent);
        });
    });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName) && t.type !== "radio")) { return; }
    var article = articles[current];
    var form = article && article.querySelector("form.decision-form");
    var pick = function (value) {
      var radio = form && form.querySelector('input[name="decision"][value="' + value + '"]');
      if (!radio) { return false; }
      radio.checked = true;
      return true;
    };
    switch (ev.key) {
      case "j": go(current + 1); break;
      case "k": go(current < 0 ? 0 : current - 1); break;
      case "a": if (pick("accept")) { form.requestSubmit(); } else { return; } break;
      case "c": if (pick("clarify")) { form.querySelector("textarea").focus(); } else { return; } break;
      case "r": if (pick("reject")) { form.querySelector("textarea").focus(); } else { return; } break;
      default: return;
    }
    ev.preventDefault();
  });
})();

// CyberDrills: a console or seat follows its drill live. The server sends an event each time
// the drill changes; the page then reloads itself, unless the reader is writing, in which case
// it says so in a live region and leaves the reload to them. Without this (JavaScript off, the
// stream blocked by a proxy) the page's "Reload" link does the same. The exercise clock ticks.
(function () {
  "use strict";
  var live = document.querySelector("[data-drill-events]");
  if (live && window.EventSource) {
    var writing = function () {
      var fields = document.querySelectorAll("form textarea, form input[type=text], form input[type=number]");
      for (var i = 0; i < fields.length; i++) {
        if (fields[i] === document.activeElement || (fields[i].tagName === "TEXTAREA" && fields[i].value.trim() !== "")) { return true; }
      }
      return false;
    };
    var source = new EventSource(live.getAttribute("data-drill-events"));
    source.addEventListener("changed", function () {
      if (writing()) { live.textContent = live.getAttribute("data-changed") || ""; }
      else { location.reload(); }
    });
  }
  var clock = document.querySelector("time[data-seconds]");
  if (clock && clock.hasAttribute("data-running")) {
    var seconds = parseInt(clock.getAttribute("data-seconds"), 10) || 0;
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    setInterval(function () {
      seconds += 1;
      clock.textContent = Math.floor(seconds / 3600) + ":" + pad(Math.floor(seconds / 60) % 60) + ":" + pad(seconds % 60);
    }, 1000);
  }
})();
