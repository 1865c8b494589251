"""Pure-function parts of the PII feature: normalisation offsets, streaming restore, config."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.pii.config import DEFAULT_PII_CONFIG, PIIConfig
from gateway.pii.normalize import normalize
from gateway.pii.restore import Restorer
from gateway.pii.vault import Vault


def test_normalize_maps_back_to_original() -> None:
    raw = "Mail m\u0430ria\u200b.gonz\u202ealez\uff20example\u2024com\u00a0\u00a0now"
    norm = normalize(raw)
    assert norm.text == "Mail maria.gonzalez@example.com now"
    s = norm.text.index("maria")
    e = norm.text.index(" now")
    a, b = norm.span(s, e)
    assert raw[a:b] == "m\u0430ria\u200b.gonz\u202ealez\uff20example\u2024com"


def test_normalize_fast_path_is_identity() -> None:
    norm = normalize("plain ascii text")
    assert norm.text == "plain ascii text" and norm.span(6, 11) == (6, 11)


def _vault() -> Vault:
    v = Vault()
    assert v.placeholder("PERSON", "Maria Gonzalez") == "<PERSON_1>"
    assert v.placeholder("PERSON", "maria  gonzalez") == "<PERSON_1>"  # same value, same token
    assert v.placeholder("EMAIL_ADDRESS", "m@x.org") == "<EMAIL_ADDRESS_1>"
    assert v.placeholder("PERSON", "Sam Ortiz") == "<PERSON_2>"
    v.seen_lower = "maria gonzalez m@x.org sam ortiz"
    return v


TEXT = ("Hi <PERSON_1> and <PERSON_2>! Mail <EMAIL_ADDRESS_1>; person_1, [PERSON 2], "
        "&lt;PERSON_1&gt;, <PERSON_7>, PERSONAL, <b>ok</b> call +1 415 555 0142.")
WANT = ("Hi Maria Gonzalez and Sam Ortiz! Mail m@x.org; Maria Gonzalez, Sam Ortiz, "
        "Maria Gonzalez, <PERSON_7>, PERSONAL, <b>ok</b> call <PHONE_NUMBER>.")


def _restorer(v: Vault) -> Restorer:
    return Restorer(v, ["PERSON", "EMAIL_ADDRESS"], scan_entities=["PHONE_NUMBER"])


def test_a_name_seen_in_lower_case_first_is_restored_capitalised() -> None:
    v = Vault()
    assert v.placeholder("PERSON", "bartek") == v.placeholder("PERSON", "Bartek") == "<PERSON_1>"
    assert v.placeholder("PERSON", "BARTEK") == "<PERSON_1>"
    assert v.lookup("PERSON", 1) == "Bartek"  # neither the lower-case nor a shouted spelling


def test_restore_whole() -> None:
    r = _restorer(_vault())
    assert r.feed(TEXT) + r.finish() == WANT
    assert r.stats.unresolved == 1 and r.stats.redacted == {"PHONE_NUMBER": 1}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(TEXT)), max_size=12))
def test_restore_any_chunking(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    chunks = [TEXT[a:b] for a, b in zip([0, *points], [*points, len(TEXT)]) if b > a]
    r = _restorer(_vault())
    out = "".join(r.feed(c) for c in chunks) + r.finish()
    assert out == WANT


def test_hold_back_is_small() -> None:
    r = _restorer(_vault())
    assert r.feed("Hello there, friend ") == "Hello there, friend "
    assert r.feed("and <PERS") == "and "
    # a word with no digit cannot grow into a phone number: it leaves with its chunk
    assert r.feed("ON_1> bye") == "Maria Gonzalez bye"
    assert r.feed(" call 415") == " call "
    assert r.feed(" 555") == ""
    assert r.feed(" 0142 now") + r.finish() == "<PHONE_NUMBER> now"


ALL_SCANNED = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
               "IP_ADDRESS"]
# every scanned entity, with separators a tokenizer may cut anywhere (letter-only IBAN groups,
# an e-mail whose local part is a plain word, a phone in parentheses), next to placeholders
STREAM_TEXT = ("Subject: hi <PERSON_1>\n\nWrite to maria.lopez@example.com or sales@shop.example."
               " Call (212) 555-0198 or +44 20 7946 0958; card 4111 1111 1111 1111, IBAN "
               "GB29 NWBK 6016 1331 9268 19, SSN 123-45-6789, host 192.168.10.20 or "
               "fe80:0:0:0:200:f8ff:fe21:67cf. Thanks, PERSON_2 (<EMAIL_ADDRESS_1>)")


def _scanning(v: Vault) -> Restorer:
    return Restorer(v, ["PERSON", "EMAIL_ADDRESS"], scan_entities=ALL_SCANNED)


def _stream(chunks: list[str]) -> str:
    r = _scanning(_vault())
    return "".join(r.feed(c) for c in chunks) + r.finish()


def test_stream_scan_reference() -> None:
    whole = _stream([STREAM_TEXT])
    for raw in ("maria.lopez", "sales@", "555-0198", "7946", "4111", "NWBK", "9268",
                "123-45", "192.168", "f8ff", "PERSON_", "<EMAIL_ADDRESS_1"):
        assert raw not in whole, raw
    assert "hi Maria Gonzalez" in whole and "Thanks, Sam Ortiz (m@x.org)" in whole


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(STREAM_TEXT)), max_size=40))
def test_stream_scan_any_chunking(cuts: list[int]) -> None:
    """Whatever the chunking, nothing new leaves earlier than it could be masked: the stream
    is byte-identical to the whole answer."""
    points = sorted(set(cuts))
    chunks = [STREAM_TEXT[a:b] for a, b in zip([0, *points], [*points, len(STREAM_TEXT)])
              if b > a]
    assert _stream(chunks) == _stream([STREAM_TEXT])


def test_stream_scan_tokenizer_chunks() -> None:
    """Chunks as a BPE tokenizer cuts them (the space before the word), and one character at
    a time."""
    import re

    tokens = re.findall(r" ?[A-Za-z]+| ?\d+| ?[^\sA-Za-z\d]|\s+", STREAM_TEXT)
    assert "".join(tokens) == STREAM_TEXT
    assert _stream(tokens) == _stream([STREAM_TEXT]) == _stream(list(STREAM_TEXT))


def test_minimal_hold() -> None:
    """Only what a scanned entity could still grow from waits for the next chunk."""
    r = _scanning(_vault())
    assert r.feed("Subject") == ""  # may become "Subject@example.com"
    assert r.feed(":") == "Subject:"  # ":" cannot be in an address: it all leaves
    assert r.feed(" Your") == " "
    assert r.feed(" order") == "Your "
    # without e-mail scanning a plain word cannot grow into anything scanned
    r = Restorer(_vault(), ["PERSON"], scan_entities=["PHONE_NUMBER", "CREDIT_CARD"])
    assert r.feed("Subject") == "Subject"
    assert r.feed(" Hello") == " Hello"
    assert r.feed(" 212") == " "
    assert r.feed(" <PERS") == ""
    assert r.feed("ON_1> today") == "212 Maria Gonzalez today"


def test_json_mode_escapes() -> None:
    v = Vault()
    v.placeholder("PERSON", 'Jo "JJ" Smith')
    r = Restorer(v, ["PERSON"], json_mode=True)
    assert r.feed('{"to": "<PERSON_1>"}') + r.finish() == '{"to": "Jo \\"JJ\\" Smith"}'


def test_config_validation() -> None:
    assert DEFAULT_PII_CONFIG.action_for("PERSON") == "pseudonymize"
    cfg = PIIConfig(actions={"US_SSN": "block"})
    assert cfg.action_for("US_SSN") == "block" and cfg.fingerprint != DEFAULT_PII_CONFIG.fingerprint
    with pytest.raises(ValueError):
        PIIConfig(actions={"NOPE": "block"})
    with pytest.raises(ValueError):
        PIIConfig(custom_recognizers=[{"name": "X_ID", "pattern": "("}])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Dr. Smith went home. ", "ok\n", "Mail a@b.co now! ",
                                 "word ", "J. Doe said hi. ", "\n\n"]), max_size=80))
def test_split_segments_cover_text(parts: list[str]) -> None:
    from gateway.pii.analyzer import split_segments

    text = "".join(parts)
    segs = split_segments(text, limit=60)
    assert "".join(s.text[s.skip:] for s in segs) == text
    assert all(text[s.offset + s.skip:s.offset + len(s.text)] == s.text[s.skip:] for s in segs)
    assert all("Dr." not in s.text or "Dr. Smith" in s.text for s in segs)


def test_a_segment_inside_a_table_carries_its_header() -> None:
    from gateway.pii.analyzer import split_segments

    rows = "".join(f"Name{k},Surname{k},Company {k},VIP\n" for k in range(60))
    text = "intro line\nFIRST,LAST,COMPANY,TYPE\n" + rows
    segs = split_segments(text, limit=300)
    assert len(segs) > 2
    assert all(s.text.startswith("FIRST,LAST,COMPANY,TYPE\n") for s in segs[1:])
    assert "".join(s.text[s.skip:] for s in segs) == text
    # the cells of the last rows are still read under their columns
    found = _found(text.replace("Name59", "Wanjiru").replace("Surname59", "Mutua"))
    assert ("PERSON", "Wanjiru") in found and ("PERSON", "Mutua") in found, found


def test_vault_pseudonymize_for_storage() -> None:
    v = _vault()
    assert v.pseudonymize("Dear maria gonzalez and Sam Ortiz, m@x.org") == \
        "Dear <PERSON_1> and <PERSON_2>, <EMAIL_ADDRESS_1>"
    assert "Maria" not in repr(v)


def test_json_unicode_escaped_brackets() -> None:
    text = '{"to": "\\u003cPERSON_1\\u003e", "cc": "\\u003cPERSON_9\\u003e"}'
    for cut in range(len(text) + 1):
        r = Restorer(_vault(), ["PERSON"], json_mode=True)
        out = r.feed(text[:cut]) + r.feed(text[cut:]) + r.finish()
        assert out == '{"to": "Maria Gonzalez", "cc": "\\u003cPERSON_9\\u003e"}', cut


def test_process_pool_service_matches_thread() -> None:
    import asyncio

    from gateway.pii.stage import PIIService

    texts = ["Write to Maria Gonzalez at maria@example.com.", "Call +49 30 901820 today."]

    async def run(svc: PIIService) -> list:
        await svc.start()
        try:
            first = await svc.analyze(texts, DEFAULT_PII_CONFIG)
            again = await svc.analyze(texts, DEFAULT_PII_CONFIG)  # from the parent's cache
            assert again == first
            return first
        finally:
            await svc.stop()

    pooled = asyncio.run(run(PIIService(processes=1)))
    threaded = asyncio.run(run(PIIService()))
    assert pooled == threaded
    assert {d.entity for d in pooled[0]} == {"PERSON", "EMAIL_ADDRESS"}


def test_allow_list_does_not_carve_ids_that_start_with_a_brand() -> None:
    from gateway.pii.analyzer import PIIAnalyzer
    from gateway.pii.config import CustomRecognizer, PIIConfig

    cfg = PIIConfig(allow_list=["Acme"], custom_recognizers=[
        CustomRecognizer(name="ACME_LOYALTY", pattern=r"ACME-\d{8}", score=0.9)])
    text = "Tell Acme that Maria Gonzalez has loyalty number ACME-12345678."
    found = {(d.entity, text[d.start:d.end]) for d in
             PIIAnalyzer(cache_size=0).analyze_many([text], cfg)[0]}
    assert ("ACME_LOYALTY", "ACME-12345678") in found  # the whole id, not its digits
    assert ("PERSON", "Maria Gonzalez") in found
    assert not any(value == "Acme" for _, value in found)


def test_tabs_survive_normalisation_one_for_one() -> None:
    # a pasted TSV row: cells (and an empty cell) must stay apart for the table, address and
    # phone detectors
    from gateway.pii.normalize import normalize

    n = normalize("Studio Ro\t\tana@x.es\t+39 350 912 4958\tVia Garibaldi 189, 20132 Milano")
    assert n.text.split("\t")[1] == "" and n.text.count("\t") == 4
    assert normalize("x \t  y").text == "x \t y"


def test_numbers_read_out_need_a_phone_word() -> None:
    from gateway.pii import phones

    assert phones.spoken("call me on five oh three two seven nine eight three five five")
    assert phones.spoken("speaker 1 plus three five three eight six four one five seven")
    assert not phones.spoken("user: one two three four five six seven")


def test_a_found_given_name_takes_its_surname() -> None:
    from gateway.pii.names import extend_right

    def ext(text: str, name: str) -> str:
        s = text.index(name)
        return text[s:extend_right(text, s, s + len(name))]

    assert ext("Guests: Autumn A. Page, Segun", "Autumn") == "Autumn A. Page"
    assert ext("RSVP: ROBERTS Charlotte", "ROBERTS") == "ROBERTS Charlotte"
    assert ext("spoke to pietro colombo today", "pietro") == "pietro colombo"
    # an ordinary word, a weekday, a street word or a line break is no surname
    assert ext("Maria said yes", "Maria") == "Maria"
    assert ext("ask anna will you", "anna") == "anna"
    assert ext("Hi Anna\nSmith & Co", "Anna") == "Anna"
    assert ext("Olivia Street 4", "Olivia") == "Olivia"


def _found(text: str) -> set[tuple[str, str]]:
    from gateway.pii.analyzer import PIIAnalyzer

    return {(d.entity, text[d.start:d.end])
            for d in PIIAnalyzer(cache_size=0).analyze_many([text], DEFAULT_PII_CONFIG, use_cache=False)[0]}


def test_a_manifest_row_keeps_its_cells_apart() -> None:
    # round 10: a Slovene header no rule knew let the address run back over the row number, the
    # waybill and the name ("1\tCZ…\tMATEO …\tCelovška cesta 31, …"); a tab parts cells
    t = ("#\tAWB\tIme in priimek\tNaslov\tTelefon\tkg\n"
         "1\tCZ1903483353\tMATEO GARCÍA MÁRQUEZ\tCelovška cesta 31, 1000 Ljubljana\t-\t11.2\n"
         "2\tJD1890059252\tHa-eun Park\tIlica 44, 21000 Split\t031/762-390\t8.5\n")
    found = _found(t)
    assert ("PERSON", "MATEO GARCÍA MÁRQUEZ") in found and ("PERSON", "Ha-eun Park") in found
    assert ("STREET_ADDRESS", "Celovška cesta 31, 1000 Ljubljana") in found
    assert ("STREET_ADDRESS", "Ilica 44, 21000 Split") in found
    assert not any(v in ("Naslov", "Telefon") for _, v in found)  # the header's labels


def test_chat_export_heads_and_clock_times() -> None:
    # a clock time after a name is no house number ("Ananya Reddy  10:44" ran into the address)
    t = ("Amelia Little  10:42\nshe says it should be Unit 19/112 Sydney Rd, Brunswick VIC 3056\n"
         "Jun  10:44\n@amelia CRM still has Unit 4/154 Banksia St, MARRICKVILLE NSW 2204 – will fix.")
    found = _found(t)
    assert {("PERSON", "Amelia Little"), ("PERSON", "Jun"),
            ("STREET_ADDRESS", "Unit 19/112 Sydney Rd, Brunswick VIC 3056"),
            ("STREET_ADDRESS", "Unit 4/154 Banksia St, MARRICKVILLE NSW 2204")} <= found
    assert _found("Keynote  09:00\nLunch  12:30\nPanel  14:00") == set()  # an agenda


@pytest.mark.parametrize("text,name", [
    ("{{first_name}} = Joris\n{{last_name}} = Jansen\n", "Jansen"),
    ("<customer>\n  <givenName>Mark</givenName>\n  <familyName>Fletcher</familyName>\n", "Mark"),
    ('{"first_name":"Ngoc Anh","last_name":"Le","email":"nle@gmail.com"}', "Le"),
    ("Bonjour Thu Trang,\npls check\n", "Thu Trang"),
    ("fyi I've put Ji-woo Jung's new address in Zendesk", "Ji-woo Jung"),
])
def test_name_fields_and_greetings(text: str, name: str) -> None:
    assert ("PERSON", name) in _found(text)


def test_greeting_everyone_is_no_name() -> None:
    assert _found("Hallo zusammen, bitte.\nHola Equipo, gracias.") == set()


@pytest.mark.parametrize("text,name", [
    ("Hi Orla,\npls check\nJi-ho\n\n---------- Forwarded message ---------\nFrom: x@y.com", "Ji-ho"),
    ("Possible triangulation, 3 cards in 2h. Hold.  – Summer", "Summer"),
    ("# flagged by Bill: burst from 151.2.252.211", "Bill"),
    ("SHIP TO:\nFatima Al Mansouri\nc/o Sanne van der Linden\nKeizersgracht 337\n1454 AU Utrecht",
     "Sanne van der Linden"),
    ('"Dear Kayla, happy 40th! Love, Tyler & Faith xx"', "Tyler"),
    ('"Dear Kayla, happy 40th! Love, Tyler & Faith xx"', "Faith"),
    ("DELIVER TO\nSn. Oğuz Kılıç\nİstiklal Cad. No: 102 D: 4", "Oğuz Kılıç"),
    ("cb chase mcallister re refund - 646 030 4673", "chase mcallister"),
    ("poklicati funmilayo eze glede vračila, tel 01 777 01 58", "funmilayo eze"),
    ("agent: thanks for calling my name is summer can i take your name\ncaller: yeah its thabo botha",
     "thabo botha"),
    ("agent: thanks for calling my name is summer can i take your name", "summer"),
])
def test_names_in_notes_sign_offs_and_calls(text: str, name: str) -> None:
    assert ("PERSON", name) in _found(text)


@pytest.mark.parametrize("text", [
    "call me back tomorrow about the refund",
    "its summer sale time, this is great news",
    "Beste Grüße\nIhr Team",
    # ("Sort by: Price - Low" left this list in round 16: the proposer trained on every set takes
    # "Price - Low" at 0.43 against its 0.35 bar; masked and restored, it costs the model a word)
])
def test_cues_without_a_name(text: str) -> None:
    assert not any(ent == "PERSON" for ent, _ in _found(text))


@pytest.mark.parametrize("text", [
    "Happy birthday Mum! Love from all of us.",
    "Shop the drop now.\n#NewIn #RoseGold",
    "Order 4471\nKort: 4594 9796 7205 7394  exp 01/27\nBetalningen nekades.",
    "Sveiki, Kārlis, paldies par ziņu.",
])
def test_no_person_in_labels_hashtags_and_family_words(text: str) -> None:
    found = {v for ent, v in _found(text) if ent == "PERSON"}
    assert not found & {"Mum", "NewIn", "RoseGold", "Kort", "Sveiki"}, found


def test_a_title_after_a_greeting_is_not_the_name() -> None:
    assert ("PERSON", "Russo") in _found("Gentile Sig. Russo,\nla ringraziamo per l'ordine.")
    assert ("PERSON", "Ola") in _found("Hei Ola,\n\nBeklager ventetiden.")


def test_cyrillic_and_greek_words_are_not_folded_to_latin() -> None:
    # folding look-alikes belongs to spoofed Latin words ("mаria"); "Дмитро" folded read "Дmиtpo"
    assert normalize("Вітаємо, Дмитро! Κατερίνα").text == "Вітаємо, Дмитро! Κατερίνα"
    assert normalize("m\u0430ria").text == "maria"
    assert ("PERSON", "Дмитро") in _found("Вітаємо, Дмитро! Дякуємо за відгук.")


@pytest.mark.parametrize("text,kind,value", [
    ("配送先：〒810-0001 福岡県福岡市中央区天神1-10-7 メゾン青山476\n", "STREET_ADDRESS",
     "〒810-0001 福岡県福岡市中央区天神1-10-7 メゾン青山476"),
    ("주소: 서울특별시 송파구 올림픽로35길 35, 101동 430호", "STREET_ADDRESS", "서울특별시 송파구 올림픽로35길 35, 101동 430호"),
    ("中村 由美様より問い合わせ。", "PERSON", "中村 由美"),
    ("지훈님, 소중한 리뷰 감사합니다!", "PERSON", "지훈"),
    ("Address: vul. Shevchenka, 27, kv. 51, Dnipro 49000. Running late?", "STREET_ADDRESS",
     "vul. Shevchenka, 27, kv. 51, Dnipro 49000"),
    ("<p>Giao đến:<br>\nCăn hộ 343, Tòa B, 110 Bạch Đằng, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh</p>",
     "STREET_ADDRESS", "Căn hộ 343, Tòa B, 110 Bạch Đằng, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"),
    ("cust priya fairbairn wants refund not store credit", "PERSON", "priya fairbairn"),
    ("Spoke to Papadopoulos. Then Tran took over.", "PERSON", "Papadopoulos"),
    ('12:04:11 INFO profile.update fields=[email,phone] by=agent:beatriz', "PERSON", "beatriz"),
])
def test_names_and_addresses_in_more_scripts_and_notes(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


# round 11 (hard14): roles and relatives before a name, double given names, word-names in lists
# of names, nicknames that take turns, an initial and a surname signed, Japanese romaji and
# Kenyan box addresses
@pytest.mark.parametrize("text,kind,value", [
    ("Driver Miles was lovely though!", "PERSON", "Miles"),
    ("Host: Faith (Junior Copywriter)", "PERSON", "Faith"),  # the proposer's case until round 11
    ("Host Anne-Marie met us with keys.", "PERSON", "Anne-Marie"),
    ("Inspection. Present: landlord C Page, tenant Joe Bloggs.", "PERSON", "C Page"),
    ("Falar com o porteiro Dean ou ligar.", "PERSON", "Dean"),
    ("Engineer: P. D. O'Connor-Hale\nCustomer: Ann Lee", "PERSON", "P. D. O'Connor-Hale"),
    ("Instructions: buzzer says FOX. Text before you ring.", "PERSON", "FOX"),
    ("ask for rob or my husband frank whoever picks up", "PERSON", "frank"),
    ("Warm intro via Art Young at the expo.", "PERSON", "Art Young"),
    ("Karl-Heinz succeeds founder Tom Baker as CEO.", "PERSON", "Karl-Heinz"),
    ("Attendees: Laura Pérez, Tomasz Nowak, Ana Li, Summer\n2. Summer will chase legal.", "PERSON", "Summer"),
    ("Mikey: whos got the venue\nDana Cole: dunno\nMikey: ok ta", "PERSON", "Mikey"),
    ("\u200e[15:51] ~ Ana Ruiz: pls send\n\u200e[11:05] ~ Kaz: sent!", "PERSON", "Kaz"),
    ("Safe place: behind the bin. Thx, J Thompson", "PERSON", "J Thompson"),
    ("on behalf of kevin ball who lives upstairs", "PERSON", "kevin ball"),
    ("Send it to my sister at 7-chome-17-25 Umeda, Chuo-ku, Fukuoka 585-4940 instead.", "STREET_ADDRESS",
     "7-chome-17-25 Umeda, Chuo-ku, Fukuoka 585-4940"),
    ("Cardholder: Ann Wanjiru, P.O. Box 24584-00100, Nairobi, Kenya.", "STREET_ADDRESS",
     "P.O. Box 24584-00100, Nairobi, Kenya"),
    ("Attendees: Omar el-Amin, Howard Walsh, K. L. Perry, Summer\nApologies: Guy Poole\n2. Summer will chase.",
     "PERSON", "Summer"),
    ("1. Ana Ruiz — yes (+1 Mark)\n2. Tom — no", "PERSON", "Mark"),
    ("Tom: whos got the deck\nAna: dunno ask Keller", "PERSON", "Keller"),
    ("Oye Jonno, ya llegué a Puebla.", "PERSON", "Jonno"),
    ("Pakisabi kay Mark na kunin na", "PERSON", "Mark"),
    ("[2024-11-07, 20h30] Sunny King: who is bringing the gazebo?\n[2024-11-07, 12h30] Mikey: me", "PERSON",
     "Sunny King"),
    ("she wants the mailing address changed to pob 6767 raleigh nc 27662 yep", "STREET_ADDRESS",
     "pob 6767 raleigh nc 27662"),
    ("caller: po box 3154-00100 nairobi\nagent: perfect", "STREET_ADDRESS", "po box 3154-00100 nairobi"),
    ("quería cambiar la dirección de envío a rúa do vilar 310 1º a 28009 madrid\nagente: vale", "STREET_ADDRESS",
     "rúa do vilar 310 1º a 28009 madrid"),
    ("Mme Dupont. Adresse : Résidence Les Pins, apt 50, 75 quai de la Loire, 13006 MARSEILLE. Tél. 06 12 34 56 78",
     "STREET_ADDRESS", "Résidence Les Pins, apt 50, 75 quai de la Loire, 13006 MARSEILLE"),
    ("Adres: Oudegracht 193 3-hoog, 3011 SW Rotterdam. Bel", "STREET_ADDRESS",
     "Oudegracht 193 3-hoog, 3011 SW Rotterdam"),
    ("abita in Viale dei Mille, 190/bis, 20121 Milano (MI), Italia\n[7:15 pm] ok", "STREET_ADDRESS",
     "Viale dei Mille, 190/bis, 20121 Milano (MI), Italia"),
    ("Send to my sister at 7716 17 Ave SW\nWinnipeg MB  R3T 8E5 instead.", "STREET_ADDRESS",
     "7716 17 Ave SW\nWinnipeg MB  R3T 8E5"),
    ("DESTINATAIRE\nMarie Curie\n7e étage gauche\n118 rue du Faubourg Saint-Antoine\n75011 Paris\n",
     "STREET_ADDRESS", "7e étage gauche\n118 rue du Faubourg Saint-Antoine\n75011 Paris"),
    ("who lives at ground floor flat 141 kingsley road london se15 2uw and the engineer", "STREET_ADDRESS",
     "ground floor flat 141 kingsley road london se15 2uw"),
    ("Home address: Rural Route 5 Box 192\nMadison, WI 53728\nEmergency contact: x", "STREET_ADDRESS",
     "Rural Route 5 Box 192\nMadison, WI 53728"),
    ("Site: Ground Floor Flat, 139 Mill Close, Leeds, LS6 9LA\nTel: 0113 496 0000", "STREET_ADDRESS",
     "Ground Floor Flat, 139 Mill Close, Leeds, LS6 9LA"),
    ("parcel bhejna hai\nFlat 402, Sai Krupa Apartments, 15th Cross, 6th Main, Koramangala 4th Block, "
     "Bengaluru, Karnataka 560040, bol dena", "STREET_ADDRESS",
     "Flat 402, Sai Krupa Apartments, 15th Cross, 6th Main, Koramangala 4th Block, Bengaluru, Karnataka 560040"),
    ("Report for Unit 16E, Tower 1, Grass Residences\n28th St, Bonifacio Global City\nTaguig 1634 Metro Manila\n"
     "Philippines. Present: x", "STREET_ADDRESS",
     "Unit 16E, Tower 1, Grass Residences\n28th St, Bonifacio Global City\nTaguig 1634 Metro Manila\nPhilippines"),
])
def test_round_eleven_names_and_addresses(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize("text", [
    "Driver Instructions: leave it at the door.",
    "Tech Support: call us any time.",
    # ("Our values: Hope, Faith, Love and Joy." left this list in round 16: "Faith" reads 0.37 to
    # the proposer trained on every set; the precision it costs is in docs/pii.md, round 16)
    "Step 1: open\nStep 2: close\nTodo: x\nTodo: y",
    "Registered in England No. 04417721.",
    "Routing 021000021 / acct ending 7741",
    "Customer asked about P/N 605-9237-54 restock.",
    "Rollback to build 4.17.2.903 completed.",
    "I bought it for my friend, and my friend will love it.",
    "Ask Alexa to reorder your coffee pods.",
    "Yo, check this out: 20% off today.",
])
def test_round_eleven_look_alikes_stay(text: str) -> None:
    assert not [f for f in _found(text) if f[0] in ("PERSON", "PHONE_NUMBER")], _found(text)


# round 12 (after hard15's first run): each a shape that set showed, written for this test
@pytest.mark.parametrize("text,kind,value", [
    ("BOOKING REF 75DXCC\n 1.1 KOWALCZYK/MARTA MRS\n 2.1 OSEI/KWAME MR\nCTCM", "PERSON", "KOWALCZYK/MARTA"),
    ("Kunde: HARTMANN, Will\nAnschrift: folgt", "PERSON", "HARTMANN, Will"),
    ("Vendor (Pemberton) is relocating abroad.", "PERSON", "Pemberton"),
    ("Il proprietario Castellani si trasferisce.", "PERSON", "Castellani"),
    ("Office: +44 20 7946 0321 extension 214, Mon-Fri", "PHONE_NUMBER", "+44 20 7946 0321 extension 214"),
    ("Telefone: (11) 4524-3842 ramal 17", "PHONE_NUMBER", "(11) 4524-3842 ramal 17"),
    ("Questions? Call 1-800-FLY-HOME any time.", "PHONE_NUMBER", "1-800-FLY-HOME"),
    ("agent can i confirm the phone number on the account customer yeah it's oh two oh double seven one "
     "four five six agent thanks", "PHONE_NUMBER", "oh two oh double seven one four five six"),
    ("Addr: Carrowmore Road, Ballina, Co. Mayo, F26 X2Y3\nEmail: x", "STREET_ADDRESS",
     "Carrowmore Road, Ballina, Co. Mayo, F26 X2Y3"),
    ("Ship to = c/o Harbourside Hotel, 41 Quay Street, Galway H91 K2T8\nThanks", "STREET_ADDRESS",
     "c/o Harbourside Hotel, 41 Quay Street, Galway H91 K2T8"),
    ("Address: 310, boul. René-Lévesque, app. 4\nQuébec (Québec)  G1R 2B5\nPhone", "STREET_ADDRESS",
     "310, boul. René-Lévesque, app. 4\nQuébec (Québec)  G1R 2B5"),
    ("and the delivery address customer 44 birch lane fresno california nine three seven two one agent",
     "STREET_ADDRESS", "44 birch lane fresno california nine three seven two one"),
    ("Địa chỉ: Số 12 ngõ 5 phố Hàng Bạc, phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội\nEmail", "STREET_ADDRESS",
     "Số 12 ngõ 5 phố Hàng Bạc, phường Hàng Bạc, quận Hoàn Kiếm, Hà Nội"),
    ("Deliver to: Apt 1204, Al Noor Tower, Business Bay, Dubai\nTel", "STREET_ADDRESS",
     "Apt 1204, Al Noor Tower, Business Bay, Dubai"),
])
def test_round_twelve_names_phones_and_addresses(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text,kind,value", [
    ("Organizer: Hope Carver <hcarver@lumen.example>\nGuests: a@b.example", "PERSON", "Hope Carver"),
    ("Teilnehmer: Will Brandt <wb@x.example>, Summer <s@y.example>", "PERSON", "Will Brandt"),
    ("Ada Vance (née Okonkwo), 81, of Leeds", "PERSON", "Okonkwo"),
    ("Mia: hey its mia, new number btw. save it: 07700 900123", "PERSON", "mia"),
    ("X: oi é a larissa, número novo: +55 11 91234 5678", "PERSON", "larissa"),
    ("[CRM] Llamé a Ximena por el pedido 5490.", "PERSON", "Ximena"),
    ("NO | PLAYER | POS | EMERGENCY CONTACT\n16 | Ana Costa | MID | Kaia 021 555 1234\n"
     "26 | Joe Bloggs | GS | Corey +44 7700 900123", "PERSON", "Kaia"),
])
def test_round_twelve_cues(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Use TCP/IP or UDP; AND/OR logic; EUR/USD rate; ON/OFF switch",
    "My order 4412 7789 3021 never came.",
    "Meeting ID: 481 0866 8983  PIN: 475",
    "the order number is six two four seven two oh three agent okay",
    "Member no.: 8025 2468 1514 9265",
    "INFO login ok ip=45.69.227.30 session=1171-7329-9116",
])
def test_round_twelve_look_alikes_stay(text: str) -> None:
    assert not [f for f in _found(text) if f[0] in ("PERSON", "PHONE_NUMBER")], _found(text)


def test_a_clock_time_after_a_number_is_no_extension() -> None:
    # Danish/Norwegian "kl." is o'clock: "kl. 12" once joined the phone as an extension
    assert ("PHONE_NUMBER", "20 12 34 56") in _found("Ring venligst på 20 12 34 56 kl. 12:00 i morgen")


def test_a_dateline_is_no_surname_comma_given() -> None:
    found = _found("LONDON, Mark Carney said on Tuesday")
    assert not [f for f in found if f[0] == "PERSON" and "LONDON" in f[1]], found


@pytest.mark.parametrize("text", [
    "From: Acme Support <help@acme.example>",
    "hi its done, thanks",
    "St Anne's C of E School – Friday Bulletin",
])
def test_round_twelve_cue_look_alikes(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,kind,value", [
    # list mates: an item between found names is a name, and a found part takes its whole item
    ("Gala dinner plan\nTable 1: Will Brown & Ana Ruiz, Zhang Wei & Peter Okafor, Maria Lopez\n",
     "PERSON", "Will Brown"),
    ("Gala dinner plan\nTable 3: Mr John Smith, H. w. Choi, Mr Jones, Karen Hill, Ben Okafor\n",
     "PERSON", "H. w. Choi"),
    ("Beloved wife of the late John Park, mother of Frank, Susan and Van Minh. Service at noon.",
     "PERSON", "Frank"),
    ("What could we improve? Rose and Maria Kowalski were rude on the phone.", "PERSON", "Rose"),
    # a header that joins two labels: the name before the number
    ("Name / Phone\tArea\tLast order\nKAHU Tipene 082 736 6514\tOtago\tTrail shoes\n"
     "Regina Fischer 07587 781583\tTirol\tLinen shirt\n", "PERSON", "KAHU Tipene"),
    # a lower-case mention of a speaker whose name is no English word, an @-mention
    ("[10:02] Amy: ok bartek, sending now\n[10:05] Bartek: omw", "PERSON", "bartek"),
    ("12:06 Belen: @jaime Tel. 55 2518 8887\n14:35 Jaime: gracias", "PERSON", "jaime"),
    ("#ops\ntariq  09:12 AM\nchecking the courier now\nmarta  09:14 AM\nthanks", "PERSON", "tariq"),
    ("- 14:59 left at the side door. cust Brooke 09128-352397 parcel 1Z999", "PERSON", "Brooke"),
    ("- Aoife covering the early shift; backup Ngata (0161 369 7721)", "PERSON", "Ngata"),
    # a district and then its town; a rural route in brackets
    ("Appointment at 8 Awolowo Road, Ikoyi, Lagos. Bring your ID.", "STREET_ADDRESS",
     "8 Awolowo Road, Ikoyi, Lagos"),
    ("ship to 586 Patrick Street, Salthill, Co. Cork\nthanks", "STREET_ADDRESS",
     "586 Patrick Street, Salthill, Co. Cork"),
    ("at our store (RR 2 Box 145, Columbus, OH 43201). To cancel", "STREET_ADDRESS",
     "RR 2 Box 145, Columbus, OH 43201"),
])
def test_round_thirteen_names_and_addresses(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text,kind,value", [
    # after hard19's first run: an icing or a card names its person, "ordered by" a surname
    ("• Sat – sheet cake, icing: “Happy 40th MEILING!” – ordered by Oduya, +44 20 7946 0321",
     "PERSON", "MEILING"),
    ("• Sat – sheet cake, icing: “Happy 40th MEILING!” – ordered by Oduya, +44 20 7946 0321",
     "PERSON", "Oduya"),
    ("\"To my darling Rangi, happy anniversary, love Tamsin\" → 12 Elm Ave", "PERSON", "Tamsin"),
    # a column of surnames beside a column of found given names (no header)
    ("Wristbands\nWAITITI\tRawiri\tred-278\tVIP\nSHARPE\tSeaneen\tgold-860\tVIP\n"
     "HADDAD\tOmar\tred-667\tpress\nKANG\tDo-yun\tgold-346\tstaff", "PERSON", "HADDAD"),
    # CSV cells: a national number after a comma, a North American one as the whole cell
    ("ts,msisdn,keyword\n202611191607,0161 993 4969,JOIN\n202604231708,91 085 95 54,STOP", "PHONE_NUMBER",
     "0161 993 4969"),
    ("ts,msisdn,keyword\n202603010931,1-416-929-5399,STOP,7895,ok", "PHONE_NUMBER", "1-416-929-5399"),
])
def test_round_thirteen_after_hard19(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    # a quoted CSV field ends the address; the country column after it is no part of it
    ('id,name,ship_to,country\n9729,"Meghana Kibe","471 Elm Ave, Raleigh, NC 27601",US\n'
     '2474,"Einar Dahl","6378 Sunset Drive, Apt 32, Columbus, OH 43215",US', "471 Elm Ave, Raleigh, NC 27601"),
    # the number's own word; a Hungarian floor in figures; the town before the street
    ("Giao đến: Số 90 Lê Lợi, Phường Hàng Bạc\nQuận 1, TP. Hồ Chí Minh\n", "Số 90 Lê Lợi, Phường Hàng Bạc\nQuận 1, TP. Hồ Chí Minh"),
    ("szállítási cím: Szeged, Kossuth Lajos tér 88. 5. em. 7., 6720", "Kossuth Lajos tér 88. 5. em. 7., 6720"),
    ("Leeds, 12 Main Street, LS6 3HN", "Leeds, 12 Main Street, LS6 3HN"),
])
def test_round_thirteen_address_layouts(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    # products named like people, with the product noun in the span
    "Camden Backpack    104.46\nDakota Jacket      40.72\n",
    "Birthday club: fav product Aurora Lip Oil, runner-up Sierra Trail Runner",
    # a list of found names does not make its other items people
    "Gift card message: Love, Ciarán & Seo-yeon xx",
    "The Jack & Jill lunchbox range is back, says Ana Ruiz and Tom Hardy.",
    # a handle is no mention, a contact column with a name in it is no header
    "1. @ana.makes – Ana Knežević – Split – 41k\n2. @leo.bakes – Leo Marsh – Leeds – 12k",
    "T3 – Joshua Medina, John Ojo, Tina Gregory & guest\nT4 – Gelu Voinea, Tobias McGuire",
    # greetings of an occasion name no one
    "Happy Easter! Happy New Year, Happy Holidays and Happy Monday from the team.",
    # a column of products beside a column of SKUs, and sums in a sentence are no phones
    "SKU\tProduct\tColour\nA-1\tHarper Sofa\tGrey\nA-2\tCamden Chair\tOak\nA-3\tSierra Lamp\tBrass",
])
def test_round_thirteen_look_alikes_stay(text: str) -> None:
    found = _found(text)
    bad = {"Camden Backpack", "Dakota Jacket", "Aurora Lip Oil", "Sierra Trail Runner", "Love", "The Jack",
           "ana", "leo", "Easter", "New Year", "Holidays", "Monday"}
    assert not [f for f in found if f[0] == "PERSON" and f[1] in bad], found
    if text.startswith("T3"):
        assert ("PERSON", "Joshua Medina") in found and ("PERSON", "Tobias McGuire") in found, found


@pytest.mark.parametrize("text", [
    "Revenue was 1,234,567 and 12,034 units; totals 3,450,000 (2,100 500 ml bottles).",
    "sku,qty,price\nA-1,2,19.99\nA-2,10,104.46",
])
def test_thousands_after_a_comma_are_no_phones(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PHONE_NUMBER"], _found(text)


def test_span_index_finds_every_overlap() -> None:
    from gateway.pii.list_mates import SpanIndex

    spans = [(0, 4), (2, 30), (10, 12), (40, 45)]
    index = SpanIndex(spans)
    for a, b in [(0, 1), (5, 9), (11, 11 + 1), (29, 41), (45, 50), (31, 39)]:
        want = sorted(s for s in spans if s[0] < b and a < s[1])
        assert sorted(index.overlapping(a, b)) == want, (a, b)


@pytest.mark.parametrize("text,kind,value", [
    # round 14 (name_shapes): a lower-case given name and surname, either order, no cue
    ("lot 12 sold to paddle 48 – anjali krishnan, collect friday", "PERSON", "anjali krishnan"),
    ("waitlist: chukwuemeka obi; kobayashi haruka", "PERSON", "chukwuemeka obi"),
    ("waitlist: chukwuemeka obi; kobayashi haruka", "PERSON", "kobayashi haruka"),
    # an initial and a surname in a row or a rota
    ("Rota\nSat: doors – K. Oyelaran; bar – Mirela\nSun: doors – P. van den Broek", "PERSON", "K. Oyelaran"),
    ("Rota\nSat: doors – K. Oyelaran; bar – Mirela\nSun: doors – P. van den Broek", "PERSON", "P. van den Broek"),
    # a name corrected in a note, in other languages
    ("10:15 Er heißt Brandauer, nicht Tobias.", "PERSON", "Brandauer"),
    ("10:15 Er heißt Brandauer, nicht Tobias.", "PERSON", "Tobias"),
    ("09:40 Namanya Wulan, bukan Ratna.", "PERSON", "Ratna"),
    # an honorific of Indonesian or Vietnamese; a neighbour a parcel is left with
    ("Pak Hendra minta dikirim sore.", "PERSON", "Hendra"),
    ("giao cho chị Thảo ở tầng 2", "PERSON", "Thảo"),
    ("si no estoy, déjalo con marisol en la portería", "PERSON", "marisol"),
    # a nickname and its later mention; booking names with letters beyond ASCII
    ("VIP 'Gazza' (real name Gareth Pryce) wants the red one. Gazza pays cash.", "PERSON", "Gazza"),
    ("Guest: MÜLLER/JÖRG MR  Room 214", "PERSON", "MÜLLER/JÖRG"),
    ("3. ØSTERGAARD/IDA – member 4471", "PERSON", "ØSTERGAARD/IDA"),
    # a surname in capitals alone on a tag, over a phone number
    ("WORKSHOP TAG 5521\nKOWALCZYK\n0161 496 0777\nframe, chain", "PERSON", "KOWALCZYK"),
    # a bulleted sheet: the first cell after the bullet is the name column
    ("Club sends\n- J. Abernethy | 3 Mar | gold\n- Ludmila | 9 Apr | gold\n- Tereza | 2 May | silver\n"
     "- Bohdan | 7 Jun | gold", "PERSON", "Bohdan"),
])
def test_round_fourteen_name_shapes(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    # a row's id and name cells are no part of the address after them; "Karl-Marx-" is
    ("Nr;Name;Straße;Ort\n55120931;Lindqvist, Maja;Karl-Liebknecht-Str. 12;04107 Leipzig;0341 555 0199",
     "Karl-Liebknecht-Str. 12;04107 Leipzig"),
    # a country line closes the address: the next row's address is another one
    ("PICK  QTY  SHIP-TO\nA-01  2    RUIZ, ANA / CALLE MAYOR 5, 28013 MADRID, ESPAÑA\n"
     "A-02  1    BERG, ODA / STORGATA 9, 0155 OSLO, NORGE", "CALLE MAYOR 5, 28013 MADRID, ESPAÑA"),
])
def test_round_fourteen_address_cells(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Paris, not London. Monday, not Tuesday. Red, not Blue.",
    "Her size is M. She said it fits.",
    "We ship with J. Crew boxes and U.S. Army surplus from our St. Louis store.",
    "pakket afgeven bij buren, Dorpsstraat 69A",
    "URGENT\n+44 20 7946 0000\nFRAGILE\nLondon\n",
    "free returns within thirty days and same day dispatch",
])
def test_round_fourteen_look_alikes_stay(text: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == "PERSON"], found


@pytest.mark.parametrize("text,kind,value", [
    # round 14 after hard21: CJK names by their place, HL7 person fields, an audit trail's names
    ("[상담원] [10:02] 고객님 안녕하세요, 상담원 박지민입니다.\n[이서준] [10:05] 주소 바꿔주세요", "PERSON", "박지민"),
    ("[상담원] [10:02] 고객님 안녕하세요, 상담원 박지민입니다.\n[이서준] [10:05] 주소 바꿔주세요", "PERSON", "이서준"),
    ("10:15 小林 美咲：配送先を変更したいです\n10:20 ショップ：担当の山口です。", "PERSON", "小林 美咲"),
    ("10:15 小林 美咲：配送先を変更したいです\n10:20 ショップ：担当の山口です。", "PERSON", "山口"),
    ("예약 확인\n예약자: 최민호\n연락처: 010-2345-6789", "PERSON", "최민호"),
    ("PID|1||5512^^^MRN||OKAFOR^CHIDI^^^MR||19800101|M\nNK1|1|OKAFOR^ADA|WIFE", "PERSON", "OKAFOR^ADA"),
    ('2025-03-02 10:00  field=last_name  old="Ngô"  new="Trịnh"  by=Priscilla Haig', "PERSON", "Trịnh"),
    ('2025-03-02 10:00  field=email  old="a" new="b"  by=R. Okonjo', "PERSON", "R. Okonjo"),
    ("- [ ] Call back about the missed delivery  @Grace  due 12 Mar", "PERSON", "Grace"),
    ("Dạ chào chị Hạnh, em là Vy bên shop ạ.", "PERSON", "Hạnh"),
    # an SSN after "SSN#"; a spaced one after its word
    ("refund to card (SSN#412-55-9031)", "US_SSN", "412-55-9031"),
    ("Applicant: DOB 1980-02-03, SSN 412 55 9031", "US_SSN", "412 55 9031"),
])
def test_round_fourteen_after_hard21(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text,kind", [
    ("Order ORD-412-55-9031 shipped; meter MPAN S 32 505 122 24 9675 2481", "US_SSN"),
    ("EAN 3420601499905, serial 8975-4533-9262-6742-55, order 166-5844272-0111155", "CREDIT_CARD"),
    ("EIN 15-6604882, article 095.003.71", "PHONE_NUMBER"),
    ("ID | Name | SSN\n1 | ANN LEE | XXX-XX-3446\n2 | BO KIM | XXX-XX-1234", "US_SSN"),
])
def test_round_fourteen_number_look_alikes(text: str, kind: str) -> None:
    assert not [f for f in _found(text) if f[0] == kind], _found(text)


def test_a_fixed_width_column_gap_ends_a_phone_and_leaves_the_house_number() -> None:
    # (an eight-digit group may be a Nordic number: it stays, but never with the next columns)
    found = _found("JJD7755  5685 2566         9    22.9\nJJD7756  123 45         3    19.1")
    assert not [f for f in found if f[0] == "PHONE_NUMBER" and "  " in f[1]], found
    assert not [f for f in found if f[0] == "PHONE_NUMBER" and f[1].startswith("123")], found
    text = "6430486336 DLAMINI         KAGISO      0211618514       84 VILAKAZI ST, GARDENS, CAPE TOWN, 8001\n"
    found = _found(text)
    assert ("PHONE_NUMBER", "0211618514") in found, found
    assert ("STREET_ADDRESS", "84 VILAKAZI ST, GARDENS, CAPE TOWN, 8001") in found, found


def test_card_shape() -> None:
    from gateway.pii.checksums import card_shape_ok

    for ok in ("4111 1111 1111 1111", "378282246310005", "5555-5555-5555-4444", "2223003122003222",
               "6011111111111117", "3530111333300000", "180012345678901"):
        assert card_shape_ok(ok), ok
    for bad in ("3420601499905", "8975-4533-9262-6742-55", "166-5844272-0111155", "9111111111111111"):
        assert not card_shape_ok(bad), bad


@pytest.mark.parametrize("text,value", [
    # round 14, late: the unit's word, a building part or a house's name before the street; a
    # Korean district and postcode after it; a Japanese floor
    ("Ship to: UNIT 12 PALM VILLAS, 8 LONG STREET, SEA POINT, CAPE TOWN, 8005\n",
     "UNIT 12 PALM VILLAS, 8 LONG STREET, SEA POINT, CAPE TOWN, 8005"),
    ("Adresse: Hinterhaus, 3. Etage, Bahnhofstrasse 12, 8001 Zürich\n", "Hinterhaus, 3. Etage, Bahnhofstrasse 12, 8001 Zürich"),
    ("Ship to:\nMill Cottage, 4 Church Lane, York, YO1 7HH\n", "Mill Cottage, 4 Church Lane, York, YO1 7HH"),
    ("주소: 서울특별시 마포구 월드컵로 12 101동 202호 (서교동), 04044\n", "서울특별시 마포구 월드컵로 12 101동 202호 (서교동), 04044"),
    ("納品先：〒150-0041 東京都渋谷区神南1-2-3 5F\n", "〒150-0041 東京都渋谷区神南1-2-3 5F"),
])
def test_round_fourteen_address_heads_and_tails(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


def test_a_booking_name_may_be_a_word_name() -> None:
    found = _found("PNR 7XQ\n1.1 VALDEZ/WILL MR\n1.2 OKONJO/CHIDI MR\nsee AND/OR and TCP/IP")
    assert ("PERSON", "VALDEZ/WILL") in found and ("PERSON", "OKONJO/CHIDI") in found, found
    assert not [f for f in found if f[1] in ("AND/OR", "TCP/IP")], found


def test_camel_case_attributes_are_no_names() -> None:
    found = _found("dn: cn=Ann Lee,ou=people\nobjectClass: inetOrgPerson\ngivenName: Ann\npostalAddress: x\n"
                   "Signed, LaToya deVries")
    persons = {f[1] for f in found if f[0] == "PERSON"}
    assert not persons & {"objectClass", "givenName", "postalAddress", "inetOrgPerson"}, found
    assert "Ann" in persons and any(p.startswith("LaToya") for p in persons), found


@pytest.mark.parametrize("text,kind,value", [
    # round 15: chat speakers that are word-names once they take turns, and "@name:" heads
    ("grace: is the blue one back?\nbill: tomorrow, I checked\ngrace: ok thanks\nbill: np", "PERSON", "grace"),
    ("grace: is the blue one back?\nbill: tomorrow, I checked\ngrace: ok thanks\nbill: np", "PERSON", "bill"),
    ("[14:02] @henrik: ring kunden igjen?\n[14:05] solveig: ja, i morgen\n[14:07] @henrik: takk", "PERSON", "henrik"),
    # another mention, written the same way, of a name the model or the proposer kept
    ("Booked with our stylist Marisol at 3pm. Marisol will call if anything changes.", "PERSON", "Marisol"),
    # Korean and Japanese names by family name and given name, alone after a greeting or before a role
    ("메모: 한서윤 (공동 소유자), 연락 주세요", "PERSON", "한서윤"),
    ("★★★☆☆  윤지호 · 2024-03-02\n배송이 늦었어요", "PERSON", "윤지호"),
    ("↳ 안녕하세요 서윤, 확인했습니다! — 지호 (Store Lead)", "PERSON", "서윤"),
    ("↳ 안녕하세요 서윤, 확인했습니다! — 지호 (Store Lead)", "PERSON", "지호"),
    ("★★☆☆☆  中村 結衣 · 2024/3/2\n届いた箱が潰れていました", "PERSON", "中村 結衣"),
    ("こんにちは 蓮, ご連絡ありがとうございます — 美月 (店長)", "PERSON", "蓮"),
    ("こんにちは 蓮, ご連絡ありがとうございます — 美月 (店長)", "PERSON", "美月"),
    ("이웃 준호 씨가 받아 주셨어요", "PERSON", "준호"),
    # a word-name in apposition after a relation; a relation word of another language; a German
    # "hat" after the name is a verb, not a hat
    ("Sorry for the wait. A colleague, Hope, will call you back today.", "PERSON", "Hope"),
    ("Unser Kollege Frau Brandt hat es bestätigt, mein Nachbar Till hat das Paket.", "PERSON", "Till"),
    ("Ihre Kollegin Frau Kühn hat mir zugesagt, dass mich jemand zurückruft.", "PERSON", "Kühn"),
    ("Ma voisine Odile a récupéré le colis.", "PERSON", "Odile"),
    # a lower-case list of given names; a Vietnamese pronoun before a name
    ("we're 4: me, the others are joaquín, siobhan and dmitri", "PERSON", "siobhan"),
    ("Nhân viên là chị Thu đã hứa sẽ gọi lại cho tôi.", "PERSON", "Thu"),
    # a caller column's surname and initial, in a fixed-width extract or a board
    ("queue   cli          cli_name     wait\nsales   0604364415   LE ROUX P    35:46\n", "PERSON", "LE ROUX P"),
    ("CALLBACKS\nHASSAN K | 07700 900123 | refund\nOkafor T. | 0412 555 010 | exchange\n", "PERSON", "HASSAN K"),
    # a name next to an e-mail address that spells it, in any case
    ("12 · grace holloway · holloway.grace@example.com · fav: linen shirt", "PERSON", "grace holloway"),
    ('owner = "mark evans"\nowner_email = mevans@example.com', "PERSON", "mark evans"),
    # the staff member a form names in other languages; a note's lower-case name before "says"
    ("Klant: Jan de Wit\nMonteur: Adelinde\n", "PERSON", "Adelinde"),
    ("Konto: gesperrt\nBerater: Rose Hornich-Gute\n", "PERSON", "Rose Hornich-Gute"),
    ("Reason: injured. Approved by emma.", "PERSON", "emma"),
    ("- [ ] call back re refund\n    comment: glenn says the address on file is wrong", "PERSON", "glenn"),
    ("年間パスポート更新\n受付：遠藤\n", "PERSON", "遠藤"),
    # a two-letter Chinese surname before the given name stays in the model's span
    ("consignee: Li Wei, Room 1203, No. 88 Zhongshan Road", "PERSON", "Li Wei"),
    # Arabic names after a greeting, a title or a kinship word; a Chinese customer label before a
    # phone number; a Korean "my name is"; a Japanese handler label
    ("09:10 العيادة: مرحباً خالد، موعدك غداً مع د. العتيبي\n09:12 المريض: أخي يوسف سيحضر", "PERSON", "خالد"),
    ("09:10 العيادة: مرحباً خالد، موعدك غداً مع د. العتيبي\n09:12 المريض: أخي يوسف سيحضر", "PERSON", "العتيبي"),
    ("09:10 العيادة: مرحباً خالد، موعدك غداً مع د. العتيبي\n09:12 المريض: أخي يوسف سيحضر", "PERSON", "يوسف"),
    ("10:01 客户：王丽 +86 138 0000 1111 北京市", "PERSON", "王丽"),
    ("고객: 010-1234-5678 이고 이름은 한지민입니다", "PERSON", "한지민"),
    ("応対メモ 受付番号 5521\n対応者：中村\n", "PERSON", "中村"),
])
def test_round_fifteen_names(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    # a column of who wrote or served: a review export's author, a rota's barber
    ("review_id\trating\tauthor\tcountry\n41903\t1\thope rowntree\tIE\n30441\t5\tanil mehta\tGB\n", "hope rowntree"),
    ("day,barber,chair\nmon,chinedu,2\ntue,agnes,1\nwed,tunde,3\n", "agnes"),
    # a bare "user" column: a full name is a person, a handle is not (below)
    ("user,email,role\nmei bouchard,mei@example.com,Guest\nrkhan42,r@example.com,Admin\n", "mei bouchard"),
    # a log line's key=value fields
    ('09:12 JOIN name="Ada Obi" phone=0803 555 0100 barber=ngozi\n', "ngozi"),
])
def test_round_fifteen_person_columns(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    # a brand's handle taking turns is no person; a role label repeated by the model is none
    "@harbourbakes: hi! where is my order\n@GlowCo: so sorry, DM us\n@GlowCo: thanks, sorted",
    "[00:00:04] Caller: hi, it's about my bill\n[00:00:09] Agent: sure\n[00:00:12] Caller: thanks",
    # ordinary Korean words that are given names too stay words
    "지원 센터에 문의했습니다. 하늘 색상은 품절입니다.",
    # form labels of other scripts, a greeting's "I'm", a desk a letter is addressed to, a car
    "Họ tên: —\nĐịa chỉ: chưa có\nKhách: chưa xác nhận",
    "[00:00:06] Caller: Hi, I'm ringing about a refund.\n[00:00:14] Agent: Sure.",
    "Dear Front Office Manager,\n\nthe minibar charge is wrong.",
    "Vehicle: Toyota Yaris, returned with a full tank. Upgrade offered: Renault Clio.",
    # a list of words that are given names somewhere stays a list of words
    "we stock rose, lavender and sage soaps; colours: red, blue and green",
    "Der Hut hat eine Krempe.",
    "Order 55 BOX A 12 units, ROOM B 4\nPLAN B | review\nGATE A | 12:00",
    "write to the sales team at sales.team@example.com or hello there at hello.there@example.com",
    "the dog says woof and the mail said nothing; the report said it",
])
def test_round_fifteen_look_alikes_stay(text: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == "PERSON"], found


@pytest.mark.parametrize("text,value", [
    # round 15: a Korean floor, district and postcode after a comma; a Japanese postcode with a
    # comma and a building with a space before its number
    ("주소: 부산광역시 해운대구 해운대로 77, 8층, (우동) 48094\n", "부산광역시 해운대구 해운대로 77, 8층, (우동) 48094"),
    ("送付先: 〒530-0001, 大阪府大阪市北区梅田1-2-3 サンハイツ 305号室 まで", "〒530-0001, 大阪府大阪市北区梅田1-2-3 サンハイツ 305号室"),
    # a Danish floor and door; a Hungarian street with "u." and a floor in Roman numerals
    ("Levering: Nørrebrogade 44, 3. 7, 2200 København N\n", "Nørrebrogade 44, 3. 7, 2200 København N"),
    ("Cím: 6720 Szeged, Kárász u. 9.\n", "6720 Szeged, Kárász u. 9"),
    ("Cím: 1061 Budapest, Király utca 12. II. em. 4.\nTel: +36 1 555 0101", "1061 Budapest, Király utca 12. II. em. 4"),
    # an address typed all in lower case runs on through its town lines to the postcode
    ("pls send it to flat 3, 42 mill lane, headingley, leeds, ls6 2aa cheers", "flat 3, 42 mill lane, headingley, leeds, ls6 2aa"),
    ("deliver to 88 pine hollow dr, boise, id 83702 tonight", "88 pine hollow dr, boise, id 83702"),
    # an Eircode after the county line, even one mistyped; a Vietnamese house number and lane
    ("post it to 9 Strand Road, Bray, Co. Wicklow, A98 B2Q7? thanks", "9 Strand Road, Bray, Co. Wicklow, A98 B2Q7"),
    ("Địa chỉ: Số 27 Ngõ 8 Phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội",
     "Số 27 Ngõ 8 Phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội"),
    # a Spanish street name in a JSON value; a suburb and a town before a bare code; a Greek town
    ('{"direccion": "Gran Vía, 41, 2º dcha., 28013 Madrid", "tel": "-"}', "Gran Vía, 41, 2º dcha., 28013 Madrid"),
    ("courier: 7 kloof street, gardens, cape town, 8001 ok", "7 kloof street, gardens, cape town, 8001"),
    ("Διεύθυνση: Ερμού 40, 105 63, Αθήνα\n", "Ερμού 40, 105 63, Αθήνα"),
    # a Czech adjective and a Dutch title and particle belong to the street's name
    ("Adresa: Dolní náměstí 12/3, 779 00 Olomouc\n", "Dolní náměstí 12/3, 779 00 Olomouc"),
    ("Adres: Burgemeester de Walstraat 8, 4381 GC Vlissingen\n", "Burgemeester de Walstraat 8, 4381 GC Vlissingen"),
    # an Irish street type, a converted building's name, the town on the line above in Hungary
    ("Ship to: 12 Sráid an Mhuilinn\nBallincollig\nCo. Cork\n", "12 Sráid an Mhuilinn\nBallincollig\nCo. Cork"),
    ("Address: Flat 4, The Moorings, 9 Quay Road, Bideford, EX39 2AA\n", "Flat 4, The Moorings, 9 Quay Road, Bideford, EX39 2AA"),
    ("Címzett:\nBudapest\nRákóczi út 12. fsz. 3.\n1072\n", "Budapest\nRákóczi út 12. fsz. 3.\n1072"),
    # a Japanese address in romaji
    ("Guest address: 〒530-0001, Osaka-fu Kita-ku Umeda 1-2-3. Arrival 3pm", "〒530-0001, Osaka-fu Kita-ku Umeda 1-2-3"),
    # Chinese from the province to the room; Arabic to the postcode; an Indian lower-case address
    ("地址: 广东省深圳市南山区科技路 66 号 2 栋 1801 室\n电话: 138 0000 0000", "广东省深圳市南山区科技路 66 号 2 栋 1801 室"),
    ("العنوان: شارع التحلية، مبنى 77، جدة 23432", "شارع التحلية، مبنى 77، جدة 23432"),
    ("deliver to: h.no 8-2-120, opp. city bank, banjara hills, hyderabad 500034 pls",
     "h.no 8-2-120, opp. city bank, banjara hills, hyderabad 500034"),
])
def test_round_fifteen_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "we moved to 12 oak st, and paid 2000 for it",
    "meet at 5 main st, then at 3000 feet",
])
def test_round_fifteen_lower_tail_stops_at_prose(text: str) -> None:
    found = [f for f in _found(text) if f[0] == "STREET_ADDRESS"]
    assert all("2000" not in v and "3000" not in v for _, v in found), found


def test_a_voicemail_label_is_no_email_column() -> None:
    found = _found("voicemail: hi it's dave, call me back on oh seven seven double four, one two three, four five six")
    assert not [f for f in found if f[0] == "EMAIL_ADDRESS"], found
    assert ("PHONE_NUMBER", "oh seven seven double four, one two three, four five six") in found, found


def test_a_function_word_after_a_run_on_name_is_no_name() -> None:
    found = _found("Ciao, sono Giulia Ferri. Mio marito Paolo ha ordinato il divano.")
    assert ("PERSON", "Giulia Ferri") in found and not [f for f in found if f[1] == "Mio"], found


@pytest.mark.parametrize("text,kind,value", [
    # machine formats (after hard24): X12 N3/N4 segments, HL7 PID-11, a ZPL label's fields
    ("N1*ST*JOHN DOE~\nN3*42 BIRCH LN~\nN4*SPOKANE*WA*99201*US~", "STREET_ADDRESS", "42 BIRCH LN"),
    ("N1*ST*JOHN DOE~\nN3*42 BIRCH LN~\nN4*SPOKANE*WA*99201*US~", "STREET_ADDRESS", "SPOKANE*WA*99201*US"),
    ("PID|1||7711^^^MRN||DOE^JANE||19800101|F|||12 OAK ST^^RENO^NV^89501^USA||775.555.0100",
     "STREET_ADDRESS", "12 OAK ST^^RENO^NV^89501^USA"),
    ("^XA^FO50,40^FDSHIP TO:^FS^FO50,80^FDLENA VOGT^FS^FO50,120^FDBERGSTRASSE 12^FS^FO50,160^FD10115 BERLIN^FS^XZ",
     "PERSON", "LENA VOGT"),
    ("^XA^FO50,40^FDSHIP TO:^FS^FO50,80^FDLENA VOGT^FS^FO50,120^FDBERGSTRASSE 12^FS^FO50,160^FD10115 BERLIN^FS^XZ",
     "STREET_ADDRESS", "BERGSTRASSE 12^FS^FO50,160^FD10115 BERLIN"),
    # a TIN column, a WhatsApp id column, a Hungarian phone with slashes
    ("Recipient|TIN|TIN type\nMARA OKAFOR|153598344|SSN\n", "US_SSN", "153598344"),
    ("wa_id,template,status\n491576187880,delivery_slot,read\n27824096994,cart,sent\n", "PHONE_NUMBER", "491576187880"),
    ("Vevő neve: Kiss Anna\nTelefon: 06/20/7806149\n", "PHONE_NUMBER", "06/20/7806149"),
    # who receives or signs: Chinese, Japanese and English manifest columns; vCard phonetic names;
    # a log's lower-case operator
    ("收件人 | 手机 | 地址\n王丽 | 13762507138 | 北京\n陈伟 | 13762507139 | 上海\n", "PERSON", "王丽"),
    ("お届け予定日,お届け先名,敬称,電話番号\n2024/07/09,渡辺拓也,様,06(3702)8926\n", "PERSON", "渡辺拓也"),
    ("awb | consignee | mobile\n6971547215206 | zehaan | 022-3069 0295\n6971547215207 | isha | 022-3069 0296\n", "PERSON", "zehaan"),
    ("BEGIN:VCARD\nFN:이지훈\nX-PHONETIC-LAST-NAME:Lee\nEND:VCARD", "PERSON", "Lee"),
    ("[16:44:24] kod odbioru 270907 unieważniony; operator grzegorz", "PERSON", "grzegorz"),
])
def test_round_fifteen_machine_formats(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


def test_paths_and_dates_with_slashes_stay() -> None:
    found = _found("see docs/2024/12/report and 01/02/2024; ref 06/20/7806149 in the archive")
    assert not [f for f in found if f[0] == "PHONE_NUMBER"], found


def test_a_rows_field_before_its_phone_is_a_name() -> None:
    found = _found("Do 14:36 — Tariq — 0152/45162627 — Balayage\nDo 15:00 — LEWANDOWSKA — 0711/322628 — Schnitt")
    assert ("PERSON", "Tariq") in found and ("PERSON", "LEWANDOWSKA") in found, found
    found = _found("Office — 0207 946 0018 — open 9-5 | Sales | 0800 123 4567 | Reception - 020 7946 0000")
    assert not [f for f in found if f[0] == "PERSON"], found


@pytest.mark.parametrize("text,kind,value", [
    # a name inverted in a list's item or a log line, the first name maybe cut to its initial
    ("1. Russo, Carmela +1 (Megan)\n2. Haynes, Heather — gift voucher", "PERSON", "Haynes, Heather"),
    ("1. Russo, Carmela +1 (Megan)\n2. Haynes, Heather — gift voucher", "PERSON", "Russo, Carmela"),
    ("07:40 NGÔ, M. — 0463250117 — devis optique\n07:47 HADDAD, S. — 0444773275 — litige", "PERSON", "HADDAD, S"),
    ("REDDY, A. — contact lenses x6 — 07911 851715 — no answer", "PERSON", "REDDY, A"),
    # an initial and a surname that open the text
    ("P. Mazur — Oakley frames — 07984 929 832 — LM", "PERSON", "P. Mazur"),
    # a desk and who holds it, in brackets
    ("14:09 Front desk (Joy): of course till 1pm.", "PERSON", "Joy"),
    ("Reply (Rose, community team): thanks lovely! please fill the form", "PERSON", "Rose"),
    # a name ahead of the next field's id label is the name alone
    ("NOME / RAZÃO SOCIAL: RAIMUNDA DOS ANJOS   CPF: ***.699.954-**", "PERSON", "RAIMUNDA DOS ANJOS"),
])
def test_round_sixteen_names(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "My friend did one last year and said to ask for the manager.",
    "Order (Shipped): yes\nSupport (Team A): hi",
    "VAT, A. — reduced rate applies",
    "Call me tomorrow, or call me later on the landline",
])
def test_round_sixteen_look_alikes_stay(text: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == "PERSON"], found


@pytest.mark.parametrize("text,value", [
    # a labelled value is the address whole: its tail, its head, a wrapped line, the lines under
    # a label alone
    ("Nombre: Lupita Zamora\nDomicilio: Privada de los Pinos 92, Col. Del Valle, C.P. 03940, Benito\n"
     "Juárez, Ciudad de México\nTeléfono: 33 6779 4651",
     "Privada de los Pinos 92, Col. Del Valle, C.P. 03940, Benito\nJuárez, Ciudad de México"),
    ("ENDEREÇO: RUA AUGUSTA, 46, APTO 153   CEP: 51020-180\nMUNICÍPIO: RECIFE", "RUA AUGUSTA, 46, APTO 153"),
    ("  Adres: Bahçelievler Mah. İnönü Cd. No:163 Daire 2 06420 Çankaya/Ankara Türkiye\n  Tel: 05050310424",
     "Bahçelievler Mah. İnönü Cd. No:163 Daire 2 06420 Çankaya/Ankara Türkiye"),
    ("Vevő neve: Gulyás Attila\nVevő címe:\nSzeged\nPetőfi Sándor utca 14.\n6720\nTelefon: 06/20/7806149",
     "Szeged\nPetőfi Sándor utca 14.\n6720"),
    ("Dirección: Pº de Gràcia 27, 1º 4ª, 46002 Valencia\nTel.: +34 706 012 141",
     "Pº de Gràcia 27, 1º 4ª, 46002 Valencia"),
])
def test_round_sixteen_labelled_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


def test_a_labelled_address_keeps_its_recipient_and_the_sentence_after_it_apart() -> None:
    found = _found("Ship to: Maria Lopez, 12 Main Street, Springfield, IL 62701")
    assert ("PERSON", "Maria Lopez") in found and ("STREET_ADDRESS", "12 Main Street, Springfield, IL 62701") in found
    found = _found("Address: 12 Main Street, Springfield. Please call me on Monday about the parcel.")
    assert ("STREET_ADDRESS", "12 Main Street, Springfield") in found, found
    found = _found("Address: 12 Main St. Call me tomorrow\nAdresse: Hauptstraße 5, 10115 Berlin bitte klingeln")
    assert ("STREET_ADDRESS", "12 Main St") in found and ("STREET_ADDRESS", "Hauptstraße 5, 10115 Berlin") in found, found


def test_a_fixed_width_report_reads_as_cells() -> None:
    # three blanks or more part the columns: the inverted name is a cell of its own
    t = ("21.03.2024 21.03.2024 NL75RABO4024835128                 SMITS, ILSE                   -2740,57  Miete\n"
         "948237858  BRANNIGAN, Niamh           336   4    OTA  anniversary\n")
    found = _found(t)
    assert {("PERSON", "SMITS"), ("PERSON", "ILSE"), ("PERSON", "BRANNIGAN"), ("PERSON", "Niamh")} <= found, found
    # one or two blanks stay blanks: prose keeps its words
    assert normalize("Dear Ann,  thanks").text == "Dear Ann, thanks"
    assert normalize("A   B").text == "A\tB" and normalize("   indented").text == " indented"


def test_street_columns_of_exports() -> None:
    t = ("Anrede\tVorname\tNachname\tStraße\tPLZ\tOrt\tLand\tKatalog\n"
         "Frau\tWitold\tDylik\tKastanienallee 24a\t28195\tBremen\tDeutschland\tHW24\n"
         "\tAyşe\tÇelik\tAm Kirchberg 59\t01067\tDresden\t\tHW24\n")
    found = _found(t)
    assert ("PERSON", "Witold") in found and ("PERSON", "Dylik") in found, found
    assert ("STREET_ADDRESS", "Kastanienallee 24a\t28195\tBremen\tDeutschland") in found, found
    t = ("SENDUNG|EMPFAENGER|STRASSE|PLZ|ORT|LAND|TEL|COLLI|KG\n"
         "00340434740737668143|ORCHID LANE FLORISTS|AM KIRCHBERG 71B|28195|BREMEN|DE|089 / 994 86 17|8|35.7\n"
         "RR314469607DE|Joaquín Montero|ALCALÁ 194, BAJO|46002|VALENCIA|ES||8|21.8\n")
    found = _found(t)
    assert ("STREET_ADDRESS", "AM KIRCHBERG 71B") in found and ("STREET_ADDRESS", "ALCALÁ 194, BAJO") in found, found
    found = _found("<PstlAdr>\n  <AdrLine>Am Kirchberg 89</AdrLine>\n  <AdrLine>04109 Leipzig</AdrLine>\n")
    assert ("STREET_ADDRESS", "Am Kirchberg 89") in found, found


@pytest.mark.parametrize("text,value", [
    ("rider: venkatesh / alt no 09719485254   cod amt ₹6952", "venkatesh"),
    ("Contact ter plaatse: Kaya 06-78164150", "Kaya"),
    ("Kontaktní osoba: Růžička 00420 736495835", "Růžička"),
    ("20.03.2024 19:25  Teslim edildi  teslim alan: ÇAĞAN (iş yeri)", "ÇAĞAN"),
    ("Settled with corporate card 5255506604388436 (holder: Małgorzata Kaczmarek)", "Małgorzata Kaczmarek"),
    ("2025-12-22 16:20:16 [ERJ-155837] done by Sergi Castillo status=PARTIAL", "Sergi Castillo"),
])
def test_round_sixteen_role_labels(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Contact: Customer Service, open 9-5",
    "done by hand, received by post",
    "contact: support team\nname: order pending",
])
def test_round_sixteen_labels_without_a_person(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    # a transcript writes some digits as figures, some as words, in any language
    ("I'm out till Thursday so ring me on oh eight six, oh nine oh 2 four oh oh yeah.", "oh eight six, oh nine oh 2 four oh oh"),
    ("rufen Sie mich bitte zurück unter null vier null neun, 7 7 3 fünf null drei, sonst",
     "null vier null neun, 7 7 3 fünf null drei"),
    ("ring me on 0 1 six, one four nine six 6 double three seven. ta.", "0 1 six, one four nine six 6 double three seven"),
    ("me podéis llamar al nueve cinco cuatro, cuatro nueve cero, 683, bueno", "nueve cinco cuatro, cuatro nueve cero, 683"),
    # a trunk-prefixed mobile of twelve digits after a phone word
    ("no hp 085712345678 ya kak", "085712345678"),
])
def test_round_sixteen_phones(text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "the order number is nine five nine nine two one three four",
    "we have one two three items and 2 4 6 boxes, call me",
    "SKU 081367052999 in stock; account number 012345678901",
])
def test_round_sixteen_numbers_that_are_no_phones(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PHONE_NUMBER"], _found(text)


@pytest.mark.parametrize("text", [
    # a legal form ends or follows a company's name, whatever its words
    "Change documents vendor 7243867 (Vela Verde S.L.) updated",
    "Seller: Anatolia Tekstil A.Ş., Gebze",
    "YANG CONSULTING INC, 12 invoices",
    "SAKURA TRADING 株式会社 / invoice 4471",
    # an attribute of a directory export, a receipt's lines
    "sAMAccountName,objectGUID,mail",
])
def test_round_sixteen_companies_and_attributes_are_no_persons(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


def test_a_person_beside_a_company_stays_a_person() -> None:
    found = _found("YANG CONSULTING INC, attn JOHN YANG")
    assert ("PERSON", "JOHN YANG") in found and ("PERSON", "YANG") not in found, found
    found = _found("Anna as well as Maria came.")
    assert ("PERSON", "Anna") in found and ("PERSON", "Maria") in found, found


@pytest.mark.parametrize("text", [
    "consignment            pcs  kg     service   dest_pc   ref\n"
    "JJD710983508775861078  9    4.3   NDAY      8001      W615020143\n",
    "SERVED BY: ANDREA\n1 X FLAT WHITE OAT       4.20\n2 X CROISSANT ALM        6.90\nSUBTOTAL                11.10\n",
])
def test_round_sixteen_report_columns_are_no_addresses(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "STREET_ADDRESS"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("caller: surname is kovacs, that's K-O-V-A-C-S, first name Eva", "K-O-V-A-C-S"),
    ("caller: surname is kovacs, that's K-O-V-A-C-S, first name Eva", "kovacs"),
    ("yeah it's spelt o-k-a-f-o-r okay", "o-k-a-f-o-r"),
    ("c'est D.U.P.O.N.T avec un T", "D.U.P.O.N.T"),
    ("Participant: Hope Yazzie   Age: 16", "Hope Yazzie"),
    ("ADI SOYADI :  AVRAHAM, MOSHE   DOB :  23 / 07 / 1998", "MOSHE"),
])
def test_round_sixteen_spelt_and_form_names(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "the code is A-B-C-1 and the plan is X-L",
    "Name is required",
    "Customer: Support team\nClient: Acme Corp\nPatient: none",
])
def test_round_sixteen_spellings_and_labels_that_are_no_names(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


def test_a_label_cell_after_a_name_is_no_name() -> None:
    found = _found("ADI SOYADI :  AVRAHAM, MOSHE   DOB :  23 / 07 / 1998\nGuest: Mx Anderson   Room 161")
    assert ("PERSON", "DOB") not in found and ("PERSON", "Room") not in found, found


@pytest.mark.parametrize("text,value", [
    ("Ordini telefonici — turno sera\n07:14 LO BIANCO 011 2856 270 — 2 margherite\n15:22 CONTI 347 392 7430 — ritiro",
     "LO BIANCO"),
    ("Di 15:02 — KOÇ — 0157/91554671 — Herrenschnitt bei Mandy", "KOÇ"),
    ("Do 14:36 — Tariq — 0152/45162627 — Balayage bei Summer", "Summer"),
    ("Mon 13:25 — Aoife — 0117 496 5822 — root touch-up w/ Rose", "Rose"),
])
def test_round_sixteen_booking_rows(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "We met in Berlin with Summer coming\n10:00 TEL 0207 946 0000 office",
    "12:00 meeting with Marketing\nOffice — SALES — 0800 123 4567\nDept | HR | 0207 946 0000",
])
def test_round_sixteen_rows_without_a_person(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("备注：师傅刘杰预计周六上门。其儿子磊可代为签收。", "刘杰"),
    ("备注：师傅刘杰预计周六上门。其儿子磊可代为签收。", "磊"),
    ("08:11 客户：帮我写张卡片“祝林老师生日快乐”，谢谢", "林"),
    ("联系人王伟，电话 138 0000 1111", "王伟"),
    ("请张经理回电，客户王丽女士已付款", "王丽"),
])
def test_round_sixteen_chinese_names(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "我们的产品很好，明天发货，今天下午到。",
    "老师说明天上课，经理在开会。",
])
def test_round_sixteen_chinese_clauses_are_no_names(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


def test_machine_party_names() -> None:
    found = _found("REF*BM*SF8133772757902~\nN1*ST*LI JIANGUO~\nN3*163 MAPLE AVE #2~\nN4*SAVANNAH*GA*31401*US~\n"
                   "PER*IC*JIANGUO*TE*8379693521~\nN1*SF*ACME DISTRIBUTION INC~\n")
    assert ("PERSON", "LI JIANGUO") in found and ("PERSON", "JIANGUO") in found, found
    assert not [f for f in found if f[1].startswith("ACME")], found
    found = _found("  <Cdtr>\n    <Nm>ŞÜKRÜ ARSLAN</Nm>\n    <PstlAdr>\n")
    assert ("PERSON", "ŞÜKRÜ ARSLAN") in found, found


@pytest.mark.parametrize("text,value", [
    ("(4) Social Security number: 793 - 26 - 3588\n(S) Current address: 5174 N Wolcott Blvd Apt 2R, Boise, ID 83711\n"
     "(6) Address at time of fraud: 4898 Magnolia Ave, Chicago, IL 60650", "5174 N Wolcott Blvd Apt 2R, Boise, ID 83711"),
    (">12 Sep 2023 but nothing arrived at\n>3596 Briarwood Ct, Baton Rouge, LA 70860. Your driver apparently",
     "3596 Briarwood Ct, Baton Rouge, LA 70860"),
])
def test_round_sixteen_form_items_and_quoted_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("[00:01:03] AGENTE: la dirección de entrega que me aparece es carrera 40 # 19-80 apto 647 bogotá",
     "carrera 40 # 19-80 apto 647 bogotá"),
    ("operatore: e l indirizzo di fornitura\ncliente: via giuseppe garibaldi 151/b 80127 napoli (na)\ncliente: però",
     "via giuseppe garibaldi 151/b 80127 napoli (na)"),
    ("[00:00:35] MA: und zur sicherheit die adresse\n[00:00:40] KD: nordring 143a c/o werkstatt 90436 nürnberg\n",
     "nordring 143a c/o werkstatt 90436 nürnberg"),
    ("der techniker war nicht da adresse ist hauptstr. 157 hinterhaus 3. og 22727 hamburg ich erwarte einen rückruf",
     "hauptstr. 157 hinterhaus 3. og 22727 hamburg"),
    ("conseiller : et l adresse postale\nclient : meir 170 bus 2 2000 antwerpen belgië\nconseiller : d accord",
     "meir 170 bus 2 2000 antwerpen belgië"),
])
def test_round_sixteen_cued_lower_case_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Your address is on file. Please call 2 times.",
    "the address field must be filled in within 30 days of the order",
])
def test_round_sixteen_address_words_without_an_address(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "STREET_ADDRESS"], _found(text)


def test_a_word_spelt_out_on_a_call_is_a_name_everywhere() -> None:
    found = _found("caller: it s tkachuk\nagent: sorry was that tkachich\ncaller: no tkachuk T-K-A-C-H-U-K\n"
                   "agent: T K A C H U K lovely")
    assert ("PERSON", "tkachuk") in found and ("PERSON", "T-K-A-C-H-U-K") in found, found
    assert ("PERSON", "T K A C H U K") in found, found
    assert not [f for f in _found("the plan is A-B-C and the code X Y Z") if f[0] == "PERSON"]


def test_a_dm_exports_day_and_time_lead_its_speakers() -> None:
    found = _found("Mon 12:05  northpeakout: hiii Yuting! Kristine here\nMon 13:02  yuting: omg yesss\n"
                   "Mon 13:12  northpeakout: amazing\nMon 13:15  yuting: ok")
    assert ("PERSON", "yuting") in found and ("PERSON", "Kristine") in found, found


@pytest.mark.parametrize("text,value", [
    ("فيلور لاب: مرحبا فاطمة 🌸 معك سارة من فريق التسويق. حابين نرسل لك صندوق", "سارة"),
    ("1. محمد علي - القاهرة\n2. سارة أحمد - الجيزة", "سارة أحمد"),
])
def test_round_sixteen_arabic_weak_leads(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_sixteen_arabic_with_the_customer_is_no_name() -> None:
    assert not [f for f in _found("نحن مع العميل دائماً") if f[0] == "PERSON"]


def test_a_badge_type_column_holds_no_person() -> None:
    t = ("FIRST,LAST,COMPANY,TITLE,TYPE,QR\nAutumn,Iyer,Koi Studio,Influencer Manager,STAFF,QR-MVS898G9\n"
         "Hind,Saleh,Stackhouse,Copywriter,PRESS,QR-WVNWXSHC\nPavel,Orlov,Foodie Forward,Marketer,DELEGATE,QR-MVCZZ\n")
    found = _found(t)
    assert ("PERSON", "Hind") in found and not [f for f in found if f[1] in ("STAFF", "PRESS", "DELEGATE")], found


# round 17: addresses in the scripts the Latin street finder cannot read (native_addresses.py)
@pytest.mark.parametrize("text,value", [
    ("ที่อยู่ 45/7 หมู่ 2 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200 โทร 053 111 222",
     "45/7 หมู่ 2 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200"),
    ("כתובת למשלוח: רחוב ביאליק 8 דירה 12, רמת גן 5245108", "רחוב ביאליק 8 דירה 12, רמת גן 5245108"),
    ("डिलीवरी पता: फ्लैट 22, शांति निवास, मालवीय नगर, जयपुर, राजस्थान 302017 कृपया जल्दी भेजें",
     "फ्लैट 22, शांति निवास, मालवीय नगर, जयपुर, राजस्थान 302017"),
    ("Доставка: 630099, г. Новосибирск, ул. Ленина, д. 12, кв. 40. Звонить заранее",
     "630099, г. Новосибирск, ул. Ленина, д. 12, кв. 40"),
    ("Адреса: вул. Шевченка, буд. 7, кв. 3, м. Львів, 79000", "вул. Шевченка, буд. 7, кв. 3, м. Львів, 79000"),
    ("العنوان: فيلا 12، شارع 7، الصفا 1، دبي، شكراً", "فيلا 12، شارع 7، الصفا 1، دبي"),
    ("أسكن في 22 شارع الهرم، العمرانية، الجيزة منذ سنتين", "22 شارع الهرم، العمرانية، الجيزة"),
    ("نشانی: تهران، خیابان انقلاب، پلاک ۴۵، واحد ۲", "تهران، خیابان انقلاب، پلاک ۴۵، واحد ۲"),
    ("收货地址：广东省深圳市南山区科技园路88号5栋1203室 518057", "广东省深圳市南山区科技园路88号5栋1203室 518057"),
    ("地址四川省成都市锦江区春熙路二段15号2单元301室", "四川省成都市锦江区春熙路二段15号2单元301室"),
    ("배송지: 인천광역시 연수구 센트럴로 123, 101동 902호 (21984)", "인천광역시 연수구 센트럴로 123, 101동 902호 (21984)"),
    ("お届け先：〒530-0001 大阪府大阪市北区梅田1-2-3 ハイツ梅田 5-Cまでお願いします",
     "〒530-0001 大阪府大阪市北区梅田1-2-3 ハイツ梅田 5-C"),
])
def test_round_seventeen_native_script_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Он живёт в Москве и работает на улице Ленина уже давно.",
    "ราคา 1,250 บาท ส่งฟรีทั่วประเทศ ภายใน 3 วัน",
    "המבצע בתוקף עד 31 בדצמבר, בכל הסניפים",
])
def test_round_seventeen_native_prose_is_no_address(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "STREET_ADDRESS"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("ok i live at 14 lutyens road rosebank johannesburg 2196. thanks", "14 lutyens road rosebank johannesburg 2196"),
    ("left it at 9 st john's close leeds ls6 2ab united kingdom nobody in", "9 st john's close leeds ls6 2ab united kingdom"),
    ("entregado en c/ de la paz 14 3º dcha. 46003 valencia no había nadie", "c/ de la paz 14 3º dcha. 46003 valencia"),
    ("cliente: via roma 12 20121 milano mi", "via roma 12 20121 milano mi"),
])
def test_round_seventeen_spoken_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


def test_round_seventeen_a_date_and_time_head_is_no_phone() -> None:
    found = _found("Ирина Котова, [14.03.2026 09:12]\nЗаказ 771200341, телефон +7 (495) 123-45-67")
    assert ("PHONE_NUMBER", "+7 (495) 123-45-67") in found and ("PERSON", "Ирина Котова") in found, found
    assert not [f for f in found if f[0] == "PHONE_NUMBER" and "2026" in f[1]], found


@pytest.mark.parametrize("text", [
    '{"sub": "u_8812", "iat": 1714000000, "exp": 1714003600}',
    ":61:240415D120,00NTRFNONREF//5522190034",
    "■ご注文番号：1203-4455-6677\n■お届け先\n\u3000060-0042 北海道札幌市中央区大通西3-7",
    "Ваш заказ 48120033 передан в доставку. Номер заказа 5512-334-889",
])
def test_round_seventeen_numbers_that_are_no_phones(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PHONE_NUMBER"], _found(text)


@pytest.mark.parametrize("text,value", [
    (":86:166?00SEPA-GUTSCHRIFT?20EREF+1234?31DE89370400440532013000?32JONAS WEBER", "DE89370400440532013000"),
    ("PAYEE                 ACCOUNT\nMARTA SILVA           PT50000201231234567890\n                      154     72.49",
     "PT50000201231234567890\n                      154"),
])
def test_round_seventeen_ibans_in_statements_and_wrapped(text: str, value: str) -> None:
    assert ("IBAN_CODE", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("नमस्ते टीम,\nनाम: सुनील यादव\nफ़ोन: 98290 11223", "सुनील यादव"),
    ("அன்புள்ள கார்த்திக் ராஜா, உங்கள் ஆர்டர் அனுப்பப்பட்டது.", "கார்த்திக் ராஜா"),
    ("[10:02] אורי לוי: הי, החבילה לא הגיעה", "אורי לוי"),
    ("ФИО: Смирнова Ольга Петровна\nТелефон: +7 916 555-12-34", "Смирнова Ольга Петровна"),
    ("Αγαπητή Ελένη, η παραγγελία σας στάλθηκε.", "Ελένη"),
    ("2211,Νίκος Γεωργίου,nikos.g@example.gr,6944123456,Πάτρα", "Νίκος Γεωργίου"),
    ("Сергей Волков, [02.11.2025 14:20]\nДобрый день, где мой заказ?", "Сергей Волков"),
    ("can u check with 陈静 before friday", "陈静"),
])
def test_round_seventeen_names_in_other_scripts(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Поддержка, [02.11.2025 14:25]\nПередали в отдел доставки",
    "[10:05] נציג: שלום, איך אפשר לעזור?",
])
def test_round_seventeen_role_speakers_are_no_names(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("thanks to Tewodros for the coffee after service", "Tewodros"),
    ("Niloufar and Kaveh are hosting next month", "Niloufar"),
])
def test_round_seventeen_given_names_of_more_cultures(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Wir haben Ihre Anfrage erhalten. Datum: 12.03.2025, Kunden-Nr. 4411.",
    "spk_1 00:12  hello and thanks for calling",
])
def test_round_seventeen_model_place_guesses_that_are_no_places(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "LOCATION"], _found(text)


# round 17: given names that are ordinary words, where the sentence makes them a person
@pytest.mark.parametrize("text,value", [
    ("hey Chance, the invoice is 40 days overdue", "Chance"),
    ("my cousin Honey wants the same one", "Honey"),
    ("prayers for Brother Chance who is looking for work", "Chance"),
    ("Thank you to Goodluck for driving the cake over", "Goodluck"),
    ("if you are stuck, ring Mercy on 07700 900123", "Mercy"),
    ("Farhan: is the pram still available?\nWill: yes, collection only\nFarhan: great", "Will"),
    ("Mein Mann Precious arbeitet bis 18 Uhr", "Precious"),
])
def test_round_seventeen_word_names_in_person_context(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Opening hours:\nMonday: 9-5\nSunday: closed\nSummer: 10-6",
    "we meet at Hope Street at noon",
    "I will call May 5 about it",
])
def test_round_seventeen_word_names_stay_words(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


def test_round_seventeen_polish_surnames_are_known() -> None:
    # Faker's pl_PL keeps its surnames under male_last_names / unisex_last_names
    assert ("PERSON", "Małgorzata Lewandowski") in _found("we thank Małgorzata Lewandowski for hosting us")


@pytest.mark.parametrize("text,value", [
    ('{"customer":"Let\\u00edcia Melo","phone":"(862) 611-5524"}', "Let\\u00edcia Melo"),
    ('"unique_args":{"first_name":"\\u0ba4\\u0bbf\\u0bb5\\u0bcd\\u0baf\\u0bbe","crm_id":"21579529"}',
     "\\u0ba4\\u0bbf\\u0bb5\\u0bcd\\u0baf\\u0bbe"),
])
def test_round_seventeen_json_escaped_letters_are_read(text: str, value: str) -> None:
    # a payload's \\uXXXX escapes are letters to the detectors; the placeholder covers the escapes
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("महोदय,\nमैं पूजा चौहान, इंदिरानगर में रहती हूँ", "पूजा चौहान"),
    ("שלום רב,\nשמי איתי פרידמן ואני פונה בעניין הזמנה", "איתי פרידמן"),
    ("เรียนฝ่ายบริการลูกค้า\nดิฉัน นภัสสร วงศ์สวัสดิ์ ขอคืนเงิน", "นภัสสร วงศ์สวัสดิ์"),
    ("Меня зовут Анна Смирнова, пишу по поводу заказа", "Анна Смирнова"),
    ("[MERGE?] A: วรวุฒิ ทองดี <worawut@example.co.th>", "วรวุฒิ ทองดี"),
    ("主题：会员账号合并\n我叫李伟，之前用手机号 138 1208 7855 注册过", "李伟"),
])
def test_round_seventeen_writers_naming_themselves(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "الموظف: السلام عليكم، معاك خدمة التوصيل\nالزبون: آه نعم",
    "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\nAccept: text/html, image/png, */*",
    '{"status":"firing","alerts":[{"labels":{"alertname":"CheckoutLatencyHigh","severity":"page"}}]}',
])
def test_round_seventeen_speech_headers_and_thing_names_are_no_persons(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("My friend  Jae-sung did this and found a nice partner.", "Jae-sung"),
    ("Mei: 寄到我妈家，收件人 王芳，电话 +86 138 4929 6809", "王芳"),
])
def test_round_seventeen_romanised_korean_after_a_relative_and_a_spaced_chinese_role(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "หากติดต่อไม่ได้ ส่งอีเมลมาได้ค่ะ\n\nขอบคุณค่ะ",
    "JM-SVRNAM: your gold scheme instalment is received.\nJM-SVRNAM: next due on 6/11.",
    "வணக்கம் சார்,\nஎன் ஆர்டர் இன்னும் வரவில்லை",
    "[12:29] 客: 好呀，星期六得唔得？\n[12:48] 經紀: 得！到咗大堂打電話搵我",
    "[09:01] الزبون: آه نعم\n[09:02] الزبون: شكراً",
    "ลูกค้า: สวัสดีค่ะ สั่งไปเมื่อวาน เลขออเดอร์ 6293 ค่ะ",
])
def test_round_seventeen_roles_particles_and_sender_ids_are_no_names(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("Διεύθυνση: Λεωφόρος Συγγρού 120, διαμ. 4, Τ.Κ. 117 45 ΑΘΗΝΑ\nΤηλ: 210 555 0101",
     "Λεωφόρος Συγγρού 120, διαμ. 4, Τ.Κ. 117 45 ΑΘΗΝΑ"),
    ("Αποστολή: Τσιμισκή 40, 2ος όροφος, ΤΚ 546 22 Θεσσαλονίκη", "Τσιμισκή 40, 2ος όροφος, ΤΚ 546 22 Θεσσαλονίκη"),
    ("العنوان: 12 زنقة طنجة، حي الرياض، الدور 2، شقة 5، الرباط", "12 زنقة طنجة، حي الرياض، الدور 2، شقة 5، الرباط"),
    ("地址：湖北省武汉市洪山区珞喻路52号万科城小区3单元601，邮编：430074",
     "湖北省武汉市洪山区珞喻路52号万科城小区3单元601，邮编：430074"),
    ("寄送地址：701台南市東區大學路18號3樓之2", "701台南市東區大學路18號3樓之2"),
])
def test_round_seventeen_greek_moroccan_and_chinese_compound_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


# --- round 18: what hard28 (seen) and the blind hard29/hard30 showed -------------------------------

def test_round_eighteen_json_lines_are_no_table() -> None:
    # a JSON object per line has commas, but the line under it is no row: the cell under
    # "first_name" once garbled the next object's key ('event"') into a PERSON
    text = ('POST /hooks  (retry 1/3)\n[\n  {"event":"open","email":"li.na@example.cn",\n'
            '   "unique_args":{"first_name":"Lina","crm_id":"55120033","tier":"gold"}},\n'
            '  {"event":"click","sg_message_id":"ab12.filter9","timestamp":1710000000}\n]')
    found = _found(text)
    assert ("PERSON", "Lina") in found, found
    assert not [f for f in found if f[0] == "PERSON" and "event" in f[1]], found


@pytest.mark.parametrize("text,value", [
    ("कृपया जल्दी भेजें।\n\nधन्यवाद\nराहुल वर्मा", "राहुल वर्मा"),
    ("โปรดโอนคืนภายในสัปดาห์นี้\n\nขอบคุณครับ\nธนพล ศรีสวัสดิ์", "ธนพล ศรีสวัสดิ์"),
    ("请尽快处理。\n\n谢谢！\n王建国\n2025年3月2日", "王建国"),
    ("Жду ответа.\n\nС уважением,\nКузнецова Мария", "Кузнецова Мария"),
    ("Счёт выставлен на ИП Морозов Д. В.\nБИК: 044525225", "Морозов Д. В"),
    ("Председатель: Орлова. Взносы до 1 мая.", "Орлова"),
    ("सारांश (एजेंट: सुरेश)\nग्राहक: मीना", "सुरेश"),
    ("আমি তানভীর হোসেন। অর্ডারটি এখনও আসেনি", "তানভীর হোসেন"),
    ("신청서\n  성명: 선우진아\n  연락처: 010-2222-3333", "선우진아"),
    ("訂購人：賴建宏\n聯絡電話：0912-345-678", "賴建宏"),
    ("您好，我叫欧阳娜娜，订单还没到", "欧阳娜娜"),
    ("الموظف: مساء الخير، هل أنت السيد الحربي؟", "الحربي"),
    ("வணக்கம்,\nஎன் மகன் அருண் 8ஆம் வகுப்பு", "அருண்"),
])
def test_round_eighteen_names_in_other_scripts(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("Locals:\n    row = {'name': 'יעל כהן', 'email': 'yael.k@example.co.il', 'tier': 3}", "יעל כהן"),
    ('{"$distinct_id":"9f1","$properties":{"$name":"Omar Haddad","$email":"omar.h@example.com"}}', "Omar Haddad"),
    ('"Body": "{\\"type\\":\\"callback\\",\\"customer\\":\\"Inés Robles\\",\\"phone\\":\\"+34 612 345 678\\"}"',
     "Inés Robles"),
    (' 5) "ship_name"\n 6) "Aiko Tanaka"\n 7) "ship_phone"\n 8) "+81 90 1234 5678"', "Aiko Tanaka"),
    (":86:166?00SEPA?20SVWZ+REFUND 88?31DE89370400440532013000?32OKAFOR CHIDI\n:62F:C240410EUR10,00",
     "OKAFOR CHIDI"),
    ("tok_9a8b,4111111111111111,04/29,গৌতম দাস,ERR_BIN_UNKNOWN", "গৌতম দাস"),
    ("88120331,SPRING10,noa.levi@example.co.il,נועה לוי,2025-02-01,40.00,WEB,", "נועה לוי"),
])
def test_round_eighteen_names_in_records(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("agent: bonjour c est mathilde renaud je vous appelle pour la box", "mathilde renaud"),
    ("le llamará mi compañera rocío mañana por la tarde", "rocío"),
    ("i will pass it to my team leader kwabena today", "kwabena"),
    ("- cust is mrs okonkwo, upset about the delay", "okonkwo"),
])
def test_round_eighteen_lower_case_transcript_names(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "c est bon merci, c est noté pour jeudi",
    "Harbour branch says call head office, head office says call branch. Ring me later",
    "2. Velge dirigent, referent og to til å underskrive protokollen",
    "SOUR  whisky, lemon, soda  $12\nFIZZ  gin, lemon, soda  $14",
    "Operator: Good afternoon and welcome to the call.",
    "09:30  Keynote: Why loyalty fails\n10:15  Panel: Data in retail",
    "Entries close at 11:59 p.m. ET on March 3.",
    "Meet our HR Business Partner at the fair.",
    "Viewing stands on Parnell Street and Via Garibaldi are closed.",
    "Wine from the Thornbury Valley Wines cellar, hosted by Okafor Legal.",
    "• The Walt Disney Award for Animation",
])
def test_round_eighteen_words_that_are_no_names(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("Delivery point: Plot 22, Ozumba Mbadiwe Way, Victoria Island, Lagos. Call first.",
     "Plot 22, Ozumba Mbadiwe Way, Victoria Island, Lagos"),
    ("we are at 3/2 14 Byres Road Glasgow G12 8QQ since May", "3/2 14 Byres Road Glasgow G12 8QQ"),
    ("Site: flat 7, harbour court, 12 dock street, leeds, ls10 1jf\nCust: Ama", "flat 7, harbour court, 12 dock street, leeds, ls10 1jf"),
    ("Clinic address Cnr Flinders & Elizabeth Sts, Melbourne VIC 3000. Reply line", "Cnr Flinders & Elizabeth Sts, Melbourne VIC 3000"),
    ("1. HC 12 BOX 9, MARFA, TX 79843\n2. PSC 817 Box 22, FPO AE 09622", "HC 12 BOX 9, MARFA, TX 79843"),
    ("Old: 220 State Highway 1 RD 4 Whangarei 0174\nNew: 4 Kauri Place", "220 State Highway 1 RD 4 Whangarei 0174"),
    ("deliver to No. 12 Allen Avenue, behind Mobil, Ikeja, Lagos State — call on arrival",
     "No. 12 Allen Avenue, behind Mobil, Ikeja, Lagos State"),
    ("Stand 1188 Zone 3 Diepkloof 1862", "Stand 1188 Zone 3 Diepkloof 1862"),
    ("Our clinic: 33 Lorong 4 Toa Payoh, #01-12, Singapore 310033.", "33 Lorong 4 Toa Payoh, #01-12, Singapore 310033"),
])
def test_round_eighteen_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


def test_round_eighteen_list_items_part_addresses() -> None:
    found = _found("1. HC 12 BOX 9, MARFA, TX 79843\n2. PSC 817 Box 22, FPO AE 09622")
    assert not [f for f in found if f[0] == "STREET_ADDRESS" and "\n" in f[1]], found


@pytest.mark.parametrize("text,value", [
    ("can you call me back on 071 442, uh, 9031, that's my mobile", "071 442, uh, 9031"),
    ("please ring me on 98311, then 40562, thanks", "98311, then 40562"),
    ("Reply line 0805/221/7788.", "0805/221/7788"),
])
def test_round_eighteen_phones_in_pieces(text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(text), _found(text)


def test_round_eighteen_lives_at_is_no_email() -> None:
    found = _found("One lives at H.No. 4-1-88/B, near Clock Tower, Secunderabad - 500003, the other")
    assert not [f for f in found if f[0] == "EMAIL_ADDRESS"], found
    assert ("EMAIL_ADDRESS", "rita.m at gmail.com") in _found("write to rita.m at gmail.com please")


@pytest.mark.parametrize("text,value", [
    ("Cust: Dlamini, Thandeka 011 555 0199", "Dlamini, Thandeka"),
    ("caller gave another name but the account is under Okafor, Chidi. could not verify", "Okafor, Chidi"),
    ("Debtor: ap Owen, Gareth\nDebtor address: Flat 2", "ap Owen, Gareth"),
])
def test_round_eighteen_surname_comma_given_in_title_case(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_eighteen_a_list_of_towns_is_no_list_of_names() -> None:
    found = _found("Sales rose in Leeds, Hull and York this quarter.")
    assert not [f for f in found if f[0] == "PERSON" and f[1] in ("Leeds", "York")], found


@pytest.mark.parametrize("text", [
    "Entries open March 3, 2025 and close on the 30th.",
    "PLANNING APPLICATIONS RECEIVED — WEEK 9, 2025\n\nReg. Ref.: 1200/24",
])
def test_round_eighteen_a_date_or_a_count_is_no_address(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "STREET_ADDRESS"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("we cannot deliver to Kilbeggan, Co. Westmeath, N91 X2Y3 because it is outside our zone",
     "Kilbeggan, Co. Westmeath, N91 X2Y3"),
    ("Aoife Byrne\nKilbeggan\nCo. Westmeath\nN91 X2Y3\nTel 086 000 1234", "Kilbeggan\nCo. Westmeath\nN91 X2Y3"),
    ("Site: Blk 301 Bedok North St 3 #07-112, S(460301)\nCust: Wei", "Blk 301 Bedok North St 3 #07-112, S(460301)"),
    ("install at 1/2, 20 Byres Road, Glasgow G12 8QQ on Monday.", "1/2, 20 Byres Road, Glasgow G12 8QQ"),
])
def test_round_eighteen_rural_irish_and_singapore_addresses(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "We close early on Friday because of Storm Agnes.",
    "Ship to USS Ronald Reagan (CVN 76), FPO AP 96616",
    "Physio: Harbourside Physio, Tuesday 3pm",
    "cx wants redelivery before 14 Sep. Tracking EE123456789GB.",
])
def test_round_eighteen_storms_ships_clinics_and_months_are_no_names(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("Uchwała została podjęta w obecności Marka Wiśniewskiego.", "Marka Wiśniewskiego"),
    ("předseda poděkoval Petru Dvořákovi za opravu střechy", "Petru Dvořákovi"),
    ("Registrace u Evy Horákové: registrace@example.cz", "Evy Horákové"),
])
def test_round_eighteen_slavic_names_in_a_case(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_eighteen_slavic_place_pairs_are_no_names() -> None:
    assert not [f for f in _found("Spacer po Starym Mieście i Nowej Hucie") if f[0] == "PERSON"]


@pytest.mark.parametrize("text,value", [
    ("prayers this week for the Okonkwo family as they travel home", "Okonkwo"),
    ("(the reward still stands, Thanh 1-805-555-0182)", "Thanh"),
    ("And joining remotely from Lagos, Professor Adeyemi.", "Adeyemi"),
])
def test_round_eighteen_families_titles_and_names_before_a_phone(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_eighteen_desks_before_a_phone_are_no_names() -> None:
    found = _found("Sales 020 7946 0000, Bookings +44 20 7946 0001, Reception 01632 960123")
    assert not [f for f in found if f[0] == "PERSON"], found


def test_round_eighteen_a_ships_military_post_is_an_address() -> None:
    found = _found("Ship to:\nJordan Lee\nUSS Ronald Reagan (CVN 76)\nFPO AP 96616-1210\nPhone: 555-0100")
    assert ("STREET_ADDRESS", "USS Ronald Reagan (CVN 76)\nFPO AP 96616-1210") in found, found


def test_round_eighteen_two_addresses_with_to_between_stay_two() -> None:
    found = _found("She moved from 12 Rue Lepic, 75018 Paris to Keizersgracht 100, 1015 CX Amsterdam last year.")
    assert ("STREET_ADDRESS", "12 Rue Lepic, 75018 Paris") in found, found


# --- round 19: prizes, halls, brands and labels that name no one; phones and names of the Global
# South (MSISDNs, wrapped numbers, Arabic/Hindi/Thai cues, Malay connectors, suffixes) -------------
@pytest.mark.parametrize("text", [
    "12:00 Entrega del Premio Clara Campoamor a la mejor startup",
    "Keynote in the Amartya Sen Auditorium, then lunch on the Desmond Tutu terrace.",
    "Finals at the Sala «Federico Fellini», Via Roma 12",
    "Shortlisted for the Walter Scott Prize and the Costa Book Award.",
    "Treasurer's report: balance unchanged. Founder, Secretary and Chair re-elected.",
    "You are a friendly customer-care writing assistant for Takealot.\n\nWrite a reply.",
    "Purchased at: Dick Smith\nSerial: SN99120",
    "Sponsored by Heineken; glasses from Philips. Beer: Coopers Pale, Peroni, Carlsberg.",
    "Conversation with JuneBugCandleCo about the order",
    "Trading name: Auntie Mabel\nColour: Lady Agatha Blue (matt)\nArticle : robe Joséphine T38",
    "Cocktails: ROB ROY  Scotch, vermouth  $14\nHARVEY WALLBANGER  vodka, OJ, Galliano  $13",
])
def test_round_nineteen_things_and_labels_named_like_people_are_no_names(text: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON"], _found(text)


@pytest.mark.parametrize("text,value", [
    ("Shortlist for the trip: oyelaran; siobhan & tadhg", "tadhg"),
    ("Signed for the Brand: Imogen Achterberg, Head of Partnerships", "Imogen Achterberg"),
    ("Bot: What's your name?\nUser: marisol quintero\nBot: Thanks!", "marisol quintero"),
    ("He met Carmen Dell there; Dell said she would call.", "Carmen Dell"),
])
def test_round_nineteen_people_beside_those_rules_stay_names(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("wa ke nomor kedua 628131234567 kalau ga ada", "628131234567"),
    ("sess=55021 msisdn=254712345678 sc=*544#", "254712345678"),
    ("2025-03-02 10:11|233241234567|Dear Kofi, your cash-out", "233241234567"),
    ("Patient: Thandi Mokoena\nCell: 082-555-\n0143\nDeliver to: PO Box 12", "082-555-\n0143"),
    ("Tel: +27 (0)82\n555 0143\nRef A1", "+27 (0)82\n555 0143"),
    ("> Meu whats é 0xx11 98765-4321 se precisar.", "0xx11 98765-4321"),
])
def test_round_nineteen_msisdns_wrapped_and_brazilian_numbers(text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(text), _found(text)


def test_round_nineteen_a_reference_with_a_phones_digits_stays_no_phone() -> None:
    assert not [f for f in _found("Ref 27821234567 paid, order 254712345678") if f[0] == "PHONE_NUMBER"]


@pytest.mark.parametrize("text,value", [
    ("السلام عليكم سلمى، شحنتكم في الطريق. الموزع كريم سيتصل بكم قريبا", "سلمى"),
    ("السلام عليكم سلمى، شحنتكم في الطريق. الموزع كريم سيتصل بكم قريبا", "كريم"),
    ("टिकट #55 | ग्राहक: नेहा गुप्ता | मोबाइल: +91-98100-00000", "नेहा गुप्ता"),
    ("आंतरिक नोट (राहुल): डिलीवरी बॉय मोनू ने फ़ोन नहीं उठाया", "मोनू"),
    ("09:10 ลค. มานพ ศรีสุข โทรเข้า แจ้งเรื่องพัสดุ", "มานพ ศรีสุข"),
    ("<td>Kavitha a/p Subramaniam</td><td>12 Jalan Ampang</td>", "Kavitha a/p Subramaniam"),
    ("<td>Siti Aminah Bt. Yusof</td>", "Siti Aminah Bt. Yusof"),
    ("Beneficiary: Eduardo Santos III, Quezon City", "Eduardo Santos III"),
    ("exact name po: BENJAMIN CRUZ JR.. Bring a valid ID", "BENJAMIN CRUZ JR."),
    ("Consignee;Trần Minh Khoa;0903 123 456", "Trần Minh Khoa"),
    ("10:21 llamo sra maribel quispe mamani x cobro doble", "maribel quispe mamani"),
])
def test_round_nineteen_names_by_their_cues_and_edges(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_nineteen_arabic_roles_are_no_names() -> None:
    found = _found("الموظف المسؤول: نادر فهمي\nملاحظة: المندوب ماجاش")
    assert [f for f in found if f[0] == "PERSON"] == [("PERSON", "نادر فهمي")], found


@pytest.mark.parametrize("text,value", [
    ("Address: #27 Rizal St., Brgy. San Roque, Tarlac City, Tarlac 2300\nMobile: 0917 000 0000",
     "27 Rizal St., Brgy. San Roque, Tarlac City, Tarlac 2300"),  # (the "#" is no personal data)
    ('addr="No. 8, Bode Thomas Street, off Adeniran Ogunsanya, by Shoprite Mall, Surulere, Lagos" ok',
     "No. 8, Bode Thomas Street, off Adeniran Ogunsanya, by Shoprite Mall, Surulere, Lagos"),
    ("install at House 7, Moi Avenue, Nyali, opp. Nakumatt, Mombasa\nSerial: X1",
     "House 7, Moi Avenue, Nyali, opp. Nakumatt, Mombasa"),
    ("anakaa Apt C4, Hillcrest Gardens, Lenana Road, Kilimani, Nairobi.",
     "Apt C4, Hillcrest Gardens, Lenana Road, Kilimani, Nairobi"),
    ('"Tổ 9, khu phố 4, phường Tân Mai, TP. Biên Hòa, Đồng Nai";"Giao trễ"',
     "Tổ 9, khu phố 4, phường Tân Mai, TP. Biên Hòa, Đồng Nai"),
    ("Hse No. B12/4, Teshie\nAccra, GPS GA-123-4567\nTel", "Hse No. B12/4, Teshie\nAccra, GPS GA-123-4567"),
    ("site address: No. 5, 3rd Main Road, Indiranagar Bengaluru 560038 Karnataka\nMobile",
     "No. 5, 3rd Main Road, Indiranagar Bengaluru 560038 Karnataka"),
    ("> Adres: Bahçelievler Mah. 12 Sk. No: 4 D: 2, 34180 Bahçelievler/İstanbul\n> Tel",
     "Bahçelievler Mah. 12 Sk. No: 4 D: 2, 34180 Bahçelievler/İstanbul"),
    ("la dirección: Av. Pellegrini 880, S2000 Rosario, Santa Fe. Mi CBU es otro",
     "Av. Pellegrini 880, S2000 Rosario, Santa Fe"),
    ("Endereço: Rua do Catete, 120, apto 301, Catete, Rio de Janeiro - RJ, 22220-000\nIBAN: BR00 1234",
     "Rua do Catete, 120, apto 301, Catete, Rio de Janeiro - RJ, 22220-000"),
])
def test_round_nineteen_addresses_of_the_global_south(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("ORDER #GB-1001   PACKED BY: ROISIN\nDELIVER TO: EOIN WALSH", "ROISIN"),
    ("ARTICLE : ROBE T38\nPRÉPARÉ PAR : MARIE-CLAIRE\nREMARQUE : rien", "MARIE-CLAIRE"),
    ("DATE | ITEM | FOUND BY | CLAIMED BY\n05/04 | UMBRELLA | SIOBHAN | —\n09/08 | SCARF | FINTAN | —", "SIOBHAN"),
    ("Boat | Out | Hirer | Contact\nSea Swallow | 14:40 | Maeve Kinsella | 085 000 1234", "Maeve Kinsella"),
])
def test_round_nineteen_who_handled_it_is_a_person(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


# --- round 20: names a text gives to things, personas, partners' firms; names in their cases and
# at their edges (hard31-hard34)

@pytest.mark.parametrize("text,value", [
    ("Questions & answers – The Greta midi dress\n\nQ: Does the Greta come up small?", "Greta"),
    ("Wir möchten das Sofa „Hedwig“ zurückgeben. Das Hedwig passt nicht durch die Tür.", "Hedwig"),
    ("dog: Nora (cockapoo), pals with Dexter\nnotes: Nora ate a sock on tues.", "Nora"),
    ("hi i ordered the Dolores lipstick and got Marguerite. Dolores is a nude", "Dolores"),
    ("Scents (pick 3): Little Edith, Eau de Juliette, Beatrix Noir\nHow did you hear about us?", "Beatrix Noir"),
    ("PRESSMEDDELANDE\n\nBergström & Ek AB utser en ny vd", "Bergström"),
    ("PERSONA CARDS — do not use as real names\n\nCurious Carl\nAge 56\nBusy Ben\nAge 34", "Carl"),
    ("Hates: 'Dear Valued Customer'. Rule 3: IF first_name IS NULL THEN greet 'Hi FNAME'", "FNAME"),
    ("11:00 · Goodall Room · Case study: 1:1 video at scale", "Goodall Room"),
    ("19:30  3 P.  Frau  Hartmann  Terrasse\nReservierungsbuch – Freitag", "Freitag"),
])
def test_round_twenty_things_personas_and_firms_are_no_one(text: str, value: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON" and value in f[1]], _found(text)


def test_round_twenty_a_name_the_text_gives_a_thing_stays_a_person_after_a_persons_word() -> None:
    found = _found("The Greta midi dress is back. My sister Greta loved it.")
    assert ("PERSON", "Greta") in found, found


def test_round_twenty_thanks_to_an_alliterated_name_is_a_person() -> None:
    assert ("PERSON", "Tom") in _found("Thanks Tom, see you Monday.")


@pytest.mark.parametrize("text,value", [
    ('Test çıktıları: "Merhaba Umut, Umut\'e özel..." → yanlış, olması gereken Umut\'a', "Umut'a"),
    ("Konuşmacı koordinasyonu: Elif Arslan\nCan Arslan'ın sunumu 13:00'te başlar ve bir saat sürer.", "Can Arslan'ın"),
    ("Drogi Panie Tomaszu,\n\nprzypominamy o punktach lojalnościowych, które wygasają", "Tomaszu"),
    ("# Lukáši, prosím zkontroluj tykání vs. vykání v celé sekci, než to pošleme", "Lukáši"),
    ("Kiitos Teemulle oikoluvusta. Lähetyksen hyväksyy Kaisa ja se lähtee maanantaina.", "Teemulle"),
    ("Observație: Elenei i-a ajuns testul de două ori și nu este în regulă.", "Elenei"),
    ("Οι φωτογραφίες είναι της Κατερίνας Δημητρίου και το styling της Ειρήνης Παπαδοπούλου.", "Ειρήνης Παπαδοπούλου"),
    ("• Kristoffer: Fikset etter Torbjørns kommentar, og det er klart nå.", "Torbjørns"),
    ('Photographers: ask Emily for rates.\nPinterest board owner: Elizabeth "Libby" Byrne\n', 'Elizabeth "Libby" Byrne'),
    ('Agent: William "Billy" Mensah, Yellow Door Talent', 'William "Billy" Mensah'),
    ("Media enquiries\nFinn al-Amin\nmedia@example.co.uk", "Finn al-Amin"),
    ("Modell: Nagy Bence (modellszerződés külön)", "Nagy Bence"),
])
def test_round_twenty_names_in_their_cases_and_at_their_edges(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ('ua="Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"', "Safari"),
    ("Name | Provider | Purpose\n_ga | analytics | Distinguishes users\n_gid | analytics | 24 hours", "ga"),
    ("Namn: Hampus Johansson\nPersonnummer: 19930603-XXXX (lämnas vid behov)", "XXXX"),
    ("Winner: Keisha McAllister\nSignature: ________________   Date: 05/15/2024", "Date"),
    ("Yours sincerely,\nImogen Ellison, CIPP/E, CIPM\nHead of Privacy", "CIPM"),
    ("Avv. Federica Ricci\nStudio Legale Ricci\nVia Roma 217 – 50122 Firenze (FI)", "Studio Legale Ricci"),
    ("Product purchased: Corvid Studio Headphones\nRetailer / date: Harvey Norman / 06/03/2025", "Harvey Norman"),
    ("Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)\n\nVerarbeitung: Telefonische Kundenrückgewinnung\n"
     "  Rechtsgrundlage: Einwilligung\n  Löschfrist: 6 Monate", "Rechtsgrundlage"),
])
def test_round_twenty_versions_cookies_masks_labels_and_german_nouns_are_no_one(text: str, value: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON" and value in f[1]], _found(text)


@pytest.mark.parametrize("text,value", [
    ("> _Johan van der Merwe_: client works from home in Midrand, VPN not possible", "Johan van der Merwe"),
    ('"@@x-review": "Олександр Лисенко: Олександре, перевір, будь ласка, множину для few/many."', "Олександре"),
    ("„Vrem texte scurte”, a declarat Ana Constantinescu, fondatoarea atelierului.", "Ana Constantinescu"),
    ("Sehr geehrter Herr Lamprecht,\n\nvielen Dank für Ihre Nachricht und die Unterlagen zur Verarbeitung. "
     "Die Rechtsgrundlage ist Ihre Einwilligung.", "Lamprecht"),
    ("Hair & make-up: Emily Gallagher\nModel agency booker: Keisha St. Clair (k.stclair@example.com)", "Keisha St. Clair"),
])
def test_round_twenty_people_beside_those_words_stay_people(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_twenty_a_given_name_keeps_a_german_role_beside_it_masked() -> None:
    # (the field's value runs on over the role: the name is masked, the German noun does not drop it)
    found = _found("Gast (TOP 3): Annegret Baum, Personalleitung\nProtokoll: Ralf Siemens")
    assert any(t == "PERSON" and "Annegret Baum" in v for t, v in found), found


def test_round_twenty_a_line_in_capitals_after_a_label_reads_at_once() -> None:
    # a label's list read item by item had split every word in capitals at every letter and
    # backtracked without end (a worker frozen on one shop banner); the label is no colour's or
    # product's, so its list is not read as things
    from gateway.pii.named_after_people import _no_person_label

    banner = "WEEKEND ONLY: BUY ONE GET ONE HALF PRICE ON ALL CANDLES. APRIL BLOSSOM, WILLOW AND EMBER INCLUDED."
    assert not _no_person_label(banner, banner.index("WILLOW"))
    line = "COLOUR: " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ " * 2
    assert _no_person_label(line, line.rindex("ABC"))
    assert _found(banner) is not None


# --- round 21: shops named for someone, sheets' columns of things, titles of rank and department,
# handles (hard31-hard33 and the first-hour shapes of event and social text)

@pytest.mark.parametrize("text,value", [
    ("Plzeň, 14. listopadu 2024 – Knihkupectví U Sovy otevírá druhou provozovnu", "U Sovy"),
    ("PASTICCERIA Nonna Rosa – ordine n. 954\nDolce: Torta Margherita", "Rosa"),
    ("Reservierungsbuch Weinstube Konrad – Freitag\n19:00  10 P.  Anja Müller", "Konrad"),
    ("Godkjenningsløp — Sykkelverkstedet Tråkk høstkampanje", "Tråkk"),
    ("„Nagy Eszter meghívott a(z) Fényhíd Könyvesbolt közösségbe” – rendben.", "Fényhíd"),
    ("Kahvila Sointu — kuvatekstit kevään kampanjaan", "Sointu"),
    ("Boat | Out | Back | Hirer | Contact\nQueen Mab | 16:20 | 12:30 | Kylie Vukovic | 0429 689 005\n"
     "Lady Margaret | 17:00 | 12:30 | Brodie Murray | 0429 689 006", "Lady Margaret"),
    ("Term | Context | Status\nWinston | weekender bag | approved\nMargot | product name (tote) | approved", "Winston"),
    ("Speaker: Anna Schmidt, VP Marketing, Berlin", "VP Marketing"),
    ("Panel: Tom Becker, Head of Growth, Zalando", "Head of Growth"),
    ("Speaker: Dr. Fatima bint Khalid al-Harbi, VP Marketing, Riyadh", "Riyadh"),
    ("giveaway winners: @lunabelle (Isabela Ferreira), @xoxo.priya (Priya Nair)", "priya"),
    ("review by jess_k (Jessica Kowalczyk) ★★★★★ lovely staff", "jess"),
    ("Liam Campbell (Maple Grid) : veut une démo de Frida Forms, rappeler au +1 514-536-6780", "Frida Forms"),
    ("- Leo Badge Printer demo pod moved from stand C-247 to D-16", "Leo"),
    ('{"subject": "Badge scanned at FieldOps World - Ada Lovelace Hall"}', "Ada Lovelace Hall"),
    ('{"subject": "Badge scanned at RetailTech Summit - Brunel Hall"}', "Brunel"),
    ("NB: locatie is de Rembrandtzaal, niet de Van Goghzaal zoals eerst gecommuniceerd.", "Rembrandtzaal"),
    ("Lista uczestników – konferencja partnerska, sala im. Chopina (The Beaumont)", "Chopina"),
    ("menghadiri peluncuran pada 10 November di Ballroom Kartini, Hotel Alma", "Kartini"),
    ("Attended\tFirst Name\tLast Name\tCountry/Region Name\nYes\tJuliana\tOliveira Lima\tBrazil\n"
     "Yes\tWill\tMoss\tUSA\nNo\tTahlia\tKelly\tAustralia", "Brazil"),
    ("Name | Arrival | Room | Notes\nYang, Meiling | 07/09 | KING | late\nNagy, Péter | 18/08 | SGL | -", "KING"),
])
def test_round_twenty_one_shops_columns_titles_and_handles_are_no_one(text: str, value: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON" and f[1] == value], _found(text)


@pytest.mark.parametrize("text,value", [
    ("Boat | Out | Back | Hirer | Contact\nQueen Mab | 16:20 | 12:30 | Kylie Vukovic | 0429 689 005\n"
     "Lady Margaret | 17:00 | 12:30 | Brodie Murray | 0429 689 006", "Kylie Vukovic"),
    ("Seed name;Email;Client\nQA Seed 1;qa.seed1@example.com;Gmail\nEthan Okonkwo;eokonkwo@example.co.uk;Outlook\n"
     "Fiona Hossain;hossain.fiona@example.com;Gmail", "Ethan Okonkwo"),
    ("[16:28] @Colin: can you check the Leeds order?", "Colin"),
    ("giveaway winners: @lunabelle (Isabela Ferreira), @xoxo.priya (Priya Nair)", "Priya Nair"),
    ("session: Keynote by Dr Priya Raman, CMO at Northwind\nroom: Hall B", "Priya Raman"),
    ("Tom Hall called about the order on Tuesday.", "Tom Hall"),
    ("Attended\tFirst Name\tLast Name\tCountry/Region Name\nYes\tJuliana\tOliveira Lima\tBrazil\n"
     "Yes\tWill\tMoss\tUSA\nNo\tTahlia\tKelly\tAustralia", "Juliana"),
])
def test_round_twenty_one_people_beside_those_words_stay_people(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("Owner reply: So sorry there, glad it arrived – Madison\n\n★★★ — Kev King — 9/27/24\n\"Gift for my mum\"", "Madison"),
    ("Owner reply: So sorry there, glad it arrived – Madison\n\n★★★ — Kev King — 9/27/24\n\"Gift for my mum\"", "Kev King"),
    ("Moderator: James Day\nR1: Shanice, 56, Cork\nR2: Autumn, 49, Cardiff", "Autumn"),
    ("Moderadora: Letícia Ribeiro\nP1: Kauã, 44 anos, São Paulo\nP2: Bia, 58 anos, Fortaleza", "Bia"),
    ("o Seu Zé do correio disse que só entrega amanhã", "Zé"),
    ("legit ba 'to? nabudol na ako dati kay Ate Lovely eh", "Lovely"),
    ("my cel es 305-232-2592 or text mi tía Cuca al (312) 278-5023", "Cuca"),
    ("Emre: Das mit Sabines Paket ist mir auch passiert.", "Sabines"),
    ("Brand: Hi Adaeze, we sincerely apologise. Kindly send your order number.", "Adaeze"),
    ("Walid Naguib: ana f Jounieh, call me\nkarim: shukran la Hamza bl store\nMoha: salam", "karim"),
    ("Odpowiedź: Kasiu, dziękujemy za opinię i przepraszamy, że paczka nie dotarła na czas.", "Kasiu"),
])
def test_round_twenty_one_signatures_respondents_honorifics_and_cases(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ("Seu pedido foi enviado. Seu Pedido Chegou", "Pedido"),
    ("Cardiff, 49, wet and windy", "Cardiff"),
])
def test_round_twenty_one_those_shapes_name_no_one_without_a_person(text: str, value: str) -> None:
    assert not [f for f in _found(text) if f[0] == "PERSON" and value in f[1]], _found(text)


@pytest.mark.parametrize("text,value", [
    ("Our office: Suite 6.4, 48 Darling Drive, Sydney NSW 2000. Call us.", "Suite 6.4, 48 Darling Drive, Sydney NSW 2000"),
    ("Venue: 7th Floor, Nirlon Knowledge Park, 214 Outer Ring Road, Kadubeesanahalli, Bengaluru 560103, Karnataka",
     "7th Floor, Nirlon Knowledge Park, 214 Outer Ring Road, Kadubeesanahalli, Bengaluru 560103, Karnataka"),
    ("Sede: Av. Rio Branco, 1204 - 16º andar - Centro, Rio de Janeiro - RJ, 20011-000",
     "Av. Rio Branco, 1204 - 16º andar - Centro, Rio de Janeiro - RJ, 20011-000"),
    ("Indirizzo: Viale della Liberazione, 106, scala B, 20149 Milano MI", "Viale della Liberazione, 106, scala B, 20149 Milano MI"),
    ("Dirección: Blvd. Manuel Ávila Camacho 178 int. 395, Col. Polanco, C.P. 11560, Ciudad de México, CDMX",
     "Blvd. Manuel Ávila Camacho 178 int. 395, Col. Polanco, C.P. 11560, Ciudad de México, CDMX"),
])
def test_round_twenty_one_an_address_grows_to_its_edges(text: str, value: str) -> None:
    assert ("STREET_ADDRESS", value) in _found(text), _found(text)


def test_round_twenty_one_an_address_does_not_grow_over_a_person_or_a_phone() -> None:
    found = _found("Send it to 12 High Street, Leeds LS1 4AB, Maria Lopez will sign, +44 7700 900123.")
    assert ("STREET_ADDRESS", "12 High Street, Leeds LS1 4AB") in found, found
    assert ("PERSON", "Maria Lopez") in found, found


def test_round_twenty_one_chat_heads_with_word_names_and_a_self_intro() -> None:
    text = ("Jess Wise  15:06\nviral TikTok about the order\n\nJoy Walker  18:16\nfound the order\n\n"
            "Sky Long  03:12\nok I'll call her\n")
    found = _found(text)
    assert ("PERSON", "Joy Walker") in found and ("PERSON", "Sky Long") in found, found
    found = _found("@rose_j: DM @BrandSupport not me, I'm just Rose from Sacramento  (66 likes)")
    assert ("PERSON", "Rose") in found, found
    assert not [f for f in _found("I'm fine, thanks. I am happy here.") if f[0] == "PERSON"]


def test_round_twenty_one_a_long_line_after_an_address_reads_at_once() -> None:
    # a comma-joined line of thousands of capitalised pairs after an address recursed once per pair
    # looking for the town (past Python's limit: a RecursionError, the request lost); two at most now
    text = "Suite 6.4, 48 Darling Drive, Sydney NSW 2000" + ", Ab Cd" * 5000
    found = _found(text)
    assert any(t == "STREET_ADDRESS" and v.startswith("Suite 6.4, 48 Darling Drive") for t, v in found), found[:3]


def test_disjoint_spans_answer_which_overlap() -> None:
    from gateway.pii.list_mates import DisjointSpans

    spans = DisjointSpans()
    for a, b in [(10, 20), (0, 5), (30, 40), (22, 25)]:
        spans.add(a, b)
    assert sorted(spans.overlapping(4, 23)) == [(0, 5), (10, 20), (22, 25)]
    assert spans.overlapping(5, 10) == [] and spans.overlapping(40, 50) == []
    assert spans.overlapping(35, 36) == [(30, 40)]


def test_round_twenty_one_context_words_are_cut_short() -> None:
    # Presidio's context enhancer lower-cased a whole unspaced line once per detection on it
    from gateway.pii.analyzer import _short_context_enhancer

    enhancer = _short_context_enhancer()
    assert enhancer.context_prefix_count == 5  # Presidio's defaults otherwise
    found = _found("参会人：" + "、".join(["黄子涵", "陈浩然", "刘美玲"] * 50))
    assert ("PERSON", "陈浩然") in found, found[:5]
    assert ("PHONE_NUMBER", "+44 20 7946 0958") in _found("Call me on phone +44 20 7946 0958 today.")


# --- round 22: firms by their legal form anywhere after the name, grammar notes, form fields ------

@pytest.mark.parametrize("text,value", [
    ("Hedlund Energi AB utser Annika Sjöberg till ny vd.", "Hedlund"),
    ("Goldberg Hartley CPAs, PLLC\n2225 Jefferson Pkwy, Savannah, GA 31401", "Goldberg"),
    ("Steyn Joubert Wines (Pty) Ltd, Stellenbosch", "Steyn"),
    ("Girard & Chevalier Assurances annonce la nomination de Thierry Moreau.", "Girard"),
    ("Dziękujemy firmie Kowalski i Synowie za remont dzwonnicy.", "Kowalski"),
    ("Customer: Kanda Shoji Co., Ltd.\nVisitors: Haruto Ito", "Kanda Shoji"),
    ("2 | Nguyễn Thị Hương | Công ty TNHH Phú Gia | +84 922 369 290", "Phú Gia"),
    ("- Guillaume Boulanger (Mercier & Fils SARL) : veut une démo", "SARL"),
    ("{\"subject\": \"Onsite at Heinemann Verpackung GmbH\", \"where\": \"Mainz\"}", "Heinemann Verpackung"),
    ("Notatka: skrypt na podstawie kolumny imie (Anna → Anno, Tomasz → Tomaszu).", "Tomaszu"),
    ("Примітка: кличний відмінок заповнює скрипт (Олена → Олено, Андрій → Андрію).", "Олена"),
    ("+40 721 036 723;Ștefan Popescu;Buna Ștefan! -20% la Casa Tei pana duminica.", "Buna"),
    ("1  Uncle Bertie  8yo  10-4  SP 14/1\n2  Dolly's Dream  9yo  10-12  SP 14/1", "Bertie"),
    ("1. @jurfis_ – Jürgen Fischer\n   Anschrift: Bahnhofstrasse 8, 4051 Basel\n"
     "2. @moha – Moritz Krüger\n   Anschrift: Am Mühlbach 11, 50665 Köln\n", "Anschrift"),
])
def test_round_twenty_two_firms_grammar_notes_runners_and_fields_are_no_one(text: str, value: str) -> None:
    assert not [v for t, v in _found(text) if t == "PERSON" and value in v], _found(text)


@pytest.mark.parametrize("text,value", [
    ("Best, Jane Doe, Acme Ltd", "Jane Doe"),  # a person at a firm, not the firm
    ("Tomasz Kowalski, Mazur Logistyka Sp. j.", "Tomasz Kowalski"),
    ("Supplier\tcategory\tcontact\trole\nJasper & June\tlinen\tPoppy Kaur\tLogistics\t0131 165 7516", "Poppy Kaur"),
    ("Hedlund Energi AB utser Annika Sjöberg till ny vd.", "Annika Sjöberg"),
    ("\"Working with them changed everything.\" — Hugo Clarke, Ashgrove Dental Group", "Hugo Clarke"),
    ("Ruben: kan het voor zaterdag?\nWebcare: Dank je Ruben, ik zet het door.\nRuben: top, dank je", "Ruben"),
])
def test_round_twenty_two_people_beside_firms_and_notes_stay_people(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_twenty_two_a_vietnamese_address_with_its_house_number_apart() -> None:
    text = 'PH1842643;Phạm Đức Hùng;0918.647.809;"Số 67, ngõ 147 phố Kim Mã, phường Láng Thượng, quận Đống Đa, Hà Nội";"Hàng bị vỡ"'
    assert ("STREET_ADDRESS", "Số 67, ngõ 147 phố Kim Mã, phường Láng Thượng, quận Đống Đa, Hà Nội") in _found(text), _found(text)


@pytest.mark.parametrize("text,value", [
    ('"GET /px/sync?pid=765&em=tamika_washington61%40btinternet.com&ct=Denver HTTP/1.1"',
     "tamika_washington61%40btinternet.com"),
    ("body: email=jos%C3%A9.g%40mail.es&consent=true", "jos%C3%A9.g%40mail.es"),
    ("Row 851: email 'wei32@163..com' is not a valid address", "wei32@163..com"),
    ("row_id=723989 value=t.wren86@@gmail.com", "t.wren86@@gmail.com"),
    ("[type=value_error, input_value='kayau@t-online.d', input_type=str]", "kayau@t-online.d"),
    ('{"message": "must match format email", "data": "a.hill81@proton"}', "a.hill81@proton"),
    ('{"data": "declan.frost @ yahoo.com"}', "declan.frost @ yahoo.com"),
])
def test_round_twenty_two_encoded_and_rejected_emails_are_emails(text: str, value: str) -> None:
    assert ("EMAIL_ADDRESS", value) in _found(text), _found(text)


def test_round_twenty_two_versions_and_mentions_are_no_emails() -> None:
    found = _found("npm i react@18.2.0 lodash@latest; meet @ 5pm; ping @anna later")
    assert not [v for t, v in found if t == "EMAIL_ADDRESS"], found


@pytest.mark.parametrize("text,value", [
    ("11:00 – प्रिया शर्मा – फेशियल – +91 98840 17744 – स्टाफ सुरेश", "प्रिया शर्मा"),
    ("11:00 – प्रिया शर्मा – फेशियल – +91 98840 17744 – स्टाफ सुरेश", "सुरेश"),
    ("[LINE] คุณปุ้ย: สวัสดีค่ะ ขอจองนวดไทย 2 ชั่วโมง", "ปุ้ย"),
    ("15:00 鈴木様　縮毛矯正　担当：ミキ\n12:00 吉田様　カット　担当：アヤ　TEL 090-2221-2830", "ミキ"),
    ("会员备注\n姓名：张敏\n发型师：Tony老师\n偏好：不喜欢吹得太蓬", "Tony"),
    ("[카카오톡] 하나 실장: 최유진님 내일 오전 11시 젤네일 예약 확인 부탁드려요", "하나"),
    ("[카카오톡] 최유진: 혹시 친구 오세훈도 같이 가능할까요?", "오세훈"),
])
def test_round_twenty_two_staff_and_friends_in_other_scripts(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_twenty_two_thank_you_and_the_spa_are_no_one() -> None:
    found = _found("[LINE] สปา: ได้ค่ะ ขอบคุณค่ะ\n[LINE] คุณปุ้ย: ขอบคุณ ค่ะ\n[LINE] สปา: เรียบร้อยค่ะ")
    assert [v for t, v in found if t == "PERSON"] == ["ปุ้ย"], found


def test_round_twenty_two_a_speakers_long_line_reads_at_once() -> None:
    # a form field's "data line" test once split every word of a speaker's line up to seven ways
    # (a nested repeat): a 500-letter line held the worker for seconds; words are parted by spaces now
    text = ("Wahyuni: " + "halo" * 150 + "\nBudi: ok\nWahyuni: " + "x" * 600 + " 123\nBudi: ok\n")
    found = _found(text)
    assert ("PERSON", "Budi") in found, found


@pytest.mark.parametrize("text,value", [
    ("WALK-INS FRI\n1 CALLUM - skin fade - w/ LEWIS\n2 RHYS - line up - £15\n3 kofi - beard trim - £12\n"
     "4 rowan - line up - 07481 589140\n5 fergus - kids cut - £15\n", "fergus"),
    ("Collection book – heel bar\n#3364  MR OYELARAN  engrave 'for Dad'  £8.50  owes\n"
     "#0853  MR FEATHERSTONEHAUGH  heels x2 Sloane loafer  £8.50  owes\n#3043  Chowdhury  engrave  £45  owes\n"
     "#2482  O'Neill  resole brogues  £12  paid card\n", "FEATHERSTONEHAUGH"),
    ("LISTA DE ESPERA – viernes tarde\n1. Aitor – barba\n2. Álvaro Olmedo – afeitado navaja\n3. Yeray – corte niño\n"
     "4. Alejandro – barba\n", "Yeray"),
])
def test_round_twenty_two_a_books_column_of_names(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_twenty_two_a_column_of_things_stays_things() -> None:
    text = ("Order recap\n• Coco wide-leg trouser – Hazel and Rosie – 90 units\n• Iris sideboard – moss and ink – 79 units\n"
            "• Ada trench coat – Sienna and ink – 40 units\n• Winston bar stool – Amber and Ruby – 24 units\n")
    persons = [v for t, v in _found(text) if t == "PERSON"]
    assert not [v for v in persons if v in ("Coco wide-leg trouser", "Iris sideboard", "moss and ink", "units")], persons


@pytest.mark.parametrize("text,value", [
    ("[messagerie 10:52] oui bonjour madame delacroix à l'appareil j'ai rendez-vous jeudi", "delacroix"),
    ("SPEAKER_00: good morning hollis and wren this is lee speaking", "lee"),
    ("es que me llamó un chico rubén y no sé si era de vuestra tienda", "rubén"),
    ("move her gel nails to saturday ten thirty name mercy nguyen callback zero double seven", "mercy nguyen"),
    ("坐席：您好，这里是优品生活客服，我是小周", "小周"),
    ("周女士来电改约：找小美老师。备注：常和闺蜜吴建国一起来", "吴建国"),
    ("スタッフ：お電話ありがとうございます、ジュエリールナ銀座店の田村でございます", "田村"),
    ("السيدة فاطمة القحطاني – مكياج سهرة – 050 353 2321 – الموظفة روان", "روان"),
])
def test_round_twenty_two_names_said_on_the_phone_and_at_the_counter(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_twenty_two_spoken_cues_before_ordinary_words_are_no_names() -> None:
    found = _found("oui bonjour madame la directrice, this is great here, name of the product, un chico muy amable")
    assert not [v for t, v in found if t == "PERSON"], found


@pytest.mark.parametrize("text,value", [
    ("POST /api/v2/leads body: first_name=Jos%C3%A9+Garc%C3%ADa&email=jgarcia%40gmail.com&city=Sevilla",
     "Jos%C3%A9+Garc%C3%ADa"),
    ("GET /landing?utm_source=google&first_name=%D9%81%D8%A7%D8%B7%D9%85%D8%A9&gclid=f09",
     "%D9%81%D8%A7%D8%B7%D9%85%D8%A9"),
    ("{ _id: ObjectId('866bba2677774401bdc7119b'),\n  name: { first: 'Hope', last: 'Price' },\n"
     "  emails: [ 'h.price82@btinternet.com' ] }", "Price"),
    ('event 2438: user_data not normalised — fn="Bartosz" ln="Szymański"', "Szymański"),
])
def test_round_twenty_two_names_encoded_in_urls_and_printed_by_consoles(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_twenty_two_percent_decoding_maps_back_and_leaves_ascii() -> None:
    from gateway.pii.normalize import normalize

    norm = normalize("q=50%25 off&name=Jos%C3%A9+Garc%C3%ADa&x=C++")
    assert norm.text == "q=50%25 off&name=José+García&x=C++", norm.text
    at = norm.text.index("José")
    assert norm.span(at, at + 4) == (17, 26)  # the four letters are the nine characters "Jos%C3%A9"


def test_round_twenty_two_a_block_of_header_rows_reads_without_error() -> None:
    # a block whose every line is a header row left no line to read its columns from (max() of
    # nothing raised, and the request would have been lost)
    text = "Roster\nPos | Player | Guardian\nPos | Player | Guardian\nPos | Player | Guardian\nAnna Kowalska | x | y\n"
    assert isinstance(_found(text), set | list | tuple)


def test_round_twenty_two_compound_keys_read_by_their_last_words() -> None:
    from gateway.pii.tables import column_type

    assert column_type("clientCountryName") == "LOCATION" and column_type("clientCity") == "LOCATION"
    assert column_type("loyalty_tier") == column_type("brandName") == "NO_PERSON"
    assert column_type("display_name") == column_type("contactName") == column_type("first_name") == "PERSON"
    found = _found('{"clientIP":"85.243.209.6","clientCountryName":"Czech Republic","clientCity":"Brno"}')
    assert not [v for t, v in found if t == "PERSON"], found


def test_round_twenty_two_config_keys_and_git_fields_are_no_speakers() -> None:
    text = ("- job: audiences_to_braze\n  cron: \"32 12 * * 0\"\n  timezone: Europe/Berlin\n"
            "- job: geo_store_radius\n  cron: \"14 22 * * 0\"\n  timezone: Asia/Tokyo\n\n"
            "commit 6f5400b3\nAuthor: Rhys Pritchard <rhys.pritchard@example.com>\n\n"
            "commit 321b470e\nAuthor: Ana Lima <ana.lima@example.com>\n")
    persons = [v for t, v in _found(text) if t == "PERSON"]
    assert "cron" not in persons and "timezone" not in persons and "Author" not in persons, persons
    assert "Rhys Pritchard" in persons, persons


@pytest.mark.parametrize("text,value", [
    ("Notatka: pani Wiśniewskiej robimy zawsze koloryzację 7.1 + tonowanie, pani Katarzyna Wiśniewska jest "
     "uczulona na amoniak. Następna wizyta z Martą w piątek. Tel. 685 508 950", "Martą"),
    ("row 173 WARN creditor name mismatch: file='TOMÁŠ ČERNÝ' bank='Černý'  CZ1245698116772620789227", "Černý"),
])
def test_round_twenty_two_a_name_in_its_case_and_in_its_other_spelling(text: str, value: str) -> None:
    assert ("PERSON", value) in _found(text), _found(text)


def test_round_twenty_two_a_town_in_its_case_stays_a_town() -> None:
    found = _found("Jedziemy do Krakowa w piątek, potem z Warszawy do domu.")
    assert not [v for t, v in found if t == "PERSON"], found


def test_round_twenty_two_thai_you_is_no_name() -> None:
    found = _found("โปรโมชั่นพิเศษ คุณจะ ได้รับส่วนลด 20% และคุณสามารถติดต่อเราได้ทุกวัน")
    assert not [v for t, v in found if t == "PERSON"], found
