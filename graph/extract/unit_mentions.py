"""Find where a report names a unit again by its kind alone: 'Cục này', 'phía Công ty', 'Sắp tới, Bộ sẽ …'.

'Cục Quản lý thị trường X kiểm tra …. Cục này cho biết …': the kind names the unit of that kind the report
named last before it. The units pass finds the names; this pass, run once the names of places and people
are known too, says which unit each such mention refers to, for the later passes to read it as its name.
"""

from __future__ import annotations

from graph.text import key

from .context import Context
from .organizations import dictionary_words, word_key
from .tokens import Token, is_capitalised, phrase_at

__all__ = ["Names", "Referred", "units_referred"]

Names = list[tuple[int, int, str | None]]  # (start, end, unit name or None) of the names found
Referred = list[tuple[int, int, str]]  # (start, end, unit name) of each unit named again by its kind

# Kinds of unit a report names again by the kind alone: 'Cục này cho biết …', 'phía Công ty cam kết …'.
KINDS = tuple(
    tuple(kind.split())
    for kind in (
        "cục", "tổng cục", "chi cục", "sở", "bộ", "phòng", "công ty", "tổng công ty", "tập đoàn", "ngân hàng",
        "bệnh viện", "trường", "trung tâm", "viện",
    )
)
_FIRST_WORDS = frozenset(kind[0] for kind in KINDS)
# (written in lower case only those that name no room or set: 'phòng này', 'bộ hồ sơ này' are no units)
LOWER_KINDS = frozenset(["cục", "công ty", "tổng công ty", "tập đoàn", "ngân hàng", "bệnh viện"])
# Kinds that alone name any unit of the kind, not the one named before: 'Ngân hàng sẽ chuyển sang cho vay …'.
ANY_OF_KIND = frozenset(["ngân hàng"])
# Words after a kind that make it a title: 'Cục trưởng', 'Chi cục phó'.
TITLE_ENDS = frozenset(["trưởng", "phó"])
# Words before a kind that make it any unit of the kind, not one named: 'các Sở', 'mỗi công ty', 'khối Bộ'.
QUANTIFIERS = frozenset(["các", "những", "mỗi", "từng", "nhiều", "một", "hai", "ba", "cả", "mọi", "khối"])
# Kinds of body listed after a kind to name them all: 'Bộ, ngành', 'Sở, ban, ngành', 'phòng ban'.
OTHER_BODIES = frozenset(["ngành", "ban"])


def units_referred(ctx: Context, names: Names) -> Referred:
    """Return each mention of a unit by its kind ('Cục này', 'phía Sở', 'Bộ') with the unit it refers to.

    ``names``: (start, end, unit name or None) of the names found (units, places, people); a kind inside
    one of them ('Sở Tư pháp', 'ông Trường') refers to nothing.
    """
    units: Referred = [(start, end, name) for start, end, name in names if name]
    found: Referred = []
    for tokens in ctx.tokens:
        for i, tok in enumerate(tokens):
            if tok.lower not in _FIRST_WORDS:
                continue  # (every word of the report is asked: a look-up, not a call, for most)
            n = phrase_at(tokens, i, KINDS) - i
            if not n or any(s <= tok.start < e for s, e, _ in names):
                continue
            if found and found[-1][1] > tok.start:
                continue  # ('Chi cục này' refers to no 'Cục' as well)
            end = _refers(tokens, i, n)
            kind = " ".join(t.lower for t in tokens[i : i + n])
            # (the kind must be the whole of the unit's first words: 'Cục' names no 'Cục trưởng')
            last = [u for u in units if u[1] <= tok.start and key(u[2]).startswith(key(kind) + " ")]
            if end is not None and last:
                found.append((tok.start, tokens[end - 1].end, max(last)[2]))
    return found


def _refers(tokens: list[Token], i: int, n: int) -> int | None:
    """Return where the mention of the kind ``tokens[i : i + n]`` ends, if it names one unit named before."""
    tok = tokens[i]
    kind = " ".join(t.lower for t in tokens[i : i + n])
    after = tokens[i + n] if i + n < len(tokens) else None
    if not (is_capitalised(tok) or kind in LOWER_KINDS) or after is not None and after.lower in TITLE_ENDS:
        return None  # ('Bộ trưởng', 'Chi cục phó': a title, no unit)
    if _begins_word(tokens, i, n):
        return None
    before = tokens[i - 1] if i > 0 else None
    counted = before is not None and (before.lower in QUANTIFIERS or before.is_number)
    if counted or _listed_with_others(tokens, i + n):
        return None  # ('các công ty này', '2 Công ty trên', 'khối Bộ, ngành': a set of units, no one unit)
    if after is not None and after.lower == "này":
        return i + n + 1
    # ('Sắp tới, Bộ sẽ …': the kind alone, capitalised, names the unit too; 'Thanh tra Bộ' is a name of its
    # own, and 'Phòng Giáo dục thành phố' a name the units pass missed)
    named = before is not None and before.is_word and is_capitalised(before) and before.lower != "phía"
    if named or not is_capitalised(tok):
        return None
    if kind in ANY_OF_KIND or after is not None and is_capitalised(after):
        return None
    return i + n


def _begins_word(tokens: list[Token], i: int, n: int) -> bool:
    """Whether the kind ``tokens[i : i + n]`` begins a longer word: 'Bộ luật', 'Trường hợp', 'Phòng chống'."""
    words = dictionary_words()
    return any(
        word_key(" ".join(t.lower for t in tokens[i:end])) in words
        for end in range(i + n + 1, min(len(tokens), i + 4) + 1)
    )


def _listed_with_others(tokens: list[Token], k: int) -> bool:
    """Whether another kind of body follows at ``tokens[k]`` ('Bộ, ngành', 'Sở/ngành'): all such bodies."""
    k += k < len(tokens) and tokens[k].text in {",", "/"}
    return k < len(tokens) and tokens[k].lower in OTHER_BODIES
