from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from catalogue.models import Tool
from screening import roles
from screening.models import FrameworkVersion, Question, Screening


@pytest.mark.django_db
def test_roles_exist_after_migrations_with_their_permissions():
    perms = {
        group.name: {p.codename for p in group.permissions.all()}
        for group in Group.objects.filter(
            name__in=[roles.SCREENERS, roles.REVIEWERS, roles.CURATORS]
        )
    }
    assert perms[roles.SCREENERS] == {"draft_screening"}
    assert perms[roles.REVIEWERS] == {"review_screening"}
    assert {"draft_screening", "review_screening", "moderate_submission", "view_dashboard"} <= (
        perms[roles.CURATORS]
    )
    assert "change_question" in perms[roles.CURATORS]


@pytest.mark.django_db
def test_load_seed_creates_framework_but_no_screening_and_is_idempotent(client):
    out = StringIO()
    call_command("load_seed", stdout=out)
    call_command("load_seed", stdout=out)
    assert FrameworkVersion.objects.count() == 1
    version = FrameworkVersion.objects.get()
    assert version.status == FrameworkVersion.Status.ACTIVE
    assert version.criteria.count() == 9
    assert Question.objects.filter(criterion__version=version).count() >= 40
    assert Tool.objects.exists()  # the catalogue seed ran too
    # Seed tools are unscreened: nobody made a screening, so none exists.
    assert not Screening.objects.exists()
    assert not Tool.objects.filter(screenings__status=Screening.Status.PUBLISHED).exists()
    for tool in Tool.objects.published()[:3]:
        page = client.get(tool.get_absolute_url()).content.decode()
        assert "Deze tool is nog niet gescreend" in page
        assert "Profiel per criterium" not in page


@pytest.mark.django_db
def test_seed_never_overwrites_a_curator_change(framework):
    question = Question.objects.filter(criterion__version=framework).first()
    question.text = "Door een curator herschreven?"
    question.save()
    call_command("load_seed", stdout=StringIO())
    question.refresh_from_db()
    assert question.text == "Door een curator herschreven?"
