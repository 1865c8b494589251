"""Which of the shipped disclosure languages a text is in: a stop-word vote, no model.

Good enough to pick the disclosure sentence for a marketing email; when unsure it says None and
the policy's default language applies.
"""

from __future__ import annotations

import re

_STOP = {
    "en": "the and you your for with this that are our is to of it we be have will on at",
    "de": "der die das und sie ihr ist nicht mit für wir ein eine zu auf den dem des auch sich",
    "fr": "le la les et vous votre est pour avec une des du nous que qui dans sur pas ce",
    "es": "el la los las y usted su es para con una del nosotros que en por lo como se",
    "it": "il lo la gli le e che di per con una del della sono non è ci questo tuo",
    "nl": "de het een en van je jouw is voor met niet wij ons dat op zijn ook bij",
    "pt": "o os as e você seu sua é para com uma do da não que em por nós está",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOP.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect(text: str, sample: int = 400) -> str | None:
    words = _WORD.findall(text[:sample * 8].lower())[:sample]
    if not words:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] == ranked[1]:
        return None
    return best
