"""What the manipulation classifiers learn from (v17): the corpus and the seen shop sets."""

from __future__ import annotations

from gateway.checks.manipulation_model import LABELS
from gateway.checks.manipulation_training import KIND_LABEL, SEEN_SETS, SETS_DIR, seen_lines, shop_lines


def test_every_seen_set_is_there_and_every_kind_has_a_label() -> None:
    for name in SEEN_SETS:
        rows = shop_lines(name)
        assert rows, name
        assert {label for _, label in rows} <= set(LABELS)
    assert set(KIND_LABEL.values()) <= set(LABELS)


def test_sneaking_into_a_basket_is_pressured_selling_and_a_hidden_fee_is_not(tmp_path) -> None:
    (tmp_path / "s.tsv").write_text("# a comment\nsneaking\tA gift box was added to your basket.\n"
                                    "sneaking\tA £3 service fee is added at the last step.\n"
                                    "social proof\t40 people bought this today\nnone\tAdd to basket\n")
    assert shop_lines("s.tsv", root=tmp_path) == [
        ("A gift box was added to your basket.", "pressured_upsell"),
        ("A £3 service fee is added at the last step.", "hidden_subscription"),
        ("40 people bought this today", "fake_social_proof"),
        ("Add to basket", "none")]


def test_a_set_left_out_is_not_learnt_from() -> None:
    left = set(shop_lines("manip_hard16.tsv"))
    rest = seen_lines(leave_out=("manip_hard16.tsv",))
    only_there = left - set(seen_lines(leave_out=tuple(n for n in SEEN_SETS if n != "manip_hard16.tsv")))
    assert not only_there  # every line of the set is read when it is not left out
    assert len(rest) == len(seen_lines()) - len(shop_lines("manip_hard16.tsv"))
    assert SETS_DIR.name == "checks_data"
