"""Find officials: their names, ranks and posts, and the later mentions of them by post alone.

Posts are read from the shapes the genre uses:

- before the name: 'Chủ tịch UBND TP X Trần Văn A', 'Giám đốc Công an tỉnh, Thiếu tướng B';
- after it: 'Thiếu tướng B, Giám đốc Công an tỉnh X', 'ông C - Phó Chủ tịch UBND tỉnh';
- several in a chain: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh D', '... kiêm Tổng Giám đốc';
- taken up or held: 'bổ nhiệm ông E giữ chức vụ Phó Chánh án ...', 'ông F được bổ nhiệm làm ...';
- past ones: 'nguyên Giám đốc ...', 'cựu cán bộ ...', 'khi còn Chủ tịch ...' (status 'former').

A post's unit is read where the title writes it ('Trưởng phòng CSGT tỉnh' is in 'Phòng CSGT tỉnh'),
so that it names the unit the way the report does, even where no unit pass knows the head word
('Giám đốc Bệnh viện Đa khoa huyện X', 'Chủ tịch Hội Y tỉnh Z').

A post written without a name ('Giám đốc Công an TP X tặng giấy khen') is a mention of the person
who holds it, once the report has named that person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graph.facts import Person, Position, Span
from graph.gazetteer import Entry
from graph.text import key

from .context import Context, PhraseMatcher, match_level
from .organizations import (
    MORE_SURNAMES,
    OrgMention,
    _org_words,
    dictionary_words,
    display_name,
    org_key,
    parse_org,
    word_key,
)
from .tokens import Token, capital_run, is_abbreviation, is_capitalised, tokenize

__all__ = ["persons", "STATE_BODIES", "TitleMention"]

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
HONORIFIC_PHRASES = tuple(tuple(h.split()) for h in sorted(HONORIFICS))
# Degrees and service titles written before a name, often with a dot: 'TS.', 'PGS.TS', 'QNCN'.
DEGREES = {
    "ts",
    "ths",
    "pgs",
    "gs",
    "tskh",
    "bs",
    "bsck",
    "cki",  # specialist degrees of doctors: 'bác sĩ CKII'
    "ckii",
    "bsckii",
    "bscki",
    "ks",
    "cn",
    "qncn",
    "ls",
    "nsnd",
    "nsưt",
    "nhà",
    "báo",
}
# Words after which a capitalised name is a street, school or the like, not a person.
NOT_PERSON_BEFORE = {
    "đường",
    "phố",
    "trường",
    "cầu",
    "chợ",
    "tượng",
    "lăng",
    "khu",
    "ấp",
    "thôn",
    "bản",
    "tổ",
    "hẻm",
    "ngõ",
    "ngách",
    "kiệt",
    "quảng",
    "đền",
    "chùa",
    "đình",
    "phường",
    "quận",
    "thpt",
    "thcs",
    "giải",
    "tàu",
    "sân",
    "bến",
    "hồ",
    "sông",
    "núi",
    "đèo",
}
# Two-word phrases ending in a word of NOT_PERSON_BEFORE that do not name a place or a thing.
NOT_PLACE_PAIRS = {"gia đình", "yêu cầu", "thỉnh cầu", "khẩn cầu", "nông thôn"}  # "Bộ NN và PT Nông thôn A"
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
# Words that introduce a byline or a photo credit: the name after them is an author.
BYLINE_WORDS = {"ảnh", "nguồn", "clip", "video", "bài", "tin", "theo", "đồ"}
# Roles that, written with only a place ('Chủ tịch TP X'), mean the post in that place's People's Committee.
COMMITTEE_ROLES = {"chu-tich", "pho-chu-tich", "pho-chu-tich-thuong-truc"}
# Roles whose unit goes without saying: the Prime Minister heads the Government; the President of
# the State is a post of the State itself, which gold files leave without a unit.
IMPLIED_UNIT: dict[str, str | None] = {
    "thu-tuong": "Chính phủ",
    "pho-thu-tuong": "Chính phủ",
    "pho-thu-tuong-thuong-truc": "Chính phủ",
    "chu-tich-nuoc": None,
    "pho-chu-tich-nuoc": None,
    "tong-bi-thu": None,
    # 'Huyện ủy viên, Trưởng phòng X': a member of the party committee the report's place has.
    "tinh-uy-vien": "Tỉnh ủy",
    "thanh-uy-vien": "Thành ủy",
    "huyen-uy-vien": "Huyện ủy",
}
# The body a post of the State or the Party itself belongs to, for the graph: a post needs a unit
# there, though the report (and the gold files) name none.
STATE_BODIES: dict[str, str] = {
    "chu-tich-nuoc": "Nhà nước",
    "pho-chu-tich-nuoc": "Nhà nước",
    "tong-bi-thu": "Đảng Cộng sản Việt Nam",
}
# Levels whose police has a director ('Giám đốc Công an tỉnh X'); a district's has a head ('Trưởng').
PROVINCE_LEVELS = {"tỉnh", "thành phố"}
# Heads a title may write alone for the one unit of that kind the report names ('Giám đốc Bệnh viện').
CONTEXT_HEADS = {"hospital", "company", "bank", "department", "college", "university", "academy", "institute"}
# Roles whose title keeps the unit's head word: 'Chánh Thanh tra' of 'Thanh tra tỉnh X', as the
# 'Tổng Thanh tra' of 'Thanh tra Chính phủ'.
WHOLE_TITLES = {
    "chanh-thanh-tra", "pho-chanh-thanh-tra", "chanh-van-phong", "pho-chanh-van-phong", "truong-van-phong",
    "truong-bo-mon", "pho-truong-bo-mon", "truong-thon", "pho-truong-thon",
}  # fmt: skip
# Roles named for their unit's head word: 'Bộ trưởng Y tế' is the Minister of the Bộ Y tế.
# What a 'Văn phòng' practises when it is a firm, not a body's office: 'Văn phòng Luật sư X'.
PRACTICE_OFFICES = {("luật", "sư"), ("công", "chứng"), ("thừa", "phát")}

ROLE_HEADS = {
    "chi-cuc-truong": "Chi cục",
    "pho-chi-cuc-truong": "Chi cục",
    "bo-truong": "Bộ",
    "thu-truong": "Bộ",
    "cuc-truong": "Cục",
    "pho-cuc-truong": "Cục",
    "vu-truong": "Vụ",
    "pho-vu-truong": "Vụ",
    "tong-cuc-truong": "Tổng cục",
    "pho-tong-cuc-truong": "Tổng cục",
    "doi-truong": "Đội",
    "pho-doi-truong": "Đội",
    "chanh-toa": "Tòa",
    "pho-chanh-toa": "Tòa",
}
NATIONAL_INITIALS = {"Tổng LĐLĐVN"}  # a body's initials that take in the country: the unit in full
NATIONAL_HEADS = {"agency", "general-department"}  # a Cục or Tổng cục: one in the country
MINISTRY_AFTER_DASH = re.compile(r"\s[-–—]\s*(?:Bộ|Tổng cục)\s")
# Words before the reporter a person spoke to: "trao đổi với phóng viên", "trả lời phỏng vấn phóng viên".
TOLD = {"với", "cho", "theo", "vấn", "lời"}
CHAIN_SEPARATORS = {",", "-", "–", "—", "(", ":"}
CHAIN_WORDS = {"kiêm", "và"}
# Words written before a post that make it a past one.
FORMER = (
    ("nguyên",),
    ("cựu",),
    ("từng", "là"),
    ("từng", "giữ", "chức", "vụ"),
    ("từng", "giữ", "chức"),
    ("từng", "làm"),
    ("khi", "còn", "là"),
    ("khi", "còn", "làm"),
    ("khi", "còn"),
    ("khi", "đó", "là"),
    ("lúc", "đó", "là"),
    ("trước", "đây", "là"),
    ("trước", "đó", "là"),
    ("nguyên", "là"),
)
LIST_OPENERS = (":", "như")  # 'các Phó Thủ tướng: A, B', 'các đại biểu Quốc hội như A, B'
PREDICATE = ("là", "làm")  # a post after them says what the clause's subject is
# Staff titles that are verbs too ('bảo vệ' guards, 'lái xe' drives): a post only set off after a
# name by a comma or dash ('ông A, bảo vệ Công ty X') or after 'là' ('A là lái xe của Sở Y').
VERB_ROLES = {"bao-ve", "lai-xe"}
# Words before a post whose holder the speaker stands in for: 'Thay mặt Giám đốc Công an tỉnh, A - Phó
# Giám đốc ...' gives A the deputy's post only.
ON_BEHALF = (
    ("thay", "mặt"),
    ("thay", "mặt", "cho"),
    ("thừa", "lệnh"),
    ("thừa", "ủy", "quyền"),
    ("thừa", "ủy", "quyền", "của"),
    ("thừa", "uỷ", "quyền"),
    ("thừa", "uỷ", "quyền", "của"),
    ("ủy", "quyền", "của"),
    ("được", "sự", "ủy", "quyền", "của"),
)
# Words that take up or hold a post: 'giữ chức vụ Phó Chánh án ...', 'được bổ nhiệm làm ...'.
TAKES_POST = (
    ("giữ", "chức", "vụ"),
    ("giữ", "chức", "danh"),
    ("giữ", "chức"),
    ("giữ", "cương", "vị"),
    ("giữ", "vị", "trí"),
    ("vào", "chức", "danh"),
    ("vào", "chức", "vụ"),
    ("đảm", "nhiệm", "chức", "vụ"),
    ("đảm", "nhiệm", "cương", "vị"),
    ("đảm", "nhiệm", "vị", "trí"),
    ("đảm", "nhiệm"),
    ("kiêm", "nhiệm", "chức", "vụ"),
    ("kiêm", "nhiệm"),
    ("được", "bổ", "nhiệm", "làm"),
    ("được", "bổ", "nhiệm", "giữ", "chức", "vụ"),
    ("được", "bổ", "nhiệm", "giữ", "chức"),
    ("được", "bổ", "nhiệm"),
    ("bổ", "nhiệm", "làm"),
    ("được", "bầu", "làm"),
    ("được", "bầu", "giữ", "chức"),
    ("được", "bầu", "giữ", "chức", "vụ"),
    ("được", "điều", "động", "làm"),
    ("được", "chỉ", "định", "làm"),
    ("được", "giao", "làm"),
    ("được", "giao", "phụ", "trách"),
    ("vừa", "nhậm", "chức"),
    ("nhậm", "chức"),
    ("cùng", "là"),
    ("đều", "là"),
    ("vị", "trí", "như"),
    ("chức", "vụ", "như"),
    ("cương", "vị", "như"),
    ("làm",),
    ("là",),
    ("đồng", "thời", "là"),
    ("hiện", "là"),
    ("hiện", "đang", "là"),
    ("lúc", "này", "đang", "là"),  # 'A (SN 1972, ngụ xã X), lúc này đang là Trưởng Công an xã X'
    ("lúc", "đó", "đang", "là"),
    ("khi", "đó", "đang", "là"),
    ("đang", "là"),
    ("đang", "làm"),  # 'chị A đang làm điều dưỡng tại Bệnh viện X'
    ("hiện", "làm"),
    ("hiện", "đang", "làm"),
    ("hiện", "giữ", "chức", "vụ"),
    ("đang", "giữ", "chức", "vụ"),
    ("chưa", "giữ", "chức", "vụ"),
)
# The phrases of TAKES_POST that only ever take up a post (never 'là', a predicate of anything).
HOLDS_POST = (("giữ", "chức"), ("đảm", "nhiệm", "chức"), ("được", "bổ", "nhiệm"))
# Words before 'là' that give a post to every name of the list before them ('A, B cùng là X').
SHARED = {"cùng", "đều"}
PLURAL_BEFORE = {"các", "hai", "ba", "những"}  # 'các Phó Giám đốc A, B': the post is each name's
# Words that qualify a title, written after it in lower case.
QUALIFIERS = (("không", "chuyên", "trách"), ("chuyên", "trách"), ("thường", "trực"), ("phụ", "trách"))
# Words that leave a post: what follows was held until then.
LEAVES_POST = (
    ("thôi", "giữ", "chức", "vụ"),
    ("thôi", "giữ", "chức"),
    ("thôi", "trách", "nhiệm"),
    ("thôi", "chức", "vụ"),
    ("thôi", "chức"),
    ("thôi", "làm"),
    ("từ", "nhiệm", "chức", "vụ"),
    ("từ", "nhiệm"),
    ("miễn", "nhiệm", "chức", "vụ"),
    ("miễn", "nhiệm"),
    ("cách", "chức", "vụ"),
    ("cách", "chức"),
    ("cách", "tất", "cả", "các", "chức", "vụ"),
)
# Unit heads the unit gazetteer may not know, read only where a title names its unit.
POST_UNIT_HEADS = (
    "Bệnh viện",
    "Trường",
    "Học viện",
    "Đại học",
    "Viện",
    "Hội",
    "Hiệp hội",
    "Liên hiệp",
    "Liên đoàn",
    "Ngân hàng",
    "Công ty",
    "Tổng công ty",
    "Tập đoàn",
    "Khoa",
    "Bộ môn",  # a faculty's academic department: 'Trưởng bộ môn X, Trường ĐH Y'
    "Ủy ban",
    "Uỷ ban",
    "UB",
    "Hội đồng",
    "HĐQT",
    "Nông trường",
    "Lâm trường",
    "Xí nghiệp",
    "Nhà máy",
    "Bến xe",
    "Hãng",
    "Nhà hàng",
    "Khách sạn",
    "Cảnh sát PCCC",  # 'Giám đốc Cảnh sát PCCC TP X': the city's fire police
    "Cảnh sát PCCC và CNCH",
    "Báo",
    "Đài",
    "Tạp chí",
    "Thông tấn xã",
    "Trung ương Đảng",
    "Trung ương",
    "TƯ Đảng",
    "Ban Chấp hành Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Đoàn Chủ tịch",
    "Văn phòng",
    "Trung tâm",
    "Trại",
    "Cơ quan",
    "Thôn",
    "Ấp",
    "Bản",
    "Xóm",
    "Khu phố",
    "Tổ dân phố",
    "Trạm",
    "Nhà xuất bản",
    "Quỹ",
    "Câu lạc bộ",
    "Kho bạc",
    "Chi nhánh",
    "Hợp tác xã",
    "Ban",
    "Đảng ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng đoàn",
    "Ban Cán sự đảng",
    "Ban cán sự",
    "Cảng vụ",
    "Tòa án nhân dân",
    "Toà án nhân dân",
    "Tòa án",
    "Tòa",  # a court's division: 'Thẩm phán A, Tòa Hình sự, TAND tỉnh X'
    "Viện kiểm sát nhân dân",
    "Viện kiểm sát",
    "Tổng cục",
    "Chi cục",
    "Cục",
    "Vụ",
    "Sở",
    "Phòng",
    "Đội",
    "Tổ",
    "Hạt Kiểm lâm",
    "Hạt",
    "Chi bộ",
    "Đoàn",
    "Doanh nghiệp tư nhân",
    "DNTN",
    "HTX",
)
# Lower-case words that end a unit's name: the clause goes on with a verb or a connective.
UNIT_STOP = {
    "cho",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "mới",
    "được",
    "bị",
    "là",
    "có",
    "cùng",
    "với",
    "tại",
    "trong",
    "khi",
    "để",
    "nói",
    "chủ",
    "trao",
    "ký",
    "yêu",
    "đề",
    "nhấn",
    "khẳng",
    "chia",
    "trả",
    "dự",
    "đến",
    "làm",
    "giữ",
    "vào",
    "từ",
    "thì",
    "thuộc",
    "mà",
    "nhưng",
    "nên",
    "kiêm",
    "thay",
    "theo",
    "trước",
    "sau",
    "về",
    "của",
    "cũng",
    "còn",
    "đồng",
    "nhận",
    "gặp",
    "thăm",
    "chỉ",
    "ban",
    "hướng",
    "báo",
    "lên",
    "xin",
    "bày",
    "cảm",
    "ông",
    "bà",
    "anh",
    "chị",
    "ngài",  # 'Bộ Công an đón ngài X': the one welcomed, not the unit's name
    "đón",
    "hoặc",
    "hay",
    # adverbs that open the predicate: 'Trường ĐH X | vẫn luôn chuẩn bị'
    "vẫn",
    "đều",
    "các",
    "những",
    "một",
    "đó",
    "ấy",
    "năm",
    "ngày",
    "tháng",
    "sinh",
    "tuổi",
    "đi",
    "ra",
    "bổ",
    "khởi",
    "không",
    "chưa",
    "đồng chí",
    "tiếp",
    "tới",
    "giao",
    "ghi",
    "đánh",
    "trình",
    "đọc",
    "công",
    "tuyên",
    "gửi",
    "trực",
    "kiến",
    "ở",
    "lại",
    "đây",
    "vì",
    "do",
    "nhiệm",
    "tặng",
    "biểu",
    "quyết",
    "nêu",
    "phê",
    "hỏi",
    "hiện",
    "luôn",
    "rất",
    "người",
    "vị",
    "và",
}
HYPHENS = {"-", "–", "—"}
# Middle names that mark a capitalised run as a person's name whatever its family name.
MIDDLE_NAMES = {"Văn", "Thị", "Hữu", "Đình", "Viết", "Sỹ", "Bá", "Khắc", "Trọng"}
UNIQUE_HEADS = {"national-assembly", "government"}
# 'Trưởng CAQ X': the police of district X, its level in the initials.
POLICE_INITIALS = {"CAQ", "CAH", "CAP", "CAX"}
# Two-syllable verbs whose first syllable could go on a unit's name ('Bộ X thông tin', '... tham gia').
VERB_PAIRS = {
    ("thông", "tin"),
    ("thông", "báo"),
    ("tham", "gia"),
    ("tham", "dự"),
    ("chủ", "trì"),
    ("phát", "biểu"),
    ("phát", "hiện"),
    ("phát", "động"),
    ("phát", "đi"),
    ("phát", "ngôn"),
    ("phát", "thanh"),
    ("cho", "biết"),
    ("phụ", "trách"),
    ("cấp", "cứu"),
    ("cấp", "phép"),
}
# Lower-case syllables that go on a unit's name beyond the unit gazetteer's ('Hội đồng quản trị',
# 'Đội Tuần tra kiểm soát', 'Phòng Cảnh sát truy nã tội phạm', 'Ban Cán sự đảng').
UNIT_WORDS = {
    "trị",
    "soát",
    "tra",
    "truy",
    "nã",
    "đảng",
    "sự",
    "vụ",
    "dân",
    "quốc",
    "gia",
    "đạo",
    "cứu",
    "học",
    "khoa",
    "đa",
    "viên",
    "chức",
    "doanh",
    "tư",
    "cao",
    "cấp",
    "nhân",
    "sản",
    "thuật",
    "hiểm",
    "bảo",
    "xã",
    "hội",
    "sư",
    "thị",
    "trường",
    "tham",
    "nhũng",
    "vệ",
}
BRACKET_RE = re.compile(r"\s*\([^()]*\)")


def _unit_heads() -> PhraseMatcher:
    return PhraseMatcher({h: Entry(key=h, vi=h, en=h) for h in POST_UNIT_HEADS})


_POST_HEADS: PhraseMatcher | None = None


def _post_heads() -> PhraseMatcher:
    global _POST_HEADS
    if _POST_HEADS is None:
        _POST_HEADS = _unit_heads()
    return _POST_HEADS


@dataclass
class TitleMention:
    """A post written in the text: a role and the unit it is in."""

    start: int
    end: int
    first: int  # token index of the role (or of the words before it: 'nguyên', 'quyền')
    last: int  # token index after the unit
    role: Entry
    org: str | None  # the unit's name as the report gives it
    title: str = ""  # the title as the report gives it ('Trưởng Công an xã')
    claimed: bool = False
    status: str | None = None  # 'former' for a past post
    completed: bool = False  # the unit's place was not written but taken from the text around
    of: bool = False  # the unit is written after 'của' ('người phát ngôn của Chính phủ')
    led: bool = False  # the unit is written before 'do A làm' ('tổ công tác do A làm tổ trưởng')
    implied: bool = False  # the unit is not written with the title but is the one the report names


_INDEXES: dict[tuple[int, bool], tuple[object, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _index(phrases: tuple[tuple[str, ...], ...], last: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Group phrases by their first (or last) word, so a look-up tries only those that can match."""
    # Keyed by identity: hashing a tuple of tuples on each of the many calls a report makes cost
    # more than the look-up itself. The phrases are kept in the entry so their id stays theirs.
    known = _INDEXES.get((id(phrases), last))
    if known is not None and known[0] is phrases:
        return known[1]
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        out.setdefault(words[-1] if last else words[0], []).append(words)
    index = {w: tuple(group) for w, group in out.items()}
    _INDEXES[(id(phrases), last)] = (phrases, index)
    return index


def _phrase_at(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Return the index after the longest of ``phrases`` written at tokens[i], or i."""
    best = i
    if i >= len(tokens):
        return best
    for words in _index(phrases, False).get(tokens[i].lower, ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].lower == words[k] for k in range(1, n)):
            best = max(best, i + n)
    return best


def _phrase_before(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Return the index where the longest of ``phrases`` ending at tokens[i - 1] starts, or i."""
    best = i
    if i < 1:
        return best
    for words in _index(phrases, True).get(tokens[i - 1].lower, ()):
        n = len(words)
        if i - n >= 0 and all(tokens[i - n + k].lower == words[k] for k in range(n - 1)):
            best = min(best, i - n)
    return best


def _surname(ctx: Context, word: str) -> bool:
    """Whether a word is a Vietnamese family name."""
    return word in ctx.lex.surnames or word in MORE_SURNAMES


def _person_start(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether a person's name (family name + given names) starts at tokens[k]."""
    tok = tokens[k]
    if (
        k + 2 < len(tokens)
        and tokens[k + 1].text in MIDDLE_NAMES
        and tok.is_word
        and is_capitalised(tok)
        and is_capitalised(tokens[k + 2])
    ):
        return True  # 'Ninh Thị Hoa': a family name the list lacks, known by its middle name
    if not _surname(ctx, tok.text) or ctx.lex.places.match(tokens, k):
        return False
    return capital_run(tokens, k) >= 2 and not ctx.lex.heads.match(tokens, k)


def _anchor_ahead(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether the unit's name goes on past lower-case words: a capital, number or level follows."""
    for m in range(k + 1, min(len(tokens), k + 7)):
        tok = tokens[m]
        if tok.text == "(":
            return m + 1 < len(tokens) and is_capitalised(tokens[m + 1])
        if tok.is_number:
            return True
        if not tok.is_word:
            return tok.text in ("&", "/") or tok.text in HYPHENS
        if match_level(tokens, m):
            return True
        if is_capitalised(tok) or is_abbreviation(tok):
            return not (
                _person_start(ctx, tokens, m) or ctx.lex.roles.match(tokens, m) or tok.text in NOT_NAME_WORDS
            )
        if tok.lower in UNIT_STOP:
            return False
    return False


def _unit(
    ctx: Context, tokens: list[Token], j: int, *, absorbed: bool = False
) -> tuple[int, OrgMention | None] | None:
    """Read the unit a title names from tokens[j]: return (index after it, the parsed mention if any)."""
    if j >= len(tokens):
        return None
    mention = parse_org(ctx, tokens, j, in_title=absorbed)
    if mention is None and not absorbed and (joined := parse_org(ctx, tokens, j, in_title=True)):
        dashes = [n for n, t in enumerate(joined.specs) if t.text in HYPHENS]
        if dashes and all(
            n + 1 < len(joined.specs) and not is_capitalised(joined.specs[n + 1]) for n in dashes
        ):
            # 'cán bộ phòng Vật tư - trang thiết bị', lower-case head: the dash joins two fields.
            mention = joined
    if (
        mention is not None
        and mention.head.key in UNIQUE_HEADS
        and not mention.specs
        and mention.child is None
    ):
        # 'Đại biểu Quốc hội tỉnh X': the one National Assembly (a province's delegation to it).
        after = _index_after(tokens, tokens[j].start + len(mention.head_text))
        return _delegation_end(ctx, tokens, after), None
    if mention is not None and mention.head_text in NATIONAL_INITIALS:
        return _index_after(tokens, mention.end), None  # 'Phó Chủ tịch Tổng LĐLĐVN': one in the country
    if mention is not None and not (mention.specs or mention.level or mention.place or mention.child):
        # 'UBND Hà Nội Nguyễn Văn A': a province whose name opens like a family name.
        k = _index_after(tokens, mention.end)
        place = ctx.lex.places.match(tokens, k)
        if place and place[0].kind in ("city", "province", "former-city", "former-province"):
            return place[1], None
    if mention is not None and mention.place and mention.place.split()[0] in SENTENCE_OPENERS:
        # 'Chánh Thanh tra TP | Sau đó ...': the next sentence's first word is no place.
        return _index_after(tokens, mention.end - len(mention.place)), None
    if mention is not None and (mention.specific or mention.specs or mention.level or mention.child):
        k = next((n for n, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        if mention.head.key == "board-of-directors" and mention.specs:
            # 'HĐQT Công ty trục vớt ...': the board's company, named in lower case, read whole.
            at = _index_after(tokens, mention.specs[0].start)
            if ctx.lex.heads.match(tokens, at) and (company := _unit(ctx, tokens, at)) and company[0] > k:
                return company[0], None
        verb = next(
            (
                m
                for m in range(j + 1, min(k, len(tokens) - 1))
                if (tokens[m].text, tokens[m + 1].text) in VERB_PAIRS
            ),
            None,
        )
        if verb is not None:
            # 'Bộ Xây dựng | tham gia Ban Chấp hành': the clause goes on; read the unit before it.
            return _unit(ctx, tokens[:verb], j, absorbed=absorbed)
        if mention.place or mention.child is not None:
            return _trim_verb(tokens, _unit_tail(ctx, tokens, k, closed=True), j + 1), mention
        trimmed = _trim_verb(tokens, k, j + 1)
        if trimmed < k:
            return trimmed, None
        if mention.level and not mention.place and (extra := _place_before_name(ctx, tokens, k)):
            return k + extra, None  # 'Bí thư Đảng ủy xã Đồng Tâm Nguyễn Văn A'
        if mention.level and k < len(tokens) and tokens[k].lower == "này":
            return k + 1, None  # 'UBND huyện này': the district just named
        tail = _unit_tail(ctx, tokens, k, named=bool(mention.specs))
        if (
            mention.specs
            and not any(is_capitalised(t) for t in mention.specs)
            and key(mention.head.vi) in LOWER_NAMED_HEADS
            and (after_head := _index_after(tokens, mention.start + len(mention.head_text)))
            and (lower := _lower_name_end(ctx, tokens, after_head, named_after=True)) is not None
            and lower > tail
        ):
            return lower, None  # 'Trung tâm kiểm định | và thanh toán ...': the lower-case name goes on
        return tail, mention
    head = _post_heads().match(tokens, j)
    if (
        head is None
        and is_abbreviation(tokens[j])
        and len(tokens[j].text) >= 3
        and match_level(tokens, j + 1)
    ):
        head = (
            Entry(key="", vi="", en=""),
            j + 1,
        )  # 'Giám đốc BVĐK huyện X': an abbreviated unit and its place
    if (
        head is None
        and _foreign_word(tokens[j])
        and (country := ctx.lex.places.match(tokens, j + 1))
        and country[0].key == "viet-nam"
    ):
        return country[1], None  # 'Giám đốc truyền thông Grab Việt Nam': a company's branch in Vietnam
    if head is None and _brand(tokens[j]) and not ctx.lex.places.match(tokens, j):
        # 'Tổng Giám đốc PVTex', 'Chủ tịch LienVietPostBank': a company known by its brand;
        # 'Thủ trưởng CQCSĐT Công an huyện X': an abbreviated body of the unit named next.
        parent = parse_org(ctx, tokens, j + 1) if j + 1 < len(tokens) else None
        if parent is not None and parent.specific:
            return _index_after(tokens, parent.end), None
        return j + 1 + _capital_run(ctx, tokens, j + 1), None
    if head is None:
        return None
    # A lower-case head counts before a capitalised name: 'Giảng viên trường Đại học X'.
    named_next = head[1] < len(tokens) and (
        (is_capitalised(tokens[head[1]]) and not _person_start(ctx, tokens, head[1]))
        or tokens[head[1]].is_number
        # 'Giám đốc trung tâm cai nghiện X', 'Giám thị trại tạm giam số 2': field words, then the name.
        # A team ('tổ tuần tra ...') is read as written by _team_unit.
        or (
            tokens[head[1]].is_word
            and tokens[j].lower != TEAM_WORD
            and _anchor_ahead(ctx, tokens, head[1] - 1)
        )
    )
    if not (absorbed or is_capitalised(tokens[j]) or tokens[j].text.isupper() or named_next):
        return None
    k = _unit_tail(ctx, tokens, head[1])
    if (
        # 'Đội trưởng đội hướng dẫn điều tra ..., phòng X': the title's own head, in lower case by custom.
        (is_capitalised(tokens[j]) or absorbed)
        and key(head[0].vi) in LOWER_NAMED_HEADS
        and (lower := _lower_name_end(ctx, tokens, head[1], named_after=True)) is not None
        and lower > k
    ):
        # 'Giám đốc Trung tâm giám định và thanh toán đa tuyến phía Bắc,': a capitalised head, then
        # its name in lower case up to a comma, the holder's name or 'cho biết'.
        return lower, None
    if k == head[1] and head[0].vi not in (
        "Trung ương Đảng",
        "Bộ Chính trị",
        "Ban Bí thư",
        "HĐQT",
        "TƯ Đảng",
        "Đoàn Chủ tịch",
    ):
        return None  # a bare head ('Hội', 'Khoa') names no particular unit
    return k, None


LOWER_NAME_ENDS = {",", "(", ")", ";", ".", "-", "–", "—", "thuộc"}
REGION_WORDS = {"phía", "miền"}
# Heads whose units are often named in lower case ('Trung tâm giám định ...', 'Công ty nạo vét ...');
# not 'Sở' or 'Bộ', whose lower-case words after a bare head are the predicate ('Sở chỉ đạo ...').
LOWER_NAMED_HEADS = {
    key(h)
    for h in (
        "Trung tâm", "Viện", "Công ty", "Tổng công ty", "Vụ", "Cục", "Chi cục", "Xí nghiệp", "Ban",
        "Liên hiệp", "Đội", "Trạm",
    )
}  # fmt: skip
COMPASS = {"Bắc", "Nam", "Đông", "Tây", "Trung"}
# Words that open the predicate, not a name in lower case ('giao dịch' is a field there, though 'giao'
# alone ends a capitalised one).
LOWER_NAME_STOPS = {
    "cho", "đã", "đang", "sẽ", "vừa", "mới", "được", "bị", "là", "có", "cùng", "với", "tại", "khi", "để",
    "nói", "thì", "mà", "nhưng", "cũng", "còn", "đều", "vẫn", "ông", "bà", "anh", "chị", "đồng", "ngày",
    "năm", "tháng", "người", "làm", "đến", "từ", "theo", "trong", "này", "đó", "các", "những", "một", "xảy",
    "nêu", "tự",
}  # fmt: skip
# Two-syllable verbs of saying that end a lower-case name before the clause's comma ('..., Viện trưởng
# Viện X khẳng định, ...').
SAYING_PAIRS = {
    ("khẳng", "định"), ("nhận", "định"), ("chia", "sẻ"), ("bày", "tỏ"), ("trả", "lời"), ("nhấn", "mạnh"),
    ("giải", "thích"), ("cho", "rằng"),
}  # fmt: skip


def _lower_name_end(ctx: Context, tokens: list[Token], k: int, *, named_after: bool = False) -> int | None:
    """Return the end of a unit's name written in lower case after its capitalised head, or None.

    'Cục đăng ký quốc gia giao dịch bảo đảm, Bộ Tư pháp', 'Chi cục quản lý đất đai thuộc Sở X': two
    to eight lower-case words up to a comma, bracket or 'thuộc', none that opens the predicate; a
    region ends it too ('... đa tuyến phía Bắc,'), and so does 'và' before the next holder ('Trung
    tâm đăng kiểm và ông B'); a country or province closes it across a stop word ('Viện nghiên cứu
    người cao tuổi Việt Nam'). ``named_after``: the holder's name may end it ('Giám đốc Trung tâm
    giám định phía Nam Nguyễn Văn A') and so may 'cho biết' or a conjunction ('nhưng', 'thì', 'mà').
    """
    end = k
    joined = False
    while end < len(tokens) and end - k <= 10 and tokens[end].is_word:
        tok = tokens[end]
        if end == k and tok.text == "Các":
            end += 1  # 'Vụ Các vấn đề chung về ...': the name's first word capitalised, the rest not
            continue
        level = match_level(tokens, end)
        if end - k >= 2 and (is_capitalised(tok) or level):
            # '... người cao tuổi Việt Nam', '... y khoa tỉnh Hà Nam': the country or province whose
            # unit it is ends the name, whatever follows.
            place = ctx.lex.places.match(tokens, level[1] if level else end)
            if place and (level or place[0].kind == "country"):
                return place[1]
        if is_capitalised(tok):
            if end > k and tokens[end - 1].lower in REGION_WORDS and tok.text in COMPASS:
                end += 1  # 'phía Bắc', 'miền Trung': the region the unit serves, part of its name
                continue
            break
        if tok.lower == "và" and end + 1 < len(tokens) and _holder_at(ctx, tokens, end + 1):
            joined = True  # 'Giám đốc Trung tâm đăng kiểm và ông B': the next holder ends the name
            break
        if tok.lower in LOWER_NAME_STOPS and (closed := _closing_place(ctx, tokens, end)):
            return closed  # 'Viện nghiên cứu người cao tuổi Việt Nam': the country closes the name
        if tok.lower in LOWER_NAME_STOPS or tok.lower in LOWER_NAME_ENDS or level:
            break
        if end + 1 < len(tokens) and (tok.lower, tokens[end + 1].lower) in SAYING_PAIRS:
            break
        if end + 1 < len(tokens) and (tok.text, tokens[end + 1].text) in VERB_PAIRS:
            return None
        end += 1
    if end - k < 2 or end - k > 10 or end >= len(tokens):
        return None
    if joined:
        return end
    if named_after and (
        _person_start(ctx, tokens, end)
        or (end + 1 < len(tokens) and (tokens[end].lower, tokens[end + 1].lower) == ("cho", "biết"))
        # '..., Phó Giám đốc Trung tâm đăng kiểm nhưng không ...': a conjunction opens the next clause.
        or tokens[end].lower in ("nhưng", "thì", "mà")
    ):
        return end
    # The clause must go on after the name ('..., Bộ X cho biết'): a full stop may end a predicate.
    if tokens[end].lower not in LOWER_NAME_ENDS - {"."}:
        return None
    return end


# Words that open a clause: no lower-case name runs across them to a closing country or province.
CLAUSE_WORDS = {
    "cho", "đã", "đang", "sẽ", "vừa", "mới", "được", "bị", "là", "có", "nói", "thì", "mà", "nhưng",
}  # fmt: skip


def _closing_place(ctx: Context, tokens: list[Token], k: int) -> int | None:
    """Return the end of a country or province closing a lower-case name within six words of tokens[k]."""
    if tokens[k].lower in CLAUSE_WORDS:
        return None
    for n in range(k + 1, min(len(tokens), k + 7)):
        tok = tokens[n]
        if not tok.is_word or tok.lower in CLAUSE_WORDS or tok.lower in LOWER_NAME_ENDS:
            return None
        level = match_level(tokens, n)
        if is_capitalised(tok) or level:
            place = ctx.lex.places.match(tokens, level[1] if level else n)
            if place and (level or place[0].kind == "country"):
                return place[1]
            return None
    return None


def _holder_at(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether a holder is named at tokens[k]: an honorific or rank, or a person's name."""
    return (
        tokens[k].lower in ("ông", "bà", "đồng")
        or ctx.lex.ranks.match(tokens, k) is not None
        or _person_start(ctx, tokens, k)
    )


def _delegation_end(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return the index after a province's delegation written after 'Quốc hội' ('tỉnh X', 'TP Y'), or k."""
    level = match_level(tokens, k)
    n = level[1] if level else k
    place = ctx.lex.places.match(tokens, n)
    kinds = ("province", "former-province", "city", "former-city")
    if place and place[0].kind in kinds and (level or n > 0):
        return place[1]
    return k


def _unit_tail(
    ctx: Context, tokens: list[Token], k: int, *, closed: bool = False, named: bool = False
) -> int:
    """Read on from tokens[k] while the words still belong to the unit's name; return where it ends.

    ``closed``: the name already ended on its place or parent unit; only a parent after a dash
    ('Phòng CSGT - Công an tỉnh X') or a bracketed aside may follow. ``named``: the unit's own name
    ends just before tokens[k], so a dash there may join its second half ('Vụ Pháp chế - Thanh tra').
    """
    start = k
    while k < len(tokens):
        tok = tokens[k]
        if tok.text == "(":
            close = next((m for m in range(k + 1, min(len(tokens), k + 30)) if tokens[m].text == ")"), None)
            if close is None or close == k + 1:
                break
            # An aside that the name goes on after ('Bệnh viện Đa khoa (BVĐK) huyện X').
            after = close + 1
            if (
                close == k + 2
                and is_abbreviation(tokens[k + 1])
                and after < len(tokens)
                and not closed
                and tokens[after].is_word
                and is_capitalised(tokens[after])
                and not _person_start(ctx, tokens, after)
                and tokens[after].text not in SENTENCE_OPENERS
                and not ctx.lex.roles.match(tokens, after)
                and not ctx.lex.ranks.match(tokens, after)
            ):
                k = after  # 'Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh X'
                continue
            if (
                after < len(tokens)
                and not closed
                and (
                    match_level(tokens, after)
                    or (
                        tokens[after].is_word
                        and not is_capitalised(tokens[after])
                        and tokens[after].lower not in UNIT_STOP
                    )
                )
            ):
                k = after
                continue
            break
        if tok.text in HYPHENS and k + 1 < len(tokens) and is_capitalised(tokens[k + 1]):
            parent = parse_org(ctx, tokens, k + 1)
            if parent is not None and parent.specific:
                k = next((n for n, t in enumerate(tokens) if t.start >= parent.end), len(tokens))
                closed = True
                continue
            if (
                not closed
                and (_post_heads().match(tokens, k + 1) or ctx.lex.heads.match(tokens, k + 1))
                and (other := _unit(ctx, tokens, k + 1))
            ):
                k, closed = other[0], True  # 'Ban Dân nguyện - Ủy ban Thường vụ Quốc hội'
                continue
            if (
                not closed
                # after the unit's own name, not its initials: 'Ngân hàng Xây dựng – VNCB'
                and (k > start or (named and not is_abbreviation(tokens[k + 1])))
                and not _person_start(ctx, tokens, k + 1)
                and not ctx.lex.roles.match(tokens, k + 1)
                and not ctx.lex.ranks.match(tokens, k + 1)
                and tokens[k + 1].text not in SENTENCE_OPENERS
            ):
                # 'Khoa Chẩn đoán hình ảnh - Xét nghiệm': a name in two halves.
                run = capital_run(tokens, k + 1)
                if run and tokens[k + 1].start - tok.end <= 1 or (run and tokens[k - 1].is_word):
                    k += 1 + run
                    while (
                        k < len(tokens)
                        and tokens[k].is_word
                        and not is_capitalised(tokens[k])
                        and tokens[k].lower not in UNIT_STOP
                        and not match_level(tokens, k)
                    ):
                        k += 1  # the second half's lower-case words: '- Xét nghiệm'
                    closed = True
                    continue
            break
        if closed:
            break
        if (
            tok.text == ","
            and k > 0
            and tokens[k - 1].lower == "phòng"
            and k + 1 < len(tokens)
            and tokens[k + 1].lower == "chống"
        ):
            k += 2  # 'Ban Chỉ đạo phòng, chống tội phạm': one name across the comma
            continue
        if tok.text in ("&", "/") and k + 1 < len(tokens) and tokens[k + 1].is_word and k > start - 1:
            k += 2
            continue
        level = match_level(tokens, k)
        if level and tok.lower != "tp" or (level and is_capitalised(tok)):
            k = level[1]
            place = ctx.lex.places.match(tokens, k)
            if place:
                k = place[1]
            elif k < len(tokens) and tokens[k].lower == "này":
                k += 1
            else:
                whole = 0
                while (
                    k + whole < len(tokens)
                    and tokens[k + whole].is_word
                    and is_capitalised(tokens[k + whole])
                    and tokens[k + whole].text not in SENTENCE_OPENERS
                    # 'Trưởng Công an huyện X Đại tá A': the holder's rank ends the place.
                    and not ctx.lex.ranks.match(tokens, k + whole)
                ):
                    whole += 1
                # Up to three capitalised words after a level word are the place ('huyện Yên Lạc').
                run = _place_before_name(ctx, tokens, k) or (whole if whole <= 3 else 0)
                while (
                    not run
                    and k + run < len(tokens)
                    and run < 4
                    and tokens[k + run].is_word
                    and (is_capitalised(tokens[k + run]) or is_abbreviation(tokens[k + run]))
                    and not _person_start(ctx, tokens, k + run)
                ):
                    run += 1
                k += run
            break
        if tok.is_number:
            k += 1
            continue
        if not tok.is_word:
            break
        if (
            (phrase := _org_words().match(tokens, k)) is not None
            and phrase[1] - k > 1
            and not _person_start(ctx, tokens, k)
            and not ctx.lex.roles.match(tokens, k)
        ):
            # A field of two syllables or more, read whole: 'Hội đồng quản trị | từ năm 2008',
            # 'Hội Hồi sức cấp cứu' (though 'cấp cứu' alone is a verb).
            k = phrase[1]
            continue
        if is_capitalised(tok) or is_abbreviation(tok):
            if (place := ctx.lex.places.match(tokens, k)) and is_capitalised(tok):
                k = place[1]  # 'Đoàn CAQ Nam Từ Liêm': a place, though it opens like a family name
                continue
            if (
                _person_start(ctx, tokens, k)
                or ctx.lex.ranks.match(tokens, k)
                or ctx.lex.roles.match(tokens, k)
                or tok.text in SENTENCE_OPENERS
                or (
                    tok.lower in HONORIFICS
                    # 'Phòng GD&ĐT Hai Bà Trưng': a capitalised 'Bà' inside a run of capitals is a place's.
                    and not (
                        k > start
                        and tokens[k - 1].is_word
                        and is_capitalised(tokens[k - 1])
                        and k + 1 < len(tokens)
                        and tokens[k + 1].is_word
                        and is_capitalised(tokens[k + 1])
                        and tokens[k].start - tokens[k - 1].end <= 1
                        and not _person_start(ctx, tokens, k + 1)
                    )
                )
            ):
                break
            parent = parse_org(ctx, tokens, k) if ctx.lex.heads.match(tokens, k) else None
            if parent is not None and parent.specific:
                k = _index_after(tokens, parent.end)  # 'Viện Khoa học Hình sự Bộ Công an'
                at = None
                if k < len(tokens) and tokens[k].lower == "tại":
                    at = ctx.lex.places.match(tokens, k + 1)
                if at is not None:
                    k = at[1]  # 'Chi nhánh Ngân hàng X tại Quảng Ninh'
                break
            k += 1
            continue
        if tok.lower == "tại" and (place := ctx.lex.places.match(tokens, k + 1)):
            k = place[1]  # 'Tòa án nhân dân cấp cao tại Hà Nội'
            break
        if (
            tok.lower == "chỉ"
            and k + 1 < len(tokens)
            and tokens[k + 1].lower == "đạo"
            and tokens[k - 1].lower == "ban"
        ):
            k += 2  # 'Ban chỉ đạo ...': the steering board, not the verb
            continue
        if tok.lower in UNIT_STOP and tok.lower != "và":
            break
        if k + 1 < len(tokens) and (tok.lower, tokens[k + 1].lower) in VERB_PAIRS:
            break
        if tok.lower == "và":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if (
                nxt is not None
                and nxt.is_word
                and (
                    (
                        is_capitalised(nxt)
                        and not _person_start(ctx, tokens, k + 1)
                        and not ctx.lex.roles.match(tokens, k + 1)
                        and not ctx.lex.ranks.match(tokens, k + 1)
                        and nxt.text not in NOT_NAME_WORDS
                    )
                    or (
                        not is_capitalised(nxt)
                        and (nxt.lower in ctx.lex.org_words or _org_words().match(tokens, k + 1))
                        and _anchor_ahead(ctx, tokens, k + 1)
                    )
                )
            ):
                k += 1
                continue
            break
        run = 0
        while (
            k - run - 1 >= 0
            and run < 3
            and tokens[k - run - 1].is_word
            and is_capitalised(tokens[k - run - 1])
            and not ctx.lex.heads.match(tokens, k - run - 1)
            and not _post_heads().match(tokens, k - run - 1)
        ):
            run += 1
        # A name capitalises the first syllable of each word only: 'Ủy ban Kiểm toán', 'Hội Tin học'.
        compound = run == 1 and not is_abbreviation(tokens[k - 1])
        if (
            compound
            or tok.lower in ctx.lex.org_words
            or tok.lower in UNIT_WORDS
            or _anchor_ahead(ctx, tokens, k)
        ):
            k += 1
            continue
        break
    while (
        k > start
        and tokens[k - 1].lower in ("và", "của", "các", "&", "/")
        or (k > start and tokens[k - 1].text in HYPHENS)
    ):
        k -= 1
    if (
        start < k < len(tokens)
        and tokens[k].is_word
        and not is_capitalised(tokens[k])
        and not is_capitalised(tokens[k - 1])
        and word_key(f"{tokens[k - 1].text} {tokens[k].text}") in dictionary_words()
    ):
        k -= 1  # 'Trưởng đoàn tư | vấn': a word is never cut in two; give its first half back
    return _trim_verb(tokens, k, start)


def _trim_verb(tokens: list[Token], k: int, start: int) -> int:
    """Give back a last syllable that opens a verb with the next one ('Bộ Nội vụ thông | tin')."""
    if start < k < len(tokens) and (tokens[k - 1].text, tokens[k].text) in VERB_PAIRS:
        return k - 1
    return k


def _place_before(ctx: Context, tokens: list[Token], j: int, level: str) -> str | None:
    """Return the last place of ``level`` named in the sentence before tokens[j]."""
    if level not in ("tỉnh", "thành phố"):
        return _written_place_before(ctx, tokens, j, level)
    kinds = ("city", "former-city") if level == "thành phố" else ("province", "former-province")
    found = None
    k = 0
    while k < j:
        place = ctx.lex.places.match(tokens, k)
        if place and place[1] <= j:
            if place[0].kind in kinds:
                found = place[0].vi
            k = place[1]
            continue
        k += 1
    return found


def _written_place_before(ctx: Context, tokens: list[Token], j: int, level: str) -> str | None:
    """Return the last commune or district written with its level word before tokens[j] ('xã X')."""
    found = None
    for k in range(max(0, j - 1)):
        if (lv := match_level(tokens, k)) and lv[0] == level:
            run = capital_run(tokens, lv[1])
            if not run and lv[1] < j and tokens[lv[1]].is_number and level in ("quận", "phường"):
                run = 1  # 'quận 2'
            if 0 < run <= 3 and lv[1] + run <= j:
                found = " ".join(t.text for t in tokens[lv[1] : lv[1] + run])
    return found


def _unit_name(ctx: Context, tokens: list[Token], j: int, end: int, mention: OrgMention | None) -> str:
    """Return the unit's name as written between tokens[j] and tokens[end - 1], asides left out."""
    if end - j > 2 and tokens[end - 1].lower == "này" and any(
        (lv := match_level(tokens, end - 1 - n)) and lv[1] == end - 1 for n in (1, 2)
    ):
        end -= 1  # 'Chánh thanh tra tỉnh này': the inspectorate of the province just named
    head = ctx.lex.heads_loose.match(tokens, j)
    delegation = head is not None and head[0].key in UNIQUE_HEADS and head[1] < end
    if delegation and end == _delegation_end(ctx, tokens, head[1]):
        # 'Đại biểu Quốc hội tỉnh X': a province's delegation to the one National Assembly.
        written = " ".join(ctx.text[tokens[j].start : tokens[head[1] - 1].end].split())
        return written[:1].upper() + written[1:]
    if mention is not None and mention.child is not None and mention.head.key in NATIONAL_HEADS:
        own = ctx.text[tokens[j].start : mention.child.start].rstrip()
        if own[-1:] in HYPHENS and " " in own:
            # 'Cục trưởng Cục Cảnh sát hình sự - Bộ Công an': a national unit is named alone, the
            # ministry it belongs to after the dash is no part of its name.
            own = " ".join(own[:-1].split())
            return own[:1].upper() + own[1:]
    if mention is not None:
        m_end = next((n for n, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        tail = mention
        while tail.child is not None:
            tail = tail.child  # 'Cơ quan CSĐT Công an tỉnh': the place is its parent's, written last
        if m_end == end and tail.implicit_place and tail.level:
            # Only 'tỉnh' is written: the province the sentence has just named, else the report's own.
            near = _place_before(ctx, tokens, j, tail.level)
            if near is not None:
                written = " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split())
                return f"{written[:1].upper()}{written[1:]} {near}"
            if tail.resolvable:  # ('Ban X HĐND TP': the city's council, as the unit pass names it)
                name = display_name(ctx, mention)
                return name[:1].upper() + name[1:]
    written = ctx.text[tokens[j].start : tokens[end - 1].end]
    written = " ".join(BRACKET_RE.sub("", written).split())
    found = ctx.lex.heads_loose.match(tokens, j)
    head = mention.head if mention is not None else (found[0] if found else None)
    if head is not None and head.key in NATIONAL_HEADS and (dash := MINISTRY_AFTER_DASH.search(written)):
        written = written[: dash.start()]  # 'cục Cảnh sát hình sự - Bộ Công an', as above
    level = next((lv for n in (2, 1) if (lv := match_level(tokens, end - n)) and lv[1] == end), None)
    if mention is None and level is not None and (near := _place_before(ctx, tokens, j, level[0])):
        written = f"{written} {near}"  # '... Công an tỉnh': the province the sentence has named
    return written[:1].upper() + written[1:]


def _as_far_as_found(
    ctx: Context, tokens: list[Token], j: int, end: int, mention: OrgMention | None
) -> tuple[int, OrgMention | None]:
    """Read a post's unit as far as the unit found at the same place ('Hội Hồi sức cấp cứu và ...')."""
    spans = ctx.cache.get("org_spans")
    if not isinstance(spans, dict) or j >= len(tokens) or end <= j:
        return end, mention
    found_end = spans.get(tokens[j].start)
    if found_end is None or found_end <= tokens[end - 1].end:
        return end, mention
    last = next((n for n in range(end, len(tokens)) if tokens[n].end == found_end), None)
    return (last + 1, None) if last is not None else (end, mention)


VILLAGE_ROLES = {"truong-thon", "pho-truong-thon"}
VILLAGE_WORDS = {"thôn", "ấp", "bản", "xóm", "buôn", "làng", "sóc", "phum"}


def _village_after_holder(tokens: list[Token], first: int, j: int) -> tuple[int, int] | None:
    """Return (start, end) of the village a village head's title ending at tokens[j] names after its holder.

    'ông A, trưởng thôn Đào Xá', 'ông B là thôn trưởng thôn Lò Mé': a capitalised run right after the
    title (or after 'thôn' repeated) names the village when the holder is written before the title.
    """
    if first < 2 or not (
        tokens[first - 1].text in (",", "(", *HYPHENS) or tokens[first - 1].lower in ("là", "làm")
    ):
        return None
    if not (tokens[first - 2].is_word and is_capitalised(tokens[first - 2])):
        return None
    start = j - 1  # 'Trưởng thôn X': the title ends on the village word
    if j < len(tokens) and tokens[j].lower in VILLAGE_WORDS:
        start, j = j, j + 1  # 'Thôn trưởng thôn X', 'Thôn phó thôn X'
    if tokens[start].lower not in VILLAGE_WORDS or j >= len(tokens):
        return None
    run = capital_run(tokens, j) if tokens[j].is_word else 0
    if not 1 <= run <= 3:
        return None
    return start, j + run


def _village_holder_next(ctx: Context, tokens: list[Token], i: int, j: int) -> bool:
    """Whether a full name right after a village head's title (tokens[i:j]) is its holder's.

    'Trưởng thôn Lê Văn A cho biết': a family name and two or more given names, then a verb, a comma
    or the end, name the head, not the village; 'thôn Lê Lợi' (two words, no title) stays a village.
    """
    if _village_word(tokens, i, j) is None or j >= len(tokens) or not tokens[j].is_word:
        return False
    if _village_after_holder(tokens, i, j) is not None:
        return False  # 'ông A, trưởng thôn X Y Z': the holder is named already, X Y Z is the village
    run = capital_run(tokens, j)
    if not 3 <= run <= 4 or not _surname(ctx, tokens[j].text) or ctx.lex.places.match(tokens, j):
        return False
    after = j + run
    if after < len(tokens) and tokens[after].is_word and is_capitalised(tokens[after]):
        return False
    # 'Trưởng thôn Nguyễn Văn Trỗi, xã X': a village named after a person, its commune next.
    return not (after + 1 < len(tokens) and tokens[after].text == "," and match_level(tokens, after + 1))


def _village_word(tokens: list[Token], i: int, j: int) -> str | None:
    """Return the village word of a village head's title tokens[i:j] ('Trưởng thôn', 'Thôn trưởng')."""
    if tokens[j - 1].lower in VILLAGE_WORDS:
        return tokens[j - 1].lower
    return tokens[i].lower if tokens[i].lower in VILLAGE_WORDS else None


def _village_title_before(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Whether a village head's title ends at tokens[j - 1] and the name at tokens[j] is its holder's."""
    for first in range(max(0, j - 3), j - 1):
        match = ctx.lex.roles.match(tokens, first)
        if match and match[1] == j and match[0].key in VILLAGE_ROLES:
            return _village_holder_next(ctx, tokens, first, j)
    return False


def _village_named_elsewhere(ctx: Context, word: str, holder: str) -> str | None:
    """Return the one village the report names with 'thôn X' (for a head whose village is not written)."""
    names = set()
    # A look-ahead, so that 'thôn 6 và thôn X' reads as two villages (one match would swallow both).
    for m in re.finditer(rf"(?<!\w){word}\s+(?=(\w+(?:\s+\w+){{0,3}}))", ctx.text, re.IGNORECASE):
        before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        if before.rstrip().endswith(("trưởng", "phó")):
            continue  # another head's title: its own next words may be a holder too
        words = m.group(1).split()
        if words[0].isdigit():
            names.add(words[0])
            continue
        run = []
        for w in words:
            if not w[0].isupper():
                break
            run.append(w)
        if run and " ".join(run) != holder and not (len(run) >= 3 and _surname(ctx, run[0])):
            names.add(" ".join(run))
    return f"{word.capitalize()} {names.pop()}" if len(names) == 1 else None


def _heads_unit(role: Entry) -> bool:
    """Whether a role's last words name the unit it heads ('Trưởng phòng', 'Chánh Văn phòng')."""
    words = role.vi.lower().split()
    if words and words[0] == "phó":
        words = words[1:]
    return bool(words) and (words[0] in ("trưởng", "chánh") or len(words) == 1)


# Posts news reports write as initials, unit and all: 'ĐBQH A' is a deputy of the National Assembly,
# 'Tổng TTCP B' the Inspector General of the Government Inspectorate. (words, role key, title, unit)
ABBREVIATED_POSTS = (
    (("ĐBQH",), "dai-bieu", "Đại biểu", "Quốc hội"),
    (("ĐB",), "dai-bieu", "Đại biểu", "Quốc hội"),
    (("Tổng", "TTCP"), "tong-thanh-tra", "Tổng Thanh tra", "Thanh tra Chính phủ"),
    (("Phó", "Tổng", "TTCP"), "pho-tong-thanh-tra", "Phó Tổng Thanh tra", "Thanh tra Chính phủ"),
    (("Phó", "TTCP"), "pho-tong-thanh-tra", "Phó Tổng Thanh tra", "Thanh tra Chính phủ"),
)
ABBREVIATED_FIRST = frozenset(words[0] for words, *_ in ABBREVIATED_POSTS)


def _glued_apostrophe(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is an apostrophe inside a word ('M’gar', 'H'leo')."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in ("’", "'")
        and tokens[k].start == tokens[k - 1].end
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].is_word
    )


def _glued_dot(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a dot between two initials of one brand ('PVC.KBC')."""
    return (
        k > 0
        and k + 1 < len(tokens)
        and tokens[k].text == "."
        and tokens[k].start == tokens[k - 1].end
        and tokens[k + 1].start == tokens[k].end
        and tokens[k - 1].text.isupper()
        and tokens[k + 1].is_word
        and tokens[k + 1].text.isupper()
        and len(tokens[k + 1].text) >= 2
    )


def _deputy_constituency(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return the index after a deputy's province at tokens[k], or k.

    '(Bến Tre)', '(đoàn Nghệ An)', '(TP Hồ Chí Minh)' or ', đoàn Hà Nội' name the delegation.

    When a dash and a post follow the province, return the dash's index so the chain reads the post.
    """
    if k + 2 >= len(tokens) or tokens[k].text not in ("(", ","):
        return k
    n = k + 1
    if tokens[n].lower == "đoàn":
        n += 1
    elif tokens[k].text == ",":
        return k  # after a comma only 'đoàn X' says it: 'đại biểu A, đoàn Hà Nội'
    kinds = ("province", "former-province", "city", "former-city")
    place = ctx.lex.places.match(tokens, n)
    if not (place and place[0].kind in kinds) and (level := match_level(tokens, n)):
        place = ctx.lex.places.match(tokens, level[1])  # '(TP Hồ Chí Minh)', '(tỉnh Nghệ An)'
    if place and place[0].kind in kinds and place[1] < len(tokens) and tokens[place[1]].text == ")":
        return place[1] + 1
    if place and place[0].kind in kinds and tokens[k].text == ",":
        return place[1]
    if place and place[0].kind in kinds and place[1] + 1 < len(tokens) and tokens[place[1]].text in HYPHENS:
        return place[1]  # '(đoàn Nghệ An - Phó Chủ nhiệm Ủy ban X)': the deputy's post goes on after the dash
    return k


DEPUTIES_DEFINED = re.compile(r"[Đđ]ại biểu ((?:HĐND|Hội đồng nhân dân)[^()]{0,40}?)\s*\(ĐB\)")


# 'ĐB HĐND TP Hà Nội A': the council written once after the initials.
DEPUTIES_NAMED = re.compile(r"\bĐB (HĐND (?:TP\.? ?|tỉnh |thành phố )?[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})")


def _deputies_body(ctx: Context) -> str | None:
    """Return the council whose deputies the report shortens to 'ĐB': 'đại biểu HĐND TP X (ĐB)'."""
    found = DEPUTIES_DEFINED.search(ctx.text) or DEPUTIES_NAMED.search(ctx.text)
    name_goes_on = found is not None and re.match(r" [A-ZĐ]", ctx.text[found.end() :]) is not None
    place = found.group(1).split() if found else []
    if name_goes_on and len(place) > 3 and _surname(ctx, place[-1]):
        return " ".join(place[:-1])  # 'ĐB HĐND TP Hà Nội Phạm Thị A': the holder's name begins
    return " ".join(found.group(1).split()) if found else None


def _abbreviated_post(ctx: Context, tokens: list[Token], i: int) -> TitleMention | None:
    """Return the post written as initials at tokens[i] ('ĐBQH', 'Phó TTCP'), or None."""
    if tokens[i].text not in ABBREVIATED_FIRST:
        return None  # asked at every token of every title scan: most tokens start none of them
    for words, role_key, title, unit in ABBREVIATED_POSTS:
        end = i + len(words)
        if tuple(t.text for t in tokens[i:end]) != words:
            continue
        if words == ("ĐB",) and not (end < len(tokens) and _person_start(ctx, tokens, end)):
            continue  # 'ĐB' alone stands for many words; before a full name it is a deputy
        if words == ("ĐB",):
            unit = _deputies_body(ctx) or unit
        role = ctx.lex.gazetteer.roles[role_key]
        status = None
        first = _phrase_before(tokens, i, FORMER)
        if first < i:
            status = "former"
        start = tokens[first].start
        return TitleMention(start, tokens[end - 1].end, first, end, role, unit, title, status=status)
    return None


def _titles(ctx: Context, tokens: list[Token], org_names: dict[str, str]) -> list[TitleMention]:
    """Find every 'role + unit' in a sentence."""
    found: list[TitleMention] = []
    i = 0
    while i < len(tokens):
        if (short := _abbreviated_post(ctx, tokens, i)) is not None:
            found.append(short)
            i = short.last
            continue
        match = ctx.lex.roles.match(tokens, i)
        if not match:
            i += 1
            continue
        role, j = match
        if (
            role.key in VERB_ROLES
            and tokens[i].lower == role.vi.split()[0].lower()
            and not (i > 0 and (tokens[i - 1].text in CHAIN_SEPARATORS or tokens[i - 1].lower in PREDICATE))
        ):
            i = j  # 'A lái xe Công ty X đi ...', 'lực lượng bảo vệ Công ty Y': a verb, not a post
            continue
        if i > 0 and tokens[i - 1].lower == "ban" and role.key in ("giam-doc", "tong-giam-doc"):
            i = j  # 'Ban Giám đốc Công an TP': the board of directors, no one's post
            continue
        if role.key == "phu-trach" and not is_capitalised(tokens[i]):
            i = j  # 'cán bộ phụ trách địa bàn': in charge of a task; 'Phụ trách Phòng X' is a post
            continue
        lower = not is_capitalised(tokens[i])
        # 'Phó Chủ tịch không chuyên trách UB X', 'Phó Trưởng ban thường trực Ban Y': the title's own words.
        qualifier = _phrase_at(tokens, j, QUALIFIERS)
        if qualifier > j and (
            not is_capitalised(tokens[j])
            # 'Phó Trưởng ban Thường trực Ban Chỉ đạo X': capitalised, but the unit is written after it.
            or (qualifier < len(tokens) and ctx.lex.heads.match(tokens, qualifier))
        ):
            j = qualifier
        title_text = " ".join(ctx.text[tokens[i].start : tokens[j - 1].end].split())
        title_text = title_text[:1].upper() + title_text[1:]
        if any(tokens[n].text in ("GĐ", "PGĐ", "TGĐ") for n in range(i, j)):
            title_text = role.vi  # 'GĐ Sở Y tế': the title in full, as annotators write it
        first = i
        status = None
        # 'quyền Chánh Thanh tra': an acting head; 'tân Phó Bí thư': a new one.
        if i > 0 and tokens[i - 1].lower == "quyền":
            title_text = f"Quyền {title_text}"
            first = i - 1
        elif i > 0 and tokens[i - 1].lower == "tân":
            first = i - 1
        before = _phrase_before(tokens, first, FORMER)
        if before < first:
            status, first = "former", before
        # A role may end with the unit's head: 'Trưởng Công an xã X' heads 'Công an xã X', and
        # 'Trưởng phòng CSGT Công an tỉnh' heads 'Phòng CSGT Công an tỉnh'.
        inner = next(
            (
                n
                for n in (2, 1)
                if j - n > i and (m := ctx.lex.heads_loose.match(tokens, j - n)) and m[1] == j
            ),
            None,
        )
        if (
            inner == 1
            and tokens[j - 2].lower == "văn"
            and j < len(tokens)
            and tokens[j].is_word
            and (
                not is_capitalised(tokens[j])
                # 'Trưởng Văn phòng Luật sư X', 'Văn phòng Công chứng Y': a practice, not an office of X
                or tuple(t.lower for t in tokens[j : j + 2]) in PRACTICE_OFFICES
            )
        ):
            inner = 2  # 'Trưởng văn phòng luật sư X': the office is 'Văn phòng luật sư X', not a 'phòng'
        if inner is None:
            # 'Phó Trưởng khoa Chẩn đoán hình ảnh', 'Trưởng bộ môn Luật hình sự': the faculty (or
            # academic department) the title heads.
            inner = next(
                (n for n in (2, 1) if j - n > i and (m := _post_heads().match(tokens, j - n)) and m[1] == j),
                None,
            )
        if inner is None and j - 1 > i and tokens[j - 1].text == "CA" and match_level(tokens, j):
            inner = 1  # 'Trưởng CA quận X': the police of that place, by its initials
        if inner is None and j - 1 > i and tokens[j - 1].text in POLICE_INITIALS:
            inner = 1  # 'Trưởng CAQ Hoàn Kiếm': the initials take in the level, the place follows
        if not _heads_unit(role):
            inner = None  # 'Cán bộ Phòng X' is staff of the division, not a 'bộ'
        if role.key in VILLAGE_ROLES and _village_holder_next(ctx, tokens, i, j):
            # 'Trưởng thôn Lê Văn A cho biết': the name is the head's; the village, if any, is the
            # one the report names elsewhere.
            holder = " ".join(t.text for t in tokens[j : j + capital_run(tokens, j)])
            village = _village_named_elsewhere(ctx, _village_word(tokens, i, j) or "", holder)
            found.append(
                TitleMention(
                    tokens[first].start, tokens[j - 1].end, first, j, role, village, title_text, status=status
                )
            )
            i = j
            continue
        unit = None
        org_text: str | None = None
        of_start: int | None = None  # where the unit starts when written after 'của'
        if inner:
            unit = _unit(ctx, tokens, j - inner, absorbed=True)
            if unit is not None:
                end, mention = unit
                if (
                    mention is not None
                    and mention.child is not None
                    and not mention.specs
                    and not mention.level
                ):
                    # 'Chánh Thanh tra Bộ Nội vụ', 'Chánh Văn phòng Sở Y tế': the post is in the unit named.
                    child_start = next(n for n, t in enumerate(tokens) if t.start >= mention.child.start)
                    org_text = _unit_name(ctx, tokens, child_start, end, mention.child)
                elif j + 1 < end and tokens[j].text in HYPHENS:
                    # 'Chánh Văn phòng - Tổng cục X': the head's own unit is the one after the dash.
                    org_text = _unit_name(ctx, tokens, j + 1, end, None)
                else:
                    if (
                        inner == 2 or tokens[j - 1].text == "CA" or tokens[j - 1].text in POLICE_INITIALS
                    ) and role.key not in WHOLE_TITLES:
                        # 'Trưởng Công an xã X': the role word alone, the unit is 'Công an xã X'.
                        title_text = " ".join(ctx.text[tokens[i].start : tokens[j - inner - 1].end].split())
                        title_text = title_text[:1].upper() + title_text[1:]
                        if first < i and tokens[first].lower == "quyền":
                            title_text = f"Quyền {title_text}"
                    org_text = _unit_name(ctx, tokens, j - inner, end, mention)
        if org_text is None:
            unit = _unit(ctx, tokens, j)
            if (
                unit is None
                and role.key in ROLE_HEADS
                and j < len(tokens)
                and tokens[j].lower == ROLE_HEADS[role.key].lower()
            ):
                # 'Bộ trưởng bộ Lao động, thương binh và xã hội': the role's own head in lower case.
                unit = _unit(ctx, tokens, j, absorbed=True)
            if (
                unit is None
                and role.key in ROLE_HEADS
                and (own := ctx.lex.heads.match(tokens, j))
                and is_capitalised(tokens[j])
                and key(ctx.text[tokens[j].start : tokens[own[1] - 1].end]) == key(ROLE_HEADS[role.key])
                and (lower := _lower_name_end(ctx, tokens, own[1]))
            ):
                # 'Cục trưởng Cục đăng ký quốc gia giao dịch bảo đảm, Bộ X': the role's own head, then
                # the unit's name in lower case up to the comma.
                unit = lower, None
            if (
                unit is None
                and j + 1 < len(tokens)
                and (
                    tokens[j].lower == "của"
                    # 'cán bộ thuộc Công an huyện X', 'bác sĩ tại Bệnh viện Y': staff of the unit.
                    or (tokens[j].lower in ("thuộc", "tại") and role.kind == "member")
                )
                and (
                    (
                        is_capitalised(tokens[j + 1])
                        # 'Khoa Nội' opens with a soft head: a unit too when parse_org reads it so.
                        and (ctx.lex.heads.match(tokens, j + 1) or parse_org(ctx, tokens, j + 1) is not None)
                    )
                    # 'giáo viên tại trường Mầm non X': a lower-case head before the unit's name.
                    or _post_heads().match(tokens, j + 1) is not None
                    # 'Kế toán trưởng của PVN': a company known by its brand.
                    or (role.key in COMPANY_ROLES and _brand(tokens[j + 1]))
                )
            ):
                # 'người phát ngôn của Bộ Ngoại giao': the unit after 'of'.
                unit, of_start = _unit(ctx, tokens, j + 1), j + 1
            if (
                unit is None
                and j + 1 < len(tokens)
                and tokens[j].text in HYPHENS
                and is_capitalised(tokens[j + 1])
                and not _person_start(ctx, tokens, j + 1)
                and (named := parse_org(ctx, tokens, j + 1)) is not None
                and named.specific
            ):
                # 'nguyên điều tra viên cao cấp - Cơ quan CSĐT Bộ Công an': the unit after a dash.
                unit, of_start = _unit(ctx, tokens, j + 1), j + 1
            if unit is not None:
                end, mention = unit
                end, mention = _as_far_as_found(ctx, tokens, of_start or j, end, mention)
                org_text = _unit_name(ctx, tokens, of_start or j, end, mention)
                if (
                    role.key in ROLE_HEADS
                    and of_start is None
                    and is_abbreviation(tokens[j])
                    and not ctx.lex.heads.match(tokens, j)
                    and not key(org_text).startswith(key(ROLE_HEADS[role.key]))
                ):
                    # 'Đội phó TTGT TP X': the team is 'Đội TTGT TP X', its head word left out.
                    org_text = f"{ROLE_HEADS[role.key]} {org_text}"
        if org_text is None:
            end = j
            party_role = role.key in PARTY_ROLES
            if (role.key in COMMITTEE_ROLES or party_role) and (level := match_level(tokens, j)):
                # 'Chủ tịch xã X', 'Chủ tịch TP Y': the post in that place's People's Committee.
                end = level[1]
                level_text = " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split())
                place = ctx.lex.places.match(tokens, end)
                place_name = place_text = None
                if place:
                    place_name, place_text = (
                        place[0].vi,
                        ctx.text[tokens[end].start : tokens[place[1] - 1].end],
                    )
                    end = place[1]
                else:
                    run = _place_before_name(ctx, tokens, end)
                    while (
                        not _place_before_name(ctx, tokens, end)
                        and end + run < len(tokens)
                        and run < 4
                        and tokens[end + run].is_word
                        and is_capitalised(tokens[end + run])
                        and not _person_start(ctx, tokens, end + run)
                        and tokens[end + run].text not in SENTENCE_OPENERS
                    ):
                        run += 1
                    if (
                        not run
                        and end < len(tokens)
                        and tokens[end].is_number
                        and len(tokens[end].text) <= 2
                        and level[0] in ("phường", "quận")
                    ):
                        run = 1  # 'Phó Chủ tịch phường 8': a ward or district known by its number
                    if run:
                        place_name = place_text = ctx.text[tokens[end].start : tokens[end + run - 1].end]
                        end += run
                    elif level[0] in ctx.default_place:
                        place_name = place_text = ctx.default_place[level[0]].vi
                if place_name:
                    org_text = org_names.get(org_key(ctx, f"Ủy ban nhân dân {level[0]} {place_name}"))
                    org_text = org_text or f"UBND {level_text} {' '.join(str(place_text).split())}"
                    if party_role:
                        # 'Bí thư thị trấn X': the secretary of the town's party committee.
                        org_text = _party_committee(f"UBND {level[0]} {' '.join(str(place_text).split())}")
            elif role.key in ROLE_HEADS and (
                (initials := _field_initials(tokens, j)) or (run := _capital_run(ctx, tokens, j))
            ):
                # 'Bộ trưởng Y tế Nguyễn Văn A', 'Bộ trưởng NN-PTNT B': the ministry without its head word.
                end = j + initials if initials else max(j + run, _unit_tail(ctx, tokens, j))
                if initials and ROLE_HEADS[role.key] == "Đội" and (level := match_level(tokens, end)):
                    # 'Đội phó TTGT huyện X': the team of that place, its head word left out.
                    end = level[1] + _capital_run(ctx, tokens, level[1])
                written = " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split())
                head_word = ROLE_HEADS[role.key]
                org_text = written if key(written).startswith(key(head_word)) else f"{head_word} {written}"
                if key(org_text) == key(head_word) or key(head_word).startswith(f"{key(written)} "):
                    # 'Đội phó Đội phòng ngừa ...', 'Chi cục phó Chi cục quản lý ... xảy ra': a unit
                    # the reader could not name ('Chi' is the first half of the head word).
                    org_text = None
            elif (
                role.key in IMPLIED_UNIT
                and not lower
                and not _country_at(tokens, j)
                # A foreign leader's name ('Thủ tướng Dmitry Medvedev') heads another government.
                and not (j < len(tokens) and is_capitalised(tokens[j]) and not _surname(ctx, tokens[j].text))
            ):
                found.append(
                    TitleMention(
                        tokens[first].start,
                        tokens[j - 1].end,
                        first,
                        j,
                        role,
                        _member_committee(ctx, role, IMPLIED_UNIT[role.key]),
                        title_text,
                        status=status,
                    )
                )
                i = j
                continue
        if (
            org_text is None
            and j + 3 < len(tokens)
            and tokens[j].text == "("
            and tokens[j + 2].text == ")"
            and is_abbreviation(tokens[j + 1])
            and is_capitalised(tokens[j + 3])
            and (after_initials := _unit(ctx, tokens, j + 3)) is not None
        ):
            # 'công nhân (CN) Cty X': the title's initials in brackets, then its unit.
            unit = after_initials
            end, mention = unit
            org_text = _unit_name(ctx, tokens, j + 3, end, mention)
        if (
            org_text is None
            and role.key in WHOLE_TITLES
            and j + 1 < len(tokens)
            and tokens[j].text == ","
            and ctx.lex.heads.match(tokens, j + 1)
            and not ctx.lex.roles.match(tokens, j + 1)
            and (parent := _unit(ctx, tokens, j + 1)) is not None
            and parent[1] is not None
        ):
            # 'Phó chánh thanh tra, Sở GTVT tỉnh X': the inspectorate (or office) is that body's own.
            unit = parent
            end, mention = unit
            org_text = _unit_name(ctx, tokens, j + 1, end, mention)
        village = _village_after_holder(tokens, first, j) if role.key in VILLAGE_ROLES else None
        if org_text is None and village is not None:
            # 'ông A, trưởng thôn Đào Xá': the holder is named already, so the village's name is no
            # holder's though it opens like a family name.
            v_start, end = village
            org_text = _unit_name(ctx, tokens, v_start, end, None)
            unit = (end, None)
        if org_text is None and role.kind == "member" and (qualified := _qualified_unit(ctx, tokens, j)):
            # 'cán bộ hành chính của Bệnh viện X', 'nhân viên bảo vệ tại Trung tâm Y': the title
            # takes its qualifying words, the unit follows.
            q_end, u_start, end, mention = qualified
            title_text = " ".join(ctx.text[tokens[i].start : tokens[q_end - 1].end].split())
            title_text = title_text[:1].upper() + title_text[1:]
            org_text = _unit_name(ctx, tokens, u_start, end, mention)
            unit = (end, mention)
            j = q_end
        if org_text is None and (bare := _bare_unit(ctx, tokens, j, org_names, role)) is not None:
            end, org_text = bare
        if (
            org_text is None
            and (listed := _listed_unit(ctx, tokens, first, j, role, found)) is not None
            # 'A, Giám đốc Công ty X; Công ty Y, do B, Giám đốc': a company named since is B's
            and not (
                role.key in COMPANY_ROLES
                and (company := _company_just_named(ctx, tokens, first, j, org_names, found))
                and ctx.text.rfind(company, 0, tokens[first].start) > found[-1].end
            )
        ):
            end, org_text = j, listed
        if org_text is None and (committee := _district_committee(ctx, tokens, j)) is not None:
            end, org_text = committee
        if org_text is None and role.key == "cong-an-vien" and (police := _commune_police(ctx, tokens, j)):
            end, org_text = police
        led = False
        if org_text is None and (party := _lower_committee(ctx, tokens, j)) is not None:
            end, org_text = party
        if org_text is None and role.key in TEAM_ROLES and (team := _team_unit(ctx, tokens, first, j)):
            end, org_text, led = team
        if org_text is None and (led_by := _led_unit(ctx, tokens, first, org_names)) is not None:
            end, org_text, led = j, led_by, True  # 'Công ty X (do ông A làm giám đốc)'
        elif org_text in BARE_BOARDS and (led_by := _led_unit(ctx, tokens, first, org_names)) is not None:
            org_text, led = f"{org_text} {led_by}", True  # 'Cty X (do bà A làm Chủ tịch HĐQT)'
        implied = None if org_text else _implied_unit(ctx, tokens, j, role, inner, org_names)
        if implied is None and org_text is None:
            implied = _this_unit(ctx, tokens, j, org_names)
        if implied is not None:
            (end, org_text), led = implied, False
        if (
            org_text is None
            and role.key in COMPANY_ROLES
            and (company := _company_just_named(ctx, tokens, first, j, org_names, found))
        ):
            org_text = company
            implied = (j, company)
        if (
            org_text is None
            and role.key in CHAIRS
            and (chaired := _chaired_alone(ctx, tokens, i, j, org_names))
        ):
            org_text = chaired
            implied = (j, chaired)
        if (
            org_text is None
            and role.key in PARTY_ROLES
            and (led_by := _secretary_alone(ctx, tokens, i, j, org_names))
        ):
            org_text = led_by
            implied = (j, led_by)
        if org_text and unit is not None:
            ranked = [
                n for n in range(j + 1, end) if is_capitalised(tokens[n]) and ctx.lex.ranks.match(tokens, n)
            ]
            cut = ranked[0] if ranked else None
            tail = " ".join(t.text for t in tokens[cut:end]) if cut is not None else ""
            if cut is not None and org_text.endswith(tail):
                # 'Trưởng Công an huyện X Đại tá A': the unit ends where the holder's rank begins.
                org_text, end = org_text[: -len(tail)].rstrip(), cut
        if org_text and unit is not None and org_text.endswith(tokens[end - 1].text):
            if (
                end + 2 < len(tokens)
                and tokens[end].is_word
                and tokens[end].text.isupper()
                and len(tokens[end].text) <= 2
                and _glued_apostrophe(tokens, end + 1)
            ):
                # 'Huyện ủy Đắk R’lấp': a place's last word opens with a letter and an apostrophe.
                org_text += " " + tokens[end].text
                end += 1
            while _glued_apostrophe(tokens, end) or _glued_dot(tokens, end):
                # 'Công an huyện Cư M’gar': the place's name goes on after its apostrophe;
                # 'Công ty PVC.KBC': a brand's initials go on after a dot.
                org_text += tokens[end].text + tokens[end + 1].text
                end += 2
        if org_text and unit is not None:
            written = " ".join(
                BRACKET_RE.sub("", ctx.text[tokens[j - (inner or 0)].start : tokens[end - 1].end]).split()
            )
            completed_place = not key(written).endswith(key(org_text))
        else:
            completed_place = False
        if (
            org_text
            and role.key in ("truong-phong", "pho-truong-phong")
            and org_text.lower().startswith("phòng khám")
            and title_text.lower().endswith("phòng")
        ):
            title_text = f"{title_text} {org_text.split()[1]}"  # 'Trưởng Phòng khám X': a clinic's head
        if org_text:
            found.append(
                TitleMention(
                    tokens[first].start,
                    tokens[end - 1].end,
                    first,
                    end,
                    role,
                    org_text,
                    title_text,
                    status=status,
                    completed=completed_place,
                    of=of_start is not None,
                    led=led,
                    implied=implied is not None,
                )
            )
            i = max(end, j)
        else:
            i = j
    return found


COMMITTEE_LEVELS = {"tinh-uy-vien": "tỉnh", "thanh-uy-vien": "thành phố", "huyen-uy-vien": "huyện"}


def _member_committee(ctx: Context, role: Entry, unit: str | None) -> str | None:
    """Return a party committee member's committee, with the report's place when it has one."""
    level = COMMITTEE_LEVELS.get(role.key)
    if unit is None or level is None or level not in ctx.default_place:
        return unit
    return f"{unit} {ctx.default_place[level].vi}"  # 'Huyện ủy viên' of 'Huyện ủy X'


DISTRICT_COMMITTEES = {"quận": "quận", "huyện": "huyện", "thị": "thị xã"}


def _district_committee(ctx: Context, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Return (index after, unit) for 'Quận ủy', 'Huyện ủy' written alone after a title.

    'Tại quận 2, ... Bí thư Quận ủy A': the committee of the district the sentence names, else of
    the report's own district.
    """
    found = ctx.lex.heads.match(tokens, j)
    if found is None or found[0].key != "party-committee-district" or found[1] != j + 2:
        return None
    end = found[1]
    if end < len(tokens) and (
        match_level(tokens, end)
        or tokens[end].is_number
        or is_abbreviation(tokens[end])
        or (is_capitalised(tokens[end]) and not _person_start(ctx, tokens, end))
    ):
        return None  # the committee's place is written: the unit reader has it
    level = DISTRICT_COMMITTEES.get(tokens[j].lower)
    if level is None:
        return None
    near = _written_place_before(ctx, tokens, j, level)
    if near is None and level in ctx.default_place:
        near = ctx.default_place[level].vi
    if near is None:
        return None
    written = " ".join(t.text for t in tokens[j:end])
    return end, f"{written} {level} {near}"


COMMUNE_LEVELS = {"xã", "phường", "thị trấn"}


def _commune_police(ctx: Context, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Return (index after, unit) for the commune after 'công an viên': 'Công an xã X' is the unit."""
    level = match_level(tokens, j)
    if level is None or " ".join(t.lower for t in tokens[j : level[1]]) not in COMMUNE_LEVELS:
        return None
    end = level[1]
    place = ctx.lex.places.match(tokens, end)
    if place is not None:
        end = place[1]
    else:
        while (
            end < len(tokens)
            and end - level[1] < 3
            and tokens[end].is_word
            and is_capitalised(tokens[end])
            and not (end > level[1] and _person_start(ctx, tokens, end))
        ):
            end += 1
    if end == level[1]:
        return None
    return end, "Công an " + " ".join(t.text for t in tokens[j:end])


# Posts a list of people gives without their unit, after an earlier post names it: a company's
# ('A - nguyên Chủ tịch HĐQT Ngân hàng X; B - nguyên Tổng giám đốc; C, Kế toán trưởng') or the
# deputy's of a head just named ('A, Giám đốc Công an tỉnh X và B, Phó Giám đốc').
COMPANY_ROLES = {"tong-giam-doc", "pho-tong-giam-doc", "giam-doc", "pho-giam-doc", "ke-toan-truong"}
COMPANY_HEADS = {"company", "bank"}
# Words after a bare post where the list or the clause goes on.
LIST_ENDS = {";", ",", ".", ")", "và", "đã", "đang", "sẽ", "vừa", "cũng", "cho"}


LIST_ITEM_ENDS = {")", ";", ",", "và"}


def _own_head(role: Entry) -> str | None:
    """Return the lower-case head of the unit a role is named for ('Trưởng phòng': 'phòng'), or None."""
    if role.key in ROLE_HEADS:
        return ROLE_HEADS[role.key].lower()
    words = role.vi.lower().split()
    if words and words[0] == "phó":
        words = words[1:]
    if len(words) > 1 and words[0] in ("trưởng", "chánh"):
        return " ".join(words[1:])
    return None


def _bare_post(
    ctx: Context, tokens: list[Token], first: int, end: int, role: Entry, org: str | None,
    status: str | None = None, claimed: bool = True,
) -> TitleMention:
    """Return the post of a role written bare at tokens[first:end], in a unit written elsewhere."""
    text = " ".join(ctx.text[tokens[first].start : tokens[end - 1].end].split())
    start, stop = tokens[first].start, tokens[end - 1].end
    return TitleMention(start, stop, first, end, role, org, text[:1].upper() + text[1:], claimed, status)


def _listed_bare_posts(
    ctx: Context, tokens: list[Token], sentence_posts: list[tuple[int, int, str, list[TitleMention]]]
) -> list[tuple[TitleMention, str]]:
    """Return (post, person key) for bare posts in a list whose unit the list's last item names.

    'ông A (Giám đốc), ông B (Phó giám đốc) và bà C (Kế toán trường X)', 'A, nguyên Chủ tịch HĐQT;
    B, nguyên Tổng giám đốc; C, nguyên Kế toán trưởng Ngân hàng Y': A's and B's posts are X's, Y's.
    """
    found = []
    for n, (_s, e, k, posts) in enumerate(sentence_posts):
        if posts or e >= len(tokens) or tokens[e].text not in ("(", ","):
            continue
        q, status = e + 1, None
        if q < len(tokens) and tokens[q].lower == "nguyên":
            q, status = q + 1, "former"
        bare = ctx.lex.roles.match(tokens, q)
        if bare is None or (bare[1] < len(tokens) and tokens[bare[1]].lower not in LIST_ITEM_ENDS):
            continue
        later = next((sp for sp in sentence_posts[n + 1 :] if sp[3]), None)
        if later is None or later[0] - bare[1] > 40 or later[3][-1].org is None:
            continue
        if any(t.text in (".", ":") or _phrase_at(tokens, m, TAKES_POST) > m for m, t in
               enumerate(tokens[bare[1] : later[0]], bare[1])):
            continue  # the list ends before the unit is named
        org = later[3][-1].org
        if bare[0].kind == "member" and later[3][-1].role.kind != "member":
            # 'A (bác sĩ), B (Giám đốc Công ty X)': a trade is no post of the unit a head leads; a
            # staff list shares it ('A (kế toán), B (thủ quỹ Công ty X)').
            continue
        if (own := _own_head(bare[0])) and not org.lower().startswith(own):
            continue  # 'A (Trưởng phòng), B (Giám đốc Sở X)': A heads a division, not the department
        if bare[0].key in COMPANY_ROLES:
            head = ctx.lex.heads.match(tokenize(org), 0)
            # 'Ban quản lý dự án X' has a director too.
            if head is None or head[0].key not in DIRECTED_HEADS | {"board"}:
                continue  # 'A (Giám đốc), B (Kế toán trường X)': a school has no director
        title = _bare_post(ctx, tokens, q, bare[1], bare[0], org, status)
        found.append((title, k))
    return found


QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")  # 'về tội "Lừa đảo ..."': a quoted charge names no unit
MEMBERS_OPEN = {"gồm"}  # 'HĐQT X gồm các ông A (chủ tịch); B (tổng giám đốc)': the unit's members


def _members_listed(
    ctx: Context,
    tokens: list[Token],
    sentence_posts: list[tuple[int, int, str, list[TitleMention]]],
    org_names: dict[str, str],
) -> list[tuple[TitleMention, str]]:
    """Return (post, person key) for the bare posts of a list of a unit's members after 'gồm'.

    'Công ty X ... gồm: A, Giám đốc; B, Kế toán trưởng', 'HĐQT Y gồm các ông C (chủ tịch); D (tổng
    giám đốc)': each role written alone after its holder's name is a post in the unit written last
    before 'gồm' in the sentence.
    """
    opener = next((n for n, t in enumerate(tokens) if t.lower in MEMBERS_OPEN), None)
    if opener is None or not any(s > opener for s, *_ in sentence_posts):
        return []
    before = ctx.text[tokens[0].start : tokens[opener].start]
    seen = [(before.rfind(name), name) for name in set(org_names.values()) if len(name.split()) > 1]
    seen = [(at + len(name), len(name), name) for at, name in seen if at >= 0]
    if not seen:
        return []
    unit_end, _, unit = max(seen)  # the longest name ending last: 'Tổng Công ty X', not 'Công ty X'
    between = QUOTED.sub(" ", ctx.text[tokens[0].start + unit_end : tokens[opener].start])
    if any(
        t.text in (".", ":") or (t.is_word and (is_capitalised(t) or is_abbreviation(t)))
        for t in tokenize(between)
    ):
        # 'cơ quan CSĐT Bộ Công an xác định, năm 2004, HĐQT X gồm ...': another body, unread, is the
        # list's unit; the one named before is not.
        return []
    board = BOARD_OF.match(unit)
    head = ctx.lex.heads.match(tokenize(unit[board.end() :] if board else unit), 0)
    found = []
    for s, e, k, posts in sentence_posts:
        if s < opener or posts or e >= len(tokens) - 1 or tokens[e].text not in ("(", ",", *HYPHENS):
            continue
        q, status = e + 1, None
        if tokens[q].lower == "nguyên":
            q, status = q + 1, "former"
        bare = ctx.lex.roles.match(tokens, q)
        if bare is None or (bare[1] < len(tokens) and tokens[bare[1]].lower not in LIST_ITEM_ENDS | {"."}):
            continue  # the role has a unit of its own, or the clause goes on after it
        role = bare[0]
        org = unit
        if board and role.key in EXECUTIVE_ROLES:
            org = unit[board.end() :]  # 'HĐQT X gồm A (tổng giám đốc)': the company's executive
        elif role.key in COMPANY_ROLES and (head is None or head[0].key not in DIRECTED_HEADS):
            continue  # a director of no company or bank the list could mean
        elif role.key not in COMPANY_ROLES and not board and role.key not in ("chu-tich", "pho-chu-tich"):
            continue  # only a company's (or its board's) posts are listed so
        found.append((_bare_post(ctx, tokens, q, bare[1], role, org, status), k))
    return found


def _respective_posts(
    ctx: Context, tokens: list[Token], k: int, by_first: dict[int, TitleMention]
) -> tuple[TitleMention, TitleMention] | None:
    """Return the two posts of 'A và B, [nguyên] R1 và R2 Công ty X' read from tokens[k], or None.

    The first role is written bare and shares the unit of the second: A is R1 of X, B is R2 of X.
    """
    if k >= len(tokens) - 3:
        return None
    if tokens[k].text in (",", "(", *HYPHENS):
        k += 1
    elif tokens[k].lower != "nguyên":
        return None  # 'A, B nguyên Tổng giám đốc, Phó Tổng giám đốc Công ty X': no comma before 'nguyên'
    status = None
    if tokens[k].lower == "nguyên":
        status, k = "former", k + 1
    bare = ctx.lex.roles.match(tokens, k)
    if bare is None or k in by_first or bare[1] + 1 >= len(tokens):
        return None
    if tokens[bare[1]].lower not in ("và", ","):
        return None
    second = by_first.get(bare[1] + 1)
    if second is None and tokens[bare[1] + 1].lower == "nguyên":
        second = by_first.get(bare[1] + 2)
    if second is None or second.claimed or not second.org or ctx.lex.roles.match(tokens, second.last):
        return None
    second.claimed = True
    if status and not second.status:
        second.status = status
    first = _bare_post(ctx, tokens, k, bare[1], bare[0], _directed_unit(ctx, bare[0], second.org), status)
    return first, second


def _led_unit(ctx: Context, tokens: list[Token], first: int, org_names: dict[str, str]) -> str | None:
    """Return the unit named right before 'do A làm <title>' ('Công ty X (do ông A làm giám đốc)')."""
    if first < 3 or tokens[first - 1].lower != "làm":
        return None
    last = first - 2
    if tokens[last].text == ")":
        # 'do bà A (vợ của ông B, nguyên ...) làm giám đốc': the aside about the holder is skipped.
        opening = next((n for n in range(last - 1, max(0, last - 40), -1) if tokens[n].text == "("), None)
        last = opening - 1 if opening is not None else last
    do = next((n for n in range(last, max(0, last - 10), -1) if tokens[n].lower == "do"), None)
    if do is None or do == 0:
        return None
    before = ctx.text[: tokens[do].start].rstrip(" (,")
    # 'Công ty X (xã Y) do bà A làm giám đốc': where the company is, between it and 'do'.
    before = re.sub(r"\s*\([^()]{1,60}\)$", "", before).rstrip(" ,")
    named = [
        name
        for name in set(org_names.values())
        if before.endswith(name)
        # 'Đoàn công tác của Bộ Chính trị do A làm Trưởng đoàn': the delegation, not its owner.
        and not before[: len(before) - len(name)].rstrip().endswith(("của", "thuộc"))
    ]
    return max(named, key=len) if named else None


BARE_BOARDS = {"HĐQT", "Hội đồng quản trị", "Hội đồng Quản trị", "HĐTV", "Hội đồng thành viên"}


def _board_of_next(ctx: Context, tokens: list[Token], posts: list[TitleMention]) -> None:
    """Name the company of a bare board by the post written next with 'kiêm'.

    'Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X': the board is X's; 'Phó chủ tịch HĐQT kiêm Chủ tịch
    Hội đồng tín dụng Sacombank': Sacombank's.
    """
    for title, after in zip(posts, posts[1:], strict=False):
        if title.org not in BARE_BOARDS or not after.org or title.last >= len(tokens):
            continue
        if tokens[title.last].lower != "kiêm" or after.first != title.last + 1:
            continue
        words = tokenize(after.org)
        owner = next(
            (
                n
                for n in range(len(words))
                if (head := ctx.lex.heads.match(words, n)) and head[0].key in COMPANY_HEADS
                or (n > 0 and _brand(words[n]))
                # 'kiêm Tổng Giám đốc PVC.KBC': a brand written alone, dot and all.
                or (n == 0 and " " not in after.org and _brand(words[n]))
            ),
            None,
        )
        if owner is not None:
            title.org = f"{title.org} {after.org[words[owner].start :]}"


OF_UNIT = ("của", "tại", "thuộc")


def _qualified_unit(
    ctx: Context, tokens: list[Token], j: int
) -> tuple[int, int, int, OrgMention | None] | None:
    """Read 'hành chính của Bệnh viện X' after a staff role: (title end, unit start, unit end, mention)."""
    q = j
    while (
        q < min(len(tokens), j + 4)
        and tokens[q].is_word
        and not is_capitalised(tokens[q])
        and tokens[q].lower not in LOWER_NAME_STOPS
        and tokens[q].lower not in OF_UNIT
        and tokens[q].lower not in UNIT_STOP
        # 'một cán bộ khác của UBND X': someone else; 'bác sĩ chuyên khoa II': a degree; 'đại biểu vùng X'.
        and tokens[q].lower not in ("khác", "chuyên", "vùng")
        and not match_level(tokens, q)
        and _post_heads().match(tokens, q) is None
        and ctx.lex.heads.match(tokens, q) is None
        and ctx.lex.roles.match(tokens, q) is None
        and not (q + 1 < len(tokens) and (tokens[q].text, tokens[q + 1].text) in VERB_PAIRS)
    ):
        q += 1
    if q == j or q >= len(tokens) - 1:
        return None
    if word_key(f"{tokens[q - 1].text} {tokens[q].text}") in dictionary_words():
        return None  # 'công nhân môi | trường đô thị': a word is never cut in two
    u = q + 1 if tokens[q].lower in OF_UNIT else q
    if not (is_capitalised(tokens[u]) or _post_heads().match(tokens, u)):
        return None
    unit = _unit(ctx, tokens, u)
    if unit is None or not any(is_capitalised(t) or t.is_number for t in tokens[u : unit[0]]):
        return None  # a lower-case head needs its name: 'tại trung tâm thương mại X', not 'trường đô thị'
    return q, u, unit[0], unit[1]


def _listed_unit(
    ctx: Context, tokens: list[Token], first: int, j: int, role: Entry, found: list[TitleMention]
) -> str | None:
    """Return the unit of a bare post after a name in a list, from the post before it."""
    # 'B, nguyên kế toán trưởng' in a company's list is a post though written in lower case.
    written = any(is_capitalised(t) for t in tokens[first:j]) or role.key in COMPANY_ROLES
    if not written or first < 2 or not found:
        return None
    if j < len(tokens) and tokens[j].lower not in LIST_ENDS:
        return None
    if j + 1 < len(tokens) and tokens[j].text == "," and ctx.lex.roles.match(tokens, j + 1):
        return None  # 'nguyên Tổng giám đốc, Phó Tổng giám đốc Cty X': a chain its last unit ends
    if j < len(tokens) and tokens[j].lower == "và":
        return None  # 'A, Giám đốc và B, Phó giám đốc Công ty X': the unit named next (_listed_bare_posts)
    before = tokens[first - 1]
    if before.text not in (",", "-", "–", "—", "(") or not (
        tokens[first - 2].text == ")" or (tokens[first - 2].is_word and is_capitalised(tokens[first - 2]))
    ):
        return None  # after a name (or its bracket) only: 'Giám đốc, Phó Giám đốc các sở' is no one's
    last = found[-1]
    if last.org is None:
        return None
    if role.key != last.role.key and role.key.removeprefix("pho-") == last.role.key.removeprefix("pho-"):
        return last.org  # 'A, Giám đốc Sở X và B, Phó Giám đốc': the deputy of the same unit
    if role.key not in COMPANY_ROLES:
        return None
    if len(found) > 1 and found[-2].last >= last.first - 3 and found[-2].org not in (None, last.org):
        return None  # 'Chủ tịch HĐQT X, kiêm Chủ tịch HĐQT Cty Y; B, Tổng giám đốc': of which?
    words = tokenize(last.org)
    mention = parse_org(ctx, words, 0)
    if mention is not None and mention.head.key == "board-of-directors":
        if mention.child is None and len(words) == 2 and _brand(words[1]):
            return words[1].text  # 'Chủ tịch HĐQT MHB; B, Tổng giám đốc': the company by its brand
        mention = mention.child
    if mention is None and len(words) == 1 and _brand(words[0]) and not ctx.lex.heads.match(words, 0):
        return last.org  # 'B, nguyên Tổng giám đốc; C, nguyên kế toán trưởng': the brand the list began with
    if mention is None or mention.head.key not in COMPANY_HEADS or not mention.specific:
        return None  # the post before is another kind of unit's: the list is not one company's
    return last.org[mention.start :]


def _bare_unit(
    ctx: Context, tokens: list[Token], j: int, org_names: dict[str, str], role: Entry | None = None
) -> tuple[int, str] | None:
    """Return (index after, unit) for a unit written by its head alone after a title.

    'Phó Giám đốc Bệnh viện', 'Giám đốc Công ty', 'Phó Giám đốc Sở': the one unit of that kind the
    report names ('Bệnh viện Đa khoa X'); none when it names two or none. 'Giám đốc Công an' is the
    director of the one province's police the report names (only a province's police has one).
    """
    found = ctx.lex.heads.match(tokens, j)
    if found is None:
        return None
    directs_police = (
        found[0].key == "police" and role is not None and role.key in ("giam-doc", "pho-giam-doc")
    )
    if found[0].key not in CONTEXT_HEADS and not directs_police:
        return None
    head, end = found
    named = is_capitalised(tokens[end]) if end < len(tokens) else False
    if end < len(tokens) and (
        (named and not _person_start(ctx, tokens, end) and tokens[end].text not in SENTENCE_OPENERS)
        or is_abbreviation(tokens[end])
        or tokens[end].is_number
        or match_level(tokens, end)
    ):
        return None  # a name goes on that the unit reader did not take: not a bare head
    units = set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is not None and match[0].key == head.key and match[1] < len(words):
            level = match_level(words, match[1])
            if directs_police and (level is None or level[0] not in PROVINCE_LEVELS):
                continue
            units.add(name)
    if len(units) > 1 and (nearest := _nearest_unit(ctx, units, tokens[j].start, role)):
        units = {nearest}
    return (end, units.pop()) if len(units) == 1 else None


PARTY_HEADS = {
    "party-committee-province",
    "party-committee-city",
    "party-committee-district",
    "party-committee",
}


def _lower_committee(ctx: Context, tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Return (index after, unit) for a party committee written in lower case: 'huyện ủy Kim Sơn'."""
    if j >= len(tokens) or is_capitalised(tokens[j]):
        return None
    head = ctx.lex.heads_loose.match(tokens, j)
    if head is None or head[0].key not in PARTY_HEADS:
        return None
    k = head[1]
    if (level := match_level(tokens, k)) is not None and head[0].key == "party-committee":
        k = level[1]  # 'đảng ủy xã Hòa Lạc'
    run = capital_run(tokens, k) if k < len(tokens) else 0
    if place := ctx.lex.places.match(tokens, k):
        run = place[1] - k
    elif not run or (run >= 3 and _person_start(ctx, tokens, k)):
        return None  # 'Bí thư huyện ủy Nguyễn Văn A': the holder, not the district
    text = " ".join(ctx.text[tokens[j].start : tokens[k + run - 1].end].split())
    return k + run, text[:1].upper() + text[1:]


TEAM_ROLES = {"to-truong", "to-pho"}
TEAM_WORD = "tổ"


def _team_unit(ctx: Context, tokens: list[Token], first: int, j: int) -> tuple[int, str, bool] | None:
    """Return (index after, unit, whether written before 'do A làm') for a team leader's team.

    'tổ trưởng tổ tuần tra Đội CSGT số 3': the team as written after the title; 'Tổ trưởng tuần tra'
    the 'tổ tuần tra' the report names; 'tổ công tác X do A làm tổ trưởng': the team before 'do'.
    """
    if j < len(tokens) and tokens[j].lower == TEAM_WORD:
        end = j + 1
        while end < min(len(tokens), j + 8) and (
            (tokens[end].is_word and not is_capitalised(tokens[end]))
            or (tokens[end].is_number and tokens[end - 1].lower == "số")  # 'tổ chấm thi số 3'
        ):
            if tokens[end].lower in NO_UNIT_AFTER or tokens[end].lower in TEAM_STOPS:
                break
            if level := match_level(tokens, end):
                # 'tổ chấm thi số 3 tỉnh Hưng Yên': the place the team works in ends it.
                run = capital_run(tokens, level[1]) if level[1] < len(tokens) else 0
                end = level[1] + run if run else end
                break
            end += 1
        if end < len(tokens) and is_capitalised(tokens[end]) and (unit := _unit(ctx, tokens, end)):
            end = unit[0]  # 'tổ tuần tra Đội CSGT số 3': the team's own unit after it
        if end == j + 1:
            return None
        return end, " ".join(ctx.text[tokens[j].start : tokens[end - 1].end].split()), False
    if j < len(tokens) and tokens[j].is_word and not is_capitalised(tokens[j]):
        # 'Tổ trưởng tuần tra': the team the report names elsewhere as 'tổ tuần tra'.
        low = " ".join(ctx.text.lower().split())
        for n in (2, 1):
            words = [t.lower for t in tokens[j : j + n]]
            written = len(words) == n and all(t.is_word for t in tokens[j : j + n])
            if written and f"{TEAM_WORD} {' '.join(words)}" in low:
                text = " ".join(t.text for t in tokens[j : j + n])
                return j + n, f"Tổ {text}", False
    if first >= 3 and tokens[first - 1].lower == "làm":
        do = next((n for n in range(first - 2, max(0, first - 25), -1) if tokens[n].lower == "do"), None)
        if do is None:
            return None
        # 'tổ công tác Y7/141 (do Trung tá A làm tổ trưởng)': the team's code, then the aside.
        last = do - 1 if do > 0 and tokens[do - 1].text == "(" else do
        team = next((n for n in range(last - 1, max(-1, last - 8), -1) if tokens[n].lower == TEAM_WORD), None)
        if team is None or not all(
            tokens[n].is_word or tokens[n].is_number or tokens[n].text == "/" or is_abbreviation(tokens[n])
            for n in range(team, last)
        ):
            return None
        return j, " ".join(ctx.text[tokens[team].start : tokens[last - 1].end].split()), True
    return None


def _holder_next(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether the holder's name (after a rank or title of address, or none) starts at tokens[k]."""
    while k < len(tokens) and (
        (rank := ctx.lex.ranks.match(tokens, k)) or tokens[k].lower in ("ông", "bà", "đồng", "chí")
    ):
        k = rank[1] if rank else k + 1
    return k < len(tokens) and _person_start(ctx, tokens, k)


DIRECTORS = {"giam-doc", "pho-giam-doc"}
DIRECTED_HEADS = {"department", "hospital", "company", "bank"}


def _directed_alone(
    ctx: Context, tokens: list[Token], j: int, org_names: dict[str, str]
) -> tuple[int, str] | None:
    """Return (j, unit) for 'Giám đốc' written alone: the one unit with a director the report names.

    'Công an tỉnh X ... Đại tá A, Phó Giám đốc cho biết': a province's police, a department, a
    hospital, a company or a bank; none when the report names two of them or none.
    """
    if j < len(tokens) and tokens[j].lower not in NO_UNIT_AFTER and not _holder_next(ctx, tokens, j):
        return None
    if j + 1 < len(tokens) and tokens[j].lower in CHAIN_SEPARATORS | CHAIN_WORDS and ctx.lex.roles.match(
        tokens, j + 1
    ):
        return None  # 'Giám đốc, Thủ trưởng Cơ quan CSĐT ...': the chain's next unit is its unit
    if j + 1 < len(tokens) and tokens[j].lower in ("và", ",") and _holder_next(ctx, tokens, j + 1):
        return None  # 'A, nguyên Giám đốc và B, nguyên Phó giám đốc Ban X': the list names the unit
    units = set()
    kinds = set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is None or match[1] >= len(words):
            continue
        if match[0].key == "police":
            level = match_level(words, match[1])
            if level is None or level[0] not in PROVINCE_LEVELS:
                continue
        elif match[0].key not in DIRECTED_HEADS:
            continue
        units.add(name)
        kinds.add(match[0].key)
    if len(units) > 1 and len(kinds) == 1 and (nearest := _nearest_unit(ctx, units, tokens[j - 1].start)):
        units = {nearest}  # two companies (or one by two names): the one just named
    return (j, units.pop()) if len(units) == 1 else None


COMPANY_REACH = 200  # characters: the company named earlier in the same sentence, a clause or two back


def _company_just_named(
    ctx: Context,
    tokens: list[Token],
    first: int,
    j: int,
    org_names: dict[str, str],
    found: list[TitleMention],
) -> str | None:
    """Return the company an executive's bare title after a name is in: the unit named just before.

    'Công ty X, do bị can A, nguyên Tổng Giám đốc hưởng lợi ...', 'Tại Công ty Y, bà B, kế toán
    trưởng, ...': the last unit the sentence names before the title is a company or bank, and no
    other unit stands between; none when the title goes on to a unit of its own, or when that unit
    is in another's post just before (a list, read by _listed_unit).
    """
    if first == 0 or tokens[first - 1].text not in (",", "(", *HYPHENS):
        return None  # a post after a name, not 'Giám đốc A' or a title in the clause
    if j < len(tokens) and (
        is_capitalised(tokens[j]) or is_abbreviation(tokens[j]) or ctx.lex.heads_loose.match(tokens, j)
    ):
        return None  # 'Tổng Giám đốc PVN', 'Giám đốc công ty Z': the title names a unit of its own
    for n in range(j, min(len(tokens), j + 6)):
        if not tokens[n].is_word:
            break
        if is_capitalised(tokens[n]) or is_abbreviation(tokens[n]):
            return None  # 'Phó giám đốc khối đầu tư Công ty X': lower-case words, then its unit
    if j + 1 < len(tokens) and tokens[j].text in CHAIN_SEPARATORS | CHAIN_WORDS and ctx.lex.roles.match(
        tokens, j + 1
    ):
        return None  # 'Phó Tổng Giám đốc, Cố vấn HĐQT Ngân hàng X': the chain's next unit is its unit
    pos = tokens[first].start
    last = max(
        ((ctx.text.rfind(name, 0, pos), name) for name in set(org_names.values()) if name),
        default=(-1, ""),
    )
    at, name = last
    if at < 0 or pos - at > COMPANY_REACH or SENTENCE_END.search(ctx.text, at, pos):
        return None
    if any(t.start <= at < t.end for t in found):
        return None  # the unit of another's post just before: a list's, read by _listed_unit
    head = ctx.lex.heads.match(tokenize(name), 0)
    return name if head is not None and head[0].key in COMPANY_HEADS else None


# Roles a people's committee has: 'Chủ tịch A' with no unit chairs the one committee the report names.
CHAIRS = {"chu-tich", "pho-chu-tich"}
# Heads of the bodies a 'Chủ tịch' may chair besides a people's committee.
CHAIRED_HEADS = {
    "peoples-council", "council", "board-of-directors", "fatherland-front", "association", "federation",
    "farmers-union", "trade-union", "veterans-association", "red-cross", "committee", "company", "bank",
}  # fmt: skip


def _chaired_alone(
    ctx: Context, tokens: list[Token], i: int, j: int, org_names: dict[str, str]
) -> str | None:
    """Return the people's committee 'Chủ tịch A' (or 'A, Chủ tịch cho biết') chairs: the one body named."""
    named_next = j < len(tokens) and is_capitalised(tokens[j]) and _surname(ctx, tokens[j].text)
    # 'ông A, Chủ tịch cho biết': the title written after its holder, and nothing after it; not a
    # role sharing the next post's unit ('A, Chủ tịch, Giám đốc Công ty X').
    said = (
        j < len(tokens)
        and i > 0
        and tokens[i - 1].text in (",", *HYPHENS)
        and tokens[j].lower in ("cho", "nói", "khẳng", "thông", "chia", "nhấn", "trao", "trả", "phát")
    )
    if not (named_next or said):
        return None  # the holder's name follows the bare title: 'Chủ tịch Nguyễn Văn A yêu cầu'
    return _one_body(ctx, org_names, {"peoples-committee"}, CHAIRED_HEADS)


def _secretary_alone(
    ctx: Context, tokens: list[Token], i: int, j: int, org_names: dict[str, str]
) -> str | None:
    """Return the party committee 'ông A, Bí thư cho biết' leads: the one party committee named."""
    if not (
        j < len(tokens)
        and i > 0
        and tokens[i - 1].text in (",", *HYPHENS)
        and tokens[j].lower in ("cho", "nói", "khẳng", "thông", "chia", "nhấn", "trao", "trả", "phát")
    ):
        return None
    return _one_body(ctx, org_names, PARTY_HEADS, {"youth-union"})


def _one_body(ctx: Context, org_names: dict[str, str], heads: set[str], rivals: set[str]) -> str | None:
    """Return the one unit with one of ``heads`` the report names, when it names no unit of ``rivals``."""
    committees, others = set(), set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is None:
            continue
        if match[0].key in heads and match[1] < len(words):
            committees.add(key(name))
        elif match[0].key in rivals:
            others.add(name)
    if len(committees) != 1 or others:
        return None
    return next(n for n in org_names.values() if key(n) in committees)


# Words that end a team's lower-case description: a clause or a place goes on.
TEAM_STOPS = {"do", "của", "tại", "ở", "trên", "thuộc", "gồm", "có", "được", "với"}
# Words after a title that write no unit: the clause goes on ('Trưởng phòng cho biết').
NO_UNIT_AFTER = LIST_ENDS | {
    "khẳng", "thông", "nói", "phát", "chia", "nhấn", "trao", "trả", "tiếp", "là", "về", "bị", "vì",
}  # fmt: skip


def _implied_unit(
    ctx: Context, tokens: list[Token], j: int, role: Entry, inner: int | None, org_names: dict[str, str]
) -> tuple[int, str] | None:
    """Return (index after, unit) for a title whose unit the report names only elsewhere.

    'Trưởng phòng', 'Đội trưởng', 'Giám đốc sở' with no name after them: the one unit with that
    head the report names ('Phòng Cảnh sát hình sự ...'); none when it names two or none.
    """
    end = j
    head = None
    said = [t.lower for t in tokens[j : j + 2]]
    skip = 2 if said in (["nhà", "trường"], ["trường", "này"]) else 0
    if role.key in SCHOOL_ROLES and (
        skip
        or j == len(tokens)
        or tokens[j].lower in NO_UNIT_AFTER
        or (tokens[j].text in HYPHENS and _holder_next(ctx, tokens, j + 1))
        or _holder_next(ctx, tokens, j)
    ):
        # 'bà A - Hiệu trưởng nhà trường', 'ông B, Hiệu trưởng, cho biết', 'Hiệu trưởng C': the
        # school the report names, the one just before when it names several.
        schools = set()
        for name in set(org_names.values()):
            match = ctx.lex.heads.match(tokenize(name), 0)
            if match is not None and match[0].kind == "school":
                schools.add(name)
        if len(schools) > 1 and (nearest := _nearest_unit(ctx, schools, tokens[j - 1].start)):
            schools = {nearest}
        return (j + skip, schools.pop()) if len(schools) == 1 else None
    if (
        role.key in VILLAGE_ROLES
        and (j == len(tokens) or tokens[j].lower in NO_UNIT_AFTER)
        and (word := next((t.lower for t in tokens[max(0, j - 3) : j] if t.lower in VILLAGE_WORDS), None))
        and (village := _village_named_elsewhere(ctx, word, ""))
    ):
        return j, village  # 'ông A, Trưởng ấp cho biết': the one hamlet the report names
    if inner:
        head = ctx.lex.heads_loose.match(tokens, j - inner)
    elif role.key in ROLE_HEADS:
        head = ctx.lex.heads.match(tokenize(ROLE_HEADS[role.key]), 0)
    elif j < len(tokens) and not is_capitalised(tokens[j]) and (head := ctx.lex.heads_loose.match(tokens, j)):
        end = head[1]  # 'Giám đốc sở', 'Trưởng phòng' written apart: the head in lower case
    if head is None and role.key in DIRECTORS:
        return _directed_alone(ctx, tokens, j, org_names)
    if role.key in IMPLIED_HEADS and (head is None or head[0].key == "board"):
        return _headed_alone(ctx, tokens, end, role, org_names)
    if head is None or head[0].key in ("police", "board"):
        return None
    if end < len(tokens) and tokens[end].lower not in NO_UNIT_AFTER and not _holder_next(ctx, tokens, end):
        return None  # something goes on after the title that may name another unit
    if (
        end + 1 < len(tokens)
        and tokens[end].lower in CHAIN_SEPARATORS | CHAIN_WORDS
        and ctx.lex.roles.match(tokens, end + 1)
    ):
        return None  # 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ': the chain's next unit is its unit
    units = set()
    for name in set(org_names.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if match is not None and match[0].key == head[0].key and match[1] < len(words):
            units.add(name)
    if len(units) > 1 and (nearest := _nearest_unit(ctx, units, tokens[j - 1].start, role)):
        units = {nearest}
    return (end, units.pop()) if len(units) == 1 and not _runs_into_title(ctx, next(iter(units))) else None


# Roles written alone whose unit is of a kind the role tells (by the unit's head key, or its first
# word where the gazetteer has no such head): 'Ông A, Chánh án cho biết' after 'TAND tỉnh X mở phiên tòa'.
IMPLIED_HEADS = {
    "chanh-an": {"court"}, "pho-chanh-an": {"court"},
    "vien-truong": {"institute", "procuracy"}, "pho-vien-truong": {"institute", "procuracy"},
    "truong-don": {"Đồn"}, "pho-truong-don": {"Đồn"},
    "hat-truong": {"Hạt"}, "pho-hat-truong": {"Hạt"},
    "truong-tram": {"Trạm"}, "truong-tram-pho": {"Trạm"},
    "chi-huy-truong": {"military-command"}, "pho-chi-huy-truong": {"military-command"},
    "truong-ban": {"board"}, "pho-truong-ban": {"board"},
    "truong-khoa": {"Khoa"}, "pho-truong-khoa": {"Khoa"},
}  # fmt: skip


def _headed_alone(
    ctx: Context, tokens: list[Token], j: int, role: Entry, org_names: dict[str, str]
) -> tuple[int, str] | None:
    """Return (j, unit) for a head's title written alone: the one unit of its kind the report names.

    A party committee's boards ('Ban Thường vụ', 'Ban Chấp hành') have members, not a 'Trưởng ban'.
    """
    if j < len(tokens) and tokens[j].lower not in NO_UNIT_AFTER and not _holder_next(ctx, tokens, j):
        return None  # something goes on after the title that may name another unit
    if (
        j + 1 < len(tokens)
        and tokens[j].text in (",", *HYPHENS)
        and (ctx.lex.heads.match(tokens, j + 1) or _post_heads().match(tokens, j + 1))
    ):
        return None  # 'Phó Trưởng khoa, Khoa Kinh tế, ...': the unit is written after the comma
    kinds = IMPLIED_HEADS[role.key]
    units = set()
    # Units the unit pass found, and units of posts read before ('nguyên kế toán trưởng Ban X').
    post_units: dict[str, str] = ctx.cache.get("post units", {})  # type: ignore[assignment]
    for name in set(org_names.values()) | set(post_units.values()):
        words = tokenize(name)
        match = ctx.lex.heads.match(words, 0)
        if (
            len(words) > 1
            and ((match is not None and match[0].key in kinds) or words[0].text in kinds)
            and not any(name.startswith(board) for board in BOARDS)
        ):
            units.add(name)
    if len(units) > 1 and (nearest := _nearest_unit(ctx, units, tokens[j - 1].start, role)):
        units = {nearest}
    return (j, units.pop()) if len(units) == 1 and not _runs_into_title(ctx, next(iter(units))) else None


def _this_unit(
    ctx: Context, tokens: list[Token], j: int, org_names: dict[str, str]
) -> tuple[int, str] | None:
    """Return (index after, unit) for 'Trung tâm này' after a title: the unit of that kind just named.

    'A (Giám đốc Trung tâm X), B (Phó giám đốc Trung tâm này)': the nearest unit with that head
    named shortly before (units of posts read before count), none when two stand in one sentence.
    """
    k = j + 1 if j < len(tokens) and tokens[j].lower == "của" else j
    head = ctx.lex.heads_loose.match(tokens, k) if k < len(tokens) else None
    if head is None or head[1] >= len(tokens) or tokens[head[1]].lower != "này":
        return None
    post_units: dict[str, str] = ctx.cache.get("post units", {})  # type: ignore[assignment]
    units = set()
    for name in set(org_names.values()) | set(post_units.values()):
        words = tokenize(name)
        match = ctx.lex.heads_loose.match(words, 0)
        if match is not None and match[0].key == head[0].key and match[1] < len(words):
            units.add(name)
    nearest = _nearest_unit(ctx, units, tokens[j - 1].start) if units else None
    return (head[1] + 1, nearest) if nearest else None


SCHOOL_ROLES = {"hieu-truong", "pho-hieu-truong"}
NEAREST_REACH = 400  # characters: 'công ty này' looks back about a paragraph for the company it means


def _nearest_unit(ctx: Context, units: set[str], pos: int, role: Entry | None = None) -> str | None:
    """Return the unit of ``units`` written last before ``pos`` and shortly before it, or None.

    'Bắt A, Giám đốc Công ty X (Công ty Y), cùng B và C đều là Phó giám đốc': the company just named,
    though the report names another (or the first by another name) elsewhere. A unit named before
    with this very title comes first: 'Bộ trưởng Bộ Y tế thăm ... Bộ Công an ... Bộ trưởng A'.
    """
    if role is not None:
        before = ctx.text[:pos].casefold()
        titled = {
            name for name in units if any(f"{form} {name}".casefold() in before for form in role.forms)
        }
        if len(titled) == 1:
            return titled.pop()
    seen = {name: ctx.text.rfind(name, 0, pos) for name in units}
    found = sorted((at, name) for name, at in seen.items() if at >= 0)
    if not found or pos - found[-1][0] > NEAREST_REACH:
        return None
    at, nearest = found[-1]
    alias = at > 0 and ctx.text[at - 1] == "("  # 'Công ty TNHH X (Công ty Y)': one company, two names
    for other_at, _ in found[:-1]:
        if not alias and not SENTENCE_END.search(ctx.text, other_at, at):
            return None  # 'Sở Y tế và Sở Tài chính họp; ông A, Phó Giám đốc Sở': either of them
    return nearest


SENTENCE_END = re.compile(r"[.!?\n]\s")


def _unit_runs_on(
    tokens: list[Token], title: TitleMention | None, names: list[tuple[int, int, Entry | None]]
) -> bool:
    """Whether capitals right after a post's unit go on with the unit: the post follows a name and comma."""
    if title is None or not title.org or not names:
        return False
    comma = title.first - 1
    if not title.org.endswith(tokens[title.last - 1].text):
        return False  # the unit was rewritten ('huyện Kim Sơn' → 'Huyện ủy Kim Sơn'), not cut
    # Only a name straight before ', post unit' (or '(post unit' , '- post unit') holds the post; the
    # capitals end the unit's name: 'Thượng tá A (Đồn trưởng Đồn biên phòng La Dê)'.
    return comma > 0 and tokens[comma].text in (",", "(", *HYPHENS) and names[-1][1] == comma


def _runs_into_title(ctx: Context, name: str) -> bool:
    """Whether a unit's name runs on into a title ('Bộ Công an Bộ trưởng', a caption's credit)."""
    words = tokenize(name)
    return any(ctx.lex.roles.match(words, n) and is_capitalised(words[n]) for n in range(1, len(words)))


def _name_at(ctx: Context, tokens: list[Token], i: int, triggered: bool, prefixed: bool = False) -> int:
    """Return the token index after a person's name starting at tokens[i], or i if none starts there."""
    tok = tokens[i]
    if not (tok.is_word and is_capitalised(tok)) or ctx.lex.heads.match(tokens, i):
        return i
    if (
        triggered
        and (ede := _ede_name_at(tokens, i)) > i
        # 'Chủ tịch Hội Đông Y Việt Nam': the country after 'Y' names no Ê Đê person.
        and not (ctx.lex.places.match(tokens, i + 1) or _country_at(tokens, i + 1))
    ):
        return ede
    if ctx.lex.places.match(tokens, i) or ctx.lex.roles.match(tokens, i) or ctx.lex.ranks.match(tokens, i):
        return i
    if tok.text in NOT_NAME_WORDS and not _surname(ctx, tok.text):
        return i
    if _country_at(tokens, i):
        return i  # 'Thủ tướng Nga Dmitry Medvedev': the country is not part of the name
    if (
        i > 0
        and tokens[i - 1].lower in NOT_PERSON_BEFORE
        and not prefixed
        # 'gia đình Nguyễn Văn A' is A's family, not a communal house ('đình'); 'yêu cầu A' asks A.
        and not (i > 1 and f"{tokens[i - 2].lower} {tokens[i - 1].lower}" in NOT_PLACE_PAIRS)
        # 'Chủ tịch UBND thành phố Nguyễn Văn A': every city is in the gazetteer, so after a post's
        # 'thành phố' a name the places pass left is the holder's, not a street ('phố X').
        and not (triggered and i > 1 and tokens[i - 2].lower == "thành" and tokens[i - 1].lower == "phố")
        # 'Trưởng thôn Lê Văn A cho biết': a full name after a village head's title is the head's.
        and not (triggered and _village_title_before(ctx, tokens, i))
    ):
        return i
    if not prefixed and _school_before(tokens, i):
        return i  # 'điểm trường tiểu học Lê Văn Tám': a school named after a hero
    if i > 0 and tokens[i - 1].is_number and not prefixed and not triggered:
        # '314 Bùi Thị Xuân': a house number, then the street (not 'Chủ tịch UBND quận 2 Trần Văn A').
        return i
    if i > 1 and tokens[i - 1].text == ":" and tokens[i - 2].lower in BYLINE_WORDS:
        return i  # 'Ảnh: Văn A' credits an author
    if i > 0 and tokens[i - 1].text == "Theo" and not triggered:
        return i  # 'Theo Minh Anh (...)': the source of the report
    end = i + 1
    while (
        end < len(tokens)
        and end - i < 4
        and tokens[end].is_word
        and is_capitalised(tokens[end])
        and tokens[end].end - tokens[end].start <= (10 if triggered else 7)
        and tokens[end].start - tokens[end - 1].end <= 2
        # After a family and a middle name the given name must follow, though it may be a unit's
        # head or a role's word ('Vũ Văn Viện').
        and (
            (end == i + 2 and tokens[end - 1].text in MIDDLE_NAMES)
            or not (ctx.lex.heads.match(tokens, end) or ctx.lex.roles.match(tokens, end))
            # 'ĐB Bùi Quốc Phòng (Thái Bình)': a head word that names nothing after it ends the name.
            or (
                end == i + 2
                and end + 1 < len(tokens)
                and (tokens[end + 1].text in ("(", ",", ".", ")") or not is_capitalised(tokens[end + 1]))
                and not ctx.lex.roles.match(tokens, end)
                and tokens[end].end - tokens[end].start <= 6
                and _surname(ctx, tok.text)
            )
        )
        and (tokens[end].text not in NOT_NAME_WORDS or _inner_name_word(ctx, tokens, i, end))
        # An abbreviation inside a name written in lower case is a unit's ('Đoàn CAQ'), not a syllable.
        and not (len(tokens[end].text) > 1 and tokens[end].text.isupper() and not tok.text.isupper())
    ):
        end += 1
    size = end - i
    surname = tok.text if not tok.text.isupper() else tok.text[:1] + tok.text[1:].lower()
    if size < 2 or (not _surname(ctx, surname) and not triggered):
        return i
    if size == 2 and not triggered:
        return i
    if (
        size == 4
        and not prefixed
        and tokens[i + 2].text in ("Thị", "Văn")
        and _surname(ctx, tokens[i + 1].text)
    ):
        return i  # 'trường Hoa Mai Lương Thị Diệp': the unit's last word, then a name of three
    if (
        size == 4
        and not prefixed
        and i > 0
        and tokens[i - 1].is_word
        and is_capitalised(tokens[i - 1])
        and not is_abbreviation(tokens[i - 1])
        and tokens[i].start - tokens[i - 1].end <= 1
        and _surname(ctx, tokens[i + 1].text)
        # 'Hà Nội Nguyễn Văn Tấn Dũng': a family and a middle name open a name of four.
        and tokens[i + 1].text not in MIDDLE_NAMES
        # the run before is a unit's or a place's name: 'Bệnh viện Hòa An', 'tỉnh Hà Nam'
        and any(
            ctx.lex.heads.match(tokens, n) or _post_heads().match(tokens, n) or match_level(tokens, n)
            for n in range(max(0, i - 5), i)
        )
    ):
        return i  # 'Bệnh viện Hòa An Lê Văn Tám': a capitalised run goes on into the name
    place = ctx.lex.places.match(tokens, i + 1)
    if len(tok.text) == 1 and place and place[1] == end:
        return i  # 'Hội Đông Y Việt Nam': a letter, then a country or province, names no one
    if tok.text == "Đoàn" and not triggered and place and place[1] == end:
        return i  # '(Đoàn Nghệ An)': a delegation named for its province, not 'Đoàn' the family
    return end


def _ede_name_at(tokens: list[Token], i: int) -> int:
    """Return the index after a woman's name of the Central Highlands ('H’Lan Niê', 'H'Nhi'), or i."""
    if not (
        tokens[i].text == "H"
        and i + 2 < len(tokens)
        and tokens[i + 1].text in ("’", "'")
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 2].start == tokens[i + 1].end
        and tokens[i + 2].is_word
        and is_capitalised(tokens[i + 2])
    ):
        return i
    end = i + 3
    while (
        end < len(tokens)
        and end - i < 6
        and tokens[end].is_word
        and is_capitalised(tokens[end])
        and tokens[end].start - tokens[end - 1].end <= 2
        and tokens[end].text not in NOT_NAME_WORDS
    ):
        end += 1
    return end


def _age_aside(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] opens an aside giving an age or a year of birth: '(37 tuổi', '(SN 1990'."""
    if k + 2 >= len(tokens) or tokens[k].text != "(":
        return False
    nxt = tokens[k + 1]
    return (nxt.is_number and tokens[k + 2].lower == "tuổi") or nxt.text in ("SN", "sinh")


def _aged_given_names(ctx: Context, tokens: list[Token], i: int) -> list[int]:
    """Return where given names written alone before an age start ('tài xế Tài (37 tuổi)'), or []."""
    if i == 0 or tokens[i - 1].lower in ("người", "tiếng", "nước"):
        return []  # a sentence's first word; 'người Anh (19 tuổi)' is an Englishman
    before = tokens[i - 1]
    if (before.is_word and is_capitalised(before)) or (not before.is_word and before.text != ","):
        return []
    found = [i]
    if i + 3 < len(tokens) and tokens[i + 1].lower == "và":
        found.append(i + 2)  # 'Hiếu và Hào (30 tuổi, cùng trú ...)': both are named so
    if not _age_aside(tokens, found[-1] + 1):
        return []
    for n in found:
        tok = tokens[n]
        if not _short_name(ctx, tokens, n) or _country_at(tokens, n) or _surname(ctx, tok.text):
            return []
    return found


SCHOOL_WORDS = {"tiểu", "trung", "học", "cơ", "sở", "phổ", "thông", "mầm", "non", "chính", "dân", "lập",
                "chuyên", "thcs", "thpt", "th", "ptdtbt", "ptdtnt", "liên", "cấp"}  # fmt: skip


def _school_before(tokens: list[Token], i: int) -> bool:
    """Whether a school's kind is written right before tokens[i] ('trường tiểu học', 'điểm trường chính')."""
    k = i - 1
    while k >= 0 and i - k <= 5 and tokens[k].lower in SCHOOL_WORDS:
        k -= 1
    return k < i - 1 and k >= 0 and tokens[k].lower == "trường"


def _inner_name_word(ctx: Context, tokens: list[Token], i: int, end: int) -> bool:
    """Whether a word that may open a sentence is inside the name at tokens[i] ('Trần Văn Bài')."""
    if tokens[end - 1].text in MIDDLE_NAMES:
        return True  # a middle name is never the end of a name
    if (
        end - i >= 2
        and end + 1 < len(tokens)
        and tokens[end + 1].text in (",", "(", ")", "-", "–", "—")
        and _surname(ctx, tokens[i].text)
    ):
        return True  # 'Nguyễn Ngọc Thế, Cục trưởng ...': a sentence's opening word is not followed by a comma
    # 'Thế' right after the family name with a given name after it is a middle name, not 'Thế là'.
    if not (
        end == i + 1
        and end + 1 < len(tokens)
        and tokens[end + 1].is_word
        and is_capitalised(tokens[end + 1])
        and tokens[end + 1].text not in NOT_NAME_WORDS
        and tokens[end + 1].start - tokens[end].end <= 1
    ):
        return False
    if tokens[end].text == "Thế":
        return True
    # Any such word between a known family name and one last given name is a middle name too
    # ('Huỳnh Trong Sơn'); a place after it ('Lê Tại Hà Nội') or a longer run is not a name.
    return (
        _surname(ctx, tokens[i].text)
        and not ctx.lex.places.match(tokens, end + 1)
        and not (end + 2 < len(tokens) and tokens[end + 2].is_word and is_capitalised(tokens[end + 2]))
    )


# Words before a post that make it a relative's: 'con của Giám đốc X', 'vợ Chủ tịch Y'.
KIN_OF = {"của", "con", "vợ", "chồng", "bố", "mẹ", "cha", "em", "anh", "chị", "cháu"}


NAMED_AS = (("tên", "là"), ("tên", "thường", "gọi", "là"))
GOES_BY = (("gọi", "là"), *NAMED_AS)
FAMILIAR = {"ông", "bà", "anh", "chị", "cháu", "em", "cô", "chú", "bé", "tên"}


def _initials_at(tokens: list[Token], k: int) -> int:
    """Return the index after initials standing for a name ('N.KT.', 'Đ.', 'L.T.V'), or k."""
    m = k
    while (
        m + 1 < len(tokens)
        and tokens[m].is_word
        and tokens[m].text.isupper()
        and len(tokens[m].text) <= 3
        and tokens[m + 1].text == "."
        and tokens[m + 1].start == tokens[m].end
    ):
        m += 2
        if not (m < len(tokens) and tokens[m].start == tokens[m - 1].end and tokens[m].is_word):
            return m
    return k


def _bare_initial(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is one capital letter standing alone for a name ('anh N, chủ tiệm')."""
    tok = tokens[k]
    if not (tok.is_word and len(tok.text) == 1 and tok.text.isupper()):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    # Not the first letter of a code or a name written on ('anh N.', 'ông A Páo', 'chị B-52').
    if nxt is not None and nxt.is_word and is_capitalised(nxt):
        return False
    return nxt is None or nxt.start > tok.end or nxt.text in (",", ")", ";", ":")


def _nickname_of(
    ctx: Context, tokens: list[Token], names: list[tuple[int, int, Entry | None]], k: int
) -> str | None:
    """Return the key of the person whose aside gives tokens[k] as the name they go by, or None."""
    if not (k > 1 and tokens[k - 1].lower == "là" and _phrase_before(tokens, k, GOES_BY) < k):
        return None
    for start, end, _ in names:
        if (
            end < k
            and tokens[end].text == "("
            and end - start > 1
            and not any(t.text == ")" for t in tokens[end:k])
        ):
            span = ctx.span(tokens[start].start, tokens[end - 1].end)
            return key(" ".join(span.text.split()))
    return None


def _street_side(ctx: Context, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] opens a capitalised name that is neither a post, a rank nor a unit."""
    if k < 0 or k >= len(tokens) or not (tokens[k].is_word and is_capitalised(tokens[k])):
        return False
    return not (
        ctx.lex.roles.match(tokens, k)
        or ctx.lex.ranks.match(tokens, k)
        or ctx.lex.heads.match(tokens, k)
        or _post_heads().match(tokens, k)
        or tokens[k].lower in HONORIFICS
        or tokens[k].lower in ("nguyên", "cựu", "quyền", "tân")
        or tokens[k].text in NOT_NAME_WORDS
    )


def _junction(ctx: Context, tokens: list[Token], start: int, end: int) -> bool:
    """Whether a name stands in a junction of streets: 'Nguyễn Kiệm - Phạm Văn Đồng', 'Lê Duẩn-Hùng Vương'."""
    after = end < len(tokens) - 1 and tokens[end].text in HYPHENS and _street_side(ctx, tokens, end + 1)
    before = start > 1 and tokens[start - 1].text in HYPHENS and _street_side(ctx, tokens, start - 2)
    if before:
        # The word before the dash ends a capitalised run ('Cách Mạng Tháng Tám - Lê Duẩn').
        before = tokens[start - 2].is_word and is_capitalised(tokens[start - 2])
    return after or before


def _short_name(ctx: Context, tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a given name written alone after a title of address ('ông Quý')."""
    tok = tokens[i]
    if not (tok.is_word and is_capitalised(tok) and not tok.text.isupper()) or tok.text in NOT_NAME_WORDS:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].is_word and is_capitalised(tokens[i + 1]):
        return False
    return not (
        ctx.lex.heads.match(tokens, i)
        or ctx.lex.places.match(tokens, i)
        or ctx.lex.roles.match(tokens, i)
        or ctx.lex.ranks.match(tokens, i)
    )


def _known_given(tokens: list[Token], i: int, order: list[str]) -> bool:
    """Whether tokens[i], after a title of address or rank, is the given name of a person named before."""
    tok = tokens[i]
    if not (tok.is_word and is_capitalised(tok) and not tok.text.isupper()):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].is_word and is_capitalised(tokens[i + 1]):
        return False
    k = key(tok.text)
    return any(len(words := pk.split()) > 1 and words[-1] == k for pk in order)


def _position(ctx: Context, title: TitleMention) -> Position:
    position = Position(
        title=title.title or title.role.vi,
        organization=title.org,  # type: ignore[arg-type]  # None for a post of the State itself
        title_en=title.role.en,
        spans=[ctx.span(title.start, title.end)],
    )
    if title.status:
        position.status = title.status
    return position


def _prefix_end(ctx: Context, tokens: list[Token], i: int) -> tuple[int, Entry | None]:
    """Skip a rank, honorifics and degrees before a name: return (where the name would start, rank)."""
    rank_entry = None
    k = i
    for _ in range(6):
        if k >= len(tokens):
            break
        rank = ctx.lex.ranks.match(tokens, k)
        if rank and (
            is_capitalised(tokens[k]) or (rank[1] < len(tokens) and is_capitalised(tokens[rank[1]]))
        ):
            rank_entry = rank_entry or rank[0]
            k = rank[1]
            continue
        honorific = _phrase_at(tokens, k, HONORIFIC_PHRASES)
        if honorific > k:
            k = honorific
            continue
        if (
            tokens[k].lower in DEGREES
            and k > i - 1
            and (tokens[k].text.isupper() or tokens[k].text[:1].isupper() and len(tokens[k].text) <= 4)
            and tokens[k].lower not in ("nhà", "báo")
        ):
            k += 1
            continue
        if (
            k > i
            and tokens[k].text in (".", ",")
            and k + 1 < len(tokens)
            and (tokens[k + 1].lower in DEGREES or is_capitalised(tokens[k + 1]))
            and tokens[k - 1].lower in DEGREES | {r.lower() for r in ()}
        ):
            k += 1
            continue
        if (
            k > i
            and tokens[k].text == ","
            and rank_entry is not None
            and k + 1 < len(tokens)
            and tokens[k + 1].lower in DEGREES
        ):
            k += 1
            continue
        break
    return k, rank_entry


# Words that put someone forward for a post they do not hold yet.
NOMINATED = {"giới thiệu", "đề cử", "đề nghị", "dự kiến", "ứng cử", "quy hoạch", "đề xuất", "xem xét"}


def _nominated(tokens: list[Token], k: int) -> bool:
    """Whether the words before tokens[k] put someone forward ('được giới thiệu | giữ chức ...')."""
    pairs = {" ".join(t.lower for t in tokens[n : n + 2]) for n in range(max(0, k - 3), k - 1)}
    return bool(pairs & NOMINATED)


BOARDS = ("Ban Chấp hành", "Ban Thường vụ", "Bộ Chính trị", "Ban Bí thư", "Ban Cán sự đảng")
_BOARD_HEADS: PhraseMatcher | None = None


def _boards_joined(ctx: Context, tokens: list[Token], k: int) -> list[TitleMention]:
    """Read 'tham gia Ban Chấp hành, Ban Thường vụ' at tokens[k]: a member's post in each board."""
    global _BOARD_HEADS
    if _BOARD_HEADS is None:
        _BOARD_HEADS = PhraseMatcher({b: Entry(key=b, vi=b, en=b) for b in BOARDS})
    member = ctx.lex.gazetteer.roles.get("uy-vien")
    if member is None or _phrase_at(tokens, k, (("tham", "gia"),)) == k:
        return []
    found: list[TitleMention] = []
    m = k + 2
    while m < len(tokens) and is_capitalised(tokens[m]):
        board = _BOARD_HEADS.match(tokens, m)
        if board is None:
            break
        unit = _unit(ctx, tokens, m)
        end = unit[0] if unit is not None else board[1]
        name = _unit_name(ctx, tokens, m, end, unit[1] if unit is not None else None)
        found.append(
            TitleMention(tokens[k].start, tokens[end - 1].end, k, end, member, name, member.vi, True)
        )
        m = end
        if m < len(tokens) and (tokens[m].text == "," or tokens[m].lower == "và") and m + 1 < len(tokens):
            m += 1
            continue
        break
    return found


def _chain_last(tokens: list[Token], by_first: dict[int, TitleMention], k: int) -> TitleMention:
    """Return the last post of the chain starting at tokens[k] (posts joined by commas)."""
    title = by_first[k]
    while (
        title.last < len(tokens)
        and tokens[title.last].text == ","
        and (title.last + 1) in by_first
        # 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Người phát ngôn của Chính phủ': a post 'of' a
        # body is one more post in another unit, not the unit the chain shares.
        and not by_first[title.last + 1].of
    ):
        title = by_first[title.last + 1]
    return title


def _capital_run(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return how many capitalised words from tokens[k] name something other than a person."""
    run = 0
    while (
        k + run < len(tokens)
        and run < 5
        and tokens[k + run].is_word
        and is_capitalised(tokens[k + run])
        and not _person_start(ctx, tokens, k + run)
        and tokens[k + run].text not in SENTENCE_OPENERS
        and not ctx.lex.roles.match(tokens, k + run)
        and not ctx.lex.ranks.match(tokens, k + run)
    ):
        run += 1
    return run


def _directed_unit(ctx: Context, role: Entry, unit: str | None) -> str | None:
    """Return the unit a role shares with the post written next, up to the unit a director directs.

    'Phó Giám đốc, Thủ trưởng Cơ quan CSĐT Công an tỉnh X': the deputy director is the province's
    police's; its investigation agency has a head ('Thủ trưởng'), not a director.
    """
    if unit is not None and role.key in PARTY_ROLES:
        return _party_committee(unit) or unit
    if unit is not None and role.key == "dang-uy-vien" and not unit.startswith("Đảng ủy"):
        return f"Đảng ủy {unit}"  # 'Đảng ủy viên, Phó Giám đốc Sở X': a member of the Sở's party committee
    if unit is not None and role.key in EXECUTIVE_ROLES and (board := BOARD_OF.match(unit)):
        # 'Phó Tổng Giám đốc, Cố vấn HĐQT Ngân hàng X': the executive is the bank's, not its board's.
        return unit[board.end() :]
    if unit is None or role.key not in ("giam-doc", "pho-giam-doc", "tong-thu-ky", "pho-tong-thu-ky"):
        return unit
    words = tokenize(unit)
    head = ctx.lex.heads.match(words, 0) or ctx.lex.heads_loose.match(words, 0)
    if role.key in ("tong-thu-ky", "pho-tong-thu-ky"):
        # 'Tổng Thư ký, Chủ nhiệm Văn phòng Quốc hội': the Secretary General is the body's, whose
        # office has a head ('Chủ nhiệm') of its own.
        if head is not None and head[0].key == "office" and head[1] < len(words):
            return unit[words[head[1]].start :]
        return unit
    if head is not None and head[0].key in SUB_UNITS:
        # 'Phó Giám đốc, Trưởng phòng Tổ chức Công ty X': the deputy director is the company's.
        parent = next((n for n in range(head[1], len(words)) if ctx.lex.heads.match(words, n)), None)
        return unit[words[parent].start :] if parent is not None else None
    if head is None or head[0].key != "investigation-agency":
        return unit
    police = next((n for n in range(head[1], len(words) - 1) if ctx.lex.heads.match(words, n)), None)
    if police is None and (dash := next((n for n, w in enumerate(words) if w.text in HYPHENS), None)):
        police = dash + 1 if dash + 1 < len(words) else None  # 'Cơ quan CSĐT - CATP Hải Phòng'
    return unit[words[police].start :] if police is not None else unit


# Parts of a unit that have no director: a director sharing their head's chain is the parent's.
SUB_UNITS = {"division", "team", "station"}
# A people's committee or council, then the level and place it governs.
PEOPLES_BODY = re.compile(
    r"^(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s+"
    r"(tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+(\S.*)$"
)
PARTY_ROLES = {"bi-thu", "pho-bi-thu", "pho-bi-thu-thuong-truc"}
# Roles that run a company, not sit on its board; and the board written before the company's name.
EXECUTIVE_ROLES = {"giam-doc", "pho-giam-doc", "tong-giam-doc", "pho-tong-giam-doc", "ke-toan-truong"}
BOARD_OF = re.compile(r"^(?:HĐQT|HĐTV|Hội đồng quản trị|Hội đồng thành viên)\s+(?=\S)")
PARTY_COMMITTEES = {
    "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "tp": "Thành ủy", "tp.": "Thành ủy", "huyện": "Huyện ủy",
    "quận": "Quận ủy", "thị xã": "Thị ủy",
}


def _party_committee(unit: str) -> str | None:
    """Return the party committee of the place a people's committee governs, or None.

    'Phó Bí thư, Chủ tịch UBND xã X': the secretary is the commune's party committee's (Đảng ủy
    xã X), not the people's committee's; a province's is its Tỉnh ủy, a district's its Huyện ủy.
    """
    found = PEOPLES_BODY.match(" ".join(unit.split()))
    if found is None:
        return None
    level, place = found.group(1), found.group(2)
    committee = PARTY_COMMITTEES.get(level.lower())
    if committee is None:
        return f"Đảng ủy {level} {place}"  # a commune, ward or town: 'Đảng ủy xã X'
    if place[:1].isdigit():
        return f"{committee} {level} {place}"  # 'Quận ủy quận 2'
    return f"{committee} {place}"


def _field_initials(tokens: list[Token], k: int) -> int:
    """Return how many tokens from tokens[k] spell a field in initials: 'NN-PTNT', 'GD&ĐT', 'KH-CN'."""
    if k >= len(tokens) or not is_abbreviation(tokens[k]):
        return 0
    end = k + 1
    while (
        end + 1 < len(tokens)
        and tokens[end].text in ("-", "&")
        and tokens[end].start == tokens[end - 1].end
        and is_abbreviation(tokens[end + 1])
    ):
        end += 2
    return end - k


def _brand(tok: Token) -> bool:
    """Whether a word is written as a brand or an abbreviation: 'PVTex', 'LienVietPostBank', 'BIDV'."""
    text = tok.text
    if not (tok.is_word and text[:1].isupper() and len(text) >= 3):
        return False
    # Two capitals ('PVTex', 'BIDV'), or longer than any Vietnamese syllable ('Oceanbank', 'Deloitte').
    return sum(c.isupper() for c in text) >= 2 or len(text) > 7


FOREIGN_ENDINGS = re.compile(r"[bdfgjklqrsvwxz]$|[fjwz]")


def _foreign_word(tok: Token) -> bool:
    """Whether a capitalised word cannot be a Vietnamese syllable ('Grab', 'Uber'), so names a brand."""
    text = tok.text
    return (
        tok.is_word
        and text[:1].isupper()
        and len(text) >= 3
        and not text.endswith("ng")
        and FOREIGN_ENDINGS.search(text.lower()) is not None
    )


def _index_after(tokens: list[Token], offset: int) -> int:
    return next((n for n, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _roman(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a Roman numeral ('nhiệm kỳ V, VII')."""
    return k < len(tokens) and bool(re.fullmatch(r"[IVXL]+", tokens[k].text))


def _skip_time(tokens: list[Token], k: int) -> int:
    """Skip the time a post was held ('từ năm 2008', 'nhiệm kỳ 2015 - 2020') up to the next comma."""
    if k < len(tokens) and tokens[k].lower in ("từ", "nhiệm", "giai", "trong", "kể"):
        for m in range(k + 1, min(len(tokens), k + 12)):
            if tokens[m].text in (";", ".") or (tokens[m].text == "," and not _roman(tokens, m + 1)):
                if any(t.is_number or _roman(tokens, n) for n, t in enumerate(tokens[k:m], k)):
                    return m
                break
    return k


def _post_in_aside(
    ctx: Context, tokens: list[Token], end: int, born: int, by_first: dict[int, TitleMention]
) -> int | None:
    """Return where a post begins later in the aside after a name, past its age and home, or None.

    'A (31 tuổi, quê Bắc Ninh, Giám đốc Công ty X)': the index of the comma or dash before the post;
    'A (thương binh 1/4, nguyên Phó Giám đốc Trường X)': past a short description too.
    Not past a relative's name: '(vợ ông B, cán bộ ...)' is about B.
    """
    if end >= len(tokens) or tokens[end].text != "(":
        return None
    aged = born > end + 1
    for k in range(born if aged else end + 1, min(len(tokens), end + (30 if aged else 8))):
        tok = tokens[k]
        if tok.text in (")", "(", ";") or tok.lower in KIN_OF:
            return None
        if not aged and tok.is_word and is_capitalised(tok) and _person_start(ctx, tokens, k):
            return None  # '(cùng Lê Văn B, Giám đốc Sở X)': the post is B's
        if tok.text in (",", "-", "–", "—") and (k + 1) in by_first:
            return k
    return None


def _skip_aside(tokens: list[Token], k: int) -> int:
    """Skip an aside after a name ('(SN 1976)', ', sinh năm 1967,'); return where the text goes on."""
    if k < len(tokens) and tokens[k].text == "(":
        close = next((m for m in range(k + 1, min(len(tokens), k + 40)) if tokens[m].text == ")"), None)
        if close is not None:
            return close + 1
    if (
        k + 1 < len(tokens)
        and (tokens[k].lower in ("sinh", "sn") or tokens[k].is_number)
        and tokens[k - 1].text == "("
    ):
        close = next(
            (
                m
                for m in range(k + 1, min(len(tokens), k + 8))
                if tokens[m].text in (",", ")", ";")
                # '(40 tuổi - nguyên Phó chánh Thanh tra Sở X)': a dash, not a span of years, goes on.
                or (tokens[m].text in HYPHENS and m + 1 < len(tokens) and not tokens[m + 1].is_number)
            ),
            None,
        )
        if close is not None:
            return close  # '(SN 1976, ...': the year of birth, then the rest of the aside
    if (
        k + 2 < len(tokens)
        and tokens[k].text == ","
        and (tokens[k + 1].lower in ("sinh", "sn", "trú", "ngụ", "quê") or tokens[k + 1].is_number)
    ):
        close = next(
            (
                m
                for m in range(k + 1, min(len(tokens), k + 15))
                if tokens[m].text in (",", ")")
                or (tokens[m].text in HYPHENS and m + 1 < len(tokens) and not tokens[m + 1].is_number)
            ),
            None,
        )
        if close is not None:
            return close
    return k


def _bare_role_before(ctx: Context, tokens: list[Token], j: int) -> tuple[int, Entry] | None:
    """Return (start, role) of a capitalised role written alone before the comma at tokens[j - 1]."""
    if j < 2 or tokens[j - 1].text != ",":
        return None
    for b in range(max(0, j - 6), j - 1):
        m = ctx.lex.roles.match(tokens, b)
        if m and m[1] == j - 1 and is_capitalised(tokens[b]):
            return b, m[0]
    return None


def _post_across_tail(
    ctx: Context,
    tokens: list[Token],
    j: int,
    by_last: dict[int, TitleMention],
    name_starts: set[int],
    inside: Callable[[int, int], bool],
) -> TitleMention | None:
    """Return the post written before tokens[j] with only its unit's places or parents between."""
    k = j - 1 if j > 0 and (tokens[j - 1].text in HYPHENS or tokens[j - 1].text == ",") else j
    for p in range(k - 1, max(0, k - 16), -1):
        tok = tokens[p]
        if p in name_starts or not (
            tok.text in ",()"
            or is_capitalised(tok)
            or match_level(tokens, p)
            or inside(tok.start, tok.end)
        ):
            return None
        # The tail holds a name's words or a place, never a verb or a clause: 'Chủ tịch UBND xã X
        # cho biết, ông A' keeps the post to no one.
        if p in by_last:
            title = by_last[p]
            if title.claimed or tokens[k - 1].text in "(,":
                return None
            if title.org and k == j and all(t.is_word for t in tokens[p:k]):
                # 'trưởng công an xã Việt Lâm Nguyễn Văn A': the place's name runs on to the person's;
                # the words between end the unit's name.
                title.org = f"{title.org} {' '.join(t.text for t in tokens[p:k])}"
            return title
    return None


def _join_stray_stops(ctx: Context) -> list[list[Token]]:
    """Return the sentences' tokens, a name alone before a full stop joined to the posts after it.

    'Đồng chí Trần Văn A. Ủy viên Trung ương Đảng, Bộ trưởng ...': the stop is a slip; the posts
    are A's.
    """
    joined: list[list[Token]] = []
    for tokens in ctx.tokens:
        prev = joined[-1] if joined else None
        if (
            prev
            and len(prev) >= 3
            and prev[-1].text == "."
            and tokens
            and is_capitalised(tokens[0])
            and ctx.lex.roles.match(tokens, 0)
            and _name_alone(ctx, prev[:-1])
        ):
            joined[-1] = prev[:-1] + tokens
        else:
            joined.append(tokens)
    return joined


def _name_alone(ctx: Context, tokens: list[Token]) -> bool:
    """Whether the tokens are a person's name with at most a rank or a title of address before it."""
    k = 0
    while k < min(4, len(tokens)):
        if rank := ctx.lex.ranks.match(tokens, k):
            k = rank[1]
        elif k + 1 < len(tokens) and f"{tokens[k].lower} {tokens[k + 1].lower}" in HONORIFICS:
            k += 2
        elif tokens[k].lower in HONORIFICS:
            k += 1
        else:
            break
    n = len(tokens) - k
    return (
        2 <= n <= 4
        and _surname(ctx, tokens[k].text)
        and all(t.is_word and is_capitalised(t) for t in tokens[k:])
    )


def persons(
    ctx: Context, org_names: dict[str, str], covered: list[tuple[int, int]]
) -> tuple[list[Person], list[tuple[Span, str]]]:
    """Return the persons of the report, and (span, person name) for each mention by post alone.

    ``org_names`` maps organisation keys to canonical names; ``covered`` lists spans already
    taken by unit and place names.
    """
    people: dict[str, Person] = {}
    order: list[str] = []
    holders: dict[tuple[str, str], str] = {}  # (role key, org key) → person key
    unnamed: list[TitleMention] = []
    # Posts whose unit's place was filled in, by id; holding the post keeps its id from being reused.
    completed: dict[int, Position] = {}
    nicknames: dict[str, str] = {}  # the name a person goes by → that person's key

    def inside(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in covered)

    for tokens in _join_stray_stops(ctx):
        titles = _titles(ctx, tokens, org_names)
        by_last = {t.last: t for t in titles}
        by_first = {t.first: t for t in titles}
        title_ends = {t.last - 1 for t in titles}
        names: list[tuple[int, int, Entry | None]] = []
        familiar: dict[int, bool] = {}  # a given name alone after 'chị', 'anh', ...
        i = 0
        inner = {n for t in titles for n in range(t.first + 1, t.last)}
        while i < len(tokens):
            if i in inner and is_capitalised(tokens[i]) and tokens[i].lower in HONORIFICS:
                i += 1  # 'Phòng GD&ĐT Hai Bà Trưng A': the unit's place, not 'bà Trưng'
                continue
            start, rank = _prefix_end(ctx, tokens, i)
            if start >= len(tokens):
                break
            triggered = start != i or (start - 1) in title_ends or start in by_last
            # 'Chủ tịch UBND xã X - Đinh Văn A - khẳng định': the name set off by a dash after the post.
            triggered = triggered or (
                start > 1 and tokens[start - 1].text in HYPHENS and (start - 2) in title_ends
            )
            place = ctx.lex.places.match(tokens, start)
            # 'ông Đức' after 'ông Trần Văn Đức': the given name of a person named before, not Germany.
            given = start > i and _known_given(tokens, start, order)
            if place and is_capitalised(tokens[start]) and not given:
                i = place[1]  # 'tỉnh Lai Châu Đèo Văn A': the province's last word opens no name
                continue
            place_words = _place_before_name(ctx, tokens, start)
            if (
                place_words
                and start > 0
                and (match_level(tokens, start - 1) or match_level(tokens, start - 2))
            ):
                i = start + place_words  # 'xã Đồng Tâm Nguyễn Văn A': the commune, then the name
                continue
            end = _name_at(ctx, tokens, start, triggered, prefixed=start != i)
            if (
                end > start
                and start == i
                and _unit_runs_on(tokens, by_last.get(start), names)
                # 'Chủ nhiệm Ủy ban X Võ Văn A, Bộ trưởng Bộ Y B': a list of posts each before its name.
                and names[-1][0] not in by_last
                # A full 'family middle given' run is still a second holder's name.
                and not (end - start >= 3 and _surname(ctx, tokens[start].text))
            ):
                # 'ông A, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Nhất và ...': the post is A's,
                # so the capitals after the unit end its name ('Sơn Nhất'), not open a holder's.
                title = by_last.pop(start)
                title.org = f"{title.org} {ctx.text[tokens[start].start:tokens[end - 1].end]}"
                title.end = tokens[end - 1].end
                title.last = end
                by_last[end] = title
                title_ends.discard(start - 1)
                title_ends.add(end - 1)
                i = end
                continue
            tight = (
                end + 1 < len(tokens)
                and tokens[end].text in HYPHENS
                and tokens[end].start == tokens[end - 1].end
                and tokens[end + 1].start == tokens[end].end
            )
            if (
                end > start
                and ((start == i and not triggered) or tight)
                and _junction(ctx, tokens, start, end)
            ):
                i = end  # 'nút giao Nguyễn Kiệm - Phạm Văn Đồng': streets meeting, not people
                continue
            if end > start and not inside(tokens[start].start, tokens[end - 1].end):
                names.append((start, end, rank))
                i = end
                continue
            if start > i and (initials := _initials_at(tokens, start)) > start:
                names.append((start, initials, rank))  # 'ông N.V.T.': a name the report keeps back
                i = initials
                continue
            if start > i and _bare_initial(tokens, start) and tokens[start - 1].lower in FAMILIAR:
                names.append((start, start + 1, rank))  # 'anh N, chủ tiệm': a person named by an initial
                familiar[start] = True
                i = start + 1
                continue
            if (
                start > i
                and (
                    given
                    or (
                        _short_name(ctx, tokens, start)
                        and not inside(tokens[start].start, tokens[start].end)
                    )
                )
                # A place that takes in the name ('Bà Rịa'); 'anh' alone may be England, not 'anh Tùng'.
                and not ((place_at := ctx.lex.places.match(tokens, i)) and place_at[1] > start)
                # A capitalised 'Bà' inside a sentence opens a place ('Bà Rịa'), not a title of address.
                and not (is_capitalised(tokens[i]) and i > 0 and tokens[i - 1].is_word)
                # 'Nguyễn Kiệm - Lê Lợi' meet as streets; 'ông Hùng - Trưởng thôn X' is a holder.
                and not (
                    start + 1 < len(tokens)
                    and tokens[start + 1].text in HYPHENS
                    and (start + 2) not in by_first
                )
            ):
                names.append((start, start + 1, rank))  # 'ông Quý': a person named before or after
                familiar[start] = tokens[start - 1].lower in FAMILIAR or (
                    tokens[start - 1].lower == "là" and _phrase_before(tokens, start, NAMED_AS) < start
                )
                i = start + 1
                continue
            if start == i and (alone := _aged_given_names(ctx, tokens, i)):
                for n in alone:
                    names.append((n, n + 1, None))  # 'tài xế Tài (37 tuổi)', 'Hiếu và Hào (30 tuổi)'
                    familiar[n] = True
                i = alone[-1] + 1
                continue
            i = max(i + 1, start if start > i and not tokens[start - 1].is_word else i + 1)
        name_starts = {s for s, _, _ in names}
        name_ends = {e for _, e, _ in names}

        sentence_posts: list[tuple[int, int, str, list[TitleMention]]] = []
        for start, end, rank in names:
            span = ctx.span(tokens[start].start, tokens[end - 1].end)
            name = " ".join(span.text.split())
            k = key(name)
            if end - start == 1 and tokens[start].is_word:
                # A given name alone is a mention of the one person named so with it; a person the
                # report only ever calls 'chị Loan' is a person too.
                known = [pk for pk in order if pk.split()[-1] == k and len(pk.split()) > 1]
                if (nicknamed := _nickname_of(ctx, tokens, names, start)) in people:
                    nicknames[k] = nicknamed  # 'Trần Văn A (6 tuổi, tên thường gọi là Bin)': A's nickname
                if k in nicknames:
                    known = [nicknames[k]]
                if len(known) > 1 or (not known and not familiar.get(start)):
                    continue
                if known:
                    k = known[0]
                    name = people[k].name
            person = people.get(k)
            if person is None:
                person = people[k] = Person(name=name)
                order.append(k)
            else:
                if person.name.isupper() and not name.isupper():
                    # Headlines and captions write names in capitals; the body's spelling is the name.
                    person.name_variants.append(person.name)
                    person.name = name
                if name != person.name and name not in person.name_variants:
                    person.name_variants.append(name)
            if rank is not None and person.rank is None:
                person.rank, person.rank_en = rank.vi, rank.en
            person.mentions.append(span)
            posts: list[TitleMention] = []
            # After the name: ', Giám đốc Công an tỉnh X, ...', ' giữ chức vụ ...', ' (nguyên ...)'.
            born = _skip_aside(tokens, end + 1) if end < len(tokens) and tokens[end].text == "(" else end
            if end < len(tokens) and tokens[end].text == "(" and (end + 1) in by_first:
                j = end  # 'A (nguyên cán bộ Công an huyện X)': the aside is the post
            elif (
                end + 1 < len(tokens)
                and tokens[end].text == "("
                and tokens[end + 1].lower == "là"
                and _phrase_at(tokens, end + 1, TAKES_POST) in by_first
            ):
                j = end  # 'A (là Trưởng Công an xã X)': the aside says what A is
            elif (
                born > end + 1 and born < len(tokens) and tokens[born].text in ",;" and (born + 1) in by_first
            ):
                j = born  # 'A (SN 1976, nguyên cán bộ Công an tỉnh X)'
            elif (
                end + 1 < len(tokens)
                and tokens[end].text == "("
                and (bare := ctx.lex.roles.match(tokens, end + 1))
                and bare[1] < len(tokens)
                and tokens[bare[1]].lower in ("kiêm", ",")
            ):
                j = end  # 'A (Phó Giám đốc kiêm Trưởng phòng X)': a bare role sharing the next post's unit
            elif (aside := _post_in_aside(ctx, tokens, end, born, by_first)) is not None:
                j = aside  # 'A (40 tuổi, ở quận 3, TP X - Giám đốc Công ty Y)': the post after where A lives
            else:
                j = _skip_aside(tokens, end)
            role_before = next(
                (
                    (b, m[0])
                    for b in range(max(0, start - 3), start)
                    if (m := ctx.lex.roles.match(tokens, b)) and m[1] == start
                ),
                None,
            )
            if (
                role_before is not None
                and role_before[1].key == "dai-bieu"
                and (close := _deputy_constituency(ctx, tokens, end)) > end
            ):
                # 'đại biểu Trần Văn A (Bến Tre)': a deputy of the National Assembly, by province.
                b, role = role_before
                span = (tokens[b].start, tokens[close - 1].end)
                posts.append(TitleMention(*span, b, close, role, "Quốc hội", role.vi, True))
                j = close
            elif (
                role_before is not None
                # 'Bác sĩ A (Khoa X, ...)': a title of address, not a post ('bác sĩ khoa X' after A is one).
                and " ".join(t.lower for t in tokens[role_before[0] : start]) not in HONORIFICS
                and end + 1 < len(tokens)
                and (
                    (j == end and (tokens[end].text == "," or tokens[end].text in HYPHENS))
                    or tokens[end].text == "("
                    # 'luật sư A của Công ty Luật X', 'phóng viên B của Báo Y': whose staff they are.
                    or (j == end and tokens[end].lower == "của" and is_capitalised(tokens[end + 1]))
                )
                and (end + 1) not in by_first
                # 'luật sư A - thuộc Đoàn luật sư TP X': the unit he belongs to.
                # 'luật sư A, (Đoàn luật sư X)': a stray comma before the bracket.
                and (u_start := end + 2 if tokens[end + 1].lower in ("thuộc", "(") else end + 1) < len(tokens)
                and (unit := _unit(ctx, tokens, u_start)) is not None
                and (
                    tokens[u_start - 1].text != "("
                    # '(Đoàn luật sư tỉnh X – bảo vệ cho bị cáo)': the unit, then what he does.
                    or (unit[0] < len(tokens) and tokens[unit[0]].text in (")", ",", *HYPHENS))
                )
            ):
                # 'Luật sư Trần Văn A, Văn phòng Luật sư B', 'luật sư C (Đoàn Luật sư TP Hà Nội)',
                # 'phóng viên D - báo E': the post before the name, its unit after.
                u_end, u_mention = unit
                b, role = role_before
                posts.append(
                    TitleMention(
                        tokens[b].start,
                        tokens[u_end - 1].end,
                        b,
                        u_end,
                        role,
                        _unit_name(ctx, tokens, u_start, u_end, u_mention),
                        role.vi,
                        True,
                    )
                )
                j = u_end
            status = None
            while j < len(tokens):
                nxt = j
                if j == end and tokens[j].lower == "và" and not posts:
                    break  # 'A và Giám đốc Sở X': the director is another person, named or not
                if (
                    tokens[j].text in CHAIN_SEPARATORS
                    or tokens[j].lower in CHAIN_WORDS
                    or (j == born > end + 1 and tokens[j].text == ";")  # '(35 tuổi; nhân viên X)'
                ):
                    nxt = j + 1
                elif j != end and not posts and not (
                    tokens[j - 1].text == ")" and _phrase_at(tokens, j, TAKES_POST) > j
                ):
                    break  # (an aside may stand between a name and its post: 'A (45 tuổi) là Y')
                comma_kiem = tokens[j].text == "," and tokens[nxt].lower == "kiêm"
                if nxt == j + 1 and comma_kiem and nxt + 1 < len(tokens):
                    nxt += 1  # 'A (nguyên Chủ tịch HĐQT X, kiêm Chủ tịch HĐQT Y)': the chain goes on
                if (
                    nxt == j + 1
                    and tokens[j].text == ","
                    and nxt + 1 < len(tokens)
                    and tokens[nxt].text == "("
                ):
                    nxt += 1  # 'thượng tá A, (Phó phòng Tham mưu, Công an tỉnh X)': a stray comma
                if (
                    nxt == j + 1
                    and nxt + 1 < len(tokens)
                    and tokens[nxt].lower == "người"
                    and ((nxt + 1) in by_first or _phrase_at(tokens, nxt + 1, TAKES_POST) > nxt + 1)
                ):
                    nxt += 1  # 'A, người từng giữ chức Phó Chủ tịch UBND huyện X': a relative clause
                joined = _boards_joined(ctx, tokens, nxt)
                if joined:
                    # '..., tham gia Ban Chấp hành, Ban Thường vụ và giữ chức vụ ...': a member of each.
                    for board in joined:
                        posts.append(board)
                    j = joined[-1].last
                    continue
                took = _phrase_at(tokens, nxt, TAKES_POST)
                if took == nxt and nxt == j and j != end:
                    break
                if took > nxt and _nominated(tokens, nxt):
                    break  # 'được giới thiệu giữ chức X': put forward, not holding it
                if (
                    took > nxt
                    and tokens[nxt].lower in ("là", "làm")
                    and (took not in by_first or posts)
                    # 'tổ công tác do ông A, Phó Giám đốc Sở X, làm tổ trưởng': A leads the team too.
                    and not (took in by_first and by_first[took].led)
                ):
                    break
                if took > nxt and _phrase_at(tokens, nxt, TAKES_POST) == took:
                    status = None  # 'nguyên X, được bổ nhiệm giữ chức vụ Y': Y is held now
                title = by_first.get(took)
                if title is None:
                    bare = ctx.lex.roles.match(tokens, took)
                    if (
                        bare
                        and bare[1] < len(tokens)
                        and (tokens[bare[1]].text == "," or tokens[bare[1]].lower == "kiêm")
                        and (bare[1] + 1) in by_first
                        and not by_first[bare[1] + 1].claimed
                        and by_first[bare[1] + 1].org
                    ):
                        # A role without its unit is in the unit of the post written next: 'Thẩm
                        # phán cao cấp, Phó Chánh án Tòa án X', 'Chánh Văn phòng, người phát ngôn Sở Y'.
                        shared = _chain_last(tokens, by_first, bare[1] + 1)
                        shared_unit = _directed_unit(ctx, bare[0], shared.org)
                        posts.append(_bare_post(ctx, tokens, took, bare[1], bare[0], shared_unit, status))
                        j = bare[1]
                        continue
                    if (
                        bare
                        and bare[0].key in EXECUTIVE_ROLES
                        and took == nxt
                        and tokens[nxt - 1].lower == "kiêm"
                        and posts
                        and posts[-1].org
                        and (board := BOARD_OF.match(posts[-1].org))
                    ):
                        # 'Chủ tịch HĐQT Cty X kiêm Tổng giám đốc': the executive of the board's company.
                        company = posts[-1].org[board.end() :]
                        posts.append(_bare_post(ctx, tokens, took, bare[1], bare[0], company, status))
                        j = bare[1]
                        continue
                    if bare:
                        # A role with a bare unit ('Bí thư Đảng ủy, Giám đốc ...') does not end the chain.
                        comma = next(
                            (
                                n
                                for n in range(bare[1], min(len(tokens), bare[1] + 3))
                                if tokens[n].text == ","
                            ),
                            None,
                        )
                        if comma is not None and (comma + 1) in by_first:
                            j = comma
                            continue
                    break
                if title.claimed or (title.last in name_starts and title.last != end):
                    break  # the post is written before the next name: it is that person's
                title.claimed = True
                if title.status:
                    status = title.status
                elif status:
                    title.status = status
                posts.append(title)
                j = _skip_time(tokens, title.last)
                if j < len(tokens) and tokens[j].text == ")":
                    j += 1
            # Before the name (and its rank or honorific): 'Chủ tịch UBND TP X Trần Văn A'.
            j = start
            while j > 0 and (
                ctx.lex.ranks.match(tokens, j - 1)
                or tokens[j - 1].lower in HONORIFICS
                or tokens[j - 1].lower in DEGREES
                or (tokens[j - 1].text in (",", ".") and j > 1 and tokens[j - 2].lower in DEGREES)
                or (j > 1 and ctx.lex.ranks.match(tokens, j - 2))
                or (j > 1 and " ".join(t.lower for t in tokens[j - 2 : j]) in HONORIFICS)
            ):
                # A title of address in two words ('bác sĩ', 'đồng chí') is skipped whole.
                j -= 2 if j > 1 and " ".join(t.lower for t in tokens[j - 2 : j]) in HONORIFICS else 1
                if j > 0 and ctx.lex.ranks.match(tokens, j - 1):
                    j -= 1
            close = j - 2 if j > 2 and tokens[j - 1].text in HYPHENS and tokens[j - 2].text == ")" else j - 1
            if close > 0 and tokens[close].text == ")" and j not in by_last:
                # 'Cục trưởng Cục X (Thanh tra Chính phủ) Phạm Văn A': an aside between post and name;
                # 'Trưởng phòng X (thuộc Sở Y) - Cao Văn A': and a dash after it.
                opening = next(
                    (n for n in range(close - 1, max(-1, close - 29), -1) if tokens[n].text == "("), None
                )
                if opening is not None and opening in by_last:
                    j = opening
            after_name = len(posts)
            while True:
                title = by_last.get(j)
                if title is None and j > 0 and len(posts) == after_name and tokens[j - 1].text in HYPHENS:
                    title = by_last.get(j - 1)  # 'Chủ tịch UBND xã X - Đinh Văn A'
                if (
                    title is None
                    and j > 1
                    and len(posts) == after_name
                    and j < start
                    and tokens[j - 1].lower == "là"
                    and (by_last.get(j - 1) is not None)
                    and is_capitalised(tokens[by_last[j - 1].first])
                ):
                    title = by_last.get(j - 1)  # 'bắt Chi cục phó là ông A': the post, then its holder
                opens_list = j > 0 and tokens[j - 1].lower in LIST_OPENERS
                if title is None and opens_list and len(posts) == after_name:
                    # 'các Phó Thủ tướng: A, B và C': a plural post introduces the list of its holders.
                    title = by_last.get(j - 1)
                    if title is not None and not (
                        title.first > 0 and tokens[title.first - 1].lower in PLURAL_BEFORE
                    ):
                        title = None
                if title is None and j > 0 and tokens[j - 1].text == ",":
                    title = by_last.get(j - 1)
                    if title is not None and title.first > 0 and tokens[title.first - 1].lower in KIN_OF:
                        break  # 'là con của Giám đốc công ty X, anh B ...': the post is the parent's
                    if (
                        title is not None
                        and title.first > 0
                        and tokens[title.first - 1].lower in PREDICATE
                        and any(
                            e <= title.first and not any(t.text in ",.;:" for t in tokens[e : title.first])
                            for _, e, _ in names
                        )
                    ):
                        break  # 'chị A đang làm điều dưỡng tại Bệnh viện X, ông B ...': the post is A's
                if title is None and len(posts) == after_name:
                    # 'Chủ tịch UBND xã X, huyện Y (Z) - ông A', 'Cục trưởng Cục X, Thanh tra Chính phủ B'.
                    title = _post_across_tail(ctx, tokens, j, by_last, name_starts, inside)
                if (
                    title is None
                    and len(posts) > after_name
                    and posts[-1].org
                    and (bare := _bare_role_before(ctx, tokens, j))
                    # 'ông A, Giám đốc, Chủ tịch Công ty X B': the role goes with A's chain, not B's.
                    and not (bare[0] > 1 and tokens[bare[0] - 1].text == "," and (bare[0] - 1) in name_ends)
                ):
                    # 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ A': a role without its unit shares the
                    # unit of the post written after it.
                    b, role = bare
                    text = " ".join(ctx.text[tokens[b].start : tokens[j - 2].end].split())
                    title = TitleMention(
                        tokens[b].start,
                        tokens[j - 2].end,
                        b,
                        j - 1,
                        role,
                        _directed_unit(ctx, role, posts[-1].org),
                        text,
                    )
                if title is None or title.claimed or title.role.key in VERB_ROLES:
                    break  # (', bảo vệ tòa nhà X, Thượng úy A': whom A asked, not A's post)
                if _phrase_before(tokens, title.first, ON_BEHALF) < title.first:
                    break  # 'Thay mặt Giám đốc Sở X, ông A ...': A speaks for the holder, is not one
                told = title.first > 0 and tokens[title.first - 1].lower in TOLD
                if title.role.key == "phong-vien" and told:
                    break  # 'trao đổi với phóng viên Báo X, ông A': the reporter is not A
                title.claimed = True
                posts.append(title)
                j = title.first
                if j > 0 and tokens[j - 1].text == ",":
                    continue
                break
            _board_of_next(ctx, tokens, posts)
            for title in posts:
                _add_post(ctx, person, title, completed, org_names)
                if title.org is not None:
                    holders.setdefault((title.role.key, org_key(ctx, title.org)), k)
            sentence_posts.append((start, end, k, posts))
        # 'A và B, nguyên Tổng giám đốc và Phó Tổng giám đốc Công ty X': each holds the post written
        # in the same place of the list of posts.
        for m in range(len(sentence_posts) - 1):
            (_s1, e1, k1, posts1), (s2, e2, k2, posts2) = sentence_posts[m], sentence_posts[m + 1]
            between = [t.lower for t in tokens[e1:s2]]
            if (
                posts1
                or posts2
                or not between
                or between[0] not in ("và", ",")
                or not all(
                    w in HONORIFICS or ctx.lex.ranks.match(tokens, e1 + 1 + n) or w in {"tướng", "tá", "úy"}
                    for n, w in enumerate(between[1:])
                )
            ):
                continue
            if (pair := _respective_posts(ctx, tokens, e2, by_first)) is not None:
                for held_posts, k_held, title in ((posts1, k1, pair[0]), (posts2, k2, pair[1])):
                    held_posts.append(title)
                    _add_post(ctx, people[k_held], title, completed, org_names)
        # 'Đại tá A và Đại tá B, Phó Giám đốc Công an tỉnh': A shares the post written after B.
        # 'A, ông B và C cùng là Phó Giám đốc Công ty X': every name of the list holds the post.
        shares = [
            bool(p) and any(n < len(tokens) and tokens[n].lower in SHARED for n in (e, e + 1))
            for _, e, _, p in sentence_posts
        ]
        held = [p for _, _, _, p in sentence_posts]
        opened = _plural_lists(ctx, tokens, sentence_posts)
        for m in range(len(sentence_posts) - 2, -1, -1):
            (_s1, e1, k1, _), (s2, _e2, _k2, _) = sentence_posts[m], sentence_posts[m + 1]
            posts1, posts2 = held[m], held[m + 1]
            between = [t.lower for t in tokens[e1:s2]]
            if (
                not posts1
                and posts2
                and between
                # 'các ông A, B - Phó Giám đốc Sở X': a list opened in the plural shares its post too.
                and (between[0] == "và" or (between[0] == "," and (shares[m + 1] or opened[m])))
                and all(
                    ctx.lex.ranks.match(tokens, e1 + 1 + n)
                    or w in HONORIFICS
                    or not tokens[e1 + 1 + n].is_word
                    or w in {"tướng", "tá", "úy", "sĩ"}
                    for n, w in enumerate(between[1:])
                )
            ):
                for title in posts2:
                    _add_post(ctx, people[k1], title, completed, org_names)
                held[m] = posts2
                shares[m] = shares[m + 1]
        # 'các Phó Thủ tướng A, B và C': a post written in the plural before a list is each name's.
        for m in range(len(sentence_posts) - 1):
            (s1, e1, _k1, _), (s2, _e2, k2, _) = sentence_posts[m], sentence_posts[m + 1]
            plural = [
                t
                for t in held[m]
                if t.last <= s1 and t.first > 0 and tokens[t.first - 1].lower in PLURAL_BEFORE
            ]
            between = [t.lower for t in tokens[e1:s2]]
            if (
                plural
                and not held[m + 1]
                and between
                and between[0] in (",", "và")
                and all(
                    ctx.lex.ranks.match(tokens, e1 + 1 + n)
                    or w in HONORIFICS
                    or w in {"tướng", "tá", "úy", "sĩ"}
                    for n, w in enumerate(between[1:])
                )
            ):
                for title in plural:
                    _add_post(ctx, people[k2], title, completed, org_names)
                held[m + 1] = plural
        for title, k1 in _listed_bare_posts(ctx, tokens, sentence_posts):
            _add_post(ctx, people[k1], title, completed, org_names)
        for title, k1 in _members_listed(ctx, tokens, sentence_posts, org_names):
            _add_post(ctx, people[k1], title, completed, org_names)
        # 'ông A đã có nhiều năm làm Phó Giám đốc Sở X kiêm Giám đốc Trung tâm Y', 'ông B đã nộp đơn
        # từ nhiệm chức vụ Z': a post taken up or left later in the sentence is the last-named person's.
        for p in range(len(tokens)):
            left = _phrase_at(tokens, p, LEAVES_POST)
            took = _phrase_at(tokens, p, TAKES_POST) if left == p else p
            reach = 12
            if (
                took > p + 1
                and _phrase_at(tokens, p, HOLDS_POST) > p
                # 'thôi giữ chức X', 'từng giữ chức Y': a post left or held before, read as such elsewhere
                and not (p > 0 and tokens[p - 1].lower in ("thôi", "từng"))
            ):
                # 'trao quyết định cho ông A, Bí thư X, về công tác tại Y từ ngày 1/7, giữ chức vụ Z':
                # 'giữ chức' names the post of the one just named, however long the clause between.
                reach = 30
            if tokens[p].lower == "như" and any(
                _phrase_at(tokens, n, (("chức", "vụ"), ("vị", "trí"), ("cương", "vị"))) > n
                for n in range(max(0, p - 12), p)
            ):
                # 'đảm nhiệm nhiều chức vụ ... như: Phó Chủ tịch Hội X; Phó Chủ tịch Hiệp hội Y'
                took = p + 2 if p + 1 < len(tokens) and tokens[p + 1].text == ":" else p + 1
                reach = 20
            e = max(left, took)
            if e == p or _nominated(tokens, p):
                continue
            if tokens[p].lower in ("là", "làm") and not any(
                tokens[n].lower in ("có", "năm", "từng", "được") for n in range(max(0, p - 4), p)
            ):
                continue
            before = [n for n in sentence_posts if n[1] <= p and p - n[1] <= reach]
            if not before:
                continue
            chain: list[TitleMention] = []
            if e in by_first and not by_first[e].claimed:
                chain.append(by_first[e])
            elif (
                (bare := ctx.lex.roles.match(tokens, e))
                and bare[1] < len(tokens)
                and tokens[bare[1]].text == ","
                and (bare[1] + 1) in by_first
                and not by_first[bare[1] + 1].claimed
            ):
                last = _chain_last(tokens, by_first, bare[1] + 1)
                chain.append(_bare_post(ctx, tokens, e, bare[1], bare[0], last.org, claimed=False))
                chain.append(by_first[bare[1] + 1])
            if not chain:
                continue
            holder = people[before[-1][2]]
            n = _skip_time(tokens, chain[-1].last)
            while (
                n < len(tokens)
                and (tokens[n].text in (",", ";") or tokens[n].lower == "kiêm")
                and (n + 1) in by_first
            ):
                nxt = by_first[n + 1]
                if nxt.claimed:
                    break
                chain.append(nxt)
                n = _skip_time(tokens, nxt.last)
            for t in chain:
                t.claimed = True
                if left > p:
                    t.status = "former"
                _add_post(ctx, holder, t, completed, org_names)
        unnamed.extend(t for t in titles if not t.claimed)

    _settle_names(ctx, people, order)
    mentions: list[tuple[Span, str]] = []
    for title in unnamed:
        if title.org is None or title.status or title.role.kind == "member":
            continue  # 'cán bộ Công an tỉnh', 'ủy viên Ban X' name many people, not the one named before
        if not ctx.text[title.start : title.start + 1].isupper():
            continue
        holder = holders.get((title.role.key, org_key(ctx, title.org)))
        if holder is None or holder not in people:
            continue  # (or folded into another name by _settle_names)
        span = ctx.span(title.start, title.end)
        people[holder].mentions.append(span)
        mentions.append((span, people[holder].name))
    return [people[k] for k in order], mentions


# Words that do not tell two names of a unit apart ('Sở Tài nguyên và Môi trường tỉnh X' = 'Sở Tài
# nguyên môi trường X').
NEUTRAL_WORDS = {"và", "tỉnh", "thành", "phố", "tp", "của"}


# Names of countries, which a capitalised run can look like a person's name ('người đàn ông Trung Quốc').
COUNTRIES = {
    "trung quốc", "việt nam", "hàn quốc", "nhật bản", "thái lan", "hoa kỳ", "anh quốc", "ấn độ",
    "đài loan", "hồng kông", "ma cao", "triều tiên", "mỹ", "pháp", "đức", "nga", "úc", "lào",
    "campuchia", "malaysia", "singapore", "indonesia", "philippines", "myanmar", "ba lan", "séc",
}  # fmt: skip


def _place_before_name(ctx: Context, tokens: list[Token], k: int) -> int:
    """Return how many words of a place's name stand before a person's name at tokens[k], or 0.

    'xã Đồng Tâm Nguyễn Văn A': five capitalised words in a row, the last three a name.
    """
    run = capital_run(tokens, k)
    m = k + run - 3
    if run >= 5 and _surname(ctx, tokens[m].text):
        return run - 3
    return 0


def _country_at(tokens: list[Token], i: int) -> bool:
    """Whether a country's name is written at tokens[i] ('Nga', 'Trung Quốc')."""
    if i >= len(tokens) or not is_capitalised(tokens[i]):
        return False
    one = tokens[i].lower
    two = f"{one} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
    return (two in COUNTRIES and is_capitalised(tokens[i + 1])) or (one in COUNTRIES and " " not in one)


PLURAL_HONORIFICS = {"ông", "bà", "đồng chí", "anh", "chị"}


def _plural_lists(
    ctx: Context, tokens: list[Token], sentence_posts: list[tuple[int, int, str, list[TitleMention]]]
) -> list[bool]:
    """Tell for each name whether it is in a list opened in the plural ('các ông A, B, C')."""
    opened: list[bool] = []
    for m, (start, _end, _k, _posts) in enumerate(sentence_posts):
        b = start
        while b > 0 and (tokens[b - 1].lower in HONORIFICS or ctx.lex.ranks.match(tokens, b - 1)):
            b -= 1
        if b > 1 and " ".join(t.lower for t in tokens[b - 2 : b]) in PLURAL_HONORIFICS:
            b -= 2
        plural = b < start and b > 0 and tokens[b - 1].lower in PLURAL_BEFORE
        if not plural and m > 0:
            prev_end = sentence_posts[m - 1][1]
            between = tokens[prev_end:b]
            plural = opened[m - 1] and len(between) == 1 and between[0].lower in (",", "và")
        opened.append(plural)
    return opened


def _settle_names(ctx: Context, people: dict[str, Person], order: list[str]) -> None:
    """Drop what is not a person after all, and fold names that took the next sentence's first word.

    'Nguyễn Văn A Điều tra ...' (a caption run into the text) is 'Nguyễn Văn A' when the report
    names 'Nguyễn Văn A' elsewhere; a country is no one; a name standing alone as the report's last
    line is its author's.
    """
    last = ctx.sentences[-1] if ctx.sentences else None
    for k in list(order):
        if k not in people:
            continue  # folded into a longer name already
        person = people[k]
        words = k.split()
        shorter = " ".join(words[:-1])
        if k in COUNTRIES or (
            last is not None
            and len(person.mentions) == 1
            and not person.positions
            and person.mentions[0].text.strip() == last.text.strip(" .\n")
        ):
            order.remove(k)
            del people[k]
            continue
        longer = [o for o in order if o != k and len(o.split()) > len(words) and o.endswith(" " + k)]
        if len(longer) == 1:
            # 'bác sĩ Lan Anh' after 'Nguyễn Lan Anh': the given names of the one person named in full.
            full = people[longer[0]]
            full.mentions.extend(person.mentions)
            have = {(key(p.title), p.organization) for p in full.positions}
            full.positions += [p for p in person.positions if (key(p.title), p.organization) not in have]
            order.remove(k)
            del people[k]
            continue
        if (
            len(words) >= 3
            and shorter in people
            and shorter != k
            and person.name.split()[-1] in NOT_NAME_WORDS
        ):
            # 'Mai Xuân Sáng (57 tuổi)' and 'Mai Xuân Sáng vì ...': the name ends in a word that may
            # open a sentence; where a mark follows it, it is the name's; the shorter reading is cut.
            short = people[shorter]
            person.mentions.extend(short.mentions)
            _merge_posts(person, short.positions)
            person.rank = person.rank or short.rank
            person.rank_en = person.rank_en or short.rank_en
            order.remove(shorter)
            del people[shorter]
            continue
        if len(words) >= 3 and shorter in people and shorter != k:
            target = people[shorter]
            for span in person.mentions:
                cut = span.text.rstrip().rfind(" ")
                target.mentions.append(ctx.span(span.start, span.start + cut))
            _merge_posts(target, person.positions)
            target.rank = target.rank or person.rank
            target.rank_en = target.rank_en or person.rank_en
            order.remove(k)
            del people[k]


def _words(ctx: Context, org: str | None) -> list[str]:
    return [w for w in org_key(ctx, org).split() if w not in NEUTRAL_WORDS] if org else []


def _covers(longer: list[str], shorter: list[str]) -> bool:
    """Whether every word of ``shorter`` is in ``longer``, an abbreviation by the initials of a run there."""
    initials = "".join(w[:1] for w in longer)
    have = set(longer)
    for word in shorter:
        if word in have:
            continue
        if len(word) >= 2 and word in initials:
            continue  # 'HĐQT' = 'Hội đồng quản trị', 'VN' = 'Việt Nam'
        return False
    return True


def _merge_posts(person: Person, posts: list[Position]) -> None:
    """Give a person the posts of another reading of their name; one post written twice is one."""
    for post in posts:
        same = next(
            (
                p
                for p in person.positions
                if key(p.title) == key(post.title)
                and key(p.organization or "") == key(post.organization or "")
            ),
            None,
        )
        if same is None:
            person.positions.append(post)
        else:
            same.spans.extend(s for s in post.spans if s not in same.spans)


def _same_role(ctx: Context, written: str, role: Entry) -> bool:
    """Whether a title as written is, whole, a form of this role ('PCT' and 'Phó Chủ tịch')."""
    words = tokenize(written)
    found = ctx.lex.roles.match(words, 0)
    return found is not None and found[1] == len(words) and found[0].key == role.key


def _add_post(
    ctx: Context,
    person: Person,
    title: TitleMention,
    completed: dict[int, Position],
    org_names: dict[str, str],
) -> None:
    """Give a person a post, or one more span of a post they already have.

    The same title in a unit written once in full and once short ('Chủ tịch UB TƯ MTTQ Việt Nam',
    'Chủ tịch MTTQ VN', 'Phó Chủ tịch HĐQT') is one post, under the fuller name as written; so is
    a title written once in full and once short ('Phó Bí thư Thường trực', 'Phó Bí thư') in one unit.
    """
    if title.org:
        # The units of posts read so far, for a later head's title written alone (_headed_alone).
        ctx.cache.setdefault("post units", {})[org_key(ctx, title.org)] = title.org  # type: ignore[index]
    org = _words(ctx, title.org)
    new_title = key(title.title)
    # Posts by id; the dicts hold the posts, so a dropped post's id is never reused by a new one.
    guessed: dict[int, Position] = ctx.cache.setdefault("implied posts", {})  # type: ignore[assignment]
    if title.implied and any(key(p.title) == new_title for p in person.positions):
        return  # 'Bộ trưởng, Chủ nhiệm VPCP A ... Bộ trưởng A': the post written in full, not a guess
    if not title.implied:
        # A post written in full replaces the same title whose unit was only guessed.
        person.positions[:] = [
            p for p in person.positions if id(p) not in guessed or key(p.title) != new_title
        ]
    for p in person.positions:
        old_title = key(p.title)
        have = _words(ctx, p.organization)
        same_unit = have == org or (org and have and (_covers(have, org) or _covers(org, have)))
        if not same_unit and title.org and p.organization:
            # Two names the unit pass knows for one unit ('Ngân hàng X', its brand 'XBank').
            known = org_names.get(org_key(ctx, title.org))
            same_unit = known is not None and known == org_names.get(org_key(ctx, p.organization))
        if not same_unit:
            continue
        if (
            old_title != new_title
            and not (old_title.startswith(new_title + " ") or new_title.startswith(old_title + " "))
            and not _same_role(ctx, p.title, title.role)
        ):
            continue
        p.spans.append(ctx.span(title.start, title.end))
        if len(new_title) > len(old_title):
            p.title, p.title_en = title.title, title.role.en
        if (len(org) > len(have) or id(p) in completed) and not title.completed:
            p.organization = title.org  # type: ignore[assignment]
            completed.pop(id(p), None)
        if p.status and not title.status:
            p.status = None  # held now, whatever it was before
        return
    position = _position(ctx, title)
    if title.completed:
        completed[id(position)] = position
    if title.implied:
        guessed[id(position)] = position
    person.positions.append(position)
