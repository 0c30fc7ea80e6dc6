"""The parts of a news page around its text: mastheads, section paths, datelines and counters above the title,
photo captions. The linker reads the article's province and edition from the title and lead below them, and the
indicator classifier reads the title as context; both find it here, so page furniture moves neither.
"""

from __future__ import annotations

import re

# Lines above a title: a dateline ("Thứ năm - 04/04/2024 10:15", "Cập nhật: 14h30 ngày 18/4/2024") or a counter
# ("Lượt xem: 1.284").
ABOVE_TITLE = re.compile(r"[^\n]*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|lượt xem|lượt đọc|cập nhật|"
                         r"\d{1,2}:\d{2}\s*(?:gmt|\(gmt)|(?<!\d)\d{1,2}[:h]\d{2}\s*[|·-])", re.IGNORECASE)


# A site banner above the title: the portal's or publisher's name ("Cổng Thông tin điện tử tỉnh Ninh Bình"), or an
# agency masthead in capitals ("SỞ NỘI VỤ TỈNH SƠN LA").
# ("CHÍNH SÁCH SỐ · Cổng thông tin điện tử về chuyển đổi số": the site's name after its brand)
BANNER = re.compile(r"(?:[^\n.:]{1,40}\s[·|•–—-]\s*)?"
                    r"(?i:cổng thông tin|trang thông tin|cổng ttđt|trang ttđt|báo điện tử|tạp chí)(?!\w)"
                    # "BÁO ĐIỆN BIÊN PHỦ - Cơ quan của Đảng bộ tỉnh …", "baobinhdinh.vn | BÁO BÌNH ĐỊNH - …"
                    r"|BÁO\s+[A-ZĐÀ-Ỹ]|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)(?!\w)"
                    # "Báo Hà Tĩnh điện tử", "Báo Nhân Dân": the paper's name alone on its line (not "Báo động …")
                    r"|Báo(?:\s+[A-ZĐÀ-Ỹ][\w-]*)+(?:\s+(?:điện tử|online|Online))?\s*$"
                    r"|.*(?i:cơ quan của (?:đảng bộ|ủy ban|ubnd)|cơ quan ngôn luận)")


_LETTER_WORD = re.compile(r"[^\W\d_]+")


def is_title(line: str, length: int) -> bool:
    return length <= 150 and not line.endswith(".") and len(_LETTER_WORD.findall(line)) >= 4 \
        and not ABOVE_TITLE.match(line) and not BANNER.match(line) and not line.isupper() \
        and not BREADCRUMB.search(line) and not is_caption(line) and not _brand_first(line)


# "NỘI VỤ ONLINE · Thông tin cải cách hành chính": a brand in capitals, then what the site is, after a dot or bar
_BRAND_SEPARATOR = re.compile(r"\s[·|•]\s")


def _brand_first(line: str) -> bool:
    cut = _BRAND_SEPARATOR.search(line)
    if cut is None:
        return False
    brand = _LETTER_WORD.findall(line[:cut.start()])
    return len(brand) >= 2 and all(w.isupper() for w in brand)


# A site's path to the page ("Trang chủ > Tin tức - Sự kiện > Cải cách hành chính", "Kinh tế | Đầu tư - Doanh
# nghiệp", "Chuyên mục: Cải cách hành chính > Chỉ số CCHC": section names without a figure) and a photo's caption
# ("Thứ trưởng … chủ trì hội nghị tại điểm cầu Hà Nội. Ảnh: Phương Nhi"): neither a title nor a heading.
BREADCRUMB = re.compile(r"^\s*trang chủ\b|^\s*(?:chuyên mục|danh mục)\s*:"
                        r"|\s[>»›/]\s\S[^>»›]*\s[>»›/]\s|^[^\d|.:]{1,40}(?:\s\|\s[^\d|.:]{1,40})+$"
                        # "Cải cách hành chính > Chỉ số CCHC": one step of a site's path
                        r"|^[^\d.:>»›]{1,40}(?:\s[>»›]\s[^\d.:>»›]{1,40})+$",
                        re.IGNORECASE)
CAPTION = re.compile(r"(?:^|[.!?)]\s+|\(\s*)(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Nguồn ảnh|Video)\s*[:.)]")


def is_caption(line: str) -> bool:
    return bool(CAPTION.search(line))


# How far down the page the title may stand: a masthead, a section path, a dateline and a counter above it.
TITLE_REACH = 6


def title_span(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The title: the first short line of words among the first lines that is no sentence, dateline, counter,
    masthead, section path or caption."""
    return next(((lo, hi) for lo, hi in paragraphs[:TITLE_REACH] if is_title(text[lo:hi].strip(), hi - lo)), None)
