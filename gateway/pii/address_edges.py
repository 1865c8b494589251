"""An address found in part, grown to its edges: the unit, floor or building line before the
street ("Suite 6.4, 48 Darling Drive …", "7th Floor, Brigade Gateway, 67 Hitech City Main Road …",
"Bât. C\\n111 bis cours Lafayette …"), the street name before a house number found alone ("Viale
della Liberazione, 106, scala B, 20149 Milano MI"), and the rest of its line up to a postcode or a
state ("Rua dos Andradas, 301, cj. 197 - Centro Histórico, Porto Alegre - RS, 90020-004", "…,
Ciudad de México, CDMX").

Each step reads a bounded stretch of the same line (or the line before, for a unit or building
line) and takes it only if it holds nothing but an address's pieces: no sentence, no e-mail or
phone, no other detection but the place and name guesses it then covers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from gateway.pii.gazetteers import countries, places

# a unit, floor or building piece before the street: "Suite 6.4", "Level 12", "7th Floor", "6e
# étage", "Piso 3", "Bât. C", "Block C", "Office 2149", "Torre B"
_UNIT = (r"(?:(?i:suite|ste\.?|unit|level|floor|office|block|blk\.?|bldg\.?|building|tower|torre|wing|"
         r"bât\.?|bâtiment|escalier|piso|planta|andar|etage|étage|stock|kat|lt\.?|lantai)[ \t]+[\w.\-/]{1,8}|"
         r"\d{1,3}(?:st|nd|rd|th|e|er|ème|º|ª|o|a|\.)[ \t]+(?i:floor|fl\.?|étage|etage|piso|andar|stock|og|kat))")
# a named building or park on the same piece: "Nirlon Knowledge Park", "Al Saqr Business Tower"
_BUILDING = (r"(?:[A-Z][\w'’&\-]*[ \t]+){0,4}(?:Tower|Towers|Park|Square|Gateway|Centre|Center|Plaza|House|"
             r"Building|Court|Campus|Complex|Mall|Heights|Place|Point|Hub|Arcade|Chambers)")
_LEAD = re.compile(rf"(?:{_UNIT}|{_BUILDING})(?:[ \t]*,[ \t]*(?:{_UNIT}|{_BUILDING}))*[ \t]*(?:,[ \t]*|\n[ \t]*)\Z")
# a street's type and name before a house number found alone ("Viale della Liberazione, 106")
_STREET_NAME = re.compile(
    r"(?<![\w.])(?:Via|Viale|Corso|Piazza|Piazzale|Largo|Vicolo|Strada|Calle|Avenida|Av\.|Avda\.?|Avinguda|"
    r"Avgda\.?|Carrer|Passeig|Rambla|Paseo|Plaza|Rua|Travessa|Alameda|Praça|Largo|Estrada|Rodovia|Rue|"
    r"Boulevard|Bd\.?|Chemin|Allée|Quai|Ulica|Ul\.|Aleja|Al\.)"
    r"(?:[ \t]+(?:d[aeiou]s?|de[li]?|della|delle|dei|degli|la|las|los|le|les|du|des|[A-ZÀ-ÞĀ-Ž][\w'’.\-]*)){1,5}"
    r"[ \t]*,[ \t]*\Z")
# what may follow on the line: units, districts, a town, a state, a postcode, a country, joined by
# commas or spaced dashes ("- 16º andar - Centro, Rio de Janeiro - RJ, 20011-000")
_PIECE = (r"(?:(?i:cj\.?|conj\.?|sala|int\.?|depto\.?|dpto\.?|piso|andar|scala|interno|esc\.?|puerta|pta\.?|"
          r"apt\.?|apto\.?|bloco|bloque|casa|lote|km)[ \t]*[\w.º°ª/\-]{0,8}|"
          r"\d{1,3}[º°ªoa][ \t]*(?:[a-zà-ÿ.]{1,8})?|"  # (the analyzer reads "16º" normalised as "16o")
          r"(?:C\.?P\.?[ \t]*)?\d{4,5}(?:-\d{3,4})?|"
          r"(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*|de|da|do|dos|das|del|la|el)(?:[ \t]+(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*|de|da|do|dos|das|"
          r"del|la|el|y|e)){0,4})")
_GLUE = r"(?:[ \t]*,|[ \t]+[-–])[ \t]*"
_REST = re.compile(rf"(?:{_GLUE}{_PIECE})+")
_LAST_PIECE = re.compile(rf"{_GLUE}({_PIECE})\Z")
# the rest must end in something only an address ends with: a postcode, a state's code, Mexico City
_REST_END = re.compile(r"(?:\d{4,5}(?:-\d{3,4})?|\b[A-Z]{2,4}|CDMX|Edomex|D\.F\.|[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2,3})\Z")
_NOT_ADDRESS = re.compile(r"@|https?:|\+\d|\b\d{3}[ .\-]\d{3,4}[ .\-]\d{3,4}\b|[.!?][ \t]+[A-Z]")
_MAX_REST = 90


class Grown(NamedTuple):
    start: int
    end: int


def grow(text: str, start: int, end: int) -> Grown:
    """The address at ``start:end`` grown over the pieces around it that belong to it (the caller
    keeps it as found where another detection stands in the grown part)."""
    s, e = start, end
    lead = _LEAD.search(text, max(0, s - 80), s)
    if lead is not None and not _NOT_ADDRESS.search(text, lead.start(), s):
        s = lead.start()
    else:
        street = _STREET_NAME.search(text, max(0, s - 60), s)
        if street is not None and text[s:s + 1].isdigit():
            s = street.start()
    # (a bounded window: a line of a thousand comma-joined words after each of many addresses)
    rest = _REST.match(text, e, min(len(text), e + _MAX_REST + 30))
    if rest is not None and rest.end() - e <= _MAX_REST and not _NOT_ADDRESS.search(text, e, rest.end()):
        tail = text[e:rest.end()].rstrip(" \t,-–")
        while tail and not _REST_END.search(tail):
            last = _LAST_PIECE.search(tail)
            if last is None:
                tail = ""
                break
            # a country or region after the postcode ends an address too ("…, Bengaluru 560103, Karnataka")
            if _REST_END.search(text[max(s, e - 12):e] + tail[:last.start()]) and _a_region(last.group(1)):
                break
            tail = tail[:last.start()]
        e += len(tail)
    return Grown(s, e)


def _a_region(piece: str) -> bool:
    low = piece.strip().lower()
    return low in countries() or low in places()
