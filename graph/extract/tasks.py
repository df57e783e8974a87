"""Find the tasks and functions a unit holds or took over, from the lists reports give of them.

Only explicit lists count ('năm nhiệm vụ mới như A, B và C', 'tiếp nhận các chức năng về A, B'):
a task named in passing ('vai trò của công an trong chuyển đổi số') is no claim that a unit holds it.
"""

from __future__ import annotations

import re

from graph.facts import Span, Task
from graph.text import key

from .context import Context

__all__ = ["tasks"]

TRIGGER = re.compile(
    r"(?P<noun>nhiệm vụ|chức năng|lĩnh vực|nhiệm vụ quản lý nhà nước|chức năng quản lý nhà nước)"
    r"(?P<mid>[^.;:,]{0,60}?)\s*(?:như|gồm|bao gồm|về|:)\s+",
    re.IGNORECASE,
)
ITEM_SPLIT = re.compile(r",\s*|\s+và\s+|;\s*")
# A list taken over directly: 'tiếp nhận nguyên trạng các nhiệm vụ A, B và C'.
DIRECT = re.compile(
    r"(?:tiếp nhận|bàn giao|đảm nhận|đảm nhiệm|thực hiện)(?:\s+nguyên trạng)?(?:\s+thêm)?\s+(?:các|những)\s+"
    r"(?:nhiệm vụ|chức năng)\s+(?=[^\d.;:]+,)",
    re.IGNORECASE,
)
# Where an item's words stop being the task: 'lý lịch tư pháp từ Sở Tư pháp sang Công an tỉnh'.
ITEM_END = re.compile(r"\s+(?:từ|sang|cho|tại|trên|theo|để|nhằm|với|đến)\s+.*$")
NEW_CUES = ("mới", "tiếp nhận", "chuyển giao", "bàn giao", "thêm")
MAX_WORDS = 9


# Verbs that share the object of the next item: 'đăng ký, quản lý cư trú', 'sát hạch, cấp GPLX'.
SHARED_OBJECT_VERBS = {
    "phòng",
    "đăng ký",
    "sát hạch",
    "cấp",
    "đổi",
    "cấp đổi",
    "quản lý",
    "tiếp nhận",
    "giải quyết",
    "xử lý",
    "kiểm tra",
    "cấp mới",
    "thu hồi",
    "bảo đảm",
    "bảo vệ",
}


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


def tasks(ctx: Context, subjects: dict[int, str], main_org: str | None) -> list[Task]:
    """Return the tasks listed in the report, with the unit that holds them."""
    text = ctx.text
    found: dict[str, Task] = {}
    for n, sentence in enumerate(ctx.sentences):
        matches = list(TRIGGER.finditer(sentence.text)) or list(DIRECT.finditer(sentence.text))
        for m in matches:
            list_start = sentence.start + m.end()
            list_end = sentence.end
            tail = text[list_start:list_end].rstrip(" .…")
            tail = re.sub(r"(,?\s*(v\.v\.?|\.\.\.|…))$", "", tail)
            context = text[sentence.start : list_start].lower()
            new = any(cue in context for cue in NEW_CUES)
            offset = list_start
            for part in _items(ctx, tail):
                item_start = text.find(part, offset, list_end) if part else -1
                if item_start == -1:
                    continue
                offset = item_start + len(part)
                item = ITEM_END.sub("", part.strip())
                words = item.split()
                if not words or len(words) > MAX_WORDS or any(ch.isdigit() for ch in item):
                    continue
                if words[0].lower() in ("các", "những"):
                    item = " ".join(words[1:])
                    item_start = text.find(item, item_start)
                task_key = key(ctx.lex.gazetteer.expand(item))
                entry = ctx.lex.gazetteer.lookup("tasks", item)
                task = found.get(task_key)
                if task is None:
                    expansion = ctx.lex.gazetteer.expand(item)
                    task = found[task_key] = Task(
                        name=item,
                        name_en=entry.en if entry else None,
                        expansion=expansion if expansion != item else None,
                        new=new,
                        holder=subjects.get(n, main_org),
                    )
                task.spans.append(
                    Span(item_start, item_start + len(item), text[item_start : item_start + len(item)])
                )
            break
    return list(found.values())
