"""One soak run against the database in DATABASE_URL (started by `python -m loadtest`).

Prepares a fresh database (migrate, seed, the people and drafts the load needs), serves it
with gunicorn on 127.0.0.1, runs the load, stops the server and then compares every
acknowledged write with what the database holds.

    python -m loadtest.target --seconds 300 --out var/soak-sqlite.json
"""

import argparse
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
LOCKED = re.compile(r"OperationalError: database is locked")
# Environment of the server under load: production settings, plain HTTP on 127.0.0.1, and
# rate limits raised so that they measure nothing here (one client address sends it all).
SERVER_ENVIRONMENT = {
    "DEBUG": "false",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "SESSION_COOKIE_SECURE": "false",
    "CSRF_COOKIE_SECURE": "false",
    "SECURE_HSTS_SECONDS": "0",
    "SUBMISSION_RATE_LIMIT": "1000000",
    "LOGIN_RATE_LIMIT": "1000000",
    "LOG_LEVEL": "ERROR",
}


def prepare(*, screeners: int, curators: int) -> dict:
    """A fresh, seeded database with the people and drafts the load needs."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.core.management import call_command

    from catalogue.models import Theme, Tool
    from practices.models import Practice
    from screening import roles, services

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_seed", stdout=open(os.devnull, "w"))  # noqa: SIM115
    users = get_user_model()
    run = uuid.uuid4().hex[:6]
    password = secrets.token_urlsafe(16)
    plan = {"run": run, "screeners": [], "curators": []}
    tools = list(Tool.objects.order_by("pk"))
    for n in range(screeners):
        person = users.objects.create_user(f"soak-screener-{n}", password=password)
        person.groups.add(Group.objects.get(name=roles.SCREENERS))
        screening = services.screening_start(tool=tools[n], by=person)
        plan["screeners"].append(
            {"username": person.username, "password": password, "screening": screening.pk}
        )
    for n in range(curators):
        person = users.objects.create_user(f"soak-curator-{n}", password=password, is_staff=True)
        person.groups.add(Group.objects.get(name=roles.CURATORS))
        person.user_permissions.add(Permission.objects.get(codename="moderate_practice"))
        plan["curators"].append({"username": person.username, "password": password})
    users.objects.create_superuser("soak-admin", password=password)
    plan["admin"] = {"username": "soak-admin", "password": password}
    theme = Theme.objects.filter(tools__isnull=False).order_by("pk").first()
    plan["theme"] = {
        "id": theme.pk,
        "slug": theme.slug,
        "name_fr": theme.name_fr,
        "name_en": theme.name_en,
        "description": theme.description,
        "position": theme.position,
    }
    published = list(Tool.objects.published().values_list("slug", flat=True)[:6])
    practices = list(Practice.objects.published().values_list("slug", flat=True)[:3])
    queries = ["vertalen", "whatsapp", "itsmee", "ouderen", "geld", "chat", "digibank"]
    plan["reads"] = (
        ["/nl/", "/nl/tools/", "/nl/practices/", "/nl/tools/?purpose=communicatie&cost=free"]
        + [f"/nl/tools/?q={query}" for query in queries]
        + [f"/nl/tools/{slug}/" for slug in published]
        + [f"/nl/practices/{slug}/" for slug in practices]
    )
    return plan


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_cpu_seconds(pid: int) -> float:
    """Processor time used so far by gunicorn's master and its workers (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(child) for child in children]
    except OSError:
        return 0.0
    total = 0
    for process in pids:
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


@contextmanager
def gunicorn(*, workers: int, log: Path):
    port = _free_port()
    environment = {**os.environ, **SERVER_ENVIRONMENT}
    with open(log, "w") as log_file:
        process = subprocess.Popen(  # noqa: S603 - fixed arguments
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--timeout",
                "120",
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=environment,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)  # noqa: S310
                    break
                except OSError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise RuntimeError(f"gunicorn did not start; see {log}") from None
                    time.sleep(0.3)
            yield f"http://127.0.0.1:{port}", process.pid
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()


def verify(*, plan: dict, record) -> dict:
    """Compare every acknowledged write with the database: what is missing is lost."""
    from catalogue.models import Theme, Tool
    from practices.models import Practice
    from screening.models import Screening, ScreeningEvent
    from search.selectors import tool_queryset_matching

    run = plan["run"]
    stored_titles = set(
        Practice.objects.filter(title__startswith=f"Soak {run} ").values_list("title", flat=True)
    )
    acknowledged_titles = set(record.shared_titles)
    checks = {
        "share": {
            "acknowledged": len(acknowledged_titles),
            "lost": len(acknowledged_titles - stored_titles),
            "stored without acknowledgement": len(stored_titles - acknowledged_titles),
        }
    }
    saves = {"acknowledged": 0, "lost": 0, "last text differs": 0}
    for person in plan["screeners"]:
        texts = record.saves.get(person["screening"], [])
        stored = ScreeningEvent.objects.filter(
            screening_id=person["screening"], action=ScreeningEvent.Action.SAVED
        ).count()
        saves["acknowledged"] += len(texts)
        saves["lost"] += max(0, len(texts) - stored)
        final = Screening.objects.get(pk=person["screening"]).strengths
        if texts and final != texts[-1]:
            saves["last text differs"] += 1
    checks["screening"] = saves
    decisions = dict(Practice.objects.filter(pk__in=record.moderated).values_list("pk", "status"))
    checks["moderation"] = {
        "acknowledged": len(record.moderated),
        "lost": sum(decisions.get(pk) != status for pk, status in record.moderated.items()),
    }
    theme = Theme.objects.get(pk=plan["theme"]["id"])
    renamed = {"acknowledged": len(record.renames), "lost": 0, "index right": True}
    if record.renames:
        renamed["lost"] = int(theme.name != record.renames[-1])
        found = set(
            tool_queryset_matching(queryset=Tool.objects.published(), query=theme.name).values_list(
                "pk", flat=True
            )
        )
        expected = set(theme.tools.published().values_list("pk", flat=True))
        renamed["index right"] = found == expected
    checks["rename"] = renamed
    return checks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--screeners", type=int, default=5)
    parser.add_argument("--curators", type=int, default=4)
    parser.add_argument("--rates", default="{}", help="JSON: requests/s per kind of traffic")
    parser.add_argument("--out", required=True)
    options = parser.parse_args()

    os.environ.update(SERVER_ENVIRONMENT)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.db import connection

    from .load import WRITE_KINDS, Rates, run_load, summary

    rates = Rates(**json.loads(options.rates))
    plan = prepare(screeners=options.screeners, curators=options.curators)
    connection.close()  # the harness holds no connection while the server works
    log = Path(options.out).with_suffix(".log")
    load_before = os.getloadavg()
    with gunicorn(workers=options.workers, log=log) as (base_url, pid):
        server_cpu = server_cpu_seconds(pid)
        client_cpu = time.process_time()
        record = run_load(base_url=base_url, plan=plan, rates=rates, seconds=options.seconds)
        server_cpu = server_cpu_seconds(pid) - server_cpu
        client_cpu = time.process_time() - client_cpu
    load_after = os.getloadavg()
    checks = verify(plan=plan, record=record)
    writes = [ms for kind in WRITE_KINDS for ms in record.samples.get(kind, [])]
    errors = {kind: dict(found) for kind, found in record.errors.items()}
    result = {
        "vendor": connection.vendor,
        "seconds": round(record.elapsed, 1),
        "workers": options.workers,
        "rates": asdict(rates),
        "measured_at": time.strftime("%Y-%m-%d %H:%M %Z"),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "cpus": os.cpu_count(),
        "server_cpu_s": round(server_cpu, 1),
        "client_cpu_s": round(client_cpu, 1),
        "kinds": {kind: summary(samples) for kind, samples in sorted(record.samples.items())},
        "writes": summary(writes),
        "writes_per_s": round(len(writes) / record.elapsed, 1),
        "errors": errors,
        "error_count": sum(sum(found.values()) for found in errors.values()),
        "locked": len(LOCKED.findall(log.read_text())),
        "skipped": dict(record.skipped),
        "late": dict(record.late),
        "checks": checks,
        "lost": sum(check["lost"] for check in checks.values()),
    }
    Path(options.out).write_text(json.dumps(result, indent=2))
    print(json.dumps({k: result[k] for k in ("vendor", "writes", "writes_per_s", "lost")}))


if __name__ == "__main__":
    main()
