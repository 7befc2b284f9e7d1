"""The index follows writes once per transaction, after the commit, in one batch.

These tests run with real transactions (`transaction=True`): what they check is when work
happens relative to a commit.
"""

import logging

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from catalogue.models import Tool
from catalogue.tests import factories as f
from core import content
from search import indexing, selectors
from search.models import SearchDocument

pytestmark = pytest.mark.django_db(transaction=True)


def names(query):
    return [
        tool.name
        for tool in selectors.tool_queryset_matching(queryset=Tool.objects.published(), query=query)
    ]


@pytest.fixture
def batches(monkeypatch):
    """Every batch indexed after a commit, as the set of its tool ids."""
    seen = []
    original = indexing.index_after_commit

    def spy(tool_ids):
        seen.append(set(tool_ids))
        original(tool_ids)

    monkeypatch.setattr(indexing, "index_after_commit", spy)
    return seen


def index_writes(queries) -> list[str]:
    return [q["sql"] for q in queries if "search_" in q["sql"] and "SELECT" not in q["sql"][:8]]


def test_many_writes_in_one_transaction_make_one_batch_and_one_bump(batches):
    term = f.ThemeFactory(slug="geld", name="Geld")
    version = content.version()
    with transaction.atomic():
        tools = [f.ToolFactory(name=f"Budget {n}") for n in range(5)]
        for tool in tools:
            tool.themes.add(term)
            tool.summary = "Houdt je uitgaven bij."
            tool.save()
        assert SearchDocument.objects.count() == 0  # nothing indexed inside the transaction
    assert batches == [{tool.pk for tool in tools}]
    assert content.version() == version + 1
    assert sorted(names("uitgaven")) == sorted(tool.name for tool in tools)
    assert len(names("geld")) == 5


def test_nothing_is_indexed_when_the_transaction_rolls_back(batches):
    tool = f.ToolFactory(name="Kompas", summary="Een wegwijzer.")
    batches.clear()
    version = content.version()
    with pytest.raises(RuntimeError), transaction.atomic():
        tool.name = "Windroos"
        tool.save()
        f.ToolFactory(name="Zeilboot")
        raise RuntimeError("the request failed")
    assert batches == []
    assert content.version() == version
    assert names("kompas") == ["Kompas"]
    # The next transaction starts a batch of its own, without the rolled-back tools.
    f.ToolFactory(name="Vuurtoren")
    assert batches == [{Tool.objects.get(name="Vuurtoren").pk}]


def test_a_rolled_back_savepoint_does_not_lose_the_outer_changes(batches):
    with transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            f.ToolFactory(name="Eerste")
            raise RuntimeError
        kept = f.ToolFactory(name="Tweede")
    assert batches == [{kept.pk}]
    assert names("tweede") == ["Tweede"]


def test_renaming_a_term_reindexes_its_tools_in_one_batch_after_the_write(batches, monkeypatch):
    monkeypatch.setattr(indexing, "AFTER_COMMIT_CHUNK", 4)  # several short transactions
    term = f.TargetGroupFactory(slug="ouders", name="Ouders")
    tools = [f.ToolFactory(name=f"Gezinstool {n}") for n in range(10)]
    term.tools.add(*tools)
    batches.clear()
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        term.name = "Opvoeders"
        term.save()
        in_transaction = len(queries)
    assert index_writes(queries.captured_queries[:in_transaction]) == []
    assert batches == [{tool.pk for tool in tools}]
    assert len(names("opvoeders")) == 10
    assert names("ouders") == []


def test_deleting_a_tool_leaves_the_index_after_the_commit():
    tool = f.ToolFactory(name="Budgetplanner")
    pk = tool.pk
    with transaction.atomic():
        tool.delete()
    assert names("budgetplanner") == []
    assert not SearchDocument.objects.filter(tool_id=pk).exists()


def test_a_failing_batch_is_logged_and_the_write_stays(monkeypatch, caplog):
    def broken(tool_ids):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(indexing, "index_after_commit", broken)
    version = content.version()
    with caplog.at_level(logging.ERROR, logger="core.derived"), transaction.atomic():
        f.ToolFactory(name="Signal")
    assert Tool.objects.filter(name="Signal").exists()
    assert "search-index" in caplog.text
    assert content.version() == version + 1  # later work still runs
