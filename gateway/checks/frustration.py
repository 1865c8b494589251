"""Frustration -> a human: score the customer's latest message in a conversation.

Score in [0, 1] = 0.6 x VADER negativity (offline lexicon scorer) + cue weights:
asking for a human (0.5), repeated contact ("third time", "still", "already told you": 0.3,
+0.15 per further cue),
shouting in capitals (0.3; a whole message in capitals 0.5), "!!!" (0.2), anger words
("ridiculous", "unacceptable": 0.25),
earlier complaining turns (0.15 each, up to 0.3). Above ``threshold`` -> a finding; the action
is ``flag`` (header ``X-Candor-Escalate: human`` and the record's ``escalation``) or ``handoff``
(the AI answer is replaced by the policy's hand-off message); the policy run carries it out.

Milder cues (corrections, stated problems, impatience, a trained dissatisfaction classifier in
``frustration_model.py``) add at most ``MILD_CAP`` together. Cost is bounded: a turn is scored on a
window of its first HEAD and last TAIL characters (VADER is quadratic in its input).
Placeholders, product codes and acronyms are not shouting; a quoted message is not the customer's.

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
from gateway.checks.common import coerce, finding, lower_same_length, user_messages
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
# --- bounded cost ------------------------------------------------------------------------
# VADER's negation and "but" handling is quadratic in the number of words (a 100 KB message took
# 14 s). What matters for escalation is what the customer says last, so a turn is scored on a
# window: its first HEAD and last TAIL characters (VADER only on the tail), and earlier turns on
# their last EARLIER characters. Everything else here is linear regexes over that window.
HEAD = 500
TAIL = 1500
EARLIER = 500


def window(text: str) -> str:
    """The part of a turn that is scored (the whole turn when it is short)."""
    if len(text) <= HEAD + TAIL:
        return text
    return text[:HEAD] + " \n " + text[-TAIL:]


# --- shouting without false alarms -------------------------------------------------------------
# pseudonymisation placeholders (<PERSON_1>, <EMAIL_ADDRESS_1>), product codes and SKUs
# (TH-30246633, RX-2231-BLK, SKU AB-1203, 4K, USB-C) are neither shouting nor words
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*>")
_CODE = re.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-_/.][A-Za-z0-9]+)*|[A-Za-z]+(?:[-_/][A-Za-z0-9]+)+")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
# capitals count as shouting only on ordinary English words: a name or acronym in capitals
# (ASUS ROG, NASA, IKEA) is not; VADER's 7,500 lexicon words are added at first use
_COMMON = set("""i a an the is am are was were be been it its this that these those my your our their his her me you
we they he she him them us what where when why how who which not no never now still again yet just only
all any every some more most much many very so too really please help order orders money refund
refunds paid pay charged account package parcel item items service store shop delivery delivered
arrived wrong broken late time times day days week weeks month months hour hours today yesterday
nothing everything anything someone anyone nobody people person human agent manager answer answers
reply call called email emails tell told said asked want need get give stop cancel fix done over
ever again did do does didn't don't doesn't won't can't cannot can will would should could have has
had got getting going come came back where's what's why's i'm you're it's that's this's lost stolen
waiting wait still seriously enough""".split())
_ACRONYMS = {"USA", "FAQ", "SMS", "PDF", "ASAP", "CEO", "API", "URL", "USB", "GPS", "VIP", "UPS", "DHL",
             "OK", "ID", "PIN", "SKU", "XL", "XXL", "EUR", "USD", "GBP", "TV", "DVD", "PST", "EST", "UTC",
             "UK", "EU", "US", "NYC", "LA", "AM", "PM", "FYI", "BTW", "IMO", "HQ", "VAT", "IBAN", "BIC", "IT",
             "HR", "PR", "QA", "OS", "PC", "CPU", "GPU", "SSD", "RAM", "HDMI", "LED", "LCD", "AI", "RSVP"}
_BANG = re.compile(r"[!?]*![!?]*!|\?!|!\?")


def _common(word: str) -> bool:
    w = word.lower().replace("’", "'")
    return w in _COMMON or w in _vader().lexicon


def _shouting(text: str) -> float:
    """0.5 for a message in capitals, 0.3 for two or more shouted words, else 0."""
    clean = _CODE.sub(" ", _PLACEHOLDER.sub(" ", text))
    words = _WORD.findall(clean)
    caps = [w for w in words if len(w) >= 2 and w.isupper() and w not in _ACRONYMS and _common(w)]
    # names and acronyms in capitals are left out of the ratio
    counted = [w for w in words if not (w.isupper() and (w in _ACRONYMS or not _common(w)))]
    letters = sum(len(w) for w in counted)
    upper = sum(len(w) for w in counted if w.isupper() and len(w) >= 2) + sum(
        1 for w in counted if w == "I")
    if letters >= 12 and len(counted) >= 3 and upper / letters > 0.6:
        return 0.5
    if len(caps) >= 2:
        return 0.3
    return 0.0


# --- milder dissatisfaction: corrections and impatience ------------------------------------------
# In task dialogues (bookings, orders) most dissatisfied turns are calm corrections ("No, I said
# Tuesday", "That's not what I asked for", "You didn't answer my question"). These weigh 0.2
# (+0.1 for a second), below the default threshold on their own: they rank such turns above
# neutral ones without escalating a single correction to a human.
_CORRECTION = re.compile(
    r"\b(?:not\s+what\s+i\s+(?:asked|wanted|said|meant|need(?:ed)?|ordered)"
    r"|i\s+(?:said|asked\s+for|specifically|clearly\s+said|just\s+said|told\s+you|already\s+(?:said|gave|asked|told|"
    r"explained|sent|provided|mentioned))"
    r"|that['’]?s\s+(?:not\s+(?:right|correct|it|true|what)|wrong|incorrect)"
    r"|(?:that['’]?s|it['’]?s|is|was|still|all|totally|completely)\s+(?:wrong|incorrect)\b|wrong\s+again"
    r"|(?:asked|told\s+you|said)\s+(?:this\s+|that\s+|for\s+(?:it|this|that)\s+)?(?:twice|already|before)"
    r"|(?:don['’]t\s+think\s+you|you\s+(?:haven['’]t|didn['’]t|clearly\s+didn['’]t))\s+(?:understood|understand)"
    r"|you\s+(?:told|said|promised)\s+(?:me\s+)?[^.!?]{0,40}?\b(?:and|but)\s+(?:it|that|they|this)\s+"
    r"(?:isn['’]t|wasn['’]t|didn['’]t|doesn['’]t|aren['’]t|weren['’]t)|you\s+keep\s+\w+ing"
    r"|you\s+(?:didn['’]t|did\s+not|don['’]t|do\s+not|haven['’]t|have\s+not|never|still\s+haven['’]t)\s+"
    r"(?:answer\w*|understand\w*|listen\w*|read|get\s+it|help\w*|respond\w*|reply|fix\w*)"
    r"|(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|won['’]t|isn['’]t|wasn['’]t)\s+(?:work|help|make\s+(?:any\s+)?sense|"
    r"exist|correct|right|what\s+i)"
    r"|not\s+(?:helpful|working|right|correct|useful|what\s+i)"
    r"|(?:makes?|made)\s+no\s+sense|not\s+making\s+(?:any\s+)?sense|no\s+use"
    r"|still\s+(?:wrong|not|no|haven['’]t|hasn['’]t|waiting|nothing|broken)"
    r"|forget\s+it|never\s*mind|are\s+you\s+(?:even\s+)?(?:listening|serious|kidding|reading)"
    r"|taking\s+(?:forever|ages|too\s+long|so\s+long)|(?:why|how)\s+is\s+(?:this|it|that)\s+so\s+"
    r"(?:hard|complicated|difficult)|(?:way\s+)?too\s+(?:expensive|slow)"
    r"|(?:stop|quit)\s+(?:repeating|saying|sending|asking)|the\s+same\s+thing|another\s+wrong"
    r"|supposed\s+to\s+(?:arrive|be|have|come|get)|nothing\s+(?:has\s+)?happen\w*|(?:like|what)\s+i\s+asked"
    r"|no\s*,?\s+no\b|not\s+\w+\s*[,.;]\s*(?:i\s+said|i\s+want|i\s+need)"
    r"|(?:i\s+)?don['’]t\s+(?:want|need)\s+(?:that|this|a\s+\w+),\s+i\s+(?:said|want|need|asked)"
    # round 2: more ways of saying "that did not help"
    r"|still\s+(?:\w+\s+)?(?:doesn['’]t|don['’]t|isn['’]t|can['’]t|won['’]t|being\s+charged|getting|charg\w+)"
    r"|you\s+(?:can['’]t|cannot|couldn['’]t)\s+(?:do|help|fix|sort|answer)\w*|i\s+didn['’]t\s+(?:ask|want|say|order)"
    r"|not\s+even\s+(?:the\s+)?(?:right|correct|close)|(?:not|never)\s+going\s+to\s+work|won['’]t\s+work"
    r"|(?:read|look\s+at|check)\s+my\s+(?:previous|last|earlier|first)\s+(?:message|email|reply)"
    r"|^\s*no[,.!]?\s+(?:the\s+other|not\s+(?:that|this|the))|opposite\s+of\s+what"
    r"|nothing\s+(?:you['’]ve\s+|you\s+have\s+)?(?:\w+\s+)?(?:has\s+|have\s+)?(?:worked|helped|changed)"
    r"|none\s+of\s+(?:this|that|it|these|those)\s+(?:worked|helps?|helped)|(?:going|go|went)\s+(?:round\s+)?in\s+circles"
    r"|not\s+the\s+(?:answer|help|info\w*|solution)|(?:explained|said|told\s+you|mentioned)\s+(?:this|that|it)\s+already"
    r"|why\s+would\s+i|frustrat\w*|annoy\w*|irritat\w*|exasperat\w*|don['’]t\s+have\s+time\s+for"
    r"|you\s+promised|never\s+(?:arrived|came|showed\s+up|turned\s+up|got\s+back)|take\s+my\s+business"
    r"|(?:switch|move|go)\s+(?:to\s+)?(?:another\s+)?(?:providers?|banks?|compan\w+|elsewhere)"
    r"|(?:second|third|another)\s+\w+\s+(?:that|which)\s+(?:hasn['’]t|didn['’]t|never|has\s+not)"
    r"|when\s+i\s+(?:have|got|received)\s+nothing|(?:\d+|forty|thirty|twenty)\s+(?:mins?|minutes|hours)\s+(?:now|already)"
    r"|(?:been\s+)?on\s+(?:this|here|the\s+phone|hold)\s+for\s+(?:\d+|an?|two|three|ages)"
    r")",
    re.IGNORECASE,
)
# a problem with the order stated as a fact: mild (0.1), calm reports stay far below the threshold
_PROBLEM = re.compile(
    r"\b(?:(?:is|are|was|were|came|arrived|turned\s+up)\s+(?:cold|missing|damaged|broken|late|wrong|torn|leaking|"
    r"stale|empty)|half\s+of\s+(?:it|them|the\s+\w+)\s+(?:was|were|is|are)?\s*missing|doesn['’]t\s+work|"
    r"isn['’]t\s+working|stopped\s+working|not\s+arrived|hasn['’]t\s+arrived|never\s+received)",
    re.IGNORECASE,
)
_IMPATIENT = re.compile(
    r"(?:^|\s)(?:ugh+|argh+|nope|seriously|come\s+on|hello\s*\?+|sigh|jeez|geez|omg|smh)\b|\bagain\b|\?{2,}",
    re.IGNORECASE,
)


# the trained dissatisfaction classifier (frustration_model.py); its weight stays below the
# default threshold, so alone it ranks turns (AUC) and never escalates one
MODEL_WEIGHT = 0.3
MILD_CAP = 0.35
# a copywriting or summarising brief ("Write a win-back email for ...") is not a conversational turn
_BRIEF = re.compile(r"\s*(?:please\s+)?(?:write|draft|create|compose|rewrite|summari[sz]e|translate|generate|"
                    r"prepare|make|give\s+me|suggest|list|turn)\b", re.IGNORECASE)


def _dissatisfied(text: str) -> float:
    from gateway.checks.frustration_model import p_dissatisfied

    return p_dissatisfied(_PLACEHOLDER.sub(" ", text))


# a quoted message after a reporting verb ("Customer wrote: '... I am really annoyed'") is
# someone else's frustration, quoted in a copywriting or summarising request: not scored
_QUOTED = re.compile(
    r"\b(?:wrote|writes|said|says|complained|replied|emailed|posted|messaged|tweeted|commented|"
    r"left\s+(?:a\s+|this\s+)?(?:review|comment|message))\b[^\n\"“'‘«:]{0,30}?[:,\-–—]?\s*"
    r"(?:\"[^\"]{0,2000}\"|“[^”]{0,2000}”|«[^»]{0,2000}»|['‘][^\n]{0,2000}?['’](?=[\s.,;!?)]|$))",
    re.IGNORECASE,
)


def _cased(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without IGNORECASE, for lower-cased text: re matches a big case-insensitive
    alternation 2-4x slower (the cue lists are scanned on every request)."""
    if re.search(r"[A-Z]", re.sub(r"\\.", "", rx.pattern)):
        raise ValueError(f"upper-case letter in {rx.pattern[:40]!r}")  # would never match lower-cased text
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


_HUMAN_L, _REPEAT_L, _ANGER_L, _CORRECTION_L, _PROBLEM_L, _IMPATIENT_L = map(
    _cased, (_HUMAN, _REPEAT, _ANGER, _CORRECTION, _PROBLEM, _IMPATIENT))


def unquote(text: str) -> str:
    """``text`` without messages it quotes from someone else."""
    return _QUOTED.sub(" [quote] ", text) if ("wr" in text or "sa" in text or "re" in text) else text


def score(latest: str, earlier: list[str] | None = None) -> tuple[float, list[str]]:
    """Frustration score of ``latest`` (0..1) and the cues that contributed.

    Bounded cost: the turn is scored on ``window(latest)`` and VADER on its last TAIL characters.
    """
    latest = unquote(window(latest))
    cues: list[str] = []
    compound = _vader().polarity_scores(_PLACEHOLDER.sub(" ", latest[-TAIL:]))["compound"]
    s = 0.6 * max(0.0, -compound)
    if compound <= -0.3:
        cues.append(f"negative sentiment {compound:.2f}")
    low = lower_same_length(latest)
    if _HUMAN_L.search(low):
        s += 0.5
        cues.append("asks for a human")
    repeats = len(_REPEAT_L.findall(low))
    if repeats:
        s += 0.3 + min(0.2, 0.15 * (repeats - 1))
        cues.append("repeated contact")
    shout = _shouting(latest)
    if shout:
        s += shout
        cues.append("shouting")
    if _BANG.search(latest):
        s += 0.2
        cues.append("exclamations")
    if _ANGER_L.search(low):
        s += 0.25
        cues.append("anger words")
    # milder signals together weigh at most MILD_CAP, below the default threshold: alone they rank
    # a turn (AUC), with a stronger cue (negativity, anger, repetition) they escalate it
    mild = 0.0
    corrections = len(_CORRECTION_L.findall(low))
    if corrections:
        mild += 0.2 + (0.1 if corrections > 1 else 0.0)
        cues.append("correction")
    if _PROBLEM_L.search(low):
        mild += 0.1
        cues.append("problem")
    if _IMPATIENT_L.search(low):
        mild += 0.1
        cues.append("impatience")
    if not _BRIEF.match(latest):
        p = _dissatisfied(latest[-TAIL:])
        if p >= 0.5:
            cues.append(f"dissatisfied {p:.2f}")
        mild += MODEL_WEIGHT * p
    s += min(MILD_CAP, mild)
    complaints = 0
    for t in (earlier or [])[-4:]:
        t = t[-EARLIER:]
        if (_vader().polarity_scores(t)["compound"] <= -0.3 or _ANGER_L.search(lower_same_length(t))
                or _REPEAT_L.search(lower_same_length(t))):
            complaints += 1
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
