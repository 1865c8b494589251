"""The edges of a name a rule or the model found only in part: a generational suffix after it
("Rogelio Reyes III", "ROMEO TOLENTINO JR."), the Malay and Tamil connectors that join a given
name to a father's ("Devi a/p Krishnan", "Nurul Ain Bt. Abdullah", "Prakash a/l Pillay"), and a
Vietnamese, Chinese or Filipino family name or abbreviation the guess left before it ("Lê Hoàng
Phương", "Chong Mei Yee", "Ma. Lourdes Santos"); after a given name found alone, a nickname in
quotes and the surname ('Alexander "Sandy" Price'), a surname that starts with "St." or an Arabic
article ("Harriet St. Clair", "Finn al-Amin"), and a surname written before it ("Nagy Bence",
"Kovács Zsófia", the Hungarian order); before a surname found alone, its given name ("Ana
Constantinescu", "Keisha St. Clair"). A placeholder must take the whole name: the
part left outside is what a reader (or the provider) needs to know who it was.
"""

from __future__ import annotations

import re

from gateway.pii.gazetteers import english_zipf, first_names_all, last_names_all

_SUFFIX_AFTER = re.compile(r",?[ \t]+(?:Jr|Sr|JR|SR|Jnr|Snr)\.?(?![\w])|[ \t]+(?:II|III|IV)(?![\w])")
# the connectors, and the capitalised words of a name on one side of them (up to three)
_CONNECTOR = r"(?:a/p|a/l|s/o|d/o|A/P|A/L|S/O|D/O|bin|binti|Bin|Binti|BIN|BINTI|bt\.?|Bt\.?|BT\.?|bte\.?|Bte\.?|ibn|Ibn)"
_NAME_WORDS = r"([A-ZÀ-Þ][\w'’\-]+(?:[ \t][A-ZÀ-Þ][\w'’\-]+){0,2})"
_CONNECTOR_AFTER = re.compile(rf"[ \t]+{_CONNECTOR}[ \t]+{_NAME_WORDS}")
_CONNECTOR_BEFORE = re.compile(rf"(?<![\w'’\-]){_NAME_WORDS}[ \t]+{_CONNECTOR}[ \t]+\Z")
# family names of Vietnam and of Chinese Malaysians, Singaporeans and Filipinos written in Latin
# letters, which no name list of Faker's locales holds; and "Ma." (María) of Filipino names
_FAMILY = frozenset("""nguyễn nguyen trần tran lê le phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang
bùi bui đỗ do hồ ho ngô ngo dương duong lý ly đinh dinh trương truong mai cao lâm lam tô to tạ ta lưu luu châu chau
chong tan lim lee ng wong chan ong teo goh chua koh yeo low chin lau leong foo yap liew cheah khoo ooi teh loh soh
tay sim quek chew kwok seah neo tham""".split())
_NICKNAME_AFTER = re.compile(r" [\"“'‘(][A-Z][\w\-]+[\"”'’)] ([A-ZÀ-Þ][\w'’\-]+)")
_SURNAME_AFTER = re.compile(r" (?:St\.? [A-Z][\w'’\-]+|(?:al|el|Al|El|ul|ad|as|ash|at|az)-[A-Z][\w'’\-]+)")
_SAINT_SURNAME_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]+) St\.? \Z")
_SURNAME_BEFORE = re.compile(r"(?<![\w'’\-.])([A-ZÀ-ÞŐŰ][\w'’\-]{1,15}) \Z")
_LEAD_TOKEN = re.compile(r"(?<![\w'’\-.])(Ma\.|[A-ZÀ-ÞĐ][\w'’\-]{0,11})[ \t]+\Z")


def widen(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of a PERSON find with its suffix, its connector and father's name, and the family
    name before it."""
    m = _CONNECTOR_AFTER.match(text, e)
    if m:
        e = m.end()
    m = _SUFFIX_AFTER.match(text, e)
    if m:
        e = m.end()
    m = _CONNECTOR_BEFORE.search(text, max(0, s - 60), s)
    if m:
        s = m.start(1)
    if " " not in text[s:e] and text[s:s + 1].isupper():
        after = _NICKNAME_AFTER.match(text, e) or _SURNAME_AFTER.match(text, e)
        if after:
            e = after.end()
        else:
            before = _SURNAME_BEFORE.search(text, max(0, s - 17), s)
            word = before.group(1).lower() if before else ""
            if word in last_names_all() and word not in first_names_all() and english_zipf(word) < 3.0:
                s = before.start(1)
            elif word in first_names_all() and english_zipf(word) < 4.0 and text[s:e].lower() not in first_names_all():
                s = before.start(1)  # a given name before a surname found alone: "Ana Constantinescu"
            else:
                saint = _SAINT_SURNAME_BEFORE.search(text, max(0, s - 24), s)
                if saint and saint.group(1).lower() in first_names_all():
                    s = saint.start(1)  # "Keisha St. Clair", found as "Clair"
    lead = _LEAD_TOKEN.search(text, max(0, s - 16), s)
    if lead and text[s:s + 1].isupper() and (lead.group(1) == "Ma." or (
            lead.group(1).lower() in _FAMILY and english_zipf(lead.group(1)) < 4.3)):  # not "To", "Do", "Low"
        s = lead.start(1)
    return s, e
