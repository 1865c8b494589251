"""Generate the PII *hard* set (bench/pii_data/hard.jsonl): written after the detectors, never
tuned on.

Other styles and another generator than gen_dev.py: hand-written sentence frames (review replies,
CRM exports with pipes, forwarded e-mail headers, meeting notes, envelope-style caps addresses,
SMS shorthand, prose addresses with " · " separators), a hand-written list of ~110 names from
cultures Faker does not cover (Irish Gaelic, Yoruba, Igbo, Amharic, Arabic, Turkish, Vietnamese,
Korean, Icelandic, Welsh, Greek, Hungarian, Hebrew, Maori...) plus names that are ordinary words
("Hope Daniels", "Rich Alvarez"), hand-written addresses of 16 countries, and Faker only for
street/city/postcode components in locales gen_dev.py does not use (hu_HU, sk_SK, hr_HR, sl_SI,
es_MX, fr_CA, nl_BE, fr_CH, ro_RO), with other seeds. Phone numbers come from phonenumbers'
example numbers of 24 regions with other formats (slashes, RFC 3966 "tel:", "ext.").

    PYTHONPATH=. python bench/pii_data/gen_hard.py [--n 700] [--seed 2027]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faker import Faker
from textbuild import Text, format_phone, generator_cli, valid_phone

NAMES = """Siobhán Ní Bhriain|Ciarán O'Donovan|Eilidh MacLeod|Niamh Fitzgerald-Byrne|Chukwuemeka Okafor|
Ngozi Adeyemi|Oluwaseun Bakare|Yusuf Al-Hashimi|Fatima Zahra Benali|Layla Haddad|Emre Yıldırım|
Elif Şahin|Nguyen Thi Lan|Tran Van Minh|Wang Xiuying|Zhang Haoran|Kim Ji-woo|Park Seo-yeon|
Venkatesh Raghunathan|Priyanka Chaudhary|Arjun Mehta|Konstantinos Papadopoulos|Eleni Georgiou|
Zsófia Kovács|Bence Horváth|Ioana Popescu|Guðrún Sigurðardóttir|Þórir Magnússon|Rhiannon Llewellyn|
Dafydd ap Gruffydd|Conceição Figueiredo|Grzegorz Brzęczyszczykiewicz|Małgorzata Wójcik|
Vojtěch Dvořák|Kateřina Nováková|Bjørn Kjærgaard|Åsa Lindqvist|Ingvild Østby|Aatu Häkkinen|
Kerttu Lehtonen|Joost van den Berg|Femke de Jong|María José Fernández de la Cruz|Íñigo Etxeberria|
Jean-Baptiste Lefèvre|Anaïs Dubois-Martin|Jürgen Oßwald|Wiebke Schröder|Gianluca D'Alessandro|
Chiara Dell'Acqua|Haruto Takahashi|Yui Nakamura|Noa Ben-David|Itai Shapiro|Keoni Kahananui|
Aroha Ngata|Thandiwe Nkosi|Kwame Mensah|Abebe Bekele|Tamsin Featherstonehaugh|Crispin Ashdown|
Peregrine Hollis|Hope Daniels|Faith Okoro|Summer Reyes|Rich Alvarez|Will Turner|Grace Mbeki|
Dawn Fairweather|Sunny Kapoor|Mercy Otieno|Precious Dlamini|Bongani Zulu|Tendai Moyo|
Saoirse Ó Súilleabháin|Pádraig Mac Giolla|Ruairí Quinn|Mairéad Ní Mhaonaigh|Oisín Kavanagh|
Xochitl Hernández|Itzel Ramírez|Cuauhtémoc Blanco|Anahí Villaseñor|Thiago Nascimento|
Luana Ferreira-Lima|Mohammed bin Rashid|Abdulrahman Al-Qahtani|Soo-ah Lee|Dong-hyun Choi|
Pham Minh Chau|Le Thi Hoa|Aigerim Nurlanovna|Timur Akhmetov|Olamide Ogunleye|Chidinma Eze|
Hamza Belkacem|Yasmine Bouaziz|Rafael Quispe|Wiremu Tane|Mele Fifita|Sione Taufa|
Agnieszka Szczepańska|Przemysław Grzybowski|Ľubomír Šťastný|Zdeňka Kučerová|Hrafnhildur Jónsdóttir|
Eero Väisänen|Sigrún Ólafsdóttir|Cosmin Dumitrescu|Radu Ionescu|Dimitra Katsarou|Ilse Vermeulen|
Maarten Verbruggen|Lotte Jacobs|Jokūbas Petrauskas|Rūta Kazlauskienė""".replace("\n", "").split("|")
CAPS_NAMES = ["JOAQUÍN BALLESTEROS", "MARIT HOVLAND", "SEAMUS O'ROURKE", "OKONKWO NWANKWO",
              "DANIELA VUKOVIĆ", "TOMASZ ŻUREK"]
BRANDS = ["Northwind", "Harbor & Pine", "Morning Dew", "Alpine Crest", "Coral Bay", "Spring Glow Serum"]

ADDRESSES = [  # hand-written, one list of lines per address
    ["Flat 3", "12 High Street", "Oxford OX1 4AB"],
    ["Storgatan 12 B, 3 tr", "114 55 Stockholm", "Sverige"],
    ["Na Příkopě 12", "110 00 Praha 1"],
    ["al. Jerozolimskie 65/79", "00-697 Warszawa"],
    ["Corso Buenos Aires 45", "20124 Milano MI"],
    ["Keizersgracht 221-H", "1016 DV Amsterdam"],
    ["Rosenvængets Allé 7, st. th.", "2100 København Ø"],
    ["Karl Johans gate 22", "0159 Oslo", "Norway"],
    ["Mannerheimintie 14 B 22", "00100 Helsinki"],
    ["Rua Augusta 1100, conj. 52", "Consolação", "São Paulo - SP", "01304-001"],
    ["4/88 Beach Road", "Bondi NSW 2026", "Australia"],
    ["221 MG Road, 3rd Floor", "Bengaluru 560001", "Karnataka"],
    ["1-2-3 Shibuya", "Shibuya-ku, Tokyo 150-0002", "Japan"],
    ["Calle de Alcalá 48, 2º izq.", "28014 Madrid"],
    ["17 rue des Lilas", "69003 Lyon", "France"],
    ["Schönhauser Allee 112", "10439 Berlin"],
    ["1600 Amphitheatre Pkwy", "Mountain View, CA 94043"],
    ["Suite 400, 350 Fifth Avenue", "New York, NY 10118", "USA"],
    ["Unit 7, 40 Harbour Street", "Wellington 6011", "New Zealand"],
    ["Bahnhofstrasse 10", "8001 Zürich", "Schweiz"],
    ["Mariahilfer Straße 77/2/14", "1060 Wien", "Austria"],
    ["Via Garibaldi 9, int. 4", "16124 Genova (GE)", "Italia"],
    ["Váci utca 19", "1052 Budapest"],
    ["ul. Floriańska 15 m. 3", "31-019 Kraków", "Polska"],
    ["Laugavegur 26", "101 Reykjavík", "Iceland"],
    ["Vesterbrogade 4A, 3. sal", "1620 København V"],
    ["Rua do Ouro 210, 3.º Dto", "1100-065 Lisboa", "Portugal"],
    ["83 Grafton Street", "Dublin 2, D02 VF65"],
    ["25 Rue Sainte-Catherine Ouest", "Montréal QC H2X 1Z4", "Canada"],
    ["Drottninggatan 5", "411 14 GÖTEBORG"],
]
FAKER_LOCALES = {"hu_HU": "Hungary", "sk_SK": "Slovakia", "hr_HR": "Croatia", "sl_SI": "Slovenia",
                 "es_MX": "México", "fr_CA": "Canada", "nl_BE": "Belgium", "fr_CH": "Switzerland",
                 "ro_RO": "Romania"}
PHONE_REGIONS = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "AT", "CH", "PL", "CZ", "SK", "SE",
                 "DK", "NO", "FI", "IE", "PT", "BR", "MX", "AU", "NZ", "IN"]


def add_phone(t: Text, value: str) -> Text:
    """A "tel:" URI prefix is not part of the number."""
    if value.startswith("tel:"):
        return t.lit("tel:").ent("PHONE_NUMBER", value[4:])
    return t.ent("PHONE_NUMBER", value)


class Hard:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.f = {loc: Faker(loc) for loc in FAKER_LOCALES}
        for i, fk in enumerate(self.f.values()):
            fk.seed_instance(seed + 7 * i)
        self.us = Faker("en_US")
        self.us.seed_instance(seed + 99)

    def name(self) -> str:
        return self.rnd.choice(NAMES)

    def first(self) -> str:
        return self.name().split()[0]

    def last(self) -> str:
        return self.name().split()[-1]

    def phone(self) -> str:
        region = self.rnd.choice(PHONE_REGIONS)
        num = valid_phone(region, self.rnd, self.rnd.random() < 0.5)
        style = self.rnd.choice(["nat", "nat", "intl", "e164", "slash", "tel", "paren", "dashes"])
        if style == "slash":  # German-style "030/1234567"
            nat = format_phone(num, "nat")
            head, _, rest = nat.partition(" ")
            return f"{head}/{rest.replace(' ', '')}" if rest else nat
        if style == "tel":
            return "tel:" + format_phone(num, "e164")
        if style == "paren":
            intl = format_phone(num, "intl")
            cc, _, rest = intl.partition(" ")
            return f"{cc} ({rest.split(' ', 1)[0]}) {rest.split(' ', 1)[1]}" if " " in rest else intl
        return format_phone(num, style)

    def address(self) -> list[str]:
        if self.rnd.random() < 0.55:
            return list(self.rnd.choice(ADDRESSES))
        loc = self.rnd.choice(list(FAKER_LOCALES))
        fk = self.f[loc]
        lines = [f"{fk.street_name()} {self.rnd.randint(1, 199)}", f"{fk.postcode()} {fk.city()}"]
        if self.rnd.random() < 0.5:
            lines.append(FAKER_LOCALES[loc])
        return lines

    def email(self) -> str:
        user = self.rnd.choice(["j.okafor", "lindqvist.asa", "m.wojcik82", "info+crm", "kasia_w",
                                "t.nkosi", "b.horvath", "rhi.llew", "yui.n", "s.reyes"])
        return f"{user}@{self.rnd.choice(['posteo.de', 'proton.me', 'seznam.cz', 'wp.pl', 'orange.fr', 'yahoo.co.uk', 'example.net'])}"

    def obf_email(self) -> str:
        user, dom = self.email().split("@")
        host, _, tld = dom.partition(".")
        style = self.rnd.choice(["words", "paren", "brace"])
        if style == "words":
            return f"{user.replace('.', ' dot ')} at {host} dot {tld.replace('.', ' dot ')}"
        if style == "paren":
            return f"{user}(at){host}.{tld}"
        return f"{user} {{at}} {host} {{dot}} {tld.replace('.', ' {dot} ')}"


def h_review_reply(h: Hard) -> Text:
    t = Text().lit("Draft a friendly reply to the 2-star review by ").ent("PERSON", h.name())
    t = add_phone(t.lit(" (\"parcel came late\") and offer a call back on "), h.phone())
    return t.lit(".")


def h_crm_export(h: Hard) -> Text:
    name = h.name().split()
    t = Text().ent("PERSON", name[-1]).lit(", ").ent("PERSON", " ".join(name[:-1])).lit(" | ")
    t = add_phone(t.ent("EMAIL_ADDRESS", h.email()).lit(" | "), h.phone()).lit(" | gold tier")
    return t


def h_forwarded(h: Hard) -> Text:
    name = h.name()
    t = Text().lit("---------- Forwarded message ---------\nFrom: ").ent("PERSON", name)
    t.lit(" <").ent("EMAIL_ADDRESS", h.email()).lit(">\nDate: Tue, 4 Mar 2025 at 09:12\n")
    t.lit("Subject: Re: missing voucher\n\nHi team, please fix this for my mum ")
    return t.ent("PERSON", h.name()).lit(".")


def h_meeting(h: Hard) -> Text:
    t = Text().lit("notes from call w/ ").ent("PERSON", h.first().lower())
    t.lit(f" ({h.rnd.choice(BRANDS)} stockist) - wants samples sent to ")
    t.ent("STREET_ADDRESS", " · ".join(h.address())).lit(" by friday")
    return t


def h_envelope(h: Hard) -> Text:
    t = Text().lit(h.rnd.choice(["MR ", "MS ", "DR "])).ent("PERSON", h.last().upper()).lit("\n")
    return t.ent("STREET_ADDRESS", "\n".join(line.upper() for line in h.address()))


def h_sms(h: Hard) -> Text:
    t = add_phone(Text().lit("pls ring ").ent("PERSON", h.first().lower()).lit(" on "), h.phone())
    return t.lit(h.rnd.choice([" re refund asap", " b4 5pm", " - she's waiting", " thx"]))


def h_bill_to(h: Hard) -> Text:
    t = Text().lit(h.rnd.choice(["Bill to: ", "Recipient: ", "Deliver to "])).ent("PERSON", h.name())
    return t.lit("\n").ent("STREET_ADDRESS", "\n".join(h.address())).lit("\nGift wrap: yes")


def h_prose_address(h: Hard) -> Text:
    t = Text().lit("The pop-up will be in the old bakery at ")
    t.ent("STREET_ADDRESS", ", ".join(h.address())).lit(", and ").ent("PERSON", h.name())
    return t.lit(" has the keys.")


def h_quote_role(h: Hard) -> Text:
    t = Text().ent("PERSON", h.name()).lit(f", {h.rnd.randint(22, 70)}, a nurse from ")
    t.ent("LOCATION", h.rnd.choice(["Leeds", "Tampere", "Brno", "Porto", "Graz", "Gdańsk", "Aarhus"]))
    return t.lit(", said the serum \"finally worked\".")


def h_shortlist(h: Hard) -> Text:
    names = [h.first() for _ in range(h.rnd.randint(3, 5))]
    lower = h.rnd.random() < 0.5
    t = Text().lit("Shortlist for the ambassador programme: ")
    for i, n in enumerate(names):
        if i:
            t.lit(" & " if i == len(names) - 1 else "; ")
        t.ent("PERSON", n.lower() if lower else n)
    return t


def h_possessive(h: Hard) -> Text:
    name = h.name()
    t = Text().lit("Please resend ").ent("PERSON", name).lit("'s voucher; ")
    t.ent("PERSON", h.first()).lit("’s last order was lost too.")
    return t


def h_caps(h: Hard) -> Text:
    t = Text().lit("CUSTOMER ").ent("PERSON", h.rnd.choice(CAPS_NAMES)).lit(" WANTS A CALLBACK: ")
    return add_phone(t, h.phone()).lit(" (EVENINGS ONLY)")


def h_payment(h: Hard) -> Text:
    card = h.us.credit_card_number()
    if len(card) == 16 and h.rnd.random() < 0.5:
        card = "-".join(card[i:i + 4] for i in range(0, 16, 4))
    iban = h.rnd.choice([h.f["hu_HU"], h.f["sk_SK"], h.f["hr_HR"], h.f["sl_SI"], h.f["ro_RO"],
                         h.f["nl_BE"], h.f["fr_CH"]]).iban()
    if h.rnd.random() < 0.4:
        iban = iban.lower()
    t = Text().lit("chargeback on ").ent("CREDIT_CARD", card).lit(" - refund to ").ent("IBAN_CODE", iban)
    ssn = h.us.ssn()
    ssn = h.rnd.choice([ssn, ssn.replace("-", " "), ssn.replace("-", "")])
    t.lit(h.rnd.choice([" ; ssn: ", " (SSN#", " social security number "])).ent("US_SSN", ssn)
    return t.lit(h.rnd.choice([" ok?", ")", ""]))


def h_ip(h: Hard) -> Text:
    ip = h.rnd.choice([h.us.ipv4_public(), h.us.ipv6(), "2001:db8::" + str(h.rnd.randint(1, 99)),
                       h.us.ipv4_private()])
    t = Text().lit("Flag the account of ").ent("PERSON", h.name()).lit(": 14 failed logins from ")
    return t.ent("IP_ADDRESS", ip).lit(" last night.")


def h_obf(h: Hard) -> Text:
    t = Text().lit("her contact is ").ent("EMAIL_ADDRESS", h.obf_email())
    return t.lit(h.rnd.choice([" (dont spam pls)", ", reply there", ""]))


def h_greeting_first(h: Hard) -> Text:
    t = Text().lit(h.rnd.choice(["Morning ", "Cheers ", "Thanks so much, ", "Ciao "]))
    t.ent("PERSON", h.first()).lit("! Your ").lit(h.rnd.choice(BRANDS)).lit(" box ships today; ")
    return add_phone(t.lit("questions? "), h.phone()).lit(" ext. 12")


def h_not_pii(h: Hard) -> Text:
    """Mostly no personal data: brands, campaign numbers, cities, products."""
    t = Text().lit(h.rnd.choice(["Write 3 subject lines for the ", "Plan the ", "Summarise the "]))
    t.lit(h.rnd.choice(BRANDS)).lit(" spring drop in ")
    t.ent("LOCATION", h.rnd.choice(["Denver", "Lyon", "Malmö", "Leipzig", "Bologna", "Cork"]))
    t.lit(h.rnd.choice([": 2 400 units, 12% off, code SPRING25, ends 31/03.",
                        ". Budget 15 000 EUR, campaign ID 2025-0412-77.",
                        ". SHOP NOW banners, FREE delivery over 50 EUR, batch 7731 2290.",
                        ". Hotline stays 0800 123 4567 for all stores."]))
    return t


TEMPLATES = [h_review_reply, h_crm_export, h_forwarded, h_meeting, h_envelope, h_sms, h_bill_to,
             h_prose_address, h_quote_role, h_shortlist, h_possessive, h_caps, h_payment, h_ip,
             h_obf, h_greeting_first, h_not_pii]


def generate(n: int, seed: int) -> list[dict]:
    h = Hard(seed)
    out = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        out.append(tpl(h).sample(tpl.__name__[2:], f"hard-{i}"))
    return out


def main() -> None:
    generator_cli(generate, 700, 2027, "hard.jsonl")


if __name__ == "__main__":
    main()
