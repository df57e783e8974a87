"""Tell the shapes of Vietnamese personal names that both the name reader and the post reader test."""

from __future__ import annotations

from .context import Context
from .organizations import MORE_SURNAMES
from .tokens import Token, capital_run, is_capitalised

__all__ = [
    "COUNTRIES", "country_at", "HONORIFICS", "is_medicine", "is_surname", "MIDDLE_NAMES", "non_name_capitals",
    "NOT_NAME_WORDS", "person_starts", "place_before_name", "SENTENCE_OPENERS",
]

HONORIFICS = {
    "ông",
    "bà",
    "đồng chí",
    "anh",
    "chị",
    "bác sĩ",
    "bác sỹ",
    "nhà báo",
    "bị cáo",
    "bị can",
    "nghi phạm",
    "đối tượng",
    "cháu",
    "em",
    "cụ",
    "ngài",  # a foreign dignitary: 'ngài Piotr Novak, Phó Thủ tướng'
    "ca sĩ",
    "nghệ sĩ",
    "giáo sư",
    "phó giáo sư",
    "tiến sĩ",
    "thạc sĩ",
    "kỹ sư",
    "tên",
    "tên là",  # 'một thanh niên tên là Khoa', 'tên thường gọi là Khoa'
    "tên thường gọi là",
    "bạn là",  # 'gặp bạn là Vũ Khải', 'bạn gái Lê Ngọc Hà'
    "bạn gái",
    "bạn trai",
    "cô",
    "chú",
    "bé",
}
# Capitalised words that open the next sentence or a caption, not the end of a name ('... Tùng Theo ...').
NOT_NAME_WORDS = {
    "Theo",
    "Sau",
    "Trước",
    "Tại",
    "Trong",
    "Ngày",
    "Khi",
    "Để",
    "Với",
    "Về",
    "Từ",
    "Cùng",
    "Do",
    "Nhưng",
    "Tuy",
    "Vì",
    "Ngoài",
    "Hiện",
    "Đây",
    "Đó",
    "Chiều",
    "Sáng",
    "Tối",
    "Trưa",
    "Đêm",
    "Năm",
    "Tháng",
    "Hôm",
    "Ông",
    "Bà",
    "Báo",
    "Ảnh",
    "Nguồn",
    "Còn",
    "Một",
    "Các",
    "Những",
    "Mặc",
    "Cũng",
    "Dù",
    "Nếu",
    "Được",
    "Bị",
    "Đến",
    "Qua",
    "Thế",
    "Vậy",
    "Ngay",
    "Bên",
    "Phía",
    "Tuần",
    "Chủ",
    "Giám",
    "Phó",
    "Trưởng",
    "Lúc",
    "Vào",
    "Nhằm",
    "Hay",
    "Hoặc",
    "Và",
    "Cơ",
    "Việc",
    "Vụ",
    "Clip",
    "Video",
    "Xem",
    "Bài",
    "Tin",
}
# Capitalised words that open a sentence: where a unit's name written before it ends.
SENTENCE_OPENERS = {
    "Theo", "Sau", "Trước", "Tại", "Trong", "Ngày", "Khi", "Để", "Với", "Về", "Từ", "Cùng", "Do", "Nhưng",
    "Tuy", "Vì", "Ngoài", "Hiện", "Đây", "Đó", "Chiều", "Sáng", "Tối", "Trưa", "Đêm", "Hôm", "Ông", "Bà",
    "Anh", "Chị", "Ảnh", "Nguồn", "Còn", "Các", "Những", "Mặc", "Cũng", "Dù", "Nếu", "Được", "Bị", "Qua",
    "Như", "Ngay", "Lúc", "Vào", "Nhằm", "Và", "Đến",
}  # fmt: skip
# Middle names that mark a capitalised run as a person's name whatever its family name.
MIDDLE_NAMES = {"Văn", "Thị", "Hữu", "Đình", "Viết", "Sỹ", "Bá", "Khắc", "Trọng"}


def is_surname(ctx: Context, word: str) -> bool:
    """Whether a word is a Vietnamese family name."""
    return word in ctx.lex.surnames or word in MORE_SURNAMES


# Words a unit's name puts before 'Y', medicine, its field ('Trường Đại học Y Hà Nội', 'ĐH Y Dược',
# 'Tổng hội Y học', 'Hội Đông y'): there 'Y' opens no Ê Đê man's name ('Y Bih Niê').
MEDICINE_BEFORE = {"học", "đh", "hội", "viện", "đông", "đẳng", "cấp", "khoa", "ngành"}


def is_medicine(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is the 'Y' of medicine in a unit's name ('Trường Đại học Y Dược X')."""
    return tokens[k].text == "Y" and k > 0 and tokens[k - 1].lower in MEDICINE_BEFORE


def person_starts(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether a person's name (family name + given names) starts at tokens[k]."""
    tok = tokens[k]
    if is_medicine(tokens, k):
        return False
    if (
        k + 2 < len(tokens)
        and tokens[k + 1].text in MIDDLE_NAMES
        and tok.is_word
        and is_capitalised(tok)
        and is_capitalised(tokens[k + 2])
    ):
        return True  # 'Ninh Thị Hoa': a family name the list lacks, known by its middle name
    if not is_surname(ctx, tok.text) or ctx.lex.places.match(tokens, k):
        return False
    return capital_run(tokens, k) >= 2 and not ctx.lex.heads.match(tokens, k)


def non_name_capitals(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return how many capitalised words from tokens[k] name something other than a person."""
    run = 0
    while (
        k + run < len(tokens)
        and run < 5
        and tokens[k + run].is_word
        and is_capitalised(tokens[k + run])
        and not person_starts(ctx, tokens, k + run)
        and tokens[k + run].text not in SENTENCE_OPENERS
        and not ctx.lex.roles.match(tokens, k + run)
        and not ctx.lex.ranks.match(tokens, k + run)
    ):
        run += 1
    return run


# Names of countries, which a capitalised run can look like a person's name ('người đàn ông Trung Quốc').
COUNTRIES = {
    "trung quốc", "việt nam", "hàn quốc", "nhật bản", "thái lan", "hoa kỳ", "anh quốc", "ấn độ",
    "đài loan", "hồng kông", "ma cao", "triều tiên", "mỹ", "pháp", "đức", "nga", "úc", "lào",
    "campuchia", "malaysia", "singapore", "indonesia", "philippines", "myanmar", "ba lan", "séc",
}  # fmt: skip


def place_before_name(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return how many words of a place's name stand before a person's name at tokens[k], or 0.

    'xã Đồng Tâm Nguyễn Văn A': five capitalised words in a row, the last three a name.
    """
    run = capital_run(tokens, k)
    m = k + run - 3
    if run >= 5 and is_surname(ctx, tokens[m].text):
        return run - 3
    return 0


def country_at(tokens: list[Token], i: int) -> bool:
    """Whether a country's name is written at tokens[i] ('Nga', 'Trung Quốc')."""
    if i >= len(tokens) or not is_capitalised(tokens[i]):
        return False
    one = tokens[i].lower
    two = f"{one} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
    return (two in COUNTRIES and is_capitalised(tokens[i + 1])) or (one in COUNTRIES and " " not in one)
