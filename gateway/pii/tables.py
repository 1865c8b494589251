"""Personal data in delimited tables (CRM exports pasted into a prompt), found by column header.

``first_name,last_name,phone,city`` followed by rows: every cell of a name column is a PERSON
whatever it looks like ("juhani", "O'Reilly"), every cell of a phone/e-mail/address column is
that type, every cell of a city/country column a LOCATION. The header also says where no person
is: a cell under ``company``, ``title`` or ``tier`` is not a name, even when it reads like one
("Sakura Trading KK", "CMO", "Hobart" under ``city``). Cheap: only texts with a header-like
line of 3+ cells are looked at.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DELIMS = (",", ";", "\t", "|")
NO_PERSON = "NO_PERSON"  # a column type, not an entity: no cell under it is a person
_COLUMN_TYPES = [  # header word -> entity (first match wins)
    # a thing's name, not a person's: "alertname", "host_name", "event-name", "templateName"
    (re.compile(r"(?i)^(?:alert|file|host|app|application|event|service|table|column|field|class|type|"
                r"domain|server|queue|topic|job|task|campaign|template|metric|bucket|repo|branch|tag|label|"
                r"device|model|variant|list|group|team|org|channel|workspace|project|env|cluster|node|pod|"
                r"container|image|func|function|method|module|package|key|index|db|database|schema|path|"
                r"dir|font|layer|sheet|tab|page|site|step|stage|state|region|zone|metric|plugin|browser|"
                r"os|platform|provider|carrier|bank|merchant|vendor|sender_domain|flow|rule|segment|"
                r"pet|dog|horse|boat|room|persona|character|scent|shade|colou?r|wine|session|venue|"
                r"hall|vessel|product)"
                r"[_ \-]?name$"), NO_PERSON),
    (re.compile(r"(?i)(?<!voic)e-?mail|^(?:e-?post|s[äa]hk[öo]posti|correo|e-?pasts|el\.? pa[šs]tas|メール|"
                r"이메일|البريد الإلكتروني|пошта|почта|อีเมล)$"), "EMAIL_ADDRESS"),
    (re.compile(r"(?i)phone|mobil|tel|cell|fax|handy|telefon|t[āa]lrunis|τηλ[έε]φωνο|puhelin|gsm|m[óo]vil|"
                r"celular|điện thoại|dien thoai|телефон|الهاتف|هاتف|الجوال|電話|携帯|전화|휴대폰|"
                r"โทร|msisdn|^wa_?id$|whatsapp"), "PHONE_NUMBER"),
    (re.compile(r"(?i)iban"), "IBAN_CODE"),
    (re.compile(r"(?i)ssn|social|^tin$|^tax ?id$"), "US_SSN"),
    # (a street column of its own: "Straße", "STRASSE", "rue", "calle", "ulica"; an XML <AdrLine>)
    (re.compile(r"(?i)street|address|addr|adr?es|adrline|anschrift|indirizzo|naslov|osoite|endere[cç]o|"
                r"stra(?:ss|ß)e|^str\.?$|^(?:rue|calle|via|rua|ulica|ul\.|gata|gade|vej|katu|utca|straat)$|"
                r"direcci[oó]n|διε[ύυ]θυνση|^c[íi]m$|địa chỉ|dia chi|alamat|адрес|адреса|العنوان|"
                r"住所|주소|地址|ที่อยู่"), "STREET_ADDRESS"),
    (re.compile(r"(?i)(?:^|[_ \-])?(?:first|last|given|family|sur|full|middle|maiden)?[_ \-]?name"
                r"(?!.*(?:company|brand|product|store|shop|file|user))|^(?:vorname|nachname|"
                r"first|last|given|family|surname|forename|fn|ln|"
                r"nom|prénom|nombre|apellidos?|cognome|naam|voornaam|achternaam|roepnaam|familienaam|"
                r"imię|nazwisko|jméno|příjmení|"
                r"fornavn|efternavn|etternavn|förnamn|efternamn|etunimi|sukunimi|contact|"
                r"customer|recipient|owner|person|"
                # rosters, guest lists and sign-up sheets
                r"player|guest|attendee|member|participant|passenger|student|pupil|child|parent|guardian|"
                r"parent ?/ ?guardian|emergency contact|speaker|host|employee|athlete|"
                # who wrote, served or was assigned: a review's author, a rota's barber (not "staff",
                # "driver", "agent": a row's role cell reads like a header with them)
                r"author|reviewer|assignee|barber|stylist|therapist|instructor|tutor|"
                # who handled a row's item: "FOUND BY", "Packed by", "Hirer", "Booker", "Winner"
                r"(?:packed|prepared|served|found|reported|handled|logged|checked|picked|collected|claimed|"
                r"booked|approved|issued|dispatched|processed|taken|hired|delivered|assisted)[ _]by|"
                r"hirer|booker|winner|cashier|"
                r"spieler|joueur|jugador|giocatore|gast|invit[ée]|invitado|teilnehmer|participante|"
                # the name column of other languages' exports and manifests
                r"namn|navn|nimi|n[ée]v|ime|ime in priimek|ime i prezime|priimek|prezime|meno|"
                r"meno a priezvisko|priezvisko|jm[ée]no a p[řr][íi]jmen[íi]|imi[ęe] i nazwisko|nume|"
                r"nume și prenume|prenume|ad soyad|ad[ıi] soyad[ıi]|soyad[ıi]?|ad[ıi]|vardas|pavard[ėe]|"
                r"v[āa]rds|uzv[āa]rds|nimi|eesnimi|perekonnanimi|[όο]νομα|επ[ώω]νυμο|ονοματεπ[ώω]νυμο|"
                r"nombre completo|nom complet|nome completo|nome e cognome|volledige naam|"
                r"destinatario|destinataire|empf[äa]nger|odbiorca|mottagare|vastaanottaja|"
                r"p[řr][íi]jemce|pr[íi]jemca|primatelj|prejemnik|al[ıi]c[ıi]|c[íi]mzett|destinatar|"
                r"gav[ėe]jas|sa[ņn][ēe]m[ēe]js|saaja|παραλ[ήη]πτης|modtager|mottaker|ontvanger|"
                # Vietnamese, Indonesian, Cyrillic, Arabic, Japanese, Korean, Chinese, Thai
                r"t[êe]n|h[ọo]|h[ọo] v[àa] t[êe]n|h[ọo] t[êe]n|nama|nama lengkap|nama depan|"
                r"nama belakang|им[яе]|фамилия|прізвище|ім['’]я|ф\.?и\.?о\.?|п\.?і\.?б\.?|"
                r"име и фамилия|клиент|получател|одержувач|получатель|الاسم|اسم|الاسم الكامل|"
                r"اسم العائلة|العميل|المستلم|名|姓|氏名|名前|お名前|姓名|이름|성|성명|고객명|수령인|"
                r"收件人|收货人|联系人|客户姓名|お届け先名|ご依頼主名|受取人|受取人名|받는 ?분|"
                # who received or signed: a manifest's consignee, a proof of delivery's signatory
                r"consignee|consignor|signed[_ ]by|signatory|receiver|"
                # an ISO 20022 payment's party name (<Cdtr><Nm>…</Nm>)
                r"nm|"
                r"ชื่อ|นามสกุล|ชื่อ-นามสกุล|ผู้รับ)$"), "PERSON"),
    # places: masked as LOCATION, and never read as a person ("Charlotte", "Adelaide")
    (re.compile(r"(?i)^(?:city|town|ort|stadt|ville|ciudad|citt[àa]|cidade|plaats|stad|miasto|"
                r"m[ěe]sto|by|kaupunki|şehir|sehir|location|based in|hq|region|state|county|"
                r"grad|v[áa]ros|ora[șş]|pils[ēe]ta|miestas|linn|π[όο]λη|kota|thành phố|город|"
                r"місто|град|المدينة|都市|市区町村|도시|城市|เมือง|จังหวัด|"
                r"country|land|pays|pa[íi]s|paese|kraj|maa|[üu]lke|province|provincia)$"), "LOCATION"),
    # columns that hold no person: company, job title, handle, tier, product ...
    (re.compile(r"(?i)^(?:company|organi[sz]ation|org|firma|unternehmen|soci[ée]t[ée]|empresa|"
                r"azienda|bedrijf|f[öo]retag|yritys|employer|account|brand|store|shop|title|"
                r"job[ _]?title|role|position|funktion|poste|cargo|ruolo|functie|handle|"
                r"username|tier|level|segment|product|item|sku|campaign|channel|offer|status|"
                r"issue|source|plan|category|type|badge|badge[ _]?type|ticket[ _]?type|pass|access|"
                # where it was bought or held, and what a thing is called: "Purchased at: Dick Smith",
                # "Salon: Rush", "Venue: Hotel Victoria", "Sponsor: Barilla"
                r"purchased[ _]at|bought[ _]at|purchased[ _]from|retailer|merchant|stockist|dealer|supplier|"
                r"manufacturer|maker|salon|venue|hotel|restaurant|sponsor|sponsored[ _]by|collection|range|"
                r"award|prize|model|variant|"
                # things a shop, a venue or a sheet names like people: a hire ledger's boat, a
                # racecard's horse, a glossary's term, a rota's zone, a menu's wine (not a word a
                # row's cell holds: a rooming list's "Suite" or a surname "Hall" made a row a header)
                r"boat|vessel|horse|runner|pet|breed|variety|cultivar|term|glossary term|scent|room|"
                r"fragrance|shade|colou?r|zone|booth|stage|session|track|wine|cocktail|dish|persona|"
                r"character)$"), NO_PERSON),
]


_JOINED = re.compile(r"[ \t]*[/&+][ \t]*|[ \t]+(?:and|und|et|y|e|og|och)[ \t]+")  # one column, two labels
_HANDLE = re.compile(r"(?i)user[_ \-]?name|user|login|handle|screen[_ \-]?name|nick(?:name)?")


@lru_cache(maxsize=4096)  # (a book's column reader asks it of every cell of a pasted sheet)
def column_type(header: str) -> str | None:
    """The entity a column header or record key names (NO_PERSON: none), else None."""
    h = header.strip().strip('"').strip()
    if not h or len(h) > 40:
        return None
    if _HANDLE.fullmatch(h):
        return NO_PERSON  # "username", "user_name", "login": a handle, not a name
    parts = _JOINED.split(h)
    kinds = [column_type(p) for p in parts] if len(parts) > 1 else []
    # every part a label ("Name / Phone"; not "Tina Gregory & guest", not "Company / Name")
    if "PERSON" in kinds and None not in kinds and NO_PERSON not in kinds:
        return "PERSON"  # "Name / Phone": the name before the number (see _typed_cells)
    if kinds and kinds[0] == "LOCATION" and "PERSON" not in kinds:
        return "LOCATION"  # "Country/Region Name": a place's name, not a person's
    # a compound key read by its last words: "clientCountryName" a country's, "brandName" a
    # brand's ("display_name", "contactName" stay a person's)
    words = _KEY_WORDS.findall(h)
    if len(words) >= 2 and words[-1].lower() == "name":
        kind = column_type(words[-2])
        if kind in ("LOCATION", NO_PERSON):
            return kind
    for rx, ent in _COLUMN_TYPES:
        if rx.search(h):
            return ent
    # and by its last word: "clientCity" a town, "loyalty_tier" a tier (an identifier's, not a
    # header's words: "nominated_by" is no Danish town, "Account Lead" no lead)
    if len(words) >= 2 and " " not in h and len(words[-1]) >= 4:
        kind = column_type(words[-1])
        return kind if kind in ("LOCATION", NO_PERSON) else None
    return None


_KEY_WORDS = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")  # "clientASNDescription" -> client, ASN, Description


def find_table_cells(text: str) -> list[tuple[str, int, int, float]]:
    """(entity, start, end, score) for cells under a personal-data or place column header."""
    return [c for c in _typed_cells(text) if c[0] != NO_PERSON]


def no_person_cells(text: str) -> list[tuple[int, int]]:
    """Cells whose column header says they hold no person (places, companies, titles ...)."""
    return [(s, e) for ent, s, e, _ in _typed_cells(text) if ent in (NO_PERSON, "LOCATION")]


@lru_cache(maxsize=64)  # the recognizer and the overlap resolution read the same segment
def _typed_cells(text: str) -> tuple[tuple[str, int, int, float], ...]:
    if "\n" not in text or not any(d in text for d in _DELIMS):
        return ()
    out: list[tuple[str, int, int, float]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        _, head = lines[i]
        delim = max(_DELIMS, key=head.count)
        cols = head.split(delim)
        types = [column_type(c) for c in cols]
        if any((c.strip().lower() or "-")[:5] == "soyad" for c in cols):  # Turkish "Ad | Soyad"
            types = ["PERSON" if c.strip().lower() == "ad" else t for c, t in zip(cols, types)]
        # a header is short labels, not a sentence ("Konsultant (Zofia): Dzień dobry, …, Zofia
        # przy telefonie." is a chat line whose commas are no columns)
        # (nor a data row whose key cell reads like a label: "email\tDENNIS-WARNER@AOL.COM\t0.31",
        # "3565929 | 9762532 | email | …": a header holds no address and no bare number)
        if len(cols) < 3 or not any(types) or any(len(c) > 40 or len(c.split()) > 4 for c in cols) \
                or head.rstrip().endswith((".", "?", "!")) or ": " in head \
                or any("@" in c or _NUMBER_CELL.fullmatch(c.strip()) for c in cols) or _JSON_PAIR.search(head):
            # (nor a JSON object's line: '{"event":"click","first_name":"Matteo",…' has commas, but
            # its next line is another object, not a row under it)
            i += 1
            continue
        # a bare "user" column holds handles, or people: "mei bouchard" is a person, "mbouchard" not
        users = [c.strip().strip('"').lower() == "user" for c in cols]
        j = i + 1
        while j < len(lines) and lines[j][1].strip():
            roff, row = lines[j]
            cells = _cells(row, delim)
            if len(cells) != len(cols):
                break
            for (a, b), ent, user in zip(cells, types, users):
                s, e = roff + a, roff + b
                while s < e and text[s] in ' "\'':
                    s += 1
                while e > s and text[e - 1] in ' "\'':
                    e -= 1
                if user and _FULL_NAME_CELL.fullmatch(text, s, e):
                    ent = "PERSON"
                if ent == "PERSON" and any(c.isdigit() for c in text[s:e]):
                    # a contact cell with the number in it ("Kaia 021 555 1234"): the name before it
                    m = _NAME_BEFORE_NUMBER.match(text, s, e)
                    if not m:
                        continue
                    e = m.end(1)
                if ent in _NUMBERED and sum(c.isdigit() for c in text[s:e]) < (4 if ent == "PHONE_NUMBER" else 6):
                    continue  # "XXX-XX-3446", "**** 0758": already masked, nothing left to hide
                if ent and e - s >= 2 and _HAS_WORD.search(text, s, e):  # not "---" of markdown
                    out.append((ent, s, e, 0.9))
            j += 1
        if j > i + 1:  # the header's own labels ("Naslov", "Meno") name columns, not people
            hoff = lines[i][0]
            for a, b in _cells(head, delim):
                label = head[a:b].strip()
                if label:
                    a = head.index(label, a)
                    out.append((NO_PERSON, hoff + a, hoff + a + len(label), 0.9))
        i = max(i + 1, j)
    return tuple(out)


_HAS_WORD = re.compile(r"\w")
_JSON_PAIR = re.compile(r"\"\s*:\s*[\"{\[\d]|[{}]")
_NUMBER_CELL = re.compile(r"[-+]?\d[\d.,]*")
_FULL_NAME_CELL = re.compile(r"[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){1,3}")
_NUMBERED = frozenset({"US_SSN", "CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER"})
_NAME_BEFORE_NUMBER = re.compile(r"([^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,3})[ \t,:(-]+(?=[+(]?\d)")


def _cells(row: str, delim: str) -> list[tuple[int, int]]:
    """Cell offsets of one row; a double-quoted cell may hold the delimiter (CSV quoting:
    '"4974 W 34th Street, Denver",…')."""
    out: list[tuple[int, int]] = []
    start, quoted, blank = 0, False, True  # blank: nothing but spaces since the cell began
    for k, ch in enumerate(row):
        if ch == '"' and (quoted or blank):
            quoted = not quoted
        elif ch == delim and not quoted:
            out.append((start, k))
            start, blank = k + 1, True
            continue
        if not ch.isspace():
            blank = False
    out.append((start, len(row)))
    return out
