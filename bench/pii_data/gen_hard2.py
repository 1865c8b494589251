"""Generate the second PII hard set (bench/pii_data/hard2.jsonl): written after every detector
change of issue 14 and measured once, untouched by tuning.

The first hard set (gen_hard.py) was scored after the first detector round; its aggregate
numbers were seen and generic changes followed (see docs/pii.md), so this set is the unseen one.
It shares nothing with gen_dev.py or gen_hard.py: another hand-written list of 72 names, 24
hand-written addresses of 17 countries, frames in German, French, Spanish, Italian, Dutch and
English (support tickets, RSVPs, shipping labels with slashes, DMs, e-mail display names
"Last, First <mail>", names with degrees), phone numbers in formats neither set uses
("(+33) 6 12 34 56 78", "+1.415.555.0132", "0044 (0)20 …"), and another random seed.

    PYTHONPATH=. python bench/pii_data/gen_hard2.py [--n 600] [--seed 4242]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers
from faker import Faker
from textbuild import Text, generator_cli, valid_phone

NAMES = """Aoife Brennan|Tadhg Ó Murchú|Olusegun Adebayo|Amaka Obi|Efua Asante|Selam Tesfaye|
Mustafa Demir|Zeynep Aydın|Hoang Van Duc|Nguyen Bao Ngoc|Seo-jun Han|Ji-ho Kang|
Rajesh Krishnamurthy|Lakshmi Subramanian|Anjali Deshpande|Georgios Nikolaidis|Vasiliki Pappa|
Réka Szabó|Levente Tóth|Mihaela Stoica|Andrei Vasilescu|Sólveig Einarsdóttir|Ragnar Þorsteinsson|
Gwenllian Pryce|Iolo Morgan-Rees|Yaw Boateng|Nomvula Khumalo|Sipho Ndlovu|Lwazi Mthembu|
Te Rangi Parata|Anahera Walker|Kalani Akana|Malia Tuilagi|Imran Qureshi|Saira Bano|
Bilal Chaudhry|Nadia El Amrani|Karim Bensaïd|Leila Mansour|Omar Farouk|Dilnoza Karimova|
Bakhyt Seitkali|Valentina Ostrowska|Wojciech Kaczmarek|Jarmila Procházková|Matěj Svoboda|
Tuomas Mäkelä|Pirjo Kinnunen|Signe Halvorsen|Eskil Lundgren|Pernille Dahl|Jesper Mikkelsen|
Lieke Bakker|Thijs Visser|Adèle Rousseau|Thibault Mercier|Griselda Ortega|Maite Zubiri|
Bartolomeu Dias Costa|Iracema Moura|Hinewai Tapsell|Oyelaran Fashola|Felicity Ashworth-Clarke|
Barnaby Whitlock|Hermione Castellane|Ignatius Pemberton|Joy Mwangi|Blessing Chukwu|
Sunday Adeyemi|Lucky Dube-Khoza|Faith Wanjiru|Honey Patel""".replace("\n", "").split("|")
ADDRESSES = [
    ["5 Elm Row", "Edinburgh EH7 4AA", "Scotland"], ["Rue Neuve 15", "1000 Bruxelles"],
    ["Largo do Chiado 8", "1200-108 Lisboa"], ["Plac Mariacki 7/2", "31-042 Kraków"],
    ["Wenceslas Square 56", "110 00 Prague 1", "Czech Republic"],
    ["Strandvejen 130, 1. tv.", "2900 Hellerup"], ["Bygdøy allé 23", "0262 Oslo"],
    ["Aleksanterinkatu 52", "00100 Helsinki", "Finland"], ["Kungsgatan 44, lgh 1102", "111 35 Stockholm"],
    ["Piazza Navona 12", "00186 Roma RM"], ["Via Toledo 256, scala B", "80132 Napoli"],
    ["Carrer de Mallorca 401, 3r 2a", "08013 Barcelona"],
    ["Avenida Paulista 1578, apto 91", "Bela Vista, São Paulo - SP", "01310-200"],
    ["Rosenthaler Str. 40-41", "10178 Berlin", "Deutschland"], ["Praterstraße 1/3/12", "1020 Wien"],
    ["Rämistrasse 71", "8006 Zürich"], ["742 Evergreen Terrace", "Springfield, OR 97477"],
    ["PO Box 1234", "Anchorage, AK 99501"], ["Level 5, 100 Queen Street", "Melbourne VIC 3000"],
    ["12 Mahatma Gandhi Marg, Sector 4", "Gurugram, Haryana 122001"],
    ["2-11-3 Meguro, Meguro-ku", "Tokyo 153-0063"], ["Oudegracht 158", "3511 AZ Utrecht", "Nederland"],
    ["14 Kildare Street", "Dublin 2 D02 XY88"], ["Andrássy út 60", "1062 Budapest", "Hungary"],
]
REGIONS = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "PL", "CZ", "SE", "DK", "NO",
           "FI", "IE", "PT", "BR", "AU", "IN", "JP", "HU", "GR", "ZA", "MX"]


class G:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.us = Faker("en_US")
        self.us.seed_instance(seed)
        self.eu = [Faker(loc) for loc in ("de_AT", "it_IT", "es_ES", "fr_FR", "nl_NL", "pl_PL", "pt_PT")]
        for i, f in enumerate(self.eu):
            f.seed_instance(seed + 13 * i)

    def name(self) -> str:
        return self.rnd.choice(NAMES)

    def phone(self) -> str:
        num = valid_phone(self.rnd.choice(REGIONS), self.rnd, self.rnd.random() < 0.6)
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        cc, _, rest = intl.partition(" ")
        style = self.rnd.choice(["paren_cc", "dots_intl", "nat_nospace", "nat", "intl", "zero_zero_0"])
        if style == "paren_cc":
            return f"({cc}) {rest}"
        if style == "dots_intl":
            return cc + "." + rest.replace(" ", ".").replace("-", ".")
        if style == "nat_nospace":
            return "".join(c for c in nat if c.isdigit() or c == "(" or c == ")")
        if style == "zero_zero_0" and nat.startswith("0"):
            return f"00{cc[1:]} (0){nat[1:]}"
        return nat if style == "nat" else intl

    def email(self, name: str) -> str:
        parts = name.lower().encode("ascii", "ignore").decode().replace("'", "").split()
        user = self.rnd.choice([f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}",
                                f"{parts[-1]}{self.rnd.randint(10, 99)}"])
        return f"{user}@{self.rnd.choice(['gmx.at', 'free.fr', 'hotmail.es', 'ziggo.nl', 'icloud.com', 'o2.pl'])}"


def s_ticket(g: G) -> Text:
    n = g.name()
    t = Text().lit("Ticket #48213 - status: open\n\nHello,\n\nI ordered the travel kit three weeks ago and ")
    t.lit("nothing arrived. The courier says the address is wrong but it is correct:\n\n")
    t.ent("STREET_ADDRESS", "\n".join(g.rnd.choice(ADDRESSES))).lit("\n\nPlease call me back on ")
    t.ent("PHONE_NUMBER", g.phone()).lit(".\n\nRegards\n").ent("PERSON", n)
    return t


def s_german(g: G) -> Text:
    n = g.name()
    t = Text().lit("Bitte rufen Sie Frau ").ent("PERSON", n.split()[-1]).lit(" unter ")
    t.ent("PHONE_NUMBER", g.phone()).lit(" an, sie wartet auf die Gutschrift.")
    return t


def s_french(g: G) -> Text:
    t = Text().lit("Merci d'appeler M. ").ent("PERSON", g.name()).lit(" au ").ent("PHONE_NUMBER", g.phone())
    return t.lit(" avant vendredi pour confirmer la livraison.")


def s_spanish(g: G) -> Text:
    n = g.name()
    t = Text().lit("Enviar el regalo a ").ent("PERSON", n).lit(", ")
    t.ent("STREET_ADDRESS", ", ".join(g.rnd.choice(ADDRESSES))).lit(". Correo: ").ent("EMAIL_ADDRESS", g.email(n))
    return t


def s_italian(g: G) -> Text:
    t = Text().lit("La signora ").ent("PERSON", g.name()).lit(" ha scritto due volte; il suo cellulare è ")
    return t.ent("PHONE_NUMBER", g.phone()).lit(".")


def s_dutch(g: G) -> Text:
    t = Text().lit("Graag een bedankkaart sturen naar ").ent("PERSON", g.name()).lit(" (")
    return t.ent("EMAIL_ADDRESS", g.email(g.name())).lit(") namens het hele team.")


def s_rsvp(g: G) -> Text:
    names = [g.name() for _ in range(g.rnd.randint(2, 4))]
    t = Text().lit("RSVPs so far for the Thursday launch dinner:\n")
    for n in names:
        t.lit("- ").ent("PERSON", n).lit(g.rnd.choice([" (+1)\n", " - vegetarian\n", "\n"]))
    return t


def s_label(g: G) -> Text:
    addr = g.rnd.choice(ADDRESSES)
    t = Text().lit("LABEL: ").ent("PERSON", g.name()).lit(" / ").ent("STREET_ADDRESS", " / ".join(addr))
    return t.lit(" / fragile")


def s_display_name(g: G) -> Text:
    first, last = g.name().split(" ", 1)
    t = Text().lit("Reply-To: ").ent("PERSON", last).lit(", ").ent("PERSON", first).lit(" <")
    t.ent("EMAIL_ADDRESS", g.email(f"{first} {last}")).lit(">\nthey asked to be removed from the list")
    return t


def s_degree(g: G) -> Text:
    t = Text().lit("Quote approved by ").ent("PERSON", g.name()).lit(g.rnd.choice([", MBA", ", PhD", " MSc"]))
    return t.lit(", our regional lead. Do not mention the price.")


def s_dm(g: G) -> Text:
    n = g.name()
    t = Text().lit("DM from @glowfan_88: hey it's ").ent("PERSON", n.split()[0].lower())
    t.lit(" again, my new number is ").ent("PHONE_NUMBER", g.phone()).lit(" lol")
    return t


def s_moved(g: G) -> Text:
    addr = g.rnd.choice(ADDRESSES)
    t = Text().ent("PERSON", g.name()).lit(" moved to ").ent("STREET_ADDRESS", ", ".join(addr))
    return t.lit(" last month; update the mailing list.")


def s_payment(g: G) -> Text:
    card = g.us.credit_card_number(card_type=g.rnd.choice(["amex", "visa16", "mastercard", "discover"]))
    if len(card) == 15:
        card = f"{card[:4]} {card[4:10]} {card[10:]}"
    iban = g.rnd.choice(g.eu).iban()
    iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if g.rnd.random() < 0.5 else iban
    t = Text().lit("Customer paid with ").ent("CREDIT_CARD", card).lit(", wants the refund on ")
    t.ent("IBAN_CODE", iban.lower() if g.rnd.random() < 0.3 else iban)
    t.lit("; tax id (SSN) ").ent("US_SSN", g.us.ssn()).lit(", last login ").ent("IP_ADDRESS", g.us.ipv4())
    return t


def s_obf(g: G) -> Text:
    n = g.name()
    user, dom = g.email(n).split("@")
    host, _, tld = dom.partition(".")
    v = g.rnd.choice([f"{user} (at) {host} (dot) {tld}", f"{user}[at]{host}[dot]{tld}",
                      f"{user} at {host} dot {tld}"])
    return Text().lit("Her address for the newsletter: ").ent("EMAIL_ADDRESS", v)


def s_brand_only(g: G) -> Text:
    t = Text().lit(g.rnd.choice(["Create an Instagram caption for the ", "Three taglines for the "]))
    t.lit(g.rnd.choice(["Northwind", "Harbor & Pine", "Coral Bay"])).lit(" summer range, launch in ")
    t.ent("LOCATION", g.rnd.choice(["Vienna", "Porto", "Utrecht", "Gothenburg", "Seville"]))
    return t.lit(g.rnd.choice([" on 14.06.2025.", ", 30% OFF this WEEK ONLY!", ", stock 1 250 units."]))


TEMPLATES = [s_ticket, s_german, s_french, s_spanish, s_italian, s_dutch, s_rsvp, s_label,
             s_display_name, s_degree, s_dm, s_moved, s_payment, s_obf, s_brand_only]


def generate(n: int, seed: int) -> list[dict]:
    g = G(seed)
    return [TEMPLATES[i % len(TEMPLATES)](g).sample(TEMPLATES[i % len(TEMPLATES)].__name__[2:],
                                                     f"hard2-{i}") for i in range(n)]


def main() -> None:
    generator_cli(generate, 600, 4242, "hard2.jsonl")


if __name__ == "__main__":
    main()
