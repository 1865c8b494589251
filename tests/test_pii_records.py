"""Personal data in key-value records (gateway/pii/records.py): the key says what the value is."""

from __future__ import annotations

from gateway.pii import records


def fields(text: str) -> list[tuple[str, str]]:
    return [(ent, text[s:e]) for ent, s, e, _ in records.find_record_fields(text)]


def test_query_string_keys() -> None:
    t = ("GET https://shop.example/account/update?utm_source=newsletter&fname=Katarzyna&tel=125743864"
         "&city=Wrocław&lname=Mac%20Giolla%20Phádraig&email=k.k@o2.pl")
    assert fields(t) == [("PERSON", "Katarzyna"), ("PHONE_NUMBER", "125743864"), ("LOCATION", "Wrocław"),
                         ("PERSON", "Mac%20Giolla%20Phádraig"), ("EMAIL_ADDRESS", "k.k@o2.pl")]


def test_sql_insert_rows_by_column() -> None:
    t = ("INSERT INTO crm.customers (first_name, last_name, email, phone, city, note) VALUES\n"
         "  ('도윤', '정', 'doyoon@outlook.com', '02-060-8204', '서울', 'call after 6'),\n"
         "  ('Alessio', 'Lo Bianco', 'alessio.l@libero.it', NULL, 'Napoli', 'O''Brien''s note');")
    found = fields(t)
    assert ("PERSON", "정") in found and ("PERSON", "Lo Bianco") in found
    assert ("PHONE_NUMBER", "02-060-8204") in found and ("LOCATION", "Napoli") in found
    assert not any(v.startswith("call") or "Brien" in v for _, v in found)  # note: no type


def test_vcard_and_calendar_lines() -> None:
    card = ("BEGIN:VCARD\nVERSION:3.0\nN:Thongdee;Napha;;;\nFN:Napha Thongdee\nORG:Orbisport\n"
            "TEL;TYPE=CELL:+66-90-653-6571\nADR;TYPE=HOME:;;12 Nimman Rd;Chiang Mai;;50200;Thailand\nEND:VCARD")
    assert fields(card) == [("PERSON", "Thongdee"), ("PERSON", "Napha"), ("PERSON", "Napha Thongdee"),
                            ("PHONE_NUMBER", "+66-90-653-6571"),
                            ("STREET_ADDRESS", "12 Nimman Rd;Chiang Mai;;50200;Thailand")]
    ics = ("BEGIN:VEVENT\nLOCATION:Board room\nORGANIZER;CN=鈴木 大輔:mailto:d.suzuki@example.jp\n"
           "ATTENDEE;CN=\"Hope Price\";RSVP=TRUE:mailto:hope@example.com\nEND:VEVENT")
    assert fields(ics) == [("PERSON", "鈴木 大輔"), ("PERSON", "Hope Price")]


def test_json_yaml_xml_keys() -> None:
    t = '<customer id="22159">\n  <name>최민준</name>\n  <email>minjun@daum.net</email>\n</customer>'
    assert ("PERSON", "최민준") in fields(t)
    y = "campaign:\n  name: spring_winback\n  brand: Elsie May\nseed_list:\n  - name: 박서연\n    email: a@b.com\n"
    assert ("PERSON", "박서연") in fields(y) and not any(v == "Elsie May" for _, v in fields(y))
    assert records.no_person_fields(y)  # the brand's value is no person


def test_a_product_name_and_a_form_line_are_no_person() -> None:
    assert fields('{"sku": "RJ-1", "name": "Ridgeline rain jacket", "price": 189}') == []
    assert fields("Contact: Mr. Gift Mokoena, Procurement\nDD: +27 82 947 0000") == []
