"""Names in a grammatical case: Polish, Czech and Slovak pairs ("w obecności Tomasza Kowalskiego",
"poděkoval Janu Novákovi", "Děkujeme Lucii Veselé"), a given name alone in a case in the languages
that decline names ("Drogi Panie Tomaszu", "Kiitos Teemulle", "Observație: Elenei", "της
Χριστίνας", "etter Torbjørns kommentar"), and a Turkish name with its case suffix after an
apostrophe ("Umut'a", "Can Arslan'ın").

The name lists hold the nominative ("Tomasz", "Jan", "Eva", "Lucie"); in a sentence the given
name takes a case ending and the lists no longer know it. A capitalised word that, with its
ending taken back to the nominative, is a listed given name, and is no ordinary word of the
text's language, is a person in that case: the ending is part of the name as written.
"""

from __future__ import annotations

import re

from gateway.pii.gazetteers import english_zipf, first_names, first_names_all, languages, last_names_all, other_language, places
from gateway.pii.list_mates import Span
from gateway.pii.names import CONTEXT

_LOWER = "a-ząćęłńóśźżáčďéěíňřšťúůýž"
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻÁČĎÉĚÍŇŘŠŤÚŮÝŽ"
_SLAVIC = re.compile(r"[ąćęłńśźżčďěňřšťůý]")
_PAIR = re.compile(rf"(?<![\w'’\-])([{_UPPER}][{_LOWER}]{{2,15}})[ \t]+([{_UPPER}][{_LOWER}]{{2,20}}(?:-[{_UPPER}][{_LOWER}]{{2,20}})?)"
                   rf"(?![\w'’])")
# case endings of a given name and what they replace in the nominative: "Tomasza" -> "Tomasz",
# "Evy" -> "Eva", "Lucii" -> "Lucie", "Annę" -> "Anna", "Janu" -> "Jan", "Pavlovi" -> "Pavel"
_ENDINGS = (("owi", ""), ("ovi", ""), ("em", ""), ("iem", ""), ("ie", "a"), ("ii", "ie"), ("ii", "ia"),
            ("y", "a"), ("i", "a"), ("ę", "a"), ("ą", "a"), ("ou", "a"), ("ě", "a"), ("e", "a"),
            ("a", ""), ("u", ""), ("o", "a"))


def _nominative(word: str, endings: tuple[tuple[str, str], ...] = _ENDINGS) -> str | None:
    low = word.lower()
    if low in first_names():
        return None  # a nominative the lists know already: the other rules read it
    for end, repl in endings:
        if low.endswith(end) and len(low) - len(end) >= 2:
            stem = low[: len(low) - len(end)] + repl
            if stem in first_names():
                return stem
            # a fleeting "e" between the last consonants: "Pawła" -> "Paweł", "Pavla" -> "Pavel"
            if len(stem) >= 3 and (stem[:-1] + "e" + stem[-1]) in first_names():
                return stem[:-1] + "e" + stem[-1]
    return None


def find_inflected_names(text: str) -> list[Span]:
    out = _turkish_suffixed(text) + _declined_alone(text)
    if not _SLAVIC.search(text):
        return out
    for m in _PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        low = surname.lower()
        if _nominative(given) and english_zipf(low) < 3.5 and low not in places():
            out.append((m.start(1), m.end(2), CONTEXT))
    return out


# --- a given name alone in a case -----------------------------------------------------------------
# the vocative, genitive and dative endings of given names, per language: "Tomaszu", "Piotrze",
# "Lukáši", "Petře", "Tomáše", "Kučero" (Polish, Czech, Slovak); "Sannan", "Teemulle" (Finnish);
# "Elenei" (Romanian); "Noras", "Torbjørns", "Sabines" (the Nordic and German genitive); "Γιώργου" (Greek)
# (not the vocative "-o" alone: "Kaiyo" and "Anno" read as "Kaiya" and "Anna")
_SLAVIC_ALONE = tuple(pair for pair in _ENDINGS if pair != ("o", "a")) + (("rze", "r"), ("ře", "r"), ("i", ""), ("e", ""),
                                                                          ("iu", "ia"))  # "Kasiu"
_CASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "pl": _SLAVIC_ALONE, "cs": _SLAVIC_ALONE, "sk": _SLAVIC_ALONE,
    "fi": (("lle", ""), ("lla", ""), ("llä", ""), ("lta", ""), ("ltä", ""), ("sta", ""), ("stä", ""),
           ("ssa", ""), ("ssä", ""), ("ksi", ""), ("n", ""), ("a", ""), ("ä", "")),
    "ro": (("ei", "a"),),
    "nb": (("s", ""),), "sv": (("s", ""),), "da": (("s", ""),), "de": (("s", ""),),
    "el": (("ου", "ος"), ("α", "ας"), ("η", "ης"), ("ας", "α"), ("ης", "η"), ("ο", "ος"), ("ε", "ος")),
    # Ukrainian: "Олександре", "Богдане" (vocative), "Андрію", "Тарасові" (dative)
    "uk": (("ові", ""), ("еві", ""), ("е", ""), ("ю", "й"), ("у", ""), ("о", "а"), ("і", "а")),
}
_GREEK = re.compile(r"[\u0370-\u03ff]")
_WITH_SOMEONE = re.compile(r"(?<![\w])(?:z|ze|Z|Ze)[ \t]+\Z")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")  # letters Russian lacks
_CAPITALISED = re.compile(r"(?<![\w'’\-])([^\W\d_a-zα-ωа-яіїєґ][^\W\d_A-ZΑ-ΩА-ЯІЇЄҐ]{2,20})(?![\w'’\-])")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_a-zα-ωа-яіїєґ][^\W\d_A-ZΑ-ΩА-ЯІЇЄҐ]{2,20})(?![\w'’\-])")
# Finnish consonant gradation: "Mikon" is "Mikko", "Jukan" is "Jukka"
_GRADATION = re.compile(r"([kpt])([aeiouyäö])$")


def _finnish_strong(stem: str) -> str | None:
    m = _GRADATION.search(stem)
    if m and len(stem) >= 3:
        strong = stem[: m.start()] + m.group(1) * 2 + m.group(2)
        return strong if strong in first_names() else None
    return None


def _declined_alone(text: str) -> list[Span]:
    langs = list(languages(text))
    if _GREEK.search(text):
        langs.append("el")
    if _UKRAINIAN.search(text):
        langs.append("uk")
    langs = [lang for lang in langs if lang in _CASE_ENDINGS]
    if not langs:
        return []
    ol = other_language(text)
    out: list[Span] = []
    for m in _CAPITALISED.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in ol.function or low in ol.ordinary or english_zipf(low) >= 3.0 or low in places():
            continue
        for lang in langs:
            stem = _nominative(word, _CASE_ENDINGS[lang])
            if stem is None and lang == "fi":
                stem = next((strong for end, _ in _CASE_ENDINGS["fi"] if low.endswith(end)
                             for strong in [_finnish_strong(low[: len(low) - len(end)])] if strong), None)
            # (a name that is also a town's, "Marta", only where the case says someone: "z Martą",
            # with Marta, the instrumental after "z"; "do Krakowa" stays a place)
            if stem is not None and (stem not in places() or _WITH_SOMEONE.search(text, max(0, m.start() - 4), m.start())
                                     and low.endswith(("ą", "em", "iem"))):
                end = m.end(1)
                after = _NEXT_WORD.match(text, end)
                # the surname after it, in its case too: "Tomáše Černého", "Ειρήνης Παπαδοπούλου"
                if after and after.group(1).lower() not in ol.function and after.group(1).lower() not in ol.ordinary \
                        and english_zipf(after.group(1)) < 3.0 and after.group(1).lower() not in places() \
                        and after.group(1).lower() not in first_names_all():
                    end = after.end(1)
                out.append((m.start(1), end, CONTEXT))
                break
    return out


# --- a Turkish name and its case suffix after an apostrophe --------------------------------------
_TR_SUFFIXED = re.compile(
    r"(?<![\w'’\-])(?:([A-ZÇĞİÖŞÜ][a-zçğıöşü]+)[ \t]+)?([A-ZÇĞİÖŞÜ][a-zçğıöşü]+)['’]"
    r"(?:y?[aeıiuü]|n?[ıiuü]n|[dt][ae]n?|y?l[ae]|[cç][ae]|s?[ıiuü]|n[ae])(?![\w'’])")


def _turkish_suffixed(text: str) -> list[Span]:
    """"Umut'a", "Gökçe'ye", "Can Arslan'ın": a listed name and its suffix (the suffix in the span,
    as written; an English possessive "'s" is no Turkish suffix and does not match)."""
    out: list[Span] = []
    for m in _TR_SUFFIXED.finditer(text):
        stem = m.group(2).lower()
        if (stem not in first_names_all() and stem not in last_names_all()) or stem in places() \
                or english_zipf(stem) >= 4.0:
            continue
        given = m.group(1)
        start = m.start(1) if given and given.lower() in first_names_all() else m.start(2)
        out.append((start, m.end(), CONTEXT))
    return out
