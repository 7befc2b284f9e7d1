"""Derived work (search index, content version): once per transaction, after it commits.

A write that changes what derived data is built from calls `after_commit(key, handler,
items)`. Within one transaction the items of each key are gathered in one set, and after
the commit every handler runs once, in `order`, outside the transaction: the write itself
holds the database (SQLite's single write lock) only as long as the write, and a hundred
changes in one transaction cost one batch. Nothing runs when the transaction rolls back.
Outside a transaction the handler runs at once, as the write has already committed.

A handler that fails is logged and does not fail the write that has already committed;
derived data can always be rebuilt from the data it derives from (`manage.py restore` does,
and so does `rebuild_search_index`). `suspended()` drops derived work, for a bulk load that
rebuilds it once afterwards.
"""

import logging
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager

from django.db import transaction

logger = logging.getLogger(__name__)

# Handlers run in ascending order; the content version goes last (see core.content).
LAST = 1000

_local = threading.local()


class _Pending:
    """The derived work gathered in one transaction of one connection."""

    def __init__(self):
        self.work: dict[str, tuple[int, Callable[[set], None], set]] = {}

    def add(self, key, handler, items, order):
        if key not in self.work:
            self.work[key] = (order, handler, set())
        self.work[key][2].update(items)

    def run(self):
        for key, (_order, handler, items) in sorted(self.work.items(), key=lambda kv: kv[1][0]):
            try:
                handler(items)
            except Exception:
                logger.exception("Derived work %r failed after commit; rebuild it", key)


def after_commit(
    key: str,
    handler: Callable[[set], None],
    items: Iterable = (),
    *,
    order: int = 0,
    using: str | None = None,
) -> None:
    """Run `handler(items gathered under key)` once after the current transaction commits."""
    if is_suspended():
        return
    connection = transaction.get_connection(using)
    pending = connection.__dict__.get("_derived_pending")
    # A pending batch whose callback is gone belongs to a finished or rolled-back
    # transaction (or savepoint): start a new one.
    if pending is None or not any(
        callback == pending.run for _sids, callback, _robust in connection.run_on_commit
    ):
        pending = _Pending()
        connection.__dict__["_derived_pending"] = pending
        pending.add(key, handler, items, order)
        transaction.on_commit(pending.run, using=using)
    else:
        pending.add(key, handler, items, order)


def is_suspended() -> bool:
    return getattr(_local, "suspended", 0) > 0


@contextmanager
def suspended():
    """Drop derived work in this thread while the block runs (a restore rebuilds it after)."""
    _local.suspended = getattr(_local, "suspended", 0) + 1
    try:
        yield
    finally:
        _local.suspended -= 1
