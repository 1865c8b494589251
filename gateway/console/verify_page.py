"""Verify a text: paste it, see the mark, its signature, the generation and whether the text
changed since (the same ``verify_text`` as ``POST /v1/provenance/verify`` and ``candor verify``)."""

from __future__ import annotations

import anyio
from starlette.requests import Request
from starlette.responses import Response

from gateway.console.web import User, console_of, page
from gateway.errors import GatewayError
from gateway.marking.verify import DEFAULT_MAX_HAMMING, verify_text

VERDICTS = {
    "verified": "Marked by this gateway, signature valid, text unchanged since.",
    "modified": "Marked by this gateway, signature valid, but the text was changed since.",
    "invalid_mark": "A mark is present but its signature does not verify with this gateway's "
                    "keys (forged, damaged, or from another gateway).",
    "fingerprint_match": "No mark, but the text is close to a generation this gateway made.",
    "unmarked": "No mark and no close generation found (this proves nothing about origin).",
}


@page()
async def verify_form(request: Request, user: User) -> Response:
    return console_of(request).render(request, "verify.html", user=user, text="", report=None,
                                      verdicts=VERDICTS)


@page()
async def verify_submit(request: Request, user: User, form: dict[str, str]) -> Response:
    text = form.get("text", "")
    marking = request.app.state.services.marking
    if marking is None:
        raise GatewayError("Marking is not configured on this gateway.", 503, "api_error",
                           "marking_unavailable")
    report = await anyio.to_thread.run_sync(
        lambda: verify_text(text, marking.public_keys, marking.index(), DEFAULT_MAX_HAMMING))
    records = {}
    audit = request.app.state.services.audit
    if user.can_audit and audit is not None:  # auditors also get the generation's record
        ids = [m["generation_id"] for m in report["marks"] if m["signature_valid"]]
        ids += [m["generation_id"] for m in report["matches"][:1]]
        for gen in dict.fromkeys(i for i in ids if i):
            record = await audit.get(gen)
            if record is not None:
                records[gen] = record
    return console_of(request).render(request, "verify.html", user=user, text=text,
                                      report=report, verdicts=VERDICTS, records=records)
