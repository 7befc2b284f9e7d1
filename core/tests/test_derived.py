"""Derived work runs once per transaction after the commit (core.derived)."""

import pytest
from django.db import transaction

from core import content, derived


def gather(seen, name):
    return lambda items: seen.append((name, sorted(items)))


@pytest.mark.django_db(transaction=True)
def test_work_is_gathered_per_key_and_runs_in_order_after_the_commit():
    seen = []
    with transaction.atomic():
        derived.after_commit("last", gather(seen, "last"), order=derived.LAST)
        derived.after_commit("index", gather(seen, "index"), [1, 2])
        with transaction.atomic():
            derived.after_commit("index", gather(seen, "index"), [2, 3])
        assert seen == []
    assert seen == [("index", [1, 2, 3]), ("last", [])]


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_work_runs_at_once_and_suspension_drops_it():
    seen = []
    derived.after_commit("index", gather(seen, "index"), [7])
    assert seen == [("index", [7])]
    with derived.suspended():
        derived.after_commit("index", gather(seen, "index"), [8])
        with transaction.atomic():
            derived.after_commit("index", gather(seen, "index"), [9])
    assert seen == [("index", [7])]


@pytest.mark.django_db(transaction=True)
def test_content_changes_bump_the_version_once_per_transaction():
    version = content.version()
    with transaction.atomic():
        for _ in range(3):
            content.changed()
        assert content.version() == version
    assert content.version() == version + 1


@pytest.mark.django_db
def test_in_a_test_transaction_work_runs_where_production_commits():
    # conftest runs commit hooks as in production; the rest of the suite relies on it.
    seen = []
    with transaction.atomic():
        derived.after_commit("index", gather(seen, "index"), [1])
        with transaction.atomic():
            derived.after_commit("index", gather(seen, "index"), [2])
        assert seen == []
    assert seen == [("index", [1, 2])]
    with pytest.raises(RuntimeError), transaction.atomic():
        derived.after_commit("index", gather(seen, "index"), [3])
        raise RuntimeError
    derived.after_commit("index", gather(seen, "index"), [4])
    assert seen == [("index", [1, 2]), ("index", [4])]
