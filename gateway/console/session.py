"""Console sessions: a signed, expiring cookie naming the key, and CSRF tokens bound to it.

The cookie holds ``<base64url payload>.<hex HMAC-SHA256>``; the payload is the key id, a random
nonce and the expiry. It never holds the API key itself: the key is checked once at sign-in,
and every request looks the key id up again, so a key removed from the key file ends its
sessions at once. The CSRF token is an HMAC of the session nonce (or, on the sign-in form, of a
short-lived pre-session cookie's nonce), so a page from another site cannot produce one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

import orjson

SESSION_COOKIE = "candor_console"
LOGIN_COOKIE = "candor_console_login"
LOGIN_TTL = 15 * 60.0


@dataclass(frozen=True)
class Session:
    key_id: str
    nonce: str
    expires: float


class SessionCodec:
    def __init__(self, secret: bytes, ttl: float) -> None:
        self._secret = secret
        self.ttl = ttl

    def _mac(self, purpose: str, data: bytes) -> str:
        return hmac.new(self._secret, purpose.encode() + b"\x00" + data, hashlib.sha256).hexdigest()

    def _seal(self, purpose: str, payload: dict[str, object]) -> str:
        raw = base64.urlsafe_b64encode(orjson.dumps(payload)).decode().rstrip("=")
        return f"{raw}.{self._mac(purpose, raw.encode())}"

    def _open(self, purpose: str, value: str | None) -> dict[str, object] | None:
        if not value or value.count(".") != 1 or len(value) > 1024:
            return None
        raw, mac = value.split(".")
        if not hmac.compare_digest(mac, self._mac(purpose, raw.encode())):
            return None
        try:
            payload = orjson.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        except (ValueError, orjson.JSONDecodeError):
            return None
        if not isinstance(payload, dict) or float(payload.get("e", 0)) < time.time():
            return None
        return payload

    # -- sessions ----------------------------------------------------------------------------

    def issue(self, key_id: str) -> tuple[str, Session]:
        session = Session(key_id, secrets.token_urlsafe(16), time.time() + self.ttl)
        return self._seal("session", {"k": key_id, "n": session.nonce,
                                      "e": session.expires}), session

    def read(self, cookie: str | None) -> Session | None:
        payload = self._open("session", cookie)
        if payload is None:
            return None
        return Session(str(payload["k"]), str(payload["n"]), float(payload["e"]))  # type: ignore[arg-type]

    # -- CSRF --------------------------------------------------------------------------------

    def csrf(self, nonce: str) -> str:
        return self._mac("csrf", nonce.encode())

    def csrf_ok(self, nonce: str, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf(nonce), str(token))

    def login_nonce(self) -> tuple[str, str]:
        """A pre-session cookie for the sign-in form: (cookie value, nonce)."""
        nonce = secrets.token_urlsafe(16)
        return self._seal("login", {"n": nonce, "e": time.time() + LOGIN_TTL}), nonce

    def read_login(self, cookie: str | None) -> str | None:
        payload = self._open("login", cookie)
        return str(payload["n"]) if payload else None
