"""Search data: curated synonyms, one search document per tool and the indexed vocabulary."""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from catalogue.models import Tool

from .text import fold


class Synonym(models.Model):
    """A group of words that mean the same to a searcher, e.g. "videobellen, beeldbellen".

    Searching any word of the group also finds tools that use another word of it. An entry
    may hold several words ("video bellen"); it then matches as a phrase.
    """

    words = models.CharField(
        _("woorden"),
        max_length=500,
        unique=True,
        help_text=_("Woorden met dezelfde betekenis, gescheiden door komma's."),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)
    # Set on the starter groups only, so the seed finds them even after a curator's edit.
    seed_key = models.SlugField(max_length=60, unique=True, null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        ordering = ["words"]
        verbose_name = _("synoniemengroep")
        verbose_name_plural = _("synoniemen")

    def __str__(self):
        return self.words

    @property
    def entries(self) -> list[str]:
        """The normalised entries of the group (accents stripped, lowercase, single spaces)."""
        seen = []
        for part in self.words.split(","):
            entry = " ".join(fold(part).split())
            if entry and entry not in seen:
                seen.append(entry)
        return seen

    def clean(self):
        if len(self.entries) < 2:
            raise ValidationError(
                {"words": _("Geef minstens twee woorden, gescheiden door een komma.")}
            )
        self.words = ", ".join(part.strip() for part in self.words.split(",") if part.strip())


class SearchDocument(models.Model):
    """The searchable text of one tool, kept in sync by signals (see search.signals).

    `name`, `body` and `detail` are the tool's text by weight: the name; summary, provider
    and taxonomy labels; description and examples. On PostgreSQL `vector` holds the weighted
    tsvector (Dutch configuration with unaccent); on SQLite the FTS5 table `search_fts` holds
    the stemmed words under the same rowid (the tool id).
    """

    tool = models.OneToOneField(
        Tool, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    name = models.TextField(blank=True)
    body = models.TextField(blank=True)
    detail = models.TextField(blank=True)
    # PostgreSQL only (GIN-indexed in a migration); stays empty on SQLite.
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("zoekdocument")
        verbose_name_plural = _("zoekdocumenten")

    def __str__(self):
        return self.name


class SearchWord(models.Model):
    """A folded word that occurs in the index: the vocabulary for typos and did-you-mean."""

    word = models.CharField(max_length=40, unique=True)

    class Meta:
        verbose_name = _("zoekwoord")
        verbose_name_plural = _("zoekwoorden")

    def __str__(self):
        return self.word
