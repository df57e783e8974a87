"""Tasks: directives, duties and plans read from invented sentences (names are made up)."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract import tasks as tasks_module

HEAD = "Tỉnh Hòa Bình Xanh triển khai nhiệm vụ năm 2026 05/01/2026 09:00\n\n"


def names(body: str) -> list[str]:
    """Extract a one-paragraph report and return its task names, in order."""
    return [t.name for t in extract(HEAD + body, "tasks-test.txt").tasks]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            (
                "Phó Chủ tịch UBND tỉnh Lê Văn Tám đề nghị Công an tỉnh tập trung đấu tranh phòng, chống tội phạm "
                "ma túy; tăng cường tuần tra, kiểm soát trên các tuyến giao thông, kiên quyết xử lý vi phạm nồng độ cồn."
            ),
            [
                "tập trung đấu tranh phòng, chống tội phạm ma túy",
                "tăng cường tuần tra, kiểm soát trên các tuyến giao thông",
                "kiên quyết xử lý vi phạm nồng độ cồn",
            ],
            id="directive_list_gives_one_task_per_item_without_the_asking_verb",
        ),
        pytest.param(
            "UBND huyện giao Phòng Tư pháp kiểm tra, đôn đốc, nắm tình hình thực hiện đề án.",
            ["kiểm tra, đôn đốc, nắm tình hình thực hiện đề án"],
            id="a_shared_object_keeps_listed_verbs_together",
        ),
        pytest.param(
            (
                "Công an tỉnh chỉ đạo các đơn vị tập trung đấu tranh ngăn chặn tội phạm, đặc biệt xử lý nghiêm các "
                "hành vi đánh bạc, tổ chức đánh bạc."
            ),
            ["tập trung đấu tranh ngăn chặn tội phạm", "xử lý nghiêm các hành vi đánh bạc, tổ chức đánh bạc"],
            id="behaviours_listed_after_hanh_vi_stay_one_task_1",
        ),
        # a new verb after the behaviours is still a task of its own
        pytest.param(
            "Sở yêu cầu Chi cục Kiểm lâm xử lý triệt để mọi hành vi phá rừng trái phép, báo cáo với Sở trước ngày 15/6.",
            ["xử lý triệt để mọi hành vi phá rừng trái phép", "báo cáo với Sở trước ngày 15/6"],
            id="behaviours_listed_after_hanh_vi_stay_one_task_2",
        ),
        pytest.param(
            (
                "Thủ tướng giao Bộ Công an xây dựng dự thảo Nghị định hướng dẫn Luật Đầu tư năm 2014 (sửa đổi, bổ sung "
                "năm 2016), trình Chính phủ trong tháng 6."
            ),
            [
                "xây dựng dự thảo Nghị định hướng dẫn Luật Đầu tư năm 2014 (sửa đổi, bổ sung năm 2016)",
                "trình Chính phủ trong tháng 6",
            ],
            id="comma_inside_brackets_lists_no_task",
        ),
        pytest.param(
            "Bộ trưởng chỉ đạo Sở Y tế kiểm tra, xác minh và kịp thời thăm hỏi, động viên bệnh nhân Lê Văn Hòa.",
            ["kiểm tra, xác minh", "kịp thời thăm hỏi, động viên bệnh nhân Lê Văn Hòa"],
            id="listed_verbs_are_a_task_when_a_manner_word_or_a_complete_verb_marks_the_next_1",
        ),
        pytest.param(
            (
                "Lãnh đạo Công an huyện chỉ đạo các đơn vị nghiệp vụ khẩn trương vào cuộc điều tra làm rõ, xử lý nghiêm "
                "theo quy định pháp luật."
            ),
            ["khẩn trương vào cuộc điều tra làm rõ", "xử lý nghiêm theo quy định pháp luật"],
            id="listed_verbs_are_a_task_when_a_manner_word_or_a_complete_verb_marks_the_next_2",
        ),
        # a bare verb after them still shares their task
        pytest.param(
            "Huyện ủy chỉ đạo công an vào cuộc xác minh, điều tra.",
            ["vào cuộc xác minh, điều tra"],
            id="listed_verbs_are_a_task_when_a_manner_word_or_a_complete_verb_marks_the_next_3",
        ),
        pytest.param(
            "UBND tỉnh giao Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc.",
            ["kiểm tra, xác minh làm rõ vụ việc"],
            id="listed_verbs_are_a_task_when_a_manner_word_or_a_complete_verb_marks_the_next_4",
        ),
        # a short unit asked in turn stays part of the task
        pytest.param(
            "UBND tỉnh đề nghị UBND huyện Tân Lạc chỉ đạo cơ quan chức năng làm rõ vụ tai nạn trên.",
            ["chỉ đạo cơ quan chức năng làm rõ vụ tai nạn trên"],
            id="nested_task_of_a_long_list_of_units_is_theirs_2",
        ),
        pytest.param(
            (
                "Thủ tướng giao Bộ Nông nghiệp chủ trì, kiểm tra làm rõ các vấn đề liên quan đến hoạt động đóng mới, "
                "nâng cấp, đăng kiểm tàu cá; kịp thời đề xuất xử lý nghiêm sai phạm."
            ),
            [
                "chủ trì, kiểm tra làm rõ các vấn đề liên quan đến hoạt động đóng mới, nâng cấp, đăng kiểm tàu cá",
                "kịp thời đề xuất xử lý nghiêm sai phạm",
            ],
            id="activities_listed_as_the_topic_stay_one_task_and_manner_before_a_bare_asking_verb_1",
        ),
        pytest.param(
            "UBND tỉnh yêu cầu Sở Y tế báo cáo các vấn đề liên quan đến vụ việc, kiểm điểm trách nhiệm các cá nhân.",
            ["báo cáo các vấn đề liên quan đến vụ việc", "kiểm điểm trách nhiệm các cá nhân"],
            id="activities_listed_as_the_topic_stay_one_task_and_manner_before_a_bare_asking_verb_2",
        ),
        pytest.param(
            (
                "Bộ trưởng Lê Văn Tám yêu cầu các đơn vị phải làm rõ trách nhiệm đối với những khuyết điểm, tồn tại, "
                "hạn chế, từ đó có giải pháp khắc phục."
            ),
            ["làm rõ trách nhiệm đối với những khuyết điểm, tồn tại, hạn chế", "có giải pháp khắc phục"],
            id="the_next_step_after_a_list_of_shortcomings_is_a_task_of_its_own_1",
        ),
        pytest.param(
            "Lãnh đạo Bộ yêu cầu phải tổ chức lại sản xuất, rà soát, điều chỉnh lại quy hoạch.",
            ["tổ chức lại sản xuất", "rà soát, điều chỉnh lại quy hoạch"],
            id="the_next_step_after_a_list_of_shortcomings_is_a_task_of_its_own_2",
        ),
        # the other half of a yes-no question is no task
        pytest.param(
            "Ông Lê Văn Tám đề nghị Bộ Văn hóa tổng hợp ý kiến để xem xét quy hoạch có cần bổ sung, điều chỉnh hay không.",
            ["tổng hợp ý kiến để xem xét quy hoạch có cần bổ sung"],
            id="the_next_step_after_a_list_of_shortcomings_is_a_task_of_its_own_3",
        ),
        pytest.param(
            (
                "Thanh tra tỉnh sẽ làm rõ việc thực hiện quy hoạch sử dụng đất, chế độ chính sách, kê khai tài sản… "
                "của ông Lê Văn Tám."
            ),
            [
                "làm rõ việc thực hiện quy hoạch sử dụng đất",
                "làm rõ việc thực hiện chế độ chính sách",
                "làm rõ việc thực hiện kê khai tài sản",
            ],
            id="a_verb_over_a_list_of_activities_gives_one_task_per_activity_1",
        ),
        # long items are no list of activities
        pytest.param(
            (
                "Thanh tra tỉnh sẽ làm rõ việc thực hiện các quy định của pháp luật về quản lý đất đai ở địa phương, "
                "chủ trương, chính sách."
            ),
            [
                "làm rõ việc thực hiện các quy định của pháp luật về quản lý đất đai ở địa phương, chủ trương, chính sách"
            ],
            id="a_verb_over_a_list_of_activities_gives_one_task_per_activity_2",
        ),
        pytest.param(
            "UBND tỉnh yêu cầu Công ty Sông Lam thống kê thiết bị hư hỏng, lập biên bản rồi tiến hành sửa chữa như mới.",
            ["thống kê thiết bị hư hỏng", "lập biên bản", "tiến hành sửa chữa như mới"],
            id="steps_one_after_another_are_tasks_of_their_own",
        ),
        # 'qua đó' (thereby) opens the next item of a list of tasks, like 'từ đó'.
        pytest.param(
            (
                "Giám đốc Công an tỉnh yêu cầu các chiến sĩ mới cần vận dụng tốt kiến thức đã học vào công tác, "
                "không ngừng rèn luyện bản lĩnh, qua đó phấn đấu gắn bó lâu dài với ngành."
            ),
            [
                "vận dụng tốt kiến thức đã học vào công tác",
                "không ngừng rèn luyện bản lĩnh",
                "phấn đấu gắn bó lâu dài với ngành",
            ],
            id="striving_applying_and_accounting_verbs_and_a_thereby_item_1",
        ),
        pytest.param(
            "Sở Y tế yêu cầu Trung tâm Y tế huyện Hòa Lâm tường trình vụ việc.",
            ["tường trình vụ việc"],
            id="striving_applying_and_accounting_verbs_and_a_thereby_item_2",
        ),
        pytest.param(
            "Bộ Nông nghiệp đã giao Tổng cục Thủy lợi phải nêu rõ trách nhiệm của các cá nhân liên quan.",
            ["nêu rõ trách nhiệm của các cá nhân liên quan"],
            id="stating_hiring_suing_and_taking_down_verbs_open_tasks_1",
        ),
        pytest.param(
            "Sở Tài chính đề nghị phía Ngân hàng Phú Lâm thuê kiểm toán độc lập, đánh giá lại giá trị tài sản.",
            ["thuê kiểm toán độc lập", "đánh giá lại giá trị tài sản"],
            id="stating_hiring_suing_and_taking_down_verbs_open_tasks_2",
        ),
        pytest.param(
            "UBND xã Mỹ Lâm đề nghị các cơ quan báo chí gỡ bỏ, đính chính nội dung sai sự thật.",
            ["gỡ bỏ, đính chính nội dung sai sự thật"],
            id="stating_hiring_suing_and_taking_down_verbs_open_tasks_3",
        ),
        pytest.param(
            (
                "Bộ trưởng đề nghị nhân dân tiếp tục hỗ trợ, giúp đỡ lực lượng Công an trong phát hiện, xử lý các hành vi "
                "vi phạm."
            ),
            ["tiếp tục hỗ trợ, giúp đỡ lực lượng Công an trong phát hiện, xử lý các hành vi vi phạm"],
            id="activities_after_trong_are_no_new_items",
        ),
        pytest.param(
            (
                "Bộ Công Thương kiến nghị Thủ tướng xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng và bằng khen "
                "đã trao cho ông Lê Văn Tám."
            ),
            [
                "xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng và bằng khen đã trao cho ông Lê Văn Tám"
            ],
            id="actions_listed_after_xem_xet_are_one_task",
        ),
        pytest.param(
            (
                "Bộ trưởng đề nghị các địa phương tập trung một số lĩnh vực như đất đai, môi trường và tài nguyên nước; "
                "đồng thời tăng cường phối hợp với Bộ trong xây dựng chính sách."
            ),
            [
                "tập trung một số lĩnh vực như đất đai, môi trường và tài nguyên nước",
                "tăng cường phối hợp với Bộ trong xây dựng chính sách",
            ],
            id="fields_listed_inside_a_directive_stay_in_the_directive",
        ),
        pytest.param(
            (
                "Bộ Công Thương kiến nghị Thủ tướng xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng, hiện vật và "
                "bằng khen đã trao cho ông Lê Văn Tám."
            ),
            [
                "xem xét hủy quyết định khen thưởng, thu hồi tiền thưởng, hiện vật và bằng khen đã trao cho ông Lê Văn Tám"
            ],
            id="hien_vat_after_a_comma_opens_no_clause",
        ),
        pytest.param(
            (
                "Chủ tịch UBND thành phố giao Thanh tra thành phố thanh tra toàn diện quá trình quản lý, sử dụng đất đai "
                "tại khu sân bay Hạ Mây."
            ),
            ["thanh tra toàn diện quá trình quản lý, sử dụng đất đai tại khu sân bay Hạ Mây"],
            id="activities_after_qua_trinh_share_their_object",
        ),
        pytest.param(
            "Bộ trưởng yêu cầu các địa phương xóa bỏ tình trạng “người sản xuất, làm ra sản phẩm không dám ăn”.",
            ["xóa bỏ tình trạng “người sản xuất, làm ra sản phẩm không dám ăn"],
            id="a_comma_inside_quotation_marks_lists_no_task",
        ),
        pytest.param(
            (
                "Giám đốc Sở yêu cầu hội đồng chuyên môn đánh giá về quá trình tiếp đón, theo dõi, chăm sóc và xử trí của "
                "Trung tâm Y tế huyện Hạ Mây."
            ),
            ["đánh giá về quá trình tiếp đón, theo dõi, chăm sóc và xử trí của Trung tâm Y tế huyện Hạ Mây"],
            id="the_steps_of_a_process_listed_are_one_task",
        ),
        pytest.param(
            "Giám đốc Sở yêu cầu làm rõ việc 2 cô giáo mầm non véo tai, thúc gối và dùng dép đánh vào đầu trẻ nhỏ.",
            ["làm rõ việc 2 cô giáo mầm non véo tai, thúc gối và dùng dép đánh vào đầu trẻ nhỏ"],
            id="what_is_made_clear_after_viec_and_va_is_one_task",
        ),
        pytest.param(
            (
                "Giám đốc Sở yêu cầu Công ty Hạ Mây làm rõ các vấn đề liên quan đến việc bảo trì, sửa chữa thiết bị lọc "
                "nước tại khoa Thận."
            ),
            ["làm rõ các vấn đề liên quan đến việc bảo trì, sửa chữa thiết bị lọc nước tại khoa Thận"],
            id="maintenance_verbs_listed_after_viec_share_their_object",
        ),
        pytest.param(
            (
                "Phòng Lam Sơn đã chuẩn bị hai phương án: Thứ nhất, chỉ đạo các cơ sở tư thục tạo điều kiện tiếp nhận các bé; "
                "thứ hai, với những phụ huynh có nguyện vọng, Phòng sẽ đề xuất UBND quận cho phép các trường tiếp nhận."
            ),
            ["tạo điều kiện tiếp nhận các bé", "cho phép các trường tiếp nhận"],
            id="an_ordinal_opens_the_next_item_of_a_directive_but_no_item_after_a_semicolon",
        ),
        pytest.param(
            "Nhiệm vụ của Đoàn thanh tra là thanh tra hồ sơ về đất đai, việc chấp hành các kiến nghị, việc sử dụng đất.",
            ["thanh tra hồ sơ về đất đai, việc chấp hành các kiến nghị, việc sử dụng đất"],
            id="activities_listed_with_viec_after_a_comma_are_what_the_task_covers",
        ),
        pytest.param(
            (
                "Hiện Phòng PC45 phối hợp với Công an huyện Cát Vân tập trung điều tra, đồng thời kêu gọi các đối tượng "
                "liên quan ra đầu thú."
            ),
            ["tập trung điều tra"],
            id="dong_thoi_after_a_comma_opens_the_next_task_and_offenders_called_on_hold_none_1",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra, đồng thời hướng dẫn các địa phương tiêu hủy gia cầm bị bệnh.",
            ["hướng dẫn các địa phương tiêu hủy gia cầm bị bệnh"],
            id="dong_thoi_after_a_comma_opens_the_next_task_and_offenders_called_on_hold_none_2",
        ),
        pytest.param(
            (
                "Sở GTVT tỉnh Lam Sơn đã đề nghị cơ quan chức năng chỉ đạo lực lượng tiến hành điều tra, xử lý đối tượng "
                "dùng tin nhắn đe dọa cán bộ thực thi công vụ trên tuyến quốc lộ và làm rõ có hay không sự bảo kê cho các "
                "phương tiện có dấu hiệu vi phạm trật tự an toàn giao thông hoạt động tại khu vực thị trấn Bến Vân."
            ),
            [
                "chỉ đạo lực lượng tiến hành điều tra, xử lý đối tượng dùng tin nhắn đe dọa cán bộ thực thi công vụ trên "
                "tuyến quốc lộ",
                "làm rõ có hay không sự bảo kê cho các phương tiện có dấu hiệu vi phạm trật tự an toàn giao thông hoạt động "
                "tại khu vực thị trấn Bến Vân",
            ],
            id="a_nested_directive_too_long_for_one_task_splits_at_its_last_va_with_a_verb",
        ),
        pytest.param(
            (
                "Chủ tịch UBND quận Tân An kiến nghị thành phố tăng cường phân cấp, ủy quyền cho quận một số nội dung cần "
                "thiết trong quản lý nhà nước, như: thu hồi đất, duyệt giá đất, cấp giấy chứng nhận quyền sử dụng đất."
            ),
            ["tăng cường phân cấp, ủy quyền cho quận một số nội dung cần thiết trong quản lý nhà nước"],
            id="examples_listed_after_nhu_are_what_the_task_covers",
        ),
        pytest.param(
            (
                "Phòng CSGT kiến nghị cần siết chặt quản lý Nhà nước về đào tạo, sát hạch và cấp GPLX; cần chuyển giao công "
                "tác đào tạo, sát hạch và cấp GPLX từ Bộ Giao thông sang Bộ Công an."
            ),
            [
                "siết chặt quản lý Nhà nước về đào tạo, sát hạch và cấp GPLX",
                "chuyển giao công tác đào tạo, sát hạch và cấp GPLX từ Bộ Giao thông sang Bộ Công an",
            ],
            id="listed_activities_closed_by_va_share_their_object_but_a_verb_with_its_own_may_follow_1",
        ),
        pytest.param(
            (
                "Giám đốc yêu cầu các đơn vị tăng cường công tác tuần tra, kiểm soát, xử lý nghiêm hành vi vi phạm pháp luật "
                "về trật tự, an toàn giao thông."
            ),
            [
                "tăng cường công tác tuần tra, kiểm soát, xử lý nghiêm hành vi vi phạm pháp luật về trật tự, an toàn giao thông"
            ],
            id="listed_activities_closed_by_va_share_their_object_but_a_verb_with_its_own_may_follow_2",
        ),
        pytest.param(
            (
                "Chỉ đạo giải quyết sự việc này, Thủ tướng yêu cầu Bộ Công an phải xử lý nghiêm: “Nếu như cố tình mua thiết bị "
                "kém chất lượng, điều tra xử lý nghiêm trường hợp này theo pháp luật”."
            ),
            ["xử lý nghiêm", "điều tra xử lý nghiêm trường hợp này theo pháp luật"],
            id="listed_activities_closed_by_va_share_their_object_but_a_verb_with_its_own_may_follow_3",
        ),
        pytest.param(
            (
                "Bí thư Tỉnh ủy Lê Văn Tám đề nghị huyện Đông Hòa làm tốt công tác vận động quần chúng, tăng cường "
                "công tác xây dựng Đảng; gắn việc thực hiện nhiệm vụ chính trị với việc hỗ trợ doanh nghiệp."
            ),
            [
                "làm tốt công tác vận động quần chúng",
                "tăng cường công tác xây dựng Đảng",
                "gắn việc thực hiện nhiệm vụ chính trị với việc hỗ trợ doanh nghiệp",
            ],
            id="works_listed_after_a_field_noun_and_linked_works_are_tasks_of_their_own",
        ),
        pytest.param(
            ("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Xây dựng ")
            + "đề xuất các giải pháp quản lý các công trình, nhất là công trình có dấu hiệu sai phạm.",
            ["đề xuất các giải pháp quản lý các công trình, nhất là công trình có dấu hiệu sai phạm"],
            id="a_focus_after_a_comma_narrows_the_object_or_opens_a_task_1",
        ),
        pytest.param(
            ("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Xây dựng ")
            + "rà soát các công trình, đặc biệt là tăng cường kiểm tra nhà cao tầng.",
            ["rà soát các công trình", "tăng cường kiểm tra nhà cao tầng"],
            id="a_focus_after_a_comma_narrows_the_object_or_opens_a_task_2",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Nội vụ thực hiện việc tinh giản biên chế, bảo đảm tỷ lệ theo quy định.",
            ["thực hiện việc tinh giản biên chế, bảo đảm tỷ lệ theo quy định"],
            id="a_ratio_to_keep_after_a_comma_is_the_standard_of_the_work",
        ),
        pytest.param(
            "UBND tỉnh đề nghị Công an tỉnh xử lý nghiêm các đối tượng cũng như thu hồi toàn bộ số tiền đã chiếm đoạt.",
            ["xử lý nghiêm các đối tượng", "thu hồi toàn bộ số tiền đã chiếm đoạt"],
            id="cung_nhu_before_a_verb_joins_a_second_task",
        ),
        pytest.param(
            "Sở Công Thương yêu cầu xác minh thiệt hại về tài sản cũng như hàng hóa bị mất cắp.",
            ["xác minh thiệt hại về tài sản cũng như hàng hóa bị mất cắp"],
            id="cung_nhu_before_a_noun_or_after_a_purpose_lists_no_task_1",
        ),
        pytest.param(
            "Sở Y tế yêu cầu phải xử lý nghiêm để răn đe các cá nhân này cũng như cảnh báo các cơ sở khác.",
            ["xử lý nghiêm để răn đe các cá nhân này cũng như cảnh báo các cơ sở khác"],
            id="cung_nhu_before_a_noun_or_after_a_purpose_lists_no_task_2",
        ),
        pytest.param(
            (
                "Bộ trưởng yêu cầu các tỉnh đề xuất phương án bảo đảm an toàn đường sắt; Cương quyết xử lý các hành vi "
                "vi phạm trên tuyến."
            ),
            [
                "đề xuất phương án bảo đảm an toàn đường sắt",
                "Cương quyết xử lý các hành vi vi phạm trên tuyến",
            ],
            id="cuong_quyet_opens_a_listed_task_after_a_semicolon",
        ),
        pytest.param(
            (
                "Công an huyện Tân Lộc đã tạm giữ Lê Văn Tám để điều tra làm rõ về hành vi giết người, sử dụng trái phép "
                "vũ khí quân dụng và che giấu tội phạm."
            ),
            [
                "điều tra làm rõ về hành vi giết người, sử dụng trái phép vũ khí quân dụng và che giấu tội phạm"
            ],
            id="offences_listed_after_hanh_vi_or_toi_are_one_object_of_the_inquiry_1",
        ),
        pytest.param(
            "Công an huyện Tân Lộc đang điều tra về tội cố ý gây thương tích và gây rối trật tự công cộng.",
            ["điều tra về tội cố ý gây thương tích và gây rối trật tự công cộng"],
            id="offences_listed_after_hanh_vi_or_toi_are_one_object_of_the_inquiry_2",
        ),
        # a step of handling them opens a task of its own
        pytest.param(
            "Công an huyện Tân Lộc đang làm rõ hành vi của tài xế, xử lý nghiêm.",
            ["làm rõ hành vi của tài xế", "xử lý nghiêm"],
            id="offences_listed_after_hanh_vi_or_toi_are_one_object_of_the_inquiry_3",
        ),
        # 'tội phạm' (crime) names no offence: the verb after it opens the next task
        pytest.param(
            "Công an huyện Tân Lộc sẽ đấu tranh phòng chống tội phạm, bảo đảm an ninh trật tự trên địa bàn.",
            ["đấu tranh phòng chống tội phạm", "bảo đảm an ninh trật tự trên địa bàn"],
            id="offences_listed_after_hanh_vi_or_toi_are_one_object_of_the_inquiry_4",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu các sở tiếp tục đẩy mạnh rà soát, cắt giảm và đơn giản hóa thủ tục hành chính.",
            ["tiếp tục đẩy mạnh rà soát, cắt giảm và đơn giản hóa thủ tục hành chính"],
            id="verbs_listed_before_a_shared_object_are_one_task_1",
        ),
        pytest.param(
            (
                "Công đoàn tỉnh Tân Lộc đề nghị Công ty Mây Trắng chăm lo hậu sự cho người đã mất và an ủi, động viên "
                "người thân."
            ),
            ["chăm lo hậu sự cho người đã mất", "an ủi, động viên người thân"],
            id="verbs_listed_before_a_shared_object_are_one_task_2",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu triển khai có hiệu quả đề án kiểm soát, ngăn chặn hành vi đưa tạp chất vào tôm.",
            ["triển khai có hiệu quả đề án kiểm soát, ngăn chặn hành vi đưa tạp chất vào tôm"],
            id="activities_listed_after_de_an_or_quy_trinh_are_one_task_1",
        ),
        # a measure proposed, then a report with its own object: two tasks
        pytest.param(
            "Thủ tướng yêu cầu Bộ Tài chính đề xuất biện pháp giải quyết và báo cáo Thủ tướng trước ngày 30/12.",
            ["đề xuất biện pháp giải quyết", "báo cáo Thủ tướng trước ngày 30/12"],
            id="activities_listed_after_de_an_or_quy_trinh_are_one_task_2",
        ),
        pytest.param(
            (
                "Ông Trần Văn Bảy đề nghị Tòa án huyện Tân Lạc xem xét kỹ các chứng cứ nhằm tránh oan sai, bảo đảm "
                "quyền lợi của bị cáo."
            ),
            ["xem xét kỹ các chứng cứ"],
            id="items_listed_after_a_purpose_with_nham_are_no_tasks_of_their_own_1",
        ),
        pytest.param(
            (
                "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn tăng cường tuần tra nhằm giữ trật tự "
                "và giảm tai nạn giao thông."
            ),
            ["tăng cường tuần tra"],
            id="items_listed_after_a_purpose_with_nham_are_no_tasks_of_their_own_2",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Sở Xây dựng khẩn trương tiến hành kiểm tra, thống kê thiệt hại.",
            ["khẩn trương tiến hành kiểm tra, thống kê thiệt hại"],
            id="an_item_ending_in_a_bare_verb_shares_the_next_items_object_1",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Sở Tư pháp rà soát và chấn chỉnh, kiểm tra các quy định về đất đai.",
            ["rà soát và chấn chỉnh, kiểm tra các quy định về đất đai"],
            id="an_item_ending_in_a_bare_verb_shares_the_next_items_object_2",
        ),
        # a verb qualifying the one before it, or repeated as the next object, is no bare verb
        pytest.param(
            (
                "Viện KSND tỉnh Tân Lộc yêu cầu Công an huyện Lạc Sơn hoàn thiện hồ sơ, kết luận điều tra bổ sung, "
                "chuyển hồ sơ sang Viện kiểm sát."
            ),
            ["hoàn thiện hồ sơ, kết luận điều tra bổ sung", "chuyển hồ sơ sang Viện kiểm sát"],
            id="an_item_ending_in_a_bare_verb_shares_the_next_items_object_3",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu huyện Lạc Sơn làm sớm ngay quy hoạch, công khai quy hoạch để người dân biết.",
            ["làm sớm ngay quy hoạch", "công khai quy hoạch để người dân biết"],
            id="an_item_ending_in_a_bare_verb_shares_the_next_items_object_4",
        ),
    ],
)
def test_how_listed_work_splits_into_tasks(body: str, expected: list[str]) -> None:
    """Verbs and clauses listed with commas, 'và', semicolons or ordinals: one task per item, or one task where they share an object."""
    assert names(body) == expected


def test_unit_asked_is_read_up_to_the_verb_and_holds_the_task():
    facts = extract(
        HEAD + "Chủ tịch UBND tỉnh Đỗ Minh Khang giao Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["kiểm tra, xác minh làm rõ vụ việc"]
    assert facts.tasks[0].holder == "Sở Nội vụ"
    assert not facts.tasks[0].new


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            (
                "UBND tỉnh yêu cầu Sở Nội vụ chủ trì, phối hợp với Sở Y tế và các đơn vị có liên quan kiểm tra, "
                "xác minh vụ việc."
            ),
            ["kiểm tra, xác minh vụ việc"],
            id="partner_and_modal_before_the_task_are_dropped_1",
        ),
        pytest.param(
            "Bộ trưởng đề nghị các Thẩm phán phải không ngừng rèn luyện, tu dưỡng đạo đức nghề nghiệp.",
            ["không ngừng rèn luyện, tu dưỡng đạo đức nghề nghiệp"],
            id="partner_and_modal_before_the_task_are_dropped_2",
        ),
        pytest.param(
            (
                "Đại tá Lê Văn Sáu cho hay Công an tỉnh đang phối hợp với Cục An ninh lĩnh vực nông nghiệp và phát "
                "triển nông thôn (Bộ Công an) tiếp tục mở rộng điều tra hai doanh nghiệp đóng tàu."
            ),
            ["tiếp tục mở rộng điều tra hai doanh nghiệp đóng tàu"],
            id="a_unit_name_with_and_in_it_does_not_split_the_task",
        ),
        pytest.param(
            "Ban Chỉ đạo cấp tỉnh có nhiệm vụ ban hành kế hoạch triển khai đề án của địa phương.",
            ["ban hành kế hoạch triển khai đề án của địa phương"],
            id="duty_and_plan_of_a_named_unit_1",
        ),
        pytest.param(
            "Thanh tra tỉnh sẽ làm rõ việc quản lý đất đai tại xã Hồng Phong.",
            ["làm rõ việc quản lý đất đai tại xã Hồng Phong"],
            id="duty_and_plan_of_a_named_unit_2",
        ),
        pytest.param(
            "Công an cấp tỉnh là cơ quan thường trực của Ban Chỉ đạo đề án cấp tỉnh.",
            ["cơ quan thường trực của Ban Chỉ đạo đề án cấp tỉnh"],
            id="standing_role_of_a_unit",
        ),
        pytest.param(
            "Giám đốc Công an tỉnh Phan Văn Lộc chỉ đạo lực lượng cảnh sát hình sự khẩn trương truy bắt đối tượng.",
            ["khẩn trương truy bắt đối tượng"],
            id="unit_asked_with_its_kind_and_place_1",
        ),
        pytest.param(
            "Sở Xây dựng đề nghị các doanh nghiệp trong khu công nghiệp duy trì lực lượng bảo vệ.",
            ["duy trì lực lượng bảo vệ"],
            id="unit_asked_with_its_kind_and_place_2",
        ),
        pytest.param(
            "Viện kiểm sát đề nghị cơ quan điều tra xem xét lại toàn bộ hồ sơ.",
            ["xem xét lại toàn bộ hồ sơ"],
            id="unit_asked_with_its_kind_and_place_3",
        ),
        pytest.param(
            "Phó Chánh Thanh tra tỉnh có văn bản ngày 19/4 đề nghị UBND huyện báo cáo diễn biến vụ việc.",
            ["báo cáo diễn biến vụ việc"],
            id="a_date_before_the_asking_verb_and_verbs_of_carrying_out_1",
        ),
        pytest.param(
            "UBND xã giao cơ quan công an truy tìm nhóm người lạ mặt.",
            ["truy tìm nhóm người lạ mặt"],
            id="a_date_before_the_asking_verb_and_verbs_of_carrying_out_2",
        ),
        pytest.param(
            "Bộ Nông nghiệp yêu cầu 12 tỉnh thành rà soát lại diện tích rừng.",
            ["rà soát lại diện tích rừng"],
            id="units_asked_by_count_and_kind_and_a_list_closed_by_an_ellipsis_1",
        ),
        pytest.param(
            "Ngân hàng tỉnh chỉ đạo các ngân hàng thương mại có chính sách giãn nợ cho nông dân.",
            ["có chính sách giãn nợ cho nông dân"],
            id="units_asked_by_count_and_kind_and_a_list_closed_by_an_ellipsis_2",
        ),
        pytest.param(
            "Sở Công Thương yêu cầu các cửa hàng niêm yết giá, dán nhãn… theo đúng quy định.",
            ["niêm yết giá, dán nhãn"],
            id="units_asked_by_count_and_kind_and_a_list_closed_by_an_ellipsis_3",
        ),
        pytest.param(
            "Sở Tư pháp giao Phòng Công chứng phối hợp chặt chẽ với UBND các xã trong quá trình xử lý hồ sơ.",
            ["phối hợp chặt chẽ với UBND các xã trong quá trình xử lý hồ sơ"],
            id="working_closely_with_a_partner_is_the_task_itself_1",
        ),
        pytest.param(
            "Sở Tư pháp giao Phòng Công chứng phối hợp với UBND các xã rà soát hồ sơ tồn đọng.",
            ["rà soát hồ sơ tồn đọng"],
            id="working_closely_with_a_partner_is_the_task_itself_2",
        ),
        pytest.param(
            "Bệnh viện đã báo cáo Công an huyện đề nghị điều tra, xác minh làm rõ.",
            ["điều tra, xác minh làm rõ"],
            id="a_request_with_no_unit_named_and_a_quoted_directive_1",
        ),
        pytest.param(
            "Chủ tịch tỉnh có ý kiến: “Giao Giám đốc Công an tỉnh chỉ đạo điều tra vụ việc”.",
            ["chỉ đạo điều tra vụ việc"],
            id="a_request_with_no_unit_named_and_a_quoted_directive_2",
        ),
        pytest.param(
            "Ngân hàng đã chỉ đạo chi nhánh Bắc Hà chủ động thông tin vụ việc.",
            ["chủ động thông tin vụ việc"],
            id="branches_and_courts_asked_1",
        ),
        pytest.param(
            "Viện kiểm sát đề nghị tòa cùng cấp xét xử bị cáo về tội cố ý gây thương tích.",
            ["xét xử bị cáo về tội cố ý gây thương tích"],
            id="branches_and_courts_asked_2",
        ),
        pytest.param(
            "Bộ Công an đã đề nghị Interpol truy nã quốc tế đối với đối tượng.",
            ["truy nã quốc tế đối với đối tượng"],
            id="a_one_word_name_that_is_no_vietnamese_syllable_is_a_unit",
        ),
        pytest.param(
            "Sở Giáo dục yêu cầu Phòng Giáo dục huyện ngay trong tuần này có hình thức xử lý hiệu trưởng.",
            ["có hình thức xử lý hiệu trưởng"],
            id="a_time_between_the_unit_asked_and_the_task",
        ),
        pytest.param(
            "Nhiệm vụ của Đoàn thanh tra là thanh tra hồ sơ pháp lý về đất đai tại xã Hòa Phong.",
            ["thanh tra hồ sơ pháp lý về đất đai tại xã Hòa Phong"],
            id="a_duty_named_as_a_noun_1",
        ),
        # the work one is employed for is one's charge too
        pytest.param(
            "Hằng ngày, công việc của anh Lò Văn Thuận là ghi chép sổ sách của cửa hàng.",
            ["ghi chép sổ sách của cửa hàng"],
            id="a_duty_named_as_a_noun_2",
        ),
        pytest.param(
            "Trong nghị quyết có giao cho Bộ Tư pháp rà soát các văn bản có chứa thủ tục này.",
            ["rà soát các văn bản có chứa thủ tục này"],
            id="noun_of_asking_with_cho_still_names_the_unit_asked_2",
        ),
        pytest.param(
            "Các trường, cơ sở giáo dục tư thục phải nghiêm túc tuyển chọn giáo viên đủ bằng cấp.",
            ["nghiêm túc tuyển chọn giáo viên đủ bằng cấp"],
            id="units_named_by_kind_that_must_act_2",
        ),
        # 'xin lỗi, yêu cầu …' lists two demands; the second is no part of the first
        pytest.param(
            "Anh Tâm cho biết sẽ yêu cầu Công an thị trấn xin lỗi, yêu cầu xử lý hành vi vu khống.",
            ["xử lý hành vi vu khống"],
            id="asking_verb_after_a_comma_is_a_task_of_its_own",
        ),
        pytest.param(
            "Bộ Tài chính yêu cầu Công ty Hòa Phong hoàn trả 2 tỷ đồng cho ngân sách nhà nước.",
            ["hoàn trả 2 tỷ đồng cho ngân sách nhà nước"],
            id="money_a_unit_is_to_pay_back_is_a_task",
        ),
        pytest.param(
            "Chị Lợi tiếp tục làm đơn yêu cầu cơ quan chức năng vào cuộc để làm rõ vụ án.",
            ["vào cuộc để làm rõ vụ án"],
            id="petition_naming_the_unit_asked_and_meetings_and_notices_1",
        ),
        pytest.param(
            "UBND phường đề nghị Công an phường làm việc trực tiếp với các giáo viên liên quan.",
            ["làm việc trực tiếp với các giáo viên liên quan"],
            id="petition_naming_the_unit_asked_and_meetings_and_notices_2",
        ),
        pytest.param(
            "UBND phường Tân Lạc có trách nhiệm ra thông báo tạm dừng hoạt động của cơ sở mầm non.",
            ["ra thông báo tạm dừng hoạt động của cơ sở mầm non"],
            id="petition_naming_the_unit_asked_and_meetings_and_notices_3",
        ),
        pytest.param(
            (
                "Gia đình bị hại có đơn đề nghị HĐXX xem xét giảm nhẹ hình phạt cho bị cáo. "
                "Xem xét toàn diện vụ án, HĐXX tuyên phạt bị cáo 6 tháng tù."
            ),
            ["xem xét giảm nhẹ hình phạt cho bị cáo"],
            id="clause_before_its_subject_goes_on_with_no_directive",
        ),
        pytest.param(
            "UBND huyện đã chỉ đạo tổ chức kiểm điểm làm rõ trách nhiệm và xử lý kỷ luật cán bộ vi phạm.",
            ["tổ chức kiểm điểm làm rõ trách nhiệm", "xử lý kỷ luật cán bộ vi phạm"],
            id="to_organise_right_after_the_asking_verb",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh đề nghị ông Lê Văn Tám, Phó Giám đốc Công an tỉnh, phân tích nguyên nhân.",
            ["phân tích nguyên nhân"],
            id="an_official_asked_by_name_and_post",
        ),
        pytest.param(
            (
                "Bộ trưởng yêu cầu Công an các đơn vị trong tổ chức sơ kết công tác 6 tháng phải đánh giá đúng thực trạng "
                "tình hình, làm rõ những thành tích đã đạt được."
            ),
            ["đánh giá đúng thực trạng tình hình", "làm rõ những thành tích đã đạt được"],
            id="task_follows_the_modal_after_the_occasion",
        ),
        pytest.param(
            "Ông đề nghị ông Lê Văn Tám, Phó Giám đốc Công an tỉnh, phân tích nguyên nhân do đâu?",
            ["phân tích nguyên nhân do đâu"],
            id="question_put_to_a_named_official_and_a_district_that_must_act_1",
        ),
        pytest.param(
            (
                "UBND tỉnh yêu cầu Sở Giáo dục báo cáo vụ việc. Nhắc nhở Giám đốc Sở Giáo dục - Đào tạo, Chủ tịch "
                "UBND tỉnh nêu rõ: nhà trường đã bưng bít thông tin."
            ),
            ["báo cáo vụ việc"],
            id="clause_before_its_subject_after_a_long_object",
        ),
        pytest.param(
            (
                "Giám đốc Sở Lê Văn Tám đặc biệt lưu ý việc phổ biến quy chế thi đến từng học sinh, đừng để các em "
                "trượt oan."
            ),
            ["phổ biến quy chế thi đến từng học sinh"],
            id="what_to_take_care_of_and_teachers_asked_by_kind_1",
        ),
        pytest.param(
            "Ban chỉ huy Đội đã yêu cầu tổ công tác đưa cụ bà về trụ sở để tìm người thân.",
            ["đưa cụ bà về trụ sở để tìm người thân"],
            id="working_group_asked_and_a_written_account_1",
        ),
        pytest.param(
            "Hai giám thị sau đó đã bị yêu cầu viết tường trình, kiểm điểm về vụ việc.",
            ["viết tường trình, kiểm điểm về vụ việc"],
            id="working_group_asked_and_a_written_account_2",
        ),
        # (partners named by kind are the manner of the task and stay in its words, as our gold keeps them)
        pytest.param(
            (
                "Thủ tướng yêu cầu Bộ Nông nghiệp chủ trì, phối hợp với các bộ, ngành liên quan xem xét, đánh giá tình trạng "
                "sạt lở, nghiên cứu, lập phương án sử dụng nguồn cát nạo vét."
            ),
            [
                # (partners named by kind are the manner of the task and stay in its words, as our gold keeps them)
                "chủ trì, phối hợp với các bộ, ngành liên quan xem xét, đánh giá tình trạng sạt lở",
                "nghiên cứu, lập phương án sử dụng nguồn cát nạo vét",
            ],
            id="partner_named_with_lien_quan_makes_no_topic",
        ),
        pytest.param(
            "Ông Lê Văn Tám yêu cầu trưởng 40 điểm thi phải rà soát thật kỹ danh sách thí sinh.",
            ["rà soát thật kỹ danh sách thí sinh"],
            id="posts_counted_in_places_are_the_ones_asked",
        ),
        pytest.param(
            "Ông Lê Văn Tám nói nông dân phải được tập huấn kỹ và cơ quan chức năng phải tăng cường kiểm tra, giám sát.",
            ["tăng cường kiểm tra, giám sát"],
            id="units_named_by_kind_open_a_clause_after_a_conjunction_or_a_reporting_verb_1",
        ),
        # 'chứ không …' (rather than) ends the task
        pytest.param(
            "Giấy phép do từng tỉnh cấp nên tỉnh cần tổ chức đấu thầu chứ không phải đấu thầu cả nước.",
            ["tổ chức đấu thầu"],
            id="units_named_by_kind_open_a_clause_after_a_conjunction_or_a_reporting_verb_2",
        ),
        pytest.param(
            "Bộ trưởng Lê Văn Tám nói ngành y tế cần dốc toàn lực cấp cứu các bệnh nhân còn lại.",
            ["dốc toàn lực cấp cứu các bệnh nhân còn lại"],
            id="units_named_by_kind_open_a_clause_after_a_conjunction_or_a_reporting_verb_3",
        ),
        pytest.param(
            "Ông Lê Văn Tám đề nghị phía ngân hàng rút ra bài học kinh nghiệm về công tác bảo vệ.",
            ["rút ra bài học kinh nghiệm về công tác bảo vệ"],
            id="the_side_asked_and_a_family_handed_a_body_1",
        ),
        pytest.param(
            (
                "Ngân hàng Nhà nước chi nhánh tỉnh yêu cầu các tổ chức tín dụng, kể cả chi nhánh ngân hàng nước ngoài "
                "đóng trên địa bàn tỉnh cần thực hiện nghiêm túc quy định này."
            ),
            ["thực hiện nghiêm túc quy định này"],
            id="units_asked_including_others_located_in_the_province",
        ),
        pytest.param(
            "Ủy ban yêu cầu Bộ Công an siết chặt các biện pháp kéo giảm tai nạn.",
            ["siết chặt các biện pháp kéo giảm tai nạn"],
            id="units_asked_by_a_committee_or_in_a_long_list_of_names_1",
        ),
        pytest.param(
            "Công an tỉnh đã chỉ đạo các phòng ban làm rõ vụ việc.",
            ["làm rõ vụ việc"],
            id="units_asked_by_a_committee_or_in_a_long_list_of_names_2",
        ),
        pytest.param(
            (
                "UBND tỉnh Vân Khê vừa có công văn chỉ đạo Công an tỉnh Vân Khê, Sở Văn hóa - Thể thao và Du lịch, "
                "Sở Công Thương và UBND các huyện, TP tăng cường kiểm tra, xử lý dứt điểm nạn cò du lịch."
            ),
            ["tăng cường kiểm tra, xử lý dứt điểm nạn cò du lịch"],
            id="units_asked_by_a_committee_or_in_a_long_list_of_names_3",
        ),
        pytest.param(
            "Năm 2013, Thủ tướng đã yêu cầu Tổng công ty Minh Long phải thoái vốn khỏi Công ty Hải Hà.",
            ["thoái vốn khỏi Công ty Hải Hà"],
            id="units_asked_by_a_committee_or_in_a_long_list_of_names_4",
        ),
        pytest.param(
            "Ông này đề nghị Bộ Văn hóa rà soát lại quy hoạch khu du lịch.",
            ["rà soát lại quy hoạch khu du lịch"],
            id="the_official_just_named_asks_and_what_units_must_not_do_is_a_task_1",
        ),
        pytest.param(
            "Chính phủ sau đó chỉ đạo các địa phương không được nhận ô tô do doanh nghiệp tặng.",
            ["không được nhận ô tô do doanh nghiệp tặng"],
            id="the_official_just_named_asks_and_what_units_must_not_do_is_a_task_2",
        ),
        pytest.param(
            (
                "Ngày 10/5, Đồn biên phòng Cửa Lở cho biết đã bàn giao Lê Thị Hoa (45 tuổi, trú phường Hải Hà) cùng tang "
                "vật 1,17 kg ma túy cho Công an tỉnh Vân Khê tiếp tục làm rõ."
            ),
            ["tiếp tục làm rõ"],
            id="a_person_identified_in_brackets_handed_over_to_a_unit",
        ),
        pytest.param(
            "Ông Lê Văn Tám cho rằng, cơ quan chức năng cũng cần tăng cường kiểm tra.",
            ["tăng cường kiểm tra"],
            id="units_by_kind_with_an_adverb_or_a_lead_in_before_the_modal_1",
        ),
        pytest.param(
            "Trước hết cơ quan chức năng phải làm rõ thiệt hại của chị Hoa.",
            ["làm rõ thiệt hại của chị Hoa"],
            id="units_by_kind_with_an_adverb_or_a_lead_in_before_the_modal_2",
        ),
        pytest.param(
            (
                "Thủ tướng yêu cầu Bộ trưởng các Bộ: Công Thương, Quốc phòng, Công an và Chủ tịch UBND các tỉnh xây dựng "
                "kế hoạch triển khai chỉ thị này."
            ),
            ["xây dựng kế hoạch triển khai chỉ thị này"],
            id="units_listed_after_a_colon_by_their_own_words",
        ),
        pytest.param(
            "Thời gian tàu nằm bờ, hai doanh nghiệp phải bồi thường thiệt hại cho ngư dân.",
            ["bồi thường thiệt hại cho ngư dân"],
            id="firms_that_must_pay_and_a_unit_hurrying_somewhere_1",
        ),
        pytest.param(
            "Cảng vụ Phú Lâm đề nghị Đồn Công an sân bay quốc tế Mỹ Lâm tiếp tục điều tra, xử lý hành vi vi phạm.",
            ["tiếp tục điều tra, xử lý hành vi vi phạm"],
            id="a_unit_asked_whose_name_runs_four_lower_case_words_before_its_place_1",
        ),
        pytest.param(
            "Gia đình nạn nhân đề nghị Công an huyện Bình Lộc làm rõ nguyên nhân vụ việc.",
            ["làm rõ nguyên nhân vụ việc"],
            id="a_familys_wish_naming_no_unit_gives_no_task_2",
        ),
        pytest.param(
            (
                "Cục Hàng Mây đã có văn bản yêu cầu lực lượng an ninh hàng không thực hiện các biện pháp duy trì trật tự "
                "tại nhà ga."
            ),
            ["thực hiện các biện pháp duy trì trật tự tại nhà ga"],
            id="aviation_in_the_unit_asked_is_no_denial",
        ),
        # (partner by kind)
        pytest.param(
            (
                "Hiện tại, Cơ quan CSĐT Công an tỉnh Lam Sơn đang khẩn trương phối hợp với các đơn vị chức năng điều tra, "
                "xác minh làm rõ vụ án."
            ),
            ["khẩn trương phối hợp với các đơn vị chức năng điều tra, xác minh làm rõ vụ án"],
            id="a_manner_word_before_the_partner_keeps_the_listed_verbs_together_1",
        ),
        # a named partner shares the task and is left out of its words
        pytest.param(
            (
                "Hiện tại, Cơ quan CSĐT Công an tỉnh Lam Sơn đang khẩn trương phối hợp với Công an huyện Mỹ Lâm điều tra, "
                "xác minh làm rõ vụ án."
            ),
            ["điều tra, xác minh làm rõ vụ án"],
            id="a_manner_word_before_the_partner_keeps_the_listed_verbs_together_2",
        ),
        pytest.param(
            "Thủ tướng yêu cầu Bộ Công an làm rõ vụ việc, các địa phương phải tăng cường kiểm tra.",
            ["làm rõ vụ việc", "tăng cường kiểm tra"],
            id="a_clause_with_its_own_units_after_a_comma_is_their_task_1",
        ),
        pytest.param(
            "Những em bỏ học thì giao cho địa phương quản lý, Cơ quan công an cần sớm điều tra tìm ra nguyên nhân.",
            ["sớm điều tra tìm ra nguyên nhân"],
            id="a_clause_with_its_own_units_after_a_comma_is_their_task_2",
        ),
        pytest.param(
            (
                "Thủ tướng đã chỉ đạo quyết liệt các bộ, ngành, địa phương tăng cường quản lý hoạt động khai thác cát, sỏi. "
                "Đồng thời, tăng cường các biện pháp phòng ngừa, kiên quyết xử lý các trường hợp vi phạm."
            ),
            [
                "tăng cường quản lý hoạt động khai thác cát, sỏi",
                "tăng cường các biện pháp phòng ngừa",
                "kiên quyết xử lý các trường hợp vi phạm",
            ],
            id="a_manner_word_between_the_asking_verb_and_the_units_asked_is_skipped",
        ),
        pytest.param(
            (
                "Bộ trưởng yêu cầu Tổng cục Hạ Mây hướng dẫn các địa phương lập thăm dò, quy hoạch, khai thác cát sỏi; "
                "báo cáo Bộ trước ngày 30/9."
            ),
            [
                "hướng dẫn các địa phương lập thăm dò, quy hoạch, khai thác cát sỏi",
                "báo cáo Bộ trước ngày 30/9",
            ],
            id="what_people_guided_are_to_do_stays_in_the_guiding_task",
        ),
        pytest.param(
            (
                "Bộ trưởng yêu cầu Bộ đội Biên phòng tỉnh Lam Sơn cụ thể hóa nghị quyết của cấp trên vào quá trình thực "
                "hiện nhiệm vụ."
            ),
            ["cụ thể hóa nghị quyết của cấp trên vào quá trình thực hiện nhiệm vụ"],
            id="cu_the_hoa_is_a_verb_not_a_modal",
        ),
        pytest.param(
            "Công ty Hạ Mây sẽ tổ chức tiếp nhận hồ sơ yêu cầu thanh lý hợp đồng tại trụ sở chính.",
            ["tổ chức tiếp nhận hồ sơ yêu cầu thanh lý hợp đồng tại trụ sở chính"],
            id="a_request_form_is_a_noun_but_a_file_sent_back_with_a_request_asks_1",
        ),
        pytest.param(
            "Tòa án nhân dân tỉnh Lam Sơn đã trả hồ sơ yêu cầu điều tra bổ sung làm rõ số tiền 5 tỷ đồng.",
            ["điều tra bổ sung làm rõ số tiền 5 tỷ đồng"],
            id="a_request_form_is_a_noun_but_a_file_sent_back_with_a_request_asks_2",
        ),
        pytest.param(
            (
                "Bộ Nội vụ đề nghị Thanh tra Chính phủ phối hợp kiểm tra công tác cán bộ. Thanh tra Chính phủ đã thống "
                "nhất với đề nghị của Bộ Nội vụ."
            ),
            ["phối hợp kiểm tra công tác cán bộ"],
            id="a_units_name_opening_a_sentence_is_no_task",
        ),
        pytest.param(
            "Chủ tịch UBND xã Hạ Mây đã chỉ đạo anh Lê Văn Tám viết giấy mời người này đến để chấn chỉnh hành vi.",
            ["viết giấy mời người này đến để chấn chỉnh hành vi"],
            id="an_official_directing_a_person_by_name_gives_a_task_a_private_claim_does_not_1",
        ),
        pytest.param(
            (
                "Bộ yêu cầu Bộ Hạ Mây chủ trì, phối hợp với các bộ, ngành liên quan trong quý I trình Thủ tướng phê duyệt kế "
                "hoạch hành động."
            ),
            ["trình Thủ tướng phê duyệt kế hoạch hành động"],
            id="an_official_directing_a_person_by_name_gives_a_task_a_private_claim_does_not_3",
        ),
        pytest.param(
            "Tòa yêu cầu cơ quan điều tra áp giải bà Lò Thị Mơ lên tòa.",
            ["áp giải bà Lò Thị Mơ lên tòa"],
            id="escorting_someone_to_court_is_a_task_of_the_unit_asked",
        ),
        pytest.param(
            "Ông Lê Văn Tám đề nghị trong năm 2027 quận phải giảm sâu số vụ phạm pháp hình sự.",
            ["giảm sâu số vụ phạm pháp hình sự"],
            id="a_year_after_trong_stands_between_the_ask_and_the_unit",
        ),
        pytest.param(
            (
                "Mong các đồng chí phát huy kết quả đã đạt được, tiếp tục lập nhiều thành tích hơn nữa trong đấu tranh "
                "phòng chống tội phạm."
            ),
            [
                "phát huy kết quả đã đạt được",
                "tiếp tục lập nhiều thành tích hơn nữa trong đấu tranh phòng chống tội phạm",
            ],
            id="a_wish_addressed_to_those_named_asks_them_1",
        ),
        pytest.param(
            "Trong thời gian tới lực lượng công an cần tăng cường tuần tra.",
            ["tăng cường tuần tra"],
            id="units_named_by_kind_after_a_time_or_with_a_group_verb_must_act_1",
        ),
        pytest.param(
            "Sau khi khởi tố vụ án, cơ quan điều tra sẽ khởi tố bị can để làm rõ nguyên nhân vụ việc.",
            ["khởi tố bị can để làm rõ nguyên nhân vụ việc"],
            id="units_named_by_kind_after_a_time_or_with_a_group_verb_must_act_2",
        ),
        pytest.param(
            "Công an phường đề nghị các chủ quán tạm ngưng kinh doanh để chấn chỉnh hoạt động.",
            ["tạm ngưng kinh doanh để chấn chỉnh hoạt động"],
            id="an_owner_asked_to_suspend_business_holds_the_task",
        ),
        pytest.param(
            "Thiếu tướng Hà Minh Quý chỉ đạo trước mắt sẽ khởi tố vụ án cố ý gây thương tích tại xóm Bến Lau.",
            ["khởi tố vụ án cố ý gây thương tích tại xóm Bến Lau"],
            id="time_words_after_the_asking_verb_open_no_name_and_the_task_follows",
        ),
        pytest.param(
            "Trạm Đăng kiểm Lũng Mai đề nghị các chủ xe bị hư hỏng đưa xe đến xưởng để kiểm định.",
            ["đưa xe đến xưởng để kiểm định"],
            id="people_asked_qualified_by_what_befell_them_hold_the_task_after_it_1",
        ),
        pytest.param(
            "Ban chỉ huy đề nghị các hộ dân có tàu bị hư hỏng khẩn trương báo cáo chính quyền xã.",
            ["khẩn trương báo cáo chính quyền xã"],
            id="people_asked_qualified_by_what_befell_them_hold_the_task_after_it_2",
        ),
        # what they are doing only tells them apart
        pytest.param(
            "Công an xã yêu cầu các hộ đang kinh doanh xăng dầu tạm dừng hoạt động.",
            ["tạm dừng hoạt động"],
            id="people_asked_qualified_by_what_befell_them_hold_the_task_after_it_5",
        ),
        pytest.param(
            "“Phải xử lý nghiêm các cán bộ vi phạm”, ông Lê Văn Tám nhấn mạnh.",
            ["xử lý nghiêm các cán bộ vi phạm"],
            id="a_bare_modal_in_a_speakers_directive_is_a_task_1",
        ),
        pytest.param(
            (
                "“Chúng ta cần phải kiểm tra, xử phạt các cửa hàng cố tình làm giá”, ông Tám đề nghị và cho biết "
                "Sở Công Thương đã xử lý nhiều vụ."
            ),
            ["kiểm tra, xử phạt các cửa hàng cố tình làm giá"],
            id="a_bare_modal_in_a_speakers_directive_is_a_task_2",
        ),
        # what the speaker reports after 'và cho biết' adds no items
        pytest.param(
            (
                "“Tôi đề nghị các đồng chí phải chấn chỉnh lại tình trạng này”, Thủ tướng nhấn mạnh và cho biết Bộ Tư pháp "
                "đã có báo cáo, phối hợp, xử lý, chấn chỉnh tình trạng trên."
            ),
            ["chấn chỉnh lại tình trạng này"],
            id="a_bare_modal_in_a_speakers_directive_is_a_task_3",
        ),
        pytest.param(
            (
                "Ủy ban yêu cầu Bộ Giao thông vận tải, các địa phương có đường sắt đi qua siết chặt các biện pháp kéo giảm "
                "tai nạn, Bộ Giao thông vận tải đã họp khẩn ngay sau đó. Báo Tân Lộc cũng đưa tin, theo thống kê, số vụ "
                "tai nạn giảm."
            ),
            ["siết chặt các biện pháp kéo giảm tai nạn"],
            id="units_told_apart_by_what_they_have_are_asked_and_the_task_follows_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám đề nghị các cơ quan có thẩm quyền xem xét, xử lý nghiêm vụ việc.",
            ["xem xét, xử lý nghiêm vụ việc"],
            id="units_told_apart_by_what_they_have_are_asked_and_the_task_follows_2",
        ),
        pytest.param(
            "Ông Khả không chỉ yêu cầu Sở Y tế báo cáo vụ việc mà còn đề nghị Công an tỉnh điều tra vụ trộm.",
            ["báo cáo vụ việc", "điều tra vụ trộm"],
            id="a_request_denied_asks_no_one_3",
        ),
        pytest.param(
            "Hiện Phòng giao cho ông Võ Văn Khả tạm thời quản lý các hoạt động của trường.",
            ["tạm thời quản lý các hoạt động của trường"],
            id="a_unit_assigning_one_of_its_staff_by_name_gives_a_task_1",
        ),
        pytest.param(
            "Ngày 28-6, Công an quận Tân Sơn, TP Hòa Bình Xanh cho biết vẫn đang điều tra làm rõ vụ việc.",
            ["điều tra làm rõ vụ việc"],
            id="the_unit_that_reports_holds_the_inquiry_it_reports_under_way_1",
        ),
        pytest.param(
            "Ngày 24/5, Công an huyện Lục Sơn (Hòa Bình Xanh) cho biết đơn vị đang điều tra nguyên nhân vụ cháy.",
            ["điều tra nguyên nhân vụ cháy"],
            id="the_unit_that_reports_holds_the_inquiry_it_reports_under_way_2",
        ),
        # a person reporting names the unit by kind; a parent unit in brackets names no unit that holds it
        pytest.param(
            "Ông Lê Văn Khả cho biết đơn vị đang điều tra vụ việc.",
            ["điều tra vụ việc"],
            id="the_unit_that_reports_holds_the_inquiry_it_reports_under_way_3",
        ),
        pytest.param(
            "Nếu người dân còn khiếu nại, thành phố sẽ giao cho thanh tra đối thoại với người dân.",
            ["đối thoại với người dân"],
            id="a_unit_named_by_a_verb_is_asked_when_its_task_follows_at_once_1",
        ),
        pytest.param(
            "Công an tỉnh Lam Sơn đã bàn giao xe tải cho lực lượng quản lý thị trường tỉnh Lam Sơn lập biên bản xử lý.",
            ["lập biên bản xử lý"],
            id="a_unit_named_by_a_verb_is_asked_when_its_task_follows_at_once_2",
        ),
        pytest.param(
            "Đơn vị này chỉ đạo lực lượng An ninh điều tra tiến hành xác minh, làm rõ.",
            ["xác minh, làm rõ"],
            id="a_unit_named_by_a_verb_is_asked_when_its_task_follows_at_once_3",
        ),
        # inspecting is the task when no verb follows
        pytest.param(
            "Chủ tịch UBND tỉnh yêu cầu thanh tra toàn diện Công ty Lam Sơn.",
            ["thanh tra toàn diện Công ty Lam Sơn"],
            id="a_unit_named_by_a_verb_is_asked_when_its_task_follows_at_once_4",
        ),
        pytest.param(
            "Công an huyện Đông Lâm, tỉnh Lam Sơn đang điều tra làm rõ vụ án.",
            ["điều tra làm rõ vụ án"],
            id="a_place_after_a_unit_with_its_level_word_keeps_the_inquiry_the_units",
        ),
        pytest.param(
            "Sở đã có văn bản chỉ đạo Phòng Giáo dục huyện Tân Lộc kiểm tra, xử lý vụ việc.",
            ["kiểm tra, xử lý vụ việc"],
            id="a_document_that_directs_units_names_them_1",
        ),
        pytest.param(
            "Huyện cũng đã có chỉ đạo các cơ quan chức năng khẩn trương điều tra vụ phá rừng.",
            ["khẩn trương điều tra vụ phá rừng"],
            id="a_directive_given_as_a_noun_names_its_units_and_an_inquiry_focused_on_is_under_way_1",
        ),
        pytest.param(
            "Hiện Cơ quan điều tra Bộ Công an đang tập trung điều tra làm rõ trách nhiệm của Tập đoàn Lam Sơn.",
            ["tập trung điều tra làm rõ trách nhiệm của Tập đoàn Lam Sơn"],
            id="a_directive_given_as_a_noun_names_its_units_and_an_inquiry_focused_on_is_under_way_3",
        ),
        pytest.param(
            "Bộ trưởng cũng có chỉ đạo thành lập đoàn kiểm tra để kiểm tra, xác minh hoạt động của Công ty Lam Sơn.",
            ["kiểm tra, xác minh hoạt động của Công ty Lam Sơn"],
            id="a_directive_given_as_a_noun_may_set_up_a_group_for_its_purpose",
        ),
        pytest.param(
            (
                "Tổng cục Lam Sơn đề nghị Sở Nông nghiệp các tỉnh rà soát các phương án phòng cháy rừng. Tiếp đó, các địa "
                "phương tăng cường công tác kiểm tra việc sử dụng lửa trong rừng."
            ),
            [
                "rà soát các phương án phòng cháy rừng",
                "tăng cường công tác kiểm tra việc sử dụng lửa trong rừng",
            ],
            id="units_named_by_kind_as_the_subject_of_a_directive_going_on_1",
        ),
        # a deed of units named by kind, no opener going on, is none
        pytest.param(
            (
                "Tổng cục Lam Sơn đề nghị Sở Nông nghiệp các tỉnh rà soát các phương án phòng cháy rừng. Ngành chức năng đã "
                "thu giữ hàng chục kg kẹo lạ."
            ),
            ["rà soát các phương án phòng cháy rừng"],
            id="units_named_by_kind_as_the_subject_of_a_directive_going_on_2",
        ),
        pytest.param(
            "Địa phương tiếp tục vận động các hộ trong vùng sạt lở di dời khỏi tuyến kênh.",
            ["tiếp tục vận động các hộ trong vùng sạt lở di dời khỏi tuyến kênh"],
            id="units_named_by_kind_carrying_on_with_a_charge_and_an_abbreviated_sector_1",
        ),
        pytest.param(
            "Bộ Y tế, các bộ, ngành, địa phương liên quan tiếp tục theo dõi, công khai kết quả kiểm nghiệm.",
            ["tiếp tục theo dõi, công khai kết quả kiểm nghiệm"],
            id="units_named_by_kind_carrying_on_with_a_charge_and_an_abbreviated_sector_2",
        ),
        pytest.param(
            "Theo đó, trong năm 2027, ngành TN&MT sẽ tập trung thanh tra việc bảo vệ môi trường tại các dự án.",
            ["tập trung thanh tra việc bảo vệ môi trường tại các dự án"],
            id="units_named_by_kind_carrying_on_with_a_charge_and_an_abbreviated_sector_3",
        ),
        pytest.param(
            "Phòng PC46 Công an tỉnh Lam Sơn đã nắm được hồ sơ và tiếp tục điều tra, xác minh thông tin.",
            ["tiếp tục điều tra, xác minh thông tin"],
            id="units_named_by_kind_carrying_on_with_a_charge_and_an_abbreviated_sector_4",
        ),
        # a unit asked by name is still asked, and one giving directing remarks still directs
        pytest.param(
            "Đại biểu Lò Văn Khiêm đề nghị Bộ Công an làm rõ vụ việc.",
            ["làm rõ vụ việc"],
            id="opinions_in_a_debate_that_ask_no_unit_hold_no_task_5",
        ),
        pytest.param(
            "Phát biểu ý kiến tại hội nghị, Bộ trưởng đề nghị các địa phương rà soát lại quy hoạch.",
            ["rà soát lại quy hoạch"],
            id="opinions_in_a_debate_that_ask_no_unit_hold_no_task_6",
        ),
        pytest.param(
            (
                "Trong thời hạn một ngày kể từ khi nhận được văn bản đề nghị của bị can, bị cáo, cơ sở giam giữ có trách "
                "nhiệm chuyển hồ sơ đến cơ quan đang thụ lý vụ án."
            ),
            ["chuyển hồ sơ đến cơ quan đang thụ lý vụ án"],
            id="a_duty_of_a_unit_named_by_kind_after_the_accused_in_a_time_clause",
        ),
        pytest.param(
            (
                "Tại phiên tòa, VKS kiến nghị Sở Tài chính xem xét kỷ luật về mặt hành chính đối với Lò Thị Na, đồng thời "
                "khẳng định về mặt dân sự Na vẫn phải bồi thường thiệt hại. Trong đó, riêng Na phải bồi thường 90 triệu đồng."
            ),
            ["xem xét kỷ luật về mặt hành chính đối với Lò Thị Na"],
            id="the_askers_own_statement_and_a_person_who_owes_money_are_no_tasks_1",
        ),
        # a unit named again before the modal still goes on with the directive
        pytest.param(
            "Giám đốc Sở yêu cầu Phòng Tổ chức rà soát hồ sơ. Nếu có sai phạm, Phòng phải báo cáo ngay.",
            ["rà soát hồ sơ", "báo cáo ngay"],
            id="the_askers_own_statement_and_a_person_who_owes_money_are_no_tasks_2",
        ),
        pytest.param(
            "Bộ trưởng nói: “Tôi đề nghị các địa phương phải chấn chỉnh lại tình trạng này”.",
            ["chấn chỉnh lại tình trạng này"],
            id="an_asking_verb_inside_a_quoted_document_title_asks_nobody_2",
        ),
        pytest.param(
            (
                "Bộ Chỉ huy Quân sự tỉnh xác định tiếp tục nắm chắc tình hình. Lãnh đạo, chỉ đạo có hiệu quả công tác Đảng, "
                "công tác chính trị trong các nhiệm vụ, trọng tâm là nhiệm vụ huấn luyện, sẵn sàng chiến đấu, xây dựng nề nếp "
                "chính quy. Tổ chức tốt các hoạt động đền ơn đáp nghĩa. Triển khai hiệu quả công tác dân vận, tích cực tham "
                "gia giúp dân xóa đói, giảm nghèo, phát triển kinh tế, xây dựng nông thôn mới; tăng cường đấu tranh phòng, "
                "chống tội phạm."
            ),
            [
                "tiếp tục nắm chắc tình hình",
                "Lãnh đạo, chỉ đạo có hiệu quả công tác Đảng, công tác chính trị trong các nhiệm vụ",
                "Tổ chức tốt các hoạt động đền ơn đáp nghĩa",
                "Triển khai hiệu quả công tác dân vận",
                "tích cực tham gia giúp dân xóa đói, giảm nghèo, phát triển kinh tế, xây dựng nông thôn mới",
                "tăng cường đấu tranh phòng, chống tội phạm",
            ],
            id="leading_a_work_and_helping_people_with_their_listed_aims_are_one_task_each_1",
        ),
        # the leaders named at a sentence's start are no work led
        pytest.param(
            "Bộ Chỉ huy Quân sự tỉnh xác định tiếp tục nắm chắc tình hình. Lãnh đạo, chỉ huy đơn vị đã đến dự.",
            ["tiếp tục nắm chắc tình hình"],
            id="leading_a_work_and_helping_people_with_their_listed_aims_are_one_task_each_2",
        ),
        pytest.param(
            (
                "Giám đốc Công an tỉnh đã chỉ đạo các đơn vị làm rõ trách nhiệm. Dựa trên kế hoạch của Công an tỉnh, các đơn "
                "vị chủ động xây dựng kế hoạch đấu tranh với tội phạm. Đồng thời, tổ chức tổng rà soát các tổ chức, cá nhân "
                "liên quan."
            ),
            [
                "làm rõ trách nhiệm",
                "chủ động xây dựng kế hoạch đấu tranh với tội phạm",
                "tổ chức tổng rà soát các tổ chức, cá nhân liên quan",
            ],
            id="units_acting_on_a_directives_basis_go_on_with_it",
        ),
        pytest.param(
            (
                "Sở Giáo dục còn yêu cầu Phòng Giáo dục kịp thời nắm bắt các thông tin tiếp theo từ cơ quan điều tra, cùng với "
                "nhà trường tiếp tục duy trì việc quan tâm, chăm sóc học sinh."
            ),
            [
                "kịp thời nắm bắt các thông tin tiếp theo từ cơ quan điều tra",
                "cùng với nhà trường tiếp tục duy trì việc quan tâm, chăm sóc học sinh",
            ],
            id="a_partner_by_kind_before_the_next_verb_opens_the_next_task_and_con_viec_ends_one_1",
        ),
        pytest.param(
            (
                "Phòng Giáo dục có trách nhiệm quản lý về chuyên môn còn việc có ra quyết định đình chỉ hay không thuộc thẩm "
                "quyền của UBND quận."
            ),
            ["quản lý về chuyên môn"],
            id="a_partner_by_kind_before_the_next_verb_opens_the_next_task_and_con_viec_ends_one_2",
        ),
        pytest.param(
            "Năm nay, Sở Tư pháp tiếp tục rà soát các văn bản quy phạm pháp luật của tỉnh.",
            ["tiếp tục rà soát các văn bản quy phạm pháp luật của tỉnh"],
            id="a_named_unit_carrying_on_with_a_charge_holds_it_unless_told_as_a_past_step_1",
        ),
        pytest.param(
            "Đại tá Lê Văn Tám đề nghị các công dân không được vi phạm pháp luật.",
            ["không được vi phạm pháp luật"],
            id="a_forbidden_act_after_those_asked_is_their_task",
        ),
        pytest.param(
            "Trong tháng 8, Sở tiếp tục tham mưu với UBND tỉnh ban hành danh mục dịch vụ công trực tuyến.",
            ["tiếp tục tham mưu với UBND tỉnh ban hành danh mục dịch vụ công trực tuyến"],
            id="a_unit_told_of_before_by_its_head_word_alone_holds_what_it_goes_on_to_do_1",
        ),
        pytest.param(
            "Sở sẽ kiểm tra lại toàn bộ hồ sơ cấp phép.",
            ["kiểm tra lại toàn bộ hồ sơ cấp phép"],
            id="a_unit_told_of_before_by_its_head_word_alone_holds_what_it_goes_on_to_do_2",
        ),
        pytest.param(
            "Từ nay đến ngày 15/2, Công an tỉnh Hòa Bình tiếp tục thực hiện đợt cao điểm trấn áp tội phạm.",
            ["tiếp tục thực hiện đợt cao điểm trấn áp tội phạm"],
            id="a_named_units_charge_carried_on_is_no_task_when_told_as_a_dated_or_repeated_step_3",
        ),
        pytest.param(
            (
                "Sở Giao thông vận tải tiếp tục thí điểm đỗ xe theo ngày chẵn, ngày lẻ trên phố Hòa An. Thí điểm đỗ xe theo "
                "ngày chẵn lẻ sẽ giúp tuyến phố thoáng đãng hơn."
            ),
            ["tiếp tục thí điểm đỗ xe theo ngày chẵn, ngày lẻ trên phố Hòa An"],
            id="an_act_that_will_bring_something_is_its_subject_not_a_task",
        ),
        pytest.param(
            ("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Y tế ")
            + "kiểm điểm trách nhiệm và có hình thức kỷ luật đối với ông Đỗ Văn Ba.",
            ["kiểm điểm trách nhiệm và có hình thức kỷ luật đối với ông Đỗ Văn Ba"],
            id="a_responsibility_whose_owner_follows_in_the_next_item_is_one_task_1",
        ),
        pytest.param(
            ("Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Y tế ")
            + "làm rõ trách nhiệm và báo cáo kết quả trước ngày 5/3.",
            ["làm rõ trách nhiệm", "báo cáo kết quả trước ngày 5/3"],
            id="a_responsibility_whose_owner_follows_in_the_next_item_is_one_task_2",
        ),
        pytest.param(
            "Thanh tra Bộ đang thanh tra việc Công an TP.Sơn Mai bắt giữ người ở xã Hòa Lạc.",
            ["thanh tra việc Công an TP.Sơn Mai bắt giữ người ở xã Hòa Lạc"],
            id="a_place_or_a_person_abbreviated_with_a_stop_does_not_end_the_task_1",
        ),
        pytest.param(
            "Công an huyện Sơn Mai đang điều tra làm rõ vụ chị N.T.B bị đánh nhập viện.",
            ["điều tra làm rõ vụ chị N.T.B bị đánh nhập viện"],
            id="a_place_or_a_person_abbreviated_with_a_stop_does_not_end_the_task_2",
        ),
        pytest.param(
            "Sở Xây dựng cần thành lập một hội đồng giám sát để tránh lợi ích nhóm.",
            ["thành lập một hội đồng giám sát để tránh lợi ích nhóm"],
            id="a_group_set_up_to_avoid_something_is_the_task_not_the_aim",
        ),
        pytest.param(
            "Tòa án nhân dân tỉnh Sơn Mai đề nghị ông Lê Văn Tám cung cấp bổ sung một số giấy tờ liên quan.",
            ["cung cấp bổ sung một số giấy tờ liên quan"],
            id="a_named_unit_asking_one_by_name_gives_a_task_1",
        ),
        pytest.param(
            "Công an huyện Sơn Mai đang tiếp tục điều tra làm rõ và sẽ xử lý nghiêm các đối tượng.",
            ["tiếp tục điều tra làm rõ", "xử lý nghiêm các đối tượng"],
            id="a_modal_after_va_opens_a_second_task_1",
        ),
        pytest.param(
            "Sở Y tế yêu cầu kiểm tra, xác minh và xử lý nghiêm các cơ sở vi phạm.",
            ["kiểm tra, xác minh và xử lý nghiêm các cơ sở vi phạm"],
            id="a_modal_after_va_opens_a_second_task_2",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh yêu cầu Sở Y tế phối hợp với Sở Tư pháp và Sở Tài chính kiểm tra vụ việc.",
            ["kiểm tra vụ việc"],
            id="a_partner_named_after_voi_is_no_second_unit_asked",
        ),
        pytest.param(
            "Công an tỉnh Hòa Xanh đang phối hợp các cơ quan chức năng làm rõ vụ việc ở xã Tân Lộc.",
            ["phối hợp các cơ quan chức năng làm rõ vụ việc ở xã Tân Lộc"],
            id="partners_named_by_kind_with_no_voi_stay_in_the_inquiry_under_way_1",
        ),
        pytest.param(
            "Đội Cảnh sát hình sự được Giám đốc Công an tỉnh giao chủ trì điều tra vụ án.",
            ["chủ trì điều tra vụ án"],
            id="a_unit_asked_in_the_passive_is_the_subject",
        ),
        pytest.param(
            "Cơ quan CSĐT Công an tỉnh Vân Khê đã khởi tố bị can Lê Văn Tám để điều tra tội cướp tài sản.",
            ["điều tra tội cướp tài sản"],
            id="a_unit_prosecuting_a_case_for_an_inquiry_holds_the_inquiry_1",
        ),
        pytest.param(
            "Công an huyện Vân Khê đã thực nghiệm lại hiện trường để làm rõ nguyên nhân vụ tai nạn.",
            ["làm rõ nguyên nhân vụ tai nạn"],
            id="a_team_set_up_or_the_scene_re_enacted_for_an_inquiry_gives_the_unit_the_inquiry",
        ),
        pytest.param(
            (
                "Chủ tịch thành phố yêu cầu Sở Tài nguyên rút kinh nghiệm việc này, đồng thời Sở Tài nguyên phải bàn với "
                "quận 2 để xử lý cho dứt điểm."
            ),
            ["rút kinh nghiệm việc này", "bàn với quận 2 để xử lý cho dứt điểm"],
            id="a_named_unit_opening_its_own_clause_after_a_comma_holds_its_task",
        ),
        # a unit named by kind holds no inquiry; a named unit going on with another charge holds it unless the
        # sentence tells a step already taken
        pytest.param(
            "Hiện Cơ quan CSĐT Công an huyện Tân Lộc tiếp tục đấu tranh mở rộng vụ án.",
            ["tiếp tục đấu tranh mở rộng vụ án"],
            id="a_named_unit_going_on_with_an_inquiry_holds_it_with_its_words_1",
        ),
        pytest.param(
            "Công an tiếp tục xác minh, xử lý sau.",
            ["tiếp tục xác minh, xử lý sau"],
            id="a_named_unit_going_on_with_an_inquiry_holds_it_with_its_words_2",
        ),
        pytest.param(
            "Công an huyện Tân Lộc tiếp tục phát huy truyền thống.",
            ["tiếp tục phát huy truyền thống"],
            id="a_named_unit_going_on_with_an_inquiry_holds_it_with_its_words_4",
        ),
        # after 'sẽ' the modal reads the task and splits its items as before
        pytest.param(
            "Công an huyện Tân Lộc sẽ tiếp tục phối hợp chặt chẽ với Ủy ban MTTQ, xây dựng thế trận lòng dân.",
            ["tiếp tục phối hợp chặt chẽ với Ủy ban MTTQ", "xây dựng thế trận lòng dân"],
            id="a_named_unit_going_on_with_an_inquiry_holds_it_with_its_words_5",
        ),
        pytest.param(
            "Công an huyện Bến Lau (Hòa Bình Xanh) sẽ làm rõ vụ việc.",
            ["làm rõ vụ việc"],
            id="a_units_place_in_brackets_does_not_hide_its_inquiry_or_plan_1",
        ),
        pytest.param(
            "Ông Khả cho biết Công an huyện Bến Lau đã vào cuộc và sẽ làm rõ vụ việc.",
            ["làm rõ vụ việc"],
            id="a_named_units_plan_after_what_it_did_is_its_task_1",
        ),
        pytest.param(
            "Ông Khả cho biết, việc công bố kết luận giám định sẽ do bên công an chủ trì.",
            ["công bố kết luận giám định"],
            id="a_work_carried_out_by_a_unit_told_after_do_is_its_task_1",
        ),
        pytest.param(
            "Hệ thống Dữ liệu đất đai Tân An do Sở Tài nguyên và Môi trường đang thực hiện.",
            ["Hệ thống Dữ liệu đất đai Tân An"],
            id="a_work_carried_out_by_a_unit_told_after_do_is_its_task_2",
        ),
        pytest.param(
            "Hiện Phòng PC45 phối hợp với Công an huyện Cát Vân tập trung điều tra vụ việc.",
            ["tập trung điều tra vụ việc"],
            id="a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task_1",
        ),
        pytest.param(
            "Ông Lê Văn Khả cho biết đã chỉ đạo nhà xe phối hợp với cơ quan công an điều tra, làm rõ vụ việc.",
            ["phối hợp với cơ quan công an điều tra, làm rõ vụ việc"],
            id="a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task_2",
        ),
        # one field of a work before the next item is no list of fields
        pytest.param(
            (
                "Giám đốc yêu cầu các đơn vị rút ra bài học kinh nghiệm về công tác an ninh, không để tình trạng như vừa "
                "qua tái diễn."
            ),
            ["rút ra bài học kinh nghiệm về công tác an ninh", "không để tình trạng như vừa qua tái diễn"],
            id="a_unit_setting_its_course_holds_the_plan_and_the_sentences_that_go_on_with_it_2",
        ),
        pytest.param(
            (
                "Ông Lê Văn Tám đề nghị công ty phải hoàn thiện hệ thống truyền số liệu về Sở Tài nguyên và Môi trường và Sở "
                "lưu ý nhận số liệu."
            ),
            ["hoàn thiện hệ thống truyền số liệu về Sở Tài nguyên và Môi trường"],
            id="an_official_or_unit_with_a_clause_of_its_own_after_va_ends_the_item_1",
        ),
        # partners listed after 'với' stay those the task is done with
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu các sở phối hợp với Sở Y tế và Sở Công Thương kiểm tra các cơ sở.",
            ["kiểm tra các cơ sở"],
            id="an_official_or_unit_with_a_clause_of_its_own_after_va_ends_the_item_2",
        ),
    ],
)
def test_the_unit_asked_and_the_asking_words_stay_out_of_the_task(body: str, expected: list[str]) -> None:
    """Who is asked (by name, kind, post or count) and the asking verb, modal or partner before the task are no part of its name."""
    assert names(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            (
                "Giám đốc Sở Nông nghiệp giao Chi cục Kiểm lâm khẩn trương kiểm tra hiện trường. "
                "Đồng thời, báo cáo kết quả về Sở trước ngày 15/6."
            ),
            ["khẩn trương kiểm tra hiện trường", "báo cáo kết quả về Sở trước ngày 15/6"],
            id="sentence_going_on_with_a_directive",
        ),
        pytest.param(
            "Nhà trường có trách nhiệm bảo vệ học sinh theo quy định có quyền yêu cầu phụ huynh phối hợp.",
            ["bảo vệ học sinh theo quy định"],
            id="a_right_is_no_part_of_the_duty",
        ),
        pytest.param(
            "Bộ trưởng chỉ đạo lực lượng Công an cần tạo sự chuyển biến rõ nét trong nhận thức về an ninh kinh tế.",
            ["tạo sự chuyển biến rõ nét trong nhận thức về an ninh kinh tế"],
            id="change_to_bring_about_is_a_task",
        ),
        pytest.param(
            "Bộ trưởng mong muốn, lực lượng Công an nhân dân tiếp tục làm tốt chức năng tham mưu.",
            ["tiếp tục làm tốt chức năng tham mưu"],
            id="wish_addressed_to_an_authority_2",
        ),
        pytest.param(
            "Chủ tịch UBND quận kiến nghị thành phố tăng cường phân cấp cho quận một số nội dung, như: thu hồi đất.",
            ["tăng cường phân cấp cho quận một số nội dung"],
            id="examples_announced_by_nhu_are_no_part_of_the_task",
        ),
        pytest.param(
            "Công an tỉnh yêu cầu các ngân hàng phong tỏa tài khoản của các đối tượng.",
            ["phong tỏa tài khoản của các đối tượng"],
            id="accounts_a_bank_is_to_freeze_are_a_task",
        ),
        pytest.param(
            (
                "Phó Viện trưởng đề nghị đơn vị chuẩn bị tốt các điều kiện để Viện khu vực đi vào hoạt động ổn định, không "
                "để gián đoạn công tác kiểm sát hoạt động tư pháp."
            ),
            [
                "chuẩn bị tốt các điều kiện để Viện khu vực đi vào hoạt động ổn định",
                "không để gián đoạn công tác kiểm sát hoạt động tư pháp",
            ],
            id="operating_is_no_topic",
        ),
        pytest.param(
            "Theo đó, tổ công tác sẽ tiến hành thẩm định, đánh giá để xác định rõ chất lượng vỏ tàu.",
            ["thẩm định, đánh giá để xác định rõ chất lượng vỏ tàu"],
            id="carrying_out_is_dropped_before_the_verb_1",
        ),
        # a noun after it keeps it: the carrying out is the verb
        pytest.param(
            "Ông Lê Văn Tám yêu cầu Công an huyện tiến hành các biện pháp nghiệp vụ.",
            ["tiến hành các biện pháp nghiệp vụ"],
            id="carrying_out_is_dropped_before_the_verb_2",
        ),
        pytest.param(
            (
                "Thứ trưởng Lê Văn Tám yêu cầu Ngân hàng Sông Lam cần tự chấn chỉnh và xem xét tại sao các khoản vay "
                "lại tập trung tại chi nhánh của mình."
            ),
            ["tự chấn chỉnh", "xem xét tại sao các khoản vay lại tập trung tại chi nhánh của mình"],
            id="setting_ones_own_work_right_is_a_whole_task",
        ),
        pytest.param(
            "Sở Công Thương và Cục Cạnh tranh sẽ trực tiếp thụ lý đơn của người tham gia.",
            ["trực tiếp thụ lý đơn của người tham gia"],
            id="directly_before_the_verb_and_who_leads_in_a_profile_1",
        ),
        pytest.param(
            (
                "Công an huyện Bình Lộc đang điều tra làm rõ vụ tai nạn đặc biệt nghiêm trọng xảy ra trên cầu Hạ Mây "
                "làm hai người thiệt mạng."
            ),
            [
                "điều tra làm rõ vụ tai nạn đặc biệt nghiêm trọng xảy ra trên cầu Hạ Mây làm hai người thiệt mạng"
            ],
            id="an_especially_serious_accident_is_one_task",
        ),
        pytest.param(
            (
                "Giám đốc Sở yêu cầu tổ công tác kiểm tra các tàu cá hư hỏng; báo cáo kết quả, đề xuất các biện pháp giải "
                "quyết cho Ban Chỉ đạo tỉnh xem xét, quyết định."
            ),
            [
                "kiểm tra các tàu cá hư hỏng",
                "báo cáo kết quả, đề xuất các biện pháp giải quyết cho Ban Chỉ đạo tỉnh xem xét, quyết định",
            ],
            id="reporting_and_proposing_to_one_body_is_one_task",
        ),
        pytest.param(
            "Thủ tướng yêu cầu Thông tấn xã Hạ Mây lưu ý lựa chọn cán bộ đủ năng lực làm việc tại các cơ quan thường trú.",
            ["lưu ý lựa chọn cán bộ đủ năng lực làm việc tại các cơ quan thường trú"],
            id="minding_what_one_does_is_the_task",
        ),
        pytest.param(
            "Bà Lê Thị Hoa đề nghị cơ quan có thẩm quyền xóa gấp mọi clip về vụ việc.",
            ["xóa gấp mọi clip về vụ việc"],
            id="xoa_is_a_task_verb",
        ),
        pytest.param(
            "Bộ Công an đã đề nghị Interpol dẫn độ Lò Văn Tủa về Việt Nam.",
            ["dẫn độ Lò Văn Tủa về Việt Nam"],
            id="extraditing_correcting_and_a_general_check_start_tasks_1",
        ),
        pytest.param(
            "Đại biểu đề nghị Ban Chỉ đạo cần phải chỉnh sửa lại quy chế tiếp dân.",
            ["chỉnh sửa lại quy chế tiếp dân"],
            id="extraditing_correcting_and_a_general_check_start_tasks_2",
        ),
        pytest.param(
            "Tổ công tác có nhiệm vụ tổng kiểm tra các tàu cá vỏ thép.",
            ["tổng kiểm tra các tàu cá vỏ thép"],
            id="extraditing_correcting_and_a_general_check_start_tasks_3",
        ),
        # functions a unit takes over are still listed
        pytest.param(
            "Công an tỉnh tiếp nhận các lĩnh vực mới như cấp giấy phép lái xe, quản lý lý lịch tư pháp.",
            ["cấp giấy phép lái xe", "quản lý lý lịch tư pháp"],
            id="what_befell_in_the_passive_and_fields_worked_in_are_no_tasks_3",
        ),
        # functions taken over are still listed
        pytest.param(
            "Công an tỉnh Hòa Bình Xanh tiếp nhận các nhiệm vụ mới như cấp GPLX, đăng ký xe và quản lý cư trú.",
            ["cấp GPLX", "đăng ký xe", "quản lý cư trú"],
            id="fields_invested_in_or_spoken_of_are_no_functions_3",
        ),
        pytest.param(
            "Đại diện Trung tâm Lam Sơn khuyến nghị các cơ quan, doanh nghiệp cần chú trọng nâng cao nhận thức về bảo mật.",
            ["chú trọng nâng cao nhận thức về bảo mật"],
            id="a_recommendation_a_duty_with_nham_and_a_document_that_directs_1",
        ),
        pytest.param(
            "Nhiệm vụ của Đoàn thanh tra lần này nhằm thanh tra hồ sơ pháp lý về đất đai.",
            ["thanh tra hồ sơ pháp lý về đất đai"],
            id="a_recommendation_a_duty_with_nham_and_a_document_that_directs_2",
        ),
        pytest.param(
            "Ngày 6/2, UBND tỉnh Lam Sơn ban hành Công văn số 42/UBND-NC chỉ đạo điều tra, làm rõ thông tin báo chí nêu.",
            ["điều tra, làm rõ thông tin báo chí nêu"],
            id="a_recommendation_a_duty_with_nham_and_a_document_that_directs_3",
        ),
        pytest.param(
            "Công an tỉnh Lam Sơn đã chặn một xe tải và bàn giao cho lực lượng quản lý thị trường Lam Sơn lập biên bản xử lý.",
            ["lập biên bản xử lý"],
            id="a_new_clause_a_name_ending_in_a_manner_word_and_a_finding_give_no_task_4",
        ),
        pytest.param(
            "Chính phủ giao Bộ Công an sát hạch, cấp giấy phép lái xe từ năm 2027.",
            ["sát hạch, cấp giấy phép lái xe từ năm 2027"],
            id="granting_examining_and_registering_open_tasks_1",
        ),
        pytest.param(
            "UBND tỉnh yêu cầu các đơn vị đăng ký danh sách cán bộ tham gia tập huấn.",
            ["đăng ký danh sách cán bộ tham gia tập huấn"],
            id="granting_examining_and_registering_open_tasks_2",
        ),
        pytest.param(
            "Sở Y tế yêu cầu Trung tâm y tế huyện Bình Lộc kiểm nghiệm mẫu nước giếng.",
            ["kiểm nghiệm mẫu nước giếng"],
            id="granting_examining_and_registering_open_tasks_3",
        ),
        # 'cấp' alone is a level in the unit asked
        pytest.param(
            "Giám đốc yêu cầu Công an cấp huyện tăng cường tuần tra.",
            ["tăng cường tuần tra"],
            id="granting_examining_and_registering_open_tasks_4",
        ),
        pytest.param(
            (
                "Bộ yêu cầu Sở Giáo dục chỉ đạo kiểm tra. Đồng thời Hà Nam phải chỉ đạo, tổ chức rút kinh nghiệm về công tác "
                "quản lý các cơ sở mầm non trên địa bàn, đặc biệt là việc quản lý, cấp phép các nhóm lớp tư thục và báo cáo "
                "kết quả về Bộ trước ngày 10/2. >> Người mẹ có con bị đánh vẫn sốc"
            ),
            [
                "chỉ đạo kiểm tra",
                "chỉ đạo, tổ chức rút kinh nghiệm về công tác quản lý các cơ sở mầm non trên địa bàn",
                "báo cáo kết quả về Bộ trước ngày 10/2",
            ],
            id="a_place_before_phai_goes_on_with_the_directive_past_dac_biet_la_and_links",
        ),
        pytest.param(
            "Theo kế hoạch, các đơn vị phải hoàn thành việc rà soát trước ngày 15/7.",
            ["hoàn thành việc rà soát trước ngày 15/7"],
            id="the_law_cited_an_inspections_tally_and_how_one_leads_are_no_tasks_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám kiến nghị UBND tỉnh thu hồi 2 tỷ đồng.",
            ["thu hồi 2 tỷ đồng"],
            id="the_law_cited_an_inspections_tally_and_how_one_leads_are_no_tasks_4",
        ),
        pytest.param(
            "Ông Lê Văn Tám cho biết đã đề nghị nhà trường có báo cáo cụ thể về vụ việc.",
            ["có báo cáo cụ thể về vụ việc"],
            id="having_a_report_or_a_programme_made_is_a_task_1",
        ),
        pytest.param(
            "Trong năm nay, Bộ sẽ có chương trình thanh tra các cơ quan thuộc Bộ.",
            ["có chương trình thanh tra các cơ quan thuộc Bộ"],
            id="having_a_report_or_a_programme_made_is_a_task_2",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Công thương báo cáo kết quả cho UBND tỉnh và thông tin với báo chí.",
            ["báo cáo kết quả cho UBND tỉnh", "thông tin với báo chí"],
            id="informing_the_press_after_a_report_is_a_task_of_its_own_1",
        ),
        # (the noun after a comma stays in the item)
        pytest.param(
            "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Công thương cung cấp hồ sơ, thông tin cho Công an tỉnh.",
            ["cung cấp hồ sơ, thông tin cho Công an tỉnh"],
            id="informing_the_press_after_a_report_is_a_task_of_its_own_2",
        ),
        # ('triệt để' is one word; a trailing 'để' whose purpose was cut off is dropped)
        pytest.param(
            "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Công an tỉnh xử lý vụ việc triệt để.",
            ["xử lý vụ việc triệt để"],
            id="a_task_done_thoroughly_keeps_its_last_word",
        ),
        pytest.param(
            "Thanh tra tỉnh sẽ làm rõ xem việc chuyển đổi đất đúng hay không.",
            ["làm rõ xem việc chuyển đổi đất đúng hay không"],
            id="yes_no_question_and_a_verb_used_as_a_noun_are_no_tasks_2",
        ),
    ],
)
def test_what_a_task_is_named(body: str, expected: list[str]) -> None:
    """Duties, plans, promises and the verbs that open a task: the task is named by its own words."""
    assert names(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            (
                "Ủy ban tỉnh chỉ đạo các cơ quan chức năng tăng cường năng lực vận tải đường thủy nhằm phục vụ "
                "người dân du xuân."
            ),
            ["tăng cường năng lực vận tải đường thủy"],
            id="purpose_and_legal_basis_are_no_part_of_the_task",
        ),
        pytest.param(
            (
                "Phòng Giáo dục huyện đã yêu cầu cơ sở Mầm non Hoa Mai tạm thời đình chỉ hoạt động vô thời hạn chờ các "
                "cơ quan có thẩm quyền điều tra, xử lý vụ việc trẻ bị đánh."
            ),
            ["tạm thời đình chỉ hoạt động vô thời hạn"],
            id="what_the_authorities_are_awaited_to_do_is_theirs_1",
        ),
        pytest.param(
            (
                "“Huyện đề nghị tỉnh có phương án hỗ trợ thích hợp để tiểu thương ổn định kinh doanh” một lãnh đạo "
                "UBND huyện Hòa Xanh nói."
            ),
            ["có phương án hỗ trợ thích hợp để tiểu thương ổn định kinh doanh"],
            id="a_speaker_named_by_role_after_the_quote_is_no_part_of_the_task",
        ),
        pytest.param(
            "Sở yêu cầu nhà trường đình chỉ công tác cô giáo Lê Thị Hoa trong thời gian chờ kết luận của công an.",
            ["đình chỉ công tác cô giáo Lê Thị Hoa"],
            id="what_the_authorities_are_awaited_to_do_is_theirs_2",
        ),
        pytest.param(
            (
                "Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc ở bệnh viện huyện. "
                "Nếu có sai phạm phải kiên quyết xử lý trách nhiệm, báo cáo kết quả về UBND tỉnh trước ngày 10/6. "
                "Trước đó, UBND tỉnh đã yêu cầu Sở Nội vụ kiểm tra, xác minh làm rõ vụ việc ở bệnh viện huyện này."
            ),
            [
                "kiểm tra, xác minh làm rõ vụ việc ở bệnh viện huyện",
                "kiên quyết xử lý trách nhiệm",
                "báo cáo kết quả về UBND tỉnh trước ngày 10/6",
            ],
            id="condition_then_modal_and_a_repeated_lead",
        ),
        pytest.param(
            "Thanh tra tỉnh yêu cầu UBND huyện có biện pháp phù hợp để ổn định tình hình, tránh phát sinh khiếu kiện.",
            ["có biện pháp phù hợp để ổn định tình hình, tránh phát sinh khiếu kiện"],
            id="what_to_avoid_stays_with_the_purpose_and_a_time_clause_with_its_verbs_1",
        ),
        pytest.param(
            "UBND tỉnh yêu cầu các đơn vị vận tải kiểm định các xe sau khi đã được sửa chữa, thay thế phụ tùng.",
            ["kiểm định các xe sau khi đã được sửa chữa, thay thế phụ tùng"],
            id="what_to_avoid_stays_with_the_purpose_and_a_time_clause_with_its_verbs_2",
        ),
        pytest.param(
            "Sở Tư pháp đề nghị UBND huyện rà soát các hồ sơ tồn đọng, trong đó có hồ sơ đất đai.",
            ["rà soát các hồ sơ tồn đọng"],
            id="details_after_trong_do_and_a_glued_dateline_end_the_task_1",
        ),
        pytest.param(
            "Sở yêu cầu các công ty thay thế các phần vỏ không đạt chuẩn Bốn là sửa chữa hệ thống hầm.",
            ["thay thế các phần vỏ không đạt chuẩn"],
            id="details_after_trong_do_and_a_glued_dateline_end_the_task_2",
        ),
        pytest.param(
            "Giám đốc Sở yêu cầu các đơn vị: tăng cường kiểm tra, xử lý vi phạm.",
            ["tăng cường kiểm tra, xử lý vi phạm"],
            id="a_colon_or_a_quotation_after_the_unit_asked_1",
        ),
        pytest.param(
            "Bộ trưởng yêu cầu: “Các đơn vị phải tăng cường tuần tra trên các tuyến đường”.",
            ["tăng cường tuần tra trên các tuyến đường"],
            id="a_colon_or_a_quotation_after_the_unit_asked_2",
        ),
        pytest.param(
            "Chính phủ giao cho Bộ Tư pháp rà soát để sửa đổi, bổ sung các văn bản có chứa thủ tục này.",
            ["rà soát để sửa đổi, bổ sung các văn bản có chứa thủ tục này"],
            id="bare_verb_of_purpose_shares_the_next_object",
        ),
        pytest.param(
            "UBND tỉnh yêu cầu Sở Xây dựng rà soát các công trình vi phạm Theo đó, ông Lê Văn Tám cho biết sẽ báo cáo.",
            ["rà soát các công trình vi phạm"],
            id="glued_sentence_ends_the_task_and_a_glued_heading_is_none_1",
        ),
        pytest.param(
            (
                "UBND tỉnh yêu cầu Sở Xây dựng rà soát các công trình. Triển khai ngay hệ thống camera giám sát Liên quan "
                "đến giải pháp giảm ùn tắc, ông Lê Văn Tám báo cáo kết quả nghiên cứu."
            ),
            ["rà soát các công trình"],
            id="glued_sentence_ends_the_task_and_a_glued_heading_is_none_2",
        ),
        pytest.param(
            (
                "Các giáo viên mong muốn các cơ quan chức năng sớm kết luận và xử lý nghiêm túc Ngày 21 bà Lê Thị Hoa "
                "nhận kỷ luật với lý do: vi phạm nghĩa vụ; không hoàn thành nhiệm vụ quản lý điều hành."
            ),
            ["sớm kết luận", "xử lý nghiêm túc"],
            id="glued_next_sentence_holds_no_more_items",
        ),
        pytest.param(
            (
                "Phó Chủ tịch đề nghị các địa phương đẩy mạnh phong trào chăm sóc người có công thông qua các hoạt động "
                "thăm hỏi, hỗ trợ cuộc sống."
            ),
            ["đẩy mạnh phong trào chăm sóc người có công"],
            id="the_means_ends_a_task",
        ),
        pytest.param(
            (
                "Nếu các cấp không giải quyết thì chính cơ quan ấy sẽ phải chịu trách nhiệm giải trình trước Chính phủ, "
                "Bộ trưởng Lê Văn Tám nhấn mạnh."
            ),
            ["giải trình trước Chính phủ"],
            id="speaker_named_after_the_task_is_no_part_of_it",
        ),
        pytest.param(
            "Công an huyện Sông Mây cần nỗ lực hơn nữa để kéo giảm tai nạn giao thông.",
            ["kéo giảm tai nạn giao thông"],
            id="the_purpose_of_an_effort_is_the_task_1",
        ),
        # the unit named by kind with its own place: 'lực lượng công an của huyện'
        pytest.param(
            "Lực lượng công an của huyện cần phải nỗ lực nhiều hơn để kéo giảm số vụ trộm cắp tài sản, cướp giật.",
            ["kéo giảm số vụ trộm cắp tài sản, cướp giật"],
            id="the_purpose_of_an_effort_is_the_task_2",
        ),
        pytest.param(
            "Công ty TNHH Minh Long đồng ý chịu chi phí cải hoán tàu cho phù hợp với điều kiện đánh bắt.",
            ["chịu chi phí cải hoán tàu"],
            id="a_purpose_that_only_conforms_ends_the_task_1",
        ),
        pytest.param(
            (
                "Ông Lê Văn Tám đề nghị Sở Nội vụ sửa đổi những văn bản do tỉnh ban hành để thống nhất, phù hợp với "
                "quy định chung; thực hiện việc tinh giản biên chế."
            ),
            ["sửa đổi những văn bản do tỉnh ban hành", "thực hiện việc tinh giản biên chế"],
            id="a_purpose_that_only_conforms_ends_the_task_2",
        ),
        pytest.param(
            (
                "Do vậy, lực lượng công an của huyện cần phải nỗ lực nhiều hơn để kéo giảm số vụ tai nạn giao thông, "
                "ít nhất cũng phải bằng mức kéo giảm của tỉnh."
            ),
            ["kéo giảm số vụ tai nạn giao thông"],
            id="a_task_ends_before_the_least_to_reach_and_accountability_is_no_task_1",
        ),
        pytest.param(
            "Theo ông Tám, đơn vị chủ quản phải kiểm tra sức khỏe lái xe và chịu trách nhiệm về việc này.",
            ["kiểm tra sức khỏe lái xe"],
            id="a_task_ends_before_the_least_to_reach_and_accountability_is_no_task_3",
        ),
        # a function held is a task
        pytest.param(
            "Trung tâm Đăng kiểm Vân Khê chịu trách nhiệm trong việc kiểm tra an toàn kỹ thuật con tàu.",
            ["kiểm tra an toàn kỹ thuật con tàu"],
            id="a_task_ends_before_the_least_to_reach_and_accountability_is_no_task_4",
        ),
        pytest.param(
            (
                "Bệnh viện Vân Khê được đề nghị khẩn trương hỗ trợ khoa Thận nhân tạo nhanh chóng ổn định để không gián "
                "đoạn quá trình lọc máu của bệnh nhân."
            ),
            ["khẩn trương hỗ trợ khoa Thận nhân tạo nhanh chóng ổn định"],
            id="what_a_task_is_not_to_cause_ends_it",
        ),
        pytest.param(
            "Công an tỉnh Vân Khê đang điều tra vụ mất trộm 3 tấn dây cáp đồng, tương đương khoảng 900 triệu đồng.",
            ["điều tra vụ mất trộm 3 tấn dây cáp đồng"],
            id="an_amount_put_another_way_ends_the_task",
        ),
        # a capitalised 'Ông' with a name and a comma opens the next sentence; a place with 'Bà' does not
        pytest.param(
            (
                "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu khởi kiện công ty xây dựng Phú Lâm Ông Trần Văn Bảy, Giám đốc Sở Xây dựng, "
                "thông báo kết quả kiểm tra."
            ),
            ["khởi kiện công ty xây dựng Phú Lâm"],
            id="a_sentence_glued_on_after_a_heading_ends_the_task_1",
        ),
        pytest.param(
            "UBND phường Mỹ Lâm đã chỉ đạo Công an phường phối hợp với Công an quận Hai Bà Trưng xác minh vụ trộm cây cảnh.",
            ["xác minh vụ trộm cây cảnh"],
            id="a_sentence_glued_on_after_a_heading_ends_the_task_2",
        ),
        pytest.param(
            "Công an huyện Mỹ Lâm sẽ củng cố hồ sơ xử lý nhóm người liên quan vì đã giữ người trái phép.",
            ["củng cố hồ sơ xử lý nhóm người liên quan"],
            id="the_reason_a_task_is_done_is_no_part_of_it_1",
        ),
        pytest.param(
            "UBND tỉnh yêu cầu Sở Nội vụ làm rõ vì sao hồ sơ bị chậm.",
            ["làm rõ vì sao hồ sơ bị chậm"],
            id="the_reason_a_task_is_done_is_no_part_of_it_2",
        ),
        pytest.param(
            (
                "Công an huyện Bình Lộc đang điều tra làm rõ cái chết của anh Đào Văn Kiệt (sinh năm 1980, ngụ xã Hạ Mây, "
                "huyện Bình Lộc) mà theo người nhà là do bị đánh."
            ),
            ["điều tra làm rõ cái chết của anh Đào Văn Kiệt"],
            id="a_persons_details_in_brackets_close_the_task",
        ),
        pytest.param(
            "Phó Chủ tịch UBND tỉnh yêu cầu lập danh sách các em học sinh vi phạm để giao cho các trường theo dõi.",
            ["lập danh sách các em học sinh vi phạm"],
            id="a_purpose_cut_off_leaves_no_trailing_de",
        ),
        pytest.param(
            (
                "Bộ trưởng yêu cầu Tổng cục Hạ Mây hướng dẫn các địa phương lập quy hoạch. Phối hợp chặt chẽ với các bộ, "
                "ngành liên quan trong việc kiểm tra, giám sát hoạt động nạo vét, đề xuất các biện pháp tăng cường quản lý "
                "dự án."
            ),
            [
                "hướng dẫn các địa phương lập quy hoạch",
                "Phối hợp chặt chẽ với các bộ, ngành liên quan trong việc kiểm tra, giám sát hoạt động nạo vét",
                "đề xuất các biện pháp tăng cường quản lý dự án",
            ],
            id="the_means_proposed_are_no_units_asked",
        ),
        pytest.param(
            "Ban Tổ chức yêu cầu các đơn vị báo cáo về sự cố, đồng thời đề nghị Công an huyện Hạ Mây điều tra làm rõ.",
            ["báo cáo về sự cố", "điều tra làm rõ"],
            id="a_trailing_dong_thoi_before_the_next_ask_is_dropped",
        ),
        pytest.param(
            "Thủ tướng yêu cầu: “Các đơn vị phải tăng cường tuần tra trên các tuyến đường, kiên quyết xử lý các vi phạm.”",
            ["tăng cường tuần tra trên các tuyến đường", "kiên quyết xử lý các vi phạm"],
            id="a_quoted_directive_after_a_colon_is_still_split",
        ),
        pytest.param(
            (
                "Theo đó, cơ quan quản lý nhà nước sẽ căn cứ quy trình này để giám sát chặt chẽ quá trình thanh lý hợp "
                "đồng và giải quyết quyền lợi cho người tham gia."
            ),
            ["giám sát chặt chẽ quá trình thanh lý hợp đồng và giải quyết quyền lợi cho người tham gia"],
            id="what_is_done_on_a_basis_is_its_purpose_1",
        ),
        pytest.param(
            "Bộ trưởng yêu cầu Sở Hạ Mây căn cứ vào kết luận thanh tra để xử lý nghiêm các sai phạm.",
            ["xử lý nghiêm các sai phạm"],
            id="what_is_done_on_a_basis_is_its_purpose_2",
        ),
        pytest.param(
            (
                "Giám đốc Công an thành phố chỉ đạo Công an quận Hạ Mây điều tra làm rõ nếu có dấu hiệu vi phạm pháp luật "
                "xử lý nghiêm theo quy định."
            ),
            ["điều tra làm rõ"],
            id="a_condition_followed_by_its_own_measure_ends_the_task",
        ),
        pytest.param(
            (
                "Bộ trưởng yêu cầu các đơn vị tăng cường kiểm tra chất lượng xăng dầu Trả lời phóng viên chiều 7/2, ông Lê "
                "Văn Tám cho biết thêm."
            ),
            ["tăng cường kiểm tra chất lượng xăng dầu"],
            id="a_glued_answer_or_a_view_ends_the_task_1",
        ),
        pytest.param(
            "Tòa án tối cao đề nghị Ban soạn thảo đưa Chánh án vào đối tượng cảnh vệ và cho rằng, việc này là cần thiết.",
            ["đưa Chánh án vào đối tượng cảnh vệ"],
            id="a_glued_answer_or_a_view_ends_the_task_2",
        ),
        pytest.param(
            (
                "Giám đốc Công an tỉnh yêu cầu Công an huyện Hạ Mây khẩn trương điều tra, làm rõ nguyên nhân vụ việc, theo "
                "tin tức trên báo Tin Mới."
            ),
            ["khẩn trương điều tra, làm rõ nguyên nhân vụ việc"],
            id="a_source_tag_after_a_comma_ends_the_task",
        ),
        pytest.param(
            (
                "Bệnh viện Hạ Mây đã chỉ đạo cho nhiều chuyên gia đầu ngành lên Bệnh viện tỉnh Lam Sơn để cùng cứu chữa bệnh "
                "nhân và hỗ trợ điều tra nguyên nhân."
            ),
            ["cùng cứu chữa bệnh nhân", "hỗ trợ điều tra nguyên nhân"],
            id="experts_sent_somewhere_hold_the_purpose_of_the_trip_1",
        ),
        pytest.param(
            "Lãnh đạo Bộ Y tế chỉ đạo dùng tất cả các phương tiện máy móc tốt nhất để tập trung cứu chữa.",
            ["dùng tất cả các phương tiện máy móc tốt nhất để tập trung cứu chữa"],
            id="experts_sent_somewhere_hold_the_purpose_of_the_trip_2",
        ),
        pytest.param(
            (
                "Sở Thông tin và Truyền thông đôn đốc Công ty Phần mềm Tân Lộc khẩn trương hoàn thành phần mềm một cửa "
                "làm cơ sở cho việc triển khai dịch vụ công trực tuyến."
            ),
            ["khẩn trương hoàn thành phần mềm một cửa"],
            id="what_a_task_serves_as_a_basis_for_is_no_part_of_it",
        ),
        pytest.param(
            (
                "Công an quận Bến Lau vừa bàn giao Lê Văn Khả cho Công an quận Tân An để điều tra về hành vi cưỡng đoạt tài "
                "sản, thông tin trên báo Tân An Mới."
            ),
            ["điều tra về hành vi cưỡng đoạt tài sản"],
            id="a_task_ends_before_its_news_source_or_the_speakers_own_clause_1",
        ),
        pytest.param(
            "“Công an huyện Bến Lau đang điều tra vụ việc, chúng tôi chưa rõ nguyên nhân”, một cán bộ nói.",
            ["điều tra vụ việc"],
            id="a_task_ends_before_its_news_source_or_the_speakers_own_clause_2",
        ),
        pytest.param(
            (
                "Bên cạnh việc kiến nghị Bộ Giao thông phối hợp bảo đảm an toàn giao thông, ưu tiên bố trí vốn cho các dự "
                "án hạ tầng, Chủ tịch thành phố cũng nhấn mạnh việc các bộ, ngành cần sớm di dời trụ sở."
            ),
            [
                "phối hợp bảo đảm an toàn giao thông",
                "ưu tiên bố trí vốn cho các dự án hạ tầng",
                "sớm di dời trụ sở",
            ],
            id="a_task_ends_before_the_speakers_own_clause_and_a_dangling_lead_1",
        ),
        pytest.param(
            "Tỉnh sẽ chỉ đạo xử lý triệt để về mặt hành chính, nhất là yêu cầu làm rõ hợp đồng đã ký.",
            ["chỉ đạo xử lý triệt để về mặt hành chính", "làm rõ hợp đồng đã ký"],
            id="a_task_ends_before_the_speakers_own_clause_and_a_dangling_lead_2",
        ),
        pytest.param(
            (
                "Phó Thủ tướng Lê Văn Tám đề nghị Bộ Nội vụ cập nhật các chủ trương lớn vào Đề án này. Phó Thủ tướng Lê Văn "
                "Tám phát biểu tại buổi làm việc. Ảnh: Lò Văn Khâm - TTXVN Trong đó, tập trung vào các văn bản về đơn vị "
                "sự nghiệp công lập."
            ),
            [
                "cập nhật các chủ trương lớn vào Đề án này",
                "tập trung vào các văn bản về đơn vị sự nghiệp công lập",
            ],
            id="a_caption_or_its_credit_glued_on_neither_ends_a_directive_nor_runs_into_its_task_1",
        ),
        pytest.param(
            (
                "Phó Thủ tướng Lê Văn Tám đề nghị Bộ Nội vụ cập nhật các chủ trương lớn vào Đề án này. Phó Thủ tướng Lê Văn "
                "Tám phát biểu tại buổi làm việc. Ảnh: Lò Văn Khâm - TTXVN Quang cảnh buổi làm việc. Ảnh: Hà Lan Trong đó, "
                "tập trung vào các văn bản về đơn vị sự nghiệp công lập."
            ),
            [
                "cập nhật các chủ trương lớn vào Đề án này",
                "tập trung vào các văn bản về đơn vị sự nghiệp công lập",
            ],
            id="a_credit_split_off_as_a_sentence_is_no_sentence_between_a_directive_and_its_next_task",
        ),
        pytest.param(
            (
                "Công an huyện Lục Vân đã lấy mẫu để điều tra nguyên nhân vụ việc Ngay sau khi nhận được tin báo, chính "
                "quyền địa phương đã có mặt."
            ),
            ["điều tra nguyên nhân vụ việc"],
            id="a_caption_or_its_credit_glued_on_neither_ends_a_directive_nor_runs_into_its_task_2",
        ),
        pytest.param(
            (
                "“UBND huyện Lục Vân cần thành lập tổ rà soát các dự án chậm tiến độ” - Chủ tịch tỉnh chỉ đạo. Làm đúng thì "
                "dân tin Theo báo cáo, huyện có 12 dự án chậm tiến độ."
            ),
            ["thành lập tổ rà soát các dự án chậm tiến độ"],
            id="a_sub_heading_split_from_the_paragraph_it_ran_into_is_no_task_going_on_with_the_directive",
        ),
        pytest.param(
            (
                "Tổng cục Lam Sơn đề nghị Công an các tỉnh tăng cường tuần tra. Tổ chức đánh bạc tại sân bóng xã Tân Lộc Ảnh: "
                "Lò Văn Khâm Chủ động phòng ngừa Để giữ gìn an ninh, Công an huyện đã chỉ đạo các đơn vị rà soát các tụ điểm."
            ),
            ["tăng cường tuần tra", "rà soát các tụ điểm"],
            id="a_caption_before_a_photo_credit_in_the_sentence_is_no_task",
        ),
        pytest.param(
            "Ông Lò Văn Khâm cho biết, Trung tâm đăng kiểm nghề cá sẽ kiểm định lại toàn bộ con tàu.",
            ["kiểm định lại toàn bộ con tàu"],
            id="a_centre_that_will_act_and_a_speaker_named_with_his_honorific_after_the_task_1",
        ),
        pytest.param(
            "Công an tỉnh sẽ hoàn thành hồ sơ vụ án trong tháng 7, ông Khâm nói.",
            ["hoàn thành hồ sơ vụ án trong tháng 7"],
            id="a_centre_that_will_act_and_a_speaker_named_with_his_honorific_after_the_task_2",
        ),
        pytest.param(
            (
                "UBND tỉnh yêu cầu Ngân hàng Lam Sơn phải trả lại hai sổ đỏ cho ngư dân. Đồng thời Sở Nông nghiệp và Phát "
                "triển nông thôn tỉnh phối hợp với các địa phương rà soát tình hình kinh tế của các chủ tàu. Viết Ý (TTXVN)"
            ),
            [
                "trả lại hai sổ đỏ cho ngư dân",
                "phối hợp với các địa phương rà soát tình hình kinh tế của các chủ tàu",
            ],
            id="a_byline_closing_a_directive_is_no_task_and_a_unit_named_with_its_level_goes_on_with_it",
        ),
        pytest.param(
            (
                "Giám đốc Công an tỉnh yêu cầu các đơn vị làm tốt công tác tham mưu cho UBND các cấp, tạo nên sức mạnh "
                "tổng hợp trong phòng ngừa tội phạm."
            ),
            [
                "làm tốt công tác tham mưu cho UBND các cấp, tạo nên sức mạnh tổng hợp trong phòng ngừa tội phạm"
            ],
            id="tao_nen_is_a_verb_and_does_not_end_the_task",
        ),
        pytest.param(
            (
                "Về nhiệm vụ thời gian tới, Chủ tịch tỉnh Lò Văn Khiêm nhấn mạnh vào một số nội dung như: Tiếp tục thực hiện "
                "có hiệu quả chiến lược phát triển kinh tế. Làm tốt công tác xây dựng thể chế. Phải làm tốt công tác dự báo, "
                "nắm tình hình; tập trung nâng cao chất lượng huấn luyện."
            ),
            [
                "Tiếp tục thực hiện có hiệu quả chiến lược phát triển kinh tế",
                "Làm tốt công tác xây dựng thể chế",
                "làm tốt công tác dự báo, nắm tình hình",
                "tập trung nâng cao chất lượng huấn luyện",
            ],
            id="a_speakers_points_after_a_colon_are_tasks_and_the_next_sentences_go_on_1",
        ),
        pytest.param(
            (
                "Trung tá Lò Văn Khiêm cho biết, thời gian tới Công an huyện sẽ tiếp tục đẩy mạnh công tác tuyên truyền. "
                "“Đặc biệt, kiên quyết xử lý các hành vi vi phạm về tải trọng, chạy quá tốc độ. Thực hiện tốt các nội dung "
                "trên, chắc chắn năm 2027 sẽ có nhiều chuyển biến” - Trung tá Khiêm khẳng định."
            ),
            [
                "tiếp tục đẩy mạnh công tác tuyên truyền",
                "kiên quyết xử lý các hành vi vi phạm về tải trọng, chạy quá tốc độ",
            ],
            id="a_quoted_sentence_goes_on_with_the_speakers_directive_but_not_with_what_it_will_bring",
        ),
        pytest.param(
            "Chủ tịch đề nghị thanh tra tiếp thu hoàn chỉnh ý kiến của bà con, trên cơ sở đó sẽ kết luận thanh tra.",
            ["tiếp thu hoàn chỉnh ý kiến của bà con"],
            id="land_given_to_the_public_and_what_follows_on_that_basis_are_no_tasks_2",
        ),
        pytest.param(
            (
                "Thủ tướng yêu cầu cơ quan chủ quản xử lý nghiêm tổng biên tập, phóng viên vi phạm, điển hình là vụ ở tỉnh "
                "Lam Sơn."
            ),
            ["xử lý nghiêm tổng biên tập, phóng viên vi phạm, điển hình là vụ ở tỉnh Lam Sơn"],
            id="dien_hinh_la_names_an_example_and_does_not_end_the_task",
        ),
        pytest.param(
            (
                "Phó Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Bệnh viện Đa khoa Đông Hòa tích cực cấp cứu, điều trị tốt "
                "nhất, giúp các bệnh nhân sớm hồi phục sức khỏe."
            ),
            ["tích cực cấp cứu, điều trị tốt nhất, giúp các bệnh nhân sớm hồi phục sức khỏe"],
            id="purpose_and_standard_after_a_comma_stay_in_the_task_1",
        ),
        pytest.param(
            (
                "Ông Đỗ Minh Khang đề nghị phải thực hiện triệt để việc phân cấp để công việc được giải quyết nhanh, "
                "hiệu quả, phục vụ người dân tốt hơn."
            ),
            [
                "thực hiện triệt để việc phân cấp để công việc được giải quyết nhanh, hiệu quả, phục vụ người dân tốt hơn"
            ],
            id="purpose_and_standard_after_a_comma_stay_in_the_task_2",
        ),
        pytest.param(
            (
                "Sở Xây dựng có trách nhiệm đôn đốc thu hồi nợ đọng tiền thuê đất trên địa bàn tỉnh, bảo đảm tiến độ, "
                "chất lượng và nguồn lực quy định."
            ),
            [
                "đôn đốc thu hồi nợ đọng tiền thuê đất trên địa bàn tỉnh, bảo đảm tiến độ, chất lượng và nguồn lực quy định"
            ],
            id="purpose_and_standard_after_a_comma_stay_in_the_task_3",
        ),
        pytest.param(
            (
                "Đề nghị UBND tỉnh quan tâm Ông Lê Văn Xuân cũng cho hay, đã đề nghị UBND tỉnh quan tâm, chỉ đạo và hỗ "
                "trợ huyện trong việc quản lý khoáng sản."
            ),
            ["hỗ trợ huyện trong việc quản lý khoáng sản"],
            id="a_sub_heading_glued_to_a_speakers_report_is_no_task",
        ),
        pytest.param(
            (
                "Công an tỉnh Hòa Bình Xanh đang mở rộng điều tra hai doanh nghiệp Đại tá Lê Văn Tám, Phó giám đốc "
                "Công an tỉnh, cho hay đơn vị đã thu giữ nhiều tài liệu."
            ),
            ["mở rộng điều tra hai doanh nghiệp"],
            id="a_ranked_speaker_glued_after_a_sub_heading_ends_the_task",
        ),
        pytest.param(
            (
                "Công an huyện Tân Lộc đã tạm giữ Lê Văn Tám để điều tra về hành vi buôn bán hàng giả, quy định tại "
                "Điều 192 Bộ luật Hình sự."
            ),
            ["điều tra về hành vi buôn bán hàng giả"],
            id="the_article_an_offence_falls_under_closes_the_task",
        ),
        pytest.param(
            (
                "Công an huyện Tân Lộc đang củng cố hồ sơ để khởi tố tài xế xe tải Như Báo Mây Trắng đã đưa tin, vào khoảng "
                "16 giờ ngày 30/6, tổ công tác phát hiện xe chở quá tải."
            ),
            ["củng cố hồ sơ để khởi tố tài xế xe tải"],
            id="a_sentence_glued_on_by_citing_a_paper_ends_the_task",
        ),
        pytest.param(
            "Cục Hạ Mây đề nghị các Sở Công Thương xử lý nghiêm theo quy định nếu công ty này cố tình bán hàng đa cấp.",
            ["xử lý nghiêm theo quy định nếu công ty này cố tình bán hàng đa cấp"],
            id="a_trailing_condition_stays_with_the_task_but_a_new_clause_does_not",
        ),
        pytest.param(
            "Hiện Công an huyện Mây Trắng đang điều tra nguyên nhân cái chết của cháu H. Chúng tôi sẽ tiếp tục đưa tin.",
            ["điều tra nguyên nhân cái chết của cháu H"],
            id="the_next_sentence_after_an_initial_ends_the_task",
        ),
        pytest.param(
            "Công an xã Hòa Lâm đang xác minh hành vi của ông K. vào nhà dân lúc nửa đêm.",
            ["xác minh hành vi của ông K. vào nhà dân lúc nửa đêm"],
            id="a_lower_case_word_after_an_initial_goes_on_with_the_task",
        ),
        pytest.param(
            "Bà Lan hỏi: “Sở Y tế có đề nghị công an vào cuộc để làm rõ sai phạm hay không?”. ông Tùng cho hay: “Chưa”.",
            ["làm rõ sai phạm hay không"],
            id="a_question_mark_ends_the_task",
        ),
        pytest.param(
            "Anh Hùng sẽ yêu cầu Công an xã Hòa Lâm xử lý hành vi của ông Kha, chị Mai cho biết gia đình cũng sẽ gửi đơn.",
            ["xử lý hành vi của ông Kha"],
            id="a_persons_own_words_after_a_comma_end_the_task_1",
        ),
        pytest.param(
            "Khi tổ công tác yêu cầu Công an phường Hòa Lâm lập biên bản vụ việc, người đàn ông tiếp lời: “Tôi không ký”.",
            ["lập biên bản vụ việc"],
            id="a_persons_own_words_after_a_comma_end_the_task_2",
        ),
        pytest.param(
            "Công an xã Hòa Lâm đã có mặt tại hiện trường để xác minh vụ việc, nạn nhân được xác định đã tử vong.",
            ["xác minh vụ việc"],
            id="a_finding_reported_after_a_comma_ends_the_task",
        ),
        pytest.param(
            "Sở Y tế yêu cầu Bệnh viện Hòa Lâm dùng các phương tiện tốt nhất để cứu chữa, tuy nhiên đến sáng 4/6 bệnh "
            "nhân này đã tử vong.",
            ["dùng các phương tiện tốt nhất để cứu chữa"],
            id="a_contrast_after_tuy_nhien_ends_the_task",
        ),
        pytest.param(
            "Khi Sở Y tế Mây Trắng yêu cầu Bệnh viện Hòa Lâm nộp hồ sơ kinh doanh, vị phó giám đốc này đã đưa ra "
            "một tập giấy tờ.",
            ["nộp hồ sơ kinh doanh"],
            id="what_a_person_did_after_a_comma_ends_the_task",
        ),
        pytest.param(
            "Công an huyện Mây Trắng đang xác minh vụ việc, Sở Y tế vừa có văn bản gửi UBND tỉnh.",
            ["xác minh vụ việc"],
            id="what_another_unit_has_just_done_ends_the_task",
        ),
        pytest.param(
            "Sở Công Thương yêu cầu Công ty Mây Trắng bồi thường cho ông Kha, ông Tùng đã bị thiệt hại nặng.",
            ["bồi thường cho ông Kha"],
            id="a_person_named_as_the_subject_of_a_new_clause_ends_the_task",
        ),
        pytest.param(
            "Người dân yêu cầu Công an phường Hòa Lâm giải quyết vụ một phụ nữ nghi là bắt cóc trẻ em.",
            ["giải quyết vụ một phụ nữ nghi là bắt cóc trẻ em"],
            id="la_goes_on_after_nghi",
        ),
        pytest.param(
            "Công an thị xã Hòa Lâm khởi tố vụ án để điều tra làm rõ cái chết của cháu Trần Văn Tý (thường gọi là "
            "bé Tí, sáu tuổi).",
            ["điều tra làm rõ cái chết của cháu Trần Văn Tý"],
            id="a_byname_in_brackets_closes_the_task",
        ),
        pytest.param(
            "Bà Lan yêu cầu Công an tỉnh Mây Trắng cấm xuất cảnh đối với ông Kha (người được cho là liên quan đến vụ việc).",
            ["cấm xuất cảnh đối với ông Kha"],
            id="a_persons_role_in_brackets_closes_the_task",
        ),
        pytest.param(
            "Bộ Nội vụ đề nghị UBND tỉnh Mây Trắng làm rõ trách nhiệm của các cá nhân nguyên là thành viên ban quản lý.",
            ["làm rõ trách nhiệm của các cá nhân nguyên là thành viên ban quản lý"],
            id="la_goes_on_after_nguyen",
        ),
        pytest.param(
            "Ông Tám yêu cầu Công an huyện Mây Trắng làm rõ tình tiết ngụy tạo bằng chứng, không phải là một yêu cầu "
            "nhân đạo.",
            ["làm rõ tình tiết ngụy tạo bằng chứng"],
            id="what_it_is_not_ends_the_task",
        ),
        pytest.param(
            "Sở Giao thông Vận tải tiếp tục triển khai việc đỗ xe trên phố Lò Sũ, phường Ngô Thì Nhậm.",
            ["tiếp tục triển khai việc đỗ xe trên phố Lò Sũ, phường Ngô Thì Nhậm"],
            id="thi_with_a_capital_is_part_of_a_name",
        ),
        pytest.param(
            "Công an huyện Tản Lâm đang điều tra vụ sập giàn giáo tại cầu Hòa Lâm - Ba Vì làm hai người bị thương.",
            ["điều tra vụ sập giàn giáo tại cầu Hòa Lâm - Ba Vì làm hai người bị thương"],
            id="vi_with_a_capital_is_part_of_a_name",
        ),
        pytest.param(
            "Công an quận Hòa Lâm đang mở rộng điều tra vụ án và đề nghị ai là nạn nhân của nhóm này liên hệ Đội Hình sự.",
            ["mở rộng điều tra vụ án"],
            id="an_appeal_to_the_public_after_va_ends_the_task",
        ),
    ],
)
def test_where_a_task_name_ends(body: str, expected: list[str]) -> None:
    """A task's name ends before its purpose, basis, source, speaker, a glued-on sentence or what only explains it."""
    assert names(body) == expected


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


def test_what_a_unit_agrees_or_promises_to_do():
    facts = extract(
        HEAD + "Công ty Hải Long cũng thống nhất thay toàn bộ ống nước bị rò rỉ, kiểm tra lại hệ thống bơm.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["thay toàn bộ ống nước bị rò rỉ", "kiểm tra lại hệ thống bơm"]
    assert facts.tasks[0].holder


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Công ty Hải Long chịu 100% chi phí sửa chữa đường ống.", ["chịu 100% chi phí sửa chữa đường ống"]),
        ("Công ty Hải Long chịu mọi kinh phí thay máy bơm mới.", ["chịu mọi kinh phí thay máy bơm mới"]),
    ],
)
def test_the_costs_a_named_unit_bears(body: str, expected: list[str]) -> None:
    """A named unit that bears the costs of a repair takes it on as its task."""
    facts = extract(HEAD + body, "tasks-test.txt")
    assert [t.name for t in facts.tasks] == expected
    assert facts.tasks[0].holder == "Công ty Hải Long"


def test_a_case_handed_over_for_a_purpose():
    facts = extract(
        HEAD + "Thanh tra tỉnh đã chuyển hồ sơ sang Sở Tài chính để xử lý kỷ luật theo quy định.", "tasks-test.txt"
    )
    assert [t.name for t in facts.tasks] == ["xử lý kỷ luật theo quy định"]
    assert facts.tasks[0].holder == "Sở Tài chính"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Tổ tuần tra đã bàn giao hai thanh niên cho Công an phường Tân Định xử lý theo pháp luật.",
            ["xử lý theo pháp luật"],
            id="handed_over_without_a_purpose_word_and_units_asked_after_a_document_number_1",
        ),
        pytest.param(
            "Vụ việc đã được bàn giao cho Công an xã tiếp tục xác minh, làm rõ.",
            ["tiếp tục xác minh, làm rõ"],
            id="handed_over_without_a_purpose_word_and_units_asked_after_a_document_number_2",
        ),
        pytest.param(
            "Ngân hàng tỉnh có công văn 3851 yêu cầu các tổ chức tín dụng thực hiện nghiêm túc quy định.",
            ["thực hiện nghiêm túc quy định"],
            id="handed_over_without_a_purpose_word_and_units_asked_after_a_document_number_3",
        ),
        pytest.param(
            (
                "Chủ tịch UBND tỉnh Lê Văn Tám yêu cầu Sở Y tế báo cáo rõ vụ nhân viên y tế đánh bệnh nhân và xe cứu "
                "thương gây tai nạn cho người đi đường."
            ),
            [
                "báo cáo rõ vụ nhân viên y tế đánh bệnh nhân",
                "báo cáo rõ vụ xe cứu thương gây tai nạn cho người đi đường",
            ],
            id="two_cases_sharing_one_verb_are_two_tasks_1",
        ),
        # one case's words ('trộm cắp và tiêu thụ'), a reason and people after 'và' list no second case
        pytest.param(
            "Ông Lê Văn Tám yêu cầu Công an huyện làm rõ vụ trộm cắp và tiêu thụ tài sản.",
            ["làm rõ vụ trộm cắp và tiêu thụ tài sản"],
            id="two_cases_sharing_one_verb_are_two_tasks_2",
        ),
        # (the reason after 'vì' is cut: no gold task name carries one)
        pytest.param(
            (
                "Ông Lê Văn Tám chỉ đạo Công an huyện xác minh làm rõ vụ việc vì ảnh hưởng đến hình ảnh và môi trường "
                "du lịch của địa phương."
            ),
            ["xác minh làm rõ vụ việc"],
            id="two_cases_sharing_one_verb_are_two_tasks_3",
        ),
        # the offenders are what is handed over; they ask nothing
        pytest.param(
            "Đồn Biên phòng Cửa Lở đã bàn giao đối tượng cùng tang vật cho Công an huyện Vân Khê xử lý theo thẩm quyền.",
            ["xử lý theo thẩm quyền"],
            id="offenders_handed_over_to_a_unit_leave_it_a_task_1",
        ),
        pytest.param(
            (
                "Phòng Cảnh sát giao thông đã bàn giao đối tượng Lê Thị Hoa cho Cơ quan cảnh sát điều tra (Công an "
                "thành phố Vân Khê) để tiếp tục điều tra, làm rõ."
            ),
            ["tiếp tục điều tra, làm rõ"],
            id="the_investigating_police_asked_is_read_whole",
        ),
        pytest.param(
            "Ông Lê Văn Tám yêu cầu Công ty Minh Long khẩn trương đóng cửa mỏ, bàn giao khu vực mỏ.",
            ["khẩn trương đóng cửa mỏ", "bàn giao khu vực mỏ"],
            id="handing_over_is_a_task_of_its_own",
        ),
        pytest.param(
            "Công an huyện Vân Khê đang phối hợp với Công an huyện Lâm Sơn điều tra làm rõ vụ việc.",
            ["điều tra làm rõ vụ việc"],
            id="an_inquiry_a_named_unit_is_at_but_not_a_state_1",
        ),
        pytest.param(
            "Đại tá Lê Văn Tám cho biết, cơ quan điều tra đang chờ kết luận giám định để xác định nguyên nhân vụ cháy.",
            ["xác định nguyên nhân vụ cháy"],
            id="investigators_waiting_for_findings_hold_what_they_are_for_1",
        ),
        # the province after a comma, the unit's place in brackets, two units joined by 'và', 'vào cuộc'
        pytest.param(
            "Công an huyện Mỹ Lâm, Hòa Bình Xanh đang điều tra làm rõ nguyên nhân vụ cháy kho gỗ.",
            ["điều tra làm rõ nguyên nhân vụ cháy kho gỗ"],
            id="inquiry_under_way_by_a_unit_whose_place_or_partner_follows_its_name_1",
        ),
        # (a partner named by kind stays)
        pytest.param(
            "Công an huyện Mỹ Lâm (Hòa Bình Xanh) vẫn đang phối hợp với cơ quan chức năng điều tra vụ trộm cây cảnh.",
            ["phối hợp với cơ quan chức năng điều tra vụ trộm cây cảnh"],
            id="inquiry_under_way_by_a_unit_whose_place_or_partner_follows_its_name_2",
        ),
        pytest.param(
            "Công an huyện Mỹ Lâm, Hòa Bình Xanh đang khẩn trương vào cuộc, truy tìm kẻ trộm két sắt.",
            ["khẩn trương vào cuộc", "truy tìm kẻ trộm két sắt"],
            id="inquiry_under_way_by_a_unit_whose_place_or_partner_follows_its_name_3",
        ),
        # (units named by kind hold it, as the newer gold reads it; left unnamed, no one does)
        pytest.param(
            "Hiện, cơ quan chức năng đang điều tra, làm rõ nguyên nhân vụ cháy kho gỗ.",
            ["điều tra, làm rõ nguyên nhân vụ cháy kho gỗ"],
            id="an_inquiry_under_way_by_units_named_by_kind_or_left_unnamed_is_no_task_1",
        ),
        # (the speaker's post names the unit whose inquiry it is)
        pytest.param(
            "Đại tá Lê Văn Tám, Trưởng Công an huyện Mỹ Lâm cho biết, đang xác minh vụ trộm cây cảnh.",
            ["xác minh vụ trộm cây cảnh"],
            id="an_inquiry_under_way_by_units_named_by_kind_or_left_unnamed_is_no_task_2",
        ),
        pytest.param(
            "Công an huyện Mỹ Lâm sẽ xác minh vụ ẩu đả giữa nhóm thanh niên địa phương và một du khách nước ngoài.",
            ["xác minh vụ ẩu đả giữa nhóm thanh niên địa phương và một du khách nước ngoài"],
            id="a_case_between_two_parties_is_one_case",
        ),
        pytest.param(
            "Hiện cả hai đối tượng đã được bàn giao cho Công an huyện Mỹ Lâm tiếp tục điều tra, xử lý.",
            ["tiếp tục điều tra, xử lý"],
            id="offenders_handed_over_in_the_passive_or_with_their_exhibits_leave_the_task_to_the_unit_1",
        ),
        pytest.param(
            (
                "Tổ công tác đang bàn giao hai đối tượng, cùng tang vật cho Công an xã Phú Lâm để xác minh làm rõ hành vi "
                "trộm cắp tài sản."
            ),
            ["xác minh làm rõ hành vi trộm cắp tài sản"],
            id="offenders_handed_over_in_the_passive_or_with_their_exhibits_leave_the_task_to_the_unit_2",
        ),
        pytest.param(
            (
                "Thiếu tướng Lê Văn Tám, Cục trưởng Cục Hậu cần, cho biết đã chỉ đạo thanh tra, làm rõ trách nhiệm của "
                "Công ty Phú Lâm."
            ),
            ["thanh tra, làm rõ trách nhiệm của Công ty Phú Lâm"],
            id="having_led_an_inspection_and_clearing_up_is_a_task_1",
        ),
        pytest.param(
            "Tổ công tác đã bàn giao đối tượng cho Công an xã Phú Lâm để xử lý theo quy định.",
            ["xử lý theo quy định"],
            id="an_offender_handing_over_and_a_request_as_a_topic_give_no_task_2",
        ),
        pytest.param(
            "Thí sinh này đã bị đình chỉ thi và giao cho Công an TP Lam Sơn tiếp tục điều tra.",
            ["tiếp tục điều tra"],
            id="a_manner_word_and_a_bare_verb_name_no_task_but_an_inquiry_carried_on_does_2",
        ),
        pytest.param(
            "Lãnh đạo Sở yêu cầu Phòng Giáo dục sắp xếp nơi học mới cho học sinh, báo Tin Mới đưa tin.",
            ["sắp xếp nơi học mới cho học sinh"],
            id="a_lower_case_source_tag_ends_the_task",
        ),
        pytest.param(
            "Phía gia đình bị hại không đồng tình với bản án đưa ra với bị cáo và đề nghị HĐXX xem xét lại tội danh.",
            ["xem xét lại tội danh"],
            id="an_offender_named_before_as_an_object_does_not_make_the_ask_theirs_1",
        ),
        pytest.param(
            "Dự kiến, ngày 12/5, Công an tỉnh Hòa Bình Xanh sẽ thực nghiệm hiện trường để điều tra vụ việc.",
            ["thực nghiệm hiện trường để điều tra vụ việc"],
            id="a_reenactment_planned_is_a_task",
        ),
        pytest.param(
            (
                "Sáng nay, Công an TP Tân Sơn phối hợp với cơ quan chức năng đã hoàn tất việc khám nghiệm hiện trường, khám "
                "nghiệm tử thi để điều tra, làm rõ nguyên nhân cái chết của nam thanh niên."
            ),
            ["điều tra, làm rõ nguyên nhân cái chết của nam thanh niên"],
            id="the_scene_examined_for_an_inquiry_and_an_inquiry_going_on_after_a_deed_1",
        ),
        pytest.param(
            (
                "Cơ quan An ninh điều tra Công an tỉnh Tân An cũng đã tìm ra chủ tài khoản và đang củng cố hồ sơ để "
                "xử lý theo quy định pháp luật."
            ),
            ["củng cố hồ sơ để xử lý theo quy định pháp luật"],
            id="the_scene_examined_for_an_inquiry_and_an_inquiry_going_on_after_a_deed_2",
        ),
        pytest.param(
            "Ngay trong đêm, Công an huyện Tân Lộc đã có mặt tại hiện trường để điều tra nguyên nhân vụ cháy.",
            ["điều tra nguyên nhân vụ cháy"],
            id="going_to_the_scene_for_an_inquiry_gives_its_purpose_1",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế trực tiếp xuống hiện trường để kiểm tra, xác minh vụ việc.",
            ["kiểm tra, xác minh vụ việc"],
            id="going_to_the_scene_for_an_inquiry_gives_its_purpose_2",
        ),
        pytest.param(
            (
                "Giám đốc Công an tỉnh Trần Văn Bảy chỉ đạo khởi tố vụ án cố ý gây thương tích theo Điều 134 BLHS "
                "để điều tra, xử lý nghiêm theo quy định của pháp luật."
            ),
            [
                "khởi tố vụ án cố ý gây thương tích theo Điều 134 BLHS",
                "điều tra, xử lý nghiêm theo quy định của pháp luật",
            ],
            id="prosecuting_a_named_case_for_an_inquiry_is_two_tasks_1",
        ),
        # (a bare case opened for the inquiry stays one task)
        pytest.param(
            "Giám đốc Công an tỉnh Trần Văn Bảy chỉ đạo khởi tố vụ án để điều tra làm rõ cái chết của ông Tư.",
            ["khởi tố vụ án để điều tra làm rõ cái chết của ông Tư"],
            id="prosecuting_a_named_case_for_an_inquiry_is_two_tasks_2",
        ),
        pytest.param(
            (
                "Công an xã Hòa Phong đã tạm giữ Lê Văn Tám để làm rõ hành vi đe dọa nhân viên y tế. "
                "Tám nói phải đưa tiền cho Đỗ Văn Khang."
            ),
            ["làm rõ hành vi đe dọa nhân viên y tế"],
            id="the_sentence_after_an_inquiry_a_unit_took_up_goes_on_with_no_directive",
        ),
        pytest.param(
            "Công an huyện Bình Lộc đã cử cán bộ đến bệnh viện để tiếp tục điều tra vụ việc.",
            ["tiếp tục điều tra vụ việc"],
            id="statements_taken_and_staff_sent_for_an_inquiry_lead_to_it_1",
        ),
        # (the paper credited at the end is no part of the task)
        pytest.param(
            "Lực lượng chức năng đang lấy lời khai những người liên quan để làm rõ các tình tiết của vụ án, theo báo Ánh Dương.",
            ["làm rõ các tình tiết của vụ án"],
            id="statements_taken_and_staff_sent_for_an_inquiry_lead_to_it_2",
        ),
        pytest.param(
            "Ngày 3/4, Công an huyện Tân Lộc cho biết, đang điều tra làm rõ vụ việc.",
            ["điều tra làm rõ vụ việc"],
            id="an_inquiry_under_way_reported_by_its_unit_after_a_comma_or_an_aspect_word_1",
        ),
        pytest.param(
            "Phòng Cảnh sát hình sự Công an tỉnh Hòa Nam vừa cho biết, đơn vị đang truy bắt đối tượng.",
            ["truy bắt đối tượng"],
            id="an_inquiry_under_way_reported_by_its_unit_after_a_comma_or_an_aspect_word_2",
        ),
        pytest.param(
            "Hiện cơ quan công an đang tiếp tục điều tra, làm rõ vụ việc.",
            ["tiếp tục điều tra, làm rõ vụ việc"],
            id="an_inquiry_under_way_held_by_units_named_by_kind_1",
        ),
        pytest.param(
            "Hiện Cơ quan CSĐT Công an tỉnh Hòa Bình Xanh đang mở rộng điều tra vụ án.",
            ["mở rộng điều tra vụ án"],
            id="an_inquiry_widened_under_way_is_a_task_1",
        ),
        pytest.param(
            "Hiện nay, đoàn thanh tra của Sở Nông nghiệp đang tiến hành thanh tra việc giao đất rừng.",
            ["thanh tra việc giao đất rừng"],
            id="an_inspection_under_way_is_a_task_1",
        ),
        pytest.param(
            "Các lực lượng chức năng đang kiểm tra, xử lý vi phạm trên tuyến đường.",
            ["kiểm tra, xử lý vi phạm trên tuyến đường"],
            id="an_inspection_under_way_is_a_task_2",
        ),
        pytest.param(
            (
                "Đại tá Lê Văn Tám, Phó giám đốc Công an tỉnh Hòa Bình Xanh cho biết, cơ quan cảnh sát điều tra đang "
                "điều tra, truy bắt hung thủ."
            ),
            ["điều tra, truy bắt hung thủ"],
            id="the_police_investigators_by_kind_hold_an_inquiry_under_way",
        ),
        pytest.param(
            "Hiện Công an huyện Sơn Mai đang tập trung lực lượng truy bắt hai đối tượng.",
            ["tập trung lực lượng truy bắt hai đối tượng"],
            id="forces_gathered_for_an_inquiry_under_way_are_a_task",
        ),
        pytest.param(
            "Công an huyện Tân Lộc đang gấp rút điều tra nguyên nhân vụ hỏa hoạn.",
            ["gấp rút điều tra nguyên nhân vụ hỏa hoạn"],
            id="inquiry_under_way_after_a_manner_word_or_a_first_step_1",
        ),
        pytest.param(
            "Hiện Công an huyện Tân Lộc đang khám nghiệm hiện trường và điều tra làm rõ cái chết của người đàn ông.",
            ["điều tra làm rõ cái chết của người đàn ông"],
            id="inquiry_under_way_after_a_manner_word_or_a_first_step_2",
        ),
        pytest.param(
            "Hiện lực lượng chức năng đang chữa cháy, đồng thời điều tra làm rõ nguyên nhân vụ cháy.",
            ["điều tra làm rõ nguyên nhân vụ cháy"],
            id="inquiry_under_way_after_a_manner_word_or_a_first_step_3",
        ),
        # a predicate after 'và' tells more of the one case
        pytest.param(
            "Công an huyện Tân Lộc đang điều tra làm rõ vụ một thanh niên bị đâm và tử vong trên quốc lộ.",
            ["điều tra làm rõ vụ một thanh niên bị đâm và tử vong trên quốc lộ"],
            id="a_case_told_on_after_va_is_one_case_not_two_1",
        ),
        # 'và' joins those the case befell, after a causing verb
        pytest.param(
            "Công an huyện Tân Lộc đang xác minh vụ tranh giành khách dẫn đến tài xế và phụ xế xe khách bị đánh.",
            ["xác minh vụ tranh giành khách dẫn đến tài xế và phụ xế xe khách bị đánh"],
            id="a_case_told_on_after_va_is_one_case_not_two_2",
        ),
        # the case noun said again names a second case
        pytest.param(
            (
                "Chủ tịch UBND tỉnh Tân Lộc yêu cầu Sở Giao thông báo cáo vụ cháy làm hai người chết và vụ xe khách lật "
                "trên đèo Mây Trắng."
            ),
            ["báo cáo vụ cháy làm hai người chết", "báo cáo vụ xe khách lật trên đèo Mây Trắng"],
            id="a_case_told_on_after_va_is_one_case_not_two_3",
        ),
        pytest.param(
            "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn vào cuộc điều tra, sớm làm rõ vụ cháy kho.",
            ["vào cuộc điều tra, sớm làm rõ vụ cháy kho"],
            id="an_inquiry_begun_goes_on_with_what_it_brings_to_light_1",
        ),
        # a further step after the inquiry is a task of its own
        pytest.param(
            (
                "Giám đốc Công an tỉnh Ninh Hòa yêu cầu Công an huyện Lạc Sơn vào cuộc điều tra làm rõ, xử lý nghiêm "
                "các đối tượng."
            ),
            ["vào cuộc điều tra làm rõ", "xử lý nghiêm các đối tượng"],
            id="an_inquiry_begun_goes_on_with_what_it_brings_to_light_2",
        ),
        # a hospital asked to act is a unit like any other
        pytest.param(
            "Giám đốc Sở Y tế chỉ đạo Bệnh viện đa khoa tỉnh tập trung cứu chữa các nạn nhân.",
            ["tập trung cứu chữa các nạn nhân"],
            id="a_case_handed_over_for_a_purpose_2",
        ),
        pytest.param(
            "Hội yêu cầu ngân hàng trì hoãn giao dịch, thông báo cho Cục Hạ Mây để phối hợp xử lý.",
            ["trì hoãn giao dịch", "thông báo cho Cục Hạ Mây để phối hợp xử lý"],
            id="a_suspect_handed_over_with_giao_gives_the_unit_its_task",
        ),
        pytest.param(
            (
                "Công an phường đã bàn giao Lê Văn Tám (40 tuổi, quê Tân Lộc) cùng 2 khẩu súng, nhiều viên đạn và một tép "
                "ma túy cho Công an quận Bình Lộc điều tra theo thẩm quyền."
            ),
            ["điều tra theo thẩm quyền"],
            id="things_handed_over_may_be_listed_before_the_unit_that_takes_the_case_1",
        ),
        pytest.param(
            "Ông Tám yêu cầu các cơ quan chức năng tạo mọi điều kiện để nông dân tiêu thụ sản phẩm.",
            ["tạo mọi điều kiện để nông dân tiêu thụ sản phẩm"],
            id="things_handed_over_may_be_listed_before_the_unit_that_takes_the_case_2",
        ),
        # the unit may be named well before the suspect is held
        pytest.param(
            (
                "Ngay sau đó, Cơ quan điều tra Công an tỉnh Hòa Bình Xanh đã phối hợp với công an địa phương khám "
                "nghiệm hiện trường, khám nghiệm tử thi, đồng thời bắt giữ Khả để điều tra làm rõ."
            ),
            ["điều tra làm rõ"],
            id="a_file_opened_for_an_inquiry_gives_the_inquiry_as_the_units_task",
        ),
        # a unit asked after the modal is still asked
        pytest.param(
            "Chủ tịch UBND tỉnh giao Công an tỉnh Hòa Bình Xanh điều tra vụ việc.",
            ["điều tra vụ việc"],
            id="a_thing_handed_over_after_a_modal_is_the_task_itself",
        ),
        pytest.param(
            "Ngay sau đó, lực lượng chức năng đã có mặt để tiến hành xác minh vụ việc.",
            ["xác minh vụ việc"],
            id="the_inquiry_an_act_of_units_named_by_kind_serves_is_their_task_1",
        ),
        pytest.param(
            "Cơ quan công an đã đưa ba người liên quan về trụ sở để điều tra hành vi gây rối.",
            ["điều tra hành vi gây rối"],
            id="the_inquiry_an_act_of_units_named_by_kind_serves_is_their_task_2",
        ),
        pytest.param(
            "Hiện Công an tỉnh Hòa Nam đang phối hợp Công an huyện Tân Lộc tiếp tục điều tra vụ việc.",
            ["tiếp tục điều tra vụ việc"],
            id="an_inquiry_under_way_with_a_partner_after_cung_or_none_is_the_units_1",
        ),
        pytest.param(
            "Công an huyện Bình Lộc và Công an xã Tân Lộc đang phối hợp điều tra, làm rõ vụ việc.",
            ["phối hợp điều tra, làm rõ vụ việc"],
            id="an_inquiry_under_way_with_a_partner_after_cung_or_none_is_the_units_2",
        ),
        # (a partner after 'cùng' is left out of a plan's words, as one after 'với' is)
        pytest.param(
            "Tới đây, UBND huyện Bình Lộc sẽ phối hợp cùng Sở Y tế hỗ trợ toàn bộ chi phí chữa trị cho anh Tám.",
            ["hỗ trợ toàn bộ chi phí chữa trị cho anh Tám"],
            id="an_inquiry_under_way_with_a_partner_after_cung_or_none_is_the_units_3",
        ),
        pytest.param(
            "Ngày 3/5, tổ công tác Công an tỉnh Hòa Nam đã đến làm việc với Công ty Tân Phát để làm rõ các vấn đề liên quan.",
            ["làm rõ các vấn đề liên quan"],
            id="those_concerned_met_for_an_inquiry_lead_to_it_but_not_a_persons_work_in_brackets",
        ),
        pytest.param(
            "Cơ quan công an đã tạm giữ một nghi can, đang khẩn trương truy tìm đối tượng còn lại.",
            ["khẩn trương truy tìm đối tượng còn lại"],
            id="inquiry_under_way_after_a_step_taken_is_the_same_units",
        ),
    ],
)
def test_inquiries_cases_and_things_handed_over(body: str, expected: list[str]) -> None:
    """An inquiry under way, a case taken up or handed over: the unit's task is the inquiry or the case, named as the text words it."""
    assert names(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Thi thể đã được bàn giao cho gia đình để lo hậu sự.",
            id="handed_over_without_a_purpose_word_and_units_asked_after_a_document_number_4",
        ),
        pytest.param("Nhiệm vụ của đối tượng Tâm là giao hàng cho khách.", id="counter_case_of_a_duty_named_as_a_noun_2"),
        # the noun alone names no one asked
        pytest.param(
            "Tôi đã nghe báo lại nhưng chưa xem kỹ nên chưa có chỉ đạo.",
            id="counter_case_of_noun_of_asking_with_cho_still_names_the_unit_asked_3",
        ),
        # a form to fill in asks no one
        pytest.param(
            "Người dân đến làm thủ tục phải điền đơn đề nghị cấp căn cước công dân.",
            id="counter_case_of_petition_naming_the_unit_asked_and_meetings_and_notices_4",
        ),
        # meeting a requirement is no request
        pytest.param(
            "Phương án khoảng 1.600 phòng thì mới đảm bảo yêu cầu bảo vệ môi trường sinh thái.",
            id="glued_sentence_ends_the_task_and_a_glued_heading_is_none_3",
        ),
        pytest.param(
            "Đa số công nhân đều mong muốn công ty hoạt động ổn định trở lại.",
            id="counter_case_of_wish_addressed_to_an_authority_3",
        ),
        pytest.param(
            "Vậy ai đã chỉ đạo bán đất rừng và nhận tiền tỷ?",
            id="counter_case_of_question_put_to_a_named_official_and_a_district_that_must_act_2",
        ),
        pytest.param(
            "Ở tỉnh này, người dân phải đi xa để khám bệnh.",
            id="counter_case_of_question_put_to_a_named_official_and_a_district_that_must_act_4",
        ),
        pytest.param(
            (
                "Bí thư nhắc nhở quận: một số nhiệm vụ không đạt yêu cầu như kết nạp đảng viên ở khu dân cư, "
                "di dời, giải tỏa trong các dự án."
            ),
            id="duties_failed_listed_as_shortcomings_are_no_tasks",
        ),
        pytest.param(
            "Người dân cần lưu ý rằng các đối tượng thường giả danh công an.",
            id="counter_case_of_what_to_take_care_of_and_teachers_asked_by_kind_3",
        ),
        # money passed on after another action is no case handed over
        pytest.param(
            "Kẻ trung gian chuyển lòng vòng rồi rút tiền đưa cho cán bộ trạm kiểm tra sử dụng.",
            id="offenders_handed_over_to_a_unit_leave_it_a_task_2",
        ),
        pytest.param(
            "Thi thể sau đó được bàn giao cho phía gia đình làm thủ tục mai táng theo phong tục.",
            id="counter_case_of_the_side_asked_and_a_family_handed_a_body_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám cho rằng chính quyền xã phải chịu trách nhiệm trong việc buông lỏng quản lý.",
            id="a_task_ends_before_the_least_to_reach_and_accountability_is_no_task_2",
        ),
        pytest.param(
            (
                "Cơ quan CSĐT Công an tỉnh Vân Khê vừa kết thúc điều tra, chuyển hồ sơ sang Viện KSND cùng cấp đề nghị "
                "truy tố Lê Thị Hoa (33 tuổi) về tội lừa đảo chiếm đoạt tài sản."
            ),
            id="an_indictment_proposed_is_no_task",
        ),
        pytest.param(
            (
                "Thuốc chỉ được cấp miễn phí cho người phơi nhiễm khi đang làm nhiệm vụ như cán bộ y tế, lực lượng vũ trang, "
                "tổ công tác cai nghiện."
            ),
            id="on_duty_lists_no_functions_and_criminal_liability_is_no_task_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám cho biết công ty phải chịu trách nhiệm hình sự về tội vô ý làm chết người.",
            id="on_duty_lists_no_functions_and_criminal_liability_is_no_task_2",
        ),
        # a request denied is no prohibition
        pytest.param(
            "Hồ sơ đề nghị cấp phép của công ty không được chấp nhận.",
            id="the_official_just_named_asks_and_what_units_must_not_do_is_a_task_3",
        ),
        # demands in a vice story are no task
        pytest.param(
            "Ngày 3/6, anh liên hệ với tú bà này yêu cầu cung cấp người phục vụ.",
            id="the_official_just_named_asks_and_what_units_must_not_do_is_a_task_4",
        ),
        # the public is advised, not charged
        pytest.param(
            "Người dân cũng cần cảnh giác với các cuộc gọi lạ.",
            id="counter_case_of_units_by_kind_with_an_adverb_or_a_lead_in_before_the_modal_3",
        ),
        # holding suspects or being on duty tells a state, not a task
        pytest.param(
            "Công an huyện Vân Khê đang tạm giữ hai đối tượng Lê Văn Tám và Đỗ Văn Khang.",
            id="an_inquiry_a_named_unit_is_at_but_not_a_state_2",
        ),
        # (the story is about those held: the unit's inquiry is its background)
        pytest.param(
            "Ba đối tượng bị Công an huyện Vân Khê, tỉnh Hòa Bình Xanh tạm giữ để điều tra hành vi đánh bạc.",
            id="suspects_held_by_a_unit_told_in_the_passive_give_no_task_1",
        ),
        pytest.param(
            "Trong 12 bị can bị Công an tỉnh Vân Khê khởi tố để điều tra hành vi mua bán ma túy, có 3 phụ nữ.",
            id="suspects_held_by_a_unit_told_in_the_passive_give_no_task_2",
        ),
        pytest.param(
            (
                "Trong phiên họp, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Đỗ Minh Khang đã báo cáo, cung cấp thêm "
                "thông tin, làm rõ một số vấn đề đại biểu nêu."
            ),
            id="giao_inside_a_ministry_name_asks_no_one",
        ),
        # waiting for results to go to work is no inquiry
        pytest.param(
            "Lê Văn Tám đang chờ kết quả xét tuyển để đi làm.",
            id="counter_case_of_investigators_waiting_for_findings_hold_what_they_are_for_2",
        ),
        # hurrying to a province names no inquiry
        pytest.param(
            "Công an tỉnh Vân Khê đang khẩn trương vào Bình Sơn.",
            id="counter_case_of_firms_that_must_pay_and_a_unit_hurrying_somewhere_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám là người chỉ đạo trực tiếp xây dựng phần mềm Ví Xanh.",
            id="counter_case_of_directly_before_the_verb_and_who_leads_in_a_profile_2",
        ),
        pytest.param(
            "Người dân đang tìm hiểu nguyên nhân vụ cháy kho gỗ.",
            id="an_inquiry_under_way_by_units_named_by_kind_or_left_unnamed_is_no_task_3",
        ),
        # a proposal's kind before a comma still names no task
        pytest.param(
            "Chúng ta vừa đề xuất bổ sung, kể cả việc rà soát quy hoạch đó.",
            id="counter_case_of_having_led_an_inspection_and_clearing_up_is_a_task_2",
        ),
        # a run of lower-case words that no capital follows is no name ('một số vấn đề')
        pytest.param(
            "Ông Lê Văn Tám đề nghị một số vấn đề cần làm rõ hơn.",
            id="counter_case_of_a_unit_asked_whose_name_runs_four_lower_case_words_before_its_place_2",
        ),
        pytest.param(
            "Cơ quan chức năng đã bàn giao thi thể cho gia đình nạn nhân để làm lễ mai táng.",
            id="a_body_handed_to_the_family_for_its_funeral_gives_no_task",
        ),
        pytest.param(
            "Nhưng đối tượng Quốc vẫn bàn giao cho Trần Văn Sơn để đưa vào sử dụng cho bệnh nhân.",
            id="an_offender_handing_over_and_a_request_as_a_topic_give_no_task_1",
        ),
        pytest.param(
            "Về yêu cầu làm rõ khoản tiền góp vốn, hai đợt đầu tư đầu tiên phù hợp với quy định.",
            id="an_offender_handing_over_and_a_request_as_a_topic_give_no_task_3",
        ),
        pytest.param(
            (
                "Cơ quan cảnh sát điều tra Công an huyện Bình Lộc vừa thông báo kết quả giải quyết tin báo về tội phạm "
                "hoặc kiến nghị khởi tố liên quan đến vụ học sinh bị ngã tại trường Hạ Mây."
            ),
            id="reports_and_recommendations_to_prosecute_name_no_task",
        ),
        pytest.param(
            "Gia đình học sinh đã có đơn đề nghị không xử lý hình sự với tài xế Lê Văn Tám.",
            id="a_familys_wish_naming_no_unit_gives_no_task_1",
        ),
        pytest.param(
            "Ông Lê Văn Tám không yêu cầu bồi thường thiệt hại.",
            id="an_ask_denied_or_made_by_a_private_person_gives_no_task_1",
        ),
        pytest.param(
            "Khi về gần khách sạn, lái xe yêu cầu trả 600.000 đồng cước.",
            id="an_ask_denied_or_made_by_a_private_person_gives_no_task_2",
        ),
        pytest.param(
            "Một người đàn ông đề nghị sử dụng dịch vụ taxi về trung tâm.",
            id="an_ask_denied_or_made_by_a_private_person_gives_no_task_3",
        ),
        pytest.param(
            "Lê Văn Tám (SN 1984, ngụ phường Hạ Mây) có nhiệm vụ chung chi tiền cho các con bạc.",
            id="a_duty_of_a_person_identified_as_in_a_crime_story_is_no_task",
        ),
        pytest.param(
            "Thủ tướng đã có ý kiến chỉ đạo thì các cơ quan chức năng sẽ nghiêm túc thực hiện.",
            id="a_manner_word_and_a_bare_verb_name_no_task_but_an_inquiry_carried_on_does_1",
        ),
        pytest.param(
            "Phía bị hại trong vụ án đề nghị tòa không công khai bản án trên mạng.",
            id="a_victims_wish_that_something_not_be_done_is_no_task",
        ),
        pytest.param(
            "Giám đốc Lê Văn Tám khẳng định Công ty Hạ Mây sẽ chịu hoàn toàn trách nhiệm.",
            id="answering_for_it_all_is_no_task",
        ),
        pytest.param(
            "Đối tượng yêu cầu bà Lê Thị Hoa chuyển tiền.",
            id="an_offender_named_before_as_an_object_does_not_make_the_ask_theirs_2",
        ),
        pytest.param(
            "Ông Lê Văn Tám yêu cầu anh Trần Văn Hai bồi thường thiệt hại.",
            id="an_official_directing_a_person_by_name_gives_a_task_a_private_claim_does_not_2",
        ),
        pytest.param(
            "Dù CSGT đang chặn trước xe yêu cầu anh xuống để lập biên bản, anh vẫn cho xe chạy tiếp.",
            id="a_person_asked_by_a_pronoun_alone_is_no_unit",
        ),
        # no one asked
        pytest.param(
            "Tôi mong sớm được về nhà đón Tết cùng gia đình.",
            id="counter_case_of_a_wish_addressed_to_those_named_asks_them_2",
        ),
        # advice to the public
        pytest.param(
            "Những ngày tới, người dân cần tăng cường cảnh giác.",
            id="counter_case_of_units_named_by_kind_after_a_time_or_with_a_group_verb_must_act_3",
        ),
        # the passive act itself befell them: no task starts at it
        pytest.param(
            "Cơ quan điều tra đề nghị các cá nhân bị bắt giữ.",
            id="counter_case_of_people_asked_qualified_by_what_befell_them_hold_the_task_after_it_3",
        ),
        pytest.param(
            "Công an huyện đề nghị các đối tượng bị xử phạt trong ngày.",
            id="counter_case_of_people_asked_qualified_by_what_befell_them_hold_the_task_after_it_4",
        ),
        # a modal with its own subject, a liability, or no speaker's directive: no task
        pytest.param(
            "Người dân cần cảnh giác với kẻ gian, ông Tám đề nghị.",
            id="counter_case_of_a_bare_modal_in_a_speakers_directive_is_a_task_4",
        ),
        pytest.param(
            "“Làm sai thì phải chịu trách nhiệm”, ông Tám nhấn mạnh.",
            id="counter_case_of_a_bare_modal_in_a_speakers_directive_is_a_task_5",
        ),
        pytest.param(
            "Sau vụ việc, nạn nhân phải nhập viện cấp cứu.",
            id="counter_case_of_a_bare_modal_in_a_speakers_directive_is_a_task_6",
        ),
        pytest.param(
            "Diện tích rừng được giao cho Công ty Lâm nghiệp Tân Lộc bị giảm mạnh.",
            id="what_befell_in_the_passive_and_fields_worked_in_are_no_tasks_1",
        ),
        pytest.param(
            "Hai bên nhất trí hợp tác mới trong các lĩnh vực như lắp ráp ô tô, năng lượng, dầu khí.",
            id="what_befell_in_the_passive_and_fields_worked_in_are_no_tasks_2",
        ),
        pytest.param(
            (
                "Trong cuộc gặp, ông Lê Văn Tám đã nêu một số sai phạm của ông Đỗ Minh Khang và yêu cầu chuyển 200 triệu "
                "để bỏ qua những sai phạm này."
            ),
            id="money_handed_over_is_no_task_with_or_without_the_currency",
        ),
        pytest.param(
            "Quỹ Tân An sẽ dùng khoản tiền này đầu tư vào các lĩnh vực như thể thao, nghệ thuật và y tế.",
            id="fields_invested_in_or_spoken_of_are_no_functions_1",
        ),
        pytest.param(
            "Các điểm bán đều có giấy tờ liên quan đến lĩnh vực kinh doanh như nguồn gốc, giấy kiểm dịch và giấy phép.",
            id="fields_invested_in_or_spoken_of_are_no_functions_2",
        ),
        pytest.param(
            "Cơ quan điều tra phải áp dụng nhiều biện pháp nghiệp vụ mới bắt được Khả.",
            id="what_it_took_to_do_something_is_no_task",
        ),
        pytest.param(
            "Ông Lê Văn Khả cho rằng chưa bao giờ tổ thẩm định yêu cầu công ty này cung cấp hồ sơ.",
            id="a_request_denied_asks_no_one_1",
        ),
        pytest.param("UBND tỉnh không yêu cầu Sở Y tế báo cáo vụ việc.", id="a_request_denied_asks_no_one_2"),
        # a person handing work to another in a crime story gives none
        pytest.param(
            "Tuấn giao cho anh Khả mang ma túy đi bán.",
            id="counter_case_of_a_unit_assigning_one_of_its_staff_by_name_gives_a_task_2",
        ),
        pytest.param(
            "Chiều 31/5, Công an quận 7 (Công an TP Tân An) cho biết đang truy bắt nhóm côn đồ.",
            id="counter_case_of_the_unit_that_reports_holds_the_inquiry_it_reports_under_way_4",
        ),
        # first findings are told, no task
        pytest.param(
            "Khám nghiệm ban đầu xác định nạn nhân là nữ, khoảng 30 tuổi.",
            id="counter_case_of_the_scene_examined_for_an_inquiry_and_an_inquiry_going_on_after_a_deed_3",
        ),
        pytest.param(
            "Đáng lẽ khi nhận tiền thì tỉnh Lam Sơn phải báo cáo Thủ tướng để ra quyết định.",
            id="what_should_have_been_done_is_no_task_1",
        ),
        pytest.param(
            "Lẽ ra Công an xã phải kiểm tra, xử lý ngay từ đầu.", id="what_should_have_been_done_is_no_task_2"
        ),
        pytest.param(
            "Sở chưa nhận được văn bản chỉ đạo của UBND tỉnh.",
            id="counter_case_of_a_document_that_directs_units_names_them_2",
        ),
        pytest.param(
            "UBND tỉnh đã có chỉ đạo quyết liệt.",
            id="counter_case_of_a_directive_given_as_a_noun_names_its_units_and_an_inquiry_focused_on_is_under_way_2",
        ),
        pytest.param(
            "Bảo vệ bệnh viện đã yêu cầu Khánh ra khỏi phòng cấp cứu nhưng Khánh không chấp hành.",
            id="a_new_clause_a_name_ending_in_a_manner_word_and_a_finding_give_no_task_1",
        ),
        pytest.param(
            (
                "Cơ quan điều tra đã lập biên bản bàn giao Đơn nguyên thận nhân tạo, Khoa Hồi sức tích cực cho Bệnh viện "
                "Đa khoa tỉnh Lam Sơn."
            ),
            id="a_new_clause_a_name_ending_in_a_manner_word_and_a_finding_give_no_task_2",
        ),
        pytest.param(
            "Sáng nay, Công an tỉnh Lam Sơn bàn giao vụ việc cho Đội QLTT xử lý. Đội QLTT xác định, đây là loài quý hiếm.",
            id="a_new_clause_a_name_ending_in_a_manner_word_and_a_finding_give_no_task_3",
        ),
        # leading the rescue is no inquiry
        pytest.param(
            "Nhận tin báo, lãnh đạo Công an huyện Tân Lộc đã đến hiện trường để chỉ đạo công tác cứu nạn.",
            id="counter_case_of_going_to_the_scene_for_an_inquiry_gives_its_purpose_3",
        ),
        # an inquiry carried on by units named by kind, or a call to the whole force, is none
        pytest.param(
            "Hiện công an quận và các phòng nghiệp vụ vẫn tiếp tục khám nghiệm hiện trường.",
            id="counter_case_of_units_named_by_kind_carrying_on_with_a_charge_and_an_abbreviated_sector_5",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh đề nghị toàn lực lượng tiếp tục phát huy vai trò nòng cốt.",
            id="counter_case_of_units_named_by_kind_carrying_on_with_a_charge_and_an_abbreviated_sector_6",
        ),
        pytest.param(
            "Nhiều ý kiến đề nghị cần quy định rõ trường hợp thu giữ tài sản bảo đảm.",
            id="opinions_in_a_debate_that_ask_no_unit_hold_no_task_1",
        ),
        pytest.param(
            "Đại biểu Lò Văn Khiêm đề nghị làm rõ phạm vi áp dụng của dự thảo luật.",
            id="opinions_in_a_debate_that_ask_no_unit_hold_no_task_2",
        ),
        pytest.param(
            "Một số chuyên gia đề nghị bổ sung quy định về xử phạt hành chính.",
            id="opinions_in_a_debate_that_ask_no_unit_hold_no_task_3",
        ),
        pytest.param(
            "Trên thực tế, người vay sẽ đề nghị xử lý những sai phạm của ngân hàng.",
            id="opinions_in_a_debate_that_ask_no_unit_hold_no_task_4",
        ),
        pytest.param(
            "Hai bên nhất trí tuân thủ “Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên sông”.",
            id="an_asking_verb_inside_a_quoted_document_title_asks_nobody_1",
        ),
        # a speaker who lists findings, or no points, directs nothing
        pytest.param(
            "Ông Lò Văn Khiêm cho biết một số nội dung như: Tổ chức bộ máy còn cồng kềnh.",
            id="counter_case_of_a_speakers_points_after_a_colon_are_tasks_and_the_next_sentences_go_on_2",
        ),
        pytest.param(
            "Từ năm 1998, Lữ đoàn 82 sử dụng và giao cho người dân thuê khoán.",
            id="land_given_to_the_public_and_what_follows_on_that_basis_are_no_tasks_1",
        ),
        pytest.param(
            "Khải chỉ đạo Trần Văn Lâm 2 lần nhận 50 bánh heroin từ Phan Văn Bảy giao cho Lê Văn Tám mang vào Nam bán.",
            id="goods_handed_to_a_person_by_full_name_in_a_crime_story_are_no_task",
        ),
        pytest.param(
            "Năm qua, Sở Tư pháp tiếp tục rà soát các văn bản quy phạm pháp luật của tỉnh.",
            id="counter_case_of_a_named_unit_carrying_on_with_a_charge_holds_it_unless_told_as_a_past_step_2",
        ),
        pytest.param(
            "Chiều 12/3, Tòa án tỉnh tiếp tục đưa bị cáo Lê Văn Tám ra xét xử.",
            id="counter_case_of_a_named_unit_carrying_on_with_a_charge_holds_it_unless_told_as_a_past_step_3",
        ),
        pytest.param(
            "Cán bộ giám sát có quyền kiến nghị thay đổi giám thị làm sai quy chế.",
            id="a_right_to_ask_and_the_unit_that_asked_for_a_thing_ask_no_one_1",
        ),
        pytest.param(
            "Cán bộ giám sát do trưởng điểm thi chỉ đạo và có quyền kiến nghị thay đổi giám thị.",
            id="a_right_to_ask_and_the_unit_that_asked_for_a_thing_ask_no_one_2",
        ),
        pytest.param(
            "Ngoài việc làm rõ 5 nội dung do Tòa án tỉnh yêu cầu, cơ quan điều tra còn phát hiện thêm nhiều sai phạm.",
            id="a_right_to_ask_and_the_unit_that_asked_for_a_thing_ask_no_one_3",
        ),
        pytest.param(
            "Năm qua, Sở tiếp tục rà soát các thủ tục hành chính.",
            id="counter_case_of_a_unit_told_of_before_by_its_head_word_alone_holds_what_it_goes_on_to_do_3",
        ),
        pytest.param(
            "Ông Lê Văn Tám cho biết Sở sẽ báo cáo sau.",
            id="counter_case_of_a_unit_told_of_before_by_its_head_word_alone_holds_what_it_goes_on_to_do_4",
        ),
        pytest.param(
            (
                "Theo quy định của Bộ luật Tố tụng hình sự, trong thời hạn 24 giờ, Cơ quan điều tra phải gửi quyết định "
                "khởi tố cho Viện kiểm sát cùng cấp."
            ),
            id="the_law_cited_an_inspections_tally_and_how_one_leads_are_no_tasks_1",
        ),
        pytest.param(
            "Năm qua, toàn ngành thực hiện 120 cuộc thanh tra, kiến nghị xử lý hành chính 35 tổ chức, 48 cá nhân.",
            id="the_law_cited_an_inspections_tally_and_how_one_leads_are_no_tasks_3",
        ),
        pytest.param(
            (
                "Có mặt tại hiện trường chỉ đạo trực tiếp lực lượng chữa cháy, Trung tá Lê Văn Tám cho biết đám cháy đã "
                "được khống chế."
            ),
            id="the_law_cited_an_inspections_tally_and_how_one_leads_are_no_tasks_5",
        ),
        pytest.param(
            "Ngày 9/4, Công an quận Hòa An tiếp tục kiểm tra hành chính quán bar này.",
            id="a_named_units_charge_carried_on_is_no_task_when_told_as_a_dated_or_repeated_step_1",
        ),
        pytest.param(
            "Đến giữa tháng 6, Chi cục Quản lý thị trường tỉnh lại tiếp tục gửi mẫu phân bón đi kiểm nghiệm.",
            id="a_named_units_charge_carried_on_is_no_task_when_told_as_a_dated_or_repeated_step_2",
        ),
        pytest.param(
            "Báo Hòa Bình Xanh tiếp tục cập nhật diễn biến của phiên xử tiếp theo.",
            id="a_named_units_charge_carried_on_is_no_task_when_told_as_a_dated_or_repeated_step_4",
        ),
        # (what an offender knew of the police is no task)
        pytest.param(
            "Biết cơ quan công an đang truy xét ráo riết, Tám đã đến đầu thú.",
            id="counter_case_of_an_inquiry_under_way_held_by_units_named_by_kind_2",
        ),
        pytest.param(
            "Lê Văn Tám đã nhận tiền và đang điều tra thông tin của khách hàng.",
            id="a_person_or_a_thing_after_a_step_holds_no_inquiry_under_way_1",
        ),
        pytest.param(
            "Nạn nhân đã được đưa đi cấp cứu và đang được điều trị tại bệnh viện.",
            id="a_person_or_a_thing_after_a_step_holds_no_inquiry_under_way_2",
        ),
        pytest.param(
            "Công ty Sao Mai đang mở rộng sản xuất tại tỉnh Hòa Bình Xanh.",
            id="counter_case_of_an_inquiry_widened_under_way_is_a_task_2",
        ),
        pytest.param(
            "Ông Trần Văn Bảo yêu cầu ông Lê Văn Tám bồi thường thiệt hại.",
            id="counter_case_of_a_named_unit_asking_one_by_name_gives_a_task_2",
        ),
        # a step with no inquiry after it, or a purpose, is no task
        pytest.param(
            "Công an huyện Tân Lộc đang gấp rút khắc phục hậu quả.",
            id="counter_case_of_inquiry_under_way_after_a_manner_word_or_a_first_step_4",
        ),
        pytest.param(
            "Bệnh viện Đa khoa tỉnh Tân Lộc đang nỗ lực cấp cứu cho nạn nhân.",
            id="counter_case_of_inquiry_under_way_after_a_manner_word_or_a_first_step_5",
        ),
        pytest.param(
            "Công an huyện Tân Lộc đang làm việc với gia đình, sau đó sẽ điều tra.",
            id="counter_case_of_inquiry_under_way_after_a_manner_word_or_a_first_step_6",
        ),
        # organising together is no partner named by kind
        pytest.param(
            "Công an tỉnh Hòa Xanh đang phối hợp tổ chức lễ hội.",
            id="partners_named_by_kind_with_no_voi_stay_in_the_inquiry_under_way_2",
        ),
        pytest.param("Người dân không đồng ý tháo dỡ công trình.", id="what_a_unit_agrees_or_promises_to_do"),
        pytest.param(
            "Nạn nhân được chuyển sang Bệnh viện đa khoa tỉnh để tiếp tục theo dõi.",
            id="counter_case_of_a_case_handed_over_for_a_purpose_1",
        ),
        pytest.param(
            "Thanh tra tỉnh sẽ làm rõ UBND xã triển khai kết luận có đúng không.",
            id="yes_no_question_and_a_verb_used_as_a_noun_are_no_tasks_1",
        ),
        # a purpose that is no inquiry is no task of the unit's
        pytest.param(
            "Công an huyện Vân Khê tạm giữ chiếc xe máy để chờ chủ xe đến nhận.",
            id="a_unit_holding_suspects_for_an_inquiry_holds_the_inquiry",
        ),
        # a prosecution denied, or only judged needed, is no inquiry under way
        pytest.param(
            "Do không đủ cơ sở, công an cũng không khởi tố vụ án để điều tra.",
            id="counter_case_of_a_unit_prosecuting_a_case_for_an_inquiry_holds_the_inquiry_2",
        ),
        pytest.param(
            "Hội Y học cho rằng việc công an khởi tố vụ án là cần thiết, để làm rõ trách nhiệm các cá nhân.",
            id="counter_case_of_a_unit_prosecuting_a_case_for_an_inquiry_holds_the_inquiry_3",
        ),
        pytest.param(
            "Hội Y học cho rằng việc Công an tỉnh Vân Khê khởi tố vụ án là cần thiết để làm rõ trách nhiệm các cá nhân.",
            id="counter_case_of_a_unit_prosecuting_a_case_for_an_inquiry_holds_the_inquiry_4",
        ),
        pytest.param(
            "Sở Giao thông vận tải tỉnh đã yêu cầu thu hồi phù hiệu nhà xe Sông Lam để phục vụ công tác điều tra.",
            id="a_measure_ordered_to_serve_an_inquiry_is_no_task",
        ),
        pytest.param(
            "UBND tỉnh đã bàn giao Bộ Quốc phòng 236 ha đất.",
            id="a_case_handed_over_without_cho_goes_to_the_unit_named_1",
        ),
        pytest.param(
            "Trung đoàn tổ chức lễ bàn giao chiến sĩ hoàn thành khóa huấn luyện năm 2026.",
            id="a_case_handed_over_without_cho_goes_to_the_unit_named_2",
        ),
        # a unit named by kind only, or care in a hospital, is no task (as in the active voice)
        pytest.param(
            "Vụ việc đang được cơ quan chức năng điều tra làm rõ.",
            id="counter_case_of_inquiry_under_way_told_in_the_passive_is_the_named_units_task_1",
        ),
        pytest.param(
            "Nạn nhân đang được Bệnh viện Đa khoa tỉnh Tân Lộc điều trị.",
            id="counter_case_of_inquiry_under_way_told_in_the_passive_is_the_named_units_task_2",
        ),
        # a colon closing the text's last sentence announces nothing and breaks nothing
        pytest.param(
            "Giám đốc Sở yêu cầu các phòng:",
            id="a_list_announced_by_a_colon_on_the_next_lines_gives_one_task_per_line",
        ),
        pytest.param(
            "Năm qua, Công an huyện Tân Lộc tiếp tục phát huy truyền thống.",
            id="counter_case_of_a_named_unit_going_on_with_an_inquiry_holds_it_with_its_words_3",
        ),
        # a person identified in brackets is no unit
        pytest.param(
            "Nguyễn Văn Khả (trú xã Phú Lâm) sẽ bị xử lý.",
            id="a_units_place_in_brackets_does_not_hide_its_inquiry_or_plan_2",
        ),
        # a person's plan, or a unit that is only a partner, gives none
        pytest.param(
            "Lê Văn Khả đã nhận tội và sẽ bị xử lý.", id="counter_case_of_a_named_units_plan_after_what_it_did_is_its_task_2"
        ),
        pytest.param(
            "Ông Khả đã làm việc với Công an huyện Bến Lau và sẽ gửi đơn lên tỉnh.",
            id="counter_case_of_a_named_units_plan_after_what_it_did_is_its_task_3",
        ),
        # a cause, or a deed told with its object, is none
        pytest.param(
            "Vụ tai nạn do xe tải gây ra.", id="counter_case_of_a_work_carried_out_by_a_unit_told_after_do_is_its_task_3"
        ),
        pytest.param(
            "Ngân sách do UBND tỉnh Tân An thực hiện việc chi trả.",
            id="counter_case_of_a_work_carried_out_by_a_unit_told_after_do_is_its_task_4",
        ),
        # a meeting chaired is an event, and a partner without 'Hiện' tells what was done
        pytest.param(
            "Sáng 5/6, UBND tỉnh Lam Sơn chủ trì hội nghị tổng kết công tác năm.",
            id="counter_case_of_a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task_3",
        ),
        pytest.param(
            "Công an huyện Cát Vân phối hợp với Công an xã bắt giữ đối tượng.",
            id="counter_case_of_a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task_4",
        ),
        # a dated raid led with partners is a step of the story, not the unit's charge
        pytest.param(
            (
                "Hồi 9 giờ ngày 6/8, tại xã Tân Lạc, Công an huyện Hòa Sơn chủ trì phối hợp với Đồn Biên phòng "
                "Nam Khê đã phát hiện, bắt giữ hai đối tượng mua bán trái phép chất ma túy."
            ),
            id="counter_case_of_a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task_5",
        ),
        pytest.param(
            "Chiều 6/8, Công an huyện Hòa Sơn chủ trì, phối hợp với Công an xã Tân Lạc triệt phá đường dây đánh bạc.",
            id="counter_case_of_a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task_6",
        ),
        # what a unit received, or a work it leads in a meeting, is none
        pytest.param(
            "Công an tỉnh Lam Sơn đã tiếp nhận đơn tố cáo của bà Lò Thị Mai.",
            id="counter_case_of_a_unit_taking_charge_of_a_work_holds_it_1",
        ),
        pytest.param(
            "Hội nghị do Sở Y tế phụ trách tổ chức.", id="counter_case_of_a_unit_taking_charge_of_a_work_holds_it_2"
        ),
        # a fact found is no plan
        pytest.param(
            "Công an huyện xác định nạn nhân là Lò Văn Khiêm.",
            id="counter_case_of_a_unit_setting_its_course_holds_the_plan_and_the_sentences_that_go_on_with_it_1",
        ),
        # (work at the scene that opens with something else than the inquiry is told, not held)
        pytest.param(
            "Lực lượng chức năng đã có mặt để điều tiết giao thông và xác minh sự việc.",
            id="counter_case_of_the_inquiry_an_act_of_units_named_by_kind_serves_is_their_task_3",
        ),
        pytest.param(
            "Lực lượng chức năng đã có mặt để xử lý, phân luồng giao thông.",
            id="counter_case_of_the_inquiry_an_act_of_units_named_by_kind_serves_is_their_task_4",
        ),
        pytest.param(
            "Hiện vụ việc đang được lực lượng chức năng điều tra làm rõ.",
            id="inquiry_in_the_passive_names_its_unit_after_a_kind_in_turn_or_with_a_named_partner",
        ),
        pytest.param(
            "Đến chiều 13/6, gia đình chị H. bất ngờ yêu cầu tạm ngừng mai táng và mời cơ quan chức năng vào cuộc.",
            id="a_familys_wish_that_names_no_unit_asked_after_an_initial",
        ),
        pytest.param(
            "Ông Lê Văn Tám, Giám đốc Sở Y tế tỉnh Hòa Xanh cho biết, người dân sẽ được hỗ trợ.",
            id="a_plan_told_after_the_report_verb_a_comma_or_a_time_is_the_speakers_units",
        ),
        pytest.param(
            "Công an huyện Mây Trắng đã cho ông Tư về nhà, đồng thời yêu cầu gia đình viết cam kết quản lý ông Tư.",
            id="kin_asked_is_no_unit_1",
        ),
        pytest.param(
            "Bệnh viện huyện Mây Trắng đề nghị người nhà bệnh nhân ký giấy cam kết trước khi mổ.",
            id="kin_asked_is_no_unit_2",
        ),
    ],
)
def test_sentences_that_give_no_task(body: str) -> None:
    """Crime stories, nouns, past or denied steps, private wishes and the like: nothing is asked of a unit, so no task."""
    assert names(body) == []


def test_a_unit_asked_in_the_passive_is_the_subject():
    facts = extract(
        HEAD + "Phòng Tư pháp được UBND huyện giao nhiệm vụ rà soát toàn bộ hồ sơ đất đai.", "tasks-test.txt"
    )
    assert [t.name for t in facts.tasks] == ["rà soát toàn bộ hồ sơ đất đai"]


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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            (
                "Thủ tướng giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tư pháp xây dựng đề án cải cách hành chính; "
                "Bộ Tài chính phối hợp với Bộ Nội vụ bố trí kinh phí thực hiện đề án, rà soát các khoản chi thường xuyên."
            ),
            [
                ("Bộ Nội vụ", "xây dựng đề án cải cách hành chính"),
                ("Bộ Tài chính", "bố trí kinh phí thực hiện đề án"),
                ("Bộ Tài chính", "rà soát các khoản chi thường xuyên"),
            ],
            id="clause_after_semicolon_may_name_the_next_unit_asked",
        ),
        pytest.param(
            (
                "Thủ tướng yêu cầu Bộ Nội vụ xây dựng đề án cải cách hành chính. Bộ Tài chính, Bộ Tư pháp phối hợp "
                "với Bộ Nội vụ kiểm soát các khoản chi, ngăn chặn tình trạng lãng phí. UBND tỉnh Hòa Bình cũng đã có "
                "văn bản báo cáo Chính phủ."
            ),
            [
                ("Bộ Nội vụ", "xây dựng đề án cải cách hành chính"),
                ("Bộ Tài chính", "kiểm soát các khoản chi"),
                ("Bộ Tài chính", "ngăn chặn tình trạng lãng phí"),
            ],
            id="sentence_after_a_directive_may_name_the_next_units_asked",
        ),
        pytest.param(
            (
                "Phó Chủ tịch UBND tỉnh Lê Văn Tám có công văn chỉ đạo các đơn vị: Công an tỉnh Hòa Bình, Sở Tài nguyên "
                "và Môi trường và UBND huyện Tân Lạc xử lý trách nhiệm những cá nhân liên quan."
            ),
            [("Công an tỉnh Hòa Bình", "xử lý trách nhiệm những cá nhân liên quan")],
            id="units_asked_listed_after_a_colon",
        ),
        pytest.param(
            (
                "Ông Lê Văn Tám cho biết ban giám đốc đã có chỉ đạo cho Thanh tra Công an tỉnh xác minh, "
                "làm rõ các sai phạm."
            ),
            [("Thanh tra Công an tỉnh Hòa Bình", "xác minh, làm rõ các sai phạm")],
            id="noun_of_asking_with_cho_still_names_the_unit_asked_1",
        ),
        pytest.param(
            "Bộ trưởng đề nghị UBND tỉnh quan tâm chỉ đạo các sở, ngành tạo điều kiện cho lực lượng Công an.",
            [("UBND tỉnh Hòa Bình", "quan tâm chỉ đạo các sở, ngành tạo điều kiện cho lực lượng Công an")],
            id="asking_verb_after_a_verb_of_care_is_part_of_the_task",
        ),
        # (a kind of unit is no organisation: it holds the task only through a unit named in it)
        pytest.param(
            "Thời gian tới, lực lượng Công an cần tập trung nắm chắc tình hình, chủ động phòng ngừa tội phạm.",
            [(None, "tập trung nắm chắc tình hình"), (None, "chủ động phòng ngừa tội phạm")],
            id="units_named_by_kind_that_must_act_1",
        ),
        pytest.param(
            "Công ty Hòa Phong cũng đã thống nhất với ngư dân là sẽ kéo các tàu lên đà để sửa chữa.",
            [("Công ty Hòa Phong", "kéo các tàu lên đà để sửa chữa")],
            id="what_a_company_agreed_after_la_and_a_unit_named_by_kind_after_thi_1",
        ),
        pytest.param(
            (
                "Công ty Hòa Phong phải thay thế lại máy dò cho ngư dân; hầm bảo quản thì cơ sở đóng tàu phải sửa chữa, "
                "khắc phục lại theo đúng tiêu chuẩn."
            ),
            [
                ("Công ty Hòa Phong", "thay thế lại máy dò cho ngư dân"),
                (None, "sửa chữa, khắc phục lại theo đúng tiêu chuẩn"),
            ],
            id="what_a_company_agreed_after_la_and_a_unit_named_by_kind_after_thi_2",
        ),
        pytest.param(
            "Gia đình mong muốn Công an huyện Tân Lạc điều tra nghiêm minh vụ việc.",
            [("Công an huyện Tân Lạc", "điều tra nghiêm minh vụ việc")],
            id="wish_addressed_to_an_authority_1",
        ),
        pytest.param(
            (
                "UBND tỉnh kiến nghị Thủ tướng chỉ đạo Bộ Công an, các cơ quan chức năng, phối hợp với Công an tỉnh "
                "Hòa Bình để điều tra, truy cứu trách nhiệm hình sự đối với đơn vị làm ăn gian dối."
            ),
            [("Bộ Công an", "điều tra, truy cứu trách nhiệm hình sự đối với đơn vị làm ăn gian dối")],
            id="nested_task_of_a_long_list_of_units_is_theirs_1",
        ),
        pytest.param(
            (
                "“Có diện tích đền bù lớn, quận 5 cần làm tốt công tác tuyên truyền, vận động người dân; đồng thời, tổ "
                "chức tốt công tác tái định cư cho người dân” - ông Tám nhấn mạnh."
            ),
            [
                (None, "làm tốt công tác tuyên truyền, vận động người dân"),
                (None, "tổ chức tốt công tác tái định cư cho người dân"),
            ],
            id="question_put_to_a_named_official_and_a_district_that_must_act_3",
        ),
        pytest.param(
            "Theo đó, tổ công tác sẽ tiến hành thẩm định, đánh giá chất lượng vỏ tàu.",
            [(None, "thẩm định, đánh giá chất lượng vỏ tàu")],
            id="plan_of_a_unit_named_by_kind_1",
        ),
        # a unit that says it will act is no part of the unit's name
        pytest.param(
            "Công an tỉnh khẳng định sẽ làm rõ động cơ việc tung hình ảnh giả.",
            [("Công an tỉnh Hòa Bình", "làm rõ động cơ việc tung hình ảnh giả")],
            id="plan_of_a_unit_named_by_kind_2",
        ),
        pytest.param(
            "Vì vậy, các thầy, cô giáo cần nhắc nhở thí sinh thật kỹ, đừng để các em bị trượt oan.",
            [(None, "nhắc nhở thí sinh thật kỹ")],
            id="what_to_take_care_of_and_teachers_asked_by_kind_2",
        ),
        # a titled official reports what the unit of the title will do
        pytest.param(
            "Ông Đỗ Văn Khải, Giám đốc Sở Xây dựng tỉnh Hòa Bình, cho biết sẽ kiểm tra lại toàn bộ hồ sơ dự án.",
            [("Sở Xây dựng tỉnh Hòa Bình", "kiểm tra lại toàn bộ hồ sơ dự án")],
            id="plan_reported_by_a_titled_official_1",
        ),
        pytest.param(
            "Bộ trưởng Bộ Xây dựng Lưu Văn Quang khẳng định, thời gian tới sẽ rà soát các dự án chậm tiến độ.",
            [("Bộ Xây dựng", "rà soát các dự án chậm tiến độ")],
            id="plan_reported_by_a_titled_official_2",
        ),
        pytest.param(
            "Trung tá Hà Văn Sỹ, Trưởng phòng CSGT tỉnh Hòa Bình, cho biết đơn vị sẽ tiếp nhận hệ thống camera mới.",
            [("Phòng CSGT tỉnh Hòa Bình", "tiếp nhận hệ thống camera mới")],
            id="plan_reported_by_a_titled_official_3",
        ),
        pytest.param(
            "Bà Lò Thị Mai, Hiệu trưởng Trường Mầm non Hoa Ban, cam kết sẽ hoàn trả lại học phí cho phụ huynh.",
            [("Trường Mầm non Hoa Ban", "hoàn trả lại học phí cho phụ huynh")],
            id="plan_reported_by_a_titled_official_4",
        ),
        # directing units named by kind is the unit's own task
        pytest.param(
            "Ông Đỗ Văn Khải, Giám đốc Sở Xây dựng tỉnh Hòa Bình, khẳng định sẽ chỉ đạo các đơn vị rà soát lại hồ sơ.",
            [("Sở Xây dựng tỉnh Hòa Bình", "chỉ đạo các đơn vị rà soát lại hồ sơ")],
            id="plan_reported_by_a_titled_official_5",
        ),
        # what the unit will ask of another unit named is that unit's task, as asked
        pytest.param(
            (
                "Phó Giám đốc Sở Xây dựng tỉnh Hòa Bình Lê Văn Tám cho biết, sẽ kiến nghị với Bộ Xây dựng có quy định "
                "về việc cấp phép xây dựng nhà ở."
            ),
            [("Bộ Xây dựng", "cấp phép xây dựng nhà ở")],
            id="plan_reported_by_a_titled_official_6",
        ),
        # the official's title was given earlier in the report: the plan is the unit's of that post
        pytest.param(
            (
                "Ông Đỗ Văn Khải, Giám đốc Sở Xây dựng tỉnh Hòa Bình, đã đến kiểm tra công trình. "
                "Ông Khải cho biết sẽ xử lý nghiêm các sai phạm."
            ),
            [("Sở Xây dựng tỉnh Hòa Bình", "xử lý nghiêm các sai phạm")],
            id="plan_of_an_official_titled_before_1",
        ),
        pytest.param(
            (
                "Ông Đỗ Văn Khải, Giám đốc Bệnh viện Đa khoa Hoa Ban, đã gặp gia đình bệnh nhân. "
                "Trước câu hỏi của phóng viên về việc chị Hà bị đánh, ông Khải cũng cho biết, sẽ kiểm tra lại "
                "toàn bộ hệ thống camera."
            ),
            [("Bệnh viện Đa khoa Hoa Ban", "kiểm tra lại toàn bộ hệ thống camera")],
            id="plan_of_an_official_titled_before_2",
        ),
        pytest.param(
            (
                "Ông Đỗ Văn Khải, Giám đốc Bệnh viện Đa khoa Hoa Ban, đã gặp gia đình bệnh nhân. "
                "Vị giám đốc cho hay sẽ yêu cầu đội bảo vệ viết bản tường trình."
            ),
            [("Bệnh viện Đa khoa Hoa Ban", "yêu cầu đội bảo vệ viết bản tường trình")],
            id="plan_of_an_official_titled_before_3",
        ),
        # a unit named again by its kind is the last unit of that kind named before
        pytest.param(
            (
                "Cục Quản lý thị trường tỉnh Hòa Bình đã kiểm tra 20 cửa hàng. "
                "Cục này cho biết sẽ tăng cường kiểm soát hàng giả trên địa bàn."
            ),
            [("Cục Quản lý thị trường tỉnh Hòa Bình", "tăng cường kiểm soát hàng giả trên địa bàn")],
            id="unit_named_again_by_its_kind_1",
        ),
        pytest.param(
            "Công ty Hải Long đã nhận đơn của ngư dân. Phía Công ty cam kết sẽ bồi thường cho các chủ tàu.",
            [("Công ty Hải Long", "bồi thường cho các chủ tàu")],
            id="unit_named_again_by_its_kind_2",
        ),
        pytest.param(
            "Công ty Hải Long bán thực phẩm bẩn. Sở Y tế tỉnh Hòa Bình yêu cầu công ty này thu hồi toàn bộ sản phẩm.",
            [("Công ty Hải Long", "thu hồi toàn bộ sản phẩm")],
            id="unit_named_again_by_its_kind_3",
        ),
        pytest.param(
            "Công ty Hải Long đã nhận đơn của ngư dân. Công ty này sẽ sửa chữa tàu cho ngư dân.",
            [("Công ty Hải Long", "sửa chữa tàu cho ngư dân")],
            id="unit_named_again_by_its_kind_4",
        ),
        pytest.param(
            "Bộ Xây dựng đã họp với các tỉnh. Sắp tới, Bộ sẽ ban hành hướng dẫn kiểm tra nhà ở.",
            [("Bộ Xây dựng", "ban hành hướng dẫn kiểm tra nhà ở")],
            id="unit_named_again_by_its_kind_alone_1",
        ),
        pytest.param(
            "Bộ Tư pháp đã họp với các luật sư. Ông Tám đề nghị Bộ quan tâm hơn tới chất lượng luật sư.",
            [("Bộ Tư pháp", "quan tâm hơn tới chất lượng luật sư")],
            id="unit_named_again_by_its_kind_alone_2",
        ),
        # a title is no kind of unit: the unit asked is the one named after it
        pytest.param(
            "Bộ Y tế đã họp. Ông Tám đề nghị Bộ trưởng Bộ Công an chỉ đạo điều tra khách quan.",
            [("Bộ Công an", "chỉ đạo điều tra khách quan")],
            id="title_is_no_unit_named_by_kind",
        ),
        # what a named unit will ask of another unit named is that unit's task, as asked
        pytest.param(
            (
                "Cục Xuất bản đã xử phạt công ty. Cục Xuất bản sẽ đề nghị Bộ Thông tin và Truyền thông xem xét "
                "thu hồi giấy phép."
            ),
            [("Bộ Thông tin và Truyền thông", "xem xét thu hồi giấy phép")],
            id="plan_of_a_named_unit_to_ask_a_unit_named",
        ),
        # what the unit goes on to promise is the task, not the promise
        pytest.param(
            (
                "Trường Mầm non Hoa Ban sẽ trả lại học phí cho phụ huynh. "
                "Đồng thời, cam kết sẽ sắp xếp chỗ học mới cho các cháu."
            ),
            [
                ("Trường Mầm non Hoa Ban", "trả lại học phí cho phụ huynh"),
                ("Trường Mầm non Hoa Ban", "sắp xếp chỗ học mới cho các cháu"),
            ],
            id="promise_that_goes_on",
        ),
    ],
)
def test_who_holds_each_task(body: str, expected: list[tuple[str | None, str]]) -> None:
    """Each task's holder is the unit asked, named before or carried on from the last clause."""
    assert holders(body) == expected


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
        # a requirement met or a request received: 'được' completes the verb before it
        "Năng lực cán bộ xã còn chưa đáp ứng được yêu cầu quản lý một đô thị mới.",
        "Khi nhận được đề nghị của Lâm, Hùng đã đến gặp người mua.",
        # a duty denied
        "Kỹ thuật viên Lê Văn Tám không được phân công kiểm tra nguồn nước của phòng lọc máu.",
        "Anh Tám chưa được giao quản lý kho hàng của công ty.",
        # the time of what someone did: 'khi được yêu cầu …'
        "Sau khi được yêu cầu kiểm tra hành chính, người đàn ông này đã không xuất trình đủ giấy tờ xe.",
        "Cô giáo phạm lỗi khi được giao nhiệm vụ coi thi tại trường Hòa Xanh.",
        # a person's job in a story, named with an honorific or a rank: no unit's task
        "Vụ án kết thúc, ông Lâm và ông Khoa được phân công điều tra một vụ gây rối tại chợ Hòa Xanh.",
        "Bà Lê Thị Hoa - kế toán chịu trách nhiệm nộp lại 40 triệu đồng.",
        "Tổ công tác gồm Thượng úy Lê Văn Tám và Trung úy Trần Văn Chín được phân công làm nhiệm vụ tại nút giao X.",
        # a paper's promise to report further news of the case
        "Báo Hòa Xanh sẽ tiếp tục thông tin về vụ việc này.",
        "Tin Nhanh Plus sẽ tiếp tục cập nhật thông tin khi có tình tiết mới.",
        # a proposal referred to after 'với'
        "Với đề xuất chuyển giao việc cấp phép về một đầu mối, Sở Nội vụ tỉnh Hòa Xanh chưa có ý kiến.",
        "Ông Tám nhất trí với kiến nghị sửa đổi quy chế thi của các trường.",
    ],
)
def test_no_task_from_the_person_meant_or_the_noun(body: str):
    assert names(body) == []


def test_a_unit_that_will_inform_the_press_of_its_findings_keeps_the_task() -> None:
    """Informing the press of what a check found is more than further news of the case."""
    assert names("UBND tỉnh Hòa Xanh sẽ tiếp tục thông tin đến các cơ quan báo chí về kết quả kiểm tra.") == [
        "tiếp tục thông tin đến các cơ quan báo chí về kết quả kiểm tra"
    ]


def test_a_deed_told_after_a_directive_goes_on_with_no_task() -> None:
    """'Theo đó, Sở X đã …' tells what the unit did after the directive, not a task it goes on with."""
    body = (
        "UBND tỉnh đã ban hành văn bản đôn đốc các cơ quan liên quan khẩn trương điều tra, xác minh. "
        "Theo đó, Sở Nội vụ tỉnh Hòa Xanh đã ra quyết định kỷ luật cách chức đối với ông Trần Văn Chín."
    )
    assert names(body) == ["khẩn trương điều tra, xác minh"]


@pytest.mark.parametrize(
    "body",
    [
        "Luật sư Trần Văn Tám cho rằng, cơ quan điều tra cần làm rõ nội dung các bức thư.",
        "Nhiều người dùng mạng xã hội cho rằng, cơ quan chức năng cần vào cuộc, xử lý nghiêm người chồng.",
        "Tiến sĩ Hoàng Lâm cho rằng, các cơ sở giáo dục mầm non cần phải cam kết về chuyên môn.",
    ],
)
def test_a_commentators_view_of_what_units_should_do_is_no_task(body: str) -> None:
    """What a lawyer, an expert or the public hold a unit 'cần' / 'phải' do is a view, no charge given."""
    assert names(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Đại biểu Lê Văn Tám cho rằng các cơ quan liên quan cần sớm triển khai thực hiện đề án.",
            ["sớm triển khai thực hiện đề án"],
            id="a_deputys_view_proposes",
        ),
        pytest.param(
            "Ông Tám cho rằng để ngăn chặn chất cấm, Thanh tra Sở Nông nghiệp sẽ thanh tra đột xuất các doanh nghiệp.",
            ["thanh tra đột xuất các doanh nghiệp"],
            id="an_officials_plan_for_his_unit",
        ),
        pytest.param(
            "Luật sư Tám cho rằng vụ án có dấu hiệu oan sai nên đề nghị Viện kiểm sát tỉnh Mây Trắng xem xét lại.",
            ["xem xét lại"],
            id="a_commentator_who_asks_a_unit",
        ),
    ],
)
def test_a_view_that_proposes_or_plans_keeps_the_task(body: str, expected: list[str]) -> None:
    assert names(body) == expected


def test_making_a_directive_known_is_a_task() -> None:
    """'quán triệt' (making rules or directives known to all) opens a task as 'phổ biến' does."""
    body = "Chủ tịch nước đề nghị Bộ đội Biên phòng tỉnh Mây Trắng cần quán triệt sâu sắc các chỉ thị về biên giới."
    assert names(body) == ["quán triệt sâu sắc các chỉ thị về biên giới"]


def test_an_official_with_a_title_speaks_for_the_units_duty() -> None:
    """A duty after an honorific and a title ('Ông X, Giám đốc Sở Y, có trách nhiệm …') is still the unit's."""
    assert names("Ông Lê Văn Tám, Giám đốc Sở Y tế, có trách nhiệm kiểm tra các phòng khám tư nhân.") == [
        "kiểm tra các phòng khám tư nhân"
    ]


@pytest.mark.parametrize(
    "body",
    [
        # money handed over or paid into an account in a fraud or bribery story
        "Sau đó, người này được yêu cầu chuyển vào tài khoản 2 triệu đồng.",
        "Hằng yêu cầu đưa 20.000USD làm chi phí xin việc.",
        # a person identified as crime stories do
        "Sau đó, Nam giao cho Lê Văn Mang (SN 1987, ngụ Tân Lạc) vận chuyển hàng về các xưởng để cất giấu.",
        # a person with no title, or one identified as crime stories do, speaks for no unit
        "Chị Lò Thị Xuân cho biết sẽ làm đơn xin giảm nhẹ tội cho hai người hàng xóm.",
        "Lê Văn Mang (SN 1987, ngụ Tân Lạc), giám đốc Công ty Hoa Ban, cho biết sẽ trả lại tiền cho khách.",
        # named again without a title, a person with no post still speaks for no unit
        "Chị Lò Thị Xuân ở xã Mường Khến bị mất xe máy. Chị Xuân cho biết sẽ làm đơn trình báo công an.",
        # a unit named again by its kind tells what it did wrong: no task
        "Công ty Hải Long bị xử phạt. Công ty này ký hợp đồng với người không đủ điều kiện tham gia.",
    ],
)
def test_no_task_from_a_crime_story(body: str):
    assert names(body) == []


def test_yes_no_question_and_a_verb_used_as_a_noun_are_no_tasks():
    assert "giám sát này" not in names("Ông Tám cho biết đơn vị tư vấn chịu trách nhiệm việc giám sát này.")


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


def test_a_long_task_is_named_by_its_first_part_up_to_a_comma():
    long_tail = ", ".join(f"thiết bị loại {w}" for w in ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám"))
    found = names(
        "Theo đó, tổ công tác sẽ thẩm định, đánh giá để xác định rõ chất lượng, nguồn gốc sản phẩm, tính năng hoạt "
        f"động của vỏ tàu, máy thủy trên tàu, {long_tail} so với hợp đồng đã ký kết giữa ngư dân và cơ sở đóng tàu."
    )
    assert len(found) == 1 and found[0].startswith("thẩm định, đánh giá để xác định rõ chất lượng")
    assert len(found[0].split()) <= 45


def test_a_unit_holding_suspects_for_an_inquiry_holds_the_inquiry():
    facts = extract(
        HEAD + "Công an huyện Vân Khê đang tạm giữ hình sự Lê Văn Tám (sinh năm 1990, ngụ xã Hồng Phong) để "
        "điều tra, xử lý hành vi đánh bạc và tổ chức đánh bạc.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["điều tra, xử lý hành vi đánh bạc và tổ chức đánh bạc"]
    assert facts.tasks[0].holder == "Công an huyện Vân Khê"


def test_a_unit_prosecuting_a_case_for_an_inquiry_holds_the_inquiry():
    facts = extract(
        HEAD + "Ngày 5/4, Công an huyện Vân Khê đã ra quyết định khởi tố vụ án để điều tra hành vi trộm cắp tài sản.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["điều tra hành vi trộm cắp tài sản"]
    assert facts.tasks[0].holder == "Công an huyện Vân Khê"


def test_a_team_set_up_or_the_scene_re_enacted_for_an_inquiry_gives_the_unit_the_inquiry():
    facts = extract(
        HEAD + "Cục Hàng hải Vân Khê đã thành lập tổ điều tra tai nạn để điều tra nguyên nhân vụ chìm tàu.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra nguyên nhân vụ chìm tàu", "Cục Hàng hải Vân Khê")]


def test_a_measure_ordered_to_serve_an_inquiry_is_no_task():
    # units asked to act for the inquiry still hold a task
    assert names(
        "Do đó, cơ quan tố tụng cần xem xét cho ông Tám được tại ngoại để phục vụ công tác điều tra."
    ) != []


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


def test_a_case_handed_over_without_cho_goes_to_the_unit_named():
    facts = extract(
        HEAD + "Đồn Biên phòng Hạ Mây đã khởi tố vụ án và bàn giao cơ quan CSĐT Công an tỉnh Lam Sơn điều tra "
        "làm rõ.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra làm rõ", "Cơ quan CSĐT Công an tỉnh Lam Sơn")]


def test_a_contrast_glued_to_an_ellipsis_ends_the_task():
    for dots in ("…", "..."):
        assert names(f"Phòng Giáo dục yêu cầu các trường báo cáo sự việc{dots}nhưng rồi không ai xử lý.") == [
            "báo cáo sự việc"
        ]


def test_a_suspect_handed_over_with_giao_gives_the_unit_its_task():
    facts = extract(
        HEAD + "Người dân đã bắt giữ và giao Lê Văn Tám (25 tuổi) cho Công an quận 8 điều tra về hành vi cướp giật "
        "tài sản.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra về hành vi cướp giật tài sản", "Công an quận 8")]


def test_a_trailing_condition_stays_with_the_task_but_a_new_clause_does_not():
    assert names(
        "Giám đốc yêu cầu Công ty Hạ Mây kiểm tra lại các máy, nếu không đúng hợp đồng thì phải thay máy mới."
    )[0] == "kiểm tra lại các máy"


def test_a_named_unit_opening_its_own_clause_after_a_comma_holds_its_task():
    facts = extract(
        HEAD + "Thủ tướng yêu cầu Bộ Công an làm rõ vụ việc, Bộ Y tế sẽ kiểm tra toàn bộ quy trình.", "tasks-test.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("làm rõ vụ việc", "Bộ Công an"),
        ("kiểm tra toàn bộ quy trình", "Bộ Y tế"),
    ]


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


def test_a_joint_ministry_asked_keeps_its_own_directive_whole():
    facts = extract(
        HEAD + "Phó Thủ tướng yêu cầu liên Bộ Xây dựng, Bộ Công an chỉ đạo các địa phương sớm làm rõ nguyên nhân.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["chỉ đạo các địa phương sớm làm rõ nguyên nhân"]
    assert facts.tasks[0].holder == "Bộ Xây dựng"


def test_requests_gathered_are_no_ask_of_the_next_clause():
    facts = extract(
        HEAD + "Song song với việc khảo sát, thu thập yêu cầu, Sở cũng đôn đốc Công ty Mây Xanh khẩn trương hoàn "
        "thành việc xây dựng phần mềm.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("khẩn trương hoàn thành việc xây dựng phần mềm", "Công ty Mây Xanh")
    ]


def test_a_verb_with_its_object_keeps_the_owner_that_follows():
    assert names("Ngày 3, Công an huyện Mây Sơn sẽ lấy lời khai của tài xế, phối hợp với Sở Giao thông xác minh vụ việc.")[
        :1
    ] == ["lấy lời khai của tài xế"]


def test_a_partner_after_the_modal_is_skipped_to_the_task():
    facts = extract(
        HEAD + "Bộ Nông nghiệp sẽ cùng với tỉnh Mây Sơn giám sát hai cơ sở đóng tàu, thực hiện các cam kết khắc phục.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["giám sát hai cơ sở đóng tàu", "thực hiện các cam kết khắc phục"]
    assert facts.tasks[0].holder == "Bộ Nông nghiệp"


def test_inquiry_under_way_told_in_the_passive_is_the_named_units_task():
    facts = extract(
        HEAD + "Hiện vụ việc đang được Công an huyện Tân Lộc tiếp tục điều tra, làm rõ.", "tasks-test.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("tiếp tục điều tra, làm rõ", "Công an huyện Tân Lộc")]


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


def test_things_handed_over_may_be_listed_before_the_unit_that_takes_the_case():
    facts = extract(
        HEAD + "Công an xã Lũng Mai đã bàn giao đối tượng, tang vật cho Công an huyện Tân Lộc tiếp tục điều tra.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("tiếp tục điều tra", "Công an huyện Tân Lộc")]


def test_units_asked_may_trail_off_before_their_task():
    facts = extract(
        HEAD + "UBND tỉnh đề nghị các cơ quan chức năng như Sở Công Thương, Chi cục Quản lý thị trường,... "
        "kiểm tra trật tự kinh doanh tại các chợ.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["kiểm tra trật tự kinh doanh tại các chợ"]


def test_a_named_unit_going_on_with_an_inquiry_holds_it_with_its_words():
    facts = extract(HEAD + "Bộ Công an tiếp tục điều tra một số vụ án có liên quan.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("tiếp tục điều tra một số vụ án có liên quan", "Bộ Công an")]


def test_a_units_place_in_brackets_does_not_hide_its_inquiry_or_plan():
    facts = extract(
        HEAD + "Sáng 7/2, Công an TP Tân Lộc (Hòa Bình Xanh) cho biết đang xác minh làm rõ vụ va chạm xe máy.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("xác minh làm rõ vụ va chạm xe máy", "Công an TP Tân Lộc")]


def test_a_file_opened_for_an_inquiry_gives_the_inquiry_as_the_units_task():
    facts = extract(
        HEAD + "Ngày 3/4, Công an huyện Bến Lau đã lập hồ sơ để điều tra làm rõ nguyên nhân vụ tai nạn.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("điều tra làm rõ nguyên nhân vụ tai nạn", "Công an huyện Bến Lau")
    ]


def test_a_case_taken_on_is_an_inquiry_under_way():
    facts = extract(HEAD + "Hiện vụ việc đang được Công an huyện Bến Lau thụ lý điều tra.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("thụ lý điều tra", "Công an huyện Bến Lau")]


def test_a_named_units_plan_after_what_it_did_is_its_task():
    facts = extract(
        HEAD + "Ngày 3/4, Công an huyện Bến Lau đã tạm giữ hai đối tượng và sẽ xử lý theo quy định của pháp luật.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("xử lý theo quy định của pháp luật", "Công an huyện Bến Lau")]


def test_a_thing_handed_over_after_a_modal_is_the_task_itself():
    facts = extract(
        HEAD + "Ông Khả yêu cầu Công ty Tân An phải giao lại toàn bộ hồ sơ cho Sở Xây dựng.", "tasks-test.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("giao lại toàn bộ hồ sơ cho Sở Xây dựng", "Công ty Tân An")]


def test_a_work_carried_out_by_a_unit_told_after_do_is_its_task():
    facts = extract(HEAD + "Phòng Tân An kiến nghị việc cấp GPLX cho công dân sẽ do Bộ Công an chủ trì.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("cấp GPLX cho công dân", "Bộ Công an")]


def test_samples_taken_for_an_inquiry_give_its_purpose_to_the_unit():
    facts = extract(
        HEAD + "Hiện Công an huyện Lục Vân đã lấy mẫu phân tích để điều tra làm rõ nguyên nhân đàn tôm chết.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("điều tra làm rõ nguyên nhân đàn tôm chết", "Công an huyện Lục Vân")
    ]


def test_a_unit_that_chairs_or_works_with_a_partner_now_holds_the_task():
    facts = extract(
        HEAD + "Sở Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra an toàn thực phẩm tại bếp ăn tập thể.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("chủ trì, phối hợp với các đơn vị liên quan kiểm tra an toàn thực phẩm tại bếp ăn tập thể", "Sở Y tế")
    ]
    chaired = names("Hội nghị do Sở Y tế chủ trì, phối hợp với Sở Công Thương tổ chức.")
    assert not any(n.startswith("chủ trì") for n in chaired)


def test_an_asking_verb_opening_the_sentence_before_its_subject_asks_nobody():
    facts = extract(
        HEAD + "Chỉ đạo giải quyết sự việc này, Thủ tướng yêu cầu Bộ Công an điều tra xử lý nghiêm trường hợp này.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra xử lý nghiêm trường hợp này", "Bộ Công an")]


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


def test_a_unit_taking_charge_of_a_work_holds_it():
    facts = extract(HEAD + "Theo phân công, Sở Tư pháp phụ trách việc cấp lại phiếu lý lịch tư pháp.", "tasks-test.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [("cấp lại phiếu lý lịch tư pháp", "Sở Tư pháp")]


def test_the_time_allowed_before_who_is_asked():
    facts = extract(
        HEAD + "UBND xã Tân Hòa Nam yêu cầu trong vòng 30 ngày, chủ công trình phải tháo dỡ phần xây dựng sai phép.",
        "tasks-test.txt",
    )
    assert [t.name for t in facts.tasks] == ["tháo dỡ phần xây dựng sai phép"]


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


def test_the_inquiry_an_act_of_units_named_by_kind_serves_is_their_task():
    facts = extract(HEAD + "Công an xã Hòa Phong đã triệu tập Lê Văn Tám để làm rõ hành vi đe dọa nhân viên y tế.", "t.txt")
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("làm rõ hành vi đe dọa nhân viên y tế", "Công an xã Hòa Phong")
    ]


def test_an_inquiry_under_way_with_a_partner_after_cung_or_none_is_the_units():
    found = extract(
        HEAD + "Công an huyện Bình Lộc đang phối hợp cùng Công an tỉnh Hòa Nam điều tra vụ án.", "t.txt"
    ).tasks
    assert [(t.name, t.holder) for t in found] == [("điều tra vụ án", "Công an huyện Bình Lộc")]


def test_those_concerned_met_for_an_inquiry_lead_to_it_but_not_a_persons_work_in_brackets():
    # (a job in a person's details is no act of the unit; the arrest before it is)
    facts = extract(
        HEAD + "Công an huyện Tân Lộc đã bắt tạm giam Lê Văn Tám (30 tuổi, kỹ sư làm việc tại Ban quản lý dự án Hòa "
        "Phong) để điều tra về hành vi cướp tài sản.", "t.txt"
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra về hành vi cướp tài sản", "Công an huyện Tân Lộc")]


def test_inquiry_under_way_after_a_step_taken_is_the_same_units():
    facts = extract(
        HEAD + "Công an huyện Sơn Mai (tỉnh Hòa Bình Xanh) cho biết, đã báo cáo Công an tỉnh và đang tiến hành "
        "điều tra, làm rõ vụ việc.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [("điều tra, làm rõ vụ việc", "Công an huyện Sơn Mai")]


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


def test_an_official_or_unit_with_a_clause_of_its_own_after_va_ends_the_item():
    assert names(
        "Bộ Giao thông đề nghị các địa phương rà soát lại các bến xe khách và chủ tịch UBND tỉnh chịu trách nhiệm "
        "về kết quả rà soát."
    )[0] == "rà soát lại các bến xe khách"


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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Sở Y tế xử lý nghiêm các cơ sở nếu phát hiện vi phạm.",
            [("xử lý nghiêm các cơ sở nếu phát hiện vi phạm", ["xử lý nghiêm các cơ sở"])],
            id="a_condition_after_nếu_is_cut_from_the_core_alias",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Sở Công Thương thu hồi giấy phép sau khi có kết luận thanh tra.",
            [("thu hồi giấy phép sau khi có kết luận thanh tra", ["thu hồi giấy phép"])],
            id="a_condition_after_sau_khi_is_cut_from_the_core_alias",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Sở Xây dựng tạm dừng cấp phép xây dựng cho đến khi có quy hoạch mới.",
            [("tạm dừng cấp phép xây dựng cho đến khi có quy hoạch mới", [])],
            id="counter_case_of_condition_alias_cho_đến_khi_goes_on_with_the_task",
        ),
        pytest.param(
            "Công an huyện Lạc Sơn đang điều tra hành vi thiếu trách nhiệm trong khi thi hành công vụ.",
            [("điều tra hành vi thiếu trách nhiệm trong khi thi hành công vụ", [])],
            id="counter_case_of_condition_alias_trong_khi_is_part_of_the_offence",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Sở Xây dựng rà soát các dự án nhà ở xã hội, đảm bảo đúng đối tượng được hưởng.",
            [("rà soát các dự án nhà ở xã hội, đảm bảo đúng đối tượng được hưởng", ["rà soát các dự án nhà ở xã hội"])],
            id="the_first_step_before_a_comma_and_a_next_verb_is_an_alias",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh, chữa bệnh trên địa bàn.",
            [("kiểm tra các cơ sở khám bệnh, chữa bệnh trên địa bàn", [])],
            id="counter_case_of_first_step_alias_a_comma_inside_the_object",
        ),
        pytest.param(
            "UBND tỉnh Tân Lộc yêu cầu Công an tỉnh tiếp tục điều tra, làm rõ vụ cháy chợ Mây.",
            [("tiếp tục điều tra, làm rõ vụ cháy chợ Mây", [])],
            id="counter_case_of_first_step_alias_verbs_alone_before_the_comma",
        ),
    ],
)
def test_task_aliases(body: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = extract(HEAD + body, "tasks-test.txt")
    assert [(t.name, t.aliases) for t in facts.tasks] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("rà soát các bến xe khách, xử lý các xe vi phạm", "rà soát các bến xe khách", id="first_step_kept"),
        pytest.param("khẩn trương rà soát các bến xe, tiếp tục xử lý vi phạm", "khẩn trương rà soát các bến xe",
                     id="manner_words_open_the_next_step"),
        pytest.param("kiểm tra các phòng khám (Hòa Phát, xử lý Minh Tâm)", None, id="a_bracket_left_open"),
        pytest.param("làm rõ tin “bảo kê, xử lý vi phạm” trên mạng", None, id="a_quotation_left_open"),
        pytest.param("thu hồi 1,5 tỷ đồng chi sai", None, id="a_decimal_comma_is_no_break"),
        pytest.param("kiểm tra hồ sơ, giấy tờ của các xe", None, id="a_noun_after_the_comma"),
        pytest.param("rà soát việc quản lý, cấp phép các nhóm trẻ", None, id="nominal_verbs_sharing_an_object"),
        pytest.param("chỉ đạo các đơn vị điều tra, làm rõ vụ cháy", None, id="directed_verbs_sharing_an_object"),
    ],
)
def test_first_step_wording_of_a_task_name(name: str, expected: str | None) -> None:
    assert tasks_module._first_part(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("phối hợp điều tra vụ cháy và khi có kết quả", "phối hợp điều tra vụ cháy",
                     id="a_va_that_led_the_cut_clause_goes_with_it"),
        pytest.param("xử lý nghiêm các cơ sở sai phạm nếu có", "xử lý nghiêm các cơ sở sai phạm", id="nếu_condition_cut"),
        pytest.param("thu hồi giấy phép cho đến khi khắc phục xong", None, id="cho_đến_khi_is_no_condition_cut"),
    ],
)
def test_core_wording_of_a_task_name(name: str, expected: str | None) -> None:
    assert tasks_module._core(name) == expected


def test_a_unit_asked_to_lead_with_partners_and_direct_others_holds_one_task():
    facts = extract(
        HEAD + "UBND tỉnh giao Sở Nông nghiệp chủ trì, phối hợp với UBND huyện Tân Lạc chỉ đạo các lực lượng "
        "chức năng tăng cường tuần tra, truy quét lâm tặc.",
        "tasks-test.txt",
    )
    assert [(t.name, t.holder) for t in facts.tasks] == [
        ("chỉ đạo các lực lượng chức năng tăng cường tuần tra, truy quét lâm tặc", "Sở Nông nghiệp")
    ]
    assert facts.tasks[0].aliases[0] == (
        "chủ trì, phối hợp với UBND huyện Tân Lạc chỉ đạo các lực lượng chức năng tăng cường tuần tra, truy quét lâm tặc"
    )


def test_an_asking_verb_joined_by_va_after_partners_asks_on_its_own():
    body = "Bộ Y tế đang phối hợp với Sở Y tế tỉnh Tân Lạc và yêu cầu bệnh viện phối hợp với công an điều tra vụ việc."
    assert names(body) == ["phối hợp với Sở Y tế tỉnh Tân Lạc", "phối hợp với công an điều tra vụ việc"]


def test_acts_listed_after_the_partners_keep_the_lead_units_own_task():
    body = (
        "UBND tỉnh giao Sở Nông nghiệp chủ trì, phối hợp với các cơ quan liên quan thường xuyên kiểm tra, đôn đốc, "
        "chỉ đạo UBND huyện Tân Lạc bảo đảm an toàn tuyến đê."
    )
    assert "chủ trì, phối hợp với các cơ quan liên quan thường xuyên kiểm tra" in names(body)
