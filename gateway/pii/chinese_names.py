"""Chinese names inside a sentence, where no space or label marks them: a role or a relative
before the name ("备注：师傅刘杰预计周六上门", "其儿子磊可代为签收", "联系人王伟"), or a title after
the family name ("祝林老师生日快乐", "请张经理回电").

Chinese family names are few: the sixty most frequent cover most people, so a listed family
name right after a role word, or right before a title, is a person with little doubt. The given
name is one or two characters; a second one is taken unless it is a character that usually opens
the next word of the sentence (预, 可, 已, 说 …), which is where most such sentences go on.
"""

from __future__ import annotations

import re

from gateway.pii.list_mates import Span
from gateway.pii.names import CONTEXT

# the sixty most frequent family names of mainland China
SURNAMES = frozenset("""王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹
彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 廖""".split()) | frozenset(
    # their traditional forms, and the names frequent in Taiwan and Hong Kong ("陳怡君", "賴建宏")
    """陳 張 劉 楊 黃 趙 吳 孫 馬 鄭 謝 許 韓 馮 鄧 蕭 葉 蘇 呂 盧 鍾 譚 陸 羅 賴 邱 洪 游 簡 莊 施 翁 詹 傅 溫
    戴 侯 藍 蔣 歐 區 麥 關 鄺 黎 龔 嚴 顏 彭 曾 余 杜 沈 姚 石 方 江 廖 范 宋 唐 袁 潘 魏 程 丁 任 姜 崔 汪 金""".split())
# roles and relatives that stand right before a name
_ROLES = ("师傅|客户|顾客|收件人|收货人|联系人|经理|老师|医生|护士|司机|快递员|店长|同事|朋友|员工|工程师|技术员|"
          "主管|负责人|代表|患者|用户|会员|业主|房东|租客|销售|客服|"
          # a form's person labels, simplified and traditional ("訂購人：陳怡君", "申请人：王芳")
          "订购人|訂購人|訂購者|购买人|購買人|收件者|聯絡人|聯繫人|联系人|申请人|申請人|持卡人|寄件人|下单人|"
          # the writer naming themself, and an agent in Cantonese: "我叫李伟", "我係地產經紀胡柏翰"
          "我叫|我是|我係|本人|經紀|经纪|地產經紀|地产经纪|"
          # a meeting's attendees, speakers and host ("参会人：黄子涵（华东区总监）、陈浩然")
          "参会人|參會人|出席人|与会人|與會人|参会人员|與會人員|嘉宾|嘉賓|主持人|发言人|發言人|讲者|講者|记录人|記錄人")
_KIN = "儿子|女儿|丈夫|妻子|老公|老婆|爸爸|妈妈|父亲|母亲|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|闺蜜|朋友|同事|男朋友|女朋友"
# a nickname of one letter after "little" or "ah": "小周", "阿杰" (who serves, who answers the phone)
_NICK = "小阿"
# (and "总", a boss's title in business Chinese: "陈总提出…", not "总部", "总结", "总额")
_TITLES = "先生|女士|小姐|老师|经理|医生|师傅|阿姨|同学|律师|主任|教授|总(?![部结额数体共之计量值统线])|總(?![部結額數體共之計量值統線])"
_HAN = "\u4e00-\u9fff"
# zero-width, so every role is tried: "我係地產經紀陳嘉欣" is "我係" + "地產經" (no name) and
# "經紀" + "陳嘉欣" (also "收件人 王芳" in mixed text)
_ROLE_NAME = re.compile(rf"(?=(?:{_ROLES})[：: \t]?([{_HAN}]{{2,4}}))")
# two-character family names ("我叫司马晓峰", "歐陽娜娜")
_COMPOUND = ("司马", "司馬", "欧阳", "歐陽", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙",
             "公孫", "慕容", "令狐", "司徒", "夏侯", "端木", "长孙", "長孫", "宇文", "澹台", "南宫", "南宮")
_KIN_NAME = re.compile(rf"(?:{_KIN})([{_HAN}]{{1,2}})")
_TITLED = re.compile(rf"([{_HAN}]{{1,3}})(?={_TITLES})")
# characters that open the words that follow a name: verbs, adverbs, particles
_NEXT_WORD = frozenset("预计可已在说的了是和与将要会来去到被把给向对从为也都就还又再请让于代明今昨上下前后没不很")


def _given(text: str, start: int, length: int) -> int:
    """The end of a name whose family name is at ``start`` (or, for ``length`` 1, a given name alone)."""
    end = start + length
    if end < len(text) and text[end] not in _NEXT_WORD and "\u4e00" <= text[end] <= "\u9fff" \
            and not _TITLE_AT.match(text, end):
        end += 1
    return end


_TITLE_AT = re.compile(_TITLES)
# a name written in Han letters inside Latin-script text ("ask 王芳 about the invoice", "黄磊's
# order"): a standalone run of two or three letters that opens with a family name
_STANDALONE = re.compile(rf"(?<![{_HAN}\w])([{_HAN}]{{2,3}})(?![{_HAN}])")
_LATIN = re.compile(r"[A-Za-z]{3}")
_HAN_LETTER = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


# a list of names, items apart by "、" or a comma, each two or three letters, perhaps a role in
# brackets after it: "黄子涵（华东区总监）、陈浩然、刘美玲"
_LIST_ITEM = re.compile(rf"(?m)(?:^|(?<=[：:、，,]))[ \t]*([{_HAN}]{{2,3}})(?=[ \t]*(?:[、，,（(]|$))")


def _listed(text: str) -> list[Span]:
    out: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        items = [m for m in _LIST_ITEM.finditer(text, line.start(), line.end())]
        named = [m for m in items if m.group(1)[0] in SURNAMES and m.group(1)[1] not in _NEXT_WORD]
        if len(named) >= 2 and 3 * len(named) >= 2 * len(items):
            out += [(m.start(1), m.end(1), CONTEXT) for m in named]
    return out


def find_chinese_names(text: str) -> list[Span]:
    if not _HAN_LETTER.search(text) or _KANA.search(text):
        return []  # (kana: Japanese, whose names cjk_names reads)
    out: list[Span] = []
    if len(_LATIN.findall(text)) > len(_HAN_LETTER.findall(text)):  # mostly Latin text
        out += [(m.start(1), m.end(1), CONTEXT) for m in _STANDALONE.finditer(text)
                if m.group(1)[0] in SURNAMES and m.group(1)[1] not in _NEXT_WORD]
    for m in _ROLE_NAME.finditer(text):
        s = m.start(1)
        if text.startswith(_COMPOUND, s) and len(m.group(1)) >= 3 and text[s + 2] not in _NEXT_WORD:
            out.append((s, _given(text, s, 3), CONTEXT))
        elif text[s] in SURNAMES and text[s + 1] not in _NEXT_WORD:
            out.append((s, _given(text, s, 2), CONTEXT))
        elif text[s] in _NICK and text[s + 1] not in _NEXT_WORD:
            out.append((s, s + 2, CONTEXT))  # "我是小周"
    if "、" in text or "，" in text:
        out += _listed(text)
    for m in _KIN_NAME.finditer(text):
        s = m.start(1)
        if text[s] in _NEXT_WORD:
            continue
        if text[s] in SURNAMES and len(m.group(1)) == 2 and text[s + 1] not in _NEXT_WORD:
            out.append((s, _given(text, s, 2), CONTEXT))
        else:
            out.append((s, s + 1 + (len(m.group(1)) == 2 and text[s + 1] not in _NEXT_WORD), CONTEXT))
    for m in _TITLED.finditer(text):
        run = m.group(1)
        # the longest tail of the run before the title that starts with a family name: "祝林老师" ->
        # 林, "张敏女士" -> 张敏
        for k in range(len(run)):
            if (run[k] in SURNAMES and len(run) - k <= 3) or (run[k] in _NICK and len(run) - k == 2):
                out.append((m.start(1) + k, m.end(1), CONTEXT))  # (and "小美老师", "阿杰老师")
                break
    return out
