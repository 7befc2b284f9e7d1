import io
from urllib.parse import urlsplit

import pytest

from catalogue.seeding import load_seed as load_catalogue_seed
from guides.models import Guide
from guides.seed import GUIDES
from guides.seeding import load_seed

pytestmark = pytest.mark.django_db

# Official pages only; a new host must be added here on purpose.
ALLOWED_HOSTS = {
    "www.itsme-id.com",
    "eid.belgium.be",
    "financien.belgium.be",
    "myminfin.be",
    "safeonweb.be",
    "www.cardstop.be",
}
UNSURE = "Controleer dit"


@pytest.fixture
def seeded():
    load_catalogue_seed(stdout=io.StringIO())
    out = io.StringIO()
    load_seed(stdout=out)
    return out.getvalue()


def test_the_seed_holds_itsme_myminfin_and_bank_apps_linked_to_their_tools(seeded):
    assert "guides: 3 guides created" in seeded
    assert "not in the catalogue" not in seeded
    tools = {guide.slug: [t.slug for t in guide.tools.all()] for guide in Guide.objects.all()}
    assert tools == {
        "itsme-installeren-en-activeren": ["itsme"],
        "aanmelden-op-myminfin": ["myminfin"],
        "een-bankapp-installeren-en-veilig-gebruiken": ["bankapps"],
    }
    itsme = Guide.objects.get(slug="itsme-installeren-en-activeren")
    assert [r.slug for r in itsme.requirements.all()] == ["itsme"]


def test_every_seed_guide_is_public_but_marked_for_a_curators_review(seeded):
    for guide in Guide.objects.all():
        assert guide.is_published
        assert guide.needs_review
        assert guide.last_reviewed is None and guide.reviewed_by == ""
        assert guide.review_state() == Guide.Review.NEVER
        assert "Bronnen:" in guide.curator_note and "Na te kijken" in guide.curator_note
        assert guide.checklist.count() >= 4
        assert guide.steps.count() >= 5
        assert guide.problems.count() >= 4
        assert guide.referral.startswith("Verwijs door als:")
        assert guide.help_links.exists()


def test_seed_links_are_official_https_pages(seeded):
    seen = set()
    for guide in Guide.objects.all():
        for link in guide.help_links.all():
            parts = urlsplit(link.url)
            assert parts.scheme == "https"
            assert parts.hostname in ALLOWED_HOSTS, link.url
            seen.add(parts.hostname)
    assert seen == ALLOWED_HOSTS  # no stale entries in the allow-list


def test_uncertain_steps_say_so_instead_of_guessing():
    for data in GUIDES:
        texts = [text for _title, text, tip in data["steps"]] + [
            tip for _title, _text, tip in data["steps"]
        ]
        texts += [solution for _problem, solution in data["problems"]]
        assert any(UNSURE in text for text in texts), data["slug"]


def test_the_activation_routes_of_itsme_are_both_described(seeded):
    itsme = Guide.objects.get(slug="itsme-installeren-en-activeren")
    steps = " ".join(f"{step.title} {step.text}" for step in itsme.steps.all())
    assert "identiteitskaart en kaartlezer" in steps
    assert "bankapp" in steps
    bring = " ".join(item.text + item.detail for item in itsme.checklist.all())
    assert "Belgisch gsm-nummer" in bring and "pincode" in bring and "Smartphone" in bring
    myminfin = Guide.objects.get(slug="aanmelden-op-myminfin")
    steps = " ".join(step.title for step in myminfin.steps.all())
    assert "itsme" in steps and "kaartlezer" in steps


def test_loading_again_creates_nothing_and_keeps_a_curators_edits(seeded):
    itsme = Guide.objects.get(slug="itsme-installeren-en-activeren")
    itsme.title = "itsme: zo help je een cliënt"
    itsme.status = Guide.Status.DRAFT
    itsme.save()
    itsme.steps.first().delete()
    itsme.tools.clear()
    steps = itsme.steps.count()
    out = io.StringIO()
    load_seed(stdout=out)
    assert "0 guides created, 3 existed already" in out.getvalue()
    itsme.refresh_from_db()
    assert itsme.title == "itsme: zo help je een cliënt"
    assert itsme.status == Guide.Status.DRAFT
    assert itsme.steps.count() == steps
    assert not itsme.tools.exists()
    assert Guide.objects.count() == 3


def test_a_tool_missing_from_the_catalogue_is_reported():
    out = io.StringIO()
    load_seed(stdout=out)  # no catalogue seed: the tools are not there
    assert "not in the catalogue: ['itsme']" in out.getvalue()
    assert Guide.objects.count() == 3


def test_load_seed_command_runs_the_guides_seed():
    from django.core.management import call_command

    out = io.StringIO()
    call_command("load_seed", stdout=out)
    assert "guides: 3 guides created" in out.getvalue()
    assert Guide.objects.get(slug="aanmelden-op-myminfin").tools.get().slug == "myminfin"
