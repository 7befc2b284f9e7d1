"""Dutch-first text normalisation shared by both search back ends.

Lowercase, strip accents ("cliënt" = "client"), split into words, drop Dutch stop words and
stem with the Snowball Dutch stemmer. `dutch_porter` is the Snowball Dutch algorithm that
PostgreSQL's `dutch` text search configuration uses, so SQLite FTS5 (stemmed here in Python)
and PostgreSQL (stemmed in the database) reduce words alike.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# PostgreSQL's tsearch_data/dutch.stop (the Snowball list), so both back ends skip the same words.
_STOP_LIST = """de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er
    maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar
    haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al
    waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd
    altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere"""
STOPWORDS = frozenset(_STOP_LIST.split())
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[a-z0-9]+")
_stemmer = snowballstemmer.stemmer("dutch_porter")


def fold(text: str) -> str:
    """Lowercase and strip accents: "Cliënt" -> "client", "Ça" -> "ca"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The folded words of `text` (letters and digits only), cut at a sane length."""
    return [word[:MAX_WORD_LENGTH] for word in _WORD.findall(fold(text))]


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


# A French or English search also tries the word's stem in its own language as a prefix
# ("traductions" -> "traduct", "translating" -> "translat"), and skips that language's most
# common small words. The index itself stays Dutch-stemmed, so Dutch comes first on /nl/.
_OTHER_STEMMERS = {"fr": "french", "en": "english"}
_FRENCH_STOP_LIST = """le la les l un une des du d et ou a au aux en pour avec sur dans par ce
    cette ces qui que qu ne pas se sa son ses mon ma mes est sont"""
_ENGLISH_STOP_LIST = """the a an and or of to for with on by at is are it its this that my your
    from as be how"""
OTHER_STOPWORDS = {
    "fr": frozenset(_FRENCH_STOP_LIST.split()),
    "en": frozenset(_ENGLISH_STOP_LIST.split()),
}


@lru_cache(maxsize=10_000)
def stem_in(word: str, language: str) -> str:
    """`word` stemmed with the Snowball stemmer of `language` (fr, en); else unchanged."""
    name = _OTHER_STEMMERS.get(language)
    return snowballstemmer.stemmer(name).stemWord(word) if name else word


def index_terms(text: str) -> str:
    """Stemmed words of `text` without stop words, space separated (for the FTS5 index)."""
    return " ".join(stem(word) for word in words(text) if word not in STOPWORDS)
