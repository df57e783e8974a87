"""Find the tasks a unit or person holds, takes over or is asked to do.

These shapes count, each giving one task per listed item, in the text's words without the asking verb:
- explicit lists of functions ('tiếp nhận năm nhiệm vụ mới như A, B và C');
- directives: an asking verb, the unit asked, then what it is to do ('đề nghị Công an tỉnh tập
  trung A, B; C'), also carried on by the next sentences ('Đồng thời, D.', 'Nếu …, E.');
- duties: 'X có nhiệm vụ / có trách nhiệm / được giao A', 'Nhiệm vụ (Công việc) của X là A';
- plans of a named unit, or of units named by kind in a speech: 'Cục Y sẽ / phải / cần làm rõ A',
  'Thời gian tới, lực lượng Công an cần A'; a clause after ';' or the next sentence may name the
  next units asked ('…; Bộ Z phối hợp với Bộ Y bố trí B');
- what a unit agrees or commits to: 'Công ty Z thống nhất / cam kết sửa chữa A, thay B', the costs it bears
  ('Công ty Z chịu mọi chi phí sửa chữa'), and what a titled official says the unit of the title will do
  ('Ông X, Giám đốc Sở Y, cho biết sẽ A'; the title may have been given earlier: 'Ông X cho biết sẽ A',
  'Vị giám đốc cho hay sẽ A');
- a case handed over: 'bàn giao đối tượng cho Công an phường xử lý', 'chuyển hồ sơ sang X để A';
- a list announced by ':' whose items follow on the next lines ('yêu cầu các bộ: ⏎ - A; ⏎ - B'), and a
  bare 'cần …' / 'phải …' in a sentence whose speaker directs ('“Phải làm rõ A”, ông X nhấn mạnh').
A unit named again by its kind ('Cục này', 'phía Công ty', 'Bộ sẽ …') and asked or planning reads as its name
(unit_mentions.py finds which unit it refers to).
A partner named by kind stays in the task's words ('phối hợp với các cơ quan chức năng xử lý A'); a named
partner shares the task and is left out ('phối hợp với Sở Y tế kiểm tra A' → 'kiểm tra A').
Petitions and wishes addressed to an authority ('làm đơn yêu cầu cơ quan chức năng A', 'mong muốn
Công an huyện A') ask it too.
A task named in passing ('vai trò của công an trong chuyển đổi số') is no claim that a unit holds it;
nor are demands inside a crime story (money, people identified as '(SN 1987, ngụ …)'), advice to the
public ('người dân cần …'), kin asked ('yêu cầu gia đình …'), duties failed or denied, a person's job in a
story ('ông X được phân công …'), a deed told after a directive ('Theo đó, Sở X đã …'), a paper's promise of
more news, a speech's call to the whole force, a traffic stop or a commentator's view ('Luật sư X cho rằng, cơ
quan điều tra cần …'). A name ends where its sentence does (a question mark, a stop after an initial: 'cháu H.
Chúng tôi …'), a person's own words begin (', chị X cho biết') or a clause of its own follows (', ông X đã …',
', tuy nhiên …'); 'là' bound to the word before it ('nghi là', 'được cho là') ends none. What the authorities
are awaited to do ('… chờ cơ quan điều tra …') is theirs, not the task's.
The verbs a task may start with are general vocabulary in ``ontology/gazetteers/task_verbs.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from graph.facts import Span, Task
from graph.gazetteer import GAZETTEER_DIR, load, word_lists
from graph.regex_lead import compile_led
from graph.text import is_photo_credit, key, runs_on

from .context import Context
from .tokens import Token, index_after, is_abbreviation, is_capitalised, tokenize
from .unit_mentions import Names, Referred

__all__ = ["tasks"]

Name = tuple[int, int, str | None]  # one of the names found: (start, end, organisation name or None)
# (start, end, title, unit) of each mention of a person, with the post the persons pass gave them ('' if none)
Posts = list[tuple[int, int, str, str]]

# The extractor's vocabulary, one '[section]' a list: general words only, kept out of the code.
_WORDS = word_lists("task_words.txt")


def _pairs(section: str) -> frozenset[tuple[str, ...]]:
    """Return a word list's phrases as tuples of their words ('cử tri' → ('cử', 'tri'))."""
    return frozenset(tuple(phrase.split()) for phrase in _WORDS[section])


def _alternation(section: str) -> str:
    """Return a word list as a regular-expression alternation of its phrases."""
    return "|".join(re.escape(phrase) for phrase in _WORDS[section])


# 'cơ quan chức năng' (the authorities) holds no list, nor does 'làm nhiệm vụ như' (on duty as); 'cũng như'
# (as well as) opens none.
TRIGGER = compile_led(
    r"(?<!quan )(?<!lượng )(?<!ngành )(?<!làm )"
    r"(?P<noun>nhiệm vụ|chức năng|lĩnh vực|nhiệm vụ quản lý nhà nước|chức năng quản lý nhà nước)"
    r"(?P<mid>[^.;:,]{0,60}?)(?:\s+(?<!cũng )(?:như|gồm|bao gồm|về)|\s*:)\s+",
    re.IGNORECASE,
)
ITEM_SPLIT = re.compile(r",\s*|\s+và\s+|;\s*")
# A list taken over directly: 'tiếp nhận nguyên trạng các nhiệm vụ A, B và C'.
DIRECT = compile_led(
    r"(?:tiếp nhận|bàn giao|đảm nhận|đảm nhiệm)(?:\s+nguyên trạng)?(?:\s+thêm)?\s+(?:các|những)\s+"
    r"(?:nhiệm vụ|chức năng)\s+(?=[^\d.;:]+,)",
    re.IGNORECASE,
)
# Where an item's words stop being the task: 'lý lịch tư pháp từ Sở Tư pháp sang Công an tỉnh'.
ITEM_END = re.compile(r"\s+(?:từ|sang|cho|tại|trên|theo|để|nhằm|với|đến)\s+.*$")
# 'hợp tác trong các lĩnh vực như A, B', 'đầu tư vào các lĩnh vực như A', 'giấy tờ liên quan đến lĩnh vực kinh
# doanh như A': fields worked in or spoken of before the list.
FIELDS_OF = re.compile(r"\b(?:trong|vào|đến|tới)(?:\s+(?:các|những|nhiều))?\s+$")
NEW_CUES = ("mới", "tiếp nhận", "chuyển giao", "bàn giao", "thêm")
MAX_WORDS = 9


# Verbs that share the object of the next item: 'đăng ký, quản lý cư trú', 'sát hạch, cấp GPLX'.
SHARED_OBJECT_VERBS = frozenset(_WORDS["shared_object_verbs"])


def _items(ctx: Context, tail: str) -> list[str]:
    """Split a list into items, keeping together what a comma does not separate."""
    parts = ITEM_SPLIT.split(tail)
    items: list[str] = []
    for part in parts:
        joined = f"{items[-1].strip()}, {ITEM_END.sub('', part.strip())}" if items else ""
        if items and (
            items[-1].strip().lower() in SHARED_OBJECT_VERBS or ctx.lex.gazetteer.lookup("tasks", joined)
        ):
            items[-1] = f"{items[-1]}, {part}"
        else:
            items.append(part)
    return items


def _list_tasks(ctx: Context, n: int, found: dict[str, Task], holder: str | None) -> bool:
    """Read an explicit list of functions in sentence ``n``; return whether one was there."""
    text = ctx.text
    sentence = ctx.sentences[n]
    matches = list(TRIGGER.finditer(sentence.text)) or list(DIRECT.finditer(sentence.text))
    for m in matches:
        list_start = sentence.start + m.end()
        context = text[sentence.start : list_start].lower()
        new = any(cue in context for cue in NEW_CUES)
        # 'về' and ':' announce a list of functions only when the unit takes them over; otherwise
        # 'quy định về A, B' or 'nhiệm vụ về an ninh' are topics, not functions held.
        if not new and not re.search(r"(?:như|gồm)\s+$", m.group(0)) and m.re is TRIGGER:
            continue
        if m.re is TRIGGER and FIELDS_OF.search(context[: m.start()]):
            continue  # the fields worked in or spoken of, no functions held
        if m.re is TRIGGER and re.search(r"\b(?:không|chưa)\b", m.group("mid"), re.IGNORECASE):
            continue  # 'một số nhiệm vụ không đạt yêu cầu như A, B': duties failed, listed as shortcomings
        tokens = ctx.tokens[n]
        at = sentence.start + m.start()
        asked = any(t.start < at and _phrase(tokens, k, ASK) for k, t in enumerate(tokens))
        if not new and asked:
            continue  # 'đề nghị các địa phương tập trung các lĩnh vực như A, B; …': the directive's own words
        list_end = sentence.end
        tail = text[list_start:list_end].rstrip(" .…")
        tail = re.sub(r"(,?\s*(v\.v\.?|\.\.\.|…))$", "", tail)
        offset = list_start
        added = False
        for part in _items(ctx, tail):
            item_start = text.find(part, offset, list_end) if part else -1
            if item_start == -1:
                continue
            offset = item_start + len(part)
            item = ITEM_END.sub("", part.strip())
            words = item.split()
            if not words or len(words) > MAX_WORDS or any(ch.isdigit() for ch in item):
                continue
            if words[0][:1].isupper():
                continue  # a named unit in the list ('Cơ quan điều tra') is no function
            if words[0].lower() in ("các", "những"):
                item = " ".join(words[1:])
                item_start = text.find(item, item_start)
            _add(ctx, found, item, item_start, holder, new=new)
            added = True
        if added:
            return True
    return False


def _add(
    ctx: Context,
    found: dict[str, Task],
    item: str,
    start: int,
    holder: str | None,
    *,
    new: bool,
    end: int | None = None,
) -> Task:
    """Record one task (or one more mention of it) and return it.

    ``end`` when the item is not the text's span.
    """
    task_key = key(ctx.lex.gazetteer.expand(item))
    task = found.get(task_key)
    if task is None and not new:
        # A lead repeated in the body with a few more or fewer words is the same task.
        task = next((t for k, t in found.items() if _same_words(k, task_key)), None)
    if task is None:
        entry = ctx.lex.gazetteer.lookup("tasks", item)
        expansion = ctx.lex.gazetteer.expand(item)
        task = found[task_key] = Task(
            name=item,
            name_en=entry.en if entry else None,
            expansion=expansion if expansion != item else None,
            new=new,
            holder=holder,
        )
    end = start + len(item) if end is None else end
    task.spans.append(Span(start, end, ctx.text[start:end]))
    return task


def _same_words(a: str, b: str) -> bool:
    """Whether one key starts with the other and they share nearly all words ('A B C' and 'A B C D')."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) >= 4 and long_[: len(short)] == short and len(short) >= 0.75 * len(long_)


# ---------------------------------------------------------------------------- directives and duties


@cache
def _verbs() -> dict[str, list[tuple[str, ...]]]:
    """Load the verbs a task starts with, longest first under each first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in (GAZETTEER_DIR / "task_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words = tuple(line.split())
            out.setdefault(words[0], []).append(words)
    for options in out.values():
        options.sort(key=len, reverse=True)
    return out


def _phrase(tokens: list[Token], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Return the length of the longest phrase starting at ``tokens[i]`` (0 when none)."""
    if i >= len(tokens):
        return 0
    for words in phrases.get(tokens[i].lower, ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].lower == words[k] for k in range(1, n)):
            return n
    return 0


def _phrase_ending(
    tokens: list[Token], j: int, phrases: dict[str, list[tuple[str, ...]]], lo: int = -1
) -> int:
    """Return the length of a phrase of up to four words ending right before ``tokens[j]`` (0 when none).

    The phrase starts after ``lo``: 'trong thời gian | chờ', '(trước mắt) | sẽ'.
    """
    return next((n for n in range(1, 5) if j - n > lo and _phrase(tokens, j - n, phrases) == n), 0)


def _table(*phrases: str) -> dict[str, list[tuple[str, ...]]]:
    """Index phrases by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    for options in out.values():
        options.sort(key=len, reverse=True)
    return out


# Verbs that ask someone else to act; the unit asked follows them.
ASK = _table(*_WORDS["ask"])
# Words before an asking verb that make it a noun or deny it: 'sự chỉ đạo', 'theo yêu cầu',
# 'Ban chỉ đạo', 'chưa thể đề xuất' ('ông này đề nghị': the official just named asks).
NOUN_BEFORE = frozenset(_WORDS["noun_before"])
# Asking verbs that may stand before a comma and the unit asked: 'đề nghị, các cơ quan …'.
# ('Phát biểu chỉ đạo, Bộ trưởng …': after 'chỉ đạo' the comma closes the phrase.)
COMMA_AFTER = (("đề", "nghị"), ("yêu", "cầu"), ("kiến", "nghị"), ("mong", "muốn"))
# Asking verbs that need the unit asked to be named ('giao thông', 'giao đất' are no directives).
NEEDS_HOLDER = _pairs("needs_holder")
# A duty the subject of the sentence holds: 'Ban Chỉ đạo có nhiệm vụ A'.
DUTY = _table(*_WORDS["duty"])
# What a unit agrees or promises to do: 'Công ty X cam kết / đồng ý / thống nhất sửa chữa …'.
COMMIT = _table("cam kết", "hứa", "đồng ý", "thống nhất", "nhất trí")
# First words of a unit that opens a clause and commits: 'Công ty', 'Lãnh đạo công ty', 'UBND'.
COMMITTING_HEADS = frozenset(_WORDS["committing_heads"])
# Words before a task's verb that only say it must be done: 'phải', 'cần', 'cũng cần phải'.
MODALS = _table(*_WORDS["modals"])
# Who asks in a crime story ('đối tượng yêu cầu …'): no unit's task.
OFFENDERS = re.compile(rf"\b(?:{_alternation('offenders')})\b")


def _offender_asks(tokens: list[Token], asker: int) -> bool:
    """Whether an offender named just before ``tokens[asker]`` asks ('đối tượng yêu cầu bà H. chuyển …')."""
    lo = max(0, asker - 4)
    # ('… bản án đưa ra với bị cáo và đề nghị HĐXX …': after 'và' or a comma another party asks)
    lo = max([k + 1 for k in range(lo, asker) if tokens[k].lower in (",", "và")], default=lo)
    return bool(OFFENDERS.search(" ".join(t.lower for t in tokens[lo:asker])))
# Words after 'đơn đề nghị' that name no unit asked: 'đơn kiến nghị liên quan', 'đơn đề nghị này'.
PETITION_NOT = {"liên", "có", "này", "đó", "của", "mà"}
# Posts that make a person asked by name an official: 'ông X, Phó Giám đốc Công an tỉnh'.
TITLES = _table(*_WORDS["titles"])
# Words that identify a person as crime stories do: '(SN 1987, ngụ …)', '(34 tuổi, trú …)'.
IDENTIFIED = {"sn", "tuổi", "ngụ", "trú"}
# Kinds of place in an address: ', tỉnh Cao Bằng', ', TP Cao Bằng'.
PLACE_WORDS = {"tỉnh", "tp", "thành", "huyện", "quận", "thị", "xã", "phường", "tổ", "thôn", "ấp", "khu"}
# The time allowed for a task, told before who is to do it: 'yêu cầu trong vòng 10 ngày, X phải …'.
DEADLINE_WORDS = {"vòng", "thời", "hạn"}  # trong vòng, trong thời hạn / thời gian, trong hạn
# Who opens a clause before an asking verb as one giving an opinion: 'Nhiều ý kiến', 'Một số đại biểu', 'Đại
# biểu X' ('ý kiến chỉ đạo' is a directive's own noun).
OPINION = re.compile(
    rf"^(?:(?:theo|nhiều|một số|các|có|cũng có|một|những|cũng)\s+)*(?:{_alternation('opinion_givers')})\b"
    r"(?!\s+(?:chỉ đạo|kết luận|đứng đầu|phát ngôn))"
)
# Money to be handed over or paid into an account, accounts to be opened: a demand in a fraud or
# bribery story.
MONEY_DEMAND = re.compile(
    r"(?:mở\b(?:(?!,|;).)*?\btài khoản\b|(?:chuyển|đưa)\b(?:(?!,|;).)*?"
    r"(?:\btài khoản\b|\d[\d.,]*\s*(?:(?:triệu|tỷ|tỉ|nghìn|ngàn)\b(?:\s*(?:đồng|USD)\b)?|(?:đồng|USD)\b)))",
    re.IGNORECASE,
)
# Goods handed to a person by full name alone, no post after it: a deal in a crime story, no task.
HANDED_TO_PERSON = re.compile(
    r"giao\s+(?:lại\s+)?cho\s+(?-i:(?:[A-ZĐ]\w*\s+){2,3}[A-ZĐ]\w*(?:\s+[a-zđ]|\W*$))"
)
# A private person asked by name ('yêu cầu ông K. bồi thường'): a claim between people, no task.
PRIVATE = frozenset(_WORDS["private"])
# Nouns that begin with a verb of the list: 'cử tri' (voters), 'trình độ' (level).
NOUN_COMPOUNDS = _pairs("noun_compounds")
NOT_A_TASK_AFTER = frozenset(_WORDS["not_a_task_after"])
# Nouns that end with a verb of the list: 'quá trình' (process), 'công trình' (works).
# ('Cơ quan cảnh sát điều tra': the investigating police, a unit's kind)
NOUN_ENDINGS = _pairs("noun_endings")
# Heads of unit names that a lower-case verb may go on: 'Cục quản lý Công sản', 'Ban quản lý dự án'.
UNIT_HEADS = frozenset(_WORDS["unit_heads"])
# Nouns a verb completes into the name of a group: 'đoàn kiểm tra', 'tổ tuần tra', 'ban quản lý'.
GROUP_NOUNS = frozenset(_WORDS["group_nouns"])
# Manner words alone are no task: 'kịp thời', 'tiếp tục'.
MANNER_WORDS = frozenset(_WORDS["manner_words"])
MANNER = _table(*MANNER_WORDS)
LEADING_MANNER = _table("trực tiếp")  # 'chỉ đạo trực tiếp lực lượng …': how one leads, before those led
# Verbs of leading others that end an item when its object follows the next verb: 'giúp Chủ tịch
# chỉ đạo, điều hành và phối hợp hoạt động …'.
LEADING_VERBS = {"chỉ đạo", "lãnh đạo", "điều hành", "hướng dẫn", "đôn đốc"}
# Words after 'tổ chức' that make it the noun (organisation): 'các cá nhân, tổ chức đã bố trí …'.
NOUN_AFTER_ORGANISE = frozenset(_WORDS["noun_after_organise"])
# Head words that name alone a unit told of before, as the subject going on: 'Sở tiếp tục …',
# 'Tỉnh kiểm điểm …'.
BARE_UNITS = _table(*_WORDS["bare_units"])
# Nouns that make the verbs after them activities: 'trong việc tham mưu, thực hiện …',
# 'công tác tuyên truyền, vận động …'.
# ('… giúp đỡ lực lượng X trong phát hiện, xử lý …', 'quá trình quản lý, sử dụng đất': after 'trong',
# 'quá trình' too)
# Words that make the verbs after them an activity named, not a task: 'việc kiểm tra', 'đề án kiểm soát'.
NOMINALISERS = _table(
    "việc", "công tác", "trong", "quá trình", "đề án", "quy trình", "chương trình",
)
REPORT = _table("báo cáo")
STEPPING_UP = _table("tăng cường", "đẩy mạnh", "nâng cao")  # verbs that open a task of their own
PROCESS = _table("quá trình", "việc")
FIELD_NOUNS = _table("nhiệm vụ", "lĩnh vực", "công tác")
# Verbs over the activities after 'quá trình' / 'việc' that 'và' joins: 'làm rõ việc A và B'.
WATCH = _table("giám sát", "theo dõi", "kiểm tra", "làm rõ", "xác minh")
# Verbs that are a whole task on their own: 'đề nghị Thanh tra Chính phủ vào cuộc'.
COMPLETE_VERBS = {"vào cuộc", "rút kinh nghiệm", "lập biên bản", "tự chấn chỉnh", "tự kiểm điểm"}
# Words between a unit and 'sẽ' that start another clause ('… của Sở Xây dựng thì sẽ …') or say
# that it is past or denied ('đã phải vào cuộc').
CLAUSE_WORDS = frozenset(_WORDS["clause_words"])
# After a named unit, words that make what follows its task: 'sẽ', 'phải', 'cần'.
UNIT_MODALS = _table(*_WORDS["unit_modals"])
# A purpose that makes what comes before a measure serving an inquiry ('… để phục vụ công tác điều tra').
SERVES_INQUIRY = re.compile(r"\bđể phục vụ (?:cho )?(?:công tác |việc )?(?:điều tra|xác minh)\b")
# Verbs of an inquiry a named unit may be said to be at ('đang điều tra', 'đang phối hợp … làm rõ').
UNDER_WAY = _table(*_WORDS["under_way"])
CHECKING = _table(*_WORDS["under_way"], *_WORDS["oversight"])  # what a unit may be at after 'đang'
# Words before 'đang' that tell the time or go on, not who acts: 'Hiện (nay), cơ quan … vẫn đang …'.
NOW_WORDS = frozenset(_WORDS["now_words"])
MAX_INQUIRY_SUBJECT = 12  # tokens of the units named before 'đang'


LINKS = CLAUSE_WORDS | {"về", "việc"}  # words between a unit and its modal that start another clause
MAX_BRACKETED = 6  # words of a place in brackets after a unit's name: '(Đồng Nai)', '(tỉnh X)'


def _words_back(tokens: list[Token], i: int, n: int, spans: Names) -> list[int]:
    """Return up to ``n`` token indices before ``i``, nearest first, a bracketed place of words skipped."""
    out: list[int] = []
    k = i - 1
    while k >= 0 and len(out) < n:
        if tokens[k].text == ")":
            lo = max(-1, k - MAX_BRACKETED - 2)
            m = next((m for m in range(k - 1, lo, -1) if tokens[m].text == "("), None)
            inside = tokens[m + 1 : k] if m is not None else []
            if m is None or not all(t.is_word for t in inside) or any(_named_unit(spans, t) for t in inside):
                break  # ('(SN 1990)', '(Công an TP X)': no place; a parent unit in brackets is said as such)
            k = m - 1
            continue
        out.append(k)
        k -= 1
    return out


def _reporting_unit(tokens: list[Token], k: int, spans: Names) -> tuple[int, int] | None:
    """Return the token range of the named unit that reports at 'cho' ``tokens[k]``, its place after it."""
    for m in range(k - 1, max(-1, k - MAX_INQUIRY_SUBJECT), -1):
        if tokens[m].text == ")":
            opening = next((n for n in range(m - 1, -1, -1) if tokens[n].text == "("), 0)
            if any(_named_unit(spans, t) for t in tokens[opening:m]):
                return None  # ('Công an quận X (Công an TP Y) cho biết …': a parent unit in brackets)
        span = _covered(spans, tokens[m].start)
        if span is not None and span[2]:
            lo = m
            while lo > 0 and tokens[lo - 1].start >= span[0]:
                lo -= 1
            hi = next((n for n in range(m, k) if tokens[n].start >= span[1]), k)
            return (lo, hi)
        tok = tokens[m]
        if m == k - 1 and tok.lower in ("vừa", "đã", "cũng", "mới"):
            continue  # ('Phòng X vừa cho biết, …')
        if not (tok.text in ",()." or is_capitalised(tok) or tok.lower in PLACE_WORDS):
            return None  # ('ông X cho biết …': a person reports; 'đơn vị' is then no unit named)
    return None


def _named_unit(spans: Names, tok: Token) -> bool:
    """Whether the token lies in a unit's name."""
    span = _covered(spans, tok.start)
    return span is not None and span[2] is not None


def _inquiry_subject(tokens: list[Token], i: int, spans: Names) -> tuple[int, int] | None:
    """Return the token range of who holds the inquiry under way at 'đang' ``tokens[i]`` (None: no unit)."""
    e = i
    while e > 0 and tokens[e - 1].lower in NOW_WORDS:
        e -= 1
    c = e
    while c > 0 and e - c <= MAX_INQUIRY_SUBJECT:
        prev = tokens[c - 1]
        if prev.text == ")":
            c = next((m for m in range(c - 1, -1, -1) if tokens[m].text == "("), 0)
            continue
        if not prev.is_word and not prev.is_number or prev.lower in CLAUSE_WORDS or prev.lower in REPORTING:
            break
        if prev.lower == "hay" and c > 1 and tokens[c - 2].lower == "cho":
            break
        c -= 1
    while c < e and tokens[c].lower in NOW_WORDS:
        c += 1
    opener = tokens[c - 1] if c > 0 else None
    if opener is not None and opener.lower == "biết" and not (c > 1 and tokens[c - 2].lower == "cho"):
        return None  # ('biết cơ quan công an đang truy xét, nghi phạm đã …': what an offender knew, told)
    # ('Công an quận X, TP Y cho biết (đơn vị) vẫn đang điều tra …': the unit that reports holds it)
    own = [t.lower for t in tokens[c:e]] in ([], ["đơn", "vị"], ["đơn", "vị", "này"])
    # ('X cho biết, đang …', 'X xác nhận đang …': the report's verb, a comma after it or not)
    r = c - 1 - (opener is not None and opener.text == "," and c > 1)
    said_by = r - 1 if r >= 1 and _phrase(tokens, r - 1, REPORTS) == 2 else None
    if own and said_by is not None:
        said = _reporting_unit(tokens, said_by, spans)
        if said is not None:
            return said
    if c == e and opener is not None and opener.text in ("và", ","):
        return _deed_subject(tokens, c - 1, spans)
    if c == e:
        return None  # ('cho biết, đang xác minh …': our gold counts no inquiry whose unit is not named)
    if any(_phrase(tokens, m, PUBLIC) for m in range(c, e)):
        return None
    span = _covered(spans, tokens[c].start)
    place = span is None or span[2] is None
    level = is_capitalised(tokens[c]) or tokens[c].lower in PLACE_WORDS
    if place and opener is not None and opener.text == "," and level and c > 1:
        # 'Công an huyện Y, Hải Dương đang …': the place after the unit's name
        named = _covered(spans, tokens[c - 2].start)
        # ('Công an huyện Y, tỉnh Z đang …': the place's level word is lower case)
        place_words = [t for t in tokens[c:e] if t.is_word and t.lower not in PLACE_WORDS]
        if named is not None and named[2] and all(is_capitalised(t) for t in place_words):
            m = c - 2
            while m > 0 and tokens[m - 1].start >= named[0]:
                m -= 1
            return (m, e)
    # ('Công an đang truy tìm …', 'cơ quan chức năng đang điều tra …': units named by kind only tell that an
    # inquiry is under way; our gold counts it as a task only when the unit is named)
    named = span is not None and span[2] is not None
    named = named or is_abbreviation(tokens[c]) and tokens[c].text.isupper()
    # (the subject is the names alone: 'Công an tỉnh X và Công an huyện Y (tỉnh X)', 'CQĐT CAQ Z')
    whole = tokens[e - 1].text == ")" or _covered(spans, tokens[e - 1].start) is not None
    if named and whole:
        return (c, e)
    # ('Trung tướng X cho biết cơ quan công an đang tập trung điều tra …', 'hiện các cơ quan chức năng của
    # tỉnh đang xác minh …': units named by kind at the head of the clause hold the inquiry under way too)
    k = c
    while k < e and tokens[k].lower in ("các", "những"):
        k += 1
    kind = _phrase(tokens, k, GENERIC_UNITS)
    words = kind > 0 and e - c <= MAX_KIND_SUBJECT and all(t.is_word for t in tokens[c:e])
    verbs = any(_phrase(tokens, m, _verbs()) and not _group_verb(tokens, m) for m in range(k + kind, e))
    return (c, e) if words and not verbs else None


MAX_DEED_CLAUSE = 30  # tokens of a step told before 'và đang …': 'đã khám nghiệm hiện trường, tử thi'


def _deed_subject(tokens: list[Token], k: int, spans: Names) -> tuple[int, int] | None:
    """Return who holds an inquiry under way told after a step taken, joined at 'và' / ',' ``tokens[k]``.

    'Công an huyện X đã khám nghiệm hiện trường và đang điều tra …', 'Cơ quan công an đã tạm giữ một nghi
    can, đang truy tìm …': the unit that took the step (read at its 'đã' / 'vừa') goes on with the inquiry.
    """
    for d in range(k - 1, max(-1, k - MAX_DEED_CLAUSE), -1):
        if tokens[d].text in ";:.!?“”\"":
            return None
        if tokens[d].lower in ("đã", "vừa"):
            held = _inquiry_subject(tokens, d, spans)
            if held is not None:
                return held
    return None


# Kinds said before a unit's name that acts in the passive: 'đang được lực lượng Công an huyện X điều tra'.
AGENT_KINDS = _table("lực lượng", "cơ quan")


def _named_run(tokens: list[Token], i: int, spans: Names) -> int:
    """Return the token after the units named from ``tokens[i]`` on in turn ('A và B'); ``i`` if none is."""
    k = i
    while k < len(tokens):
        span = _covered(spans, tokens[k].start)
        if span is None or span[2] is None or span[0] != tokens[k].start:
            break
        k = next((m for m in range(k, len(tokens)) if tokens[m].start >= span[1]), len(tokens))
        if not (k + 1 < len(tokens) and tokens[k].lower in ("và", ",")):
            return k
        nxt = _covered(spans, tokens[k + 1].start)
        if nxt is None or nxt[2] is None or nxt[0] != tokens[k + 1].start:
            return k
        k += 1
    return k


MAX_STEP = 14  # tokens of a step under way told before the inquiry: 'đang khám nghiệm hiện trường và …'


def _later_inquiry(tokens: list[Token], lo: int) -> int | None:
    """Return where an inquiry under way starts after a first step joined to it at 'và' / ',' / 'đồng thời'.

    'đang khám nghiệm hiện trường và điều tra làm rõ …', 'đang tiếp tục chữa cháy, đồng thời điều tra …': the
    step (the scene searched, the fire fought) is told, the inquiry is the task.
    """
    for m in range(lo + 1, min(len(tokens) - 1, lo + MAX_STEP)):
        if tokens[m].text in ".;:!?“”\"()" or tokens[m].lower in ("để", "nhằm", "sau", "khi", "thì", "nhưng"):
            return None
        n = 1 if tokens[m].lower in ("và", ",") else 0
        n = 2 if (tokens[m].lower, tokens[m + 1].lower) == ("đồng", "thời") else n
        if not n:
            continue
        k = m + n + (m + n < len(tokens) and tokens[m + n].text == ",")
        start = _task_start(tokens, k) if k < len(tokens) else None
        verb = _past_pace(tokens, start)
        if start is not None and _phrase(tokens, verb, UNDER_WAY) and tokens[verb].lower != "phối":
            return start
    return None


def _report_before(tokens: list[Token], i: int) -> int:
    """Return where the unit's words end before the plan at 'sẽ' ``tokens[i]`` told in its report.

    'Phó Chủ tịch UBND tỉnh X cho biết, (trước mắt) sẽ …': the comma and the time after the report's verb
    stand between the unit and its plan as 'cho biết sẽ …' does not.
    """
    if tokens[i].lower != "sẽ":
        return i
    m = i
    times = _phrase_ending(tokens, m, TIMES)
    m -= times
    comma = m > 0 and tokens[m - 1].text == ","
    m -= comma
    if (times or comma) and m >= 2 and _phrase(tokens, m - 2, REPORTS) == 2:
        return m
    return i


MAX_KIND_SUBJECT = 8  # tokens of units named by kind before 'đang': 'các cơ quan chức năng của tỉnh'
# A unit's report of its own inquiry: 'Công an huyện X cho biết (,) (đơn vị) đang điều tra …'.
REPORTS = _table("cho biết", "cho hay", "xác nhận", "thông tin")
# ('đang tập trung lực lượng truy bắt …': the forces gathered for the inquiry under way)
PACE = _table(
    "tiếp tục", "khẩn trương", "tích cực", "tiến hành", "tập trung", "tập trung lực lượng",
    "gấp rút", "ráo riết", "nỗ lực",
)


def _past_pace(tokens: list[Token], k: int | None) -> int | None:
    """Return where the verb starts after the pace words at ``tokens[k]`` ('tiếp tục', 'khẩn trương' …)."""
    while k is not None and _phrase(tokens, k, PACE):
        k += _phrase(tokens, k, PACE)
    return k


CHAIR = _table("chủ trì")
# Verbs of a unit taking a charge, whose object is the task: 'Sở X phụ trách việc cấp phiếu …'.
TAKES_CHARGE = _table("phụ trách", "đảm nhận", "đảm nhiệm", "tiếp nhận")
CHARGE_NOUNS = _table("việc", "các", "những", "nhiệm vụ", "chức năng", "thêm")
PARTNER = _table("phối hợp")
# Standing roles a unit 'is' (là): 'cơ quan thường trực', 'đơn vị chủ trì', 'đầu mối'.
UNIT_ROLES = _table(*_WORDS["unit_roles"])
# The first words of what a named unit will or must do, as _directives reads it after its verbs.
# The costs a named unit bears: 'Công ty X chịu (mọi / toàn bộ / 100%) chi phí sửa chữa …' is its commitment.
COSTS = _table("chi phí", "kinh phí")
COST_SHARES = _table("mọi", "toàn bộ", "hoàn toàn", "các")
_UNIT_ACT_OPENERS = frozenset([*UNIT_MODALS, *CHAIR, *TAKES_CHARGE, *PARTNER, "là", "chịu"])


def _bears_costs(tokens: list[Token], i: int) -> bool:
    """Whether 'chịu' at ``tokens[i]`` takes on costs ('chịu mọi chi phí', 'chịu 100% kinh phí')."""
    k = i + 1
    k += _phrase(tokens, k, COST_SHARES)
    while k < len(tokens) and (tokens[k].is_number or tokens[k].text == "%"):
        k += 1  # '100%'
    return tokens[i].lower == "chịu" and _phrase(tokens, k, COSTS) > 0


# Words that open a sentence continuing the directive before it: 'Đồng thời, kiểm điểm …'.
CONTINUE = _table(*_WORDS["continue"])
# Items of a directive counted out at the start of a sentence: 'Thứ nhất, kiểm tra …'.
ORDINALS = _table(*_WORDS["ordinals"])
# Lower-case words that may belong to the unit or people asked: 'các cơ quan chức năng'.
HOLDER_WORDS = _table(*_WORDS["holder_words"])
# Nouns of the means or matter a verb asks for, never the unit asked: 'đề xuất các biện pháp …'.
MEANS = _table(*_WORDS["means"])
PLACE_PREPOSITIONS = {"trong", "tại", "thuộc", "ở", "trên"}
# Last words of head nouns after which the kind of unit may follow: 'lực lượng an ninh kinh tế',
# 'các tổ chức tín dụng', 'chủ đầu tư công trình', 'hệ thống công an'.
HEAD_NOUNS = frozenset(_WORDS["head_nouns"])
# Units named by a word that is also a verb ('thanh tra'): the unit asked when a task's verb follows at once.
VERB_UNITS = _table(*_WORDS["verb_units"])
# A unit asked as a whole force ('toàn lực lượng', 'toàn ngành') is a speech's general call.
AUDIENCE = _table("toàn", "toàn thể")
# Where a task's words stop: a purpose ('nhằm …') or a means ('thông qua các hoạt động …'), a warning
# (', đừng để …'), the speaker named after it (', Bộ trưởng X nhấn mạnh.'), a contrast or consequence
# ('nhưng …', 'tuy nhiên …', 'thì …', 'chứ không …'), what it is not to cause ('để không gián đoạn …'),
# the end of a quotation ('…”, Thủ tướng nói'), a trailing ellipsis, a glued heading ('… tàu Ngày 29/6, …'),
# the details that follow ', trong đó', what follows a list closed by '…' ('A, B… theo hợp đồng'),
# the next point of a glued enumeration ('… Bốn là, …', '… phút. + Mặt khác …'),
# a purpose that only conforms ('… cho phù hợp với điều kiện', '… để thống nhất, phù hợp với quy định'),
# the least to reach (', ít nhất cũng phải bằng …'), the reason it is done ('điều tra lại vì chưa đủ …').
# an amount put another way (', tương đương khoảng 400 viên', ', trị giá 2 tỷ đồng'),
# a consequence after 'nên' (not the verbs 'tạo nên', 'trở nên', 'xây dựng nên').
TASK_END = compile_led(
    r"(?:\s+|\s*(?:…|\.\.\.)\s*)"
    # ('thì', 'nên', 'vì' in lower case only: 'phố Ngô Thì Nhậm', 'huyện Ba Vì' are names)
    r"(?:nhằm|góp phần|nhưng|tuy nhiên|tuy vậy|mặc dù|(?-i:thì)|song|(?<!tạo )(?<!trở )(?<!dựng )(?-i:nên)"
    r"|chứ|để không|mà còn)\s+.*$"
    r"|(?:\s+và|,)\s+nếu\s+.*$|\s+nếu\s+(?=(?:\S+\s+){0,12}?(?:thì|xử lý|khởi tố|xử phạt)\b).*$|\s+\*\s+.*$"
    r"|\s+(?:và\s+)?cho rằng\b.*$"  # ('… và cho rằng, việc này …': the speaker's view follows)
    r"|\s+còn\s+(?:việc|về)\s.*$"  # ('… quản lý về chuyên môn còn việc ra quyết định …': another's charge)
    r"|\s*>>.*$"  # ('… trước ngày 10/2. >> Người mẹ …': links to other stories glued on)
    # ('…, đồng thời khẳng định X vẫn phải …': the asker's own statement goes on)
    rf"|(?:,|\s+và)\s+đồng thời\s+(?:{_alternation('speaker_verbs')})\b.*$"
    r"|\s+và\s+cho\s+(?:biết|hay)\b.*$"  # ('…”, Thủ tướng nhấn mạnh và cho biết X đã …': a report follows)
    r"|\s+(?:để\s+)?làm (?:cơ sở|căn cứ)\s+(?:cho|để)\s.*$"  # ('… làm cơ sở cho việc X': a purpose)
    r"|\s+(?-i:vì|bởi vì|bởi)\s+(?!sao\b|vậy\b|thế\b).*$"
    r"|\.?\s+[+•]\s.*$"
    # ('nghi là', '(được) cho là', 'gọi là', 'nguyên là', 'ai là': 'là' goes on with the word before it)
    r"|(?<!nhất)(?<!biệt)(?<!tức)(?<!vì sao)(?<!vai trò)(?<!điển hình)"
    r"(?-i:(?<!\bnghi)(?<!\bcho)(?<!\bgọi)(?<!\bphải)(?<!\bnguyên)(?<!\bvốn)(?<!\bxưng)(?<!\bcoi)(?<!\bnào)(?<!\bai))"
    r"\s+là\s+(?!ai\b|gì\b).*$"
    r"|,?\s+(?:cũng\s+)?(?:không|chưa)\s+phải\s+là\s.*$"  # ('…, không phải là …': what it is not, said of it)
    # ('… và đề nghị ai là nạn nhân liên hệ …', '… và kêu gọi người dân …': an appeal to the public follows)
    r"|\s+và\s+(?:đề nghị|kêu gọi|khuyến cáo)\s+(?:những\s+|mọi\s+)?"
    r"(?:ai|người dân|nhân dân|bà con|công dân)\b.*$"
    r"|\s+có quyền\b.*$|\s+thông qua\s+(?:các|những|việc|hoạt động)\b.*$|,\s+đừng\b.*$"
    rf"|(?-i:,\s+[A-ZĐ][^,;]{{0,60}}\s(?:{_alternation('speaker_verbs')}))\W*$"
    # (', ông X nói.': the speaker named with his honorific after the task)
    rf"|(?-i:\s*,\s+(?:ông|bà)\s+[A-ZĐ][^,;]{{0,40}}\s(?:{_alternation('speaker_verbs')}))\W*$"
    # (', đại biểu nói.', '…” một lãnh đạo UBND huyện X nói.': a speaker named by role closes the quote)
    rf"|(?:,|\W*[”\"])\s*(?:một\s+)?(?:đại biểu|lãnh đạo|đại diện|vị|ông|bà)\b[^,;”\"]{{0,50}}?"
    rf"\s(?:{_alternation('speaker_verbs')})\W*$"
    # (', chị Mai cho biết gia đình …', ', người đàn ông tiếp lời': a person's own words go on after the task)
    rf"|,\s+(?:ông|bà|anh|chị|cô|chú|em|người\s+(?:đàn ông|phụ nữ))\s+(?:[^\s,;]+\s+){{0,4}}?(?:cũng\s+)?"
    rf"(?:{_alternation('speaker_verbs')}|tiếp lời)\b.*$"
    r"|\s*\?.*$"  # ('… hay không?”. ông X cho hay': a question ends its sentence)
    # (', Chủ tịch thành phố cũng nhấn mạnh việc …': a speaker's own clause goes on after the task)
    rf"|(?-i:,\s+[A-ZĐ][^,;]{{0,40}}?\s(?:cũng\s+|còn\s+)?(?:{_alternation('speaker_verbs')})\s).*$"
    # a person's details, byname or role close it: '(SN 1990, …)', '(thường gọi là X)', '(người bị hại)'
    r"|\s*\((?:sinh năm|SN|\d+ tuổi|trú|ngụ|quê|thường trú|tạm trú|(?:(?:hay|thường|còn)\s+)*gọi là"
    r"|người)\b.*$"
    rf"|\s*\(Ảnh.*$|,\s+(?:{_alternation('clause_after_comma')})\s+(?!vật\b|trường\b|tượng\b|đại\b).*$"
    r"|\s+(?:theo|qua|tại)\s+(?:số điện thoại|địa chỉ|website)\b.*$"
    r"|(?:,|\s+[-–])\s+(?:báo|thông tin trên|theo)\s+\S+(?:\s+\S+){0,3}\s+(?:đưa tin|cho hay|cho biết)\W*$"
    r"|,\s+theo\s+(?:tin tức|thông tin|tin)\s+(?:trên|từ|của)\s.*$"  # ', theo tin tức trên báo X'
    r"|,\s+theo\s+(?:báo|tờ|trang)\s+\S+(?:\s+\S+){0,3}\W*$"  # ', theo báo X.': the source, at the end
    r"|,\s+thông tin\s+(?:trên|từ|của)\s+(?:báo|trang|tờ)\s.*$"  # ', thông tin trên báo X': the source
    # (a stop glued to the next sentence, not a place's abbreviation: 'TP.Hà Nội', 'P.Xuân An', 'Tp.HCM')
    r"|(?-i:\s{2,}[A-ZĐ]|(?<!\b[A-ZĐ])(?<!\b[A-ZĐ][A-Za-zĐ])(?<!\b[A-ZĐ]{3})\.[A-ZĐ]"
    r"|\s+(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)\s+\d).*$|\s*:\s.*$"
    r"|,\s+(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua|\d).*$"  # ', chiều 8-2, bà X cho biết': a new clause
    r"|(?-i:\s+(?:Ông|Bà)(?:\s+[A-ZĐ]\w*){1,4}\s+(?:cho biết|cho hay|nói|khẳng định|thông tin)\b).*$"
    # (', đặc biệt là việc quản lý …': activities singled out are cut; ', nhất là dự án …' narrows the object)
    r"|,\s+(?:nhất là|đặc biệt là)\s+(?:việc|công tác|vấn đề|các hoạt động|hoạt động)\s.*$"
    r"|,\s+trong đó\b.*$|\s*(?:…|\.\.\.)\s+(?=\w).*$"
    # ', Cơ quan công an cần …', ', đồng thời Sở X phải …': a clause with its own subject
    r"|(?-i:,\s+(?:đồng thời\s+)?[A-ZĐ]\S*(?:\s+\S+){0,6}?\s+(?:cần|phải|sẽ)\s).*$"
    r"|(?-i:,\s+[A-ZĐ]\S*(?:\s+\S+){0,6}?\s+(?:đã|vừa)\s).*$"  # ', Bộ X đã / vừa họp …': another unit's deed
    # (', vị Phó Giám đốc này đã đưa ra …', ', ông X lại bị …': what a person did or met with, a clause of
    # its own; ', nam thanh niên được xác định đã tử vong': a finding reported)
    r"|,\s+(?:vị|ông|bà|anh|chị)\s+(?:[^\s,;]+\s+){0,5}?(?:đã|vừa|lại)\s.*$"
    r"|,\s+(?:[^\s,;]+\s+){1,5}?được xác định\b.*$"
    r"|,\s+đối với\s.*$"  # ', đối với những hộ …': the next case, with its own measure
    r"|,\s+quy định tại\s+(?:Điều|điều|khoản|điểm)\s.*$"  # ', quy định tại Điều 156 …': the offence's article
    # ('… khởi tố tài xế Như Báo X đã đưa tin, …': the next sentence, glued on, opens by citing a paper)
    r"|(?-i:\s+Như\s+(?:[A-ZĐ]\S*\s+){1,4}(?:đã|từng)\s+(?:đưa tin|thông tin|phản ánh)\b).*$"
    r"|(?-i:\.?\s+(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười|Thứ \w+) là\b).*$"
    r"|\s+\(?(?:theo|tại|căn cứ)\s+"
    rf"(?-i:{_alternation('legal_documents')})\b.*$"
    r"|\s*[”\"’]\s*(?:[,\-–].*)?$|[\s.…/]+$|\s*\(kèm theo.*$"
    r"|\s+(?:cho|để)\s+(?:thống nhất,?\s+)?phù hợp\b.*$",
    re.IGNORECASE,
)
# A sentence glued on without a stop, opened by a capitalised word that only opens sentences:
# '… cấp xã Đồng tình với đại biểu …'. A task cut there at the start of its sentence was a heading.
# A speaker's report glued on without a stop: '… Ông Lê Văn Tám cũng cho hay, …', and after a sub-heading
# '… hai doanh nghiệp Đại tá Lê Văn Tám, Phó giám đốc Công an tỉnh X, cho hay …' (a rank, the post after it).
SPEAKER_GLUED = re.compile(
    r"\s+(?:Ông|Bà|Anh|Chị|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng))(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*){1,4}"
    r"(?:\s*,[^,;]{3,80},)?\s+(?:cũng\s+)?(?:cho\s+(?:biết|hay)|nói|khẳng định|thông tin)\b.*$"
)
GLUED = re.compile(rf"\s+(?:{_alternation('sentence_openers')})[\s,].*$")
# Two cases sharing one verb of up to four words: 'báo cáo rõ vụ A và (vụ) B', each named by 4+ words.
CASES = re.compile(
    r"^(?P<verb>(?:[^\s,;]+\s){1,4})(?P<first>(?P<noun>vụ|việc)\s+[^,;]+?(?:\s[^\s,;]+){3,})"
    r"\s+và\s+(?:(?P=noun)\s+)?(?P<second>[^\s,;]+(?:\s[^\s,;]+){3,})$"
)
# Words that show 'và' joins no two cases: a reason or time in the first ('vụ việc vì …', 'lửa trong
# và gần rừng'), people named next ('và các cơ quan báo chí'), the two parties of one case ('vụ ẩu đả giữa
# nhóm thanh niên và du khách').
NOT_TWO_CASES = frozenset(_WORDS["not_two_cases"])
CASE_PREDICATES = frozenset(_WORDS["case_predicates"])
CAUSING = frozenset({"khiến", "dẫn", "làm"})  # 'khiến hai người …', 'dẫn đến …', 'làm 3 người …'
MAX_BEFALLEN = 6  # last words of the first case within which a causing verb names those it befell


def _two_cases(cases: re.Match[str]) -> bool:
    """Whether a 'verb vụ A và B' match lists two cases: its verb is only task verbs, 'và' joins the cases."""
    # ('báo cáo rõ vụ A và B', 'báo cáo về việc A và B': the verb's adverb or preposition)
    words = [w for w in cases["verb"].lower().split() if w not in ("rõ", "về")]
    k = 0
    while k < len(words):
        n = next((len(p) for p in _verbs().get(words[k], ()) if tuple(words[k : k + len(p)]) == p), 0)
        if not n:
            return False  # 'truy tố trong vụ án …', 'cung cấp dịch vụ …': no verb alone before the case
        k += n
    first, second = cases["first"].lower().split(), cases["second"].lower().split()
    if NOT_TWO_CASES & set(first[1:]) or second[0] in NOT_TWO_CASES:
        return False
    if cases.group(0)[cases.end("first") : cases.start("second")].split()[1:]:
        return True  # 'vụ A và vụ B': the case noun said again names the second case
    # ('vụ một thanh niên bị bắn và tử vong …': a predicate after 'và' tells more of the one case; 'vụ tranh
    # giành khách dẫn đến tài xế và phụ xế bị đánh': 'và' joins those the case befell)
    return second[0] not in CASE_PREDICATES and not CAUSING & set(first[-MAX_BEFALLEN:])


# A verb over the activities it looks into: 'làm rõ việc thực hiện A, B, C' (three items or more, each short).
OVER_LIST = re.compile(
    r"^(?P<head>(?:[^\s,;]+\s){1,4}?việc\s+(?:thực hiện|chấp hành)\s+)(?P<list>[^,;]+(?:,\s*[^,;]+){2,})$",
    re.IGNORECASE,
)
MAX_SPREAD_WORDS = 6


def _spread(text: str) -> list[tuple[str, int, int]] | None:
    """Return one (name, start, end) per activity when a verb goes over a list of them, else None."""
    m = OVER_LIST.match(text)
    if m is None:
        return None
    head = m["head"].lower().split()[:-3]  # the verb before 'việc thực hiện'
    n = next((len(p) for p in _verbs().get(head[0], ()) if tuple(head[: len(p)]) == p), 0)
    if not n or len(head) - n > 1:
        return None  # 'kết quả việc thực hiện A, B, C': no verb over the list
    out: list[tuple[str, int, int]] = []
    for item in re.finditer(r"[^,]+", m["list"]):
        for part in re.finditer(r"(?:(?!\svà\s).)+", item.group()):
            words = part.group().split()
            if not words or len(words) > MAX_SPREAD_WORDS:
                return None
            a = m.start("list") + item.start() + part.start() + len(part.group()) - len(part.group().lstrip())
            b = a + len(part.group().strip())
            out.append((m["head"] + text[a:b], a, b))
    out[0] = (out[0][0], 0, out[0][2])
    return out if len(out) >= 3 else None


GLUED_OPENERS = {"Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Đêm"}
MAX_TASK_WORDS = 45
LONG_HOLDER = 6  # tokens of the units asked in turn beyond which a nested task is read as theirs
MAX_NESTED_WORDS = 55  # a unit asked to have others act names them too: 'chỉ đạo các đơn vị X làm A'
MAX_HOLDER_TOKENS = 24  # words of the units asked outside their names
LOWER_RUN = 3  # lower-case syllables a name may run on with after a capital


@dataclass
class _Directive:
    """An asking or duty verb in a sentence and the task words it governs."""

    trigger: int  # token index of the asking verb
    task: int  # token index where the task's words start
    holder_words: tuple[int, int]  # token range of the unit asked
    nested: bool = False
    unit: str | None = None  # the unit named before 'sẽ' / 'phải', when it is the holder
    told: bool = False  # the purpose of what a unit did: no directive the next sentences go on with


def _covered(spans: Names, offset: int) -> tuple[int, int, str | None] | None:
    """Return the name span holding ``offset``, if any."""
    for span in spans:
        if span[0] <= offset < span[1]:
            return span
    return None


def _modal(tokens: list[Token], i: int) -> int:
    """Return the length of the modal words at ``tokens[i]`` (0: none, or 'hóa' after them makes a verb)."""
    n = _phrase(tokens, i, MODALS)
    return 0 if i + n < len(tokens) and tokens[i + n].lower in ("hóa", "hoá") else n  # 'cụ thể hóa …'


def _task_start(tokens: list[Token], i: int) -> int | None:
    """Return where the task's verb starts at ``tokens[i]`` (after modals), or None if no verb is there."""
    j = i
    # ('chỉ đạo trước mắt sẽ khởi tố …', 'yêu cầu thời gian tới phải …': when it is to be done, then the task)
    n = _phrase(tokens, j, TIMES)
    if n and j + n < len(tokens) and (_modal(tokens, j + n) or tokens[j + n].text == ","):
        j += n + (tokens[j + n].text == ",")
    for _ in range(3):
        n = _modal(tokens, j)
        if not n:
            break
        j += n
        if j < len(tokens) and tokens[j].text == ",":
            j += 1
    if j >= len(tokens) or (is_capitalised(tokens[j]) and j > 0 and tokens[j - 1].text not in ".:;"):
        return None  # 'Phòng Hành chính - Tổ chức cán bộ': a name, not the verb
    if (tokens[j].lower, tokens[j + 1].lower if j + 1 < len(tokens) else "") == ("tiến", "hành") and (
        _phrase(tokens, j + 2, _verbs())
    ):
        j += 2  # 'sẽ tiến hành thẩm định …': carrying out names no task, the verb after it does
    n = _phrase(tokens, j, _verbs())
    if not n and (_phrase(tokens, j, BASIS) or _phrase(tokens, j, MOTION)):
        # 'sẽ căn cứ quy trình này để giám sát …', 'lên Bệnh viện X để cùng cứu chữa …': on that basis, or
        # gone there, the purpose is the task (read by _sent_for)
        stop = next((m for m in range(j, len(tokens)) if tokens[m].text in ",;:." or m - j > 20), len(tokens))
        purpose = next((m for m in range(j, stop) if tokens[m].lower == "để"), None)
        if purpose is not None and purpose + 1 < len(tokens) and tokens[purpose + 1].lower == "cùng":
            purpose += 1  # 'để cùng cứu chữa': together, then the verb
        n = 1 if purpose is not None and _phrase(tokens, purpose + 1, _verbs()) else 0
    # ('làm việc trực tiếp với các giáo viên': meeting someone is a verb again)
    meets = j + 2 < len(tokens) and tokens[j + 1].lower == "việc" and tokens[j + 2].lower in ("với", "trực")
    compound = j + 1 < len(tokens) and (tokens[j].lower, tokens[j + 1].lower) in NOUN_COMPOUNDS
    if n == 1 and compound and not meets:
        return None
    if tokens[j].lower == "không" and j + 1 < len(tokens) and tokens[j + 1].lower in NOT_A_TASK_AFTER:
        return None  # 'sẽ không thể …', 'không được cấp phép': no action asked
    denied = _phrase(tokens, j + 1, _verbs()) or _phrase(tokens, j + 1, ASK)
    if n == 1 and tokens[j].lower == "không" and not denied:
        return None  # 'Cảng vụ Hàng không miền Bắc': a name's word, no denied action
    if tokens[j].lower == "không" and j > 0 and tokens[j - 1].lower == "hàng":
        return None  # 'lực lượng an ninh hàng không thực hiện …': aviation, the unit's word, no denial
    group = j > 0 and tokens[j - 1].lower in GROUP_NOUNS
    if group and j > 1 and (tokens[j - 2].lower, tokens[j - 1].lower) in (("phòng", "ban"), ("tổ", "đội")):
        group = False  # 'các phòng ban làm rõ': the units asked, then the verb
    if group and tokens[j - 1].lower == "quan":
        group = j > 1 and tokens[j - 2].lower == "cơ"  # 'cơ quan điều tra', not 'có liên quan kiểm tra'
    if group and n:
        return None  # 'đoàn kiểm tra', 'tổ tuần tra': the verb names the group
    noun = j > 0 and (tokens[j - 1].lower, tokens[j].lower) in NOUN_ENDINGS
    # ('Hải Phòng báo cáo': a place's last word, not a unit's head)
    head = j > 0 and tokens[j - 1].text in UNIT_HEADS and (j < 2 or not is_capitalised(tokens[j - 2]))
    if noun or head:
        return None  # 'quá trình điều tra', 'Cục quản lý Công sản': a noun or a name, not the verb
    if not n and _phrase(tokens, j, ASK):
        # Another asking verb opens the task only when it names whom it asks in turn.
        k = j + _phrase(tokens, j, ASK)
        # ('bác yêu cầu này': the noun; 'này' names no one asked)
        named = k < len(tokens) and tokens[k].lower not in ("này", "đó", "và", "cùng")
        if named and (is_capitalised(tokens[k]) or _phrase(tokens, k, HOLDER_WORDS)):
            n = k - j
        elif tokens[j].lower == "lưu" and _phrase(tokens, k, _verbs()):
            n = k - j  # 'lưu ý lựa chọn cán bộ …': minding what one does is the task
    # 'sự giúp đỡ của …', 'việc giám sát này': the verb used as a noun
    # ('lấy lời khai của tài xế', 'có văn bản của Sở': a verb with its object, whose owner follows)
    owned = j + n < len(tokens) and tokens[j + n].lower in ("của", "này") and n < 3
    # ('rừng được giao cho Công ty X bị giảm mạnh': what befell it, in the passive, is nothing to do)
    befell = j > 0 and tokens[j - 1].lower == "bị"
    if n and not owned and not befell:
        return j
    return None


# One Vietnamese syllable, tone and vowel marks taken off: a given name is one ('Hiển'), 'Interpol' is not.
SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


# Words a passive clause on the people asked may run ('bị hư hỏng nặng') before their task.
QUALIFIER_TOKENS = 5


def _given_name(spans: Names, tok: Token) -> bool:
    """Whether a capitalised word is a name of its own that is no unit's ('Hiển', not 'Sở' or 'Interpol')."""
    span = _covered(spans, tok.start)
    bare = "".join(c for c in unicodedata.normalize("NFD", tok.lower) if not unicodedata.combining(c))
    syllable = SYLLABLE.fullmatch(bare.replace("đ", "d")) is not None
    unit = (tok.lower,) in BARE_UNITS.get(tok.lower, ()) or (span is not None and span[2] is not None)
    return syllable and is_capitalised(tok) and not unit


def _holder_end(tokens: list[Token], i: int, spans: Names) -> int | None:
    """Return the index after the unit or people asked, read from ``tokens[i]`` (None: no task follows)."""
    j = i
    in_names = 0  # tokens inside names: a long list of named units ('Công an tỉnh X, Sở Y, …') is read whole
    while j < len(tokens) and j - i - in_names <= MAX_HOLDER_TOKENS:
        tok = tokens[j]
        span = _covered(spans, tok.start)
        if span is not None:
            k = j
            while k < len(tokens) and tokens[k].start < span[1]:
                k += 1
            in_names += k - j
            # A name read one word too far ('Bộ Nội vụ kiểm tra'): its verb is the task's.
            for m in range(j + 1, k):
                if (
                    not is_capitalised(tokens[m])
                    and _task_start(tokens, m) is not None
                    and m + _phrase(tokens, m, _verbs()) == k
                ):
                    return m
            j = k
            continue
        if tok.text in (".", "…") and j > i and tokens[j - 1].text in (",", ".", "…"):
            j += 1  # 'các cơ quan như Sở X, Sở Y,... kiểm tra …': the list of units asked trails off
            continue
        if tok.text == "(":
            close = next((k for k in range(j, len(tokens)) if tokens[k].text == ")"), None)
            if close is None:
                return None
            j = close + 1
            continue
        if tok.text == ":" and j > i:
            # 'yêu cầu các đơn vị: tăng cường …': the colon closes the unit asked.
            k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text in ("“", '"'))
            if k < len(tokens) and _task_start(tokens, k) is not None:
                return k
            # 'chỉ đạo các đơn vị: Công an tỉnh X, Sở Y và UBND huyện Z xử lý …': the units are listed.
            # ('yêu cầu Bộ trưởng các Bộ: Công Thương, Quốc phòng và Chủ tịch UBND các tỉnh xây dựng …': named
            # by their own words after the kind)
            # (a colon that ends the sentence announces a list on the next lines: no units listed here)
            listed = k < len(tokens) and (
                _covered(spans, tokens[k].start) is not None or is_capitalised(tokens[k])
            )
            if k == j + 1 and listed:
                j = k
                continue
            return None
        # 'Chủ tịch UBND các huyện, thị xã; Giám đốc các Sở …': the next post asked, after a semicolon
        post = tok.text == ";" and j > i and j + 1 < len(tokens) and is_capitalised(tokens[j + 1])
        if post and tokens[j + 1].is_word and _task_start(tokens, j + 1) is None:
            j += 1
            continue
        if tok.text in ";:.!?\"“”" or tok.lower == "nơi" and j > i:
            return None  # ('… cho các địa phương nơi Công ty X hoạt động …': where, not who, follows)
        n = _phrase(tokens, j, VERB_UNITS)
        k = j + n
        if n and k < len(tokens) and tokens[k].lower in PLACE_WORDS:
            # ('thanh tra thành phố', 'quản lý thị trường tỉnh X', 'quản lý thị trường X': whose they are)
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in ("phố", "xã", "trấn"))
        while n and k < len(tokens) and tokens[k].is_word and is_capitalised(tokens[k]):
            k += 1
        if n and k < len(tokens) and _task_start(tokens, k) is not None:
            return k  # 'giao cho thanh tra đối thoại': the inspectors, then their task
        if tok.lower in ("nhưng", "song") and j > i:
            return None  # ('yêu cầu X ra khỏi phòng nhưng X không chấp hành': a new clause, no unit asked)
        if tok.lower in ("dù", "dẫu") and j > i:
            # 'đề nghị Đảng bộ X dù trong hoàn cảnh nào cũng cần giữ vững …': a concession, then the task
            near = range(j + 1, min(j + 12, len(tokens)))
            also = next((k for k in near if tokens[k].lower == "cũng"), None)
            if also is not None and all(t.is_word for t in tokens[j:also]):
                return also + 1
        if tok.lower in ("năm", "trong") and j + 1 < len(tokens) and tokens[j + 1].is_number:
            j += 2  # 'yêu cầu năm 2025 phải kéo giảm …': a time, then the task
            continue
        in_year = j + 2 < len(tokens) and tokens[j + 1].lower == "năm" and tokens[j + 2].is_number
        if tok.lower == "trong" and in_year:
            j += 3  # 'đề nghị trong năm 2025 quận phải …': the same time after 'trong'
            continue
        if j == i and tok.is_number and _phrase(tokens, j + 1, HOLDER_WORDS):
            j += 1  # 'yêu cầu 27 tỉnh thành rà soát …': a count of the units asked
            continue
        if j == i and not (tok.is_word and is_capitalised(tok)) and not _phrase(tokens, j, HOLDER_WORDS):
            # Nothing named: the task follows the asking verb at once ('yêu cầu làm rõ …').
            # ('chỉ đạo nhà xe phối hợp với cơ quan công an …': a few words of those asked before a partner)
            return j if _task_start(tokens, j) is not None else _partner_ahead(tokens, j)
        # 'chỉ đạo tổ chức kiểm điểm …': right after the asking verb 'tổ chức' + a verb is to organise
        organise = j == i and tok.lower == "tổ" and j + 2 < len(tokens) and tokens[j + 1].lower == "chức"
        if organise and tokens[j + 2].lower not in NOUN_AFTER_ORGANISE and _phrase(tokens, j + 2, _verbs()):
            return j
        # 'các cơ quan, tổ chức, cá nhân', 'các tổ chức tín dụng': people, not the verb
        listed = tok.lower == "tổ" and tokens[j - 1].lower in (",", "các", "những")
        lower = tok.is_word and not is_capitalised(tok)
        if lower and j > i and not listed and (_task_start(tokens, j) is not None or _forbidden(tokens, j)):
            return j
        if _phrase(tokens, j, MEANS):
            return None  # 'đề xuất các biện pháp tăng cường …': what is proposed, no one asked
        n = _phrase(tokens, j, HOLDER_WORDS)
        if n:
            j += n
            continue
        if lower and j > i:  # (after the words of the people asked: 'bị hại' is one)
            task = _after_qualifier(tokens, j)
            if task is not None:
                return task
        # Lower-case words of a name go on from a capital ('Thẩm phán', 'Sở Nội vụ', 'Cục Chống
        # tham nhũng'); other words ('một số vấn đề') are no unit asked.
        # After 'trong', 'tại', 'thuộc' a place is named: 'các doanh nghiệp trong khu công nghiệp'.
        named = any(tokens[k].is_word and is_capitalised(tokens[k]) for k in range(max(i, j - LOWER_RUN), j))
        # ('Đồn Công an sân bay quốc tế Nội Bài': a longer lower-case run in a name, a capital after it)
        ahead = any(t.is_word and is_capitalised(t) for t in tokens[j + 1 : j + 3])
        named = named or ahead and any(
            tokens[k].is_word and is_capitalised(tokens[k]) for k in range(max(i, j - LOWER_RUN - 2), j)
        )
        placed = any(tokens[k].lower in PLACE_PREPOSITIONS for k in range(max(i, j - 3), j + 1))
        placed = placed or any(tokens[k].lower in HEAD_NOUNS for k in range(max(i, j - 4), j))
        # 'trưởng 40 điểm thi': what a counted post or unit is counted in goes on
        # ('Công an quận 3 để …': a name's number counts nothing)
        counted = any(
            tokens[k].is_number
            and not is_capitalised(tokens[k - 1])
            and _covered(spans, tokens[k].start) is None
            for k in range(max(i + 1, j - 3), j)
        )
        # 'các ngành công an, thủy sản', 'các trường, cơ sở giáo dục': kinds of units listed after 'các'
        # go on up to the verb (up to four syllables an item)
        kinds = lower and _listed_kind(tokens, i, j)
        if lower and not named and not placed and not counted and not kinds:
            return _partner_ahead(tokens, j)
        j += 1
    return None


MAX_BEFORE_PARTNER = 3  # lower-case words of those asked before 'phối hợp với'


def _partner_ahead(tokens: list[Token], j: int) -> int | None:
    """Return where 'phối hợp với / cùng' starts a few nouns after ``tokens[j]`` (None: not there)."""
    for k in range(j + 1, min(j + 1 + MAX_BEFORE_PARTNER, len(tokens) - 2)):
        if _phrase(tokens, k, PARTNER) == 2 and tokens[k + 2].lower in ("với", "cùng"):
            return k
        if not tokens[k].is_word or is_capitalised(tokens[k]) or _phrase(tokens, k, _verbs()):
            return None
    return None


def _after_qualifier(tokens: list[Token], j: int) -> int | None:
    """Return where the task starts after a passive clause at ``tokens[j]`` ('bị hư hỏng', 'có xe bị …')."""
    k = j
    if tokens[k].lower == "có":
        # 'các hộ dân có xe bị hư hỏng': what they own was struck, then the task
        k = next((m for m in range(k + 1, min(k + 4, len(tokens))) if tokens[m].lower == "bị"), k)
    if tokens[k].lower == "có":
        # 'các địa phương có đường sắt đi qua siết chặt …': what they have tells them apart, the task follows
        for m in range(k + 2, min(k + 2 + QUALIFIER_TOKENS, len(tokens))):
            if not tokens[m].is_word or is_capitalised(tokens[m]) or tokens[m].lower in ("và", "hoặc", "bị"):
                return None
            if _task_start(tokens, m) is not None:
                return m
        return None
    people = k + 1 < len(tokens) and tokens[k + 1].lower in ("can", "cáo", "hại")  # 'bị can', 'bị hại'
    if tokens[k].lower not in ("bị", "đang") or people:
        return None
    # The passive act is what befell the people asked, never their task ('bị bắt giữ'); what they are doing
    # ('các hộ đang kinh doanh …') only tells them apart: read past it.
    first = k + 1 + max(_phrase(tokens, k + 1, _verbs()), 1)
    for m in range(first, min(k + 1 + QUALIFIER_TOKENS, len(tokens))):
        if not tokens[m - 1].is_word or is_capitalised(tokens[m - 1]) or tokens[m].lower == "bị":
            return None
        if tokens[m].is_word and not is_capitalised(tokens[m]) and _task_start(tokens, m) is not None:
            return m
    return None


def _listed_kind(tokens: list[Token], i: int, j: int) -> bool:
    """Whether ``tokens[j]`` is a word of a short item in a list of units opened by 'các' / 'những'."""
    comma = next((k for k in range(j - 1, i, -1) if tokens[k].text == ","), None)
    if comma is None or j - comma > 4 or any(not t.is_word for t in tokens[comma + 1 : j]):
        return False
    return any(t.lower in ("các", "những") for t in tokens[i:comma])


def _forbidden(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k:]`` forbid an action ('không được nhận …', 'không để …' is read elsewhere)."""
    if k + 2 >= len(tokens) or (tokens[k].lower, tokens[k + 1].lower) != ("không", "được"):
        return False
    # ('nhận', 'để', 'tự ý' open no task alone, but what is forbidden they name)
    # ('đề nghị các công dân không được vi phạm pháp luật': after those asked, any act may be forbidden)
    return bool(_phrase(tokens, k + 2, _verbs())) or tokens[k + 2].lower in ("nhận", "để", "phép", "tự", "vi")


# Words that deny what follows them in the clause: 'chưa bao giờ', 'chưa từng', 'không hề'.
DENIALS = {("chưa", "bao"), ("chưa", "từng"), ("không", "hề"), ("chưa", "hề"), ("không", "bao")}


DEEDS = {"đã", "vừa", "đang"}  # what a unit named at a clause's head did or does before its plan


def _clause_unit(tokens: list[Token], hi: int, spans: Names) -> tuple[int, int, str | None] | None:
    """Return the named unit heading the clause that ends at ``hi`` and told what it did (None: none)."""
    lo = max((k + 1 for k in range(hi) if tokens[k].text in ".;:“”\"()"), default=0)
    for k in range(lo, hi):
        span = _covered(spans, tokens[k].start)
        if span is None or span[0] != tokens[k].start or span[2] is None:
            continue
        after = next((m for m in range(k, hi) if tokens[m].start >= span[1]), hi)
        while after < hi and tokens[after].lower in SUBJECT_ADVERBS:
            after += 1  # 'X cũng đã …'
        # ('Ngày 3/4, Công an huyện X đã …', 'ông Y cho biết Công an huyện X đã …'; not after 'và cho biết',
        # whose report adds no task: '…, Thủ tướng nhấn mạnh và cho biết Bộ X đã … và đang …')
        told = tokens[k - 1].lower in REPORTING and not (k >= 3 and tokens[k - 3].lower == "và")
        opened = k == lo or tokens[k - 1].text == "," or told
        # (no other verb's subject between: 'X đã tạm giữ Y, Y đã …' leaves the plan to no one)
        again = any(tokens[m].lower in DEEDS for m in range(after + 1, hi))
        return span if opened and after < hi and tokens[after].lower in DEEDS and not again else None
    return None


MAX_OPENING = 12  # tokens of a clause opening a sentence before its subject: 'Chỉ đạo giải quyết việc này, …'


def _opening_clause(tokens: list[Token], i: int) -> bool:
    """Whether the asking verb at ``tokens[i]`` opens a clause before the sentence's subject, who asks next.

    'Chỉ đạo giải quyết sự việc này, Thủ tướng yêu cầu Bộ Công an …': what the subject asks follows.
    """
    if i != 0 and not (i == 1 and tokens[0].text in "“\""):
        return False
    comma = next((k for k in range(i + 1, min(len(tokens), i + MAX_OPENING)) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or not is_capitalised(tokens[comma + 1]):
        return False
    return any(_phrase(tokens, k, ASK) for k in range(comma + 2, min(len(tokens), comma + 2 + MAX_OPENING)))


LAW_OPENERS = _table(*_WORDS["law_openers"])


def _legal_rule(tokens: list[Token]) -> bool:
    """Whether the sentence opens by citing the law ('Theo quy định …', 'Theo Điều 4 Luật …')."""
    k = 0
    while k < len(tokens) and not tokens[k].is_word:
        k += 1
    return k + 1 < len(tokens) and tokens[k].lower == "theo" and bool(_phrase(tokens, k + 1, LAW_OPENERS))


# Verbs that report a view: what a commentator holds a unit 'cần' / 'phải' / 'sẽ' do is no charge given.
OPINION_VERBS = _table("cho rằng", "nêu quan điểm")
MAX_VIEW_HOLDER = 12  # tokens before 'cho rằng' within which the one holding the view is named
COMMENTATOR = re.compile(
    rf"^(?:(?:theo|nhiều|một số|các|có|cũng có|một|những|cũng)\s+)*(?:{_alternation('commentators')})\b"
)


def _in_opinion(tokens: list[Token], trigger: int) -> bool:
    """Whether a modal or duty at ``tokens[trigger]`` is told in a commentator's view, with no ask since.

    'Luật sư X cho rằng, cơ quan điều tra cần …', 'Nhiều người cho rằng cơ quan chức năng phải …'. An
    official's view of his own unit's plan ('Ông X cho rằng …, cơ quan thanh tra sẽ …') stays a plan.
    """
    if _phrase(tokens, trigger, ASK):
        return False
    for k in range(1, trigger):
        if not _phrase(tokens, k, OPINION_VERBS):
            continue
        back = (m for m in range(k - 1, max(-1, k - MAX_VIEW_HOLDER - 1), -1) if tokens[m].text in ",;:.“\"")
        clause = next((m + 1 for m in back), max(0, k - MAX_VIEW_HOLDER))
        holder = " ".join(t.lower for t in tokens[clause:k])
        if COMMENTATOR.search(holder) and not any(_phrase(tokens, m, ASK) for m in range(k, trigger)):
            return True
    return False


MAX_TALLY = 8  # tokens after 'kiến nghị' within which a count makes it an inspection's tally
MAX_AGENT = 8  # tokens of the unit between 'do' and an asking verb that closes a relative clause


def _agent_clause(tokens: list[Token], i: int, n: int) -> bool:
    """Whether the asking verb at ``tokens[i]`` closes 'do <unit> yêu cầu' after a thing: no one is asked."""
    k = i + n
    # ('… do trưởng điểm thi chỉ đạo và có quyền …': who directs the thing before, then another clause)
    if k < len(tokens) and tokens[k].text not in ",.;)" and tokens[k].lower != "và":
        return False
    by = next((m for m in range(i - 1, max(-1, i - MAX_AGENT - 1), -1) if tokens[m].lower == "do"), None)
    return by is not None and by + 1 < i and all(t.is_word or t.text in "&." for t in tokens[by + 1 : i])


PAST_MARKERS = _table(*_WORDS["past_markers"])
OUTCOME_VERBS = {"giúp", "góp", "tạo", "mang", "làm", "khiến", "đem"}  # 'X sẽ giúp …': what doing X brings
OUTLETS = ("báo ", "tạp chí ", "đài ", "truyền hình ")
LIMITS = {"đến", "từ", "tới", "trước", "hết", "nay", "sau"}  # words that make a day a time limit
DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")


def _told_as_past(tokens: list[Token], i: int) -> bool:
    """Whether the words before ``tokens[i]`` tell a step already taken or dated in a story."""
    # ('Năm qua, Công an tỉnh tiếp tục …', 'Sau khi …, TTCP tiếp tục cử …': what was done; 'Chiều 22/6, TAND
    # TP tiếp tục đưa … ra xét xử': a dated step of a story)
    return any(_phrase(tokens, m, PAST_MARKERS) or _dated(tokens, m) for m in range(i))


def _dated(tokens: list[Token], m: int) -> bool:
    """Whether a day ('22/6', 'ngày 9/4') starts at ``tokens[m]``, not as a time limit ('đến ngày 15/2')."""
    day = DAY.fullmatch(tokens[m].text) is not None or (
        m + 2 < len(tokens)
        and tokens[m].is_number
        and tokens[m + 1].text in ("/", "-", ".")
        and tokens[m + 2].is_number
        and len(tokens[m].text) <= 2
        and len(tokens[m + 2].text) <= 2  # ('tháng 7/2017': a month of a plan, no day of a story)
    )
    k = m - 1 - (m > 0 and tokens[m - 1].lower == "ngày")
    return day and not (k >= 0 and tokens[k].lower in LIMITS)


def _carries_on(tokens: list[Token], i: int, start: int, verb: int | None) -> bool:
    """Whether 'tiếp tục' at ``tokens[i]`` tells what a unit goes on to do, not a step of a story told."""
    if verb is None or not _phrase(tokens, verb, _verbs()) or verb != start + 2:
        return False  # (manner words after 'tiếp tục' are read no further here)
    partner = tokens[verb].lower == "phối"
    if not partner and (_phrase(tokens, verb, UNDER_WAY) or _phrase(tokens, verb, INQUIRY)):
        return False  # (an inquiry carried on is read as one under way)
    if _told_as_past(tokens, i) or tokens[i - 1].lower == "lại":
        return False  # ('X lại tiếp tục gửi mẫu …': once more, a step of a story)
    text = " ".join(t.lower for t in tokens)
    # ('Cảnh sát tiếp tục truy đuổi … nhưng lái xe vẫn không dừng': a chase in a story)
    return not OFFENDERS.search(text) and not any(t.lower in ("nhưng", "song") for t in tokens[i:])


def _purpose_after(tokens: list[Token], k: int) -> bool:
    """Whether the clause from ``tokens[k]`` goes on to 'để' + a verb: what the work is for."""
    stop = next((m for m in range(k, len(tokens)) if tokens[m].text in ",;:."), len(tokens))
    return any(tokens[m].lower == "để" and _phrase(tokens, m + 1, _verbs()) for m in range(k, stop - 1))


DOCUMENT_TITLES = frozenset(_WORDS["document_titles"])
MAX_TITLE = 30  # tokens of a quoted title before the verb inside it


def _in_title(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` lies inside a quoted document title ('“Thỏa thuận về … chỉ đạo …”')."""
    for m in range(i - 1, max(-1, i - MAX_TITLE), -1):
        if tokens[m].text in ("”", "»"):
            return False
        if tokens[m].text in ("“", "«", '"'):
            head = " ".join(t.text for t in tokens[m + 1 : m + 3])
            return any(head == w or head.startswith(w + " ") for w in DOCUMENT_TITLES)
    return False


def _directives(tokens: list[Token], spans: Names, posts: Posts | None = None) -> list[_Directive]:
    """Find the asking and duty verbs of a sentence with where their tasks start."""
    found = _verb_directives(tokens, spans)
    _add_unit_acts(tokens, spans, found)
    _add_passive_inquiries(tokens, spans, found)
    _add_duty_nouns(tokens, found)
    _add_handed_cases(tokens, found)
    _add_detaining_units(tokens, spans, found)
    _add_speaker_plans(tokens, spans, found, posts or [])
    found.sort(key=lambda d: d.trigger)
    if _legal_rule(tokens):
        # ('Theo quy định của Luật …, Cơ quan CSĐT phải gửi …': what the law has units do is a rule)
        found = [d for d in found if _phrase(tokens, d.trigger, ASK)]
    found = [d for d in found if not _in_opinion(tokens, d.trigger)]
    _mark_nested(tokens, found)
    return found


def _verb_directives(tokens: list[Token], spans: Names) -> list[_Directive]:
    """Read the asking, duty and committing verbs of a sentence left to right, each with its task."""
    found: list[_Directive] = []
    i = 0
    while i < len(tokens):
        if tokens[i].lower not in _DIRECTIVE_OPENERS:
            i += 1  # (most words open none of the verbs: a look-up here, not a call of _read_verb)
            continue
        directive, i = _read_verb(tokens, i, spans)
        if directive is not None:
            found.append(directive)
    return found


def _read_verb(tokens: list[Token], i: int, spans: Names) -> tuple[_Directive | None, int]:
    """Read the verb at ``tokens[i]`` (in _DIRECTIVE_OPENERS): its directive, if any, and where to read on."""
    n_ask = _phrase(tokens, i, ASK) or _handed_over_to(tokens, i)
    n_duty = _phrase(tokens, i, DUTY)
    if not n_ask and not n_duty and not _phrase(tokens, i, COMMIT) and not _plan(tokens, i):
        return None, i + 1
    if _inside_name(tokens, i, spans, n_ask):
        return None, i + 1
    if n_ask and _asks_nothing(tokens, i, n_ask):
        n_ask = 0  # 'sự chỉ đạo', 'theo yêu cầu', 'lời đề nghị': the noun, not the verb
    if n_ask and i > 1 and (tokens[i - 2].lower, tokens[i - 1].lower) == ("có", "quyền"):
        # 'Cán bộ giám sát có quyền kiến nghị thay đổi giám thị': a right, what it asks for no task
        return None, next((m for m in range(i, len(tokens)) if tokens[m].text in ";."), len(tokens))
    if n_ask and _agent_clause(tokens, i, n_ask):
        n_ask = 0  # 'làm rõ 5 nội dung do TAND TP yêu cầu, CQĐT còn …': who asked for a thing, no ask
    committed = None if n_duty or n_ask else _commits(tokens, i, spans)
    if committed:
        n_duty = _phrase(tokens, i, COMMIT) or _plan(tokens, i)
    if n_duty >= n_ask and n_duty:
        return _read_duty(tokens, i, n_duty, committed)
    if n_ask and _offender_asks(tokens, _asker_end(tokens, i)):
        return None, i + n_ask  # 'đối tượng yêu cầu bà H. chuyển tiền': a demand in a crime, no task
    if n_ask:
        return _read_ask(tokens, i, n_ask, spans)
    return None, i + 1


def _inside_name(tokens: list[Token], i: int, spans: Names, n_ask: int) -> bool:
    """Whether the verb at ``tokens[i]`` is a word of a name, not a verb read across it."""
    tok = tokens[i]
    committee = _committee(tokens, i)
    inside_name = i > 0 and is_capitalised(tok) and tok.is_word and tokens[i - 1].text not in ".:;“\""
    # A name read across the verb ('Sở Nông nghiệp giao Chi cục Kiểm lâm') hides a lower-case
    # asking verb between two capitalised names ('Ủy ban yêu cầu Bộ Công an'); 'Ban chỉ đạo' is a name.
    glued = (
        n_ask
        and not is_capitalised(tok)
        and i + n_ask < len(tokens)
        and is_capitalised(tokens[i + n_ask])
        and not (tokens[i - 1].lower == "ban" and tok.lower == "chỉ" and not committee)
        # ('Bộ Ngoại giao Phạm Bình Minh': 'ngoại giao' (diplomacy) is one word of the name, no verb)
        and not (i > 0 and (tokens[i - 1].lower, tok.lower) == ("ngoại", "giao"))
    )
    return bool((_covered(spans, tok.start) and not glued) or inside_name)


def _committee(tokens: list[Token], i: int) -> bool:
    """Whether the verb at ``tokens[i]`` follows 'Ủy ban': the committee asks."""
    # ('Ủy ban yêu cầu …': the committee asks; 'Ban chỉ đạo' is a name)
    return i > 1 and tokens[i - 1].lower == "ban" and tokens[i - 2].lower in ("ủy", "uỷ")


def _asks_nothing(tokens: list[Token], i: int, n_ask: int) -> bool:
    """Whether the asking verb at ``tokens[i]`` is read as a noun or asks no one."""
    tok = tokens[i]
    # ('ngày 19/4 đề nghị': a date before the verb dates it; '2 kiến nghị' counts nouns)
    # ('công văn 3851 yêu cầu': a document's number)
    counted = i > 0 and tokens[i - 1].is_number and len(tokens[i - 1].text) <= 2
    dated = i > 2 and (tokens[i - 2].text in "/-." or tokens[i - 2].lower in ("số", "ngày"))
    # ('được bàn giao cho X': a case handed over in the passive still goes to X)
    passive = tokens[i - 1].lower == "được" and tokens[i].lower in ("bàn", "chuyển") if i > 0 else False
    # ('vụ việc đã được giao cho Đội Hình sự điều tra': given to the unit named after 'cho')
    handed = i > 0 and tokens[i - 1].lower == "được" and tokens[i].lower == "giao"
    passive = passive or handed and i + 1 < len(tokens) and tokens[i + 1].lower == "cho"
    # ('đã có chỉ đạo cho Thanh tra tỉnh xác minh', 'có giao cho Bộ X rà soát': the noun with 'cho'
    # still names the unit asked)
    given = n_ask > 0 and i > 0 and tokens[i - 1].lower == "có" and tokens[i + n_ask - 1].lower == "cho"
    # ('làm đơn yêu cầu cơ quan chức năng vào cuộc': a petition that names the unit it asks)
    k = i + n_ask
    petition = i > 0 and tokens[i - 1].lower == "đơn" and k < len(tokens)
    petition = petition and bool(_phrase(tokens, i, ASK)) and tokens[k].lower not in PETITION_NOT
    given = given or petition and (is_capitalised(tokens[k]) or bool(_phrase(tokens, k, HOLDER_WORDS)))
    # ('có văn bản chỉ đạo các đơn vị chấn chỉnh …': a document that names the units it directs;
    # 'Huyện đã có chỉ đạo các cơ quan chức năng tích cực điều tra …': the noun with the units it directs)
    before = (tokens[i - 2].lower, tokens[i - 1].lower) if i > 1 else ("", "")
    document = before == ("văn", "bản") or before[1] == "có" and before[0] in ("đã", "cũng", "đều")
    document = document and k < len(tokens)
    given = given or document and (is_capitalised(tokens[k]) or bool(_phrase(tokens, k, HOLDER_WORDS)))
    # ('Bộ trưởng cũng có chỉ đạo thành lập đoàn … để kiểm tra …': what it directs follows at once)
    given = given or document and before[1] == "có" and _phrase(tokens, k, SEND) > 0
    committee = _committee(tokens, i)
    noun = i > 0 and tokens[i - 1].lower in NOUN_BEFORE and not (passive or given or committee)
    # ('trả hồ sơ yêu cầu điều tra bổ sung': the file goes back with a request; 'hồ sơ yêu cầu' is a form)
    returned = i > 2 and tokens[i - 1].lower == "sơ" and tokens[i - 3].lower in ("trả", "chuyển", "gửi")
    noun = noun and not returned
    # ('tin báo về tội phạm hoặc kiến nghị khởi tố': the legal name of a referral listed with reports)
    referral = i > 0 and tokens[i - 1].lower in ("hoặc", "và", ",") and tok.lower == "kiến"
    referral = referral and [t.lower for t in tokens[i + 1 : i + 4]] == ["nghị", "khởi", "tố"]
    # ('chưa bao giờ tổ thẩm định yêu cầu công ty này cung cấp …', 'không yêu cầu …': asked of no one)
    denied = i > 0 and tokens[i - 1].lower in ("không", "chưa") or any(
        (tokens[m].lower, tokens[m + 1].lower) in DENIALS for m in range(max(0, i - 7), i - 1)
    )
    # ('yêu cầu công ty phải giao lại hồ sơ cho Sở X': after a modal, a thing handed over is the task
    # itself; 'sẽ giao Công an tỉnh điều tra', 'phải giao cho X' still ask a unit)
    thing = i > 0 and tokens[i - 1].lower in ("phải", "cần", "hãy") and tok.lower == "giao"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    thing = thing and nxt is not None and nxt.is_word and not is_capitalised(nxt)
    thing = thing and nxt.lower not in ("cho", "nhiệm") and not _phrase(tokens, i + 1, HOLDER_WORDS)
    opening = _opening_clause(tokens, i) or _in_title(tokens, i)
    if noun or referral or denied or thing or counted and not dated or opening:
        return True
    return i + n_ask < len(tokens) and tokens[i + n_ask].lower in ("của", "này", "đó")


def _offender_before(tokens: list[Token], i: int) -> bool:
    """Whether offenders are named just before the duty at ``tokens[i]``, in its clause."""
    offender = OFFENDERS.search(" ".join(t.lower for t in tokens[max(0, i - 8) : i]))
    # ('kể từ khi nhận được văn bản của bị can, cơ sở giam giữ có trách nhiệm …': a unit named by kind
    # opens the clause of the duty; the accused before its comma ask nothing)
    comma = next((m for m in range(i - 1, max(0, i - 8), -1) if tokens[m].text in ",;"), None)
    if offender and comma is not None and (
        _phrase(tokens, comma + 1, GENERIC_UNITS) or _phrase(tokens, comma + 1, HOLDER_WORDS)
    ) and not OFFENDERS.search(" ".join(t.lower for t in tokens[comma + 1 : i])):
        offender = None
    return bool(offender)


# Ranks as the gazetteer writes them ('Thượng úy', 'Trung tá', 'Thiếu tướng'), matched in lower case.
RANKS = _table(
    *(form.lower() for rank in load().ranks.values() if rank.kind == "rank" for form in rank.forms)
)
MAX_DUTY_SUBJECT = 20  # tokens before a duty within which its subject is looked for


def _person_on_duty(tokens: list[Token], i: int) -> bool:
    """Whether the duty at ``tokens[i]`` is held by a person named with an honorific or a rank, not by a unit.

    'ông X và ông Y được phân công điều tra vụ án', 'bà X - kế toán chịu trách nhiệm nộp …', 'tổ công tác
    gồm Thượng úy X và Trung úy Y được phân công làm nhiệm vụ tại …': a job in a story, no unit's task.
    A title on the way back ('Ông X, Giám đốc Sở Y, …') makes the person an official speaking for the unit.
    """
    for m in range(i - 1, max(-1, i - MAX_DUTY_SUBJECT - 1), -1):
        tok = tokens[m]
        if tok.text in ";:.“”\"" or tok.lower in REPORTING:
            return False  # the clause of the duty begins here
        if _phrase(tokens, m, TITLES) or _phrase(tokens, m, ASK):
            return False  # an official's title, or who is asked: a unit's duty
        n = _phrase(tokens, m, RANKS) or (1 if tok.lower in PRIVATE else 0)
        if n and m + n < i and is_capitalised(tokens[m + n]) and tokens[m + n].is_word:
            return True
    return False


# Last syllables of verbs that 'được' completes ('đáp ứng được', 'nhận được', 'đạt được'): then a duty's
# 'được yêu cầu / được giao' after them is a requirement met or a request received, no one charged.
ABLE_VERBS = {"ứng", "nhận", "đạt"}


def _read_duty(
    tokens: list[Token], i: int, n_duty: int, committed: str | None
) -> tuple[_Directive | None, int]:
    """Read the task of the duty or commitment at ``tokens[i]``: return its directive and where to read on."""
    if i > 0 and tokens[i - 1].lower == "người":
        # 'người có trách nhiệm giải quyết tố cáo': who is meant, not what they are to do
        return None, i + n_duty
    if i > 0 and tokens[i - 1].lower in ("không", "chưa"):
        # 'không được phân công làm việc này', 'chưa được giao': a duty denied, no task
        return None, i + n_duty
    if i > 0 and tokens[i - 1].lower in ("khi", "lúc"):
        # '(sau) khi được yêu cầu xuất trình giấy tờ, tài xế …', 'phạm lỗi khi được giao nhiệm vụ coi thi':
        # the time of what someone did, no charge given
        return None, i + n_duty
    if i > 0 and tokens[i].lower == "được" and tokens[i - 1].lower in ABLE_VERBS:
        # 'chưa đáp ứng được yêu cầu xét xử …', 'nhận được đề nghị …': 'được' completes the verb
        # before it (met, received); nobody is charged
        return None, i + n_duty
    # ('Nguyễn Văn A (SN 1984, ngụ …) có nhiệm vụ chung chi tiền': identified as crime stories do)
    identified = any(t.lower in IDENTIFIED for t in tokens[max(0, i - 12) : i]) and any(
        t.text == ")" for t in tokens[max(0, i - 3) : i]
    )
    if _offender_before(tokens, i) or identified:
        return None, i + n_duty  # 'bị can X là người có trách nhiệm quản lý …': a duty in a crime story
    if committed is None and _person_on_duty(tokens, i):
        return None, i + n_duty  # 'chị X được phân công thu gom rác …': a person's job in a story
    j = i + n_duty
    if j < len(tokens) and tokens[j].text == ":":
        j += 1
    if j + 2 < len(tokens) and tokens[j].lower in ("trong", "về") and tokens[j + 1].lower == "việc":
        j += 2  # 'chịu trách nhiệm trong việc kiểm tra …': the function follows
    start = _task_start(tokens, j)
    if start is None and committed:
        # 'Công ty X đã thống nhất với ngư dân là sẽ kéo các tàu …': what it agreed follows 'là'.
        that = next((m for m in range(j, min(len(tokens), j + 8)) if tokens[m].lower == "là"), None)
        agreed = that is not None and tokens[j].lower == "với"
        start = _task_start(tokens, that + 1) if agreed else None
    if start is not None:
        return _Directive(i, start, (i, i), unit=committed), start
    return None, i + 1


def _read_ask(tokens: list[Token], i: int, n_ask: int, spans: Names) -> tuple[_Directive | None, int]:
    """Read the units the asking verb at ``tokens[i]`` names and the task it asks of them."""
    words = tuple(t.lower for t in tokens[i : i + n_ask])
    j = _asked_from(tokens, i, n_ask, words)
    if j is None:
        return None, i + 1  # 'sự quan tâm, chỉ đạo, giúp đỡ': one noun of a list
    end, start = _asked_task(tokens, j, spans)
    private = _asks_person(tokens, i, words, j, end, spans)
    private = private or _asks_no_authority(tokens, i, words, j, end, start, spans)
    listed = _listed_verb(tokens, i, n_ask, words, j, end, start)
    # 'Đội X được Giám đốc Công an tỉnh giao chủ trì …': in the passive the subject is the unit asked.
    passive = any(tokens[k].lower == "được" for k in range(max(0, i - 7), i)) and all(
        t.is_word for t in tokens[max(0, i - 7) : i]
    )
    if (
        start is not None
        and not (end == j and (words in NEEDS_HOLDER and not passive or listed))
        and not _phrase(tokens, j, AUDIENCE)
        and not private
    ):
        return _Directive(i, start, (j, end)), start
    return None, i + 1


def _asked_from(tokens: list[Token], i: int, n_ask: int, words: tuple[str, ...]) -> int | None:
    """Return where the units the asking verb at ``tokens[i]`` names start (None: a noun of a list)."""
    j = i + n_ask
    while j + 1 < len(tokens) and tokens[j].text == "," and _phrase(tokens, j + 1, ASK):
        j += 1 + _phrase(tokens, j + 1, ASK)  # 'đề xuất, kiến nghị với Bộ Chính trị'
    manner = _phrase(tokens, j, MANNER) or _phrase(tokens, j, LEADING_MANNER)
    if manner and j + manner < len(tokens) and (
        is_capitalised(tokens[j + manner]) or _phrase(tokens, j + manner, HOLDER_WORDS)
    ):
        j += manner  # 'chỉ đạo quyết liệt các bộ, ngành tăng cường …': the manner of asking
    if j < len(tokens) and tokens[j].text == "," and not (
        words in COMMA_AFTER
        and j + 1 < len(tokens)
        and (is_capitalised(tokens[j + 1]) or _phrase(tokens, j + 1, HOLDER_WORDS))
    ):
        return None
    while j < len(tokens) and tokens[j].text in (",", ":", "“", '"'):
        j += 1  # 'yêu cầu: “Các đơn vị phải …
    if j + 1 < len(tokens) and tokens[j].lower == "trong" and tokens[j + 1].lower in DEADLINE_WORDS:
        # ('yêu cầu trong vòng 60 ngày, chủ công trình phải tháo dỡ …': the time allowed, then who)
        comma = next((m for m in range(j, min(len(tokens), j + 9)) if tokens[m].text in ",;:."), None)
        if comma is not None and tokens[comma].text == "," and comma + 1 < len(tokens):
            j = comma + 1
    return j


def _asked_task(tokens: list[Token], j: int, spans: Names) -> tuple[int | None, int | None]:
    """Return where the units asked from ``tokens[j]`` end and where their task starts (None: not found)."""
    end = _holder_end(tokens, j, spans)
    start = _task_start(tokens, end) if end is not None and end < len(tokens) else None
    if start is None:
        # 'yêu cầu UBND các huyện: a) Tập trung …', '… các sở, ngành: - Đẩy mạnh …': the units asked,
        # then their list, each item marked
        stop = min(len(tokens), j + MAX_HOLDER_TOKENS)
        colon = next((m for m in range(j, stop) if tokens[m].text in ":;.“”\""), None)
        listed = colon is not None and tokens[colon].text == ":"
        marked = _marked_item(tokens, colon + 1) if listed else None
        if marked is not None and colon > j:
            end, start = colon, marked
    if start is None and end is not None and _forbidden(tokens, end):
        start = end  # 'chỉ đạo các địa phương không được nhận ô tô biếu tặng': what they must not do
    if start is not None and start > j and tokens[start - 1].lower in ("trong", "khi"):
        # 'yêu cầu Công an các đơn vị trong tổ chức sơ kết … phải đánh giá đúng …': the task follows
        # the modal after the occasion.
        comma = next((m for m in range(start, len(tokens)) if tokens[m].text in ",;:."), len(tokens))
        modal = next((m for m in range(start, comma) if tokens[m].lower in ("phải", "cần")), None)
        start = _task_start(tokens, modal) if modal is not None else start
    return end, start


def _asks_person(
    tokens: list[Token], i: int, words: tuple[str, ...], j: int, end: int | None, spans: Names
) -> bool:
    """Whether the verb at ``tokens[i]`` asks a person by pronoun or name, not a unit or its official."""
    private = j + 1 < len(tokens) and tokens[j].lower in PRIVATE and is_capitalised(tokens[j + 1])
    # ('Chủ tịch UBND xã đã chỉ đạo anh Toàn viết giấy mời …': one directs or assigns one's staff)
    private = private and words not in (("chỉ", "đạo"), ("phân", "công"))
    # ('Phòng GD&ĐT giao cho ông X tạm thời quản lý …': a unit assigns one of its staff)
    asker = _covered(spans, tokens[i - 1].start) if i > 0 else None
    by_unit = asker is not None and asker[2] is not None or i > 0 and tokens[i - 1].text in UNIT_HEADS
    # ('Tòa án tỉnh X đề nghị ông Y cung cấp bổ sung giấy tờ': a named unit asks one by name, a task)
    private = private and not by_unit
    # ('nhận 30 bánh heroin từ X, giao cho Lê Văn Tám đưa vào …': goods handed to a person by full
    # name, with no unit handing them over, are a deal in a crime story)
    k = j + 1 if j < len(tokens) and tokens[j].lower == "cho" else j
    full_name = end is not None and 3 <= end - k <= 4 and all(
        t.is_word and is_capitalised(t) and not is_abbreviation(t) for t in tokens[k:end]
    )
    person = full_name and _given_name(spans, tokens[end - 1]) and tokens[k].lower not in PLACE_WORDS
    private = private or words[0] == "giao" and person and not by_unit and tokens[i - 1].text == ","
    # ('CSGT yêu cầu anh xuống để lập biên bản': a person asked by a pronoun alone, a traffic stop)
    private = private or end == j + 1 and tokens[j].lower in PRIVATE
    # ('đề nghị ông Lê Văn Tám, Phó Giám đốc Công an tỉnh, phân tích …': an official by name and post)
    private = private and not (end is not None and any(
        tokens[m].text == "," and _phrase(tokens, m + 1, TITLES) for m in range(j, end - 1)
    ))
    return private


def _initial(tokens: list[Token], m: int) -> bool:
    """Whether the stop at ``tokens[m]`` closes a name's initial ('chị T.', 'anh N.V.A.')."""
    return tokens[m].text == "." and m > 0 and len(tokens[m - 1].text) == 1 and tokens[m - 1].text.isupper()


def _asks_no_authority(
    tokens: list[Token],
    i: int,
    words: tuple[str, ...],
    j: int,
    end: int | None,
    start: int | None,
    spans: Names,
) -> bool:
    """Whether the verb at ``tokens[i]`` asks no authority: a person, kin, the public, offenders or no one."""
    private = False
    # 'yêu cầu Hiển dừng lại': one person called by the given name alone is no unit.
    # ('được chuyển sang Bệnh viện tỉnh …': a patient moved, no case handed over)
    moved = tokens[i].lower in ("chuyển", "bàn", "cho", "sang")
    # ('thi thể được bàn giao cho phía gia đình làm thủ tục mai táng': a family's, no unit's task)
    asked_first = " ".join(t.lower for t in tokens[j : j + 3])
    private = private or moved and asked_first.startswith(CARE + KIN)
    # ('công an yêu cầu gia đình viết cam kết quản lý ông X', 'buộc gia đình trả tiền': kin asked, no unit)
    private = private or asked_first.startswith(KIN)
    private = private or (
        end == j + 1 and not is_abbreviation(tokens[j]) and _given_name(spans, tokens[j])
    )
    # 'giao cho Lê Văn M. (SN 1987, ngụ …) vận chuyển …': a person named as in a crime story.
    private = private or end is not None and any(t.lower in IDENTIFIED for t in tokens[j:end])
    # ('chỉ đạo các đối tượng ở Việt Nam thuê người …': offenders asked by offenders)
    asked = " ".join(t.lower for t in tokens[j:end]) if end is not None else ""
    private = private or bool(OFFENDERS.search(asked))
    # ('bàn giao chiến sĩ hoàn thành khóa huấn luyện': without 'cho' only a named unit takes a case)
    named_unit = end is not None and any(
        (_covered(spans, tokens[m].start) or (0, 0, None))[2] for m in range(j, end)
    )
    private = private or words == ("bàn", "giao") and not named_unit
    # ('gia đình đã có đơn đề nghị không xử lý hình sự …': a family's wish that names no unit asked)
    back = range(i - 1, max(-1, i - 17), -1)
    # ('gia đình chị T. bất ngờ yêu cầu …': the stop of an initial ends no clause)
    stops = (m for m in back if tokens[m].text in ",;:." and not _initial(tokens, m))
    clause = next((m + 1 for m in stops), max(0, i - 16))
    before = " ".join(t.lower for t in tokens[clause:i])
    kin = bool(re.search(r"\b(?:gia đình|người nhà|bị hại)\b", before))
    private = private or end == j and kin
    # ('giao cho người dân thuê khoán': land given to the public to use, no task)
    private = private or words[0] == "giao" and end is not None and any(
        _phrase(tokens, m, PUBLIC) for m in range(j, end)
    )
    # ('phía bị hại đề nghị tòa không công khai bản án': a party's wish that something not be done)
    private = private or kin and start is not None and tokens[start].lower == "không"
    # ('thực hiện 480 cuộc thanh tra, kiến nghị xử lý hành chính 172 tổ chức', 'phát hiện, kiến nghị
    # thu hồi 150 tỷ đồng': what an inspection proposed, counted as its results, no unit asked)
    tally = words[0] == "kiến" and end == j and start is not None and any(
        t.is_number for t in tokens[start : start + MAX_TALLY]
    )
    private = private or tally
    # ('Nhiều ý kiến đề nghị cần quy định rõ …', 'Đại biểu X đề nghị bổ sung …': a view in a debate
    # that names no unit asked)
    private = private or end == j and bool(OPINION.search(before))
    # 'mong muốn Cty hoạt động ổn định trở lại': a wish is a directive only to an authority.
    if words == ("mong", "muốn") and end is not None:
        private = private or not any(
            _phrase(tokens, m, GENERIC_UNITS) or (_covered(spans, tokens[m].start) or (0, 0, None))[2]
            for m in range(j, end)
        )
    return private


def _listed_verb(
    tokens: list[Token],
    i: int,
    n_ask: int,
    words: tuple[str, ...],
    j: int,
    end: int | None,
    start: int | None,
) -> bool:
    """Whether the verb at ``tokens[i]`` is an item of a list of verbs or names a kind of petition."""
    # An item's verb after ',' / 'và' ('rà soát, đề xuất sửa đổi') names no one: no new directive.
    # ('…; kịp thời đề xuất xử lý nghiêm sai phạm': manner words may stand between)
    b = i
    while b > 1 and (tokens[b - 1].lower in MANNER_WORDS or " ".join(
        t.lower for t in tokens[b - 2 : b]
    ) in MANNER_WORDS):
        b -= 1 if tokens[b - 1].lower in MANNER_WORDS else 2
    listed = b > 0 and tokens[b - 1].lower in (",", "và", ";")
    listed = listed and _phrase(tokens, i, _verbs()) >= n_ask
    # 'tố giác tội phạm và kiến nghị khởi tố, tăng …': a bare verb after it names a kind of
    # petition, not what someone is asked to do ('đề nghị điều tra, xác minh' still asks).
    # ('đã chỉ đạo thanh tra, làm rõ …': after an aspect word leading is a verb; 'vừa đề xuất bổ sung,
    # kể cả …' still names a kind of proposal)
    aspect = i > 0 and tokens[i - 1].lower in ("đã", "sẽ", "đang") and words == ("chỉ", "đạo")
    # ('ban hành Công văn số 423/UBND chỉ đạo điều tra, làm rõ …': a document that directs)
    aspect = aspect or words == ("chỉ", "đạo") and bool(
        DOCUMENT.search(" ".join(t.lower for t in tokens[max(0, i - 9) : i]))
    )
    if start is not None and end == j and words not in COMMA_AFTER[:2] and not aspect:
        after = start + max(1, _phrase(tokens, start, _verbs()))
        listed = listed or after >= len(tokens) or not tokens[after].is_word
    return listed


def _add_unit_acts(tokens: list[Token], spans: Names, found: list[_Directive]) -> None:
    """Add what units named before a modal, a role or a charge will, must or go on to do."""
    # A named unit that will or must act: 'Cục Chống tham nhũng sẽ làm rõ …', 'Sở Y tế phải báo cáo …'.
    for i in range(1, len(tokens)):
        directive = _unit_act(tokens, i, spans, found)
        if directive is not None:
            found.append(directive)


def _unit_act(tokens: list[Token], i: int, spans: Names, found: list[_Directive]) -> _Directive | None:
    """Read what a unit will, must or goes on to do at ``tokens[i]``: return its directive, if any."""
    if tokens[i].lower not in _UNIT_ACT_OPENERS:
        return None  # (none of the phrases below starts here)
    role = tokens[i].lower == "là" and _phrase(tokens, i + 1, UNIT_ROLES)
    # 'Sở Y tế chủ trì, phối hợp với … kiểm tra …': the charge of a plan stated plainly; 'Hiện Phòng X
    # phối hợp với Y điều tra …': an inquiry under way told without 'đang'
    nxt = tokens[i + 2] if i + 2 < len(tokens) else None
    chair = _phrase(tokens, i, CHAIR) == 2 and nxt is not None and nxt.lower in (",", "phối")
    now = _phrase(tokens, i, PARTNER) == 2 and nxt is not None and nxt.lower in ("với", "cùng")
    # 'Theo phân công, Sở Tư pháp phụ trách việc cấp phiếu lý lịch tư pháp': the charge stated plainly
    takes = _phrase(tokens, i, TAKES_CHARGE)
    bears = _bears_costs(tokens, i)
    if not (_phrase(tokens, i, UNIT_MODALS) or role or chair or now or takes or bears) or any(
        d.trigger <= i < d.task for d in found
    ):
        return None
    before = _named_before(tokens, i, spans)
    if takes or bears:
        return _charge_taken(tokens, i, takes, before, found)  # (the costs borne: 'chịu' opens the task)
    if (chair or now) and not _opens_clause(tokens, i, before, now):
        return None
    if chair and _told_as_past(tokens, i):
        return None  # ('Ngày 6/8, Công an huyện X chủ trì phối hợp với … bắt giữ …': a raid told, no charge)
    carries = _phrase(tokens, i, PACE) == 2 and tokens[i].lower == "tiếp"  # 'và tiếp tục điều tra …'
    if before is None and (tokens[i].lower in ("sẽ", "đang") or carries) and tokens[i - 1].lower == "và":
        # 'Công an huyện X đã tạm giữ … và sẽ xử lý …', '… đã tìm ra … và đang củng cố hồ sơ …'
        before = _clause_unit(tokens, i - 1, spans)
    subject = i <= 8 and is_capitalised(tokens[0]) and all(t.is_word for t in tokens[:i])
    # ('X là đầu mối quan trọng để …' in a crime story: a go-between, no unit's standing role)
    named_role = role and tokens[i + 1].lower in ("cơ", "đơn")
    if before is None and named_role and subject:
        before = (tokens[0].start, tokens[i - 1].end, None)  # 'Công an cấp tỉnh là cơ quan thường trực …'
    # ('Công an huyện Y tiếp tục điều tra …' tells an inquiry under way as 'đang' does, with 'tiếp tục')
    going = tokens[i].lower == "tiếp" and i + 1 < len(tokens) and tokens[i + 1].lower == "tục"
    if going and tokens[i - 1].lower in ("đang", "sẽ", "cần", "phải", "được"):
        return None  # ('Sở X sẽ tiếp tục …': the modal before it reads the task)
    if before is None and (tokens[i].lower == "đang" or going):
        return _inquiry_by_kind(tokens, i, going, spans, found)
    if before is None and tokens[i].lower in ("cần", "phải", "sẽ"):
        return _must_by_kind(tokens, i, spans, found)
    if before is None:
        return None
    return _named_unit_act(tokens, i, before, role, going, now, spans, found)


def _named_before(tokens: list[Token], i: int, spans: Names) -> Name | None:
    """Return the organisation's name just before the verb at ``tokens[i]`` (None: none)."""
    # The unit's name may have been read a word short ('Cục Chống tham' + 'nhũng'); its place may follow
    # it in brackets ('Công an TP X (Y) cho biết đang xác minh …').
    back = _words_back(tokens, _report_before(tokens, i), 4, spans)
    return next(
        (
            span
            for n, k in enumerate(back)
            for span in [_covered(spans, tokens[k].start)]
            if span is not None
            and span[2]
            and all(tokens[m].is_word and tokens[m].lower not in LINKS for m in back[:n])
        ),
        None,
    )


def _charge_taken(
    tokens: list[Token], i: int, takes: int, before: Name | None, found: list[_Directive]
) -> _Directive | None:
    """Read the charge a named unit takes at ``tokens[i]`` ('phụ trách', 'đảm nhận') if it opens a clause."""
    first = next((k for k in range(i) if tokens[k].end > before[0]), i) if before is not None else 0
    opens = first == 0 or tokens[first - 1].text in ",;:" and tokens[first - 1].lower != "do"
    if before is None or not opens or tokens[i - 1].end > before[1]:
        return None
    k = i + takes
    while k < len(tokens) and _phrase(tokens, k, CHARGE_NOUNS):
        k += _phrase(tokens, k, CHARGE_NOUNS)  # 'phụ trách việc …', 'tiếp nhận các nhiệm vụ …'
    start = _task_start(tokens, k) if k < len(tokens) else None
    if start is not None and not any(d.task <= i for d in found):
        return _Directive(i, start, (i, i), unit=before[2])
    return None


def _opens_clause(tokens: list[Token], i: int, before: Name | None, now: bool) -> bool:
    """Whether the unit named before 'chủ trì' / 'phối hợp' at ``tokens[i]`` opens its sentence or clause."""
    first = next((k for k in range(i) if tokens[k].end > before[0]), i) if before is not None else 0
    lead = [t.lower for t in tokens[:first] if t.text != ","]
    # (the unit opens the sentence or its clause: not 'Hội nghị do Sở X chủ trì, phối hợp với …')
    opens = first == 0 or tokens[first - 1].text in ",;:" and tokens[first - 1].lower != "do"
    if before is None or not (lead and all(w in NOW_WORDS for w in lead) if now else opens):
        return False
    # (the verb follows the name at once: not '… đang khẩn trương phối hợp với …')
    return tokens[i - 1].end <= before[1]


def _inquiry_by_kind(
    tokens: list[Token], i: int, going: bool, spans: Names, found: list[_Directive]
) -> _Directive | None:
    """Read an inquiry under way, or a charge carried on, by units not named just before ``tokens[i]``."""
    # 'Hiện cơ quan chức năng đang điều tra …', 'ông X cho biết, đang xác minh …', 'Công an huyện Y,
    # tỉnh Z đang điều tra …': an inquiry under way by units named by kind, by the speaker's unit, or
    # by a unit whose place follows its name.
    held = _inquiry_subject(tokens, i, spans)
    start = _task_start(tokens, i if going else i + 1) if held is not None else None
    verb = _past_pace(tokens, start)
    under_way = verb is not None and bool(_phrase(tokens, verb, UNDER_WAY if going else CHECKING))
    if held is not None and not going and not under_way:
        # ('cơ quan công an đang khám nghiệm hiện trường và điều tra …': a step, then the inquiry)
        start = _later_inquiry(tokens, i + 1 if start is None else start)
        under_way = start is not None
    if under_way and start is not None and tokens[start].lower == "phối":
        # (as for a unit named at once: a partner not read whole names no task of the unit's own)
        under_way = _with_whom(spans, tokens, start)
    if start is not None and held is not None and under_way and not any(d.task <= i for d in found):
        return _Directive(i, start, held)
    if going and not any(d.task <= i for d in found):
        return _carried_on_by_kind(tokens, i, spans)
    return None


def _carried_on_by_kind(tokens: list[Token], i: int, spans: Names) -> _Directive | None:
    """Read a charge that units named by kind carry on with at 'tiếp tục' (``tokens[i]``), if any."""
    # 'Địa phương tiếp tục vận động các hộ …', 'Bộ X, Bộ Y, các bộ, ngành tiếp tục theo dõi …':
    # units that carry on with a charge (an inquiry carried on by units named by kind, or among
    # them, only tells that it goes on, as with 'đang')
    c = _generic_subject(tokens, i, spans)
    start = _task_start(tokens, i) if c is not None else None
    if start is None and c == i - 1 and _phrase(tokens, i + 2, _verbs()):
        start = i  # ('Sở tiếp tục …': a head word alone before it, read as a name's)
    verb = _past_pace(tokens, start)
    kinds = (UNDER_WAY, INQUIRY, DETAIN)
    inquiry = verb is not None and any(_phrase(tokens, verb, w) for w in kinds)
    charge = verb is not None and verb > start and _phrase(tokens, verb, _verbs()) > 0
    # ('Chủ tịch đề nghị toàn lực lượng tiếp tục phát huy …': a call whose audience was left out)
    asked = c is not None and any(_phrase(tokens, m, ASK) for m in range(c, i))
    asked = asked or _told_as_past(tokens, i)
    if start is not None and charge and not inquiry and not asked:
        return _Directive(i, start, (c, i))
    return None


def _must_by_kind(tokens: list[Token], i: int, spans: Names, found: list[_Directive]) -> _Directive | None:
    """Read what units named by kind must or will do at 'cần' / 'phải' / 'sẽ' (``tokens[i]``), if any."""
    # 'Thời gian tới, lực lượng Công an cần …', 'Các trường, cơ sở giáo dục phải …': units named
    # by kind that must act.
    # ('Cơ quan chức năng cũng cần …', 'Các đơn vị đều phải …': an adverb before the modal)
    s_end = i
    while s_end > 1 and tokens[s_end - 1].lower in SUBJECT_ADVERBS:
        s_end -= 1
    c = _generic_subject(tokens, s_end, spans)
    start = _task_start(tokens, i) if c is not None else None
    # ('A phải làm X; B thì C phải làm Y': after ';' another unit's task may follow)
    last = max((d.task for d in found), default=-1)
    after = c is not None and (last < 0 or any(tokens[m].text == ";" for m in range(last, c)))
    # ('… giao cho địa phương quản lý, Cơ quan công an cần …': a new clause with its own subject;
    # not inside a quoted provision: 'bổ sung thêm “khi …, cán bộ … phải …')
    quoted = c is not None and any(tokens[m].text in ("“", '"') for m in range(max(last, 0), c))
    after = after or c is not None and c > last >= 0 and tokens[c - 1].text == "," and not quoted
    if c is not None and start is not None and (after or not any(d.task <= i for d in found)):
        # (the holder is a unit named among them, if any: a kind of unit is no organisation)
        return _Directive(i, start, (c, i))
    return None


def _named_unit_act(
    tokens: list[Token],
    i: int,
    before: Name,
    role: int | bool,
    going: bool,
    now: bool,
    spans: Names,
    found: list[_Directive],
) -> _Directive | None:
    """Read the plan, role or inquiry under way of the unit named just before ``tokens[i]``, if any."""
    # 'Công an tỉnh là cơ quan thường trực của Ban Chỉ đạo': the role is the task.
    # ('Công an huyện X đang điều tra làm rõ …': the inquiry under way is the unit's; 'đang tạm giữ',
    # 'đang làm nhiệm vụ' tell a state, no task)
    start = i + 1 if role else _task_start(tokens, i + 1 if tokens[i].lower == "đang" else i)
    if start is None and not role:
        start = _with_partner(tokens, i, spans)
    verb = _past_pace(tokens, start)  # 'đang khẩn trương vào …' goes somewhere, no inquiry
    under_way = tokens[i].lower == "đang" or going or now
    # ('Sở X tiếp tục rà soát …', 'TTCP tiếp tục phối hợp với UBND TP … để giải quyết …': a named unit
    # carrying on with a charge, told as what it goes on to do, not as a past step of a story)
    carried = going and start is not None and _carries_on(tokens, i, start, verb)
    # ('Báo X tiếp tục cập nhật …': an outlet's promise to its readers)
    carried = carried and not (before[2] or "").lower().startswith(OUTLETS)
    if carried and tokens[start].lower == "phối":
        # (working with a partner for a purpose: 'phối hợp với X để giải quyết …')
        partnered = _after_partner(spans, tokens, start, len(tokens)) > start
        carried = partnered or _purpose_after(tokens, start)
    if carried:
        under_way = False
    checking = tokens[i].lower == "đang"  # (a check counts as under way after 'đang' only)
    if under_way and start is not None and not _phrase(tokens, verb, CHECKING if checking else UNDER_WAY):
        start = _later_inquiry(tokens, start) if checking else None
    elif under_way and start is not None and tokens[start].lower == "phối":
        # (working with a partner whose name is not read whole names no task of the unit's own)
        start = start if _with_whom(spans, tokens, start) else None
    # ('…, đồng thời Sở TN&MT phải bàn với quận 2 …': a clause of its own after a comma names its unit)
    first = next((k for k in range(i) if tokens[k].end > before[0]), i)
    back = range(1, min(5, first + 1))
    lead = next((first - n for n in back if _phrase(tokens, first - n, CONTINUE) == n), first)
    opens = lead > 0 and tokens[lead - 1].text == ","
    if start is not None and _asks_named(tokens, start, spans, found):
        return None  # ('Cục X sẽ đề nghị Bộ Y xem xét …': Bộ Y's task, as asked)
    if start is not None and (opens or not any(d.task <= i for d in found)):
        return _Directive(i, start, (first, i) if opens else (i, i), unit=before[2])
    return None


def _add_passive_inquiries(tokens: list[Token], spans: Names, found: list[_Directive]) -> None:
    """Add the inquiries under way told in the passive, held by the unit named after 'được'."""
    # An inquiry under way told in the passive: 'Vụ việc đang được Công an huyện X (tiếp tục) điều tra, làm
    # rõ' holds the same task as 'Công an huyện X đang (tiếp tục) điều tra, làm rõ'.
    for i in range(len(tokens) - 3):
        passive = (tokens[i].lower, tokens[i + 1].lower) == ("đang", "được")
        if not passive or any(d.trigger <= i < d.task for d in found):
            continue
        # ('đang được lực lượng Công an huyện X …', 'đang được cơ quan công an huyện X …': the kind of the
        # named unit before its name)
        agent = i + 2 + _phrase(tokens, i + 2, AGENT_KINDS)
        k = _named_run(tokens, agent, spans)
        start = _task_start(tokens, k) if k > agent else None
        verb = _past_pace(tokens, start)
        # ('đang được Công an TP X phối hợp với Công an tỉnh Y điều tra …': the partner named is left out; one
        # named by kind may open a clause of its own: '… phối hợp với các lực lượng chức năng tiếp tục …')
        partnered = verb is not None and (
            tokens[verb].lower != "phối"
            or _after_partner(spans, tokens, verb, len(tokens), named_only=True) > verb
        )
        if start is not None and _phrase(tokens, verb, UNDER_WAY) and partnered:
            found.append(_Directive(i, start, (agent, k)))


def _add_duty_nouns(tokens: list[Token], found: list[_Directive]) -> None:
    """Add the duties named as a noun, held by the unit after 'của'."""
    # A duty named as a noun: 'Nhiệm vụ (trọng tâm) của Đoàn thanh tra là thanh tra …'.
    # ('Nhiệm vụ của Đoàn thanh tra lần này (là) nhằm thanh tra …': the duty's purpose is the duty)
    for i in range(3, len(tokens) - 1):
        if tokens[i].lower not in ("là", "nhằm") or any(d.trigger <= i for d in found):
            continue
        if tokens[i].lower == "là" and tokens[i + 1].lower == "nhằm":
            continue  # (read at 'nhằm')
        of = next((k for k in range(i - 1, max(0, i - 12), -1) if tokens[k].lower == "của"), None)
        duty = of is not None and any(
            (tokens[k].lower, tokens[k + 1].lower) in DUTY_NOUNS for k in range(max(0, of - 4), of - 1)
        )
        offender = of is not None and OFFENDERS.search(" ".join(t.lower for t in tokens[of:i]))
        start = _task_start(tokens, i + 1) if duty and not offender else None
        if of is not None and start is not None:
            found.append(_Directive(i, start, (of + 1, i)))


# A titled official's report of what the unit of the title will do: 'Ông X, Giám đốc Sở Y, cho biết (,)
# (thời gian tới) sẽ kiểm tra …'. A person with no title ('chị X cho biết sẽ làm đơn …') speaks for no unit.
PLAN_REPORTS = _table(
    "cho biết", "cho hay", "khẳng định", "nhấn mạnh", "thông tin", "xác nhận", "nói", "hứa", "cam kết"
)
SPEAKER_TITLES = _table(*_WORDS["titles"], "lãnh đạo", "đại diện")
OWN_UNIT = _table("đơn vị", "đơn vị này", "chúng tôi")  # the speaker's unit as the plan's subject
CLAUSE_MARKS = {";", ":", "“", "”", '"', "?"}


def _add_speaker_plans(tokens: list[Token], spans: Names, found: list[_Directive], posts: Posts) -> None:
    """Add the plans that a titled official reports for the unit named in the title."""
    for i in range(3, len(tokens) - 1):
        if tokens[i].lower == "sẽ" and not any(d.trigger <= i for d in found):
            directive = _speaker_plan(tokens, i, spans, found, posts)
            if directive is not None:
                found.append(directive)


def _plan_report(tokens: list[Token], i: int) -> int | None:
    """Return where the report's verb ('cho biết', 'khẳng định' …) starts before 'sẽ' ``tokens[i]``."""
    m = i
    if tokens[m - 1].lower == "cũng":
        m -= 1
    m -= next((n for n in (3, 2) if m - n >= 0 and _phrase(tokens, m - n, OWN_UNIT) == n), 0)
    m -= _phrase_ending(tokens, m, TIMES)
    m -= m > 0 and tokens[m - 1].text == ","
    m -= m > 0 and tokens[m - 1].lower == "thêm"  # 'cho biết thêm, …'
    return next((m - n for n in (2, 1) if m >= n and _phrase(tokens, m - n, PLAN_REPORTS) == n), None)


def _speaker_plan(
    tokens: list[Token], i: int, spans: Names, found: list[_Directive], posts: Posts
) -> _Directive | None:
    """Read the plan a titled official reports at 'sẽ' ``tokens[i]``, held by the unit of the title."""
    verb = _plan_report(tokens, i)
    if verb is None:
        return None
    lo = next((m + 1 for m in range(verb - 1, -1, -1) if tokens[m].text in CLAUSE_MARKS), 0)
    title = next((m for m in range(lo, verb) if _phrase(tokens, m, SPEAKER_TITLES)), None)
    # (the unit of the title follows it: 'Giám đốc Công an tỉnh X', 'Lãnh đạo Phòng Y')
    # (the unit's name may lie inside the speaker's: 'Bộ trưởng Bộ Y tế Nguyễn Văn A')
    unit = next(
        (
            span
            for m in range(verb if title is None else title, verb)
            for span in spans
            if span[0] <= tokens[m].start < span[1] and span[2] and not span[2].lower().startswith(OUTLETS)
        ),
        None,
    )
    if unit is None:
        unit = _speaker_post(tokens, lo, verb, posts)
    speaker = " ".join(t.lower for t in tokens[lo:verb])
    crime = OFFENDERS.search(speaker) or any(t.lower in IDENTIFIED for t in tokens[lo:verb])
    start = _task_start(tokens, i) if unit is not None and not crime else None
    if start is None or unit is None or _asks_named(tokens, start, spans, found):
        return None
    return _Directive(i, start, (i, i), unit=unit[2])


TITLE_WORDS = 4  # 'vị' and a title: 'vị phó giám đốc'
SPEAKER_GAP = 2  # words between a speaker's name and the report's verb: 'ông X (cũng) cho biết'


def _speaker_post(tokens: list[Token], lo: int, verb: int, posts: Posts) -> Name | None:
    """Return the unit of the post held by the official who speaks in ``tokens[lo:verb]``, if any.

    The title may have been given earlier in the report ('Ông X, Giám đốc Sở Y, …. Ông X cho biết sẽ …',
    'Vị giám đốc cho hay sẽ …'); a person with no post ('chị X cho biết sẽ làm đơn …') speaks for no unit.
    """
    if verb - lo < 1:
        return None
    begin, end = tokens[lo].start, tokens[verb - 1].end
    # (the speaker is the person named last before the verb: 'Trước câu hỏi của bà A, ông X cho biết sẽ …')
    named = [post for post in posts if begin <= post[0] and post[1] <= end]
    if named:
        start, stop, _, unit = max(named)
        near = sum(1 for t in tokens[lo:verb] if t.start >= stop) <= SPEAKER_GAP
        return (start, stop, unit) if unit and near else None
    # 'Vị giám đốc cho hay sẽ …': the person with that title named last before
    vi = next((m for m in range(lo, verb - 1) if tokens[m].lower == "vị"), None)
    if vi is None or verb - vi > TITLE_WORDS:
        return None
    title = " ".join(t.lower for t in tokens[vi + 1 : verb])
    earlier = [post for post in posts if post[1] <= begin and post[2] and title.startswith(post[2].lower())]
    if not earlier:
        return None
    start, stop, _, unit = max(earlier)
    return (start, stop, unit)


def _asks_named(tokens: list[Token], start: int, spans: Names, found: list[_Directive]) -> bool:
    """Whether the task at ``tokens[start]`` is to ask a unit named, read as asked of that unit instead."""
    # ('sẽ kiến nghị với Bộ Y tế có …', 'sẽ đề xuất UBND quận cho phép …': what the unit asks of another
    # unit named is read as asked of it; 'sẽ chỉ đạo các đơn vị làm rõ …' names no one, so the directing is
    # the unit's task)
    asks = (d for d in found if d.trigger == start)
    return any(_named_unit(spans, t) or is_capitalised(t) for d in asks for t in tokens[start + 1 : d.task])


def _add_handed_cases(tokens: list[Token], found: list[_Directive]) -> None:
    """Add the cases handed over to a unit for what follows 'để'."""
    # A case handed over for a purpose: 'chuyển hồ sơ cho Sở Y tế để xử lý kỷ luật', 'gửi UBND TP để chỉ
    # đạo giải quyết': the unit it goes to is to do what follows 'để'.
    for i in range(2, len(tokens) - 1):
        if tokens[i].lower != "để" or any(d.trigger <= i for d in found):
            continue
        unit = _handed_to(tokens, i)
        # ('đối tượng Q. vẫn bàn giao cho S. để đưa vào sử dụng': an offender hands over, no case to a unit)
        lo = unit[0] if unit is not None else 0
        verb = next((m for m in range(lo - 1, max(-1, lo - 14), -1) if _hand_over(tokens, m)), None)
        if verb is not None and OFFENDERS.search(" ".join(t.lower for t in tokens[max(0, verb - 5) : verb])):
            unit = None
        start = _task_start(tokens, i + 1) if unit is not None else None
        if unit is not None and start is not None:
            found.append(_Directive(unit[0], start, unit))


def _add_detaining_units(tokens: list[Token], spans: Names, found: list[_Directive]) -> None:
    """Add what units holding suspects or gathering forces do it for, after 'để'."""
    # A named unit holding suspects or gathering its forces for an inquiry: 'Công an huyện X tạm giữ hai đối
    # tượng để điều tra …': what follows 'để' is the unit's task.
    for i in range(2, len(tokens) - 1):
        if tokens[i].lower != "để" or any(d.trigger <= i for d in found):
            continue
        unit = _detaining_unit(tokens, i, spans)
        kind = _awaiting_units(tokens, i, spans) if unit is None else None
        kind = kind or (_acting_units(tokens, i, spans) if unit is None else None)
        start = _task_start(tokens, i + 1) if unit is not None or kind is not None else None
        if start is not None and _inquiry_purpose(tokens, start):
            found.append(_Directive(i, start, kind or (i, i), unit=unit, told=True))


def _mark_nested(tokens: list[Token], found: list[_Directive]) -> None:
    """Mark the asking verbs that open another directive's task as nested in it."""
    # An asking verb that is itself the start of another's task is part of that task:
    # 'đề nghị UBND huyện chỉ đạo cơ quan chức năng làm rõ vụ việc'; so is one after manner verbs alone
    # ('đề nghị UBND tỉnh quan tâm chỉ đạo các sở …': 'quan tâm' alone would be no task).
    for a, b in zip(found, found[1:], strict=False):
        between = tokens[a.task : b.trigger]
        manner = bool(between) and all(t.is_word for t in between) and _only_verbs(tokens, a.task, b.trigger)
        if b.trigger == a.task or manner or _led_with_partners(tokens, a.task, b.trigger):
            b.nested = True


MAX_PARTNERS = 20  # tokens of 'chủ trì, phối hợp với …' before the asking verb of a unit that leads others


def _led_with_partners(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether ``tokens[lo:hi]`` only lead and name partners: 'chủ trì, phối hợp với các sở, ngành'."""
    # ('giao Sở X chủ trì, phối hợp với huyện Y chỉ đạo các lực lượng …': the unit asked has others act
    # with its partners; what they are to do belongs to its task)
    k = lo + _phrase(tokens, lo, CHAIR)
    k += k < hi and k > lo and tokens[k].text == ","
    n = _phrase(tokens, k, PARTNER)
    if not n or k + n >= hi or tokens[k + n].lower not in ("với", "cùng") or hi - lo > MAX_PARTNERS:
        return False
    partners = range(k + n + 1, hi)
    # (the verb after them asks others in turn, not joined by 'và' as an act of its own; no other unit's
    # own 'cần' / 'phải' comes between)
    joined = tokens[hi - 1].lower in ("và", "đồng")
    # (partners only: 'chủ trì, phối hợp … thường xuyên kiểm tra, đôn đốc, chỉ đạo …' lists acts of its own)
    acts = any(
        _phrase(tokens, m, _verbs()) and not is_capitalised(tokens[m]) and not is_capitalised(tokens[m - 1])
        for m in partners
    )
    return bool(_phrase(tokens, hi, ASK)) and not joined and not acts and tokens[k + n + 1].is_word and all(
        (tokens[m].is_word or tokens[m].text in ",()-&.") and not _modal(tokens, m) for m in partners
    )


# A document that directs before 'chỉ đạo': 'Công văn số 423/UBND chỉ đạo điều tra, làm rõ …'.
DOCUMENT = re.compile(r"\b(?:công văn|văn bản|công điện|chỉ thị|thông báo|kết luận)\b")
# Words that make a subject named by kind a unit (not the public): 'lực lượng', 'các cơ quan', 'nhà trường'.
GENERIC_UNITS = _table(*_WORDS["generic_units"])
# Words that end the kind of unit before 'cần' / 'phải': 'cơ quan chức năng cũng cần', 'lãnh đạo đều nói là
# phải', 'chỉ cần' (only need), 'ân cần' (kindly).
RUN_STOP = frozenset(_WORDS["run_stop"])
# Words after which a clause opens with its subject: '… thì cơ sở đóng tàu phải …', '… và cơ quan chức năng
# phải …', '… nên tỉnh cần …'; after a reporting verb the units must act: 'ông X nói lực lượng công an cần …'.
SUBJECT_OPENERS = {"thì", "là", "và", "nên"}
SUBJECT_ADVERBS = {"cũng", "đều", "vẫn"}
# Lead-ins a clause's subject may follow without a comma: 'Trước hết cơ quan chức năng phải …'.
LEAD_INS = {("trước", "hết"), ("trước", "tiên"), ("trước", "mắt"), ("quan", "trọng")}
REPORTING = {"rằng", "biết", "nói"}
# Times that open a clause before its subject: 'Thời gian tới, lực lượng Công an cần …'.
TIMES = _table(*_WORDS["times"])
# Words that make a subject the public or a party to a case, whose needs are advice, not tasks.
PUBLIC = _table(*_WORDS["public"])


def _with_partner(tokens: list[Token], i: int, spans: Names) -> int | None:
    """Return where the task starts after a modal and a partner: 'sẽ cùng (với) tỉnh X giám sát …'."""
    k = i + _phrase(tokens, i, UNIT_MODALS)
    if k >= len(tokens) or tokens[k].lower != "cùng":
        return None
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "với")
    end = _holder_end(tokens, k, spans) if k < len(tokens) else None
    return _task_start(tokens, end) if end is not None and end > k else None


def _group_verb(tokens: list[Token], k: int) -> bool:
    """Whether the verb at ``tokens[k]`` names a group with the noun before it ('cơ quan điều tra')."""
    before = tokens[k - 1].lower if k > 0 else ""
    police = before == "sát" and k > 1 and tokens[k - 2].lower == "cảnh"  # 'cơ quan cảnh sát điều tra'
    return police or before in GROUP_NOUNS and (before != "quan" or k > 1 and tokens[k - 2].lower == "cơ")


def _generic_subject(tokens: list[Token], i: int, spans: Names) -> int | None:
    """Return where a subject naming units by kind starts, when it opens the clause before ``tokens[i]``."""
    for c in range(max(0, i - 12), i):
        # ('…; hầm bảo quản thì cơ sở đóng tàu phải sửa chữa …', 'nhất trí là hai cơ sở phải …')
        # ('ông X cho biết Sở sẽ báo cáo sau': what will be done, reported, is no task asked)
        reported = tokens[i].lower != "sẽ" and tokens[c - 1].lower in REPORTING if c > 0 else False
        lead_in = c > 1 and (tokens[c - 2].lower, tokens[c - 1].lower) in LEAD_INS
        # 'Thời gian tới lực lượng công an cần …': a time opening the sentence, no comma after it
        lead_in = lead_in or any(
            _phrase(tokens, m, TIMES) == c - m and (m == 0 or tokens[m - 1].text in ",;")
            for m in range(max(0, c - 4), c)
        )
        if c > 0 and not lead_in and tokens[c - 1].text not in (",", ";") and tokens[c - 1].lower not in (
            SUBJECT_OPENERS | (REPORTING if reported else set())
        ):
            continue
        if _phrase(tokens, c, TIMES):
            continue  # 'Thời gian tới, …': the subject follows the time
        k, unit, run = c, False, 0
        while k < i:
            if _phrase(tokens, k, PUBLIC):
                return None
            span = _covered(spans, tokens[k].start)
            n = _phrase(tokens, k, HOLDER_WORDS)
            named = span is not None and span[2] is not None
            unit = unit or bool(_phrase(tokens, k, GENERIC_UNITS)) or named
            run += 1
            if n:
                k, run = k + n, 0
            elif span is not None and span[2]:
                while k < i and tokens[k].start < span[1]:
                    k += 1
            elif tokens[k].text == "," and k > c or is_capitalised(tokens[k]) and k > c:
                k += 1
            elif tokens[k].text in ("&", "-") and k > c and k + 1 < i and is_capitalised(tokens[k + 1]):
                k += 1  # 'ngành TN&MT': an abbreviation's joint
            elif unit and tokens[k].lower == "của" and _phrase(tokens, k + 1, GENERIC_UNITS):
                k += 1  # 'lực lượng công an của quận': the unit's own place goes on
            elif unit and run <= 4 and (tokens[k].is_word or tokens[k].is_number) and (
                not _phrase(tokens, k, _verbs()) or _group_verb(tokens, k)
            ) and (
                tokens[k].lower not in CLAUSE_WORDS | RUN_STOP
            ):
                k += 1  # 'cơ sở giáo dục tư thục': the kind of unit goes on
            else:
                break
        # ('Sở tiếp tục tham mưu …', 'Bộ sẽ …': a unit named before by its head word alone opens the clause)
        bare = k == c + 1 and is_capitalised(tokens[c]) and bool(_phrase(tokens, c, BARE_UNITS))
        if k == i and unit and (_phrase(tokens, c, HOLDER_WORDS) or k > c + 1 or bare):
            return c
    return None


# Nouns that name a duty before 'của X là': 'nhiệm vụ của X là …', 'trách nhiệm của X là …'.
# ('Công việc của X là ghi chép …': the work one is employed for is one's charge as well)
DUTY_NOUNS = {("nhiệm", "vụ"), ("trách", "nhiệm"), ("chức", "năng"), ("công", "việc")}
# Verbs that hand a case over to a unit: 'chuyển (hồ sơ) cho', 'bàn giao cho', 'gửi'.
HAND_OVER = _table("chuyển", "bàn giao", "chuyển giao", "gửi", "giao")  # 'giao đối tượng cho X điều tra'
CARE = ("bệnh viện", "bv ", "trung tâm y tế", "trạm y tế", "cơ sở y tế", "nhân viên y tế", "phòng khám")
# The family a body or a person is handed back to.
KIN = ("gia đình", "phía gia đình", "người nhà", "thân nhân")


# Words after 'giao' that make it no handing over: 'giao dịch' (a transaction), 'giao thông' (traffic).
NOT_HANDED = {"dịch", "thông", "lưu", "hàng", "nhận", "ban", "kèo", "tiếp", "thừa", "cấu", "lộ", "tranh"}


def _hand_over(tokens: list[Token], k: int) -> int:
    """Return the length of a verb handing something over at ``tokens[k]`` (0 when none)."""
    n = _phrase(tokens, k, HAND_OVER)
    follows = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return 0 if n == 1 and tokens[k].lower == "giao" and follows in NOT_HANDED else n


def _hand_over_verb(tokens: list[Token], i: int) -> int | None:
    """Return where the verb of 'bàn giao đối tượng cùng tang vật cho X' starts (``tokens[i]``: its 'cho')."""
    if tokens[i].lower not in ("cho", "sang"):
        return None
    k, words = i - 1, 0
    while k >= 0 and words < 30:
        if tokens[k].text == ")":
            # ('bàn giao Lê Thị H. (45 tuổi, trú …) cùng tang vật cho X': who is handed over, identified)
            k = next((m for m in range(k - 1, max(-1, k - 16), -1) if tokens[m].text == "("), -1) - 1
            continue
        words += 1
        if tokens[k].text == "," and k + 1 < i and tokens[k + 1].lower == "cùng":
            k -= 1  # 'bàn giao hai đối tượng, cùng tang vật cho X'
            continue
        described = k + 1 < i and (tokens[k + 1].is_number or tokens[k + 1].lower in IDENTIFIED | PLACE_WORDS)
        if tokens[k].text == "," and described:
            k -= 1  # 'bàn giao Lê Văn A, 26 tuổi, trú tại xã B, tỉnh C, cùng tang vật cho X': who, identified
            continue
        # ('bàn giao đối tượng, tang vật cho X': the things handed over listed; a verb after the comma
        # starts another action, whose object is its own)
        listed = k + 1 < i and tokens[k + 1].is_word and not is_capitalised(tokens[k + 1])
        if tokens[k].text == "," and words <= 12 and listed and not _phrase(tokens, k + 1, _verbs()):
            k -= 1
            continue
        if not (tokens[k].is_word or tokens[k].is_number):
            return None
        if _hand_over(tokens, k) and k + _hand_over(tokens, k) < i:
            return k
        # (a capital is a name's: 'thành phố Lam Sơn' paints nothing)
        if tokens[k].lower == "rồi" or _phrase(tokens, k, _verbs()) and not is_capitalised(tokens[k]):
            return None  # 'chuyển lòng vòng rồi rút tiền đưa cho X': another action, what it gives is its own
        k -= 1
    return None


def _handed_over_to(tokens: list[Token], i: int) -> int:
    """Return 1 when ``tokens[i]`` is the 'cho' / 'sang' of 'bàn giao hai đối tượng cho X' (0 otherwise)."""
    return int(_hand_over_verb(tokens, i) is not None)


def _asker_end(tokens: list[Token], i: int) -> int:
    """Return where the words of who asks end: before a hand-over's verb, whose object may be offenders."""
    # ('bàn giao đối tượng cho Công an xã xử lý': the offenders are handed over, they ask nothing)
    k = _hand_over_verb(tokens, i)
    passive = any(t.lower == "được" for t in tokens[max(0, i - 3) : i])
    if k is None and passive and _hand_over(tokens, i):
        return 0  # 'hai đối tượng đã được bàn giao cho X': in the passive who is handed over comes first
    return i if k is None else k


# What a unit does to suspects, or with its forces, for an inquiry that follows 'để'.
DETAIN = _table(*_WORDS["detain"])
# The inquiries such a purpose names ('để điều tra, xử lý', 'để tiếp tục làm rõ').
INQUIRY = _table(*_WORDS["inquiry"])
# tokens between the unit's name and its holding verb ('X cho biết, vừa triệt phá …, tạm giữ')
DETAIN_REACH = 30


def _detaining_unit(tokens: list[Token], i: int, spans: Names) -> str | None:
    """Return the named unit that holds suspects before the 'để' at ``i`` (None: none)."""
    # (an act inside brackets is a person's details: '(…, kỹ sư làm việc tại Ban X) để điều tra …')
    acts = (m for m in range(i - 1, 0, -1) if _phrase(tokens, m, DETAIN) and not _bracketed(tokens, m))
    verb = next(acts, None)
    if verb is None:
        return None
    for k in range(verb - 1, max(-1, verb - DETAIN_REACH), -1):
        if tokens[k].lower == "việc" and k + 1 < verb and not _phrase(tokens, k + 1, DETAIN):
            # ('…, việc công an khởi tố vụ án là cần thiết để …': the act named with its doer, not told;
            # 'hoàn tất việc khám nghiệm hiện trường để …' names the act alone)
            return None
        span = _covered(spans, tokens[k].start)
        if span is not None and span[2]:
            first = next((m for m in range(k, -1, -1) if tokens[m].start <= span[0]), k)
            return None if _act_not_told(tokens, first) else span[2]
    return None


NOT_PASSIVE = {"thiết", "trang", "chuẩn", "dự", "phòng"}  # 'thiết bị', 'trang bị': 'bị' in a word, no passive


def _act_not_told(tokens: list[Token], c: int) -> bool:
    """Whether the unit at ``tokens[c]`` acts in a passive or a nominal phrase, not as the clause's subject.

    ('15 bị can bị Công an TP X khởi tố để điều tra …': told of those held, the inquiry is background; 'việc
    công an khởi tố vụ án là cần thiết để làm rõ …': a view of the act, no act told)
    """
    return c > 0 and tokens[c - 1].lower in ("bị", "việc")


# Words between a unit named by kind and its act: 'lực lượng chức năng đã nhanh chóng có mặt để …'.
ACT_ADVERBS = {"đã", "vừa", "đang", "cũng", "vẫn", "nhanh", "chóng", "kịp", "thời", "lập", "tức", "ngay"}
MAX_ACT_CLAUSE = 25  # tokens from the subject of the act to its 'để'


def _bracketed(tokens: list[Token], m: int) -> bool:
    """Whether ``tokens[m]`` stands inside brackets opened before it."""
    return sum((t.text == "(") - (t.text == ")") for t in tokens[:m]) > 0


def _acting_units(tokens: list[Token], i: int, spans: Names) -> tuple[int, int] | None:
    """Return the token range of units named by kind whose act ends in the 'để' at ``i``.

    'Ngay sau đó, lực lượng chức năng đã có mặt để xác minh …', 'cảnh sát đã đưa 14 người về trụ sở để điều
    tra': the clause opens with the kind of unit, then what it did for the inquiry.
    """
    back = range(i - 1, max(0, i - MAX_ACT_CLAUSE), -1)
    verb = next((m for m in back if _phrase(tokens, m, DETAIN) and not _bracketed(tokens, m)), None)
    if verb is None or any(tokens[m].text in ";:.“”\"" for m in range(verb, i)):
        return None
    # (the subject stands before the clause's first aspect word: '… đã xuống hiện trường, dẫn … về trụ sở')
    back = range(verb - 1, max(-1, i - MAX_ACT_CLAUSE), -1)
    lo = max(next((m + 1 for m in back if tokens[m].text in ";:.“”\""), 0), i - MAX_ACT_CLAUSE)
    aspect = next((m for m in range(lo, verb) if tokens[m].lower in ("đã", "vừa", "đang")), None)
    end = aspect if aspect is not None else verb
    while end > 1 and tokens[end - 1].lower in ACT_ADVERBS:
        end -= 1
    c = _generic_subject(tokens, end, spans)
    if c is None or _phrase(tokens, c, TIMES) or _act_not_told(tokens, c):
        return None
    # ('3 đối tượng bị Công an thị xã X, tỉnh Y tạm giữ để …': the units named by kind lie in a passive)
    held = range(max(lo, 1), c)
    passive = any(tokens[m].lower == "bị" and tokens[m - 1].lower not in NOT_PASSIVE for m in held)
    return None if passive else (c, end)


def _inquiry_purpose(tokens: list[Token], start: int) -> bool:
    """Whether the purpose at ``tokens[start]`` opens with an inquiry or a check ('để tiến hành xác minh …').

    (a purpose that opens with other work, 'có mặt để điều tiết giao thông và xác minh …', tells what was done
    at the scene, as our gold reads it)
    """
    verb = _past_pace(tokens, start)
    # ('có mặt để xử lý, phân luồng …': handling the scene, told; 'để xử lý X' is the case's)
    if tokens[verb].lower == "xử" and (verb + 2 >= len(tokens) or tokens[verb + 2].text in ",.;"):
        return False
    return any(_phrase(tokens, k, w) for k, w in ((start, INQUIRY), (verb, INQUIRY), (verb, WATCH)))


# What investigators wait for before they act: 'cơ quan điều tra đang chờ kết luận giám định để xác định …'.
AWAIT = _table("chờ kết luận", "chờ kết quả")
ASPECTS = {"đang", "đã", "vẫn", "còn", "cũng"}


def _awaiting_units(tokens: list[Token], i: int, spans: Names) -> tuple[int, int] | None:
    """Return the token range of units named by kind that wait for findings before the 'để' at ``i``."""
    verb = next((m for m in range(i - 1, 0, -1) if _phrase(tokens, m, AWAIT)), None)
    if verb is None or any(tokens[m].text in ",;:" for m in range(verb, i)):
        return None
    end = verb
    while end > 1 and tokens[end - 1].lower in ASPECTS:
        end -= 1
    # ('cơ quan điều tra đang chờ …': the kind of unit may hold a verb; read it from the clause's start)
    c = next((m for m in range(end - 1, max(-1, end - 7), -1) if m == 0 or tokens[m - 1].text in ",;:"), None)
    words = c is not None and all(t.is_word and t.lower not in CLAUSE_WORDS for t in tokens[c:end])
    return (c, end) if words and c is not None and _phrase(tokens, c, GENERIC_UNITS) else None


def _handed_to(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Return the token range of the unit a case is handed to before 'để' at ``i`` (None: none)."""
    for m in range(i - 1, max(0, i - 12), -1):
        if tokens[m].text in ",;:.":
            return None
        to = tokens[m].lower in ("cho", "đến", "tới", "sang")
        if to:
            # 'chuyển hồ sơ vụ việc cho X': the verb a few words before the preposition
            handed = any(_hand_over(tokens, k) for k in range(max(0, m - 6), m))
            handed = handed or _hand_over_verb(tokens, m) is not None
        else:
            handed = tokens[m - 1].lower == "gửi"  # 'gửi UBND TP để …'
        if not handed:
            continue
        lo = m + 1 if to else m
        # ('được chuyển sang Bệnh viện tỉnh để theo dõi': a patient moved, no case handed over)
        # ('bàn giao thi thể cho gia đình nạn nhân để làm lễ mai táng': a family's, no unit's task)
        care = " ".join(t.lower for t in tokens[lo : lo + 3]).startswith(CARE + KIN)
        if lo < i and not care and (is_capitalised(tokens[lo]) or _phrase(tokens, lo, HOLDER_WORDS)):
            return (lo, i)
        return None
    return None


PLAN = _table("xác định")
PLAN_PACE = _table(
    "tiếp tục", "tập trung", "đẩy mạnh", "tăng cường", "chủ động", "quyết liệt", "kiên quyết", "cương quyết"
)
# The first words of every verb _directives looks for ('cho' and 'sang' end a hand-over's verb).
_DIRECTIVE_OPENERS = frozenset([*ASK, *DUTY, *COMMIT, *PLAN, "cho", "sang"])


def _plan(tokens: list[Token], i: int) -> int:
    """Return the length of a unit's verb of setting its course at ``tokens[i]`` ('xác định tiếp tục …')."""
    n = _phrase(tokens, i, PLAN)
    # ('Công an xác định nạn nhân là …' finds a fact; only a course set with a verb of pace is a plan)
    return n if n and i + n < len(tokens) and _phrase(tokens, i + n, PLAN_PACE) else 0


def _commits(tokens: list[Token], i: int, spans: Names) -> str | None:
    """Return the unit whose agreeing, promising or planning verb is ``tokens[i]`` (None: none, or denied)."""
    n = _phrase(tokens, i, COMMIT) or _plan(tokens, i)
    if not n or (i > 0 and tokens[i - 1].lower in ("không", "chưa", "sự", "được")):
        return None
    if _phrase(tokens, i + n, ASK):
        return None  # 'thống nhất kiến nghị Thủ tướng xem xét …': what is agreed is to ask, read as asking
    # The unit opens the clause: 'Công ty X (cũng / đã) thống nhất …', 'Lãnh đạo hai công ty đồng ý …'.
    k = i - 1
    while k >= 0 and tokens[k].text not in ",;:." and i - k <= 20:
        k -= 1
    if k >= 0 and tokens[k].text not in ",;:.":
        return None
    first = k + 1
    span = _covered(spans, tokens[first].start) if first < i else None
    if first >= i or not ((span is not None and span[2]) or tokens[first].text in COMMITTING_HEADS):
        return None
    if span is not None and span[2]:
        return span[2]
    # The unit's words: up to 'và' (a partner) or the adverbs before the verb ('cũng', 'đã').
    ends = ("và", "cùng", "cũng", "đã", "sẽ", "đều")
    end = next((m for m in range(first + 1, i) if tokens[m].lower in ends or _phrase(tokens, m, _verbs())), i)
    return " ".join(t.text for t in tokens[first : min(end, first + 8)])


def _only_verbs(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether ``tokens[lo:hi]`` are verbs and manner words alone, with no object of their own."""
    k = lo
    while k < hi:
        if tokens[k].text == "," and k > lo:
            k += 1
            continue
        n = _phrase(tokens, k, _verbs())
        if not n or k + n > hi:
            return False
        k += n
    return hi > lo


# What a work is to meet, after 'bảo đảm': '…, bảo đảm tiến độ, chất lượng'.
WORK_STANDARDS = {
    "mục tiêu", "tiến độ", "chất lượng", "hiệu quả", "đúng", "kịp thời", "thời gian", "yêu cầu", "tỷ lệ"
}
# Verbs that go on with a purpose after a comma: '… để ổn định tình hình, tránh xảy ra điểm nóng'.
PURPOSE_VERBS = {"tránh", "góp phần", "hạn chế", "phòng ngừa", "phục vụ"}


# The steps of handling an offence, which open a task of their own after the offences named:
# 'làm rõ hành vi của tài xế, xử lý nghiêm'.
HANDLING = _table(*_WORDS["handling_steps"])


def _charged(tokens: list[Token], start: int, j: int) -> bool:
    """Whether the item ``tokens[start:j]`` names an offence: after 'hành vi', or 'tội' (not 'tội phạm')."""
    for m in range(start, j):
        after = tokens[m + 1].lower if m + 1 < j else ""
        offence = tokens[m].lower == "tội" and after not in ("phạm", "ác")
        if offence or (tokens[m].lower, after) == ("hành", "vi"):
            return True
    return False


def _next_offence(tokens: list[Token], start: int, j: int, begin: int) -> bool:
    """Whether the verb at ``begin``, after ',' (or 'và' past 'tội') at ``j``, names one more offence.

    'điều tra về hành vi giết người, sử dụng trái phép vũ khí …', 'về tội cướp tài sản và gây rối …': the
    offences listed are one object; a step of handling them ('…, xử lý nghiêm'), or a verb after a modal or
    a manner word ('…, phải xử lý'), opens a task of its own.
    """
    joint = tokens[j].text == "," or tokens[j].lower == "và"
    return joint and begin == j + 1 and not _phrase(tokens, begin, HANDLING) and _charged(tokens, start, j)


def _new_item(tokens: list[Token], start: int, j: int, begin: int, hi: int, spans: Names) -> bool:
    """Whether the verb at ``begin``, after the separator at ``j``, opens a task of its own."""
    verbs = _verbs()
    n = _phrase(tokens, begin, verbs) or _phrase(tokens, begin, ASK)
    verb = " ".join(t.lower for t in tokens[begin : begin + n])
    if _covers_listed(tokens, start, j, begin, spans, verb):
        return False
    if _qualifies_item(tokens, start, j, begin, hi, verb):
        return False
    opens = _opens_next_act(tokens, start, j, begin)
    if opens is not None:
        return opens
    lead = _after_partner(spans, tokens, start, j)
    item = f" {' '.join(t.lower for t in tokens[lead:j])} "
    if _verbs_share_object(tokens, start, j, begin, hi, lead, item):
        return False
    if _activities_named(tokens, start, j, hi):
        return False
    return not _goes_on_with_next(tokens, start, j, begin, hi, n, verb, item)


def _covers_listed(tokens: list[Token], start: int, j: int, begin: int, spans: Names, verb: str) -> bool:
    """Tell whether what follows the separator is what the item before covers, not a task of its own."""
    listed = tokens[j].text in (",", "và") and not _phrase(tokens, j + 1, CONTINUE)
    # ('xem xét hủy quyết định A, thu hồi B': the actions listed are what is to be considered; 'hướng dẫn các
    # địa phương lập A, B': what the people guided are to do)
    if listed and (_considers(tokens, start, j) or _guides(tokens, start, j)):
        return True
    # ('báo cáo kết quả, đề xuất các biện pháp … cho Ban Chỉ đạo xem xét': reporting and proposing to one)
    reports = _phrase(tokens, _after_partner(spans, tokens, start, j), REPORT)
    if listed and reports and verb in ("đề xuất", "kiến nghị"):
        return True
    # 'kiểm tra, xác minh …': a verb with no object of its own shares the next one's; so does an
    # item ending in a verb of leading ('giúp Chủ tịch chỉ đạo, điều hành …').
    # 'kiểm định các tàu sau khi đã sửa chữa, khắc phục …', 'có biện pháp … để ổn định tình hình, tránh …':
    # verbs after a time clause, and what to avoid after a purpose, belong to that clause.
    purpose = any(tokens[m].lower in ("để", "nhằm") for m in range(start + 1, j))
    if any(tokens[m].lower == "khi" and tokens[m - 1].lower == "sau" for m in range(start + 2, j)) or (
        purpose and verb in PURPOSE_VERBS
    ):
        return True
    # ('có biện pháp nhằm tạo điều kiện, bảo đảm …': what is listed after 'nhằm' goes on with that purpose,
    # not a task of its own; after 'để' the next item is often a second task: 'điều tra để tìm …, và khen …'
    if tokens[j].text in (",", "và") and any(tokens[m].lower == "nhằm" for m in range(start + 1, j)):
        return True
    # 'xử lý hành vi đánh bạc và tổ chức đánh bạc': offences listed after 'hành vi' are one object.
    if tokens[j].lower == "và" and any(
        (tokens[m].lower, tokens[m + 1].lower) == ("hành", "vi") for m in range(start, j - 1)
    ):
        return True
    if _next_offence(tokens, start, j, begin):
        return True
    # ('phân cấp cho quận một số nội dung, như: thu hồi đất, cấp giấy chứng nhận …', '… trong các nhiệm vụ,
    # trọng tâm là huấn luyện, xây dựng nề nếp …': examples or a focus listed after 'như:', ', như', 'trọng
    # tâm là' are what the item covers, not tasks of their own; after 'đặc biệt là' the next task may follow)
    return any(
        tokens[m].text == ":" and tokens[m - 1].lower in ("như", "gồm")
        or tokens[m].lower in ("như", "gồm") and tokens[m - 1].text == ","
        or tokens[m].lower == "là" and tokens[m - 1].lower in ("tâm", "điểm")
        for m in range(start + 1, j)
    )


def _qualifies_item(tokens: list[Token], start: int, j: int, begin: int, hi: int, verb: str) -> bool:
    """Tell whether the next words tell the item's purpose, its standard or whose it is, not a new task."""
    # ('tích cực cấp cứu, điều trị tốt nhất, giúp các bệnh nhân sớm hồi phục': what the work brings to
    # people named by kind is its purpose; 'giúp Chủ tịch UBND …' helps a named one and is a charge)
    if (
        tokens[j].text == ","
        and begin == j + 1
        and verb == "giúp"
        and begin + 1 < hi
        and not is_capitalised(tokens[begin + 1])
    ):
        return True
    # ('đôn đốc thu hồi nợ đọng …, bảo đảm mục tiêu, tiến độ, chất lượng …': the standard the work is to
    # meet, not a task of its own)
    if tokens[j].text == "," and begin == j + 1 and verb in ("bảo đảm", "đảm bảo") and begin + 2 < hi and (
        " ".join(t.lower for t in tokens[begin + 2 : begin + 4]) in WORK_STANDARDS
        or tokens[begin + 2].lower in WORK_STANDARDS
    ):
        return True
    # ('kiểm điểm trách nhiệm và có hình thức kỷ luật đối với ông X': whose responsibility it is comes after
    # 'đối với' in the next item, so the two share it)
    clause_end = next((m for m in range(begin, hi) if tokens[m].text in ",;."), hi)
    owner = any(_words(tokens, m, m + 2) == "đối với" for m in range(begin, clause_end))
    return tokens[j].lower == "và" and _words(tokens, j - 2, j) == "trách nhiệm" and j - start <= 5 and owner


def _opens_next_act(tokens: list[Token], start: int, j: int, begin: int) -> bool | None:
    """Tell whether the separator's words open a second act or only list what it covers; None if neither."""
    if tokens[j].lower == "rồi":
        return True  # 'lập biên bản rồi sửa chữa': steps one after another share no object
    if tokens[j].lower == "và" and tokens[j + 1].lower in ("sẽ", "phải", "cần") and begin > j + 1:
        return True  # 'điều tra làm rõ và sẽ xử lý nghiêm': a modal opens a second act, sharing no object
    goes_on = _phrase(tokens, j + 1, CONTINUE) if tokens[j].text == "," else 0
    if goes_on and begin == j + 1 + goes_on:
        return True  # 'tập trung điều tra, đồng thời kêu gọi …': the next task opens, sharing no object
    if tokens[j].text == "," and begin > j + 1 and tokens[j + 1].lower == "việc":
        return False  # 'thanh tra hồ sơ về đất đai, việc chấp hành …, việc quản lý …': what it covers, listed
    return None


def _verbs_share_object(
    tokens: list[Token], start: int, j: int, begin: int, hi: int, lead: int, item: str
) -> bool:
    """Tell whether the item is bare verbs, or ends in a verb of leading, sharing the next one's object."""
    # 'kiểm tra, xác minh và kịp thời thăm hỏi …', 'vào cuộc điều tra làm rõ, xử lý nghiêm …': listed verbs
    # are a task of their own when a manner word opens the next one or one of them needs no object.
    manner = tokens[j].lower == "và" and any(item_words in MANNER_WORDS for item_words in (
        tokens[j + 1].lower if j + 1 < hi else "", " ".join(t.lower for t in tokens[j + 1 : j + 3])
    ))
    # (a complete verb before a bare one, 'vào cuộc xác minh, điều tra.', still shares nothing new)
    after_verb = begin + max(1, _phrase(tokens, begin, _verbs()))
    complete = after_verb < hi and tokens[after_verb].is_word
    complete = complete and any(f" {v} " in item for v in COMPLETE_VERBS)
    # ('vào cuộc điều tra, sớm làm rõ vụ việc': the inquiry goes on with what it is to bring to light, one
    # task; 'vào cuộc điều tra làm rõ, xử lý nghiêm …' lists a further step)
    k = begin + _phrase(tokens, begin, MANNER)
    clarifies = _phrase(tokens, k, CLARIFYING) and _phrase(tokens, j - 2, CLARIFYING) == 2
    complete = complete and not clarifies
    listed = manner and "," in item or complete
    if _only_verbs(tokens, lead, j) and item.strip() not in COMPLETE_VERBS and not listed:
        return True
    endings = [" ".join(t.lower for t in tokens[m:j]) for m in range(max(start, j - 3), j)]
    return any(words in LEADING_VERBS for words in endings)


def _activities_named(tokens: list[Token], start: int, j: int, hi: int) -> bool:
    """Tell whether the verbs listed name activities (as nouns, fields, a process's steps), not new tasks."""
    # 'trong việc tham mưu, thực hiện …', 'về tuyển dụng, bổ nhiệm, số lượng cấp phó': verbs listed
    # as nouns, after 'việc' or after another bare verb, name activities, not new tasks.
    # ('làm tốt công tác tuyên truyền, tăng cường công tác …': an item opened by a manner word or a verb of
    # stepping up is a task of its own)
    stepped_up = _phrase(tokens, j + 1, MANNER) or _phrase(tokens, j + 1, STEPPING_UP)
    for m in range(max(start, j - 5), j):
        n_noun = _phrase(tokens, m, NOMINALISERS)
        if n_noun and m + n_noun < j and _only_verbs(tokens, m + n_noun, j) and not stepped_up:
            return True
    # ('đánh giá về quá trình tiếp đón, theo dõi, chăm sóc …': a process's steps, however named; 'nhiệm vụ
    # tuyển sinh, giáo dục, đào tạo': the fields of a duty)
    for m in range(start, j):
        # (fields, then a short one: 'công tác dự báo, nắm tình hình'; not 'công tác an ninh, không để …'; in
        # 'công tác tuần tra, kiểm soát, xử lý nghiêm hành vi …' the bare 'kiểm soát' shares the next object)
        nxt = next((e for e in range(j + 1, hi) if tokens[e].text in ",;.:" or tokens[e].lower == "và"), hi)
        fields = _phrase(tokens, m, FIELD_NOUNS) == 2 and nxt - (j + 1) <= 3
        if (_phrase(tokens, m, PROCESS) == 2 or fields) and _short_list(tokens, m + 2, j):
            return True
    # ('quản lý nhà nước về đào tạo, sát hạch và cấp GPLX', 'công tác đào tạo, sát hạch và cấp …': 'và' closes
    # a list of activities named after 'về' or a noun of work, which share the object; after 'việc quan tâm,
    # chăm sóc và cử giáo viên …' the next task may follow)
    if tokens[j].lower == "và":
        for m in range(start, j):
            n_noun = _phrase(tokens, m, FIELD_NOUNS) or int(tokens[m].lower == "về")
            listed = n_noun and m + n_noun < j and any(t.text == "," for t in tokens[m + n_noun : j])
            if listed and _short_list(tokens, m + n_noun, j):
                return True
    # ('giám sát quá trình thanh lý hợp đồng và giải quyết quyền lợi …': 'và' joins two activities watched)
    process = next((m for m in range(start + 1, j - 1) if _phrase(tokens, m, PROCESS)), None)
    before = range(max(start, process - 4), process) if process is not None else range(0)
    watched = any(_phrase(tokens, m, WATCH) for m in before)
    return tokens[j].lower == "và" and watched


def _goes_on_with_next(
    tokens: list[Token], start: int, j: int, begin: int, hi: int, n: int, verb: str, item: str
) -> bool:
    """Tell whether a bare verb goes on with the next one, or the next word is no verb of a new task."""
    verbs = _verbs()
    ends_in_verb = any(_phrase(tokens, m, verbs) == j - m for m in range(max(start + 1, j - 3), j))
    # 'rà soát để sửa đổi, bổ sung các văn bản', 'để tổng hợp, báo cáo X': a bare verb of purpose goes on
    # with the next one; so does a bare activity after 'về' ('quản lý nhà nước về đào tạo, sát hạch, cấp …').
    if any(
        tokens[m - 1].lower in ("để", "nhằm", "về") and _phrase(tokens, m, verbs) == j - m
        for m in range(max(start + 2, j - 3), j)
    ):
        return True
    after = begin + (n or 1)
    if ends_in_verb and after < hi and tokens[after].text == ",":
        return True
    # 'có biện pháp theo dõi, quản lý chặt chẽ việc nộp thuế', 'rà soát và chấn chỉnh, kiểm tra X': an item
    # closing on a bare verb after another verb shares the next one's object.
    if tokens[j].text == "," and _shares_next_object(tokens, start, j, begin, hi):
        return True
    # 'làm rõ trách nhiệm đối với những khuyết điểm, tồn tại, hạn chế, từ đó …': a bare verb closing a list
    # before the next step is a listed noun.
    if after + 1 < hi and tokens[after].text == "," and _phrase(tokens, after + 1, CONTINUE):
        return True
    # 'đề cao tinh thần bảo vệ Đảng, bảo vệ chế độ': a verb repeated from inside the item lists a
    # second object, not a second task.
    previous = " ".join(t.lower for t in tokens[start + 1 : j])
    if n and f" {verb} " in f" {previous} ":
        return True
    # 'các vấn đề liên quan đến hoạt động đóng mới, nâng cấp, đăng kiểm tàu cá': activities listed as the
    # topic of the item are nouns.
    # ('đi vào hoạt động ổn định, không để …': 'hoạt động' may be the verb, so only these announce a topic;
    # 'thông qua các hoạt động thăm hỏi, hỗ trợ …': what follows a means is cut with it)
    topic = any(f" {w} " in item for w in ("liên quan", "về việc", "về vấn đề"))  # (past the partner)
    topic = topic or bool(re.search(r" thông qua (?:các|những|việc|hoạt động) ", item))
    bare_next = after < hi and tokens[after].text == ","
    if topic and (bare_next or ends_in_verb):
        return True
    # 'xử lý các hành vi đánh bạc, tổ chức đánh bạc': behaviours listed after 'hành vi', ending alike,
    # are nouns.
    stop = next((m for m in range(begin, hi) if tokens[m].text in ",;.…" or tokens[m].lower == "và"), hi)
    alike = stop > begin and tokens[stop - 1].lower == tokens[j - 1].lower
    if alike and any(tokens[m - 1].lower == "hành" and tokens[m].lower == "vi" for m in range(start + 1, j)):
        return True
    # ', kịp thời.' / 'và kịp thời theo quy định': a manner word without a verb after it qualifies
    # the item before; 'các cơ quan, tổ chức, từng hộ gia đình': 'tổ chức' is a listed noun.
    if verb in MANNER_WORDS and verb not in ("tập trung", "tiếp tục") and not _phrase(tokens, after, verbs):
        return True
    return verb == "tổ chức" and after < hi and tokens[after].lower in NOUN_AFTER_ORGANISE


# Verbs that qualify the verb before them ('kết luận điều tra bổ sung': a further inquiry's).
QUALIFYING_VERBS = {"bổ sung"}


def _shares_next_object(tokens: list[Token], start: int, j: int, begin: int, hi: int) -> bool:
    """Whether the item ``tokens[start:j]`` ends in a bare verb taking the object of the item at ``begin``.

    The verb must follow a verb, a manner word, ',' / 'và' / 'hoặc' ('tiến hành kiểm tra, thống kê thiệt hại',
    'sửa đổi, bổ sung Nghị định'); after a noun it names a kind ('các biện pháp phòng ngừa', 'phương án sắp
    xếp'). A complete verb ('vào cuộc') needs no object; one repeated as the next item's object ('làm quy
    hoạch, công khai quy hoạch') is a noun.
    """
    verbs = _verbs()
    last = next((m for m in range(max(start + 1, j - 3), j) if _phrase(tokens, m, verbs) == j - m), None)
    if last is None:
        return False
    tail = _words(tokens, last, j)
    item = f" {_words(tokens, start, j)} "
    if tail in COMPLETE_VERBS or any(f" {v} " in item for v in COMPLETE_VERBS):
        return False
    joined = tokens[last - 1].text == "," or tokens[last - 1].lower in ("và", "hoặc")
    if tail in QUALIFYING_VERBS and not joined:
        return False
    nxt = next((e for e in range(begin, hi) if tokens[e].text in ",;.:"), hi)
    if f" {tail} " in f" {_words(tokens, begin, nxt)} ":
        return False
    return (
        joined
        or any(_phrase(tokens, m, verbs) == last - m for m in range(max(start, last - 3), last))
        or any(_phrase(tokens, m, MANNER) == last - m for m in range(max(start, last - 3), last))
    )


def _short_list(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether ``tokens[lo:hi]`` are words listed by commas, one or two a group ('tiếp đón, theo dõi')."""
    groups = " ".join(t.text for t in tokens[lo:hi]).split(" , ")
    return hi > lo and all(1 <= len(g.split()) <= 2 and all(w.isalpha() for w in g.split()) for g in groups)


def _considers(tokens: list[Token], start: int, j: int) -> bool:
    """Whether the item ``tokens[start:j]`` opens with 'xem xét' and a verb ('xem xét hủy quyết định …')."""
    k = start
    while k < j and (_modal(tokens, k) or tokens[k].lower in MANNER_WORDS):
        k += _modal(tokens, k) or 1
    return (
        k + 2 < j
        and (tokens[k].lower, tokens[k + 1].lower) == ("xem", "xét")
        and bool(_phrase(tokens, k + 2, _verbs()))
    )


# Verbs of guiding others, whose acts follow the people guided: 'hướng dẫn các địa phương lập A, B'.
GUIDING = _table(
    "hướng dẫn", "vận động", "chỉ đạo", "đôn đốc", "tuyên truyền, vận động", "giúp", "giúp đỡ", "hỗ trợ"
)
JOINING = _table("tham gia")  # 'tham gia giúp dân xóa đói, giảm nghèo …': joining in helping people


def _guides(tokens: list[Token], start: int, j: int) -> bool:
    """Whether the item ``tokens[start:j]`` guides people named after its verb ('hướng dẫn các hộ di dời')."""
    k = start
    while k < j and (_modal(tokens, k) or _phrase(tokens, k, MANNER)):
        k += _modal(tokens, k) or _phrase(tokens, k, MANNER)
    k += _phrase(tokens, k, JOINING)
    n = _phrase(tokens, k, GUIDING)
    if not n:
        return False
    k += n
    held = _phrase(tokens, k, HOLDER_WORDS) or tokens[k].lower == "dân"
    if not held or tokens[k].lower not in ("các", "những", "người", "nhân", "dân"):
        return False  # ('hướng dẫn sản xuất, …': no people named, the verbs listed are the item's own)
    end = k + 1 if tokens[k].lower == "dân" else _holder_end(tokens, k, [])
    return end is not None and k < end < j and _task_start(tokens, end) is not None


def _adverb(tokens: list[Token], j: int) -> bool:
    """Whether 'đặc biệt' at ``j`` qualifies the next word ('tai nạn đặc biệt nghiêm trọng'), opening none."""
    return (
        tokens[j].lower == "đặc"
        and j + 2 < len(tokens)
        and tokens[j + 1].lower == "biệt"
        and tokens[j + 2].is_word
        and tokens[j + 2].lower != "là"
    )


def _inside_brackets(tokens: list[Token], lo: int, j: int) -> bool:
    """Whether ``tokens[j]`` stands inside brackets or quotation marks opened after ``tokens[lo]``."""
    depth = quote = 0
    for k in range(lo, j):
        depth += (tokens[k].text == "(") - (tokens[k].text == ")")
        # ('xóa bỏ tình trạng “người sản xuất, làm ra …”': a phrase quoted in the item, not a quoted speech)
        inner = tokens[k].text == "“" and k > lo and tokens[k - 1].is_word
        quote = quote + 1 if inner else 0 if tokens[k].text == "”" else quote
    return depth > 0 or quote > 0


def _glued_person(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether ``tokens[k:]`` name a person and a comma before the post ('Trần Văn P., Phó giám đốc …').

    After a capitalised 'Ông' / 'Bà' inside a sentence they open the next sentence, glued on; a place
    ('Hai Bà Trưng', 'Bà Rịa - Vũng Tàu') is followed by no comma so close.
    """
    n = 0
    while k + n < hi and tokens[k + n].is_word and is_capitalised(tokens[k + n]) and n < 4:
        n += 1
    return n >= 2 and k + n < hi and tokens[k + n].text == ","


def _marked_item(tokens: list[Token], k: int) -> int | None:
    """Return where the task starts in a list item opened by its mark at ``tokens[k]`` ('a) Tập trung …',
    '- Đẩy mạnh …'), its verb capitalised; None when no mark and verb are there."""
    if k < len(tokens) and tokens[k].text in BULLETS - {")"}:
        k += 1
    elif _item_mark(tokens, k, len(tokens)):
        k += 2
    else:
        return None
    start = _task_start(tokens[k:], 0) if k < len(tokens) else None
    return None if start is None else k + start


def _item_mark(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether a list item's mark ('b)', '2)') stands at ``tokens[k]``, its text after it."""
    if k + 2 >= hi or tokens[k + 1].text != ")" or len(tokens[k].text) > 2:
        return False
    return tokens[k].text.isalpha() and tokens[k].text.islower() or tokens[k].is_number


def _words(tokens: list[Token], lo: int, hi: int) -> str:
    """Return the lower-cased words of ``tokens[lo:hi]``, joined by spaces."""
    return " ".join(t.lower for t in tokens[lo:hi])


# Who or what a task waits for after 'chờ': 'chờ các cơ quan có thẩm quyền …', 'chờ kết luận …'.
AWAITED = _table(
    "các cơ quan", "những cơ quan", "cơ quan", "lực lượng", "công an", "cấp trên", "kết luận", "kết quả"
)
# Words before 'chờ' that lead the wait: 'trong thời gian chờ', 'trong khi chờ', 'để chờ'.
WAITING_LEADS = _table("trong thời gian", "trong khi", "để")


# Words after a comma that single out part of what comes before: 'nhất là', 'đặc biệt là'.
FOCUS = {"nhất là", "đặc biệt là"}


def _split(tokens: list[Token], lo: int, hi: int, spans: Names) -> list[tuple[int, int]]:
    """Split a task region into items: at ';', and at ',' / 'và' / 'đồng thời' before a new verb."""
    items: list[tuple[int, int]] = []
    start = lo
    j = lo
    while j < hi:
        tok = tokens[j]
        next_at: int | None = None
        if tok.text in GLUED_OPENERS and j + 1 < hi and tokens[j + 1].is_number and tokens[j - 1].is_word:
            break  # '… yên tâm giảng dạy Ngày 21 …': the next sentence, glued on, holds no more items
        if tok.text in ("Ông", "Bà") and tokens[j - 1].is_word and _glued_person(tokens, j + 1, hi):
            break  # '… điều khoản Ông Trần Văn P., Phó giám đốc Sở …': a sentence glued on after a heading
        if j > start and (tok.lower, tokens[j + 1].lower if j + 1 < hi else "") == ("góp", "phần"):
            break  # '… góp phần bảo vệ A, kiểm soát B': what the task brings about lists no more tasks
        if j > start and tok.lower == "chờ" and _phrase(tokens, j + 1, AWAITED):
            # '… đình chỉ hoạt động (trong thời gian) chờ các cơ quan điều tra, xử lý …': the acts awaited are
            # others', and the wait is no part of the task
            j -= _phrase_ending(tokens, j, WAITING_LEADS, lo=start)
            break
        if tok.text == ";" and (marked := _marked_item(tokens, j + 1)) is not None:
            next_at = marked  # '…; b) Chỉ đạo …', '…; - Đẩy mạnh …': the next item
        elif tok.text == ";":
            if _task_start(tokens, j + 1) is None and not _phrase(tokens, j + 1, CONTINUE):
                break  # '…; thời hạn cấp phiếu không quá 10 ngày': the list of tasks is over
            next_at = j + 1
        elif tok.text == "." and _item_mark(tokens, j + 1, hi):
            # '… diện rộng. b) Chỉ đạo Trạm X …': the next lettered item, glued on in the same sentence
            if _task_start(tokens[j + 3 : hi], 0) is None:
                break
            next_at = j + 3
        elif tok.lower == "để" and _prosecuted_case(tokens, start, j) and _phrase(tokens, j + 1, INQUIRY):
            next_at = j + 1  # 'khởi tố vụ án X theo Điều 245 để điều tra, xử lý …': two steps, two tasks
        elif tok.text == "," and _inside_brackets(tokens, start, j):
            pass  # '(sửa đổi, bổ sung năm 2016)': a comma inside brackets lists no task
        elif any(s_start < tok.start and tok.end < s_end for s_start, s_end, _ in spans):
            pass  # 'Cục X lĩnh vực nông nghiệp và phát triển nông thôn': a unit's name lists no task
        elif (tok.text == "," or tok.lower == "và") and _other_subject(tokens, start, j, hi, spans):
            break  # '… các cơ sở đóng tàu và chủ tịch UBND tỉnh chịu trách nhiệm …': another's part begins
        elif tok.text == "," or tok.lower in ("và", "rồi") or _also(tokens, start, j) or (
            _phrase(tokens, j, CONTINUE) and not _adverb(tokens, j)
        ):
            joined = max(1, _phrase(tokens, j, CONTINUE), _also(tokens, start, j))
            k = j + 1 if tok.text == "," else j + joined
            if k < hi and tokens[k].lower == "và":
                k += 1
            while k < hi and _phrase(tokens, k, CONTINUE):
                k += _phrase(tokens, k, CONTINUE)
                if k < hi and tokens[k].text == ",":
                    k += 1
            begin = _task_start(tokens, k)
            partner = k + 1 < hi and (tokens[k].lower, tokens[k + 1].lower) == ("cùng", "với")
            if begin is None and tok.text == "," and partner:
                # ('…, cùng với nhà trường tiếp tục duy trì …': a partner by kind, then the next task's verb)
                pace = next((m for m in range(k + 2, min(hi, k + 8)) if _phrase(tokens, m, PACE)), None)
                begin = pace if pace is not None and _task_start(tokens, pace) is not None else None
            # (', nhất là tăng cường …': a focus that opens with a verb is a task of its own; one that opens
            # with a noun, ', nhất là dự án …', narrows the object and stays in the item)
            # (the focus words are read as a modal; 'đặc biệt là việc quản lý …' names an activity, no task)
            focus = next((n for n in (2, 3) if _words(tokens, j + 1, j + n + 1) in FOCUS), 0)
            if tok.text == "," and focus and _task_start(tokens, j + 1) == j + 1 + focus:
                k, begin = j + 1, j + 1 + focus
            else:
                focus = 0
            if begin is not None and begin < hi and (focus or _new_item(tokens, start, j, begin, hi, spans)):
                next_at = k
        if next_at is not None:
            items.append((start, j))
            start = j = next_at
            continue
        j += 1
    items.append((start, j))
    return items


ANSWERS = _table("chịu", "có trách nhiệm", "lưu ý")  # what an official named after 'và' does of his own
# Verbs of bringing a matter to light, which go on with an inquiry told before them.
CLARIFYING = _table("điều tra", "xác minh", "làm rõ", "truy tìm", "truy xét", "xác định")
MAX_SUBJECT = 8  # tokens of an official or unit opening a clause of its own after ',' / 'và'


def _other_subject(tokens: list[Token], start: int, j: int, hi: int, spans: Names) -> bool:
    """Whether an official or a unit named after ',' / 'và' at ``j`` is the subject of a clause of its own.

    '… rà soát lại các cơ sở và chủ tịch UBND tỉnh chịu trách nhiệm …', '… về Sở X và Sở lưu ý nhận …': what
    follows is another's part, no more of the item. Not after partners or those asked ('phối hợp với Sở X và
    Sở Y kiểm tra …', 'chỉ đạo A và B …'), where 'và' lists them.
    """
    k = j + 1
    if k >= hi or not tokens[j - 1].is_word:
        return False
    if any(tokens[m].lower in ("với", "cùng") or _phrase(tokens, m, ASK) for m in range(start, j)):
        return False
    if any(" ".join(t.lower for t in tokens[m : m + 2]) in LEADING_VERBS for m in range(start, j)):
        return False
    span = _covered(spans, tokens[k].start)
    named = span is not None and span[2] is not None and span[0] == tokens[k].start
    named = named and is_capitalised(tokens[k])
    bare = is_capitalised(tokens[k]) and _phrase(tokens, k, BARE_UNITS) == 1 and not named
    if not (named or bare or _phrase(tokens, k, TITLES)):
        return False
    end = k + 1 if bare else _holder_end(tokens, k, spans)
    # (its verb may open the next directive, past ``hi``: '… và chủ tịch UBND tỉnh chịu …'; a long run read
    # as units, 'Bộ Y và các đơn vị liên quan trong việc quản lý, …', is a list of those the item covers)
    if end is None or end <= k or end >= len(tokens) or end - k > MAX_SUBJECT:
        return False
    if any(t.text == "," for t in tokens[k:end]):
        return False
    while end < len(tokens) and tokens[end].lower in SUBJECT_ADVERBS:
        end += 1
    return tokens[end].lower in ("phải", "cần", "sẽ") or bool(_phrase(tokens, end, ANSWERS))


ALSO = _table("cũng như")


def _also(tokens: list[Token], start: int, j: int) -> int:
    """Return the length of 'cũng như' at ``tokens[j]`` when it may join a second task to the item begun at
    ``start`` ('xử lý nghiêm X cũng như thu hồi Y'); 0 when none, or when it goes on with a purpose ('để răn
    đe A cũng như cảnh báo B': both are why the task is done)."""
    n = _phrase(tokens, j, ALSO)
    return 0 if not n or any(tokens[m].lower in ("để", "nhằm") for m in range(start, j)) else n


def _prosecuted_case(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether ``tokens[lo:hi]`` open with prosecuting a case named by more than 'vụ án' alone."""
    for m in range(lo, min(hi, lo + 4)):
        words = tuple(t.lower for t in tokens[m : m + 4])
        if words == ("khởi", "tố", "vụ", "án"):
            # ('khởi tố vụ án để điều tra làm rõ …': a bare case is opened for the inquiry, one task)
            return hi - (m + 4) >= 2
    return False


# Partners named by kind that may follow 'phối hợp' with no 'với': not 'phối hợp tổ chức' (organise together).
KIND_PARTNERS = _table(
    "cơ quan", "lực lượng", "đơn vị", "chính quyền", "ngành chức năng",
    "các cơ quan", "các lực lượng", "các đơn vị", "các ngành", "các sở", "các bộ", "các địa phương",
)


def _after_partner(spans: Names, tokens: list[Token], lo: int, hi: int, *, named_only: bool = False) -> int:
    """Skip 'chủ trì, phối hợp với Sở Y tế' before the task: the partner is no part of what is to be done.

    ``named_only``: skip only a partner that is named ('phối hợp với các cơ quan chức năng xử lý …' keeps
    partners named by kind, the manner of the task, in its words).
    """
    k = lo
    while k < hi and _modal(tokens, k):
        k += _modal(tokens, k)
    # ('khẩn trương, tích cực phối hợp với X điều tra, xác minh …': manner words before the partner)
    while k + 1 < hi and " ".join(t.lower for t in tokens[k : k + 2]) in MANNER_WORDS:
        k += 2
    lead = k + 1 < hi and tokens[k].lower == "chủ" and tokens[k + 1].lower == "trì"
    if lead:
        k += 2
        if k < hi and tokens[k].text == ",":
            k += 1
    # ('phối hợp chặt chẽ với X làm A' without a lead unit: working closely with X is the task itself)
    close = k + 3 < hi and tokens[k + 2].lower == "chặt" and tokens[k + 3].lower == "chẽ"
    if (lead or not close) and k + 2 < hi and tokens[k].lower == "phối" and tokens[k + 1].lower == "hợp":
        m = k + 2
        while m < hi and tokens[m].lower in ("chặt", "chẽ"):
            m += 1
        # ('phối hợp cùng (với) Công an huyện X điều tra …', 'phối hợp Công an huyện X điều tra …': the
        # partner after 'cùng', or a named one with no word before it)
        told = m < hi and tokens[m].lower in ("với", "cùng")
        m += m + 1 < hi and tokens[m].lower == "cùng" and tokens[m + 1].lower == "với"
        if not told and m < hi and is_capitalised(tokens[m]) and _named_unit(spans, tokens[m]):
            m -= 1  # (the partner's name starts at once)
            told = True
        if not told and m < hi and _phrase(tokens, m, KIND_PARTNERS):
            m -= 1  # ('phối hợp các cơ quan chức năng làm rõ …': partners named by kind, no word before them)
            told = True
        if told:
            end = _holder_end(tokens, m + 1, spans)
            # ('phối hợp với các cơ quan chức năng xử lý …': partners named by kind only are the manner of
            # the task, which is told with them; a named partner shares the task and is left out)
            named_partner = end is not None and any(
                t.is_word and is_capitalised(t) for t in tokens[m + 1 : min(end, hi)]
            )
            if end is not None and m + 1 < end < hi and (named_partner or not named_only):
                start = _task_start(tokens, end)
                after = start + max(1, _phrase(tokens, start, _verbs())) if start is not None else hi
                # ('phối hợp với đội Điều tra tổng hợp Công an quận X …': a verb between capitals is a name's)
                named = after < hi and is_capitalised(tokens[after]) and start is not None
                before = tokens[max(0, start - 2) : start] if start is not None else []  # ('quý I': no name)
                named = named and any(is_capitalised(t) and len(t.text) > 1 for t in before)
                if start is not None and start < hi and not named:
                    return start
    return lo


def _with_whom(spans: Names, tokens: list[Token], start: int) -> bool:
    """Whether 'phối hợp' at ``tokens[start]`` is read whole: its partner skipped, or none before the inquiry.

    'đang phối hợp với Sở Y tế điều tra …'; 'Cơ quan CSĐT X và Cơ quan CSĐT Y đang phối hợp điều tra …'.
    """
    if _after_partner(spans, tokens, start, len(tokens)) > start:
        return True
    k = start + 2
    return tokens[start + 1].lower == "hợp" and k < len(tokens) and bool(_phrase(tokens, k, UNDER_WAY))


# Further news of the case promised, and nothing else: 'tiếp tục thông tin (về vụ việc này)', 'tiếp tục
# cập nhật thông tin (khi có tình tiết mới)', 'tiếp tục phản ánh thông tin vụ việc'.
NEWS_UPDATE = re.compile(
    r"(?:tiếp tục\s+)?(?:thông tin|cập nhật|phản ánh|đưa tin)(?:\s+(?:lại|thêm|thông tin))?"
    r"(?:\s+(?:về\s+)?(?:vụ việc|sự việc|vụ án|vụ tai nạn)(?:\s+(?:này|trên))?)?"
    r"(?:\s+khi có (?:tình tiết|thông tin) mới)?",
    re.IGNORECASE,
)


# An initial's stop, then a capitalised word and a lower-case one: 'cháu H. Chúng tôi …' opens a sentence
# ('ông K. vào …', 'chị N. Thị Mai' go on).
AFTER_INITIAL = re.compile(r"(?<!\w)[A-ZĐ]\.\s+(?P<first>\w+)\s+(?P<second>\w+)")


def _next_sentence(text: str) -> re.Match[str] | None:
    """Return where the next sentence starts after a name's initial (None: the text goes on)."""
    for m in AFTER_INITIAL.finditer(text):
        if m["first"][0].isupper() and m["second"][0].islower():
            return re.compile(r"\s").search(text, m.start() + 2)
    return None


def _clean(
    ctx: Context, tokens: list[Token], lo: int, hi: int, spans: Names, limit: int = MAX_TASK_WORDS
) -> tuple[int, int] | None:
    """Return the text range of an item without modals, a leading 'phối hợp với X' or a purpose."""
    while lo < hi:
        n = _modal(tokens, lo)
        if n:
            lo += n
            while lo < hi and tokens[lo].text == ",":
                lo += 1
            continue
        break
    lo = _after_partner(spans, tokens, lo, hi, named_only=True)
    if lo >= hi:
        return None
    named = _covered(spans, tokens[lo].start)
    if named is not None and named[2] and named[0] == tokens[lo].start and is_capitalised(tokens[lo]):
        return None  # 'Thanh tra Chính phủ đã thống nhất …': a unit's name, its first word no verb
    start, end = tokens[lo].start, tokens[hi - 1].end
    text = ctx.text[start:end]
    told = SPEAKER_GLUED.search(text)
    if told and len(text[: told.start()].split()) <= 2:
        return None  # 'Đề nghị UBND tỉnh quan tâm Ông X cũng cho hay, …': a sub-heading glued to a report
    if told:
        text = text[: told.start()]
    glued = GLUED.search(text)
    if glued and lo == 0:
        return None  # 'Triển khai ngay hệ thống X Liên quan đến …': a sub-heading glued to the sentence
    if glued:
        text = text[: glued.start()]
    cuts = [m for m in (TASK_END.search(text), _next_sentence(text)) if m]
    cut = min(cuts, key=lambda m: m.start(), default=None)
    if cut:
        end = start + cut.start()
        text = ctx.text[start:end]
    text = text.rstrip(" ,;:.…/\"“”'?*•+–")  # (a bullet of the next item may be left: '… tới. *')
    text = re.sub(r",?\s+(?:và|hoặc|cùng|đồng thời)$", "", text)  # 'bảo vệ và': the object went on
    text = re.sub(r",?\s+(?:mà còn|nhất là|đặc biệt là)$", "", text)  # '…, nhất là': leads the next directive
    text = re.sub(r",\s+trọng (?:tâm|điểm)$", "", text)  # '…, trọng tâm (là …)': the focus named after it
    text = re.sub(r"(?<!triệt)\s+(?:để|nhằm)$", "", text)  # 'lập danh sách … để': the purpose was cut off
    text = re.sub(r",\s+(?:đó|này)$", "", text)  # '… thiệt hại phát sinh, đó': the next clause's subject
    text = re.sub(r",?\s+(?:như|gồm|bao gồm)$", "", text)  # '… trên địa bàn, như: A, B': the examples went
    words = text.split()
    if len(words) > limit and not text.lower().startswith("phối hợp"):
        # A task running on through a long list of what it covers is named by its first part, up to a comma
        # (a long list of partners is no task's object).
        cut = text.rfind(",", 0, len(" ".join(words[:limit])))
        if cut != -1 and len(text[:cut].split()) > limit // 2:
            text = text[:cut]
            words = text.split()
    end = start + len(text)
    if len(words) < 2 or len(words) > limit or " ".join(words).lower() in MANNER_WORDS:
        return None
    last = next((k for k in range(lo, hi) if tokens[k].end >= end), hi - 1)
    rest = words[_phrase(tokens, lo, _verbs()) or 1 :]
    if rest and len(rest) <= 5 and rest[0][:1].isupper() and rest[-1][:1].isupper():
        return None  # 'điều tra Công an TP': the rest of a name cut by its verb, no task
    if re.search(r"\scó\s(?:(?!\bhay\b)[^,])*\skhông$", text, re.IGNORECASE):
        return None  # 'triển khai kết luận có đúng không': a yes-no question, no task
    if len(words) <= 4 and re.search(r"\shay\s(?:không|chưa)$", text, re.IGNORECASE):
        return None  # '… có cần bổ sung, điều chỉnh hay không': the other half of a question, no task
    if DONE_AFTER.search(text):
        return None  # 'kiến nghị việc cấp GPLX sẽ do Bộ Y chủ trì': the unit after 'do' holds it (_done_by)
    if re.match(r"truy tố\b", text, re.IGNORECASE):
        return None  # 'đề nghị truy tố bị can X': an indictment proposed is a step of the case (an event)
    if NEWS_UPDATE.fullmatch(text):
        return None  # 'Báo X sẽ tiếp tục thông tin về vụ việc': a paper's promise to report, no task
    if ACCOUNTABLE.match(text):
        return None  # 'phải chịu trách nhiệm về việc này': accountability for what went wrong, no task
    if words[0].lower() == "không" and words[-1] == "được":
        return None  # 'chủ tàu …, không ra khơi được': what someone cannot do describes them
    # ('vận động quần chúng': the public, a noun, not the offenders' pronoun)
    if re.search(r"(?<!quần )\b(?:chúng|hắn)\b(?!\s+(?:tôi|ta|em|mình))", text, re.IGNORECASE):
        return None  # 'đưa hết tài sản cho chúng': what offenders demand, no unit's task
    if re.match(r"(?:khám nghiệm|điều tra|kiểm tra|xác minh|giám định)\s+ban đầu\b", text, re.IGNORECASE):
        return None  # 'Khám nghiệm ban đầu xác định …', 'điều tra ban đầu': first findings, told
    if re.search(r"\smới\s+(?:\S+\s+){0,2}được\b", text, re.IGNORECASE):
        return None  # '(phải) áp dụng nhiều biện pháp mới bắt được X': what it took, told of the past
    if HANDED_TO_PERSON.match(text):
        return None  # '… heroin từ X giao cho Lê Văn Tám mang vào …': goods passed on in a crime story
    if MONEY_DEMAND.match(text):
        return None  # 'chuyển vào tài khoản 2 triệu đồng': what an offender demands, no unit's task
    if re.search(r"(?<!chúng )\btôi\b", text, re.IGNORECASE):
        return None  # 'xem xét phân công tôi …': a speaker's own request, no unit's task
    # ('nghiêm túc thực hiện', 'khẩn trương giải quyết': a manner word adds nothing to it)
    verb = _past_manner(tokens, lo, last)
    linked = tokens[verb].lower in ("cho", "với", "của", "và")
    if verb > lo and linked and not _phrase(tokens, verb, _verbs()):
        return None  # ('Khoa Hồi sức tích cực cho BV X': a name's last word, no manner of a task)
    if FINDING.match(text):
        return None  # 'xác định, đây là …': a finding reported, no task
    if verb > lo and _phrase(tokens, verb, UNDER_WAY):
        verb = lo  # ('tiếp tục điều tra': an inquiry carried on is a task of its own)
    alone = _only_verbs(tokens, verb, last + 1) and _phrase(tokens, verb, _verbs()) == last + 1 - verb
    if alone and " ".join(t.lower for t in tokens[verb : last + 1]) not in COMPLETE_VERBS:
        return None  # a verb alone ('giải quyết', 'thực hiện') says nothing of what is to be done
    return start, end


# Answering for what went wrong or to someone ('chịu trách nhiệm về việc này', '… trước Chủ tịch', '… hình
# sự'), unlike a function held ('chịu trách nhiệm trong việc kiểm tra an toàn kỹ thuật').
ACCOUNTABLE = re.compile(
    r"chịu\s+(?:hoàn toàn\s+|mọi\s+|toàn bộ\s+)?trách nhiệm\W*$"  # ('sẽ chịu hoàn toàn trách nhiệm.')
    r"|chịu trách nhiệm\s+(?:trước\b|(?:hình sự|dân sự|pháp lý)\b"
    r"|(?:về|trong)\s+(?:(?:việc|vụ việc|sự việc)\s+(?:này|đó|trên|để)\b"
    r"|(?:việc\s+)?(?:buông lỏng|để xảy ra|để xẩy ra|hậu quả|sai phạm|vi phạm|thiệt hại)\b))",
    re.IGNORECASE,
)
# Naming something a priority: 'Xác định nhiệm vụ A, B là nhiệm vụ trọng tâm của năm'.
FRAMING = re.compile(r"xác định\b[^;.]*?\slà\s+(?:một\s+)?(?:nhiệm vụ|khâu|việc|giải pháp)\b", re.IGNORECASE)
# A verb of finding followed by a comma reports what was found: 'Đội X xác định, đây là loài quý hiếm'.
FINDING = re.compile(r"(?:xác định|nhận định|khẳng định|kết luận|đánh giá|nhận thấy)\s*,", re.IGNORECASE)
# Verbs that set up or send a group whose purpose, after 'để', is the task: 'thành lập đoàn … để xác minh'.
SEND = _table("thành lập", "lập", "cử", "thành lập đoàn", "cử đoàn")
# Words of a basis, whose purpose after 'để' is the task: 'căn cứ quy trình này để giám sát …'.
BASIS = _table("căn cứ", "căn cứ vào", "dựa vào", "dựa trên")
# Going somewhere, whose purpose after 'để' is the task: 'lên Bệnh viện tỉnh để cùng cứu chữa bệnh nhân'.
MOTION = _table("lên", "xuống", "đến", "tới", "về", "có mặt tại", "có mặt ở")  # (not 'vào': 'vào cuộc')
# How one goes there: 'trực tiếp xuống hiện trường để kiểm tra'.
GOING = _table("trực tiếp", "nhanh chóng", "lập tức", "ngay")


AIMS = {"góp phần", "hạn chế", "phòng ngừa"}  # aims after 'để', not work (with 'tránh')


def _sent_for(tokens: list[Token], a: int, b: int) -> int:
    """Return where an item's task starts: after 'để' when the item sets up or sends a group for it."""
    k = a
    # ('sẽ trực tiếp xuống hiện trường để kiểm tra …': modals and manner words before going there)
    while k < b and (_modal(tokens, k) or _phrase(tokens, k, MANNER) or _phrase(tokens, k, GOING)):
        k += _modal(tokens, k) or _phrase(tokens, k, MANNER) or _phrase(tokens, k, GOING)
    if not (_phrase(tokens, k, SEND) or _phrase(tokens, k, BASIS) or _phrase(tokens, k, MOTION)):
        return a
    purpose = next((m for m in range(k + 2, b - 1) if tokens[m].lower == "để"), None)
    together = purpose is not None and purpose + 2 < b and tokens[purpose + 1].lower == "cùng"
    start = _task_start(tokens, purpose + 1 + together) if purpose is not None else None
    # ('lên Bệnh viện tỉnh để cùng cứu chữa bệnh nhân': 'cùng' (together) stays with the task)
    start = purpose + 1 if together and start is not None else start
    # ('thành lập một hội đồng giám sát để tránh lợi ích nhóm': what is to be avoided is an aim, not the work)
    if start is not None and (tokens[start].lower == "tránh" or _words(tokens, start, start + 2) in AIMS):
        return a
    return start if start is not None and start < b else a


def _holder_name(text: str, tokens: list[Token], lo: int, hi: int, spans: Names) -> str | None:
    """Return the first unit named among the words of the unit asked.

    A name read past the unit asked ('Sở Nội vụ kiểm tra') is cut back to the unit's words.
    """
    for t in tokens[lo:hi]:
        span = _covered(spans, t.start)
        if span is not None and span[2]:
            if span[0] >= tokens[lo].start and span[1] <= tokens[hi - 1].end:
                return span[2]
            return text[max(span[0], tokens[lo].start) : min(span[1], tokens[hi - 1].end)]
    return None


def _unit_subject(text: str, tokens: list[Token], k: int, spans: Names) -> tuple[int, str | None] | None:
    """Return where the task starts and the unit when ``tokens[k:]`` open with named units and their task.

    'Bộ Tài chính, Bộ Tư pháp phối hợp với Bộ Nội vụ bố trí kinh phí': in a list of directives a
    clause may name the next units asked as its subject.
    """
    end = k
    while end < len(tokens):
        span = _covered(spans, tokens[end].start)
        if span is None or not span[2] or span[0] < tokens[end].start:
            break
        while end < len(tokens) and tokens[end].start < span[1]:
            end += 1
        listed = end + 1 < len(tokens) and tokens[end].lower in (",", "và")
        if listed and _covered(spans, tokens[end + 1].start):
            end += 1  # 'Bộ Công Thương, Bộ Công an và …'
    # ('Sở Nông nghiệp và Phát triển nông thôn tỉnh phối hợp …': the unit's own level, its place implied)
    if k < end < len(tokens) - 1 and tokens[end].lower in ("tỉnh", "huyện", "quận", "xã", "phường"):
        end += 1
    if k < end < len(tokens) - 1 and tokens[end].text == ":":
        end += 1  # ('3. Sở Y tế: Phối hợp với …': a list item headed by the units it asks)
    # The task follows the units at once ('… đã có văn bản báo cáo' tells what was done).
    start = _task_start(tokens, end) if k < end < len(tokens) else None
    if start is None:
        return None
    return start, _holder_name(text, tokens, k, end, spans)


# Words after which a unit named may be no one asked: a partner, whom a thing is for or sent to.
PARTNERED = {"với", "cùng", "giữa", "cho", "của", "và", "gửi"}


def _by_unit(text: str, tokens: list[Token], region: tuple[int, int, str | None], spans: Names) -> Names:
    """Cut a task region where a clause after ';', 'và' or 'đồng thời' names other units asked, each part with
    its holder."""
    lo, hi, holder = region
    parts: Names = []
    for k in range(lo, hi - 1):
        named = _unit_subject(text, tokens, k + 1, spans) if tokens[k].text == ";" else None
        # ('yêu cầu Sở X kiểm tra … và / đồng thời Sở Y bố trí …': a second unit asked, with its task; not a
        # partner after 'với' or one a thing is for or sent to: 'phối hợp với Sở X và Sở Y điều tra …')
        joined = tokens[k].lower == "và" or k > lo and _words(tokens, k - 1, k + 1) == "đồng thời"
        if named is None and joined and not any(tokens[m].lower in PARTNERED for m in range(lo, k)):
            named = _unit_subject(text, tokens, k + 1, spans)
        if named is not None:
            parts.append((lo, k - (tokens[k].lower == "thời"), holder))
            lo, holder = named[0], named[1] or holder
    parts.append((lo, hi, holder))
    return parts


# What should have been done ('đáng lẽ', 'lẽ ra'): a reproach about the past, no task.
COUNTERFACTUAL = re.compile(r"\b(?:đáng lẽ|lẽ ra|lẽ ra phải|đúng ra)\b")
# A speaker's verb that makes a bare 'cần …' / 'phải …' in the sentence a directive.
SPEECH_DIRECTIVES = _table(*_WORDS["speech_directives"])
# Words a bare modal may follow and still open its clause: '“Phải …', ', cần …', 'thì phải …', 'ta cần …'.
MODAL_OPENERS = {"“", '"', ",", "thì", "nên", "ta", "là", "cũng", "còn", "đều", ":"}


def _speech_modal(tokens: list[Token]) -> int | None:
    """Return where a task starts after a bare modal in a speaker's directive ('“Phải làm rõ …”, X nói')."""
    # (the first-word test spares a call at every word: most sentences hold no such verb)
    said = (k for k, t in enumerate(tokens) if t.lower in SPEECH_DIRECTIVES)
    if not any(_phrase(tokens, k, SPEECH_DIRECTIVES) for k in said):
        return None
    for k, tok in enumerate(tokens):
        if tok.lower not in ("cần", "phải"):
            continue
        prev = tokens[k - 1].lower if k else ","
        if prev in ("cũng", "còn", "đều") and k > 1:
            prev = tokens[k - 2].lower  # 'doanh nghiệp cũng cần …': the subject is before the adverb
        # (a closing quotation mark ends a quoted word: '… hai doanh nghiệp "làm ăn gian dối" phải …')
        closing = prev == '"' and k > 1
        if prev not in MODAL_OPENERS or closing or prev == "ta" and tokens[k - 2].lower != "chúng":
            continue  # a modal with a subject of its own ('người dân cần …', 'nạn nhân phải …')
        start = _task_start(tokens, k)
        # ('phải chịu trách nhiệm', 'cần phải được làm rõ': a liability or a passive, nothing to do)
        if start is not None and tokens[start].lower not in ("chịu", "được", "bị", "có"):
            return start
    return None


POINT_NOUNS = _table("nội dung", "nhiệm vụ", "vấn đề", "giải pháp", "biện pháp", "yêu cầu", "điểm")
MAX_ANNOUNCING = 14  # tokens from a speaker's directing verb to the ':' that opens its points


def _points_after_colon(tokens: list[Token]) -> int | None:
    """Return where a speaker's first point starts after ':' ('X nhấn mạnh một số nội dung như: Tiếp …')."""
    for c, tok in enumerate(tokens):
        if tok.text != ":" or c + 1 >= len(tokens) or _task_start(tokens, c + 1) != c + 1:
            continue
        before = range(max(0, c - MAX_ANNOUNCING), c)
        verb = next((k for k in before if _phrase(tokens, k, SPEECH_DIRECTIVES)), None)
        if verb is None or verb > 0 and tokens[verb - 1].lower in ("không", "chưa"):
            continue
        if any(_phrase(tokens, m, POINT_NOUNS) for m in range(verb + 1, c)):
            return c + 1
    return None


# Verbs of what a unit finds or judges ('TAND X xác định …'): a sentence that opens with one tells the story,
# not what the directive before it asked.
FINDINGS = _table("xác định", "nhận định", "kết luận", "đánh giá", "cho rằng", "khẳng định")


def _carried_on(tokens: list[Token], start: int | None, named: bool) -> bool:
    """Whether a sentence told a little after a directive goes on with it ('named': its units named as
    subject, or an opener that goes on: 'Cùng với đó là …', 'Thứ hai, …').

    What a unit 'cũng' does ('Cơ quan CSĐT cũng khởi tố …'), what it finds ('TAND X xác định …') and
    headlines glued on without a stop tell the story, not the directive.
    """
    if start is None or not named or tokens[-1].text not in ".;!":
        return False
    if any(t.lower in DEEDS or t.lower == "bị" for t in tokens[:start]):
        return False  # ('Cụ thể, Bộ X đã tổ chức …', '… cũng bị kỷ luật': a deed or what befell one)
    if (tokens[0].lower, tokens[min(1, len(tokens) - 1)].lower) == ("qua", "đó"):
        return False  # ('Qua đó góp phần …', 'Qua đó chấn chỉnh …': what the directive brings about)
    outcome = _phrase(tokens, start, FINDINGS) or tokens[start].lower in ("góp", "tránh", "nhằm")
    return tokens[start - 1].lower != "cũng" and not outcome


# Leads that name what a point of a directive is about ('Về phía X, …', 'Đối với X, …').
TOPIC_LEADS = _table("về phía", "đối với", "riêng với")


def _topic_unit(text: str, tokens: list[Token], k: int, spans: Names) -> tuple[int, str | None] | None:
    """Return where the clause starts and its unit when ``tokens[k:]`` open with 'Về phía <unit>,'.

    In a list of directives a lead naming the units asked ('Đối với Bộ Xây dựng, …', 'Về phía các
    địa phương, …') heads what they are asked; a lead naming a thing ('Đối với vụ việc này, …') heads none.
    """
    n = _phrase(tokens, k, TOPIC_LEADS)
    if not n:
        return None
    lo = k + n
    comma = next((c for c in range(lo, min(len(tokens), lo + MAX_OPENING)) if tokens[c].text == ","), None)
    if comma is None or comma == lo or comma + 1 >= len(tokens):
        return None
    holder = _holder_name(text, tokens, lo, comma, spans)
    kind = any(_phrase(tokens, m, GENERIC_UNITS) for m in range(lo, comma))
    kind = kind and _phrase(tokens, lo, HOLDER_WORDS) > 0  # 'các địa phương', named by kind
    named = holder is not None and _covered(spans, tokens[lo].start) is not None
    if not (named or kind):
        return None
    return comma + 1, holder or text[tokens[lo].start : tokens[comma - 1].end]


def _reports_after(tokens: list[Token], m: int) -> bool:
    """Whether 'và cho biết' / 'và cho hay' / 'và cho rằng' starts at ``tokens[m]``."""
    words = (tokens[m].lower, tokens[m + 1].lower, tokens[m + 2].lower)
    return words[:2] == ("và", "cho") and words[2] in ("biết", "hay", "rằng")


def _directive_tasks(
    ctx: Context,
    n: int,
    found: dict[str, Task],
    spans: Names,
    subject: str | None,
    last_holder: str | None,
    in_context: bool,
    named_only: bool = False,
    posts: Posts | None = None,
) -> tuple[bool, str | None]:
    """Read the directives and duties of sentence ``n``; return whether any and the last holder.

    ``named_only``: the directive was told a sentence or two before, so only units named as the subject
    go on with it ('… yêu cầu A. “…”, ông X nói. Sở Y phối hợp với Z kiểm tra …').
    """
    tokens = ctx.tokens[n]
    question = ctx.sentences[n].text.rstrip(" ”\"'").endswith("?")
    every = _directives(tokens, spans, posts)
    if question:
        every = _answerable(tokens, every)
        if not every:
            return False, last_holder
    directives = [d for d in every if not d.nested]
    # ('Công an xã X đã triệu tập Y để làm rõ …. Ông Z cho biết …': what a unit did for an inquiry asks no
    # one, so the next sentence goes on with no directive)
    told = bool(directives) and all(d.told for d in directives) and not in_context
    regions = _directive_regions(ctx.text, tokens, directives, spans, subject)
    reported = any(
        tokens[k].lower == "cho" and tokens[k + 1].lower in ("biết", "hay") for k in range(len(tokens) - 1)
    )
    # ('Thực hiện nghiêm túc chế độ báo cáo … để phối hợp chỉ đạo …': a sentence that goes on with the
    # directive before it may hold an asking verb of its own later on; what comes before that verb is read)
    first = min((d.trigger for d in every), default=len(tokens))
    b = _bullet(tokens)
    opens = _task_start(tokens, b) == b or _phrase(tokens, b, CONTINUE) > 0
    opens_task = bool(regions) and first > 0 and opens
    if (not regions or opens_task) and in_context and not reported:
        held = list(regions)
        regions = []
        start, subject_unit = _going_on(ctx, n, spans, named_only)
        if start is not None and (not held or start < first):
            regions.append((start, first if held else len(tokens), subject_unit or last_holder))
        regions += held
    if not regions:
        regions = _undirected_regions(tokens)
    # ('Tổ chức xóc đĩa tại sân bóng X Ảnh: Y Chủ động …': what comes before a photo's credit is its caption)
    pairs = ((m, tokens[m].text, tokens[m + 1].text) for m in range(1, len(tokens) - 1))
    credit = next((m for m, a, b in pairs if (a, b) == ("Ảnh", ":")), 0)
    regions = [r for r in regions if r[0] >= credit]
    regions = [part for region in regions for part in _by_unit(ctx.text, tokens, region, spans)]
    holder = last_holder
    for region in regions:
        holder = _add_region(ctx, tokens, found, every, region, spans)
    return bool(regions) and not told, holder


TOLD_DONE = {"đã", "vừa"}  # aspect words of a deed told, between a sentence's opener and its verb


def _going_on(ctx: Context, n: int, spans: Names, named_only: bool) -> tuple[int | None, str | None]:
    """Return where sentence ``n`` goes on with the directive before it (None: nowhere) and who it names."""
    tokens = ctx.tokens[n]
    subject_unit: str | None = None
    # A sentence that goes on with the directive before it: 'Đồng thời, kiểm điểm …', 'Phải …'
    # ('Trả lời nội dung này, Giám đốc X cho hay: …' reports an answer and goes on with none).
    k = _bullet(tokens) or _credit(tokens, spans)
    if k < len(tokens) - 1 and tokens[k].text in ("“", '"'):
        k += 1  # ('“Đặc biệt, kiên quyết xử lý …': the speaker's quoted words go on with the directive)
    k += _phrase(tokens, k, ORDINALS)
    while k < len(tokens) and (_phrase(tokens, k, CONTINUE) or tokens[k].text in ",:"):
        k += _phrase(tokens, k, CONTINUE) or 1  # ('Cụ thể: tăng cường …')
    topic = _topic_unit(ctx.text, tokens, k, spans)
    if topic is not None:
        k, subject_unit = topic  # 'Về phía UBND tỉnh, cần …', 'Đối với Bộ Xây dựng, sớm ban hành …'
    start = _task_start(tokens, k) if k < len(tokens) and tokens[k].lower != "việc" else None
    pledged = start + _phrase(tokens, start, COMMIT) if start is not None else 0
    if start is not None and start < pledged < len(tokens) and tokens[pledged].lower == "sẽ":
        # ('Đồng thời, cam kết sẽ khắc phục …': the unit goes on with what it promises; no promise is a task)
        start = _task_start(tokens, pledged + 1)
    after_opener = start  # (the verb right after the opener: 'Cùng với đó là đẩy mạnh …')
    if start is None:
        start = _task_after_mark(tokens, k)
    named = _unit_subject(ctx.text, tokens, k, spans) if start is None else None
    if named is not None:
        # 'Bộ Tài chính, Bộ Tư pháp phối hợp với Bộ Nội vụ kiểm soát …': the next units asked, in turn.
        start, subject_unit = named
    led = k > 0 and (_phrase(tokens, 0, CONTINUE) or _phrase(tokens, 0, ORDINALS) or _bullet(tokens)) > 0
    if start is None and named is None and not led and _phrase(tokens, 0, BASIS):
        # ('Dựa trên kế hoạch của Công an tỉnh, các đơn vị chủ động xây dựng …': on the directive's basis,
        # the units named by kind carry it out)
        comma = next((c for c in range(len(tokens)) if tokens[c].text == ","), None)
        if comma is not None and comma + 1 < len(tokens) and comma <= MAX_OPENING:
            k, led = comma + 1, True
    if start is None and named is None and led and k < len(tokens) and _phrase(tokens, k, HOLDER_WORDS):
        # 'Tiếp đó, các địa phương tăng cường công tác kiểm tra …': units asked named by kind, as subject
        end = _holder_end(tokens, k, spans)
        kind = end is not None and any(_phrase(tokens, m, GENERIC_UNITS) for m in range(k, end))
        public = end is not None and any(_phrase(tokens, m, PUBLIC) for m in range(k, end))
        start = end if end is not None and end > k and kind and not public else None
    if start is None and k < len(tokens) and is_capitalised(tokens[k]):
        # 'Tỉnh kiểm điểm …', 'Sở Y tế báo cáo …': the unit asked before, named again as subject.
        span = _covered(spans, tokens[k].start)
        after = k + 1
        while span is not None and after < len(tokens) and tokens[after].start < span[1]:
            after += 1
        head_words = _phrase(tokens, k, BARE_UNITS) if span is None else 0
        if (span is not None and span[2]) or head_words:
            start = _task_start(tokens, k + head_words if head_words else after)
    if start is not None and _no_task_told(ctx.sentences[n].text, tokens, start, k, named):
        start = None
    if start is not None and any(tokens[m].lower in TOLD_DONE for m in range(k, start)):
        # ('Theo đó, Sở X đã ra quyết định kỷ luật …': what the unit did, told after the directive, goes on
        # with no task)
        start = None
    if start is None:
        start = _modal_task(tokens, spans)
    opener = _phrase(tokens, 0, CONTINUE) or _phrase(tokens, 0, ORDINALS) or _bullet(tokens)
    subject_told = named is not None or topic is not None or opener > 0 and start == after_opener
    if named_only and not _carried_on(tokens, start, subject_told):
        start = None
    return start, subject_unit


def _task_after_mark(tokens: list[Token], k: int) -> int | None:
    """Return where the task starts after a bullet or a condition at ``tokens[k]`` (None: none there)."""
    start = None
    if 0 < k < len(tokens) and tokens[k - 1].text in BULLETS:
        # '- Tăng cường …': a listed item opens with its capitalised verb after the bullet
        start = _task_start(tokens[k:], 0)
        start = None if start is None else start + k
    if start is None and k < len(tokens) and tokens[k].lower in ("nếu", "trường", "khi"):
        # 'Nếu có sai phạm phải kiên quyết xử lý …', 'Nếu phát hiện vi phạm, tiêu cực, xem xét xử lý …':
        # the task follows the condition, after 'phải' / 'cần' or after a comma.
        comma = next((c for c in range(k, len(tokens)) if tokens[c].text == ","), len(tokens))
        modal = next((c for c in range(k, comma) if tokens[c].lower in ("phải", "cần")), None)
        if modal is not None:
            start = _task_start(tokens, modal)
        if start is None:
            commas = (c + 1 for c in range(k, len(tokens)) if tokens[c].text == ",")
            starts = (_task_start(tokens, c) for c in commas)
            start = next((b for b in starts if b is not None), None)
    return start


def _no_task_told(
    text: str, tokens: list[Token], start: int, k: int, named: tuple[int, str | None] | None
) -> bool:
    """Whether the verb at ``tokens[start]`` opens no task: a byline, news, a statement, a subject."""
    words = [t for t in tokens if t.is_word]
    if len(words) <= 4 and all(is_capitalised(t) for t in words):
        return True  # 'Viết Ý (TTXVN)': a byline closing the report
    if (tokens[start].lower, tokens[min(start + 1, len(tokens) - 1)].lower) in NEWS:
        return True  # 'Báo X cũng đưa tin, …': a paper reports, no unit goes on with the directive
    # 'Thực hiện chủ trương …, X đã …' opens a statement, not a task ('Thực hiện nghiêm túc chế độ báo
    # cáo …' with no subject after a comma goes on with the directive)
    subject = any(
        tokens[c].text == "," and tokens[c + 1].is_word and is_capitalised(tokens[c + 1])
        for c in range(len(tokens) - 1)
    )
    # ('Thực hiện tốt các nội dung trên, chắc chắn năm tới sẽ có chuyển biến': what doing them will bring)
    comma = next((c for c in range(len(tokens)) if tokens[c].text == ","), len(tokens))
    subject = subject or any(t.lower in ("sẽ", "chắc") for t in tokens[comma + 1 :])
    if tokens[start].lower == "thực" and start <= 1 and subject:
        return True
    comma = next((c for c in range(k, min(len(tokens) - 1, k + 16)) if tokens[c].text == ","), None)
    if start == k and comma is not None and is_capitalised(tokens[comma + 1]) and named is None:
        return True  # 'Xem xét toàn diện vụ án, HĐXX tuyên …': a clause before its subject
    ahead = range(k, len(tokens) - 1)
    brings = any(tokens[c].lower == "sẽ" and tokens[c + 1].lower in OUTCOME_VERBS for c in ahead)
    if start == k and brings:
        return True  # 'Thí điểm đỗ xe theo ngày chẵn lẻ sẽ giúp tuyến phố …': the act as a subject
    # ('Khởi tố, bắt giam một bác sĩ Như đã thông tin, …': a sub-heading glued on)
    return start == k and bool(GLUED.search(text))


def _modal_task(tokens: list[Token], spans: Names) -> int | None:
    """Return where the first task opened by a 'phải' / 'cần' of the sentence starts (None: none)."""
    # 'Nếu có sai phạm phải kiên quyết xử lý …': the modal opens the task.
    for k in range(len(tokens)):
        # ('không phải' = is not, 'không cần' = need not)
        denied = k > 0 and tokens[k - 1].lower in ("không", "chưa")
        # ('Trong đó, riêng Na phải bồi thường …': a person named by a given name alone owes it, no
        # unit; 'Hà Nam phải …' is a place's last word)
        person = k > 1 and tokens[k - 1].text.istitle() and _given_name(spans, tokens[k - 1])
        person = person and not is_capitalised(tokens[k - 2])
        if tokens[k].lower in ("phải", "cần") and k > 0 and not denied and not person:
            start = _task_start(tokens, k)
            if start is not None:
                return start
    return None


def _answerable(tokens: list[Token], every: list[_Directive]) -> list[_Directive]:
    """Keep the directives a question holds: those that ask a named unit or official to answer."""
    # A question asks nobody to act, unless it asks a named unit or official to answer
    # ('đề nghị ông X, Phó Giám đốc Công an tỉnh, phân tích nguyên nhân …?').
    return [
        d for d in every
        if d.holder_words[1] > d.holder_words[0]
        and (is_capitalised(tokens[d.holder_words[0]]) or tokens[d.holder_words[0]].lower in PRIVATE)
        and not d.unit
    ]


def _directive_regions(
    text: str, tokens: list[Token], directives: list[_Directive], spans: Names, subject: str | None
) -> Names:
    """Return the words each directive asks, up to the next one, with the unit that holds them."""
    regions: Names = []
    for k, a in enumerate(directives):
        hi = directives[k + 1].trigger if k + 1 < len(directives) else len(tokens)
        if k + 1 < len(directives) and a.task < directives[k + 1].holder_words[0] < hi:
            hi = directives[k + 1].holder_words[0]  # ('…, Cơ quan công an cần …': the next units open theirs)
        lo_h, hi_h = a.holder_words
        holder = a.unit or (_holder_name(text, tokens, lo_h, hi_h, spans) if hi_h > lo_h else subject)
        # ('yêu cầu thu hồi phù hiệu … để phục vụ công tác điều tra': a measure ordered with no one named to
        # carry it out is taken, no task held; 'cơ quan tố tụng cần xem xét … để phục vụ …' asks the units)
        unnamed = hi_h <= lo_h and not a.unit
        if unnamed and SERVES_INQUIRY.search(" ".join(t.lower for t in tokens[a.task : hi])):
            continue
        if COUNTERFACTUAL.search(" ".join(t.lower for t in tokens[: a.task])):
            continue  # 'đáng lẽ … thì tỉnh X phải báo cáo …': what should have been done, no task
        regions.append((a.task, hi, holder))
    return regions


def _undirected_regions(tokens: list[Token]) -> Names:
    """Return the points a speaker announces after ':' or the task after a speaker's modal, if any."""
    start = _points_after_colon(tokens)
    if start is None:
        start = _speech_modal(tokens)
    return [] if start is None else [(start, len(tokens), None)]


def _add_region(
    ctx: Context,
    tokens: list[Token],
    found: dict[str, Task],
    every: list[_Directive],
    region: Name,
    spans: Names,
) -> str | None:
    """Add the tasks of the words one directive asks; return who holds them."""
    lo, hi, holder = region
    inner = next((
        d for d in every
        if d.nested and (
            d.trigger == lo
            or lo < d.trigger < hi
            and _only_verbs(tokens, lo, d.trigger)
            and all(t.is_word for t in tokens[lo : d.trigger])
            or lo < d.trigger < hi and _led_with_partners(tokens, lo, d.trigger)
        )
    ), None)
    nested_first = inner is not None
    if inner is not None and inner.holder_words[1] - inner.holder_words[0] > LONG_HOLDER:
        # 'kiến nghị Thủ tướng chỉ đạo Bộ Công an, các cơ quan chức năng, phối hợp với … để điều tra …':
        # a long list of the units asked in turn is no part of the task; theirs is.
        lo, nested_first = inner.task, False
        holder = _holder_name(ctx.text, tokens, *inner.holder_words, spans) or holder
    # ('…”, Thủ tướng nhấn mạnh và cho biết Bộ X đã báo cáo, xử lý …': what the speaker reports
    # after 'và cho biết' lists deeds done, no more items of the task)
    hi = next((m for m in range(lo + 1, hi - 2) if _reports_after(tokens, m)), hi)
    if lo < hi and FRAMING.match(ctx.text[tokens[lo].start : tokens[hi - 1].end]):
        return holder  # 'Xác định việc A, B là nhiệm vụ trọng tâm …': a priority named, no task
    items = _split(tokens, lo, hi, spans)
    if nested_first:
        items = _nested_items(ctx.text, tokens, lo, hi, spans)
    for n_item, (a, b) in enumerate(items):
        if n_item and not nested_first and _phrase(tokens, a, ASK):
            # '… và đề nghị các quận huyện nên …': a later item asking someone else names them
            # first; what they are asked is the task, if anything is.
            k = a + _phrase(tokens, a, ASK)
            if OFFENDERS.search(" ".join(t.lower for t in tokens[k : k + 4])):
                continue  # ('…, đồng thời kêu gọi các đối tượng ra đầu thú': offenders asked, no task)
            end = _holder_end(tokens, k, spans)
            if end is not None and end > k:
                if end >= b:
                    continue
                a = end
        a = _sent_for(tokens, a, b)
        cleaned = _clean(ctx, tokens, a, b, spans, MAX_NESTED_WORDS if nested_first else MAX_TASK_WORDS)
        if cleaned is None:
            continue
        _add_item(ctx, found, tokens, a, cleaned, holder, inner if nested_first else None)
    return holder


def _nested_items(text: str, tokens: list[Token], lo: int, hi: int, spans: Names) -> list[tuple[int, int]]:
    """Return the items of a unit asked to have others act: its clause up to ';', then what follows."""
    # The unit asked is to have others act: its clause up to ';' is one task.
    semicolon = next((k for k in range(lo, hi) if tokens[k].text == ";"), None)
    items = [(lo, hi)]
    if semicolon is not None:
        items = [(lo, semicolon)]
    a, b = items[0]
    if a < b and len(text[tokens[a].start : tokens[b - 1].end].split()) > MAX_NESTED_WORDS:
        # ('đề nghị X chỉ đạo lực lượng điều tra, xử lý A … và làm rõ B …': too long for one task, the
        # clause is two after its last 'và' that opens a verb of its own)
        joint = next((k for k in range(b - 2, a + 1, -1) if tokens[k].lower == "và"
                      and _task_start(tokens, k + 1) == k + 1), None)
        if joint is not None:
            items[0:1] = [(a, joint), (joint + 1, b)]
    # ('…; các trường, cơ sở giáo dục phải …': after ';' a new subject, not the next item)
    if semicolon is not None and (
        _task_start(tokens, semicolon + 1) is not None or _phrase(tokens, semicolon + 1, CONTINUE)
    ):
        items += _split(tokens, semicolon + 1, hi, spans)
    return items


def _add_item(
    ctx: Context,
    found: dict[str, Task],
    tokens: list[Token],
    a: int,
    cleaned: tuple[int, int],
    holder: str | None,
    nested: _Directive | None,
) -> None:
    """Add the tasks of one item: one per activity of a spread verb, per case, or one with its wordings."""
    start, end = cleaned
    spread = _spread(ctx.text[start:end])
    if spread:
        # 'làm rõ việc thực hiện A, B, C': the verb goes over each activity listed
        for name, a_item, b_item in spread:
            _add(ctx, found, name, start + a_item, holder, new=False, end=start + b_item)
        return
    cases = CASES.match(ctx.text[start:end])
    if cases is None or not _two_cases(cases):
        task = _add(ctx, found, ctx.text[start:end], start, holder, new=False)
        fuller = _with_partner_named(ctx, tokens, a, start, end)
        # ('chỉ đạo các đơn vị kiểm tra A': what the units directed are to do names the task too)
        theirs = _others_task(ctx.text, tokens, nested, start, end) if nested is not None else None
        for wording in (fuller, _with_purpose(ctx.text, start, end), theirs):
            if wording and wording not in task.aliases:
                task.aliases.append(wording)
        return
    # 'báo cáo rõ vụ A và xe B': one verb for two cases, each case a task
    _add(ctx, found, cases["verb"] + cases["first"], start, holder, new=False)
    second = f"{cases['verb']}{cases['noun']} {cases['second']}"
    _add(ctx, found, second, start + cases.start("second"), holder, new=False, end=end)


def _with_partner_named(ctx: Context, tokens: list[Token], a: int, start: int, end: int) -> str | None:
    """Return the item's words with the named partner left out of its name ('chủ trì, phối hợp với Bộ Y …
    xây dựng A'), a fuller wording of the task; None when no partner was left out."""
    k = a
    while k < len(tokens) and tokens[k].start < start and (_modal(tokens, k) or tokens[k].text == ","):
        k += _modal(tokens, k) or 1
    if k >= len(tokens) or tokens[k].start >= start:
        return None
    if not (_phrase(tokens, k, CHAIR) or _phrase(tokens, k, PARTNER)):
        return None
    return ctx.text[tokens[k].start : end]


MIN_THEIRS = 3  # words of the task of those directed that names it on its own ('xác minh thông tin')


def _others_task(
    text: str, tokens: list[Token], inner: _Directive | None, start: int, end: int
) -> str | None:
    """Return the words of what the units a task directs are to do ('kiểm tra A' of 'chỉ đạo các đơn vị
    kiểm tra A'); None when the task directs no one or those words are too few."""
    if inner is None or inner.task >= len(tokens) or not start < tokens[inner.task].start < end:
        return None
    wording = text[tokens[inner.task].start : end]
    return wording if len(wording.split()) >= MIN_THEIRS else None


# A purpose told after '(,) nhằm' up to the next stop or comma: 'rà soát hồ sơ(,) nhằm phát hiện sai phạm'.
# (a wait cut off at 'chờ' goes on the same way: 'tạm dừng hoạt động, chờ kết luận của cơ quan chức năng')
PURPOSE_AFTER = re.compile(r",?\s+(?:nhằm|(?:để\s+|trong (?:thời gian|khi)\s+)?chờ)\s+[^,.;:!?\n]+")


def _with_purpose(text: str, start: int, end: int) -> str | None:
    """Return the task's words going on with the purpose cut off at 'nhằm', a fuller wording of the task;
    None when no purpose follows."""
    purpose = PURPOSE_AFTER.match(text, end)
    return text[start : purpose.end()].rstrip() if purpose else None


BULLETS = {"-", "–", "+", "•", "*", ")"}
# Verbs of reporting news, which no unit going on with a directive does.
NEWS = {("đưa", "tin"), ("thông", "tin"), ("cho", "biết"), ("cho", "hay"), ("dẫn", "lời")}
# What a directive announces before its list rather than a task: 'thực hiện các nội dung sau:'.
POINTS = r"(?:nội dung|nhiệm vụ|việc|biện pháp|giải pháp|yêu cầu|công việc|vấn đề|điểm)"
ANNOUNCED = re.compile(
    rf"^(?:thực hiện|triển khai|làm|tập trung)(?:\s+\S+){{0,5}}?\s+(?:các|những|một số)?\s*"
    rf"{POINTS}(?:\s+\S+){{0,2}}?\s+(?:sau|như sau|sau đây|dưới đây)$",
    re.IGNORECASE,
)
# The points a speaker announces before telling them in the next sentences: '… chỉ đạo một số việc cụ thể
# đối với các bộ, ngành.', '… thực hiện tốt các nội dung sau.'
POINTS_AHEAD = re.compile(
    rf"\s(?:các|những|một số)\s+{POINTS}(?:\s+\S+){{0,3}}?\s+(?:sau|như sau|sau đây|dưới đây|cụ thể)"
    r"(?:\s+(?:đối với|cho)\s+[^.;:]*)?\s*[.:]$",
    re.IGNORECASE,
)


MAX_GAP = 2  # sentences told between a directive and the next units asked in it (a quote, a caption)
MAX_CREDIT = 8  # tokens of a photo's credit: 'Ảnh: Lê Văn Tám - TTXVN'


def _credit(tokens: list[Token], spans: Names | None = None) -> int:
    """Return the length of a photo's credit glued before a sentence ('Ảnh: X - TTXVN Trong đó, …').

    With ``spans``, a unit's name opening the sentence after the credit ends it too ('Ảnh: X Bộ Tài
    chính nghiên cứu …').
    """
    if len(tokens) < 4 or tokens[0].text != "Ảnh" or tokens[1].text != ":":
        return 0
    for k in range(3, min(len(tokens), 3 + MAX_CREDIT)):
        if tokens[k].is_word and is_capitalised(tokens[k]) and _phrase(tokens, k, CONTINUE):
            return k  # (a capitalised opener of a continuing sentence starts after the credit)
        span = _covered(spans, tokens[k].start) if spans else None
        # (a credit's words are names: 'Ảnh: X Văn bản được UBND ban hành …' is a caption going on)
        credit = all(is_capitalised(t) for t in tokens[2:k] if t.is_word)
        if span is not None and span[2] and span[0] == tokens[k].start and credit:
            return k
    return 0


def _bullet(tokens: list[Token]) -> int:
    """Return the number of tokens of an item's mark at the start of a sentence ('-', 'a)', '2.')."""
    if tokens and tokens[0].text in BULLETS - {")"}:
        return 1
    mark = len(tokens) > 1 and len(tokens[0].text) <= 2 and tokens[1].text in (")", ".")
    return 2 if mark and (tokens[0].is_number or tokens[0].text.isalpha()) else 0


def _announces(tokens: list[Token], spans: Names, text: str) -> tuple[bool, str | None]:
    """Whether a sentence ending in ':' asks units to do what the next lines list, and whom it asks."""
    if not tokens or tokens[-1].text not in ":.":
        return False, None
    if tokens[-1].text == "." and not POINTS_AHEAD.search(text[tokens[0].start : tokens[-1].end]):
        return False, None
    for i in range(len(tokens) - 1):
        n = _phrase(tokens, i, ASK) or _phrase(tokens, i, DUTY)
        if not n or (i > 0 and tokens[i - 1].lower in NOUN_BEFORE):
            continue
        hi = len(tokens) - 1
        # ('yêu cầu các đơn vị thực hiện các nội dung sau:': the units asked end where the verb starts)
        hi = next((m for m in range(i + n, hi) if _task_start(tokens, m) is not None), hi)
        return True, _holder_name(text, tokens, i + n, hi, spans) if hi > i + n else None
    return False, None


# Who carries a work out, told after it: 'việc công bố nguyên nhân sẽ do bên công an chủ trì', 'Cơ sở dữ liệu
# quốc gia về dân cư do Bộ Công an đang thực hiện'.
DONE_BY = _table("chủ trì", "thực hiện", "đảm nhận", "đảm nhiệm", "phụ trách", "tham mưu")
DONE_AFTER = re.compile(
    r"\s(?:sẽ |được |đã )?do\s[^,;]{2,60}?\s(?:chủ trì|thực hiện|đảm nhận|đảm nhiệm|phụ trách|tham mưu)$",
    re.IGNORECASE,
)
SIDES = {"bên", "phía"}
MAX_WORK_WORDS = 14


def _done_by(ctx: Context, tokens: list[Token], found: dict[str, Task], spans: Names) -> None:
    """Add the work a named unit (or the police named by kind) is said to carry out after 'do'."""
    for i, tok in enumerate(tokens):
        if tok.lower != "do" or i == 0:
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].lower in SIDES:
            k += 1
        span = _covered(spans, tokens[k].start) if k < len(tokens) else None
        police = k + 1 < len(tokens) and (tokens[k].lower, tokens[k + 1].lower) == ("công", "an")
        if not (span is not None and span[2] and span[0] == tokens[k].start or police):
            continue
        v = next((m for m in range(k, min(len(tokens), k + 12)) if tokens[m].start >= span[1]), None) if (
            span is not None and span[2]
        ) else k + 2
        while v is not None and v < len(tokens) and tokens[v].lower in ASPECTS:
            v += 1
        n = _phrase(tokens, v, DONE_BY) if v is not None and v < len(tokens) else 0
        # (the verb closes the clause: 'do X thực hiện.' — not 'do X thực hiện việc …', a deed told)
        if not n or v + n < len(tokens) and tokens[v + n].is_word:
            continue
        e = i
        while e > 0 and tokens[e - 1].lower in ASPECTS | {"sẽ", "được"}:
            e -= 1
        s = e
        while s > 0 and tokens[s - 1].text not in ",;:“”\"()":
            s -= 1
        nominal = next((m for m in range(e - 1, s - 1, -1) if tokens[m].lower == "việc"), None)
        if nominal is not None:  # ('X kiến nghị việc cấp GPLX sẽ do Bộ Y chủ trì': the work after 'việc')
            s = nominal + 1
            if s >= e or not tokens[s].is_word or is_capitalised(tokens[s]):
                continue
        elif not (s < e and is_capitalised(tokens[s]) and not _named_unit(spans, tokens[s])):
            continue  # ('Dự án do Công ty X thực hiện' names a work; a lower-case subject is a deed told)
        if not 2 <= e - s <= MAX_WORK_WORDS:
            continue
        holder = span[2] if span is not None and span[2] else None
        start, end = tokens[s].start, tokens[e - 1].end
        _add(ctx, found, ctx.text[start:end], start, holder, new=False)


def tasks(
    ctx: Context,
    subjects: dict[int, str],
    main_org: str | None,
    names: Names | None = None,
    posts: Posts | None = None,
    referred: Referred | None = None,
) -> list[Task]:
    """Return the tasks the report gives, with the unit that holds them.

    ``names``: (start, end, organisation name or None) of the names already found (units, places,
    people), so that a unit asked is read whole ('Sở Nội vụ', not 'Sở Nội' + the verb 'vụ').
    ``posts``: each mention of a person with the title and unit of their post, so that an official named
    without the title ('Ông X cho biết sẽ …') speaks for the unit the report gave them before.
    ``referred``: each unit named again by its kind ('Cục này', 'Bộ') with the unit it refers to.
    """
    spans = sorted(names or [], key=lambda s: (s[0], -s[1]))
    spans = sorted(spans + _units_asked_or_planning(ctx, referred or []), key=lambda s: (s[0], -s[1]))
    found: dict[str, Task] = {}
    in_context = False
    gap = 0  # sentences with no task since the last directive
    last_holder: str | None = None
    title_end = ctx.text.find("\n")
    for n in range(len(ctx.sentences)):
        if ctx.sentences[n].end <= title_end:
            continue  # the headline restates the body
        if is_photo_credit(ctx.text, ctx.sentences[n].start, ctx.sentences[n].end):
            continue  # 'Ảnh: Y - TTXVN' split from the sentence it ran into: no sentence of the directive
        if _list_tasks(ctx, n, found, subjects.get(n, main_org)):
            in_context = False
            continue
        sentence = ctx.sentences[n]
        local = [span for span in spans if span[1] > sentence.start and span[0] < sentence.end]
        tokens = ctx.tokens[n]
        if in_context and 0 < len(tokens) - (tokens[-1].text == ".") <= _bullet(tokens):
            continue  # '1.' split off as a sentence of its own: the item follows
        before = set(found)
        carried = not in_context and 0 < gap <= MAX_GAP
        # ('… - Bí thư chỉ đạo. Đánh giá đúng thì có giải pháp trúng Theo báo cáo, …': a sub-heading or a
        # caption run into the next paragraph goes on with no directive; it may ask of its own)
        heading = runs_on(ctx.text, sentence.start, sentence.end)
        directive, last_holder = _directive_tasks(
            ctx, n, found, local, subjects.get(n, main_org), last_holder,
            (in_context or carried) and not heading, carried and not heading, posts,
        )
        # (a photo's caption between two sentences of a directive, its credit opening the next one, breaks
        # no directive: '… vào Đề án này. X phát biểu tại buổi làm việc. Ảnh: Y - TTXVN Trong đó, …')
        caption = n + 1 < len(ctx.sentences) and (
            _credit(ctx.tokens[n + 1]) > 0
            or is_photo_credit(ctx.text, ctx.sentences[n + 1].start, ctx.sentences[n + 1].end)
        )
        gap = 0 if directive else gap + 1 if in_context or carried else 0
        in_context = directive or in_context and (caption or heading)
        _done_by(ctx, tokens, found, local)
        announces, holder = _announces(tokens, local, ctx.text)
        # ('thực hiện những nội dung sau: 1. …', '… các nội dung sau.': what follows is asked, no task)
        for task_key in set(found) - before:
            if ANNOUNCED.match(found[task_key].name):
                del found[task_key]
        if announces:
            # 'yêu cầu các bộ, ngành: ⏎ - Tăng cường …': the next lines carry the tasks asked
            in_context, last_holder, gap = True, holder or last_holder, 0
    for task in found.values():
        core = _core(task.name)
        if core:
            task.aliases.append(core)
        first = _first_part(task.name)
        if first and first not in task.aliases:
            task.aliases.append(first)
    _join_listed(ctx.text, list(found.values()))
    return list(found.values())


# What the text puts between two tasks it lists as one step after another: 'A, B', 'A và B', 'A, và B'.
LISTED = re.compile(r"\s*(?:,\s*và|,|và)\s+")


def _units_asked_or_planning(ctx: Context, referred: Referred) -> Names:
    """Return the units named again by their kind that are asked or say what they will do.

    'yêu cầu công ty này …', 'Cục này cho biết sẽ …': the rules for a named unit read the sentence as they
    read its name.
    """
    found: Names = []
    for start, end, unit in referred:
        tokens = ctx.tokens[ctx.sentence_index(start)]
        i, k = index_after(tokens, start), index_after(tokens, end)
        asked = any(i >= m and _phrase(tokens, i - m, ASK) == m for m in (1, 2, 3))
        # ('Công ty này thực hiện ký hợp đồng với …' tells what the unit did, often the wrong it did: no task)
        if asked or _asked_or_plans(tokens, k):
            found.append((start, end, unit))
    return found


def _asked_or_plans(tokens: list[Token], k: int) -> bool:
    """Whether the words at ``tokens[k]`` say what a unit will, must or promises to do ('sẽ', 'cam kết')."""
    k += k < len(tokens) and tokens[k].lower == "cũng"
    return k < len(tokens) and (
        tokens[k].lower in ("sẽ", "phải", "cần")
        or _phrase(tokens, k, COMMIT) > 0
        or _phrase(tokens, k, PLAN_REPORTS) > 0
        or _plan(tokens, k) > 0
    )


def _join_listed(text: str, found: list[Task]) -> None:
    """Give a task listed right before another the text's wording of both: 'rà soát kỹ và phổ biến danh sách'.

    Readers name such a pair one task as often as two ('xem xét, hủy quyết định khen thưởng'), and a pair
    cut apart inside one step ('tăng cường tuần tra' + 'kiểm soát để xử lý …') reads whole again.
    """
    mentions = sorted(
        ((span, task) for task in found for span in task.spans), key=lambda m: (m[0].start, m[0].end)
    )
    for (span, first), (next_span, second) in zip(mentions, mentions[1:], strict=False):
        if first is second or not LISTED.fullmatch(text, span.end, next_span.start):
            continue
        # ('làm rõ việc thực hiện A, B': an item's span holds its own words, its name the verb before them)
        head = first.name if first.name.endswith(span.text) else span.text
        wording = head + text[span.end : next_span.end]
        if wording not in first.aliases:
            first.aliases.append(wording)


# What a task is done for, where or by when, after its core: 'củng cố hồ sơ để khởi tố X', '… tại xã Y'.
# ('triệt để', 'tồn tại', 'hiện tại' are words of their own)
TAIL = re.compile(
    r"(?<!triệt)(?<!tồn)(?<!hiện)\s+(?:để|nhằm|tại|trước ngày|trong thời gian|trong thời hạn|sau khi)\s"
    # ('… xử lý nghiêm nếu có vi phạm': the condition it is done on; not 'cho đến khi', 'trong khi', 'tức là
    # nếu', which go on with the task's own words)
    r"|(?<!đến)(?<!trong)(?<!trước)(?<!là)(?<!mà)\s+(?:nếu|khi)\s"
)
MIN_CORE = 3  # words of a core wording that names a task on its own ('củng cố hồ sơ')
LETTING = {"xảy", "xẩy", "lọt", "mất", "tái", "sót"}  # 'để xảy ra', 'để lọt', 'để tái diễn': let it happen


def _first_part(name: str) -> str | None:
    """Return the wording of a task up to its first comma when that part names a task on its own.

    'điều tra làm rõ vụ việc, xử lý nghiêm các đối tượng': readers name the first step alone about as often
    as the whole run; verbs alone before the comma ('tiếp tục điều tra, làm rõ …') name nothing alone.
    """
    parts = re.split(r",\s", name, maxsplit=1)
    first = parts[0].rstrip()
    if len(parts) < 2 or len(first.split()) < MIN_CORE or not _opens_step(parts[1]):
        return None  # ('kiểm tra các cơ sở khám bệnh, chữa bệnh': the comma lists the object's words)
    tokens = tokenize(first, 0, len(first))
    verb = _past_manner(tokens)
    if verb == len(tokens) or _only_verbs(tokens, verb, len(tokens)):
        return None  # ('tiếp tục điều tra, làm rõ A': the verbs share the object after the comma)
    if any(_phrase(tokens, k, _verbs()) == len(tokens) - k for k in range(verb + 1, len(tokens))):
        return None  # ('rà soát việc quản lý, cấp phép A', 'chỉ đạo X điều tra, làm rõ A': one object shared)
    if first.count("(") > first.count(")") or len(re.findall(r"[\"“”]", first)) % 2:
        return None  # ('làm rõ (Công an X, …': a bracket or quotation left open is no wording)
    return first


def _past_manner(tokens: list[Token], k: int = 0, stop: int | None = None) -> int:
    """Return where the words after the manner words from ``tokens[k]`` start ('khẩn trương', 'tiếp tục')."""
    stop = len(tokens) if stop is None else stop
    while k < stop and _phrase(tokens, k, MANNER):
        k += _phrase(tokens, k, MANNER)
    return k


def _opens_step(text: str) -> bool:
    """Whether ``text`` opens with a task's verb after any manner words: a next step, not more object."""
    tokens = tokenize(text, 0, len(text))
    return bool(_phrase(tokens, _past_manner(tokens), _verbs()))


def _core(name: str) -> str | None:
    """Return the task's core wording when its name goes on with a purpose, place or time, else None."""
    tail = TAIL.search(name)
    if tail is None:
        return None
    after = name[tail.end() :].split()
    # ('… trong việc để xảy ra thiếu sót': letting something happen is no purpose; 'hành vi sử dụng Internet
    # để chiếm đoạt tài sản': the offence's own purpose is part of what is named)
    letting = bool(after) and after[0].lower() in LETTING
    if tail.group().strip() == "để" and (letting or "hành vi" in name[: tail.start()]):
        return None
    if tail.group().strip() == "để" and re.match(r"(?:tiếp tục\s+)?phối hợp\b", name, re.IGNORECASE):
        return None  # ('phối hợp với X để hoàn tất Y': the work is the purpose, the partner no task's core)
    # ('vụ trộm xảy ra tại …': the case is named without its happening)
    core = re.sub(r"\s+(?:xảy ra|diễn ra)$", "", name[: tail.start()].rstrip(" ,"))
    core = re.sub(r"\s+(?:và|hoặc)$", "", core)  # ('điều tra và khi nào …': 'và' led the clause cut off
    words = core.split()
    if len(words) < MIN_CORE and core.lower() not in COMPLETE_VERBS:
        return None
    return core
