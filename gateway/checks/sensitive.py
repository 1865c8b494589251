"""Sensitive-attribute check: GDPR Art. 9 categories plus what marketing must not exploit.

The check does not flag a topic, it flags an *attribution*: the request uses a sensitive attribute
of the recipient ("she is pregnant", "customer has diabetes", "recently widowed"), or the copy
states or implies one of the reader ("Congratulations on your pregnancy", "as someone managing
diabetes"). Talking about a topic in general ("10 tips for a healthy pregnancy") is not flagged.

How: a lexicon of attribute terms per category; for each hit, the clause before it must carry an
attribution cue for the side being scanned (output: you/your/as someone who...; input: she/he/
the customer/<PERSON_1>/a name + a verb, her/his/their...), and must not be negated ("she is not",
"do not mention her...") or generic ("anyone who", "if you are"). Regexes only: ~0.1 ms per text.
"""

from __future__ import annotations

import re
from typing import Any, Callable, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, RootModel, model_validator

from gateway.checks.base import Check, CheckInput
from gateway.checks.common import Action, GatedSet, finding, lower_same_length, sentence_at, words
from gateway.context import Finding

NAME = "sensitive_topics"

_REL = r"(?:husband|wife|partner|spouse|mother|father|mom|dad|mum|son|daughter|child|baby|parents?|brother|sister|grandmother|grandfather|grandma|grandpa|fianc[eé]e?|dog|cat|pet)"

# category -> attribute terms (regex fragments; matched case-insensitively on word boundaries)
LEXICON: dict[str, list[str]] = {
    "health": [
        "diabetes", "diabetic", "type 1 diabetes", "type 2 diabetes", "cancer", "chemo", "chemotherapy",
        "tumou?r", "leukemia", "HIV", "AIDS", "hypertension", "high blood pressure", "heart disease",
        "heart condition", "heart attack", "heart failure", "stroke", "asthma", "arthritis", "epilepsy",
        "multiple sclerosis", "Parkinson'?s", "Alzheimer'?s", "dementia", "chronic pain",
        "chronic illness", "chronic condition", "illness", "disease", "diagnosis", "diagnosed",
        "surgery", "disability", "disabled", "wheelchair user", "celiac disease", "coeliac disease",
        "obesity", "obese", "migraines?", "kidney disease", "dialysis", "medications?",
        "insulin", "blood sugar", "cholesterol", "hearing loss", "injury", "cast on",
        "(?:heart|cancer|kidney|stroke|dialysis|transplant|chemo|HIV|diabetes) (?:patient|survivor)s?",
        "amputee", "hospitali[sz]ed", "terminally ill", "in remission",
    ],
    "mental_health": [
        "depression", "depressed", "anxiety disorder", "anxiety", "panic attacks?", "bipolar",
        "PTSD", "OCD", "ADHD", "autism", "autistic", "eating disorder", "anorexia", "bulimia",
        "mental health (?:condition|issues?|struggles?|diagnosis|crisis|problems?)",
        "mental illness", "therapy sessions?", "therapist", "suicidal", "addiction", "alcoholism",
        "rehab", "sobriety", "recovering addict", "schizophrenia", "burnout",
    ],
    "pregnancy": [
        "pregnant", "pregnancy", "expecting (?:a baby|a little one|twins|a child|your first|their first|her first)",
        "expectant (?:mother|mom|mum|parent)s?", "baby on the way", "little one on the way",
        "expecting (?:moms?|mums?|mothers?|parents?)", "moms?-to-be", "mums?-to-be", "parents?-to-be", "due date", "(?:first|second|third) trimester",
        "trimester", "maternity", "prenatal", "IVF", "fertility (?:treatment|journey|struggles?|issues?)",
        "miscarriage", "trying to conceive",
    ],
    "sexual_orientation": [
        "gay", "lesbian", "bisexual", "queer", "LGBTQ\\+?", "LGBT", "transgender",
        "trans (?:woman|man|person)", "homosexual", "same-sex (?:partner|spouse|couple|relationship)",
        "sexual orientation", "coming out", "came out", "non-?binary",
    ],
    "sex_life": [
        "sex life", "sexual (?:history|health|partners?|preferences?|activity|dysfunction)",
        "erectile dysfunction", "libido", "sexually active", "STDs?", "STIs?",
    ],
    "religion": [
        "Muslim", "Christian", "Catholic", "Protestant", "Jewish", "Hindu", "Buddhist", "Sikh",
        "Mormon", "atheist", "agnostic", "faith", "religion", "religious beliefs?", "churchgoer",
        "mosque", "synagogue", "Ramadan fast", "fasting for Ramadan", "born-again", "evangelical",
        "devout", "Orthodox Jew", "Jews?",
    ],
    "ethnicity": [
        "ethnicity", "ethnic background", "ethnic origin", "racial background", "race",
        "African[- ]American", "Hispanic", "Latin[oax]", "Asian[- ]American", "Arab",
        "Black (?:man|woman|person|customer|family|heritage|community)", "heritage", "immigrant",
        "indigenous", "Native American", "skin colou?r", "Roma", "Aboriginal",
    ],
    "political_opinion": [
        "Democrat", "Republican", "liberal", "conservative", "leftist", "right-wing", "left-wing",
        "MAGA", "socialist", "communist", "libertarian", "Labour voter", "Tory", "political views",
        "political beliefs", "political affiliation", "voted for", "party member", "your vote",
    ],
    "trade_union": [
        "union members?", "union membership", "trade union", "labou?r union", "union dues",
        "unioni[sz]ed", "shop steward", "Teamsters", "union rep", "(?:in|joined) the union",
        "collective bargaining",
    ],
    "genetic": [
        "DNA", "genetic (?:test|testing|results?|profile|condition|risk|markers?|data)", "genome",
        "gene (?:mutation|variant)", "BRCA\\d?", "23andMe", "ancestry (?:test|results|DNA)",
    ],
    "biometric": [
        "fingerprints?", "face scan", "facial (?:recognition|geometry|scan)", "retina scan",
        "iris scan", "biometric", "voiceprint",
    ],
    "financial_hardship": [
        "debts?", "in debt", "indebted", "missed (?:a |your |two |three |several |their |her |his |\\w+ )?payments?",
        "late payments?", "overdue (?:payments?|balance|bills?|rent|account|invoice)", "past due",
        "behind on (?:your |their |her |his )?(?:bills|rent|payments|mortgage|loan)", "bankrupt",
        "bankruptcy", "foreclosure", "eviction", "evicted", "repossess\\w*", "collections? agency",
        "struggling (?:financially|to pay|to make ends meet|with money|with bills)",
        "financial (?:hardship|difficult(?:y|ies)|trouble|struggles?)", "unemployed", "jobless",
        "laid off", "lost (?:your|her|his|their) job", "payday loans?", "low income", "food stamps",
        "welfare", "(?:bad|poor|low) credit", "bounced (?:payments?|checks?|cheques?|direct debits?)",
        "payments? (?:bounced|failed|was declined|were declined)", "defaulted", "money is tight", "tight on money",
    ],
    "bereavement": [
        "widow", "widowed", "widower", "bereaved", "bereavement", "passed away", "funeral", "grieving",
        "grief", "your loss", "in mourning", "condolences", f"death of (?:your|her|his|their) {_REL}",
        f"lost (?:your|her|his|their) {_REL}", f"losing (?:your|her|his|their) {_REL}",
        f"late {_REL}", "died", "passed", "was killed", "death",
    ],
    "divorce": [
        "divorce", "divorced", "divorcing", "separated from", "separation", "custody battle",
        "newly single", "break-?up", "ex-(?:husband|wife|partner)",
    ],
}

PARENT = {"mental_health": "health", "pregnancy": "health", "bereavement": "life_events",
          "divorce": "life_events"}
# earlier / alternative names accepted in policy files
CATEGORY_ALIASES = {"ethnic_origin": ["ethnicity"], "racial_origin": ["ethnicity"],
                    "genetic_biometric": ["genetic", "biometric"], "life_events": ["life_events"]}
# consent scopes that also cover a category (the X-Candor-Consent vocabulary is free-form)
CONSENT_ALIASES = {
    "sexual_orientation": {"sexual_orientation", "orientation"},
    "sex_life": {"sex_life"},
    "religion": {"religion", "belief", "religious_belief"},
    "ethnicity": {"ethnic_origin", "racial_origin", "ethnicity", "race"},
    "political_opinion": {"political_opinion", "politics"},
    "trade_union": {"trade_union", "union"},
    "genetic": {"genetic", "genetic_biometric"},
    "biometric": {"biometric", "genetic_biometric"},
    "financial_hardship": {"financial", "financial_hardship", "finances"},
    "mental_health": {"mental_health"},
}


class CategoryRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Action = "block"
    unless_consent: bool = True  # consent for the category (or its parent) waives the finding
    # the customer's own statement in a request ("My religion does not allow...", "I'm pregnant"):
    # rule id sensitive.<category>.self_disclosure. Default flag: recorded, the customer still
    # gets an answer; the copy that *uses* it is still checked on output (reader attribution).
    self_disclosure: Action = "flag"
    mode: str | None = None  # the policy engine's (enforce | monitor); ignored here


DEFAULT_RULES: dict[str, CategoryRule] = {
    "health": CategoryRule(action="block"),
    "sexual_orientation": CategoryRule(action="block"),
    "sex_life": CategoryRule(action="block"),
    "religion": CategoryRule(action="block"),
    "ethnicity": CategoryRule(action="block"),
    "political_opinion": CategoryRule(action="block"),
    "trade_union": CategoryRule(action="block"),
    "genetic": CategoryRule(action="block"),
    "biometric": CategoryRule(action="block"),
    "financial_hardship": CategoryRule(action="review"),
    "life_events": CategoryRule(action="review"),
}


class SensitiveTopicsConfig(RootModel[dict[str, CategoryRule]]):
    """Policy YAML ``sensitive_topics: {health: {action: block, unless_consent: true}, ...}``.

    Empty (or absent): every category with its default rule. Otherwise only the categories
    listed are checked; a sub-category (pregnancy, mental_health / bereavement, divorce) is also
    covered by its parent (health / life_events) when it is not listed itself. Values may be
    this module's ``CategoryRule`` or any object with ``action`` and ``unless_consent``.
    """

    root: dict[str, CategoryRule] = {}

    @model_validator(mode="before")
    @classmethod
    def _accept(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out: dict[str, Any] = {}
        for key, value in data.items():
            if hasattr(value, "model_dump"):
                value = value.model_dump(exclude_none=True)
            for name in CATEGORY_ALIASES.get(key, [key]):
                out[name] = value
        return out

    def rule_for(self, category: str) -> CategoryRule | None:
        """The rule that applies to ``category``, or None when this policy does not check it."""
        for name in (category, PARENT.get(category)):
            if name and name in self.root:
                return self.root[name]
        if self.root:
            return None
        return DEFAULT_RULES.get(category) or DEFAULT_RULES[PARENT[category]]


def consented(category: str, consent: frozenset[str]) -> bool:
    scopes = {category, PARENT.get(category, category)} | CONSENT_ALIASES.get(category, set())
    return bool(scopes & consent)


# one gated regex per term: only terms whose first letters occur in a text are tried on it
_TERMS = GatedSet([(cat, r"(?<![\w-])(?:" + words([term]) + r")(?![\w-])")
                   for cat, terms in LEXICON.items() for term in terms])
# case-sensitive terms (lower case means something else: "aids", "race", "faith" stays insensitive)
_PROPER = re.compile(r"^(?:HIV|AIDS|DNA|OCD|PTSD|ADHD|IVF|MAGA|Roma|Tory|Arab)$")

# words allowed between "your" and the term: adjectives and "battle with"-style nouns
_FILL = (r"(?:(?:recent|new|newly|ongoing|current|own|first|latest|upcoming|growing|mounting|"
         r"outstanding|unpaid|dear|beloved|sudden|difficult|painful|tough|chronic|early|second|"
         r"third|type\s+\d|little|strong|deep|personal|family's|sincere|deepest|credit\s+card|"
         r"student|medical|long|hard|brave|last|two|three|four|several|knee|hip|back|heart|eye|shoulder|"
         r"hand|foot|wrist|spine|brain|breast|skin|monthly|rent|car|home)\s+)*"
         r"(?:(?:battle|fight|journey|struggle|life|experience|recovery|treatment|time|situation|"
         r"years?|months?|weeks?|days?)\s+(?:with|against|from|after|of|since|in)\s+"
         r"(?:(?:a|an|the|your|her|his|their)\s+)?)?")
# up to four "glue" words between the cue and the attribute ("she has been diagnosed with", "you've
# been buying prenatal..."): a whitelist, so that "Acme is proud to support cancer research" is no cue
_GLUE = (r"(?:been|being|be|recently|just|newly|currently|now|still|also|a|an|the|very|so|really|"
         r"heavily|deeply|diagnosed|with|from|for|treated|suffering|living|struggling|struggle|dealing|"
         r"battling|fighting|coping|recovering|managing|going|through|in|into|expecting|devout|"
         r"practicing|practising|proud|openly|registered|lifelong|committed|active|observant|behind|late|"
         r"her|his|their|your|my|two|three|four|several|multiple|first|second|third|type|\d+|some|of|"
         r"to|had|has|have|got|getting|became|become|found|out|months?|weeks?|years?|ago|last|early|"
         r"stage|severe|chronic|mild|buying|bought|browsing|shopping|searching|looking|ordering|"
         r"ordered|reading|asking|about|told|us|me|said|says|mentioned|feel|feeling|like|said|"
         r"living|member|members|on|at|since|after|because|sadly|unfortunately|again|went|gone|goes|go)")
_FREE = r"(?:\s+" + _GLUE + r"\b){0,4}"
_OUT_CUES = re.compile(
    r"(?:\byour\s+" + _FILL
    + r"|\byour\s+" + _REL + r"\s+(?:has\s+|had\s+|recently\s+|just\s+|sadly\s+)*"
    + r"|\byou(?:'re|’re|'ve|’ve|'d|’d|\s+(?:are|were|have|had|got|get|became|become|seem|look|feel|"
    r"might|may|could|must|recently|just|now|still|also|both|missed|lost|owe|live|struggle))\b" + _FREE + r"\s*"
    r"|\bas\s+(?:someone|somebody|a\s+person|one|an?)\b" + _FREE + r"\s*"
    r"|\bcongratulations\s+on\s+(?:the\s+)?"
    r"|\byou\s+"
    r"|\bfor\s+you(?:r)?\s+(?:and\s+your\s+\w+\s+)?(?:during|through|after)\s+(?:your\s+)?"
    r")$",
    re.IGNORECASE,
)
_AFTER_OUT = re.compile(
    r"^(?:(?:\s+\w+){0,2}\s+like\s+you(?:rself)?|\s+(?:for|with|to)\s+you"
    r"|\s+(?:is|are|has\s+been)\s+(?:\w+\s+){0,2}(?:treating|going\s+(?:well\s+)?for|being\s+kind\s+to)\s+you)\b",
    re.IGNORECASE)
# living with / coping with <condition> in a sentence that addresses the reader
_EXPERIENCE = re.compile(r"\b(?:(?:living|coping|dealing|struggling|battling|managing|recovering)\s+"
                         r"(?:with|from)|going\s+through|getting\s+through|after)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# a short question headline aimed at the reader: "Newly divorced?", "Struggling with debt?"
_HEADLINE_Q = re.compile(r"^\s*(?:\w+\s+){0,2}$")

_SUBJ = (r"(?:she|he|they|customer|client|recipient|member|subscriber|user|patient|buyer|shopper|"
         r"reader|contact|lead|account\s+holder|<PERSON_\d+>|"
         r"(?!(?:This|That|It|There|Here|What|Which|Everyone|Anyone|People|Our|We|You|I|The|A|An|"
         r"If|When|Whether|Write|Draft|Send|Please|Make|Do|Don't|Never|Also|Then|Tell)\b)(?-i:[A-Z][a-z]+))")
_IN_CUES = re.compile(
    r"(?:(?<![\w<])(?:her|his|their|(?:the\s+)?(?:customer|client|recipient|member|subscriber|reader)['’]s|"
    r"<PERSON_\d+>['’]s|(?-i:[A-Z][a-z]+)['’]s)\s+" + _FILL
    + r"|(?<![\w<])(?:her|his|their|(?:the\s+)?(?:customer|client|recipient)['’]s)\s+" + _REL
    + r"\s+(?:has\s+|had\s+|recently\s+|just\s+|sadly\s+)*"
    + r"|(?<![\w<])" + _SUBJ + r"\s+"
    r"|(?<![\w<])" + _SUBJ + r"(?:'s|’s|\s+(?:is|was|are|were|has|had|have|recently|just|got|became|lost|"
    r"missed|owes|lives|struggles|suffers|practices|attends|votes|belongs|joined))\b" + _FREE + r"\s*"
    r"|\bwho(?:'s|’s|\s+(?:is|was|are|were|has|had|have|recently|just|lost|missed|got|became))\b"
    + _FREE + r"\s*"
    r"|\bwhose\b"
    + _FREE + r"\s*"
    r"|(?<![\w<])(?:him|her|them|customer|client|recipient|<PERSON_\d+>|(?-i:[A-Z][a-z]+))\s*,\s*(?:\w+\s+){0,3}"
    r"|\b(?:a|an|the|our|this|to)\s+(?:recently|newly|just)\s+"
    r")$",
    re.IGNORECASE,
)
_RECIPIENT_AFTER = re.compile(
    r"^\s+(?:customer|client|recipient|member|subscriber|shopper|buyer|user|mom|mother|"
    r"woman|man|dad|father)s?\b", re.IGNORECASE)

_NEG_INSTRUCTION = re.compile(
    r"\b(?:do\s+not|don['’]t|never|avoid|without|must\s+not|mustn['’]t|should\s+not|shouldn['’]t|"
    r"no|nor|not)\s+(?:\w+\s+){0,3}?(?:mention\w*|refer\w*|impl\w+|assum\w+|bring\w*\s+up|"
    r"discuss\w*|talk\w*\s+about|say\w*|us(?:e|ing)|includ\w+|allud\w+|hint\w*|referenc\w+|"
    r"speculat\w+|infer\w*|guess\w*|target\w*)\b",
    re.IGNORECASE,
)
_NEG_NEAR = re.compile(r"\b(?:not|n['’]t|never|no\s+longer|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_GENERIC = re.compile(
    r"\b(?:if|whether|when|whenever|once|anyone|everyone|everybody|anybody|people|those|folks|"
    r"many|millions|thousands|others|readers|families|women|men|someone\s+you\s+know|"
    r"a\s+loved\s+one)\b", re.IGNORECASE)


def _attributed(text: str, start: int, end: int, where: str) -> bool:
    s_start, s_end = sentence_at(text, start)
    left = text[s_start:start]
    term = text[start:end]
    right = text[end:s_end]
    if _NEG_INSTRUCTION.search(left):
        return False
    tail = left[-90:]
    if where == "output":
        direct = re.search(r"\byour\b", term, re.IGNORECASE) is not None
        sentence = text[s_start:s_end]
        cue = (direct or _OUT_CUES.search(tail) is not None or _AFTER_OUT.match(right) is not None
               or (_EXPERIENCE.search(tail) is not None and re.search(r"\byou", sentence, re.IGNORECASE) is not None)
               or (_HEADLINE_Q.match(left) is not None and text[s_end:s_end + 1] == "?"
                   and re.match(r"\s*$", right) is not None))
        if not cue:
            return False
        if _NEG_NEAR.search(tail):
            return False
        # generic framing ("if you are pregnant", "anyone who...") is topic talk, not attribution
        if not direct and _GENERIC.search(tail):
            return False
        return True
    direct = re.search(r"\b(?:her|his|their)\b", term, re.IGNORECASE) is not None
    cue = (direct or _IN_CUES.search(tail) is not None
           or (_RECIPIENT_AFTER.match(right) is not None and not _GENERIC.search(tail)))
    if not cue:
        return False
    if _NEG_NEAR.search(tail):
        return False
    near = tail[-40:]
    if _GENERIC.search(near) and not re.search(r"\b(?:she|he|her|his|customer|recipient|<PERSON_\d+>)\b", near, re.IGNORECASE):
        return False
    return True


# --- the customer's own statement ----------------------------------------------------------------
# first person right before the term: "my religion", "I'm pregnant", "I have been diagnosed with",
# "my wife is expecting a baby", "as a diabetic, I ..." (with I/me/my later in the sentence)
_SELF_CUES = re.compile(
    r"(?:\bmy\s+" + _FILL
    + r"|\b(?:my|our)\s+(?:late\s+)?" + _REL + r"\b(?:\s+(?:is|was|has|had|recently|just|sadly|got))?" + _FREE + r"\s*"
    + r"|(?<![\w<])I(?:'m|’m|'ve|’ve|'d|’d|\s+(?:am|was|have|had|got|get|became|become|recently|just|now|still|"
    r"also|lost|missed|owe|live|struggle|suffer|practi[cs]e|attend|vote|belong|joined|follow|observe|"
    r"identify|fast|pray|worship|keep))\b" + _FREE + r"\s*"
    r")$",
    re.IGNORECASE,
)
_AS_A = re.compile(r"\bas\s+(?:a|an|someone|somebody|a\s+person)\b" + _FREE + r"\s*$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?<![\w<])(?:I|me|my|mine|myself)(?![\w>])", re.IGNORECASE)


def _self_disclosed(text: str, start: int, end: int) -> bool:
    """The writer states the attribute of themselves (or of their own family): a customer in a
    support chat, not a marketer targeting someone."""
    s_start, s_end = sentence_at(text, start)
    left = text[s_start:start]
    if _NEG_INSTRUCTION.search(left):
        return False
    tail = left[-90:]
    if _SELF_CUES.search(tail):
        return True
    if _AS_A.search(tail) and _FIRST_PERSON.search(text[end:s_end]):
        return True
    return False


MAX_HITS = 2000  # attribute-term occurrences examined per text (each costs a few regexes)


class SensitiveTopicsCheck(Check):
    name: ClassVar[str] = NAME
    section: ClassVar[str] = NAME
    config_model: ClassVar[type[BaseModel]] = CategoryRule  # per category: {action, unless_consent}
    scan_config_model: ClassVar[type[BaseModel] | None] = SensitiveTopicsConfig
    description: ClassVar[str] = "special-category data used or implied about the reader"

    @classmethod
    def section_type(cls, with_mode: Callable[[type[BaseModel]], type[BaseModel]]) -> Any:
        categories = tuple(dict.fromkeys([*DEFAULT_RULES, *PARENT]))
        return dict[Literal[categories], with_mode(CategoryRule)]  # type: ignore[valid-type]

    @classmethod
    def runtime_config(cls, section: Any) -> "SensitiveTopicsConfig":
        # the policy keeps a mode per category; the check gets its own RootModel without it
        return SensitiveTopicsConfig.model_validate(
            {k: v.model_dump(exclude={"mode"}) for k, v in section.items()})

    def scan(self, inp: CheckInput, config: SensitiveTopicsConfig | dict[str, Any] | None = None) -> list[Finding]:
        cfg = _coerce(config)
        text = inp.text
        if not text:
            return []
        consent = inp.ctx.consent if inp.ctx is not None else frozenset()
        out: list[Finding] = []
        done: set[str] = set()
        examined = 0
        for category, m in _TERMS.finditer(lower_same_length(text), skip=done):
            if category in done:
                continue
            examined += 1
            if examined > MAX_HITS:  # bounded cost on pathological texts (documented)
                break
            rule = cfg.rule_for(category)
            if rule is None or rule.action == "allow":
                done.add(category)
                continue
            term = text[m.start():m.end()]
            if _PROPER.match(term.upper()) and term != term.upper():
                continue  # "aids", "dna" in lower case are ordinary words here
            if inp.where == "input" and _self_disclosed(text, m.start(), m.end()):
                out.append(finding(
                    NAME, category,
                    f"the writer discloses their own {category.replace('_', ' ')} ({term!r}); not a "
                    f"recipient being targeted: do not use it for marketing",
                    rule.self_disclosure, where="input", span=(m.start(), m.end()),
                    rule_id=f"sensitive.{category}.self_disclosure",
                    severity="high" if rule.self_disclosure == "block" else "low"))
                done.add(category)
                continue
            if not _attributed(text, m.start(), m.end(), inp.where):
                continue
            who = "the reader" if inp.where == "output" else "the recipient"
            # with consent the finding is still recorded (audit), with action "allow"
            allowed = rule.unless_consent and consented(category, consent)
            out.append(finding(
                NAME, category,
                f"{'copy attributes' if inp.where == 'output' else 'request uses'} "
                f"{category.replace('_', ' ')} ({term!r}) to {who}"
                + (" (the recipient consented)" if allowed else " without consent"),
                "allow" if allowed else rule.action, where=inp.where, span=(m.start(), m.end()),
                rule_id=f"sensitive.{category}.{'reader' if inp.where == 'output' else 'recipient'}",
                severity="low" if allowed else "high" if rule.action == "block" else "medium",
            ))
            done.add(category)
        return out


def _coerce(config: Any) -> SensitiveTopicsConfig:
    if isinstance(config, SensitiveTopicsConfig):
        return config
    if hasattr(config, "model_dump") and not isinstance(config, dict):
        config = config.model_dump(exclude_none=True)
    return SensitiveTopicsConfig.model_validate(config or {})


CHECK = SensitiveTopicsCheck()
