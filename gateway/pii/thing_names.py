"""Names a text gives to things: products, shades, rooms, pets, boats.

A catalogue names its sofas, dresses and lipstick shades like people ("the Greta midi dress",
"das Sofa „Hedwig“", "dog: Nora"). Where a text says once what a name stands for, its other bare
mentions of the same name are that thing too ("Does the Greta come up small?", "I ordered Dolores
and got Marguerite"): `thing_names` reads the text for such names, and `names_a_thing` asks it of a
PERSON find, unless a person's word stands right before the find ("my sister Greta", "Hi Nora").
"""

from __future__ import annotations

import re

from gateway.pii.gazetteers import other_language

# (not the makes that are surnames or given names too: Suzuki, Honda, Ford, Mercedes, Kia)
CAR_MAKES = ("toyota škoda skoda renault vw volkswagen peugeot hyundai nissan fiat opel dacia mazda "
             "bmw audi tesla volvo citroën citroen mitsubishi subaru lexus cupra").split()
# in the Romance, Germanic and Slavic languages the product noun comes first: "il divano Harper",
# "la robe Sienna", "das Kleid Sienna", "sukienka Sienna"; rooms, suites and kits named for
# someone; a car's make before its model ("Toyota Yaris", "Škoda Octavia")
_NOUN_FIRST = (
    r"divano|poltrona|lampada|vestito|abito|borsa|giacca|sof[aá]|sill[oó]n|l[aá]mpara|vestido|"
    r"bolso|chaqueta|canap[eé]|fauteuil|lampe|robe|manteau|veste|sac|Kleid|Sessel|Lampe|Jacke|"
    r"Mantel|Tasche|bank|jurk|jas|tas|lamp|klänning|soffa|väska|sukienka|kanapa|lampa|"
    r"torebka|kurtka|šaty|pohovka|model|modelo|modello|modèle|collection|colección|"
    r"bolsa|bolsas|casaco|saia|sofá|bokhylla|bokhyllan|soffan|klänningen|sofaen|kjolen|suite|quarto|habitación|"
    r"chambre|zimmer|kit|ramo|bolo|tarta|torta|gâteau|kuchen|coloris|teinte|"
    r"collezione|kollektion|linea|línea|ligne|linie|kolekcj[aię]|kolekce|kolekci|koleksiyon(?:u|unu)?|"
    r"kollektionen|kolleksjon(?:en)?|mallisto(?:n)?|seria|serii|řada|řady|" + "|".join(CAR_MAKES))
# a name after an article or a possessive determiner names a product ("the Victoria sponge")
PRODUCT_BEFORE = re.compile(rf"(?i)\b(?:the|our|this|these|your|their|{_NOUN_FIRST})[ \t]+[«\"“'‘„]?$")
PRODUCT_NOUNS = (
    r"sofa|couch|chair|armchair|desk|lamp|table|bed|tent|jacket|coat|boot|shoe|sneaker|"
    r"trainer|jeans|bag|tote|backpack|candle|mug|bottle|dress|shirt|scarf|hat|cap|watch|ring|"
    r"necklace|earring|bracelet|blanket|pillow|cushion|rug|vase|serum|cream|lipstick|perfume|"
    r"toaster|kettle|blender|speaker|headphone|bike|stroller|duffel|wallet|sweater|hoodie|"
    r"set|bundle|collection|edition|range|kit|pack|box|tee|sandal|skirt|suit|lounger|throw|"
    r"oil|runner|cup|sponge|crossbody|blend|palette|cleanser|toner|balm|mist|jumper|cardigan|"
    r"loafer|slipper|tumbler|planter|mattress|duvet|towel|apron|gloves?|beanie|parka|"
    # a catalogue's furniture, fashion, beauty and menu words ("the Margot midi dress", "Ellis
    # 3-seater", "Ashley sectional", "Harper ottoman", "Rosa shade", "the Bruno burger")
    r"midi|maxi|mini|seater|\d-seater|sectional|ottoman|footstool|sideboard|dresser|wardrobe|bookcase|"
    r"shelf|shelves|bench|stool|headboard|bedframe|pendant|sconce|chandelier|mirror|quilt|pillowcase|"
    r"blazer|trench|gilet|bodysuit|bralette|bikini|swimsuit|kaftan|tunic|romper|jumpsuit|trousers|"
    r"chinos?|leggings|joggers|mules?|clogs?|pumps?|heels|ankle|espadrilles?|satchel|clutch|"
    r"shade|gloss|liner|blush|bronzer|concealer|fragrance|cologne|diffuser|shampoo|lotion|"
    r"sandwich|burger|pizza|salad|sundae|latte|roast|spritz|sour|fizz|martini|highball|platter|"
    r"tableware|dinnerware|glassware|cutlery|lunchbox|candles|hamper")
PRODUCT_AFTER = re.compile(rf"[»\"”'’“]?[ \t]+(?:{PRODUCT_NOUNS})s?\b")
# a name span that ends in a product noun names the product ("Dakota Jacket", "Aurora Lip Oil")
PRODUCT_END = re.compile(rf"(?i)[ \t](?:{PRODUCT_NOUNS})s?$")

_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+)?"
_NAMES = rf"{_NAME}(?:[ \t]{_NAME}){{0,2}}"
# "the Greta midi dress", "two Bertie wide-leg trousers", "Vivienne corner sofa", "Clement linen
# shirt": the name, then at most one describing word (hyphenated, or a material or a shape), then
# the product noun
_DESCRIBING = (r"[a-z]+-[a-z]+|corner|linen|cable|floor|side|leather|suede|wool|woollen|cotton|silk|velvet|"
               r"oak|walnut|swivel|accent|dining|coffee|bedside|wrap|slip|shirt|tea|knit|cropped|long|short|"
               r"slim|straight|flared|boucle|bouclé")
# (not the nouns that are verbs or common words after a person's name too: "Anna set the table",
# "ring Tom", "Maria watch out")
_VERB_LIKE = frozenset("""set watch ring range pack box cap throw runner cup mist roast sour bench mirror trainer
speaker ankle heels pumps liner blend kit oil tee suit shade fizz bed desk table edition bundle collection
pendant shelf sponge""".split())
_THING_NOUNS = "|".join(n for n in PRODUCT_NOUNS.split("|") if n not in _VERB_LIKE)
_BEFORE_NOUN = re.compile(
    rf"(?<![\w'’\-])({_NAMES})[»\"”'’“]?[ \t]+(?:(?:{_DESCRIBING})[ \t]+)?({_THING_NOUNS})s?(?![\w\-])")
# "das Sofa „Hedwig“", "la bolsa Helena", "Bolsas Helena"
_AFTER_NOUN = re.compile(rf"(?i:(?<![\w\-])(?:{_NOUN_FIRST}))[ \t]+[«\"“'‘„]?(?-i:({_NAMES}))")
# a pet's name: "dog: Nora", "(dog = Reggie)", "Hund „Frieda“", "tag says 'Daisy'"
_PET = re.compile(
    r"(?i:(?<![\w\-])(?:dog|dogs|cat|puppy|pup|kitten|pet|pony|horse|hund|katze|chien|chienne|chat|perro|perra|"
    r"gato|gata|cane|gatto|hond|kat|katt|pies|kot|tag[ \t]+says))"
    rf"(?:[ \t]*[:=][ \t]*|[ \t]+)[«\"“'‘„(]?({_NAME}|[a-z][a-z]+(?=[ \t]+\())")
# software and event-tech products named like people, each word capitalised: "Marvin Kiosk", "Jasper
# Routing", "Sophia Insights", "Leo Badge Printer", "Ada Scan"
_TECH_WORDS = (r"Kiosk|Routing|Forms|Assistant|Insights|Checkout|Analytics|Scan|Scanner|Printer|Events|Cloud|"
               r"Hub|Payments|Connect|Sync|Pilot|Tracker|CRM|CMS|AI|Bot|Engine|Portal|Platform|Metrics|Signals|"
               r"Selfie|Copilot|Dashboard|Suite")
_TECH_PRODUCT = re.compile(rf"(?<![\w'’\-])({_NAME})(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:{_TECH_WORDS})(?![\w'’\-])")
# a person's word right before a mention: the mention is a person whatever else the name names
_PERSON_BEFORE = re.compile(
    r"(?i)(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dear|hi|hello|hey|hiya|thanks|thank[ \t]+you|cheers|love|"
    r"sister|brother|mum|mom|mother|dad|father|wife|husband|partner|son|daughter|niece|nephew|aunt|uncle|"
    r"grandma|grandad|friend|colleague|customer|client|manager|owner|asked[ \t]+by|signed|regards)[.,:]?[ \t]+|"
    r"(?:^|\n)[ \t]*(?:from|von|de|by|name|nom|nombre|signed)[ \t]*:[ \t]*)\Z")
_SPEAKER_AFTER = re.compile(r"[ \t]*:[ \t]")


def thing_names(text: str) -> frozenset[str]:
    """The names this text gives to things, as written: "Greta" of "the Greta midi dress"."""
    found: set[str] = set()
    function = other_language(text).function
    for m in _TECH_PRODUCT.finditer(text):
        if not _PERSON_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.update((m.group(1), m.group(0)))  # "Marvin" and "Marvin Kiosk"
    for pattern in (_BEFORE_NOUN, _AFTER_NOUN, _PET):
        for m in pattern.finditer(text):
            if pattern is _BEFORE_NOUN and m.group(2) in function:
                continue  # "Leoni Springer hat den Vorgang geprüft": German "hat" (has), no hat
            name = m.group(1)
            if name.split()[0].lower() in ("the", "a", "an", "our", "my", "your", "this", "that", "two", "one"):
                name = name.split(None, 1)[1] if " " in name else ""
            if len(name) > 2:
                found.add(name)
    return frozenset(found)


def names_a_thing(text: str, s: int, e: int, things: frozenset[str]) -> bool:
    """A PERSON find that is, as written, a name the text gave to a thing, with no person's
    word right before it and not a chat's speaker ("Greta: is it lined?")."""
    span = text[s:e]
    if span not in things:
        return False
    line_start = text.rfind("\n", max(0, s - 12), s) + 1  # (bounded: no scan back per name)
    if (line_start or s <= 12) and not text[line_start:s].strip() and _SPEAKER_AFTER.match(text, e):
        return False
    return _PERSON_BEFORE.search(text, max(0, s - 30), s) is None
