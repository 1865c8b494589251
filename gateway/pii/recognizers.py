"""Recognizers Candor uses on top of (or instead of) Presidio's defaults.

* ``IntlPhoneRecognizer``: Presidio's PhoneRecognizer scores every number 0.4 (below a 0.5
  threshold) unless a context word is near, and only tries a few regions. Marketing prompts carry
  bare numbers ("Lukas Becker at +49 30 901820"). We score by how sure phonenumbers is: an
  international number that parses as valid is a phone number whatever the context; a national
  number must be valid for a region we try.
* ``build_recognizers``: the recognizer set for one PIIConfig, only for the entities it asks for
  (fewer recognizers, less time per scan).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, LocalRecognizer, Pattern, PatternRecognizer
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    SpacyRecognizer,
    UsSsnRecognizer,
)

from gateway.pii.config import PIIConfig
from gateway.pii.output_scan import luhn_ok

PHONE_CONTEXT = ["phone", "telephone", "tel", "cell", "mobile", "call", "text", "sms", "whatsapp",
                 "fax", "number", "contact", "reach"]
# Regions whose national formats we accept (valid numbers only) besides the US's.
NATIONAL_REGIONS = ("GB", "DE", "FR", "IN", "CA", "AU", "ES", "IT", "NL", "BR", "MX", "IE")


_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
_CANDIDATE = re.compile(r"(?<![\w+\-.:/])\(?\d[\d ().\-]{5,22}\d(?:\s?(?:x|ext\.?)\s?\d{1,6})?"
                        r"(?![\w\-:/]|\.\d)")
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


class IntlPhoneRecognizer(LocalRecognizer):
    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         context=PHONE_CONTEXT, name="IntlPhoneRecognizer")

    def load(self) -> None:
        pass

    @staticmethod
    def _national(raw: str) -> float:
        """Score for one candidate that the US pass did not take (0: not a phone number)."""
        if _SSN_SHAPE.fullmatch(raw) or _DATE_SHAPE.match(raw):
            return 0
        digits = sum(c.isdigit() for c in re.sub(r"(?:x|ext\.?)\s?\d+$", "", raw))
        if not 7 <= digits <= 15:
            return 0
        if raw.startswith("00"):  # international dialling prefix: +CC...
            try:
                num = phonenumbers.parse("+" + raw[2:].lstrip(" -."), None)
                if phonenumbers.is_possible_number(num):
                    return 0.6
            except phonenumbers.NumberParseException:
                pass
        if raw.isdigit() and digits >= 12:
            return 0  # a bare 12+ digit run is a card/account number's shape
        if not (raw[0] in "0(" or digits >= 10):
            return 0  # national formats start with a trunk prefix; bare groups need context
        for region in NATIONAL_REGIONS:
            try:
                num = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number_for_region(num, region):
                return 0.55
        return 0

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found: dict[tuple[int, int], float] = {}
        if not any(ch.isdigit() for ch in text):
            return []
        # US (and +international) numbers: "possible" is enough, fictional 555 numbers included.
        for m in PhoneNumberMatcher(text, "US", leniency=Leniency.POSSIBLE):
            if _SSN_SHAPE.fullmatch(m.raw_string):
                continue  # 123-45-6789 is an SSN's shape, never a US phone format
            valid = phonenumbers.is_valid_number(m.number)
            intl = m.raw_string.lstrip("(").startswith("+")
            score = 0.75 if (intl and valid) else 0.6 if valid else 0.5
            if sum(c.isdigit() for c in m.raw_string) < 10 and not intl:
                score = 0.3  # 7-digit local numbers: only with context
            found[(m.start, m.end)] = max(found.get((m.start, m.end), 0), score)
        # Other numbers: parse each digit-group candidate once per region (much cheaper than a
        # PhoneNumberMatcher scan of the whole text per region).
        for m in _CANDIDATE.finditer(text):
            starts = [m.start()] + [m.start() + i + 1 for i, c in enumerate(m.group()) if c == " "]
            for a in starts[:4]:  # "81788 079 8700 6807": a zip code ran into the number
                b = m.end()
                score = self._national(text[a:b])
                if score and not any(s < b and a < e for s, e in found):
                    found[(a, b)] = score
                    break
        return [
            RecognizerResult("PHONE_NUMBER", s, e, score,
                             analysis_explanation=AnalysisExplanation(
                                 recognizer=self.name, original_score=score),
                             recognition_metadata={
                                 RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                 RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for (s, e), score in found.items()
        ]


def phone_context_recognizer(lang: str) -> PatternRecognizer:
    """Digit groups that only a nearby word ("call me at 25 761546") makes a phone number."""
    return PatternRecognizer(
        supported_entity="PHONE_NUMBER", name="ContextPhoneRecognizer", supported_language=lang,
        patterns=[Pattern("digit_groups", r"(?<![\w+.-])\(?\d{2,4}\)?(?:[ .-]\d{2,8}){1,4}(?![\w-])"
                          r"|(?<![\w+.-])\d{8,13}(?![\w-])", 0.2)],
        context=PHONE_CONTEXT + ["answering", "ring", "dial", "registered", "landline"])


class CardRecognizer(PatternRecognizer):
    """Any 12-19 digit number passing Luhn (Presidio's pattern misses 2-series Mastercard,
    JCB 15, Maestro 12 and 19-digit Visa). Short ones need a context word."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="CREDIT_CARD", name="CardRecognizer",
            supported_language=supported_language,
            patterns=[Pattern("card", r"(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])", 0.3)],
            context=["card", "credit", "debit", "visa", "mastercard", "amex", "cc", "payment",
                     "charge", "billing", "expires", "expiry"])

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if not luhn_ok(digits) or len(set(digits)) < 2:
            return False
        return True if len(digits) >= 13 else None  # True = certain; None = keep 0.3

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:  # 12-digit numbers stay weak until context lifts them
            if r.score >= 1.0 and len(re.sub(r"\D", "", text[r.start:r.end])) < 13:
                r.score = 0.3
        return results


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names from Faker's locale lists (offline), minus common English words."""
    try:
        import importlib
        import pkgutil

        import faker.providers.lorem.en_US as lorem
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - faker missing: NER only
        return frozenset()
    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        try:
            prov = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        except Exception:  # noqa: BLE001 - a broken locale must not stop the gateway
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            pool = getattr(prov, attr, ())
            if not isinstance(pool, (dict, list, tuple, set, frozenset)):
                continue
            names.update(n for n in pool if isinstance(n, str) and n.isalpha())
    common = {w.lower() for w in lorem.Provider.word_list} | COMMON_WORDS
    return frozenset(n for n in names if len(n) > 2 and n.lower() not in common and n[0].isupper())


COMMON_WORDS = {
    "will", "may", "june", "april", "august", "grace", "hope", "faith", "joy", "rose", "summer",
    "autumn", "winter", "bill", "mark", "jack", "frank", "rich", "sky", "star", "dawn", "ivy",
    "page", "lane", "case", "chase", "hunter", "jade", "ruby", "pearl", "sunny", "honey",
    "king", "prince", "major", "gene", "dean", "ray", "guy", "art", "don", "pat", "sue", "tom",
    "ben", "max", "bob", "rob", "sam", "ted", "ken", "lee", "van", "von", "del", "della", "la",
    "de", "le", "thanks", "dear", "team", "order", "customer", "client", "store", "card",
}

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f'\\-"
_NAME_RUN = re.compile(
    rf"(?<![^\W\d_])([{_UP}][{_LOW}]+)((?:[ \t]+(?:[{_UP}][{_LOW}]+|[A-Z]\.?(?!\w))){{0,3}})")


class FirstNameRecognizer(LocalRecognizer):
    """A capitalised known first name, with the capitalised words/initials that follow it."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         name="FirstNameRecognizer", context=["name", "customer", "dear", "hi"])

    def load(self) -> None:
        self.names = first_names()

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        out = []
        for m in _NAME_RUN.finditer(text):
            if m.group(1) not in self.names:
                continue
            score = 0.6 if m.group(2) else 0.5
            out.append(RecognizerResult(
                "PERSON", m.start(), m.end(), score,
                analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=score),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out


_CUE = re.compile(
    r"(?:\b(?:[Mm]y |[Hh]er |[Hh]is |[Tt]heir )?(?:(?:maiden|last|first|full|middle) )?"
    r"[Nn]ame(?: is|'s|:)|\bcall(?:s|ed)? me|\bnamed|\b[Dd]ear|\b(?:Hi|Hello|Hey))[ \t]+"
    r"([^\W\d_][\w'\-]*(?:[ \t]+(?:[^\W\d_][\w'\-]*|[A-Z]\.?(?!\w))){0,3})")


class NameCueRecognizer(LocalRecognizer):
    """"My name is X", "call me X", "Dear X", "Hi X": the cue makes the capitalised words a name."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         name="NameCueRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        out = []
        for m in _CUE.finditer(text):
            words = m.group(1).split()
            keep = []
            for w in words:  # capitalised words (or initials) only
                if not w[0].isupper():
                    break
                keep.append(w)
            if not keep:
                continue
            start = m.start(1)
            end = start + len(" ".join(keep)) if len(keep) == len(words) else \
                m.start(1) + m.group(1).index(keep[-1]) + len(keep[-1])
            out.append(RecognizerResult(
                "PERSON", start, end, 0.7,
                analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=0.7),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out


_SUFFIX = (r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ct|Court|Way|Pl|"
           r"Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Sq|Square|Cir|Circle|Row|Pass|Trail|"
           r"Loop|Crescent|Close|Mews|Gardens|Grove|Hill|Park)")
_UNIT = r"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Fl\.?|Floor|#)\s*[\w-]{1,6})?"
_EU_SUFFIX = (r"(?:stra(?:ss|ß)e|str\.|weg|gasse|platz|allee|laan|straat|gracht|vej|gade|gatan|"
              r"vägen|katu|kuja|tie|utca|ulica|út)")


def street_address_recognizer(lang: str) -> PatternRecognizer:
    """Street addresses (Presidio has none for English): "88 Fulton St, Apt 4B",
    "Hindsholmvej 75", "Rue des Buissons 386", "ul. Siostrzana 48"."""
    word = r"[A-Z\u00c0-\u00de][\w'\u00c0-\u017f.\-]*"
    return PatternRecognizer(
        supported_entity="STREET_ADDRESS", name="StreetAddressRecognizer",
        supported_language=lang,
        patterns=[
            Pattern("us", rf"\b\d{{1,6}}[A-Za-z]?\s+(?:(?:[NSEW]|North|South|East|West)\.?\s+)?"
                          rf"(?:{word}\s+){{0,3}}{_SUFFIX}\b\.?{_UNIT}", 0.6),
            Pattern("eu_suffix", rf"\b[\w\u00c0-\u017f'\-]+{_EU_SUFFIX}\s+\d{{1,5}}[a-zA-Z]?\b",
                    0.6),
            Pattern("eu_prefix", rf"\b(?:Rue|Via|Viale|Calle|Avenida|Rua|Piazza|Plaza|Boulevard|"
                                 rf"Chemin|Place|ul\.|Ulica)\s+(?:[\w\u00c0-\u017f'.\-]+\s+){{0,4}}"
                                 rf"\d{{1,5}}[a-zA-Z]?\b", 0.55),
            Pattern("unit", r"\b(?:Apt\.?|Apartment|Suite|Unit|P\.?O\.? Box)\s*#?\d{1,5}[A-Z]?\b", 0.5),
        ],
        global_regex_flags=re.DOTALL | re.MULTILINE)


def custom_pattern_recognizers(config: PIIConfig) -> list[EntityRecognizer]:
    by_name: dict[str, list] = {}
    for rec in config.custom_recognizers:
        by_name.setdefault(rec.name, []).append(rec)
    out: list[EntityRecognizer] = []
    for name, recs in by_name.items():
        context = sorted({w.lower() for r in recs for w in r.context})
        out.append(PatternRecognizer(
            supported_entity=name, name=f"custom:{name}", supported_language=config.language,
            patterns=[Pattern(f"{name}_{i}", r.pattern, r.score) for i, r in enumerate(recs)],
            context=context or None,
        ))
    return out


_OURS = {
    "EMAIL_ADDRESS": lambda lang: EmailRecognizer(supported_language=lang),
    "CREDIT_CARD": lambda lang: CardRecognizer(supported_language=lang),
    "IBAN_CODE": lambda lang: IbanRecognizer(supported_language=lang),
    "US_SSN": lambda lang: UsSsnRecognizer(supported_language=lang),
    "IP_ADDRESS": lambda lang: IpRecognizer(supported_language=lang),
    "PHONE_NUMBER": lambda lang: IntlPhoneRecognizer(supported_language=lang),
}
NER_ENTITIES = {"PERSON", "LOCATION", "NRP", "DATE_TIME", "ORGANIZATION"}


def build_recognizers(config: PIIConfig, predefined: Iterable[EntityRecognizer]) -> list[EntityRecognizer]:
    lang = config.language
    wanted = set(config.entities)
    recs: list[EntityRecognizer] = [factory(lang) for ent, factory in _OURS.items() if ent in wanted]
    if "PHONE_NUMBER" in wanted:
        recs.append(phone_context_recognizer(lang))
    if "STREET_ADDRESS" in wanted:
        recs.append(street_address_recognizer(lang))
    ner = sorted(wanted & NER_ENTITIES)
    if ner:
        recs.append(SpacyRecognizer(supported_language=lang, supported_entities=ner))
    if "PERSON" in wanted:
        recs.append(FirstNameRecognizer(lang))
        recs.append(NameCueRecognizer(lang))
        recs.append(PatternRecognizer(  # "Mrs. Nyström": a title makes the next word a name
            supported_entity="PERSON", name="TitleNameRecognizer", supported_language=lang,
            patterns=[Pattern("title", r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+"
                              r"[A-Z\u00c0-\u017f][\w'\-]+(?:\s+[A-Z][\w'\-]+)?", 0.7)]))
    covered = set(_OURS) | NER_ENTITIES | {"STREET_ADDRESS"}
    rest = wanted - covered
    for rec in predefined:  # any other Presidio entity a policy asks for (US_PASSPORT, URL, ...)
        if rec.supported_language == lang and rest & set(rec.supported_entities):
            recs.append(rec)
    recs.extend(custom_pattern_recognizers(config))
    return recs
