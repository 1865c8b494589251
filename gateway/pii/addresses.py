"""Whole postal addresses, one span from the house number to the country (no Presidio here).

The text is cut into parts at line breaks, commas and semicolons; each part is classified
(street line, postcode/city line, city, country, unit, bare house number) and runs of adjacent
address parts become one STREET_ADDRESS. Masking only the street used to leave the rest
upstream ("6750 <STREET_ADDRESS_1> <STREET_ADDRESS_2>", "Milano (MI) 20121").

A run counts as an address when it holds a street line with a street word ("Avenue", "-straße",
"Via", "ul.") or a street-like part (words + house number) next to a postcode line. City parts
are kept only between the street and the postcode/country, or as the one line right after a
street: a name line before the street is not part of the address.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from gateway.pii.address_fields import widen_to_fields
from gateway.pii.cued_addresses import cued_addresses
from gateway.pii.gazetteers import CITIES, ORG_ENDS, countries, english_first_names, english_zipf, places, street_words
from gateway.pii.native_addresses import native_addresses

_W = r"[^\W\d_][\w'’.\-]*"  # a word (letters first)
_NAME_PARTICLES = frozenset("de van der den ten ter la le del della di da do dos das von du des".split())
_HU_UTCA = re.compile(r"[^\W\d_]{3,}\s+u\.$")  # "Petőfi u. 82.": Hungarian "utca" cut short
# a capitalised word of a place name; a weekday or month is never one ("… Glenn Ville on Friday")
_WHEN = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
         r"August|September|October|November|December|Today|Tomorrow|Tonight")
_CAP = rf"(?:(?!(?:{_WHEN})\b)[A-ZÀ-ÞĀ-ŽΑ-ΩΆ-Ώ][\w'’.\-]*)"
_PARTICLE = r"(?:de|di|da|del|della|des|du|do|dos|das|am|an|im|in|sur|upon|on|le|la|les|el|og|i|" \
            r"ob|pod|nad|na|pri|u|y|e|und|bei|the|of|lès|sul|sull'|der|den|aan|op)"
_CITY = (rf"(?:(?i:{_PARTICLE})\s+|['’]s-)?{_CAP}(?:[ \-]+(?:{_PARTICLE}[ \-]+)*{_CAP})*"
         rf"(?:\s+\d{{1,2}}(?!\d)|\s+[A-ZÆØÅ](?!\w))?(?:\s+\([A-Za-z]{{2}}\)|\s*/\s*(?:[A-Z]{{2}}(?!\w)|{_CAP}))?"
         rf"(?:\s+CEDEX(?:\s+\d{{1,2}})?)?")
# a city line written in lower case ("15-530 krosno"): only after a postcode
_LOWER_STOP = ("the|and|for|our|your|we|you|is|are|was|were|will|with|from|to|of|in|at|on|has|"
               "by|until|till|before|after|next|last|this|tomorrow|today|tonight|asap|since|"
               "had|have|by|as|but|so|be|it|this|that|then|thanks|please|units|orders|items|pcs|"
               "customers|people|days|hours|euros|dollars|views")
_LOWER_WORD = rf"(?!(?:{_LOWER_STOP})\b)[^\W\d_A-ZÀ-ÞĀ-Ž][\w'’\-]*"
_CITY_LOWER = rf"{_LOWER_WORD}(?:(?: +|-){_LOWER_WORD}){{0,2}}"
# Prefix street words (street type before the name).
_PREFIX = (r"(?<![\w.])(?:Leof\.|Leoforos|Odos|Via|Viale|Vicolo|Vico|Piazza|Piazzale|Corso|Largo|Strada|Stradone|Contrada|"
           r"Borgo|Canale|Incrocio|Rotonda|Lungomare|Lungotevere|Lungarno|Salita|Traversa|Frazione|"
           r"Località|Loc\.|"  # Italian
           r"Calle|Avenida|Avda\.?|Av\.|Paseo|Plaza|Camino|Carrer|Carretera|Ronda|Travesía|Cuesta|"
           r"Cerrada|Corredor|Diagonal|Diag\.|Retorno|Cañada|Ampliación|Privada|Andador|Circuito|Callejón|Callejon|"
           r"Prolongación|Prolongacion|Eje|Peatonal|Pasadizo|Viaducto|Bulevar|Carrera|Transversal|"
           r"Urbanización|Urb\.|Passeig|Rambla|Vía|Autopista|Sendero|"  # Spanish, Catalan
           r"Rua|Rúa|Travessa|Praça|Alameda|Estrada|Rodovia|Jardim|Glorieta|Vial|Pasaje|Ladeira|Beco|"
           r"Viela|Morro|Quadra|Setor|Loteamento|Conjunto|Vila|Sítio|Fazenda|Chácara|Av|"  # Portuguese
           r"Calea|Strada|Str\.|Bulevardul|Bd\.|Șoseaua|Soseaua|Şoseaua|Aleea|Splaiul|Piața|Piata|"
           r"Intrarea|Odos|Leoforos|"  # Romanian, Greek
           r"Gran\s+V[ií]a|Laan|Flat|Flt|H\.No\.|House|Plot|Ulica|Aleja|Plac|Osiedle|Náměstí|Nábřeží|Třída|Cesta|Trg|"
           r"Ulitsa|C/|CALLE|CALZ\.|Calz\.|Jl\.|Jalan|Jln\.?|Lorong|Lor\.|Lebuh|Persiaran|Lingkungan|"
           # written lower case in French/Polish/Czech addresses ("5, rue Samson", "ul. Długa")
           r"(?i:rue|avenue|boulevard|bd|av\.|boul\.|chemin|allée|impasse|quai|cours|ul\.|al\.|aleja|ulica|calle|"
           r"paseo|avenida|corso|viale|piazza|rua|route|montée|rang|sentier|passage|chaussée|"
           r"strada|vicolo|largo|travessa|carrer|stretto|contrada|canale|fazenda|quadra|bulevardul|"
           r"aleea|calea|intrarea|cerrada|andador|corredor|cuesta|plac|osiedle|jl\.|jalan|"
           r"os\.|pl\.|nám\.|náměstí|třída|tř\.|"
           # Ukrainian, Bulgarian and Russian, in Cyrillic and romanised ("vul. Horodotska, 57",
           # "бул. „Витоша“ 63", "просп. Науки, 66")
           r"vul\.|vulytsia|prosp\.|prospekt|bulv\.|provulok|prov\.|ulitsa|bul\.|"
           r"вул\.|вулиця|просп\.|проспект|бульв\.|бульвар|бул\.|ул\.|улица|пл\.|пер\.|провулок|"
           # Philippine, Indonesian and Thai street words ("Brgy.", "Gg. Melati", "Soi Sukhumvit 31")
           r"gg\.|gang|soi|thanon))")
_EU_SUFFIX = (r"(?:stra(?:ss|ß)e|str\.?|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad|chaussee|"
              r"laan|straat|gracht|singel|kade|dijk|plein|hof|steeg|dreef|markt|"
              r"vej|gade|allé|stræde|plads|torv|vænget|parken|"
              r"gatan|gata|gate|vägen|veien|vegen|väg|vei|veg|gränd|stigen|stien|torget|backen|"
              r"bakken|allén|leden|"
              r"katu|kuja|tie|polku|ranta|väylä|kaari|rinne|"
              r"utca|út|ulice|ová|ská|cká|ého|í|tér|körút|krt\.?|köz|fasor|"
              r"vegur|gata|stígur|braut|boulevard|boulevardi|bulevardi|puisto|plein|štradon|"
              r"ulica|cesta|gade|vænge|stræde|pot|steza|trg|sok|sokak|sokağı|cad|caddesi|bulvarı|blv|"
              r"mah|mahallesi|mh|"
              # Baltic type words after the name: "Tērbatas iela 91-12", "Raekoja plats 35-4"
              r"iela|gatve|bulvāris|prospekts|laukums|gatvė|prospektas|aikštė|alėja|tänav|"
              r"maantee|mnt|puiestee|plats)")
# Slavic street names are adjectives with no type word ("Dalmatinova 12", "Izletniška 4"): a street
# only next to a postcode
_WEAK_SUFFIX = r"(?:ova|eva|ina|ska|ška|čka|ški|ski|ego|iego|skiego|ijeva|jeva|ičeva|ovo|evo|ovy|ské)"
# unit words that may follow the house number in the same part ("Nr. 98 Bl. 63 Sc. 70 Ap. 102",
# "884 Interior 247", "22 Puerta 6", "9 Appartamento 49")
_UNIT_WORD = (r"(?i:apto|apt|ap|m|lok|bus|bte|st|th|tv|mf|sal|bl|sc|et|interior|int|puerta|piso|"
              r"depto|dto|appartamento|piano|interno|scala|lgh|local|casa|edif|as|sala|bloco|"
              r"(?-i:PB)|bajo|r/c|daire|d|kat)\.?:?")
_NUM = (r"\d{1,5}[A-Za-z]?(?:\s?[/\-]\s?(?:\d{1,4}(?:hg|bg|[A-Za-z])?|[A-Za-z](?![\w])|I{1,3}\b|IV\b|"
        r"(?:Top|Stiege|Stg\.?|Tür|St\.?)\s*\d{1,4})){0,3}(?:[\s\-/](?:bis|ter|hs|huis|BIS|TER)\b)?"
        # a Dutch floor after the number: "Oudegracht 193 3-hoog"
        r"(?:\s\d{1,2}-?(?:hoog|hg)\b)?")
# (a) number first: "88 Fulton St", "1-25-15 Motomachi", "5, avenue Samson" is number + part
# "Unit 19/112 Sydney Rd": a unit word before a unit/house number pair belongs to the street
_STREET_NUM_FIRST = re.compile(rf"(?:^|(?<=[\s\"'(>]))((?:Lot\s+|Blk\s+|BLK\s+|Block\s+|(?:Unit|Flat|Apt\.?|Suite|Shop|Villa)\s+(?=\d{{1,4}}[A-Za-z]?\s?/\s?\d)|#(?=\d))?{_NUM})\s+((?:[NS][EW]\s+|[NSEW]\.?\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)\s+|\d{{1,3}}\s+(?=(?i:ave|avenue|st|street)\b))?{_W}(?:\s+{_W}){{0,4}}(?:\s+\d{{1,3}})?(?:\s*,?\s*#\d{{1,3}}-\d{{1,5}}[A-Z]?)?)$")
# (b) number last: "Hindsholmvej 75", "ul. Długa 5/7", "Via Roma 12", "Karl Johans gate 5 B"
_STREET_NUM_LAST = re.compile(
    rf"((?:{_PREFIX}\s+)?(?:{_W}\s+){{0,5}}{_W})\s+(?:(?:N[°ºo]|No|NO|Nr|nr|n[°º])\.?\s*:?\s*)?({_NUM})"
    rf"(?:\s+[A-Za-z](?!\w))?(?:\s+\d{{1,3}})?(?:\s*(?:-\s*)?{_UNIT_WORD}\.?\s*\d{{0,4}}\w?){{0,4}}"
    rf"(?:\s+\d{{1,2}}\.\s*(?i:mf|tv|th|sal|st)\.?|\s+\d{{1,2}}\s*[ºª°]\s*[A-Za-z]?|"
    # Hungarian: the number's dot, then the floor ("Váci út 83. fsz", "utca 1. II. em. 5")
    rf"\.(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}})\.)?\s+(?i:fsz|fszt|em|emelet|félem|mfsz)\.?(?:\s*\d{{1,3}}\.?)?)?$")
# an Indian cross road or main road named by its ordinal: "5th Cross", "8th Main"
_ORDINAL_ROAD = re.compile(r"^(?:[A-Z][\w\-]+\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?i:cross|main|block|stage|phase|sector)"
                           r"(?:\s+(?i:road|rd))?$")  # "15th Cross", "Koramangala 4th Block"
_LANDMARK = re.compile(r"(?i:near|nr\.?|opp\.?|opposite|beside|behind|next[ \t]+to|adjacent[ \t]+to|above|off|by)[ \t]+"
                       r"(?:the[ \t]+)?[A-Z0-9][\w'’&\-]*(?:[ \t]+[A-Z0-9][\w'’&\-]*){0,4}$")
# a street corner: "Cnr Smith & Knuckey Sts", "corner of Main and 3rd Streets", "cnr Long St/Bree St"
_CORNER = re.compile(r"(?:^|(?<=\s))(?i:cnr\.?|corner(?:\s+of)?)\s+(?:[A-Z0-9][\w'’\-]*\s+){1,3}?(?:(?i:sts?|rds?|aves?)\.?\s*)?"
                     r"(?:&|and|/)\s*(?:[A-Z0-9][\w'’\-]*\s+){0,3}?(?i:sts?|streets?|rds?|roads?|aves?|avenues?|dr|drive|hwy)\.?$")
# an ordinal street with no house number on an address's own line: "28th St", "5th Avenue"
_ORDINAL_STREET = re.compile(r"^\d{1,3}(?:st|nd|rd|th)\s+(?i:st|street|ave|avenue|rd|road)\.?$")
# a street named with its type word but no number on a part of its own ("Ballyvaughan Road",
# "LOWER SLAUGHTER LANE", "Back Lane"): weak, it makes an address only beside a postcode
_TYPED_STREET_TYPES = frozenset("""road rd lane ln street st avenue ave drive dr close crescent
terrace way grove gardens boulevard blvd row walk parade mews hill""".split())
_TYPED_STREET = re.compile(rf"(?:^|(?:\b(?:to|at|address|addr|from)\s+|[:：=]\s*))"
                           rf"({_CAP}(?:[ \-]+{_CAP}){{0,3}}[ ]+(?i:{'|'.join(sorted(_TYPED_STREET_TYPES))})\.?)$")
# a Vietnamese street: "Số 81 ngõ 23 phố Tràng Thi", "15 Đường Lê Duẩn", "45/12 hẻm 3 Nguyễn Trãi"
# (the house number may be a part of its own before it: "Số 67, ngõ 147 phố Kim Mã")
_VIETNAMESE_STREET = re.compile(r"(?:^|[:：\"“;]\s*)((?:(?i:số\s+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+|(?=(?i:ngõ|ngách|hẻm|kiệt|phố|đường)\s))"
                                r"(?:(?i:ngõ|ngách|hẻm|kiệt)\s+\d{1,4}[A-Za-z]?\s+)*(?:(?i:phố|đường|đ\.)\s+)?"
                                r"[A-ZÀ-ỸĐ][^\W\d_]*(?:\s+[A-ZÀ-ỸĐ][^\W\d_]*){0,4})$")
# "Addr = c/o Sunrise Motel": a c/o after a label starts the part's address
_LABELLED_CARE_OF = re.compile(r"(?i)(?:[:：=–\-]\s*|\s)(c/o\s+\S.{0,60})$")
_PREFIX_ONLY = re.compile(rf"(?:^|(?<=[\s\"'=(]))(?:{_PREFIX}\s+(?:{_W}\s*){{1,5}}|Gran\s+V[ií]a)$")
_UNIT = re.compile(
    r"^(?:(?i:r/c|bajo|bajos|ático|entlo|rdc|sous-sol|st\.?|stuen)$|(?i:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|Bldg|Building|Block|Level|Lvl|"
    r"Wing|Door|apto|Piso|Planta|Escalera|Esc|Puerta|Stiege|Stock|Top|lok|(?-i:m)|Sala|Int|"
    r"Interior|Depto|Dpto|Dto|Bâtiment|Bat|Bât|Escalier|Esc|Etage|Étage|Trappe|Opgang|lgh|tr|scala|sc|"
    r"as|sala|bloco|bloc|bl|ap|bajo|bajos|ático|entlo|r/c|PB|Résidence|Residence|Residencia|Residencial|"
    r"Immeuble|Vorderhaus|Hinterhaus|Gartenhaus|Seitenflügel|"
    r"piano|Sector|Sektor|Whg|Wohnung|Tür|bte|boîte|app|appartamento|interno|Edif|Edificio|Bloque|"
    r"kv|кв|ап|ет|вх|под|Căn hộ|Tòa|Toà|Phòng|Moo|RT|"
    r"Portal|Local|Oficina|Of|Torre|Tower|Casa|Lote|Mz|Manzana|Dep|Departamento|Kat|"
    r"P\.?O\.?\s*Box|Postfach|Box|c/o|Casella Postale|H\.No\.|Plot|No\.|"
    # a house, a villa, a Ghanaian "Hse No.", a Vietnamese group and quarter, a Philippine purok
    r"House|Hse\.?(?:[ \t]*No\.?)?|Villa|Tổ|Khu phố|khu phố|Ấp|ấp|Thôn|thôn|Purok)(?![^\W\d_])"
    r"\.?\s*#?\s*[\w\-/]{1,12}"
    # a Brazilian unit and its neighbourhood: "APTO 67 - SAVASSI", "sala 23 - Centro"
    r"(?:\s+\w{1,10}){0,3}(?:\s[-–]\s[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*){0,2})?|#\s*\d{1,6}\w?|\d{1,2}\.\s*(?i:tv|th|mf|sal|sal\.|etage|floor|stock|"
    r"piano|étage)\.?|\d{1,2}\.?\s*[ºª°oa]\s*[A-Za-z0-9]{0,4}\.?|\d{1,2}(?:e|er|ème|eme|st|nd|rd|th)"
    r"\s+(?i:étage|etage|floor|piso|piano)(?:\s+(?i:gauche|droite|left|right|izquierda|derecha))?|[A-Z]\s?\d{1,3}|\d{1,3}\s?[A-Z]|\d{1,3}/F|"
    # Singapore and Hong Kong units: "#23-987", "#04-17 Sin Ming Centre"
    r"#\s*\d{1,3}-\d{1,4}(?:\s+[^\W\d_][\w'’\-]*){0,4}|"
    # Danish floor and side ("st. th.", "1. tv."), Catalan floor and door ("3r 2a")
    r"(?:st|\d{1,2})\.?\s*(?:th|tv|mf)\.?|\d{1,2}(?:r|n|t|º|o)\s*\d{1,2}(?:a|ª)?|"
    r"\d{1,2}\.?\s*(?i:tr|trappor|vån|våning|etg|etasje|et|kerros|krs|OG|Stock|piso|planta)\.?|"
    # a named building on its own line ("Nicola Heights", "Tower B Residency")
    r"(?:[^\W\d_][\w'’\-]*\s+){1,3}(?i:heights|house|court|tower|towers|building|residency|"
    r"apartments|mansions|lodge|villas|hall|chambers|enclave|residences|complex|"
    # a British flat named by its floor or place: "Ground Floor Flat", "Basement Flat"
    r"flat|maisonette|annexe|"
    # a house name on the line before the street ("Rose Cottage", "The Old Bakery")
    r"cottage|cottages|farm|farmhouse|barn|barns|mill|manor|bakery|rectory|vicarage|grange|"
    r"stables|granary|forge|chapel|schoolhouse|coach\s+house|villa|chalet|bungalow|"
    # a converted building's name ("The Maltings", "The Moorings")
    r"maltings|cloisters|sidings|moorings|paddocks|courtyard|wharf|lofts)|"
    r"The\s+Old\s+[A-Z][a-z]+|"
    # a Turkish neighbourhood line ("Alsancak Mah.") and an Indian house number ("D-156", "#590")
    r"(?:[^\W\d_][\w'’\-]*\s+){1,3}(?i:mah\.?|mahallesi|mh\.)|[A-Z]-\d{1,4}[A-Z]?|"
    # a Romanian floor ("et. 3"; "et" alone is French for "and", so the dot and a number)
    r"(?i:et|etaj)\.\s*\d{1,2}|"
    # a Danish floor and door ("4. 12"), a Hungarian floor and door ("III. em. 2.", "fsz. 1.")
    r"\d{1,2}\.\s?\d{1,3}|(?:[IVX]{1,4}|\d{1,2})\.\s?(?i:em|emelet)\.?\s?\d{1,3}\.?|(?i:fsz|földszint)\.?\s?\d{1,3}\.?)$")
_CODE = (r"(?:[A-Z]{1,2}-)?(?:[A-Z]\d{4}[A-Z]{3}|[A-Z]\d{4}(?![\w\-])|\d{5}-\d{3}|\d{5}(?:-\d{4})?|\d{3}\s\d{2}|\d{4}\s?[A-Z]{2}(?!\w)|"
         r"\d{2}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{6}|\d{8}|\d{4}|"
         r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d{2}\s?"
         r"[0-9AC-FHKNPRTV-Y]{4})")
_STATE = r"(?:[A-Z]{2,4}|\([A-Z]{2}\)|[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2,3})"
# postcodes that are a postcode on their own (5 digits, "15-530", "1234 AB"...): a lower-case
# word after one is a city line
_STRONG_CODE_RX = (r"(?:[A-Z]{1,2}-)?(?:\d{5}(?:-\d{3,4})?|\d{3}\s\d{2}|\d{4}\s?(?:[A-Z]{2}|[a-z]{2}(?![a-z]))|\d{2}-\d{3}|"
                   r"\d{4}-\d{3}|\d{6}|\d{8})")
_POSTAL = [
    re.compile(rf"^{_CODE}(?:[ ,]+{_CITY})?(?:[ ,]+{_STATE})?$"),            # 10115 Berlin, 00184 Roma (RM)
    re.compile(rf"^(?:CEP|CP|C\.P\.|PLZ|ZIP)?\s*{_STRONG_CODE_RX}(?:[ ,]+{_CITY_LOWER})?$"),  # 15-530 krosno
    re.compile(rf"^(?:{_CITY}[ ,]+)?{_STATE}[ ,]+{_CODE}$"),                 # Springfield, IL 62704 / NE 80119
    re.compile(rf"^{_CITY}[ ,]+{_CODE}$"),                                   # Osaka 530-8217, Stockholm 111 22
    re.compile(rf"^{_CITY}\s+[-–]\s+(?:{_CODE}|[A-Z]{{2}})$"),               # Bhagalpur - 706690, Teixeira - AC
    re.compile(rf"^(?:CAP\s+)?{_CODE}\s*[-–]\s*{_CITY}$"),                    # 50175 - Firenze
    re.compile(rf"^{_CITY}\s+\d{{4}}\s+Metro\s+Manila$"),                  # Taguig 1634 Metro Manila
    re.compile(rf"^{_CITY}\s*\([A-ZÀ-Þ][\w\-]+(?:[ \-][A-ZÀ-Þ][\w\-]+)?\)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$"),  # Montréal (Québec)  H2X 5V8
    # an Irish Eircode as people type it, any letters ("D06 L5B7", "t12 x5l9"): only as a part of
    # its own, and a lone postal part makes no address
    re.compile(r"^(?i:[a-z]\d{2}\s?(?=[a-z0-9]{0,3}\d)(?=[0-9]{0,3}[a-z])[a-z0-9]{4})$"),
    re.compile(r"^(?i:S|Singapore)\s*\(?\d{6}\)?$"),                              # S(520088), Singapore 560123
]
_STRONG_CODE = re.compile(r"\d{5}|\d{3}\s\d{2}|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}"
                          r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{6}|\d{4}")
_PHONE_LABEL = re.compile(r"(?i)\s*(?:tel|phone|fax|mobile|mob|cell|ph|t|m|f|p|whatsapp|sms|call)\b")
# labels of numbers that are no house number ("Card number: 6011-…", "Expiry: 06/21")
_NOT_HOUSE_LABEL = re.compile(r"(?i)card|expir|exp\b|cvv|cvc|order|invoice|ref|account|iban|sku|date|"
                              r"total|price|amount|qty|quantity|ticket|booking|code|pin|id\b")
# (not a clock time: "Ananya Reddy  10:44" heads a chat message)
_LABELLED_NUM = re.compile(rf"^[^\W\d_][\w ]{{0,20}}(?<!\d):\s*({_NUM}|[A-Z]-\d{{1,4}}[A-Z]?)$")
# "…is at 132, rue Michaud": the house number before a street-type word opens the address
_NUM_BEFORE = re.compile(r"(?:^|[\s\"'(])(\d{1,4}[A-Za-z]?),\s*$")
# "Invoice address: Unit 30, 214 Lozano Nook": a unit at the end of a labelled part
_UNIT_TAIL = re.compile(r"(?:^|\s)((?i:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|Bldg|"
                        r"Building|Block|Level|Int|Interior|[Ss]ala|Depto|Dpto|bus|Bus|leil|lgh)\.?\s*#?\s*"
                        r"|#\s*)(?:\d{1,5}[A-Za-z]?|[A-Z]-?\d{1,4}))$")  # ("Apt B2" too)
# "Please ship it to 376, Tara Ganj, Ballia 562245": a house number ending a sentence part
_CUE_NUM = re.compile(r"(?:\b(?:to|at|is|from|in|address)\s+|(?<!\d)[:：]\s*)(\d{1,5}[A-Za-z]?)$")
_CUED_REST = re.compile(r"(?:\b(?:to|at|is|address|adresse|Adresse|direcci[oó]n|indirizzo|endere[cç]o|"
                        r"adres|adress)\s+(?![:：])|[:：]\s*)(\S.{0,40})$")  # "Adresse : Résidence …"
_REGION = re.compile(r"^(?:[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?\s+State|FCT|Federal Capital Territory|"
                     r"jud\.\s+[A-ZÀ-ÞĀ-Ž][\w\-]+)$")  # a Romanian county: "jud. Cluj"
_CARE_OF = re.compile(r"(?i)c/o\b")
# the administrative parts of a Vietnamese, Indonesian, Philippine, Thai, Ukrainian or Bulgarian
# address: they close it as a postcode line does elsewhere
_ADMIN = re.compile(r"^(?:(?i:phường|quận)|TP\.|Thành phố|Tỉnh|Huyện|Xã|Kel\.|Kelurahan|Kec\.|Kecamatan|"
                    r"Kota|Kab\.|Kabupaten|Brgy\.|Barangay|Tambon|Amphoe|Khet|Khwaeng|м\.|г\.|гр\.|"
                    r"обл\.|р-н)\s*[^\W_]")
_REGION_PREFIX = re.compile(r"(?:[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?\s+State|FCT)(?![\w])")
_PAREN_REGION = re.compile(r"[ \t]*\((?:[A-ZÀ-Þ][\w'’\-]+(?:[ \t][A-ZÀ-Þ][\w'’\-]+)?)\)")
_STATE_ONLY = re.compile(r"^(?:[A-Z]{2,4}|[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2,3})$")  # "TO", "NSW", "Jal."
_CITY_ONLY = re.compile(rf"^(?:Co\.\s+|Col\.\s+)?{_CITY}$")
_DATE = re.compile(r"^(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$")
_NUMBER_ONLY = re.compile(rf"^(?:n[º°o]\.?\s*|No\.?\s*|Nr\.?\s*)?{_NUM}"
                          rf"(?:\s*-?\s*{_UNIT_WORD}\.?\s*\d{{1,4}}\w?){{0,4}}$")
# an HTML or XML tag is a line break too ("<p class="addr">264 Smith Street, Carlton VIC 3053</p>")
_SPLIT = re.compile(r"\n|\t|,|;|\s[·•|.∙/]\s|\s//\s|\s[-–]\s(?=[A-Z]{2}\b|\d|[A-ZÀ-Þ][a-zà-ÿ])|"
                    r"</?[A-Za-z][^<>\n]{0,200}>")
_CUE = re.compile(r"(?i)(?:address|addr|ship(?:ping)?\s+to|deliver(?:y)?\s+to|lives?\s+at|moved\s+to|"
                  r"located\s+at|office\s+is\s+at|send\s+(?:it\s+)?to|mail\s+to|bill(?:ing)?\s+to|"
                  r"anschrift|adresse|indirizzo|dirección|endereço|adres|adresa)\s*:?\s*$")
_LABEL_END = re.compile(r"[:：]\s*$")
_BAD_WORDS = frozenset({"tel", "phone", "email", "e-mail", "mobile", "call", "ring", "text", "fax",
                        "whatsapp", "sms", "ssn", "tin", "dept", "badge", "id", "ref", "vat", "po",
                        "invoice", "policy", "account", "iban", "card", "seat", "thanks", "regards", "cheers",
                        "best", "dear", "hi", "hello", "please", "order", "sku", "price", "name",
                        "references", "the", "and", "for", "our", "your", "we", "i", "you", "is",
                        "are", "was", "will", "with", "from", "to", "of", "in", "at", "on"})


def _has_street_word(words: str) -> bool:
    if _HU_UTCA.search(words):
        return True
    sw = street_words()
    for w in re.findall(r"[^\W\d_][\w'’\-]*", words):
        low = w.lower()
        if low in sw:
            return True
        # "Textorring", "Hindsholmvej"; not English words that end the same ("Tailoring", "Spring")
        if re.search(_EU_SUFFIX + r"$", low) and (low in _EU_TYPES or english_zipf(low) < 3.0):
            return True
    return bool(re.match(_PREFIX + r"\s", words))


# the suffixes written as a word of their own ("Karl Johans gate", "Andrássy út")
_EU_TYPES = frozenset({"gate", "vei", "veg", "vej", "gade", "gata", "gatan", "ring", "weg", "tie", "út",
                       "utca", "tér", "köz", "allé", "allee", "straße", "strasse", "str", "str.",
                       "platz", "gasse", "laan", "straat", "plein", "katu", "ulica", "cesta", "pot",
                       "sok", "sokak", "sokağı", "cad", "caddesi", "bulvarı", "blv", "mah",
                       "mahallesi", "mh"})
# street types that are also everyday English words ("10 bullet points", "3 green views"): in a
# street written all in lower case they do not make a street
_AMBIGUOUS_TYPES = frozenset({"points", "point", "view", "views", "park", "parks", "green", "run",
                              "ridge", "place", "common", "cross", "end", "light", "lights", "part",
                              "pass", "rest", "ride", "rise", "row", "square", "top", "turn", "walk",
                              "way", "well", "wells", "key", "keys", "land", "lock", "locks", "loop",
                              "mall", "mill", "mills", "mount", "plain", "port", "range", "reach",
                              "round", "route", "spring", "springs", "spur", "strip", "track", "trace",
                              "union", "village", "vista", "box", "estate", "estates", "field",
                              "fields", "flat", "flats", "fork", "forks", "front", "gap", "garden",
                              "gardens", "glen", "grove", "harbor", "haven", "heights", "hill", "hills",
                              "lake", "lakes", "little", "lower", "upper", "meadow", "meadows", "shore",
                              "shores", "station", "stream", "summit", "valley", "vale", "villa",
                              "villas", "ville"})


def _clean_words(words: str) -> bool:
    """No sentence words ("update", "the"): a street/city name is mostly capitalised words."""
    ws = re.findall(r"[^\W\d_][\w'’\-]*", words)
    if not ws:
        return False
    lower = [w for w in ws if w[0].islower()]
    if ws[0] == "The" and len(ws) > 1:  # "49 The Crescent", "The Old Rectory"
        ws = ws[1:]
    if any(w.lower() in _BAD_WORDS for w in ws):
        return False
    if ws[0] in ("x", "X"):
        return False  # "1 X FLAT WHITE OAT": a receipt's quantity, not a house number
    if any(sum(c.isdigit() for c in w) >= 6 for w in ws):  # (a flat's "H0203" is no id)
        return False  # "JJD710983508775861078 9": a tracking number and a count, no street's name
    return len(lower) <= max(1, len(ws) // 2) or _has_street_word(words)


# a post office box stands where the street would ("Postbus 9778", "Apartado de Correos 1987")
_PO_BOX = re.compile(r"(?i)(?:^|(?<=[\s(\[]))"
                     # a rural route before its box: "Rural Route 5 Box 192", "RR 2 Box 40"
                     r"(?:(?:Rural\s+Route|R\.?R\.?|HC|Star\s+Route|PSC|CMR|Unit)\s*#?\s*\d{1,5}\s+(?=Box))?"
                     r"(?:Rural\s+Route|RMB|P\.?\s?O\.?\s?Box|Post\s?Office\s?Box|Postbus|Postfach|"
                     r"Apartado(?:\s+de\s+Correos)?|Caixa\s+Postal|Casella\s+Postale|C\.?P\.?\s+\d|"
                     r"Boîte\s+Postale|BP|Box|Skrytka\s+pocztowa|Postboks|Postilokero|PL)\.?\s*#?\s*\d{1,6}"
                     # a Kenyan box carries its post office's code: "P.O. Box 53504-00100"
                     r"(?:-\d{5})?"
                     # and the town on the same line: "P.O. BOX 26885-00100 NAIROBI"
                     r"(?:\s+[A-Z][A-Za-z\-]+){0,2}$")
# a Japanese address in romaji: "4-chome-16-6", "7-chome-17-25 Umeda"
_CHOME = re.compile(r"(?<![\w\-])\d{1,2}-(?i:chome)-\d{1,4}(?:-\d{1,4})?(?:\s+[A-Z][\w\-]*)?$")


_COUNTED_END = re.compile(r"(?i)(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
                          r"|\b(?:week|wk|day|round|episode|season|chapter|issue|vol|volume|quarter|term|semester|"
                          r"module|lesson|version|release|sprint|stage|part)[ \t]+\d{1,3})$")
_MONTH_DAY = re.compile(r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?")


_UNIT_WORD_BEFORE = re.compile(r"(?i)(?<![\w])(?:unit|flat|apt\.?|apartment|suite|ste\.?|shop|plot|lot|stand|erf|"
                               r"house|blk|block|h\.[ \t]?no\.?|"
                               r"bldg\.?|building|villa|room|lote|local)[ \t]+\Z")
# a building part or a house's name before the street, on the same line
_BUILDING_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:hinterhaus|vorderhaus|seitenfl[üu]gel|gartenhaus|quergeb[äa]ude|"
    r"b[âa]t\.?(?:iment)?[ \t]+\w{1,3}|escalier[ \t]+\w{1,3}|bloco[ \t]+\w{1,3}|"
    r"\d{1,2}\.[ \t]?OG(?:[ \t]+(?:[Ll]inks|[Rr]echts|[Mm]itte))?|"
    r"(?:the[ \t]+)?(?:[a-z][a-z'’]+[ \t]+){0,2}(?:cottage|farmhouse|farm|barn|forge|lodge|mill|manor|"
    r"rectory|vicarage|granary|stables|coach[ \t]+house|old[ \t]+school))[ \t]*,[ \t]*\Z")
_HOUSE_NAMED = re.compile(r"(?i)(?:cottage|farm|barn|forge|lodge|mill|manor|rectory|vicarage|granary|stables|"
                          r"coach[ \t]+house|old[ \t]+school)[ \t]*,[ \t]*\Z")  # a house's name: capitalised
_LABELLED_NUMBER = re.compile(r"(?i)(?<![\w-])(?:dob|d\.o\.b\.?|ssn|ss#|sin|born|date|datum|fecha|nie|nif|pesel|"
                              r"tax id|tin|vat|ref|order|invoice)\b[ \t.:#]*\d[\d \t\-./]*$")
_LABEL_LEAD = re.compile(_LABELLED_NUMBER.pattern[:-1])  # the same at the start of a longer part


# "Santa Fe. Mi CBU …": a town's last word, a full stop, the next sentence (not "St. Albans")
# (a word in capitals is no sentence's end: "CO. CORK", "ST. TH.", "INT. 20")
_SENTENCE_IN = re.compile(r"(?<![\w.])(?!(?i:St|Mt|Ft|Pt|Co|Sta|Sto|Ste|Dr|Col|Fracc|Priv|Av|Bv|Jl|Jln|No|Nr|Int|"
                          r"Th|Apt|Mz|Lt|Dept|Depto|Dpto|Bldg|Blvd|Rd|Ave)\.)[A-Za-zÀ-ÿ]*[a-zà-ÿ]\.[ \t]+[A-ZÀ-Þ]")


def classify(part: str) -> tuple[str, int] | None:
    """(kind, start offset inside the part) or None. Kinds: street (strong), street? (weak),
    postal, city, country, unit, num."""
    p = part.strip().lstrip("\"'({[").lstrip()
    if not p or _MONTH_DAY.fullmatch(p) or _LABELLED_NUMBER.search(p) or _COUNTED_END.search(p):
        # ("Entries open January 12, 2024", "WEEK 15, 2025", "Day 2 Programme": a date or a count)
        return None  # "[February 19, 2025]", "DOB 2026-01-14", "SSN 891 64 5477": no street
    lead = part.index(p)
    if len(p) > 80:
        # a long part is a sentence; an address may only end it ("… wants samples sent to
        # Drottninggatan 5 · …"): look at its last words for a street, nothing else
        tail = p[-80:]
        cut = tail.find(" ") + 1
        box = _PO_BOX.search(tail[cut:])
        if box:
            return "street", lead + len(p) - len(tail) + cut + box.start()
        street = _street(tail[cut:])
        if street:  # a weak one ("… the key box is at Mitropoleos 117") needs a postcode next
            return street[0], lead + len(p) - len(tail) + cut + street[1]
        return None
    if p.lower().rstrip(".") in countries():
        return "country", lead
    box = _PO_BOX.search(p)
    if box:
        return "street", lead + box.start()
    if _UNIT.match(p) or _LANDMARK.match(p):  # (a landmark: "beside GTBank", "opp. Inorbit Mall")
        return "unit", lead
    if _ORDINAL_ROAD.match(p):
        return "street", lead
    corner = _CORNER.search(p)
    if corner:
        return "street", lead + corner.start()
    if _ORDINAL_STREET.match(p):
        return "street?", lead
    street = _street(p)
    if street and street[0] == "street":
        return street[0], lead + street[1]
    for rx in _POSTAL:
        if rx.match(p):
            return "postal", lead
    if _NUMBER_ONLY.match(p) and not _DATE.match(p):  # "27/10/2024" of a chat line is no house
        return "num", lead
    if street:
        return street[0], lead + street[1]
    m = _LABELLED_NUM.match(p) or _CUE_NUM.search(p)
    if m and not _PHONE_LABEL.match(p) and not _NOT_HOUSE_LABEL.search(p[:m.start(1)]) and \
            sum(c.isdigit() for c in m.group(1)) <= 6:
        return "num", lead + m.start(1)
    m = _UNIT_TAIL.search(p)
    if m:
        return "unit", lead + m.start(1)
    # "Please send it to The Old Bakery", "Address: Rose Cottage": a house name or unit after a cue
    m = _CUED_REST.search(p)
    if m and _UNIT.match(m.group(1)):
        return "unit", lead + m.start(1)
    if _REGION.match(p):  # "Lagos State", "FCT": the last line of a Nigerian address
        return "country", lead
    if _ADMIN.match(p):  # "Phường Bến Nghé", "Kec. Mampang", "Brgy. Buhangin", "м. Харків"
        return "postal", lead
    if _STATE_ONLY.match(p):
        return "city", lead
    m = _PREFIX_ONLY.search(p)
    # a street with no number written in lower case holds no everyday English word ("strada
    # galasso" is one, "rang agian re her refnd" is a sentence)
    if m and _clean_words(m.group()) and not (m.group().islower() and any(
            english_zipf(w) >= 4.5 for w in m.group().split()[1:]
            if not re.fullmatch(_PARTICLE, w))):
        return "street", lead + m.start()
    typed = _TYPED_STREET.search(p)  # "Ballyvaughan Road", "pick-up at Ballyvaughan Road"
    if typed and _clean_words(typed.group(1)):
        return "street?", lead + typed.start(1)
    vn = _VIETNAMESE_STREET.search(p) if re.search(r"(?i)\b(?:số|ngõ|ngách|hẻm|phố|đường)\b", p) else None
    if vn:
        return "street", lead + vn.start(1)
    care_of = _LABELLED_CARE_OF.search(p)
    if care_of:
        return "unit", lead + care_of.start(1)
    if _CITY_ONLY.match(p) and len(p.split()) <= 6 and _clean_words(p) and not _SENTENCE_IN.search(p) and \
            not any(w.lower() in _BAD_WORDS for w in p.split()):
        return "city", lead
    return None


# Colombian (and similar) grid addresses: "Cl. 32B # 22-51", "Transversal 58 Sur # 98-41"
_GRID_STREET = re.compile(r"(?:^|(?<=\s))(?i:Cl|Cll|Calle|Cra|Kra|Kr|Carrera|Transversal|Tv|Diagonal|Dg|"
                          r"Av|Avenida|Ak|Ac)\.?\s+\d{1,3}[A-Z]?(?:\s+(?:Bis|Sur|Este|Norte|Oeste))?\s*"
                          r"(?:#|No\.?|N[°º])\s*\d{1,3}[A-Z]?\s*-\s*\d{1,3}(?:\s+(?:Sur|Este))?$")


def _street(p: str) -> tuple[str, int] | None:
    """The street in a part, preferring one with a street word ("Storgatan 12 B" over "12 B")."""
    grid = _GRID_STREET.search(p) or _CHOME.search(p)
    if grid:
        return "street", grid.start()
    found = [c for c in (_num_first(p), _num_last(p)) if c]
    lead_unit = _LEAD_UNIT.search(p)
    if lead_unit:  # "Level 1 424 Clayton Part", "Flat 3 12 High Street"
        rest = p[lead_unit.end():]
        found += [(c[0], lead_unit.start()) for c in (_num_first(rest), _num_last(rest))
                  if c and c[1] == 0]
    unit = _UNIT_TAIL.search(p)
    if unit and unit.start(1) > 0:  # "2284 N Johnson Squares Floor 2": the street before the unit
        head = p[:unit.start(1)].rstrip(" ,")
        found += [c for c in (_num_first(head), _num_last(head)) if c]
    found.sort(key=lambda c: (c[0] != "street", c[1]))
    return found[0] if found else None


_LEAD_UNIT = re.compile(r"(?<!\w)(?:(?i:Level|Unit|Suite|Flat|Apt\.?|Apartment|Studio|Shop|Lot)\s*"
                        r"\d{1,4}[A-Za-z]?|#\d{1,5})(?:,?\s+)(?=\d)")


def _num_first(p: str) -> tuple[str, int] | None:
    m = _STREET_NUM_FIRST.search(p)
    if not m or not _clean_words(m.group(2)):
        return None
    words = m.group(2)
    types = [w for w in words.lower().split() if w in street_words() or w in _EU_TYPES]
    everyday = bool(types) and all(t in _AMBIGUOUS_TYPES for t in types)
    if everyday and re.fullmatch(r"(?:19[5-9]\d|20[0-4]\d)", m.group(1)):
        return None  # "2019 Hudson estate": a year and a model, not a house number
    if everyday and words.islower() and all(
            english_zipf(w) >= 3.5 for w in words.split() if w not in types):
        return None  # "10 bullet points"; "714 colton points" and "143 timothy street" still are
    if _has_street_word(words):
        return "street", m.start()
    # no street word: every word capitalised ("1-25-15 Motomachi"), not "55 Stockholm tack"
    if any(w[0].islower() for w in m.group(2).split()):
        return None
    return "street?", m.start()


def _lone_type_word(words: str) -> bool:
    """The street-type word alone ("allé", "street"), or it and the lower-case name before it."""
    ws = words.split()
    low = ws[-1].lower()
    return (low in street_words() or re.fullmatch(_EU_SUFFIX, low) is not None) and \
        all(w.islower() for w in ws)


def _num_last(p: str) -> tuple[str, int] | None:
    m = _STREET_NUM_LAST.search(p)
    if not m:
        return None
    words, start = m.group(1), m.start()
    # the street name may be preceded by sentence words ("Customer moved to Rua X 5")
    pm = re.search(rf"{_PREFIX}\s", p[:m.start(2)])
    if pm:
        start, words = pm.start(), p[pm.start():m.start(2)].strip()
        # the type after the name ("Kadilnikova ulica 18", "Mariahilfer Straße 77")
        before = re.search(rf"(?:^|\s)([A-ZÀ-ÞĀ-Ž][^\W\d_]*(?i:{_WEAK_SUFFIX}|er|ní|ní|ké|ká|ý))\s+$", p[:start])
        if before:
            start, words = before.start(1), p[before.start(1):m.start(2)].strip()
    else:
        ws = list(re.finditer(rf"{_W}", words))
        run_start = None  # the trailing run of capitalised (or street-suffixed) words
        lower_names = 0
        for w in reversed(ws):
            if w.group()[0].isupper() or re.search(_EU_SUFFIX + r"$", w.group().lower()) or w.group() == "u.":
                run_start = w.start()
            elif run_start is not None and w.group() in _NAME_PARTICLES and words[run_start:run_start + 1].isupper():
                run_start = w.start()  # "Burgemeester de Vlugtlaan 193", "Rua da Prata 12"
            elif run_start is not None and lower_names < 2 and _lone_type_word(
                    words[run_start:]) and w.group().lower() not in _BAD_WORDS:
                # "bjergmarks allé 46", "via ceci 158" in lower case: the name before the type
                lower_names += 1
                run_start = w.start()
            else:
                break
        if run_start is None:
            return None
        start, words = m.start(1) + run_start, words[run_start:]
    if not _clean_words(words):
        return None
    return ("street" if _has_street_word(words) else "street?"), start


_POSTAL_PREFIX = re.compile(rf"^(?:{_CODE}[ ,]+{_CITY}(?:[ ,]+{_STATE})?|{_STATE}[ ,]+{_CODE}|"
                            rf"{_CITY}[ ,]+{_STATE}[ ,]+{_CODE}|{_CITY}[ ,]+{_CODE}|"
                            rf"(?:{_STRONG_CODE_RX}|\d{{4}})[ ,]+(?=[^\W\d_A-Z]){_CITY_LOWER}|"
                            rf"{_CODE})(?=[ .!?)]|$)")
def _country_prefix(s: str):  # type: ignore[no-untyped-def]
    m = re.match(r"[^\W\d_][^\W\d_ .]*(?:[ .][^\W\d_]+){0,2}", s)
    while m:
        if m.group().lower() in countries():
            return m
        cut = m.group().rsplit(" ", 1)
        if len(cut) == 1:
            return None
        m = re.match(re.escape(cut[0]), s)
    return None


_CODE_LINE = re.compile(rf"^(?={_STRONG_CODE_RX}\s+[A-ZÀ-ÞĀ-Ž])(?:{_POSTAL_PREFIX.pattern[1:]})")
# a city or region closing an address before a sentence goes on ("…, 10142, Torino (TO). Call")
_CITY_PREFIX = re.compile(rf"^{_CITY}(?=[.!?;]\s|[.!?;]?$|\s*\n)")
# the same in an address typed all in lower case ("…, 24064, grumello del monte (bg)")
_LOWER_CITY_PREFIX = re.compile(rf"^{_CITY_LOWER}(?:\s+\([a-z]{{2}}\))?(?=[.!?;]\s|[.!?;]?$|\s*\n)")
_STATE_PREFIX = re.compile(r"^(?:[A-Z]{2,4}|(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,3}\.)(?=[ .!?),]|$)")
_TRAIL = re.compile(r"[\s.!?)\"'}\]]+$")


# a sentence end: ". " after a word that is no abbreviation ("Str. 5", "Nr. 98", "St. Maria" go on)
_SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\d{4})|(?<=\)))[.!?]+\s+(?=\S)|"
                           r"(?<=[^\W\d_]{2})[!?]+\s+")
_ABBREVIATIONS = frozenset({"boul", "av", "mah", "sok", "cad", "blv", "bul", "mh", "sk", "cd", "cl", "cra", "kr",
                            "tv", "dg", "blk", "no", "nr", "str", "ave", "avda", "blvd", "apt", "ste", "edif", "depto", "dto", "int",
                            "app", "appt", "bldg", "esc", "izq", "dcha", "nº", "sig", "sra", "rua",
                            "calz", "pje", "prol", "bte", "lgh", "whg", "etg", "stg", "pza", "trav",
                            "ctra", "urb", "col", "fracc", "loc", "vle", "mrs", "prof", "nám", "náb",
                            # "5.º Esq.", "35. fszt. 2.", "II. em. 4.", "ap. 8", "bl. A2", "Leof."
                            "esq", "fsz", "fszt", "em", "ap", "bl", "sc", "leof", "ul", "al", "jud", "et",
                            # "Vas. Sofias 89", "Λεωφ. Κηφισίας", "Opp. SBI Bank" (an Indian landmark)
                            "vas", "λεωφ", "οδ", "opp", "pça", "hwy", "pkwy", "cres", "tce", "pde", "sq",
                            "vul", "prosp", "bulv", "prov", "вул", "просп", "бульв", "бул", "ул", "пл",
                            "пер", "kv", "кв", "ап", "ет", "gg", "brgy", "kel", "kec", "kab", "tp"})


_ROMAN_FLOOR = re.compile(r"(?i:em|emelet)\b")
# "12 Main St. Call me tomorrow": a short street type, then a word that opens a sentence (not a
# saint's or a town's name: "St. Louis", "St. Mary's Road")
_SHORT_TYPE_END = re.compile(r"(?<=[a-z][ \t](?:St|Rd|Dr|Ln|Ct|Pl))\.[ \t]+(?=(?:Call|Please|Pls|Thanks|Thank|"
                             r"The|We|I|It|Can|Could|Would|Let|Ring|Text|See|Cheers|Regards|Best|Ship|Send|"
                             r"Deliver|Leave|My|Our|If|Is|And|But|Also|Buzz|Gate|Code|Parking|Note)\b)")


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    out = [(m.start(), m.end()) for m in _SHORT_TYPE_END.finditer(text)] if ". " in text else []
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"[^\W\d_]+$", text[max(0, m.start() - 24):m.start()])
        low = word.group().lower() if word else ""
        if low in _ABBREVIATIONS or (low.endswith(("str", "gt", "pl")) and
                                     text[m.end():m.end() + 1].isdigit()):
            continue  # "Hauptstr. 96", "Storgt. 5"
        if _ROMAN_FLOOR.match(text, m.end()) and re.fullmatch(r"[IVX]{1,4}", word.group() if word else ""):
            continue  # "Andrássy út 77. III. em. 2.": a floor in Roman numerals
        out.append((m.start(), m.end()))
    return sorted(out)


# "DOB: 27 / 01 / 1962": a date written with spaced slashes is one part, no address parts
_SPACED_DATE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}\b")


def _separators(text: str, sentence_ends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    in_date = bytearray(len(text))  # one pass over the dates, not one per separator
    if "/" in text:
        for m in _SPACED_DATE.finditer(text):
            in_date[m.start():m.end()] = b"\1" * (m.end() - m.start())
    seps = [(m.start(), m.end()) for m in _SPLIT.finditer(text) if not in_date[m.start()]]
    seps += sentence_ends
    seps.sort()
    out: list[tuple[int, int]] = []
    for a, b in seps:  # overlapping separators (". " after "," …) become one
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out + [(len(text), len(text))]


def _classified_parts(text: str, sentence_ends: list[tuple[int, int]] | None = None
                      ) -> list[tuple[int, int, str | None]]:
    parts: list[tuple[int, int, str | None]] = []
    pos = 0
    seps = _separators(text, _sentence_ends(text) if sentence_ends is None else sentence_ends)
    for a, b in seps:
        seg = text[pos:a]
        t = _TRAIL.search(seg)
        core = seg[:t.start()] if t and not re.search(r"\b[A-Z]\.$|\bCo\.$|\([A-Z]{2}\)$", seg.rstrip()) else seg.rstrip()
        c = classify(core)
        m = _CODE_LINE.match(core)
        lead = len(core) - len(core.lstrip())
        head = _CODE_LINE.match(core[lead:]) if m is None and c and c[0] == "street" and c[1] > lead else None
        if head and lead + head.end() + 1 < c[1] and _CONNECTOR_GAP.fullmatch(core, lead + head.end(), c[1]):
            # ", 94408 Barthelemy to Maresteeg 67": one address's postcode line, then the next
            # address's street
            parts += [(pos + lead, pos + lead + head.end(), "postal"), (pos + c[1], pos + len(core), "street")]
            pos = b
            continue
        # (a part that is a street from its first character stays one: "1777 SW Alder St")
        if m and (c is None or c[0] != "postal") and not (c and c[0] == "street" and c[1] == 0):
            # "881 35 Gemerská Ves by friday": not the street "35 Gemerská" ("-ská" is a street
            # ending), the postcode line and then a sentence
            parts.append((pos, pos + m.end(), "postal"))
            pos = b
            continue
        split = None
        if c is None or c[0] not in ("postal", "country", "street", "unit"):
            split = _street_then_rest(core) if len(core) <= 80 else _embedded(core)
        elif c[0] == "street" and len(core) <= 80:  # "Müllerstrasse 47 5709 Wil": only a postcode
            split = _street_then_rest(core, need_postcode=True)
        if split:
            (k1, s1, e1), (k2, s2, e2) = split
            parts += [(pos + s1, pos + e1, k1), (pos + s2, pos + e2, k2)]
        elif c is None:
            parts.append((pos, a, None))
        else:
            kind, off = c
            parts.append((pos + off, pos + len(core), kind))
        pos = b
    return parts


# where a street may end inside a part: after a house number or a street-type word
_NUMBER_END = re.compile(r"(?:\d[A-Za-z]?\.?|[^\W\d_]{2,}\.?)(?=\s+\S)")


# UK, Irish and Canadian codes: after a city with nothing between ("Cobh P24 X2Y8")
_LETTERED_CODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?[0-9AC-FHKNPRTV-Y]{4}|"
                  r"[A-Z]\d[A-Z]\s?\d[A-Z]\d)")
# (after a county line an Eircode is read loosely: its last four are often mistyped)
_LETTERED_LEAD = re.compile(rf"(?:{_LETTERED_CODE}|[A-Z]\d{{2}}\s?[0-9A-Z]{{4}})(?![\w])")
# an address written all in lower case goes on through its town lines to the postcode: a UK, US,
# Canadian or Australian one ("byker, leeds, hg1 1lg", "provo, ut 84666", "fitzroy vic 3065")
_LOWER_STATES = ("al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|"
                 "nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|nsw|vic|qld|sa|tas|act|nt|"
                 "ab|bc|mb|nb|nl|ns|on|pe|qc|sk|yt")
_LOWER_TAIL = re.compile(rf"(?:[ \t]*,[ \t]*{_CITY_LOWER}){{1,3}}[ \t]*,?[ \t]*"
                         rf"(?:(?:{_LOWER_STATES})[ \t]+\d{{4,5}}(?:-\d{{4}})?|(?:(?:{_LOWER_STATES})[ \t]+)?"
                         r"(?:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d))(?![\w])"
                         # a suburb and a town, then a bare code: "brooklyn, pretoria, 0181", an
                         # Indian PIN "t. nagar, chennai - 600017"
                         rf"|(?:[ \t]*,[ \t]*{_CITY_LOWER}){{2,3}}[ \t]*(?:,[ \t]*\d{{4}}|(?:,|[ \t]+-)[ \t]*\d{{6}})(?![\w])")
_VI_LANE_BEFORE = re.compile(r"(?:(?i:số)[ \t]+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?[ \t]+(?i:ngõ|ngách|hẻm|kiệt)[ \t]+\Z")
_CODE_CITY = re.compile(rf"^(?:{_CODE}[ ,]+{_CITY}(?:[ ,]+{_STATE})?|{_CITY}[ ,]+{_STATE}[ ,]+{_CODE}|"
                        rf"{_STATE}[ ,]+{_CODE}|{_CITY}[ ,]+{_LETTERED_CODE})(?=[ .!?)]|$)")


_LOWER_US = re.compile(rf"^{_CITY_LOWER}[ ,]+[a-z]{{2}}[ ,]+(?:\d{{5}}(?:-\d{{4}})?|[a-z]\d[a-z] ?\d[a-z]\d)"
                       r"(?=[ .,!?)]|$)")


def _postal_line(tail: str) -> int:
    """Length of the postcode line that opens ``tail`` (a sentence may follow it), else 0."""
    if any(rx.match(tail) for rx in _POSTAL):
        return len(tail)
    m = _CODE_CITY.match(tail) or _LOWER_US.match(tail)
    return m.end() if m else 0


# where a street may start inside a long sentence: a house number, or a PO box
_STREET_START = re.compile(r"(?<![\w.,/-])(?:\d{1,5}[A-Za-z]?\s+[^\W\d_]|(?i:P\.?\s?O\.?\s?Box|Postfach|Postbus)\b)")


def _embedded(core: str) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """A street and its postcode line inside a long sentence with no comma around them ("Send
    new item to 5724 Portage Ave Toronto ON  M9Y 3M4 and email the label …")."""
    for m in _STREET_START.finditer(core):
        sub = core[m.start():m.start() + 80]
        if len(sub) == 80 and " " in sub:
            sub = sub[:sub.rfind(" ")]
        split = _street_then_rest(sub, need_postcode=True)
        if split:
            (k1, s1, e1), (k2, s2, e2) = split
            return (k1, m.start() + s1, m.start() + e1), (k2, m.start() + s2, m.start() + e2)
    return None


def _street_then_rest(core: str, need_postcode: bool = False
                      ) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """A street and its postcode or city line written without a comma between them:
    "Müllerstrasse 47 5709 Wil", "30 Salmon Street V39PTRY Glenn Ville", "Cuesta de Celia Múgica
    47 Puerta 6 Teruel" (the postcode comes in the next part)."""
    city_split = None
    best: tuple[tuple[bool, int], tuple[tuple[str, int, int], tuple[str, int, int]]] | None = None
    if len(core) > 80 or not any(c.isdigit() for c in core):
        return None
    for m in _NUMBER_END.finditer(core):
        head, rest = core[:m.end()], core[m.end():]
        lead = len(rest) - len(rest.lstrip())
        tail = rest.strip()
        box = _PO_BOX.search(head)
        street = ("street", box.start()) if box else _street(head.rstrip("."))
        if not street or not tail:
            continue
        post = _postal_line(tail)
        # a code with no city may be the rest of a phone number ("Call 2990 4184")
        if post and not tail[:post].replace(" ", "").replace("-", "").isdigit():
            found = (street[0], street[1], m.end()), ("postal", m.end() + lead, m.end() + lead + post)
            # the best cut: a street with its type word ("30 Salmon Street" + "V39PTRY Glenn
            # Ville", not "30 Salmon" + "Street V39PTRY"), then the most text covered
            rank = (street[0] == "street", found[1][2])
            if best is None or rank > best[0]:
                best = (rank, found)
        if city_split is None or street[0] == "street":
            if _CITY_ONLY.match(tail) and len(tail.split()) <= 4 and _clean_words(tail):
                city_split = (street[0], street[1], m.end()), ("city", m.end() + lead, len(core))
    if best is not None:
        return best[1]
    if city_split and city_split[0][0] == "street" and not need_postcode:
        return city_split
    return None


_TOWN_GAP = re.compile(r"[ \t]*,[ \t]*")  # "Budapest, Andrássy út …": a comma, no label or quote
_LINE_GAP = re.compile(r"[ \t]*\n[ \t]*")
_NUMBER_WORD_BEFORE = re.compile(r"(?<![\w.])(?:[Ss]ố|No\.|Nº|N°)[ \t]*$")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_CONNECTOR_GAP = re.compile(r"(?i)[\s,]*(?:to|and|or|then|via|from|->|→)[\s,]*")
_WORDY_GAP = re.compile(r"[^\W\d_]{2,}[^\w\n]*;[^\w\n]*[^\W\d_]{2,}")  # "… since May; clinic at …"
_CLOSING_QUOTE = re.compile(r'"[ \t]*[,;\t]')


def _joins(text: str, a: int, b: int, sentence_ends: list[tuple[int, int]]) -> bool:
    """Two parts belong to one address across text[a:b]: one line break at most, no sentence end
    ("…, 542 96 Jablonec nad Nisou on Friday. Questions? Call 00420 …" is two sentences).
    ``sentence_ends`` is sorted: a bisect keeps a long text linear."""
    k = bisect_left(sentence_ends, (a, -1))
    # a CSV field's closing quote ends it: '"471 Elm Ave, Raleigh, NC 21350",US' is no "US" line
    return text.count("\n", a, b) <= 1 and not (k < len(sentence_ends) and sentence_ends[k][0] < b) \
        and _CLOSING_QUOTE.search(text, a, b) is None \
        and _WORDY_GAP.search(text, a, b) is None  # "… G12 8QQ since May; clinic at Cnr …": two addresses


# An address read out in a call transcript: all lower case, no commas, street type word first
# ("via toledo 75 37115 verona vr", "boulevard d'avroy 112 bus 12 4000 liège"), number first
# ("137 rue du faubourg saint-antoine 06300 nice") or a German street word ("annenstraße 104 top
# 13 1220 wien"); the city is the one word after the postcode (two-word cities lose the second).
_LW = r"[a-zà-ÿ][a-zà-ÿß'’\-]*"
_SPOKEN_UNIT = (r"(?:\s+(?:bus|bte|int|interno|scala|piso|puerta|top|stiege|tür|apt|apto|flat|escalera)\s+\d{1,4}[a-z]?"
                # a Spanish floor and door: "310 1º a"
                # ("º" reaches here as "o": the normaliser folds it)
                r"|\s+\d{1,2}[ºª°oa](?:\s?[a-z](?![\w]))?(?:\s+(?:izq|izda|dcha|dch|der|dr)\.?(?!\w))?)*")
# (a province's two letters only after an Italian street: "via toledo 75 37115 verona vr", but
# "… 28052 madrid no había nadie")
_SPOKEN_TAIL = rf"\s+\d{{4,5}}\s+{_LW}(?(it)(?:\s+[a-z]{{2}}(?=[\s.,!?]|$))?)"
# the same in English-speaking countries: "17 w 4th st apt 6a columbus oh 43218", "unit 12 222
# chapel street sydney nsw 2086", "no. 76 linking road bandra west mumbai 400097": number, street
# with its type word, then one to four words and a US/Canadian/UK/Australian/Indian postcode
_EN_TYPE = (r"(?:street|st|road|rd|avenue|ave|lane|ln|terrace|drive|dr|way|place|pl|close|court|ct|"
            r"crescent|boulevard|blvd|cross|parade|highway|hwy|grove|gardens|square|row|walk)")
_US_STATES = ("alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
              "hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|"
              "michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
              "new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|"
              "rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|"
              "west virginia|wisconsin|wyoming")
_ZIP_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_ZIP_WORDS = rf"(?:{_ZIP_DIGIT}\s+){{4}}{_ZIP_DIGIT}"
_EN_TAIL = (r"(?:(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|"
            r"nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc)\s+\d{5}(?:-\d{4})?|"
            r"(?:on|qc|bc|ab|mb|sk|ns|nb|nl|pe)\s+[a-z]\d[a-z]\s?\d[a-z]\d|"
            r"[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|(?:nsw|vic|qld|wa|sa|tas|act|nt)\s+\d{4}|\d{6}|"
            # a state said in full and its ZIP, in figures or read out ("madison wisconsin 53703",
            # "tucson arizona nine seven two one four"); an Irish Eircode ("dublin 7 d06 e70v")
            rf"(?:{_US_STATES})\s+(?:\d{{5}}|{_ZIP_WORDS})|[ac-fhknprtv-y]\d[\dw]\s?[0-9ac-fhknprtv-y]{{4}}|"
            # a South African or other four-digit code closing the line ("berea durban 4001"), not a year
            r"(?!(?:19|20)\d\d)\d{4}(?=[ \t]*(?:[.,!?;\n]|$)))"
            # the country said after it ("cardiff cf14 2hl united kingdom")
            r"(?:\s+(?:united kingdom|uk|usa|united states|australia|ireland|canada|south africa|india|"
            r"new zealand|nigeria|kenya|ghana)(?![\w]))?")
_SPOKEN_EN = re.compile(
    rf"(?<![\w'’:.])(?:(?:unit|flat|apt|apartment|suite|level)\s+\w{{1,5}}\s+"
    rf"|(?:ground|first|second|third|top|basement|garden|lower|upper)\s+(?:floor\s+)?flat\s+)?"
    rf"(?:no\.?\s+)?\d{{1,5}}[a-z]?\s+"
    rf"(?:[nsew]\s+)?(?:[a-z0-9][a-z0-9'’]*\s+){{1,3}}{_EN_TYPE}(?:\s+(?:sw|se|nw|ne|n|s|e|w|west|east|north|south))?"
    rf"(?:\s+(?:apt|unit|suite|flat)\s+\w{{1,5}})?(?:\s+[a-z]+(?:\s+\d{{1,2}}(?=\s))?){{1,4}}?\s+{_EN_TAIL}(?![\w])")
_SPOKEN = re.compile(
    rf"(?<![\w'’])(?:(?:(?P<it>via|viale|corso|piazza|strada|largo|vicolo)|rue|avenue|boulevard|chemin|allée|impasse|quai|"
    rf"calle|c/|avda\.?|avenida|paseo|carrer|rua|rúa|travessa|ulica|ul\.)\s*(?:{_LW}\s+){{1,4}}\d{{1,4}}[a-z]?"
    rf"|(?:am|an\s+der|auf\s+dem)\s+(?:markt|ring|anger|berg|hang|bach)"
    rf"|{_LW}(?:straße|strasse|gasse|weg|platz|allee|markt|ring|laan|straat|gatan|vej|vegen|veien)"
    rf"\s+\d{{1,4}}(?:\s?[a-z])?"
    rf"|\d{{1,4}}(?:\s?(?:bis|ter))?\s+(?:rue|avenue|boulevard|chemin|allée|impasse|place|quai|route)"
    rf"(?:\s+{_LW}){{1,5}}?)"
    rf"{_SPOKEN_UNIT}{_SPOKEN_TAIL}")


# a post box read out: "pob 6767 raleigh nc 27662", "po box 3154-00100 nairobi"
_SPOKEN_BOX = re.compile(
    rf"(?<![\w'’])(?:p\.?\s?o\.?\s?box|pob)\s+\d{{1,6}}(?:-\d{{5}})?(?:\s+{_LW}){{1,2}}?"
    rf"(?:\s+{_EN_TAIL}(?![\w])|(?=[ \t]*(?:[.,!?\n]|$)))")


# an Irish rural address: a townland, its county and the Eircode, no street ("Ballymore, Co.
# Westmeath, N91 F2K8", the same on three lines)
_IRISH_RURAL = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+){0,2}[ \t]*[,\n][ \t]*)?"
                          r"(?:Co\.?|County)[ \t]+[A-Z][a-z]+[ \t]*[,\n]?[ \t]*"
                          r"[AC-FHKNPRTV-Y]\d[\dW][ \t]?[0-9AC-FHKNPRTV-Y]{4}(?![\w])")

# a ship's military post: "USS Nimitz (CVN 68), FPO AP 96620-2820", on one line or two
_SHIP_POST = re.compile(r"(?<![\w'’])(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS)[ \t]+[A-Z][\w.\-]+(?:[ \t][A-Z][\w.\-]+){0,3}"
                        r"[ \t]*\([A-Z]{2,5}[ \-]?\d{1,4}\)[ \t]*[,\n]?[ \t]*(?:FPO|APO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+"
                        r"\d{5}(?:-\d{4})?(?!\d)")

# legal forms (ORG_ENDS holds the trade words: "Motel", "Dental", "Group")
_ORG_TAILS = frozenset("gmbh ltd inc llc plc ag ab bv b.v sa srl s.r.l oy as".split())


_PRICE = re.compile(r"[ \t]*-?\d{1,6}[.,]\d{2}[ \t]*")
# "\nShip to = ", a chat line's head: "\n14:12 Emma: Indirizzo: ", "\n[3/4/25, 09:10] Ana: "
# (also after a form's item mark: "\n(S) Current address: ", "\n(6) Address at time of fraud: ")
_LABEL_IN_GAP = re.compile(r"\n[ \t]*(?:\[?[\d:/.,\- ]{2,25}\]?[ \t]*|\(?[0-9A-Za-z]{1,3}[.)][ \t]*)?"
                           r"(?:[^\W\d_][^\n:=]{0,30}[:=][ \t]*){1,3}\Z")


def _names_organisation(part: str) -> bool:
    return any(w.lower().strip(".,") in ORG_ENDS or w.lower().strip(",").rstrip(".") in _ORG_TAILS
               for w in part.split()[1:])


_COUNTY = re.compile(r"(?:Co\.|County)\s+[A-Z]")


def _known_city(part: str) -> bool:
    """A town the gazetteers know, or an Irish county ("Co. Cork"): a district's town line."""
    p = part.strip().rstrip(".")
    return p.lower() in CITIES or p.lower() in places() or _COUNTY.match(p) is not None


# the cells of a row before its street cell: "04114218;Bianchi, Matteo;Karl-Marx-Str. 81;…",
# "5    MAC GIOLLA, SAOIRSE / AVENIDA DE LA CONSTITUCIÓN 45, …" (an id, a quantity, a name)
_FIELD_GAP = re.compile(r"[;|\t]|[ \t]/[ \t]")
_HYPHENED_BEFORE = re.compile(r"(?<![\w'’.\-])[^\W\d_][\w'’]*(?:-[\w'’]+)*-\Z")


def _from_street(text: str, run: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """The run from its street on, when only an id, a number or name-like cells stand before the
    street and a field separator parts them from it; an address does not begin in another cell."""
    for k in range(1, len(run)):
        if run[k][2] == "street":
            if all(p[2] in ("postal", "num", "street?", "city") for p in run[:k]) and \
                    _FIELD_GAP.search(text, run[k - 1][1], run[k][0]) is not None:
                return run[k:]
            break
    return run


# machine formats that carry an address in their own fields: X12's N3 (street) and N4 (town,
# state, ZIP) segments, HL7's PID-11 / NK1-4 ("976 SYCAMORE LN^^TACOMA^WA^98403^USA"); a ZPL
# label's fields are lines to the normaliser already
_X12_ADDRESS = re.compile(r"(?m)(?:^|~)N[34]\*([^~*\n]{2,60}(?:\*[^~*\n]{1,30}){0,4})(?=~|$)")
_HL7_ADDRESS = re.compile(r"(?<=\|)(\d{1,6}[A-Za-z]? [A-Za-z][A-Za-z0-9 #.'’\-]{2,60}(?:\^[^|^\n]{0,40}){2,6})(?=\|)")


def _machine_addresses(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    if "N3*" in text or "N4*" in text:
        out += [(m.start(1), m.end(1), 0.85) for m in _X12_ADDRESS.finditer(text)]
    if "PID|" in text or "NK1|" in text:
        out += [(m.start(1), m.end(1), 0.85) for m in _HL7_ADDRESS.finditer(text)]
    return out


def find_addresses(text: str) -> list[tuple[int, int, float]]:
    if not any(c.isdigit() for c in text):
        return []
    machine = _machine_addresses(text) if ("*" in text or "|" in text) else []
    found = widen_to_fields(text, [a for a in _find_addresses(text)
                                   if not any(s < a[1] and a[0] < e for s, e, _ in machine)])
    found = machine + found
    # a caller's lower-case answer to an address question, where no part formed (cued_addresses)
    return found + [(s, e, 0.75) for s, e in cued_addresses(text)
                    if not any(a < e and s < b for a, b, _ in found)]


def _find_addresses(text: str) -> list[tuple[int, int, float]]:
    native = native_addresses(text)
    if native:
        # a written address that overlaps a native one and reaches further ("Flat 496, Green Acres,
        # 26 Linking Road, Bengaluru 560001" around the Indian pattern's "26 Linking Road, …") widens it
        written = _written(text)
        out = []
        for s, e, sc in native:
            for a in written:
                if a[0] < e and s < a[1]:
                    s, e = min(s, a[0]), max(e, a[1])
            out.append((s, e, sc))
        return out + [a for a in written if not any(s < a[1] and a[0] < e for s, e, _ in out)]
    spoken = [(m.start(), m.end(), 0.8) for rx in (_SPOKEN, _SPOKEN_EN, _SPOKEN_BOX, _SHIP_POST)
              for m in rx.finditer(text)]
    found = spoken + [a for a in _written(text) if not any(s < a[1] and a[0] < e for s, e, _ in spoken)]
    # (an Irish townland's block only where no written address already holds it: "12 Bridge
    # Street, Athlone, Co. Westmeath, N37 AH9E" is the street's)
    return found + [(m.start(), m.end(), 0.8) for m in _IRISH_RURAL.finditer(text)
                    if not any(s < m.end() and m.start() < e for s, e, _ in found)]


def _written(text: str) -> list[tuple[int, int, float]]:
    ends = _sentence_ends(text)
    parts = _classified_parts(text, ends)
    out: list[tuple[int, int, float]] = []
    i, n = 0, len(parts)
    while i < n:
        if parts[i][2] not in ("street", "street?", "unit", "num", "postal"):
            i += 1
            continue
        j = i
        while j + 1 < n and parts[j + 1][2] is not None and \
                _joins(text, parts[j][1], parts[j + 1][0], ends):
            # a part led by its own label ("…, F26 X2Y3\nShip to = c/o …") starts another address
            if _LABEL_IN_GAP.search(text, parts[j][1], parts[j + 1][0]):
                break
            if parts[j][2] == "postal" and parts[j + 1][2] == "street" and \
                    _CONNECTOR_GAP.fullmatch(text, parts[j][1], parts[j + 1][0]):
                break  # "…, 94408 Barthelemy to Maresteeg 67, …": from one address to the next
            if _list_items(text, parts[i][0], parts[j][1], parts[j + 1][0]):
                break  # "1. HC 65 BOX 42, ALPINE, TX 79830\n2. Unit 2050 Box 4190, …": the next item
            # a tab parts the cells of a pasted row: an address may run on into the postcode and
            # city columns, but a row number, an order id or a name cell before it is no part of it
            if "\t" in text[parts[j][1]:parts[j + 1][0]] and (
                    not any(p[2] in ("street", "street?") for p in parts[i:j + 1])
                    or _PRICE.fullmatch(text, parts[j + 1][0], parts[j + 1][1])):
                break  # (nor a price column: "1 X FLAT WHITE OAT\t4.20" of a receipt)
            if parts[j][2] == "country" and "\n" in text[parts[j][1]:parts[j + 1][0]] and \
                    any(p[2] == "street" for p in parts[i:j]):
                break  # the country closes a whole address: the next line is the next row
            j += 1
        run = _from_street(text, list(parts[i:j + 1]))
        # "…, 18901 Heinsberg - send a welcome pack.": a postcode line that runs into a sentence
        if j + 1 < n and parts[j + 1][2] is None and _joins(text, parts[j][1], parts[j + 1][0], ends):
            nxt = text[parts[j + 1][0]:parts[j + 1][1]]
            lead = len(nxt) - len(nxt.lstrip())
            m = None if _LABEL_LEAD.match(nxt.lstrip()) and not _POSTAL_PREFIX.match(nxt.lstrip()) else (
                _POSTAL_PREFIX.match(nxt.lstrip()) or _country_prefix(nxt.lstrip()))
            same_line = "\n" not in text[parts[j][1]:parts[j + 1][0] + lead]
            if not m and run[-1][2] == "postal" and same_line:  # not "WA8 6BG\nVAT ID: …"
                typed_lower = not any(c.isupper() for c in text[run[0][0]:run[-1][1]])
                m = _STATE_PREFIX.match(nxt.lstrip()) or _CITY_PREFIX.match(nxt.lstrip()) or (
                    _LOWER_CITY_PREFIX.match(nxt.lstrip()) if typed_lower else None)
            if not m and same_line:  # "…, Ikoyi, Lagos State ("Creator")": a state closes it
                m = _REGION_PREFIX.match(nxt.lstrip())
            if not m and same_line and run[-1][2] == "city":  # "…, Co. Donegal, F92 B9X6? lost mine"
                m = _LETTERED_LEAD.match(nxt.lstrip())
            if m:
                start = parts[j + 1][0] + lead
                cut = _SENTENCE_IN.search(m.group())  # "…, Santa Fe. Mi CBU …": the town, not the next sentence
                run.append((start, start + (cut.start() + cut.group().index(".") if cut else m.end()), "postal"))
        # a c/o line before the street names the recipient, a person (name_cues._care_of); one
        # after it ("Linzer Gasse 57, c/o Agentur Blau, 5020 Salzburg") stays in the address
        # (but "c/o Sunrise Motel", "c/o Lakeside Dental Group" is the place the post goes to)
        while len(run) > 1 and run[0][2] == "unit" and _CARE_OF.match(text, run[0][0]) and \
                not _names_organisation(text[run[0][0]:run[0][1]]):
            run = run[1:]
        kinds = [p[2] for p in run]
        strong = "street" in kinds
        # a bare number after a postcode is no house number ("R-93915,6" in a CSV row)
        weak = "postal" in kinds and (any(k in ("street?", "unit") for k in kinds) or (
            "num" in kinds and kinds.index("num") < kinds.index("postal")))
        has_street = any(k in ("street", "street?") for k in kinds)
        # "Apt 2985, Marina Heights Tower, Dubai Marina": a flat in a named building, then the town
        units = sum(p[2] == "unit" or _UNIT.match(text[p[0]:p[1]].strip()) is not None for p in run) >= 2 \
            and kinds[-1] == "city"
        # "Plot 15, Admiralty Way, …": a plot or flat, then its street without a number
        first = text[run[0][0]:run[0][1]].strip()
        unit_first = _UNIT.match(first)
        unit_street = len(kinds) >= 2 and kinds[1] == "street?" and unit_first is not None and \
            unit_first.end() == len(first) and not _CARE_OF.match(first)
        if not (strong or weak or units or unit_street or (has_street and "country" in kinds)):
            i = j + 1
            continue
        # the run ends at its last postal/country part, or one city line after the street
        last = max(k for k, p in enumerate(run) if p[2] in ("street", "street?", "postal",
                                                              "country", "unit", "num"))
        if last + 1 < len(run) and run[last + 1][2] == "city" and \
                not any(p[2] in ("postal", "country") for p in run[:last + 1]):
            last += 1
            if last + 1 < len(run) and run[last + 1][2] == "city" and (
                    (units and "\n" not in text[run[last][1]:run[last + 1][0]])
                    or _known_city(text[run[last + 1][0]:run[last + 1][1]])):
                last += 1  # "…, Dubai Marina, Dubai", "8 Awolowo Road, Ikoyi, Lagos", "…, Salthill, Co. Cork"
        elif last + 1 < len(run) and run[last][2] == "postal" and run[last + 1][2] == "city" and \
                len(text[run[last + 1][0]:run[last + 1][1]].split()) <= 5 and not (
                    # (not the next line's label: "…, 22240-024\nIBAN: BR89 …")
                    "\n" in text[run[last][1]:run[last + 1][0]]
                    and text[run[last + 1][1]:run[last + 1][1] + 3].lstrip(" \t")[:1] in (":", "：")):
            last += 1
            if last + 1 < len(run) and run[last + 1][2] == "country":
                last += 1
        s, e = run[0][0], run[last][1]
        joined = _HYPHENED_BEFORE.search(text, max(0, s - 40), s)
        if joined:  # "Karl-Marx-Str. 81": the street's name, not only its type word
            s = joined.start()
        paren = _PAREN_REGION.match(text, e)  # "36987 Vigo (Pontevedra)", "40119 Bologna (BO)"
        if paren and run[last][2] in ("postal", "city"):
            e = paren.end()
        if run[0][2] == "street":
            m = _NUM_BEFORE.search(text[max(0, s - 12):s])
            if m:
                s = max(0, s - 12) + m.start(1)
        # the town first, then the street and the postcode ("Budapest, Andrássy út 37. 4. em. 3.,
        # 3184", as Hungarian and some Slavic layouts write it)
        # (same line only, and a town the gazetteers know: "Barbara Lloyd" above is the recipient,
        # "Smith, 12 Main St" a surname)
        # (or the town alone on the line above: "Budapest\nBartók Béla út 49. fsz. 1.\n1137")
        if i > 0 and s == parts[i][0] and parts[i - 1][2] == "city" and "postal" in kinds[:last + 1] and \
                (_TOWN_GAP.fullmatch(text, parts[i - 1][1], s) or (
                    _LINE_GAP.fullmatch(text, parts[i - 1][1], s)
                    and text[:parts[i - 1][0]].rstrip(" \t")[-1:] in ("", "\n"))) \
                and (not out or out[-1][1] <= parts[i - 1][0]) \
                and _known_city(text[parts[i - 1][0]:parts[i - 1][1]]):
            s = parts[i - 1][0]
        if not any(c.isupper() for c in text[s:e]):
            m = _LOWER_TAIL.match(text, e)
            if m:  # "171 quayside walk, byker, leeds, hg1 1lg", "560 oak ridge dr, provo, ut 84666"
                e = m.end()
        m = _VI_LANE_BEFORE.search(text, max(0, s - 30), s) if text[s:s + 1].isdigit() else None
        if m:  # "Số 132 Ngõ 12 Phố Huế": the house number and the lane before the street's
            s = m.start()
        m = _NUMBER_WORD_BEFORE.search(text, max(0, s - 8), s)
        if m and text[s:s + 1].isdigit():  # "Số 90 Lê Lợi", "No. 12 Adeola Street": the number's word
            s = m.start()
        m = _UNIT_WORD_BEFORE.search(text, max(0, s - 12), s) if text[s:s + 1].isdigit() else None
        if m:  # "UNIT 29 OAKWOOD VILLAS, …": the unit's word
            s = m.start()
        m = _BUILDING_BEFORE.search(text, max(0, s - 40), s)
        if m and (not _HOUSE_NAMED.search(m.group()) or all(w[:1].isupper() for w in m.group().rstrip(", \t").split())):
            s = m.start()  # "Hinterhaus, 2. Etage, …", "THE OLD FORGE, 59 …", "Bât. B, 12 rue …"
        m = _MAHALLE_BEFORE.search(text, max(0, s - 50), s)
        if m:  # "Kazım Dirik Mah. 483 Sk. No: 6": a Turkish neighbourhood before its street
            s = m.start()
        s = _lead_before(text, s)
        e = _town_after(text, e)
        if text[e:e + 1] == ")" and text.count("(", s, e) > text.count(")", s, e):
            e += 1  # "S(520088)": the bracket the trim took
        if e - s >= 6:
            out.append((s, e, 0.85 if (strong or "postal" in kinds) else 0.6))
        i = j + 1
    return out


# what may close an address after the part the runs ended with, on the same line: a known town
# after a comma ("…, OX4 7PD, Oxford", "…, East Legon, Accra"), its country, an Eircode or a UK
# postcode after the town ("…, Dublin 3, D03 Z1E2")
_TOWN_AFTER = re.compile(r"[ \t]*,[ \t]*([A-ZÀ-Þ][\w'’\-]+(?:[ \t][A-ZÀ-Þ][\w'’\-]+){0,2})")
_COUNTRY_AFTER = re.compile(r"[ \t]*,[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})(?![\w'’\-])")
_DISTRICT_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,2}(?:[ \t]\d{1,2})?(?=[ \t]*,)")
_CODE_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:{_LETTERED_CODE}|[A-Z]\d{{2}}\s?[0-9A-Z]{{4}})(?![\w])")


# what may open an address before the part its run started with, on the same line: a Scottish
# flat's floor/door ("2/1 58 Dumbarton Road"), a road's number ("1482 State Highway 2"), a flat
# and its building's name ("apartment 1104, deansgate square, 8 owen street", "Room B207,
# Chancellors Hall, …")
_FLAT_POSITION = re.compile(r"(?<![\w/.])\d{1,2}/\d{1,2},?[ \t]+\Z")
_HIGHWAY_BEFORE = re.compile(r"(?<![\w.])\d{1,5}[ \t]+(?i:state[ \t]+highway|highway|hwy|route|rte|sh)[ \t]+\Z")
_BUILDING_NAME = re.compile(r"(?:the[ \t]+)?[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3}")
_LEAD_LABEL = re.compile(r"^.{0,30}?(?:[:：=][ \t]*|\b(?i:to|at|is|address|addr)[ \t]+)(?=\S)")
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+")


def _list_items(text: str, start: int, a: int, b: int) -> bool:
    """text[a:b] crosses into the next item of a list whose items each open with their number or
    bullet: the line the run started on opens with one, and so does the next part's line."""
    nl = text.rfind("\n", a, b)
    if nl < 0:
        return False
    # (a bounded look back: this runs per joined part, and a prompt may be one 400 KB line)
    first = text.rfind("\n", max(0, start - _LOOK_BACK), start) + 1
    if first == 0 and start > _LOOK_BACK:
        return False
    return bool(_LIST_ITEM.match(text, nl + 1)) and bool(_LIST_ITEM.match(text, first))


_LOOK_BACK = 200  # characters read back from an address for its list marker or its leading parts


def _lead_before(text: str, s: int) -> int:
    line = max(text.rfind("\n", max(0, s - _LOOK_BACK), s) + 1, s - _LOOK_BACK)
    if text[s:s + 1].isdigit():
        m = _FLAT_POSITION.search(text, max(line, s - 8), s) or _HIGHWAY_BEFORE.search(text, max(line, s - 30), s)
        if m:
            return m.start()
    # up to two comma-parted parts before: a unit ("apartment 1104", "Plot 15", "Room B207"), or a
    # building's name with the unit before it
    pieces = text[line:s].split(",")
    if len(pieces) < 2 or pieces[-1].strip():
        return s
    k, start = len(pieces) - 2, s - 1
    for _ in range(2):
        if k < 0:
            break
        piece = pieces[k]
        core = _LEAD_LABEL.sub("", piece).strip()
        pos = line + sum(len(x) + 1 for x in pieces[:k]) + (piece.index(core) if core else 0)
        unit = _UNIT.match(core)
        if core and unit and unit.end() == len(core) and not _CARE_OF.match(core):
            return pos
        if not (core and _BUILDING_NAME.fullmatch(core) and k >= 1):
            break
        prev = _LEAD_LABEL.sub("", pieces[k - 1]).strip()  # "Site: apartment 1104"
        unit = _UNIT.match(prev)
        if not (prev and unit and unit.end() == len(prev) and not _CARE_OF.match(prev)):
            break
        return line + sum(len(x) + 1 for x in pieces[:k - 1]) + pieces[k - 1].index(prev)
    return s


_MAHALLE_BEFORE = re.compile(r"(?<![\w'’])[A-ZÇĞİÖŞÜ][\w'’]+(?:[ \t][A-ZÇĞİÖŞÜ][\w'’]+){0,2}[ \t]+(?i:mah\.|mahallesi|mh\.)"
                             r"[ \t]*(?:\d{1,5}\.?[ \t]*)?\Z")
# a state after a postcode on the same line, no comma: "Lucknow 226520 Uttar Pradesh"
_REGION_AFTER_CODE = re.compile(r"[ \t]+([A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,2})")


def _town_after(text: str, e: int, depth: int = 0) -> int:
    if e > 0 and text[e - 1].isdigit():
        m = _REGION_AFTER_CODE.match(text, e)
        if m:
            words = m.group(1).split()
            for k in range(len(words), 0, -1):
                if _known_city(" ".join(words[:k])) and " ".join(words[:k]).lower() not in english_first_names():
                    return m.start(1) + len(" ".join(words[:k]))
    district = _DISTRICT_AFTER.match(text, e)
    # "…, Lekki Phase 1, Lagos"; two districts at most (a comma-joined line of thousands of
    # capitalised pairs recursed once per pair, past Python's limit)
    if district and depth < 2 and _TOWN_AFTER.match(text, district.end()):
        town = _town_after(text, district.end(), depth + 1)
        if town > district.end():
            return town
    m = _TOWN_AFTER.match(text, e)
    if m:
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # "Oxford bood na", "Accra Ghana": the longest known town
            town = " ".join(words[:k])
            # (not "…, Main St, Florence": a town that is an English given name may be the next person)
            if _known_city(town) and town.lower() not in english_first_names():
                e = m.start(1) + len(town)
                country = _COUNTRY_AFTER.match(text, e)
                if country and country.group(1).lower() in countries():
                    e = country.end(1)
                break
    code = _CODE_AFTER.match(text, e)
    if code:
        e = code.end()
    return e

