"""Things named after people, which are no one: streets, firms, storms, ships, prizes, halls, a
date's month; and words beside a name that say it is none: the brand a prompt writes for, a label
that names no person, a job's word alone.

"Cathal Brugha Street", "Széchenyi István tér", "al. Jana Pawła II" are streets; "Kirkland &
Ellis", "Raghunathan Iyer Infotech", "Holm Advokatfirma" firms; "Storm Babet", "USS Nimitz", "RAF
Akrotiri" a storm, a ship and a base; "12 Sep." a date. The name lists and the English model take
each for a person; each rule here reads the word beside the name that says what it names. The
analyzer drops a PERSON guess these rules claim (the model's, the lists' and the name proposer's).
"""

from __future__ import annotations

import re

from gateway.pii import names
from gateway.pii.gazetteers import LEGAL_FORMS, ORG_ENDS, OtherLanguage, english_zipf, first_names_all, last_names_all

# --- streets -----------------------------------------------------------------------------------
# the street's type word after the name ("… Street", "… tér"), or its abbreviation before it
_STREET_TYPE_AFTER = re.compile(r"[ \t]+([^\W\d_][\w]*)(?![\w'’\-])")
_STREET_TYPES_EN = frozenset("street st road rd avenue ave boulevard blvd square sq quay crescent terrace".split())
_STREET_TYPES_EXTRA = frozenset("""tér utca út körút vej gade gata gatan vägen väg straße strasse str allee platz weg
gasse ring ulica ulice náměstí třída tie katu kuja laan straat plein kade""".split())
# the street words of the Romance and Polish languages, written before the street's name
_STREET_WORDS = "Rue|Calle|Avenida|Rua|Praça|Piazza|Corso|Viale|Via|Ulica|Aleja|Plac"
_STREET_BEFORE = re.compile(rf"(?<![\w])(?:(?i:ul|al|pl|os|św|pw)\.|(?:{_STREET_WORDS}|Boulevard|Bd|Av))[ \t]+\Z")


def street_named(text: str, s: int, e: int) -> bool:
    """text[s:e] names a street: an English type word (capitalised) or another language's after
    it, a street or church abbreviation before it ("Rue Victor Hugo", "św. Jana Pawła II")."""
    after = _STREET_TYPE_AFTER.match(text, e)
    if after:
        word = after.group(1)
        if (word[:1].isupper() and word.lower() in _STREET_TYPES_EN) or word.lower() in _STREET_TYPES_EXTRA:
            return True
    if _STREET_BEFORE.search(text, max(0, s - 12), s) is not None:
        return True
    # the guess took the street's word in: "Rua Miguel Bombarda", "Calle Mayor"
    first = _STREET_FIRST.match(text, s, e)
    return first is not None and first.end() < e


_STREET_FIRST = re.compile(rf"(?:{_STREET_WORDS}|Travessa|Largo)[ \t]+(?=[A-ZÀ-Þ])")


# --- firms ---------------------------------------------------------------------------------------
_AMP_AFTER = re.compile(r"[ \t]*&[ \t]*([A-ZÀ-Þ][\w'’\-]+)")
_AMP_BEFORE = re.compile(r"(?<![\w'’\-])([A-ZÀ-Þ][\w'’\-]+)[ \t]*&[ \t]*\Z")
_GIVEN_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’\-]+[ \t]+\Z")


def _surname_only(word: str, language: OtherLanguage) -> bool:
    low = word.lower()
    return low in last_names_all() and low not in first_names_all() and not names._is_first(word, language)


def firm_of_surnames(text: str, s: int, e: int, language: OtherLanguage) -> bool:
    """One surname joined by "&" to another, neither a given name: a firm ("Kirkland & Ellis"),
    where people are written with their given names ("Anna & Tom", "Tom Ellis & Anna Berg")."""
    word = text[s:e]
    if " " in word or not _surname_only(word, language):
        return False
    after = _AMP_AFTER.match(text, e)
    before = _AMP_BEFORE.search(text, max(0, s - 30), s)
    other = after or before
    if other is None or not _surname_only(other.group(1), language):
        return False
    if before and _GIVEN_BEFORE.search(text, max(0, before.start() - 30), before.start()):
        return False  # "Tom Kirkland & Ellis": a person and someone
    return not (after and _GIVEN_BEFORE.search(text, max(0, s - 30), s))


# "Bergström & Ek AB", "Spencer & Marks Estates", "Jefferson Brandt & Co.": partners' names that
# a firm's word or legal form closes
_AMP_PARTNER = re.compile(r"[ \t]*&[ \t]*((?:[A-ZÀ-Þ][\w'’\-]*\.?[ \t]*){1,3})")


def partners_firm(text: str, s: int, e: int) -> bool:
    """A name followed by "& Partner <firm word>" or "& Co.": the firm, not its founder."""
    m = _AMP_PARTNER.match(text, e)
    if m is None:
        return False
    words = [w.strip(".,").lower() for w in m.group(1).split()]
    return words[0] in ("co", "cie", "cia", "sons", "söhne", "associates", "associati", "asociados", "associés",
                        "partners", "partner") \
        or any(w in LEGAL_FORMS or w in ORG_ENDS or w in FIRM_ENDS for w in words[1:])


# the words a firm named for its founders ends with ("Raghunathan Iyer Infotech", "Holm
# Advokatfirma"); not every trade word of ORG_ENDS: "Thijmen DiMaggio-van Tours" is a person
FIRM_ENDS = frozenset("""infotech infosystems advokatfirma advokatbyrå advokater rechtsanwälte avocats abogados
avvocati law legal solicitors lawyers wines health healthcare pharma pharmaceuticals capital finance financial
investments properties realty estates construction engineering architects accountants foundation institute
associates partners consulting holdings group ventures technologies systems solutions industries enterprises
logistics insurance bank advisory recovery immobilier assurances notaires cpas""".split())
_TRADE_AFTER = re.compile(r" ([A-ZÀ-Þ][\w\-]+)(?![\w'’])")
_NAME_RUN = re.compile(r"[ \t]+([A-ZÀ-Þ][\w'’\-]+)")


def founders_firm(text: str, e: int) -> bool:
    """The name ending at ``e`` is followed by a firm's word: "… Iyer Infotech", "… Legal"."""
    trade = _TRADE_AFTER.match(text, e)
    return trade is not None and trade.group(1).lower() in FIRM_ENDS


def firm_named(span: str) -> bool:
    """Three words or more ending in a firm's word: "Pemberton Ashworth Law", "Okafor Adeyemi
    Partners" (two, "Anna Law", may be a person with that surname)."""
    words = span.split()
    return len(words) >= 3 and words[-1][:1].isupper() and words[-1].lower() in FIRM_ENDS


def name_before_firm_word(text: str, s: int, e: int) -> tuple[int, int]:
    """The span and up to two capitalised words after it, up to a trade word: a proposed "Steyn"
    is judged as "Steyn Joubert", the words before "Wines"."""
    end = e
    for _ in range(2):
        m = _NAME_RUN.match(text, end)
        if m is None or m.group(1).lower() in ORG_ENDS:
            break
        end = m.end()
    return s, end


# --- storms, ships, bases, mountains; a date's month; a household --------------------------------
_THING_WORDS = r"(?:Storm|Hurricane|Cyclone|Typhoon|Tropical[ \t]+Storm|USS|HMS|HMAS|HMNZS|HMCS|RMS|RAF|Fort|Camp|Lake|Mount|Mt\.?)"
_THING_BEFORE = re.compile(rf"(?<![\w'’\-]){_THING_WORDS}[ \t]+\Z")
_THING_FIRST = re.compile(rf"{_THING_WORDS}[ \t]+\S")


def named_thing(text: str, s: int, e: int) -> bool:
    """"Storm Babet", "USS Nimitz", "RAF Akrotiri", "Mount Kenya": the word before says what;
    "Premio Enzo Ferrari", "the Homi Bhabha Auditorium": a prize or a place named for someone."""
    return _THING_FIRST.match(text, s, e) is not None or _THING_BEFORE.search(text, max(0, s - 16), s) is not None \
        or named_venue_or_prize(text, s, e)


# --- shops, cafés and inns: the trade's word before the name -------------------------------------
# (capitalised only, as a shop's name is written; a German or Nordic compound ends with the trade:
# "Sykkelverkstedet Tråkk", "Weinstube Konrad")
_SHOP_WORDS = (
    r"(?:Hotel|Hôtel|Ryokan|Pension|Café|Cafe|Caffè|Filiale|"
    r"Boulangerie|Pâtisserie|Librairie|Brasserie|Bistrot|Maison|Atelier|Fromagerie|Boucherie|Épicerie|"
    r"Fleuriste|Parfumerie|Chocolaterie|Crêperie|Auberge|Château|Domaine|"
    r"Panadería|Pastelería|Librería|Floristería|Cafetería|Taberna|Bodegas?|Restaurante|Mesón|Tienda|"
    r"Zapatería|Peluquería|Joyería|Ferretería|Carnicería|Casa|"
    r"Padaria|Pastelaria|Confeitaria|Livraria|Loja|Tasca|Adega|Quinta|Floricultura|Sapataria|Lanchonete|"
    r"Churrascaria|Pizzaria|Mercearia|Empório|"
    r"Pasticceria|Panetteria|Panificio|Libreria|Trattoria|Osteria|Pizzeria|Gelateria|Enoteca|Ristorante|"
    r"Bottega|Sartoria|Profumeria|Erboristeria|Cartoleria|Macelleria|Salumeria|Locanda|Agriturismo|"
    r"Cantina|Tenuta|"
    r"Bakkerij|Boekhandel|Slagerij|Bloemisterij|Brouwerij|Eetcafé|Kapsalon|"
    r"Sklep|Piekarnia|Kawiarnia|Księgarnia|Cukiernia|Kwiaciarnia|Pracownia|Restauracja|"
    r"Knihkupectví|Pekárna|Mýdlárna|Kavárna|Cukrárna|Květinářství|Vinárna|Restaurace|Hospoda|Pivovar|"
    r"Kaviareň|Pekáreň|Kníhkupectvo|"
    r"Brutăria|Librăria|Cofetăria|Florăria|Cafeneaua|Atelierul|Magazinul|Croitoria|Restaurantul|"
    r"Kahvila|Kirjakauppa|Leipomo|Ravintola|Kukkakauppa|Konditoria|Saippuakeittiö|Puoti|"
    r"Φούρνος|Βιβλιοπωλείο|Κηροπλαστείο|Ζαχαροπλαστείο|Ανθοπωλείο|Καφενείο|Ταβέρνα|Εστιατόριο|Κατάστημα|"
    r"Кав[’']ярня|Пекарня|Книгарня|Квіткарня|Магазин|Кондитерська|Майстерня|Ресторан|Кафе|Кофейня|"
    r"(?<![\w\-])[A-ZÄÖÜÅÆØ]\w*?(?:[Vv]erksted(?:et)?|[Bb]akeri(?:et)?|[Bb]okhandel(?:n)?|[Kk]onditori(?:et)?|"
    r"[Bb]äckerei|[Bb]uchhandlung|[Kk]onditorei|[Mm]etzgerei|[Gg]asthaus|[Gg]asthof|[Ss]tube|[Rr]österei|"
    r"[Bb]rauerei|[Bb]rauhaus|[Kk]afé(?:en)?))"
)
# the trade's word after the name, in Hungarian, Polish and Turkish: "Fényhíd Könyvesbolt",
# "Levendula Manufaktúra", "Zielnik Kosmetyki", "Yıldız Pastanesi"
_SHOP_AFTER = (r"Könyvesbolt|Manufaktúra|Pékség|Kávézó|Cukrászda|Virágbolt|Étterem|Bisztró|Műhely|"
               r"Kosmetyki|Pastanesi|Fırını|Kitabevi|Lokantası|Kahvesi|Eczanesi|Kuaförü")


# --- prizes, halls, schools, rooms named after someone ---------------------------------------------
# the word before the name, in the languages whose noun comes first: "Premio Enzo Ferrari",
# "Auditorio Severo Ochoa", "Aula Magna «Alessandro Volta»", "Sále Bohumila Hrabala", "Cena
# Václava Havla", "Colegio Gabriela Mistral"
_VENUE_WORDS = (
    r"(?:Premio|Premi|Prix|Preis|Prêmio|Prémio|Nagroda|Nagrody|Nagrodę|Cena|Ceny|Cenu|Díj|Palkinto|Pris|"
    r"Prijs|Ödülü|Medalla|Médaille|Medaille|Medaglia|Trofeo|Trophée|Copa|Coppa|Coupe|Pokal|Beca|Bolsa|Cátedra|"
    r"Cattedra|Chaire|Auditorio|Auditório|Auditorium|Aula(?:[ \t]+Magna)?|Sala|Sál[ey]?|Salle|Saal|Salón|Salão|"
    r"Teatro|Théâtre|Teatr|Estadio|Estádio|Stadio|Stade|Stadion|Hospital|Hôpital|Ospedale|Klinikum|Szpital|"
    r"Colegio|Colégio|Escuela|Escola|Scuola|École|Liceo|Lycée|Collège|Gymnasium|Gymnázium|Gimnazjum|Liceum|Szkoła|"
    r"Instituto|Istituto|Institut|Fundación|Fundação|Fondation|Fondazione|Stiftung|Fundacja|Nadace|Museo|Museu|"
    r"Musée|Muzeum|Biblioteca|Bibliothèque|Bibliothek|Biblioteka|Knihovna|Universidad|Universidade|Università|"
    r"Université|Universität|Uniwersytet|Univerzita|Aeroporto|Aeropuerto|Aéroport|Flughafen|Lotnisko|Letiště|"
    r"Residenza|Residencia|Condominio|Palazzo|Palacio|Villa|Torre|Ponte|Puente|Pont|Centro|Centre|Centrum|Parque|"
    r"Parco|Stazione|Estación|Gare|Campus|Pavilhão|Pabellón|Polideportivo|Ginásio|Hala|Dom[ \t]+Kultury|"
    r"Ballroom|Salon|Salão|Espacio|Espaço|Espace|Allée|Aula|Zaal|"
    # a law or collection firm named for its partner: "Studio Legale Ricci", "Kanzlei Brandt"
    r"Studio[ \t]+Legale|Studio[ \t]+Notarile|Kanzlei|Cabinet|Bufete|Despacho|Étude|Incassobureau|"
    r"Advocatenkantoor|Notariskantoor|Advokatfirman?|"
    # a shop, café or inn named for someone, in the languages whose trade word comes first:
    # "Knihkupectví U Sovy", "Pasticceria Nonna Rosa", "Floristería Casa Lucía", "Kahvila Sointu"
    rf"{_SHOP_WORDS})")
# (Polish "sala im. Chopina", "Szkoła im. Jana Pawła II": "named after")
_VENUE_TAIL = r"[ \t]+(?:(?:de|del|della|di|do|da|des|du|der|im|am|im\.)[ \t]+)?[«\"“'‘„]?"
_VENUE_BEFORE = re.compile(rf"(?<![\w'’\-]){_VENUE_WORDS}{_VENUE_TAIL}\Z")
# the word after it: "the Booker Prize", "Homi Bhabha Auditorium", "the Harrington Salver", "the
# Nelson Mandela terrace"; in lower case only the words that never follow a person's name
_VENUE_AFTER = re.compile(
    r"[»\"”'’]?[ \t]+(?:(Prize|Award|Awards|Medal|Trophy|Cup|Salver|Shield|Plate|Stakes|Handicap|Lecture|Lectures|"
    r"Memorial|Scholarship|Scholarships|Fellowship|Bursary|Professorship|Auditorium|Theatre|Theater|Stadium|"
    r"Arena|Centre|Center|Institute|School|Academy|College|University|Hospital|Infirmary|Hospice|Library|Museum|"
    r"Gallery|Foundation|Trust|Fund|Building|Wing|Suite|Room|Terrace|Lounge|Ballroom|Pavilion|Airport|Station|"
    r"Embankment|Quay|Bridge|Hall|Park|Gardens|Tower|Collection|Archive|Estate|Estates|Lodge|Ward|Clinic|"
    # the Turkish, Finnish and Hungarian words after the name: "Cahit Arf Salonu", "Sabiha Gökçen
    # Fuayesi", "Halide Edib Ödülü"
    r"Salonu|Fuayesi|Sahnesi|Odası|Merkezi|Okulu|Lisesi|Üniversitesi|Hastanesi|Ödülü|Parkı|Havalimanı|"
    r"Kütüphanesi|Müzesi|Vakfı|Stadyumu|Sali|Terem|Díj|"
    rf"{_SHOP_AFTER})|"
    r"(prize|award|awards|medal|trophy|lecture|scholarship|bursary|auditorium|terrace|ballroom|suite|wing|ward))"
    r"(?![\w'’\-])")


_VENUE_FIRST = re.compile(rf"{_VENUE_WORDS}{_VENUE_TAIL}(?=\S)")  # the guess took the kind in
_VENUE_LAST = re.compile(r"[ \t](?:Prize|Award|Awards|Medal|Trophy|Salver|Lecture|Memorial|Scholarship|Fellowship|"
                         r"Auditorium|Theatre|Theater|Stadium|Arena|Institute|School|Academy|College|University|"
                         r"Hospital|Infirmary|Hospice|Library|Museum|Gallery|Foundation|Building|Suite|Terrace|"
                         r"Ballroom|Pavilion|Airport|Embankment|Room|Lounge|Stage|Salonu|Fuayesi|Sahnesi|Odası|"
                         rf"Merkezi|Ödülü|Terem|{_SHOP_AFTER})\Z")


_NEXT_FIELD = re.compile(r"[ \t]*:")
_FIELD_GAP = re.compile(r"[»\"”'’]?(?:[ \t]{2,}|\t)")
_NAMED_AFTER = re.compile(r"(?<![\w])im\.[ \t]+\Z")
_COMPOUND_HALL = re.compile(r"(?:zaal|-saal|saal|-halle)$", re.IGNORECASE)
_HALL_WORDS = frozenset(("hall", "room", "lounge", "stage", "terrace", "suite"))


def named_venue_or_prize(text: str, s: int, e: int) -> bool:
    """A name in a prize's, a hall's, a school's or a room's name: the kind of place or prize
    is written before it (the Romance and Slavic order) or after it (the English one). A word
    after it that is a surname too ("Tom Hall", "Anna Park", "Mary Ann Ward") is more likely the
    person's surname the guess left out, so it does not count."""
    if _VENUE_BEFORE.search(text, max(0, s - 40), s):
        return True
    span = text[s:e]
    if " " in span and (_VENUE_FIRST.match(span) or _VENUE_LAST.search(span)):
        return True  # the guess took the kind in: "Auditorio Severo Ochoa", "Homi Bhabha Auditorium"
    if " " not in span and _COMPOUND_HALL.search(span):
        return True  # "Rembrandtzaal", "Goethe-Saal": the hall, one word
    if span.count(" ") >= 2 and span.rsplit(None, 1)[1].lower() in _HALL_WORDS:
        return True  # "Ada Lovelace Hall": a whole name and the hall (not "Tom Hall")
    if _NAMED_AFTER.search(text, max(0, s - 6), s):
        return True  # Polish "sala im. Chopina", "Szkoła im. Jana Pawła II"
    after = _VENUE_AFTER.match(text, e)
    if after is None or _NEXT_FIELD.match(text, after.end()) or _FIELD_GAP.match(text, e):
        return False  # "Child: Amelia Cholmondeley   Room: Busy Bees", "Dr Naidoo   Room 549": the next field
    word = (after.group(1) or after.group(2)).lower()
    # "Ada Lovelace Hall", "Brunel Hall": a whole name or a surname before "Hall" is the hall's
    # ("Tom Hall" is a person's full name)
    return word not in last_names_all() or (word in _HALL_WORDS and (
        " " in span or span.lower() not in first_names_all()))


_MONTH_WORD = re.compile(r"(?i:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|"
                         r"sep|sept|september|oct|october|nov|november|dec|december)\.?")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+\Z")
_DAY_AFTER = re.compile(r"[ \t]+\d{1,4}(?![\d:])")  # (not a clock time: "Jun  10:44" is a chat head)


def date_month(text: str, s: int, e: int) -> bool:
    """"before 12 Sep.", "Sep 26": a date's month, not the Dutch given name "Sep"."""
    return _MONTH_WORD.fullmatch(text, s, e) is not None and (
        _DAY_BEFORE.search(text, max(0, s - 8), s) is not None or _DAY_AFTER.match(text, e) is not None)


_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|family's|household|twins)\b")


def family_after(text: str, e: int) -> bool:
    """"the Panganiban family": after "the" a household, not a product ("the Victoria sponge")."""
    return _FAMILY_AFTER.match(text, e) is not None


# --- brands a prompt writes for, labels that name no one, a job's word alone ----------------------
# what an app's system prompt calls the brand it writes for: "You are a helpful customer-care
# writing assistant for Lazada", "You write on-brand replies for Harvey Norman", "brand = Jumia"
_BRAND_BEFORE = re.compile(
    r"(?i)(?:(?:writing|support|care|service|shopping|chat|virtual|ai|brand|marketing|sales|social|"
    r"content)[ \t]+(?:assistant|agent|bot|copywriter|writer)[ \t]+(?:for|at|of)|"
    r"on-brand[ \t]+[a-z]+[ \t]+for|(?:^|\n|\][ \t]*|[|;][ \t]*)brand[ \t]*(?:=|:|name[ \t]*[=:])|"
    r"you[ \t]+(?:work|write)[ \t]+for)[ \t]*\Z")


# (not "Domingo" and "Domenica", given names too)
_WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles
jueves viernes sábado lunedì martedì mercoledì giovedì venerdì sabato maandag dinsdag woensdag
donderdag vrijdag zaterdag zondag måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag
søndag poniedziałek wtorek środa czwartek piątek sobota niedziela""".split())


# merge tags and query keywords in capitals: "Hi FNAME", "IF first_name IS NULL THEN"
_CODE_WORDS = frozenset("""FNAME LNAME FIRSTNAME LASTNAME FULLNAME FIRST_NAME LAST_NAME NAME EMAIL THEN ELSE ELSEIF
ENDIF NULL WHEN CASE END AND OR NOT IS IN SELECT FROM WHERE
CIPP CIPM CIPT CISSP CISA CISM MBA PHD LLM CPA ACA FCA ACCA CFA ESQ""".split())
# a language's or a nation's word alone ("# Czech translation", "Language-Team: Czech"; not
# "English", "French" or "German", which are surnames and given names too)
_LANGUAGE_WORDS = frozenset("""czech polish turkish ukrainian hungarian romanian finnish norwegian swedish danish dutch
greek portuguese spanish italian russian japanese chinese korean vietnamese arabic hebrew hindi slovak slovene
croatian serbian bulgarian estonian latvian lithuanian""".split())
# a form's labels, which no one is named
_FORM_WORDS = frozenset("""date signature signed time place ref reference total amount subject status""".split())
_VERSION_AFTER = re.compile(r"/\d")
# a marketing persona: an ordinary word before a given name with the same first letter ("Busy
# Ben", "Eco Emma", "Weekend Warrior Wendy", "First-Home Freya", "Grandma Gwen"), in a text that
# speaks of personas (alone, "Thanks Tom" and "Ask Anna" are people)
# (and the word in its cases: Turkish "personamızdır", Polish "personę", Hungarian "personájuk")
PERSONA_TEXT = re.compile(r"(?i)\bpersona[sey]?\b|\bpersona-|\bpersona(?:m|n|s|y|j)\w{0,8}\b|"
                          r"\bcomposites?\b|\bfictional\b")
_PERSONA_WORD = re.compile(r"(?<![\w'’\-])([A-Z][a-z]+)(?:-[A-Za-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z]+)?)? \Z")


def persona(text: str, s: int, e: int) -> bool:
    """A given name after an ordinary word that starts with its letter, in a text that speaks of
    personas (PERSONA_TEXT): a persona, not a person."""
    span = text[s:e]
    words = span.split()
    if len(words) > 1:  # the guess took the word in: "Eco Emma"
        lead, given = words[0].split("-")[0], words[-1]
    else:
        m = _PERSONA_WORD.search(text, max(0, s - 40), s)
        if m is None:
            return False
        lead, given = m.group(1), span
    low = lead.lower()
    return lead[:1] == given[:1] and low not in names.GREETINGS and len(words) <= 3 and english_zipf(low) >= 3.0 \
        and low not in first_names_all() and low not in last_names_all()


_TWO_WORDS = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")


def _joined_words(span: str) -> bool:
    """Two everyday English words joined in camel case ("NightOwl", "BookWorm", "SunnyDays"); not a
    name's parts ("McCarthy", "DeShawn", "LaToya", "MacLeod": the first part no word)."""
    m = _TWO_WORDS.fullmatch(span.strip(".,!?"))
    return m is not None and all(english_zipf(w.lower()) >= 3.3 and w.lower() not in first_names_all()
                                 for w in m.groups())


_HANDLE_START = re.compile(r"@[\w.]*\Z")  # the handle's part before the span: "@", "@xoxo."


def in_handle(text: str, s: int, e: int) -> bool:
    """The span is part of a social handle: "@xoxo.priya", "@maria_g", "@ana88", or of a user name
    glued to an underscore ("jess_k"); not a mention that is the name alone ("@Colin")."""
    if text[e:e + 1] == "_" and text[e + 1:e + 2].isalnum() and " " not in text[s:e]:
        return True
    lead = _HANDLE_START.search(text, max(0, s - 30), s)
    if lead is None or (lead.start() > 0 and (text[lead.start() - 1].isalnum() or text[lead.start() - 1] in "._")):
        return False  # (an e-mail's domain: "ana@maria.com" is the e-mail's)
    # a mention that is the name alone ("@Colin", "@ji-ho: …") is the colleague, named
    glued = text[e:e + 1] in "._" and text[e + 1:e + 2].isalnum() or text[e:e + 1].isdigit()
    return " " not in text[s:e] and (lead.end() - lead.start() > 1 or glued)


# a grammar note's forms of one name: "(Anna → Anno, Tomasz → Tomaszu)", "Олена → Олено": the
# name and its case, both written as examples; no one is meant
_FORM_ARROW = re.compile(r"[ \t]*(?:→|->|=>|⇒|➔)[ \t]*[«\"“„']?([^\W\d_]+)")
_FORM_ARROW_BEFORE = re.compile(r"([^\W\d_]+)[»\"”“']?[ \t]*(?:→|->|=>|⇒|➔)[ \t]*[«\"“„']?\Z")
# a racecard's runner: "Uncle Bertie  8yo  10-4", "Dolly's Dream 9yo": a horse, by its age
_RUNNER_AGE = re.compile(r"(?:['’]s(?:[ \t]+[A-Z][\w'’]*)*)?[ \t]+\d{1,2}[ \t]?yo\b")


def _one_stem(a: str, b: str) -> bool:
    """Two spellings of one name: the same first letters, all but the last two of the shorter."""
    a, b = a.lower(), b.lower()
    n = min(len(a), len(b))
    return a != b and n >= 3 and a[:max(2, n - 2)] == b[:max(2, n - 2)]


def name_form_example(text: str, s: int, e: int) -> bool:
    """text[s:e] is one side of "Tomasz → Tomaszu": a name shown beside its own other form."""
    span = text[s:e]
    if " " in span:
        return False
    after = _FORM_ARROW.match(text, e)
    if after and _one_stem(span, after.group(1)):
        return True
    before = _FORM_ARROW_BEFORE.search(text, max(0, s - 40), s)
    return before is not None and _one_stem(before.group(1), span)


def names_no_one(text: str, s: int, e: int) -> bool:
    """A PERSON find, by any rule, that names a prize, a hall or a school ("Premio Enzo Ferrari",
    "Homi Bhabha Auditorium"), the brand a prompt writes for, a label's value that names no one
    ("Colour: Hazel"), a firm's partner ("Bergström & Ek AB"), or is a job's word, a weekday or a title alone ("Treasurer", "Freitag",
    "Frau")."""
    span = text[s:e]
    if " " not in span and (span.lower().strip(".") in names.JOB_WORDS or span.lower() in _WEEKDAYS
                            or (names.TITLES.fullmatch(span + " ") and span.lower() not in last_names_all())):
        return True  # "Treasurer", "Freitag", "Frau" alone (not "Sheikh", a surname too)
    if span.upper() == span and all(w.strip(".,") in _CODE_WORDS for w in span.split()):
        return True  # "FNAME", "NULL THEN", "CIPP/E"
    if " " not in span and (span.lower() in _FORM_WORDS or span.lower() in _LANGUAGE_WORDS or span.strip("Xx*") == ""):
        return True  # "Signature: ____ Date:", "Czech", "19930603-XXXX"
    if (text[s - 1:s] == "_" and text[e:e + 1] != "_") or _VERSION_AFTER.match(text, e):
        return True  # a cookie's "_ga" (not markdown's "_Johan_"), a browser's "Safari/604.1"
    if in_handle(text, s, e):
        return True  # "@xoxo.priya", "jess_k": a handle holds a name, it is none
    if " " not in span and _joined_words(span):
        return True  # "NightOwl", "BookWorm": a display name of two words joined, no one's name
    if all(w in names.GREETINGS and w not in last_names_all() for w in span.lower().strip(".,!").split()):
        # (not a family name that is a greeting too: "Asante, Adaeze")
        return True  # "Buna Ștefan!", "Привіт, Олександре": the greeting, not the name after it
    if name_form_example(text, s, e) or _RUNNER_AGE.match(text, e):
        return True
    return named_venue_or_prize(text, s, e) or partners_firm(text, s, e) \
        or _BRAND_BEFORE.search(text, max(0, s - 60), s) is not None or _no_person_label(text, s)


# ("Scents (pick 3): Little Edith, Eau de Juliette, Beatrix Noir": the label's list, item by item,
# each a whole word: a word in capitals split at every letter had backtracked without end)
_LINE_LABEL = re.compile(r"[ \t]*([^\W\d_][\w &/\-]{0,24}?)[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[:=][ \t]*"
                         r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*|de|du|des|la|le|of|the|and|or|et|und|y|e|&)(?![\w'’\-])[ \t]*,?[ \t]*)*?"
                         r"(?:(?:Mr|Mrs|Ms|Miss|Lady|Lord|Sir|Dame|Aunt|Auntie|Uncle|Nonna|Grandma|Grandpa|Mister)\.?[ \t]+)?\Z")
# (not every key of tables.py's no-person columns: "User:" is a chat's speaker, "Account:" may be
# its holder)
_NO_PERSON_LABEL = re.compile(
    r"(?i)(?:company|organi[sz]ation|firma|empresa|azienda|employer|brand|store|shop|retailer|merchant|"
    r"stockist|dealer|supplier|manufacturer|maker|purchased[ _]at|bought[ _]at|purchased[ _]from|salon|venue|"
    r"hotel|restaurant|sponsor|sponsored[ _]by|campaign|segment|tier|product|item|sku|collection|range|"
    r"model|variant|award|prize|trading[ _]name|business[ _]name|shop[ _]name|colou?r|coloris|couleur|farbe|kleur|"
    r"colore|shade|scent|fragrance|flavou?r|article|artikel|articolo|art[ií]culo|ranges?[ _]of[ _]interest|font|"
    r"typeface|finish|paint)s?")


_GREETED = re.compile(r"(?i)(?<![\w'’])(?:hi|hello|hey|dear|thanks|thank you|hola|olá|oi|bonjour|hallo|ciao|"
                      r"merhaba|cześć|ahoj|hej|hei)[ \t,]+\Z")


def _no_person_label(text: str, s: int) -> bool:
    """The value of a line's label that names no person: "Purchased at: Dick Smith", "Salon:
    Rush", "Campaign: Summer Glow", "Employer: Ben E. Keith Co."."""
    start = text.rfind("\n", max(0, s - 80), s) + 1
    if start == 0 and s > 80:
        return False
    m = _LINE_LABEL.fullmatch(text, start, s)
    if m is None or _GREETED.search(text, max(start, s - 12), s):
        return False  # "Brand: Hi Adaeze, we apologise": the brand's reply greets a person
    # ("Retailer / date: Harvey Norman": the label's first part)
    return _NO_PERSON_LABEL.fullmatch(m.group(1).split("/")[0].strip()) is not None
