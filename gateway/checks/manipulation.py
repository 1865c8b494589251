"""Manipulative copy ("dark patterns") in generated text, and requests that ask for it.

Taxonomy: Mathur et al., "Dark Patterns at Scale" (CSCW 2019: urgency, scarcity, social proof,
misdirection/confirmshaming, sneaking, obstruction, forced action) and the FTC staff report
"Bringing Dark Patterns to Light" (2022: false scarcity and urgency, fake social proof, hidden
subscriptions/negative option, obstruction to cancel), plus guilt and fear appeals.

Urgency, scarcity and social-proof claims are only manipulative when false. A claim is accepted
when it is backed by a fact stated in the request (a real end date, a real stock count) or
declared in the policy's ``allowed_facts``. Two detectors: phrase rules, and a small sentence
classifier trained offline on text written for Candor (``manipulation_model.py``, weights shipped
in ``manipulation_model.npz``; pure numpy, no network). Pressure wording (confirmshaming, fear,
guilt) written into a request is flagged whatever facts the request states.
"""

from __future__ import annotations

import math
import re
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from gateway.checks import manipulation_semantic
from gateway.checks.base import Check, CheckInput
from gateway.checks.common import (Action, GatedSet, coerce, finding, lower_same_length, request_text,
                                   sentence_at, sentences)
from gateway.context import Finding

NAME = "manipulation"

Category = Literal["false_urgency", "fake_scarcity", "confirmshaming", "pressured_upsell",
                   "fake_social_proof", "hidden_subscription", "hard_to_cancel", "guilt_appeal",
                   "fear_appeal"]
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]


class AllowedFact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str  # e.g. "Sale ends 30 November 2026", "12 Ridgeline jackets left"
    kind: Literal["urgency", "scarcity", "social_proof", "any"] = "any"


class ManipulationConfig(BaseModel):
    """Policy YAML ``manipulation: {categories: [...], action: revise, allowed_facts: [...]}``."""

    model_config = ConfigDict(extra="forbid")

    categories: list[Category] = Field(default_factory=lambda: list(CATEGORIES))
    action: Action = "revise"  # for manipulative output: flag | revise | block
    input_action: Action = "block"  # for requests asking the model to manipulate
    allowed_facts: list[AllowedFact | str] = Field(default_factory=list)
    check_requests: bool = True
    # the trained sentence classifier (manipulation_model.py) on top of the phrase rules
    classifier: bool = True
    classifier_threshold: float = Field(default=0.5, ge=0.0, le=1.0)  # output copy
    # what a sentence only the classifier finds does on output: it is right most of the time on
    # shop copy, but short plain lines ("Call us during office hours only.") can score high, so
    # by default it is flagged for a person, not rewritten; the phrase rules take ``action``
    classifier_action: Action = "flag"
    # pressure wording inside a request (fear, guilt, confirmshaming, pushy upsell): stricter
    request_threshold: float = Field(default=0.8, ge=0.0, le=1.0)

    def facts(self) -> list[AllowedFact]:
        return [f if isinstance(f, AllowedFact) else AllowedFact(text=f) for f in self.allowed_facts]


def _rx(*parts: str) -> tuple[str, ...]:
    return parts


_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|midnight|today|tomorrow|this\s+weekend|"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
        r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}|\d{1,2}\s*(?:am|pm)|\d+\s+(?:hours?|days?)")

OUTPUT_PATTERNS: dict[str, tuple[str, ...]] = {
    "false_urgency": _rx(
        r"\bhurry\b(?![-\s]free)", r"\bact\s+(?:now|fast|quickly|immediately)\b", r"\blast\s+chance\b",
        r"\b(?:today|tonight)\s+only\b", r"\bonly\s+(?:today|tonight|hours\s+left)\b",
        r"\b(?:ends?|ending|expires?|expiring|gone)\s+(?:soon|tonight|today|at\s+midnight|in\s+\d+\s+(?:hours?|minutes?))\b",
        r"\btime\s+is\s+running\s+out\b", r"\bbefore\s+it['’]?s\s+(?:too\s+late|gone)\b",
        r"\bdon['’]t\s+(?:wait|delay|miss\s+out)\b", r"\blimited[-\s]time\b", r"\bnow\s+or\s+never\b",
        r"\bfinal\s+(?:hours|call)\b", r"\bclock\s+is\s+ticking\b", r"\bwon['’]t\s+last\b",
        r"\bwon['’]t\s+be\s+(?:around|here|available)\s+(?:for\s+)?(?:long|forever)\b",
        r"\b(?:order|buy|shop|act|book)\s+(?:right\s+away|immediately|this\s+instant)\b",
        r"\bonly\s+\d+\s+(?:hours?|minutes?)\s+left\b", r"\bexpires?\s+in\s+\d", r"\bright\s+now\s+before\b",
        # a dated offer deadline: fine when the request states it, invented otherwise
        r"\b(?:sale|offer|deal|discount|prices?|promo\w*|code|coupon)\b[^.\n]{0,30}?\b(?:ends?|expires?|until|"
        r"through|go(?:es)?\s+up)\b[^.\n]{0,20}?\b(?:" + _DAY + r")",
    ),
    "fake_scarcity": _rx(
        r"\bonly\s+\d+\s+(?!(?:more\s+)?(?:hours?|minutes?|days?|weeks?)\b)(?:\w+\s+){0,2}(?:left|remaining|in\s+stock|available)\b",
        r"\b\d+\s+(?:\w+\s+)?(?:left|remaining)\s+in\s+stock\b",
        r"\b(?:almost|nearly)\s+(?:gone|sold\s+out)\b", r"\bselling\s+(?:out\s+)?fast\b",
        r"\blimited\s+(?:stock|supply|quantities|availability)\b", r"\blow\s+stock\b",
        r"\b(?:just|only)\s+a\s+(?:few|handful)\s+(?:\w+\s+)?(?:left|remaining)\b",
        r"\bin\s+(?:high|huge)\s+demand\b", r"\bgoing\s+fast\b", r"\bwhile\s+(?:they|stocks?)\s+last\b",
    ),
    "confirmshaming": _rx(
        r"\bno\s+thanks?,?\s+I(?:\s+(?:don['’]t|do\s+not|hate|prefer|like|would\s+rather|am\s+not|enjoy)|['’]d\s+rather|['’]m\s+not|['’]ll\s+(?:pass|stay|keep|miss))\b",
        r"\bI\s+(?:don['’]t|do\s+not)\s+(?:want|like|care\s+about|need)\s+(?:to\s+)?(?:sav(?:e|ing)|deals|discounts|money|to\s+be\s+(?:healthy|safe|happy))\b",
        r"\bno,?\s+I\s+(?:prefer|like|enjoy)\s+(?:paying\s+full\s+price|missing\s+out|being)\b",
        r"\bno\s+thanks?,?\s+I['’]m\s+(?:fine|happy|ok(?:ay)?|good)\s+(?:with|being|paying|missing)\b",
        r"\b(?:I['’]ll|I\s+will)\s+(?:pass|stay)\s+on\s+(?:saving|being)\b",
        r"\bonly\s+(?:a\s+)?(?:fools?|losers?|quitters?)\b",
        r"\bdon['’]t\s+be\s+(?:a|an|the|that)\s+(?:\w+\s+)?(?:loser|fool|idiot|sucker|quitter|cheapskate)\b",
    ),
    "pressured_upsell": _rx(
        r"\byou\s+(?:really\s+)?(?:need|must\s+have|can['’]t\s+(?:live|go)\s+without)\s+(?:the|our)\s+(?:premium|pro|upgrade|deluxe|bundle)\b",
        r"\bdon['’]t\s+settle\s+for\s+(?:less|basic|the\s+basic)\b",
        r"\b(?:we['’]ve|we\s+have)\s+(?:already\s+)?added\b.{0,40}\b(?:to\s+your\s+(?:cart|order|basket|plan))",
        # (not "nothing pre-selected", "no pre-ticked boxes": copy that says it chose nothing)
        r"\b(?:(?<!nothing\sis\s)(?<!not\s)(?<!never\s)(?<!none\sare\s)(?<!no\sboxes\sare\s)(?<!nothing\s)(?<!no\s)"
        r"(?<!none\s)pre-?(?:selected|ticked|checked)|automatically\s+added)\b",
        # interface text describing its own visual interference: the way out made hard to see
        r"\b(?:greyed[-\s]out|(?:small|tiny|faint|light|pale)\s+gr[ae]y\s+(?:link|text|type|print|font|writing)\b|gr[ae]y\s+on\s+white|"
        r"(?:faint|tiny|hidden)\s+(?:link|toggle|text)\b|styled\s+(?:like|as)\s+(?:a\s+)?(?:disabled|plain))",
        # a reference price or saving the copy itself says is not real
        r"\b(?:made[-\s]up|invented|inflated|fictional)\s+(?:\w+\s+){0,2}(?:prices?|rrp|savings?|discounts?)\b",
        r"\bno\s+(?:actual|real)\s+(?:reduction|saving|discount)\b",
        r"\bto\s+(?:look|seem|appear)\s+(?:smaller|cheaper|unavailable|disabled)\b",
        r"\bare\s+you\s+sure\s+you\s+want\s+to\s+(?:miss|settle|go\s+without)\b",
        r"\b(?:smart|savvy|serious)\s+(?:customers|shoppers|buyers)\s+(?:always\s+)?(?:upgrade|choose|add)\b",
        r"\bupgrade\s+now\s+(?:or|before)\b",
        r"\byou['’]?(?:ll|\s+will)\s+(?:regret|wish)\s+(?:not|you\s+had)\s+(?:upgrad|add|buy)",
    ),
    "fake_social_proof": _rx(
        r"\b(?:\d[\d,]*|hundreds|thousands|dozens)\s+(?:of\s+)?(?:people|shoppers|customers|others|visitors)\s+(?:are\s+)?(?:viewing|looking\s+at|watching|have\s+this\s+in\s+their\s+cart|bought\s+this\s+(?:today|in\s+the\s+last))",
        r"\b(?:someone|a\s+customer|a\s+shopper)\s+in\s+[A-Z]?\w+\s+just\s+(?:bought|purchased|ordered)\b",
        r"\beveryone\s+is\s+(?:buying|talking\s+about|switching|getting)\b",
        r"\b(?:\d[\d,]*\+?|thousands|millions)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}(?:can['’]t\s+be\s+wrong|(?:who\s+)?(?:have\s+)?(?:already\s+)?(?:switched|joined|signed\s+up|made\s+the\s+switch))\b",
        r"\b(?:\d[\d,]*)\s+(?:people|shoppers|customers)\s+(?:bought|purchased|ordered)\s+(?:this|one)\b",
        r"\b\d[\d,]*\s+(?:people|shoppers|customers|others|hikers|buyers|members|visitors)(?:\s+[\w']+){0,3}\s+"
        r"(?:bought|purchased|ordered|viewed|are\s+viewing|added)\b.{0,40}\b(?:last|past|today|this)\s+(?:hour|\d+\s+hours|minutes?|day|week)\b",
    ),
    "hidden_subscription": _rx(
        r"\b(?:free\s+trial|try\s+(?:it\s+)?free|(?:try|get|use|enjoy|it['’]s|it\s+is)\s+(?:it\s+|\w+\s+)?free\s+for\s+\d+\s+days|first\s+\d+\s+(?:days|weeks|months?)\s+(?:are\s+)?free|just\s+pay\s+(?:shipping|postage)|risk-free\s+trial)\b",
        # an extra put into the order for the customer to notice and undo
        r"\b(?:untick|uncheck|un-tick)\s+(?:(?:the\s+box\s+)?to\s+(?:remove|opt\s+out|decline)|if\s+you\s+(?:don['’]t|do\s+not))\b",
        r"\b(?:no\s+need\s+to\s+(?:read|worry\s+about)\s+the\s+(?:fine\s+print|terms)|we['’]ll\s+(?:quietly\s+)?(?:keep|continue)\s+(?:billing|charging))\b",
    ),
    "hard_to_cancel": _rx(
        r"\bto\s+cancel,?\s+(?:you\s+(?:must|need\s+to|have\s+to)\s+)?(?:please\s+)?(?:call|phone|mail|post|write\s+to|visit|fax|send\s+a\s+letter)\b",
        r"\bcancel(?:lation)?s?\s+(?:is|are|can\s+(?:only\s+)?be)\s+(?:only\s+)?(?:possible|accepted|processed|made|done)\s+(?:only\s+)?(?:by|via|in)\s+(?:phone|telephone|post|mail|writing|person|fax)\b",
        r"\b(?:cannot|can['’]t|can\s+not)\s+(?:be\s+)?cancel(?:l?ed)?\s+online\b",
        r"\bcan\s+(?:only\s+)?be\s+cancel(?:l?ed)\s+(?:only\s+)?(?:by|via|in|through)\s+(?:phone|telephone|post|mail|registered\s+mail|writing|person|fax|calling)\b",
        r"\bcancel(?:lation)?s?\s+(?:require|requires|needs?)\s+(?:\d+\s+days['’]?\s+)?(?:written\s+notice|a\s+(?:phone\s+)?call|a\s+letter)\b",
        r"\b(?:\d+|thirty|sixty|ninety)\s+days['’]?\s+(?:written\s+)?notice\s+(?:to|before)\s+cancel\w*"
        r"(?!\s+(?:\w+\s+){0,2}(?:online|in\s+(?:the\s+)?app|in\s+(?:your\s+)?(?:settings|account)))",
        r"\bno\s+(?:refunds?\s+or\s+)?cancellations\b",
        # leaving routed through a sales conversation, or allowed only through one channel
        r"\bretention\s+(?:call|team|specialist|adviser|advisor|department|line|agent)s?\b",
        r"\b(?:cancel\w*|unsubscrib\w*|downgrad\w*|(?:clos(?:e|ing)|delet(?:e|ing))\s+(?:your\s+)?account|"
        r"account\s+(?:closure|deletion))\b[^.\n]{0,40}\bonly\s+(?:possible\s+|available\s+|be\s+done\s+)?"
        r"(?:by|via|in|through|on|after|with|from|at)\b",
    ),
    "guilt_appeal": _rx(
        r"\b(?:let(?:ting)?|letting)\s+(?:(?:your|the)\s+(?:family|kids|children|team|friends|loved\s+ones)|them|him|her|us|everyone)\s+down\b",
        r"\bdon['’]t\s+you\s+care\s+about\b", r"\bhow\s+could\s+you\b", r"\byou\s+owe\s+it\s+to\b",
        r"\b(?:we['’]re|we\s+are)\s+(?:so\s+)?(?:disappointed|hurt)\s+(?:in\s+you|that\s+you)\b",
        r"\bafter\s+(?:all|everything)\s+we['’]ve\s+done\b", r"\b(?:you\s+should\s+be\s+|feel\s+)ashamed\b",
        r"\b(?:good|real|caring|loving)\s+(?:parents|moms|mums|dads|friends|owners)\s+(?:would|always|don['’]t)\b",
        r"\byou['’]re\s+abandoning\b", r"\bwe\s+thought\s+you\s+cared\b",
    ),
    "fear_appeal": _rx(
        r"\bdon['’]t\s+risk\b", r"\byou['’]?(?:ll|\s+will)\s+regret\b", r"\bcould\s+lose\s+everything\b",
        r"\bcan\s+you\s+(?:really\s+)?afford\s+(?:not\s+to|to\s+(?:miss|wait|lose))\b",
        r"\b(?:your|their)\s+(?:family|kids|children|home|loved\s+ones)\s+(?:is|are|could\s+be|will\s+be)\s+(?:at\s+risk|in\s+danger|unprotected)\b",
        r"\bdon['’]t\s+be\s+(?:the\s+(?:only\s+)?one|left\s+behind)\b", r"\bbefore\s+disaster\s+strikes\b",
        r"\bwhat\s+if\s+something\s+(?:happens|goes\s+wrong)\b", r"\bit['’]s\s+dangerous\s+to\s+wait\b",
        r"\bor\s+(?:you['’]ll\s+)?lose\s+(?:everything|it\s+all|all\s+(?:your|of\s+your)|your\s+(?:data|account|files|photos|progress|benefits|number))\b",
    ),
}

# v14: a bare button label ("Start free trial") is a label, not terms left out; a trial that has
# ended, or one whose end brings a reminder before any charge, states what happens
_TRIAL_LABEL = re.compile(r"^\W*(?:start|begin|try)\s+(?:your\s+|a\s+)?(?:\d+-day\s+)?free\s+trial\s*[.]?\s*$", re.IGNORECASE)
_TRIAL_STATED = re.compile(r"\btrial\s+(?:has\s+)?(?:ended|expired)\b|"
                           r"\b(?:email|remind|notify|tell|warn)\s+you\s+(?:\w+\s+){0,3}before\b", re.IGNORECASE)

# a hidden-subscription hit is cleared when the copy states the terms clearly
_TERMS_DISCLOSED = re.compile(
    r"(?:renews?\s+(?:automatically|at|each|every)|auto-?renew\w*\s+(?:at|for|each)|then\s+[$£€]?\d|"
    r"[$£€]\s?\d[\d.,]*\s*(?:/|per|a|each)\s*(?:mo|month|year|yr|week)|billed\s+(?:monthly|annually|at)|"
    r"cancel\s+(?:any\s*time|online|in\s+(?:one|two|\d)\s+clicks?)|no\s+(?:credit\s+|payment\s+)?card\s+(?:needed|required)|"
    # v13: the copy says when and whether money is taken ("you won't be charged unless you choose
    # a plan", "we'll ask for payment details only if you continue")
    r"(?:won['’]t|will\s+not)\s+be\s+charged\s+(?:unless|until)|"
    r"(?:payment|card)\s+details\s+only\s+(?:if|when))",
    re.IGNORECASE,
)

# requests asking the model to produce dark patterns
_ASK_VERB = r"(?:say|claim|pretend|tell\s+(?:them|her|him|the\s+\w+)|imply|suggest|make\s+(?:it|them|her|him)\s+(?:look|sound|seem|think|believe)|invent|make\s+up|fake|add|write|include|use)"
INPUT_PATTERNS: dict[str, tuple[str, ...]] = {
    "false_urgency": _rx(
        r"\b(?:creat(?:e|es|ing)|add(?:s|ing)?|build(?:s|ing)?|manufactur(?:e|es|ing)|invent(?:s|ing)?|fake)\s+(?:a\s+(?:false\s+|fake\s+)?)?(?:sense\s+of\s+)?urgency\b",
        r"\b(?:fake|false|made[-\s]up|invented|bogus|pretend)\s+(?:deadline|countdown|urgency|expiry|expiration)\b",
        r"\b" + _ASK_VERB + r"\s+(?:that\s+)?(?:the\s+)?(?:offer|sale|deal|discount|price)\s+(?:ends|expires)\b.{0,40}\b(?:even\s+(?:though|if)|although|but\s+it\s+(?:doesn['’]t|does\s+not|won['’]t))",
        r"\bmake\s+(?:them|it|the\s+\w+)\s+(?:feel|think)\s+(?:they|it)\s+(?:must|have\s+to|need\s+to)\s+(?:act|buy|hurry)\b",
        r"\bfomo\b|\bfear\s+of\s+missing\s+out\b",
    ),
    "fake_scarcity": _rx(
        r"\b(?:say|claim|pretend|tell\s+(?:them|her|him)|imply|suggest|make\s+(?:it\s+)?(?:look|sound|seem))\s+(?:that\s+)?(?:there\s+(?:are|is)\s+)?(?:only\s+)?(?:\d+|a\s+few)\s+(?:\w+\s+){0,2}(?:left|remaining)\b",
        r"\b(?:fake|false|artificial|invented)\s+(?:scarcity|stock\s+levels?|low\s+stock)\b",
        r"\b(?:say|claim|pretend|imply)\s+(?:that\s+)?(?:it['’]s|it\s+is|they['’]re|we['’]re)\s+(?:almost\s+)?(?:sold\s+out|selling\s+fast|running\s+out)\b",
        r"\beven\s+though\s+we\s+have\s+(?:plenty|lots|loads)\b",
    ),
    "confirmshaming": _rx(
        r"\b(?:shame|embarrass|humiliate)\s+(?:them|the\s+(?:reader|customer|user)s?|people)\b",
        r"\bconfirm-?shaming\b",
        r"\b(?:decline|opt-?out|no[-\s]thanks|unsubscribe)\s+(?:button|link|option)\s+(?:should\s+)?(?:say|read)\s+['\"“]?(?:no\s+thanks,?\s+)?I\s+(?:don['’]t|hate|prefer|like)\b",
    ),
    "guilt_appeal": _rx(
        r"\bmak(?:e|es|ing)\s+(?:them|her|him|the\s+(?:reader|customer|user)s?|people|customers)\s+feel\s+(?:guilty|bad|ashamed|selfish)\b",
        r"\bguilt[-\s]?trip\b", r"\buse\s+guilt\b",
    ),
    "fear_appeal": _rx(
        r"\b(?:scare|frighten|terrify)\s+(?:them|her|him|the\s+(?:reader|customer|user)s?|people|customers)\b",
        r"\bmake\s+(?:them|her|him|the\s+(?:reader|customer)s?|people)\s+(?:feel\s+)?(?:afraid|scared|anxious|worried)\b",
        r"\buse\s+fear\b", r"\bfear[-\s]based\b",
    ),
    "hidden_subscription": _rx(
        r"\b(?:don['’]t|do\s+not|never|avoid)\s+(?:mention|say|tell\s+them|disclose|reveal)\w*\s+(?:that\s+)?(?:it|the\s+\w+|this)?\s*(?:auto-?renews?|renews?\s+automatically|is\s+a\s+subscription|recurring|will\s+be\s+charged|the\s+(?:monthly\s+)?(?:fee|charge|price|renewal))",
        r"\b(?:hide|bury|downplay|obscure)\s+(?:the\s+)?(?:auto-?renewal|renewal|subscription|recurring\s+charge|fees?|price|terms|cancellation\s+terms)\b",
        r"\bin\s+the\s+fine\s+print\b",
    ),
    "hard_to_cancel": _rx(
        r"\bmake\s+(?:it\s+)?(?:hard|difficult|harder|confusing)\s+(?:for\s+\w+\s+)?to\s+(?:cancel|unsubscribe|opt\s+out)\b",
        r"\b(?:don['’]t|do\s+not|never)\s+(?:mention|explain|include|say)\s+how\s+to\s+(?:cancel|unsubscribe|opt\s+out)\b",
        r"\b(?:talk|persuade|convince)\s+(?:them|her|him|the\s+customer)\s+out\s+of\s+cancel",
    ),
    "pressured_upsell": _rx(
        r"\b(?:pressure|push|guilt)\s+(?:them|her|him|the\s+customer|customers)\s+(?:into|to)\s+(?:buy|upgrad|add|spend)",
        r"\b(?:sneak|quietly\s+add|pre-?select|auto-?add)\b.{0,30}\b(?:cart|basket|order|upgrade|add-?on|insurance|warranty)\b",
        r"\bspend\s+more\s+than\s+they\s+need\b",
    ),
    "fake_social_proof": _rx(
        r"\b(?:fake|invent|make\s+up|fabricate)\w*\s+(?:\w+\s+){0,2}(?:reviews?|testimonials?|ratings?|numbers?\s+of\s+(?:buyers|customers|viewers))\b",
        r"\b(?:say|claim|pretend)\s+(?:that\s+)?(?:\d[\d,]*|thousands\s+of|hundreds\s+of)\s+(?:people|customers|shoppers)\b.{0,40}\b(?:even\s+(?:though|if)|although)\b",
    ),
}

_OUTPUT = GatedSet([(cat, p) for cat, parts in OUTPUT_PATTERNS.items() for p in parts])
# requests: asks for a dark pattern, and (labelled "said:<category>") pressure wording that is
# never a stated fact; one gated set, so the text is tokenised for the gate once
_INPUT = GatedSet([(cat, p) for cat, parts in INPUT_PATTERNS.items() for p in parts]
                  + [("said:" + cat, p) for cat in ("confirmshaming", "fear_appeal", "guilt_appeal")
                     for p in OUTPUT_PATTERNS[cat]])

_NEGATED_ASK = re.compile(r"\b(?:do\s+not|don['’]t|never|avoid|without|no|not)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)

# facts in the request (or allowed_facts) that make urgency/scarcity/social proof true
_DEADLINE_FACT = re.compile(
    r"\b(?:ends?|ending|until|till|through|thru|expires?|expiring|deadline|last\s+day|closes?|"
    r"valid\s+(?:until|through|till)|runs?\s+(?:until|through)|offer\s+period)\b[^.\n]{0,40}?\b(?:" + _DAY + r")",
    re.IGNORECASE,
)
_STOCK_FACT = re.compile(
    r"\b(?:only\s+)?(\d+)\s+(?:\w+\s+){0,3}(?:left|remaining|in\s+stock|units?|pieces|available|pairs?)\b|"
    r"\bstock\s+(?:is|of|level(?:\s+is)?|count(?:\s+is)?)\s*:?\s*(\d+)|\b(?:limited\s+(?:edition|run|stock|supply)|low\s+stock|almost\s+sold\s+out)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d,]*")
_FACT_KIND = {"false_urgency": "urgency", "fake_scarcity": "scarcity", "fake_social_proof": "social_proof"}


# A calendar deadline stated plainly ("The sale runs until Sunday 30 June.", "Offer ends 30 June;
# see terms.") in text scanned on its own -- no request to compare it with, as a shop's own page
# copy is -- is a fact on its face. A near horizon (tonight, in 3 hours) or pressure in the same
# sentence ("- shop now!", "hurry", "last chance", "won't be back") keeps it a claim; with a
# request, a deadline the request never stated is still flagged as invented.
_NEAR = re.compile(r"\b(?:tonight|today|midnight|tomorrow|hours?|hrs?|minutes?|mins?|soon|now|sharp|t-minus|"
                   r"in\s+\d+\s+days?|countdown)\b", re.IGNORECASE)
_PRESSURE_CUE = re.compile(
    r"!|\b(?:hurry|quick\w*|fast|last|final|only|just|don['’]t|miss\w*|before|grab|while\s+(?:stocks?|supplies|they)|"
    r"limited|act|rush|sharp|flash|"
    r"gone|lose|losing|forever|never|again|won['’]t|rise|rises|jump\w*|go(?:es)?\s+up|increase\w*|snap|"
    r"secure|lock|claim|book|order|shop|buy|get|grab)\b", re.IGNORECASE)


# v14: a deadline pinned to a calendar day or a weekday, or to a clock time with its time zone
# ("Sale ends Sunday at midnight (UK time).", "Deal of the day - ends 23:59 GMT tonight.", "Sale ends
# in 2 days (Sunday at midnight).") is a stated fact even when it is near; a running countdown or a
# vague horizon ("ends soon", "in 3 hours", "tonight." alone) is not. "Limited time" and "while
# stocks last" beside a stated calendar period are the offer's terms, not pressure of their own.
_WEEKDAY_OR_DATE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)", re.IGNORECASE)
_CLOCK_WITH_ZONE = re.compile(
    r"\b(?:midnight|noon|\d{1,2}[:.]\d{2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))\s*\(?\s*(?:tonight\s+)?"
    r"(?:gmt|bst|utc|cet|cest|eet|est|edt|et|pt|pst|pdt|ct|cst|mt|aest|aedt|nzst|nzdt|ist|jst|sgt|"
    r"(?:uk|us|local|london|paris|eastern|pacific|central|your)\s+time)\b", re.IGNORECASE)
_CALENDAR_DATE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})", re.IGNORECASE)
_PRICE_RISE = re.compile(r"\b(?:rise|rises|go(?:es)?\s+up|increases?)\b", re.IGNORECASE)
_COUNTDOWN = re.compile(r"\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b(?!\s*(?:am|pm))|"
                        r"\b\d{1,2}:\d{2}:\d{2}\b|\b(?:soon|now|countdown|timer|any\s+(?:moment|time))\b",
                        re.IGNORECASE)
_OFFER_TERMS = re.compile(r"\blimited[-\s]time\b|\bwhile\s+(?:stocks?|supplies|they)\s+lasts?\b", re.IGNORECASE)
_ALARM_SIGN = re.compile("[\u26a0\U0001f6a8\u23f0\u23f3\u231b\u26a1\U0001f525\U0001f4a5\u203c]")


def _plain_deadline(text: str, start: int, end: int) -> bool:
    s, e = sentence_at(text, start)
    sent = text[s:max(e, end) + 1]
    if not (_DEADLINE_FACT.search(sent) or _CALENDAR_DATE.search(sent) and _PRICE_RISE.search(sent)):
        return False
    pinned = bool(_WEEKDAY_OR_DATE.search(sent) or _CLOCK_WITH_ZONE.search(sent))
    if _NEAR.search(sent) and not (pinned and not _COUNTDOWN.search(sent)):
        return False
    bare = _OFFER_TERMS.sub(" ", sent) if pinned else sent
    if _CALENDAR_DATE.search(sent) and not _NEAR.search(sent):
        bare = _PRICE_RISE.sub(" ", bare)  # "Prices go up on 1 April because of supplier costs."
    return not _PRESSURE_CUE.search(bare) and not _ALARM_SIGN.search(sent)


# A stock count stated plainly ("2 left in stock.", "Low stock: 4 remaining in size M.") in text
# scanned on its own is the same: what a product page shows. "Only 2 left!", "selling fast", "grab
# yours" keep it a claim; with a request, a number the request never stated is still invented.
_STOCK_COUNT = re.compile(r"\b\d+\s+(?:left|remaining|available|in\s+stock)\b|\b(?:stock|remaining|left)\s*:\s*\d+\b",
                          re.IGNORECASE)


# v14: "Only 3 left in stock." / "Only 2 left in size M." -- the count of the stock or of one size,
# said flatly (no "!", not in capitals, nothing about price, the customer's own size or time) -- is
# what a product page shows; "Only 2 left in your size", "ONLY 2 LEFT IN STOCK", "Only 1 left at
# this price" stay claims. "Low stock: 4 remaining." is a label with its count; an alarm sign, an
# "alert"/"warning", or "low stock" with no count stays pressure.
_FLAT_ONLY = re.compile(r"^\W*(?:only|just)\s+(\d+)\s+(?:left|remaining)\s+in\s+(?:stock|size\s+[\w-]{1,6})\s*[.;]?\s*$",
                        re.IGNORECASE)
_LOW_STOCK_LABEL = re.compile(r"^\W*low\s+stock\s*:\s*\d+\s+(?:left|remaining)\b", re.IGNORECASE)


def _shouting(sent: str) -> bool:
    letters = [c for c in sent if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def _plain_stock(text: str, start: int, end: int) -> bool:
    s, e = sentence_at(text, start)
    sent = text[s:max(e, end) + 1]
    if len(sent) > 80 or _ALARM_SIGN.search(sent) or _shouting(sent):
        return False
    flat = _FLAT_ONLY.match(sent) or _LOW_STOCK_LABEL.match(sent)
    if flat:
        return not _PRESSURE_CUE.search(sent[flat.end():]) and not _STOCK_ALARM.search(_LOW_STOCK_LABEL.sub("", sent))
    return (bool(_STOCK_COUNT.search(sent)) and not _PRESSURE_CUE.search(sent)
            and not _STOCK_ALARM.search(sent))


# v14: "while stocks last" is how an offer's terms are written ("Offer valid while stocks last. One
# code per order."); only with pressure in the same sentence is it scarcity
_STRONG_PRESSURE = re.compile(r"!|\b(?:hurry|quick\w*|fast|grab|rush|snap|soon|now|gone|last\s+chance|"
                              r"don['’]t\s+(?:miss|wait)|before\s+it|selling|almost|nearly|few)\b", re.IGNORECASE)


def _offer_terms_stock(text: str, start: int, end: int) -> bool:
    if not re.match(r"while\b", text[start:end], re.IGNORECASE):
        return False
    s, e = sentence_at(text, start)
    sent = text[s:max(e, end) + 1]
    return not _STRONG_PRESSURE.search(sent) and not _ALARM_SIGN.search(sent)


# a count framed as an alarm is pressure, however plain its words ("Low stock: 1 remaining",
# "Nearly sold out: 5 left", "1 left at this price")
_STOCK_ALARM = re.compile(r"⚠|\b(?:low\s+stock|sold\s+out|nearly|almost|fewer\s+than|at\s+this\s+(?:price|fare|rate)|"
                          r"high\s+demand|popular|selling|alert|warning|your\s+size|on\s+our\s+site)\b", re.IGNORECASE)


# A security or account item running out ("Your login code expires in 10 minutes", "the reset link
# expires in 24 hours") is how such items work, not a sales deadline -- unless the sentence is
# about an offer ("promo code expires in 2 hours").
_TECH_ITEM = re.compile(r"\b(?:link|(?:login|sign-?in|verification|security|access|one-time|confirmation|reset)\s+code|"
                        r"passcode|password|pin|otp|session|token|qr\s+code|invitation)s?\b", re.IGNORECASE)
_SALES_WORD = re.compile(r"\b(?:offer|deal|sale|discount|price|promo\w*|coupon|voucher|off|save|saving|bonus|"
                         r"reward|gift|free|cart|basket|order)\b|%", re.IGNORECASE)


# v11: "Your code is 448201. It expires in 10 minutes." -- a sentence that opens with "it"/"this"
# and names no item refers to the sentence before it
_REFERS_BACK = re.compile(r"\s*(?:it|this|that|they|these)\b", re.IGNORECASE)


def _technical_expiry(text: str, start: int, end: int) -> bool:
    s, e = sentence_at(text, start)
    sent = text[s:max(e, end) + 1]
    if _SALES_WORD.search(sent):
        return False
    if _TECH_ITEM.search(sent):
        return True
    if s >= 2 and _REFERS_BACK.match(sent):
        ps, _ = sentence_at(text, s - 2)
        prev = text[ps:s]
        return bool(_TECH_ITEM.search(prev)) and not _SALES_WORD.search(prev)
    return False


# v19: "Hurry Up — the new album by …", '"Last Chance Harvest" — our apple variety', "Limited
# Time is the title of this novel": a pressure phrase in Title Case that names a work or a product
_WORK_NOUN = re.compile(r"(?i)\b(?:album|song|single|track|film|movie|novel|book|title[ds]?|variety|series|"
                        r"episode|show|podcast|game|band|play|musical|cultivar|edition|perfume|fragrance|"
                        r"cocktail|beer|wine|ale|exhibition|painting|poem|chapter)\b")
_QUOTES = "\"“”„«»‘’'"


def _titled_work(text: str, start: int, end: int) -> bool:
    words = [w for w in text[start:end].split() if w[:1].isalpha()]
    if not words or not all(w[0].isupper() for w in words) or text[start:end].isupper():
        return False
    s, e = sentence_at(text, start)
    quoted = start > 0 and text[start - 1] in _QUOTES  # '"Last Chance Harvest" — …'
    return bool(_WORK_NOUN.search(text, s, max(e, end) + 1)) or (quoted and _WORK_NOUN.search(text) is not None)


class _Facts:
    def __init__(self, text: str, declared: list[AllowedFact]) -> None:
        self.text = text
        self.kinds = {f.kind for f in declared}
        self.deadline = bool(_DEADLINE_FACT.search(text))
        self.stock = bool(_STOCK_FACT.search(text))
        self.numbers = {n.replace(",", "") for n in _NUMBER.findall(text)}

    def backs(self, category: str, claim: str) -> bool:
        kind = _FACT_KIND.get(category)
        if kind is None:
            return False
        if kind in self.kinds:
            return True
        numbers = {n.replace(",", "") for n in _NUMBER.findall(claim)}
        if numbers:
            return numbers <= self.numbers and (kind != "urgency" or self.deadline)
        if kind == "urgency":
            return self.deadline
        if kind == "scarcity":
            return self.stock
        return False


# --- the trained classifier (manipulation_model.py) -------------------------------------------
MAX_SCAN = 20_000  # characters of one text given to the classifier (bounded cost on huge inputs)
_MAX_SEGMENTS = 200
_model: Any = None


def _get_model() -> Any:
    global _model
    if _model is None:
        from gateway.checks.manipulation_model import Model

        _model = Model.load()
    return _model


def warm() -> None:
    """Load both classifiers now (~0.5 s with the sentence vectors), not on the first request
    that carries text."""
    _get_model()
    manipulation_semantic.proba(["warm"])


_LEAD = re.compile(r"[ \t\-•*>|\[\]()]*")
_TWO_WORDS = re.compile(r"\S+(?:\s+\S+)?")


def _segments(text: str) -> list[tuple[int, int]]:
    """Sentence-ish pieces; very short ones ("Hurry!") are scored together with the next."""
    out: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    lead = _LEAD.match
    short = _TWO_WORDS.fullmatch
    for s, e in sentences(text):
        s = lead(text, s, e).end()
        if s >= e:
            continue
        if pending is not None:
            out.append(pending)
            if short(text, pending[0], pending[1]):
                out.append((pending[0], e))  # "Hurry!" + "Only 2 left." together, too
        pending = (s, e)
        if len(out) >= _MAX_SEGMENTS:
            break
    if pending is not None:
        out.append(pending)
    return out


def _classified(text: str, threshold: float) -> list[tuple[str, int, int, float]]:
    """(category, start, end, p) for each segment the classifier calls manipulative."""
    segs = _segments(text)
    if not segs:
        return []
    from gateway.checks.manipulation_model import LABELS, normalize

    norm = normalize(text)
    pieces = [norm[s:e] for s, e in segs]
    raw = {norm[s:e]: text[s:e] for s, e in segs}  # the semantic head reads the words as written
    todo = [x for x in dict.fromkeys(pieces) if x not in _CACHE]
    if todo:
        if len(_CACHE) + len(todo) > _CACHE_SIZE:
            _CACHE.clear()
            # v14: the pieces of this text that were cached are gone too -- score them all again
            # (before, a text with some pieces cached when the cache filled raised KeyError)
            todo = list(dict.fromkeys(pieces))
        ngram = _get_model().proba(todo, normalized=True)
        semantic = manipulation_semantic.proba([raw[x] for x in todo])
        w = manipulation_semantic.WEIGHT
        for piece, row, sem in zip(todo, ngram, semantic):
            # v16: the two models vote in log-odds, the n-gram model four fifths
            odds = (1 - w) * _logit(1.0 - float(row[0])) + w * _semantic_odds(1.0 - float(sem[0]))
            # the kind stays the n-gram model's: the head is sure something presses, less of what
            # (and a stated fact, "3 left" in the request, exempts only the kind it states)
            k = int(row[1:].argmax()) + 1
            _CACHE[piece] = (1.0 / (1.0 + math.exp(-odds)), LABELS[k])
    out = []
    for (s, e), piece in zip(segs, pieces):
        p, label = _CACHE[piece]
        if p >= threshold:
            out.append((label, s, e, p))
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


_SURE = _logit(manipulation_semantic.SURE)


def _semantic_odds(p: float) -> float:
    """The head's say: against, all of it; for, only what lies beyond its sure point. It reads
    meaning, not shop copy, and calls some ordinary text pressing ("a heart-healthy start to the
    day for everyone" 0.85): below ``SURE`` it does not lift a sentence."""
    odds = _logit(p)
    return odds if odds < 0 else max(odds - _SURE, 0.0)


# per-sentence results, so that a system prompt sent with every request is scored once
# (bounded: cleared when full)
_CACHE: dict[str, tuple[float, str]] = {}
_CACHE_SIZE = 4096


# categories that are never a stated fact: pressure wording in a request is flagged whatever
# numbers the request also states ("only 2 left! renew now or lose everything")
_PRESSURE = ("confirmshaming", "fear_appeal", "guilt_appeal")
_CANCEL_INFO = re.compile(r"\bcancel\w*\s+(?:\w+\s+){0,4}(?:any\s*time|online|in\s+(?:settings|your\s+account|the\s+app|one|two|\d)|"
                          r"from\s+your\s+account|whenever)", re.IGNORECASE)
# "do not use guilt", "never say 'don't be a loser'": a house rule, not a request for pressure
_NOT_INSTRUCTION = re.compile(
    r"\b(?:do\s+not|don['’]t|never|avoid|no|without|must\s+not|mustn['’]t|should\s+not|shouldn['’]t|not)\s+"
    r"(?:\w+\s+){0,2}(?:use|using|include|including|write|writing|say|saying|add|adding|make|making|pressure|"
    r"guilt|shame|scare|invent|inventing|threaten|manipulat\w*|push|pushing|sound|mention|phrases?|wording|like)\b",
    re.IGNORECASE)


def _pressure_in_request(text: str, hits: list[tuple[str, int, int, str]], cfg: ManipulationConfig,
                         enabled: set[str], done: set[str]) -> list[Finding]:
    """Pressure wording in a request (rule hits passed in, plus the classifier's)."""
    out: list[Finding] = []
    if cfg.classifier:
        for category, s, e, p in _classified(text[:MAX_SCAN], cfg.request_threshold):
            if category in _PRESSURE:
                hits.append((category, s, e, f"classifier {p:.2f}"))
    for category, s, e, how in hits:
        if category not in enabled or category in done:
            continue
        sent_start = max(text.rfind(c, max(0, s - 200), s) for c in ".!?\n") + 1
        if _NOT_INSTRUCTION.search(text[sent_start:s + 40]) and not re.match(
                r"\s*don['’]t\s+be\b", text[s:], re.IGNORECASE):
            continue
        out.append(finding(NAME, category,
                           f"request contains {category.replace('_', ' ')} wording ({how}): {text[s:e]!r}",
                           cfg.input_action, where="input", span=(s, e),
                           rule_id=f"manipulation.{category}.in_request", severity="high"))
        done.add(category)
    return out


class ManipulationCheck(Check):
    name: ClassVar[str] = NAME
    section: ClassVar[str] = NAME
    config_model: ClassVar[type[BaseModel]] = ManipulationConfig
    description: ClassVar[str] = "dark patterns: false urgency, fake scarcity, confirmshaming..."

    @classmethod
    def output_actions(cls, section: Any) -> set[str]:
        return {section.action, section.classifier_action}  # input_action: requests only

    def scan(self, inp: CheckInput, config: ManipulationConfig | dict[str, Any] | None = None) -> list[Finding]:
        cfg = coerce(ManipulationConfig, config)
        text = inp.text
        if not text:
            return []
        enabled = set(cfg.categories)
        lower = lower_same_length(text)
        out: list[Finding] = []
        done: set[str] = set()
        if inp.where == "input":
            if not cfg.check_requests:
                return []
            said: list[tuple[str, int, int, str]] = []
            for category, m in _INPUT.finditer(lower):
                if category.startswith("said:"):
                    said.append((category[5:], m.start(), m.end(), "rule"))
                    continue
                if category not in enabled or category in done:
                    continue
                if _NEGATED_ASK.search(lower[max(0, m.start() - 40):m.start()]) and category not in (
                        "hidden_subscription", "hard_to_cancel"):
                    continue
                claim = text[m.start():m.end()]
                out.append(finding(NAME, category, f"request asks for {category.replace('_', ' ')}: {claim!r}",
                                   cfg.input_action, where="input", span=(m.start(), m.end()),
                                   rule_id=f"manipulation.{category}.ask", severity="high"))
                done.add(category)
            out.extend(_pressure_in_request(text, said, cfg, enabled, done))
            return out
        facts: _Facts | None = None
        standalone = not inp.request and not cfg.allowed_facts  # nothing to compare a claim with
        for category, m in _OUTPUT.finditer(lower, skip=done):
            if category not in enabled or category in done:
                continue
            claim = text[m.start():m.end()]
            if category == "false_urgency" and (standalone and _plain_deadline(text, m.start(), m.end())
                                                or _technical_expiry(text, m.start(), m.end())
                                                or _titled_work(text, m.start(), m.end())):
                continue
            if category == "fake_scarcity" and standalone and (_plain_stock(text, m.start(), m.end())
                                                              or _offer_terms_stock(text, m.start(), m.end())):
                continue
            if category in _FACT_KIND:
                if facts is None:  # built only when a claim needs checking
                    facts = _Facts("\n".join([request_text(inp.request)] + [f.text for f in cfg.facts()]),
                                   cfg.facts())
                if facts.backs(category, claim):
                    continue
            if category == "hidden_subscription" and (_TERMS_DISCLOSED.search(text) or _TRIAL_STATED.search(text)
                                                      or _TRIAL_LABEL.match(text)):
                continue
            out.append(finding(NAME, category, f"{category.replace('_', ' ')} in copy: {claim!r}",
                               cfg.action, where="output", span=(m.start(), m.end()),
                               rule_id=f"manipulation.{category}"))
            done.add(category)
        if cfg.classifier and len(done) < len(enabled):
            ruled = [f.span for f in out if f.span]
            # the classifier has no guilt or fear label: in a paragraph a guilt or fear rule flagged,
            # its pick for another sentence is most likely that appeal reworded ("We're so
            # disappointed that you left. After all we've done for you, come back.")
            ruled += [_paragraph(text, *f.span) for f in out
                      if f.span and f.category in ("guilt_appeal", "fear_appeal")]
            for category, start, end, p in _classified(text[:MAX_SCAN], cfg.classifier_threshold):
                if category not in enabled or category in done:
                    continue
                if any(a < end and start < b for a, b in ruled):
                    continue  # a phrase rule already explains this sentence
                claim = text[start:end]
                if category == "false_urgency" and (standalone and _plain_deadline(text, start, end)
                                                    or _technical_expiry(text, start, end)):
                    continue
                if category == "fake_scarcity" and standalone and _plain_stock(text, start, end):
                    continue
                if category in _FACT_KIND:
                    if facts is None:
                        facts = _Facts("\n".join([request_text(inp.request)] + [f.text for f in cfg.facts()]),
                                       cfg.facts())
                    if facts.backs(category, claim):
                        continue
                if category == "hidden_subscription" and _TERMS_DISCLOSED.search(text) and _CANCEL_INFO.search(text):
                    continue
                out.append(finding(NAME, category,
                                   f"{category.replace('_', ' ')} in copy (classifier {p:.2f}): {claim!r}",
                                   cfg.classifier_action, where="output", span=(start, end),
                                   rule_id=f"manipulation.{category}.classifier"))
                done.add(category)
        return out


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The line or paragraph around a span."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, len(text) if b < 0 else b


def revise_instruction(findings: list[Finding]) -> str:
    """The note appended when re-asking the model once (action ``revise``)."""
    lines = [f"- {f.category.replace('_', ' ')}: {f.message}" for f in findings if f.check == NAME]
    return ("Rewrite the previous answer without manipulative sales tactics. Remove these issues and "
            "keep every true fact, price and date that was given to you:\n" + "\n".join(lines)
            + "\nDo not invent deadlines, stock levels, popularity claims or guilt/fear appeals. "
            "State subscription terms (price, renewal, how to cancel) plainly.")


CHECK = ManipulationCheck()
