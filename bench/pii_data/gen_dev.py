"""Generate the PII *development* set (bench/pii_data/dev.jsonl): the set detectors are tuned on.

Faker (offline, bundled lists) in 20+ locales fills our own templates of marketing/CX text:
e-mail signatures, multi-line postal addresses of 17 countries, chat snippets, CV lines, lists of
lowercase names, ALL CAPS, possessives, O'Connor-style names, quotes, plus distractors that are
not personal data (brands, order numbers, prices, dates, cities on their own).

    PYTHONPATH=. python bench/pii_data/gen_dev.py [--n 1500] [--seed 11]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faker import Faker
from textbuild import Text, format_phone, generator_cli, valid_phone

LOCALES = {  # faker locale -> (phone region, country name in addresses)
    "en_US": ("US", "USA"), "en_GB": ("GB", "United Kingdom"), "de_DE": ("DE", "Germany"),
    "fr_FR": ("FR", "France"), "it_IT": ("IT", "Italy"), "es_ES": ("ES", "Spain"),
    "nl_NL": ("NL", "Netherlands"), "pl_PL": ("PL", "Poland"), "cs_CZ": ("CZ", "Czech Republic"),
    "sv_SE": ("SE", "Sweden"), "da_DK": ("DK", "Denmark"), "no_NO": ("NO", "Norway"),
    "fi_FI": ("FI", "Finland"), "pt_BR": ("BR", "Brazil"), "en_AU": ("AU", "Australia"),
    "en_IN": ("IN", "India"), "ja_JP": ("JP", "Japan"), "de_AT": ("AT", "Austria"),
    "de_CH": ("CH", "Switzerland"), "pt_PT": ("PT", "Portugal"), "en_IE": ("IE", "Ireland"),
    "en_CA": ("CA", "Canada"), "en_NZ": ("NZ", "New Zealand"),
}
BRANDS = ["Spring Glow Serum", "Ridgeline", "Luna Bloom", "Cascade", "Switchback", "Basecamp",
          "Velvet Rose", "Aurora Glow", "Trailhead", "Sierra Nova", "Juniper Lane"]
US_STATES = ["CA", "NY", "TX", "WA", "IL", "CO", "OR", "MA", "FL", "GA"]
JP_PLACES = [("Shibuya-ku", "Tokyo", "150"), ("Kita-ku", "Osaka", "530"), ("Naka-ku", "Yokohama", "231"),
             ("Chuo-ku", "Sapporo", "060"), ("Sakyo-ku", "Kyoto", "606"), ("Minato-ku", "Tokyo", "105")]
IRISH_O = ["O'Connor", "O'Brien", "O'Neill", "O'Sullivan", "D'Arcy", "McCarthy", "MacNeil",
           "O'Reilly", "D'Angelo", "O'Hara", "McAllister", "DiMaggio"]


class Gen:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.f = {}
        for i, loc in enumerate(LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed * 100 + i)
            self.f[loc] = fk
        self.us = self.f["en_US"]

    # -- values ---------------------------------------------------------------------------------
    def loc(self) -> str:
        return self.rnd.choice(list(LOCALES))

    def first(self, loc: str) -> str:
        fk = self.f[loc]
        return fk.first_romanized_name() if loc == "ja_JP" else fk.first_name()

    def last(self, loc: str) -> str:
        fk = self.f[loc]
        if loc == "ja_JP":
            return fk.last_romanized_name()
        if self.rnd.random() < 0.08:
            return self.rnd.choice(IRISH_O)
        return fk.last_name()

    def name(self, loc: str) -> str:
        r = self.rnd.random()
        if r < 0.1:
            return f"{self.first(loc)} {self.first(loc)[0]}. {self.last(loc)}"
        if r < 0.18:
            return f"{self.first(loc)} {self.last(loc)}-{self.last(loc)}"
        return f"{self.first(loc)} {self.last(loc)}"

    def phone(self, loc: str, styles: tuple[str, ...] = ("nat", "nat", "nat", "intl", "e164",
                                                          "dots", "dashes", "00")) -> str:
        region = LOCALES[loc][0]
        num = valid_phone(region, self.rnd, self.rnd.random() < 0.5)
        return format_phone(num, self.rnd.choice(styles))

    def email(self, name: str) -> str:
        parts = [p for p in name.lower().replace("'", "").replace(".", "").split() if p]
        user = self.rnd.choice([".".join(parts), parts[0] + str(self.rnd.randint(1, 99)),
                                parts[0][0] + parts[-1]])
        user = user.encode("ascii", "ignore").decode() or "info"
        return f"{user}@{self.rnd.choice(['example.com', 'mail.example.org', 'gmail.com', 'outlook.de', 'web.de', 'libero.it'])}"

    def obf_email(self, name: str) -> str:
        user, dom = self.email(name).split("@")
        host, _, tld = dom.rpartition(".")
        at, dot = self.rnd.choice([(" [at] ", " [dot] "), (" (at) ", " (dot) "), (" at ", " dot "),
                                   ("[at]", "[dot]"), (" AT ", " DOT ")])
        return f"{user}{at}{host.replace('.', dot)}{dot}{tld}"

    def iban(self) -> str:
        v = self.f[self.rnd.choice(["de_DE", "fr_FR", "nl_NL", "en_GB", "es_ES", "it_IT", "pl_PL"])].iban()
        r = self.rnd.random()
        if r < 0.35:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        if self.rnd.random() < 0.2:
            v = v.lower()
        return v

    def ssn(self) -> str:
        v = self.us.ssn()
        return v.replace("-", "") if self.rnd.random() < 0.3 else v

    def card(self) -> str:
        v = self.us.credit_card_number()
        if self.rnd.random() < 0.4 and len(v) == 16:
            v = " ".join(v[i:i + 4] for i in range(0, 16, 4))
        return v

    def ip(self) -> str:
        return self.us.ipv4_public() if self.rnd.random() < 0.75 else self.us.ipv6()

    # -- addresses: list of lines (the whole block is one STREET_ADDRESS) ------------------------
    def address(self, loc: str) -> list[str]:
        fk, rnd = self.f[loc], self.rnd
        country = LOCALES[loc][1]
        bn = str(rnd.randint(1, 250))
        st = fk.street_name() if loc != "ja_JP" else ""
        lines: list[str]
        if loc in ("en_US", "en_CA"):
            unit = rnd.choice(["", "", f"Apt {rnd.randint(1, 40)}{rnd.choice('ABC')}", f"Suite {rnd.randint(100, 900)}"])
            l1 = f"{fk.building_number()} {fk.street_name()}" + (f", {unit}" if unit else "")
            lines = [l1, f"{fk.city()}, {rnd.choice(US_STATES) if loc == 'en_US' else 'ON'} {fk.postcode()}"]
        elif loc == "en_GB":
            lines = [f"{bn} {st}", fk.city(), fk.postcode()]
        elif loc == "en_IE":
            lines = [f"{bn} {st}", fk.city(), f"Co. {rnd.choice(['Cork', 'Dublin', 'Galway'])}", fk.postcode()]
        elif loc in ("de_DE", "de_AT", "de_CH", "nl_NL", "sv_SE", "no_NO", "fi_FI", "da_DK"):
            extra = ""
            if loc == "da_DK" and rnd.random() < 0.5:
                extra = f", {rnd.randint(1, 5)}. {rnd.choice(['tv', 'th', 'mf'])}"
            if loc == "fi_FI" and rnd.random() < 0.5:
                extra = f" {rnd.choice('ABC')} {rnd.randint(1, 30)}"
            pc = fk.postcode()
            if loc == "sv_SE" and rnd.random() < 0.6:
                pc = pc[:3] + " " + pc[3:]
            city = fk.city()
            if loc in ("sv_SE", "no_NO") and rnd.random() < 0.5:
                city = city.upper()
            if loc == "nl_NL" and rnd.random() < 0.5:
                pc = pc[:4] + " " + pc[4:]
            lines = [f"{st} {bn}{extra}", f"{pc} {city}"]
        elif loc == "fr_FR":
            lines = [f"{bn}, {st}", f"{fk.postcode()} {fk.city().upper() if rnd.random() < 0.5 else fk.city()}"]
        elif loc == "it_IT":
            prov = rnd.choice(["RM", "MI", "TO", "NA", "FI", "BO"])
            street = st if rnd.random() < 0.5 else f"{rnd.choice(['Via', 'Viale', 'Piazza', 'Corso'])} {fk.last_name()}"
            lines = [f"{street}, {bn}" if rnd.random() < 0.5 else f"{street} {bn}",
                     f"{fk.postcode()} {fk.city()} ({prov})"]
        elif loc == "es_ES":
            lines = [f"{st}, {bn}, {rnd.randint(1, 8)}º {rnd.choice('ABCD')}", f"{fk.postcode()} {fk.city()}"]
        elif loc == "pt_PT":
            lines = [f"{st}, {bn}", f"{fk.postcode()} {fk.city()}"]
        elif loc == "pl_PL":
            flat = f"/{rnd.randint(1, 90)}" if rnd.random() < 0.5 else f" m. {rnd.randint(1, 90)}"
            lines = [f"ul. {st} {bn}{flat}", f"{fk.postcode()} {fk.city()}"]
        elif loc == "cs_CZ":
            lines = [f"{st} {rnd.randint(100, 3000)}/{rnd.randint(1, 60)}", f"{fk.postcode()} {fk.city()}"]
        elif loc == "pt_BR":
            lines = [f"Rua {fk.last_name()}, {bn}" + (f" - apto {rnd.randint(11, 150)}" if rnd.random() < 0.5 else ""),
                     fk.bairro(), f"{fk.city()} - {fk.estado_sigla()}", fk.postcode()]
        elif loc == "en_AU":
            unit = f"Unit {rnd.randint(1, 30)}, " if rnd.random() < 0.4 else ""
            lines = [f"{unit}{bn} {st}", f"{fk.city()} {fk.state_abbr()} {fk.postcode()}"]
        elif loc == "en_NZ":
            lines = [f"{bn} {st}", fk.city(), f"{fk.city()} {fk.postcode()}"]
        elif loc == "en_IN":
            lines = [f"Flat {rnd.randint(1, 40)}{rnd.choice('ABC')}, {fk.last_name()} Apartments",
                     f"{bn}, {fk.street_name()}", f"{fk.city()} - {fk.postcode()}"]
        else:  # ja_JP, romanised
            ward, city, z = rnd.choice(JP_PLACES)
            lines = [f"{rnd.randint(1, 9)}-{rnd.randint(1, 30)}-{rnd.randint(1, 20)} {rnd.choice(['Jingumae', 'Umeda', 'Motomachi', 'Ginza', 'Tenjin'])}",
                     f"{ward}, {city} {z}-{rnd.randint(1000, 9999)}"]
        if rnd.random() < 0.45:
            lines.append(country.upper() if rnd.random() < 0.3 else country)
        return lines


# ----------------------------------------------------------------------------- templates -----

def t_signature(g: Gen) -> Text:
    loc = g.loc()
    name = g.name(loc)
    t = Text().lit(g.rnd.choice(["Best regards,\n", "Kind regards,\n", "Cheers,\n", "Thanks,\n", "--\n"]))
    t.ent("PERSON", name).lit("\n" + g.rnd.choice(["Head of Retail", "Store Manager", "Buyer", "CX Lead"]))
    t.lit(", " + g.rnd.choice(["Nordlicht GmbH", "Maple & Finch", "Acme Retail", "Casa Verde S.r.l."]) + "\n")
    for lab in g.rnd.sample(["T: ", "M: ", "Tel. ", "Mobile: ", "Phone "], g.rnd.randint(1, 2)):
        t.lit(lab).ent("PHONE_NUMBER", g.phone(loc)).lit("\n")
    t.ent("EMAIL_ADDRESS", g.email(name))
    if g.rnd.random() < 0.7:
        t.lit("\n").ent("STREET_ADDRESS", "\n".join(g.address(loc)))
    return t


def t_ship_to(g: Gen) -> Text:
    loc = g.loc()
    t = Text().lit(g.rnd.choice(["Please ship the replacement to:\n", "Delivery address:\n",
                                 "Send the sample kit to\n", "New address for the loyalty card:\n"]))
    t.ent("PERSON", g.name(loc)).lit("\n").ent("STREET_ADDRESS", "\n".join(g.address(loc)))
    t.lit(g.rnd.choice(["\nThanks!", "", "\nThe parcel should arrive before the launch."]))
    return t


def t_inline_address(g: Gen) -> Text:
    loc = g.loc()
    t = Text().lit(g.rnd.choice(["Customer moved to ", "Invoice address: ", "Our new office is at ",
                                 "She lives at "]))
    t.ent("STREET_ADDRESS", ", ".join(g.address(loc)))
    return t.lit(g.rnd.choice([".", "; update the CRM.", " - send a welcome pack."]))


def t_chat(g: Gen) -> Text:
    loc = g.loc()
    first = g.first(loc)
    low = g.rnd.random() < 0.5
    t = Text().lit("agent: hi, how can I help today?\ncustomer: ")
    t.lit(g.rnd.choice(["hi its ", "hey, ", "this is ", "hello, my name is "]))
    t.ent("PERSON", (first.lower() if low else first) + (" " + g.last(loc) if g.rnd.random() < 0.4 else ""))
    t.lit(g.rnd.choice([" here, my order never arrived. ", ". the serum leaked. "]))
    t.lit(g.rnd.choice(["call me on ", "my number is ", "you can reach me at ", "text me at "]))
    t.ent("PHONE_NUMBER", g.phone(loc)).lit(g.rnd.choice([" after 5", " thx", "", " (mobile)"]))
    if g.rnd.random() < 0.4:
        t.lit("\ncustomer: or email ").ent("EMAIL_ADDRESS", g.email(first + " x"))
    return t


def t_cv(g: Gen) -> Text:
    loc = g.loc()
    name = g.name(loc)
    t = Text().lit("CURRICULUM VITAE\nName: ").ent("PERSON", name.upper() if g.rnd.random() < 0.3 else name)
    t.lit("\nPhone: ").ent("PHONE_NUMBER", g.phone(loc)).lit("\nE-mail: ").ent("EMAIL_ADDRESS", g.email(name))
    t.lit("\nAddress: ").ent("STREET_ADDRESS", ", ".join(g.address(loc)))
    t.lit("\nReferences: ").ent("PERSON", g.name(g.loc())).lit(" (former manager)")
    return t


def t_list(g: Gen) -> Text:
    loc = g.loc()
    k = g.rnd.randint(3, 6)
    names = [g.first(loc) for _ in range(k)]
    lower = g.rnd.random() < 0.6
    t = Text().lit(g.rnd.choice([f"they had {k}: ", f"winners of the {g.rnd.choice(BRANDS)} draw: ",
                                 "invite list - ", "VIPs for the preview: "]))
    for i, n in enumerate(names):
        if i:
            t.lit(" and " if i == k - 1 and g.rnd.random() < 0.5 else ", ")
        t.ent("PERSON", n.lower() if lower else n)
    return t.lit(g.rnd.choice(["", ".", " - all opted in."]))


def t_caps(g: Gen) -> Text:
    loc = g.loc()
    t = Text().lit(g.rnd.choice(["ATTN: ", "URGENT - CALL BACK ", "NOTE FROM "]))
    t.ent("PERSON", g.name(loc).upper()).lit(" ").lit(g.rnd.choice(["NOW ", "TODAY ", "ASAP "]))
    t.lit("ON ").ent("PHONE_NUMBER", g.phone(loc)).lit(" RE: FREE SHIPPING OFFER")
    return t


def t_possessive(g: Gen) -> Text:
    loc = g.loc()
    first = g.first(loc)
    t = Text().ent("PERSON", first).lit(g.rnd.choice(["'s daughter loved the ", "'s husband returned the ",
                                                      "'s order of "]))
    t.lit(g.rnd.choice(BRANDS)).lit(". ")
    t.lit(g.rnd.choice(["Thank ", "Write a note to ", "Offer a voucher to "]))
    t.ent("PERSON", f"{g.first(loc)} {g.last(loc)}").lit(" and mention ")
    t.ent("PERSON", g.last(loc)).lit("'s feedback.")
    return t


def t_greeting(g: Gen) -> Text:
    loc = g.loc()
    last = g.last(loc)
    t = Text().lit(g.rnd.choice(["Dear Mr. ", "Dear Ms ", "Hello Dr. ", "Hi Mrs. ", "Good morning Prof. "]))
    t.ent("PERSON", last).lit(",\nthanks for your order. ")
    t.lit(g.rnd.choice(["Your advisor ", "Your stylist ", "Our colleague "])).ent("PERSON", g.name(g.loc()))
    t.lit(" will call you from ").ent("PHONE_NUMBER", g.phone(g.loc())).lit(".")
    return t


def t_quote(g: Gen) -> Text:
    loc = g.loc()
    t = Text().lit(g.rnd.choice(['"Best serum I ever used!" - ', '"Fast delivery, lovely team" — ',
                                 "\u201cI keep coming back\u201d, says "]))
    t.ent("PERSON", g.name(loc)).lit(", ").ent("LOCATION", g.f[loc].city())
    return t


def t_payment(g: Gen) -> Text:
    loc = g.loc()
    name = g.name(loc)
    t = Text().lit("Refund request from ").ent("PERSON", name).lit(": card ").ent("CREDIT_CARD", g.card())
    t.lit(g.rnd.choice([", IBAN ", ", refund to IBAN ", "; account "])).ent("IBAN_CODE", g.iban())
    if g.rnd.random() < 0.5:
        t.lit(", SSN ").ent("US_SSN", g.ssn())
    t.lit(". Login from ").ent("IP_ADDRESS", g.ip()).lit(".")
    return t


def t_obf_email(g: Gen) -> Text:
    loc = g.loc()
    name = g.name(loc)
    t = Text().lit(g.rnd.choice(["write to ", "Contact: ", "send the coupon to ", "my mail is "]))
    t.ent("EMAIL_ADDRESS", g.obf_email(name))
    return t.lit(g.rnd.choice([" - ", " please. ", ". Thanks, "])).ent("PERSON", g.first(loc)) \
        if g.rnd.random() < 0.5 else t


def t_local_phone(g: Gen) -> Text:
    loc = g.loc()
    t = Text().lit(g.rnd.choice(["Ring ", "Store manager ", "Call "])).ent("PERSON", g.name(loc))
    t.lit(g.rnd.choice([" on ", " at ", ", tel "])).ent("PHONE_NUMBER", g.phone(loc, ("nat", "compact")))
    t.lit(g.rnd.choice([" office", " (landline)", " before noon", ""]))
    return t


def t_marketing(g: Gen) -> Text:
    """Mostly not personal data: brands, cities on their own, numbers that are not phones."""
    loc = g.loc()
    t = Text().lit(g.rnd.choice(["Write a launch post for ", "Draft an SMS about ", "NEW: "]))
    t.lit(g.rnd.choice(BRANDS)).lit(g.rnd.choice([" in our ", " at the ", " - now in "]))
    t.ent("LOCATION", g.f[loc].city()).lit(" store. ")
    t.lit(g.rnd.choice([f"Order NW-{g.rnd.randint(10**7, 10**8 - 1)} ships {g.rnd.randint(1, 28)}.03.2025. ",
                        f"Price {g.rnd.randint(10, 99)},99 EUR, {g.rnd.randint(2, 40)}% off until 2025-06-30. ",
                        f"SKU {g.rnd.randint(1000, 9999)} {g.rnd.randint(1000, 9999)}, batch {g.rnd.randint(100, 999)}. ",
                        f"{g.rnd.randint(1, 9)} 500 units sold in Q{g.rnd.randint(1, 4)}. ",
                        "SHOP NOW and SAVE BIG. "]))
    if g.rnd.random() < 0.5:
        t.lit("Quote ").ent("PERSON", g.name(loc)).lit(" from the ").lit(g.rnd.choice(BRANDS)).lit(" team.")
    return t


SYL = ["ka", "zu", "mel", "dri", "on", "ra", "vik", "te", "sol", "ba", "nu", "yor", "ash", "li",
       "dem", "ko", "fa", "rin", "go", "tal", "sha", "bri", "mo", "el", "qui", "ne", "dor", "ye"]


def made_up(g: Gen, parts: int = 2) -> str:
    """A name in no list (syllables), to check detection beyond the gazetteer."""
    return "".join(g.rnd.choice(SYL) for _ in range(parts + g.rnd.randint(0, 1))).capitalize()


def t_unknown_names(g: Gen) -> Text:
    first, last = made_up(g), made_up(g, 3)
    t = Text().lit(g.rnd.choice(["Loyalty upgrade for ", "Complaint handled by ", "Escalate to "]))
    t.ent("PERSON", f"{first} {last}").lit(g.rnd.choice([" today.", ", she was upset.", " asap."]))
    t.lit(g.rnd.choice([" Say hi to ", " Cc ", " Thank "])).ent("PERSON", f"{made_up(g)} {made_up(g, 3)}")
    return t.lit(".")


def t_pipe_signature(g: Gen) -> Text:
    loc = g.loc()
    name = g.name(loc)
    t = Text().ent("PERSON", name).lit(" | Partner Manager | Acme Retail\n")
    t = t.ent("PHONE_NUMBER", g.phone(loc)).lit(" | ").ent("EMAIL_ADDRESS", g.email(name)).lit("\n")
    sep = g.rnd.choice([" · ", " | ", " • "])
    return t.ent("STREET_ADDRESS", sep.join(g.address(loc)))


def t_csv(g: Gen) -> Text:
    t = Text().lit("first_name,last_name,phone,city\n")
    for _ in range(g.rnd.randint(2, 3)):
        loc = g.loc()
        low = g.rnd.random() < 0.3
        f, l_ = g.first(loc), g.last(loc)
        t.ent("PERSON", f.lower() if low else f).lit(",").ent("PERSON", l_.lower() if low else l_)
        t.lit(",").ent("PHONE_NUMBER", g.phone(loc, ("nat", "e164"))).lit(",").ent("LOCATION", g.f[loc].city()).lit("\n")
    return t


def t_json_tool(g: Gen) -> Text:
    loc = g.loc()
    name = g.name(loc)
    t = Text().lit('{"customer": "').ent("PERSON", name).lit('", "phone": "').ent("PHONE_NUMBER", g.phone(loc))
    t.lit('", "address": "').ent("STREET_ADDRESS", ", ".join(g.address(loc))).lit('", "tier": "gold"}')
    return t


def t_caps_address(g: Gen) -> Text:
    loc = g.loc()
    t = Text().lit("ATTN ").ent("PERSON", g.name(loc).upper()).lit("\n")
    return t.ent("STREET_ADDRESS", "\n".join(line.upper() for line in g.address(loc)))


def t_chat_multi(g: Gen) -> Text:
    loc = g.loc()
    a, b = g.first(loc), g.name(g.loc())
    t = Text().lit("[10:02] ").ent("PERSON", a.lower()).lit(": my sister ").ent("PERSON", b)
    t.lit(" never got her parcel\n[10:03] agent: sorry! what's her number?\n[10:04] ")
    t.ent("PERSON", a.lower()).lit(": ").ent("PHONE_NUMBER", g.phone(loc)).lit(" or ")
    return t.ent("EMAIL_ADDRESS", g.email(b))


TEMPLATES = [t_unknown_names, t_pipe_signature, t_csv, t_json_tool, t_caps_address, t_chat_multi,
             t_signature, t_ship_to, t_inline_address, t_chat, t_cv, t_list, t_caps, t_possessive,
             t_greeting, t_quote, t_payment, t_obf_email, t_local_phone, t_marketing]


def generate(n: int, seed: int) -> list[dict]:
    g = Gen(seed)
    out = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        out.append(tpl(g).sample(tpl.__name__[2:], f"dev-{i}"))
    return out


def main() -> None:
    generator_cli(generate, 2000, 11, "dev.jsonl")


if __name__ == "__main__":
    main()
