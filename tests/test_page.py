"""extract.page: the title found below a news page's furniture, by the linker and the classifier alike."""

import pytest

from extract.ner.context import headline_span
from extract.page import title_span

TITLE = "PCI 2023: Điện Biên bứt lên 31 bậc, PGI vẫn ở nhóm cuối"
LEAD = "(ĐBP) - Từ vị trí 62/63 của năm 2022, PCI năm 2023 của Điện Biên đã vươn lên thứ 31."


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@pytest.mark.parametrize("furniture", [
    "",
    "BÁO ĐIỆN BIÊN PHỦ - Cơ quan của Đảng bộ tỉnh Điện Biên\n",
    "baobinhdinh.vn | BÁO BÌNH ĐỊNH\nKhoa giáo » Chuyển đổi số\nThứ Bảy, 11/05/2024, 09:20 (GMT+7)\n",
    "CỔNG THÔNG TIN ĐIỆN TỬ BỘ NỘI VỤ\nThời sự | Chính sách mới | Cải cách hành chính\n"
    "Cập nhật: 15h20 ngày 11/5/2024 | Lượt xem: 1.482\n",
    "Trang chủ > Kinh tế\nKinh tế · 17:42 GMT+7, ngày 08.05.2024\nLượt đọc: 842\nChia sẻ\n",
    "KINH TẾ SỐ · Cổng thông tin điện tử về kinh tế số\nTrang chủ » Kinh tế số\n",
    "NỘI VỤ ONLINE · Thông tin cải cách hành chính\nChuyên mục: Cải cách hành chính > Chỉ số CCHC\n"
    "18-04-2024 | 09:05:12   -   Lượt đọc: 4.806\n",
    "Báo Hà Tĩnh điện tử\nTrang chủ » Chính trị » Xây dựng chính quyền\n"
    "Thứ Hai, 22/04/2024 07:45 (GMT+7) | Lượt xem: 1.386\n",
])
def test_the_title_below_any_furniture(furniture: str) -> None:
    text = furniture + TITLE + "\n\n" + LEAD
    span = title_span(text, _lines(text))
    assert span is not None and text[span[0]:span[1]] == TITLE
    assert headline_span(text, _lines(text)) == span


@pytest.mark.parametrize("line", [
    "Thứ trưởng Bộ Nội vụ chủ trì hội nghị tại điểm cầu Hà Nội. Ảnh: Phương Nhi",
    "Kinh tế | Đầu tư - Doanh nghiệp",
    "SỞ NỘI VỤ TỈNH SƠN LA",
    "Báo Quảng Trị điện tử",
])
def test_captions_paths_and_capitals_are_no_title(line: str) -> None:
    text = line + "\n" + LEAD
    assert title_span(text, _lines(text)) is None


def test_a_title_opening_with_bao_is_still_a_title() -> None:
    text = "Báo động tình trạng chậm giải ngân vốn đầu tư công\n" + LEAD
    span = title_span(text, _lines(text))
    assert span is not None and text[span[0]:span[1]].startswith("Báo động")
