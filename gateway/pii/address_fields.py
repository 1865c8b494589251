"""An address written as a form's field value is the whole value.

Forms, invoices, waybills and CRM screens put the address after its label ("Domicilio:",
"ENDEREÇO:", "Adres:", "Vevő címe:"). The address finder reads the street, the postcode and the
town, but a value's tail it cannot classify ("…, Benito Juárez, Ciudad de México", "…, SALA 8",
"… Osmangazi/Bursa Türkiye") or a head it cannot read ("Pº de Gràcia 27, 1º 4ª, …") would be
left beside the placeholder. When a found address lies inside such a labelled value, the value's
bounds are the address's bounds: the line after the label up to a field gap (two spaces, a tab,
" | "), a wrapped continuation line that carries no label of its own, or, for a label alone on
its line, the unlabelled lines under it.
"""

from __future__ import annotations

import re

# the label's words of the languages the sets and users write; a qualifier may stand before
# ("Vevő címe", "Shipping address", "Adresse de livraison", "Delivery Address")
_LABEL_WORD = (r"address|addr\.?|adresse|adres|adresa|adress|adressi|adresi|dirección|direccion|domicilio|"
               r"endereço|endereco|indirizzo|anschrift|cím|címe|lakcím|osoite|naslov|διεύθυνση|адрес|"
               r"العنوان|住所|地址|收货地址|收件地址|주소|địa chỉ|alamat|ที่อยู่|ship to|deliver to|"
               r"bill to|shipping to|delivery to")
_LABEL = re.compile(rf"(?im)(?:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=\|))[ \t]*(?:[^\W\d_][\w.'’\-]*[ \t]+){{0,2}}"
                    rf"(?:{_LABEL_WORD})(?:[ \t]+[^\W\d_][\w'’\-]*){{0,2}}[ \t]*[:：][ \t]*")
# where a value ends on its line: a field gap, a cell border, a phone or e-mail field
# (or the next field's label: the normaliser has already made a field gap one space, "… APTO 153 CEP: …";
# "No: 6", "D: 15" are a house's and a flat's numbers inside the value)
_VALUE_END = re.compile(r"[ \t]{2,}|\t|[ \t]\|[ \t]?|[,;.]?[ \t]*(?i:tel|tél|tlf|telefon|teléfono|telefone|phone|fax|mobile|cell|e-?mail)\b|"
                        r"[ \t]+[^\W\d_][\w./]{1,20}[:：][ \t]*(?!\d{1,4}\b)")
# a line that is a field of its own ("Teléfono: …", "Tel.: …", "CEP: …")
_LABELLED_LINE = re.compile(r"^[ \t]*[^\W\d_][^\n:：]{0,30}[:：]")
_PHONE_LIKE = re.compile(r"\d{3,}[ \t\-./]\d{3,}[ \t\-./]?\d*")
# (after a word of four letters or more: "MARSEILLE. Tél", not "Col. Del Valle")
_SENTENCE = re.compile(r"[.!?][ \t]+[a-z]|(?<=[^\W\d_]{4})[.!?][ \t]+[^\W\d_]|[.!?]$")
_MAX_TAIL = 60  # characters a value may add after the found address
_MAX_HEAD = 30  # characters before it


def _line_value(text: str, start: int) -> int:
    """Where the value that starts at ``start`` ends on its line."""
    nl = text.find("\n", start)
    nl = len(text) if nl < 0 else nl
    m = _VALUE_END.search(text, start, nl)
    end = m.start() if m else nl
    while end > start and text[end - 1] in " \t,;":
        end -= 1
    return end


_HEAD = re.compile(r"[^\W\d_]{1,6}[.º°]?[ \t]*\Z")  # "Burg. ", "Pº ": an abbreviation the finder cut off


def _head_ok(head: str) -> bool:
    """What may stand between the label and the found address: a house number's part ("Pº de
    Gràcia 27, ") or an abbreviated word, never a recipient's name ("Maria Lopez, 12 Main St")."""
    if not head.strip():
        return True
    return len(head) <= _MAX_HEAD and _plain(head) and (
        any(c.isdigit() for c in head) or _HEAD.fullmatch(head) is not None)


# a tail the value may add: the list goes on after a comma, a slash or a dash ("…, Ciudad de
# México", ", APTO 153", "/Bursa"), or one or two capitalised words or numbers ("Türkiye", "SALA 8")
_TAIL = re.compile(r"[ \t]*[,;/\-–][^\n]*|[ \t]+[A-ZÀ-ÞĀ-Ž\d][\w'’.\-]*(?:[ \t]+[A-ZÀ-ÞĀ-Ž\d][\w'’.\-]*)?")
_OTHER_FIELD = re.compile(r"[ \t]*(?i:tel|tél|tlf|telefon|teléfono|telefone|phone|fax|mobile|mob|cell|e-?mail|"
                          r"ph|correo|contact|attn|ref|order)\b")


def _tail_ok(tail: str) -> bool:
    return not tail or (len(tail) <= _MAX_TAIL and _plain(tail) and _TAIL.fullmatch(tail) is not None
                        and not _OTHER_FIELD.match(tail.lstrip(",;/-– \t")))


def _plain(piece: str) -> bool:
    """Text a value may add to its address: no other identifier, no sentence."""
    return "@" not in piece and not _PHONE_LIKE.search(piece) and not _SENTENCE.search(piece.strip()) \
        and len(piece.split()) <= 8


def _continuation(text: str, end: int) -> int:
    """A wrapped value goes on onto the next line when that line has no label of its own and is
    followed by a labelled line (or the text's end): "…, Benito\\nJuárez, Ciudad de México\\nTeléfono: …"."""
    if text[end:end + 1] != "\n":
        return end
    nxt_end = text.find("\n", end + 1)
    nxt_end = len(text) if nxt_end < 0 else nxt_end
    line = text[end + 1:nxt_end]
    if not line.strip() or _LABELLED_LINE.match(line) or len(line) > 60 or not _plain(line) \
            or _OTHER_FIELD.match(line) or not (line.lstrip()[:1].isupper() or line.lstrip()[:1].isdigit()) \
            or text[end - 1:end] == ".":
        return end
    after = text[nxt_end + 1:text.find("\n", nxt_end + 1) if text.find("\n", nxt_end + 1) >= 0 else len(text)]
    if nxt_end < len(text) and not _LABELLED_LINE.match(after):
        return end
    return end + 1 + len(line.rstrip(" \t,;"))


def _block(text: str, start: int) -> tuple[int, int] | None:
    """The unlabelled lines under a label that stands alone: "Vevő címe:\\nSzeged\\nPetőfi …\\n6720"."""
    if text[start - 1:start] != "\n" and text[start:start + 1] != "\n":
        return None
    pos = start + 1 if text[start:start + 1] == "\n" else start
    first, last = pos, pos
    for _ in range(5):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        if not line.strip() or _LABELLED_LINE.match(line) or len(line) > 70:
            break
        last = pos + len(line.rstrip(" \t,;"))
        if nl >= len(text):
            break
        pos = nl + 1
    return (first + len(text[first:last]) - len(text[first:last].lstrip()), last) if last > first else None


def widen_to_fields(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Each found address inside a labelled value, widened to the value's bounds."""
    if not found or (":" not in text and "：" not in text):
        return found
    out: list[tuple[int, int, float]] = []
    for s, e, score in found:
        best = (s, e)
        for m in _LABEL.finditer(text, max(0, s - 200), s + 1):
            v = m.end()
            if v > s:
                break
            line_end = _line_value(text, v)
            if v < line_end:  # "Label: value" on one line
                if not (v <= s < line_end + 1):
                    continue
                head, tail = text[v:s], text[e:line_end] if e < line_end else ""
                if not _head_ok(head) or not _tail_ok(tail):
                    continue
                new_end = max(e, line_end)
                if new_end == line_end:
                    new_end = _continuation(text, line_end)
                best = (v, new_end)
            else:  # the label alone, the value on the lines under it
                blk = _block(text, v)
                if blk is None or not (blk[0] <= s < blk[1]):
                    continue
                head, tail = text[blk[0]:s], text[e:blk[1]] if e < blk[1] else ""
                # the town above the street ("Szeged\nPetőfi Sándor utca 14.\n6720"), not a name line
                town = "\n" not in head.strip() and len(head.split()) == 1
                if not (_head_ok(head) or town) or not _tail_ok(tail):
                    continue
                best = (blk[0], max(e, blk[1]))
        out.append((min(s, best[0]), max(e, best[1]), score))
    return out
