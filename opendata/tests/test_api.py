"""The open data API: what it gives, what it leaves out, and that its document says so."""

import csv
import io
import json

import pytest
from django.urls import URLPattern, get_resolver

from catalogue.models import Tool, ToolRequirement
from catalogue.tests.factories import (
    LanguageFactory,
    PurposeFactory,
    RequirementFactory,
    ToolFactory,
    seed_shaped_tool,
)
from guides.tests.factories import GuideFactory
from opendata.fields import RESOURCES
from practices.tests.factories import PracticeFactory, SubmissionFactory
from screening.seeding import framework_v1_ensure
from screening.tests.factories import published_screening

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _framework(db):
    framework_v1_ensure()


def _json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def test_tools_gives_public_tools_only_with_unknown_as_null(client):
    purpose = PurposeFactory(slug="communicatie")
    known = ToolFactory(name="Babbel", purposes=[purpose], cost=Tool.Cost.FREE)
    ToolFactory(name="Onbekend", kind=Tool.Kind.UNKNOWN)
    ToolFactory(name="Concept", status=Tool.Status.DRAFT)
    ToolFactory(name="Oud", status=Tool.Status.ARCHIVED)
    body = _json(client, "/api/v1/tools/")
    assert body["count"] == 3
    by_slug = {record["slug"]: record for record in body["results"]}
    assert set(by_slug) == {"babbel", "onbekend", "oud"}
    assert by_slug["babbel"]["purposes"] == ["communicatie"]
    assert by_slug["babbel"]["cost"] == "free"
    assert by_slug["babbel"]["url"] == f"http://testserver/nl/tools/{known.slug}/"
    assert by_slug["onbekend"]["kind"] is None and by_slug["onbekend"]["cost"] is None
    assert by_slug["onbekend"]["requires_account"] is None
    assert by_slug["oud"]["status"] == "archived"
    assert by_slug["babbel"]["screening"] is None and by_slug["babbel"]["verified_facts"] == []


def test_a_tool_record_carries_its_requirements_screening_and_languages(client):
    tool = ToolFactory(name="Mijn Dossier")
    tool.languages.set([LanguageFactory(slug="nl"), LanguageFactory(slug="fr")])
    itsme, eid, reader = (RequirementFactory(slug=s) for s in ("itsme", "eid", "kaartlezer"))
    ToolRequirement.objects.create(tool=tool, requirement=itsme, choice_group=1)
    ToolRequirement.objects.create(tool=tool, requirement=eid, choice_group=1, alternative=2)
    ToolRequirement.objects.create(tool=tool, requirement=reader, choice_group=1, alternative=2)
    screening = published_screening(tool=tool)
    record = _json(client, "/api/v1/tools/mijn-dossier/")
    assert record["requirements"]["always"] == []
    # One choice: itsme, or an eID card with a card reader (alternatives in either order).
    [choice] = record["requirements"]["one_of"]
    assert sorted(choice) == [["eid", "kaartlezer"], ["itsme"]]
    assert sorted(record["languages"]) == ["fr", "nl"]
    assert record["screening"]["published_on"] == screening.published_at.date().isoformat()
    assert record["screening"]["framework_version"] == screening.version.number


def test_unknown_tool_and_draft_answer_404_in_json(client):
    ToolFactory(name="Concept", status=Tool.Status.DRAFT)
    assert "error" in _json(client, "/api/v1/tools/concept/", status=404)
    assert "error" in _json(client, "/api/v1/tools/bestaat-niet/", status=404)
    assert "tools" in _json(client, "/api/v1/reviews/", status=404)["error"]


@pytest.mark.parametrize(
    "query", ["page=0", "page=x", "page=-1", "page_size=0", "page_size=501", "page=" + "9" * 40]
)
def test_bad_paging_is_a_clear_400(client, query):
    assert "page" in _json(client, f"/api/v1/tools/?{query}", status=400)["error"]


def test_pages_link_to_each_other(client):
    for n in range(5):
        ToolFactory(name=f"Tool {n}")
    first = _json(client, "/api/v1/tools/?page_size=2")
    assert [r["slug"] for r in first["results"]] == ["tool-0", "tool-1"]
    assert first["previous"] is None
    second = _json(client, first["next"].removeprefix("http://testserver"))
    assert [r["slug"] for r in second["results"]] == ["tool-2", "tool-3"]
    last = _json(client, second["next"].removeprefix("http://testserver"))
    assert [r["slug"] for r in last["results"]] == ["tool-4"] and last["next"] is None
    assert "error" in _json(client, "/api/v1/tools/?page_size=2&page=4", status=404)


def test_practices_and_guides_give_published_ones_only(client):
    tool = ToolFactory(name="WhatsApp")
    PracticeFactory(title="Contact via chat", tools=[tool])
    SubmissionFactory(title="Nog niet gemodereerd")
    GuideFactory(title="Aanmelden", tools=[tool])
    GuideFactory(title="In opmaak", status="draft")
    practices = _json(client, "/api/v1/practices/")
    assert [p["title"] for p in practices["results"]] == ["Contact via chat"]
    assert practices["results"][0]["tools"] == ["whatsapp"]
    guides = _json(client, "/api/v1/guides/")
    assert [g["title"] for g in guides["results"]] == ["Aanmelden"]
    assert guides["results"][0]["tools"] == ["whatsapp"]


@pytest.mark.parametrize("name", list(RESOURCES))
def test_csv_has_one_column_per_field_and_every_record(client, name):
    tool = ToolFactory(name='WhatsApp, "de groene"')
    PracticeFactory(tools=[tool])
    GuideFactory(tools=[tool])
    response = client.get(f"/api/v1/{name}.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == [f.name for f in RESOURCES[name].fields]
    assert len(rows) == _json(client, f"/api/v1/{name}/")["count"] == 1
    assert "whatsapp" in rows[0]["slug"] + rows[0].get("tools", "")


def test_csv_reads_past_one_batch(client, monkeypatch):
    monkeypatch.setattr("opendata.selectors.PAGE_SIZE_MAX", 2)
    for n in range(5):
        ToolFactory(name=f"Tool {n}")
    text = b"".join(client.get("/api/v1/tools.csv").streaming_content).decode("utf-8-sig")
    assert [row["slug"] for row in csv.DictReader(io.StringIO(text))] == [
        f"tool-{n}" for n in range(5)
    ]


def test_records_match_the_openapi_schemas(client):
    tool = seed_shaped_tool()
    published_screening(tool=tool)
    PracticeFactory(tools=[tool])
    GuideFactory(tools=[tool])
    document = _json(client, "/api/v1/openapi.json")
    assert document["openapi"].startswith("3.1")
    schemas = document["components"]["schemas"]
    for name in RESOURCES:
        record = _json(client, f"/api/v1/{name}/")["results"][0]
        schema = schemas[name]
        assert set(record) == set(schema["properties"]) == set(schema["required"])
        for field, value in record.items():
            allowed = schema["properties"][field]
            types = allowed.get("type", [])
            types = [types] if isinstance(types, str) else types
            python = {str: "string", bool: "boolean", int: "integer", list: "array", dict: "object"}
            if "enum" in allowed:
                assert value in allowed["enum"], (name, field, value)
            elif value is None:
                assert "null" in types, (name, field)
            else:
                assert python[type(value)] in types, (name, field, value)


def test_every_route_is_in_the_document(client):
    paths = set(_json(client, "/api/v1/openapi.json")["paths"])
    routes = get_resolver().url_patterns
    api = next(r for r in routes if str(r.pattern) == "api/v1/")
    documented = {"/{name}/", "/{name}.csv", "/tools/{slug}/", "/openapi.json", "/"}
    for route in api.url_patterns:
        assert isinstance(route, URLPattern)
        shape = "/" + str(route.pattern).replace("<str:name>", "{name}").replace(
            "<slug:slug>", "{slug}"
        )
        assert shape in documented
    for name in RESOURCES:
        assert f"/{name}/" in paths and f"/{name}.csv" in paths
    assert "/tools/{slug}/" in paths


def test_index_links_every_resource(client):
    body = _json(client, "/api/v1/")
    assert set(body["resources"]) == set(RESOURCES)
    assert body["openapi"] == "http://testserver/api/v1/openapi.json"


def test_unchanged_answers_are_not_sent_twice(client):
    ToolFactory()
    first = client.get("/api/v1/tools/")
    again = client.get("/api/v1/tools/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_writes_are_refused(client):
    assert client.post("/api/v1/tools/").status_code == 405


def test_tool_list_reads_a_fixed_number_of_queries(client, django_assert_num_queries):
    neighbours = [ToolFactory() for _ in range(3)]
    for n in range(4):
        published_screening(tool=seed_shaped_tool(name=f"Druk {n}", neighbours=neighbours))
    with django_assert_num_queries(7):
        body = client.get("/api/v1/tools/").json()
    assert body["count"] == 7
    assert sum(record["screening"] is not None for record in body["results"]) == 4
    assert json.dumps(body)  # the whole answer is plain JSON
