"""Names that the shape of a note, a sign-off or a chat export gives away, in any language.

The word lists and the shape rules of ``names`` find a name by what it looks like; these find it
by where it stands: a chat export's message head ("Amelia Little  10:42"), a call-back note
("cb chase mcallister re refund", "poklicati funmilayo eze glede vračila"), a bare sign-off
before a forwarded block, a dash-signed note ("Hold.  – Bill"), "flagged by X", "spoke to X",
"ask for X", a log's actor ("by=agent:beatriz"), an event list's plus-one, an honorific ("中村 由美様",
"지훈님", "คุณ…"), a c/o recipient, "my name is summer", a role or a relative before the name ("Driver Miles", "landlord C Page", "my
husband frank", "buzzer says FOX"). Each rule reads its context, so a
word-name ("Summer", "Bill", "Will") counts where the context says a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gateway.pii.gazetteers import (
    ENGLISH,
    ORG_ENDS,
    PLACE_ENDS,
    OtherLanguage,
    any_language,
    english_first_names,
    english_zipf,
    first_names,
    first_names_all,
    last_names_all,
    other_language,
    places,
    street_words,
)
from gateway.pii.names import (
    _CLOSING_ONLY,
    _MONTHS_DAYS,
    _NOT_CALLED,
    _ROMANISED_GIVEN,
    CONTEXT,
    GREETINGS,
    ORG_WORDS_AFTER,
    PARTICLES,
    ROLES,
    STOP,
    THAI_AFTER_YOU,
    _any_name,
    _is_first,
    _is_last,
    _nameish,
    _rare,
    double_given,
)


# a household named by its surname: "for the Panganiban family", "the Jefferson family as they …"
_FAMILY = re.compile(r"(?<![\w'’\-])[Tt]he[ \t]+([A-ZÀ-ÞĀ-Ž][\w'’\-]+)[ \t]+(?:family|family's|household|twins|kids)\b")
# a name right before its phone number: "the reward still stands, Bao 1-805-376-5251", "João +971 …"
_BEFORE_PHONE = re.compile(r"(?<![\w'’\-@.])([A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’\-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’\-]+)?)"
                           r"[ \t]*[,\-–]?[ \t]+(?=(\+?\(?\d[\d \-().]{7,16}\d)(?![\w\-/.:]))")
_DATE_START = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_NOT_BEFORE_PHONE = frozenset("""call phone tel mobile mob cell fax office line landline whatsapp sms text ring dial
number hotline helpline support contact reception ext extension toll free freephone order ref invoice room
unit flat suite box account acct ticket case id""".split())


def _family(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _FAMILY.finditer(text):
        w = m.group(1)
        low = w.lower()
        if low not in STOP and low not in ROLES and low not in places() \
                and ((low in last_names_all() and english_zipf(low) < 5.1) or _rare(w, any_language())):
            out.append((m.start(1), m.end(1), CONTEXT))
    return out


def _before_phone(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    if not any(c.isdigit() for c in text):
        return []
    out = []
    for m in _BEFORE_PHONE.finditer(text):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        if any(w in _NOT_BEFORE_PHONE or w in STOP or w in ROLES or w in _MONTHS_DAYS or w in ol.function
               for w in lows) or " ".join(lows) in places() or lows[-1] in places():
            continue
        if not all(w in first_names_all() or w in last_names_all() for w in lows):
            continue  # (a listed name only: "Escalations 2022-…", "Handynummer +49 …" are words)
        number = m.group(2)
        if _DATE_START.match(number) or sum(c.isdigit() for c in number) < 8:
            continue
        if english_zipf(lows[0]) >= 4.5 and lows[0] not in english_first_names():
            continue  # "Sales 020 …", "Bookings +44 …": a desk
        out.append((m.start(1), m.end(1), CONTEXT))
    return out


def find_cued_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the names these context rules find."""
    ol = other_language(text)
    out = _chat_heads(text, ol) + _called_back(text, ol) + _bare_signoffs(text, ol) + \
        _by_or_dash(text, ol) + _asked_for(text, ol) + _honorific(text) + _care_of(text, ol) + \
        _named_lower(text, ol) + _role_named(text, ol) + _booking_names(text, ol) + _surname_comma_given(text, ol) + \
        _display_names(text, ol) + _born(text, ol) + _self_intro(text, ol) + _occasion_names(text, ol) + \
        _family(text, ol) + _before_phone(text, ol) + _honoured(text, any_language())
    return [o for o in out if o[1] - o[0] > 1 or ord(text[o[0]]) >= 0x2E80]


# A chat export's message heads: "Amelia Little  10:42", "Jun  10:22 AM" (Slack, Teams), the
# author's name alone on a line before the clock time
_CHAT_HEAD = re.compile(r"(?m)^[ \t]*([^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2})"
                        r"(?:[ \t]{2,}|[ \t]+[-–—·•][ \t]+|[ \t]+\[?)\d{1,2}:\d{2}(?:[ \t]*[AaPp][Mm])?\]?[ \t]*$")


def _chat_heads(text: str, ol: OtherLanguage = ENGLISH) -> list[tuple[int, int, float]]:
    """Message heads of a chat export: two or more in a text, and each label reads as a name (an
    agenda's "Lunch  12:30" does not)."""
    found = list(_CHAT_HEAD.finditer(text)) if ":" in text else []
    if len(found) < 2:
        return []
    anyl = any_language()
    out = []
    for m in found:
        words = m.group(1).split()
        if not all(w.lower() not in ROLES and w.lower() not in STOP for w in words):
            continue
        if not all(w[:1].isupper() for w in words):
            # a Slack handle in lower case ("sota  13:12 AM"): one word, a name or no word at all
            if len(words) == 1 and (_is_first(words[0], ol) or _rare(words[0], anyl)):
                out.append((m.start(1), m.end(1), CONTEXT))
            continue
        # a known given name carries a word-surname after it ("Amelia Little"); among three heads
        # or more, a given name that is a word too is the author ("Joy Walker  18:16", "Rose  22:52")
        word_given = words[0].lower() in first_names_all() and words[0].lower() not in _MONTHS_DAYS and (
            len(found) >= 3 or (len(words) == 2 and words[1].lower() in last_names_all()))
        if _is_first(words[0], ol) or word_given or all(w.lower() not in _MONTHS_DAYS and (
                _is_last(w, ol) or _rare(w, anyl) or _ROMANISED_GIVEN.fullmatch(w)) for w in words):
            out.append((m.start(1), m.end(1), CONTEXT))
    return out



# A hurried note to call someone back, in lower case, in the languages of CX teams: "cb chase
# mcallister re refund", "poklicati funmilayo eze glede vračila", "ligar p/ fernanda sobre a
# troca", "de sunat alexandru pt retur": the verb, the name (1-3 words), then what it is about or
# the number
_LW_NAME = r"[^\W\d_A-ZÀ-ÞĀ-ŽΑ-Ω][\w'’\-]*"
_CALL_BACK = re.compile(
    r"(?i)(?:^|(?<=[\s(]))(?:cb|call ?back|pls call|please call|callback|rappeler|zur[üu]ckrufen|anrufen|"
    r"llamar a|llamar|ligar p/|ligar para|ligar pro|ligar a|richiamare|chiamare|terugbellen|bellen|"
    r"poklicati|nazvati|nazovi|zavolat|zavolať|zadzwoni[ćc] do|oddzwoni[ćc] do|sunat|suna pe|ringa|"
    r"ringe|soita|soittaa|geri ara|aramak|visszah[íi]vni|tilefono|τηλεφωνο|τηλέφωνο|κλήση)[ \t]+"
    rf"((?-i:{_LW_NAME})(?:[ \t]+(?-i:{_LW_NAME})){{0,2}}?)"
    r"(?=[ \t]+(?:re|about|regarding|abt|ref|sobre|acerca|glede|zaradi|pt|pentru|wegen|bzgl|"
    r"betreffend|concernant|pour|per|riguardo|ivm|om|angående|gia|για|ohledně|w sprawie|"
    r"hakkında|miatt|kohta)\b|[ \t]*[,;:\-–][ \t]*(?:tel\b|ph\b|\+|\(?\d)|[ \t]+(?:on|at|tel|na)[ \t]+\+?\(?\d)")


def _called_back(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _CALL_BACK.finditer(text):
        words = m.group(1).split()
        first = words[0].lower()
        if first in STOP or first in _NOT_CALLED or first in ol.function or first in any_language().function \
                or not (_any_name(first, ol) or english_zipf(first) < 3.5):
            continue
        out.append((m.start(1), m.end(1), CONTEXT))
    return out


# A short message signed with a bare name before a quote or a forwarded block: "Hi Orla,\npls
# check\nJi-ho\n\n---------- Forwarded message", "> Sveiki Sota, …\n>> Sota\n>>"
_BARE_LINE = re.compile(r"(?m)^[ \t>]*([A-ZÀ-ÞĀ-ŽΑ-Ω][\w'’\-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][\w'’\-]+)?)[ \t]*$")
_BLOCK_END = re.compile(r"\n[ \t>]*(?:\n|-{3,}|_{3,}|$)|$")
_GREETING_LINE = re.compile(r"(?im)^[ \t>]*([^\W\d_]+)[ \t,]")


def _bare_signoffs(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    if "\n" not in text:
        return []
    anyl = any_language()
    out = []
    for m in _BARE_LINE.finditer(text):
        if not _BLOCK_END.match(text, m.end()) or m.start() == 0:
            continue
        before = text[max(0, m.start() - 300):m.start()].split("\n")[-6:-1]
        if not any((g := _GREETING_LINE.match(line)) and g.group(1).lower() in GREETINGS for line in before):
            continue  # a message that opened with "Hi X," / "Bonjour X," is signed by this line
        words = m.group(1).split()
        w = words[0]
        low = w.lower()
        if low in STOP or low in ROLES or low in GREETINGS or _CLOSING_ONLY.match(m.group(1)) or not (
                low in first_names_all() or _rare(w, anyl) or _ROMANISED_GIVEN.fullmatch(w)):
            continue
        out.append((m.start(1), m.end(1) if len(words) == 1 or _nameish(words[1]) else m.start(1) + len(w),
                    CONTEXT))
    return out


# Who someone spoke to or should ask for: "Spoke to Papadopoulos.", "Ask for Summer.", "Demandez
# Jang à l'accueil", "booked for 9 Dec 18:45 with Andrii."; and a log's actor: "by=agent:beatriz"
_ASK_FOR = re.compile(
    r"(?i:\b(?:spoke to|speak to|spoken to|talk to|talked to|ask for|asked for|ask|demandez|fragen sie nach|"
    # "spoke w/ Min today", "pls loop in Tom", "llamé a Joy", "conocimos a Butselaar"
    r"spoke w/|spoke with|talked with|met with|loop in|looping in|llamé a|hablé con|conocimos a|"
    r"ho parlato con|j'ai parlé à|j'ai parlé avec|falei com|sprach mit|gesprochen mit|"
    r"pregunte por|pregunta por|chiedi di|chiedete di|vraag naar|pytaj o|zapytaj o)|"
    r"\b(?:booked|appointment|fitting|consultation|session|meeting)\b[^.\n]{0,40}\bwith|"
    # Tagalog marks a person with "kay" ("Pakisabi kay Mark", tell Mark)
    r"(?<![\w])kay)"
    r"[ \t]+([A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’\-]+)(?![\w'’\-])")
# an event list's plus-one: "(+1: Ірина)", "(+1: Min-jun)", "(+1 Mark)"
_PLUS_ONE = re.compile(r"\(\+1:?[ \t]*([^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?)\)")
_LOG_ACTOR = re.compile(r"(?i:\b(?:agent|rep|operator|advisor|user)[:=])([a-zà-ÿā-ž][\w'’\-]+)(?![\w@.])")


def _asked_for(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    anyl = any_language()
    for m in _ASK_FOR.finditer(text):
        w = m.group(1)
        low = w.lower()
        if low in STOP or low in ROLES or low in anyl.function or low in ORG_WORDS_AFTER or \
                low in _MONTHS_DAYS or not (low in first_names_all() or low in last_names_all()
                                            or _rare(w, anyl)):
            continue
        out.append((m.start(1), m.end(1), CONTEXT))
    out += [(m.start(1), m.end(1), CONTEXT) for m in _PLUS_ONE.finditer(text)]
    for m in _LOG_ACTOR.finditer(text):
        if m.group(1).lower() in first_names_all():
            out.append((m.start(1), m.end(1), CONTEXT))
    return out


# A note signed with a dash after its last sentence: "Hold.  – Bill", "- Summer"; and who did
# something: "flagged by Bill:", "approved by Rose"
_DASH_SIGNED = re.compile(r"(?m)(?:(?<=[.!?])[ \t]+|^[ \t]*)[–—-][ \t]*([A-ZÀ-ÞĀ-Ž][\w'’\-]+)[ \t]*$")
_BY_NAME = re.compile(
    r"(?i:\b(?:flagged|reviewed|approved|escalated|handled|raised|checked|signed off|added|updated|"
    r"created|edited|reported|logged|closed|noted|requested|submitted|entered|taken|answered) by)"
    r"[ \t]+([A-ZÀ-ÞĀ-Ž][\w'’\-]+)(?![\w'’\-])")


def _by_or_dash(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    anyl = any_language()
    for rx in (_DASH_SIGNED, _BY_NAME):
        for m in rx.finditer(text):
            w = m.group(1)
            low = w.lower()
            if low in STOP or low in ROLES or low in ORG_WORDS_AFTER or low in anyl.function or \
                    not (low in first_names_all() or _rare(w, anyl)):
                continue
            out.append((m.start(1), m.end(1), CONTEXT))
    return out


# A name by its honorific in Japanese, Korean and Chinese: "中村 由美様", "拓海さん", "지훈님",
# "고객 최서연님", "王先生"; in Thai after "คุณ" up to the next space or punctuation
_HONORIFIC = re.compile(
    r"([\u4e00-\u9fff\u3040-\u30ff]{1,4}(?:[ \u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4})?)"
    r"(?:様|さま|さん|くん|ちゃん|殿|氏|先生|女士|小姐)"
    r"|([\uac00-\ud7a3]{2,4})[ \t]?(?:님|씨)"
    # (not "ขอบคุณค่ะ", thank you: the polite particle is no name)
    r"|(?<!ขอบ)คุณ" + THAI_AFTER_YOU + r"([\u0e00-\u0e7f]{2,20}?)(?=ค่ะ|ครับ|[\s,.!?]|$)")


def _honorific(text: str) -> list[tuple[int, int, float]]:
    if not any(ord(c) >= 0x0E00 for c in text):
        return []
    out = []
    kana = any("\u3040" <= c <= "\u30ff" for c in text)
    for m in _HONORIFIC.finditer(text):
        g = next(k for k in (1, 2, 3) if m.group(k))
        s, e = m.start(g), m.end(g)
        if g == 1 and not kana and text[e:e + 2] in ("先生", "女士", "小姐"):
            continue  # Chinese: chinese_names reads the family name before the title
        if g == 2 and text[s:e].startswith("고객") and e - s > 3:
            s += 2  # "고객최서연님": the customer, then the name
        out.append((s, e, CONTEXT))
    return out


# "c/o Sanne van der Linden": the person a parcel goes to at someone else's address
_CARE_OF = re.compile(r"(?im)(?:\bc/o|\bc\.o\.|\bcare of|(?<=[-–,] )(?P<local>bei|chez|presso|aos cuidados de))[ \t]+((?-i:[A-ZÀ-ÞĀ-ŽΑ-Ω])[\w'’\-]+\.?"
                      r"(?:[ \t]+[\w'’\-]+\.?){0,4})[ \t]*$")


def _care_of(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _CARE_OF.finditer(text):
        g = m.lastindex or 1  # the name's group (the local word "bei", "chez" is a group before it)
        words = m.group(g).split()
        if any(w.lower().rstrip(".") in ORG_ENDS or w.lower() in ORG_WORDS_AFTER or not (
                w[:1].isupper() or w.lower() in PARTICLES) for w in words):
            continue  # "c/o Acme Logistics Ltd", "c/o the front desk"
        if m.group("local") and not (_any_name(words[0], ol) or _rare(words[0], any_language())):
            continue  # "… - bei Abholung": a word, not the neighbour "bei Ricardo"
        out.append((m.start(g), m.end(g), CONTEXT))
    return out


# "my name is summer", "me llamo rocío": the strongest cue takes even a word-name in lower case
_NAMED_LOWER = re.compile(
    r"(?i)\b(?:my name is|my name's|name is|call me|je m'appelle|me llamo|mi chiamo|ich hei(?:ß|ss)e|"
    r"mijn naam is|jag heter|jeg heter|jeg hedder|nazywam si[ęe]|jmenuji se|me chamo|chamo-me|"
    # a call's transcript, lower case and without apostrophes: "oui bonjour c est segolene diallo"
    r"c'?[ \t]?est|mi nombre es|mon nom est|je m[ \t]appelle|mein name ist|il mio nome [èe]|meu nome [ée]|"
    rf"benim ad[ıi]m|a nevem)[ \t]+((?-i:{_LW_NAME})(?:[ \t]+(?-i:{_LW_NAME}))?)")


# what "c'est" is said of, not who: "c est bon", "c'est noté"
_CEST_NOT = frozenset("""bon bien pas ça ca tout vrai parfait normal noté note fait clair possible dommage gentil
urgent correct exact juste moi lui elle nous vous eux pour que qui quoi le la les un une mon ma mes ton ta ce cela
déjà deja fini réglé regle compris super génial genial top nickel ok okay oui non ici là la-bas trop très tres
simple facile difficile mieux pire dur chiant incroyable inadmissible inacceptable scandaleux honteux
toujours jamais encore seulement vraiment plutôt plutot assez presque""".split())

# when to call, not what: "call me tomorrow", "call me later", "call me Monday"
_WHEN_WORDS = frozenset("""tomorrow today tonight later back anytime asap soon again whenever directly
maybe first instead sometime morning evening afternoon mornings evenings weekends now please pls
monday tuesday wednesday thursday friday saturday sunday""".split())


def _named_lower(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    anyl = any_language()
    for m in _NAMED_LOWER.finditer(text):
        words = m.group(1).split()
        low = words[0].lower()
        if low in STOP or low in ol.function or low in anyl.function or english_zipf(low) >= 6.0 or low in _CEST_NOT \
                or low in _WHEN_WORDS or (english_zipf(low) >= 4.0 and low not in first_names_all()
                                          and low not in last_names_all()):
            continue  # "my name is not…", "call me back", "call me tomorrow", "name is required"
        end = m.start(1) + len(words[0])
        if len(words) == 2 and (_is_last(words[1], ol) or words[1].lower() in last_names_all()
                                or _rare(words[1], anyl)) and words[1].lower() not in STOP:
            end = m.end(1)
        out.append((m.start(1), end, CONTEXT))
    return out


# A role or a relative right before the name: "Driver Miles was lovely", "Host Mary-Kate met us",
# "landlord C Page", "Falar com o porteiro Dean", "Engineer: P. D. O'Connor-Hale", "SERVED BY:
# MINORU", "buzzer says FOX", "citofonare COPPOLA", "warm intro via Art Young", "my husband frank".
# The role says a person, so a word-name counts ("Miles", "Hope"); the word must still be a known
# name or rare ("Driver Instructions", "Tech Support", "Host City" are no one).
_ROLE_NOUNS = (
    r"driver|courier|delivery driver|host|hostess|landlord|landlady|tenant|lodger|engineer|technician|"
    r"tech|installer|plumber|electrician|cashier|server|waiter|waitress|barista|stylist|hairdresser|"
    r"barber|therapist|trainer|coach|instructor|tutor|teacher|nurse|midwife|carer|caregiver|nanny|"
    r"babysitter|porter|concierge|receptionist|doorman|caretaker|supervisor|colleague|co-?worker|"
    r"intern|neighbou?r|flatmate|roommate|housemate|porteir[oa]|porter[oa]|portiere|portinai[oa]|"
    r"hausmeister(?:in)?|fahrer(?:in)?|chauffeur|repartidor(?:a)?|motorista|autista|bezorger|"
    r"kurier(?:ka)?|livreur|livreuse|vermieter(?:in)?|casero|casera|proprietário|proprietária|"
    r"served by|serviert von|bedient von|atendido por|atendida por|servi par|"
    r"intro(?:duced)? (?:via|by)|referred by|shout-?out to|shout out to|kudos to|"
    # the name on a doorbell: "buzzer says FOX", "citofonare COPPOLA", "Klingel: Weber"
    r"buzzer(?: says)?|doorbell(?: says)?|intercom|citofonare(?: a)?|citofono|klingel(?:schild)?|"
    r"sonnette|interfone|portero automático|"
    # a listing's seller: "Vendor (Buckley)", "Verkoper (Bishop)", "Il proprietario Solimena"
    r"vendor|seller|verkoper|vendeur|vendeuse|propriétaire|proprietario|proprietaria|eigentümer(?:in)?|"
    r"verkäufer(?:in)?|dueño|dueña|propietario|propietaria|"
    # a driver's or shop's shorthand: "cust Brooke 0912…", "backup Ngata (0161…)", "claimed by Joy"
    r"cust\.?|buyer|tester|backup|claimed by|collected by|picked up by|ordered by|booked by|placed by|"
    r"requested by|approved by|signed off by|checked by|taken by|handled by|assigned to|"
    # the staff member a form or a ticket names, in the languages of CX teams: "Appraiser: Abha",
    # "Monteur: Adelinde", "Medewerker: Mart", "Berater: Rose Hornich-Gute", "Conseillère : Aurore"
    r"appraiser|assessor|surveyor|inspector|fitter|valuer|advisor|adviser|monteur(?:in)?|"
    r"berater(?:in)?|sachbearbeiter(?:in)?|mitarbeiter(?:in)?|medewerker|behandelaar|adviseur|monteur|"
    r"conseill(?:er|ère)|technicien(?:ne)?|t[ée]cnic[oa]|asesor(?:a)?|consulente|tecnico|"
    r"handläggare|säljare|rådgiv(?:are|er)|konsultant(?:ka)?|doradca|serwisant|opiekun(?:ka)?|"
    r"operator|operatorka|kurier|dispatcher|picker|packer|"
    # a transcript's colleague or neighbour, lower case: "mi compañera guadalupe", "ma collègue
    # noémie", "my team leader tunde", "bei der nachbarin sibylle brandstatter", "u sąsiadki pani jedrzej"
    r"team[ \t]leader|compañer[oa]|coleg[ao]|collègue|collega|kolleg(?:e|in)|nachbar(?:in)?|voisin(?:e)?|"
    r"vecin[oa]|vizinh[oa]|vicin[oa]|pani|sąsiad(?:ka|ki)?")
_KIN = (r"darling|dearest|sweetheart|husband|wife|partner|fianc[ée]e?|boyfriend|girlfriend|son|daughter|brother|sister|mum|mom|"
        r"mother|dad|father|grandson|granddaughter|grandma|grandpa|aunt|auntie|uncle|nephew|niece|"
        r"cousin|friend|mate|boss|flatmate|roommate|neighbou?r|colleague|sis|bro|bestie|hubby|wifey|kids?|"
        # the same in the languages of reviews and group chats: "mi tía Cuca", "minha irmã Bia",
        # "meine Schwester Jana", "mia zia Pina", "moja siostra Ola"
        r"t[íi]a|t[íi]o|abuel[ao]|herman[ao]|hij[ao]|espos[ao]|novi[ao]|mam[áa]|pap[áa]|av[óô]|"
        r"irm[ãa]o?|filh[ao]|marido|namorad[ao]|m[ãa]e|pai|tante|oncle|s[œo]eur|fr[èe]re|fille|fils|mari|"
        r"copine|copain|m[èe]re|p[èe]re|schwester|bruder|tochter|sohn|mann|mutter|vater|oma|opa|zi[ao]|"
        r"sorella|fratello|figli[ao]|moglie|nonn[ao]|mamma|ciocia|wujek|siostra|brat|córka|mąż|żona|"
        r"babcia|dziadek|zus|broer|dochter|zoon|kardeşim|ablam|annem|babam")
_ROLE_NAMED = re.compile(
    rf"(?i)(?<![\w\-])(?:(?P<kin>(?:my|our|her|his|their|your|mi|mis|ma|mon|mes|mein[e]?|moja|mój|minha|meu|"
    rf"mia|mio|mijn|min|mitt)[ \t]+(?:{_KIN}|{_ROLE_NOUNS}))"
    rf"|{_ROLE_NOUNS})"
    r"(?:[ \t]*:?[ \t]+|[ \t]*\([ \t]*)(?P<name>(?:(?-i:[A-Z])(?:\.[ \t]?|[ \t]))*[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*)?)")
_INITIALS = re.compile(r"(?:[A-Z](?:\.[ \t]?|[ \t])){1,2}")
# how a name is said with respect in the languages of group chats and reviews: "Seu Zé", "Dona
# Graça", "Ate Lovely", "Kuya Jun", "Bu Sri", "Oga Patience", "tía Cuca"; the word after is the
# name (capitalised; after "Seu"/"Dona", which open a sentence too, no ordinary word: "Seu pedido")
_RESPECT = re.compile(r"(?<![\w\-])(?P<hon>Ate|Kuya|Tita|Tito|Aling|Mang|Manang|Manong|Ibu|Bu|Bapak|Pak|Mbak|"
                      r"Kak|Oga|Madam|Dona|Doña|Seu|Tía|Tío|tía|tío|tia|tio|Teh|Khun|Bibi)[ \t]+"
                      r"(?P<name>[^\W\d_a-z][\w'’\-]*(?:[ \t]+[^\W\d_a-z][\w'’\-]*)?)")
# a Japanese honorific after a romanised name: "Yamamoto-san", "Ito-sama", "Kenji-kun"
_JA_SUFFIXED = re.compile(r"(?<![\w'’\-])([A-Z][a-zōūāīē]{1,15})-(?:san|sama|sensei|kun|chan|senpai|shi)(?![\w\-])")
_WEAK_RESPECT = frozenset(("Seu", "Dona", "Bu", "Pak", "Madam", "Teh"))
# a title typed in lower case, read apart so a role before it ("cust is mrs iyer") takes nothing
_TITLED_LOWER = re.compile(r"(?<![\w\-])(?:mrs|mr|ms|dr|miss)\.?[ \t]+(?P<name>[a-z][\w'’\-]*)")


def low_given(w: str) -> bool:
    """A given name of the lists that is no common English word ("emma", "glenn"; not "will")."""
    low = w.lower()
    return low in first_names() and low not in STOP and english_zipf(low) < 5.0


def _honoured(text: str, anyl: OtherLanguage) -> list[tuple[int, int, float]]:
    """The name after an honorific ("Seu Zé", "Ate Lovely"), with a surname after it if listed;
    the name before a Japanese one ("Yamamoto-san")."""
    out = [(m.start(1), m.end(1), CONTEXT) for m in _JA_SUFFIXED.finditer(text)]
    for m in _RESPECT.finditer(text):
        s = m.start("name")
        words = m.group("name").split()
        low = words[0].lower()
        if low in STOP or low in anyl.function or low in _MONTHS_DAYS or low in ORG_WORDS_AFTER or (
                m.group("hon") in _WEAK_RESPECT and low in anyl.ordinary and low not in first_names_all()):
            continue  # "Seu Pedido", "Bu Ürün": a sentence's first words
        end = s + len(words[0])
        if len(words) > 1 and (words[1].lower() in last_names_all() or _rare(words[1], anyl)) \
                and words[1].lower() not in STOP and words[1].lower() not in anyl.function:
            end = s + m.group("name").index(words[1], len(words[0])) + len(words[1])
        out.append((s, end, CONTEXT))
    return out


def _role_named(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    anyl = any_language()
    for m in [*_ROLE_NAMED.finditer(text), *_TITLED_LOWER.finditer(text)]:
        s, e = m.span("name")
        value = m.group("name")
        lead = _INITIALS.match(value)
        if lead and lead.end() < len(value) and lead.group().strip(" \t.") not in ("A", "I"):
            words = value[lead.end():].split()
            # "C Page", "P. D. O'Connor-Hale": initials, then a capitalised surname
            w = words[0]
            if w[:1].isupper() and w.lower() not in STOP and w.lower() not in ORG_WORDS_AFTER:
                out.append((s, s + lead.end() + len(w), CONTEXT))
            continue
        words = value.split()
        w = words[0]
        low = w.lower()
        # "my husband frank": the kinship takes lower case, and so does a note's "approved by emma"
        lower_ok = m.groupdict().get("kin") is not None or low_given(value.split()[0])  # "operator grzegorz"
        if m.re is _TITLED_LOWER:  # a note typed in lower case: "cust is mrs iyer", "dr iyer"
            lower_ok = low in last_names_all() or low in first_names_all() or _rare(w, anyl)
        if not (w[:1].isupper() or lower_ok) or low in STOP or low in ROLES or low in anyl.function \
                or low in ol.function or low in _MONTHS_DAYS or low in ORG_WORDS_AFTER \
                or low in street_words() or low in PLACE_ENDS:
            continue
        if not (low in first_names_all() or low in last_names_all() or _rare(w, anyl) or double_given(w)
                or _ROMANISED_GIVEN.fullmatch(w)):  # "my friend Jae-sung"
            continue
        if w.islower() and english_zipf(low) >= 5.0:
            continue  # "my friend will love it", "my sister may come": a word, not "my husband frank"
        if english_zipf(low) >= 5.5 and low not in english_first_names():
            continue  # "Operator: Good afternoon", "Host: Welcome back"
        end = s + len(w)
        if len(words) > 1:
            w2 = words[1]
            low2 = w2.lower()
            if (w2[:1].isupper() or (lower_ok and w.islower())) and low2 not in STOP \
                    and low2 not in ORG_ENDS and low2 not in street_words() and low2 not in PLACE_ENDS \
                    and (low2 in last_names_all() or _rare(w2, anyl)):
                end = s + value.index(w2, len(w)) + len(w2)
        out.append((s, end, CONTEXT))
    return out


# an airline or travel booking's passenger: "1.1 VALDEZ/SHAWN MR", "EINARSSON/JON MISS"
_CAPS = "A-ZÀ-ÖØ-ÞĀ-Ž"
_BOOKING_NAME = re.compile(rf"(?<![\w/])([{_CAPS}][{_CAPS}'\-]{{1,24}})/([{_CAPS}][{_CAPS}'\-]{{1,24}}"
                           rf"(?:[ ](?!(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b)[{_CAPS}][{_CAPS}'\-]{{1,24}})?)"
                           r"(?=[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF|and|&)\b|[ \t]*(?:$|\n|,|;|\t|\||[ \t][–—-][ \t]|[ \t]\())", re.M)


_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ýaeiouy]")


def _booking_names(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    if "/" not in text:
        return out
    unknown = []
    for m in _BOOKING_NAME.finditer(text):
        sur, given = m.group(1), m.group(2).split()[0]
        # "TCP/IP", "AND/OR", "EUR/USD": a known given name after the slash and no everyday word
        known = given.lower() in first_names_all() or double_given(given) or (
            sur.lower() in last_names_all() and _rare(given, any_language()) and len(given) > 2) or (
            # "MEKONNEN/YONAS": two words no list knows and no language uses (not "SKU/EAN")
            min(len(sur), len(given)) >= 4 and max(english_zipf(sur.lower()), english_zipf(given.lower())) < 2.0
            and _rare(sur, any_language()) and _rare(given, any_language()))
        if sur.lower() in STOP or \
                (english_zipf(sur.lower()) >= 4.5 and sur.lower() not in last_names_all()):
            continue
        if not known:
            unknown.append(m)
            continue
        out.append((m.start(), m.end(2), CONTEXT))
    # a passenger list: beside two known names, the others of the same shape are names too, given
    # names run together as the airline writes them ("DELRÍO/JUANPABLO", "VU/NGOCANH")
    if len(out) >= 2:
        out += [(m.start(), m.end(2), CONTEXT) for m in unknown
                if m.group(1).isupper() and m.group(2).isupper() and english_zipf(m.group(1).lower()) < 4.0
                and m.group(2).split()[0].lower() not in STOP
                and all(_VOWEL.search(g) for g in m.group(1, 2))]  # not "TCP/IP"
    return out


# a surname in capitals, a comma, then the given name: "FOX, Will", "BAKER, Bob", "NGUYEN, Thi Lan"
_SURNAME_COMMA = re.compile(r"(?<![\w,])([A-Z][A-Z'\-]{1,24}),[ \t]([A-Z][a-z'’\-]{1,20}(?:[ \t][A-Z][a-z'’\-]{1,20})?)\b")


# the same in title case, where the pair stands alone as a record's item: "Chaudhry, Priyanka 020 …",
# "acct is under Mehta, Aarav.", "Debtor: ap Owen, Gareth", "Ní Bhriain, Aoife <aoife@…>"
_SURNAME_COMMA_TITLE = re.compile(
    r"(?<![\w,'’])((?:(?:ap|Ní|Nic|Mac|Ó|de|De|van|Van|von|da|Da|di|Di|del|Del|le|Le|al|Al|el|El|bin|Bin)[ \t]+)?"
    r"[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’\-]{1,24}),[ \t]([A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’\-]{1,20})"
    r"(?=[ \t]*(?:$|\n|[|;<(\"]|\.(?:[ \t]|$)|[ \t]+[+\d(]|[ \t]+[-–—][ \t]))", re.M)


_AFTER_COMMA = re.compile(r"[\w.)],[ \t]*\Z")


def _surname_comma_given(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _SURNAME_COMMA_TITLE.finditer(text):
        if _AFTER_COMMA.search(text, max(0, m.start() - 4), m.start()):
            continue  # the tail of a longer list: "Beer: Coopers Pale, Heineken, Peroni."
        sur_words = m.group(1).split()
        sur, given = sur_words[-1].lower(), m.group(2).lower()
        if (sur in last_names_all() or _rare(sur_words[-1], any_language())) and sur not in STOP \
                and sur not in places() and english_zipf(sur) < 4.5 \
                and (given in first_names_all() or (_rare(m.group(2), any_language()) and given not in places())) \
                and given not in ol.function and given not in STOP and given not in _MONTHS_DAYS:
            out.append((m.start(1), m.end(2), CONTEXT))
    for m in _SURNAME_COMMA.finditer(text):
        sur, words = m.group(1), m.group(2).split()
        # "LONDON, Mark" is a dateline; a capitalised word-name after the comma ("FOX, Will") is a
        # given name, since prose would not capitalise it there
        if sur.lower() not in last_names_all() or sur.lower() in STOP or sur.lower() in places() or \
                words[0].lower() not in first_names_all() or words[0].lower() in ol.function:
            continue
        end = m.start(2) + len(words[0])
        if len(words) > 1 and (words[1].lower() in first_names_all() or words[1].lower() in last_names_all()) \
                and words[1].lower() not in STOP:
            end = m.end(2)
        out.append((m.start(1), end, CONTEXT))
    return out


# the name an e-mail address is shown with: "Organizer: Summer Fox <sfox@…>", "Will Fox <w@…>",
# "From: María José Pérez <…>"; a team or a shop is no person ("Acme Support <help@…>")
_DISPLAY_NAME = re.compile(r"(?<![\w'’.\-])((?:[A-ZÀ-ÞĀ-Ž][\w'’\-]*\.?[ \t]+){0,3}[A-ZÀ-ÞĀ-Ž][\w'’\-]*)"
                           r"[\"”]?[ \t]*<[^<>@\s]{1,64}@[^<>\s]{1,255}>")
_NO_DISPLAY_PERSON = frozenset("""team support service services sales info help helpdesk desk noreply
no-reply customer customers care billing accounts account newsletter news admin office hr
marketing orders order shop store booking bookings reservations press media""".split())


def _display_names(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    if "@" not in text:
        return out
    for m in _DISPLAY_NAME.finditer(text):
        words = [w.lower().rstrip(".") for w in m.group(1).split()]
        if any(w in _NO_DISPLAY_PERSON or w in ORG_ENDS or w in ORG_WORDS_AFTER for w in words):
            continue
        if not any(w in first_names_all() or w in last_names_all() or _rare(w, any_language()) for w in words):
            continue
        out.append((m.start(1), m.end(1), CONTEXT))
    return out


# a maiden name: "Jane Smith (née Komen)", "geb. Weber", "ved. Rossi"
_BORN = re.compile(r"(?<![\w])(?:née|nee|geb\.|geborene|born|ved\.|vedova|z d\.|z domu|nacida)[ \t]+"
                   r"([A-ZÀ-ÞĀ-Ž][\w'’\-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][\w'’\-]+)?)")


def _born(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _BORN.finditer(text):
        w = m.group(1).split()[0].lower()
        if w in STOP or w in ol.function or w in _MONTHS_DAYS or w in countries_or_places():
            continue
        out.append((m.start(1), m.end(1), CONTEXT))
    return out


@lru_cache(maxsize=1)
def countries_or_places() -> frozenset[str]:
    """Countries and big cities ("born London" is a birthplace; a village may share a surname)."""
    from gateway.pii.gazetteers import CITIES, countries

    return countries() | CITIES


# a texter saying who they are, in any case: "hey its faith, new number", "hai ini drew",
# "oi é a edgar", "salut, sunt sophie", "hola soy marta aquí", "ich bin jonas, neue nummer"
_SELF_INTRO = re.compile(
    r"(?i)(?:^|(?<=[\n:!,.])|\b(?:hey|hi|hai|halo|hello|oi|olá|ola|salut|hola|ciao|hallo|hej|selam)[!,]?)"
    r"[ \t]*(?:it'?s|its|this is|ini|aku|saya|sou|é a|é o|aqui é|sunt|soy|sono|ich bin|hier ist|je suis|"
    r"c'est|jestem|ben|i'?m|i am)[ \t]+(?:just[ \t]+|only[ \t]+)?([^\W\d_][\w'’\-]{1,20})"
    r"(?=[ \t]*[,.!\n]|[ \t]+(?:here|aqui|aquí|hier|ici|qui|new|neu|neue|nouveau|novo|nova|baru|yeni|from|de|da)\b)")


def _self_intro(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for m in _SELF_INTRO.finditer(text):
        w = m.group(1).lower()
        if w not in first_names_all() or w in _MONTHS_DAYS or w in ol.function or w in ROLES:
            continue
        out.append((m.start(1), m.end(1), CONTEXT))
    return out


# a cake's icing, a card or a banner: "Happy 40th XIUYING!", "Happy birthday Anna", "Feliz
# cumpleaños Lucía", "Alles Gute Jonas!"; and a card signed "…, love Tigist" at its end
_OCCASION = re.compile(
    r"(?i)\b(?:happy(?:[ \t]+\d{1,3}(?:st|nd|rd|th))?(?:[ \t]+(?:birthday|bday|b-day|anniversary|retirement|"
    r"graduation|name[ \t]day))?|congrats|congratulations|feliz[ \t]+cumplea[ñn]os|feliz[ \t]+anivers[áa]rio|"
    r"joyeux[ \t]+anniversaire|buon[ \t]+compleanno|alles[ \t]+gute|grattis|gefeliciteerd|"
    r"wszystkiego[ \t]+najlepszego)(?:[ \t]*+,[ \t]*+|[ \t]++)"
    r"((?-i:[A-ZÀ-ÞĀ-Ž][\w'’\-]+)(?:[ \t](?-i:[A-ZÀ-ÞĀ-Ž][\w'’\-]+))?)(?=[ \t]*[!.,\"”“'’]|[ \t]*$|[ \t]*\n)")
_CARD_LOVE = re.compile(
    r"(?i)[,.!][ \t]*+(?:love|lots of love|all my love|hugs|xoxo|from)(?:[ \t]*+,[ \t]*+|[ \t]++)"
    r"((?-i:[A-ZÀ-ÞĀ-Ž][\w'’\-]+)(?:[ \t](?-i:[A-ZÀ-ÞĀ-Ž][\w'’\-]+))?)(?=[ \t]*(?:[\"”“]|xx|x\b|$|\n))")
_HOLIDAYS = frozenset("""easter christmas xmas hanukkah chanukah diwali eid ramadan thanksgiving holidays
holiday halloween valentine valentine's valentines mother's father's mothers fathers new lunar pride
spring summer autumn fall winter weekend hour friday birthday anniversary retirement graduation
ostern weihnachten navidad pascua natale pasqua noël noel pâques jul påsk""".split())


def _occasion_names(text: str, ol: OtherLanguage) -> list[tuple[int, int, float]]:
    out = []
    for rx in (_OCCASION, _CARD_LOVE):
        for m in rx.finditer(text):
            words = m.group(1).split()
            low = words[0].lower()
            if low in STOP or low in ROLES or low in ol.function or low in _MONTHS_DAYS or low in _HOLIDAYS or \
                    low in countries_or_places() or not (_any_name(words[0], ol) or _rare(words[0], any_language())):
                continue  # "Happy New Year", "Happy Monday", "Happy Holidays"
            out.append((m.start(1), m.end(1), CONTEXT))
    return out
