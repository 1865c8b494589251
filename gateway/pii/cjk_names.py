"""Korean and Japanese names by their parts: a family name from a short closed list, then a given
name from a list ("정하은", "강도윤 ·", "高橋 翔", "鈴木 美咲様"), and a given name alone where a
greeting or a signature puts it ("안녕하세요 도윤,", "こんにちは 翔,", "— 健太 (Shift Lead)").

Korean and Japanese family names are few (a few dozen cover most people), so a family name
followed by a listed given name is a person with little doubt, where the open-class CJK shape
alone ("three Hangul syllables") would take ordinary words. The lists are Faker's ko_KR and
ja_JP lists plus common names of recent birth years written for Candor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gateway.pii.list_mates import Span
from gateway.pii.names import CONTEXT

_KO_SURNAMES_EXTRA = """김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노
하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥
육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉""".split()
_KO_GIVEN_EXTRA = """서연 하은 지우 서윤 민서 지민 수빈 하윤 지유 채원 지아 서아 예은 수아 다은 유진 예린 소율 은서
시우 예준 하준 주원 지호 지후 준서 준우 현우 지훈 도현 건우 우진 선우 서진 민재 현준 연우 유준 정우 승우 승현
시윤 준혁 은우 지환 승민 지성 민성 태윤 재윤 도윤 민준 서준 하린 나은 예서 윤서 가은 지안 다인 소윤 아린 유나
수민 혜진 은지 지혜 민지 수진 지은 미영 영희 영숙 정희 순자 미경 현정 은정 지영 보람 하늘 슬기 아름 다솜 영호
성호 정호 동욱 재현 태현 성훈 준호 현석 지석 동훈 영민 재훈 상우 태민 한결 하람 세아 채은 서현 예지 유리""".split()
# given names that are ordinary words when they stand alone: "지원" (support), "상호" (mutual)
# (the listed names most frequent as words in wordfreq's Korean list, and a few more by hand)
_KO_WORDS = frozenset("""지원 하늘 유리 상호 정식 현지 은지 재현 지연 지우 지혜 정자 한결 정수 보람 미정 슬기 예지 성수
아름 수정 민주 경호 진수 나은 다솜 은행""".split())

_JA_SURNAMES_EXTRA = """佐藤 鈴木 高橋 田中 伊藤 渡辺 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林
斎藤 斉藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木
坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 松田 竹内 中川 小野 田村 菅原 和田 石田 上田 森田 原
柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 谷口 大野 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小島 平野
大塚 千葉 久保 松井 岩崎 桜井 野口 松尾 菊地 木下 野村 新井 渡邉 佐野 杉本 大西 浅野 小山 西田 北村 中山""".split()
_JA_GIVEN_EXTRA = """翔 翔太 蓮 陽翔 湊 大翔 悠真 颯太 健太 大輔 拓也 直樹 翼 拓海 悠人 陸 樹 大和 蒼 悠斗 陽太 健 誠 浩
隆 学 剛 和也 太郎 一郎 健一 大輝 亮 優斗 隼人 美咲 陽菜 結衣 葵 凛 結菜 莉子 美優 花子 由美 恵 愛 真由美 裕子
彩 明美 優子 美月 七海 芽依 紬 結愛 咲良 杏 楓 美桜 心春 陽葵 彩花 麻衣 舞 千尋 香織 直美 恵子 幸子 洋子 智子
京子 久美子 奈々 真央 沙織 由紀 早紀 さくら ひなた あおい ゆい""".split()


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    from faker.providers.person.ja_JP import Provider as Ja
    from faker.providers.person.ko_KR import Provider as Ko

    ko_sur = frozenset(_KO_SURNAMES_EXTRA) | frozenset(s for s in Ko.last_names if len(s) == 1)
    ko_given = (frozenset(_KO_GIVEN_EXTRA) | frozenset(g for g in Ko.first_names if len(g) == 2))
    ja_sur = frozenset(_JA_SURNAMES_EXTRA) | frozenset(Ja.last_names)
    ja_given = frozenset(_JA_GIVEN_EXTRA) | frozenset(Ja.first_names)
    return ko_sur, ko_given, ja_sur, ja_given


# what may follow a Korean name in the same word: a particle or an honorific
_KO_PARTICLES = frozenset("씨 님 은 는 이 가 을 를 의 도 와 과 에게 께 께서 한테 씨가 씨는 씨의 씨께 님이 님은 님의 님께".split())
_HANGUL_RUN = re.compile(r"(?<![가-힣])[가-힣]{2,6}(?![가-힣])")
_HAN = r"\u4e00-\u9fff\u3005"
_JA_FULL = re.compile(rf"(?<![{_HAN}\u30a0-\u30ff])([{_HAN}]{{1,3}})[ \u3000]?([{_HAN}\u3040-\u309f]{{1,3}})"
                      rf"(?=[^{_HAN}\u30a0-\u30ff]|[様氏殿]|$)")
# a given name alone after a greeting or before a signature's role
_CJK_WORD = rf"[{_HAN}\u3040-\u309f]{{1,4}}|[가-힣]{{2,3}}"
_GREETED = re.compile(rf"(?:こんにちは|こんばんは|안녕하세요|감사합니다|您好|你好)[ \t、,，!！]*({_CJK_WORD})(?=[ \t]*[,，、!！.。])")
_SIGNED = re.compile(rf"(?:^|(?<=\s))[—–\-][ \t]*({_CJK_WORD})[ \t]*[（(][A-Za-z\u3040-\u30ff{_HAN}가-힣 ]{{2,30}}[)）]")


# a Korean form's person labels: the value is a name whatever its syllables ("성명: 남궁민아",
# "작성자: 황보준서"); two-syllable family names and unlisted given names pass here
_KO_LABELLED = re.compile(r"(?:성명|이름|성함|작성자|고객명|주문자|구매자|받는[ ]?분|보내는[ ]?분|수령인|수취인|예금주|신청인|"
                          r"양도인|양수인|보호자|대표자|담당자)[ \t]*[:：][ \t]*([가-힣]{2,4})(?=[ \t]*(?:$|\n|[,(/|]))",
                          re.M)


# who serves the client, on a salon's or a shop's book: "担当：ミキ", "发型师：Tony老师", "담당: 지수";
# the value is a name whatever its letters (a katakana given name, a Latin nickname)
_STAFF_LABELLED = re.compile(
    r"(?:担当者?|スタイリスト|施術者|指名|发型师|美发师|理发师|技师|美甲师|美容师|顾问|负责人|接待|店员|"
    r"담당자?|디자이너|원장님|실장님|스타일리스트)[ \t]*[:：][ \t]*"
    rf"([\u30a0-\u30ff]{{2,6}}|[{_HAN}\u3040-\u309f]{{1,4}}|[가-힣]{{2,4}}|[A-Z][a-z]{{1,12}})"
    r"(?=[ \t\u3000]|$|[,，、。/|(（]|老师|先生|小姐|さん|様|님|\n)", re.M)
# a chat line's speaker with a job's title after the name: "[카카오톡] 하나 실장:", "지수 원장:"
_KO_TITLED_HEAD = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?([가-힣]{2,4})[ \t]?"
                             r"(?:실장|원장|팀장|매니저|점장|대표|디자이너|선생님|부장|과장|대리|주임)[ \t]*[:：]")
# a friend or a relative named: "친구 오세훈도", "엄마 김미숙 님" (family name first, three syllables)
_KO_KIN = re.compile(r"(?<![가-힣])(?:친구|엄마|아빠|언니|오빠|누나|형|동생|남편|아내|딸|아들|남친|여친)[ \t]+([가-힣]{3})"
                     r"(?=[ \t,.!?]|$|도|이|가|는|은|를|을|랑|와|과|한테|에게|의|님|씨)")


# the one answering the phone: "ジュエリールナ銀座店の田村でございます", "佐藤と申します"
_JA_ANSWERING = re.compile(rf"(?<![{_HAN}])([{_HAN}]{{1,3}})(?:でございます|と申します)")


def find_cjk_names(text: str) -> list[Span]:
    if not any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" for c in text):
        return []
    ko_sur, ko_given, ja_sur, ja_given = _lists()
    out: list[Span] = []
    for m in _HANGUL_RUN.finditer(text):
        word, s = m.group(), m.start()
        if word[:1] in ko_sur and word[1:3] in ko_given and (len(word) == 3 or word[3:] in _KO_PARTICLES):
            out.append((s, s + 3, CONTEXT))
        elif word in ko_given and word not in _KO_WORDS:
            out.append((s, s + 2, CONTEXT))
    for m in _JA_FULL.finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur in ja_sur and given in ja_given:
            out.append((m.start(1), m.end(2), CONTEXT))
    out += [(m.start(1), m.end(1), CONTEXT) for m in _KO_LABELLED.finditer(text)]
    out += [(m.start(1), m.end(1), CONTEXT) for m in _STAFF_LABELLED.finditer(text)]
    out += [(m.start(1), m.end(1), CONTEXT) for m in _JA_ANSWERING.finditer(text) if m.group(1) in ja_sur]
    out += [(m.start(1), m.end(1), CONTEXT) for m in _KO_TITLED_HEAD.finditer(text)]
    out += [(m.start(1), m.end(1), CONTEXT) for m in _KO_KIN.finditer(text) if m.group(1)[:1] in ko_sur]
    for rx in (_GREETED, _SIGNED):
        for m in rx.finditer(text):
            name = m.group(1)
            if name in ja_given or name in ko_given or name[:1] in ko_sur and name[1:] in ko_given \
                    or any(name.startswith(s) and name[len(s):] in ja_given for s in ja_sur):
                out.append((m.start(1), m.end(1), CONTEXT))
    return out
