"""Invented reports for issue 15: one official spelt several ways, and a namesake one tone apart."""

# Invented reports: one traffic police chief spelt 'Tạ Vĩnh Khang', 'Tạ Vịnh Khang' (one tone apart,
# the same post in the same unit) and in capitals; 'Tạ Vinh Khang' (one tone apart again) is a
# vice chairman of the province: nothing ties him to the chief.
ISSUE15 = {
    "hatinh-police-2025-03-01.txt": (
        "Hà Tĩnh: Ra quân bảo đảm trật tự an toàn giao thông 01/03/2025 08:00\n\n"
        "Ngày 1-3, Phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh tổ chức lễ ra quân bảo đảm trật tự an toàn "
        "giao thông năm 2025.\n\n"
        "Đại tá Tạ Vĩnh Khang, Trưởng phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh cho biết, lực lượng sẽ "
        "tăng cường tuần tra trên các tuyến quốc lộ.\n"),
    "hatinh-police-2025-04-02.txt": (
        "Hà Tĩnh: Xử lý vi phạm nồng độ cồn 02/04/2025 09:00\n\n"
        "Ngày 2-4, Phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh thông tin kết quả kiểm tra nồng độ cồn "
        "trong quý I.\n\n"
        "Đại tá Tạ Vịnh Khang, Trưởng phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh cho biết, lực lượng đã "
        "xử lý nhiều trường hợp vi phạm.\n"),
    "hatinh-police-2025-06-04.txt": (
        "Hà Tĩnh: Tổng kết công tác phòng cháy 04/06/2025 10:00\n\n"
        "Ngày 4-6, Công an tỉnh Hà Tĩnh tổng kết công tác phòng cháy chữa cháy.\n\n"
        "ĐẠI TÁ TẠ VĨNH KHANG, TRƯỞNG PHÒNG CẢNH SÁT GIAO THÔNG CÔNG AN TỈNH HÀ TĨNH phát biểu tại hội nghị.\n\n"
        "Thượng tá Lê Văn Toàn, Phó Giám đốc Công an tỉnh Hà Tĩnh, cùng Tạ Vĩnh Khang dự hội nghị.\n"),
    "hatinh-news-2025-05-03.txt": (
        "Hà Tĩnh: Hội nghị về phát triển nông nghiệp 03/05/2025 10:00\n\n"
        "Ngày 3-5, UBND tỉnh Hà Tĩnh tổ chức hội nghị về phát triển nông nghiệp.\n\n"
        "Ông Tạ Vinh Khang, Phó Chủ tịch UBND tỉnh Hà Tĩnh chủ trì hội nghị.\n"),
}
