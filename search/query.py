"""Parse what a searcher typed into groups of alternatives that both back ends understand.

Every group must match (AND); inside a group any alternative may match (OR): the word itself
(as a prefix when it has three letters or more, so "whatsap" finds WhatsApp; the last word is
always a prefix, so a word being typed finds its completions and a one-letter search is a
broad one), its curated synonyms and, on a French or English page, its stem in that language
as a prefix. Only letters and digits survive, so no
FTS5 or tsquery syntax ("NEAR(", quotes, "*", "OR") can reach the database.
"""

from dataclasses import dataclass, field

from core.forms import SEARCH_TEXT_MAX_LENGTH
from core.languages import active_language

from .synonyms import synonym_map
from .text import OTHER_STOPWORDS, STOPWORDS, stem, stem_in, words

MAX_QUERY_LENGTH = SEARCH_TEXT_MAX_LENGTH
MAX_TERMS = 8
PREFIX_MIN_LENGTH = 3


@dataclass(frozen=True)
class Alternative:
    words: tuple[str, ...]  # folded words; several form a phrase
    prefix: bool = False


@dataclass
class ParsedQuery:
    terms: list[str]  # the folded words that count (stop words dropped)
    groups: list[list[Alternative]] = field(default_factory=list)

    def __bool__(self):
        return bool(self.groups)

    @property
    def text(self) -> str:
        return " ".join(self.terms)


def parse(
    query: str,
    *,
    synonyms: dict[str, tuple[str, ...]] | None = None,
    prefix_min_length: int = PREFIX_MIN_LENGTH,
    language: str | None = None,
) -> ParsedQuery:
    """Parse `query` as typed on a page in `language` (default: the active one)."""
    language = active_language() if language is None else language
    stopwords = STOPWORDS | OTHER_STOPWORDS.get(language, frozenset())
    terms = [word for word in words((query or "")[:MAX_QUERY_LENGTH]) if word not in stopwords]
    terms = list(dict.fromkeys(terms))[:MAX_TERMS]
    if synonyms is None:
        synonyms = synonym_map()
    groups = []
    for position, term in enumerate(terms, 1):
        prefix = len(term) >= prefix_min_length or position == len(terms)
        alternatives = [Alternative((term,), prefix=prefix)]
        for entry in synonyms.get(stem(term), ()):
            entry_words = tuple(w for w in entry.split() if w not in STOPWORDS)
            if entry_words and entry_words != (term,):
                alternative = Alternative(entry_words)
                if alternative not in alternatives:
                    alternatives.append(alternative)
        own_stem = stem_in(term, language)
        if own_stem != term and len(own_stem) > PREFIX_MIN_LENGTH:
            alternative = Alternative((own_stem,), prefix=True)
            if alternative not in alternatives:
                alternatives.append(alternative)
        groups.append(alternatives)
    return ParsedQuery(terms=terms, groups=groups)
