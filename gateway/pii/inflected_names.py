"""Polish, Czech and Slovak names in a grammatical case: "w obecności Tomasza Kowalskiego",
"poděkoval Janu Novákovi", "Registrace u Evy Markové", "Děkujeme Lucii Veselé".

The name lists hold the nominative ("Tomasz", "Jan", "Eva", "Lucie"); in a sentence the given
name takes a case ending and the lists no longer know it. A capitalised pair whose first word,
with its ending taken back to the nominative, is a listed given name and whose second word is no
ordinary word is a person in that case: the ending is part of the name as written.
"""

from __future__ import annotations

import re

from gateway.pii.gazetteers import english_zipf, first_names, places
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


def _nominative(word: str) -> str | None:
    low = word.lower()
    if low in first_names():
        return None  # a nominative the lists know already: the other rules read it
    for end, repl in _ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 2:
            stem = low[: len(low) - len(end)] + repl
            if stem in first_names():
                return stem
            # a fleeting "e" between the last consonants: "Pawła" -> "Paweł", "Pavla" -> "Pavel"
            if len(stem) >= 3 and (stem[:-1] + "e" + stem[-1]) in first_names():
                return stem[:-1] + "e" + stem[-1]
    return None


def find_inflected_names(text: str) -> list[Span]:
    if not _SLAVIC.search(text):
        return []
    out: list[Span] = []
    for m in _PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        low = surname.lower()
        if _nominative(given) and english_zipf(low) < 3.5 and low not in places():
            out.append((m.start(1), m.end(2), CONTEXT))
    return out
