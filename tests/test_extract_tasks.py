"""Tasks: directives, duties and plans read from invented sentences (names are made up)."""

from __future__ import annotations

import pytest

from graph.extract import extract

HEAD = "Tỉnh Hòa Bình Xanh triển khai nhiệm vụ năm 2026 05/01/2026 09:00\n\n"


def names(body: str) -> list[str]:
    """Extract a one-paragraph report and return its task names, in order."""
    return [t.name for t in extract(HEAD + body, "tasks-test.txt").tasks]


def test_directive_list_gives_one_task_per_item_without_the_asking_verb():
    found = names(
        "Phó Chủ tịch UBND tỉnh Lê Văn Tám đề nghị Công an tỉnh tập trung đấu tranh phòng, chống tội phạm "
        "ma túy; tăng cường tuần tra, kiểm soát trên các tuyến giao thông, kiên quyết xử lý vi phạm nồng độ cồn."
    )
    assert found == [
        "tập trung đấu tranh phòng, chống tội phạm ma túy",
        "tăng cường tuần tra, kiểm soát trên các tuyến giao thông",
        "kiên quyết xử lý vi phạm nồng độ cồn",
    ]


def test_unit_asked_is_read_up_to_the_verb_and_holds_the_task():
    facts = extract(
        HEAD + "Chủ tịch UBND tỉnh Đỗ Minh Khang giao Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["kiểm tra, xác minh làm rõ vụ việc"]
    assert facts.tasks[0].holder == "Sở Nội vụ"
    assert not facts.tasks[0].new


def test_partner_and_modal_before_the_task_are_dropped():
    assert names(
        "UBND tỉnh yêu cầu Sở Nội vụ chủ trì, phối hợp với Sở Y tế và các đơn vị có liên quan kiểm tra, "
        "xác minh vụ việc."
    ) == ["kiểm tra, xác minh vụ việc"]
    assert names("Bộ trưởng đề nghị các Thẩm phán phải không ngừng rèn luyện, tu dưỡng đạo đức nghề nghiệp.") == [
        "không ngừng rèn luyện, tu dưỡng đạo đức nghề nghiệp"
    ]


def test_a_unit_name_with_and_in_it_does_not_split_the_task():
    found = names(
        "Đại tá Lê Văn Sáu cho hay Công an tỉnh đang phối hợp với Cục An ninh lĩnh vực nông nghiệp và phát "
        "triển nông thôn (Bộ Công an) tiếp tục mở rộng điều tra hai doanh nghiệp đóng tàu."
    )
    assert found == ["tiếp tục mở rộng điều tra hai doanh nghiệp đóng tàu"]


def test_duty_and_plan_of_a_named_unit():
    assert names("Ban Chỉ đạo cấp tỉnh có nhiệm vụ ban hành kế hoạch triển khai đề án của địa phương.") == [
        "ban hành kế hoạch triển khai đề án của địa phương"
    ]
    assert names("Thanh tra tỉnh sẽ làm rõ việc quản lý đất đai tại xã Hồng Phong.") == [
        "làm rõ việc quản lý đất đai tại xã Hồng Phong"
    ]


def test_standing_role_of_a_unit():
    assert names("Công an cấp tỉnh là cơ quan thường trực của Ban Chỉ đạo đề án cấp tỉnh.") == [
        "cơ quan thường trực của Ban Chỉ đạo đề án cấp tỉnh"
    ]


def test_sentence_going_on_with_a_directive():
    assert names(
        "Giám đốc Sở Nông nghiệp giao Chi cục Kiểm lâm khẩn trương kiểm tra hiện trường. "
        "Đồng thời, báo cáo kết quả về Sở trước ngày 15/6."
    ) == ["khẩn trương kiểm tra hiện trường", "báo cáo kết quả về Sở trước ngày 15/6"]


def test_purpose_and_legal_basis_are_no_part_of_the_task():
    assert names(
        "Ủy ban tỉnh chỉ đạo các cơ quan chức năng tăng cường năng lực vận tải đường thủy nhằm phục vụ "
        "người dân du xuân."
    ) == ["tăng cường năng lực vận tải đường thủy"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Thanh tra Bộ Nội vụ kiến nghị UBND tỉnh rà soát các trường hợp tuyển dụng không qua thi. "
            "Nếu phát hiện vi phạm, xem xét xử lý theo quy định. Tỉnh kiểm điểm trách nhiệm của các cá nhân liên quan.",
            [
                "rà soát các trường hợp tuyển dụng không qua thi",
                "xem xét xử lý theo quy định",
                "kiểm điểm trách nhiệm của các cá nhân liên quan",
            ],
            id="one_word",
        ),
        # 'Thành phố' names the city asked before as one unit, like 'Tỉnh'; the task starts after both words.
        pytest.param(
            "Thanh tra Chính phủ kiến nghị UBND thành phố Bình An rà soát các dự án chậm tiến độ. "
            "Nếu phát hiện vi phạm, xem xét xử lý theo quy định. Thành phố kiểm điểm trách nhiệm của các cá nhân "
            "liên quan.",
            [
                "rà soát các dự án chậm tiến độ",
                "xem xét xử lý theo quy định",
                "kiểm điểm trách nhiệm của các cá nhân liên quan",
            ],
            id="a_unit_named_in_two_words",
        ),
    ],
)
def test_continuation_after_a_condition_and_a_named_subject(body: str, expected: list[str]) -> None:
    assert names(body) == expected


def test_condition_then_modal_and_a_repeated_lead():
    found = names(
        "Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc ở bệnh viện huyện. "
        "Nếu có sai phạm phải kiên quyết xử lý trách nhiệm, báo cáo kết quả về UBND tỉnh trước ngày 10/6. "
        "Trước đó, UBND tỉnh đã yêu cầu Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc ở bệnh viện huyện này."
    )
    assert found == [
        "kiểm tra, xác minh làm rõ vụ việc ở bệnh viện huyện",
        "kiên quyết xử lý trách nhiệm",
        "báo cáo kết quả về UBND tỉnh trước ngày 10/6",
    ]


def test_unit_asked_with_its_kind_and_place():
    assert names(
        "Giám đốc Công an tỉnh Phan Văn Lộc chỉ đạo lực lượng cảnh sát hình sự khẩn trương truy bắt đối tượng."
    ) == ["khẩn trương truy bắt đối tượng"]
    assert names("Sở Xây dựng đề nghị các doanh nghiệp trong khu công nghiệp duy trì lực lượng bảo vệ.") == [
        "duy trì lực lượng bảo vệ"
    ]
    assert names("Viện kiểm sát đề nghị cơ quan điều tra xem xét lại toàn bộ hồ sơ.") == [
        "xem xét lại toàn bộ hồ sơ"
    ]


def test_a_shared_object_keeps_listed_verbs_together():
    assert names("UBND huyện giao Phòng Tư pháp kiểm tra, đôn đốc, nắm tình hình thực hiện đề án.") == [
        "kiểm tra, đôn đốc, nắm tình hình thực hiện đề án"
    ]


def test_a_date_before_the_asking_verb_and_verbs_of_carrying_out():
    assert names(
        "Phó Chánh Thanh tra tỉnh có văn bản ngày 19/4 đề nghị UBND huyện báo cáo diễn biến vụ việc."
    ) == ["báo cáo diễn biến vụ việc"]
    assert names("UBND xã giao cơ quan công an truy tìm nhóm người lạ mặt.") == ["truy tìm nhóm người lạ mặt"]


def test_what_to_avoid_stays_with_the_purpose_and_a_time_clause_with_its_verbs():
    assert names(
        "Thanh tra tỉnh yêu cầu UBND huyện có biện pháp phù hợp để ổn định tình hình, tránh phát sinh khiếu kiện."
    ) == ["có biện pháp phù hợp để ổn định tình hình, tránh phát sinh khiếu kiện"]
    assert names(
        "UBND tỉnh yêu cầu các đơn vị vận tải kiểm định các xe sau khi đã được sửa chữa, thay thế phụ tùng."
    ) == ["kiểm định các xe sau khi đã được sửa chữa, thay thế phụ tùng"]


def test_details_after_trong_do_and_a_glued_dateline_end_the_task():
    assert names("Sở Tư pháp đề nghị UBND huyện rà soát các hồ sơ tồn đọng, trong đó có hồ sơ đất đai.") == [
        "rà soát các hồ sơ tồn đọng"
    ]
    assert names("Sở yêu cầu các công ty thay thế các phần vỏ không đạt chuẩn Bốn là sửa chữa hệ thống hầm.") == [
        "thay thế các phần vỏ không đạt chuẩn"
    ]


def test_what_a_unit_agrees_or_promises_to_do():
    facts = extract(
        HEAD + "Công ty Hải Long cũng thống nhất thay toàn bộ ống nước bị rò rỉ, kiểm tra lại hệ thống bơm.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["thay toàn bộ ống nước bị rò rỉ", "kiểm tra lại hệ thống bơm"]
    assert facts.tasks[0].holder
    assert names("Người dân không đồng ý tháo dỡ công trình.") == []


def test_units_asked_by_count_and_kind_and_a_list_closed_by_an_ellipsis():
    assert names("Bộ Nông nghiệp yêu cầu 12 tỉnh thành rà soát lại diện tích rừng.") == [
        "rà soát lại diện tích rừng"
    ]
    assert names("Ngân hàng tỉnh chỉ đạo các ngân hàng thương mại có chính sách giãn nợ cho nông dân.") == [
        "có chính sách giãn nợ cho nông dân"
    ]
    assert names("Sở Công Thương yêu cầu các cửa hàng niêm yết giá, dán nhãn… theo đúng quy định.") == [
        "niêm yết giá, dán nhãn"
    ]


def test_a_colon_or_a_quotation_after_the_unit_asked():
    assert names("Giám đốc Sở yêu cầu các đơn vị: tăng cường kiểm tra, xử lý vi phạm.") == [
        "tăng cường kiểm tra, xử lý vi phạm"
    ]
    assert names("Bộ trưởng yêu cầu: “Các đơn vị phải tăng cường tuần tra trên các tuyến đường”.") == [
        "tăng cường tuần tra trên các tuyến đường"
    ]


def test_a_case_handed_over_for_a_purpose():
    facts = extract(
        HEAD + "Thanh tra tỉnh đã chuyển hồ sơ sang Sở Tài chính để xử lý kỷ luật theo quy định.", "tasks-test.txt"
    )
    assert [t.name for t in facts.tasks] == ["xử lý kỷ luật theo quy định"]
    assert facts.tasks[0].holder == "Sở Tài chính"
    assert names("Nạn nhân được chuyển sang Bệnh viện đa khoa tỉnh để tiếp tục theo dõi.") == []
    # a hospital asked to act is a unit like any other
    assert names("Giám đốc Sở Y tế chỉ đạo Bệnh viện đa khoa tỉnh tập trung cứu chữa các nạn nhân.") == [
        "tập trung cứu chữa các nạn nhân"
    ]


def test_working_closely_with_a_partner_is_the_task_itself():
    assert names("Sở Tư pháp giao Phòng Công chứng phối hợp chặt chẽ với UBND các xã trong quá trình xử lý hồ sơ.") == [
        "phối hợp chặt chẽ với UBND các xã trong quá trình xử lý hồ sơ"
    ]
    assert names("Sở Tư pháp giao Phòng Công chứng phối hợp với UBND các xã rà soát hồ sơ tồn đọng.") == [
        "rà soát hồ sơ tồn đọng"
    ]


def test_handed_over_without_a_purpose_word_and_units_asked_after_a_document_number():
    assert names("Tổ tuần tra đã bàn giao hai thanh niên cho Công an phường Tân Định xử lý theo pháp luật.") == [
        "xử lý theo pháp luật"
    ]
    assert names("Vụ việc đã được bàn giao cho Công an xã tiếp tục xác minh, làm rõ.") == [
        "tiếp tục xác minh, làm rõ"
    ]
    assert names("Ngân hàng tỉnh có công văn 3851 yêu cầu các tổ chức tín dụng thực hiện nghiêm túc quy định.") == [
        "thực hiện nghiêm túc quy định"
    ]
    assert names("Thi thể đã được bàn giao cho gia đình để lo hậu sự.") == []


def test_a_request_with_no_unit_named_and_a_quoted_directive():
    assert names("Bệnh viện đã báo cáo Công an huyện đề nghị điều tra, xác minh làm rõ.") == [
        "điều tra, xác minh làm rõ"
    ]
    assert names("Chủ tịch tỉnh có ý kiến: “Giao Giám đốc Công an tỉnh chỉ đạo điều tra vụ việc”.") == [
        "chỉ đạo điều tra vụ việc"
    ]


def test_branches_and_courts_asked():
    assert names("Ngân hàng đã chỉ đạo chi nhánh Bắc Hà chủ động thông tin vụ việc.") == ["chủ động thông tin vụ việc"]
    assert names("Viện kiểm sát đề nghị tòa cùng cấp xét xử bị cáo về tội cố ý gây thương tích.") == [
        "xét xử bị cáo về tội cố ý gây thương tích"
    ]


def test_a_one_word_name_that_is_no_vietnamese_syllable_is_a_unit():
    assert names("Bộ Công an đã đề nghị Interpol truy nã quốc tế đối với đối tượng.") == [
        "truy nã quốc tế đối với đối tượng"
    ]


def test_a_unit_asked_in_the_passive_is_the_subject():
    facts = extract(
        HEAD + "Phòng Tư pháp được UBND huyện giao nhiệm vụ rà soát toàn bộ hồ sơ đất đai.", "tasks-test.txt"
    )
    assert [t.name for t in facts.tasks] == ["rà soát toàn bộ hồ sơ đất đai"]
    assert names("Đội Cảnh sát hình sự được Giám đốc Công an tỉnh giao chủ trì điều tra vụ án.") == [
        "chủ trì điều tra vụ án"
    ]


def test_a_time_between_the_unit_asked_and_the_task():
    assert names("Sở Giáo dục yêu cầu Phòng Giáo dục huyện ngay trong tuần này có hình thức xử lý hiệu trưởng.") == [
        "có hình thức xử lý hiệu trưởng"
    ]


def test_a_duty_named_as_a_noun():
    assert names("Nhiệm vụ của Đoàn thanh tra là thanh tra hồ sơ pháp lý về đất đai tại xã Hòa Phong.") == [
        "thanh tra hồ sơ pháp lý về đất đai tại xã Hòa Phong"
    ]
    assert names("Nhiệm vụ của đối tượng Tâm là giao hàng cho khách.") == []


@pytest.mark.parametrize(
    "body",
    [
        # a duty in a crime story, a past obligation, a patrol
        "Bị can Lê Văn Hòa là người có trách nhiệm quản lý vốn nhưng đã làm trái quy định.",
        "Vì đơn tố cáo này, Công an quận Hồng Lĩnh đã phải vào cuộc điều tra.",
        "Trong lúc làm nhiệm vụ tuần tra, tổ công tác phát hiện một xe tải chở quá tải.",
        # 'cơ quan chức năng … như' and 'cũng như' open no list of functions
        "Cơ quan chức năng chưa xác định được danh tính cũng như quê quán của nạn nhân.",
        # nouns, not directives
        "Công việc được tiến hành theo yêu cầu của Sở Tư pháp tỉnh.",
        "Tôi mong tiếp tục nhận được sự quan tâm, chỉ đạo, giúp đỡ của các đồng chí lãnh đạo tỉnh.",
        "Số phương tiện tăng nhanh, đặt ra yêu cầu rất lớn cho công tác quản lý.",
        # a speech's call to the whole force
        "Chủ tịch UBND tỉnh đề nghị toàn lực lượng tiếp tục phát huy vai trò nòng cốt.",
        # demands inside a crime story, a traffic stop
        "Đối tượng yêu cầu bà Hoa chuyển tiền vào tài khoản để kiểm tra.",
        "Nhóm thanh niên yêu cầu chị Lan đưa hết tài sản cho chúng.",
        # a go-between in a crime ring holds no standing role
        "Lê Văn Tư là đầu mối quan trọng để cơ quan điều tra lần ra nguồn hàng.",
        "Tổ công tác phát hiện xe vi phạm tốc độ nên yêu cầu dừng xe kiểm tra.",
        # one person called by the given name in a quarrel
        "Trong lúc cãi nhau, Tâm yêu cầu Bình dừng lại và xin lỗi.",
        # a name cut by its verb or by 'không' is no task
        "Đoàn kiểm tra đã bàn giao vụ việc cho Cảng vụ Hàng không miền Nam.",
        "Hồ sơ đã được Viện kiểm sát chuyển cho Cơ quan cảnh sát điều tra Công an TP.",
        # 'thay mặt' speaks for others
        "Thay mặt lãnh đạo xã, ông Lê Văn Hùng hứa sẽ nỗ lực giữ gìn an ninh trên địa bàn.",
        # the speech is 'chỉ đạo', the directive follows another verb
        "Phát biểu chỉ đạo, Bí thư Tỉnh ủy Đỗ Văn Nam đánh giá cao kết quả của Công an tỉnh.",
    ],
)
def test_no_task(body: str):
    assert names(body) == []


def test_every_task_span_indexes_the_original_text():
    text = HEAD + "Chủ tịch UBND tỉnh đề nghị Sở Y tế rà soát, chấn chỉnh công tác an ninh tại bệnh viện."
    facts = extract(text, "tasks-test.txt")
    assert facts.tasks
    for task in facts.tasks:
        for span in task.spans:
            assert text[span.start : span.end] == span.text == task.name


def holders(body: str) -> list[tuple[str | None, str]]:
    """Extract a one-paragraph report and return (holder, name) of its tasks, in order."""
    return [(t.holder, t.name) for t in extract(HEAD + body, "tasks-test.txt").tasks]


def test_clause_after_semicolon_may_name_the_next_unit_asked():
    assert holders(
        "Thủ tướng giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tư pháp xây dựng đề án cải cách hành chính; "
        "Bộ Tài chính phối hợp với Bộ Nội vụ bố trí kinh phí thực hiện đề án, rà soát các khoản chi thường xuyên."
    ) == [
        ("Bộ Nội vụ", "xây dựng đề án cải cách hành chính"),
        ("Bộ Tài chính", "bố trí kinh phí thực hiện đề án"),
        ("Bộ Tài chính", "rà soát các khoản chi thường xuyên"),
    ]


def test_sentence_after_a_directive_may_name_the_next_units_asked():
    found = holders(
        "Thủ tướng yêu cầu Bộ Nội vụ xây dựng đề án cải cách hành chính. Bộ Tài chính, Bộ Tư pháp phối hợp "
        "với Bộ Nội vụ kiểm soát các khoản chi, ngăn chặn tình trạng lãng phí. UBND tỉnh Hòa Bình cũng đã có "
        "văn bản báo cáo Chính phủ."
    )
    assert found == [
        ("Bộ Nội vụ", "xây dựng đề án cải cách hành chính"),
        ("Bộ Tài chính", "kiểm soát các khoản chi"),
        ("Bộ Tài chính", "ngăn chặn tình trạng lãng phí"),
    ]


def test_units_asked_listed_after_a_colon():
    found = holders(
        "Phó Chủ tịch UBND tỉnh Lê Văn Tám có công văn chỉ đạo các đơn vị: Công an tỉnh Hòa Bình, Sở Tài nguyên "
        "và Môi trường và UBND huyện Tân Lạc xử lý trách nhiệm những cá nhân liên quan."
    )
    assert found == [("Công an tỉnh Hòa Bình", "xử lý trách nhiệm những cá nhân liên quan")]


def test_noun_of_asking_with_cho_still_names_the_unit_asked():
    assert holders("Ông Lê Văn Tám cho biết ban giám đốc đã có chỉ đạo cho Thanh tra Công an tỉnh xác minh, "
                   "làm rõ các sai phạm.") == [("Thanh tra Công an tỉnh Hòa Bình", "xác minh, làm rõ các sai phạm")]
    assert names("Trong nghị quyết có giao cho Bộ Tư pháp rà soát các văn bản có chứa thủ tục này.") == [
        "rà soát các văn bản có chứa thủ tục này"
    ]
    # the noun alone names no one asked
    assert names("Tôi đã nghe báo lại nhưng chưa xem kỹ nên chưa có chỉ đạo.") == []


def test_asking_verb_after_a_verb_of_care_is_part_of_the_task():
    assert holders(
        "Bộ trưởng đề nghị UBND tỉnh quan tâm chỉ đạo các sở, ngành tạo điều kiện cho lực lượng Công an."
    ) == [("UBND tỉnh Hòa Bình", "quan tâm chỉ đạo các sở, ngành tạo điều kiện cho lực lượng Công an")]


def test_units_named_by_kind_that_must_act():
    # (a kind of unit is no organisation: it holds the task only through a unit named in it)
    assert holders("Thời gian tới, lực lượng Công an cần tập trung nắm chắc tình hình, chủ động phòng ngừa tội phạm.") == [
        (None, "tập trung nắm chắc tình hình"),
        (None, "chủ động phòng ngừa tội phạm"),
    ]
    assert names("Các trường, cơ sở giáo dục tư thục phải nghiêm túc tuyển chọn giáo viên đủ bằng cấp.") == [
        "nghiêm túc tuyển chọn giáo viên đủ bằng cấp"
    ]


@pytest.mark.parametrize(
    "body",
    [
        # advice to the public, a patrol that had to act, kindness, 'only need', what leaders say
        "Người dân cần nâng cao cảnh giác, không nghe theo lời dụ dỗ của kẻ lạ.",
        "Đội tuần tra phải dừng xe kiểm tra giấy tờ của tài xế.",
        "Tại bệnh viện, lãnh đạo thành phố đã ân cần thăm hỏi sức khỏe của chị Hoa.",
        "Theo chuyên gia, các cơ quan chức năng chỉ cần xây dựng quy trình tiếp nhận thông tin.",
        "Trong các cuộc họp, lãnh đạo tỉnh đều nói là phải tạo điều kiện cho doanh nghiệp.",
    ],
)
def test_no_task_from_a_subject_that_is_no_unit_asked(body: str):
    assert names(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # the person responsible, not what they are to do
        "Dự thảo chưa quy định người có trách nhiệm giải quyết tố cáo vi phạm như thế nào.",
        # the request as a noun
        "Xung quanh yêu cầu rà soát lại các cơ sở mầm non, ông Tám cho biết Sở sẽ báo cáo sau.",
    ],
)
def test_no_task_from_the_person_meant_or_the_noun(body: str):
    assert names(body) == []


def test_behaviours_listed_after_hanh_vi_stay_one_task():
    assert names(
        "Công an tỉnh chỉ đạo các đơn vị tập trung đấu tranh ngăn chặn tội phạm, đặc biệt xử lý nghiêm các "
        "hành vi đánh bạc, tổ chức đánh bạc."
    ) == ["tập trung đấu tranh ngăn chặn tội phạm", "xử lý nghiêm các hành vi đánh bạc, tổ chức đánh bạc"]
    # a new verb after the behaviours is still a task of its own
    assert names(
        "Sở yêu cầu Chi cục Kiểm lâm xử lý triệt để mọi hành vi phá rừng trái phép, báo cáo với Sở trước ngày 15/6."
    ) == ["xử lý triệt để mọi hành vi phá rừng trái phép", "báo cáo với Sở trước ngày 15/6"]


def test_a_right_is_no_part_of_the_duty():
    assert names("Nhà trường có trách nhiệm bảo vệ học sinh theo quy định có quyền yêu cầu phụ huynh phối hợp.") == [
        "bảo vệ học sinh theo quy định"
    ]


def test_bare_verb_of_purpose_shares_the_next_object():
    assert names("Chính phủ giao cho Bộ Tư pháp rà soát để sửa đổi, bổ sung các văn bản có chứa thủ tục này.") == [
        "rà soát để sửa đổi, bổ sung các văn bản có chứa thủ tục này"
    ]


def test_asking_verb_after_a_comma_is_a_task_of_its_own():
    # 'xin lỗi, yêu cầu …' lists two demands; the second is no part of the first
    assert names("Anh Tâm cho biết sẽ yêu cầu Công an thị trấn xin lỗi, yêu cầu xử lý hành vi vu khống.") == [
        "xử lý hành vi vu khống",
    ]


@pytest.mark.parametrize(
    "body",
    [
        # money handed over or paid into an account in a fraud or bribery story
        "Sau đó, người này được yêu cầu chuyển vào tài khoản 2 triệu đồng.",
        "Hằng yêu cầu đưa 20.000USD làm chi phí xin việc.",
        # a person identified as crime stories do
        "Sau đó, Nam giao cho Lê Văn Mang (SN 1987, ngụ Tân Lạc) vận chuyển hàng về các xưởng để cất giấu.",
    ],
)
def test_no_task_from_a_crime_story(body: str):
    assert names(body) == []


def test_money_a_unit_is_to_pay_back_is_a_task():
    assert names("Bộ Tài chính yêu cầu Công ty Hòa Phong hoàn trả 2 tỷ đồng cho ngân sách nhà nước.") == [
        "hoàn trả 2 tỷ đồng cho ngân sách nhà nước"
    ]


def test_petition_naming_the_unit_asked_and_meetings_and_notices():
    assert names("Chị Lợi tiếp tục làm đơn yêu cầu cơ quan chức năng vào cuộc để làm rõ vụ án.") == [
        "vào cuộc để làm rõ vụ án"
    ]
    assert names("UBND phường đề nghị Công an phường làm việc trực tiếp với các giáo viên liên quan.") == [
        "làm việc trực tiếp với các giáo viên liên quan"
    ]
    assert names("UBND phường Tân Lạc có trách nhiệm ra thông báo tạm dừng hoạt động của cơ sở mầm non.") == [
        "ra thông báo tạm dừng hoạt động của cơ sở mầm non"
    ]
    # a form to fill in asks no one
    assert names("Người dân đến làm thủ tục phải điền đơn đề nghị cấp căn cước công dân.") == []


def test_clause_before_its_subject_goes_on_with_no_directive():
    assert names(
        "Gia đình bị hại có đơn đề nghị HĐXX xem xét giảm nhẹ hình phạt cho bị cáo. "
        "Xem xét toàn diện vụ án, HĐXX tuyên phạt bị cáo 6 tháng tù."
    ) == ["xem xét giảm nhẹ hình phạt cho bị cáo"]


def test_to_organise_right_after_the_asking_verb():
    assert names("UBND huyện đã chỉ đạo tổ chức kiểm điểm làm rõ trách nhiệm và xử lý kỷ luật cán bộ vi phạm.") == [
        "tổ chức kiểm điểm làm rõ trách nhiệm",
        "xử lý kỷ luật cán bộ vi phạm",
    ]


def test_change_to_bring_about_is_a_task():
    assert names(
        "Bộ trưởng chỉ đạo lực lượng Công an cần tạo sự chuyển biến rõ nét trong nhận thức về an ninh kinh tế."
    ) == ["tạo sự chuyển biến rõ nét trong nhận thức về an ninh kinh tế"]


def test_comma_inside_brackets_lists_no_task():
    assert names(
        "Thủ tướng giao Bộ Công an xây dựng dự thảo Nghị định hướng dẫn Luật Đầu tư năm 2014 (sửa đổi, bổ sung "
        "năm 2016), trình Chính phủ trong tháng 6."
    ) == [
        "xây dựng dự thảo Nghị định hướng dẫn Luật Đầu tư năm 2014 (sửa đổi, bổ sung năm 2016)",
        "trình Chính phủ trong tháng 6",
    ]


def test_glued_sentence_ends_the_task_and_a_glued_heading_is_none():
    assert names(
        "UBND tỉnh yêu cầu Sở Xây dựng rà soát các công trình vi phạm Theo đó, ông Lê Văn Tám cho biết sẽ báo cáo."
    ) == ["rà soát các công trình vi phạm"]
    assert names(
        "UBND tỉnh yêu cầu Sở Xây dựng rà soát các công trình. Triển khai ngay hệ thống camera giám sát Liên quan "
        "đến giải pháp giảm ùn tắc, ông Lê Văn Tám báo cáo kết quả nghiên cứu."
    ) == ["rà soát các công trình"]
    # meeting a requirement is no request
    assert names("Phương án khoảng 1.600 phòng thì mới đảm bảo yêu cầu bảo vệ môi trường sinh thái.") == []


def test_listed_verbs_are_a_task_when_a_manner_word_or_a_complete_verb_marks_the_next():
    assert names("Bộ trưởng chỉ đạo Sở Y tế kiểm tra, xác minh và kịp thời thăm hỏi, động viên bệnh nhân Lê Văn Hòa.") == [
        "kiểm tra, xác minh",
        "kịp thời thăm hỏi, động viên bệnh nhân Lê Văn Hòa",
    ]
    assert names(
        "Lãnh đạo Công an huyện chỉ đạo các đơn vị nghiệp vụ khẩn trương vào cuộc điều tra làm rõ, xử lý nghiêm "
        "theo quy định pháp luật."
    ) == ["khẩn trương vào cuộc điều tra làm rõ", "xử lý nghiêm theo quy định pháp luật"]
    # a bare verb after them still shares their task
    assert names("Huyện ủy chỉ đạo công an vào cuộc xác minh, điều tra.") == ["vào cuộc xác minh, điều tra"]
    assert names("UBND tỉnh giao Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc.") == ["kiểm tra, xác minh làm rõ vụ việc"]


def test_what_a_company_agreed_after_la_and_a_unit_named_by_kind_after_thi():
    assert holders(
        "Công ty Hòa Phong cũng đã thống nhất với ngư dân là sẽ kéo các tàu lên đà để sửa chữa."
    ) == [("Công ty Hòa Phong", "kéo các tàu lên đà để sửa chữa")]
    assert holders(
        "Công ty Hòa Phong phải thay thế lại máy dò cho ngư dân; hầm bảo quản thì cơ sở đóng tàu phải sửa chữa, "
        "khắc phục lại theo đúng tiêu chuẩn."
    ) == [
        ("Công ty Hòa Phong", "thay thế lại máy dò cho ngư dân"),
        (None, "sửa chữa, khắc phục lại theo đúng tiêu chuẩn"),
    ]


def test_an_official_asked_by_name_and_post():
    assert names("Chủ tịch UBND tỉnh đề nghị ông Lê Văn Tám, Phó Giám đốc Công an tỉnh, phân tích nguyên nhân.") == [
        "phân tích nguyên nhân"
    ]


def test_wish_addressed_to_an_authority():
    assert holders("Gia đình mong muốn Công an huyện Tân Lạc điều tra nghiêm minh vụ việc.") == [
        ("Công an huyện Tân Lạc", "điều tra nghiêm minh vụ việc")
    ]
    assert names("Bộ trưởng mong muốn, lực lượng Công an nhân dân tiếp tục làm tốt chức năng tham mưu.") == [
        "tiếp tục làm tốt chức năng tham mưu"
    ]
    assert names("Đa số công nhân đều mong muốn công ty hoạt động ổn định trở lại.") == []


def test_task_follows_the_modal_after_the_occasion():
    assert names(
        "Bộ trưởng yêu cầu Công an các đơn vị trong tổ chức sơ kết công tác 6 tháng phải đánh giá đúng thực trạng "
        "tình hình, làm rõ những thành tích đã đạt được."
    ) == ["đánh giá đúng thực trạng tình hình", "làm rõ những thành tích đã đạt được"]


def test_nested_task_of_a_long_list_of_units_is_theirs():
    assert holders(
        "UBND tỉnh kiến nghị Thủ tướng chỉ đạo Bộ Công an, các cơ quan chức năng, phối hợp với Công an tỉnh "
        "Hòa Bình để điều tra, truy cứu trách nhiệm hình sự đối với đơn vị làm ăn gian dối."
    ) == [("Bộ Công an", "điều tra, truy cứu trách nhiệm hình sự đối với đơn vị làm ăn gian dối")]
    # a short unit asked in turn stays part of the task
    assert names("UBND tỉnh đề nghị UBND huyện Tân Lạc chỉ đạo cơ quan chức năng làm rõ vụ tai nạn trên.") == [
        "chỉ đạo cơ quan chức năng làm rõ vụ tai nạn trên"
    ]


def test_glued_next_sentence_holds_no_more_items():
    assert names(
        "Các giáo viên mong muốn các cơ quan chức năng sớm kết luận và xử lý nghiêm túc Ngày 21 bà Lê Thị Hoa "
        "nhận kỷ luật với lý do: vi phạm nghĩa vụ; không hoàn thành nhiệm vụ quản lý điều hành."
    ) == ["sớm kết luận", "xử lý nghiêm túc"]


def test_question_put_to_a_named_official_and_a_district_that_must_act():
    assert names("Ông đề nghị ông Lê Văn Tám, Phó Giám đốc Công an tỉnh, phân tích nguyên nhân do đâu?") == [
        "phân tích nguyên nhân do đâu"
    ]
    assert names("Vậy ai đã chỉ đạo bán đất rừng và nhận tiền tỷ?") == []
    assert holders(
        "“Có diện tích đền bù lớn, quận 5 cần làm tốt công tác tuyên truyền, vận động người dân; đồng thời, tổ "
        "chức tốt công tác tái định cư cho người dân” - ông Tám nhấn mạnh."
    ) == [
        (None, "làm tốt công tác tuyên truyền, vận động người dân"),
        (None, "tổ chức tốt công tác tái định cư cho người dân"),
    ]
    assert names("Ở tỉnh này, người dân phải đi xa để khám bệnh.") == []


def test_examples_announced_by_nhu_are_no_part_of_the_task():
    assert names(
        "Chủ tịch UBND quận kiến nghị thành phố tăng cường phân cấp cho quận một số nội dung, như: thu hồi đất."
    ) == ["tăng cường phân cấp cho quận một số nội dung"]


def test_clause_before_its_subject_after_a_long_object():
    assert names(
        "UBND tỉnh yêu cầu Sở Giáo dục báo cáo vụ việc. Nhắc nhở Giám đốc Sở Giáo dục - Đào tạo, Chủ tịch "
        "UBND tỉnh nêu rõ: nhà trường đã bưng bít thông tin."
    ) == ["báo cáo vụ việc"]


def test_activities_listed_as_the_topic_stay_one_task_and_manner_before_a_bare_asking_verb():
    assert names(
        "Thủ tướng giao Bộ Nông nghiệp chủ trì, kiểm tra làm rõ các vấn đề liên quan đến hoạt động đóng mới, "
        "nâng cấp, đăng kiểm tàu cá; kịp thời đề xuất xử lý nghiêm sai phạm."
    ) == [
        "chủ trì, kiểm tra làm rõ các vấn đề liên quan đến hoạt động đóng mới, nâng cấp, đăng kiểm tàu cá",
        "kịp thời đề xuất xử lý nghiêm sai phạm",
    ]
    assert names("UBND tỉnh yêu cầu Sở Y tế báo cáo các vấn đề liên quan đến vụ việc, kiểm điểm trách nhiệm các cá nhân.") == [
        "báo cáo các vấn đề liên quan đến vụ việc",
        "kiểm điểm trách nhiệm các cá nhân",
    ]


def test_the_means_ends_a_task():
    assert names(
        "Phó Chủ tịch đề nghị các địa phương đẩy mạnh phong trào chăm sóc người có công thông qua các hoạt động "
        "thăm hỏi, hỗ trợ cuộc sống."
    ) == ["đẩy mạnh phong trào chăm sóc người có công"]


def test_plan_of_a_unit_named_by_kind():
    assert holders("Theo đó, tổ công tác sẽ tiến hành thẩm định, đánh giá chất lượng vỏ tàu.") == [
        (None, "thẩm định, đánh giá chất lượng vỏ tàu")
    ]
    # a unit that says it will act is no part of the unit's name
    assert holders("Công an tỉnh khẳng định sẽ làm rõ động cơ việc tung hình ảnh giả.") == [
        ("Công an tỉnh Hòa Bình", "làm rõ động cơ việc tung hình ảnh giả")
    ]


def test_duties_failed_listed_as_shortcomings_are_no_tasks():
    assert names(
        "Bí thư nhắc nhở quận: một số nhiệm vụ không đạt yêu cầu như kết nạp đảng viên ở khu dân cư, "
        "di dời, giải tỏa trong các dự án."
    ) == []


def test_what_to_take_care_of_and_teachers_asked_by_kind():
    assert names("Giám đốc Sở Lê Văn Tám đặc biệt lưu ý việc phổ biến quy chế thi đến từng học sinh, đừng để các em "
                 "trượt oan.") == ["phổ biến quy chế thi đến từng học sinh"]
    assert holders("Vì vậy, các thầy, cô giáo cần nhắc nhở thí sinh thật kỹ, đừng để các em bị trượt oan.") == [
        (None, "nhắc nhở thí sinh thật kỹ")
    ]
    assert names("Người dân cần lưu ý rằng các đối tượng thường giả danh công an.") == []


def test_speaker_named_after_the_task_is_no_part_of_it():
    assert names(
        "Nếu các cấp không giải quyết thì chính cơ quan ấy sẽ phải chịu trách nhiệm giải trình trước Chính phủ, "
        "Bộ trưởng Lê Văn Tám nhấn mạnh."
    ) == ["giải trình trước Chính phủ"]


def test_yes_no_question_and_a_verb_used_as_a_noun_are_no_tasks():
    assert names("Thanh tra tỉnh sẽ làm rõ UBND xã triển khai kết luận có đúng không.") == []
    assert names("Thanh tra tỉnh sẽ làm rõ xem việc chuyển đổi đất đúng hay không.") == [
        "làm rõ xem việc chuyển đổi đất đúng hay không"
    ]
    assert "giám sát này" not in names("Ông Tám cho biết đơn vị tư vấn chịu trách nhiệm việc giám sát này.")


def test_working_group_asked_and_a_written_account():
    assert names("Ban chỉ huy Đội đã yêu cầu tổ công tác đưa cụ bà về trụ sở để tìm người thân.") == [
        "đưa cụ bà về trụ sở để tìm người thân"
    ]
    assert names("Hai giám thị sau đó đã bị yêu cầu viết tường trình, kiểm điểm về vụ việc.") == [
        "viết tường trình, kiểm điểm về vụ việc"
    ]


def test_partner_named_with_lien_quan_makes_no_topic():
    assert names(
        "Thủ tướng yêu cầu Bộ Nông nghiệp chủ trì, phối hợp với các bộ, ngành liên quan xem xét, đánh giá tình trạng "
        "sạt lở, nghiên cứu, lập phương án sử dụng nguồn cát nạo vét."
    ) == [
        # (partners named by kind are the manner of the task and stay in its words, as our gold keeps them)
        "chủ trì, phối hợp với các bộ, ngành liên quan xem xét, đánh giá tình trạng sạt lở",
        "nghiên cứu, lập phương án sử dụng nguồn cát nạo vét",
    ]


@pytest.mark.parametrize(
    "body",
    [
        # accounts opened in a fraud ring, offenders asked by offenders
        "Tháng 7/2015, Giang yêu cầu Trang về Tân Lạc mở 4 tài khoản ngân hàng để nhận tiền.",
        "Để qua mặt cơ quan chức năng, Lẻng chỉ đạo các đối tượng ở Tân Lạc thuê người làm giấy tờ giả.",
        # a sub-heading glued to the next sentence
        "Bộ Công an sẽ xem xét vụ việc. Khởi tố, bắt giam một bác sĩ Như đã thông tin, chiều ngày 22/6, Công an "
        "tỉnh đã ra quyết định khởi tố bị can và thực hiện lệnh bắt tạm giam 3 đối tượng.",
    ],
)
def test_no_task_from_a_fraud_ring_or_a_glued_heading(body: str):
    assert "thực hiện lệnh bắt tạm giam 3 đối tượng" not in names(body)
    assert not [n for n in names(body) if "tài khoản" in n or "giấy tờ giả" in n or n.startswith("Khởi tố")]


def test_accounts_a_bank_is_to_freeze_are_a_task():
    assert names("Công an tỉnh yêu cầu các ngân hàng phong tỏa tài khoản của các đối tượng.") == [
        "phong tỏa tài khoản của các đối tượng"
    ]


def test_operating_is_no_topic():
    assert names(
        "Phó Viện trưởng đề nghị đơn vị chuẩn bị tốt các điều kiện để Viện khu vực đi vào hoạt động ổn định, không "
        "để gián đoạn công tác kiểm sát hoạt động tư pháp."
    ) == [
        "chuẩn bị tốt các điều kiện để Viện khu vực đi vào hoạt động ổn định",
        "không để gián đoạn công tác kiểm sát hoạt động tư pháp",
    ]


def test_the_purpose_of_an_effort_is_the_task():
    assert names("Công an huyện Sông Mây cần nỗ lực hơn nữa để kéo giảm tai nạn giao thông.") == [
        "kéo giảm tai nạn giao thông"
    ]
    # the unit named by kind with its own place: 'lực lượng công an của huyện'
    assert names(
        "Lực lượng công an của huyện cần phải nỗ lực nhiều hơn để kéo giảm số vụ trộm cắp tài sản, cướp giật."
    ) == ["kéo giảm số vụ trộm cắp tài sản, cướp giật"]


def test_posts_counted_in_places_are_the_ones_asked():
    assert names("Ông Lê Văn Tám yêu cầu trưởng 40 điểm thi phải rà soát thật kỹ danh sách thí sinh.") == [
        "rà soát thật kỹ danh sách thí sinh"
    ]


def test_carrying_out_is_dropped_before_the_verb():
    assert names("Theo đó, tổ công tác sẽ tiến hành thẩm định, đánh giá để xác định rõ chất lượng vỏ tàu.") == [
        "thẩm định, đánh giá để xác định rõ chất lượng vỏ tàu"
    ]
    # a noun after it keeps it: the carrying out is the verb
    assert names("Ông Lê Văn Tám yêu cầu Công an huyện tiến hành các biện pháp nghiệp vụ.") == [
        "tiến hành các biện pháp nghiệp vụ"
    ]


def test_a_purpose_that_only_conforms_ends_the_task():
    assert names("Công ty TNHH Minh Long đồng ý chịu chi phí cải hoán tàu cho phù hợp với điều kiện đánh bắt.") == [
        "chịu chi phí cải hoán tàu"
    ]
    assert names(
        "Ông Lê Văn Tám đề nghị Sở Nội vụ sửa đổi những văn bản do tỉnh ban hành để thống nhất, phù hợp với "
        "quy định chung; thực hiện việc tinh giản biên chế."
    ) == ["sửa đổi những văn bản do tỉnh ban hành", "thực hiện việc tinh giản biên chế"]


def test_two_cases_sharing_one_verb_are_two_tasks():
    assert names(
        "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Y tế báo cáo rõ vụ nhân viên y tế đánh bệnh nhân và xe cứu "
        "thương gây tai nạn cho người đi đường."
    ) == [
        "báo cáo rõ vụ nhân viên y tế đánh bệnh nhân",
        "báo cáo rõ vụ xe cứu thương gây tai nạn cho người đi đường",
    ]
    # one case's words ('trộm cắp và tiêu thụ'), a reason and people after 'và' list no second case
    assert names("Ông Lê Văn Tám yêu cầu Công an huyện làm rõ vụ trộm cắp và tiêu thụ tài sản.") == [
        "làm rõ vụ trộm cắp và tiêu thụ tài sản"
    ]
    assert names(
        "Ông Lê Văn Tám chỉ đạo Công an huyện xác minh làm rõ vụ việc vì ảnh hưởng đến hình ảnh và môi trường "
        "du lịch của địa phương."
    ) == ["xác minh làm rõ vụ việc"]  # (the reason after 'vì' is cut: no gold task name carries one)


def test_offenders_handed_over_to_a_unit_leave_it_a_task():
    # the offenders are what is handed over; they ask nothing
    assert names(
        "Đồn Biên phòng Cửa Lở đã bàn giao đối tượng cùng tang vật cho Công an huyện Vân Khê xử lý theo thẩm quyền."
    ) == ["xử lý theo thẩm quyền"]
    # money passed on after another action is no case handed over
    assert names("Kẻ trung gian chuyển lòng vòng rồi rút tiền đưa cho cán bộ trạm kiểm tra sử dụng.") == []


def test_units_named_by_kind_open_a_clause_after_a_conjunction_or_a_reporting_verb():
    assert names(
        "Ông Lê Văn Tám nói nông dân phải được tập huấn kỹ và cơ quan chức năng phải tăng cường kiểm tra, giám sát."
    ) == ["tăng cường kiểm tra, giám sát"]
    # 'chứ không …' (rather than) ends the task
    assert names("Giấy phép do từng tỉnh cấp nên tỉnh cần tổ chức đấu thầu chứ không phải đấu thầu cả nước.") == [
        "tổ chức đấu thầu"
    ]
    assert names("Bộ trưởng Lê Văn Tám nói ngành y tế cần dốc toàn lực cấp cứu các bệnh nhân còn lại.") == [
        "dốc toàn lực cấp cứu các bệnh nhân còn lại"
    ]


def test_the_side_asked_and_a_family_handed_a_body():
    assert names("Ông Lê Văn Tám đề nghị phía ngân hàng rút ra bài học kinh nghiệm về công tác bảo vệ.") == [
        "rút ra bài học kinh nghiệm về công tác bảo vệ"
    ]
    assert names("Thi thể sau đó được bàn giao cho phía gia đình làm thủ tục mai táng theo phong tục.") == []


def test_the_investigating_police_asked_is_read_whole():
    assert names(
        "Phòng Cảnh sát giao thông đã bàn giao đối tượng Lê Thị Hoa cho Cơ quan cảnh sát điều tra (Công an "
        "thành phố Vân Khê) để tiếp tục điều tra, làm rõ."
    ) == ["tiếp tục điều tra, làm rõ"]


def test_the_next_step_after_a_list_of_shortcomings_is_a_task_of_its_own():
    assert names(
        "Bộ trưởng Lê Văn Tám yêu cầu các đơn vị phải làm rõ trách nhiệm đối với những khuyết điểm, tồn tại, "
        "hạn chế, từ đó có giải pháp khắc phục."
    ) == ["làm rõ trách nhiệm đối với những khuyết điểm, tồn tại, hạn chế", "có giải pháp khắc phục"]
    assert names("Lãnh đạo Bộ yêu cầu phải tổ chức lại sản xuất, rà soát, điều chỉnh lại quy hoạch.") == [
        "tổ chức lại sản xuất", "rà soát, điều chỉnh lại quy hoạch"
    ]
    # the other half of a yes-no question is no task
    assert names(
        "Ông Lê Văn Tám đề nghị Bộ Văn hóa tổng hợp ý kiến để xem xét quy hoạch có cần bổ sung, điều chỉnh hay không."
    ) == ["tổng hợp ý kiến để xem xét quy hoạch có cần bổ sung"]


def test_a_task_ends_before_the_least_to_reach_and_accountability_is_no_task():
    assert names(
        "Do vậy, lực lượng công an của huyện cần phải nỗ lực nhiều hơn để kéo giảm số vụ tai nạn giao thông, "
        "ít nhất cũng phải bằng mức kéo giảm của tỉnh."
    ) == ["kéo giảm số vụ tai nạn giao thông"]
    assert names("Ông Lê Văn Tám cho rằng chính quyền xã phải chịu trách nhiệm trong việc buông lỏng quản lý.") == []
    assert names("Theo ông Tám, đơn vị chủ quản phải kiểm tra sức khỏe lái xe và chịu trách nhiệm về việc này.") == [
        "kiểm tra sức khỏe lái xe"
    ]
    # a function held is a task
    assert names("Trung tâm Đăng kiểm Vân Khê chịu trách nhiệm trong việc kiểm tra an toàn kỹ thuật con tàu.") == [
        "kiểm tra an toàn kỹ thuật con tàu"
    ]


def test_handing_over_is_a_task_of_its_own():
    assert names("Ông Lê Văn Tám yêu cầu Công ty Minh Long khẩn trương đóng cửa mỏ, bàn giao khu vực mỏ.") == [
        "khẩn trương đóng cửa mỏ", "bàn giao khu vực mỏ"
    ]


def test_a_verb_over_a_list_of_activities_gives_one_task_per_activity():
    assert names(
        "Thanh tra tỉnh sẽ làm rõ việc thực hiện quy hoạch sử dụng đất, chế độ chính sách, kê khai tài sản… "
        "của ông Lê Văn Tám."
    ) == [
        "làm rõ việc thực hiện quy hoạch sử dụng đất",
        "làm rõ việc thực hiện chế độ chính sách",
        "làm rõ việc thực hiện kê khai tài sản",
    ]
    # long items are no list of activities
    assert names(
        "Thanh tra tỉnh sẽ làm rõ việc thực hiện các quy định của pháp luật về quản lý đất đai ở địa phương, "
        "chủ trương, chính sách."
    ) == ["làm rõ việc thực hiện các quy định của pháp luật về quản lý đất đai ở địa phương, chủ trương, chính sách"]


def test_an_indictment_proposed_is_no_task():
    assert names(
        "Cơ quan CSĐT Công an tỉnh Vân Khê vừa kết thúc điều tra, chuyển hồ sơ sang Viện KSND cùng cấp đề nghị "
        "truy tố Lê Thị Hoa (33 tuổi) về tội lừa đảo chiếm đoạt tài sản."
    ) == []


def test_on_duty_lists_no_functions_and_criminal_liability_is_no_task():
    assert names(
        "Thuốc chỉ được cấp miễn phí cho người phơi nhiễm khi đang làm nhiệm vụ như cán bộ y tế, lực lượng vũ trang, "
        "tổ công tác cai nghiện."
    ) == []
    assert names("Ông Lê Văn Tám cho biết công ty phải chịu trách nhiệm hình sự về tội vô ý làm chết người.") == []


def test_a_long_task_is_named_by_its_first_part_up_to_a_comma():
    long_tail = ", ".join(f"thiết bị loại {w}" for w in ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám"))
    found = names(
        "Theo đó, tổ công tác sẽ thẩm định, đánh giá để xác định rõ chất lượng, nguồn gốc sản phẩm, tính năng hoạt "
        f"động của vỏ tàu, máy thủy trên tàu, {long_tail} so với hợp đồng đã ký kết giữa ngư dân và cơ sở đóng tàu."
    )
    assert len(found) == 1 and found[0].startswith("thẩm định, đánh giá để xác định rõ chất lượng")
    assert len(found[0].split()) <= 45


def test_units_asked_including_others_located_in_the_province():
    assert names(
        "Ngân hàng Nhà nước chi nhánh tỉnh yêu cầu các tổ chức tín dụng, kể cả chi nhánh ngân hàng nước ngoài "
        "đóng trên địa bàn tỉnh cần thực hiện nghiêm túc quy định này."
    ) == ["thực hiện nghiêm túc quy định này"]


def test_what_a_task_is_not_to_cause_ends_it():
    assert names(
        "Bệnh viện Vân Khê được đề nghị khẩn trương hỗ trợ khoa Thận nhân tạo nhanh chóng ổn định để không gián "
        "đoạn quá trình lọc máu của bệnh nhân."
    ) == ["khẩn trương hỗ trợ khoa Thận nhân tạo nhanh chóng ổn định"]


def test_units_asked_by_a_committee_or_in_a_long_list_of_names():
    assert names("Ủy ban yêu cầu Bộ Công an siết chặt các biện pháp kéo giảm tai nạn.") == [
        "siết chặt các biện pháp kéo giảm tai nạn"
    ]
    assert names("Công an tỉnh đã chỉ đạo các phòng ban làm rõ vụ việc.") == ["làm rõ vụ việc"]
    assert names(
        "UBND tỉnh Vân Khê vừa có công văn chỉ đạo Công an tỉnh Vân Khê, Sở Văn hóa - Thể thao và Du lịch, "
        "Sở Công Thương và UBND các huyện, TP tăng cường kiểm tra, xử lý dứt điểm nạn cò du lịch."
    ) == ["tăng cường kiểm tra, xử lý dứt điểm nạn cò du lịch"]
    assert names("Năm 2013, Thủ tướng đã yêu cầu Tổng công ty Minh Long phải thoái vốn khỏi Công ty Hải Hà.") == [
        "thoái vốn khỏi Công ty Hải Hà"
    ]


def test_the_official_just_named_asks_and_what_units_must_not_do_is_a_task():
    assert names("Ông này đề nghị Bộ Văn hóa rà soát lại quy hoạch khu du lịch.") == ["rà soát lại quy hoạch khu du lịch"]
    assert names("Chính phủ sau đó chỉ đạo các địa phương không được nhận ô tô do doanh nghiệp tặng.") == [
        "không được nhận ô tô do doanh nghiệp tặng"
    ]
    # a request denied is no prohibition
    assert names("Hồ sơ đề nghị cấp phép của công ty không được chấp nhận.") == []
    # demands in a vice story are no task
    assert names("Ngày 3/6, anh liên hệ với tú bà này yêu cầu cung cấp người phục vụ.") == []


def test_a_person_identified_in_brackets_handed_over_to_a_unit():
    assert names(
        "Ngày 10/5, Đồn biên phòng Cửa Lở cho biết đã bàn giao Lê Thị Hoa (45 tuổi, trú phường Hải Hà) cùng tang "
        "vật 1,17 kg ma túy cho Công an tỉnh Vân Khê tiếp tục làm rõ."
    ) == ["tiếp tục làm rõ"]


def test_units_by_kind_with_an_adverb_or_a_lead_in_before_the_modal():
    assert names("Ông Lê Văn Tám cho rằng, cơ quan chức năng cũng cần tăng cường kiểm tra.") == ["tăng cường kiểm tra"]
    assert names("Trước hết cơ quan chức năng phải làm rõ thiệt hại của chị Hoa.") == ["làm rõ thiệt hại của chị Hoa"]
    # the public is advised, not charged
    assert names("Người dân cũng cần cảnh giác với các cuộc gọi lạ.") == []


def test_units_listed_after_a_colon_by_their_own_words():
    assert names(
        "Thủ tướng yêu cầu Bộ trưởng các Bộ: Công Thương, Quốc phòng, Công an và Chủ tịch UBND các tỉnh xây dựng "
        "kế hoạch triển khai chỉ thị này."
    ) == ["xây dựng kế hoạch triển khai chỉ thị này"]


def test_an_inquiry_a_named_unit_is_at_but_not_a_state():
    assert names("Công an huyện Vân Khê đang phối hợp với Công an huyện Lâm Sơn điều tra làm rõ vụ việc.") == [
        "điều tra làm rõ vụ việc"
    ]
    # holding suspects or being on duty tells a state, not a task
    assert names("Công an huyện Vân Khê đang tạm giữ hai đối tượng Lê Văn Tám và Đỗ Văn Khang.") == []


def test_an_amount_put_another_way_ends_the_task():
    assert names(
        "Công an tỉnh Vân Khê đang điều tra vụ mất trộm 3 tấn dây cáp đồng, tương đương khoảng 900 triệu đồng."
    ) == ["điều tra vụ mất trộm 3 tấn dây cáp đồng"]


def test_a_unit_holding_suspects_for_an_inquiry_holds_the_inquiry():
    facts = extract(
        HEAD + "Công an huyện Vân Khê đang tạm giữ hình sự Lê Văn Tám (sinh năm 1990, ngụ xã Hồng Phong) để "
        "điều tra, xử lý hành vi đánh bạc và tổ chức đánh bạc.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["điều tra, xử lý hành vi đánh bạc và tổ chức đánh bạc"]
    assert facts.tasks[0].holder == "Công an huyện Vân Khê"
    # a purpose that is no inquiry is no task of the unit's
    assert names("Công an huyện Vân Khê tạm giữ chiếc xe máy để chờ chủ xe đến nhận.") == []


def test_a_unit_prosecuting_a_case_for_an_inquiry_holds_the_inquiry():
    facts = extract(
        HEAD + "Ngày 5/4, Công an huyện Vân Khê đã ra quyết định khởi tố vụ án để điều tra hành vi trộm cắp tài sản.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["điều tra hành vi trộm cắp tài sản"]
    assert facts.tasks[0].holder == "Công an huyện Vân Khê"
    assert names("Cơ quan CSĐT Công an tỉnh Vân Khê đã khởi tố bị can Lê Văn Tám để điều tra tội cướp tài sản.") == [
        "điều tra tội cướp tài sản"
    ]
    # a prosecution denied, or only judged needed, is no inquiry under way
    assert names("Do không đủ cơ sở, công an cũng không khởi tố vụ án để điều tra.") == []
    assert names("Hội Y học cho rằng việc công an khởi tố vụ án là cần thiết, để làm rõ trách nhiệm các cá nhân.") == []
    assert names(
        "Hội Y học cho rằng việc Công an tỉnh Vân Khê khởi tố vụ án là cần thiết để làm rõ trách nhiệm các cá nhân."
    ) == []


def test_a_team_set_up_or_the_scene_re_enacted_for_an_inquiry_gives_the_unit_the_inquiry():
    facts = extract(
        HEAD + "Cục Hàng hải Vân Khê đã thành lập tổ điều tra tai nạn để điều tra nguyên nhân vụ chìm tàu.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra nguyên nhân vụ chìm tàu", "Cục Hàng hải Vân Khê")]
    assert names("Công an huyện Vân Khê đã thực nghiệm lại hiện trường để làm rõ nguyên nhân vụ tai nạn.") == [
        "làm rõ nguyên nhân vụ tai nạn"
    ]


def test_suspects_held_by_a_unit_told_in_the_passive_give_no_task():
    # (the story is about those held: the unit's inquiry is its background)
    assert names("Ba đối tượng bị Công an huyện Vân Khê, tỉnh Hòa Bình Xanh tạm giữ để điều tra hành vi đánh bạc.") == []
    assert names("Trong 12 bị can bị Công an tỉnh Vân Khê khởi tố để điều tra hành vi mua bán ma túy, có 3 phụ nữ.") == []


def test_steps_one_after_another_are_tasks_of_their_own():
    assert names(
        "UBND tỉnh yêu cầu Công ty Sông Lam thống kê thiết bị hư hỏng, lập biên bản rồi tiến hành sửa chữa như mới."
    ) == ["thống kê thiết bị hư hỏng", "lập biên bản", "tiến hành sửa chữa như mới"]


def test_a_measure_ordered_to_serve_an_inquiry_is_no_task():
    assert names(
        "Sở Giao thông vận tải tỉnh đã yêu cầu thu hồi phù hiệu nhà xe Sông Lam để phục vụ công tác điều tra."
    ) == []
    # units asked to act for the inquiry still hold a task
    assert names(
        "Do đó, cơ quan tố tụng cần xem xét cho ông Tám được tại ngoại để phục vụ công tác điều tra."
    ) != []


def test_giao_inside_a_ministry_name_asks_no_one():
    assert names(
        "Trong phiên họp, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Đỗ Minh Khang đã báo cáo, cung cấp thêm "
        "thông tin, làm rõ một số vấn đề đại biểu nêu."
    ) == []


def test_investigators_waiting_for_findings_hold_what_they_are_for():
    assert names(
        "Đại tá Lê Văn Tám cho biết, cơ quan điều tra đang chờ kết luận giám định để xác định nguyên nhân vụ cháy."
    ) == ["xác định nguyên nhân vụ cháy"]
    # waiting for results to go to work is no inquiry
    assert names("Lê Văn Tám đang chờ kết quả xét tuyển để đi làm.") == []


def test_setting_ones_own_work_right_is_a_whole_task():
    assert names(
        "Thứ trưởng Lê Văn Tám yêu cầu Ngân hàng Sông Lam cần tự chấn chỉnh và xem xét tại sao các khoản vay "
        "lại tập trung tại chi nhánh của mình."
    ) == ["tự chấn chỉnh", "xem xét tại sao các khoản vay lại tập trung tại chi nhánh của mình"]


def test_firms_that_must_pay_and_a_unit_hurrying_somewhere():
    assert names("Thời gian tàu nằm bờ, hai doanh nghiệp phải bồi thường thiệt hại cho ngư dân.") == [
        "bồi thường thiệt hại cho ngư dân"
    ]
    # hurrying to a province names no inquiry
    assert names("Công an tỉnh Vân Khê đang khẩn trương vào Bình Sơn.") == []


def test_directly_before_the_verb_and_who_leads_in_a_profile():
    assert names("Sở Công Thương và Cục Cạnh tranh sẽ trực tiếp thụ lý đơn của người tham gia.") == [
        "trực tiếp thụ lý đơn của người tham gia"
    ]
    assert names("Ông Lê Văn Tám là người chỉ đạo trực tiếp xây dựng phần mềm Ví Xanh.") == []


def test_a_photo_credit_running_into_a_sentence_does_not_hold_its_task():
    # 'Ảnh: X/TTXVN' names the news agency, which is never what the next sentence is about.
    tasks = extract(
        HEAD + "Sở Y tế tỉnh Hà Nam họp về dịch sốt. Ảnh: Lê Hoa/TTXVN Tại cuộc họp, lãnh đạo sở "
        "yêu cầu tăng cường kiểm tra các cơ sở y tế tư nhân.",
        "tasks-test.txt",
    ).tasks
    assert [(t.name, t.holder) for t in tasks] == [
        ("tăng cường kiểm tra các cơ sở y tế tư nhân", "Sở Y tế tỉnh Hà Nam")
    ]


def test_striving_applying_and_accounting_verbs_and_a_thereby_item():
    # 'qua đó' (thereby) opens the next item of a list of tasks, like 'từ đó'.
    assert names(
        "Giám đốc Công an tỉnh yêu cầu các chiến sĩ mới cần vận dụng tốt kiến thức đã học vào công tác, "
        "không ngừng rèn luyện bản lĩnh, qua đó phấn đấu gắn bó lâu dài với ngành."
    ) == [
        "vận dụng tốt kiến thức đã học vào công tác",
        "không ngừng rèn luyện bản lĩnh",
        "phấn đấu gắn bó lâu dài với ngành",
    ]
    assert names("Sở Y tế yêu cầu Trung tâm Y tế huyện Hòa Lâm tường trình vụ việc.") == ["tường trình vụ việc"]


def test_inquiry_under_way_by_a_unit_whose_place_or_partner_follows_its_name():
    # the province after a comma, the unit's place in brackets, two units joined by 'và', 'vào cuộc'
    assert names("Công an huyện Mỹ Lâm, Hòa Bình Xanh đang điều tra làm rõ nguyên nhân vụ cháy kho gỗ.") == [
        "điều tra làm rõ nguyên nhân vụ cháy kho gỗ"
    ]
    assert names(
        "Công an huyện Mỹ Lâm (Hòa Bình Xanh) vẫn đang phối hợp với cơ quan chức năng điều tra vụ trộm cây cảnh."
    ) == ["phối hợp với cơ quan chức năng điều tra vụ trộm cây cảnh"]  # (a partner named by kind stays)
    assert names("Công an huyện Mỹ Lâm, Hòa Bình Xanh đang khẩn trương vào cuộc, truy tìm kẻ trộm két sắt.") == [
        "khẩn trương vào cuộc",
        "truy tìm kẻ trộm két sắt",
    ]


def test_an_inquiry_under_way_by_units_named_by_kind_or_left_unnamed_is_no_task():
    # (units named by kind hold it, as the newer gold reads it; left unnamed, no one does)
    assert names("Hiện, cơ quan chức năng đang điều tra, làm rõ nguyên nhân vụ cháy kho gỗ.") == [
        "điều tra, làm rõ nguyên nhân vụ cháy kho gỗ"
    ]
    # (the speaker's post names the unit whose inquiry it is)
    assert names("Đại tá Lê Văn Tám, Trưởng Công an huyện Mỹ Lâm cho biết, đang xác minh vụ trộm cây cảnh.") == [
        "xác minh vụ trộm cây cảnh"
    ]
    assert names("Người dân đang tìm hiểu nguyên nhân vụ cháy kho gỗ.") == []


def test_a_case_between_two_parties_is_one_case():
    found = names("Công an huyện Mỹ Lâm sẽ xác minh vụ ẩu đả giữa nhóm thanh niên địa phương và một du khách nước ngoài.")
    assert found == ["xác minh vụ ẩu đả giữa nhóm thanh niên địa phương và một du khách nước ngoài"]


def test_stating_hiring_suing_and_taking_down_verbs_open_tasks():
    assert names("Bộ Nông nghiệp đã giao Tổng cục Thủy lợi phải nêu rõ trách nhiệm của các cá nhân liên quan.") == [
        "nêu rõ trách nhiệm của các cá nhân liên quan"
    ]
    assert names("Sở Tài chính đề nghị phía Ngân hàng Phú Lâm thuê kiểm toán độc lập, đánh giá lại giá trị tài sản.") == [
        "thuê kiểm toán độc lập",
        "đánh giá lại giá trị tài sản",
    ]
    assert names("UBND xã Mỹ Lâm đề nghị các cơ quan báo chí gỡ bỏ, đính chính nội dung sai sự thật.") == [
        "gỡ bỏ, đính chính nội dung sai sự thật"
    ]


def test_a_sentence_glued_on_after_a_heading_ends_the_task():
    # a capitalised 'Ông' with a name and a comma opens the next sentence; a place with 'Bà' does not
    assert names(
        "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu khởi kiện công ty xây dựng Phú Lâm Ông Trần Văn Bảy, Giám đốc Sở Xây dựng, "
        "thông báo kết quả kiểm tra."
    ) == ["khởi kiện công ty xây dựng Phú Lâm"]
    assert names(
        "UBND phường Mỹ Lâm đã chỉ đạo Công an phường phối hợp với Công an quận Hai Bà Trưng xác minh vụ trộm cây cảnh."
    ) == ["xác minh vụ trộm cây cảnh"]


def test_offenders_handed_over_in_the_passive_or_with_their_exhibits_leave_the_task_to_the_unit():
    assert names("Hiện cả hai đối tượng đã được bàn giao cho Công an huyện Mỹ Lâm tiếp tục điều tra, xử lý.") == [
        "tiếp tục điều tra, xử lý"
    ]
    assert names(
        "Tổ công tác đang bàn giao hai đối tượng, cùng tang vật cho Công an xã Phú Lâm để xác minh làm rõ hành vi "
        "trộm cắp tài sản."
    ) == ["xác minh làm rõ hành vi trộm cắp tài sản"]


def test_having_led_an_inspection_and_clearing_up_is_a_task():
    assert names(
        "Thiếu tướng Lê Văn Tám, Cục trưởng Cục Hậu cần, cho biết đã chỉ đạo thanh tra, làm rõ trách nhiệm của "
        "Công ty Phú Lâm."
    ) == ["thanh tra, làm rõ trách nhiệm của Công ty Phú Lâm"]
    # a proposal's kind before a comma still names no task
    assert names("Chúng ta vừa đề xuất bổ sung, kể cả việc rà soát quy hoạch đó.") == []


def test_the_reason_a_task_is_done_is_no_part_of_it():
    assert names("Công an huyện Mỹ Lâm sẽ củng cố hồ sơ xử lý nhóm người liên quan vì đã giữ người trái phép.") == [
        "củng cố hồ sơ xử lý nhóm người liên quan"
    ]
    assert names("UBND tỉnh yêu cầu Sở Nội vụ làm rõ vì sao hồ sơ bị chậm.") == ["làm rõ vì sao hồ sơ bị chậm"]


def test_a_unit_asked_whose_name_runs_four_lower_case_words_before_its_place():
    assert names(
        "Cảng vụ Phú Lâm đề nghị Đồn Công an sân bay quốc tế Mỹ Lâm tiếp tục điều tra, xử lý hành vi vi phạm."
    ) == ["tiếp tục điều tra, xử lý hành vi vi phạm"]
    # a run of lower-case words that no capital follows is no name ('một số vấn đề')
    assert names("Ông Lê Văn Tám đề nghị một số vấn đề cần làm rõ hơn.") == []


def test_a_body_handed_to_the_family_for_its_funeral_gives_no_task():
    assert names("Cơ quan chức năng đã bàn giao thi thể cho gia đình nạn nhân để làm lễ mai táng.") == []


def test_an_offender_handing_over_and_a_request_as_a_topic_give_no_task():
    assert names("Nhưng đối tượng Quốc vẫn bàn giao cho Trần Văn Sơn để đưa vào sử dụng cho bệnh nhân.") == []
    assert names("Tổ công tác đã bàn giao đối tượng cho Công an xã Phú Lâm để xử lý theo quy định.") == [
        "xử lý theo quy định"
    ]
    assert names("Về yêu cầu làm rõ khoản tiền góp vốn, hai đợt đầu tư đầu tiên phù hợp với quy định.") == []


def test_an_especially_serious_accident_is_one_task():
    found = names(
        "Công an huyện Bình Lộc đang điều tra làm rõ vụ tai nạn đặc biệt nghiêm trọng xảy ra trên cầu Hạ Mây "
        "làm hai người thiệt mạng."
    )
    assert found == ["điều tra làm rõ vụ tai nạn đặc biệt nghiêm trọng xảy ra trên cầu Hạ Mây làm hai người thiệt mạng"]


def test_a_persons_details_in_brackets_close_the_task():
    found = names(
        "Công an huyện Bình Lộc đang điều tra làm rõ cái chết của anh Đào Văn Kiệt (sinh năm 1980, ngụ xã Hạ Mây, "
        "huyện Bình Lộc) mà theo người nhà là do bị đánh."
    )
    assert found == ["điều tra làm rõ cái chết của anh Đào Văn Kiệt"]


def test_reports_and_recommendations_to_prosecute_name_no_task():
    found = names(
        "Cơ quan cảnh sát điều tra Công an huyện Bình Lộc vừa thông báo kết quả giải quyết tin báo về tội phạm "
        "hoặc kiến nghị khởi tố liên quan đến vụ học sinh bị ngã tại trường Hạ Mây."
    )
    assert found == []


@pytest.mark.parametrize(
    ("body", "task"),
    [
        (
            "UBND tỉnh Lam Sơn đã chỉ đạo các ngành công an, thủy sản phối hợp với chính quyền các xã tổ chức "
            "đợt tuyên truyền vận động các hộ dân.",
            "phối hợp với chính quyền các xã tổ chức đợt tuyên truyền vận động các hộ dân",  # (partner by kind)
        ),
        (
            "UBND thành phố Hạ Mây đã chỉ đạo các trường, cơ sở y tế tăng cường kiểm tra an toàn thực phẩm.",
            "tăng cường kiểm tra an toàn thực phẩm",
        ),
        (
            "Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thị xã; Giám đốc các Sở, Ngành cấp tỉnh "
            "khẩn trương thực hiện các biện pháp phòng chống dịch.",
            "khẩn trương thực hiện các biện pháp phòng chống dịch",
        ),
    ],
)
def test_units_listed_by_kind_or_posts_after_a_semicolon_are_all_asked(body: str, task: str) -> None:
    assert names(body) == [task]


def test_agreeing_to_ask_gives_the_task_of_the_unit_asked():
    facts = extract(
        HEAD + "Công ty Hạ Mây thống nhất đề nghị UBND huyện Bình Lộc hỗ trợ kinh phí di dời.", "tasks-test.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("hỗ trợ kinh phí di dời", "UBND huyện Bình Lộc")]


@pytest.mark.parametrize(
    ("body", "task"),
    [
        (
            "Sở Xây dựng tỉnh yêu cầu Công ty Hạ Mây xử lý khẩn cấp khu vực sạt lở trong thời gian 5 ngày "
            "Ông Đào Kiệt cho biết thêm.",
            "xử lý khẩn cấp khu vực sạt lở trong thời gian 5 ngày",
        ),
        (
            "UBND tỉnh Lam Sơn yêu cầu Sở Y tế đình chỉ công tác Giám đốc Trung tâm Y tế Hạ Mây, chiều 8-2, "
            "bà Đào Thị Kiều cho biết.",
            "đình chỉ công tác Giám đốc Trung tâm Y tế Hạ Mây",
        ),
        (
            "Công an huyện Bình Lộc đang làm rõ hành vi trộm cắp tài sản Tin từ Công an tỉnh Lam Sơn cho biết, "
            "đêm 7/7, Phòng Cảnh sát hình sự đã bắt giữ Đào Văn Kiệt.",
            "làm rõ hành vi trộm cắp tài sản",
        ),
    ],
)
def test_a_speech_tag_or_time_clause_glued_after_a_task_is_cut(body: str, task: str) -> None:
    assert names(body) == [task]


@pytest.mark.parametrize(
    ("body", "task"),
    [
        (
            "UBND tỉnh giao Sở Tài nguyên và Môi trường khảo sát, quy hoạch, khai thác cát sỏi trên địa bàn.",
            "khảo sát, quy hoạch, khai thác cát sỏi trên địa bàn",
        ),
        (
            "Bộ trưởng yêu cầu Cục Văn hóa Hạ Mây báo cáo về vấn đề quản lý, cấp phép các lễ hội truyền thống.",
            "báo cáo về vấn đề quản lý, cấp phép các lễ hội truyền thống",
        ),
    ],
)
def test_activities_listed_on_one_object_are_one_task(body: str, task: str) -> None:
    assert names(body) == [task]


def test_a_concession_between_the_unit_asked_and_its_task_is_skipped():
    facts = extract(
        HEAD + "Bộ trưởng đề nghị Đảng bộ Cục Hạ Mây dù trong hoàn cảnh nào cũng cần giữ vững kỷ luật, kỷ cương.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("giữ vững kỷ luật, kỷ cương", "Đảng bộ Cục Hạ Mây")]


def test_a_familys_wish_naming_no_unit_gives_no_task():
    assert names("Gia đình học sinh đã có đơn đề nghị không xử lý hình sự với tài xế Lê Văn Tám.") == []
    assert names("Gia đình nạn nhân đề nghị Công an huyện Bình Lộc làm rõ nguyên nhân vụ việc.") == [
        "làm rõ nguyên nhân vụ việc"
    ]


def test_a_case_handed_over_without_cho_goes_to_the_unit_named():
    facts = extract(
        HEAD + "Đồn Biên phòng Hạ Mây đã khởi tố vụ án và bàn giao cơ quan CSĐT Công an tỉnh Lam Sơn điều tra "
        "làm rõ.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra làm rõ", "Cơ quan CSĐT Công an tỉnh Lam Sơn")]
    assert names("UBND tỉnh đã bàn giao Bộ Quốc phòng 236 ha đất.") == []
    assert names("Trung đoàn tổ chức lễ bàn giao chiến sĩ hoàn thành khóa huấn luyện năm 2026.") == []


def test_aviation_in_the_unit_asked_is_no_denial():
    assert names(
        "Cục Hàng Mây đã có văn bản yêu cầu lực lượng an ninh hàng không thực hiện các biện pháp duy trì trật tự "
        "tại nhà ga."
    ) == ["thực hiện các biện pháp duy trì trật tự tại nhà ga"]


def test_an_ask_denied_or_made_by_a_private_person_gives_no_task():
    assert names("Ông Lê Văn Tám không yêu cầu bồi thường thiệt hại.") == []
    assert names("Khi về gần khách sạn, lái xe yêu cầu trả 600.000 đồng cước.") == []
    assert names("Một người đàn ông đề nghị sử dụng dịch vụ taxi về trung tâm.") == []


def test_activities_after_trong_are_no_new_items():
    assert names(
        "Bộ trưởng đề nghị nhân dân tiếp tục hỗ trợ, giúp đỡ lực lượng Công an trong phát hiện, xử lý các hành vi "
        "vi phạm."
    ) == ["tiếp tục hỗ trợ, giúp đỡ lực lượng Công an trong phát hiện, xử lý các hành vi vi phạm"]


def test_actions_listed_after_xem_xet_are_one_task():
    assert names(
        "Bộ Công Thương kiến nghị Thủ tướng xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng và bằng khen "
        "đã trao cho ông Lê Văn Tám."
    ) == ["xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng và bằng khen đã trao cho ông Lê Văn Tám"]


def test_fields_listed_inside_a_directive_stay_in_the_directive():
    assert names(
        "Bộ trưởng đề nghị các địa phương tập trung một số lĩnh vực như đất đai, môi trường và tài nguyên nước; "
        "đồng thời tăng cường phối hợp với Bộ trong xây dựng chính sách."
    ) == [
        "tập trung một số lĩnh vực như đất đai, môi trường và tài nguyên nước",
        "tăng cường phối hợp với Bộ trong xây dựng chính sách",
    ]


def test_a_manner_word_before_the_partner_keeps_the_listed_verbs_together():
    assert names(
        "Hiện tại, Cơ quan CSĐT Công an tỉnh Lam Sơn đang khẩn trương phối hợp với các đơn vị chức năng điều tra, "
        "xác minh làm rõ vụ án."
    ) == ["khẩn trương phối hợp với các đơn vị chức năng điều tra, xác minh làm rõ vụ án"]  # (partner by kind)
    # a named partner shares the task and is left out of its words
    assert names(
        "Hiện tại, Cơ quan CSĐT Công an tỉnh Lam Sơn đang khẩn trương phối hợp với Công an huyện Mỹ Lâm điều tra, "
        "xác minh làm rõ vụ án."
    ) == ["điều tra, xác minh làm rõ vụ án"]


def test_hien_vat_after_a_comma_opens_no_clause():
    assert names(
        "Bộ Công Thương kiến nghị Thủ tướng xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng, hiện vật và "
        "bằng khen đã trao cho ông Lê Văn Tám."
    ) == ["xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng, hiện vật và bằng khen đã trao cho ông Lê Văn Tám"]


def test_a_duty_of_a_person_identified_as_in_a_crime_story_is_no_task():
    assert names("Lê Văn Tám (SN 1984, ngụ phường Hạ Mây) có nhiệm vụ chung chi tiền cho các con bạc.") == []


def test_a_purpose_cut_off_leaves_no_trailing_de():
    assert names(
        "Phó Chủ tịch UBND tỉnh yêu cầu lập danh sách các em học sinh vi phạm để giao cho các trường theo dõi."
    ) == ["lập danh sách các em học sinh vi phạm"]


def test_a_clause_with_its_own_units_after_a_comma_is_their_task():
    assert names("Thủ tướng yêu cầu Bộ Công an làm rõ vụ việc, các địa phương phải tăng cường kiểm tra.") == [
        "làm rõ vụ việc",
        "tăng cường kiểm tra",
    ]
    assert names(
        "Những em bỏ học thì giao cho địa phương quản lý, Cơ quan công an cần sớm điều tra tìm ra nguyên nhân."
    ) == ["sớm điều tra tìm ra nguyên nhân"]


def test_a_manner_word_and_a_bare_verb_name_no_task_but_an_inquiry_carried_on_does():
    assert names("Thủ tướng đã có ý kiến chỉ đạo thì các cơ quan chức năng sẽ nghiêm túc thực hiện.") == []
    assert names("Thí sinh này đã bị đình chỉ thi và giao cho Công an TP Lam Sơn tiếp tục điều tra.") == [
        "tiếp tục điều tra"
    ]


def test_a_manner_word_between_the_asking_verb_and_the_units_asked_is_skipped():
    assert names(
        "Thủ tướng đã chỉ đạo quyết liệt các bộ, ngành, địa phương tăng cường quản lý hoạt động khai thác cát, sỏi. "
        "Đồng thời, tăng cường các biện pháp phòng ngừa, kiên quyết xử lý các trường hợp vi phạm."
    ) == [
        "tăng cường quản lý hoạt động khai thác cát, sỏi",
        "tăng cường các biện pháp phòng ngừa",
        "kiên quyết xử lý các trường hợp vi phạm",
    ]


def test_what_people_guided_are_to_do_stays_in_the_guiding_task():
    assert names(
        "Bộ trưởng yêu cầu Tổng cục Hạ Mây hướng dẫn các địa phương lập thăm dò, quy hoạch, khai thác cát sỏi; "
        "báo cáo Bộ trước ngày 30/9."
    ) == [
        "hướng dẫn các địa phương lập thăm dò, quy hoạch, khai thác cát sỏi",
        "báo cáo Bộ trước ngày 30/9",
    ]


def test_the_means_proposed_are_no_units_asked():
    assert names(
        "Bộ trưởng yêu cầu Tổng cục Hạ Mây hướng dẫn các địa phương lập quy hoạch. Phối hợp chặt chẽ với các bộ, "
        "ngành liên quan trong việc kiểm tra, giám sát hoạt động nạo vét, đề xuất các biện pháp tăng cường quản lý "
        "dự án."
    ) == [
        "hướng dẫn các địa phương lập quy hoạch",
        "Phối hợp chặt chẽ với các bộ, ngành liên quan trong việc kiểm tra, giám sát hoạt động nạo vét",
        "đề xuất các biện pháp tăng cường quản lý dự án",
    ]


def test_reporting_and_proposing_to_one_body_is_one_task():
    assert names(
        "Giám đốc Sở yêu cầu tổ công tác kiểm tra các tàu cá hư hỏng; báo cáo kết quả, đề xuất các biện pháp giải "
        "quyết cho Ban Chỉ đạo tỉnh xem xét, quyết định."
    ) == [
        "kiểm tra các tàu cá hư hỏng",
        "báo cáo kết quả, đề xuất các biện pháp giải quyết cho Ban Chỉ đạo tỉnh xem xét, quyết định",
    ]


def test_cu_the_hoa_is_a_verb_not_a_modal():
    assert names(
        "Bộ trưởng yêu cầu Bộ đội Biên phòng tỉnh Lam Sơn cụ thể hóa nghị quyết của cấp trên vào quá trình thực "
        "hiện nhiệm vụ."
    ) == ["cụ thể hóa nghị quyết của cấp trên vào quá trình thực hiện nhiệm vụ"]


def test_a_victims_wish_that_something_not_be_done_is_no_task():
    assert names("Phía bị hại trong vụ án đề nghị tòa không công khai bản án trên mạng.") == []


def test_activities_after_qua_trinh_share_their_object():
    assert names(
        "Chủ tịch UBND thành phố giao Thanh tra thành phố thanh tra toàn diện quá trình quản lý, sử dụng đất đai "
        "tại khu sân bay Hạ Mây."
    ) == ["thanh tra toàn diện quá trình quản lý, sử dụng đất đai tại khu sân bay Hạ Mây"]


def test_a_lower_case_source_tag_ends_the_task():
    assert names("Lãnh đạo Sở yêu cầu Phòng Giáo dục sắp xếp nơi học mới cho học sinh, báo Tin Mới đưa tin.") == [
        "sắp xếp nơi học mới cho học sinh"
    ]


def test_answering_for_it_all_is_no_task():
    assert names("Giám đốc Lê Văn Tám khẳng định Công ty Hạ Mây sẽ chịu hoàn toàn trách nhiệm.") == []


def test_a_contrast_glued_to_an_ellipsis_ends_the_task():
    for dots in ("…", "..."):
        assert names(f"Phòng Giáo dục yêu cầu các trường báo cáo sự việc{dots}nhưng rồi không ai xử lý.") == [
            "báo cáo sự việc"
        ]


def test_a_trailing_dong_thoi_before_the_next_ask_is_dropped():
    assert names(
        "Ban Tổ chức yêu cầu các đơn vị báo cáo về sự cố, đồng thời đề nghị Công an huyện Hạ Mây điều tra làm rõ."
    ) == ["báo cáo về sự cố", "điều tra làm rõ"]


def test_minding_what_one_does_is_the_task():
    assert names(
        "Thủ tướng yêu cầu Thông tấn xã Hạ Mây lưu ý lựa chọn cán bộ đủ năng lực làm việc tại các cơ quan thường trú."
    ) == ["lưu ý lựa chọn cán bộ đủ năng lực làm việc tại các cơ quan thường trú"]


def test_a_suspect_handed_over_with_giao_gives_the_unit_its_task():
    facts = extract(
        HEAD + "Người dân đã bắt giữ và giao Lê Văn Tám (25 tuổi) cho Công an quận 8 điều tra về hành vi cướp giật "
        "tài sản.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra về hành vi cướp giật tài sản", "Công an quận 8")]
    assert names(
        "Hội yêu cầu ngân hàng trì hoãn giao dịch, thông báo cho Cục Hạ Mây để phối hợp xử lý."
    ) == ["trì hoãn giao dịch", "thông báo cho Cục Hạ Mây để phối hợp xử lý"]


def test_an_offender_named_before_as_an_object_does_not_make_the_ask_theirs():
    assert names(
        "Phía gia đình bị hại không đồng tình với bản án đưa ra với bị cáo và đề nghị HĐXX xem xét lại tội danh."
    ) == ["xem xét lại tội danh"]
    assert names("Đối tượng yêu cầu bà Lê Thị Hoa chuyển tiền.") == []


def test_xoa_is_a_task_verb():
    assert names("Bà Lê Thị Hoa đề nghị cơ quan có thẩm quyền xóa gấp mọi clip về vụ việc.") == [
        "xóa gấp mọi clip về vụ việc"
    ]


def test_a_comma_inside_quotation_marks_lists_no_task():
    assert names(
        "Bộ trưởng yêu cầu các địa phương xóa bỏ tình trạng “người sản xuất, làm ra sản phẩm không dám ăn”."
    ) == ["xóa bỏ tình trạng “người sản xuất, làm ra sản phẩm không dám ăn"]


def test_a_trailing_condition_stays_with_the_task_but_a_new_clause_does_not():
    assert names(
        "Cục Hạ Mây đề nghị các Sở Công Thương xử lý nghiêm theo quy định nếu công ty này cố tình bán hàng đa cấp."
    ) == ["xử lý nghiêm theo quy định nếu công ty này cố tình bán hàng đa cấp"]
    assert names(
        "Giám đốc yêu cầu Công ty Hạ Mây kiểm tra lại các máy, nếu không đúng hợp đồng thì phải thay máy mới."
    )[0] == "kiểm tra lại các máy"


def test_a_quoted_directive_after_a_colon_is_still_split():
    assert names(
        "Thủ tướng yêu cầu: “Các đơn vị phải tăng cường tuần tra trên các tuyến đường, kiên quyết xử lý các vi phạm.”"
    ) == ["tăng cường tuần tra trên các tuyến đường", "kiên quyết xử lý các vi phạm"]


def test_what_is_done_on_a_basis_is_its_purpose():
    assert names(
        "Theo đó, cơ quan quản lý nhà nước sẽ căn cứ quy trình này để giám sát chặt chẽ quá trình thanh lý hợp "
        "đồng và giải quyết quyền lợi cho người tham gia."
    ) == ["giám sát chặt chẽ quá trình thanh lý hợp đồng và giải quyết quyền lợi cho người tham gia"]
    assert names("Bộ trưởng yêu cầu Sở Hạ Mây căn cứ vào kết luận thanh tra để xử lý nghiêm các sai phạm.") == [
        "xử lý nghiêm các sai phạm"
    ]


def test_a_request_form_is_a_noun_but_a_file_sent_back_with_a_request_asks():
    assert names("Công ty Hạ Mây sẽ tổ chức tiếp nhận hồ sơ yêu cầu thanh lý hợp đồng tại trụ sở chính.") == [
        "tổ chức tiếp nhận hồ sơ yêu cầu thanh lý hợp đồng tại trụ sở chính"
    ]
    assert names("Tòa án nhân dân tỉnh Lam Sơn đã trả hồ sơ yêu cầu điều tra bổ sung làm rõ số tiền 5 tỷ đồng.") == [
        "điều tra bổ sung làm rõ số tiền 5 tỷ đồng"
    ]


def test_a_condition_followed_by_its_own_measure_ends_the_task():
    assert names(
        "Giám đốc Công an thành phố chỉ đạo Công an quận Hạ Mây điều tra làm rõ nếu có dấu hiệu vi phạm pháp luật "
        "xử lý nghiêm theo quy định."
    ) == ["điều tra làm rõ"]


def test_a_glued_answer_or_a_view_ends_the_task():
    assert names(
        "Bộ trưởng yêu cầu các đơn vị tăng cường kiểm tra chất lượng xăng dầu Trả lời phóng viên chiều 7/2, ông Lê "
        "Văn Tám cho biết thêm."
    ) == ["tăng cường kiểm tra chất lượng xăng dầu"]
    assert names(
        "Tòa án tối cao đề nghị Ban soạn thảo đưa Chánh án vào đối tượng cảnh vệ và cho rằng, việc này là cần thiết."
    ) == ["đưa Chánh án vào đối tượng cảnh vệ"]


def test_a_named_unit_opening_its_own_clause_after_a_comma_holds_its_task():
    facts = extract(
        HEAD + "Thủ tướng yêu cầu Bộ Công an làm rõ vụ việc, Bộ Y tế sẽ kiểm tra toàn bộ quy trình.", "tasks-test.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("làm rõ vụ việc", "Bộ Công an"),
        ("kiểm tra toàn bộ quy trình", "Bộ Y tế"),
    ]
    assert names(
        "Chủ tịch thành phố yêu cầu Sở Tài nguyên rút kinh nghiệm việc này, đồng thời Sở Tài nguyên phải bàn với "
        "quận 2 để xử lý cho dứt điểm."
    ) == ["rút kinh nghiệm việc này", "bàn với quận 2 để xử lý cho dứt điểm"]


def test_a_source_tag_after_a_comma_ends_the_task():
    assert names(
        "Giám đốc Công an tỉnh yêu cầu Công an huyện Hạ Mây khẩn trương điều tra, làm rõ nguyên nhân vụ việc, theo "
        "tin tức trên báo Tin Mới."
    ) == ["khẩn trương điều tra, làm rõ nguyên nhân vụ việc"]


def test_the_steps_of_a_process_listed_are_one_task():
    assert names(
        "Giám đốc Sở yêu cầu hội đồng chuyên môn đánh giá về quá trình tiếp đón, theo dõi, chăm sóc và xử trí của "
        "Trung tâm Y tế huyện Hạ Mây."
    ) == ["đánh giá về quá trình tiếp đón, theo dõi, chăm sóc và xử trí của Trung tâm Y tế huyện Hạ Mây"]


def test_a_units_name_opening_a_sentence_is_no_task():
    assert names(
        "Bộ Nội vụ đề nghị Thanh tra Chính phủ phối hợp kiểm tra công tác cán bộ. Thanh tra Chính phủ đã thống "
        "nhất với đề nghị của Bộ Nội vụ."
    ) == ["phối hợp kiểm tra công tác cán bộ"]


def test_a_case_given_to_a_unit_in_the_passive_is_its_task():
    facts = extract(HEAD + "Sau khi nhận trình báo, vụ việc đã được giao cho Đội Hình sự trực tiếp điều tra.", "t.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("trực tiếp điều tra", "Đội Hình sự")]


def test_a_suspect_identified_at_length_is_still_handed_over():
    facts = extract(
        HEAD + "Đồn Biên phòng Hạ Mây đã bàn giao Lê Văn Tám, 26 tuổi, trú tại xã Hưng Lợi, thành phố Lam Sơn, cùng "
        "tang vật là 9 bánh heroin cho Công an tỉnh Lam Sơn để tiếp tục điều tra vụ việc.",
        "t.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("tiếp tục điều tra vụ việc", "Công an tỉnh Lam Sơn")]


def test_a_verb_inside_the_partners_name_is_no_task_start():
    assert names(
        "Giám đốc Sở yêu cầu Phòng Giáo dục khẩn trương phối hợp với đội Điều tra tổng hợp Công an quận Hạ Mây để "
        "xác minh, điều tra làm rõ các hành vi vi phạm."
    )[0].startswith("khẩn trương phối hợp với đội Điều tra tổng hợp")


def test_an_official_directing_a_person_by_name_gives_a_task_a_private_claim_does_not():
    assert names("Chủ tịch UBND xã Hạ Mây đã chỉ đạo anh Lê Văn Tám viết giấy mời người này đến để chấn chỉnh hành vi.") == [
        "viết giấy mời người này đến để chấn chỉnh hành vi"
    ]
    assert names("Ông Lê Văn Tám yêu cầu anh Trần Văn Hai bồi thường thiệt hại.") == []
    assert names(
        "Bộ yêu cầu Bộ Hạ Mây chủ trì, phối hợp với các bộ, ngành liên quan trong quý I trình Thủ tướng phê duyệt kế "
        "hoạch hành động."
    ) == ["trình Thủ tướng phê duyệt kế hoạch hành động"]


def test_experts_sent_somewhere_hold_the_purpose_of_the_trip():
    assert names(
        "Bệnh viện Hạ Mây đã chỉ đạo cho nhiều chuyên gia đầu ngành lên Bệnh viện tỉnh Lam Sơn để cùng cứu chữa bệnh "
        "nhân và hỗ trợ điều tra nguyên nhân."
    ) == ["cùng cứu chữa bệnh nhân", "hỗ trợ điều tra nguyên nhân"]
    assert names("Lãnh đạo Bộ Y tế chỉ đạo dùng tất cả các phương tiện máy móc tốt nhất để tập trung cứu chữa.") == [
        "dùng tất cả các phương tiện máy móc tốt nhất để tập trung cứu chữa"
    ]


def test_a_person_asked_by_a_pronoun_alone_is_no_unit():
    assert names("Dù CSGT đang chặn trước xe yêu cầu anh xuống để lập biên bản, anh vẫn cho xe chạy tiếp.") == []


def test_what_is_made_clear_after_viec_and_va_is_one_task():
    assert names(
        "Giám đốc Sở yêu cầu làm rõ việc 2 cô giáo mầm non véo tai, thúc gối và dùng dép đánh vào đầu trẻ nhỏ."
    ) == ["làm rõ việc 2 cô giáo mầm non véo tai, thúc gối và dùng dép đánh vào đầu trẻ nhỏ"]


def test_maintenance_verbs_listed_after_viec_share_their_object():
    assert names(
        "Giám đốc Sở yêu cầu Công ty Hạ Mây làm rõ các vấn đề liên quan đến việc bảo trì, sửa chữa thiết bị lọc "
        "nước tại khoa Thận."
    ) == ["làm rõ các vấn đề liên quan đến việc bảo trì, sửa chữa thiết bị lọc nước tại khoa Thận"]


def test_the_task_vocabulary_is_a_gazetteer_every_section_read_and_none_repeated():
    import re
    from pathlib import Path

    from graph.extract import tasks as module
    from graph.gazetteer import word_lists

    words = word_lists("task_words.txt")
    assert "đề nghị" in words["ask"] and "nhân dân" in words["public"] and "biện pháp" in words["means"]
    source = Path(module.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r"_WORDS\[\"(\w+)\"\]|_alternation\('(\w+)'\)|_pairs\(\"(\w+)\"\)", source))
    used = {name for group in used for name in group if name}
    assert used == set(words)  # no section unread, none read that is missing
    assert all(len(set(lines)) == len(lines) for lines in words.values())


def test_a_file_handed_up_to_a_unit_gives_it_the_task_that_follows():
    facts = extract(
        HEAD + "Công an phường Đồi Mây đã chuyển hồ sơ lên Công an quận Sông Lam để xử lý vụ việc.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("xử lý vụ việc", "Công an quận Sông Lam")]


def test_escorting_someone_to_court_is_a_task_of_the_unit_asked():
    assert names("Tòa yêu cầu cơ quan điều tra áp giải bà Lò Thị Mơ lên tòa.") == ["áp giải bà Lò Thị Mơ lên tòa"]


def test_a_joint_ministry_asked_keeps_its_own_directive_whole():
    facts = extract(
        HEAD + "Phó Thủ tướng yêu cầu liên Bộ Xây dựng, Bộ Công an chỉ đạo các địa phương sớm làm rõ nguyên nhân.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["chỉ đạo các địa phương sớm làm rõ nguyên nhân"]
    assert facts.tasks[0].holder == "Bộ Xây dựng"


def test_a_year_after_trong_stands_between_the_ask_and_the_unit():
    assert names("Ông Lê Văn Tám đề nghị trong năm 2027 quận phải giảm sâu số vụ phạm pháp hình sự.") == [
        "giảm sâu số vụ phạm pháp hình sự"
    ]


def test_a_wish_addressed_to_those_named_asks_them():
    assert names(
        "Mong các đồng chí phát huy kết quả đã đạt được, tiếp tục lập nhiều thành tích hơn nữa trong đấu tranh "
        "phòng chống tội phạm."
    ) == [
        "phát huy kết quả đã đạt được",
        "tiếp tục lập nhiều thành tích hơn nữa trong đấu tranh phòng chống tội phạm",
    ]
    assert names("Tôi mong sớm được về nhà đón Tết cùng gia đình.") == []  # no one asked


def test_requests_gathered_are_no_ask_of_the_next_clause():
    facts = extract(
        HEAD + "Song song với việc khảo sát, thu thập yêu cầu, Sở cũng đôn đốc Công ty Mây Xanh khẩn trương hoàn "
        "thành việc xây dựng phần mềm.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("khẩn trương hoàn thành việc xây dựng phần mềm", "Công ty Mây Xanh")
    ]


def test_extraditing_correcting_and_a_general_check_start_tasks():
    assert names("Bộ Công an đã đề nghị Interpol dẫn độ Lò Văn Tủa về Việt Nam.") == ["dẫn độ Lò Văn Tủa về Việt Nam"]
    assert names("Đại biểu đề nghị Ban Chỉ đạo cần phải chỉnh sửa lại quy chế tiếp dân.") == [
        "chỉnh sửa lại quy chế tiếp dân"
    ]
    assert names("Tổ công tác có nhiệm vụ tổng kiểm tra các tàu cá vỏ thép.") == ["tổng kiểm tra các tàu cá vỏ thép"]


def test_a_verb_with_its_object_keeps_the_owner_that_follows():
    assert names("Ngày 3, Công an huyện Mây Sơn sẽ lấy lời khai của tài xế, phối hợp với Sở Giao thông xác minh vụ việc.")[
        :1
    ] == ["lấy lời khai của tài xế"]


def test_units_named_by_kind_after_a_time_or_with_a_group_verb_must_act():
    assert names("Trong thời gian tới lực lượng công an cần tăng cường tuần tra.") == ["tăng cường tuần tra"]
    assert names("Sau khi khởi tố vụ án, cơ quan điều tra sẽ khởi tố bị can để làm rõ nguyên nhân vụ việc.") == [
        "khởi tố bị can để làm rõ nguyên nhân vụ việc"
    ]
    assert names("Những ngày tới, người dân cần tăng cường cảnh giác.") == []  # advice to the public


def test_a_partner_after_the_modal_is_skipped_to_the_task():
    facts = extract(
        HEAD + "Bộ Nông nghiệp sẽ cùng với tỉnh Mây Sơn giám sát hai cơ sở đóng tàu, thực hiện các cam kết khắc phục.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["giám sát hai cơ sở đóng tàu", "thực hiện các cam kết khắc phục"]
    assert facts.tasks[0].holder == "Bộ Nông nghiệp"


def test_an_owner_asked_to_suspend_business_holds_the_task():
    assert names("Công an phường đề nghị các chủ quán tạm ngưng kinh doanh để chấn chỉnh hoạt động.") == [
        "tạm ngưng kinh doanh để chấn chỉnh hoạt động"
    ]


def test_time_words_after_the_asking_verb_open_no_name_and_the_task_follows():
    assert names(
        "Thiếu tướng Hà Minh Quý chỉ đạo trước mắt sẽ khởi tố vụ án cố ý gây thương tích tại xóm Bến Lau."
    ) == ["khởi tố vụ án cố ý gây thương tích tại xóm Bến Lau"]


def test_inquiry_under_way_told_in_the_passive_is_the_named_units_task():
    facts = extract(
        HEAD + "Hiện vụ việc đang được Công an huyện Tân Lộc tiếp tục điều tra, làm rõ.", "tasks-test.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("tiếp tục điều tra, làm rõ", "Công an huyện Tân Lộc")]
    # a unit named by kind only, or care in a hospital, is no task (as in the active voice)
    assert names("Vụ việc đang được cơ quan chức năng điều tra làm rõ.") == []
    assert names("Nạn nhân đang được Bệnh viện Đa khoa tỉnh Tân Lộc điều trị.") == []


def test_people_asked_qualified_by_what_befell_them_hold_the_task_after_it():
    assert names("Trạm Đăng kiểm Lũng Mai đề nghị các chủ xe bị hư hỏng đưa xe đến xưởng để kiểm định.") == [
        "đưa xe đến xưởng để kiểm định"
    ]
    assert names("Ban chỉ huy đề nghị các hộ dân có tàu bị hư hỏng khẩn trương báo cáo chính quyền xã.") == [
        "khẩn trương báo cáo chính quyền xã"
    ]
    # the passive act itself befell them: no task starts at it
    assert names("Cơ quan điều tra đề nghị các cá nhân bị bắt giữ.") == []
    assert names("Công an huyện đề nghị các đối tượng bị xử phạt trong ngày.") == []
    # what they are doing only tells them apart
    assert names("Công an xã yêu cầu các hộ đang kinh doanh xăng dầu tạm dừng hoạt động.") == ["tạm dừng hoạt động"]


def test_a_list_announced_by_a_colon_on_the_next_lines_gives_one_task_per_line():
    body = (
        "Chủ tịch UBND tỉnh Đỗ Minh Khang yêu cầu Sở Xây dựng thực hiện các nội dung sau:\n"
        "- Rà soát các công trình chậm tiến độ;\n"
        "- Xử lý nghiêm các nhà thầu vi phạm.\n"
        "Chỉ thị cũng yêu cầu:\n1.\nBan Quản lý dự án Tân Lộc báo cáo tiến độ hằng tháng."
    )
    facts = extract(HEAD + body, "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("Rà soát các công trình chậm tiến độ", "Sở Xây dựng"),
        ("Xử lý nghiêm các nhà thầu vi phạm", "Sở Xây dựng"),
        ("báo cáo tiến độ hằng tháng", "Ban Quản lý dự án Tân Lộc"),
    ]
    # a colon closing the text's last sentence announces nothing and breaks nothing
    assert names("Giám đốc Sở yêu cầu các phòng:") == []


def test_things_handed_over_may_be_listed_before_the_unit_that_takes_the_case():
    facts = extract(
        HEAD + "Công an xã Lũng Mai đã bàn giao đối tượng, tang vật cho Công an huyện Tân Lộc tiếp tục điều tra.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("tiếp tục điều tra", "Công an huyện Tân Lộc")]
    assert names(
        "Công an phường đã bàn giao Lê Văn Tám (40 tuổi, quê Tân Lộc) cùng 2 khẩu súng, nhiều viên đạn và một tép "
        "ma túy cho Công an quận Bình Lộc điều tra theo thẩm quyền."
    ) == ["điều tra theo thẩm quyền"]
    assert names("Ông Tám yêu cầu các cơ quan chức năng tạo mọi điều kiện để nông dân tiêu thụ sản phẩm.") == [
        "tạo mọi điều kiện để nông dân tiêu thụ sản phẩm"
    ]



def test_a_bare_modal_in_a_speakers_directive_is_a_task():
    assert names("“Phải xử lý nghiêm các cán bộ vi phạm”, ông Lê Văn Tám nhấn mạnh.") == [
        "xử lý nghiêm các cán bộ vi phạm"
    ]
    assert names(
        "“Chúng ta cần phải kiểm tra, xử phạt các cửa hàng cố tình làm giá”, ông Tám đề nghị và cho biết "
        "Sở Công Thương đã xử lý nhiều vụ."
    ) == ["kiểm tra, xử phạt các cửa hàng cố tình làm giá"]
    # what the speaker reports after 'và cho biết' adds no items
    assert names(
        "“Tôi đề nghị các đồng chí phải chấn chỉnh lại tình trạng này”, Thủ tướng nhấn mạnh và cho biết Bộ Tư pháp "
        "đã có báo cáo, phối hợp, xử lý, chấn chỉnh tình trạng trên."
    ) == ["chấn chỉnh lại tình trạng này"]
    # a modal with its own subject, a liability, or no speaker's directive: no task
    assert names("Người dân cần cảnh giác với kẻ gian, ông Tám đề nghị.") == []
    assert names("“Làm sai thì phải chịu trách nhiệm”, ông Tám nhấn mạnh.") == []
    assert names("Sau vụ việc, nạn nhân phải nhập viện cấp cứu.") == []


def test_units_asked_may_trail_off_before_their_task():
    facts = extract(
        HEAD + "UBND tỉnh đề nghị các cơ quan chức năng như Sở Công Thương, Chi cục Quản lý thị trường,... "
        "kiểm tra trật tự kinh doanh tại các chợ.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["kiểm tra trật tự kinh doanh tại các chợ"]


def test_what_befell_in_the_passive_and_fields_worked_in_are_no_tasks():
    assert names("Diện tích rừng được giao cho Công ty Lâm nghiệp Tân Lộc bị giảm mạnh.") == []
    assert names("Hai bên nhất trí hợp tác mới trong các lĩnh vực như lắp ráp ô tô, năng lượng, dầu khí.") == []
    # functions a unit takes over are still listed
    assert names("Công an tỉnh tiếp nhận các lĩnh vực mới như cấp giấy phép lái xe, quản lý lý lịch tư pháp.") == [
        "cấp giấy phép lái xe",
        "quản lý lý lịch tư pháp",
    ]


def test_what_a_task_serves_as_a_basis_for_is_no_part_of_it():
    assert names(
        "Sở Thông tin và Truyền thông đôn đốc Công ty Phần mềm Tân Lộc khẩn trương hoàn thành phần mềm một cửa "
        "làm cơ sở cho việc triển khai dịch vụ công trực tuyến."
    ) == ["khẩn trương hoàn thành phần mềm một cửa"]


def test_money_handed_over_is_no_task_with_or_without_the_currency():
    assert names(
        "Trong cuộc gặp, ông Lê Văn Tám đã nêu một số sai phạm của ông Đỗ Minh Khang và yêu cầu chuyển 200 triệu "
        "để bỏ qua những sai phạm này."
    ) == []


def test_units_told_apart_by_what_they_have_are_asked_and_the_task_follows():
    assert names(
        "Ủy ban yêu cầu Bộ Giao thông vận tải, các địa phương có đường sắt đi qua siết chặt các biện pháp kéo giảm "
        "tai nạn, Bộ Giao thông vận tải đã họp khẩn ngay sau đó. Báo Tân Lộc cũng đưa tin, theo thống kê, số vụ "
        "tai nạn giảm."
    ) == ["siết chặt các biện pháp kéo giảm tai nạn"]
    assert names("Ông Lê Văn Tám đề nghị các cơ quan có thẩm quyền xem xét, xử lý nghiêm vụ việc.") == [
        "xem xét, xử lý nghiêm vụ việc"
    ]


def test_a_named_unit_going_on_with_an_inquiry_holds_it_with_its_words():
    facts = extract(HEAD + "Bộ Công an tiếp tục điều tra một số vụ án có liên quan.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("tiếp tục điều tra một số vụ án có liên quan", "Bộ Công an")]
    # a unit named by kind holds no inquiry; a named unit going on with another charge holds it unless the
    # sentence tells a step already taken
    assert names("Hiện Cơ quan CSĐT Công an huyện Tân Lộc tiếp tục đấu tranh mở rộng vụ án.") == [
        "tiếp tục đấu tranh mở rộng vụ án"
    ]
    assert names("Công an tiếp tục xác minh, xử lý sau.") == ["tiếp tục xác minh, xử lý sau"]
    assert names("Năm qua, Công an huyện Tân Lộc tiếp tục phát huy truyền thống.") == []
    assert names("Công an huyện Tân Lộc tiếp tục phát huy truyền thống.") == ["tiếp tục phát huy truyền thống"]
    # after 'sẽ' the modal reads the task and splits its items as before
    assert names("Công an huyện Tân Lộc sẽ tiếp tục phối hợp chặt chẽ với Ủy ban MTTQ, xây dựng thế trận lòng dân.") == [
        "tiếp tục phối hợp chặt chẽ với Ủy ban MTTQ",
        "xây dựng thế trận lòng dân",
    ]


def test_a_units_place_in_brackets_does_not_hide_its_inquiry_or_plan():
    facts = extract(
        HEAD + "Sáng 7/2, Công an TP Tân Lộc (Hòa Bình Xanh) cho biết đang xác minh làm rõ vụ va chạm xe máy.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("xác minh làm rõ vụ va chạm xe máy", "Công an TP Tân Lộc")]
    assert names("Công an huyện Bến Lau (Hòa Bình Xanh) sẽ làm rõ vụ việc.") == ["làm rõ vụ việc"]
    # a person identified in brackets is no unit
    assert names("Nguyễn Văn Khả (trú xã Phú Lâm) sẽ bị xử lý.") == []


def test_a_file_opened_for_an_inquiry_gives_the_inquiry_as_the_units_task():
    facts = extract(
        HEAD + "Ngày 3/4, Công an huyện Bến Lau đã lập hồ sơ để điều tra làm rõ nguyên nhân vụ tai nạn.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("điều tra làm rõ nguyên nhân vụ tai nạn", "Công an huyện Bến Lau")
    ]
    # the unit may be named well before the suspect is held
    assert names(
        "Ngay sau đó, Cơ quan điều tra Công an tỉnh Hòa Bình Xanh đã phối hợp với công an địa phương khám "
        "nghiệm hiện trường, khám nghiệm tử thi, đồng thời bắt giữ Khả để điều tra làm rõ."
    ) == ["điều tra làm rõ"]


def test_a_case_taken_on_is_an_inquiry_under_way():
    facts = extract(HEAD + "Hiện vụ việc đang được Công an huyện Bến Lau thụ lý điều tra.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("thụ lý điều tra", "Công an huyện Bến Lau")]


def test_fields_invested_in_or_spoken_of_are_no_functions():
    assert names("Quỹ Tân An sẽ dùng khoản tiền này đầu tư vào các lĩnh vực như thể thao, nghệ thuật và y tế.") == []
    assert names(
        "Các điểm bán đều có giấy tờ liên quan đến lĩnh vực kinh doanh như nguồn gốc, giấy kiểm dịch và giấy phép."
    ) == []
    # functions taken over are still listed
    assert names("Công an tỉnh Hòa Bình Xanh tiếp nhận các nhiệm vụ mới như cấp GPLX, đăng ký xe và quản lý cư trú.") == [
        "cấp GPLX",
        "đăng ký xe",
        "quản lý cư trú",
    ]


def test_what_it_took_to_do_something_is_no_task():
    assert names("Cơ quan điều tra phải áp dụng nhiều biện pháp nghiệp vụ mới bắt được Khả.") == []


def test_a_task_ends_before_its_news_source_or_the_speakers_own_clause():
    assert names(
        "Công an quận Bến Lau vừa bàn giao Lê Văn Khả cho Công an quận Tân An để điều tra về hành vi cưỡng đoạt tài "
        "sản, thông tin trên báo Tân An Mới."
    ) == ["điều tra về hành vi cưỡng đoạt tài sản"]
    assert names("“Công an huyện Bến Lau đang điều tra vụ việc, chúng tôi chưa rõ nguyên nhân”, một cán bộ nói.") == [
        "điều tra vụ việc"
    ]


def test_a_request_denied_asks_no_one():
    assert names("Ông Lê Văn Khả cho rằng chưa bao giờ tổ thẩm định yêu cầu công ty này cung cấp hồ sơ.") == []
    assert names("UBND tỉnh không yêu cầu Sở Y tế báo cáo vụ việc.") == []
    assert names("Ông Khả không chỉ yêu cầu Sở Y tế báo cáo vụ việc mà còn đề nghị Công an tỉnh điều tra vụ trộm.") == [
        "báo cáo vụ việc",
        "điều tra vụ trộm",
    ]


def test_a_task_ends_before_the_speakers_own_clause_and_a_dangling_lead():
    assert names(
        "Bên cạnh việc kiến nghị Bộ Giao thông phối hợp bảo đảm an toàn giao thông, ưu tiên bố trí vốn cho các dự "
        "án hạ tầng, Chủ tịch thành phố cũng nhấn mạnh việc các bộ, ngành cần sớm di dời trụ sở."
    ) == ["phối hợp bảo đảm an toàn giao thông", "ưu tiên bố trí vốn cho các dự án hạ tầng", "sớm di dời trụ sở"]
    assert names("Tỉnh sẽ chỉ đạo xử lý triệt để về mặt hành chính, nhất là yêu cầu làm rõ hợp đồng đã ký.") == [
        "chỉ đạo xử lý triệt để về mặt hành chính",
        "làm rõ hợp đồng đã ký",
    ]


def test_a_named_units_plan_after_what_it_did_is_its_task():
    facts = extract(
        HEAD + "Ngày 3/4, Công an huyện Bến Lau đã tạm giữ hai đối tượng và sẽ xử lý theo quy định của pháp luật.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("xử lý theo quy định của pháp luật", "Công an huyện Bến Lau")]
    assert names("Ông Khả cho biết Công an huyện Bến Lau đã vào cuộc và sẽ làm rõ vụ việc.") == ["làm rõ vụ việc"]
    # a person's plan, or a unit that is only a partner, gives none
    assert names("Lê Văn Khả đã nhận tội và sẽ bị xử lý.") == []
    assert names("Ông Khả đã làm việc với Công an huyện Bến Lau và sẽ gửi đơn lên tỉnh.") == []


def test_a_thing_handed_over_after_a_modal_is_the_task_itself():
    facts = extract(
        HEAD + "Ông Khả yêu cầu Công ty Tân An phải giao lại toàn bộ hồ sơ cho Sở Xây dựng.", "tasks-test.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("giao lại toàn bộ hồ sơ cho Sở Xây dựng", "Công ty Tân An")]
    # a unit asked after the modal is still asked
    assert names("Chủ tịch UBND tỉnh giao Công an tỉnh Hòa Bình Xanh điều tra vụ việc.") == ["điều tra vụ việc"]


def test_a_unit_assigning_one_of_its_staff_by_name_gives_a_task():
    assert names("Hiện Phòng giao cho ông Võ Văn Khả tạm thời quản lý các hoạt động của trường.") == [
        "tạm thời quản lý các hoạt động của trường"
    ]
    # a person handing work to another in a crime story gives none
    assert names("Tuấn giao cho anh Khả mang ma túy đi bán.") == []


def test_a_reenactment_planned_is_a_task():
    assert names("Dự kiến, ngày 12/5, Công an tỉnh Hòa Bình Xanh sẽ thực nghiệm hiện trường để điều tra vụ việc.") == [
        "thực nghiệm hiện trường để điều tra vụ việc"
    ]


def test_the_unit_that_reports_holds_the_inquiry_it_reports_under_way():
    assert names("Ngày 28-6, Công an quận Tân Sơn, TP Hòa Bình Xanh cho biết vẫn đang điều tra làm rõ vụ việc.") == [
        "điều tra làm rõ vụ việc"
    ]
    assert names("Ngày 24/5, Công an huyện Lục Sơn (Hòa Bình Xanh) cho biết đơn vị đang điều tra nguyên nhân vụ cháy.") == [
        "điều tra nguyên nhân vụ cháy"
    ]
    # a person reporting names the unit by kind; a parent unit in brackets names no unit that holds it
    assert names("Ông Lê Văn Khả cho biết đơn vị đang điều tra vụ việc.") == ["điều tra vụ việc"]
    assert names("Chiều 31/5, Công an quận 7 (Công an TP Tân An) cho biết đang truy bắt nhóm côn đồ.") == []


def test_the_scene_examined_for_an_inquiry_and_an_inquiry_going_on_after_a_deed():
    assert names(
        "Sáng nay, Công an TP Tân Sơn phối hợp với cơ quan chức năng đã hoàn tất việc khám nghiệm hiện trường, khám "
        "nghiệm tử thi để điều tra, làm rõ nguyên nhân cái chết của nam thanh niên."
    ) == ["điều tra, làm rõ nguyên nhân cái chết của nam thanh niên"]
    assert names(
        "Cơ quan An ninh điều tra Công an tỉnh Tân An cũng đã tìm ra chủ tài khoản và đang củng cố hồ sơ để "
        "xử lý theo quy định pháp luật."
    ) == ["củng cố hồ sơ để xử lý theo quy định pháp luật"]
    # first findings are told, no task
    assert names("Khám nghiệm ban đầu xác định nạn nhân là nữ, khoảng 30 tuổi.") == []


def test_a_work_carried_out_by_a_unit_told_after_do_is_its_task():
    facts = extract(HEAD + "Phòng Tân An kiến nghị việc cấp GPLX cho công dân sẽ do Bộ Công an chủ trì.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("cấp GPLX cho công dân", "Bộ Công an")]
    assert names("Ông Khả cho biết, việc công bố kết luận giám định sẽ do bên công an chủ trì.") == [
        "công bố kết luận giám định"
    ]
    assert names("Hệ thống Dữ liệu đất đai Tân An do Sở Tài nguyên và Môi trường đang thực hiện.") == [
        "Hệ thống Dữ liệu đất đai Tân An"
    ]
    # a cause, or a deed told with its object, is none
    assert names("Vụ tai nạn do xe tải gây ra.") == []
    assert names("Ngân sách do UBND tỉnh Tân An thực hiện việc chi trả.") == []


def test_a_unit_named_by_a_verb_is_asked_when_its_task_follows_at_once():
    assert names("Nếu người dân còn khiếu nại, thành phố sẽ giao cho thanh tra đối thoại với người dân.") == [
        "đối thoại với người dân"
    ]
    assert names(
        "Công an tỉnh Lam Sơn đã bàn giao xe tải cho lực lượng quản lý thị trường tỉnh Lam Sơn lập biên bản xử lý."
    ) == ["lập biên bản xử lý"]
    assert names("Đơn vị này chỉ đạo lực lượng An ninh điều tra tiến hành xác minh, làm rõ.") == ["xác minh, làm rõ"]
    # inspecting is the task when no verb follows
    assert names("Chủ tịch UBND tỉnh yêu cầu thanh tra toàn diện Công ty Lam Sơn.") == [
        "thanh tra toàn diện Công ty Lam Sơn"
    ]


def test_samples_taken_for_an_inquiry_give_its_purpose_to_the_unit():
    facts = extract(
        HEAD + "Hiện Công an huyện Lục Vân đã lấy mẫu phân tích để điều tra làm rõ nguyên nhân đàn tôm chết.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("điều tra làm rõ nguyên nhân đàn tôm chết", "Công an huyện Lục Vân")
    ]


def test_a_recommendation_a_duty_with_nham_and_a_document_that_directs():
    assert names(
        "Đại diện Trung tâm Lam Sơn khuyến nghị các cơ quan, doanh nghiệp cần chú trọng nâng cao nhận thức về bảo mật."
    ) == ["chú trọng nâng cao nhận thức về bảo mật"]
    assert names("Nhiệm vụ của Đoàn thanh tra lần này nhằm thanh tra hồ sơ pháp lý về đất đai.") == [
        "thanh tra hồ sơ pháp lý về đất đai"
    ]
    assert names(
        "Ngày 6/2, UBND tỉnh Lam Sơn ban hành Công văn số 42/UBND-NC chỉ đạo điều tra, làm rõ thông tin báo chí nêu."
    ) == ["điều tra, làm rõ thông tin báo chí nêu"]


def test_a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task():
    facts = extract(
        HEAD + "Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra an toàn thực phẩm tại bếp ăn tập thể.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("chủ trì, phối hợp với các đơn vị liên quan kiểm tra an toàn thực phẩm tại bếp ăn tập thể", "Sở Y tế")
    ]
    assert names("Hiện Phòng PC45 phối hợp với Công an huyện Cát Vân tập trung điều tra vụ việc.") == [
        "tập trung điều tra vụ việc"
    ]
    assert names("Ông Lê Văn Khả cho biết đã chỉ đạo nhà xe phối hợp với cơ quan công an điều tra, làm rõ vụ việc.") == [
        "phối hợp với cơ quan công an điều tra, làm rõ vụ việc"
    ]
    # a meeting chaired is an event, and a partner without 'Hiện' tells what was done
    assert names("Sáng 5/6, UBND tỉnh Lam Sơn chủ trì hội nghị tổng kết công tác năm.") == []
    chaired = names("Hội nghị do Sở Y tế chủ trì, phối hợp với Sở Công Thương tổ chức.")
    assert not any(n.startswith("chủ trì") for n in chaired)
    assert names("Công an huyện Cát Vân phối hợp với Công an xã bắt giữ đối tượng.") == []


def test_a_place_after_a_unit_with_its_level_word_keeps_the_inquiry_the_units():
    assert names("Công an huyện Đông Lâm, tỉnh Lam Sơn đang điều tra làm rõ vụ án.") == ["điều tra làm rõ vụ án"]


def test_a_caption_or_its_credit_glued_on_neither_ends_a_directive_nor_runs_into_its_task():
    assert names(
        "Phó Thủ tướng Lê Văn Tám đề nghị Bộ Nội vụ cập nhật các chủ trương lớn vào Đề án này. Phó Thủ tướng Lê Văn "
        "Tám phát biểu tại buổi làm việc. Ảnh: Lò Văn Khâm - TTXVN Trong đó, tập trung vào các văn bản về đơn vị "
        "sự nghiệp công lập."
    ) == ["cập nhật các chủ trương lớn vào Đề án này", "tập trung vào các văn bản về đơn vị sự nghiệp công lập"]
    assert names(
        "Công an huyện Lục Vân đã lấy mẫu để điều tra nguyên nhân vụ việc Ngay sau khi nhận được tin báo, chính "
        "quyền địa phương đã có mặt."
    ) == ["điều tra nguyên nhân vụ việc"]


def test_what_should_have_been_done_is_no_task():
    assert names("Đáng lẽ khi nhận tiền thì tỉnh Lam Sơn phải báo cáo Thủ tướng để ra quyết định.") == []
    assert names("Lẽ ra Công an xã phải kiểm tra, xử lý ngay từ đầu.") == []


def test_an_asking_verb_opening_the_sentence_before_its_subject_asks_nobody():
    facts = extract(
        HEAD + "Chỉ đạo giải quyết sự việc này, Thủ tướng yêu cầu Bộ Công an điều tra xử lý nghiêm trường hợp này.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra xử lý nghiêm trường hợp này", "Bộ Công an")]


def test_a_document_that_directs_units_names_them():
    assert names("Sở đã có văn bản chỉ đạo Phòng Giáo dục huyện Tân Lộc kiểm tra, xử lý vụ việc.") == [
        "kiểm tra, xử lý vụ việc"
    ]
    assert names("Sở chưa nhận được văn bản chỉ đạo của UBND tỉnh.") == []


def test_a_directive_given_as_a_noun_names_its_units_and_an_inquiry_focused_on_is_under_way():
    assert names("Huyện cũng đã có chỉ đạo các cơ quan chức năng khẩn trương điều tra vụ phá rừng.") == [
        "khẩn trương điều tra vụ phá rừng"
    ]
    assert names("UBND tỉnh đã có chỉ đạo quyết liệt.") == []
    assert names("Hiện Cơ quan điều tra Bộ Công an đang tập trung điều tra làm rõ trách nhiệm của Tập đoàn Lam Sơn.") == [
        "tập trung điều tra làm rõ trách nhiệm của Tập đoàn Lam Sơn"
    ]


def test_a_new_clause_a_name_ending_in_a_manner_word_and_a_finding_give_no_task():
    assert names("Bảo vệ bệnh viện đã yêu cầu Khánh ra khỏi phòng cấp cứu nhưng Khánh không chấp hành.") == []
    assert names(
        "Cơ quan điều tra đã lập biên bản bàn giao Đơn nguyên thận nhân tạo, Khoa Hồi sức tích cực cho Bệnh viện "
        "Đa khoa tỉnh Lam Sơn."
    ) == []
    assert names("Sáng nay, Công an tỉnh Lam Sơn bàn giao vụ việc cho Đội QLTT xử lý. Đội QLTT xác định, đây là loài quý hiếm.") == []
    assert names(
        "Công an tỉnh Lam Sơn đã chặn một xe tải và bàn giao cho lực lượng quản lý thị trường Lam Sơn lập biên bản xử lý."
    ) == ["lập biên bản xử lý"]


def test_going_to_the_scene_for_an_inquiry_gives_its_purpose():
    assert names("Ngay trong đêm, Công an huyện Tân Lộc đã có mặt tại hiện trường để điều tra nguyên nhân vụ cháy.") == [
        "điều tra nguyên nhân vụ cháy"
    ]
    assert names(
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế trực tiếp xuống hiện trường để kiểm tra, xác minh vụ việc."
    ) == ["kiểm tra, xác minh vụ việc"]
    # leading the rescue is no inquiry
    assert names("Nhận tin báo, lãnh đạo Công an huyện Tân Lộc đã đến hiện trường để chỉ đạo công tác cứu nạn.") == []


def test_items_counted_out_and_a_directive_going_on_before_an_asking_verb_of_its_own():
    found = names(
        "Tổng cục Lam Sơn đề nghị Sở Nông nghiệp các tỉnh tiếp tục tham mưu cho chính quyền các cấp về phòng cháy rừng. "
        "Thứ nhất, kiểm tra, rà soát kỹ các phương án phòng cháy, chữa cháy rừng ở các cấp. "
        "Thực hiện nghiêm túc chế độ báo cáo diễn biến tình hình cháy rừng để phối hợp chỉ đạo khi cần thiết."
    )
    assert "kiểm tra, rà soát kỹ các phương án phòng cháy, chữa cháy rừng ở các cấp" in found
    assert any(n.startswith("Thực hiện nghiêm túc chế độ báo cáo diễn biến tình hình cháy rừng") for n in found)
    # a priority named is no task
    assert names(
        "Ông Khả chỉ đạo Công an tỉnh tăng cường tuần tra. Xác định việc thu thập thông tin dân cư là nhiệm vụ trọng "
        "tâm; chỉ đạo các sở rà soát văn bản."
    )[:2] == ["tăng cường tuần tra", "rà soát văn bản"]


def test_a_directive_given_as_a_noun_may_set_up_a_group_for_its_purpose():
    assert names(
        "Bộ trưởng cũng có chỉ đạo thành lập đoàn kiểm tra để kiểm tra, xác minh hoạt động của Công ty Lam Sơn."
    ) == ["kiểm tra, xác minh hoạt động của Công ty Lam Sơn"]


def test_units_named_by_kind_as_the_subject_of_a_directive_going_on():
    found = names(
        "Tổng cục Lam Sơn đề nghị Sở Nông nghiệp các tỉnh rà soát các phương án phòng cháy rừng. Tiếp đó, các địa "
        "phương tăng cường công tác kiểm tra việc sử dụng lửa trong rừng."
    )
    assert found == ["rà soát các phương án phòng cháy rừng", "tăng cường công tác kiểm tra việc sử dụng lửa trong rừng"]
    # a deed of units named by kind, no opener going on, is none
    assert names(
        "Tổng cục Lam Sơn đề nghị Sở Nông nghiệp các tỉnh rà soát các phương án phòng cháy rừng. Ngành chức năng đã "
        "thu giữ hàng chục kg kẹo lạ."
    ) == ["rà soát các phương án phòng cháy rừng"]


def test_a_caption_before_a_photo_credit_in_the_sentence_is_no_task():
    found = names(
        "Tổng cục Lam Sơn đề nghị Công an các tỉnh tăng cường tuần tra. Tổ chức đánh bạc tại sân bóng xã Tân Lộc Ảnh: "
        "Lò Văn Khâm Chủ động phòng ngừa Để giữ gìn an ninh, Công an huyện đã chỉ đạo các đơn vị rà soát các tụ điểm."
    )
    assert found == ["tăng cường tuần tra", "rà soát các tụ điểm"]


def test_an_ordinal_opens_the_next_item_of_a_directive_but_no_item_after_a_semicolon():
    assert names(
        "Phòng Lam Sơn đã chuẩn bị hai phương án: Thứ nhất, chỉ đạo các cơ sở tư thục tạo điều kiện tiếp nhận các bé; "
        "thứ hai, với những phụ huynh có nguyện vọng, Phòng sẽ đề xuất UBND quận cho phép các trường tiếp nhận."
    ) == ["tạo điều kiện tiếp nhận các bé", "cho phép các trường tiếp nhận"]


def test_a_centre_that_will_act_and_a_speaker_named_with_his_honorific_after_the_task():
    assert names("Ông Lò Văn Khâm cho biết, Trung tâm đăng kiểm nghề cá sẽ kiểm định lại toàn bộ con tàu.") == [
        "kiểm định lại toàn bộ con tàu"
    ]
    assert names("Công an tỉnh sẽ hoàn thành hồ sơ vụ án trong tháng 7, ông Khâm nói.") == [
        "hoàn thành hồ sơ vụ án trong tháng 7"
    ]


def test_activities_listed_with_viec_after_a_comma_are_what_the_task_covers():
    assert names("Nhiệm vụ của Đoàn thanh tra là thanh tra hồ sơ về đất đai, việc chấp hành các kiến nghị, việc sử dụng đất.") == [
        "thanh tra hồ sơ về đất đai, việc chấp hành các kiến nghị, việc sử dụng đất"
    ]


def test_a_byline_closing_a_directive_is_no_task_and_a_unit_named_with_its_level_goes_on_with_it():
    found = names(
        "UBND tỉnh yêu cầu Ngân hàng Lam Sơn phải trả lại hai sổ đỏ cho ngư dân. Đồng thời Sở Nông nghiệp và Phát "
        "triển nông thôn tỉnh phối hợp với các địa phương rà soát tình hình kinh tế của các chủ tàu. Viết Ý (TTXVN)"
    )
    assert found == [
        "trả lại hai sổ đỏ cho ngư dân",
        "phối hợp với các địa phương rà soát tình hình kinh tế của các chủ tàu",
    ]


def test_units_named_by_kind_carrying_on_with_a_charge_and_an_abbreviated_sector():
    assert names("Địa phương tiếp tục vận động các hộ trong vùng sạt lở di dời khỏi tuyến kênh.") == [
        "tiếp tục vận động các hộ trong vùng sạt lở di dời khỏi tuyến kênh"
    ]
    assert names("Bộ Y tế, các bộ, ngành, địa phương liên quan tiếp tục theo dõi, công khai kết quả kiểm nghiệm.") == [
        "tiếp tục theo dõi, công khai kết quả kiểm nghiệm"
    ]
    assert names("Theo đó, trong năm 2027, ngành TN&MT sẽ tập trung thanh tra việc bảo vệ môi trường tại các dự án.") == [
        "tập trung thanh tra việc bảo vệ môi trường tại các dự án"
    ]
    assert names("Phòng PC46 Công an tỉnh Lam Sơn đã nắm được hồ sơ và tiếp tục điều tra, xác minh thông tin.") == [
        "tiếp tục điều tra, xác minh thông tin"
    ]
    # an inquiry carried on by units named by kind, or a call to the whole force, is none
    assert names("Hiện công an quận và các phòng nghiệp vụ vẫn tiếp tục khám nghiệm hiện trường.") == []
    assert names("Chủ tịch UBND tỉnh đề nghị toàn lực lượng tiếp tục phát huy vai trò nòng cốt.") == []


def test_a_unit_taking_charge_of_a_work_holds_it():
    facts = extract(HEAD + "Theo phân công, Sở Tư pháp phụ trách việc cấp lại phiếu lý lịch tư pháp.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("cấp lại phiếu lý lịch tư pháp", "Sở Tư pháp")]
    # what a unit received, or a work it leads in a meeting, is none
    assert names("Công an tỉnh Lam Sơn đã tiếp nhận đơn tố cáo của bà Lò Thị Mai.") == []
    assert names("Hội nghị do Sở Y tế phụ trách tổ chức.") == []


def test_dong_thoi_after_a_comma_opens_the_next_task_and_offenders_called_on_hold_none():
    assert names(
        "Hiện Phòng PC45 phối hợp với Công an huyện Cát Vân tập trung điều tra, đồng thời kêu gọi các đối tượng "
        "liên quan ra đầu thú."
    ) == ["tập trung điều tra"]
    assert names(
        "Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra, đồng thời hướng dẫn các địa phương tiêu hủy gia cầm bị bệnh."
    ) == ["hướng dẫn các địa phương tiêu hủy gia cầm bị bệnh"]


def test_opinions_in_a_debate_that_ask_no_unit_hold_no_task():
    assert names("Nhiều ý kiến đề nghị cần quy định rõ trường hợp thu giữ tài sản bảo đảm.") == []
    assert names("Đại biểu Lò Văn Khiêm đề nghị làm rõ phạm vi áp dụng của dự thảo luật.") == []
    assert names("Một số chuyên gia đề nghị bổ sung quy định về xử phạt hành chính.") == []
    assert names("Trên thực tế, người vay sẽ đề nghị xử lý những sai phạm của ngân hàng.") == []
    # a unit asked by name is still asked, and one giving directing remarks still directs
    assert names("Đại biểu Lò Văn Khiêm đề nghị Bộ Công an làm rõ vụ việc.") == ["làm rõ vụ việc"]
    assert names("Phát biểu ý kiến tại hội nghị, Bộ trưởng đề nghị các địa phương rà soát lại quy hoạch.") == [
        "rà soát lại quy hoạch"
    ]


def test_tao_nen_is_a_verb_and_does_not_end_the_task():
    assert names(
        "Giám đốc Công an tỉnh yêu cầu các đơn vị làm tốt công tác tham mưu cho UBND các cấp, tạo nên sức mạnh "
        "tổng hợp trong phòng ngừa tội phạm."
    ) == ["làm tốt công tác tham mưu cho UBND các cấp, tạo nên sức mạnh tổng hợp trong phòng ngừa tội phạm"]


def test_the_time_allowed_before_who_is_asked():
    facts = extract(
        HEAD + "UBND xã Tân Hòa Nam yêu cầu trong vòng 30 ngày, chủ công trình phải tháo dỡ phần xây dựng sai phép.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["tháo dỡ phần xây dựng sai phép"]


def test_a_nested_directive_too_long_for_one_task_splits_at_its_last_va_with_a_verb():
    assert names(
        "Sở GTVT tỉnh Lam Sơn đã đề nghị cơ quan chức năng chỉ đạo lực lượng tiến hành điều tra, xử lý đối tượng "
        "dùng tin nhắn đe dọa cán bộ thực thi công vụ trên tuyến quốc lộ và làm rõ có hay không sự bảo kê cho các "
        "phương tiện có dấu hiệu vi phạm trật tự an toàn giao thông hoạt động tại khu vực thị trấn Bến Vân."
    ) == [
        "chỉ đạo lực lượng tiến hành điều tra, xử lý đối tượng dùng tin nhắn đe dọa cán bộ thực thi công vụ trên "
        "tuyến quốc lộ",
        "làm rõ có hay không sự bảo kê cho các phương tiện có dấu hiệu vi phạm trật tự an toàn giao thông hoạt động "
        "tại khu vực thị trấn Bến Vân",
    ]


def test_a_duty_of_a_unit_named_by_kind_after_the_accused_in_a_time_clause():
    assert names(
        "Trong thời hạn một ngày kể từ khi nhận được văn bản đề nghị của bị can, bị cáo, cơ sở giam giữ có trách "
        "nhiệm chuyển hồ sơ đến cơ quan đang thụ lý vụ án."
    ) == ["chuyển hồ sơ đến cơ quan đang thụ lý vụ án"]


def test_the_askers_own_statement_and_a_person_who_owes_money_are_no_tasks():
    assert names(
        "Tại phiên tòa, VKS kiến nghị Sở Tài chính xem xét kỷ luật về mặt hành chính đối với Lò Thị Na, đồng thời "
        "khẳng định về mặt dân sự Na vẫn phải bồi thường thiệt hại. Trong đó, riêng Na phải bồi thường 90 triệu đồng."
    ) == ["xem xét kỷ luật về mặt hành chính đối với Lò Thị Na"]
    # a unit named again before the modal still goes on with the directive
    assert names("Giám đốc Sở yêu cầu Phòng Tổ chức rà soát hồ sơ. Nếu có sai phạm, Phòng phải báo cáo ngay.") == [
        "rà soát hồ sơ",
        "báo cáo ngay",
    ]


def test_an_asking_verb_inside_a_quoted_document_title_asks_nobody():
    assert names(
        "Hai bên nhất trí tuân thủ “Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên sông”."
    ) == []
    assert names("Bộ trưởng nói: “Tôi đề nghị các địa phương phải chấn chỉnh lại tình trạng này”.") == [
        "chấn chỉnh lại tình trạng này"
    ]


def test_granting_examining_and_registering_open_tasks():
    assert names("Chính phủ giao Bộ Công an sát hạch, cấp giấy phép lái xe từ năm 2027.") == [
        "sát hạch, cấp giấy phép lái xe từ năm 2027"
    ]
    assert names("UBND tỉnh yêu cầu các đơn vị đăng ký danh sách cán bộ tham gia tập huấn.") == [
        "đăng ký danh sách cán bộ tham gia tập huấn"
    ]
    assert names("Sở Y tế yêu cầu Trung tâm y tế huyện Bình Lộc kiểm nghiệm mẫu nước giếng.") == [
        "kiểm nghiệm mẫu nước giếng"
    ]
    # 'cấp' alone is a level in the unit asked
    assert names("Giám đốc yêu cầu Công an cấp huyện tăng cường tuần tra.") == ["tăng cường tuần tra"]


def test_examples_listed_after_nhu_are_what_the_task_covers():
    assert names(
        "Chủ tịch UBND quận Tân An kiến nghị thành phố tăng cường phân cấp, ủy quyền cho quận một số nội dung cần "
        "thiết trong quản lý nhà nước, như: thu hồi đất, duyệt giá đất, cấp giấy chứng nhận quyền sử dụng đất."
    ) == ["tăng cường phân cấp, ủy quyền cho quận một số nội dung cần thiết trong quản lý nhà nước"]


def test_a_unit_setting_its_course_holds_the_plan_and_the_sentences_that_go_on_with_it():
    facts = extract(
        HEAD + "Về phương hướng nhiệm vụ 6 tháng cuối năm, Bộ Chỉ huy Quân sự tỉnh xác định tiếp tục nắm chắc tình "
        "hình, thực hiện nghiêm túc sự lãnh đạo của cấp ủy. Duy trì nghiêm chế độ sẵn sàng chiến đấu. Chỉ đạo các "
        "trường triển khai thực hiện tốt nhiệm vụ tuyển sinh, giáo dục, đào tạo; thực hiện tốt vai trò là lực lượng "
        "nòng cốt trong xây dựng nền quốc phòng toàn dân.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == [
        "tiếp tục nắm chắc tình hình",
        "thực hiện nghiêm túc sự lãnh đạo của cấp ủy",
        "Duy trì nghiêm chế độ sẵn sàng chiến đấu",
        "triển khai thực hiện tốt nhiệm vụ tuyển sinh, giáo dục, đào tạo",
        "thực hiện tốt vai trò là lực lượng nòng cốt trong xây dựng nền quốc phòng toàn dân",
    ]
    assert facts.tasks[0].holder.startswith("Bộ Chỉ huy Quân sự tỉnh")
    # a fact found is no plan
    assert names("Công an huyện xác định nạn nhân là Lò Văn Khiêm.") == []
    # one field of a work before the next item is no list of fields
    assert names(
        "Giám đốc yêu cầu các đơn vị rút ra bài học kinh nghiệm về công tác an ninh, không để tình trạng như vừa "
        "qua tái diễn."
    ) == ["rút ra bài học kinh nghiệm về công tác an ninh", "không để tình trạng như vừa qua tái diễn"]


def test_leading_a_work_and_helping_people_with_their_listed_aims_are_one_task_each():
    found = names(
        "Bộ Chỉ huy Quân sự tỉnh xác định tiếp tục nắm chắc tình hình. Lãnh đạo, chỉ đạo có hiệu quả công tác Đảng, "
        "công tác chính trị trong các nhiệm vụ, trọng tâm là nhiệm vụ huấn luyện, sẵn sàng chiến đấu, xây dựng nề nếp "
        "chính quy. Tổ chức tốt các hoạt động đền ơn đáp nghĩa. Triển khai hiệu quả công tác dân vận, tích cực tham "
        "gia giúp dân xóa đói, giảm nghèo, phát triển kinh tế, xây dựng nông thôn mới; tăng cường đấu tranh phòng, "
        "chống tội phạm."
    )
    assert found == [
        "tiếp tục nắm chắc tình hình",
        "Lãnh đạo, chỉ đạo có hiệu quả công tác Đảng, công tác chính trị trong các nhiệm vụ",
        "Tổ chức tốt các hoạt động đền ơn đáp nghĩa",
        "Triển khai hiệu quả công tác dân vận",
        "tích cực tham gia giúp dân xóa đói, giảm nghèo, phát triển kinh tế, xây dựng nông thôn mới",
        "tăng cường đấu tranh phòng, chống tội phạm",
    ]
    # the leaders named at a sentence's start are no work led
    assert names("Bộ Chỉ huy Quân sự tỉnh xác định tiếp tục nắm chắc tình hình. Lãnh đạo, chỉ huy đơn vị đã đến dự.") == [
        "tiếp tục nắm chắc tình hình"
    ]


def test_a_speakers_points_after_a_colon_are_tasks_and_the_next_sentences_go_on():
    assert names(
        "Về nhiệm vụ thời gian tới, Chủ tịch tỉnh Lò Văn Khiêm nhấn mạnh vào một số nội dung như: Tiếp tục thực hiện "
        "có hiệu quả chiến lược phát triển kinh tế. Làm tốt công tác xây dựng thể chế. Phải làm tốt công tác dự báo, "
        "nắm tình hình; tập trung nâng cao chất lượng huấn luyện."
    ) == [
        "Tiếp tục thực hiện có hiệu quả chiến lược phát triển kinh tế",
        "Làm tốt công tác xây dựng thể chế",
        "làm tốt công tác dự báo, nắm tình hình",
        "tập trung nâng cao chất lượng huấn luyện",
    ]
    # a speaker who lists findings, or no points, directs nothing
    assert names("Ông Lò Văn Khiêm cho biết một số nội dung như: Tổ chức bộ máy còn cồng kềnh.") == []


def test_a_quoted_sentence_goes_on_with_the_speakers_directive_but_not_with_what_it_will_bring():
    assert names(
        "Trung tá Lò Văn Khiêm cho biết, thời gian tới Công an huyện sẽ tiếp tục đẩy mạnh công tác tuyên truyền. "
        "“Đặc biệt, kiên quyết xử lý các hành vi vi phạm về tải trọng, chạy quá tốc độ. Thực hiện tốt các nội dung "
        "trên, chắc chắn năm 2027 sẽ có nhiều chuyển biến” - Trung tá Khiêm khẳng định."
    ) == ["tiếp tục đẩy mạnh công tác tuyên truyền", "kiên quyết xử lý các hành vi vi phạm về tải trọng, chạy quá tốc độ"]


def test_units_acting_on_a_directives_basis_go_on_with_it():
    assert names(
        "Giám đốc Công an tỉnh đã chỉ đạo các đơn vị làm rõ trách nhiệm. Dựa trên kế hoạch của Công an tỉnh, các đơn "
        "vị chủ động xây dựng kế hoạch đấu tranh với tội phạm. Đồng thời, tổ chức tổng rà soát các tổ chức, cá nhân "
        "liên quan."
    ) == [
        "làm rõ trách nhiệm",
        "chủ động xây dựng kế hoạch đấu tranh với tội phạm",
        "tổ chức tổng rà soát các tổ chức, cá nhân liên quan",
    ]


def test_land_given_to_the_public_and_what_follows_on_that_basis_are_no_tasks():
    assert names("Từ năm 1998, Lữ đoàn 82 sử dụng và giao cho người dân thuê khoán.") == []
    assert names(
        "Chủ tịch đề nghị thanh tra tiếp thu hoàn chỉnh ý kiến của bà con, trên cơ sở đó sẽ kết luận thanh tra."
    ) == ["tiếp thu hoàn chỉnh ý kiến của bà con"]


def test_dien_hinh_la_names_an_example_and_does_not_end_the_task():
    assert names(
        "Thủ tướng yêu cầu cơ quan chủ quản xử lý nghiêm tổng biên tập, phóng viên vi phạm, điển hình là vụ ở tỉnh "
        "Lam Sơn."
    ) == ["xử lý nghiêm tổng biên tập, phóng viên vi phạm, điển hình là vụ ở tỉnh Lam Sơn"]


def test_a_partner_by_kind_before_the_next_verb_opens_the_next_task_and_con_viec_ends_one():
    assert names(
        "Sở Giáo dục còn yêu cầu Phòng Giáo dục kịp thời nắm bắt các thông tin tiếp theo từ cơ quan điều tra, cùng với "
        "nhà trường tiếp tục duy trì việc quan tâm, chăm sóc học sinh."
    ) == [
        "kịp thời nắm bắt các thông tin tiếp theo từ cơ quan điều tra",
        "cùng với nhà trường tiếp tục duy trì việc quan tâm, chăm sóc học sinh",
    ]
    assert names(
        "Phòng Giáo dục có trách nhiệm quản lý về chuyên môn còn việc có ra quyết định đình chỉ hay không thuộc thẩm "
        "quyền của UBND quận."
    ) == ["quản lý về chuyên môn"]


def test_a_place_before_phai_goes_on_with_the_directive_past_dac_biet_la_and_links():
    assert names(
        "Bộ yêu cầu Sở Giáo dục chỉ đạo kiểm tra. Đồng thời Hà Nam phải chỉ đạo, tổ chức rút kinh nghiệm về công tác "
        "quản lý các cơ sở mầm non trên địa bàn, đặc biệt là việc quản lý, cấp phép các nhóm lớp tư thục và báo cáo "
        "kết quả về Bộ trước ngày 10/2. >> Người mẹ có con bị đánh vẫn sốc"
    ) == [
        "chỉ đạo kiểm tra",
        "chỉ đạo, tổ chức rút kinh nghiệm về công tác quản lý các cơ sở mầm non trên địa bàn",
        "báo cáo kết quả về Bộ trước ngày 10/2",
    ]


def test_listed_activities_closed_by_va_share_their_object_but_a_verb_with_its_own_may_follow():
    assert names(
        "Phòng CSGT kiến nghị cần siết chặt quản lý Nhà nước về đào tạo, sát hạch và cấp GPLX; cần chuyển giao công "
        "tác đào tạo, sát hạch và cấp GPLX từ Bộ Giao thông sang Bộ Công an."
    ) == [
        "siết chặt quản lý Nhà nước về đào tạo, sát hạch và cấp GPLX",
        "chuyển giao công tác đào tạo, sát hạch và cấp GPLX từ Bộ Giao thông sang Bộ Công an",
    ]
    assert names(
        "Giám đốc yêu cầu các đơn vị tăng cường công tác tuần tra, kiểm soát, xử lý nghiêm hành vi vi phạm pháp luật "
        "về trật tự, an toàn giao thông."
    ) == ["tăng cường công tác tuần tra, kiểm soát, xử lý nghiêm hành vi vi phạm pháp luật về trật tự, an toàn giao thông"]
    assert names(
        "Chỉ đạo giải quyết sự việc này, Thủ tướng yêu cầu Bộ Công an phải xử lý nghiêm: “Nếu như cố tình mua thiết bị "
        "kém chất lượng, điều tra xử lý nghiêm trường hợp này theo pháp luật”."
    ) == ["xử lý nghiêm", "điều tra xử lý nghiêm trường hợp này theo pháp luật"]


def test_purpose_and_standard_after_a_comma_stay_in_the_task():
    assert names(
        "Phó Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Bệnh viện Đa khoa Đông Hòa tích cực cấp cứu, điều trị tốt "
        "nhất, giúp các bệnh nhân sớm hồi phục sức khỏe."
    ) == ["tích cực cấp cứu, điều trị tốt nhất, giúp các bệnh nhân sớm hồi phục sức khỏe"]
    assert names(
        "Ông Đỗ Minh Khang đề nghị phải thực hiện triệt để việc phân cấp để công việc được giải quyết nhanh, "
        "hiệu quả, phục vụ người dân tốt hơn."
    ) == ["thực hiện triệt để việc phân cấp để công việc được giải quyết nhanh, hiệu quả, phục vụ người dân tốt hơn"]
    assert names(
        "Sở Xây dựng có trách nhiệm đôn đốc thu hồi nợ đọng tiền thuê đất trên địa bàn tỉnh, bảo đảm tiến độ, "
        "chất lượng và nguồn lực quy định."
    ) == ["đôn đốc thu hồi nợ đọng tiền thuê đất trên địa bàn tỉnh, bảo đảm tiến độ, chất lượng và nguồn lực quy định"]


def test_works_listed_after_a_field_noun_and_linked_works_are_tasks_of_their_own():
    assert names(
        "Bí thư Tỉnh ủy Lê Văn Tám đề nghị huyện Đông Hòa làm tốt công tác vận động quần chúng, tăng cường "
        "công tác xây dựng Đảng; gắn việc thực hiện nhiệm vụ chính trị với việc hỗ trợ doanh nghiệp."
    ) == [
        "làm tốt công tác vận động quần chúng",
        "tăng cường công tác xây dựng Đảng",
        "gắn việc thực hiện nhiệm vụ chính trị với việc hỗ trợ doanh nghiệp",
    ]



def test_goods_handed_to_a_person_by_full_name_in_a_crime_story_are_no_task():
    assert names(
        "Khải chỉ đạo Trần Văn Lâm 2 lần nhận 50 bánh heroin từ Phan Văn Bảy giao cho Lê Văn Tám mang vào Nam bán."
    ) == []


def test_a_named_unit_carrying_on_with_a_charge_holds_it_unless_told_as_a_past_step():
    assert names("Năm nay, Sở Tư pháp tiếp tục rà soát các văn bản quy phạm pháp luật của tỉnh.") == [
        "tiếp tục rà soát các văn bản quy phạm pháp luật của tỉnh"
    ]
    assert names("Năm qua, Sở Tư pháp tiếp tục rà soát các văn bản quy phạm pháp luật của tỉnh.") == []
    assert names("Chiều 12/3, Tòa án tỉnh tiếp tục đưa bị cáo Lê Văn Tám ra xét xử.") == []


def test_a_right_to_ask_and_the_unit_that_asked_for_a_thing_ask_no_one():
    assert names("Cán bộ giám sát có quyền kiến nghị thay đổi giám thị làm sai quy chế.") == []
    assert names("Cán bộ giám sát do trưởng điểm thi chỉ đạo và có quyền kiến nghị thay đổi giám thị.") == []
    assert names(
        "Ngoài việc làm rõ 5 nội dung do Tòa án tỉnh yêu cầu, cơ quan điều tra còn phát hiện thêm nhiều sai phạm."
    ) == []


def test_a_forbidden_act_after_those_asked_is_their_task():
    assert names("Đại tá Lê Văn Tám đề nghị các công dân không được vi phạm pháp luật.") == [
        "không được vi phạm pháp luật"
    ]


def test_a_unit_told_of_before_by_its_head_word_alone_holds_what_it_goes_on_to_do():
    assert names("Trong tháng 8, Sở tiếp tục tham mưu với UBND tỉnh ban hành danh mục dịch vụ công trực tuyến.") == [
        "tiếp tục tham mưu với UBND tỉnh ban hành danh mục dịch vụ công trực tuyến"
    ]
    assert names("Sở sẽ kiểm tra lại toàn bộ hồ sơ cấp phép.") == ["kiểm tra lại toàn bộ hồ sơ cấp phép"]
    assert names("Năm qua, Sở tiếp tục rà soát các thủ tục hành chính.") == []
    assert names("Ông Lê Văn Tám cho biết Sở sẽ báo cáo sau.") == []


def test_the_law_cited_an_inspections_tally_and_how_one_leads_are_no_tasks():
    assert names(
        "Theo quy định của Bộ luật Tố tụng hình sự, trong thời hạn 24 giờ, Cơ quan điều tra phải gửi quyết định "
        "khởi tố cho Viện kiểm sát cùng cấp."
    ) == []
    assert names("Theo kế hoạch, các đơn vị phải hoàn thành việc rà soát trước ngày 15/7.") == [
        "hoàn thành việc rà soát trước ngày 15/7"
    ]
    assert names("Năm qua, toàn ngành thực hiện 120 cuộc thanh tra, kiến nghị xử lý hành chính 35 tổ chức, 48 cá nhân.") == []
    assert names("Ông Lê Văn Tám kiến nghị UBND tỉnh thu hồi 2 tỷ đồng.") == ["thu hồi 2 tỷ đồng"]
    assert names(
        "Có mặt tại hiện trường chỉ đạo trực tiếp lực lượng chữa cháy, Trung tá Lê Văn Tám cho biết đám cháy đã "
        "được khống chế."
    ) == []


def test_a_named_units_charge_carried_on_is_no_task_when_told_as_a_dated_or_repeated_step():
    assert names("Ngày 9/4, Công an quận Hòa An tiếp tục kiểm tra hành chính quán bar này.") == []
    assert names("Đến giữa tháng 6, Chi cục Quản lý thị trường tỉnh lại tiếp tục gửi mẫu phân bón đi kiểm nghiệm.") == []
    assert names("Từ nay đến ngày 15/2, Công an tỉnh Hòa Bình tiếp tục thực hiện đợt cao điểm trấn áp tội phạm.") == [
        "tiếp tục thực hiện đợt cao điểm trấn áp tội phạm"
    ]
    assert names("Báo Hòa Bình Xanh tiếp tục cập nhật diễn biến của phiên xử tiếp theo.") == []


def test_an_act_that_will_bring_something_is_its_subject_not_a_task():
    assert names(
        "Sở Giao thông vận tải tiếp tục thí điểm đỗ xe theo ngày chẵn, ngày lẻ trên phố Hòa An. Thí điểm đỗ xe theo "
        "ngày chẵn lẻ sẽ giúp tuyến phố thoáng đãng hơn."
    ) == ["tiếp tục thí điểm đỗ xe theo ngày chẵn, ngày lẻ trên phố Hòa An"]


def test_having_a_report_or_a_programme_made_is_a_task():
    assert names("Ông Lê Văn Tám cho biết đã đề nghị nhà trường có báo cáo cụ thể về vụ việc.") == [
        "có báo cáo cụ thể về vụ việc"
    ]
    assert names("Trong năm nay, Bộ sẽ có chương trình thanh tra các cơ quan thuộc Bộ.") == [
        "có chương trình thanh tra các cơ quan thuộc Bộ"
    ]


def test_a_sub_heading_glued_to_a_speakers_report_is_no_task():
    assert names(
        "Đề nghị UBND tỉnh quan tâm Ông Lê Văn Xuân cũng cho hay, đã đề nghị UBND tỉnh quan tâm, chỉ đạo và hỗ "
        "trợ huyện trong việc quản lý khoáng sản."
    ) == ["hỗ trợ huyện trong việc quản lý khoáng sản"]


# Directives whose tasks are told in points, items or sentences after them, and the tasks read, in order.
LISTED_TASKS = [
    pytest.param(
        "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu các sở, ngành thực hiện tốt các nội dung sau. "
        "Một là, rà soát các điểm trông giữ xe trên địa bàn. "
        "Hai là, tăng cường tuần tra trên các tuyến đường ven biển.",
        [
            "rà soát các điểm trông giữ xe trên địa bàn",
            "tăng cường tuần tra trên các tuyến đường ven biển",
        ],
        id="points_announced_with_a_stop_are_no_task_and_the_counted_items_are",
    ),
    pytest.param(
        "Bộ trưởng Lê Văn Tám yêu cầu Cục Quản lý thị trường tăng cường kiểm tra hàng giả. "
        "Ông Tám cũng đến thăm chợ Lam Sơn. Chợ có 200 gian hàng. Nhiều tiểu thương phấn khởi. "
        "Tổng cục Hải quan phối hợp với Bộ đội Biên phòng kiểm soát chặt các cửa khẩu. "
        "Trước đó, Bộ trưởng yêu cầu Cục Quản lý thị trường rà soát các kho hàng. "
        "Chợ mở cửa từ 6 giờ sáng. Tổng cục Hải quan đã bắt giữ 20 xe hàng lậu.",
        ["tăng cường kiểm tra hàng giả", "rà soát các kho hàng"],
        id="a_directive_told_long_before_carries_no_unit_deed",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu UBND các huyện thực hiện những nội dung sau: a) Đối với các "
        "huyện có dịch, cần tập trung mọi nguồn lực dập tắt ổ dịch. b) Chỉ đạo Trạm Thú y tăng cường giám sát "
        "đàn gia cầm. c) Đẩy mạnh tuyên truyền về dịch bệnh.",
        [
            "tập trung mọi nguồn lực dập tắt ổ dịch",
            "tăng cường giám sát đàn gia cầm",
            "Đẩy mạnh tuyên truyền về dịch bệnh",
        ],
        id="lettered_items_glued_in_one_sentence_are_one_task_each",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Ban Chỉ huy phòng chống thiên tai tỉnh trực ban nghiêm túc, "
        "ứng phó kịp thời với mưa lũ; đề nghị người dân xã Lam Sơn bình tĩnh, hợp tác với các cơ quan chức năng.",
        ["trực ban nghiêm túc, ứng phó kịp thời với mưa lũ", "hợp tác với các cơ quan chức năng"],
        id="advising_standing_by_and_cooperating_open_tasks",
    ),
    # Items marked inline after the units asked and a colon are tasks.
    pytest.param(
        "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu các sở, ngành: - Tập trung mọi nguồn lực dập tắt ổ dịch; "
        "- Đẩy mạnh tuyên truyền về dịch bệnh.",
        ["Tập trung mọi nguồn lực dập tắt ổ dịch", "Đẩy mạnh tuyên truyền về dịch bệnh"],
        id="items_marked_by_dashes",
    ),
    pytest.param(
        "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu UBND các huyện: a) Rà soát các trang trại chăn nuôi; "
        "b) Thực hiện tốt công tác tiêu độc khử trùng.",
        ["Rà soát các trang trại chăn nuôi", "Thực hiện tốt công tác tiêu độc khử trùng"],
        id="items_marked_by_letters",
    ),
]


@pytest.mark.parametrize(("body", "expected"), LISTED_TASKS)
def test_tasks_listed_after_a_directive_are_read_in_order(body: str, expected: list[str]) -> None:
    assert names(body) == expected


# Units named in a directive's points, after it, and the (holder, task) pairs read, in order.
HELD_TASKS = [
    pytest.param(
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện những nội dung sau: "
        "1. Sở Y tế: Phối hợp với Sở Nông nghiệp triển khai các biện pháp phòng bệnh cho đàn gia cầm.",
        [("Sở Y tế", "triển khai các biện pháp phòng bệnh cho đàn gia cầm")],
        id="numbered_item_headed_by_its_unit_and_a_colon_is_theirs",
    ),
    pytest.param(
        "Phó Thủ tướng Lê Văn Tám yêu cầu các bộ, ngành khẩn trương xử lý các vướng mắc. "
        "Đối với Bộ Xây dựng, sớm ban hành hướng dẫn sử dụng cát nhân tạo. "
        "Đối với vụ việc ở xã Lam Sơn, người dân rất bức xúc.",
        [(None, "khẩn trương xử lý các vướng mắc"), ("Bộ Xây dựng", "sớm ban hành hướng dẫn sử dụng cát nhân tạo")],
        id="lead_naming_a_unit_heads_the_next_point_of_a_directive",
    ),
    pytest.param(
        "Bộ trưởng Lê Văn Tám yêu cầu Cục Quản lý thị trường tăng cường kiểm tra hàng giả. "
        "“Không được để hàng giả tràn lan dịp Tết”, ông Tám nói. "
        "Tổng cục Hải quan phối hợp với Bộ đội Biên phòng kiểm soát chặt các cửa khẩu.",
        [("Cục Quản lý thị trường", "tăng cường kiểm tra hàng giả"), ("Tổng cục Hải quan", "kiểm soát chặt các cửa khẩu")],
        id="units_named_after_a_quote_go_on_with_the_directive_before_it",
    ),
]


@pytest.mark.parametrize(("body", "expected"), HELD_TASKS)
def test_units_named_in_a_directives_points_hold_their_tasks(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    facts = extract(HEAD + body, "tasks-test.txt")
    assert [(t.holder, t.name) for t in facts.tasks] == expected


def test_points_after_a_colon_following_an_opener_go_on_with_the_directive():
    found = names(
        "Phó Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu các sở, ngành thực hiện đồng bộ nhiều giải pháp. "
        "Cụ thể: tăng cường kiểm tra các cơ sở sản xuất; rà soát các quy định về nhãn mác."
    )
    assert found[-2:] == ["tăng cường kiểm tra các cơ sở sản xuất", "rà soát các quy định về nhãn mác"]


def test_units_named_after_a_photo_credit_glued_on_go_on_with_the_directive():
    facts = extract(
        HEAD + "Bộ trưởng Lê Văn Tám yêu cầu Cục Quản lý thị trường tăng cường kiểm tra hàng giả. "
        "“Không được để hàng giả tràn lan”, ông Tám nói. "
        "Ảnh: Hòa Bình Tổng cục Hải quan kiểm soát chặt các cửa khẩu.",
        "tasks-test.txt",
    )
    assert [(t.holder, t.name) for t in facts.tasks][-1] == ("Tổng cục Hải quan", "kiểm soát chặt các cửa khẩu")


def test_prosecuting_a_named_case_for_an_inquiry_is_two_tasks():
    found = names(
        "Giám đốc Công an tỉnh Trần Văn Bảy chỉ đạo khởi tố vụ án cố ý gây thương tích theo Điều 134 BLHS "
        "để điều tra, xử lý nghiêm theo quy định của pháp luật."
    )
    assert found == [
        "khởi tố vụ án cố ý gây thương tích theo Điều 134 BLHS",
        "điều tra, xử lý nghiêm theo quy định của pháp luật",
    ]
    # (a bare case opened for the inquiry stays one task)
    assert names(
        "Giám đốc Công an tỉnh Trần Văn Bảy chỉ đạo khởi tố vụ án để điều tra làm rõ cái chết của ông Tư."
    ) == ["khởi tố vụ án để điều tra làm rõ cái chết của ông Tư"]


def test_a_focus_after_a_comma_narrows_the_object_or_opens_a_task():
    head = "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Xây dựng "
    assert names(head + "đề xuất các giải pháp quản lý các công trình, nhất là công trình có dấu hiệu sai phạm.") == [
        "đề xuất các giải pháp quản lý các công trình, nhất là công trình có dấu hiệu sai phạm"
    ]
    assert names(head + "rà soát các công trình, đặc biệt là tăng cường kiểm tra nhà cao tầng.") == [
        "rà soát các công trình",
        "tăng cường kiểm tra nhà cao tầng",
    ]


def test_a_responsibility_whose_owner_follows_in_the_next_item_is_one_task():
    head = "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Y tế "
    assert names(head + "kiểm điểm trách nhiệm và có hình thức kỷ luật đối với ông Đỗ Văn Ba.") == [
        "kiểm điểm trách nhiệm và có hình thức kỷ luật đối với ông Đỗ Văn Ba"
    ]
    assert names(head + "làm rõ trách nhiệm và báo cáo kết quả trước ngày 5/3.") == [
        "làm rõ trách nhiệm",
        "báo cáo kết quả trước ngày 5/3",
    ]


def test_a_ratio_to_keep_after_a_comma_is_the_standard_of_the_work():
    assert names("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Nội vụ thực hiện việc tinh giản biên chế, bảo đảm tỷ lệ theo quy định.") == [
        "thực hiện việc tinh giản biên chế, bảo đảm tỷ lệ theo quy định"
    ]


def test_informing_the_press_after_a_report_is_a_task_of_its_own():
    assert names("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Công thương báo cáo kết quả cho UBND tỉnh và thông tin với báo chí.") == [
        "báo cáo kết quả cho UBND tỉnh",
        "thông tin với báo chí",
    ]
    # (the noun after a comma stays in the item)
    assert names("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Công thương cung cấp hồ sơ, thông tin cho Công an tỉnh.") == [
        "cung cấp hồ sơ, thông tin cho Công an tỉnh"
    ]


def test_the_inquiry_an_act_of_units_named_by_kind_serves_is_their_task():
    assert names("Ngay sau đó, lực lượng chức năng đã có mặt để tiến hành xác minh vụ việc.") == ["xác minh vụ việc"]
    assert names("Cơ quan công an đã đưa ba người liên quan về trụ sở để điều tra hành vi gây rối.") == [
        "điều tra hành vi gây rối"
    ]
    facts = extract(HEAD + "Công an xã Hòa Phong đã triệu tập Lê Văn Tám để làm rõ hành vi đe dọa nhân viên y tế.", "t.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("làm rõ hành vi đe dọa nhân viên y tế", "Công an xã Hòa Phong")
    ]
    # (work at the scene that opens with something else than the inquiry is told, not held)
    assert names("Lực lượng chức năng đã có mặt để điều tiết giao thông và xác minh sự việc.") == []
    assert names("Lực lượng chức năng đã có mặt để xử lý, phân luồng giao thông.") == []


def test_the_sentence_after_an_inquiry_a_unit_took_up_goes_on_with_no_directive():
    assert names(
        "Công an xã Hòa Phong đã tạm giữ Lê Văn Tám để làm rõ hành vi đe dọa nhân viên y tế. "
        "Tám nói phải đưa tiền cho Đỗ Văn Khang."
    ) == ["làm rõ hành vi đe dọa nhân viên y tế"]


def test_an_inquiry_under_way_with_a_partner_after_cung_or_none_is_the_units():
    found = extract(
        HEAD + "Công an huyện Bình Lộc đang phối hợp cùng Công an tỉnh Hòa Nam điều tra vụ án.", "t.txt"
    ).tasks
    assert [(t.name, t.holder) for t in found] == [("điều tra vụ án", "Công an huyện Bình Lộc")]
    assert names("Hiện Công an tỉnh Hòa Nam đang phối hợp Công an huyện Tân Lộc tiếp tục điều tra vụ việc.") == [
        "tiếp tục điều tra vụ việc"
    ]
    assert names("Công an huyện Bình Lộc và Công an xã Tân Lộc đang phối hợp điều tra, làm rõ vụ việc.") == [
        "phối hợp điều tra, làm rõ vụ việc"
    ]
    # (a partner after 'cùng' is left out of a plan's words, as one after 'với' is)
    assert names("Tới đây, UBND huyện Bình Lộc sẽ phối hợp cùng Sở Y tế hỗ trợ toàn bộ chi phí chữa trị cho anh Tám.") == [
        "hỗ trợ toàn bộ chi phí chữa trị cho anh Tám"
    ]


def test_statements_taken_and_staff_sent_for_an_inquiry_lead_to_it():
    assert names("Công an huyện Bình Lộc đã cử cán bộ đến bệnh viện để tiếp tục điều tra vụ việc.") == [
        "tiếp tục điều tra vụ việc"
    ]
    # (the paper credited at the end is no part of the task)
    assert names(
        "Lực lượng chức năng đang lấy lời khai những người liên quan để làm rõ các tình tiết của vụ án, theo báo Ánh Dương."
    ) == ["làm rõ các tình tiết của vụ án"]


def test_a_task_done_thoroughly_keeps_its_last_word():
    # ('triệt để' is one word; a trailing 'để' whose purpose was cut off is dropped)
    assert names("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Công an tỉnh xử lý vụ việc triệt để.") == [
        "xử lý vụ việc triệt để"
    ]


def test_those_concerned_met_for_an_inquiry_lead_to_it_but_not_a_persons_work_in_brackets():
    assert names(
        "Ngày 3/5, tổ công tác Công an tỉnh Hòa Nam đã đến làm việc với Công ty Tân Phát để làm rõ các vấn đề liên quan."
    ) == ["làm rõ các vấn đề liên quan"]
    # (a job in a person's details is no act of the unit; the arrest before it is)
    facts = extract(
        HEAD + "Công an huyện Tân Lộc đã bắt tạm giam Lê Văn Tám (30 tuổi, kỹ sư làm việc tại Ban quản lý dự án Hòa "
        "Phong) để điều tra về hành vi cướp tài sản.", "t.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra về hành vi cướp tài sản", "Công an huyện Tân Lộc")]


def test_an_inquiry_under_way_reported_by_its_unit_after_a_comma_or_an_aspect_word():
    assert names("Ngày 3/4, Công an huyện Tân Lộc cho biết, đang điều tra làm rõ vụ việc.") == [
        "điều tra làm rõ vụ việc"
    ]
    assert names("Phòng Cảnh sát hình sự Công an tỉnh Hòa Nam vừa cho biết, đơn vị đang truy bắt đối tượng.") == [
        "truy bắt đối tượng"
    ]


def test_an_inquiry_under_way_held_by_units_named_by_kind():
    assert names("Hiện cơ quan công an đang tiếp tục điều tra, làm rõ vụ việc.") == ["tiếp tục điều tra, làm rõ vụ việc"]
    # (what an offender knew of the police is no task)
    assert names("Biết cơ quan công an đang truy xét ráo riết, Tám đã đến đầu thú.") == []


def test_cung_nhu_before_a_verb_joins_a_second_task():
    assert names(
        "UBND tỉnh đề nghị Công an tỉnh xử lý nghiêm các đối tượng cũng như thu hồi toàn bộ số tiền đã chiếm đoạt."
    ) == ["xử lý nghiêm các đối tượng", "thu hồi toàn bộ số tiền đã chiếm đoạt"]


def test_cung_nhu_before_a_noun_or_after_a_purpose_lists_no_task():
    assert names("Sở Công Thương yêu cầu xác minh thiệt hại về tài sản cũng như hàng hóa bị mất cắp.") == [
        "xác minh thiệt hại về tài sản cũng như hàng hóa bị mất cắp"
    ]
    assert names(
        "Sở Y tế yêu cầu phải xử lý nghiêm để răn đe các cá nhân này cũng như cảnh báo các cơ sở khác."
    ) == ["xử lý nghiêm để răn đe các cá nhân này cũng như cảnh báo các cơ sở khác"]


def test_cuong_quyet_opens_a_listed_task_after_a_semicolon():
    assert names(
        "Bộ trưởng yêu cầu các tỉnh đề xuất phương án bảo đảm an toàn đường sắt; Cương quyết xử lý các hành vi "
        "vi phạm trên tuyến."
    ) == ["đề xuất phương án bảo đảm an toàn đường sắt", "Cương quyết xử lý các hành vi vi phạm trên tuyến"]


def test_inquiry_under_way_after_a_step_taken_is_the_same_units():
    facts = extract(
        HEAD + "Công an huyện Sơn Mai (tỉnh Hòa Bình Xanh) cho biết, đã báo cáo Công an tỉnh và đang tiến hành "
        "điều tra, làm rõ vụ việc.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra, làm rõ vụ việc", "Công an huyện Sơn Mai")]
    assert names("Cơ quan công an đã tạm giữ một nghi can, đang khẩn trương truy tìm đối tượng còn lại.") == [
        "khẩn trương truy tìm đối tượng còn lại"
    ]


def test_a_person_or_a_thing_after_a_step_holds_no_inquiry_under_way():
    assert names("Lê Văn Tám đã nhận tiền và đang điều tra thông tin của khách hàng.") == []
    assert names("Nạn nhân đã được đưa đi cấp cứu và đang được điều trị tại bệnh viện.") == []


def test_an_inquiry_widened_under_way_is_a_task():
    assert names("Hiện Cơ quan CSĐT Công an tỉnh Hòa Bình Xanh đang mở rộng điều tra vụ án.") == [
        "mở rộng điều tra vụ án"
    ]
    assert names("Công ty Sao Mai đang mở rộng sản xuất tại tỉnh Hòa Bình Xanh.") == []


def test_a_ranked_speaker_glued_after_a_sub_heading_ends_the_task():
    assert names(
        "Công an tỉnh Hòa Bình Xanh đang mở rộng điều tra hai doanh nghiệp Đại tá Lê Văn Tám, Phó giám đốc "
        "Công an tỉnh, cho hay đơn vị đã thu giữ nhiều tài liệu."
    ) == ["mở rộng điều tra hai doanh nghiệp"]


def test_an_inspection_under_way_is_a_task():
    assert names("Hiện nay, đoàn thanh tra của Sở Nông nghiệp đang tiến hành thanh tra việc giao đất rừng.") == [
        "thanh tra việc giao đất rừng"
    ]
    assert names("Các lực lượng chức năng đang kiểm tra, xử lý vi phạm trên tuyến đường.") == [
        "kiểm tra, xử lý vi phạm trên tuyến đường"
    ]


def test_the_police_investigators_by_kind_hold_an_inquiry_under_way():
    assert names(
        "Đại tá Lê Văn Tám, Phó giám đốc Công an tỉnh Hòa Bình Xanh cho biết, cơ quan cảnh sát điều tra đang "
        "điều tra, truy bắt hung thủ."
    ) == ["điều tra, truy bắt hung thủ"]


def test_forces_gathered_for_an_inquiry_under_way_are_a_task():
    assert names("Hiện Công an huyện Sơn Mai đang tập trung lực lượng truy bắt hai đối tượng.") == [
        "tập trung lực lượng truy bắt hai đối tượng"
    ]


def test_a_place_or_a_person_abbreviated_with_a_stop_does_not_end_the_task():
    assert names("Thanh tra Bộ đang thanh tra việc Công an TP.Sơn Mai bắt giữ người ở xã Hòa Lạc.") == [
        "thanh tra việc Công an TP.Sơn Mai bắt giữ người ở xã Hòa Lạc"
    ]
    assert names("Công an huyện Sơn Mai đang điều tra làm rõ vụ chị N.T.B bị đánh nhập viện.") == [
        "điều tra làm rõ vụ chị N.T.B bị đánh nhập viện"
    ]


def test_a_group_set_up_to_avoid_something_is_the_task_not_the_aim():
    assert names("Sở Xây dựng cần thành lập một hội đồng giám sát để tránh lợi ích nhóm.") == [
        "thành lập một hội đồng giám sát để tránh lợi ích nhóm"
    ]


def test_a_named_unit_asking_one_by_name_gives_a_task():
    assert names("Tòa án nhân dân tỉnh Sơn Mai đề nghị ông Lê Văn Tám cung cấp bổ sung một số giấy tờ liên quan.") == [
        "cung cấp bổ sung một số giấy tờ liên quan"
    ]
    assert names("Ông Trần Văn Bảo yêu cầu ông Lê Văn Tám bồi thường thiệt hại.") == []


def test_a_modal_after_va_opens_a_second_task():
    assert names("Công an huyện Sơn Mai đang tiếp tục điều tra làm rõ và sẽ xử lý nghiêm các đối tượng.") == [
        "tiếp tục điều tra làm rõ", "xử lý nghiêm các đối tượng"
    ]
    assert names("Sở Y tế yêu cầu kiểm tra, xác minh và xử lý nghiêm các cơ sở vi phạm.") == [
        "kiểm tra, xác minh và xử lý nghiêm các cơ sở vi phạm"
    ]


def test_a_second_named_unit_asked_after_va_or_dong_thoi_holds_its_own_task():
    for joint in (" và", ", đồng thời"):
        facts = extract(
            HEAD + f"Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh{joint} Sở Tài chính bố trí "
            "kinh phí cho các bệnh viện.",
            "tasks-test.txt",
        )
        assert [(t.name, t.holder) for t in facts.tasks] == [
            ("kiểm tra các cơ sở khám bệnh", "Sở Y tế"), ("bố trí kinh phí cho các bệnh viện", "Sở Tài chính")
        ]


def test_a_partner_named_after_voi_is_no_second_unit_asked():
    assert names("Chủ tịch UBND tỉnh yêu cầu Sở Y tế phối hợp với Sở Tư pháp và Sở Tài chính kiểm tra vụ việc.") == [
        "kiểm tra vụ việc"
    ]


def test_inquiry_in_the_passive_names_its_unit_after_a_kind_in_turn_or_with_a_named_partner():
    def held(body: str) -> list[tuple[str, str | None]]:
        return [(t.name, t.holder) for t in extract(HEAD + body, "tasks-test.txt").tasks]

    assert held("Hiện vụ việc đang được lực lượng Công an huyện Tân Lộc tiến hành điều tra làm rõ.") == [
        ("điều tra làm rõ", "Công an huyện Tân Lộc")
    ]
    assert held("Hiện vụ việc đang được Công an tỉnh Hòa Xanh và Công an huyện Tân Lộc điều tra làm rõ.") == [
        ("điều tra làm rõ", "Công an tỉnh Hòa Xanh")
    ]
    assert held("Vụ việc đang được Công an TP. Lũng Mai phối hợp với Công an tỉnh Hòa Xanh điều tra làm rõ.") == [
        ("điều tra làm rõ", "Công an TP. Lũng Mai")
    ]
    # a partner named by kind gives the passive no task of its own
    assert ("phối hợp với", "Công an huyện Tân Lộc") not in held(
        "Vụ việc đang được Công an huyện Tân Lộc phối hợp với các lực lượng chức năng tiếp tục điều tra làm rõ."
    )
    assert names("Hiện vụ việc đang được lực lượng chức năng điều tra làm rõ.") == []


def test_inquiry_under_way_after_a_manner_word_or_a_first_step():
    assert names("Công an huyện Tân Lộc đang gấp rút điều tra nguyên nhân vụ hỏa hoạn.") == [
        "gấp rút điều tra nguyên nhân vụ hỏa hoạn"
    ]
    assert names(
        "Hiện Công an huyện Tân Lộc đang khám nghiệm hiện trường và điều tra làm rõ cái chết của người đàn ông."
    ) == ["điều tra làm rõ cái chết của người đàn ông"]
    assert names("Hiện lực lượng chức năng đang chữa cháy, đồng thời điều tra làm rõ nguyên nhân vụ cháy.") == [
        "điều tra làm rõ nguyên nhân vụ cháy"
    ]
    # a step with no inquiry after it, or a purpose, is no task
    assert names("Công an huyện Tân Lộc đang gấp rút khắc phục hậu quả.") == []
    assert names("Bệnh viện Đa khoa tỉnh Tân Lộc đang nỗ lực cấp cứu cho nạn nhân.") == []
    assert names("Công an huyện Tân Lộc đang làm việc với gia đình, sau đó sẽ điều tra.") == []


def test_a_plan_told_after_the_report_verb_a_comma_or_a_time_is_the_speakers_units():
    for lead in (", trước mắt", ",", " trước mắt"):
        facts = extract(
            HEAD + f"Ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh Hòa Xanh cho biết{lead} sẽ tạm dừng việc bổ nhiệm "
            "Giám đốc bệnh viện.",
            "tasks-test.txt",
        )
        assert [(t.name, t.holder) for t in facts.tasks] == [
            ("tạm dừng việc bổ nhiệm Giám đốc bệnh viện", "UBND tỉnh Hòa Xanh")
        ]
    assert names("Ông Lê Văn Tám, Giám đốc Sở Y tế tỉnh Hòa Xanh cho biết, người dân sẽ được hỗ trợ.") == []


def test_partners_named_by_kind_with_no_voi_stay_in_the_inquiry_under_way():
    assert names("Công an tỉnh Hòa Xanh đang phối hợp các cơ quan chức năng làm rõ vụ việc ở xã Tân Lộc.") == [
        "phối hợp các cơ quan chức năng làm rõ vụ việc ở xã Tân Lộc"
    ]
    # organising together is no partner named by kind
    assert names("Công an tỉnh Hòa Xanh đang phối hợp tổ chức lễ hội.") == []


def test_offences_listed_after_hanh_vi_or_toi_are_one_object_of_the_inquiry():
    assert names(
        "Công an huyện Tân Lộc đã tạm giữ Lê Văn Tám để điều tra làm rõ về hành vi giết người, sử dụng trái phép "
        "vũ khí quân dụng và che giấu tội phạm."
    ) == ["điều tra làm rõ về hành vi giết người, sử dụng trái phép vũ khí quân dụng và che giấu tội phạm"]
    assert names("Công an huyện Tân Lộc đang điều tra về tội cố ý gây thương tích và gây rối trật tự công cộng.") == [
        "điều tra về tội cố ý gây thương tích và gây rối trật tự công cộng"
    ]
    # a step of handling them opens a task of its own
    assert names("Công an huyện Tân Lộc đang làm rõ hành vi của tài xế, xử lý nghiêm.") == [
        "làm rõ hành vi của tài xế", "xử lý nghiêm"
    ]
    # 'tội phạm' (crime) names no offence: the verb after it opens the next task
    assert names(
        "Công an huyện Tân Lộc sẽ đấu tranh phòng chống tội phạm, bảo đảm an ninh trật tự trên địa bàn."
    ) == ["đấu tranh phòng chống tội phạm", "bảo đảm an ninh trật tự trên địa bàn"]


def test_the_article_an_offence_falls_under_closes_the_task():
    assert names(
        "Công an huyện Tân Lộc đã tạm giữ Lê Văn Tám để điều tra về hành vi buôn bán hàng giả, quy định tại "
        "Điều 192 Bộ luật Hình sự."
    ) == ["điều tra về hành vi buôn bán hàng giả"]


def test_a_case_told_on_after_va_is_one_case_not_two():
    # a predicate after 'và' tells more of the one case
    assert names("Công an huyện Tân Lộc đang điều tra làm rõ vụ một thanh niên bị đâm và tử vong trên quốc lộ.") == [
        "điều tra làm rõ vụ một thanh niên bị đâm và tử vong trên quốc lộ"
    ]
    # 'và' joins those the case befell, after a causing verb
    assert names(
        "Công an huyện Tân Lộc đang xác minh vụ tranh giành khách dẫn đến tài xế và phụ xế xe khách bị đánh."
    ) == ["xác minh vụ tranh giành khách dẫn đến tài xế và phụ xế xe khách bị đánh"]
    # the case noun said again names a second case
    assert names(
        "Chủ tịch UBND tỉnh Tân Lộc yêu cầu Sở Giao thông báo cáo vụ cháy làm hai người chết và vụ xe khách lật "
        "trên đèo Mây Trắng."
    ) == ["báo cáo vụ cháy làm hai người chết", "báo cáo vụ xe khách lật trên đèo Mây Trắng"]


def test_verbs_listed_before_a_shared_object_are_one_task():
    assert names(
        "UBND tỉnh Tân Lộc yêu cầu các sở tiếp tục đẩy mạnh rà soát, cắt giảm và đơn giản hóa thủ tục hành chính."
    ) == ["tiếp tục đẩy mạnh rà soát, cắt giảm và đơn giản hóa thủ tục hành chính"]
    assert names(
        "Công đoàn tỉnh Tân Lộc đề nghị Công ty Mây Trắng chăm lo hậu sự cho người đã mất và an ủi, động viên "
        "người thân."
    ) == ["chăm lo hậu sự cho người đã mất", "an ủi, động viên người thân"]


def test_an_official_or_unit_with_a_clause_of_its_own_after_va_ends_the_item():
    assert names(
        "Bộ Giao thông đề nghị các địa phương rà soát lại các bến xe khách và chủ tịch UBND tỉnh chịu trách nhiệm "
        "về kết quả rà soát."
    )[0] == "rà soát lại các bến xe khách"
    assert names(
        "Ông Lê Văn Tám đề nghị công ty phải hoàn thiện hệ thống truyền số liệu về Sở Tài nguyên và Môi trường và Sở "
        "lưu ý nhận số liệu."
    ) == ["hoàn thiện hệ thống truyền số liệu về Sở Tài nguyên và Môi trường"]
    # partners listed after 'với' stay those the task is done with
    assert names("UBND tỉnh Tân Lộc yêu cầu các sở phối hợp với Sở Y tế và Sở Công Thương kiểm tra các cơ sở.") == [
        "kiểm tra các cơ sở"
    ]


def test_a_sentence_glued_on_by_citing_a_paper_ends_the_task():
    assert names(
        "Công an huyện Tân Lộc đang củng cố hồ sơ để khởi tố tài xế xe tải Như Báo Mây Trắng đã đưa tin, vào khoảng "
        "16 giờ ngày 30/6, tổ công tác phát hiện xe chở quá tải."
    ) == ["củng cố hồ sơ để khởi tố tài xế xe tải"]


def test_activities_listed_after_de_an_or_quy_trinh_are_one_task():
    assert names(
        "UBND tỉnh Tân Lộc yêu cầu triển khai có hiệu quả đề án kiểm soát, ngăn chặn hành vi đưa tạp chất vào tôm."
    ) == ["triển khai có hiệu quả đề án kiểm soát, ngăn chặn hành vi đưa tạp chất vào tôm"]
    # a measure proposed, then a report with its own object: two tasks
    assert names("Thủ tướng yêu cầu Bộ Tài chính đề xuất biện pháp giải quyết và báo cáo Thủ tướng trước ngày 30/12.") == [
        "đề xuất biện pháp giải quyết", "báo cáo Thủ tướng trước ngày 30/12"
    ]


def test_a_task_with_a_purpose_place_or_deadline_gives_its_core_wording_as_an_alias():
    facts = extract(
        HEAD + "Công an huyện Tân Lộc đang củng cố hồ sơ để khởi tố Lê Văn Tám về tội trộm cắp tài sản.",
        "tasks-test.txt",
    )
    assert [(t.name, t.aliases) for t in facts.tasks] == [
        ("củng cố hồ sơ để khởi tố Lê Văn Tám về tội trộm cắp tài sản", ["củng cố hồ sơ"])
    ]
    facts = extract(HEAD + "Công an huyện Tân Lộc đang điều tra vụ trộm xảy ra tại xã Mây Trắng.", "tasks-test.txt")
    assert [t.aliases for t in facts.tasks] == [["điều tra vụ trộm"]]
    facts = extract(
        HEAD + "UBND tỉnh Tân Lộc yêu cầu Sở Công Thương báo cáo kết quả kiểm tra trước ngày 30/7.", "tasks-test.txt"
    )
    assert [t.aliases for t in facts.tasks] == [["báo cáo kết quả kiểm tra"]]


def test_no_core_alias_for_letting_happen_an_offences_purpose_or_a_word_of_its_own():
    for body, name in (
        ("UBND tỉnh Tân Lộc yêu cầu Sở Y tế kiểm điểm trách nhiệm của cá nhân để xảy ra sai phạm.", None),
        ("Công an huyện Tân Lộc đang điều tra hành vi sử dụng mạng xã hội để lừa đảo chiếm đoạt tài sản.", None),
        ("UBND tỉnh Tân Lộc yêu cầu Sở Xây dựng xử lý triệt để các công trình vi phạm.", None),
        ("UBND tỉnh Tân Lộc yêu cầu Sở Tư pháp khắc phục những tồn tại trong công tác hộ tịch.", None),
    ):
        facts = extract(HEAD + body, "tasks-test.txt")
        assert facts.tasks and all(t.aliases == [] for t in facts.tasks), (body, name)


def test_a_named_partner_left_out_of_the_name_stays_in_a_fuller_alias():
    facts = extract(
        HEAD + "UBND tỉnh Tân Lộc giao Sở Giao thông chủ trì, phối hợp với Sở Tư pháp khẩn trương xây dựng quy chế "
        "quản lý bến thủy.",
        "tasks-test.txt",
    )
    assert [(t.name, t.aliases) for t in facts.tasks] == [(
        "khẩn trương xây dựng quy chế quản lý bến thủy",
        ["chủ trì, phối hợp với Sở Tư pháp khẩn trương xây dựng quy chế quản lý bến thủy"],
    )]
    # no partner, no fuller wording
    facts = extract(HEAD + "UBND tỉnh Tân Lộc yêu cầu Sở Y tế kiểm tra các cơ sở.", "tasks-test.txt")
    assert [t.aliases for t in facts.tasks] == [[]]


def test_items_listed_after_a_purpose_with_nham_are_no_tasks_of_their_own():
    assert names(
        "Ông Trần Văn Bảy đề nghị Tòa án huyện Tân Lạc xem xét kỹ các chứng cứ nhằm tránh oan sai, bảo đảm "
        "quyền lợi của bị cáo."
    ) == ["xem xét kỹ các chứng cứ"]
    assert names(
        "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn tăng cường tuần tra nhằm giữ trật tự "
        "và giảm tai nạn giao thông."
    ) == ["tăng cường tuần tra"]


def test_an_inquiry_begun_goes_on_with_what_it_brings_to_light():
    assert names(
        "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn vào cuộc điều tra, sớm làm rõ vụ cháy kho."
    ) == ["vào cuộc điều tra, sớm làm rõ vụ cháy kho"]
    # a further step after the inquiry is a task of its own
    assert names(
        "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn vào cuộc điều tra làm rõ, xử lý nghiêm "
        "các đối tượng."
    ) == ["vào cuộc điều tra làm rõ", "xử lý nghiêm các đối tượng"]


def test_an_item_ending_in_a_bare_verb_shares_the_next_items_object():
    assert names(
        "UBND tỉnh Tân Lộc yêu cầu Sở Xây dựng khẩn trương tiến hành kiểm tra, thống kê thiệt hại."
    ) == ["khẩn trương tiến hành kiểm tra, thống kê thiệt hại"]
    assert names(
        "UBND tỉnh Tân Lộc yêu cầu Sở Tư pháp rà soát và chấn chỉnh, kiểm tra các quy định về đất đai."
    ) == ["rà soát và chấn chỉnh, kiểm tra các quy định về đất đai"]
    # a verb qualifying the one before it, or repeated as the next object, is no bare verb
    assert names(
        "Viện KSND tỉnh Tân Lộc yêu cầu Công an huyện Lạc Sơn hoàn thiện hồ sơ, kết luận điều tra bổ sung, "
        "chuyển hồ sơ sang Viện kiểm sát."
    ) == ["hoàn thiện hồ sơ, kết luận điều tra bổ sung", "chuyển hồ sơ sang Viện kiểm sát"]
    assert names(
        "UBND tỉnh Tân Lộc yêu cầu huyện Lạc Sơn làm sớm ngay quy hoạch, công khai quy hoạch để người dân biết."
    ) == ["làm sớm ngay quy hoạch", "công khai quy hoạch để người dân biết"]


def test_a_task_cut_before_its_purpose_keeps_the_purpose_in_a_fuller_alias():
    facts = extract(
        HEAD + "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn rà soát hồ sơ các vụ án nhằm phát "
        "hiện sai phạm, xử lý kịp thời.",
        "tasks-test.txt",
    )
    assert [(t.name, t.aliases) for t in facts.tasks] == [
        ("rà soát hồ sơ các vụ án", ["rà soát hồ sơ các vụ án nhằm phát hiện sai phạm"])
    ]
    # a comma before 'nhằm' still tells the task's purpose
    facts = extract(
        HEAD + "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn rà soát hồ sơ các vụ án, nhằm phát "
        "hiện sai phạm.",
        "tasks-test.txt",
    )
    assert [t.aliases for t in facts.tasks] == [["rà soát hồ sơ các vụ án, nhằm phát hiện sai phạm"]]
    # no purpose after it, no fuller alias
    facts = extract(
        HEAD + "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn rà soát hồ sơ các vụ án.",
        "tasks-test.txt",
    )
    assert [t.aliases for t in facts.tasks] == [[]]


def test_task_listed_before_another_has_both_in_the_texts_words_as_an_alias():
    facts = extract(
        HEAD + "Chủ tịch UBND tỉnh Đỗ Minh Khang yêu cầu Sở Y tế rà soát kỹ quy trình chuyên môn và phổ biến "
        "danh sách thuốc cấm tới các bệnh viện.",
        "tasks-test.txt",
    )
    assert [(t.name, t.aliases) for t in facts.tasks] == [
        (
            "rà soát kỹ quy trình chuyên môn",
            ["rà soát kỹ quy trình chuyên môn và phổ biến danh sách thuốc cấm tới các bệnh viện"],
        ),
        ("phổ biến danh sách thuốc cấm tới các bệnh viện", []),
    ]


def test_steps_listed_after_a_comma_join_in_an_alias_too():
    facts = extract(
        HEAD + "Giám đốc Sở Y tế Lê Văn Tám đề nghị Công an tỉnh điều tra làm rõ sai phạm của đối tượng, sớm đưa "
        "ra xử lý trước pháp luật.",
        "tasks-test.txt",
    )
    assert facts.tasks[0].aliases == [
        "điều tra làm rõ sai phạm của đối tượng, sớm đưa ra xử lý trước pháp luật"
    ]


def test_items_one_verb_goes_over_join_with_the_verb_once():
    facts = extract(
        HEAD + "Thanh tra tỉnh đề nghị Cục Quản lý Hoa Sen làm rõ việc thực hiện chủ trương, chế độ chính sách, "
        "kê khai minh bạch tài sản.",
        "tasks-test.txt",
    )
    assert facts.tasks[0].aliases == ["làm rõ việc thực hiện chủ trương, chế độ chính sách"]


def test_tasks_of_two_sentences_are_not_joined():
    facts = extract(
        HEAD + "Chủ tịch UBND tỉnh Đỗ Minh Khang yêu cầu Sở Y tế rà soát kỹ quy trình chuyên môn. Sở Tư pháp phổ "
        "biến danh sách thuốc cấm tới các bệnh viện.",
        "tasks-test.txt",
    )
    assert [t.aliases for t in facts.tasks] == [[], []]


def test_task_directing_others_has_what_they_are_to_do_as_an_alias():
    facts = extract(
        HEAD + "Sở Y tế đề nghị UBND huyện Lạc Sơn chỉ đạo các cơ quan chức năng khẩn trương làm rõ nguyên nhân "
        "vụ ngộ độc.",
        "tasks-test.txt",
    )
    assert [(t.name, t.aliases) for t in facts.tasks] == [
        (
            "chỉ đạo các cơ quan chức năng khẩn trương làm rõ nguyên nhân vụ ngộ độc",
            ["khẩn trương làm rõ nguyên nhân vụ ngộ độc"],
        )
    ]


def test_too_few_words_directed_give_no_alias():
    facts = extract(HEAD + "Sở Y tế đề nghị UBND huyện Lạc Sơn chỉ đạo giải quyết.", "tasks-test.txt")
    assert [(t.name, t.aliases) for t in facts.tasks] == [("chỉ đạo giải quyết", [])]
