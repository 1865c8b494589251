"""Which of the small English model's LOCATION guesses to keep.

The model tags places by shape: a capitalised word in an unknown language ("Kunden", "Datum"), a
speaker tag ("spk_1"), a word of a script it never learned ("Адреса") all come back as places.
A guess that a gazetteer knows stays; otherwise a place needs the shape of a name in a Latin
script and at least one word that is no ordinary word of the text's languages.
"""

from __future__ import annotations

import re

from gateway.pii.gazetteers import CITIES, OtherLanguage, countries, places
from gateway.pii.names import PARTICLES, first_names_all, is_ordinary

LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-zÀ-ÖØ-öø-ɏ]")


def known_place(span: str) -> bool:
    low = " ".join(span.lower().split()).strip(".,")
    return low in CITIES or low in places() or low in countries()


def drop_place_guess(span: str, language: OtherLanguage) -> bool:
    """True when the model's LOCATION guess is no place."""
    if known_place(span):
        return False
    words = span.split()
    if not words or any(c.isdigit() or c == "_" for c in span):
        return True  # "spk_1", "MK-5", "08/03/26"
    if _NON_LATIN_LETTER.search(span) or not LATIN_LETTER.search(span):
        return True  # a script the English model never learned: "Адреса", "이서연이요"
    if not words[0][:1].isupper():
        return True  # "conf", "node", "nachbarin"
    if any(w.lower() in language.function and w.lower() not in PARTICLES for w in words):
        return True  # "Sie mich", "det bor"
    # "Datum", "Kunden": ordinary words of the text's other language (a city is common in English
    # too, so English frequency only judges a shouted word: "CLOSED", "NOTE")
    if all(_ordinary_there(w, language) or w.lower() in PARTICLES for w in words):
        return True
    return span.isupper() and all(is_ordinary(w, language) or w.lower() in PARTICLES for w in words)


def _ordinary_there(word: str, language: OtherLanguage) -> bool:
    low = word.casefold().strip(".,;:!?")
    return low in language.function or (low in language.ordinary and low not in first_names_all())
