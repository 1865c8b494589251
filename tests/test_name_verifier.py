"""The PERSON verifier and the trimming of the model's over-long spans, on the real analyzer
(spaCy model, recognizers and the shipped name_verifier.npz)."""

from __future__ import annotations

import numpy as np
import pytest

from gateway.pii import name_verifier
from gateway.pii.analyzer import PIIAnalyzer
from gateway.pii.config import DEFAULT_PII_CONFIG
from gateway.pii.gazetteers import ENGLISH, other_language
from gateway.pii.names import trim_guess


@pytest.fixture(scope="module")
def analyzer() -> PIIAnalyzer:
    return PIIAnalyzer()


def _people(analyzer: PIIAnalyzer, text: str) -> list[str]:
    dets = analyzer.analyze_many([text], DEFAULT_PII_CONFIG)[0]
    return [text[d.start:d.end] for d in dets if d.entity == "PERSON"]


def test_model_ships_and_matches_its_feature_list() -> None:
    model = name_verifier._model()
    assert model is not None, "name_verifier.npz must ship with the package"
    assert model.weights.shape == (len(name_verifier.FEATURES),)
    assert 0.0 < model.threshold < 1.0


def test_letters_that_look_like_names() -> None:
    for name in ("Oluwaseun", "Bartholomew", "Okafor", "Nowak"):
        assert name_verifier.looks_like_name(name) > 0.5, name
    for word in ("Pflanzkübel", "Bestellungen", "Recogida", "shipping", "Cumprimentos"):
        assert name_verifier.looks_like_name(word) < 0.5, word


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Großes Lob an Rüdiger heute", "Großes Lob an Rüdiger", "Rüdiger"),
    ("Ny ansatt K. Alexiou begynner", "Ny ansatt K. Alexiou", "K. Alexiou"),
    ("Kundin: Marjatta Salo. Adresse folgt", "Marjatta Salo. Adresse", "Marjatta Salo"),
    ("Apolline de la boutique de Nantes", "Apolline de la boutique de Nantes", "Apolline"),
    ("mit Frau van Dijk gesprochen", "van Dijk", "van Dijk"),
])
def test_trim_keeps_the_name(text: str, span: str, expected: str) -> None:
    s = text.index(span)
    out = trim_guess(text, s, s + len(span), other_language(text))
    assert out is not None and text[out[0]:out[1]] == expected


def test_trim_drops_a_span_with_no_name() -> None:
    text = "Laarzen en truien van merinowol"
    assert trim_guess(text, 0, len(text), ENGLISH) is None


@pytest.mark.parametrize(("text", "people", "not_people"), [
    ("Neu im Onlineshop: Kaffeevollautomaten und Milchaufschäumer für Ihr Zuhause.", [],
     ["Onlineshop", "Kaffeevollautomaten", "Milchaufschäumer"]),
    ("Remetente: Joaquim Bettencourt, Rua das Flores 12, Porto.", ["Joaquim Bettencourt"],
     ["Remetente"]),
    ("Bartholomew Nakamura (recruiter) will call you back.", ["Bartholomew Nakamura"], []),
    ("Please resend Itai Shapiro's voucher to the new address.", ["Itai Shapiro"], []),
    # world-famous eponymous brands, dishes and characters; the company's own go in allow_list
    ("Write a caption: Ines Carvalho wears a Calvin Klein coat and orders Eggs Benedict.",
     ["Ines Carvalho"], ["Calvin Klein", "Benedict"]),
    ("Kids' corner: the Paddington Bear lamp and Peter Rabbit mugs, picked by Tobias Lindqvist.",
     ["Tobias Lindqvist"], ["Paddington", "Peter Rabbit"]),
    # a possessive naming a business, and a product named after its noun in another language
    ("Grazie da Fabio's Pizzeria! Il cliente Dario Benedetti lamenta il divano Amelia.",
     ["Dario Benedetti"], ["Fabio", "Amelia"]),
    # a CSV header is no list of names
    ("survey_id,score,remarks\nS-1002,9,\"fast delivery\"", [], ["survey_id", "score", "remarks"]),
])
def test_verifier_on_the_live_analyzer(analyzer: PIIAnalyzer, text: str, people: list[str],
                                       not_people: list[str]) -> None:
    found = _people(analyzer, text)
    for name in people:
        assert any(name in f or f in name for f in found), (name, found)
    for word in not_people:
        assert not any(word in f for f in found), (word, found)


def test_features_are_finite_numbers() -> None:
    text = "Dear Ms. Okafor, thanks!"
    guess = name_verifier.NameGuess(text.index("Okafor"), text.index("Okafor") + 6, 0.9,
                                    frozenset({"FirstNameRecognizer"}))
    x = name_verifier.features(text, guess, ENGLISH)
    assert x.shape == (len(name_verifier.FEATURES),) and np.isfinite(x).all()
    p = name_verifier.probability(text, guess, ENGLISH)
    assert p is not None and name_verifier.keep(text, guess, ENGLISH)  # a title, a known surname
