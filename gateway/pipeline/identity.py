"""The OpenAI ``user`` field goes upstream only as a salted hash.

Providers ask for a stable end-user id (abuse monitoring), but apps often put an email or a CRM
id there. The provider gets ``u-<hmac>``: stable per user, useless to anyone without the salt
(the same ``<data_dir>/recipient.salt`` the audit log hashes recipients and users with).
"""

from __future__ import annotations

from typing import Any

from gateway.audit.recipients import hash_recipient
from gateway.context import GenerationContext
from gateway.pipeline.stages import Run


class UserIdStage:
    name = "user_id"

    def __init__(self, salt: bytes) -> None:
        self.run = _UserIdRun(salt)  # stateless: one run serves every request

    def start(self, ctx: GenerationContext) -> Run:
        return self.run


class _UserIdRun(Run):
    def __init__(self, salt: bytes) -> None:
        self.salt = salt

    async def on_request(self, request: dict[str, Any]) -> None:
        user = request.get("user")
        if isinstance(user, str) and user:
            request["user"] = "u-" + hash_recipient(self.salt, "upstream\x00" + user)[:32]
