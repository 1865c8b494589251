"""Personal data in key-value records, found by the key: URL query strings, SQL INSERT rows,
vCard and iCalendar lines, JSON/YAML/XML fields.

``…/update?fname=Katarzyna&lname=Krawczyk&tel=125743864&city=Wrocław``,
``INSERT INTO customers (first_name, last_name, phone) VALUES ('도윤', '정', '02-060-8204')``,
``N:Thongdee;Napha;;;``, ``ATTENDEE;CN=高橋 翔太;RSVP=TRUE:mailto:…``, ``<name>최민준</name>``:
the key says what the value is, whatever its script or shape, as a table's header does for its
column (``tables.column_type`` reads both). A bare ``name`` key names a person only in a record
that also holds an e-mail or phone key (a product's ``"name"`` does not). Cheap: each format is
looked for only when its marker is in the text (``=``, ``INSERT``, ``BEGIN:V``, ``:`` / ``<``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from gateway.pii.tables import NO_PERSON, column_type

Field = tuple[str, int, int, float]
_SCORE = 0.9

# --- URL query strings -------------------------------------------------------------------
_QUERY = re.compile(r"(?:(?<=[?&;])|(?<=&amp;))([A-Za-z][\w\-.]{0,30})=([^&#\s\"'<>]+)")
# keys a query string uses for people and places that no table header spells
_QUERY_KEYS = {"fname": "PERSON", "lname": "PERSON", "fn": "PERSON", "ln": "PERSON", "tel": "PHONE_NUMBER",
               "msisdn": "PHONE_NUMBER", "mob": "PHONE_NUMBER", "addr": "STREET_ADDRESS", "zip": None}


def _query_fields(text: str) -> list[Field]:
    out: list[Field] = []
    for m in _QUERY.finditer(text):
        key = m.group(1).lower()
        ent = _QUERY_KEYS[key] if key in _QUERY_KEYS else column_type(key)
        if ent and not key.startswith("utm"):
            out.append((ent, m.start(2), m.end(2), _SCORE))
    return out


# --- SQL INSERT ----------------------------------------------------------------------------
_INSERT = re.compile(r"(?is)\bINSERT\s+INTO\s+[\w.\"`\[\]]+\s*\(([^)]{1,600})\)\s*VALUES\s*")
_TUPLE_ITEM = re.compile(r"\s*(?:'((?:[^']|'')*)'|(NULL|-?[\d.]+))\s*(,|\))", re.I)


def _sql_fields(text: str) -> list[Field]:
    out: list[Field] = []
    for m in _INSERT.finditer(text):
        types = [column_type(c.strip().strip("\"`[]")) for c in m.group(1).split(",")]
        pos = m.end()
        while True:  # ('a', 'b'), ('c', 'd');
            t = re.compile(r"\s*\(").match(text, pos)
            if not t:
                break
            pos, col = t.end(), 0
            while True:
                item = _TUPLE_ITEM.match(text, pos)
                if not item:
                    break
                if item.group(1) is not None and col < len(types):
                    ent = types[col]
                    s, e = item.start(1), item.end(1)
                    if ent and e > s:
                        out.append((ent, s, e, _SCORE))
                col += 1
                pos = item.end()
                if item.group(3) == ")":
                    break
            comma = re.compile(r"\s*,").match(text, pos)
            if not comma:
                break
            pos = comma.end()
    return out


# --- vCard and iCalendar -----------------------------------------------------------------------
_VCARD_N = re.compile(r"(?m)^N(?:;[^:\n]*)?:([^\n]*)$")
_VCARD_ONE = re.compile(r"(?m)^(FN|TEL|ADR|LABEL|NICKNAME|X-PHONETIC-(?:FIRST|LAST|MIDDLE)-NAME)(?:;[^:\n]*)?:([^\n]*?)[ \t]*$")
_ICS_LOCATION = re.compile(r"(?m)^LOCATION(?:;[^:\n]*)?:([^\n]*?)[ \t]*$")
_CN = re.compile(r"(?m)(?:^|;)CN=(\"?)([^\";:\n]+)\1")


def _card_fields(text: str) -> list[Field]:
    out: list[Field] = []
    if "BEGIN:VCARD" in text:
        for m in _VCARD_N.finditer(text):  # N:Family;Given;Additional;Prefix;Suffix
            pos = m.start(1)
            for k, part in enumerate(m.group(1).split(";")):
                if k < 3 and part.strip():
                    out.append(("PERSON", pos, pos + len(part), _SCORE))
                pos += len(part) + 1
        for m in _VCARD_ONE.finditer(text):
            kind, value = m.group(1), m.group(2)
            if not value.strip():
                continue
            if kind in ("FN", "NICKNAME") or kind.startswith("X-PHONETIC"):
                out.append(("PERSON", m.start(2), m.end(2), _SCORE))
            elif kind == "TEL":
                out.append(("PHONE_NUMBER", m.start(2), m.end(2), _SCORE))
            else:  # ADR:pobox;ext;street;locality;region;code;country, LABEL: the address as printed
                parts = [p for p in re.finditer(r"[^;]+", value) if p.group().strip()]
                if parts:
                    out.append(("STREET_ADDRESS", m.start(2) + parts[0].start(), m.start(2) + parts[-1].end(),
                                _SCORE))
    if "BEGIN:VCALENDAR" in text or "BEGIN:VEVENT" in text:
        out += [("PERSON", m.start(2), m.end(2), _SCORE) for m in _CN.finditer(text)
                if not m.group(2).lower().startswith(("mailto", "http"))]
        # an event's place with a number in it is a street address ("LOCATION:12 Rue …\, Lyon"),
        # without one a room or a city ("LOCATION:Board room")
        out += [("STREET_ADDRESS", m.start(1), m.end(1), _SCORE) for m in _ICS_LOCATION.finditer(text)
                if any(c.isdigit() for c in m.group(1)) and "://" not in m.group(1)]
    return out


# --- JSON, YAML and XML fields -----------------------------------------------------------------------
_JSON_KV = re.compile(r"\"[$@]?([A-Za-z][\w\-]{0,30})\"\s*:\s*\"((?:[^\"\\\n]|\\.){1,120})\"")
# a Python dict as a traceback or a log prints it: "{'name': 'سارة القحطاني', 'email': …}"
# a JSON document inside a JSON string, its quotes escaped: '"Body": "{\\"customer\\":\\"Ali\\",…}"'
_ESC_KV = re.compile(r"\\\"([A-Za-z][\w\-]{0,30})\\\"\s*:\s*\\\"((?:[^\"\\\n]|\\u[0-9a-fA-F]{4}){1,120})\\\"")
# redis-cli's HGETALL: numbered lines, a key then its value ('9) "ship_name"\n10) "אגם ישראלי"')
_REDIS_KV = re.compile(r"(?m)^[ \t]*\d{1,4}\)[ \t]\"([A-Za-z][\w\-]{0,30})\"[ \t]*\n[ \t]*\d{1,4}\)[ \t]\"([^\"\n]{1,120})\"")
_PY_KV = re.compile(r"'([A-Za-z][\w\-]{0,30})'\s*:\s*'((?:[^'\\\n]|\\.){1,120})'")
# a JavaScript object as mongosh or a console prints it: "name: { first: 'Hope', last: 'Price' }"
_JS_KV = re.compile(r"(?<![\w'\"\-.])([A-Za-z][\w\-]{0,30})\s*:\s*'((?:[^'\\\n]|\\.){1,120})'")
# YAML keys are lower-case identifiers ("first_name:"); a form's "Contact: Mr. Gift Mokoena,
# Procurement" or "Tarneaadress: Kadri Rebane, Raekoja plats 66-4" is prose for the other rules
_YAML_KV = re.compile(r"(?m)^[ \t]*(?:-[ \t]+)?([a-z][\w\-]{0,30}):[ \t]+(?![|>{\[&*!])"
                      r"(\"?)([^\"#\n]{1,120}?)\2[ \t]*$")
_XML_KV = re.compile(r"<([A-Za-z][\w\-]{0,30})(?:\s[^<>]{0,80})?>([^<>\n]{1,120})</\1>")
# a log line's fields: 'JOIN name="Kofi Eze" phone=0706… barber=chinedu' (not a URL's query,
# which _QUERY reads)
_LOG_KV = re.compile(r"(?<![\w.\-/?&])([A-Za-z][\w\-]{0,30})=(?:\"([^\"\n]{1,80})\"|([^\s\"'&,;=]{1,40}))")
_SENTENCE = re.compile(r"[.!?,;]\s|\s(?:at|dot)\s")
_CONTACT_KEY = re.compile(r"(?i)[\"<\s&?]?(?:e-?mail|phone|tel|mobile|msisdn|sms)[\"'>]?\s*[:=>]")


def _kv_fields(text: str) -> tuple[Field, ...]:
    out: list[Field] = []
    contact = _CONTACT_KEY.search(text) is not None
    # the key is group 1, the value the last group that matched (a log's value, quoted or not)
    for rx in (_JSON_KV, _PY_KV, _JS_KV, _ESC_KV, _REDIS_KV, _YAML_KV, _XML_KV, _LOG_KV):
        if (rx is _LOG_KV and "=" not in text) or (rx in (_PY_KV, _JS_KV) and "'" not in text) \
                or (rx is _ESC_KV and '\\"' not in text) or (rx is _REDIS_KV and ') "' not in text):
            continue
        for m in rx.finditer(text):
            key, vg = m.group(1), m.lastindex or 1
            ent = column_type(key)
            if ent is None or (rx is _LOG_KV and ent != "PERSON"):
                continue  # (a log's "by=agent:…" is no Danish "by", a town)
            # a bare "name" is a person only in a record with contact keys (not a product's name)
            if ent == "PERSON" and key.lower() == "name" and not contact:
                continue
            s, e = m.start(vg), m.end(vg)
            value = text[s:e]
            if not value.strip() or value.strip().lower() in ("null", "none", "true", "false", "n/a"):
                continue
            if ent == "PERSON" and (len(value.split()) > 5 or _SENTENCE.search(value)):
                continue  # a note, not a name
            out.append((ent, s, e, _SCORE))
    return tuple(out)


def find_record_fields(text: str) -> list[Field]:
    """(entity, start, end, score) for values under a personal-data key; LOCATION for a city key.
    A person's value holds no digit and no "@" ("owner": "minjun.jung@…" is an e-mail)."""
    return [f for f in _fields(text) if f[0] != NO_PERSON and (
        f[0] != "PERSON" or not _NOT_A_NAME.search(_PERCENT.sub("", text[f[1]:f[2]])))]


def no_person_fields(text: str) -> list[tuple[int, int]]:
    """Values under a key that names no person ("brand": "Elsie May") or a place ("city"); not a
    note under such a key, which may name one ("session": "Keynote by Dr Priya Raman, CMO")."""
    return [(s, e) for ent, s, e, _ in _fields(text) if ent == "LOCATION" or (
        ent == NO_PERSON and not _SENTENCE.search(text, s, e))]


_NOT_A_NAME = re.compile(r"[\d@/]")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")  # "García%20Lorente" in a URL


@lru_cache(maxsize=64)  # the recognizer, the overlap resolution and the proposer read the same text
def _fields(text: str) -> tuple[Field, ...]:
    out: list[Field] = []
    if "=" in text:
        out += _query_fields(text)
    if "INSERT" in text.upper():
        out += _sql_fields(text)
    if "BEGIN:V" in text:
        out += _card_fields(text)
    if ":" in text or "<" in text or ') "' in text:
        out += _kv_fields(text)
    if "N1*" in text or "PER*" in text:
        out += _x12_names(text)
    if "?3" in text:
        out += _mt940_names(text)
    return tuple(out)


# an X12 message's party name (N1*ST*LI JIANGUO~: ship-to, bill-to, buyer) and its contact (PER*IC*
# JIANGUO*TE*…): the segments the address finder's N3/N4 read beside
_X12_NAME = re.compile(r"(?m)(?:^|~)(?:N1\*(?:ST|BT|BY|SF|SO|RE|PR|PE|IL|QC)|PER\*(?:IC|BD|CR|EM|AP))\*([^*~\n]{2,60})(?=[*~]|$)")


def _x12_names(text: str) -> list[Field]:
    return [("PERSON", m.start(1), m.end(1), 0.85) for m in _X12_NAME.finditer(text)
            if not any(c.isdigit() for c in m.group(1))]


# an MT940 statement line's counterparty name in its ?32/?33 subfields ("?31NL23TRIO…?32NAMGUNG
# MIN-A", "?32NAKAMURA?33DAISUKE"), beside the IBAN that structured.py reads in ?31
_MT940_NAME = re.compile(r"\?3[23]([^?\n\d]{2,27})(?=\?|\n|$)")


def _mt940_names(text: str) -> list[Field]:
    return [("PERSON", m.start(1), m.end(1), _SCORE) for m in _MT940_NAME.finditer(text)
            if any(c.isalpha() for c in m.group(1))]
