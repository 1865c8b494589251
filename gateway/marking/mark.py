"""The compact invisible mark: a signed payload in Unicode variation selectors.

Payload (95 bytes, one invisible code point each)::

    magic 0xCD | version 0x01 | id kind (endpoint prefix) | key id (4) | generation uuid (16)
    | SHA-256(normalised visible text)[:8] | Ed25519 signature (64)

The signature is a real Ed25519 signature over ``b"candor-mark\\x00" + payload[:31]`` (a
domain-separation prefix, then everything before the signature), so anyone with the gateway's
public key verifies it offline. Each byte becomes one variation selector (the C2PA A.8 mapping:
0x00-0x0F -> U+FE00-U+FE0F, 0x10-0xFF -> U+E0100-U+E01EF). Variation selectors are default
ignorable (they render as nothing), have no decomposition and combining class 0, so NFC, NFD,
NFKC and NFKD all leave them in place (tested), JSON and HTML escaping keep them, and they are
not whitespace, so re-wrapping text at spaces never splits the run.

The mark goes right after the last non-whitespace character of the message: a stream can only
sign once it has seen everything, so the mark rides in the last content chunk, and streamed and
non-streamed answers are byte-identical.

The text hash is over a normalisation that survives what mail clients and CMSs do to text:
NFKC, every variation selector / zero-width / format character removed, e-mail quote markers
("> ") at line starts removed, every whitespace run collapsed to one space, ends trimmed.
A re-wrapped or re-normalised copy still matches; a copy whose words changed does not ("text
changed after generation").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.signing import SigningKey

MAGIC = 0xCD
VERSION = 1
DOMAIN = b"candor-mark\x00"
HASH_BYTES = 8
SIG_BYTES = 64
HEADER = 3 + 4 + 16 + HASH_BYTES  # everything the signature covers
PAYLOAD_BYTES = HEADER + SIG_BYTES  # 95 invisible code points

# Generation id prefixes (gateway.context.ENDPOINT_PREFIX) <-> one byte.
ID_KINDS = {0: "gen-", 1: "chatcmpl-", 2: "cmpl-", 3: "resp_", 4: "emb-"}
_KIND_OF = {prefix: kind for kind, prefix in ID_KINDS.items()}
_GEN_ID = re.compile(r"^(gen-|chatcmpl-|cmpl-|resp_|emb-)([0-9a-f]{32})$")

# -- the selector codec -----------------------------------------------------------------------

_ENCODE = {b: chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16) for b in range(256)}
_DECODE = {ord(c): chr(b) for b, c in _ENCODE.items()}
_VS = "\uFE00-\uFE0F\U000E0100-\U000E01EF"
# A run of selectors; a naive re-wrap that counts code points may split the run (it looks like
# one 100-character word), so pieces separated only by whitespace or "> " quoting are joined.
_SELECTOR_RUN = re.compile(f"[{_VS}]+(?:[\\s>]+[{_VS}]+)*")
_NOT_VS = re.compile(f"[^{_VS}]+")
_MAGIC_SELECTORS = _ENCODE[MAGIC] + _ENCODE[VERSION]


def to_selectors(data: bytes) -> str:
    return data.decode("latin-1").translate(_ENCODE)


def from_selectors(run: str) -> bytes:
    return run.translate(_DECODE).encode("latin-1")


# -- normalisation ----------------------------------------------------------------------------

_INVISIBLE = re.compile(
    "[\uFE00-\uFE0F\U000E0100-\U000E01EF\U000E0000-\U000E007F"  # selectors, tags
    "\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]"  # format chars
)
# whitespace runs other than a lone space (those are already what they would become: not
# matching them keeps re.sub from building a piece per word on a long answer)
_SPACE = re.compile(r"[^\S ]\s*| \s+")
_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")  # e-mail quoting ("> ") is presentation


def visible_text(text: str) -> str:
    """The text as a reader sees it: without selectors, tags and zero-width/format characters."""
    return _INVISIBLE.sub("", text)


def normalise(text: str) -> str:
    """The canonical form that the text hash and the fingerprint are computed over."""
    text = unicodedata.normalize("NFKC", visible_text(text))
    return _SPACE.sub(" ", _QUOTE.sub("", text)).strip()


def text_digest(text: str) -> bytes:
    return hashlib.sha256(normalise(text).encode("utf-8")).digest()


# -- payload ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompactMark:
    generation_id: str
    key_id: bytes
    text_hash: bytes  # 8 bytes
    signature: bytes
    start: int = -1  # position of the selector run in the text it was found in
    end: int = -1

    @property
    def mark_id(self) -> str:
        """Stable id of this mark (the audit record keeps it): hash of signed part + signature."""
        return hashlib.sha256(self.signed_bytes() + self.signature).hexdigest()[:16]

    def header(self) -> bytes:
        m = _GEN_ID.match(self.generation_id)
        if not m:
            raise ValueError(f"cannot encode generation id {self.generation_id!r}")
        return (bytes([MAGIC, VERSION, _KIND_OF[m.group(1)]]) + self.key_id
                + bytes.fromhex(m.group(2)) + self.text_hash)

    def signed_bytes(self) -> bytes:
        return DOMAIN + self.header()

    def selectors(self) -> str:
        return to_selectors(self.header() + self.signature)

    def verify(self, public: Ed25519PublicKey) -> bool:
        try:
            public.verify(self.signature, self.signed_bytes())
            return True
        except (InvalidSignature, ValueError):
            return False


def can_mark(generation_id: str) -> bool:
    return _GEN_ID.match(generation_id) is not None


def make_mark(key: SigningKey, generation_id: str, text: str) -> CompactMark:
    """Sign a mark for ``text`` (the visible text that precedes the mark)."""
    unsigned = CompactMark(generation_id, key.key_id, text_digest(text)[:HASH_BYTES], b"")
    return CompactMark(generation_id, key.key_id, unsigned.text_hash,
                       key.sign(unsigned.signed_bytes()))


def _parse(data: bytes, start: int, end: int) -> CompactMark | None:
    if len(data) < PAYLOAD_BYTES or data[0] != MAGIC or data[1] != VERSION:
        return None
    prefix = ID_KINDS.get(data[2])
    if prefix is None:
        return None
    gen = prefix + data[7:23].hex()
    return CompactMark(gen, data[3:7], data[23:HEADER], data[HEADER:PAYLOAD_BYTES], start, end)


def find_marks(text: str) -> list[CompactMark]:
    """Every compact mark in ``text`` (a document may hold several pasted answers).

    A selector run may also hold ordinary selectors (an emoji's U+FE0F right before the mark),
    so the magic is searched inside each run.
    """
    out: list[CompactMark] = []
    for run in _SELECTOR_RUN.finditer(text):
        raw = run.group()
        # positions[i]: where the i-th selector of the run sits in ``text``
        positions = [run.start() + i for i, c in enumerate(raw) if not _NOT_VS.match(c)]
        s = _NOT_VS.sub("", raw)
        pos = s.find(_MAGIC_SELECTORS)
        while pos != -1:
            last = min(len(s), pos + PAYLOAD_BYTES) - 1
            mark = _parse(from_selectors(s[pos:pos + PAYLOAD_BYTES]), positions[pos],
                          positions[last] + 1)
            if mark is not None:
                out.append(mark)
                pos = s.find(_MAGIC_SELECTORS, pos + PAYLOAD_BYTES)
            else:
                pos = s.find(_MAGIC_SELECTORS, pos + 1)
    return out


_C2PA_WRAPPER = re.compile(f"\uFEFF[{_VS}]{{13,}}")


def strip_marks(text: str) -> str:
    """``text`` without compact marks and C2PA text wrappers (emoji selectors etc. stay)."""
    pieces, pos = [], 0
    for mark in find_marks(text):
        pieces.append(text[pos:mark.start])
        pos = mark.end
    pieces.append(text[pos:])
    return _C2PA_WRAPPER.sub("", "".join(pieces))


def insert_mark(text: str, mark: CompactMark) -> str:
    """Attach the mark after the last non-whitespace character (trailing whitespace stays)."""
    body = text.rstrip()
    return body + mark.selectors() + text[len(body):]


def key_id_of(public: Ed25519PublicKey, name: str = "candor") -> bytes:
    from cryptography.hazmat.primitives import serialization

    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(name.encode() + b"\n\x01" + raw).digest()[:4]


__all__ = ["CompactMark", "PAYLOAD_BYTES", "can_mark", "find_marks", "insert_mark", "make_mark",
           "normalise", "strip_marks", "text_digest", "visible_text"]
