"""Given names that are ordinary words ("Will", "Mercy", "Blessing", "Chance", "Honey"), found only
where the sentence treats the word as a person: a greeting or thanks before it, a title or a
relative before it ("Brother Chance", "Nurse Blessing", "my cousin Honey"), a request to reach
them ("ring Mercy on …"), or a chat line's speaker among other speakers ("Will: yes!").

The word must be capitalised in running text; the list is of names that English-speaking,
West African and Caribbean families give, which every name list skips because the words are
common.
"""

from __future__ import annotations

import re

from gateway.pii.list_mates import Span
from gateway.pii.names import CONTEXT

WORD_NAMES = frozenset("""
Will Bill Mark Frank Jack Guy Ray Dean Drew Grant Wade Lance Pat Rob Sue Art Gene Chase Hunter Mason
Carter Cash Chance Major Bishop King Prince Royal Noble Sterling Hardy Earnest
Hope Faith Joy Grace Mercy Patience Precious Blessing Goodluck Gift Honey Charity Prudence Constance
Harmony Destiny Justice Promise Favour Favor Comfort Peace Love Lucky Innocent Godswill Marvellous
Testimony Wisdom Divine Praise Miracle Treasure Success Memory Loveness Beauty Lovely Princess
Sunday Dawn Rose Summer Autumn Winter Sky River Storm Sunny Bliss
Amber Ruby Pearl Jade Crystal Coral Ivy Holly Daisy Lily Poppy Violet Heather Iris Jasmine Olive
Willow Hazel Fern Flora Brook Brooke Misty Rain Candy Sandy Rusty Ginger Star Angel Honor Honour
""".split())

_NAME = "|".join(sorted(WORD_NAMES, key=len, reverse=True))
# (the lead is matched without case; the name keeps its capital)
_LEAD = (r"(?i:\b(?:hi|hey|hello|hiya|dear|thanks|thank\s+you(?:\s+to)?|thx|cheers|congrats(?:\s+to)?|"
         r"congratulations(?:\s+to)?|welcome|ask|tell|ring|call|text|message|dm|email|find|meet|"
         r"(?:my|our|her|his|their|your)\s+(?:cousin|friend|husband|wife|partner|son|daughter|brother|sister|"
         r"mum|mom|dad|aunt|auntie|uncle|niece|nephew|neighbou?r|colleague|boss|flatmate|roommate))[ \t,]+)"
         r"|(?-i:\b(?:Brother|Sister|Nurse|Pastor|Deacon|Deaconess|Elder|Aunty|Auntie|Uncle|Coach|Chef|Officer|"
         r"Mama|Papa|Madam|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)"
         # the relatives of the other languages CX teams read: "Mein Mann Precious", "Mój kolega Patience"
         r"|(?i:\b(?:mann|frau|sohn|tochter|kolega|koleżanka|mąż|żona|marido|esposa|mari|femme|fils|fille)[ \t]+)"
         # a role before the name: "Housekeeping lady Joy", "the delivery guy Will"
         r"|(?i:\b(?:lady|guy|man|woman|girl|boy)[ \t]+)")
# (not the place named after the word: "Hope Street", "Grace Church", "Sunday service")
_PLACE_AFTER = (r"[ \t]+(?i:street|st|road|rd|avenue|ave|lane|church|chapel|school|hospital|park|hotel|cafe|"
                r"bar|farm|house|hall|service|services|morning|evening|night|lunch|brunch|market)\b")
_CUED = re.compile(rf"(?:{_LEAD})(?P<name>{_NAME})(?![\w'’\-])(?!{_PLACE_AFTER})")
# "Will: yes! collection only" among other speakers' lines
_HEAD = re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME})[ \t]*:[ \t]+(?!\d)\S")  # (not "Sunday: 10-4")
# an opening-hours or schedule list's heads are no speakers: "Monday: 9-5", "Summer: 10-6"
_CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday Weekdays Weekends Weekend
January February March April May June July August September October November December Spring Summer
Autumn Winter Fall Today Tomorrow Tonight Mon Tue Wed Thu Fri Sat Sun""".split())
_OTHER_HEAD = re.compile(r"(?m)^[ \t]*[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?[ \t]*:[ \t]+\S")


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def find_word_names(text: str) -> list[Span]:
    if WORD_NAMES.isdisjoint(_CAPITALISED.findall(text)):
        return []  # (most texts: no word-name at all, so the long patterns never run)
    out = [(m.start("name"), m.end("name"), CONTEXT) for m in _CUED.finditer(text)]
    heads = list(_HEAD.finditer(text))
    if heads:
        speakers = {m.group().split(":")[0].strip() for m in _OTHER_HEAD.finditer(text)} - _CALENDAR
        if len(speakers - WORD_NAMES) >= 1 and len(speakers) >= 2:  # a chat, so "Will:" is a speaker
            out += [(m.start("name"), m.end("name"), CONTEXT) for m in heads]
    return out
