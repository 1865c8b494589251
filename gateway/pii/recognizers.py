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
from collections.abc import Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    SpacyRecognizer,
    UsSsnRecognizer,
)

from gateway.pii import addresses, arabic_names, chinese_names, cjk_names, inflected_names, name_cues, name_relations, name_shapes, names, phones, records, script_names, structured, tables, word_names
from gateway.pii.checksums import luhn_ok
from gateway.pii.config import PIIConfig
from gateway.pii.gazetteers import first_names as _first_names

PHONE_CONTEXT = ["phone", "telephone", "tel", "cell", "mobile", "call", "text", "sms", "whatsapp",
                 "fax", "number", "contact", "reach"]
NATIONAL_REGIONS = phones.NATIONAL_REGIONS
_SSN_SHAPE = phones.SSN_SHAPE


def _result(entity: str, s: int, e: int, score: float, rec: EntityRecognizer) -> RecognizerResult:
    return RecognizerResult(
        entity, s, e, score,
        analysis_explanation=AnalysisExplanation(recognizer=rec.name, original_score=score),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: rec.name,
                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id})


class IntlPhoneRecognizer(LocalRecognizer):
    """Digit-group candidates scored by ``phones.national_score`` (valid for one of 33 regions,
    shape, words around), then US-style numbers phonenumbers' matcher finds that no candidate
    covered (fictional 555 numbers, letters-free vanity formats)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         context=PHONE_CONTEXT, name="IntlPhoneRecognizer")

    def load(self) -> None:
        pass

    @staticmethod
    def _national(raw: str) -> float:
        return phones.national_score(raw)

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found: dict[tuple[int, int], float] = {(a, b): sc for a, b, sc in phones.spoken(text)}
        if not any(ch.isdigit() for ch in text):
            return [_result("PHONE_NUMBER", s, e, score, self) for (s, e), score in found.items()]
        found.update({(a, b): sc for a, b, sc in phones.candidates(text)})
        found.update({(a, b): sc for a, b, sc in phones.broken(text)
                      if not any(s < b and a < e for s, e in found)})
        for a, b, sc in phones.wrapped(text):  # the whole number, not its last line's piece
            found = {k: v for k, v in found.items() if not (a <= k[0] and k[1] <= b)}
            if not any(s < b and a < e for s, e in found):
                found[(a, b)] = sc
        # US (and +international) numbers: "possible" is enough, fictional 555 numbers included.
        for m in PhoneNumberMatcher(text, "US", leniency=Leniency.POSSIBLE):
            if _SSN_SHAPE.fullmatch(m.raw_string) or phones.DATE_SHAPE.match(m.raw_string.lstrip("[(")):
                continue  # 123-45-6789 is an SSN's shape, "12.03.2024 10" a date and an hour
            if any(s < m.end and m.start < e for s, e in found):
                continue  # a national candidate already covers it (often longer: "01512 340…")
            before = text[max(0, m.start - 80):m.start]
            if phones.NOT_PHONE.search(before) or phones.other_number(
                    m.raw_string, before, bool(phones.PHONE_WORDS.search(before))) or \
                    phones.id_heading(m.raw_string, text[m.end:m.end + 2]):
                continue
            valid = phonenumbers.is_valid_number(m.number)
            intl = m.raw_string.lstrip("(").startswith("+")
            score = 0.75 if (intl and valid) else 0.6 if valid else 0.5
            if sum(c.isdigit() for c in m.raw_string) < 10 and not intl:
                score = 0.55 if phones.PHONE_WORDS.search(before) else 0.3
            found[(m.start, m.end)] = score
        for m in phones.VANITY.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in found):
                found[(m.start(), m.end())] = 0.6
        return [_result("PHONE_NUMBER", s, _with_extension(text, e), score, self) for (s, e), score in found.items()]


def _with_extension(text: str, end: int) -> int:
    """The end of a phone number with the extension written after it ("… extension 2665")."""
    m = phones.EXTENSION.match(text, end)
    return m.end() if m else end


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
            patterns=[Pattern("card", r"(?<![\d+-])[1-9](?:[ -]?\d){11,18}(?![\d-])", 0.3)],
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


def first_names() -> frozenset[str]:
    """Known first names, lower case (gateway.pii.gazetteers)."""
    return _first_names()


class FirstNameRecognizer(LocalRecognizer):
    """Gazetteer and cue names (``names.find_names``, ``name_cues.find_cued_names``): known first names in any case with the
    name words after them, lower-case names in lists and after cues, possessives, titles."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         name="FirstNameRecognizer", context=["name", "customer", "dear", "hi"])

    def load(self) -> None:
        # build the gazetteers and load the word frequencies now, not on the first request
        names.find_names("Warm Up, warm and up; Ünal's")
        from gateway.pii.gazetteers import first_names_all, last_names
        first_names_all(), last_names()
        cjk_names.find_cjk_names("정하은 高橋 翔")

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        found = names.find_names(text) + name_cues.find_cued_names(text) + name_shapes.find_shaped_names(text) \
            + cjk_names.find_cjk_names(text) + chinese_names.find_chinese_names(text) \
            + arabic_names.find_arabic_names(text) + script_names.find_script_names(text) \
            + word_names.find_word_names(text) + inflected_names.find_inflected_names(text) \
            + name_relations.find_related_names(text)
        return [_result("PERSON", a, b, sc, self) for s, e, sc in found for a, b in _cell_pieces(text, s, e)]


_CELL_BREAK = re.compile(r"[\t\n]+")


def _cell_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A name span split at the tabs and line breaks inside it ("Witold\tDylik" is two cells):
    Presidio drops a cell's own result inside a longer span, and a span is cut to one line later."""
    if "\t" not in text[s:e] and "\n" not in text[s:e]:
        return [(s, e)]
    out, pos = [], s
    bounds = [(m.start(), m.end()) for m in _CELL_BREAK.finditer(text, s, e)] + [(e, e)]
    for k, (a, b) in enumerate(bounds):
        # (a later cell that is the next field's label is none: "AVRAHAM, MOSHE\tDOB : 23 / 07")
        if any(c.isalpha() for c in text[pos:a]) and not (k and _LABEL_NEXT.match(text, a)):
            out.append((pos, a))
        pos = b
    return out


_LABEL_NEXT = re.compile(r"[ \t]*[:：]")


_CUE = re.compile(
    r"(?:\b(?:[Mm]y |[Hh]er |[Hh]is |[Tt]heir )?(?:(?:maiden|last|first|full|middle) )?"
    r"[Nn]ame(?: is|'s|:)|\bcall(?:s|ed)? me|\bnamed|\b[Dd]ear|\b(?:Hi|Hello|Hey)|"
    # the greetings that open an e-mail or chat in the other languages of European CX teams
    r"(?<![\w-])(?:Bonjour|Bonsoir|Hola|Hallo|Hoi|Ciao|Hej|Hei|Moi|Cze[śs][ćc]|Bok|[ŽZ]ivjo|Sveiki|"
    r"Labas|Tere|Szia|Ahoj|Merhaba|Ol[áa]|Salut|Bun[ăa]|Γει[άα](?: σου| σας)?|Beste|Liebe|Lieber|"
    r"Querid[oa]|Estimad[oa]|Gentile|Egregio|K[æa]re|Kj[æa]re|Dobr[ýy] den|Dzie[ńn] dobry|"
    r"Здравейте|Здравствуйте|Вітаємо|Привіт|Привет|Добрий день|Добрый день|Уважаеми|Уважаема|"
    r"Шановн(?:ий|а)|Скъп(?:а|и)|Дорог(?:ой|ая)|Chào|Xin chào|Halo|Hai|Selamat pagi|Merhabalar)(?=,?[ \t]))"
    r",?[ \t]+"
    # a title between the cue and the name is neither ("Gentile Sig. Russo", "Estimado Sr. Sánchez")
    r"(?:(?:Sig|Sr|Sra|Srta|Dott|Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Mevr|Dhr|Pan|Pani|Sn)\.?[ \t]+)?"
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
                "PERSON", start, end, names.CONTEXT,
                analysis_explanation=AnalysisExplanation(recognizer=self.name, original_score=names.CONTEXT),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out


class StreetAddressRecognizer(LocalRecognizer):
    """Whole postal addresses (``addresses.find_addresses``): street, unit, postcode, city line
    and country of one- and multi-line addresses as one span."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=["STREET_ADDRESS"], supported_language=supported_language,
                         name="StreetAddressRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        return [_result("STREET_ADDRESS", s, e, sc, self)
                for s, e, sc in addresses.find_addresses(text)]


def street_address_recognizer(lang: str) -> EntityRecognizer:
    return StreetAddressRecognizer(supported_language=lang)


class TableRecognizer(LocalRecognizer):
    """Cells of pasted tables under a name/phone/e-mail/address/place column header (``tables``),
    and values under such a key in query strings, SQL rows, vCards and JSON/YAML/XML (``records``)."""

    def __init__(self, entities: list[str], supported_language: str = "en") -> None:
        super().__init__(supported_entities=entities, supported_language=supported_language,
                         name="TableRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        return [_result(ent, s, e, sc, self) for ent, s, e, sc in tables.find_table_cells(text)
                + records.find_record_fields(text) if ent in entities]


class StructuredExtrasRecognizer(LocalRecognizer):
    """Obfuscated e-mails, plain ones Presidio misses (in URLs), lower-case/odd-spaced IBANs, SSNs
    without dashes, shortened IPv6 addresses (``structured``)."""

    def __init__(self, entities: list[str], supported_language: str = "en") -> None:
        super().__init__(supported_entities=entities, supported_language=supported_language,
                         name="StructuredExtrasRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        out = []
        if "EMAIL_ADDRESS" in entities and ("@" in text or "%40" in text):
            out += [_result("EMAIL_ADDRESS", s, e, 0.85, self) for s, e in structured.broken_emails(text)]
        if "EMAIL_ADDRESS" in entities and ("at" in text or "AT" in text or "@" in text):
            out += [_result("EMAIL_ADDRESS", s, e, 0.9, self)
                    for s, e in structured.obfuscated_emails(text)]
            if "@" in text:
                out += [_result("EMAIL_ADDRESS", s, e, 0.9, self)
                        for s, e in structured.plain_emails(text)]
        if "IBAN_CODE" in entities:
            out += [_result("IBAN_CODE", s, e, 1.0, self) for s, e in structured.ibans(text)]
        if "US_SSN" in entities:
            out += [_result("US_SSN", s, e, 0.85, self) for s, e in structured.loose_ssns(text)]
        if "IP_ADDRESS" in entities and ":" in text:
            out += [_result("IP_ADDRESS", s, e, 0.9, self) for s, e in structured.partial_ipv6(text)]
        return out


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
    if "STREET_ADDRESS" in wanted:
        recs.append(street_address_recognizer(lang))
    tabled = sorted(wanted & {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "US_SSN",
                              "STREET_ADDRESS", "LOCATION"})
    if tabled:
        recs.append(TableRecognizer(tabled, lang))
    extras = sorted(wanted & {"EMAIL_ADDRESS", "IBAN_CODE", "US_SSN", "IP_ADDRESS"})
    if extras:
        recs.append(StructuredExtrasRecognizer(extras, lang))
    ner = sorted(wanted & NER_ENTITIES)
    if ner:
        recs.append(SpacyRecognizer(supported_language=lang, supported_entities=ner))
    if "PERSON" in wanted:
        recs.append(FirstNameRecognizer(lang))
        recs.append(NameCueRecognizer(lang))
    covered = set(_OURS) | NER_ENTITIES | {"STREET_ADDRESS"}
    rest = wanted - covered
    for rec in predefined:  # any other Presidio entity a policy asks for (US_PASSPORT, URL, ...)
        if rec.supported_language == lang and rest & set(rec.supported_entities):
            recs.append(rec)
    recs.extend(custom_pattern_recognizers(config))
    return recs
