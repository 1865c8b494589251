"""Verification of any text: marks found, signatures, text changes, fingerprint matches.

Works offline: it needs only the gateway's public key(s) (and, for the fingerprint lookup, an
index). The HTTP endpoint and ``candor verify`` both call ``verify_text``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.marking import fingerprint as fpmod
from gateway.marking.config import DISCLOSURE_TEXTS, SHORT_DISCLOSURE_TEXTS
from gateway.marking.mark import HASH_BYTES, find_marks, strip_marks, text_digest

DEFAULT_MAX_HAMMING = 10


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _candidate_starts(line_starts: list[int], previous_end: int, end: int) -> list[int]:
    """Where the text a mark was made for may begin: the end of the previous mark (or the
    document start), then any line start after it, nearest first (a marked answer pasted into a
    longer document), then the document start."""
    lo = bisect.bisect_right(line_starts, previous_end)
    before = line_starts[lo:bisect.bisect_left(line_starts, end)]
    return list(dict.fromkeys([previous_end, *reversed(before[-500:]), 0]))


MAX_MARKS = 50  # per request: a pasted document rarely holds more; bounds the work
HASH_BUDGET = 2_000_000  # characters hashed while looking for the text a mark was made for


def _compact(text: str, keys: dict[bytes, Ed25519PublicKey]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    marks = find_marks(text)[:MAX_MARKS]
    if not marks:
        return out
    line_starts = [m.end() for m in re.finditer("\n", text[:marks[-1].start])]
    previous_end = 0
    budget = HASH_BUDGET
    for mark in marks:
        public = keys.get(mark.key_id)
        valid = public is not None and mark.verify(public)
        changed: bool | None = None
        span_start = None
        if valid:
            changed = True
            for start in _candidate_starts(line_starts, previous_end, mark.start):
                if mark.start - start > budget:
                    continue
                budget -= mark.start - start
                if text_digest(text[start:mark.start])[:HASH_BYTES] == mark.text_hash:
                    changed, span_start = False, start
                    break
        out.append({
            "mode": "compact", "generation_id": mark.generation_id, "mark_id": mark.mark_id,
            "key_id": mark.key_id.hex(), "known_key": public is not None,
            "signature_valid": valid, "text_changed": changed,
            "span": [span_start if span_start is not None else previous_end, mark.end],
        })
        previous_end = mark.end
    return out


def _c2pa(text: str, keys: dict[bytes, Ed25519PublicKey]) -> list[dict[str, Any]]:
    if "\uFEFF" not in text:
        return []
    from gateway.marking import c2pa

    res = c2pa.verify(text, [_raw(k) for k in keys.values()])
    if res.state == "unmarked":
        return []
    return [{
        "mode": "c2pa", "generation_id": res.generation_id, "mark_id": res.manifest_label,
        "known_key": res.gateway_key, "signature_valid": res.signature_valid and res.gateway_key,
        "text_changed": res.text_changed if res.signature_valid else None,
        "c2pa_state": res.state, "c2pa_codes": res.codes,
    }]


def fingerprint_text(text: str, extra_disclosures: list[str] | None = None) -> int:
    """The fingerprint of a submitted copy: marks and the shipped disclosure sentences removed,
    as the stored fingerprint covers only the model's words."""
    text = strip_marks(text)
    for sentence in (*DISCLOSURE_TEXTS.values(), *SHORT_DISCLOSURE_TEXTS.values(),
                     *(extra_disclosures or [])):
        text = text.replace(sentence, " ")
    return fpmod.simhash(text)


def verify_text(text: str, keys: dict[bytes, Ed25519PublicKey],
                index: fpmod.FingerprintIndex | None = None,
                max_hamming: int = DEFAULT_MAX_HAMMING, limit: int = 10) -> dict[str, Any]:
    marks = _compact(text, keys) + _c2pa(text, keys)
    valid = [m for m in marks if m["signature_valid"]]
    best = valid[0] if valid else (marks[0] if marks else None)
    fp = fingerprint_text(text)
    matches: list[dict[str, Any]] = []
    if index is not None and fp:
        for gen, distance in index.query(fp, max_hamming)[:limit]:
            matches.append({"generation_id": gen, "distance": distance,
                            "similarity": fpmod.similarity(distance)})
    return {
        "mark_found": bool(marks),
        "signature_valid": bool(valid) if marks else None,
        "mode": best["mode"] if best else None,
        "generation_id": best["generation_id"] if best else None,
        "text_changed": best["text_changed"] if best else None,
        "marks": marks,
        "fingerprint": fpmod.to_hex(fp),
        "matches": matches,
        "verdict": _verdict(marks, valid, matches),
    }


def _verdict(marks: list[dict[str, Any]], valid: list[dict[str, Any]],
             matches: list[dict[str, Any]]) -> str:
    if valid:
        return "modified" if any(m["text_changed"] for m in valid) else "verified"
    if marks:
        return "invalid_mark"  # forged, damaged, or signed by a key this gateway does not hold
    if matches:
        return "fingerprint_match"
    return "unmarked"  # absence of a mark proves nothing about origin
