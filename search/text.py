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


def index_terms(text: str) -> str:
    """Stemmed words of `text` without stop words, space separated (for the FTS5 index)."""
    return " ".join(stem(word) for word in words(text) if word not in STOPWORDS)
