"""Generate the second *development* set (bench/pii_data/dev2.jsonl): addresses and phone numbers
in shapes dev.jsonl lacks, written to tune the address and phone detectors on (issue 14: whole
street addresses, national phone formats of 15+ countries).

Faker (offline, bundled lists) gives street names, cities and postcodes; the address *layouts*
are ours: one-line addresses inside sentences, addresses running into the next sentence, US
directionals and ordinals, full state names, PO boxes, c/o lines, Canadian, Mexican, Belgian,
Swiss, Australian and Korean-romanised layouts, lower case and ALL CAPS. Phones: each region's
national format from ``phonenumbers`` re-spaced the ways people type them (pairs, dots, a
``(0)`` after the country code, extensions), with and without a phone word nearby.

    PYTHONPATH=. python bench/pii_data/gen_dev2.py [--n 800] [--seed 23]
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat
from textbuild import Text, generator_cli, valid_phone

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL", "en_CA",
           "es_MX", "nl_BE", "fr_CH", "en_AU", "pt_BR", "sv_SE", "da_DK", "en_IN", "ko_KR"]
PHONE_REGIONS = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "PL", "CZ", "SE",
                 "DK", "NO", "FI", "IE", "PT", "BR", "MX", "AU", "NZ", "IN", "JP", "CA", "ZA"]
STATES = {"CA": "California", "NY": "New York", "TX": "Texas", "WA": "Washington",
          "IL": "Illinois", "CO": "Colorado", "OR": "Oregon", "FL": "Florida"}
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW"]
VERBS = ["Please ship the replacement to", "The parcel went to", "Her new address is",
         "Return label sent from", "We visited the store at", "Billing address on file:",
         "Customer says she lives at", "Deliver to", "Invoice address updated to"]


class G:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.f: dict[str, Faker] = {}
        for i, loc in enumerate(LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed * 7 + i)
            self.f[loc] = fk

    def name(self) -> str:
        fk = self.f[self.rnd.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT"])]
        return f"{fk.first_name()} {fk.last_name()}"

    # -- addresses: one string (lines joined by "\n" or ", ") ------------------------------------
    def address_lines(self) -> list[str]:
        rnd = self.rnd
        loc = rnd.choice(LOCALES)
        fk = self.f[loc]
        bn = str(rnd.randint(1, 9800) if loc in ("en_US", "en_CA", "en_AU") else rnd.randint(1, 180))
        if loc == "en_US":
            st = fk.street_name()
            kind = rnd.random()
            if kind < 0.25:
                st = f"{rnd.choice(DIRS)} {st}"
            elif kind < 0.4:
                n = rnd.randint(1, 99)
                suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
                st = f"{n}{suf} {rnd.choice(['St', 'Street', 'Ave', 'Avenue'])}"
            elif kind < 0.5:
                st = f"{st} {rnd.choice(DIRS)}"
            ab = rnd.choice(list(STATES))
            state = STATES[ab] if rnd.random() < 0.3 else ab
            unit = rnd.choice(["", "", "", f"Apt. {rnd.randint(1, 40)}", f"Ste {rnd.randint(100, 900)}",
                               f"#{rnd.randint(1, 300)}", f"Floor {rnd.randint(2, 30)}"])
            first = f"{bn} {st}" + (f" {unit}" if unit and rnd.random() < 0.5 else "")
            lines = [first] + ([unit] if unit and unit not in first else [])
            lines.append(f"{fk.city()}, {state} {fk.zipcode()}")
            if rnd.random() < 0.15:
                lines = [f"PO Box {rnd.randint(10, 9999)}", f"{fk.city()}, {ab} {fk.zipcode()}"]
        elif loc == "en_GB":
            flat = f"Flat {rnd.randint(1, 30)}, " if rnd.random() < 0.3 else ""
            lines = [f"{flat}{bn} {fk.street_name()}", fk.city(), fk.postcode()]
            if rnd.random() < 0.5:
                lines = [lines[0], f"{fk.city()} {fk.postcode()}"]
        elif loc == "de_DE":
            lines = [f"{fk.street_name()} {bn}{rnd.choice(['', '', 'a', 'b'])}",
                     f"{fk.postcode()} {fk.city()}"]
            if rnd.random() < 0.2:
                lines.insert(0, f"c/o {self.name()}")
        elif loc == "fr_FR":
            lines = [(f"{bn} {rnd.choice(['rue', 'avenue', 'boulevard', 'allée', 'impasse'])} "
                     f"{fk.last_name()}"), f"{fk.postcode()} {fk.city()}"]
            if rnd.random() < 0.3:
                lines.insert(1, f"Bâtiment {rnd.choice('ABC')}, {rnd.randint(1, 6)}e étage")
        elif loc == "it_IT":
            lines = [f"{rnd.choice(['Via', 'Viale', 'Corso', 'Piazza'])} {fk.last_name()} {bn}",
                     f"{fk.postcode()} {fk.city()} {rnd.choice(['RM', 'MI', 'TO', 'BO'])}"]
        elif loc == "es_ES":
            lines = [(f"{rnd.choice(['Calle', 'C/', 'Avda.', 'Paseo'])} {fk.last_name()} {bn}, "
                     f"{rnd.randint(1, 9)}º{rnd.choice('ABCD')}"), f"{fk.postcode()} {fk.city()}"]
        elif loc == "nl_NL":
            pc = fk.postcode()
            lines = [f"{fk.street_name()} {bn}", f"{pc} {fk.city()}"]
        elif loc == "nl_BE":
            lines = [f"{fk.street_name()} {bn}" + (f" bus {rnd.randint(1, 20)}" if rnd.random() < 0.4 else ""),
                     f"{rnd.randint(1000, 9999)} {fk.city()}"]
        elif loc == "fr_CH":
            lines = [f"{rnd.choice(['Rue', 'Chemin', 'Avenue', 'Route'])} de {fk.last_name()} {bn}",
                     f"CH-{rnd.randint(1000, 9999)} {fk.city()}"]
        elif loc == "pl_PL":
            lines = [f"ul. {fk.street_name()} {bn}/{rnd.randint(1, 80)}", f"{fk.postcode()} {fk.city()}"]
        elif loc == "en_CA":
            prov = rnd.choice(["ON", "BC", "QC", "AB"])
            pc = f"{rnd.choice('KLMNV')}{rnd.randint(1, 9)}{rnd.choice('ABCEGH')} {rnd.randint(1, 9)}" \
                 f"{rnd.choice('JKLMN')}{rnd.randint(1, 9)}"
            unit = f"{rnd.randint(100, 2500)}-" if rnd.random() < 0.3 else ""
            lines = [f"{unit}{bn} {fk.street_name()}", f"{fk.city()} {prov} {pc}"]
        elif loc == "es_MX":
            lines = [f"{rnd.choice(['Calle', 'Av.', 'Calz.'])} {fk.last_name()} {bn}"
                     + (f" Int. {rnd.randint(1, 30)}" if rnd.random() < 0.4 else ""),
                     f"Col. {fk.last_name()}", (f"{rnd.randint(10000, 99999)} {fk.city()}, "
                     f"{rnd.choice(['CDMX', 'Jal.', 'N.L.'])}")]
        elif loc == "en_AU":
            lines = [f"{bn} {fk.street_name()}", f"{fk.city()} {fk.state_abbr()} {fk.postcode()}"]
        elif loc == "pt_BR":
            lines = [f"Av. {fk.last_name()}, {bn}" + (f", sala {rnd.randint(1, 900)}" if rnd.random() < 0.4 else ""),
                     f"{fk.city()} - {fk.estado_sigla()}", f"CEP {fk.postcode()}"]
        elif loc == "sv_SE":
            lines = [f"{fk.street_name()} {bn}", f"{fk.postcode()} {fk.city()}"]
        elif loc == "da_DK":
            lines = [f"{fk.street_name()} {bn}, {rnd.randint(1, 4)}. {rnd.choice(['tv', 'th'])}",
                     f"{fk.postcode()} {fk.city()}"]
        elif loc == "en_IN":
            lines = [f"{rnd.randint(1, 400)}, {fk.street_name()}", f"{fk.city()} {rnd.randint(110001, 799999)}"]
        else:  # ko_KR romanised
            gu = rnd.choice(["Gangnam-gu", "Mapo-gu", "Jongno-gu", "Seocho-gu"])
            lines = [f"{rnd.randint(1, 300)} {rnd.choice(['Teheran-ro', 'Sejong-daero', 'Yanghwa-ro', 'Dosan-daero'])}",
                     f"{gu}, Seoul {rnd.randint(10000, 99999)}"]
        if rnd.random() < 0.2:
            lines.append(rnd.choice(["USA", "Germany", "France", "Italy", "Spain", "Canada",
                                     "Mexico", "Belgium", "Switzerland", "Australia", "Brazil",
                                     "Sweden", "Denmark", "India", "South Korea", "Poland"]))
        r = rnd.random()
        if r < 0.1:
            lines = [ln.upper() for ln in lines]
        elif r < 0.17:
            lines = [ln.lower() for ln in lines]
        return lines

    def phone(self) -> tuple[str, str]:
        rnd = self.rnd
        region = rnd.choice(PHONE_REGIONS)
        num = valid_phone(region, rnd, rnd.random() < 0.5)
        nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        style = rnd.choice(["nat", "nat", "pairs", "dots", "zero", "intl_dash", "ext", "slash",
                            "nospace_intl", "paren_area"])
        digits = re.sub(r"\D", "", nat)
        if style == "pairs" and digits.startswith("0") and len(digits) == 10:
            v = " ".join(digits[i:i + 2] for i in range(0, 10, 2))
        elif style == "dots":
            v = re.sub(r"[\s\-]", ".", nat).replace("(", "").replace(")", "")
        elif style == "zero" and nat.startswith("0"):
            v = f"+{num.country_code} (0){nat[1:]}"
        elif style == "intl_dash":
            v = intl.replace(" ", "-")
        elif style == "ext":
            v = f"{nat} {rnd.choice(['ext.', 'x', 'ext'])} {rnd.randint(10, 999)}"
        elif style == "slash" and digits.startswith("0") and len(digits) >= 9:
            v = f"{digits[:4]}/{digits[4:]}"
        elif style == "nospace_intl":
            v = intl.replace(" ", "")
        elif style == "paren_area" and digits.startswith("0") and len(digits) >= 9:
            v = f"({digits[:3]}) {digits[3:6]} {digits[6:]}"
        else:
            v = nat
        return v, region


def s_inline(g: G) -> Text:
    t = Text()
    lines = g.address_lines()
    t.lit(g.rnd.choice(VERBS) + " ").ent("STREET_ADDRESS", ", ".join(lines))
    t.lit(g.rnd.choice([".", " by Friday.", " - thanks!", ". The courier has the code.", ""]))
    return t


def s_block(g: G) -> Text:
    t = Text()
    t.lit(g.rnd.choice(["Ship to:\n", "Deliver to:\n", "Address:\n", "", "Invoice to\n"]))
    t.ent("PERSON", g.name()).lit("\n")
    t.ent("STREET_ADDRESS", "\n".join(g.address_lines()))
    if g.rnd.random() < 0.5:
        t.lit("\nTel: ").ent("PHONE_NUMBER", g.phone()[0])
    return t


def s_moved(g: G) -> Text:
    t = Text()
    t.ent("PERSON", g.name()).lit(g.rnd.choice([" moved from ", " relocated from "]))
    t.ent("STREET_ADDRESS", ", ".join(g.address_lines()))
    t.lit(" to ").ent("STREET_ADDRESS", ", ".join(g.address_lines())).lit(" last month.")
    return t


def s_phone_cue(g: G) -> Text:
    t = Text()
    v, _ = g.phone()
    cue = g.rnd.choice(["Call me on ", "My number is ", "Mobile: ", "Tel. ", "reach her at ",
                        "WhatsApp ", "Phone ", "ring the office on ", "Fax: ", "cell "])
    t.lit(cue).ent("PHONE_NUMBER", v)
    t.lit(g.rnd.choice([" after 6pm.", ".", " (office)", " if the courier is late.", ""]))
    return t


def s_phone_bare(g: G) -> Text:
    t = Text()
    v, _ = g.phone()
    t.ent("PERSON", g.name()).lit(g.rnd.choice([" - ", " | ", ", ", " / "])).ent("PHONE_NUMBER", v)
    return t


def s_two_phones(g: G) -> Text:
    t = Text()
    t.lit("Contact ").ent("PERSON", g.name()).lit(": ").ent("PHONE_NUMBER", g.phone()[0])
    t.lit(g.rnd.choice([" or ", " / ", ", mobile "])).ent("PHONE_NUMBER", g.phone()[0])
    return t


def s_distractor(g: G) -> Text:
    rnd = g.rnd
    t = Text()
    t.lit(rnd.choice([
        f"Order {rnd.randint(1000000, 9999999)} shipped on {rnd.randint(1, 28)}.{rnd.randint(1, 12)}.2024.",
        f"We sold {rnd.randint(1000, 99999):,} units in {rnd.randint(2019, 2024)}.",
        f"Our {rnd.choice(['Denver', 'Lyon', 'Turin', 'Malmö'])} store opens at 9:30.",
        f"Tracking number {rnd.randint(10**11, 10**12 - 1)}",
        f"SKU {rnd.randint(100000, 999999)}-{rnd.randint(10, 99)} is back in stock.",
        f"Save {rnd.randint(10, 60)}% on {rnd.randint(2, 5)} items until {rnd.randint(1, 28)}/{rnd.randint(1, 12)}.",
        f"Room {rnd.randint(100, 900)} on level {rnd.randint(1, 9)} hosts the workshop.",
        f"Version {rnd.randint(1, 9)}.{rnd.randint(0, 20)}.{rnd.randint(0, 99)} fixed the bug.",
    ]))
    return t


SHAPES = [(s_inline, 4), (s_block, 4), (s_moved, 1), (s_phone_cue, 4), (s_phone_bare, 2),
          (s_two_phones, 2), (s_distractor, 2)]


def generate(n: int, seed: int) -> list[dict]:
    g = G(seed)
    funcs = [f for f, w in SHAPES for _ in range(w)]
    out = []
    for i in range(n):
        f = g.rnd.choice(funcs)
        out.append(f(g).sample(f.__name__, f"dev2-{i}"))
    return out


if __name__ == "__main__":
    generator_cli(generate, 800, 23, "dev2.jsonl")
