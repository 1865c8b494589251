"""Ghost-writing: content that goes out in a named person's voice.

Sources of "this is in X's name": ``ctx.on_behalf_of``; requests such as "write as / in the voice
of / from / on behalf of / sign it as <name>"; on the output, a sign-off block ("Best,\\nDana
Whitfield", "— Dana, CEO") or a first-person claim ("I'm Dana, CEO of Acme").

Each person found is looked up in the policy's registry of principals:
  allowed        -> finding with action "allow" (recorded for that person's feed)
  with_approval  -> action ``with_approval`` (default "review": held until the person approves)
  never          -> action ``no_consent`` (block | company_voice | review)
  unregistered   -> action ``unregistered_person`` (block | company_voice | review)
Forbidden topics (collections, price increases...) never go out in a person's voice, whatever
the consent: action ``forbidden_action``.

``company_voice`` is carried out by the two helpers at the bottom: ``steer_request`` (input:
tell the model to sign as the company) and ``rewrite_signoff`` (output: replace the name).
Names arrive pseudonymised unless they are on the PII allow-list; keep principals there, or pass
the placeholder map in ``CheckInput.extra["placeholders"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, ClassVar, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from gateway.checks.base import Check, CheckInput
from gateway.checks.common import coerce, finding, request_text, words
from gateway.context import Finding

NAME = "ghostwriting"

Consent = Literal["never", "with_approval", "allowed"]
NoConsentAction = Literal["block", "company_voice", "review", "flag"]


class Principal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    consent: Consent = "never"
    notify: str | None = None  # who to tell (an address or a user id), for the person's feed


DEFAULT_FORBIDDEN: dict[str, list[str]] = {
    "collections": ["overdue", "past due", "outstanding balance", "debt collection", "collections agency",
                    "final notice", "failure to pay", "unpaid invoice", "unpaid balance", "late payment",
                    "payment is late", "legal action", "missed payment"],
    "price_increase": ["price increase", "prices are increasing", "prices will increase", "raising prices",
                       "raising our prices", "rate increase", "new higher price", "prices are going up",
                       "price rise", "increase in price", "increasing the price"],
    "layoffs": ["layoffs", "laid off", "redundancies", "workforce reduction"],
    "account_termination": ["terminate your account", "account will be closed", "suspend your account",
                            "service termination"],
}


class GhostwritingConfig(BaseModel):
    """Policy YAML ``ghostwriting: {company_voice, principals, unregistered_person, ...}``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    company_voice: str = "The Customer Team"
    principals: list[Principal] = Field(default_factory=list)
    unregistered_person: NoConsentAction = "company_voice"
    # a registered principal with consent: never (``consent_never`` is accepted as a synonym)
    no_consent: NoConsentAction = Field("company_voice", validation_alias=AliasChoices("no_consent", "consent_never"))
    with_approval: Literal["review", "flag", "block"] = "review"
    # topic name -> phrases; a list names built-in topics (collections, price_increase, layoffs,
    # account_termination) or is taken as literal phrases ("missed payment")
    forbidden_topics: dict[str, list[str]] = Field(default_factory=lambda: dict(DEFAULT_FORBIDDEN))
    forbidden_action: NoConsentAction = "company_voice"
    company_names: list[str] = Field(default_factory=list)  # sign-offs that are the company, not a person

    @field_validator("forbidden_topics", mode="before")
    @classmethod
    def _topics(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            out: dict[str, list[str]] = {}
            for item in value:
                key = str(item).strip().lower().replace(" ", "_").replace("-", "_")
                out[key] = DEFAULT_FORBIDDEN.get(key) or DEFAULT_FORBIDDEN.get(key.rstrip("s")) or [str(item)]
            return out
        return value

    @field_validator("company_voice", mode="before")
    @classmethod
    def _voice(cls, value: Any) -> Any:
        return "The Customer Team" if value is None else value

    def lookup(self, name: str) -> Principal | None:
        key = _norm(name)
        for p in self.principals:
            if key == _norm(p.name) or key in {_norm(a) for a in p.aliases}:
                return p
        return None

    def lookup_role(self, role: str) -> Principal | None:
        key = _norm(role)
        for p in self.principals:
            if p.role and _norm(p.role) == key:
                return p
        return None




def _norm(s: str) -> str:
    return " ".join(s.casefold().replace("’", "'").split())


_NAME = r"(?:<PERSON_\d+>|(?-i:[A-Z][a-zA-Z'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-zA-Z'’-]+)){0,2}))"
_ROLE = (r"(?:CEO|CFO|COO|CTO|CMO|founder|co-founder|president|chair(?:man|woman|person)?|"
         r"managing director|head of [a-z]+|VP of [a-z]+|vice president|account manager|director)")

_TARGET = r"(?:(?:our|the)\s+)?(?P<GROUP>" + _ROLE + r"\b(?:[ \t]+" + _NAME + r")?|" + _NAME + r")"
_REQUEST_CUES = re.compile(
    # strong cues: enough on their own
    r"\b(?:signed\s+(?:off\s+)?by|sign(?:ed)?\s+(?:it\s+|this\s+|off\s+|the\s+\w+\s+)?(?:as|with|from|by)|"
    r"in\s+the\s+voice\s+of|on\s+behalf\s+of|in\s+the\s+name\s+of|under\s+the\s+name|"
    r"as\s+if\s+(?:it\s+(?:were|was|is)\s+)?(?:from|written\s+by)|ghost-?writ\w*\s+for)\s+" + _TARGET.replace("GROUP", "target")
    # weak cues ("as", "from"): only right after a writing verb and its object
    + r"|\b(?:write|draft|compose|send|post|reply|respond|email|message|it|this|letter|note|copy)\b"
    r"(?:[ \t]+(?!(?:who|that|which|where|whose|about|ordered|bought|purchased|shopped|gear|products?|"
    r"items?|reviews?|quotes?)\b)[\w'’,-]+){0,6}?[ \t]+(?:as|from)\s+" + _TARGET.replace("GROUP", "target2")
    + r"|\bin\s+(?P<target3>" + _NAME + r")['’]s\s+(?:voice|name|words|style)\b"
    r"|\b(?:pretend(?:ing)?\s+(?:to\s+be|you\s+are)|you\s+are)\s+(?P<target4>" + _NAME + r")(?=[,.\s])",
    re.IGNORECASE,
)
_CLOSINGS = words(["best", "best regards", "kind regards", "warm regards", "warmest regards", "regards",
                   "sincerely", "yours sincerely", "yours truly", "cheers", "thanks", "thank you",
                   "many thanks", "warmly", "all the best", "with gratitude", "talk soon", "take care",
                   "best wishes", "warm wishes", "with thanks", "yours", "respectfully", "love"])
_SIGNOFF = re.compile(
    r"(?:^|\n)[ \t]*(?:" + _CLOSINGS + r")[ \t]*[,!.]?[ \t]*(?:\n[ \t]*|[ \t]+)"
    r"(?P<name>" + _NAME + r")(?P<role>[ \t]*(?:,[ \t]*|\n[ \t]*)[^\n]{0,60})?[ \t]*(?=\n|$)"
    r"|(?:^|\n)[ \t]*(?:—|–|--|-)[ \t]*(?P<name2>" + _NAME + r")(?P<role2>[ \t]*,[ \t]*[^\n]{0,60})?[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\b(?:I['’]m|I\s+am|my\s+name\s+is|this\s+is)\s+(?P<name>" + _NAME + r")"
    r"(?P<role>,\s*(?:the\s+|your\s+)?(?:" + _ROLE + r")(?:\s+(?:of|at)\s+" + _NAME + r")?)?(?=[,.!\s])"
    r"|(?:^|\n)\s*(?P<name2>" + _NAME + r")\s+here\b",
    re.IGNORECASE,
)
_COMPANYISH = re.compile(
    r"^(?:the|your|our)\b|\b(?:team|crew|staff|support|care|customer|customers|service|services|desk|"
    r"department|inc|llc|ltd|group|company|co|outfitters|store|shop|club|family|folks|everyone|all)\b",
    re.IGNORECASE,
)
# capitalised words that start a sentence but are not names
_NOT_NAMES = {"i", "we", "you", "it", "this", "that", "here", "there", "thanks", "thank", "hi", "hello",
              "we're", "i'm", "you're", "they're", "it's", "that's", "we've", "we'll", "help", "everyone",
              "someone", "nobody", "support", "who", "what", "where", "when", "how", "why",
              "dear", "p.s", "ps", "a", "an", "happy", "have", "see", "enjoy", "sent", "best", "warmly"}


def _is_company(name: str, cfg: GhostwritingConfig) -> bool:
    if _COMPANYISH.search(name) or _norm(name) == _norm(cfg.company_voice):
        return True
    return any(_norm(name) == _norm(c) or _norm(c) in _norm(name) for c in cfg.company_names)


def _resolve(name: str, placeholders: dict[str, str]) -> str:
    return placeholders.get(name, name)


@dataclass
class GhostwritingState:
    """Per request: the end of the previous output piece (a streamed sign-off arrives in
    pieces) and the first person the content was found to be in the name of."""

    tail: str = ""
    person: dict[str, Any] | None = None
    people: list[str] = dc_field(default_factory=list)


class GhostwritingCheck(Check):
    name: ClassVar[str] = NAME
    section: ClassVar[str] = NAME
    config_model: ClassVar[type[BaseModel]] = GhostwritingConfig
    description: ClassVar[str] = "content in a named person's voice without their consent"

    def new_state(self) -> GhostwritingState:
        return GhostwritingState()

    def record(self, state: GhostwritingState) -> dict[str, Any] | None:
        if state.person is None:
            return None
        return {**state.person, "people": list(state.people)}

    def fix(self, inp: CheckInput, config: Any, findings: list[Finding]) -> str | None:
        """company_voice on output: sign-offs and first-person name claims become the company."""
        if inp.where != "output" or not any(
                f.check == NAME and f.action == "company_voice" for f in findings):
            return None
        cfg = coerce(GhostwritingConfig, config)
        placeholders = inp.extra.get("placeholders")
        # a streamed sign-off may be cut after "Warm regards,": rewrite with the line before
        before = str(inp.extra.get("before") or "")
        tail = before[before.rstrip("\n").rfind("\n", 0, len(before.rstrip("\n"))) + 1:]
        if tail:
            whole = rewrite_signoff(tail + inp.text, cfg, placeholders)
            if whole.startswith(tail):
                return whole[len(tail):]
        return rewrite_signoff(inp.text, cfg, placeholders)

    def scan(self, inp: CheckInput, config: GhostwritingConfig | dict[str, Any] | None = None) -> list[Finding]:
        cfg = coerce(GhostwritingConfig, config)
        placeholders: dict[str, str] = dict(inp.extra.get("placeholders") or {})
        prefix = ""
        if inp.where == "output":
            # a streamed answer arrives in pieces cut at line ends: "Best," and "Dana Whitfield"
            # may come separately, so the previous piece's last line is prepended for matching
            st = inp.state if isinstance(inp.state, GhostwritingState) else GhostwritingState()
            prefix = st.tail
            st.tail = (prefix + inp.text)[-120:]
            if prefix:
                inp = CheckInput(prefix + inp.text, inp.where, inp.ctx, inp.request, inp.extra,
                                 inp.state)
        people = self.people(inp, cfg, placeholders)  # (name or role, source, span, by_role)
        if prefix:
            people = [(n, src, (max(0, sp[0] - len(prefix)), max(0, sp[1] - len(prefix))) if sp else None, r)
                      for n, src, sp, r in people if not sp or sp[1] > len(prefix)]
        if not people:
            return []
        out: list[Finding] = []
        seen: set[str] = set()
        for raw, source, span, by_role in people:
            name = _resolve(raw, placeholders)
            principal = cfg.lookup_role(name) if by_role else cfg.lookup(name)
            key = principal.name if principal else _norm(name)
            if key in seen:
                continue
            seen.add(key)
            if principal is None:
                # someone who is not a principal: keep the placeholder, never their name (the
                # finding and state go to logs and the audit record)
                name = raw
            state = {"principal": principal.name if principal else name, "registered": principal is not None,
                     "consent": principal.consent if principal else None, "source": source,
                     "role": principal.role if principal else None,
                     "notify": principal.notify if principal else None, "awaiting_approval": False}
            if principal is None:
                action, category = cfg.unregistered_person, "unregistered_person"
                msg = f"content in the name of {name!r}, who is not a registered principal"
            elif principal.consent == "allowed":
                action, category = "allow", "principal_allowed"
                msg = f"content in the name of {principal.name} (consent: allowed)"
            elif principal.consent == "with_approval":
                action, category = cfg.with_approval, "awaiting_approval"
                state["awaiting_approval"] = True
                msg = f"content in the name of {principal.name} needs their approval"
            else:
                action, category = cfg.no_consent, "no_consent"
                msg = f"{principal.name} has not consented to content in their name"
            if isinstance(inp.state, GhostwritingState):
                if inp.state.person is None:
                    inp.state.person = state
                if state["principal"] not in inp.state.people:
                    inp.state.people.append(state["principal"])
            out.append(finding(NAME, category, msg, action, where=inp.where, span=span,
                               rule_id=f"ghostwriting.{category}",
                               severity="low" if action == "allow" else "high"))
            topic = self.forbidden_topic(inp, cfg)
            if topic:
                label, tspan = topic
                if tspan and prefix:
                    tspan = (max(0, tspan[0] - len(prefix)), max(0, tspan[1] - len(prefix)))
                out.append(finding(NAME, "forbidden_topic",
                                   f"{label.replace('_', ' ')} may not go out in a person's voice ({state['principal']})",
                                   cfg.forbidden_action, where=inp.where, span=tspan,
                                   rule_id=f"ghostwriting.forbidden.{label}", severity="high"))
        return out

    def people(self, inp: CheckInput, cfg: GhostwritingConfig,
               placeholders: dict[str, str]) -> list[tuple[str, str, tuple[int, int] | None, bool]]:
        found: list[tuple[str, str, tuple[int, int] | None, bool]] = []
        if inp.where == "input" and inp.ctx.on_behalf_of:
            found.append((inp.ctx.on_behalf_of.strip(), "on_behalf_of", None, False))
        text = inp.text
        if inp.where == "input":
            for m in _REQUEST_CUES.finditer(text):
                group = next(g for g in ("target", "target2", "target3", "target4") if m.group(g))
                target = m.group(group).strip()
                role = re.match(_ROLE + r"\b", target, re.IGNORECASE)
                if role:
                    rest = target[role.end():].strip()
                    if rest:
                        found.append((rest, "request", m.span(group), False))
                    else:
                        found.append((role.group(0), "request", m.span(group), True))
                    continue
                if self._person(target, cfg, placeholders):
                    found.append((target, "request", m.span(group), False))
        else:
            for m in _SIGNOFF.finditer(text):
                g = "name" if m.group("name") else "name2"
                if self._person(m.group(g), cfg, placeholders):
                    found.append((m.group(g).strip(), "signoff", m.span(g), False))
            for m in _FIRST_PERSON.finditer(text):
                g = "name" if m.group("name") else "name2"
                if self._person(m.group(g), cfg, placeholders):
                    found.append((m.group(g).strip(), "first_person", m.span(g), False))
        return found

    @staticmethod
    def _person(name: str, cfg: GhostwritingConfig, placeholders: dict[str, str]) -> bool:
        real = _resolve(name.strip(), placeholders)
        if cfg.lookup(real):
            return True
        if real.startswith("<") and not real.startswith("<PERSON"):
            return False
        first = real.split()[0].casefold().replace("’", "'").rstrip(",.")
        return first not in _NOT_NAMES and not _is_company(real, cfg)

    @staticmethod
    def forbidden_topic(inp: CheckInput, cfg: GhostwritingConfig) -> tuple[str, tuple[int, int] | None] | None:
        texts = [(inp.text, True)]
        if inp.where == "output" and inp.request:
            texts.append((request_text(inp.request, roles=("user",)), False))
        for label, phrases in cfg.forbidden_topics.items():
            if not phrases:
                continue
            alts = sorted((r"\s+".join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True)
            rx = re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)
            for text, own in texts:
                m = rx.search(text)
                if m:
                    return label, (m.span() if own else None)
        return None


# --- company_voice helpers (the policy engine calls these when the action is company_voice) ---

def steer_instruction(cfg: GhostwritingConfig) -> str:
    return (f"Write this message in the company's voice and sign it only as \"{cfg.company_voice}\". "
            "Do not sign it with, or write it in the first person as, any individual's name.")


def steer_request(request: dict[str, Any], cfg: GhostwritingConfig) -> None:
    """Input rewrite: append an instruction so the model signs as the company voice (in place)."""
    note = steer_instruction(cfg)
    if isinstance(request.get("messages"), list):
        request["messages"].append({"role": "system", "content": note})
    elif isinstance(request.get("prompt"), str):
        request["prompt"] = request["prompt"] + "\n\n" + note
    elif "input" in request:
        prior = request.get("instructions")
        request["instructions"] = f"{prior}\n\n{note}" if prior else note


def rewrite_signoff(text: str, cfg: GhostwritingConfig, placeholders: dict[str, str] | None = None) -> str:
    """Output rewrite: sign-off names and first-person name claims become the company voice."""
    placeholders = placeholders or {}
    check = GhostwritingCheck

    def sign(m: re.Match[str]) -> str:
        g, r = ("name", "role") if m.group("name") else ("name2", "role2")
        if not check._person(m.group(g), cfg, placeholders):
            return m.group(0)
        start, end = m.start(g) - m.start(), (m.end(r) if m.group(r) else m.end(g)) - m.start()
        whole = m.group(0)
        return whole[:start] + cfg.company_voice + whole[end:]

    def first(m: re.Match[str]) -> str:
        g = "name" if m.group("name") else "name2"
        if not check._person(m.group(g), cfg, placeholders):
            return m.group(0)
        if g == "name2":
            return m.group(0)[: m.start(g) - m.start()] + cfg.company_voice + " here"
        before = text_ref[0][: m.start()].rstrip()
        start = not before or before[-1] in ".!?\n"
        return ("This is " if start else "this is ") + cfg.company_voice

    text = _SIGNOFF.sub(sign, text)
    text_ref = [text]
    return _FIRST_PERSON.sub(first, text)


CHECK = GhostwritingCheck()
