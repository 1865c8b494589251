"""Generate the third PII hard set (bench/pii_data/hard3.jsonl): written after the detector changes
of the stream/address/phone round and scored once, never tuned on.

It shares no template with gen_dev.py, gen_dev2.py, gen_hard.py or gen_hard2.py, and its
addresses and phone numbers come from another source: Faker's *own* per-locale formats
(``address()``, ``phone_number()``) of 24 locales, several of which no other set uses (Hungary,
Romania, Slovakia, Slovenia, Croatia, Indonesia, Argentina, Québec...), instead of layouts we wrote.
Frames: German and French customer e-mails with their sign-off conventions, CRM notes with
timestamps and abbreviations, chat transcripts (lower case, times), invoices (with VAT ids and
invoice numbers that are not personal data), shipping notices, Spanish WhatsApp messages,
German/English/French mixed notes, Italian pipe signatures, attendee lists; lone cities
("our Lyon pop-up") are labelled LOCATION.

Faker phone numbers are kept only when ``phonenumbers`` calls them *possible* for the locale's
country (Faker also writes digit strings no phone system would accept); addresses only when
the street line carries a number (a house number is what makes a street line someone's address)
and none of the military (APO/FPO) ones Faker falls back to.

    PYTHONPATH=. python bench/pii_data/gen_hard3.py [--n 600] [--seed 9090]
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers
from faker import Faker
from textbuild import Text, generator_cli

LOCALES = {  # faker locale -> phone region
    "en_US": "US", "en_GB": "GB", "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR",
    "fr_CA": "CA", "it_IT": "IT", "es_ES": "ES", "es_AR": "AR", "es_MX": "MX", "pt_PT": "PT",
    "pt_BR": "BR", "nl_NL": "NL", "nl_BE": "BE", "pl_PL": "PL", "cs_CZ": "CZ", "sk_SK": "SK",
    "hu_HU": "HU", "ro_RO": "RO", "hr_HR": "HR", "sl_SI": "SI", "fi_FI": "FI", "no_NO": "NO",
    "sv_SE": "SE", "da_DK": "DK", "en_NZ": "NZ", "en_AU": "AU", "en_IE": "IE", "en_CA": "CA",
    "id_ID": "ID", "en_IN": "IN",
}
_MILITARY = re.compile(r"\b(?:FPO|APO|DPO|USNS|USS|USNV|USCGC|PSC)\b")
CITIES = ["Lyon", "Denver", "Turin", "Malmö", "Porto", "Leeds", "Graz", "Gdańsk", "Brno",
          "Austin", "Sevilla", "Utrecht", "Tampere", "Bergen", "Cork", "Adelaide"]
BRANDS = ["Northwind", "Acme", "Ridgeline", "Luna Bloom", "Cascade"]


class G:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.f: dict[str, Faker] = {}
        for i, loc in enumerate(LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed + 31 * i)
            self.f[loc] = fk

    def loc(self) -> str:
        return self.rnd.choice(list(LOCALES))

    def person(self, loc: str) -> tuple[str, str, str]:
        fk = self.f[loc]
        first, last = fk.first_name(), fk.last_name()
        return first, last, f"{first} {last}"

    def phone(self, loc: str) -> str:
        fk, region = self.f[loc], LOCALES[loc]
        for _ in range(50):
            v = fk.phone_number()
            try:
                num = phonenumbers.parse(v, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(num) and sum(c.isdigit() for c in v) >= 7:
                return re.sub(r"\s*(?:x|ext\.?)\s*\d+$", "", v) if self.rnd.random() < 0.7 else v
        return self.phone("en_GB")

    def address(self, loc: str) -> list[str]:
        fk = self.f[loc]
        for _ in range(50):
            lines = [ln.strip() for ln in fk.address().split("\n") if ln.strip()]
            if any(c.isdigit() for c in lines[0]) and not _MILITARY.search(" ".join(lines)):
                return lines
        return self.address("de_DE")

    def email(self, first: str, last: str) -> str:
        user = self.rnd.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{self.rnd.randint(1, 99)}"])
        user = re.sub(r"[^a-z0-9.]", "", user.lower().encode("ascii", "ignore").decode()) or "kunde"
        dom = self.rnd.choice(["gmx.de", "orange.fr", "libero.it", "seznam.cz", "wp.pl", "yahoo.es",
                               "telia.se", "freemail.hu", "example.net", "posteo.at"])
        return f"{user}@{dom}"


def s_email_de(g: G) -> Text:
    loc = g.rnd.choice(["de_DE", "de_AT", "de_CH"])
    _, last, _ = g.person(loc)
    agent = g.person(loc)
    t = Text().lit(f"Sehr geehrte{g.rnd.choice(['r Herr', ' Frau'])} ").ent("PERSON", last)
    t.lit(",\n\nvielen Dank für Ihre Bestellung. Wir liefern an:\n")
    t.ent("STREET_ADDRESS", "\n".join(g.address(loc)))
    t.lit("\n\nBei Rückfragen erreichen Sie uns unter ").ent("PHONE_NUMBER", g.phone(loc))
    t.lit(".\n\nMit freundlichen Grüßen\n").ent("PERSON", agent[2]).lit("\nKundenservice")
    return t


def s_email_fr(g: G) -> Text:
    loc = g.rnd.choice(["fr_FR", "fr_CA", "de_CH"])
    first = g.person(loc)[0]
    t = Text().lit("Bonjour ").ent("PERSON", first).lit(",\n\nVotre colis sera livré au ")
    t.ent("STREET_ADDRESS", ", ".join(g.address(loc)))
    t.lit(" demain entre 9h et 13h. Pour toute question : ").ent("PHONE_NUMBER", g.phone(loc))
    t.lit(".\n\nCordialement,\n").ent("PERSON", g.person(loc)[2])
    return t


def s_crm(g: G) -> Text:
    loc = g.loc()
    first, last, name = g.person(loc)
    t = Text().lit(f"2024-{g.rnd.randint(1, 12):02d}-{g.rnd.randint(1, 28):02d} "
                   f"{g.rnd.randint(8, 18)}:{g.rnd.randint(0, 59):02d} | agent: ")
    t.ent("PERSON", g.person("en_US")[0]).lit(" | Cust ").ent("PERSON", name)
    t.lit(" called re refund. New addr: ").ent("STREET_ADDRESS", ", ".join(g.address(loc)))
    t.lit(". Cb no. ").ent("PHONE_NUMBER", g.phone(loc)).lit(". Email on file ")
    t.ent("EMAIL_ADDRESS", g.email(first, last)).lit(".")
    return t


def s_chat(g: G) -> Text:
    loc = g.loc()
    who = g.person(loc)[0].lower()
    lines = g.address(loc)
    addr = ", ".join(lines)
    if g.rnd.random() < 0.4:
        addr = addr.lower()
    t = Text().lit(f"[10:4{g.rnd.randint(0, 5)}] ").ent("PERSON", who)
    t.lit(": hey my parcel never came\n[10:46] Agent ").ent("PERSON", "Mia")
    t.lit(": sorry about that! can you confirm the delivery address?\n[10:47] ").ent("PERSON", who).lit(": ").ent("STREET_ADDRESS", addr)
    t.lit("\n[10:48] ").ent("PERSON", who).lit(": or just call me ").ent("PHONE_NUMBER", g.phone(loc))
    return t


def s_invoice(g: G) -> Text:
    loc = g.rnd.choice(["de_DE", "fr_FR", "nl_NL", "it_IT", "es_ES", "pl_PL", "en_GB", "nl_BE"])
    name = g.person(loc)[2]
    t = Text().lit(f"INVOICE INV-{g.rnd.randint(2024000, 2024999)}\nDate: {g.rnd.randint(1, 28)}.0"
                   f"{g.rnd.randint(1, 9)}.2024\nBill to: ").ent("PERSON", name).lit("\n")
    t.ent("STREET_ADDRESS", "\n".join(g.address(loc)))
    t.lit(f"\nVAT ID: {LOCALES[loc]}{g.rnd.randint(100000000, 999999999)}\nIBAN: ")
    t.ent("IBAN_CODE", g.f[loc].iban() if hasattr(g.f[loc], "iban") else g.f["de_DE"].iban())
    t.lit(f"\nTotal due: {g.rnd.randint(20, 900)},{g.rnd.randint(10, 99)} EUR")
    return t


def s_shipping(g: G) -> Text:
    loc = g.loc()
    t = Text().lit(f"Good news! Order #{g.rnd.randint(100000, 999999)} has shipped and will "
                   "arrive at ").ent("STREET_ADDRESS", ", ".join(g.address(loc)))
    t.lit(f" on {g.rnd.choice(['Monday', 'Tuesday', 'Friday'])}. Questions? Call ")
    t.ent("PHONE_NUMBER", g.phone(loc)).lit(".")
    return t


def s_whatsapp_es(g: G) -> Text:
    loc = g.rnd.choice(["es_ES", "es_AR", "es_MX"])
    first = g.person(loc)[0]
    t = Text().lit("Hola ").ent("PERSON", first).lit(f"! Te escribo de {g.rnd.choice(BRANDS)}. "
                                                     "Tu pedido sale hoy para ")
    t.ent("STREET_ADDRESS", ", ".join(g.address(loc)))
    t.lit(". Cualquier cosa me escribís al ").ent("PHONE_NUMBER", g.phone(loc)).lit(" 🙂")
    return t


def s_mixed(g: G) -> Text:
    loc = g.loc()
    first, last, name = g.person(loc)
    t = Text().lit("Hi team, der Kunde ").ent("PERSON", name).lit(" (")
    t.ent("EMAIL_ADDRESS", g.email(first, last)).lit(") ist umgezogen: ")
    t.ent("STREET_ADDRESS", " ".join(g.address(loc)) if g.rnd.random() < 0.3
          else ", ".join(g.address(loc)))
    t.lit(". Pls update the CRM, merci !")
    return t


def s_pipe_it(g: G) -> Text:
    loc = g.rnd.choice(["it_IT", "hr_HR", "sl_SI", "ro_RO", "hu_HU"])
    name = g.person(loc)[2]
    t = Text().ent("PERSON", name).lit(" | Responsabile vendite | ").ent("PHONE_NUMBER", g.phone(loc))
    t.lit(" | ").ent("STREET_ADDRESS", ", ".join(g.address(loc)))
    return t


def s_attendees(g: G) -> Text:
    t = Text().lit("Attendees for the Q3 workshop: ")
    for i in range(g.rnd.randint(2, 4)):
        loc = g.loc()
        first, last, name = g.person(loc)
        if i:
            t.lit("; ")
        t.ent("PERSON", name).lit(" (")
        if g.rnd.random() < 0.5:
            t.ent("EMAIL_ADDRESS", g.email(first, last))
        else:
            t.ent("PHONE_NUMBER", g.phone(loc))
        t.lit(")")
    return t.lit(".")


def s_city_only(g: G) -> Text:
    t = Text().lit(f"Our {g.rnd.choice(BRANDS)} pop-up in ").ent("LOCATION", g.rnd.choice(CITIES))
    t.lit(f" opens at {g.rnd.randint(8, 11)}am; {g.rnd.randint(20, 400)} units of the new "
          "jacket are in stock.")
    return t


TEMPLATES = [s_email_de, s_email_fr, s_crm, s_chat, s_invoice, s_shipping, s_whatsapp_es,
             s_mixed, s_pipe_it, s_attendees, s_city_only]


def generate(n: int, seed: int) -> list[dict]:
    g = G(seed)
    return [TEMPLATES[i % len(TEMPLATES)](g).sample(TEMPLATES[i % len(TEMPLATES)].__name__[2:],
                                                     f"hard3-{i}") for i in range(n)]


def main() -> None:
    generator_cli(generate, 660, 9090, "hard3.jsonl")


if __name__ == "__main__":
    main()
