"""Word lists behind the fact rules, in the matching view (lowercase, ``hòa`` tone placement).

Kept apart from the rules so reviewers can extend the vocabulary without touching the logic. Every
list is about the genre: provincial and central government news on administration, digital
government and the economy.
"""

from __future__ import annotations

import re

# Counted nouns that follow a number to make a count ("5 tập thể", "333 phản ánh, kiến nghị").
# Longer phrases first in the compiled pattern, so "thủ tục hành chính" wins over "thủ tục".
CLASSIFIERS = (
    "người", "người dân", "lượt người", "lượt", "lượt truy cập", "lượt khách", "công dân", "cử tri", "khách",
    "hồ sơ", "thủ tục", "thủ tục hành chính", "tthc", "dịch vụ", "dịch vụ công", "dịch vụ công trực tuyến",
    "dvc", "dvctt", "dvc trực tuyến", "doanh nghiệp", "dn", "hợp tác xã", "htx", "hộ", "hộ gia đình",
    "hộ dân", "hộ nghèo", "hộ cận nghèo", "thẻ", "thẻ bhyt", "thẻ căn cước", "tập thể", "cá nhân",
    "trường hợp", "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "tỉnh, thành",
    "tỉnh, thành phố", "địa phương", "đơn vị", "đơn vị hành chính", "cơ quan", "cơ quan báo chí", "sở", "đô thị",
    "loại giấy tờ",
    "sở, ngành", "sở, ban, ngành", "bộ, ngành", "bộ", "ngành", "chỉ tiêu", "tiêu chí", "chỉ số",
    "chỉ số thành phần", "chỉ số nội dung", "chỉ số con", "nhiệm vụ", "giải pháp", "hội nghị", "cuộc",
    "cuộc họp", "cuộc thanh tra", "cuộc kiểm tra", "cuộc đối thoại", "đợt", "buổi", "lớp", "lớp tập huấn",
    "học viên", "kiến nghị", "phản ánh", "phản ánh, kiến nghị", "ý kiến", "đơn", "đơn thư", "vụ",
    "vụ việc", "vụ án", "dự án", "công trình", "văn bản", "văn bản quy phạm pháp luật", "quyết định",
    "nghị quyết", "chương trình", "đề án", "mô hình", "sáng kiến", "cán bộ", "công chức", "viên chức",
    "cán bộ, công chức", "cán bộ, công chức, viên chức", "cán bộ, chiến sĩ", "chiến sĩ", "đảng viên",
    "hội viên", "đoàn viên", "thành viên", "lao động", "người lao động", "học sinh", "sinh viên",
    "giáo viên", "bác sĩ", "bệnh nhân", "ca", "trẻ", "trẻ em", "tài khoản", "tài khoản định danh điện tử",
    "giao dịch", "chữ ký số", "chứng thư số", "căn cước", "căn cước công dân", "cccd", "thuê bao", "sim",
    "máy tính", "thiết bị", "camera", "điểm cầu", "điểm giao dịch", "điểm phục vụ", "trạm", "trường",
    "trường học", "bệnh viện", "trạm y tế", "cơ sở", "cơ sở dữ liệu", "nhà", "căn nhà", "căn hộ", "căn",
    "tuyến", "tuyến đường", "sản phẩm", "sản phẩm ocop", "giấy phép", "giấy chứng nhận", "suất", "suất quà",
    "phần quà", "lĩnh vực", "tổ", "tổ công tác", "tổ công nghệ số cộng đồng", "tổ chức", "đoàn",
    "đội", "ngân hàng", "tin", "bài", "tin, bài", "tin bài", "ý tưởng", "đề tài", "hạng mục", "gian hàng",
    "khu công nghiệp", "kcn", "cụm công nghiệp", "xe", "phương tiện", "chuyến", "thôn", "ấp", "khu phố",
    "tổ dân phố", "bảng xếp hạng", "quốc gia", "nền kinh tế", "quốc gia và nền kinh tế",
    "tỉnh, thành phố trực thuộc trung ương",
    "bộ thủ tục", "quy trình", "quy trình nội bộ", "ứng dụng", "nền tảng", "hệ thống", "trang thông tin",
    "cổng thông tin", "website", "tiện ích", "mẫu", "biểu mẫu", "kết quả", "phiếu", "phiếu khảo sát",
    "người tham gia", "đại biểu", "doanh nhân", "nhà đầu tư", "dự án fdi", "dự án đầu tư", "xã nông thôn mới",
    "km", "ha", "tấn", "m2", "m3", "cây", "bản", "làng", "hộ kinh doanh", "cơ sở sản xuất",
    # index design and reported results (Conventions: "ba trụ cột", "hai nhóm chỉ số", "hai vị trí kế tiếp")
    "trụ cột", "nhóm chỉ số", "nhóm chỉ số thành phần", "vị trí", "trung tâm", "nhân sự", "nghị định",
    "nghị định, nghị quyết", "nước", "bảng", "lĩnh vực ưu tiên", "khâu đột phá", "đột phá",
    "sai phạm", "vi phạm", "câu lạc bộ", "clb", "hợp đồng", "gói thầu", "phương án", "nội dung", "tờ khai",
    "cuộc gọi", "tin nhắn", "phòng học", "lớp học", "chiến dịch", "thủ tục hành chính", "điểm wifi",
    "kiến nghị, phản ánh", "lượt doanh nghiệp", "lượt hồ sơ", "bộ hồ sơ", "thửa đất", "chủ đầu tư",
    "vùng", "vùng kinh tế - xã hội", "khu vực",
    # index design and classification ("8 trục nội dung", "hơn 550 câu hỏi", "chia thành bốn nhóm") and criteria met
    # ("đạt 11/11 tiêu chuẩn"): Conventions count an index's size and the units meeting a condition
    "trục", "trục nội dung", "nội dung thành phần", "câu hỏi", "nhóm", "tiêu chuẩn", "tiêu chí thành phần",
    "bộ chỉ số",
    # records digitised ("3.265.400 dữ liệu hộ tịch") and a profile's strong and weak points ("5 điểm mạnh")
    "dữ liệu", "dữ liệu hộ tịch", "bản ghi", "điểm mạnh", "điểm yếu",
)

# Words that never start a counted noun; a number followed by one of these is no count.
TIME_UNITS = ("năm", "tháng", "quý", "tuần", "ngày", "giờ", "phút", "giây", "thập kỷ", "thế kỷ", "đêm",
              "tiếng", "tuổi", "lần", "nhiệm kỳ", "kỳ")

CURRENCIES = (
    ("đồng", "đồng"), ("vnđ", "đồng"), ("vnd", "đồng"), ("đ", "đồng"), ("usd", "USD"),
    ("đô la mỹ", "USD"), ("đô-la mỹ", "USD"), ("đô la", "USD"), ("đôla", "USD"), ("euro", "EUR"), ("eur", "EUR"),
)
# "đồng" that is not money: đồng bộ, đồng chí, đồng thời, đồng ý ...
NOT_CURRENCY_AFTER_DONG = (
    "bộ", "chí", "thời", "ý", "hành", "bào", "nghiệp", "loạt", "tình", "đều", "phục", "ruộng", "khởi",
    "sáng", "chủ", "thuận", "minh", "cảm", "lòng", "nhất", "tâm", "đội", "hương", "bằng", "tiền",
)
# "điểm" that is a place, not a score ("3 điểm cầu").
PLACE_AFTER_DIEM = ("cầu", "giao dịch", "phục vụ", "tiếp nhận", "trường", "du lịch", "bưu điện", "di tích",
                    "nghẽn", "sáng", "dân cư", "chợ", "đen", "nóng", "thu gom", "tập kết", "ngập", "mạnh", "yếu")

# Contexts where a scaled number without a currency still reads as money ("vốn 3.000 tỷ").
MONEY_CONTEXT = re.compile(
    r"\b(?:vốn|ngân sách|kinh phí|thu nội địa|tổng thu|thu ngân sách|chi ngân sách|doanh thu|giá trị|tổng mức|"
    r"giải ngân|đầu tư|thuế|tiền|grdp|gdp|kim ngạch|xuất khẩu|nhập khẩu|dự toán|lợi nhuận|tín dụng|dư nợ|"
    r"cho vay|tài trợ|bồi thường|thu nhập|lương|chi phí|ngoại tệ|fdi|oda|xuất siêu|nhập siêu)\b"
)

# Qualifier words right before a number (longest first), and the qualifier they give.
QUALIFIERS = (
    ("không vượt quá", "lte"), ("không quá", "lte"), ("tối đa", "lte"), ("nhiều nhất", "lte"),
    ("không dưới", "gte"), ("không thấp hơn", "gte"), ("không ít hơn", "gte"), ("ít nhất", "gte"),
    ("tối thiểu", "gte"), ("chưa đến", "lt"), ("chưa tới", "lt"), ("chưa đầy", "lt"), ("dưới", "lt"),
    ("gần như", "approx"), ("xấp xỉ", "approx"), ("khoảng", "approx"), ("gần", "approx"), ("chừng", "approx"),
    ("ước khoảng", "approx"), ("trên dưới", "approx"), ("hơn", "gt"), ("trên", "gt"), ("ngoài", "gt"),
    ("trên mốc", "gt"), ("trên ngưỡng", "gt"), ("dưới mốc", "lt"), ("dưới ngưỡng", "lt"),
)

# Verbs right before a number that make it a change, and their direction.
CHANGE_VERBS = (
    ("tăng thêm", "up"), ("tăng trưởng", "up"),
    ("tăng", "up"), ("thăng", "up"), ("cải thiện", "up"), ("nhích", "up"), ("vươn", "up"),
    ("thêm", "up"), ("nhiều hơn", "up"), ("cao hơn", "up"), ("lớn hơn", "up"),
    ("sụt giảm", "down"), ("giảm", "down"), ("tụt", "down"), ("sụt", "down"), ("hạ", "down"), ("lùi", "down"),
    ("ít hơn", "down"), ("thấp hơn", "down"), ("kém", "down"), ("mất", "down"),
    # the size of an economy or budget grows or shrinks ("quy mô … mở rộng hơn 3,5 nghìn tỷ đồng so với cùng kỳ")
    ("mở rộng", "up"), ("thu hẹp", "down"),
)
UP_WORDS = re.compile(r"\b(?:tăng|thăng|cải thiện|nhích|vươn lên|nâng)\b")
DOWN_WORDS = re.compile(r"\b(?:giảm|tụt|sụt|hạ|lùi|đi xuống)\b")

# Target cues: a figure after these (in the same clause) is a goal, plan or quota. Verbal cues govern the
# whole clause ("phấn đấu … đạt 80%"); noun cues ("chỉ tiêu … đạt 98,8%") are overridden by a later "đạt".
TARGET_CUES = re.compile(
    r"(?<![^\W\d_])(?:đặt chỉ tiêu|giao chỉ tiêu|chỉ tiêu phấn đấu|"
    r"mục tiêu|chỉ tiêu|phấn đấu|kế hoạch|dự toán|giao|đặt ra|đề ra|nâng(?! cao)|định hướng|"
    r"cần đạt|phải|bảo đảm|yêu cầu|đề nghị|chỉ đạo|"
    r"đảm bảo|quyết tâm|hướng tới|hướng đến|sẽ|đặt mục tiêu|cố gắng|nỗ lực đạt|"
    r"đến năm 20\d\d|đến hết năm 20\d\d|tới năm 20\d\d|tầm nhìn)(?![^\W\d_])"
)
NOUN_TARGET_CUES = ("chỉ tiêu", "kế hoạch", "dự toán", "giao")
# Cue look-alikes: the ministry and departments of planning, numbered plans, "giao" compounds.
NOT_CUE = re.compile(
    r"(?:bộ|sở|phòng|cục|vụ|ban|ủy ban) kế hoạch|ban chỉ đạo|kế hoạch và đầu tư|kế hoạch (?:số|\d)|"
    r"(?:bàn|chuyển|tiếp|ngoại|xã|bang) giao|giao (?:dịch|thông|ban|lưu|diện|nhận|tiếp|thương|đất|rừng|hàng|"
    r"hữu|quyền|khoán|kết|thoa|liên|tranh|hòa|nộp)|giao (?:cho )?(?:từng|các|mỗi)|"
    r"(?:lũy kế|tính|tính từ|từ) (?:đến|tới) (?:hết |cuối )?năm|"
    r"phải (?:sửa|chăng|không|là|nói|thừa nhận)|bảo đảm (?:an|xã hội)|đảm bảo (?:an|xã hội)|"
    # "Bộ chỉ số chỉ đạo, điều hành …", "công tác chỉ đạo, điều hành": the noun (management), no directive
    r"chỉ đạo,? điều hành|(?:công tác|sự|chỉ số) chỉ đạo"
)
# Directive verbs: the units they address ("yêu cầu các sở, ngành và 168 xã") are no goals.
DIRECTIVE_CUES = ("yêu cầu", "đề nghị", "chỉ đạo", "giao")
ADDRESSEE_UNITS = re.compile(r"^(?:xã|phường|huyện|quận|thị xã|thành phố|tỉnh|sở|ngành|bộ|địa phương|đơn vị|cơ quan|"
                             r"đặc khu|thị trấn|huyện, thành phố|sở, ngành)")
# Words that turn a clause back into a reported result. "kết quả" naming what a goal measures ("kết quả Bộ chỉ số
# 766 đạt từ 85 điểm", "số hóa hồ sơ, kết quả giải quyết thủ tục") is a noun of the goal, not a report.
LEVEL_RESETS = re.compile(
    r"(?<![^\W\d_])(?:đã|đạt được|thực hiện được|kết quả(?! (?:giải quyết|bộ chỉ số|chỉ số))|thực tế|hiện nay|"
    r"hiện đã|hiện có|tính đến|lũy kế|"
    r"vượt|ước đạt|ước tính|ước thực hiện|ước|dự kiến|năm qua|thực hiện đạt)(?![^\W\d_])"
)

# Words before a number that make it an identifier, not a quantity ("Nghị định 61", "Đề án 06").
ID_WORDS = (
    "nghị định", "nghị quyết", "quyết định", "thông tư", "chỉ thị", "công văn", "văn bản", "kế hoạch",
    "đề án", "chương trình", "bộ chỉ số", "luật", "điều", "khoản", "mục", "chương", "phụ lục", "tờ trình",
    "báo cáo", "thông báo", "hướng dẫn", "quy định", "kết luận", "số", "mã", "ký hiệu", "quốc lộ", "ql",
    "tỉnh lộ", "đt", "đường", "tổ", "ấp", "khu phố", "khóa", "phòng", "tầng", "lô", "thửa", "căn hộ",
    "kỳ họp", "phiên", "phiên họp", "lần", "đợt", "hạng mục", "mức độ", "cấp độ", "loại",
    "lớp", "khối", "tiêu chí", "hotline", "điện thoại", "tổng đài", "zalo", "fax", "phiên bản",
    "vành đai", "cao tốc", "tuyến", "khu", "cụm", "kcn", "cổng", "bến", "cầu", "hội nghị", "đại hội",
    "bệnh viện", "trường", "quận", "phường", "xã", "huyện", "tiểu khu", "bản", "thôn", "tập", "trang", "covid",
    "quý", "tháng", "năm", "ngày", "tuần", "thứ", "nghị quyết số", "iso", "top", "tốp", "euro",
)

# Words after a number that make it anaphoric ("3 nội dung nói trên").
ANAPHORA_AFTER = re.compile(r"^(?:[^\W\d_]+ ){1,3}(?:nói trên|trên đây|kể trên|nêu trên|vừa nêu|nói trên,)")

# Ranking vocabulary.
RANK_VERBS = r"(?:xếp(?: hạng)?|đứng|giữ(?: vững)?|vươn lên|lên|tụt(?: xuống)?|xuống|ở|nằm|đạt|chiếm|là|duy trì)"
RANK_NAMING = re.compile(
    r"^[^;.]{0,80}?\b(?:cả nước|toàn quốc|khu vực|vùng|toàn tỉnh|các tỉnh|bảng xếp hạng|xếp hạng|chỉ số|"
    r"kết quả|về|trong|ở|par index|pci|pgi|papi|sipas|dti|ict|gii|efi|egdi|thế giới|bảng|khối)\b"
)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """Regex alternation of phrases, longest first, spaces matching one space."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
