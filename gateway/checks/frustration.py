"""Frustration -> a human: score the customer's latest message in a conversation.

Score in [0, 1] = 0.6 x VADER negativity (offline lexicon scorer) + cue weights:
asking for a human (0.5), repeated contact ("third time", "still", "already told you": 0.3,
+0.15 per further cue),
shouting in capitals (0.3; a whole message in capitals 0.5), "!!!" (0.2), anger words
("ridiculous", "unacceptable": 0.25),
earlier complaining turns (0.15 each, up to 0.3). Above ``threshold`` -> a finding; the action
is ``flag`` (header ``X-Candor-Escalate: human`` and the record's ``escalation``) or ``handoff``
(the AI answer is replaced by the policy's hand-off message); the policy run carries it out.

"cancel", "unsubscribe" and "refund" are neutral here (VADER scores "cancel" negative): a calm
customer who wants to cancel is not frustrated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from gateway.checks.base import Check, CheckInput
from gateway.checks.common import coerce, finding, user_messages
from gateway.context import Finding

NAME = "frustration"


class FrustrationConfig(BaseModel):
    """Policy YAML ``escalation: {action: handoff, threshold: 0.4, handoff_message: ...}``.

    ``frustration:`` is accepted too: a number is the threshold (``frustration: 0.6``), a word
    the action (``frustration: handoff``), so both spellings of the design notes work.
    """

    model_config = ConfigDict(extra="forbid")

    action: Literal["flag", "handoff"] = "flag"
    threshold: float = Field(default=0.4, ge=0.0, le=1.0)
    human_request_escalates: bool = True  # "let me talk to a person" always reaches a human
    # score only these channels (e.g. [chat]); None = every request. Copywriting apps that quote
    # an angry customer in the prompt ("Customer wrote: ... I am really annoyed") want [chat].
    channels: list[str] | None = None
    handoff_message: str = ("I'm sorry for the trouble. I'm passing this conversation to a member of "
                            "our team, who will get back to you shortly.")

    @model_validator(mode="before")
    @classmethod
    def _frustration_key(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = {k: v for k, v in data.items() if k != "mode"}
            value = data.pop("frustration", None)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                data.setdefault("threshold", value)
            elif isinstance(value, str):
                data.setdefault("action", value)
        return data


_NEUTRAL = ("cancel", "canceled", "cancelled", "canceling", "cancelling", "cancellation", "unsubscribe",
            "refund", "return", "charge", "charged", "stop", "close", "delete", "no")
_analyzer: SentimentIntensityAnalyzer | None = None


def _vader() -> SentimentIntensityAnalyzer:
    global _analyzer
    if _analyzer is None:
        a = SentimentIntensityAnalyzer()
        for w in _NEUTRAL:
            a.lexicon.pop(w, None)
        _analyzer = a
    return _analyzer


_HUMAN = re.compile(
    r"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|some|your|the)?\s*(?:real\s+|actual\s+|live\s+)?"
    r"(?:human|person|people|agent|manager|supervisor|representative|rep|someone(?:\s+real)?|somebody)\b"
    r"|\b(?:get|give|put|transfer|connect)\s+(?:me\s+)?(?:to|with|through\s+to)?\s*(?:a|an|your|the)?\s*"
    r"(?:real\s+|actual\s+|live\s+)?(?:human|person|agent|manager|supervisor|representative)\b"
    r"|\b(?:need|want)\s+(?:to\s+(?:talk|speak)\s+(?:to|with)\s+)?(?:a|an|some)\s+(?:real\s+|actual\s+|live\s+)?"
    r"(?:human|person|agent|manager|supervisor|representative)(?:\s+being)?\b"
    r"|\b(?:a|an)\s+(?:real|actual|live)\s+(?:human|person|agent)\b"
    r"|\b(?:human|real\s+person|live\s+agent)\s*,?\s*please\b|\bare\s+you\s+(?:a\s+)?(?:bot|robot|human)\b",
    re.IGNORECASE,
)
_REPEAT = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:time|email|message|call|request|"
    r"attempt|complaint|ticket)|you\s+keep\s+(?:saying|telling|asking|sending)|(?:two|three|four|five|several|multiple|"
    r"many|\d+)\s+times|again\s+and\s+again|(?:i\s+)?(?:have\s+|'ve\s+)?already\s+(?:told|asked|called|"
    r"contacted|written|explained|emailed|sent)|(?:you|u)\s+(?:said|told\s+me|promised)\s+(?:that\s+|this\s+)?(?:last|yesterday|before|already)|(?:the\s+)?week\s+before|i['’]?m\s+done\s+(?:waiting|with)|nobody\s+(?:can|will|has|ever)|on\s+hold\s+for|waiting\s+(?:for\s+)?(?:an?\s+|over\s+an?\s+)?(?:hour|hours|days|weeks)|never\s+(?:listen|answer|respond|reply|help|call\s+back)\w*|no\s+one\s+(?:can|will|has|ever)|still\s+(?:not|no|hasn['’]t|haven['’]t|waiting|broken|"
    r"nothing)|keep\s+(?:asking|telling|getting)|every\s+time|yet\s+again|for\s+(?:weeks|days|months))\b",
    re.IGNORECASE,
)
_ANGER = re.compile(
    r"\b(?:ridiculous|unacceptable|useless|worst|joke|fed\s+up|sick\s+(?:and\s+tired\s+)?of|furious|"
    r"angry|pissed|outrageous|waste\s+of\s+(?:my\s+)?time|scam|incompetent|terrible|awful|disgusting|"
    r"horrible|pathetic|absurd|insane|nonsense|wtf|fuming|livid|disgrace\w*|unbelievable|you\s+people|"
    r"shocking|appalling|losing\s+my\s+patience|lost\s+my\s+patience|had\s+enough|kidding\s+me)\b",
    re.IGNORECASE,
)
_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")
_ACRONYMS = {"USA", "FAQ", "SMS", "PDF", "ASAP", "CEO", "API", "URL", "USB", "GPS", "VIP", "UPS", "DHL",
             "OK", "ID", "PIN", "SKU", "XL", "XXL", "EUR", "USD", "GBP", "TV", "DVD", "PST", "EST", "UTC"}
_BANG = re.compile(r"[!?]*![!?]*!|\?!|!\?")


def score(latest: str, earlier: list[str] | None = None) -> tuple[float, list[str]]:
    """Frustration score of ``latest`` (0..1) and the cues that contributed."""
    cues: list[str] = []
    compound = _vader().polarity_scores(latest)["compound"]
    s = 0.6 * max(0.0, -compound)
    if compound <= -0.3:
        cues.append(f"negative sentiment {compound:.2f}")
    if _HUMAN.search(latest):
        s += 0.5
        cues.append("asks for a human")
    repeats = len(_REPEAT.findall(latest))
    if repeats:
        s += 0.3 + min(0.2, 0.15 * (repeats - 1))
        cues.append("repeated contact")
    caps = [w for w in _CAPS_WORD.findall(latest) if w not in _ACRONYMS]
    letters = [c for c in latest if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        s += 0.5
        cues.append("shouting")
    elif len(caps) >= 2:
        s += 0.3
        cues.append("shouting")
    if _BANG.search(latest):
        s += 0.2
        cues.append("exclamations")
    if _ANGER.search(latest):
        s += 0.25
        cues.append("anger words")
    complaints = sum(1 for t in (earlier or [])[-4:]
                     if _vader().polarity_scores(t)["compound"] <= -0.3 or _ANGER.search(t) or _REPEAT.search(t))
    if complaints:
        s += min(0.3, 0.15 * complaints)
        cues.append(f"{complaints} earlier complaint(s)")
    return min(1.0, s), cues


@dataclass
class FrustrationState:
    """The latest user turn's score, recorded for every scored request."""

    score: float | None = None
    cues: list[str] = field(default_factory=list)


class FrustrationCheck(Check):
    name: ClassVar[str] = NAME
    section: ClassVar[str] = "escalation"
    config_model: ClassVar[type[BaseModel]] = FrustrationConfig
    where: ClassVar[tuple[Literal["input", "output"], ...]] = ("input",)
    scope: ClassVar[Literal["text", "request"]] = "request"  # on the latest user message
    description: ClassVar[str] = "a frustrated customer, handed to a human"

    def new_state(self) -> FrustrationState:
        return FrustrationState()

    def record(self, state: FrustrationState) -> dict[str, Any] | None:
        return None if state.score is None else {"score": state.score, "cues": state.cues}

    def fix(self, inp: CheckInput, config: Any, findings: list[Finding]) -> str | None:
        """handoff: the policy's human hand-off text replaces the AI answer."""
        cfg = coerce(FrustrationConfig, config, drop=())
        mine = [f for f in findings if f.check == NAME]
        return cfg.handoff_message if mine and cfg.action == "handoff" else None

    def scan(self, inp: CheckInput, config: FrustrationConfig | dict[str, Any] | None = None) -> list[Finding]:
        cfg = coerce(FrustrationConfig, config, drop=())
        if inp.where != "input":
            return []
        if cfg.channels is not None and (inp.ctx.channel or "") not in cfg.channels:
            return []
        turns = user_messages(inp.request) or ([inp.text] if inp.text else [])
        if not turns:
            return []
        latest, earlier = turns[-1], turns[:-1]
        value, cues = score(latest, earlier)
        if isinstance(inp.state, FrustrationState) and inp.state.score is None:
            inp.state.score, inp.state.cues = round(value, 3), list(cues)
        asked = "asks for a human" in cues and cfg.human_request_escalates
        if value < cfg.threshold and not asked:
            return []
        return [finding(NAME, "frustration",
                        f"customer frustration {value:.2f} (threshold {cfg.threshold:.2f}): {', '.join(cues)}",
                        cfg.action, where="input", span=None,
                        rule_id="frustration.human_request" if asked and value < cfg.threshold else "frustration.score",
                        severity="high" if value >= 0.8 else "medium")]


CHECK = FrustrationCheck()
