"""Matching names as people type them: without accents, case or width getting in the way.

"joao" finds João, "lukasz" Łukasz, "muller" Müller, "sen" Şen, and full-width "Ｊｏａｏ" João.
Only Latin letters lose their marks: other scripts match as typed (case and width aside),
because there a mark often makes another letter (Russian й is not и, Japanese が is not か).
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters that have no decomposition, so stripping marks alone would keep them.
_PLAIN_LATIN = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ŧ": "t",
        "ŀ": "l",
        "ƀ": "b",
        "ƶ": "z",
    }
)

# Combining marks right after a Latin letter (after NFD: é is e + U+0301).
_LATIN_MARKS = re.compile(
    r"(?<=[a-z\u00e0-\u024f\u1e00-\u1eff])"
    r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def fold(text: str) -> str:
    """`text` as searches compare it: width (NFKC), case and Latin accents folded away.

    Fold a haystack once and each query once; then a plain `in` compares them.
    """
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_PLAIN_LATIN)
    bare = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", folded))
    # Composed again, so "か" does not match inside "が" (か + a combining mark).
    return unicodedata.normalize("NFC", bare)


def search_words(text: str) -> tuple[str, ...]:
    """The folded words of a query; a name matches when it holds every one."""
    return tuple(fold(text).split())


def matches(words: tuple[str, ...], folded: str) -> bool:
    """Whether a folded haystack (see `fold`) holds every query word."""
    return all(word in folded for word in words)


def name_key(name: str) -> tuple[str, str]:
    """Sorts names so that José, Jose and João sit together; ties keep a stable order."""
    return (fold(name), name)
