"""Marking without a server: the codec, its survival, forgery, fingerprints, the transform."""

from __future__ import annotations

import html
import json
import textwrap
import unicodedata
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.context import GenerationContext
from gateway.keys import ApiKey
from gateway.marking import fingerprint as fp
from gateway.marking.config import (
    DISCLOSURE_TEXTS,
    SHORT_DISCLOSURE_TEXTS,
    MarkingConfig,
    resolve_disclosure,
)
from gateway.marking.mark import (
    PAYLOAD_BYTES,
    CompactMark,
    find_marks,
    from_selectors,
    insert_mark,
    make_mark,
    strip_marks,
    to_selectors,
)
from gateway.marking.service import MarkingService
from gateway.marking.stage import MarkingRun, MarkingStage, is_structured
from gateway.marking.verify import verify_text
from gateway.models_config import ModelRoute
from gateway.pipeline.stages import Channel, Flow, Pipeline
from gateway.signing import SigningKey

fake = Faker()
Faker.seed(7)
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> MarkingService:
    return MarkingService(tmp_path_factory.mktemp("marking"))


@pytest.fixture(scope="module")
def key(service: MarkingService) -> SigningKey:
    return service.key


def keys(k: SigningKey) -> dict:
    return {k.key_id: k.public}


def gen_id() -> str:
    return "chatcmpl-" + uuid.uuid4().hex


def letter() -> str:
    return "\n\n".join(fake.paragraph(nb_sentences=5) for _ in range(3))


def marked(key: SigningKey, text: str, gid: str | None = None) -> str:
    return insert_mark(text, make_mark(key, gid or gen_id(), text))


# -- the codec ----------------------------------------------------------------------------------


def test_mark_is_small_invisible_and_verifies(key: SigningKey) -> None:
    text = letter()
    gid = gen_id()
    out = marked(key, text, gid)
    assert len(out) - len(text) == PAYLOAD_BYTES <= 100
    assert all(unicodedata.category(c) == "Mn" for c in out[len(text.rstrip()):][:PAYLOAD_BYTES])
    assert strip_marks(out) == text
    report = verify_text(out, keys(key))
    assert report["verdict"] == "verified"
    assert report["generation_id"] == gid and report["text_changed"] is False


def test_all_generation_id_kinds_round_trip(key: SigningKey) -> None:
    for prefix in ("chatcmpl-", "cmpl-", "resp_", "emb-", "gen-"):
        gid = prefix + uuid.uuid4().hex
        [mark] = find_marks(marked(key, "Hi there.", gid))
        assert mark.generation_id == gid and mark.verify(key.public)


@pytest.mark.parametrize("transform", [
    pytest.param(lambda s: json.loads(json.dumps(s)), id="json-ascii"),
    pytest.param(lambda s: json.loads(json.dumps(s, ensure_ascii=False)), id="json-utf8"),
    pytest.param(lambda s: json.loads(json.dumps({"a": [s]}))["a"][0], id="json-nested"),
    pytest.param(lambda s: unicodedata.normalize("NFC", s), id="nfc"),
    pytest.param(lambda s: unicodedata.normalize("NFD", s), id="nfd"),
    pytest.param(lambda s: unicodedata.normalize("NFKC", s), id="nfkc"),
    pytest.param(lambda s: unicodedata.normalize("NFKD", s), id="nfkd"),
    pytest.param(lambda s: html.unescape(html.escape(s)), id="html-escape-unescape"),
    pytest.param(lambda s: html.unescape("".join(f"&#x{ord(c):x};" if ord(c) > 0xFFFF else c
                                                 for c in s)), id="html-char-refs"),
    pytest.param(lambda s: "\r\n".join(textwrap.fill(p, 60) for p in s.split("\n\n")),
                 id="email-rewrap"),
    pytest.param(lambda s: "\n".join("> " + line for line in textwrap.wrap(s, 72)),
                 id="email-quote-rewrap"),
    pytest.param(lambda s: s.encode("utf-16").decode("utf-16"), id="utf16"),
])
def test_mark_survives(key: SigningKey, transform) -> None:
    text = "Chère cliente, voilà ﬁve ﬁne offers — ½ price! Ça va? " + letter()
    gid = gen_id()
    report = verify_text(transform(marked(key, text, gid)), keys(key))
    assert report["verdict"] == "verified", report
    assert report["generation_id"] == gid


def test_html_escape_without_unescape_is_a_change(key: SigningKey) -> None:
    out = html.escape(marked(key, "Tom & Jerry <3 our sale."))
    report = verify_text(out, keys(key))
    assert report["signature_valid"] and report["text_changed"] is True


def test_edit_is_detected(key: SigningKey) -> None:
    text = letter()
    out = marked(key, text).replace(text.split()[3], "CHANGED", 1)
    report = verify_text(out, keys(key))
    assert report["signature_valid"] is True and report["verdict"] == "modified"


def test_forged_payload_rejected(key: SigningKey) -> None:
    text = "Spring sale: 20% off everything."
    out = marked(key, text)
    [mark] = find_marks(out)
    other = gen_id()
    forged = CompactMark(other, mark.key_id, mark.text_hash, mark.signature)  # swap the id
    tampered = text + forged.selectors()
    report = verify_text(tampered, keys(key))
    assert report["mark_found"] and report["signature_valid"] is False
    assert report["verdict"] == "invalid_mark"
    sig = bytearray(from_selectors(out[len(text):]))
    sig[-1] ^= 1  # flip one bit of the signature
    assert verify_text(text + to_selectors(bytes(sig)), keys(key))["verdict"] == "invalid_mark"


def test_other_key_rejected(key: SigningKey) -> None:
    stranger = SigningKey(Ed25519PrivateKey.generate())
    out = marked(stranger, "Hello from someone else.")
    report = verify_text(out, keys(key))
    assert report["verdict"] == "invalid_mark" and report["marks"][0]["known_key"] is False
    # Same key id claimed, wrong key: still rejected.
    [mark] = find_marks(out)
    spoof = CompactMark(mark.generation_id, key.key_id, mark.text_hash, mark.signature)
    assert verify_text("Hello from someone else." + spoof.selectors(),
                       keys(key))["verdict"] == "invalid_mark"


def test_several_marked_answers_in_one_document(key: SigningKey) -> None:
    a, b = gen_id(), gen_id()
    doc = ("Intro by a human.\n" + marked(key, "First answer.", a) + "\n"
           + marked(key, "Second answer\nover two lines.", b) + "\nSigned, Sam")
    report = verify_text(doc, keys(key))
    assert [m["generation_id"] for m in report["marks"]] == [a, b]
    assert all(m["signature_valid"] and m["text_changed"] is False for m in report["marks"])


def test_emoji_selectors_are_left_alone(key: SigningKey) -> None:
    text = "We love you ❤️"
    out = marked(key, text)
    assert out.startswith(text) and strip_marks(out) == text
    assert verify_text(out, keys(key))["verdict"] == "verified"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=0, max_size=300))
def test_selector_codec_round_trip(data: bytes) -> None:
    assert from_selectors(to_selectors(data)) == data


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=200), hexid=st.uuids(version=4),
       prefix=st.sampled_from(["chatcmpl-", "cmpl-", "resp_", "gen-"]))
def test_mark_round_trip_property(key: SigningKey, text: str, hexid: uuid.UUID,
                                  prefix: str) -> None:
    text = strip_marks(text)
    gid = prefix + hexid.hex
    out = marked(key, text, gid)
    marks = find_marks(out)
    assert marks[-1].generation_id == gid and marks[-1].verify(key.public)
    report = verify_text(out, keys(key))
    assert any(m["generation_id"] == gid and m["signature_valid"] and not m["text_changed"]
               for m in report["marks"])


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1,
                              max_size=8), min_size=1, max_size=40),
       width=st.integers(min_value=5, max_value=80))
def test_rewrap_property(key: SigningKey, words: list[str], width: int) -> None:
    text = " ".join(words)
    out = marked(key, text)
    wrapped = "\n".join(textwrap.wrap(out, width, break_long_words=False,
                                      break_on_hyphens=False))
    assert verify_text(wrapped, keys(key))["verdict"] == "verified"


# -- fingerprints -------------------------------------------------------------------------------


def test_simhash_near_and_far() -> None:
    Faker.seed(11)
    text = letter()
    words = text.split()
    words[4] = "pineapple"
    words[30] = "tangerine"
    edited = " ".join(words)
    assert fp.hamming(fp.simhash(text), fp.simhash(edited)) <= 10
    assert fp.hamming(fp.simhash(text), fp.simhash(text.upper().replace(" ", "\n"))) == 0
    far = [fp.hamming(fp.simhash(text), fp.simhash(letter())) for _ in range(10)]
    assert min(far) > 10  # lorem ipsum shares a small vocabulary; real text is farther
    assert fp.simhash("") == 0


def test_sqlite_index_banded_lookup(tmp_path: Path) -> None:
    import random

    index = fp.SqliteFingerprintIndex(tmp_path / "fp.sqlite")
    rng = random.Random(3)
    index.add_many((f"gen-{i}", rng.getrandbits(64)) for i in range(5000))
    target = rng.getrandbits(64)
    index.add("wanted", target)
    for flips in (0, 1, 3):
        probe = target
        for bit in rng.sample(range(64), flips):
            probe ^= 1 << bit
        found = index.query(probe, 3)
        assert ("wanted", flips) in found
    assert index.count() == 5001
    assert index.query(target ^ (1 << 63) ^ 1, 2)[0] == ("wanted", 2)  # top bit: signed storage


def test_stripped_and_edited_copies_found_by_fingerprint(key: SigningKey, tmp_path: Path) -> None:
    index = fp.SqliteFingerprintIndex(tmp_path / "fp.sqlite")
    Faker.seed(12)
    texts = {gen_id(): letter() for _ in range(50)}
    index.add_many((g, fp.simhash(t)) for g, t in texts.items())
    gid, text = next(iter(texts.items()))
    stripped = strip_marks(marked(key, text, gid))
    report = verify_text(stripped, keys(key), index)
    assert report["mark_found"] is False and report["verdict"] == "fingerprint_match"
    assert report["matches"][0] == {"generation_id": gid, "distance": 0, "similarity": 1.0}
    words = stripped.split()
    words[10] = "completely"
    words[20] = "different"
    edited = " ".join(words) + " " + DISCLOSURE_TEXTS["en"]
    top = verify_text(edited, keys(key), index)["matches"][0]
    assert top["generation_id"] == gid and 0.84 <= top["similarity"] < 1.0


# -- config -------------------------------------------------------------------------------------


def test_config_shapes() -> None:
    cfg = MarkingConfig.model_validate({"visible": {"text": "AI wrote this.", "placement": "start",
                                                    "channels": ["email"]}, "invisible": True})
    assert cfg.invisible == "compact" and cfg.visible.text == {"en": "AI wrote this."}
    assert MarkingConfig.model_validate({"invisible": False}).invisible == "none"
    with pytest.raises(ValueError):
        MarkingConfig.model_validate({"visible": {"placement": "middle"}})
    with pytest.raises(ValueError):
        MarkingConfig.model_validate({"visible": {"text": {"de": "x"}}})  # no default language
    default = MarkingConfig()
    assert set(default.visible.text) >= {"en", "de", "fr", "es", "it", "nl", "pt"}
    assert resolve_disclosure(default, None) is None  # no channel named: invisible mark only
    sms = resolve_disclosure(default, "sms")
    assert sms and sms.text_for("de") == SHORT_DISCLOSURE_TEXTS["de"]
    assert resolve_disclosure(default, "email", human_approved=True) is None
    strict = MarkingConfig.model_validate({"visible": {"waive_if_human_approved": False}})
    assert resolve_disclosure(strict, "email", human_approved=True) is not None


def test_is_structured() -> None:
    assert is_structured('{"a": 1}') and is_structured(' [1, 2]\n')
    assert is_structured('{"a": 1}\n{"b": 2}')
    assert not is_structured("[Subject] Spring sale") and not is_structured("Hello {name}")


# -- the transform, stream vs whole --------------------------------------------------------------


def _stage(service: MarkingService, config: MarkingConfig | None = None) -> MarkingStage:
    return MarkingStage(service, service.index(), forced=config)


_RUNS: dict[int, MarkingRun] = {}


def _mark_run(ctx: GenerationContext) -> MarkingRun:
    """The marking run of the last pipeline run on ``ctx`` (its mark record and marks)."""
    return _RUNS[id(ctx)]


def _ctx(channel: str | None = None, structured: bool = False) -> GenerationContext:
    key = ApiKey("k1", "app", frozenset({"generate"}), "default", "sha256:x")
    route = ModelRoute.model_construct(alias="m")  # type: ignore[call-arg]
    return GenerationContext(endpoint="chat.completions", key=key, requested_model="m",
                             route=route, channel=channel, structured_output=structured)


async def _flow(stage: MarkingStage, ctx: GenerationContext, request: dict) -> Flow:
    flow = Pipeline([stage]).start(ctx)
    await flow.run_input(request)
    _RUNS[id(ctx)] = flow.runs[0][1]  # type: ignore[assignment]
    return flow


async def _run(stage: MarkingStage, ctx: GenerationContext, pieces: list[str]) -> str:
    flow = await _flow(stage, ctx, {"messages": [{"role": "user", "content": "Write to Anna"}]})
    session = flow.open_output()
    out = [await session.feed(Channel(0), p) for p in pieces]
    out.append(await session.finish(Channel(0)))
    assert "".join(out) == session.output()[Channel(0)]
    return "".join(out)


def _chunks(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize("cfg,channel", [
    ({}, None), ({}, "email"), ({}, "sms"),
    ({"visible": {"placement": "start"}}, "email"),
    ({"invisible": "none"}, "chat"),
    ({"invisible": "c2pa"}, "email"),
    ({"invisible": "c2pa"}, None),
])
async def test_stream_equals_whole(service: MarkingService, cfg: dict, channel: str | None) -> None:
    config = MarkingConfig.model_validate(cfg)
    stage = _stage(service, config)
    text = "Liebe Anna,\n\nvielen Dank für Ihre Bestellung. Wir sind für Sie da und freuen uns.  \n"
    ctx_whole, ctx_stream = _ctx(channel), _ctx(channel)
    ctx_stream.generation_id = ctx_whole.generation_id
    whole = await _run(stage, ctx_whole, [text])
    streamed = await _run(stage, ctx_stream, _chunks(text, 3))
    if config.invisible != "c2pa":  # C2PA manifests carry a creation time: not byte-identical
        assert streamed == whole
    for out, ctx in ((whole, ctx_whole), (streamed, ctx_stream)):
        report = verify_text(out, service.public_keys)
        assert ctx.response_headers["X-AI-Generated"] == "true"
        if config.invisible == "none":
            assert report["mark_found"] is False and _mark_run(ctx).mark["mode"] == "none"
            continue
        assert report["verdict"] == "verified", report
        assert report["generation_id"] == ctx.generation_id
        assert _mark_run(ctx).mark["mode"] == config.invisible
        assert _mark_run(ctx).mark["mark_id"]
        assert len(_mark_run(ctx).mark["fingerprint"]) == 16
    assert _mark_run(ctx_whole).mark["fingerprint"] == _mark_run(ctx_stream).mark["fingerprint"]
    visible = strip_marks(whole)
    if channel == "email":
        if config.visible.placement == "start":  # streamed first: language of the prompt
            assert visible.startswith(DISCLOSURE_TEXTS["en"] + "\n\nLiebe Anna")
        else:  # language of the answer
            assert visible.endswith("freuen uns.\n\n" + DISCLOSURE_TEXTS["de"])
    elif channel == "sms":
        assert SHORT_DISCLOSURE_TEXTS["de"] in visible
    elif config.invisible == "compact":
        assert visible == text  # only the invisible mark was added


async def test_structured_and_json_content_untouched(service: MarkingService) -> None:
    stage = _stage(service)
    body = '{"subject": "Spring", "body": "20% off"}'
    for ctx, pieces in ((_ctx("email", structured=True), [body]),
                        (_ctx("email"), _chunks(body, 4))):
        out = await _run(stage, ctx, pieces)
        assert out == body and json.loads(out)
        assert _mark_run(ctx).mark["mode"] == "none"
        assert _mark_run(ctx).mark["fingerprint"]


async def test_mark_copied_from_prompt_is_removed(service: MarkingService, key: SigningKey) -> None:
    stage = _stage(service)
    old = marked(key, "An old answer.")
    ctx = _ctx()
    out = await _run(stage, ctx, _chunks("Improved: " + old + " Done.", 5))
    report = verify_text(out, service.public_keys)
    assert [m["generation_id"] for m in report["marks"]] == [ctx.generation_id]


async def test_human_approved_waives_disclosure(service: MarkingService) -> None:
    stage = _stage(service)
    ctx = _ctx("email")
    ctx.human_approved = True
    out = await _run(stage, ctx, ["Hello Anna, your order shipped."])
    assert strip_marks(out) == "Hello Anna, your order shipped."
    assert verify_text(out, service.public_keys)["verdict"] == "verified"


async def test_c2pa_stream_of_decomposed_text_verifies(service: MarkingService) -> None:
    config = MarkingConfig(invisible="c2pa")
    stage = _stage(service, config)
    text = "Cafe\u0301 cre\u0300me bru\u0302le\u0301e, voila\u0300: a\u0301 bientôt!"
    for size in (1, 2, 5):
        ctx = _ctx()
        out = await _run(stage, ctx, _chunks(text, size))
        assert strip_marks(out) == unicodedata.normalize("NFC", text)
        report = verify_text(out, service.public_keys)
        assert report["verdict"] == "verified" and report["mode"] == "c2pa", report
        assert report["generation_id"] == ctx.generation_id
    edited = out.replace("bientôt", "demain")
    assert verify_text(edited, service.public_keys)["verdict"] == "modified"


async def test_each_choice_gets_its_own_mark(service: MarkingService) -> None:
    stage = _stage(service)
    ctx = _ctx()
    flow = await _flow(stage, ctx, {"messages": []})
    session = flow.open_output()
    outs = {i: await session.transform_whole(Channel(i), f"Option {i}: spring sale today.")
            for i in (0, 1)}
    reports = {i: verify_text(out, service.public_keys) for i, out in outs.items()}
    assert all(r["verdict"] == "verified" and r["generation_id"] == ctx.generation_id
               for r in reports.values())
    assert set(_mark_run(ctx).marks) == {0, 1}
    assert _mark_run(ctx).mark["mark_id"] == _mark_run(ctx).marks[0]["mark_id"]
    assert _mark_run(ctx).marks[0]["mark_id"] != _mark_run(ctx).marks[1]["mark_id"]
