"""Arabic-script names after a greeting, a title, a kinship word, "with" or "my name is", or as a
numbered list's item: "مرحباً عمر", "مع د. الزهراني", "أخي محمد", "معك سارة من فريق التسويق". A family name ("ال…") counts after such a given name or a title. The given names are
Faker's Arabic list plus common names it lacks (it has no "محمد" and few women's names).
"""

from __future__ import annotations

import re
from functools import lru_cache

from gateway.pii.list_mates import Span
from gateway.pii.names import CONTEXT

_AR_LEAD = (r"(?:مرحباً|مرحبا|أهلاً|أهلا|عزيزي|عزيزتي|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|د\.|م\.|"
            r"أخي|أختي|أخوي|ابني|ابنتي|زوجي|زوجتي|والدي|والدتي|المريض|المريضة|العميل|العميلة|الموظف|الموظفة|"
            r"السائق|المندوب|الموزع|السلام عليكم|يا)")
# words with "ال" that follow those leads and are no family name: "الموظف المسؤول", "العميل الجديد"
_AR_NOT_FAMILY = frozenset("""المسؤول المسؤولة المندوب الموزع السائق العميل العميلة الموظف الموظفة الجديد الجديدة
الكريم الكريمة العزيز العزيزة الفاضل الفاضلة المحترم المحترمة الطلب الطرد الشحنة الفاتورة الإدارة الدعم المتجر
الفرع المدير المديرة المشرف المشرفة""".split())
# weaker leads: "you're with Sara", "my name is", "I am", "with", a numbered list's item; the word
# after must be a listed given name ("مع العميل" is "with the customer")
_AR_WEAK_LEAD = r"(?:معك|معاك|اسمي|أنا|مع|(?m:^[ \t]*\d{1,3}[.)\-]))"
_AR_WORD = r"[\u0621-\u064a\u0671-\u06d3]{2,15}"
_AR_NAMED = re.compile(rf"(?<![\u0600-\u06ff])(?:{_AR_LEAD}|(?P<weak>{_AR_WEAK_LEAD}))[ \t،,]*"
                       rf"({_AR_WORD}(?:[ \t]+{_AR_WORD})?)")


# common given names Faker's Arabic list lacks (it has no "محمد", few women's names)
_AR_GIVEN_EXTRA = """محمد أحمد علي عمر خالد يوسف إبراهيم ابراهيم حسن حسين عبدالله مصطفى محمود سارة فاطمة مريم نور
ليلى هدى رانيا ياسمين آمنة عائشة خديجة زينب سلمى ريم دينا منى هند لينا رنا نادية سعاد حنان جميلة سلطان فيصل
سعود ناصر طارق كريم سامي رامي ماجد وليد هشام زياد بلال حمزة أنس ياسر نبيل جمال عادل مروان نورة لطيفة شيماء
أسماء إيمان دعاء هبة رشا سلوى ندى""".split()


@lru_cache(maxsize=1)
def _arabic_given() -> frozenset[str]:
    from faker.providers.person.ar_AA import Provider as Ar

    return frozenset(n for n in Ar.first_names if " " not in n) | frozenset(_AR_GIVEN_EXTRA)


def find_arabic_names(text: str) -> list[Span]:
    if not any("\u0621" <= c <= "\u064a" for c in text):
        return []
    given = _arabic_given()
    out: list[Span] = []
    for m in _AR_NAMED.finditer(text):
        words = m.group(2).split()
        first = words[0]
        if first in _AR_NOT_FAMILY:
            continue
        if first in given or (m.group("weak") is None and first.startswith("ال") and len(first) > 4):
            end = m.start(2) + len(first)
            if len(words) > 1 and (words[1] in given or words[1].startswith("ال")) and words[1] not in _AR_NOT_FAMILY:
                end = m.end(2)  # "محمد العتيبي"
            out.append((m.start(2), end, CONTEXT))
    return out
