from django.urls import reverse

from catalogue.tests.factories import ToolFactory
from screening import services
from screening.models import FrameworkVersion

from .factories import curator, screener


def test_curator_manages_an_unused_framework_version(client, framework):
    client.force_login(curator())
    criterion = framework.criteria.first()
    url = reverse("admin:screening_criterion_change", args=[criterion.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="_save"' in page.content.decode()


def test_used_version_is_read_only_in_the_admin(client, framework):
    services.screening_start(tool=ToolFactory(), by=screener())
    client.force_login(curator())
    criterion = framework.criteria.first()
    url = reverse("admin:screening_criterion_change", args=[criterion.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    response = client.post(url, {"name": "Anders", "key": criterion.key, "position": 1})
    assert response.status_code == 403
    criterion.refresh_from_db()
    assert criterion.name != "Anders"
    version_page = client.get(
        reverse("admin:screening_frameworkversion_change", args=[framework.pk])
    )
    assert version_page.status_code == 200
    assert 'name="criteria-0-name"' not in version_page.content.decode()


def test_draft_copy_action(client, framework):
    client.force_login(curator())
    response = client.post(
        reverse("admin:screening_frameworkversion_changelist"),
        {"action": "draft_copy", "_selected_action": [framework.pk]},
    )
    assert response.status_code == 302
    copy = FrameworkVersion.objects.get(number=2)
    assert copy.status == FrameworkVersion.Status.DRAFT
    assert copy.criteria.count() == 9


def test_curator_unlocks_a_locked_account_in_the_admin(client, framework, settings):
    from axes.models import AccessAttempt
    from django.test import Client

    settings.AXES_FAILURE_LIMIT = 2
    locked = screener(username="sam")
    visitor = Client()
    for _ in range(2):
        visitor.post(reverse("login"), {"username": "sam", "password": "fout"})
    right = {"username": "sam", "password": "correct horse battery staple"}
    assert visitor.post(reverse("login"), right).status_code == 429

    client.force_login(curator())
    changelist = reverse("admin:axes_accessattempt_changelist")
    assert "sam" in client.get(changelist).content.decode()
    attempt = AccessAttempt.objects.get(username="sam")
    response = client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert visitor.post(reverse("login"), right).status_code == 302
    assert visitor.session["_auth_user_id"] == str(locked.pk)
