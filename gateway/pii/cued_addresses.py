"""Addresses a call transcript gives after an address question, in lower case and without commas.

Speech-to-text writes "la dirección de entrega que me aparece es carrera 40 # 19-80 apto 647
bogotá", "KD: nordring 143a c/o werkstatt 90436 nürnberg" (after "MA: und zur sicherheit die
adresse"), "adresse ist hauptstr. 157 hinterhaus 3. og 22727 hamburg ich erwarte einen rückruf":
no capitals, no commas, no line of its own, so the address finder's parts never form. Here an
address word opens the value (on the line, or on the agent's line just before the caller's
answer), and the value is an address when it holds a house number and either a postcode or at
most a few words after the number. It runs to the line's end, or to the postcode and the town,
region and country words after it.
"""

from __future__ import annotations

import re

# the address words of the languages call centres transcribe
_CUE = re.compile(r"(?i)(?<![^\W\d_])(?:address|adresse|adres|adresa|adress|anschrift|lieferadresse|"
                  r"dirección|direccion|domicilio|endereço|endereco|indirizzo|adresse postale|адрес|"
                  r"địa chỉ|alamat|osoite)(?![^\W\d_])")
# what may stand between the cue and the value: "… de entrega que me aparece es ", " ist ", ": "
_LEAD = re.compile(r"(?i)[^\n]{0,40}?(?:\b(?:is|es|é|ist|est|è|é|:)[ \t]+|[:：][ \t]*)")
# the caller's answer on the next line, after its speaker label: "cliente: ", "[00:00:40] KD: "
_ANSWER = re.compile(r"[ \t]*(?:\[[\d:.]{4,12}\][ \t]*)?(?:[^\W\d_][\w .'’\-]{0,20}?|spk_\d+[ \t]+[\d:.]+)[ \t]*[:：]?[ \t]+")
_HOUSE = re.compile(r"(?<![\w\-:])\d{1,5}[a-z]?(?:[/\-]\w{1,4})*(?![\w\-:])")  # not a time's "18:15"
_POSTCODE = re.compile(r"(?<![\w\-])(?:\d{5}(?:-\d{3,4})?|\d{4}|\d{3} \d{2}|[a-z]\d{2} ?[a-z0-9]{4}|"
                       r"[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})(?![\w\-])")
_AFTER_CODE = re.compile(r"(?:[ \t]+(?:\([a-zà-ÿ. ]{2,20}\)|[a-zà-ÿ][a-zà-ÿ'’.\-]{1,20})){0,4}")
# words that start the sentence after the address: pronouns, "and", "please", the rest of a call
_STOP = frozenset("""i ich je yo eu io ik jeg jag and und et y e en og och please bitte por favor s il vous
plaît per nobody left but ma aber mais pero però mas maar yeah ok okay thanks danke merci gracias grazie
obrigado obrigada que che dass weil because since your my the we he she they it is was yes no""".split())
_MAX_WORDS = 22
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")  # a chat line's head or a time, not an address line
_SENTENCE = re.compile(r"[.!?][ \t]+[A-ZÀ-Þ]|[!?]")
# a number that counts something is no house number: "2 times", "30 days", "3 items"
_COUNTED = re.compile(r"(?i)[ \t]+(?:times?|days?|weeks?|months?|years?|hours?|minutes?|items?|pcs|pieces|"
                      r"units?|euros?|dollars?|pounds?|x|%|mal|tage|jours|días|dias|giorni|volte|veces|vezes)\b")


def _value(text: str, start: int) -> tuple[int, int] | None:
    nl = text.find("\n", start)
    end = len(text) if nl < 0 else nl
    line = text[start:end]
    if not line.strip() or len(line) > 160 or "@" in line:
        return None
    words = line.split()
    if len(words) > _MAX_WORDS or len(words) < 3:
        return None
    house = _HOUSE.search(line)
    if house is None or not any(c.isalpha() for c in line[:house.start()] + line[house.end():]) \
            or _SENTENCE.search(line) or _COUNTED.match(line, house.end()) or _CLOCK.search(line):
        return None  # "Your address is on file. Please call 2 times."
    stop = end
    code = None
    for m in _POSTCODE.finditer(line, house.end()):
        code = m
    if code is not None:
        tail = _AFTER_CODE.match(line, code.end())
        cut = code.end()
        for w in re.finditer(r"\S+", tail.group() if tail else ""):
            if w.group().strip("().,").lower() in _STOP:
                break
            cut = code.end() + w.end()
        stop = start + cut
    else:
        # no postcode: the line's end, unless a stop word opens a sentence first
        for w in re.finditer(r"\S+", line):
            if w.start() > house.end() and w.group().lower() in _STOP:
                stop = start + w.start()
                break
        if len(text[start:stop].split()) > 12:
            return None
    s, e = start, stop
    while e > s and text[e - 1] in " \t,;":
        e -= 1
    return (s, e) if e - s >= 8 else None


def cued_addresses(text: str) -> list[tuple[int, int]]:
    """Lower-case addresses after an address word, on its line or on the next (the answer)."""
    out: list[tuple[int, int]] = []
    for m in _CUE.finditer(text):
        nl = text.find("\n", m.end())
        rest_end = len(text) if nl < 0 else nl
        lead = _LEAD.match(text, m.end(), rest_end)
        if lead is not None and lead.end() < rest_end:
            found = _value(text, lead.end())
        elif nl >= 0 and not text[m.end():rest_end].strip(" \t?:.¿"):
            answer = _ANSWER.match(text, nl + 1)
            found = _value(text, answer.end()) if answer else None
        elif nl >= 0 and len(text[m.end():rest_end]) <= 40:  # "operatore: e l indirizzo di fornitura"
            answer = _ANSWER.match(text, nl + 1)
            found = _value(text, answer.end()) if answer else None
        else:
            found = None
        if found and not any(a < found[1] and found[0] < b for a, b in out):
            out.append(found)
    return out
