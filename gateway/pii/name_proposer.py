"""Names nothing else saw: a per-word model that reads the words around each remaining word.

The spaCy model and the name rules find names they have a cue for; what still reaches the provider
on text written by other people is a name in a place no rule was written for: "Love, Wesley &
Heather", "Ebru Çelik and <PERSON_1> agreed", "— Glen (CX Ops)", "Taras from Kyiv says hi",
"[14:13] faith: do u need…", a guest list's "+1" column. Each has a cue a reader sees at once: the
word looks like a name and sits where names sit, next to a name, after a sign-off, before a verb
of speaking, in a column of names.

This model scores every word the pipeline left unmasked with a logistic regression over sparse
features: the word's shape and how name-like its letters are (the verifier's character model),
the name lists and word frequencies, its neighbours two words either side (a found entity counts
as one ``<PERSON>``/``<EMAIL_ADDRESS>``… token, so "X and <PERSON>" is learnt as such), the
punctuation around it and the line it sits on. Words above the threshold become PERSON; adjacent
ones join ("Hope Young").

Trained by the project on its labelled sets (``bench/pii_data/train_name_proposer.py``, words the
rest of the pipeline left unmasked, label: inside a gold PERSON span), shipped as
``name_proposer.npz``: a feature -> weight table (features seen in at least 3 training words).
Inference is string building and dict lookups, about 25 per word, in the PII worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from math import exp
from pathlib import Path

import numpy as np

from gateway.pii.gazetteers import (ENGLISH, OtherLanguage, any_language, countries, english_zipf,
                                    first_names, first_names_all, last_names, last_names_all,
                                    places)
from gateway.pii.name_verifier import looks_like_name

MODEL_PATH = Path(__file__).with_name("name_proposer.npz")
# round 9's model (dev-hard10, threshold 0.5), kept beside the one trained on every set
EARLY_PATH = Path(__file__).with_name("name_proposer_early.npz")

# words (letters, inner apostrophes/hyphens), numbers, line breaks, single punctuation marks
_ITEM = re.compile(r"[^\W\d_][\w'’\-]*[^\W_]|[^\W\d_]|\d+|\n|[^\w\s]")
_COMMON = 5.0  # a lower-case word this common in English ("with", "have") is never scored
MAX_WORDS = 4000
_CLOSINGS = frozenset("love cheers thanks regards best warmly xoxo hugs yours sincerely".split())  # a longer segment is scored on its first words (segments are ~700 chars)


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    key: str  # lower-cased word, punctuation mark, "<NL>", "<NUM>" or "<ENTITY>"
    word: bool  # a word the model may score (not inside a detection)


def items(text: str, spans: Sequence[tuple[str, int, int]]) -> list[Item]:
    """The text as a token sequence in which each detection is one ``<ENTITY>`` token."""
    out: list[Item] = []
    pos = 0
    for entity, s, e in sorted(spans, key=lambda x: x[1]):
        if s < pos:
            continue  # nested or overlapping detections: the first one stands
        out.extend(_plain(text, pos, s))
        out.append(Item(s, e, f"<{entity}>", False))
        pos = e
    out.extend(_plain(text, pos, len(text)))
    return out


def _plain(text: str, start: int, end: int) -> Iterable[Item]:
    for m in _ITEM.finditer(text, start, end):
        tok = m.group()
        if tok == "\n":
            yield Item(m.start(), m.end(), "<NL>", False)
        elif tok[0].isdigit():
            yield Item(m.start(), m.end(), "<NUM>", False)
        elif tok[0].isalpha():
            yield Item(m.start(), m.end(), tok.lower(), True)
        else:
            yield Item(m.start(), m.end(), tok, False)


def _shape(word: str) -> str:
    if word.isupper():
        return "up" if len(word) > 1 else "cap"
    if word[:1].isupper():
        return "cap"
    return "low" if word.islower() else "mix"


def scored(text: str, seq: list[Item], i: int) -> bool:
    """Whether the word at i is put to the model at all (cheap filter, same in training)."""
    it = seq[i]
    if not it.word or it.end - it.start < 2:
        return False
    word = text[it.start:it.end]
    if word.islower() and english_zipf(it.key) >= _COMMON:
        return False
    # a word of another language that no name list holds ("der Kunde Alan Browne") is left to
    # the rules: one such template repeated is a run of false names
    anyl = any_language()
    return not ((it.key in anyl.ordinary or it.key in anyl.function)
                and it.key not in first_names_all() and it.key not in last_names_all())


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[tuple[str, float], ...]:
    """What the word itself says, whatever its surroundings (cached: names recur)."""
    low = word.lower()
    look = looks_like_name(word)
    shape = _shape(word)
    zb = min(int(english_zipf(low)), 6)
    f: list[tuple[str, float]] = [("bias", 1.0), ("look", look), (f"look{int(look * 5)}", 1.0),
                                  (f"shape={shape}", 1.0), (f"zipf{zb}", 1.0),
                                  (f"zipf{zb}|{shape}", 1.0), (f"len{min(len(word), 9)}", 1.0)]
    if low in first_names():
        f.append(("fn", 1.0))
    elif low in first_names_all():
        f.append(("fnA", 1.0))
    if low in last_names():
        f.append(("ln", 1.0))
    elif low in last_names_all():
        f.append(("lnA", 1.0))
    if low in places() or low in countries():
        f.append(("place", 1.0))
    return tuple(f)


def features(text: str, seq: list[Item], i: int, language: OtherLanguage) -> list[tuple[str, float]]:
    it = seq[i]
    word = text[it.start:it.end]
    low = it.key
    shape = _shape(word)
    f = list(_word_features(word))
    if language is not ENGLISH:
        f.append(("other_lang", 1.0))
    if low in language.function or low in language.ordinary:
        f.append(("text_lang_word", 1.0))
    # neighbours: two tokens either side (entities, punctuation and line breaks count)
    left = [seq[j] for j in range(i - 1, max(-1, i - 3), -1)]
    right = [seq[j] for j in range(i + 1, min(len(seq), i + 3))]
    l1 = left[0].key if left else "<BOS>"
    l2 = left[1].key if len(left) > 1 else "<BOS>"
    r1 = right[0].key if right else "<EOS>"
    r2 = right[1].key if len(right) > 1 else "<EOS>"
    f += [(f"L1={l1}", 1.0), (f"L2={l2}", 1.0), (f"R1={r1}", 1.0), (f"R2={r2}", 1.0),
          (f"L2L1={l2}_{l1}", 1.0), (f"R1R2={r1}_{r2}", 1.0), (f"L1R1={l1}_{r1}", 1.0),
          (f"L1S={l1}|{shape}", 1.0), (f"R1S={r1}|{shape}", 1.0)]
    anyl = any_language()
    if l1 in anyl.function or english_zipf(l1) >= 6.0:
        f.append((f"L1func|{shape}", 1.0))  # "der Kunde", "the Winter": articles, not names
    for tag, nb in (("L", left[0] if left else None), ("R", right[0] if right else None)):
        if nb is not None and nb.word:
            nbw = text[nb.start:nb.end]
            f.append((f"{tag}shape={_shape(nbw)}", 1.0))
            f.append((f"{tag}look", looks_like_name(nbw)))
            if nb.key in first_names_all() or nb.key in last_names_all():
                f.append((f"{tag}known", 1.0))
            # "Joy Rewards", "Winter Warm-Up": a capitalised common word beside it is a product
            f.append((f"{tag}zipf{min(int(english_zipf(nb.key)), 6)}|{_shape(nbw)}", 1.0))
    # the line: where the word sits in it and what kind of line it is
    ls = text.rfind("\n", 0, it.start) + 1
    le = text.find("\n", it.end)
    le = len(text) if le < 0 else le
    if not text[ls:it.start].strip():
        f.append(("line_first", 1.0))
    if not text[it.end:le].strip(" \t.,!"):
        f.append(("line_last", 1.0))
    f.extend(_line_features(text, ls, le))
    if shape != "low" and l1 in ("<BOS>", "<NL>", ".", "!", "?"):
        f.append(("cap_sentence_start", 1.0))
    return f


@lru_cache(maxsize=1024)
def _line_shape(line: str) -> tuple[tuple[str, float], ...]:
    words = line.split()
    caps = sum(w[:1].isupper() for w in words) / max(1, len(words))
    out = [(f"line_words{min(len(words), 8)}", 1.0),
           (f"line_caps{int(caps * 4)}", 1.0)]  # a headline, or a list of names
    if "|" in line:
        out.append(("pipe_line", 1.0))
    if "\t" in line:
        out.append(("tab_line", 1.0))
    return tuple(out)


def _line_features(text: str, start: int, end: int) -> tuple[tuple[str, float], ...]:
    return _line_shape(text[start:end])


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    threshold: float


def _load(path: Path) -> Model:
    data = np.load(path, allow_pickle=False)
    names = str(data["features"]).split("\n")
    weights = data["weights"].astype(np.float64).tolist()
    return Model(dict(zip(names, weights)), float(data["threshold"]))


@lru_cache(maxsize=1)
def _model() -> tuple[Model, ...]:
    """The shipped models: the one trained on every set, and the round-9 one trained on dev-hard10
    beside it (a word either proposes is proposed). Trained on the larger data alone, the model
    grew more careful on the older sets' styles (hard7 name recall 0.938 -> 0.928, hard2 0.987 ->
    0.978); together they keep both (docs/pii.md, round 16). No main model: no proposer."""
    if not MODEL_PATH.exists():
        return ()
    return (_load(MODEL_PATH),) + ((_load(EARLY_PATH),) if EARLY_PATH.exists() else ())


def warm() -> None:
    _model()


def probability(feats: list[tuple[str, float]], weights: dict[str, float]) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in feats)
    return 1.0 / (1.0 + exp(-max(-30.0, min(30.0, z))))


def propose(text: str, spans: Sequence[tuple[str, int, int]], language: OtherLanguage,
            skip: Sequence[tuple[int, int]] = (), model: Model | None = None
            ) -> list[tuple[int, int, float]]:
    """PERSON spans (start, end, probability) among the words no detection covers; ``skip``
    holds ranges never to propose in (the policy's allow list)."""
    models = (model,) if model is not None else _model()
    if not models:
        return []
    seq = items(text, spans)
    hits: list[tuple[int, int, float]] = []
    words = 0
    for i, it in enumerate(seq):
        if not it.word:
            continue
        words += 1
        if words > MAX_WORDS:
            break
        if not scored(text, seq, i) or (skip and any(a < it.end and it.start < b for a, b in skip)):
            continue
        if it.key in _CLOSINGS and text[it.end:it.end + 1] == ",":
            continue  # "Love, Ciarán & Seo-yeon xx": a card's closing, not a name
        feats = features(text, seq, i, language)
        passed = [p for p, m in ((probability(feats, m.weights), m) for m in models) if p >= m.threshold]
        if not passed:
            continue
        p = max(passed)
        if hits and _joins(text, hits[-1][1], it.start):
            s, _, q = hits[-1]
            hits[-1] = (s, it.end, max(p, q))
        else:
            hits.append((it.start, it.end, p))
    return hits


_JOIN = re.compile(r"[ \t]|[ \t]?-[ \t]?")


def _joins(text: str, end: int, start: int) -> bool:
    """Two proposed words one name: "Hope Young", "Jean - Luc" (not across a comma or line)."""
    return 0 < start - end <= 3 and _JOIN.fullmatch(text, end, start) is not None
