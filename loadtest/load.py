"""The soak's traffic: paced threads of readers, sharers, screeners, curators and an admin.

Each kind of traffic runs at a fixed rate (requests per second, spread over its threads),
so the load is the same whatever the server does; a thread that falls behind skips the
slots it missed rather than bursting. Every write that the server acknowledges is
remembered, so that afterwards it can be looked up in the database.
"""

import re
import statistics
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

from .client import Browser

WRITE_KINDS = ("share", "screening", "moderation", "rename")
QUEUE_ITEM = re.compile(r"/practices/moderation/(\d+)/publish/")
QUESTION_FIELD = re.compile(r'name="q(\d+)"')


@dataclass
class Rates:
    """Requests per second of each kind of traffic."""

    read: float = 20.0
    share: float = 30.0
    screening: float = 2.5
    moderation: float = 30.0
    rename: float = 0.2


@dataclass
class Record:
    """What happened, per kind of traffic, and which writes the server acknowledged."""

    samples: dict = field(default_factory=lambda: defaultdict(list))  # kind -> [ms]
    errors: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    shared_titles: list = field(default_factory=list)
    saves: dict = field(default_factory=lambda: defaultdict(list))  # screening -> [text]
    moderated: dict = field(default_factory=dict)  # practice id -> "published"/"declined"
    renames: list = field(default_factory=list)  # theme names, in order
    skipped: dict = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ok(self, kind, ms, remember=None):
        with self.lock:
            self.samples[kind].append(ms)
            if remember:
                remember()

    def error(self, kind, what):
        with self.lock:
            self.errors[kind][str(what)[:120]] += 1

    def skip(self, kind):
        with self.lock:
            self.skipped[kind] += 1


def paced(rate: float, deadline: float, step) -> None:
    """Call step(n) `rate` times per second until the deadline."""
    interval = 1.0 / rate
    next_at = time.monotonic()
    n = 0
    while next_at < deadline:
        now = time.monotonic()
        if next_at > now:
            time.sleep(next_at - now)
        step(n)
        n += 1
        next_at += interval
        if next_at < time.monotonic() - interval:  # behind: skip the missed slots
            next_at = time.monotonic()


def _expect(record, kind, response, *, status, location="", remember=None):
    if response.status == status and location in response.location:
        record.ok(kind, response.ms, remember)
    else:
        record.error(kind, f"HTTP {response.status}")


def _guarded(record, kind, action):
    def step(n):
        try:
            action(n)
        except Exception as error:  # noqa: BLE001 - counted and reported, never hidden
            record.error(kind, type(error).__name__)

    return step


def reader(base_url, paths, offset):
    browser = Browser(base_url)

    def read(record):
        def action(n):
            response = browser.get(paths[(offset + n) % len(paths)])
            _expect(record, "read", response, status=200)

        return action

    return read


def sharer(base_url, run, number):
    browser = Browser(base_url)

    def share(record):
        browser.get("/nl/practices/share/")

        def action(n):
            title = f"Soak {run} deel {number}-{n}"
            response = browser.post(
                "/nl/practices/share/",
                {
                    "title": title,
                    "summary": "Een praktijk gedeeld tijdens de soak-test.",
                    "story": "Wat we deden, voor wie, en hoe het liep.\n\nTweede alinea.",
                    "what_worked": "Laagdrempelig contact.",
                    "tool_names": "WhatsApp, Soak-app",
                    "organisation_name": "OCMW Soak",
                    "quote_text": "Het werkte echt.",
                    "quote_role": "maatschappelijk werker",
                    "submitter_name": "Soak",
                    "submitter_email": "soak@example.org",
                    "consent_to_publish": "on",
                    "website": "",
                },
            )
            _expect(
                record,
                "share",
                response,
                status=302,
                location="/practices/share/thanks/",
                remember=lambda: record.shared_titles.append(title),
            )

        return action

    return share


def screener(base_url, run, person):
    browser = Browser(base_url)
    path = f"/nl/screening/{person['screening']}/edit/"

    def save(record):
        browser.sign_in(person["username"], person["password"])
        questions = sorted(set(QUESTION_FIELD.findall(browser.get(path).text)))
        values = ["yes", "partly", "no", "unknown"]

        def action(n):
            text = f"Soak {run} {person['username']} bewaring {n}"
            fields = [("strengths", text), ("attention_points", ""), ("action", "save")]
            for i, question in enumerate(questions):
                fields.append((f"q{question}", values[(n + i) % len(values)]))
                fields.append((f"e{question}", f"Nagekeken ({n})."))
                fields.append((f"u{question}", ""))
            response = browser.post(path, fields)
            _expect(
                record,
                "screening",
                response,
                status=302,
                location=path,
                remember=lambda: record.saves[person["screening"]].append(text),
            )

        return action

    return save


def curator(base_url, person, index, count):
    """A curator works through the queue: one decision per slot, and a fresh look at the
    queue when nothing of theirs is left (curators split the queue by practice id)."""
    browser = Browser(base_url)

    def moderate(record):
        browser.sign_in(person["username"], person["password"])
        done = set()
        pending = []

        def action(n):
            if not pending:
                queue = browser.get("/nl/practices/moderation/")
                if queue.status != 200:
                    record.error("moderation queue", f"HTTP {queue.status}")
                    return
                record.ok("moderation queue", queue.ms)
                pending.extend(
                    pk
                    for pk in dict.fromkeys(int(pk) for pk in QUEUE_ITEM.findall(queue.text))
                    if pk % count == index and pk not in done
                )
            if not pending:
                record.skip("moderation")
                return
            pk = pending.pop(0)
            done.add(pk)
            if n % 4 == 3:
                decision = "declined"
                response = browser.post(
                    f"/nl/practices/moderation/{pk}/decline/",
                    {"reason": "Geen praktijk.", "confirm": "on"},
                )
            else:
                decision = "published"
                response = browser.post(
                    f"/nl/practices/moderation/{pk}/publish/", {"confirm": "on"}
                )
            _expect(
                record,
                "moderation",
                response,
                status=302,
                location="/practices/moderation/",
                remember=lambda: record.moderated.__setitem__(pk, decision),
            )

        return action

    return moderate


def admin(base_url, run, person, theme):
    browser = Browser(base_url)
    path = f"/admin/catalogue/theme/{theme['id']}/change/"

    def rename(record):
        browser.sign_in(person["username"], person["password"])
        browser.get(path)

        def action(n):
            name = f"Soakthema{run}x{n}"
            response = browser.post(
                path,
                {
                    "slug": theme["slug"],
                    "name": name,
                    "name_fr": theme["name_fr"],
                    "name_en": theme["name_en"],
                    "description": theme["description"],
                    "position": theme["position"],
                    "_save": "Opslaan",
                },
            )
            _expect(
                record,
                "rename",
                response,
                status=302,
                location="/admin/catalogue/theme/",
                remember=lambda: record.renames.append(name),
            )

        return action

    return rename


def run_load(*, base_url: str, plan: dict, rates: Rates, seconds: float) -> Record:
    """Run every kind of traffic at its rate for `seconds`; returns what happened."""
    record = Record()
    run = plan["run"]
    workers = []  # (kind, rate per thread, factory)
    readers = 3
    for offset in range(readers):
        workers.append(("read", rates.read / readers, reader(base_url, plan["reads"], offset)))
    sharers = 5
    for number in range(sharers):
        workers.append(("share", rates.share / sharers, sharer(base_url, run, number)))
    for person in plan["screeners"]:
        rate = rates.screening / len(plan["screeners"])
        workers.append(("screening", rate, screener(base_url, run, person)))
    for index, person in enumerate(plan["curators"]):
        rate = rates.moderation / len(plan["curators"])
        workers.append(
            ("moderation", rate, curator(base_url, person, index, len(plan["curators"])))
        )
    if rates.rename:
        workers.append(("rename", rates.rename, admin(base_url, run, plan["admin"], plan["theme"])))

    # Sign in and open the forms first, so that the measured window holds only the load.
    actions = [(kind, rate, factory(record)) for kind, rate, factory in workers]
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=paced, args=(rate, deadline, _guarded(record, kind, action)), daemon=True
        )
        for kind, rate, action in actions
        if rate > 0
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    record.elapsed = time.monotonic() - started
    return record


def percentile(samples, share):
    ordered = sorted(samples)
    if not ordered:
        return None
    return round(ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))], 1)


def summary(samples) -> dict:
    return {
        "n": len(samples),
        "p50": round(statistics.median(samples), 1) if samples else None,
        "p99": percentile(samples, 0.99),
        "max": round(max(samples), 1) if samples else None,
    }
