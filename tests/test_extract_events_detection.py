"""Events: happenings told plainly, without a date or 'vừa', that the clause pass must still find."""

from __future__ import annotations

from graph.extract import extract


def names(text: str) -> list[str]:
    """Return the names of the events extracted from ``text`` (a title line, then the body)."""
    return [e.name for e in extract(text, "invented.txt").events]


def test_an_act_carried_out_or_ordered_is_the_act() -> None:
    found = names(
        "Bắt giữ nghi phạm trộm cắp\n"
        "Đồn Công an xã Tân Phú đã tiến hành khám xét khẩn cấp nơi ở của đối tượng Lâm Văn Tý.\n"
    )
    assert any("khám xét khẩn cấp nơi ở" in n for n in found), found


def test_a_decision_had_is_an_act() -> None:
    found = names(
        "Hủy quyết định khen thưởng\n"
        "Chủ tịch UBND tỉnh Hòa An đã có Quyết định 12/QĐ-UBND hủy bỏ Quyết định khen thưởng ông Lò Văn Tam.\n"
    )
    assert any("Quyết định 12/QĐ-UBND hủy bỏ" in n for n in found), found
