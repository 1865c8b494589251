"""Offline word lists: first names, surnames, street/place words, countries.

Built once per process from Faker's bundled locale lists (no download; ~0.5 s at warm-up), minus
common English words, so that a known first name in any case ("ANDREA", "leonti") or a surname
after one is recognised where the small spaCy model (trained on English news) does not see a
name, and a city the model calls a PERSON ("London") can be told apart.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Words that are first names or surnames in some locale but mostly ordinary words in English text
# (or in the prompts marketing tools send). Lower case.
COMMON_WORDS = frozenset("""
will may june april august grace hope faith joy rose summer autumn winter bill mark jack frank
rich sky star dawn ivy page lane case chase hunter jade ruby pearl sunny honey king prince major
gene dean ray guy art don pat sue tom ben max bob rob sam ted ken lee van von del della la de le
thanks dear team order customer client store card new now free sale best hi hello hey good great
love happy brand shop online email mail phone call text message note address street city park
young green white brown black gray grey long short little small big north south east west
china india paris london berlin sydney jordan georgia virginia carolina florence austin dallas
houston phoenix denver boston chester lincoln washington clinton madison chelsea brooklyn
sunday monday tuesday wednesday thursday friday saturday january february march september
october november december christmas easter spring fall today tomorrow tonight morning evening
miss mister mrs mr ms sir madam lady lord god angel baby bear wolf fox hall wall hill field
ford bank price cash gold silver stone wood river lake sea ocean bay beach sun moon rain snow
storm wind fire ice water rock sand glen dale rod pin gem mint sage basil olive amber crystal
coral violet iris lily daisy poppy holly heather hazel jasmine fern willow aspen cedar rowan
clay reed cliff brook forest ash oak birch bay cole carter cooper mason porter taylor turner
walker baker butler miller fisher hunter archer parker foster tanner weaver smith fletcher
chance destiny harmony melody serenity trinity unique precious royal legend justice liberty
victory glory honor patience mercy charity prudence constance temperance felicity verity
the and for are but not you all any can her was one our out day get has him his how man its
let say she too use who did why yes yet via per pro con top tip ace pop rap zen
ok okay asap attn re fwd cc bcc pm am etc inc ltd llc gmbh co corp plc sa srl spa ag ab oy as
""".split())  # noqa: SIM905 - a word list reads better as text


def _provider_lists(package: str, prefixes: tuple[str, ...],
                    only: tuple[str, ...] = ()) -> set[str]:
    out: set[str] = set()
    try:
        pkg = importlib.import_module(package)
    except ImportError:  # pragma: no cover - faker missing: NER only
        return out
    for mod in pkgutil.iter_modules(pkg.__path__):
        if only and mod.name not in only:
            continue
        try:
            prov = importlib.import_module(f"{package}.{mod.name}").Provider
        except Exception:  # noqa: BLE001, S112 - a broken locale must not stop the gateway
            continue
        for attr in dir(prov):
            if not attr.startswith(prefixes) or attr.endswith(("_name", "_pair", "_pairs")):
                continue
            pool = getattr(prov, attr, ())
            if isinstance(pool, dict):
                pool = list(pool)
            if isinstance(pool, (list, tuple, set, frozenset)):
                out.update(n for n in pool if isinstance(n, str))
    return out


@lru_cache(maxsize=1)
def _lorem() -> frozenset[str]:
    try:
        import faker.providers.lorem.en_US as lorem
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(w.lower() for w in lorem.Provider.word_list)


def _clean(names: set[str]) -> frozenset[str]:
    common = _lorem() | COMMON_WORDS
    keep = set()
    for n in names:
        for part in n.replace("-", " ").split():
            p = part.strip(".")
            if len(p) > 2 and p.replace("'", "").isalpha() and p[0].isupper():
                low = p.lower()
                if low not in common:
                    keep.add(low)
    return frozenset(keep)


@lru_cache(maxsize=1)
def _given_extra() -> frozenset[str]:
    """given_names.txt: given names Faker lacks ("sandeep", "haoran", "thabo", "ji-woo")."""
    path = Path(__file__).with_name("given_names.txt")
    return frozenset(w for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names of every Faker locale (romanised Japanese included) and of
    given_names.txt; a romanised Korean name stays whole ("ji-woo": "ji" alone is no name)."""
    extra = _given_extra()
    return _clean(_provider_lists("faker.providers.person", ("first_names", "first_romanized_names"))
                  | {w.title() for w in extra if "-" not in w}) | {w for w in extra if "-" in w}


@lru_cache(maxsize=1)
def first_names_all() -> frozenset[str]:
    """First names including those that are common words ("Holly", "Mason"): used only when a
    known surname follows."""
    names = _provider_lists("faker.providers.person", ("first_names", "first_romanized_names"))
    return frozenset(p.lower() for n in names for p in n.replace("-", " ").split()
                     if len(p) > 2 and p.isalpha() and p[0].isupper()) | _given_extra()


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """Lower-cased surnames of every Faker locale, minus common words and first names' overlap
    is kept (many surnames are first names too)."""
    # (Polish keeps its surnames under "male_last_names" and "unisex_last_names")
    return _clean(_provider_lists("faker.providers.person", ("last_names", "last_romanized_names",
                                                             "male_last_names", "unisex_last_names")))


@lru_cache(maxsize=1)
def english_first_names() -> frozenset[str]:
    """First names of Faker's English-speaking locales: the given names an English text uses
    ("James", "Grace"), unlike "Made", "Loan" or "Villa", names elsewhere and words here."""
    names = _provider_lists("faker.providers.person", ("first_names",),
                            only=("en_US", "en_GB", "en_AU", "en_CA", "en_NZ", "en_IE", "en_IN"))
    return frozenset(p.lower() for n in names for p in n.replace("-", " ").split() if p.isalpha())


@lru_cache(maxsize=1)
def last_names_all() -> frozenset[str]:
    """Surnames including those that are common words ("Brown", "Taylor"): used only where the
    context says a person (a possessive, "this is …")."""
    names = _provider_lists("faker.providers.person", ("last_names", "last_romanized_names",
                                                       "male_last_names", "unisex_last_names"))
    return frozenset(p.lower() for n in names for p in n.replace("-", " ").split()
                     if len(p) > 2 and p.isalpha() and p[0].isupper())


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Cities, regions, provinces and counties Faker lists for its locales (31k names, mostly
    Italian, Dutch, Belgian, Slovak, Czech, Danish and German towns, US states, UK counties) and
    the big cities above, lower case: a lone model guess that is one of them is no person."""
    out = set(CITIES)
    for name in _provider_lists("faker.providers.address", ("cities", "city_names", "towns", "states",
                                                            "provinces", "regions", "counties")):
        if len(name) > 3 and not name.isupper():  # not "AL", "IN", "OR"
            out.add(name.lower())
    return frozenset(out | _world_cities())


@lru_cache(maxsize=1)
def _world_cities() -> frozenset[str]:
    """world_cities.txt: the capitals and large cities Faker's town lists lack ("accra", "tehran",
    "quezon city"), comma-separated."""
    path = Path(__file__).with_name("world_cities.txt")
    return frozenset(c.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") for c in line.split(",") if c.strip())


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """Street-type words ("Avenue", "Copse", "Esplanade", "Close") in lower case."""
    # English-speaking locales only: some others list street *names* (people) as suffixes.
    words = {w.lower() for w in _provider_lists(
        "faker.providers.address", ("street_suffixes",),
        only=("en_US", "en_GB", "en_AU", "en_CA", "en_NZ", "en_IE", "en_IN"))
        if w.replace(" ", "").isalpha()}
    words |= {"st", "rd", "ave", "blvd", "ln", "dr", "ct", "pl", "ter", "pkwy", "hwy", "sq",
              "cir", "cres", "crt", "tce", "pde", "esp", "gr", "cl",
              # Irish street names ("28 Sráid an Chaisleáin", "90 bóthar na trá")
              "sráid", "bóthar", "bothar", "ascaill", "lána", "cearnóg"}
    return frozenset(w for w in words if " " not in w and len(w) > 1)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Words that end a place name rather than a person's ("Ville", "Plains", "Station")."""
    return street_words() | frozenset({
        "ville", "town", "city", "port", "mouth", "haven", "side", "view", "berg", "burgh",
        "borough", "bury", "shire", "fort", "furt", "land", "station", "plains", "points",
        "apartments", "apartment", "residency", "tower", "towers", "heights", "estate", "nagar",
        "chowk", "marg", "colony", "zila", "ku", "shi", "cho", "machi", "gmbh", "ltd", "inc",
        "retail", "team", "store", "shop", "street", "road"})


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names (English and native), lower case, as they end a postal address."""
    names = {"usa", "u.s.a.", "us", "uk", "united states", "united states of america",
             "united kingdom", "great britain", "england", "scotland", "wales", "ireland",
             "northern ireland", "eire", "éire", "germany", "deutschland", "austria",
             "österreich", "switzerland", "schweiz", "suisse", "svizzera", "france", "italy",
             "italia", "spain", "españa", "espana", "portugal", "netherlands", "nederland",
             "the netherlands", "holland", "belgium", "belgique", "belgië", "poland", "polska",
             "czech republic", "czechia", "česká republika", "česko", "slovakia", "slovensko",
             "sweden", "sverige", "denmark", "danmark", "norway", "norge", "finland", "suomi",
             "iceland", "brazil", "brasil", "australia", "new zealand", "aotearoa", "india",
             "japan", "canada", "mexico", "méxico", "argentina", "chile", "colombia", "peru",
             "south africa", "singapore", "hungary", "greece", "romania", "lithuania", "latvia",
             "estonia", "luxembourg", "croatia", "slovenia", "bulgaria", "turkey", "türkiye",
             "hong kong", "hk", "uae", "u.a.e.", "united arab emirates", "israel", "nigeria",
             "kenya", "philippines", "south korea", "korea", "perú", "ecuador", "uruguay",
             "việt nam", "viet nam", "magyarország", "россия", "україна", "polska", "türkiye"}
    # every other country in English (Faker's list, no bracketed variants), but the ones that are
    # also given names ("Jordan", "Chad", "Georgia"): a name on the line after an address is no country
    from faker.providers.address.en_US import Provider

    given = first_names_all()
    names |= {c.lower() for c in Provider.countries if "(" not in c and c.lower() not in given}
    return frozenset(names)


# Big cities the small model likes to call a PERSON; a single-token PERSON guess that is one of
# these (and no first name) is dropped.
CITIES = frozenset("""
london paris berlin madrid rome roma milan milano naples napoli turin torino florence firenze
venice venezia vienna wien zurich zürich geneva genève basel bern munich münchen hamburg
cologne köln frankfurt stuttgart düsseldorf dresden leipzig amsterdam rotterdam utrecht
brussels antwerp lisbon lisboa porto barcelona valencia seville sevilla bilbao warsaw warszawa
krakow kraków gdansk gdańsk wroclaw wrocław poznan poznań prague praha brno stockholm
gothenburg göteborg malmö malmo copenhagen københavn aarhus odense oslo bergen trondheim helsinki
espoo tampere turku dublin cork galway belfast edinburgh glasgow manchester liverpool leeds
birmingham bristol cardiff sydney melbourne brisbane perth adelaide auckland wellington toronto
montreal vancouver ottawa calgary tokyo osaka kyoto yokohama sapporo mumbai delhi bangalore
bengaluru chennai kolkata hyderabad pune são paulo sao paulo rio brasília curitiba
new york chicago denver seattle portland boston atlanta miami dallas houston austin phoenix
detroit nashville memphis orlando tampa philadelphia pittsburgh baltimore cleveland
lyon marseille toulouse bordeaux lille nantes strasbourg montpellier rennes grenoble genoa genova
bologna palermo verona graz salzburg innsbruck linz lausanne lucerne luzern bremen hannover
nuremberg nürnberg dortmund essen bonn mannheim eindhoven groningen ghent gent bruges brugge liège
luxembourg zaragoza málaga malaga alicante granada murcia palma córdoba coimbra braga faro
budapest bucharest sofia athens zagreb ljubljana bratislava vilnius riga tallinn reykjavik
leicester nottingham sheffield newcastle southampton brighton oxford cambridge aberdeen
minneapolis milwaukee indianapolis raleigh sacramento cincinnati honolulu anchorage
""".split())  # noqa: SIM905 - a word list reads better as text


# Last words of a place or company, never of a person's name ("Kristian Ville", "Acme Retail").
# words that end a business's name rather than a person's ("Dakota Grill", "Monroe Tailoring")
ORG_ENDS = frozenset("""
grill bar cafe café coffee bakery bakehouse kitchen restaurant bistro deli pizzeria diner spa salon
studio studios labs lab optics outdoor outdoors pets kids tailoring tailors boutique atelier
collective company co group holdings partners agency media digital design designs interiors
home homes living supply supplies goods market marketplace mart shop shops store stores outlet
box club fitness gym clinic dental pharmacy apotheke hotel hotels motel resort inn hostel lofts travel tours
motors garage books records music games toys wear apparel fashion beauty cosmetics naturkosmetik
skincare candles ceramics furniture flowers florist foods farm farms brewery winery distillery
bank insurance energy solutions systems software technologies tech cloud network logistics
florists consulting trading outfitters imports exports textiles tekstil enterprises industries
associates ventures traders perfumes parfums perfumery swimwear activewear sportswear knitwear
stationery comms communications review magazine creative audio eats
infotech infosystems advokatfirma advokatbyrå advokater rechtsanwälte avocats abogados avvocati legal
solicitors lawyers wines healthcare pharma pharmaceuticals investments realty architects accountants physio physiotherapy
""".split())  # noqa: SIM905

# the legal forms that close a company's name: "Vela Verde S.L.", "Anatolia Tekstil A.Ş.",
# "WHEELER STUDIO LLC", "SAKURA TRADING 株式会社"
LEGAL_FORMS = frozenset("""
ltd ltda inc llc llp plc gmbh ag kg ohg ug sl sa sas sarl srl spa bv nv oy oyj ab as a/s aps asa kk
aş pty pvt limited corp corporation sro kft zrt bt doo sc sae sapi cv lda eirl mbh pllc lp ltée bvba vof oü co jsc sp tnhh sarl sprl
""".split())  # noqa: SIM905

PLACE_ENDS = frozenset("""
ville town city street st road rd avenue ave lane ln drive dr boulevard blvd plains station
points apartments apartment mouth haven furt chester burgh borough shire bury stad estates heights
nagar chowk marg colony zila ku shi cho machi gmbh ltd inc llc plc retail team store shop court
square crescent mews esplanade copse concourse parade terrace gardens circle parkway highway
view side port fort land mall plaza centre center
""".split())  # noqa: SIM905 - a word list reads better as text


@dataclass(frozen=True)
class OtherLanguage:
    """Words of the other languages a text is written in (none for English text)."""

    function: frozenset[str] = frozenset()  # "sie", "bei", "votre", "tu", "mia"
    ordinary: frozenset[str] = frozenset()  # "bestellung", "grüßen", "colis", "pedido"


ENGLISH = OtherLanguage()
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _wordlists() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """Per language: (function words, ordinary words rare in English, markers), from
    wordlists.txt (built by bench/pii_data/build_wordlists.py from spaCy's stop lists and
    wordfreq, both offline). Markers are the function words that are no English word ("die",
    "me", "son" are both), so two of them tell the text's language."""
    function: dict[str, set[str]] = {}
    ordinary: dict[str, set[str]] = {}
    path = Path(__file__).with_name("wordlists.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, lang, word = line.split(" ", 2)
        (function if kind == "function" else ordinary).setdefault(lang, set()).add(word)
    out = {}
    for lang, words in function.items():
        # English corpora hold some foreign text ("tu" 3.8, "und" 3.9): below 4 is no English word
        markers = frozenset(w for w in words if len(w) > 1 and english_zipf(w) < 4.0)
        out[lang] = (frozenset(words), frozenset(ordinary.get(lang, ())), markers)
    return out


# (one text is asked about some nine times in one analysis: by the resolver, the proposer, the
# readers of cases and of things; a few texts remembered, not every text seen)
@lru_cache(maxsize=4)
def languages(text: str) -> tuple[str, ...]:
    """The listed languages the text shows two distinct markers of ("fi", "pl"), if any."""
    lists = _wordlists()
    words = {w.lower() for w in _WORD.findall(text)}
    return tuple(lang for lang, (_, _, markers) in lists.items() if len(words & markers) >= 2)


def other_language(text: str) -> OtherLanguage:
    """The function and ordinary words of every language the text shows two distinct markers
    of: "Sie" and "Bei" are no names in a German e-mail, "Mia" and "Sara" are in an English one."""
    langs = languages(text)
    return _merged(langs) if langs else ENGLISH


@lru_cache(maxsize=1)
def any_language() -> OtherLanguage:
    """The function and ordinary words of every listed language, whatever the text is written in:
    for the weakest guesses only (a lone capitalised word, a run of words no list knows)."""
    return _merged(tuple(sorted(_wordlists())))


@lru_cache(maxsize=256)
def _merged(langs: tuple[str, ...]) -> OtherLanguage:
    lists = _wordlists()
    return OtherLanguage(frozenset().union(*(lists[lang][0] for lang in langs)),
                         frozenset().union(*(lists[lang][1] for lang in langs)))


@lru_cache(maxsize=1)
def _zipf():  # type: ignore[no-untyped-def]
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - without wordfreq every word counts as common
        return None
    zipf_frequency("warm", "en")  # loads the bundled English list now (~0.5 s)
    return zipf_frequency


@lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale, bundled data, offline): 7 for
    "the", ~3 for "shortlist", below 3 for most foreign names ("Okafor" 2.6, "Wiremu" 1.3)."""
    f = _zipf()
    return 8.0 if f is None else f(word.lower(), "en")
