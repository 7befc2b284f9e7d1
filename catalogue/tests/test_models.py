import pytest
from django.utils import translation

from catalogue.models import ContactMode, Term, Tool
from catalogue.tests import factories as f

pytestmark = pytest.mark.django_db


def test_term_label_follows_the_active_language_and_falls_back_to_dutch():
    term = f.LanguageFactory(slug="ar", name="Arabisch", name_fr="Arabe", name_en="")
    with translation.override("fr"):
        assert term.label == "Arabe"
    with translation.override("en"):
        assert term.label == "Arabisch"
    with translation.override("nl"):
        assert str(term) == "Arabisch"


def test_purpose_url_opens_the_filtered_listing_in_the_active_language():
    purpose = f.PurposeFactory(slug="communicatie", name="Communicatie")
    with translation.override("fr"):
        assert purpose.get_absolute_url() == "/fr/tools/?purpose=communicatie"


def test_tool_url_and_anonymous_contact():
    tool = f.ToolFactory(name="Zanzu")
    assert tool.get_absolute_url() == "/nl/tools/zanzu/"
    assert tool.has_anonymous_contact is False
    tool.contact_modes.add(f.ContactModeFactory(slug=ContactMode.ANONYMOUS, name="Anoniem"))
    assert Tool.objects.get(pk=tool.pk).has_anonymous_contact is True


def test_published_queryset_leaves_out_drafts_and_archived_tools():
    f.ToolFactory(name="Live")
    f.ToolFactory(name="Draft", status=Tool.Status.DRAFT)
    f.ToolFactory(name="Old", status=Tool.Status.ARCHIVED)
    assert [t.name for t in Tool.objects.published()] == ["Live"]


def test_taxonomy_fields_name_every_taxonomy_of_a_tool():
    taxonomies = {
        field.name for field in Tool._meta.many_to_many if issubclass(field.related_model, Term)
    }
    assert set(Tool.TAXONOMY_FIELDS) == taxonomies
    assert len(Tool.TAXONOMY_FIELDS) == len(taxonomies)
