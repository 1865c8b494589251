"""Person names the small spaCy model misses, found with gazetteers and cues (no Presidio here).

``find_names(text)`` returns (start, end, score) spans for:
* a known first name in Title case or ALL CAPS, with the name words that follow it
  ("Janette P. Eigenwillig", "HELEN D'ANGELO", "lise van Mook");
* lower-case names in lists ("they had 6: leonti, terrence, pamela") when most items are known
  first names, and after cues ("hey, ross here", "hi its johannes", "my name is maria");
* a known name or surname in the possessive ("Misty's daughter", "mention Brito's feedback");
* a surname after a title ("Mrs. Nyström").
``fix_span`` widens a model's PERSON span to whole words ("O" + "'Connor", "Mutti" + "-Balay"),
drops a possessive "'s" and keeps its first line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from gateway.pii.gazetteers import (
    CITIES,
    COMMON_WORDS,
    ORG_ENDS,
    PLACE_ENDS,
    countries,
    ENGLISH,
    OtherLanguage,
    any_language,
    english_first_names,
    english_zipf,
    first_names,
    first_names_all,
    last_names,
    last_names_all,
    other_language,
    places,
    street_words,
)
from gateway.pii.name_verifier import looks_like_name  # imports no rule module: no cycle

RARE = 3.3  # Zipf frequency below which a capitalised word is "not ordinary English"
# The score of a name found with its context (a surname, a cue, a list, a title, a possessive):
# above the model's 0.85, so that when both find the same words Presidio keeps this one and the
# model's weaker single-word checks (drop_guess) do not throw a listed "Samuel" away.
CONTEXT = 0.9

_L = r"[^\W\d_]"
_TOKEN = re.compile(rf"{_L}+(?:['’\-]{_L}+)*\.?")
PARTICLES = frozenset({"van", "von", "der", "den", "de", "di", "da", "do", "dos", "das", "du",
                       "del", "della", "le", "la", "ten", "ter", "'t", "al", "el", "bin", "ibn",
                       "mac", "zu", "af", "av", "ní", "nic", "ó", "uí", "ben", "bint", "ould",
                       "binte", "binti", "ap", "ferch"})
# Capitalised words that follow a name but are not part of it.
STOP = frozenset({
    "guest", "guests", "spouse", "kunde", "kundin", "headteacher", "headmaster", "headmistress",
    "cust", "custs", "tech", "techs", "sra", "srta", "sres", "doña",  # a job note's labels: "Cust: Darren Teo", "Cust's tenant"
    # ("Paula Stănescu & guest", "Kunde:", "Headteacher's note")
    "lic", "ing", "arq", "dra", "sayın", "bayan", "dott", "avv", "herrn", "dhr", "mevr", "mw",
    "tel", "phone", "mobile", "mob", "email", "e-mail", "fax", "cell", "ph", "web", "address",
    "now", "today", "asap", "on", "re", "at", "from", "and", "or", "the", "for", "to", "in", "of",
    "with", "by", "is", "was", "will", "has", "had", "our", "your", "his", "her", "their", "free",
    "shipping", "offer", "sale", "thanks", "thank", "regards", "cheers", "best", "dear", "hi",
    "hello", "hey", "team", "store", "manager", "head", "lead", "customer", "ceo", "cto", "cfo",
    "vip", "vips", "ok", "please", "pls", "urgent", "attn", "note", "call", "back", "sent",
    "here", "there", "this", "that", "who", "which", "when", "where", "said", "says", "wrote",
    "called", "asked", "loved", "likes", "bought", "ordered", "returned", "mention", "about",
    "gmbh", "ltd", "inc", "llc", "ag", "sa", "srl", "s.r.l.", "co", "corp", "plc", "mr", "mrs",
    "ms", "dr", "prof", "street", "road", "avenue", "lane", "drive", "way", "ville", "city",
})
# the words of a job or an office, which no list's given name is: alone they are never a person
# ("Shri Deepika Siddiqui, Founder, …", "3. Treasurer's report", "Ming Bloomfield, CPA")
JOB_WORDS = frozenset("""founder cofounder co-founder treasurer secretary chair chairman chairwoman chairperson
president vice-president director directors manager owner proprietor captain vice-captain cpa cfa
accountant auditor notary notaire notario notária notário solicitor barrister attorney counsel patient
patients guest member members trustee trustees governor governors councillor councilor alderman mayor
editor publisher producer presenter host moderator chairs panellist panelist speaker speakers keynote
secretária secretario secretaria tesorero tesoureiro presidente vorsitzender vorsitzende kassenwart
schriftführer trésorier trésorière président présidente secrétaire ordförande kassör sekreterare
formand kasserer puheenjohtaja sihteeri rahastonhoitaja prezes skarbnik sekretarz předseda pokladník
jednatel""".split())

TITLES = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sir|Herr|Herrn|Frau|Fru|Hr|Fr|Mme|Mlle|M|Sr|Sra|"
                    r"Srta|Sig|Sig\.ra|Dott|Pan|Pani|Panią|Pana|Panu|Ing|Mag|Mevr|Mevrouw|Dhr|"
                    r"Signora|Signor|Señora|Señor|Senhora|Senhor|Madame|Monsieur|Mademoiselle|"
                    r"Sayın|Sn|Fräulein|Mgr|Bc|MUDr|JUDr|PhDr|RNDr|Dipl\.-Ing|Kpt|"
                    # academic, clerical and family titles: "Professor Cho", "Pastor Adeyemi"
                    r"Professor|Doctor|Pastor|Reverend|Rev|Imam|Rabbi|Sheikh|Aunty|Auntie|Captain|Capt|Dame)\.?[ \t]+",
                    re.IGNORECASE)
_CUE_LOWER = re.compile(
    r"(?i)\b(?:hi|hey|hello|dear|thanks|thank you|its|it's|it s|it is|this is|i am|i'm|i m|im|"
    r"my name is|name is|name:|call me|regards,?|cheers,?|love,?|from|ring|call|w/|with|ask|"
    r"tell|text|for|by|to|and|customer|client|on behalf of|behalf of|holder is|holder name is|"
    # the same in the languages of call transcripts: "buongiorno sono pietro colombo", "ja guten
    # tag svenja klein hier", "oui bonjour c'est gaëlle"
    r"sono|mi chiamo|ich bin|hier ist|ich heiße|je suis|c'est|je m'appelle|soy|me llamo|sou|"
    r"me chamo|chamo-me|ik ben|mijn naam is|jag heter|jeg hedder|jeg heter|nazywam się|"
    r"jmenuji se|buongiorno|bonjour|guten tag|hallo|hola|ciao|hej|hei|olá|oi|"
    # a CRM note's customer in lower case in other languages: "cust priya fairbairn", "cliente joana
    # albuquerque", "klant sanne smit", "kd. theresa eder", "klient/ka paweł mazur", "called maricel"
    r"cust|cliente|client\(e\)|klant|kd\.|kunde|kundin|klient(?:/ka)?|klientka|müşteri|asiakas|"
    # a call note's "llamo sra yessenia ticona", "familiar rosa elena llamara", "cx lovely mendoza"
    r"sra\.?|sr\.?|srta\.?|don|doña|dona|familiar|su hija|su hijo|su esposa|su esposo|llamo|llamó|cx|"
    r"called|rang|spoke to|phoned|"
    # an agent's self-introduction in a call transcript: "aqui é a bruna", "le atiende valentina",
    # "sie sprechen mit theresa", "vous parlez avec inès"
    r"aqui é (?:a|o)|aqui fala (?:a|o)|le atiende|le habla|habla|sie sprechen mit|hier spricht|"
    r"vous parlez (?:à|avec)|parla|parli con|u spreekt met|mówi|rozmawia pan z|rozmawia pani z)[ \t,]+$")
_LIST_SEP = re.compile(r"^\s*(?:,|;|/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|"
                       r"\bi\b|\bja\b)\s*(?:\band\b\s*)?$", re.IGNORECASE)


def _is_first(w: str, ol: OtherLanguage = ENGLISH) -> bool:
    # "Sie", "Bei", "Mia" are names somewhere, but in a German or Italian text they are a pronoun
    # or a preposition ("Hans Meier": a first name with a surname after still counts, see pair)
    low = w.lower().strip(".")
    if low in ol.function:
        return False
    return low in first_names() or ("-" in low and low.split("-")[0] in first_names())


def _is_strict_last(w: str, ol: OtherLanguage = ENGLISH) -> bool:
    low = w.lower().strip(".")
    return low in last_names() and low not in ol.function


def _any_name(w: str, ol: OtherLanguage) -> bool:
    """A first name or surname in any list, common words included ("Taylor", "Jack"): only where
    the context already says a person."""
    low = w.lower().strip(".")
    return (low in first_names_all() or low in last_names_all() or double_given(low)) and low not in ol.function


def _is_last(w: str, ol: OtherLanguage = ENGLISH) -> bool:
    low = w.lower().strip(".")
    return (low in last_names() or low in first_names()) and low not in ol.function


def _nameish(w: str) -> bool:
    """A word that can be part of a name in Title case: capitalised, not a stop/place word."""
    low = w.lower().rstrip(".")
    if low in STOP or low in PLACE_ENDS:
        return False
    if len(w) <= 2 and w.endswith(".") and w[0].isupper():
        return True  # initial "P."
    return w[0].isupper() and not w.isupper() or (w.isupper() and len(w) == 1)


def _caps_nameish(w: str, ol: OtherLanguage) -> bool:
    low = w.lower().rstrip(".")
    if low in STOP or low in PLACE_ENDS:
        return False
    return w.isupper() and (len(w.rstrip(".")) == 1 or _is_last(w, ol) or _rare(w, ol))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Two name words may be separated by spaces only (no line break, no comma), or by one tab
    between two words in capitals: a surname cell and a forename cell of a row ("DLAMINI\tKAGISO"
    of a fixed-width extract whose column gaps the normaliser made tabs) read as a name together;
    the recognizer splits the span at the tab again, so each cell is masked on its own."""
    if 0 < b - a <= 2 and text[a:b].strip(" ") == "":
        return True
    if text[a:b] != "\t":
        return False
    before = _CAPS_BEFORE.search(text, max(0, a - 30), a)
    after = _CAPS_AFTER.match(text, b)
    return before is not None and after is not None  # both words in capitals, as such extracts print


_CAPS_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+\Z")
_CAPS_AFTER = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’\-]+(?![^\W\d_])")


# a form or note field that holds a person: "SURNAME: CARTER", "F1RST NAME(S): DEEPIKA" (OCR),
# "Owner: Rhea", "agent SALMA", "Nachname: Vogel"
_FIELD = re.compile(
    r"(?i)\b(?:sur[ \t_]?name|last[ \t_]?name|f[i1]rst[ \t_]?name|given[ \t_]?names?|full[ \t_]?name|"
    r"family[ \t_]?name|"
    r"(?<![\w-])name|owner|manager|caller|agent|attendees?|recipient|assignee|employee|"
    # who to meet or who did it: "rider: venkatesh", "Contact ter plaatse: Kaya", "Kontaktní osoba:
    # Růžička", "teslim alan: YANKI", "(holder: Małgorzata Kaczmarek)", "done by Sergi Castillo"
    r"rider|contact(?:[ \t]+(?:person|ter[ \t]+plaatse|on[ \t]+site))?|kontaktperson|ansprechpartner(?:in)?|"
    # who a form is about: "Participant: Hope Yazzie", "Patient: …", "Applicant: …"
    r"participant|passenger|patient|client|customer|student|parent|guardian|traveller|traveler|tenant|"
    r"applicant|claimant|insured|beneficiary|payee|policyholder|"
    r"contactpersoon|persona[ \t]+de[ \t]+contacto|persona[ \t]+di[ \t]+contatto|kontaktní[ \t]+osoba|"
    r"osoba[ \t]+kontaktowa|teslim[ \t]+alan|holder|(?:done|performed|executed|received)[ \t]+by|"
    # who handled it: "PACKED BY: DECLAN", "Found by: Bridget", "PRÉPARÉ PAR : JEAN-BAPTISTE", "Hirer:"
    r"(?:packed|prepared|served|found|reported|handled|logged|checked|picked|collected|claimed|booked|"
    r"approved|issued|dispatched|processed|authori[sz]ed|taken|hired|delivered|assisted)[ \t]+by|"
    r"pr[ée]par[ée][ \t]+par|vendu[ \t]+par|preparado[ \t]+por|atendido[ \t]+por|erstellt[ \t]+von|"
    r"bearbeitet[ \t]+von|"
    r"card[ \t]?holder|account[ \t]?holder|nachname|vorname|nom|pr[ée]nom|nombre|apellidos?|"
    r"cognome|nome|achternaam|voornaam|nazwisko|imi[ęe]|efternamn|f[öo]rnamn|sukunimi|etunimi|"
    # a signature line names its signer: "SIGNATURE: ____KOWALSKI____" (underscores are spaces)
    r"signature|signed|unterschrift|podpis|assinatura|handtekening|allekirjoitus|al[áa]ir[áa]s|imza)"
    # then the value: "Name: X", "last_name = X", "{{last_name}} = X", "<familyName>X", '"last_name":"X"'
    # ("surname is kovacs", "Nachname ist Weber": a caller's answer)
    r"(?:\([sS]\))?(?:\}\}|\])?[\"']?(?:[ \t]+(?:is|was|ist|est|es|è|é|je|jest|är|er|on))?"
    r"[ \t]*(?:[:\-–=][ \t]*[\"']?|[ \t]|(?<=[a-zA-Z])>)[ \t]*")
_WEAK_LABEL = re.compile(r"(?i)owner|manager|caller|agent|attendee|recipient|assignee|employee|holder|"
                         r"rider|contact|ansprechpartner|osoba|persona|teslim|[ \t]by\b|participant|passenger|"
                         r"patient|client|customer|student|parent|guardian|travel|tenant|applicant|claimant|"
                         r"insured|beneficiary|payee|policyholder|"
                         r"sign|unterschrift|podpis|assinatura|handtekening|allekirjoitus|al[áa]ir|imza|"
                         r"(?<![\w-])name(?![\w])")
_FIELD_VALUE = re.compile(r"([^\W\d_][\w'’\-]*\.?(?: {1,2}[^\W\d_][\w'’\-]*\.?){0,2})")
# "Rhea (Loyalty Lead)", "Jiho (CRM)": a name and the person's role in brackets
_ROLE_AFTER = re.compile(r"[ \t]+\((?:[A-Z][\w&/\-]*|[a-zà-ž]{3,})(?:[ \t]+[\w&/\-]+){0,3}\)")


def _fields(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for m in _FIELD.finditer(text):
        # a name label ("last_name", "Nachname") takes any capitalised word ("Long", "Price");
        # a role ("owner", "agent") only a name-like one
        found = _field_value(text, m.end(), _WEAK_LABEL.search(m.group()) is None, ol)
        if found:
            out.append(found)
    for m in _SPACED_LABEL.finditer(text):  # OCR'd forms: "N A M E :  YETUNDE OGUNLEYE"
        if "".join(m.group(1).split()).lower() in _SPACED_NAME_LABELS:
            found = _field_value(text, m.end(), True, ol)
            if found:
                out.append(found)
    return out


_SPACED_LABEL = re.compile(r"(?m)^[ \t]*((?:[A-ZÀ-ÞĀ-Ž][ \t]{1,3}){2,16}[A-ZÀ-ÞĀ-Ž])[ \t]*:[ \t]*")
_SPACED_NAME_LABELS = frozenset({
    "name", "fullname", "navn", "namn", "nimi", "név", "nev", "ime", "imeiprezime", "meno", "jméno",
    "jmeno", "menoapriezvisko", "jménoapříjmení", "imię", "imie", "imięinazwisko", "nazwisko", "nume",
    "numeșiprenume", "adsoyad", "adısoyadı", "nombre", "nom", "nometcognome", "nome", "naam",
    "vorname", "nachname", "vardas", "vārds", "vardsuzvārds", "ονομα", "όνομα", "ονοματεπωνυμο"})


_SHORT_NUMBER = re.compile(r"[ \t]+\d{1,2}(?!\d)")
_VALUE_END = re.compile(r"[\"'<]|[ \t]*(?:\n|$)")


def _field_value(text: str, pos: int, strong: bool, ol: OtherLanguage) -> tuple[int, int, float] | None:
    """The name after a field label at ``pos``: up to three words while they read as a name."""
    v = _FIELD_VALUE.match(text, pos)
    if v is None:
        return None
    anyl = any_language()
    words, end = [], pos
    for w in re.finditer(r"\S+", v.group(1)):
        word = w.group().rstrip(".")
        low = word.lower()
        if any(c.isdigit() for c in word) or _FIELD.match(text, pos + w.start()) or \
                (words and text.startswith(":", pos + w.end())):
            break  # the next field ("F1RST NAME(S):", "… DATE:") starts here; not "Agent Rob:"
        if words and word.isupper() and not words[0].isupper() and _SHORT_NUMBER.match(text, pos + w.end()):
            break  # "Served by: Samantha  TILL 4": a till's label, not a surname in capitals
        # the field says a person: any known given name or surname will do ("CARTER")
        # a whole field value under a name label: '"last_name":"Le"', "<familyName>Le</familyName>"
        whole = strong and not words and word[:1].isupper() and _VALUE_END.match(text, pos + w.end())
        # a name typed in lower case after the label: "rider: venkatesh", "owner: priya sharma",
        # "surname is kovacs"
        lower_name = word.islower() and english_zipf(low) < 4.0 and (
            (low in first_names_all() if not words else (low in last_names_all() or low in first_names_all()))
            or (strong and (low in last_names_all() or _rare(word, ol))))
        ok = lower_name or len(word) == 1 or whole or low in first_names_all() or low in last_names_all() or \
            _is_last(word, ol) or low in PARTICLES or (
                word[:1].isupper() and low not in STOP and low not in anyl.function
                and (strong or english_zipf(low) < RARE + 0.7))
        if not ok or (word.isupper() and len(word) > 1 and is_ordinary(word, anyl)
                      and low not in first_names_all() and not strong):
            break
        if not word[:1].isupper() and low not in PARTICLES and not lower_name:
            break
        if whole:
            return pos, pos + w.end(), CONTEXT  # "Le", "Van": a surname, not a particle here
        words.append(word)
        end = pos + w.end() - (w.group().endswith(".") and len(word) > 1)
    if words and words[-1].lower() not in PARTICLES and not all(len(w) == 1 for w in words):
        return pos, end, CONTEXT
    return None


def _with_role(text: str, toks: list[tuple[int, int, str]], ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    anyl = any_language()
    for s, e, w in toks:
        if not (w[:1].isupper() and w.lower() not in STOP and w.lower() not in ROLES):
            continue
        m = _ROLE_AFTER.match(text, e)
        if m and (((_is_first(w, ol) or _rare(w, anyl)) and not _lone_word_ordinary(w, ol))
                  # a word-name before a team: "Destiny (CRM)", "Storm (legal)"
                  or (w.lower() in first_names_all() and _DEPARTMENT.fullmatch(m.group().strip(" \t()")))):
            out.append((s, e, CONTEXT))
    return out


_DEPARTMENT = re.compile(
    r"(?i)legal|crm|marketing|finance|hr|sales|support|design|pr|it|ops|brand|cx|product|"
    r"engineering|accounts|billing|compliance|procurement|social|content|ecom|e-commerce|seo|"
    r"growth|partnerships|events|retail|logistics|customer care|customer service|"
    r"recht|vertrieb|einkauf|juridique|ventes|achats|ventas|compras|vendite|acquisti|juridisch|inkoop")


def find_names(text: str) -> list[tuple[int, int, float]]:
    ol = other_language(text)
    toks = _tokens(text)
    out: list[tuple[int, int, float]] = []
    n = len(toks)
    i = 0
    while i < n:
        s, e, w = toks[i]
        word = w.rstrip(".")
        low = word.lower()
        upper = word.isupper() and len(word) > 1
        title = word[:1].isupper() and not upper
        nxt = toks[i + 1][2] if i + 1 < n and _gap_ok(text, e, toks[i + 1][0]) else ""
        pair = bool(nxt) and low in first_names_all() and (
            nxt.lower() in PARTICLES or (_is_strict_last(nxt, ol) and nxt[:1].isupper()))
        if (title or upper) and (_is_first(word, ol) or pair) and low not in STOP:
            j, end, extra = i, e if not w.endswith(".") else e - 1, 0
            while j + 1 < n and extra < 3:
                ns, ne, nw = toks[j + 1]
                if not _gap_ok(text, toks[j][1], ns):
                    break
                if nw.lower() in PARTICLES and j + 2 < n and _gap_ok(text, ne, toks[j + 2][0]) \
                        and toks[j + 2][2][:1].isupper():
                    j += 1
                    continue
                after_initial = len(toks[j][2].rstrip(".")) == 1 and nw[:1].isupper() \
                    and nw.lower() not in STOP  # "E. Tanner": an initial is followed by a name
                if after_initial or (upper and _caps_nameish(nw, ol)) or (not upper and _nameish(nw)):
                    j += 1
                    extra += 1
                    end = ne if not (nw.endswith(".") and len(nw) > 2) else ne - 1
                    continue
                break
            score = CONTEXT if extra else 0.5
            last = toks[j][2].lower().rstrip(".")
            if extra and (last in street_words() or last in ORG_ENDS or last in PLACE_ENDS):
                i = j + 1  # "Clementine Row", "Monroe Tailoring", "Victoria Road": not a person
                continue
            if extra == 0 and upper:
                score = 0.45  # "ANDREA" alone in caps text: too weak on its own
            elif extra == 0 and double_given(word):
                score = CONTEXT  # "Mary-Kate", "Karl-Heinz": two given names joined are a name
            if extra == 0 and _lone_word_ordinary(word, ol):
                i += 1  # "Grant", "Hope", "Victoria", "Juni", "Sie" alone: a word before a name;
                continue  # a greeting, title or possessive still makes it one (rules below)
            out.append((s, end, score))
            i = j + 1
            continue
        i += 1
    out += _speakers(text, ol)
    out += _rare_runs(text, toks, ol)
    out += _lower_lists(text, toks, ol)
    out += _cued(text, toks, ol)
    out += _possessives(text, toks, ol)
    out += _titled(text, ol)
    out += _greeted(text, ol)
    out += _introduced(text, ol)
    if any(c.islower() for c in text[:200]):
        out += _spoken(text, ol)
    out += _called(text)
    out += _inverted(text, ol)
    out += _fields(text, ol)
    out += _with_role(text, toks, ol)
    out += _signed(text, ol)
    out += _stacked(text, ol)
    out += _with_age(text, ol)
    # not "Beste Grüße", nor a lone letter ("N A M E :" of an OCR'd form)
    return [o for o in out if o[1] - o[0] > 1 and not _CLOSING_ONLY.match(text, o[0], o[1])]


# A sign-off and the name under it: "Kind regards,\nVikram | Customer Care", "Cheers, Rose",
# "Beste Grüße\nFlorian vom Kundenservice". The closing makes even a word-name ("Rose", "Will")
# a name; a team ("Customer Care", "The Lumen Team") is no given name and stays.
_CLOSINGS = (
    r"kind regards|best regards|warm regards|warmest regards|many thanks|regards|best wishes|"
    r"all the best|best|cheers|thanks|thank you|sincerely|yours sincerely|yours faithfully|yours|"
    r"take care|warmly|thx|tks|thnx|many thx|beste grüße|viele grüße|liebe grüße|freundliche grüße|"
    r"mit freundlichen grüßen|grüße|gruß|lg|vg|mfg|cordialement|bien cordialement|bien à vous|"
    r"amicalement|merci|saludos|un saludo|atentamente|un abrazo|cordiali saluti|distinti saluti|"
    r"saluti|un saluto|grazie|met vriendelijke groet|vriendelijke groet|hartelijke groet|groeten|"
    r"groetjes|mvg|atenciosamente|abraços|obrigad[oa]|med vänliga hälsningar|vänliga hälsningar|"
    r"hälsningar|mvh|med venlig hilsen|venlig hilsen|hilsen|ystävällisin terveisin|terveisin|"
    r"pozdrawiam|z poważaniem|s pozdravem|saygılarımla|selamlar|üdvözlettel|"
    # a card or gift message: "Love, Tyler & Faith xx"
    r"love|lots of love|much love|all my love|love from|hugs|big hugs|xoxo")
_SIGNED = re.compile(
    rf"(?im)(?:^|(?<=[.!?]\s))[ \t]*(?:{_CLOSINGS})[ \t]*[,!.]?[ \t]*(?:\n[ \t]*|[ \t]+)"
    r"((?-i:[A-ZÀ-ÞĀ-Ž][\w'’\-]+|[A-Z]\.?(?=[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’\-]))"
    r"(?:[ \t]+(?-i:[A-ZÀ-ÞĀ-Ž][\w'’\-]+|[A-Z]\.)){0,2})")

# A name badge or an address label: the given name on a line of its own and the surname on the
# next ("OSKAR\nLINDQVIST\nCustomer Insights Lead", "Yetunde\nAdeyemi")
_LINE_WORDS = re.compile(r"(?m)^[ \t]*([^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2})[ \t]*$")


def _stacked(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    if text.count("\n") < 2:
        return []
    lines = {m.start(): m for m in _LINE_WORDS.finditer(text)}
    anyl = any_language()
    out = []
    for m in lines.values():
        first = m.group(1)
        if " " in first or first.lower() not in first_names_all() or first.lower() in STOP \
                or not (first.isupper() or first.istitle()):
            continue
        nxt = lines.get(m.end() + 1)
        if nxt is None:
            continue
        words = nxt.group(1).split()
        last = words[-1]
        same_case = last.isupper() == first.isupper() and (last.isupper() or last.istitle())
        if not same_case or last.lower() in STOP or last.lower() in ROLES or last.lower() in anyl.function \
                or last.lower() in ORG_WORDS_AFTER or not (
                    _is_last(last, ol) or last.lower() in last_names_all() or _rare(last, anyl)
                    or looks_like_name(last) >= 0.5):
            continue
        out += [(m.start(1), m.end(1), CONTEXT), (nxt.start(1), nxt.end(1), CONTEXT)]
    return out


_CLOSING_ONLY = re.compile(rf"(?i)(?:{_CLOSINGS})$")


_AND_NAME = re.compile(r"[ \t]*(?:&|\+|and|und|et|y|e|en|og|och|i)[ \t]+([A-ZÀ-ÞĀ-Ž][\w'’\-]+)")


# a panel's or a focus group's respondent, a line of its own: "R2: Autumn, 49, Cardiff", "P1: Kauã,
# 44 anos, São Paulo", "- Shanice, 56 (Cork)"
_AGED = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]*|[\w .#]{1,12}:[ \t]*)?"
                   r"([A-ZÀ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’\-]+)?)[ \t]*,[ \t]*\d{1,2}"
                   r"(?:[ \t]*(?:,|\(|$|anos|años|ans|jahre|jaar|years|yrs|yo|y\.o\.|lat|év|yaş|tahun|tuổi|år|vuotta))")


def _with_age(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    anyl = any_language()
    for m in _AGED.finditer(text):
        words = m.group(1).split()
        low = words[0].lower()
        if low in STOP or low in anyl.function or low in CITIES or low in countries() or not (
                low in first_names_all() or _rare(words[0], anyl)):
            continue  # "Cardiff, 49": a town and a number
        end = m.start(1) + len(words[0])
        if len(words) > 1 and (words[1].lower() in last_names_all() or _rare(words[1], anyl)):
            end = m.end(1)
        out.append((m.start(1), end, CONTEXT))
    return out


# a reply signed with a dash at its line's end ("glad it arrived – Madison", "Volvemos! — José"),
# and a review's header between dashes, before its date ("★★★ — Summer Baker — 4/21/23")
_NAME_WORDS = r"((?:[A-ZÀ-ÞĀ-Ž][\w'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-ZÀ-ÞĀ-Ž][\w'’\-]+|[A-Z]\.)){0,2})"
# (the analyzer reads text whose dashes are normalised to "-": spaced, as a signature's are)
_DASH_SIGNED = re.compile(
    rf"(?m)(?:(?<=[\w.!?)\"”»])[ \t]+[-–—][ \t]+{_NAME_WORDS}[ \t]*$|"
    rf"^[^\n\w]{{0,12}}[-–—][ \t]+{_NAME_WORDS}[ \t]+[-–—·|][ \t]+\d)")
_MONTHS_SEASONS = frozenset("""january february march april may june july august september october november december
spring summer autumn fall winter easter christmas""".split())
_CLAUSE = re.compile(r"[,.!?;]")
_CLOCK_FIRST = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}")  # an agenda's line: "09:15 – Sala Lorca – Clausura"
_SENTENCE_BEFORE = re.compile(r"[^\W\d_]+(?:[ \t,]+[^\W\d_]+){2}")  # three words before the dash


def _signed(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    anyl = any_language()
    for m in _SIGNED.finditer(text):
        _sign(text, m.start(1), m.group(1), ol, anyl, out)
    if " - " in text or "–" in text or "—" in text:
        first_line = len(text) - len(text.lstrip())  # where the text's first line with words starts
        for m in _DASH_SIGNED.finditer(text):
            g = 1 if m.group(1) is not None else 2
            words = [w.lower() for w in m.group(g).split()]
            if (len(words) == 1 and words[0] in _MONTHS_SEASONS) or words[0] not in first_names_all():
                continue  # "rota – January", "– Clausura": a time, a word
            if g == 1:
                line = text.rfind("\n", 0, m.start()) + 1
                before = text[line:m.start()]
                if not _SENTENCE_BEFORE.search(before) or _CLOCK_FIRST.match(before) or (
                        line <= first_line and not _CLAUSE.search(before) and len(before.split()) < 6):
                    continue  # "Colour – Hazel": a label's value; "Volunteer rota – Summer": a title
            signer: list[tuple[int, int, float]] = []
            _sign(text, m.start(g), m.group(g), ol, anyl, signer)
            # every word a name's: not "Silver Partner", "Little Acorns Nursery"
            out += [sp for sp in signer if sp[1] == m.end(g)]
    return out


def _sign(text: str, at: int, signer: str, ol: OtherLanguage, anyl: OtherLanguage,
          out: list[tuple[int, int, float]]) -> None:
    """The name a signature line holds, from ``at``: its first word a given name (or rare), its
    next ones surnames or initials."""
    both = _AND_NAME.match(text, at + len(signer))  # "Love, Tyler & Faith": two signers
    if both and (both.group(1).lower() in first_names_all() or _rare(both.group(1), anyl)) \
            and both.group(1).lower() not in STOP:
        out.append((both.start(1), both.end(1), CONTEXT))
    words = signer.split()
    first = words[0]
    if len(first.rstrip(".")) == 1:  # "Thx, J Thompson": an initial, then the surname
        if first[0] not in "AI" and len(words) > 1 and (_is_last(words[1], ol) or _rare(words[1], anyl)
                                                         or words[1].lower() in last_names_all()):
            out.append((at, at + signer.index(words[1]) + len(words[1]), CONTEXT))
        return
    if first.lower() in STOP or first.lower() in ROLES or not (
            first.lower() in first_names_all() or _is_first(first, ol) or _rare(first, anyl)):
        return
    end = at + len(first)
    for w in words[1:]:  # "Anna Kowalski", "Duc L.", not "Vikram Customer"
        if not (len(w.rstrip(".")) == 1 or _is_last(w, ol) or _rare(w, anyl)
                or w.lower() in last_names_all()) or w.lower() in ORG_WORDS_AFTER:
            break
        end = at + signer.index(w, end - at) + len(w)
    out.append((at, end, CONTEXT))


ORG_WORDS_AFTER = frozenset({"team", "support", "customer", "care", "service", "kundenservice",
                             "team.", "equipo", "équipe", "squadra", "ltd", "gmbh", "inc"})


# "Cheers Pham!", "Morning Zhang,", "Hola Charo!": a greeting and one capitalised word before "!"/","
_GREETED = re.compile(
    r"(?<!\w)(?:Cheers|Thanks|Thank you|Morning|Good morning|Good afternoon|Good evening|Evening|"
    r"Hola|Hallo|Bonjour|Ciao|Hej|Olá|Oi|Salut|Servus|Moin|Welcome|Congrats|Congratulations|"
    r"Happy birthday|Buongiorno|Buenos días|Goedemorgen|Dzień dobry|Oye|Yo|Ey),?[ \t]+"
    r"([A-ZÀ-ÞĀ-Ž][\w'’\-]+)(?=[ \t]*(?:[!,.]|$))", re.MULTILINE)


# the same greetings (and "hi", "hoi", "merhaba"...) before a lower-case given name in chats:
# "Hej fergus!", "Bonjour thibault !", "Oi duarte!"
_GREETED_LOWER = re.compile(
    r"(?i)(?<!\w)(?:hi|hey|hello|hiya|cheers|thanks|thank you|morning|hola|hallo|bonjour|ciao|hej|"
    r"hei|moi|ol[áa]|oi|hoi|salut|servus|moin|merhaba|cze[śs][ćc]|ahoj|buongiorno|goedemorgen|"
    r"dzie[ńn] dobry|god morgen|dear|querid[oa]|caro|cara|liebe|lieber),?[ \t]+"
    r"([a-zà-ÿā-ž][\w'’\-]+)(?=[ \t]*(?:[!,.?]|$))", re.MULTILINE)


def _greeted(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _GREETED_LOWER.finditer(text):
        w = m.group(1)
        if w.islower() and _is_first(w, ol) and w not in STOP and w not in ol.function:
            out.append((m.start(1), m.end(1), CONTEXT))
    for m in _GREETED.finditer(text):
        w = m.group(1)
        low = w.lower()
        if low in STOP or low in CITIES or low in ol.function or low in _LIST_OPENERS or \
                (english_zipf(low) >= 4.5 and not _is_first(w, ol)):
            continue  # "Thanks Everyone!", "Welcome Back,", "Olá, Moin, Cześć!"
        out.append((m.start(1), m.end(1), CONTEXT))
    return out


# "this is Jack.", "it's Naoko here", "I am Petra Vieira": a self-introduction and a name
_INTRODUCED = re.compile(r"(?i:\b(?:this is|it's|its|it is|i am|i'm|here is|me llamo|je suis|"
                         r"ich bin|sono|mi chiamo|eu sou|jag heter|ik ben))[ \t]+"
                         r"([A-ZÀ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’\-]+)?)")


def _introduced(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    anyl = any_language()
    for m in _INTRODUCED.finditer(text):
        words = m.group(1).split()
        if words[0].isupper() or not (_any_name(words[0], ol) or _rare(words[0], anyl)):
            continue  # "this is Great", "I am Happy", "its CRM"
        end = m.end(1) if len(words) == 2 and (_any_name(words[1], ol) or _rare(words[1], anyl)) \
            else m.start(1) + len(words[0])
        out.append((m.start(1), end, CONTEXT))
    return out


# a call transcript's lower-case speech: "this is lee speaking", "its kai calling", "bonjour madame
# delacroix à l'appareil", "name mercy nguyen callback …", "me llamó un chico rubén"
_SPOKEN = re.compile(
    r"(?i:\b(?:this is|it'?s|its|c'est|soy|sono|hier ist|ici)[ \t]+)((?-i:[a-zà-ÿ][\w'’\-]+))"
    r"(?:[ \t]+((?-i:[a-zà-ÿ][\w'’\-]+)))??(?i:[ \t]+(?:speaking|calling|here|à l'appareil|al habla|al telefono|am apparat))\b"
    r"|(?i:\b(?:madame|monsieur|mme|mrs|mr|ms|miss|señora|señor|signora|signor|frau|herr|pani|pan|senhora|senhor)[ \t]+)"
    r"((?-i:[a-zà-ÿ][\w'’]+(?:-[a-zà-ÿ][\w'’]+)?))(?![\w\-])"
    r"|(?i:\b(?:name|nombre|nom|nome)(?:[ \t]+(?:is|es|est|é))?[ \t]+)((?-i:[a-zà-ÿ][\w'’\-]+)[ \t]+(?-i:[a-zà-ÿ][\w'’\-]+))"
    r"|(?i:\b(?:un chico|una chica|el chico|la chica|un señor|una señora|la señora|el señor|un tal|una tal)[ \t]+)"
    r"((?-i:[a-zà-ÿ][\w'’\-]+))(?![\w\-])")


def _spoken(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    """Lower-case names where a transcript's words say a person: a listed name, a surname, or a
    word no language holds (not "madame la directrice", "this is great here")."""
    out = []
    anyl = any_language()
    for m in _SPOKEN.finditer(text):
        k = next(g for g in (1, 3, 4, 5) if m.group(g))
        words = m.group(k).split()
        if m.group(2):
            words.append(m.group(2))
        if any(w in STOP or w in anyl.function or (w in anyl.ordinary and not _any_name(w, ol))
               or (english_zipf(w) >= 4.5 and w not in english_first_names()) for w in words):
            continue  # ("my name is summer can i take …": "can" is a surname too, and a verb)
        if not all(_any_name(w, ol) or _rare(w, anyl) for w in words):
            continue
        if k == 4 and not (words[0] in first_names_all() and (_any_name(words[1], ol) or _rare(words[1], anyl))):
            continue  # "name mercy nguyen": a given name, then a surname
        end = m.end(2) if m.group(2) else m.end(k)
        out.append((m.start(k), end, CONTEXT))
    return out


# "pls ring rich on 0871 …", "call jo at +44 …": the word between the verb and the number
_CALLED = re.compile(r"(?i)\b(?:ring|call|text|ping|whatsapp|message|phone)[ \t]+"
                     r"((?-i:[a-zà-ÿ][\w'’\-]+))[ \t]+(?:on|at)[ \t]+(?=[+(\d])")
_NOT_CALLED = frozenset({"me", "us", "him", "her", "them", "you", "back", "again", "now", "today",
                         "later", "tomorrow", "first", "reception", "support", "sales", "home",
                         "work", "the", "our", "my", "your", "his", "their", "this", "that", "it"})


def _called(text: str) -> list[tuple[int, int, float]]:
    return [(m.start(1), m.end(1), CONTEXT) for m in _CALLED.finditer(text)
            if m.group(1).lower() not in _NOT_CALLED]


# "Kjærgaard, Mette | mette@… | …", "Reply-To: Ndlovu, Sipho <…>": surname first, then a known
# first name, at the start of a line or a cell
# (also as a list's item or a log line's head: "1. Russo, Carmela +1", "07:40 NGÔ, M. — 0463…",
# and with the first name cut to its initial: "REDDY, A. — contact lenses")
_INVERTED = re.compile(r"(?m)(?:^|(?<=[|;\t:]))[ \t]*(?:(?:\d{1,3}[.)]|[•*·\-]|\d{1,2}:\d{2}|\d{4,12})[ \t]+)?"
                       r"([A-ZÀ-ÞĀ-Ž][\w'’\-]+),[ \t]*"
                       r"([A-ZÀ-ÞĀ-Ž][\w'’\-]+|[A-ZÀ-Þ]\.)(?=[ \t]*(?:[|;\t<(+]|[—–\-][ \t]|$))")


def _inverted(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _INVERTED.finditer(text):
        last, first = m.group(1), m.group(2)
        if last.lower() in CITIES:
            continue
        if first.endswith("."):  # an initial: the surname must read as one, or be written in capitals
            if (last.isupper() and len(last) >= 2 and not _ACRONYM_LIKE.match(last)) or _is_last(last, ol):
                out.append((m.start(1), m.end(2), CONTEXT))
            continue
        if (_is_first(first, ol) or first.lower() in first_names_all() or _rare(first, ol)) and \
                (_is_last(last, ol) or _rare(last, ol)):
            out += [(m.start(1), m.end(1), CONTEXT), (m.start(2), m.end(2), CONTEXT)]
    return out


_ACRONYM_LIKE = re.compile(r"^(?:[A-Z]{2,3}|[A-Z]+\d+)$")  # "VAT, A.", "UK, S.": no surname


_ITEM = r"[^\W\d_][\w'’\-]*\.?(?:[ \t]+[^\W\d_][\w'’\-]*\.?){0,2}"  # "K. L. Perry" is one item
_SEP = (r"(?:[ \t]*[,;/&·•][ \t]*(?:(?:and|und|et|og|och|y|e|i|ja)[ \t]+)?|"
        r"[ \t]+(?:and|und|et|og|och|y|e|i|ja|&)[ \t]+)")
_LIST = re.compile(rf"(?<![\w'’\-]){_ITEM}(?:{_SEP}{_ITEM}){{2,}}")


_SPEAKER = re.compile(
    r"(?m)^[\u200e\u200f]?[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*|"
    # "10:02 ", and chat exports: "11/03/2024, 17:01 - ", "2024-03-11 17:01:05 "
    # (a day's name may lead: "Mon 13:02  yuting:" of an Instagram DM export)
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?"
    r"[ \t]*(?:[-–][ \t]*)?[ \t])?"
    # WhatsApp marks a sender who is no saved contact with "~ "
    r"(?:~[ \t]*)?"
    # a team chat's "@sigrid:" addresses the message to its speaker's name
    r"@?"
    # the name, then maybe its role: "Babajide (Billing):"
    r"([^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?)[ \t]*(?:\(([^)\n]{1,30})\)[ \t]*)?:[ \t]")
ROLES = frozenset({"agent", "customer", "client", "user", "assistant", "system", "bot", "support",
                   "me", "you", "operator", "staff", "rep", "advisor", "host", "guest", "note",
                   "notes", "subject", "from", "to", "cc", "date", "sent", "re", "tel", "phone",
                   "email", "e-mail", "address", "name", "mobile", "fax", "web", "q", "a", "answer",
                   "question", "summary", "task", "context", "output", "input", "example", "tone",
                   "goal", "audience", "brand", "product", "order", "status", "reply", "draft",
                   # the same roles in the other languages of support chats
                   "kunde", "kundin", "mitarbeiter", "mitarbeiterin", "klant", "medewerker",
                   "cliente", "agente", "operatore", "operador", "atendente", "vendedor", "kund",
                   "handläggare", "asiakas", "klient", "konsultant", "müşteri", "temsilci",
                   "zákazník", "operátor", "conseiller", "conseillère", "assistant", "bot",
                   # callers and advisers of call transcripts: "Anrufer:", "Konsultant (Zofia):"
                   "caller", "anrufer", "anruferin", "appelant", "appelante", "chiamante",
                   "llamante", "interlocutor", "beller", "uppringare", "soittaja", "arayan",
                   "volající", "dzwoniący", "klientka", "konsultantka", "doradca", "adviseur",
                   "berater", "beraterin", "consulente", "asesor", "asesora", "receptionist",
                   "recepcionista", "driver", "courier", "fahrer", "interviewer", "moderator",
                   "speaker", "sprecher", "locutor", "intervenant", "webcare", "klantenservice", "kundenservice",
                   # Arabic chat speakers that are roles: the clinic, the patient, the customer
                   "العيادة", "المريض", "المريضة", "العميل", "العميلة", "الموظف", "الدعم", "المتجر",
                   "الصيدلية", "خدمة", "المندوب", "السائق", "الزبون", "الزبونة",
                   # and in the other scripts of support chats and forms
                   "клиент", "клиентка", "оператор", "менеджер", "поддержка", "бот", "система",
                   "клієнт", "підтримка", "πελάτης", "υπάλληλος", "υποστήριξη", "לקוח", "לקוחה", "נציג",
                   "נציגה", "ग्राहक", "एजेंट", "வாடிக்கையாளர்", "முகவர்", "গ্রাহক", "এজেন্ট", "ลูกค้า",
                   "เจ้าหน้าที่", "แอดมิน", "สปา", "ร้าน", "ทางร้าน", "คลินิก", "經紀", "经纪", "客", "客服", "顾客", "客户", "휴대폰", "이메일",
                   "주소", "성명", "전화", "traceback", "file",
                   # a git log's, a mail's and a config's fields: "Author: …", "Headers: …", "cron: …"
                   "author", "committer", "commit", "merge", "headers", "header", "cron", "timezone",
                   "standardised", "standardized", "normalised", "normalized", "expected", "actual", "result"})
# an SMS sender id ("JM-SVRNAM:", "AD-JWLRYS:"): an operator prefix and a brand code
_SMS_HEADER = re.compile(r"[A-Z]{2}-[A-Z0-9]{3,9}")
_THAI_POLITE = ("ค่ะ", "ครับ", "สวัสดี", "ขอบคุณ")
# what follows "คุณ" (you) or "พี่"/"น้อง" when they are no title: a polite particle or a word of
# the sentence ("คุณจะ ได้รับ…", you will receive; "คุณสามารถ…", you can)
THAI_AFTER_YOU = r"(?!ลูกค้า|ค่ะ|ครับ|คะ|จะ|ได้|ก็|คือ|เป็น|มี|ต้อง|ช่วย|ไม่|ที่|นะ|สามารถ|และ|กับ|ทุก|ของ)"


# a note's labels that come back line after line and are no one: "Todo:", "Eta:", "Pros:"
_NOTE_LABELS = frozenset({"todo", "faq", "eta", "fyi", "nb", "ps", "tldr", "wip", "qty", "sku", "ref",
                          "vat", "pros", "cons", "asin", "upc", "ean", "memo", "recap", "aside"})
# an agenda's items after their times: "10:00  Keynote: …", "12:30  Panel: …"
_AGENDA = frozenset("""keynote panel lunch break workshop registration welcome opening closing networking
coffee session talk presentation fireside plenary breakout masterclass demo q&a reception dinner drinks
remarks intro introduction wrap-up tour award awards ceremony""".split())


# the rest of a labelled line that is data: digits in a run, an e-mail, a code in capitals
# (a short value, no sentence: "Wahyuni: ok 👍 alamat pengiriman: Jl. Kenanga 12" is a speaker)
# (words parted by spaces, so no word splits two ways: a nested repeat backtracked for seconds)
_DATA_LINE = re.compile(r"[ \t]*(?=[^\n]*?(?:\d{3}|@|\b[A-Z0-9]{8,}\b))[^\s!?]+(?:[ \t]+[^\s!?]+){0,6}[ \t]*(?:\n|$)")


def _speakers(text: str, ol: OtherLanguage = ENGLISH) -> list[tuple[int, int, float]]:
    """Speaker labels of a transcript ("[10:02] jane: ..." on 2+ lines): the label is a name
    unless it is a role ("agent:") or a form field ("Subject:")."""
    if text.count(":") < 2 or "\n" not in text:
        return []
    found = [m for m in _SPEAKER.finditer(text)]
    if len(found) < 2:
        return []
    # people talk in turns: a label said twice, or after a timestamp; a form's labels
    # ("Remetente:", "Cardholder:", "Anschrift:") each come once
    said = Counter(m.group(1).lower() for m in found)
    # a form's field repeated per record ("Anschrift: Goethestraße 101, 22116 Hamburg" under each
    # winner) holds data on every line it heads; a speaker says words
    talk = Counter(m.group(1).lower() for m in found if not _DATA_LINE.match(text, m.end()))
    anyl = any_language()
    out = []
    for m in found:
        label = m.group(1)
        words = label.split()
        start = m.start(1)
        if words[0].lower() in _AGENDA:
            continue  # "10:00  Keynote: Lessons from …"
        if label.islower() and m.group(0)[:1] in " \t" and label not in first_names_all():
            continue  # "  cron: …", "  timezone: …": an indented YAML key, no speaker
        if _SMS_HEADER.fullmatch(label) or any(p in label for p in _THAI_POLITE):
            continue  # "JM-SVRNAM:"; "สวัสดีค่ะ สั่งไปเมื่อวาน เลขออเดอร์:" is a sentence, not a speaker
        if len(words) == 2 and words[0].lower() in ROLES and words[1].lower() not in ROLES:
            start += label.index(words[1], len(words[0]))  # "Agent Mia:": the role, then the name
            words = words[1:]
        elif label.lower() in ROLES or words[0].lower() in ROLES or words[-1].lower() in ROLES:
            # "Agent (Rose):", "Konsultant (Małgorzata):": the role, then the name in brackets
            inner = (m.group(2) or "").split()
            if 0 < len(inner) <= 2 and all(w[:1].isupper() and w.lower() not in ROLES and (
                    w.lower() in first_names_all() or _is_last(w, ol)
                    or english_zipf(w.lower()) < 3.5) for w in inner):  # not "(Billing)"
                out.append((m.start(2), m.end(2), CONTEXT))
            continue
        if "@" in m.group(0)[:m.start(1) - m.start()] and not (
                len(words) == 1 and label.lower() in first_names_all()):
            continue  # "@BrandCare:", "@copperleafkitchen:" are an account's handle
        timed = m.group(0).lstrip()[:1] in "[0123456789"
        # a comment thread's author says one thing among others' ("tarek: shukran", "sara: 3ayto
        # liya"): a given name that is no everyday English word counts as one taking turns
        # (not a script's character in capitals, "LILY:", nor a letter's "Til:", Norwegian "To:")
        thread = len(said) >= 3 and words[0].lower() in first_names_all() and english_zipf(words[0].lower()) < 4.5 \
            and not label.isupper() and words[0].lower() not in anyl.function
        if said[label.lower()] < 2 and not timed and not thread:
            continue
        if not talk[label.lower()] and not timed and label.lower() not in first_names_all():
            continue
        # "Sam (agent):": a role in brackets makes a given name of a word-name
        role_given = (m.group(2) or "").lower().strip() in ROLES
        # a nickname no list knows ("Mikey", "Kaz") that takes turns is a person, if it is no
        # ordinary word of the text's language
        # a given name and a surname that are words too ("Sunny King") take turns as a person
        if len(words) == 2 and words[0].lower() in first_names_all() and words[1].lower() in last_names_all() \
                and words[1][:1].isupper() and words[0].lower() not in STOP:
            out.append((start, m.end(1), CONTEXT))
            continue
        # a label that takes turns and is a given name somewhere is one, word or not ("sunny:",
        # "bill:" answering each other); single words only, so "Due Date:" stays a field
        turns = said[label.lower()] >= 2 or timed or thread
        if all(_is_first(w, ol) or _is_last(w, ol) or _rare(w, anyl)
               or ((role_given or (turns and len(words) == 1)) and w.lower() in first_names_all()
                   and w.lower() not in _NOTE_LABELS and w.lower() not in STOP)
               or (w[:1].isupper() and w[1:].islower() and english_zipf(w.lower()) < 3.6
                   and w.lower() not in _NOTE_LABELS and w.lower() not in ol.ordinary
                   and w.lower() not in ol.function and w.lower() not in STOP) for w in words):
            out.append((start, m.end(1), CONTEXT))
    return out


def _rare(w: str, ol: OtherLanguage = ENGLISH) -> bool:
    """Not an ordinary word: rare in English and, in a text written in another language, not
    one of that language's ordinary words ("Bestellung", "Grüßen", "colis")."""
    base = w.rstrip(".")
    if len(base) <= 2 or english_zipf(base) >= RARE:
        return False
    low = base.casefold()  # wordfreq's keys are case-folded: "grüßen" is "grüssen"
    return low not in ol.function and low not in ol.ordinary


def is_unusual(w: str, ol: OtherLanguage) -> bool:
    """Rare in English and in the text's own language: the shape of a name no list knows."""
    return _rare(w, ol)


def is_ordinary(w: str, ol: OtherLanguage) -> bool:
    """A word of the text's language(s) that no name list knows."""
    low = w.casefold().strip(".,;:!?")
    if low in ol.function:
        return True
    if low in first_names_all() or low in last_names():
        return False
    return low in ol.ordinary or (len(low) > 2 and english_zipf(low) >= RARE)


def double_given(w: str) -> bool:
    """A double given name: "Mary-Kate", "Anne-Marie", "Karl-Heinz", "Ana-Sofía" (every part a
    known given name; wordfreq reads "mary-kate" as two common words)."""
    parts = w.casefold().rstrip(".").split("-")
    return len(parts) > 1 and all(len(p) > 1 and p in first_names_all() and p not in _MONTHS_DAYS for p in parts) \
        and any(p in first_names() for p in parts)


def _lone_word_ordinary(word: str, ol: OtherLanguage) -> bool:
    """A capitalised word that is a function word of the text's language, a month or weekday, or
    (unless a known first name) common in English or an ordinary word of another language."""
    low = word.casefold()
    anyl = any_language()
    if low in ol.function or low in _MONTHS_DAYS:
        return True
    if double_given(word):
        return False
    # "Made", "Loan", "Villa" are names in Faker's Balinese, Vietnamese, Spanish lists and common
    # English words; "James" and "Grace" are English given names
    if english_zipf(low) >= 4.0 and (low not in english_first_names() or low in COMMON_WORDS):
        return True  # ("Bill", "Grace", "Mark" alone: COMMON_WORDS, names only with a surname)
    return low in anyl.ordinary and low not in first_names()


# months and weekdays of the languages in wordlists.txt that are also first names somewhere
_MONTHS_DAYS = frozenset("""
januar februar märz maerz mai juni juli august oktober dezember janvier février mars avril juin
juillet août octobre décembre enero febrero marzo abril mayo junio julio agosto septiembre
octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre
dicembre janeiro fevereiro março maio junho julho setembro outubro dezembro januari februari
maart juni juli augustus oktober styczeń maj czerwiec lipiec sierpień montag dienstag mittwoch
donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes
martes miércoles jueves viernes sábado domingo lunedì martedì giovedì venerdì sabato jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
sun ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi salı
çarşamba perşembe cuma cumartesi pazar
""".split())  # noqa: SIM905


def _rare_runs(text: str, toks: list[tuple[int, int, str]],
               text_ol: OtherLanguage = ENGLISH) -> list[tuple[int, int, float]]:
    """Names no list knows ("Chukwuemeka Okafor", "TOMASZ ŻUREK"): two to four capitalised words
    in a row, each a known name or a word that is rare in English and no ordinary word of
    another language ("Direttore Vendite", "Casa Azulejo" are a title and a shop), none a stop
    or place word, within one sentence."""
    ol = any_language()  # the weakest rule: every language's words count, not just the text's
    out: list[tuple[int, int, float]] = []
    n, k = len(toks), 0
    while k < n:
        run: list[int] = []
        j = k
        if not toks[k][2][:1].isupper():
            k += 1
            continue
        while j < n and len(run) < 4:
            w = toks[j][2]
            low = w.lower().rstrip(".")
            caps = w.isupper() and len(w) > 1
            shaped = (w[:1].isupper() and (caps or any(c.islower() for c in w)))
            if run and (not _gap_ok(text, toks[j - 1][1], toks[j][0]) or
                        (toks[j - 1][2].endswith(".") and len(toks[j - 1][2]) > 2)):
                break  # no gap but spaces; "Azulejo. Réponse" is two sentences
            if run and low in PARTICLES and j + 1 < n:
                j += 1
                continue
            if not shaped or low in STOP or low in PLACE_ENDS or low in COMMON_WORDS:
                break
            if run and caps != (toks[run[0]][2].isupper() and len(toks[run[0]][2]) > 1):
                break  # "ANNA Smith": not one name
            if not (_rare(w, ol) or (_is_last(w, ol) and english_zipf(low) < 4.0)):
                break  # "Tidepool Coffee": a surname somewhere, a common word here
            run.append(j)
            j += 1
        words = [toks[r][2].lower().rstrip(".") for r in run]
        # a heading in capitals in a text in another language ("YHTIÖKOKOUKSEN PÖYTÄKIRJA",
        # "TOPLANTI TUTANAĞI") holds no listed name; a person's name in capitals there does
        caps_heading = len(run) >= 2 and text_ol.function and toks[run[0]][2].isupper() and not any(
            w in first_names_all() or w in last_names_all() for w in words)
        if len(run) >= 2 and any(_rare(toks[r][2], ol) for r in run) and not caps_heading:
            s, e = toks[run[0]][0], toks[run[-1]][1]
            if text[e - 1] == "." and e - toks[run[-1]][0] > 2:
                e -= 1
            out.append((s, e, 0.55))
            k = run[-1] + 1
        else:
            k += 1
    return out


# a greeting or a French/Italian elided word opens a clause, not a list of names
_LIST_OPENERS = frozenset({"hi", "hey", "hello", "hiya", "bonjour", "bonsoir", "salut", "hallo",
                           "hola", "buenas", "ciao", "buongiorno", "hej", "hei", "moi", "olá", "ola",
                           "oi", "hoi", "dzień", "cześć", "ahoj", "merhaba", "servus", "moin",
                           "thanks", "thank", "merci", "danke", "gracias", "grazie", "obrigado",
                           "obrigada", "dank", "tack", "tak", "kiitos", "dziękuję", "děkuji"})
_ELIDED = frozenset({"j'", "l'", "d'", "c'", "n'", "s'", "m'", "t'", "j’", "l’", "d’", "c’", "n’",
                     "s’", "m’", "t’"})


def _csv_rows(text: str) -> frozenset[int]:
    """The line numbers of a pasted CSV/semicolon sheet: three lines or more with the same number
    (three or more) of one delimiter."""
    if text.count("\n") < 2:
        return frozenset()
    lines = text.split("\n")
    out: set[int] = set()
    for delim in (",", ";"):
        counts = [line.count(delim) for line in lines]
        common = {c for c in set(counts) if c >= 3 and counts.count(c) >= 3}
        out |= {k for k, c in enumerate(counts) if c in common}
    return frozenset(out)


_HTTP_HEADER = re.compile(r"(?i)[ \t]*(?:content-[\w-]+|accept(?:-[\w-]+)?|user-agent|host|x-[\w-]+|authorization|"
                          r"cookie|set-cookie|cache-control|connection|referer|origin|vary|via|pragma)[ \t]*:")


def _http_header_line(text: str, at: int) -> bool:
    """Whether ``at`` sits on a header line; a header line is short, so only 200 characters back
    are searched for its start (a list on a long pasted line is not rescanned from its start)."""
    lo = max(0, at - 200)
    start = text.rfind("\n", lo, at) + 1
    if start == 0 and lo > 0:
        return False
    return _HTTP_HEADER.match(text, start) is not None


def _a_town(item: str) -> bool:
    low = item.strip(" .,;:!?").lower()
    return (low in CITIES or low in countries() or low in places()) and low not in first_names_all()


def _common_lower(w: str) -> bool:
    """A word in lower case that is a common English word and no English given name ("lemon")."""
    w = w.strip(".,;:!?")
    if not w.islower() or "-" in w:
        return False
    zipf = english_zipf(w)
    return (zipf >= 4.0 and w not in english_first_names()) or (zipf >= 3.5 and w not in first_names_all())


def _lower_lists(text: str, toks: list[tuple[int, int, str]], ol: OtherLanguage = ENGLISH) -> list[tuple[int, int, float]]:
    """Runs of 3+ short items separated by commas/"and" where most items are known first names
    ("tycho, simon, noah and bryan"); every name-like item (any case) becomes a PERSON."""
    out: list[tuple[int, int, float]] = []
    if sum(text.count(c) for c in ",;&/·•") + text.count(" and ") < 2:
        return out
    rows = _csv_rows(text)
    for m in _LIST.finditer(text):
        if rows and text.count("\n", 0, m.start()) in rows:
            continue  # a CSV row's cells ("Pavel,Orlov,Foodie Forward,Growth Marketer,EXPO"), no list
        if _http_header_line(text, m.start()):
            continue  # "Content-Type: application/x-www-form-urlencoded; charset=UTF-8": a header
        items = []
        pos = m.start()
        for part in re.split(_SEP, m.group()):
            start = text.index(part, pos)
            items.append((start, start + len(part), part))
            pos = start + len(part)
        # the first item may carry the list's lead-in ("invite list - terje"): keep its last word
        first = items[0]
        words0 = first[2].split()
        mixed = len(words0) > 1 and words0[-1].islower() and words0[0].isupper() and len(words0[0]) > 1
        # (not "Laura Pérez, …"; but "MARY PICKFORD  rum, pineapple": a menu's item, then its list)
        if " " in first[2] and (not _is_first(words0[0], ol) or mixed):
            w = first[2].rsplit(" ", 1)[1]
            items[0] = (first[1] - len(w), first[1], w)
        anyl = any_language()  # "Moda, Hogar y Deporte", "bougies, lampes": shop words, not names
        items = [it for it in items if "_" not in it[2]]  # "respondent_id,nps,comment": a CSV header
        # (a script without case is no list of names by this rule: "我们的产品很好，明天发货，今天…"
        # are clauses, which the name lists cannot tell from names)
        items = [it for it in items if any(c.islower() or c.isupper() for c in it[2])]
        # (towns are no people: "stores in Leeds, Bradford and York")
        items = [it for it in items if not _a_town(it[2])]
        if len(items) < 3:
            continue
        known = [it for it in items if _is_first(it[2].split()[0], ol) or _rare(it[2].split()[0], anyl)
                 or _initialled(it[2].split(), ol)]
        # (no common English word in lower case counts: "gin, lemon, soda")
        known = [it for it in known if not _common_lower(it[2].split()[0])]
        if len(known) < 2 or len(known) < 0.6 * len(items):
            continue
        # in a text in another language, words rare to English are that language's words unless
        # one of them is a listed given name ("Velge dirigent, referent og to", "ny vaskekælder,
        # faldstammer i opgang 3"); in English ones they are names ("itai; ingvild & crispin")
        # (in English too: "rum, grapefruit, maraschino", "Coopers Pale, Heineken, Peroni" hold
        # rare words and brands, no given name; a list of people names at least one)
        if not any(_is_first(it[2].split()[0], ol) for it in known) and (
                ol.function or not _PEOPLE_LEAD.search(text, max(0, m.start() - 60), m.start())):
            continue  # (unless a word before it says people: "Shortlist: itai; ingvild & crispin")
        for s, e, w in items:
            words = w.split()
            low = words[0].lower()
            if low in _LIST_OPENERS or low[:2] in _ELIDED or any(
                    x.lower() in anyl.function and x.lower() not in PARTICLES for x in words[1:]):
                continue  # "Bonjour, Louis Girard, j'appelle pour la commande": one name
            if _common_lower(w) or low in JOB_WORDS:
                continue  # "bourbon, lemon, soda" beside a name: the drink's parts; "…, Founder, …"
            if _is_first(words[0], ol) or _rare(words[0], anyl) or (len(words) == 1 and w.replace("-", "").isalpha() and
                                        low not in COMMON_WORDS and low not in STOP and len(w) > 2):
                out.append((s, e, CONTEXT))
            elif low in first_names_all() and len(words) == 1:
                # a capitalised word-name among names is one too: "Attendees: Ana Ruiz, Tom Li,
                # Summer"; in lower case ("hope, joy and love") it stays a guess
                named = sum(1 for it in known if not _lone_word_ordinary(it[2].split()[0], ol))
                out.append((s, e, CONTEXT if w[:1].isupper() and named >= 2 else 0.55))
    return out


# the endings of German nouns that no name has at that length: a German text capitalises every
# noun, and its compounds are too rare for any word list ("Rechtsgrundlage", "Löschfrist",
# "Datenkategorien", "Hauptforderung", "Werbezwecken")
_GERMAN_NOUN = re.compile(r"(?:ung|ungen|keit|keiten|heit|heiten|schaft|schaften|lage|frist|fristen|tion|tionen|nis|"
                          r"nisse|tät|zweck|zwecken|kategorien|gebühr|gebühren|betrag|vertrag|gesetz|verarbeiter|"
                          r"prüfung|nummer|daten|angaben|stelle|stellen)$")


def german_noun(word: str) -> bool:
    """A long German noun by its ending ("Verarbeitung", "Rechtsgrundlage"); not "Hartung", and no
    ending of a surname ("-recht": "Engelbrecht", "Lamprecht")."""
    return len(word) >= 9 and word[:1].isupper() and _GERMAN_NOUN.search(word.lower()) is not None


# a word before a list that says its items are people
_PEOPLE_LEAD = re.compile(
    r"(?i)\b(?:shortlist(?:ed)?|invite[sd]?|invitees?|guests?|attendees?|winners?|finalists?|team|kids|children|"
    r"names?|people|members?|players?|staff|crew|friends|family|speakers?|hosts?|volunteers?|participants?|"
    r"ambassadors?|creators?|influencers?|customers?|clients?|judges?|candidates?|applicants?|students?|"
    r"pupils?|roster|rota|assigned|owners?|agents?|cc|hi|hey|dear|thanks|with|from)\b[^\n]*\Z")


def _initialled(words: list[str], ol: OtherLanguage) -> bool:
    """"K. L. Perry", "A Ouma": initials, then a surname."""
    return len(words) > 1 and len(words[0].rstrip(".")) == 1 and words[0][:1].isupper() \
        and (_is_last(words[-1], ol) or _rare(words[-1], ol))


def _cued(text: str, toks: list[tuple[int, int, str]], ol: OtherLanguage = ENGLISH) -> list[tuple[int, int, float]]:
    """Lower-case names after "hi its", "this is", "my name is", or before "here"."""
    out: list[tuple[int, int, float]] = []
    anyl = any_language()
    for k, (s, e, w) in enumerate(toks):
        if not w.islower() or w.rstrip(".") in STOP:
            continue  # ("llamo sra yessenia …": the title is a cue, not the name)
        if w in anyl.function or (w in anyl.ordinary and w not in first_names_all()):
            continue  # "customer minta", "call kare": a word of some language, in lower case, is no name
        if not (_is_first(w, ol) or (_rare(w, ol) and english_zipf(w) < 2.5)):
            # a rarer pair reads as a name too: "its thabo botha", not "its nice weather"
            nxt = toks[k + 1][2] if k + 1 < len(toks) and _gap_ok(text, e, toks[k + 1][0]) else ""
            pair = nxt.islower() and nxt not in STOP and (
                (_rare(w, ol) and english_zipf(w) < 3.2 and (
                    _is_strict_last(nxt, ol) or (_rare(nxt, ol) and english_zipf(nxt) < 3.2)))
                # a given name that is a word, then a surname: "it's mark fox", "its chase johnson"
                or (w in first_names_all() and w not in STOP and nxt in last_names_all()))
            if not pair:
                continue
        if english_zipf(w) >= 4.0 and w not in english_first_names():
            continue  # "call branch", "call north": a common word only some other country names a child
        before = text[max(0, s - 20):s]
        after = text[e:e + 8]
        if _WEAK_CUE.search(before) and w not in first_names_all() and w not in last_names_all() \
                and not (k + 1 < len(toks) and toks[k + 1][2].lower() in last_names_all()):
            continue  # "to reorder", "for unboxing": a rare word after a preposition is a verb or a noun
        if _WEAK_CUE.search(before) and english_zipf(w) >= 5.6:
            continue  # "… and said to ask", "to may": one of the commonest words is that word
        if _CUE_LOWER.search(before) or re.match(r"[ \t]+(?:here|hier|aquí|ici|qui)\b", after) \
                or _HERE_AFTER_NAME.match(text, e):
            end, j = e, k
            while j + 1 < len(toks) and j - k < 3 and _gap_ok(text, toks[j][1], toks[j + 1][0]) \
                    and not _SENTENCE_GAP.match(text, toks[j][1], toks[j + 1][0]):  # "call branch. Ring me"
                w2 = toks[j + 1][2]
                low2 = w2.lower()
                # "this is anna kowalski calling", "its mark smith here": a surname after the
                # cued first name, from any list or rare in English
                surname = _is_last(w2, ol) or (low2 in last_names_all() and english_zipf(low2) < 5.0) \
                    or (_rare(w2, ol) and english_zipf(w2) < 3.0)
                if low2 in STOP or not (low2 in PARTICLES or surname or w2[:1].isupper()):
                    break
                j += 1
                if low2 not in PARTICLES:
                    end = toks[j][1] - (len(w2) > 2 and w2.endswith("."))
            out.append((s, end, CONTEXT))
    return out


# Words that open a prompt sentence and that the small model likes to call a PERSON.
PROMPT_WORDS = frozenset({
    "draft", "write", "compose", "create", "generate", "make", "send", "tell", "thank", "remind",
    "invite", "reply", "respond", "summarize", "summarise", "translate", "rewrite", "edit",
    "customer", "client", "contact", "dear", "hi", "hello", "hey", "regards", "thanks", "best",
    "subject", "note", "phone", "email", "mobile", "address", "order", "card", "iban", "ssn",
    "please", "sms", "mention", "use", "keep", "avoid", "sign", "team", "member", "format",
    "greet", "welcome", "congratulate", "notify", "inform", "wish", "ask", "message", "call",
    "text", "let", "update", "apologize", "apologise", "offer", "confirm", "recommend",
    # form labels and roles of other scripts a model or a rule took for a name: "Địa chỉ:"
    # (address), "Khách" (customer), "Pelanggan", "Πελάτης", "Τηλέφωνο", "お客様", "고객님"
    "địa", "khách", "pelanggan", "πελάτης", "τηλέφωνο", "επαφή", "お客", "客", "고객", "회원",
    "caller", "consignor", "consignee",
    # "Hi, I'm ringing about…": the greeting's next word is no name
    "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d", "it's", "it’s", "we're", "we’re",
})


# a romanised Korean or Chinese given name of two syllables: "Ji-woo", "Ha-eun", "Xiao-ling"
_ROMANISED_GIVEN = re.compile(r"[A-Z][a-z]{0,3}-[a-z]{2,4}")
# greetings that open a message: never part of the name after them ("Bonjour Thu Trang")
GREETINGS = frozenset("""oye yo hi hello hey dear bonjour bonsoir hola hallo hoi ciao hej hei moi cześć czesc
bok živjo zivjo sveiki labas tere szia ahoj merhaba olá salut bună buna beste liebe lieber
querido querida estimado estimada gentile egregio kære kaere kjære pozdravljeni zdravo dobrý dobry
deň den dzień dzien labdien sveikas
שלום היי привет привіт добрий здравствуйте уважаемый уважаемая дорогой дорогая шановний шановна вітаю γεια αγαπητέ
αγαπητή नमस्ते प्रिय வணக்கம் அன்புள்ள প্রিয় สวัสดี เรียน مرحبا عزيزي عزيزتي
salamat selamat asante habari jambo halo kumusta kamusta magandang tuan puan encik cik mbak pak bu kak kuya
po""".split())
# "svenja klein hier": a first name, a surname, then "here" in some language
_SENTENCE_GAP = re.compile(r"[.!?]+[ \t]+")
_WEAK_CUE = re.compile(r"(?i)\b(?:to|for|by|and|from)[ \t,]+$")
_HERE_AFTER_NAME = re.compile(r"[ \t]+[^\W\d_]+[ \t]+(?:here|hier|aquí|ici|qui)\b")


def extend_left(text: str, s: int, e: int, ol: OtherLanguage = ENGLISH) -> int:
    """Where a found name really starts: up to two name-like capitalised words right before it
    on the same line ("Sota <Kobayashi>", "GALLAGHER <Gráinne>", "Seung-hoon <Kim>")."""
    for _ in range(2):
        m = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if m is None:
            break
        w = m.group(1)
        low = w.lower()
        if low in STOP or low in PARTICLES or TITLES.fullmatch(w + " ") or low in ol.function or low in GREETINGS \
                or low in ol.ordinary or low in any_language().function:
            break
        if _ROMANISED_GIVEN.fullmatch(w):  # "Ji-woo <Jung>", "Seo-yeon <Park>"
            s = m.start(1)
            continue
        known = _any_name(w, ol)
        if not (known or (english_zipf(low) < 3.0 and looks_like_name(w) >= 0.5)):
            break
        if english_zipf(low) >= 3.5 or low in PROMPT_WORDS:  # "Greet Maria", "Draft Anna"
            break
        s = m.start(1)
    return s


def extend_right(text: str, s: int, e: int, ol: OtherLanguage = ENGLISH) -> int:
    """Where a found given name really ends: a surname (or an initial and a surname) right after
    it on the same line, written in the name's own case ("jennifer <brown>", "Autumn <A. Page>",
    "Segun <Okonkwo>"), and a given name after a surname in capitals ("ROBERTS <Charlotte>")."""
    span = text[s:e]
    last = span.split()[-1].rstrip(".").lower() if span.split() else ""
    caps = span.isupper() and len(span) > 1
    if not (last in first_names_all() or (caps and (_is_last(last, ol) or last in last_names_all()))):
        return e
    anyl = any_language()
    m = _WORD_AFTER.match(text, e)
    if m is None:
        return e
    w = m.group(2)  # after an initial, if any: "Autumn A. Page" joins only with the surname
    low = w.lower()
    if m.group(1) and w.istitle() and low not in STOP and low not in PROMPT_WORDS:
        return m.end()  # an initial and a capitalised word: a surname, even "Page" or "Rose"
    if low in STOP or low in PARTICLES or low in PROMPT_WORDS or low in ol.function or \
            low in anyl.function or low in COMMON_WORDS or low in ORG_ENDS or low in PLACE_ENDS or \
            low in street_words():
        return e
    if span.islower():
        ok = w.islower() and (((low in last_names_all() or _is_last(w, ol)) and english_zipf(low) < 5.5)
                              or (english_zipf(low) < 3.5 and low not in ol.ordinary
                                  and looks_like_name(w) >= 0.5))
    elif caps:
        ok = (w.isupper() or w.istitle()) and (low in first_names_all() or _is_last(w, ol)
                                               or low in last_names_all())
    else:
        ok = w[:1].isupper() and not w.isupper() and (
            _is_last(w, ol) or low in last_names_all() or (english_zipf(low) < 3.0 and looks_like_name(w) >= 0.5))
    return m.end() if ok else e


# after a name: one space, maybe an initial, then a word (not across a line, a comma or a tab: a
# tab parts the cells of a pasted row, "JD1890059252<TAB>Ha-eun Park")
_WORD_AFTER = re.compile(r" (?:([A-Z])\. )?([^\W\d_][\w'’]*(?:-[\w'’]+)?)(?![\w'’\-@.]\w)")


_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([A-ZÀ-ÞĀ-Ž][^\W\d_'’]*(?:['’][^\W\d_]+)*(?:-[^\W\d_'’]+)?) $")


def _possessives(text: str, toks: list[tuple[int, int, str]], ol: OtherLanguage = ENGLISH) -> list[tuple[int, int, float]]:
    out = []
    for s, e, w in toks:
        if e + 2 <= len(text) and text[e] in "'’" and text[e + 1:e + 2] == "s" and \
                (e + 2 == len(text) or not text[e + 2].isalpha()):
            low = w.lower()
            if w[:1].isupper() and (_any_name(w, ol) or _rare(w, ol)) and low not in CITIES \
                    and low not in STOP and low not in PLACE_ENDS:
                out.append((s, e, CONTEXT))
        elif w.endswith(("'s", "’s")) and w[:1].isupper():  # tokenised together
            base = w[:-2]
            if (_any_name(base, ol) or _rare(base, ol)) and base.lower() not in CITIES \
                    and base.lower() not in STOP:
                out.append((s, e - 2, CONTEXT))
    return out


_TITLED = re.compile(rf"(?<!\w)((?i:{TITLES.pattern}))(?:({_L}\.[ \t]*)?)([A-Z\u00c0-\u017f]{_L}*"
                     rf"(?:['’\-]{_L}+)*(?:[ ]+[A-Z\u00c0-\u017f]{_L}*(?:['’\-]{_L}+)*)?)")


_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "this", "that", "there", "here",
                       "his", "her", "their", "our", "my", "your", "its"})


def _titled(text: str, ol: OtherLanguage = ENGLISH) -> list[tuple[int, int, float]]:
    """"Mrs. Nyström", "Dr. O'Hara": the title makes the next one or two words a name."""
    out = []
    for m in _TITLED.finditer(text):
        span = m.group(3)
        words = span.split()
        if len(words) == 2 and (words[1].lower() in STOP or not (
                _is_last(words[1], ol) or words[1].lower() in last_names_all()
                or _rare(words[1], any_language()) or english_zipf(words[1].lower()) < 3.0)):
            span = words[0]  # "Sn. Oğuz Kılıç", "Dr. Anna Page", not "Mr Smith Said"
        if span.lower() in STOP or words[0].lower() in _PRONOUNS:
            continue  # "size M. She said": a size, then a sentence
        if m.group(1)[:1] in "Mm" and text[max(0, m.start() - 2):m.start()].lower() in ("p.", "a."):
            continue  # "11:59 p.m. ET": the time's "m.", no Monsieur
        if m.group(1).rstrip(". \t") in ("HR", "PAN", "SR", "MAG", "ING", "FR", "BC"):
            continue  # "HR Business Partner", "PAN Card": an acronym, not "Hr." or "Pan"
        start = m.start(2) if m.group(2) else m.start(3)
        out.append((start, m.start(3) + len(span), CONTEXT))
    return out


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")


# the labels of identity numbers that follow a name in a form's row
_ID_LABEL_END = re.compile(r"[ \t]+(?:CPF|CNPJ|RG|NIF|NIE|DNI|RFC|CURP|PESEL|NIP|SSN|TIN|VAT|UF|CEP|ID|DOB|"
                           r"NI|NINO|PAN|BSN|CUIT|CUIL|RUT|KVK|Tel|Tél|Fon|Tlf)\.?\Z")


def fix_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Whole words: widen over O'/D'/Mc-style and hyphen joins, drop a possessive 's, keep the
    longest line of a span that crosses a line break."""
    while s > 0:
        c = text[s - 1]
        if c.isalpha() and not _UNSPACED.match(c):  # CJK, kana, Hangul, Thai: no spaces to stop at
            s -= 1
        elif c in "'’" and s >= 2 and text[s - 2].isupper() and (s < 3 or not text[s - 3].isalpha()):
            s -= 1  # O'Connor
        elif c == "-" and s >= 2 and text[s - 2].isalpha():
            s -= 1  # Mutti-Balay
        else:
            break
    while e < len(text):
        c = text[e]
        if (c.isalpha() and not _UNSPACED.match(c)) or unicodedata.category(c).startswith("M") or \
                (c in "'’-" and e + 1 < len(text) and text[e + 1].isupper()):
            e += 1
        else:
            break
    if e - s > 2 and text[e - 2:e] in ("'s", "’s"):
        e -= 2
    m = _ID_LABEL_END.search(text, s, e)
    if m and text[e:e + 3].lstrip(" \t")[:1] in (":", "："):  # "RAIMUNDA DOS ANJOS   CPF: ***…": the next field's label
        e = m.start()
    if ";" in text[s:e] or "|" in text[s:e]:
        # a name holds no field separator: "Consignee;Trần Minh Khoa" is a label's cell and the
        # name's; keep the piece with the most capitalised words (the last on a tie)
        pieces, pos = [], s
        for piece in re.split(r"[;|]", text[s:e]):
            lead = len(piece) - len(piece.lstrip())
            pieces.append((sum(w[:1].isupper() for w in piece.split()), pos + lead, pos + len(piece.rstrip())))
            pos += len(piece) + 1
        _, s, e = max(pieces, key=lambda p: (p[0], p[1]))
    if "\n" in text[s:e] or "\t" in text[s:e]:
        # a name is on one line and in one cell (a tab separates a pasted row's cells): keep the
        # first piece that has letters
        pos = s
        for line in re.split(r"[\n\t]", text[s:e]):
            if any(c.isalpha() for c in line):
                s, e = pos, pos + len(line.rstrip())
                break
            pos += len(line) + 1
    return s, e


def drop_guess(span: str, ol: OtherLanguage = ENGLISH) -> bool:
    """A model's PERSON guess that is no name: a shouted word ("NOW", "FREE SHIPPING"), a big
    city ("London"), a place-like word ("Kristian Ville", "Rua Azevedo")."""
    words = span.split()
    if not words:
        return True
    lows = [w.lower().strip(".,") for w in words]
    if span.isupper() and not any(_is_first(w, ol) or _is_last(w, ol) for w in words if len(w) > 2):
        return True
    if len(words) == 1 and (lows[0] in CITIES or lows[0] in places()) and not _is_first(words[0], ol):
        return True  # "Colchester", "Winterthur", "Abuja"
    if len(words) > 1 and " ".join(lows) in places():
        return True  # "Valle del Cauca", "Belo Horizonte"
    if " ".join(lows) in countries():
        return True
    if lows[-1] in PLACE_ENDS or lows[-1] in ORG_ENDS or lows[0] in ("rua", "via", "rue", "calle", "avenida", "jardim",
                                                "vila", "strada", "piazza", "ul", "ulica"):
        return True
    if all(w in STOP for w in lows):
        return True
    # "Grüßen", "Votre colis sera", "Tu": ordinary words of the text's language, no name among them
    if ol is not ENGLISH and all(is_ordinary(w, ol) for w in words):
        return True
    # a lone word the model guessed: "Hope", "Recogida", "Kaffeevollautomaten", "Hasta"
    if len(words) == 1:
        return _lone_word_ordinary(words[0].strip(".,;:!?"), ol)
    # "Direttrice Creativa", "Gerente de Vendas", "Flash Sale": ordinary words of some language
    anyl = any_language()
    return "&" in words or all(is_ordinary(w, anyl) or w.lower() in PARTICLES for w in words)


# where a model's span runs on past a name: a colon, a dash, a sentence end ("Salo. Adresse")
# (an initial that opens the text is no sentence's end either: "P. Mazur — …")
# (not after the Malay "Bt."/"Bte." of "Siti Aminah Bt. Yusof" nor the Filipino "Ma." of "Ma. Lourdes")
_RUN_ON = re.compile(r":|[ \t][-–—][ \t]|(?<![\s.=:\"'(\[][^\W\d_])(?<!\A[^\W\d_])(?<![ \t][Bb][Tt])(?<![ \t][Bb]te)"
                     r"(?<![ \t]Ma)(?<!\AMa)\.(?=[ \t]+[^\W\d_])|[!?]")


def cut_run_on(text: str, s: int, e: int) -> int:
    """Where a PERSON span should end: before a colon, a spaced dash or a sentence end."""
    cut = _RUN_ON.search(text, s, e)
    return cut.start() if cut and cut.start() > s else e


def run_on_rest(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The pieces of a name-list span after its first run-on cut, titles dropped: "Chen. Miss
    Fournier" -> [Fournier] (the list rule joined two names across a sentence end)."""
    out: list[tuple[int, int]] = []
    pos = cut_run_on(text, s, e)
    ol = other_language(text) if pos < e else ENGLISH
    while pos < e:
        pos += 1
        while pos < e and not text[pos].isalpha():
            pos += 1
        title = TITLES.match(text, pos)
        start = title.end() if title and title.end() < e else pos
        end = cut_run_on(text, start, e)
        words = text[start:end].split()
        # a title makes it a name; otherwise every word must be a known name, and a lone word
        # no ordinary one ("Bitte", "Merci", "Draft" open the next sentence)
        known = all(w.lower().strip(".") in first_names_all() or w.lower().strip(".") in last_names_all()
                    for w in words)
        # (nor a function word of the text's language: Italian "Mio marito…" after "Giulia Ferri.")
        lone_ok = (len(words) > 1 or not _lone_word_ordinary(words[0].strip("."), ENGLISH)) and \
            words[0].lower().strip(".") not in ol.function if words else False
        if end - start >= 2 and text[start].isupper() and (title or (known and lone_ok)):
            out.append((start, end))
        pos = end
    return out


@lru_cache(maxsize=1)
def _all_names() -> frozenset[str]:
    return first_names_all() | last_names_all()


# two-letter Chinese surnames (no name list holds words this short): kept before a given name
_PINYIN_SHORT = frozenset("Li Wu Xu Hu Ma Lu Yu Du Ye Fu Gu Su Mo Qi Bi Ji Yi".split())


def trim_guess(text: str, s: int, e: int, ol: OtherLanguage) -> tuple[int, int] | None:
    """The name inside a model's over-long PERSON span: "Großes Lob an Rüdiger" -> "Rüdiger",
    "Apolline de la boutique de Nantes" -> "Apolline", "Ny ansatt K. Alexiou" -> "K. Alexiou".
    A lower-case word that is no particle splits the span (the piece with a known name, else
    the longest, is kept); edge words go while they are ordinary words of some language, places
    or stray particles. None when nothing name-like is left ("Laarzen en Truien")."""
    e = cut_run_on(text, s, e)
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s, e)]
    if len(toks) < 2:
        return s, e
    known = _all_names()

    def droppable(w: str, edge_last: bool) -> bool:
        low = w.lower().rstrip(".")
        if len(low) == 1:  # an initial stays, unless it ends the span ("Lars K")
            return edge_last and not w.endswith(".")
        if low in known:
            return False
        if w[:1].islower():
            return True
        # common words only: a surname as frequent as "Shapiro" (Zipf 3.4) stays
        anyl = any_language()
        return (low in places() or low in countries() or low in anyl.function
                or low in anyl.ordinary or english_zipf(low) >= RARE + 0.7)

    runs: list[list[tuple[int, int, str]]] = [[]]
    for t in toks:
        if t[2][:1].islower() and t[2].lower() not in PARTICLES and t[2].lower() not in known:
            runs.append([])
        else:
            runs[-1].append(t)
    runs = [r for r in runs if r]
    if not runs:
        return None
    run = max(runs, key=lambda r: (any(w.lower().rstrip(".") in known for _, _, w in r), len(r)))
    lo, hi = 0, len(run)
    while lo < hi and (droppable(run[lo][2], False) or run[lo][2].lower() in PARTICLES and lo + 1 < hi
                       and run[lo + 1][2].lower() not in last_names_all()):
        if lo + 1 < hi and run[lo][2] in _PINYIN_SHORT:
            break  # "Li Wei", "Customer Li Na": a two-letter Chinese surname before the given name
        lo += 1
    while hi > lo and (droppable(run[hi - 1][2], True) or run[hi - 1][2].lower() in PARTICLES):
        hi -= 1
    if lo >= hi:
        return None
    return run[lo][0], run[hi - 1][1]
