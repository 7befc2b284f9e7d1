import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from catalogue.tests.factories import PurposeFactory, ToolFactory
from screening import services
from screening.models import Answer, Question, Screening, ToolSubmission

from .factories import (
    UserFactory,
    answer_all,
    curator,
    proposal,
    published_screening,
    reviewer,
    screener,
)

ROLES = {
    "anonymous": lambda: None,
    "nobody": UserFactory,
    "screener": screener,
    "reviewer": reviewer,
    "curator": curator,
}


def _client_for(client, role):
    user = ROLES[role]()
    if user is not None:
        client.force_login(user)
    return user or AnonymousUser()


@pytest.fixture
def in_review(framework):
    by = screener()
    screening = services.screening_start(tool=ToolFactory(name="Chatbox"), by=by)
    services.screening_save_draft(
        screening=screening,
        by=by,
        answers=answer_all(screening),
        strengths="Gratis",
        outcome=Screening.Outcome.INCLUDED,
    )
    return services.screening_submit_for_review(screening=screening, by=by)


@pytest.fixture
def submission(framework):
    return proposal(
        tool_name="Babbelbox <script>alert(1)</script>",
        website_url="https://babbelbox.example",
        provider_name="Babbel vzw",
        contact_name="An",
        contact_email="an@babbelbox.example",
        description="Chat",
        audience="Jongeren",
    )


# --- Permissions: every view, every role ---------------------------------------------------

ALLOWED = {
    # view: roles that may use it (others: anonymous -> login page, signed in -> 403)
    "dashboard": {"curator"},
    "detail": {"screener", "reviewer", "curator"},
    "edit": {"screener", "curator"},
    "submission_detail": {"curator"},
}


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("view", list(ALLOWED))
def test_get_views_by_role(client, framework, role, view, submission):
    draft = services.screening_start(tool=ToolFactory(), by=screener())
    kwargs = {
        "dashboard": {},
        "detail": {"pk": draft.pk},
        "edit": {"pk": draft.pk},
        "submission_detail": {"pk": submission.pk},
    }[view]
    url = reverse(f"screening:{view}", kwargs=kwargs)
    _client_for(client, role)
    response = client.get(url)
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/nl/accounts/login/?next=")
    elif role in ALLOWED[view]:
        assert response.status_code == 200
    else:
        assert response.status_code == 403


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anonymous", 302), ("nobody", 403), ("reviewer", 403), ("screener", 302), ("curator", 302)],
)
def test_start_by_role(client, framework, role, expected):
    tool = ToolFactory()
    _client_for(client, role)
    response = client.post(reverse("screening:start", args=[tool.slug]))
    assert response.status_code == expected
    started = Screening.objects.filter(tool=tool).first()
    if role in ("screener", "curator"):
        assert response["Location"] == reverse("screening:edit", args=[started.pk])
    else:
        assert started is None


def test_start_twice_goes_to_the_open_screening(client, framework):
    tool = ToolFactory()
    client.force_login(screener())
    client.post(reverse("screening:start", args=[tool.slug]))
    response = client.post(reverse("screening:start", args=[tool.slug]))
    assert Screening.objects.filter(tool=tool).count() == 1
    assert response["Location"] == reverse("screening:detail", args=[tool.screenings.get().pk])


def test_start_needs_post(client, framework):
    client.force_login(screener())
    assert client.get(reverse("screening:start", args=[ToolFactory().slug])).status_code == 405


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anonymous", 302), ("nobody", 403), ("screener", 403), ("reviewer", 302), ("curator", 302)],
)
def test_review_by_role(client, in_review, role, expected):
    _client_for(client, role)
    response = client.post(
        reverse("screening:review", args=[in_review.pk]), {"decision": "approve", "confirm": "on"}
    )
    assert response.status_code == expected
    in_review.refresh_from_db()
    published = role in ("reviewer", "curator")
    assert (in_review.status == Screening.Status.PUBLISHED) is published


@pytest.mark.parametrize("role", ["anonymous", "nobody", "screener", "reviewer"])
def test_moderation_actions_need_the_curator_role(client, submission, role):
    _client_for(client, role)
    for name, data in [("submission_accept", {}), ("submission_decline", {"reason": "Nee"})]:
        response = client.post(reverse(f"screening:{name}", args=[submission.pk]), data)
        assert response.status_code == (302 if role == "anonymous" else 403)
    submission.refresh_from_db()
    assert submission.status == ToolSubmission.Status.PENDING


def test_public_pages_are_open_to_everyone(client, framework):
    for name in ("framework", "submit", "submit_thanks"):
        assert client.get(reverse(f"screening:{name}")).status_code == 200


def test_curator_link_only_for_curators(client, framework):
    url = reverse("catalogue:home")
    dashboard = reverse("screening:dashboard")
    assert dashboard not in client.get(url).content.decode()
    assert reverse("screening:submit") in client.get(url).content.decode()
    client.force_login(screener())
    assert dashboard not in client.get(url).content.decode()
    client.force_login(curator())
    assert dashboard in client.get(url).content.decode()


# --- Screener and reviewer pages -----------------------------------------------------------


def _form_data(screening, value="yes", **extra):
    data = {"strengths": "", "attention_points": "", "outcome": "", "action": "save"}
    for answer in screening.answers.all():
        pk = answer.question_id
        data.update({f"q{pk}": value, f"e{pk}": "", f"u{pk}": ""})
    data.update(extra)
    return data


def test_edit_saves_a_draft(client, framework):
    by = screener()
    screening = services.screening_start(tool=ToolFactory(), by=by)
    client.force_login(by)
    question = screening.answers.first().question_id
    data = _form_data(screening, strengths="Werkt offline")
    data.update({f"e{question}": "Getest op 30/11", f"u{question}": "https://example.org/bron"})
    response = client.post(reverse("screening:edit", args=[screening.pk]), data)
    assert response.status_code == 302
    screening.refresh_from_db()
    assert screening.strengths == "Werkt offline"
    answer = screening.answers.get(question_id=question)
    assert (answer.value, answer.evidence, answer.evidence_url) == (
        "yes",
        "Getest op 30/11",
        "https://example.org/bron",
    )
    assert screening.status == Screening.Status.DRAFT


def test_edit_bad_input_keeps_what_was_typed(client, framework):
    by = screener()
    screening = services.screening_start(tool=ToolFactory(), by=by)
    client.force_login(by)
    question = screening.answers.first().question_id
    data = _form_data(screening, strengths="Mijn sterktes", value="maybe")
    data[f"u{question}"] = "geen url"
    data[f"e{question}"] = "x" * 2001
    response = client.post(reverse("screening:edit", args=[screening.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controleer je invoer" in html
    assert "Mijn sterktes" in html and "geen url" in html
    screening.refresh_from_db()
    assert screening.strengths == ""


def test_submit_incomplete_explains_and_keeps_the_work(client, framework):
    by = screener()
    screening = services.screening_start(tool=ToolFactory(), by=by)
    client.force_login(by)
    data = _form_data(screening, value="", strengths="Half werk", action="submit")
    response = client.post(reverse("screening:edit", args=[screening.pk]), data)
    assert response.status_code == 400
    assert "Beantwoord eerst alle vragen" in response.content.decode()
    screening.refresh_from_db()
    assert screening.status == Screening.Status.DRAFT
    assert screening.strengths == "Half werk"  # saved as a draft


def test_submit_complete_goes_to_review_and_is_not_editable(client, framework):
    by = screener()
    screening = services.screening_start(tool=ToolFactory(), by=by)
    client.force_login(by)
    data = _form_data(screening, outcome="included", action="submit")
    response = client.post(reverse("screening:edit", args=[screening.pk]), data)
    assert response["Location"] == reverse("screening:detail", args=[screening.pk])
    screening.refresh_from_db()
    assert screening.status == Screening.Status.IN_REVIEW
    detail = client.get(response["Location"]).content.decode()
    assert "Je kunt je eigen werk niet goedkeuren" in detail
    assert 'name="decision"' not in detail
    # Editing is closed now.
    assert client.get(reverse("screening:edit", args=[screening.pk])).status_code == 302


def test_self_review_post_is_refused(client, in_review):
    in_review.screener.groups.add(*reviewer().groups.all())
    client.force_login(in_review.screener)
    response = client.post(
        reverse("screening:review", args=[in_review.pk]), {"decision": "approve", "confirm": "on"}
    )
    assert response.status_code == 403
    assert "je kunt je eigen werk niet goedkeuren" in response.content.decode()
    in_review.refresh_from_db()
    assert in_review.status == Screening.Status.IN_REVIEW


def test_review_send_back_needs_comment(client, in_review):
    client.force_login(reviewer())
    url = reverse("screening:review", args=[in_review.pk])
    response = client.post(url, {"decision": "send_back", "comment": ""})
    assert response.status_code == 400
    assert "Schrijf wat de screener nog moet doen" in response.content.decode()
    response = client.post(url, {"decision": "send_back", "comment": "Bron <b>ontbreekt</b>"})
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert in_review.status == Screening.Status.DRAFT
    client.force_login(in_review.screener)
    page = client.get(reverse("screening:edit", args=[in_review.pk])).content.decode()
    assert "Bron &lt;b&gt;ontbreekt&lt;/b&gt;" in page


def test_review_bad_decision(client, in_review):
    client.force_login(reviewer())
    response = client.post(reverse("screening:review", args=[in_review.pk]), {"decision": "x"})
    assert response.status_code == 400


# --- Public result on the tool page --------------------------------------------------------


def test_unscreened_tool_says_so(client, framework):
    tool = ToolFactory()
    draft = services.screening_start(tool=tool, by=screener())  # a draft is not public
    html = client.get(tool.get_absolute_url()).content.decode()
    assert "Voor jou gescreend" in html
    assert "Deze tool is nog niet gescreend" in html
    assert "Profiel per criterium" not in html
    assert draft.pk


def test_screened_tool_shows_profile_strengths_date_and_version(client, framework):
    screening = published_screening(value=Answer.YES)
    # One criterion mixed, one all unknown, one all "no".
    answers = {
        a.question.criterion.key: []
        for a in screening.answers.select_related("question__criterion")
    }
    del answers
    privacy = screening.answers.filter(question__criterion__key="privacy")
    privacy.filter(question__key="trackers").update(value=Answer.NO)
    screening.answers.filter(question__criterion__key="onderbouwing").update(value=Answer.UNKNOWN)
    screening.answers.filter(question__criterion__key="personaliseerbaarheid").update(
        value=Answer.NO
    )
    Screening.objects.filter(pk=screening.pk).update(strengths="Gratis <script>alert('x')</script>")
    html = client.get(screening.tool.get_absolute_url()).content.decode()
    assert "Voor jou gescreend" in html
    assert "nog niet gescreend" not in html
    assert "versie 1" in html
    assert timezone.localdate().strftime("%Y") in html
    assert "Helderheid</span> <span>Voldaan" in html
    assert "Privacy &amp; gegevensbescherming</span> <span>Gedeeltelijk voldaan" in html
    assert "Onderbouwing</span> <span>Niet beoordeeld" in html
    assert "Personaliseerbaarheid</span> <span>Niet voldaan" in html
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert "Vraagt een e-mailadres." in html
    assert "<details" in html and "Nagekeken op de website." in html
    assert "Opgenomen met aandachtspunten" in html
    assert "Herscreening achterstallig" not in html


def test_overdue_screening_is_flagged_to_visitors_and_curators(client, framework):
    screening = published_screening()
    Screening.objects.filter(pk=screening.pk).update(
        rescreen_due=timezone.localdate() - datetime.timedelta(days=3)
    )
    assert (
        "Herscreening achterstallig"
        in client.get(screening.tool.get_absolute_url()).content.decode()
    )
    client.force_login(curator())
    dashboard = client.get(reverse("screening:dashboard")).content.decode()
    assert "Herscreening achterstallig" in dashboard
    assert screening.tool.name in dashboard


def test_screen_button_only_for_screeners(client, framework):
    tool = ToolFactory()
    start = reverse("screening:start", args=[tool.slug])
    assert start not in client.get(tool.get_absolute_url()).content.decode()
    client.force_login(screener())
    assert start in client.get(tool.get_absolute_url()).content.decode()


def test_dashboard_lists(client, framework, in_review, submission):
    never = ToolFactory(name="Nooitgescreend")
    done = published_screening(tool=ToolFactory(name="Algescreend"))
    client.force_login(curator())
    html = client.get(reverse("screening:dashboard")).content.decode()
    assert reverse("screening:submission_detail", args=[submission.pk]) in html
    assert "Babbelbox &lt;script&gt;" in html
    assert reverse("screening:detail", args=[in_review.pk]) in html
    assert reverse("screening:start", args=[never.slug]) in html
    assert reverse("screening:start", args=[done.tool.slug]) not in html


# --- Provider submission form --------------------------------------------------------------


def _submission_data(framework, **extra):
    purpose = PurposeFactory(slug="communicatie", name="Communicatie")
    question = Question.objects.filter(criterion__version=framework).first()
    data = {
        "tool_name": "Babbelbox",
        "website_url": "https://babbelbox.example",
        "provider_name": "Babbel vzw",
        "contact_name": "An Peeters",
        "contact_email": "an@babbelbox.example",
        "description": "Een chatapp voor jongeren.",
        "audience": "Jongeren",
        "purposes": [purpose.pk],
        f"a{question.pk}": "partly",
        f"n{question.pk}": "Alleen in het Nederlands",
        "consent": "on",
        "website": "",
    }
    data.update(extra)
    return data, question


def test_submission_success_redirects_to_confirmation(client, framework):
    data, question = _submission_data(framework)
    response = client.post(reverse("screening:submit"), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("screening:submit_thanks")
    submission = ToolSubmission.objects.get()
    assert submission.contact_email == "an@babbelbox.example"
    answer = submission.answers.get()
    assert (answer.question, answer.value, answer.note) == (
        question,
        "partly",
        "Alleen in het Nederlands",
    )
    assert [p.slug for p in submission.purposes.all()] == ["communicatie"]
    assert "Bedankt" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("tool_name", "", "Dit veld is verplicht"),
        ("website_url", "niet een adres", "Geef een volledig webadres"),
        ("contact_email", "an@", "Geef een geldig e-mailadres"),
        ("description", "x" * 2001, "niet meer dan 2000 tekens bevat (het zijn er nu 2001)"),
        ("consent", "", "Vink dit aan"),
    ],
)
def test_submission_bad_input_keeps_everything_typed(client, framework, field, value, message):
    data, question = _submission_data(framework, **{field: value})
    if field == "consent":
        del data["consent"]
    response = client.post(reverse("screening:submit"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controleer je invoer" in html
    assert message in html
    assert "Babbel vzw" in html and "Alleen in het Nederlands" in html
    if field != "description":
        assert "Een chatapp voor jongeren." in html
    if field == "website_url":
        assert 'value="niet een adres"' in html
    assert f'name="a{question.pk}" value="partly" id="id_a{question.pk}_1" checked' in html
    assert ToolSubmission.objects.count() == 0


def test_submission_huge_post_is_refused_without_500(client, framework):
    data, _question = _submission_data(framework, audience="y" * 200_000)
    response = client.post(reverse("screening:submit"), data)
    assert response.status_code == 400
    assert ToolSubmission.objects.count() == 0


def test_submission_honeypot_stores_nothing(client, framework):
    data, _question = _submission_data(framework, website="http://spam.example")
    response = client.post(reverse("screening:submit"), data)
    assert response.status_code == 302
    assert ToolSubmission.objects.count() == 0


def test_submission_rate_limit(client, framework, settings):
    settings.SUBMISSION_RATE_LIMIT = 2
    data, _question = _submission_data(framework)
    for _ in range(2):
        assert client.post(reverse("screening:submit"), data).status_code == 302
    response = client.post(reverse("screening:submit"), data)
    assert response.status_code == 429
    html = response.content.decode()
    assert "probeer het over een uur opnieuw" in html
    assert "Een chatapp voor jongeren." in html
    assert ToolSubmission.objects.count() == 2


def test_submission_email_is_never_public_and_text_is_escaped(client, submission):
    client.force_login(curator())
    page = client.get(reverse("screening:submission_detail", args=[submission.pk]))
    html = page.content.decode()
    assert "Babbelbox &lt;script&gt;" in html and "<script>alert" not in html
    assert "an@babbelbox.example" in html  # curators see it while deciding
    response = client.post(reverse("screening:submission_accept", args=[submission.pk]))
    assert response["Location"] == reverse("screening:submission_detail", args=[submission.pk])
    assert not Screening.objects.exists()
    client.logout()
    for url in (reverse("screening:framework"), reverse("catalogue:tool_list")):
        assert "an@babbelbox.example" not in client.get(url).content.decode()
    submission.refresh_from_db()
    assert submission.contact_email == ""


def test_decline_form_errors_and_success(client, submission):
    client.force_login(curator())
    url = reverse("screening:submission_decline", args=[submission.pk])
    assert client.post(url, {"reason": "", "confirm": "on"}).status_code == 400
    # Declining is final: it asks for a confirmation, without JavaScript.
    unconfirmed = client.post(url, {"reason": "Geen tool voor sociaal werk"})
    assert unconfirmed.status_code == 400
    assert "definitief wilt weigeren" in unconfirmed.content.decode()
    assert "Geen tool voor sociaal werk" in unconfirmed.content.decode()
    submission.refresh_from_db()
    assert submission.status == ToolSubmission.Status.PENDING
    response = client.post(url, {"reason": "Geen tool voor sociaal werk", "confirm": "on"})
    assert response["Location"] == reverse("screening:dashboard")
    submission.refresh_from_db()
    assert submission.status == ToolSubmission.Status.DECLINED


# --- Login ---------------------------------------------------------------------------------


def test_login_page_and_redirects(client, framework):
    user = curator(username="cur")
    user.set_password("geheim-wachtwoord-42")
    user.save()
    url = reverse("login")
    assert url == "/nl/accounts/login/"
    assert client.get(url).status_code == 200
    bad = client.post(url, {"username": "cur", "password": "fout"})
    assert bad.status_code == 200 and "Controleer je invoer" in bad.content.decode()
    good = client.post(url, {"username": "cur", "password": "geheim-wachtwoord-42"})
    assert good["Location"] == reverse("screening:work")


def test_pages_in_french_and_english(client, framework):
    screening = published_screening()
    french = client.get(f"/fr/tools/{screening.tool.slug}/").content.decode()
    assert "Évalué pour vous" in french and "Satisfait" in french and "Clarté" in french
    english = client.get("/en/screening/submit/").content.decode()
    assert "Propose your tool" in english and "Is the tool free for the client to use?" in english
    assert "Send proposal" in english


# --- What screeners and visitors read ------------------------------------------------------


def test_edit_page_shows_the_reviewers_send_back_comment(client, in_review):
    services.screening_send_back(
        screening=in_review, by=reviewer(), comment="Privacyverklaring nog nakijken"
    )
    client.force_login(in_review.screener)
    html = client.get(reverse("screening:edit", kwargs={"pk": in_review.pk})).content.decode()
    assert "Teruggestuurd door de nalezer:" in html
    assert "Privacyverklaring nog nakijken" in html


def test_public_result_lists_every_answer_with_its_evidence(client, framework):
    screening = published_screening(tool=ToolFactory(name="Beeldbel"))
    html = client.get(screening.tool.get_absolute_url()).content.decode()
    question = Question.objects.filter(criterion__version=screening.version).first()
    assert "Alle antwoorden van de screening" in html
    assert f"<dt>{question.label}</dt>" in html
    assert "Nagekeken op de website." in html


# --- A published screening's dates ---------------------------------------------------------


def test_public_result_shows_its_date_version_and_rescreen_due_date(client, framework, settings):
    settings.SCREENING_RESCREEN_MONTHS = 12
    screening = published_screening()
    html = client.get(screening.tool.get_absolute_url()).content.decode()
    due = screening.rescreen_due
    assert due == services.add_months(timezone.localdate(screening.published_at), 12)
    assert f'Herscreening gepland voor <time datetime="{due.isoformat()}">' in html
    assert f"Gescreend op {timezone.localdate(screening.published_at).day} " in html
    assert "screeningskader versie 1" in html
    assert "Herscreening achterstallig" not in html
    # Once the date has passed, the page says so instead.
    Screening.objects.filter(pk=screening.pk).update(
        rescreen_due=timezone.localdate() - datetime.timedelta(days=1)
    )
    html = client.get(screening.tool.get_absolute_url()).content.decode()
    assert "Herscreening achterstallig" in html
    assert "Herscreening gepland voor" not in html


# --- Messages tell what actually happened ------------------------------------------------


@pytest.mark.parametrize(
    ("tool_status", "outcome", "message"),
    [
        ("published", "included", "De screening is gepubliceerd en staat nu op de pagina"),
        ("draft", "included", "maar de tool zelf is nog een concept en staat niet online"),
        ("draft", "not_included", "opgenomen&#x27;: de tool blijft offline."),
    ],
)
def test_the_reviewers_message_says_whether_the_tool_is_online(
    client, framework, tool_status, outcome, message
):
    by = screener()
    screening = services.screening_start(tool=ToolFactory(status=tool_status), by=by)
    services.screening_save_draft(
        screening=screening, by=by, answers=answer_all(screening), outcome=outcome
    )
    services.screening_submit_for_review(screening=screening, by=by)
    client.force_login(reviewer())
    response = client.post(
        reverse("screening:review", args=[screening.pk]),
        {"decision": "approve", "confirm": "on"},
        follow=True,
    )
    assert message in response.content.decode()


def test_approving_asks_for_a_confirmation_and_keeps_the_comment(client, in_review):
    client.force_login(reviewer())
    response = client.post(
        reverse("screening:review", args=[in_review.pk]),
        {"decision": "approve", "comment": "Bronnen nagekeken"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vink aan dat je wilt goedkeuren en publiceren" in html
    assert "Bronnen nagekeken" in html
    in_review.refresh_from_db()
    assert in_review.status == Screening.Status.IN_REVIEW


# --- The provider's word on the screener's page ------------------------------------------


def test_the_edit_page_shows_the_providers_claim_apart_and_take_over_needs_evidence(
    client, framework
):
    data, question = _submission_data(framework)
    client.post(reverse("screening:submit"), data)
    submission = ToolSubmission.objects.get()
    tool = services.submission_accept(submission=submission, by=curator()).tool
    by = screener()
    screening = services.screening_start(tool=tool, by=by)
    client.force_login(by)
    url = reverse("screening:edit", args=[screening.pk])
    html = client.get(url).content.decode()
    assert "Volgens de aanbieder (niet nagegaan):</strong> Gedeeltelijk" in html
    assert "<q>Alleen in het Nederlands</q>" in html
    assert f'name="t{question.pk}"' in html
    assert f'name="q{question.pk}" value="partly" id="id_q{question.pk}_1" checked' not in html

    form = _form_data(screening, value="")
    form[f"t{question.pk}"] = "on"
    response = client.post(url, form)
    assert response.status_code == 400
    assert "schrijf je eigen onderbouwing" in response.content.decode()
    assert screening.answers.get(question=question).value == ""

    form[f"e{question.pk}"] = "Zelf nagegaan: de app is er alleen in het Nederlands."
    assert client.post(url, form).status_code == 302
    answer = screening.answers.get(question=question)
    assert (answer.value, answer.evidence) == (
        "partly",
        "Zelf nagegaan: de app is er alleen in het Nederlands.",
    )


def test_submission_page_offers_to_start_the_screening_once_accepted(client, submission):
    client.force_login(curator())
    client.post(reverse("screening:submission_accept", args=[submission.pk]))
    submission.refresh_from_db()
    html = client.get(reverse("screening:submission_detail", args=[submission.pk])).content
    assert reverse("screening:start", args=[submission.tool.slug]) in html.decode()
    assert "Nog niet gestart" in html.decode()
