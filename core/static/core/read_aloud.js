/* Read-aloud (core/partials/_read_aloud.html): the browser's own speech synthesis reads the
   main text, each part in its own language (its nearest lang attribute), so a translated
   text is read in its language. Nothing is sent to a server. The controls stay hidden when
   the browser has no speech synthesis or no voice for the language of the main text. */
(function () {
  "use strict";
  var synth = window.speechSynthesis;
  var Utterance = window.SpeechSynthesisUtterance;
  if (!synth || !Utterance || window.toolwijzerReadAloud) return;
  window.toolwijzerReadAloud = true;
  var SKIPPED = "[hidden],[aria-hidden='true'],script,style,button,form,.read-aloud,.no-read-aloud";
  var MAX_LENGTH = 220; // long utterances stop half-way in some browsers: read sentences

  function primary(lang) { return String(lang || "").toLowerCase().split(/[-_]/)[0]; }

  function voiceFor(lang) {
    var wanted = String(lang || "").toLowerCase().replace("_", "-");
    var voices = synth.getVoices() || [];
    var exact = null;
    var close = null;
    for (var i = 0; i < voices.length; i++) {
      var voiceLang = String(voices[i].lang || "").toLowerCase().replace("_", "-");
      if (voiceLang === wanted && !exact) exact = voices[i];
      if (primary(voiceLang) === primary(wanted) && !close) close = voices[i];
    }
    return exact || close;
  }

  function blockOf(element, root) {
    while (element && element !== root) {
      var display = window.getComputedStyle(element).display;
      if (display !== "inline" && display !== "contents") return element;
      element = element.parentElement;
    }
    return root;
  }

  function split(text) {
    if (text.length <= MAX_LENGTH) return [text];
    var parts = [];
    var current = "";
    text.split(/(?<=[.!?;:])\s+/).forEach(function (sentence) {
      if (current && (current + " " + sentence).length > MAX_LENGTH) {
        parts.push(current);
        current = sentence;
      } else {
        current = current ? current + " " + sentence : sentence;
      }
    });
    if (current) parts.push(current);
    return parts;
  }

  // The target's text in reading order, cut where the block or the language changes.
  function segments(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var found = [];
    var last = null;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var element = node.parentElement;
      if (!node.nodeValue.trim() || element.closest(SKIPPED) || !element.getClientRects().length) continue;
      var holder = element.closest("[lang]");
      var lang = holder ? holder.getAttribute("lang") : document.documentElement.lang;
      var block = blockOf(element, root);
      if (last && last.lang === lang && last.block === block) {
        last.text += node.nodeValue;
      } else {
        last = { lang: lang, block: block, text: node.nodeValue };
        found.push(last);
      }
    }
    var result = [];
    found.forEach(function (segment) {
      split(segment.text.replace(/\s+/g, " ").trim()).forEach(function (text) {
        if (text) result.push({ lang: segment.lang, text: text });
      });
    });
    return result;
  }

  // The language most of the text is in.
  function mainLanguage(parts) {
    var sizes = {};
    var best = "";
    parts.forEach(function (part) {
      sizes[part.lang] = (sizes[part.lang] || 0) + part.text.length;
      if (!best || sizes[part.lang] > sizes[best]) best = part.lang;
    });
    return best;
  }

  document.querySelectorAll("[data-read-aloud]").forEach(function (controls) {
    var target = document.getElementById(controls.getAttribute("data-read-aloud"));
    var play = controls.querySelector("[data-read-aloud-play]");
    var pause = controls.querySelector("[data-read-aloud-pause]");
    var stop = controls.querySelector("[data-read-aloud-stop]");
    if (!target || !play || !pause || !stop) return;
    var pauseLabel = pause.textContent;
    var resumeLabel = pause.getAttribute("data-resume-label") || pauseLabel;
    var state = "idle";
    var run = 0;

    function setState(next) {
      state = next;
      // aria-disabled, not disabled: a focused button keeps its focus.
      pause.setAttribute("aria-disabled", next === "idle" ? "true" : "false");
      stop.setAttribute("aria-disabled", next === "idle" ? "true" : "false");
      pause.textContent = next === "paused" ? resumeLabel : pauseLabel;
    }

    function reveal() {
      var lang = mainLanguage(segments(target)) || document.documentElement.lang;
      controls.hidden = !voiceFor(lang);
    }

    play.addEventListener("click", function () {
      synth.cancel();
      var current = ++run;
      var queue = segments(target).filter(function (part) { return voiceFor(part.lang); });
      if (!queue.length) { setState("idle"); return; }
      setState("speaking");
      queue.forEach(function (part, index) {
        var utterance = new Utterance(part.text);
        utterance.lang = part.lang;
        utterance.voice = voiceFor(part.lang);
        if (index === queue.length - 1) {
          utterance.onend = function () { if (current === run) setState("idle"); };
        }
        utterance.onerror = function () { if (current === run) setState("idle"); };
        synth.speak(utterance);
      });
    });

    pause.addEventListener("click", function () {
      if (state === "speaking") { synth.pause(); setState("paused"); }
      else if (state === "paused") { synth.resume(); setState("speaking"); }
    });

    stop.addEventListener("click", function () {
      if (state === "idle") return;
      run++;
      synth.cancel();
      setState("idle");
    });

    setState("idle");
    reveal();
    // Voices often arrive after the page loads.
    if (synth.addEventListener) synth.addEventListener("voiceschanged", reveal);
    window.addEventListener("pagehide", function () { if (state !== "idle") synth.cancel(); });
  });
})();
