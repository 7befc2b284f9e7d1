"""Read-aloud (core/static/core/read_aloud.js) in real Chromium (issue 16, item 4).

Headless Chromium may have no voice at all, so the control logic is tested against a fake
speech synthesis put in the page before its scripts run: it records what would be spoken,
in which language, and every pause, resume and cancel. The real browser is tested for what
it can show honestly: the controls appear exactly when it has a voice for the text.
"""

import io
import json

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOOL = "/tools/whatsapp/"
PRACTICE = "/practices/whatsapp-laagdrempelig-contact-ocmw/"
GUIDE = "/guides/itsme-installeren-en-activeren/"

FAKE_SPEECH = """
(() => {
  const voices = %s;
  const log = { spoken: [], calls: [] };
  const listeners = [];
  let queue = [];
  const synth = {
    getVoices: () => voices,
    speak(utterance) {
      log.calls.push("speak");
      log.spoken.push({ text: utterance.text, lang: utterance.lang,
                        voice: utterance.voice && utterance.voice.lang });
      queue.push(utterance);
    },
    pause() { log.calls.push("pause"); },
    resume() { log.calls.push("resume"); },
    cancel() { log.calls.push("cancel"); queue = []; },
    addEventListener(type, listener) { if (type === "voiceschanged") listeners.push(listener); },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
  window.fakeSpeech = {
    log: log,
    finish() { queue.splice(0).forEach(u => u.onend && u.onend({})); },
    voicesArrive(more) { voices.push(...more); listeners.forEach(listener => listener()); },
  };
})();
"""
NO_SPEECH = "Object.defineProperty(window, 'speechSynthesis', {value: undefined});"


def seed():
    call_command("load_seed", stdout=io.StringIO())


def with_voices(page, *langs):
    voices = [{"lang": lang, "name": f"fake {lang}"} for lang in langs]
    page.add_init_script(FAKE_SPEECH % json.dumps(voices))


def controls(page):
    return page.locator("[data-read-aloud]")


def log(page):
    return page.evaluate("window.fakeSpeech.log")


def test_play_pause_resume_and_stop_read_the_tool_page_in_its_language(page, live_server):
    seed()
    with_voices(page, "nl-BE", "en-GB")
    page.goto(live_server.url + "/nl" + TOOL)
    group = page.get_by_role("group", name="Voorlezen")
    assert group.is_visible()
    play = group.get_by_role("button", name="Lees voor")
    pause = group.get_by_role("button", name="Pauzeer")
    stop = group.get_by_role("button", name="Stop")
    assert pause.get_attribute("aria-disabled") == stop.get_attribute("aria-disabled") == "true"

    play.click()
    spoken = log(page)["spoken"]
    texts = [part["text"] for part in spoken]
    assert texts[0] == "WhatsApp"
    summary = page.locator(".tool-header .lead").inner_text()
    assert {"text": summary, "lang": "nl", "voice": "nl-BE"} in spoken
    assert {part["lang"] for part in spoken} == {"nl"}
    # The controls themselves, forms and hidden text are not read.
    assert not any("Lees voor" in text or "Pauzeer" in text for text in texts)
    assert all(len(text) <= 220 for text in texts)

    pause.click()
    resume = group.get_by_role("button", name="Ga verder")
    assert resume.is_visible()
    resume.click()
    group.get_by_role("button", name="Pauzeer").click()
    stop.click()
    assert log(page)["calls"][-4:] == ["pause", "resume", "pause", "cancel"]
    # The focus stays on the button pressed; nothing is left to pause or stop.
    assert page.evaluate("document.activeElement.hasAttribute('data-read-aloud-stop')")
    assert stop.get_attribute("aria-disabled") == "true"
    assert group.get_by_role("button", name="Pauzeer").get_attribute("aria-disabled") == "true"
    # Pause and stop do nothing when nothing is being read.
    calls = len(log(page)["calls"])
    stop.click(force=True)  # force: Playwright itself does not click aria-disabled buttons
    group.get_by_role("button", name="Pauzeer").click(force=True)
    assert len(log(page)["calls"]) == calls


def test_each_part_is_read_in_the_language_it_is_written_in(page, live_server):
    seed()
    with_voices(page, "nl-NL", "en-US")
    page.goto(live_server.url + "/en" + TOOL)
    controls(page).get_by_role("button", name="Read aloud").click()
    spoken = log(page)["spoken"]
    # The summary has an English translation; the description is Dutch only.
    summary = page.locator(".tool-header .lead").inner_text()
    assert {"text": summary, "lang": "en", "voice": "en-US"} in spoken
    description = page.locator(".description[lang=nl]").inner_text()
    dutch = [part for part in spoken if len(part["text"]) > 40 and part["text"] in description]
    assert dutch and all(part["lang"] == "nl" and part["voice"] == "nl-NL" for part in dutch)
    heading = page.locator("#tool-content h2").first.inner_text()
    assert {"text": heading, "lang": "en", "voice": "en-US"} in spoken
    # When the last part ends, the controls are back at rest.
    page.evaluate("window.fakeSpeech.finish()")
    assert controls(page).get_by_role("button", name="Stop").get_attribute("aria-disabled") == (
        "true"
    )


def test_parts_without_a_voice_are_left_out(page, live_server):
    seed()
    with_voices(page, "nl-BE")
    page.goto(live_server.url + "/en" + GUIDE)
    # The guide's text is Dutch, its headings English: only the Dutch parts are read.
    controls(page).get_by_role("button", name="Read aloud").click()
    spoken = log(page)["spoken"]
    assert {part["lang"] for part in spoken} == {"nl"}
    assert page.locator("#steps-title").inner_text() not in [part["text"] for part in spoken]


def test_controls_follow_the_language_most_of_the_text_is_in(page, live_server):
    seed()
    with_voices(page, "nl-BE")
    page.goto(live_server.url + "/fr" + TOOL)
    # On the French page most of the text is French: no French voice, no controls.
    page.wait_for_load_state("load")
    assert not controls(page).is_visible()
    page.evaluate("window.fakeSpeech.voicesArrive([{lang: 'fr-BE', name: 'late'}])")
    controls(page).get_by_role("button", name="Lire à voix haute").click()
    assert {part["lang"] for part in log(page)["spoken"]} == {"fr", "nl"}


@pytest.mark.parametrize(
    ("path", "first"),
    [
        (PRACTICE, "WhatsApp als laagdrempelig contact"),
        (GUIDE, "itsme installeren en activeren"),
    ],
)
def test_practice_and_guide_pages_read_their_text(page, live_server, path, first):
    seed()
    with_voices(page, "nl-BE")
    page.goto(live_server.url + "/nl" + path)
    controls(page).get_by_role("button", name="Lees voor").click()
    spoken = log(page)["spoken"]
    assert spoken[0]["text"].startswith(first)
    assert len(spoken) > 5


def test_controls_stay_hidden_without_a_voice_for_the_text(page, live_server):
    seed()
    with_voices(page, "fr-FR")
    page.goto(live_server.url + "/nl" + TOOL)
    assert controls(page).count() == 1
    assert not controls(page).is_visible()
    # Voices often arrive after the page loaded: a Dutch one shows the controls.
    page.evaluate("window.fakeSpeech.voicesArrive([{lang: 'nl-BE', name: 'late'}])")
    assert controls(page).is_visible()


def test_controls_stay_hidden_without_speech_synthesis(page, live_server):
    seed()
    page.add_init_script(NO_SPEECH)
    page.goto(live_server.url + "/nl" + TOOL)
    page.wait_for_load_state("load")
    assert not controls(page).is_visible()


def test_the_real_browser_shows_the_controls_only_with_a_dutch_voice(page, live_server):
    seed()
    page.goto(live_server.url + "/nl" + TOOL)
    page.wait_for_load_state("load")
    has_dutch_voice = page.evaluate(
        "'speechSynthesis' in window && speechSynthesis.getVoices()"
        ".some(voice => voice.lang.toLowerCase().startsWith('nl'))"
    )
    assert controls(page).is_visible() == has_dutch_voice


def test_without_javascript_there_are_no_controls(page_without_js, live_server):
    seed()
    for path in (TOOL, PRACTICE, GUIDE):
        page_without_js.goto(live_server.url + "/nl" + path)
        assert controls(page_without_js).count() == 1
        assert not controls(page_without_js).is_visible()
