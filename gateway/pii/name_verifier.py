"""A second opinion on every PERSON guess: a small logistic model over the guess's evidence.

The NER model and the name rules propose; this decides. On text written by people who never saw
the detectors, half of what the small spaCy model calls a person alone is an ordinary word of
another language ("Recogida", "Kaffeevollautomaten"), a label ("Remetente:"), a shop ("Equipa
Quillstone", "Velomar B.V.") or a product colour ("Ember, Frost, Moss"). The evidence that tells
them apart is weak one by one and strong together, which is what a linear model over a few dozen
features is for:

* who proposed it (the model alone, a name list, a context rule) and how sure it was;
* the words: known first names / surnames, initials, ordinary words of some language, case, and
  a character n-gram score of how much each word *looks* like a name (trained on Faker's name
  lists of every locale against ordinary words of 16 languages, so it also judges words no list
  holds: "Oluwaseun" reads as a name, "Pflanzkübel" does not);
* the surroundings: a colon after it, a title or greeting before it, a team or company word
  around it, a line of its own, a preposition before it.

Both models are trained by the project (``bench/pii_data/train_name_verifier.py``) from data it
generates or labels itself and ship in ``name_verifier.npz`` (~0.7 MB); inference is a few dict
lookups and one dot product per guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from gateway.pii.gazetteers import (ENGLISH, ORG_ENDS, OtherLanguage, any_language, countries,
                                    english_zipf, first_names, first_names_all, last_names,
                                    last_names_all, places)

MODEL_PATH = Path(__file__).with_name("name_verifier.npz")

_WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?")
_PARTICLES = frozenset("""van von der den de di da do dos das du del della le la bin ben al el
ter ten zu af y e""".split())
_TITLE = re.compile(r"(?i)(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|frau|fru|hr|fr|mme|mlle|sr|sra|"
                    r"srta|sig|sig\.ra|dott|avv|ing|pan|pani|mevr|dhr|dame|lady|lord|capt|rev)\.?[ \t]*)$")
_GREETING = re.compile(r"(?i)\b(?:hi|hey|hello|dear|thanks|thank you|cheers|hola|querid[oa]|estimad[oa]|"
                       r"bonjour|salut|cher|chère|ciao|gentile|caro|cara|hallo|liebe|lieber|"
                       r"sehr geehrte[r]?|hej|hei|moi|ol[aá]|prezad[oa]|cze[sś][cć]|dzie[nń] dobry|"
                       r"szanown[ay]|beste|geachte|ahoj|dobr[yý] den|merhaba|sayın)[ \t,!]*$")
_TEAM_BEFORE = re.compile(r"(?i)\b(?:team|teamet|equipa|équipe|equipe|equipo(?: de)?|zespół|tým|"
                          r"tiimi|das team|the team at|l'équipe|il team|het team|staff|crew)[ \t]+$")
_PREPOSITION = re.compile(r"(?i)\b(?:at|from|by|with|bij|von|vom|bei|de|chez|da|del|dal|na|w|u|z|"
                          r"från|fra|hos|för|for|em|no|en|op|à|au|aus)[ \t]+$")

_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_LABEL_BEFORE = re.compile(r"[\w)]:[ \t]*$")
_DIGIT_AFTER = re.compile(r"[ \t]*[#№]?\d")


@dataclass(frozen=True)
class NameGuess:
    """A PERSON candidate as the rules and the model left it (offsets in the analysed text)."""

    start: int
    end: int
    score: float
    sources: frozenset[str]  # recognizer names that proposed an overlapping PERSON
    beside_name: bool = False  # another PERSON guess is next to it ("Shapiro, Itai")


_ADJACENT = re.compile(r"[ \t]*[,;]?[ \t]*")


def beside(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each (sorted) PERSON span: does another one sit right next to it on the same line?"""
    out = [False] * len(spans)
    for i in range(len(spans) - 1):
        (_, e), (s2, _) = spans[i], spans[i + 1]
        if 0 <= s2 - e <= 3 and _ADJACENT.fullmatch(text, e, s2):
            out[i] = out[i + 1] = True
    return out


FEATURES = (
    "bias", "src_model", "src_rule", "src_table", "rule_weak", "rule_strong", "score",
    "n1", "n2", "n3", "initial", "first_known", "first_clean", "last_known", "last_clean",
    "frac_known", "look_min", "look_mean", "look_first", "ordinary_frac", "ordinary_any",
    "zipf_max", "lower_word", "all_caps", "all_lower", "place", "colon_after", "comma_after",
    "possessive_after", "paren_after", "line_start", "own_line", "newline_after", "title_before",
    "greeting_before", "team_around", "preposition_before", "other_language", "long_span",
    "org_word", "sentence_start", "label_before", "digit_after", "quoted", "beside_name",
    "model_single", "rule_single",
)


@dataclass(frozen=True)
class _Model:
    weights: np.ndarray  # one per FEATURES
    threshold: float
    grams: dict[str, int]  # character n-gram -> row of gram_weights
    gram_weights: np.ndarray
    gram_bias: float


@lru_cache(maxsize=1)
def _model() -> _Model | None:
    if not MODEL_PATH.exists():
        return None
    data = np.load(MODEL_PATH, allow_pickle=False)
    names = tuple(str(data["features"]).split("\n"))
    if names != FEATURES:  # a model trained on another feature list must not be misread
        return None
    grams = str(data["grams"]).split("\n")
    return _Model(data["weights"].astype(np.float64), float(data["threshold"]),
                  {g: i for i, g in enumerate(grams)}, data["gram_weights"].astype(np.float64),
                  float(data["gram_bias"]))


def char_grams(word: str) -> list[str]:
    w = f"^{word.casefold()}$"
    return [w[i:i + n] for n in (2, 3, 4, 5) for i in range(len(w) - n + 1)]


@lru_cache(maxsize=65536)
def looks_like_name(word: str) -> float:
    """0..1: how much a word's letters look like a name of some culture rather than a word."""
    model = _model()
    if model is None:
        return 0.5
    ids = [i for g in char_grams(word.strip(".")) if (i := model.grams.get(g)) is not None]
    z = model.gram_bias + (float(model.gram_weights[ids].sum()) if ids else 0.0)
    return 1.0 / (1.0 + np.exp(-z))


def _is_initial(w: str) -> bool:
    return len(w.rstrip(".")) == 1 and w[:1].isalpha()


def features(text: str, guess: NameGuess, language: OtherLanguage) -> np.ndarray:
    s, e = guess.start, guess.end
    span = text[s:e]
    words = _WORD.findall(span) or [span]
    core = [w for w in words if not _is_initial(w) and w.lower() not in _PARTICLES] or words
    lows = [w.lower().strip(".") for w in core]
    anyl = any_language()
    looks = [looks_like_name(w) for w in core]
    # ordinary words of some language that no clean name list holds ("Will" is ordinary,
    # "Jesper" is not, though it is a Danish word too)
    ordinary = [(lw in anyl.ordinary or lw in anyl.function or english_zipf(lw) >= 4.0)
                and lw not in first_names() and lw not in last_names() for lw in lows]
    before = text[max(0, s - 40):s]
    after = text[e:e + 12]
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    rule = guess.sources - {"SpacyRecognizer"}
    f = {
        "bias": 1.0,
        "src_model": float("SpacyRecognizer" in guess.sources),
        "src_rule": float(bool(rule - {"TableRecognizer"})),
        "src_table": float("TableRecognizer" in guess.sources),
        "rule_weak": float(bool(rule) and guess.score < 0.6),
        "rule_strong": float(bool(rule) and guess.score >= 0.88),
        "score": guess.score,
        "n1": float(len(core) == 1),
        "n2": float(len(core) == 2),
        "n3": float(len(core) >= 3),
        "initial": float(any(_is_initial(w) for w in words)),
        "first_known": float(lows[0] in first_names_all()),
        "first_clean": float(lows[0] in first_names()),
        "last_known": float(lows[-1] in last_names_all()),
        "last_clean": float(lows[-1] in last_names()),
        "frac_known": sum(lw in first_names_all() or lw in last_names_all() for lw in lows) / len(lows),
        "look_min": min(looks),
        "look_mean": sum(looks) / len(looks),
        "look_first": looks[0],
        "ordinary_frac": sum(ordinary) / len(ordinary),
        "ordinary_any": float(any(ordinary)),
        "zipf_max": max(english_zipf(lw) for lw in lows) / 7.0,
        "lower_word": float(any(w[:1].islower() and w.lower() not in _PARTICLES for w in words)),
        "all_caps": float(span.isupper() and len(span) > 2),
        "all_lower": float(span.islower()),
        "place": float(any(lw in places() or lw in countries() for lw in lows)),
        "colon_after": float(after.lstrip(" \t").startswith(":")),
        "comma_after": float(after.startswith(",")),
        "possessive_after": float(after[:2] in ("'s", "’s")),
        "paren_after": float(after.lstrip(" \t").startswith("(")),
        "line_start": float(not text[line_start:s].strip()),
        "own_line": float(not text[line_start:s].strip() and not text[e:line_end].strip(" \t,.")),
        "newline_after": float(text[e:line_end].strip() == "" and line_end < len(text)),
        "title_before": float(bool(_TITLE.search(before))),
        "greeting_before": float(bool(_GREETING.search(before))),
        "team_around": float(bool(_TEAM_BEFORE.search(before)) or
                             any(w.lower().strip(".,") in ORG_ENDS for w in after.split()[:1])),
        "preposition_before": float(bool(_PREPOSITION.search(before))),
        "other_language": float(language is not ENGLISH),
        "long_span": float(len(words) >= 4),
        "org_word": float(any(lw in ORG_ENDS for lw in lows)),
        "sentence_start": float(bool(_SENTENCE_START.search(before)) or not before.strip()),
        "label_before": float(bool(_LABEL_BEFORE.search(before))),
        "digit_after": float(bool(_DIGIT_AFTER.match(after))),
        "beside_name": float(guess.beside_name),
        # a lone word is weak evidence from the model and fair evidence from a context rule
        "model_single": float(not rule and len(core) == 1),
        "rule_single": float(bool(rule) and guess.score >= 0.88 and len(core) == 1),
        "quoted": float(bool(before[-1:] and before[-1] in "\"'“‘«") and after[:1] in "\"'”’»"),
    }
    return np.fromiter((f[name] for name in FEATURES), dtype=np.float64, count=len(FEATURES))


def probability(text: str, guess: NameGuess, language: OtherLanguage) -> float | None:
    """P(a real person's name); None when no model ships (every guess is then kept)."""
    model = _model()
    if model is None:
        return None
    z = float(features(text, guess, language) @ model.weights)
    return 1.0 / (1.0 + np.exp(-z))


def judged(guess: NameGuess) -> bool:
    """Only the weak guesses go to the verifier: the model's alone and the name lists' without
    context. A context rule's find ("Dear Ms …", "Shapiro, Itai |", a greeting, a list of
    names) is kept as the rule found it: on the blind sets they are right five times in six,
    and the verifier would cost more true names there than false ones it removes."""
    rule = guess.sources - {"SpacyRecognizer"}
    return not (rule and guess.score >= 0.88)


def keep(text: str, guess: NameGuess, language: OtherLanguage) -> bool:
    """Whether a PERSON guess stays: context finds always, weak ones at or above the threshold."""
    if not judged(guess):
        return True
    model = _model()
    p = probability(text, guess, language)
    return model is None or p is None or p >= model.threshold
