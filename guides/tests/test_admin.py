"""Curators edit guides in the admin: inlines, easy reordering, previews, image uploads and
the review queue."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from catalogue.tests.factories import ToolFactory
from guides.models import Guide
from guides.tests.factories import GuideFactory, GuideStepFactory, full_guide
from guides.tests.images import image_bytes, photo_with_metadata, png_bomb, upload

pytestmark = pytest.mark.django_db

ADD = "/admin/guides/guide/add/"
INLINES = ("checklist", "steps", "problems", "help_links")


@pytest.fixture
def curator(client):
    user = User.objects.create_user("curator", password="x", is_staff=True, first_name="Ann")
    user.groups.add(Group.objects.get(name="Curatoren"))
    client.force_login(user)
    return user


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def guide_post(*, steps=(), guide=None, **fields):
    """Admin form data: the guide's fields and the step inline (other inlines empty)."""
    data = {
        "title": "itsme activeren",
        "slug": "itsme-activeren",
        "status": "published",
        "for_whom": "Voor wie helpt.",
        "intro": "Inleiding.",
        "referral": "",
        "last_reviewed": "",
        "reviewed_by": "",
        "review_interval_months": "12",
        "curator_note": "",
        **fields,
    }
    existing = list(guide.steps.all()) if guide else []
    for prefix in INLINES:
        total = len(steps) if prefix == "steps" else 0
        initial = len(existing) if prefix == "steps" else 0
        data |= {
            f"{prefix}-TOTAL_FORMS": str(max(total, initial)),
            f"{prefix}-INITIAL_FORMS": str(initial),
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    for index, step in enumerate(steps):
        if index < len(existing):
            data[f"steps-{index}-id"] = str(existing[index].pk)
            data[f"steps-{index}-guide"] = str(guide.pk)
        for key, value in step.items():
            data[f"steps-{index}-{key}"] = value
    return data


def step(title, position, **extra):
    return {"title": title, "text": f"Uitleg bij {title}.", "tip": "", "position": str(position)}


def test_curators_group_may_edit_guides(curator):
    for codename in ("add_guide", "change_guide", "delete_guide", "view_guide"):
        assert curator.has_perm(f"guides.{codename}")
    assert curator.has_perm("guides.change_guidestep")
    assert curator.has_perm("guides.add_helplink")


def test_the_admin_shows_every_part_inline(client, curator):
    html = client.get(ADD).content.decode()
    for prefix in INLINES:
        assert f'name="{prefix}-TOTAL_FORMS"' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'accept="image/jpeg,image/png,image/webp"' in html


def test_a_curator_adds_a_guide_with_steps_in_the_order_typed(client, curator):
    itsme = ToolFactory(name="itsme")
    data = guide_post(steps=[step("Tweede", 20), step("Eerste", 10)], tools=[str(itsme.pk)])
    response = client.post(ADD, data)
    assert response.status_code == 302, response.context["errors"]
    guide = Guide.objects.get(slug="itsme-activeren")
    assert [(s.position, s.title) for s in guide.steps.all()] == [(1, "Eerste"), (2, "Tweede")]
    assert list(guide.tools.all()) == [itsme]


def test_reordering_steps_is_typing_numbers(client, curator):
    guide = GuideFactory(slug="itsme-activeren")
    for position, title in enumerate(["Alfa", "Bravo", "Charlie"], start=1):
        GuideStepFactory(guide=guide, title=title, position=position)
    url = reverse("admin:guides_guide_change", args=[guide.pk])
    # Move Charlie between Alfa and Bravo: swap the numbers of Bravo and Charlie.
    data = guide_post(guide=guide, steps=[step("Alfa", 1), step("Bravo", 3), step("Charlie", 2)])
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    order = [(s.position, s.title) for s in guide.steps.all()]
    assert order == [(1, "Alfa"), (2, "Charlie"), (3, "Bravo")]
    # Gaps and ties are tidied to 1, 2, 3 (ties keep their earlier order).
    data = guide_post(guide=guide, steps=[step("Alfa", 10), step("Charlie", 10), step("Bravo", 40)])
    assert client.post(url, data).status_code == 302
    order = [(s.position, s.title) for s in guide.steps.all()]
    assert order == [(1, "Alfa"), (2, "Charlie"), (3, "Bravo")]
    # The change page lists the steps in their order, with their numbers editable.
    html = client.get(url).content.decode()
    assert html.index('value="Alfa"') < html.index('value="Charlie"') < html.index('value="Bravo"')
    assert 'name="steps-1-position" value="2"' in html


def test_a_published_guide_needs_a_step(client, curator):
    response = client.post(ADD, guide_post(steps=[]))
    assert response.status_code == 200
    assert "minstens één stap" in response.content.decode()
    assert not Guide.objects.exists()
    # A draft may wait for its steps.
    assert client.post(ADD, guide_post(steps=[], status="draft")).status_code == 302


def test_an_uploaded_photo_is_stored_clean(client, curator, media):
    data = guide_post(steps=[step("Scan de kaart", 1)])
    data["steps-0-image"] = upload("IMG_0001.jpg", photo_with_metadata(), "image/jpeg")
    data["steps-0-image_alt"] = "Het scherm met de knop Scannen."
    response = client.post(ADD, data)
    assert response.status_code == 302, response.context["errors"]
    stored = Guide.objects.get().steps.get()
    assert stored.image.name.startswith("guides/steps/") and "IMG_0001" not in stored.image.name
    assert (stored.image_width, stored.image_height) == (100, 300)
    assert b"SecretPhone" not in (media / stored.image.name).read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bom.png", png_bomb(), "overbelasten"),
        ("scherm.png", b"<html><body>hallo</body></html>", "geen JPG-, PNG- of WebP"),
        ("scherm.jpg", image_bytes("PNG"), "maar het is een PNG-afbeelding"),
    ],
)
def test_a_bad_image_is_refused_with_a_clear_message(
    client, curator, media, name, content, message
):
    data = guide_post(steps=[step("Scan de kaart", 1)])
    data["steps-0-image"] = upload(name, content)
    data["steps-0-image_alt"] = "Een scherm."
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Guide.objects.exists()
    assert not list(media.rglob("*.*"))


def test_a_too_large_image_is_refused(client, curator, media, settings):
    settings.GUIDE_IMAGE_MAX_BYTES = 1024 * 1024
    data = guide_post(steps=[step("Scan de kaart", 1)])
    data["steps-0-image"] = upload("groot.png", b"\x89PNG" + b"0" * (2 * 1024 * 1024))
    data["steps-0-image_alt"] = "Een scherm."
    response = client.post(ADD, data)
    assert "hoogstens 1 MB" in response.content.decode()
    assert not Guide.objects.exists()


def test_replacing_an_image_removes_the_old_file(
    client, curator, media, django_capture_on_commit_callbacks
):
    data = guide_post(steps=[step("Scan", 1)])
    data["steps-0-image"] = upload("a.png", image_bytes("PNG"))
    data["steps-0-image_alt"] = "Een scherm."
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADD, data)
    guide = Guide.objects.get()
    first = media / guide.steps.get().image.name
    assert first.exists()
    url = reverse("admin:guides_guide_change", args=[guide.pk])
    data = guide_post(guide=guide, steps=[step("Scan", 1)])
    data["steps-0-image"] = upload("b.png", image_bytes("PNG", size=(20, 20)))
    data["steps-0-image_alt"] = "Een ander scherm."
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    assert not first.exists()
    assert (media / guide.steps.get().image.name).exists()


def test_the_change_page_links_to_a_preview(client, curator):
    draft = GuideFactory(slug="concept", status=Guide.Status.DRAFT)
    html = client.get(reverse("admin:guides_guide_change", args=[draft.pk])).content.decode()
    assert 'href="/nl/guides/concept/"' in html
    assert "Voorbeeld (concept)" in html
    # The curator sees the draft; an anonymous visitor does not.
    page = client.get("/nl/guides/concept/")
    assert page.status_code == 200
    assert "dit stappenplan is een concept" in page.content.decode()
    client.logout()
    assert client.get("/nl/guides/concept/").status_code == 404


def test_mark_reviewed_action_puts_a_guide_back_in_order(client, curator):
    guide = full_guide(needs_review=True)
    response = client.post(
        "/admin/guides/guide/",
        {"action": "mark_reviewed", "_selected_action": [str(guide.pk)]},
        follow=True,
    )
    assert "1 stappenplan gemarkeerd als nagekeken." in response.content.decode()
    guide.refresh_from_db()
    assert guide.last_reviewed == datetime.date.today()
    assert guide.reviewed_by == "Ann"
    assert not guide.needs_review
    assert guide.review_state() == Guide.Review.CURRENT


def test_the_admin_queue_filter_shows_guides_to_review(client, curator):
    GuideFactory(title="Nooit nagekeken")
    GuideFactory(title="Net nagekeken", last_reviewed=datetime.date.today(), reviewed_by="Ann")
    html = client.get("/admin/guides/guide/?herziening=te-doen").content.decode()
    assert "Nooit nagekeken" in html and "Net nagekeken" not in html
    html = client.get("/admin/guides/guide/?herziening=in-orde").content.decode()
    assert "Net nagekeken" in html and "Nooit nagekeken" not in html


def test_curators_pick_tools_with_autocomplete(client, curator):
    ToolFactory(name="itsme")
    ToolFactory(name="WhatsApp")
    response = client.get(
        "/admin/autocomplete/",
        {"app_label": "guides", "model_name": "guide", "field_name": "tools", "term": "its"},
    )
    assert response.status_code == 200
    assert [item["text"] for item in response.json()["results"]] == ["itsme"]


def test_the_tool_filter_lists_only_tools_with_a_guide(client, curator):
    GuideFactory(title="itsme activeren", tools=[ToolFactory(name="itsme")])
    ToolFactory(name="WhatsApp")
    html = client.get("/admin/guides/guide/").content.decode()
    assert "?tools__id__exact=" in html
    assert "WhatsApp" not in html
