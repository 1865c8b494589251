"""Unit tests of the Presidio-free detectors (addresses, names, phones, tables, structured) and of
the output scan's independence from Presidio (it used to import recognizers.py: a cycle)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gateway.pii import addresses, names, phones, structured, tables


def spans(text: str, found) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[f[-3]:f[-2]] if len(f) == 4 else text[f[0]:f[1]] for f in found]


@pytest.mark.parametrize("text,address", [
    ("Ship to:\nDana Li\n6750 Bayview Terrace, Apt 12\nSpringfield, IL 62704\nUSA\nThanks!",
     "6750 Bayview Terrace, Apt 12\nSpringfield, IL 62704\nUSA"),
    ("Indirizzo: Via Giuseppe Verdi 21, 20121 Milano (MI), Italia.",
     "Via Giuseppe Verdi 21, 20121 Milano (MI), Italia"),
    ("She lives at Hindsholmvej 75, 2. tv, 5300 Kerteminde - send a card.",
     "Hindsholmvej 75, 2. tv, 5300 Kerteminde"),
    ("Skicka till Storgatan 12 B, 114 55 Stockholm tack", "Storgatan 12 B, 114 55 Stockholm"),
    ("Deliver to ul. Siostrzana 48/3, 00-697 Warszawa before Friday.",
     "ul. Siostrzana 48/3, 00-697 Warszawa"),
    ("Adresa: Grammova 1281/8, 777 63 Městec Králové", "Grammova 1281/8, 777 63 Městec Králové"),
    ("Our office is at 132, rue Michaud, 64520 Gérard, France; update the CRM.",
     "132, rue Michaud, 64520 Gérard, France"),
    ('{"address": "Villastigen 9, 491 35 MALMÖ", "tier": "gold"}', "Villastigen 9, 491 35 MALMÖ"),
    ("Bauerstrasse 52 · 1675 Le Grand-Saconnex", "Bauerstrasse 52 · 1675 Le Grand-Saconnex"),
    # round 10: an abbreviated street word is no sentence end, an Eircode as typed closes an Irish
    # address, a Nigerian state closes a line, a c/o line inside the address stays in it
    ("Please deliver to Vas. Sofias 211, 262 21 Patra today", "Vas. Sofias 211, 262 21 Patra"),
    ("Address......... Flat 482, Sai Residency, Sector 17, Vashi, Opp. SBI Bank, Chennai - 600061, India\n",
     "Flat 482, Sai Residency, Sector 17, Vashi, Opp. SBI Bank, Chennai - 600061, India"),
    ("She moved to 40 Church Road, Ballincollig, Galway, D06 L5B7.\nThanks",
     "40 Church Road, Ballincollig, Galway, D06 L5B7"),
    ('Blessing Eze of 2 Adeola Odeku Street, Ikoyi, Lagos State ("Creator").', "2 Adeola Odeku Street, Ikoyi, Lagos State"),
    ("Linzer Gasse 57\nc/o Agentur Blau\n5020 Salzburg", "Linzer Gasse 57\nc/o Agentur Blau\n5020 Salzburg"),
    ("SHIP TO:\nc/o Lisa Macdonald\nGutestraße 134a\n75291 Erfurt", "Gutestraße 134a\n75291 Erfurt"),
])
def test_whole_addresses(text: str, address: str) -> None:
    assert spans(text, addresses.find_addresses(text)) == [address]


@pytest.mark.parametrize("text", [
    "Send it via Express Courier 5 days before the launch.",
    "Price 37,99 EUR, 15% off until 2025-06-30.",
    "SKU 4410 2231, batch 738, 2 400 units sold in Q3.",
    "Order NW-86344928 ships 21.03.2025 from our Denver store.",
])
def test_no_address_in_ordinary_text(text: str) -> None:
    assert addresses.find_addresses(text) == []


@pytest.mark.parametrize("text,expected", [
    ("they had 6: leonti, terrence, pamela and bryan", ["leonti", "terrence", "pamela", "bryan"]),
    ("URGENT - CALL BACK ANDREA RICHARDSON ASAP", ["ANDREA RICHARDSON"]),
    ("Misty's daughter loved it; mention Brito's feedback.", ["Misty", "Brito"]),
    ("Dear Mrs. Nyström, thanks", ["Nyström"]),
    ("hey, ross here, call me", ["ross"]),
    ("Customers of the week: Chukwuemeka Okafor and Guðrún Sigurðardóttir.",
     ["Chukwuemeka Okafor", "Guðrún Sigurðardóttir"]),
])
def test_names(text: str, expected: list[str]) -> None:
    found = {text[s:e] for s, e, _ in names.find_names(text)}
    for name in expected:
        assert name in found, (name, found)


def test_name_spans_are_whole_words() -> None:
    text = "Thank Siobhan O'Connor and Anamika Mutti-Balay's team."
    o = text.index("O'Connor")
    assert text[slice(*names.fix_span(text, o, o + 1))] == "O'Connor"
    b = text.index("Balay")
    assert text[slice(*names.fix_span(text, b, b + 5))] == "Mutti-Balay"
    assert names.drop_guess("NOW") and names.drop_guess("London") and not names.drop_guess("Maria")


def test_no_names_in_ordinary_text() -> None:
    text = "SHOP NOW and SAVE BIG on the spring collection; red, green and blue shirts, caps and hats."
    assert names.find_names(text) == []


@pytest.mark.parametrize("raw,before,after", [
    ("9472 7916", "Her mobile: ", ""), ("699 956 915", "Llamar al ", " mañana"),
    ("(37) 788-063", "tel. ", " for"), ("781 1704", "ring him on ", " office hours"),
    ("+44 20 7946 0958", "", ""), ("030 901820", "", ""),
])
def test_national_phones(raw: str, before: str, after: str) -> None:
    assert phones.national_score(raw, before, after) >= 0.5


@pytest.mark.parametrize("raw,before,after", [
    ("4410 2231", "SKU ", ""), ("1234567", "", ""), ("2024-03-14", "", ""), ("123-45-6789", "", ""),
    ("7731 2290", "batch ", ""), ("1 500", "", " units"),
    # an id heading a preview, a year-and-serial invoice number, an XML id attribute
    ("4249272", "Preview for contact ", ":\n"), ("2025-37809", "SZÁMLA ", ""), ("0202696", '<order id="', '">'),
    # round 10 (hard13): an id after an underscore, a VAT number, a ZIP+4 whose phone label is on
    # the next line
    ("2466540150", '"id": "cdp_', '",'), ("123 4567 89", "VAT no: GB ", "\nItem"),
    ("31415-7148", "Savannah, GA ", "\nPhone: +1 719 598 3327"),
])
def test_not_phones(raw: str, before: str, after: str) -> None:
    assert phones.national_score(raw, before, after) == 0


def test_structured_extras() -> None:
    t = "reach oscar.wilde [at] example [dot] com, iban de89 3704 0044 0532 0130 00, SSN 078051120"
    assert spans(t, structured.obfuscated_emails(t)) == ["oscar.wilde [at] example [dot] com"]
    assert spans(t, structured.ibans(t)) == ["de89 3704 0044 0532 0130 00"]
    assert spans(t, structured.loose_ssns(t)) == ["078051120"]
    assert structured.loose_ssns("call 078051120 now") == []  # no SSN word: not an SSN


def test_table_cells_by_header() -> None:
    t = "first_name,last_name,phone,city\njuhani,rossi,+358 40 1234567,Luhanka\n"
    found = [(ent, t[s:e]) for ent, s, e, _ in tables.find_table_cells(t)]
    assert found == [("PERSON", "juhani"), ("PERSON", "rossi"), ("PHONE_NUMBER", "+358 40 1234567"),
                     ("LOCATION", "Luhanka")]


def test_table_header_says_where_no_person_is() -> None:
    t = ("| Company | Contact | Role | HQ |\n|---|---|---|---|\n"
         "| Sakura Trading KK | Ashley Kowalczyk | CMO | Charlotte |\n")
    # the row's company, title and city, and the header's own labels ("Naslov", "Meno" in a
    # Slovene or Slovak manifest are no people either)
    assert [t[s:e] for s, e in tables.no_person_cells(t)] == ["Sakura Trading KK", "CMO", "Charlotte",
                                                               "Company", "Contact", "Role", "HQ"]
    assert [(ent, t[s:e]) for ent, s, e, _ in tables.find_table_cells(t)] == [
        ("PERSON", "Ashley Kowalczyk"), ("LOCATION", "Charlotte")]  # no "---" cells


def test_chat_line_with_commas_is_no_table_header() -> None:
    t = ("Konsultant (Zofia): Dzień dobry, biuro obsługi klienta, Zofia przy telefonie.\n"
         "Klient: Dzień dobry, Piotr Nowak, mam problem.\n")
    assert tables.find_table_cells(t) == []


def test_output_scan_does_not_import_presidio() -> None:
    code = ("import sys; import gateway.pii.output_scan as o; "
            "assert o.scan('call +44 20 7946 0958', ['PHONE_NUMBER']); "
            "print(sorted(m for m in sys.modules if m.startswith(('presidio', 'spacy', "
            "'gateway.pii.recognizers'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_phones_before_a_korean_particle_and_pieces_of_tracking_numbers() -> None:
    t = "'010-8082-6458로 오후 6시 이후 연락'), tracking 9400 170 2980 0921 9898 82. escribe al 670196626."
    assert spans(t, phones.candidates(t)) == ["010-8082-6458", "670196626"]
    t = "cliente: dois um ... dois dois zero seis ... sete seis nove sete"
    assert spans(t, phones.spoken("me passa o telefone\n" + t)) != []


def test_a_date_and_hour_is_no_phone() -> None:
    from gateway.pii.recognizers import IntlPhoneRecognizer

    t = "Díky,\nPetra\n602 609 754\n\n12.03.2024 10:14, Ondřej Kučera <ondrej.k@a.cz> wrote:"
    assert [t[r.start:r.end] for r in IntlPhoneRecognizer().analyze(t, ["PHONE_NUMBER"])] == ["602 609 754"]


def test_shortened_ipv6_in_logs() -> None:
    t = ("login 2a02:8108:a28:f107:5205 at 12:30:45, then fe80:1:2:3 and 10:20:30:40, "
         "[10/May/2024:03:59:36 +0000] 2024:03:59:36")
    assert spans(t, structured.partial_ipv6(t)) == ["2a02:8108:a28:f107:5205", "fe80:1:2:3"]
