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
