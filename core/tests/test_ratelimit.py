"""Rate limits count in a store of their own, shared by processes, out of the page cache's reach."""

import os
import subprocess
import sys
import threading
import uuid

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from core.ratelimit import client_address, rate_limit_exceeded

from .test_settings import BASE_DIR

REDIS = "redis://127.0.0.1:6379/0"


def _request(address="192.0.2.44", forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().post("/", REMOTE_ADDR=address, **extra)


# --- Which address counts ----------------------------------------------------------------


def test_forwarded_header_is_ignored_unless_trusted(settings):
    settings.TRUST_X_FORWARDED_FOR = False
    assert client_address(_request(forwarded="203.0.113.9")) == "192.0.2.44"


def test_the_entry_our_proxy_appended_counts_not_what_the_client_wrote(settings):
    settings.TRUST_X_FORWARDED_FOR = True
    settings.TRUSTED_PROXY_COUNT = 1
    # The client claims 10.9.9.9; the load balancer appended the address it saw.
    assert client_address(_request(forwarded="10.9.9.9, 203.0.113.9")) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(_request(forwarded="10.9.9.9, 203.0.113.9, 10.0.0.2")) == "203.0.113.9"


def test_unusable_forwarded_header_falls_back_to_the_connection(settings):
    settings.TRUST_X_FORWARDED_FOR = True
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(_request(forwarded="203.0.113.9")) == "192.0.2.44"  # too short
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(_request(forwarded="unknown")) == "192.0.2.44"
    assert client_address(_request(forwarded="")) == "192.0.2.44"


# --- The store -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_clearing_the_page_cache_does_not_reset_a_limit():
    request = _request()
    assert [rate_limit_exceeded(request=request, scope="t", limit=2) for _ in range(2)] == [
        False,
        False,
    ]
    caches["default"].clear()
    assert rate_limit_exceeded(request=request, scope="t", limit=2) is True
    # Another address has its own count.
    assert rate_limit_exceeded(request=_request("192.0.2.45"), scope="t", limit=2) is False


def test_default_store_is_shared_by_processes_and_separate_from_the_page_cache(settings):
    assert settings.CACHES["ratelimit"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert settings.CACHES["default"] != settings.CACHES["ratelimit"]


@pytest.mark.django_db
def test_a_store_that_does_not_answer_lets_people_through_and_says_so(settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    assert rate_limit_exceeded(request=_request(), scope="t", limit=0) is False
    assert "Rate-limit store unavailable" in caplog.text


def _forget(pattern: str) -> None:
    import redis

    with redis.Redis.from_url(REDIS) as client:
        for key in client.scan_iter(pattern):
            client.delete(key)


def test_two_independent_redis_clients_share_one_limit(settings):
    # Django gives each thread its own cache client and connections: two threads are two
    # independent clients of one Redis.
    prefix = f"toolwijzer-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS,
            "KEY_PREFIX": prefix,
        },
    }
    request = _request()
    clients, allowed = set(), []

    def hit_ten_times():
        clients.add(id(caches["ratelimit"]))
        for _ in range(10):
            allowed.append(not rate_limit_exceeded(request=request, scope="share", limit=5))
        for pool in caches["ratelimit"]._cache._pools.values():
            pool.disconnect()  # the thread's own connections end with it

    threads = [threading.Thread(target=hit_ten_times) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        _forget(f"{prefix}:*")
    assert len(clients) == 2
    assert sum(allowed) == 5


_COUNT_IN_A_PROCESS = """
import sys
import django
django.setup()
from django.test import RequestFactory
from core.ratelimit import rate_limit_exceeded
scope, hits = sys.argv[1], int(sys.argv[2])
request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.44")
print(sum(not rate_limit_exceeded(request=request, scope=scope, limit=5) for _ in range(hits)))
"""


def _allowed_by_two_processes(store_url: str) -> int:
    scope = f"test-{uuid.uuid4().hex}"  # unique per run: parallel runs never share a key
    env = {
        **os.environ,
        "RATELIMIT_CACHE_URL": store_url,
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    processes = [
        subprocess.Popen(  # noqa: S603 - our own interpreter with fixed arguments
            [sys.executable, "-c", _COUNT_IN_A_PROCESS, scope, "20"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    allowed = 0
    try:
        for process in processes:
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
            allowed += int(out.strip())
    finally:
        _forget(f"*ratelimit:{scope}:*")
    return allowed


def test_a_limit_holds_across_two_processes_on_redis():
    # Two processes, 20 hits each, at the same time: 5 get through in all, not 5 each.
    assert _allowed_by_two_processes(REDIS) == 5


def test_per_process_memory_would_not_hold_the_limit():
    # The control: with the per-process memory cache each process lets its own 5 through,
    # which is what the shared store is for.
    assert _allowed_by_two_processes("locmemcache://") == 10
