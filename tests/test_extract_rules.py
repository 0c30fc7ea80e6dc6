"""Fact rules on hand-written sentences in the style of Vietnamese government news.

Each case lists every fact the sentence must yield (and no other): the span text, then kind, role,
direction, value, qualifier, out_of, value_max. The sentences are written for these tests; the figures
are illustrative.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_document

F = tuple  # (text, kind, role, direction, value, qualifier, out_of, value_max)

CASES: list[tuple[str, list[F]]] = [
    # --- percent, level, qualifiers ---
    ("Năm 2024, tỷ lệ hồ sơ giải quyết trước và đúng hạn của tỉnh đạt 97,45%.",
     [("97,45%", "percent", "level", None, 97.45, "exact", None, None)]),
    ("Toàn huyện có khoảng 85% hộ gia đình sử dụng nước sạch.",
     [("khoảng 85%", "percent", "level", None, 85, "approx", None, None)]),
    ("Tỷ lệ thanh toán trực tuyến đạt gần 60%, tỷ lệ số hóa hồ sơ đạt trên 92%.",
     [("gần 60%", "percent", "level", None, 60, "approx", None, None),
      ("trên 92%", "percent", "level", None, 92, "gt", None, None)]),
    ("Có tới mười lăm phần trăm số xã chưa kết nối mạng cáp quang.",
     [("mười lăm phần trăm", "percent", "level", None, 15, "exact", None, None)]),
    ("Các đơn vị có tỷ lệ từ 90% trở lên được xếp loại tốt; dưới 70% bị nhắc nhở.",
     [("từ 90% trở lên", "percent", "level", None, 90, "gte", None, None),
      ("dưới 70%", "percent", "level", None, 70, "lt", None, None)]),
    ("Tỷ lệ hài lòng của tổ chức, cá nhân dao động từ 88 đến 93%.",
     [("từ 88 đến 93%", "percent", "level", None, 88, "range", None, 93)]),
    ("Tỷ lệ hộ nghèo giảm còn 1,8%.",
     [("1,8%", "percent", "level", None, 1.8, "exact", None, None)]),
    ("Tỷ lệ hồ sơ trực tuyến toàn trình tăng lên 61,2%.",
     [("61,2%", "percent", "level", None, 61.2, "exact", None, None)]),
    # --- percent, change ---
    ("Kim ngạch xuất khẩu tăng 12,3% so với cùng kỳ năm trước.",
     [("12,3%", "percent", "change", "up", 12.3, "exact", None, None)]),
    ("Tỷ lệ hồ sơ trễ hạn giảm 0,6 điểm phần trăm so với năm 2023.",
     [("0,6 điểm phần trăm", "percent", "change", "down", 0.6, "exact", None, None)]),
    ("Số doanh nghiệp giải thể giảm mạnh 14%, trong khi vốn đăng ký tăng nhẹ 2,1%.",
     [("14%", "percent", "change", "down", 14, "exact", None, None),
      ("2,1%", "percent", "change", "up", 2.1, "exact", None, None)]),
    # --- targets ---
    ("Tỉnh phấn đấu đến năm 2025 có 80% hồ sơ được giải quyết trực tuyến toàn trình.",
     [("80%", "percent", "target", None, 80, "exact", None, None)]),
    ("Mục tiêu năm 2025 là 100% xã, phường có tổ công nghệ số cộng đồng.",
     [("100%", "percent", "target", None, 100, "exact", None, None)]),
    ("UBND tỉnh đặt chỉ tiêu tỷ lệ hài lòng đạt ít nhất 90% và số hóa 95% kết quả giải quyết.",
     [("ít nhất 90%", "percent", "target", None, 90, "gte", None, None),
      ("95%", "percent", "target", None, 95, "exact", None, None)]),
    ("Kết quả giải quyết đúng hạn đạt 99,1%, vượt chỉ tiêu Tỉnh ủy giao (97%).",
     [("99,1%", "percent", "level", None, 99.1, "exact", None, None),
      ("97%", "percent", "target", None, 97, "exact", None, None)]),
    ("Tỉnh đã thu hút vượt 12% chỉ tiêu vốn đầu tư được giao.",
     [("12%", "percent", "level", None, 12, "exact", None, None)]),
    ("Kế hoạch đề ra là nâng tỷ lệ người dân có tài khoản định danh điện tử lên 70%.",
     [("70%", "percent", "target", None, 70, "exact", None, None)]),
    ("Năm nay, tỉnh phấn đấu giảm 1 điểm phần trăm tỷ lệ hộ nghèo.",
     [("1 điểm phần trăm", "percent", "target", "down", 1, "exact", None, None)]),
    ("Thu ngân sách ước đạt 18.500 tỷ đồng, bằng 104% dự toán.",
     [("18.500 tỷ đồng", "money", "level", None, 18.5e12, "exact", None, None),
      ("104%", "percent", "level", None, 104, "exact", None, None)]),
    # --- ranks ---
    ("Với kết quả này, tỉnh xếp thứ 7/63 tỉnh, thành phố, tăng 5 bậc so với năm trước.",
     [("thứ 7/63 tỉnh, thành phố", "rank", "level", None, 7, "exact", 63, None),
      ("5 bậc", "rank", "change", "up", 5, "exact", None, None)]),
    ("Chỉ số SIPAS của tỉnh đứng thứ 12 trên 63 địa phương.",
     [("thứ 12 trên 63", "rank", "level", None, 12, "exact", 63, None)]),
    ("Năm 2023, huyện tụt 3 hạng, xuống vị trí thứ 9 trong khối cấp huyện.",
     [("3 hạng", "rank", "change", "down", 3, "exact", None, None),
      ("vị trí thứ 9", "rank", "level", None, 9, "exact", None, None)]),
    ("Chỉ số PAPI của tỉnh dẫn đầu cả nước năm 2023.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None)]),
    ("Thị xã tiếp tục đứng thứ hai toàn tỉnh về chỉ số cải cách hành chính.",
     [("thứ hai", "rank", "level", None, 2, "exact", None, None)]),
    ("Tỉnh phấn đấu đưa PCI vào nhóm 10 địa phương dẫn đầu cả nước.",
     [("nhóm 10 địa phương dẫn đầu", "rank", "target", None, 10, "lte", None, None)]),
    ("Theo xếp hạng DTI, thành phố vào tốp 5 và xếp hạng 4 về chính quyền số.",
     [("tốp 5", "rank", "level", None, 5, "lte", None, None),
      ("4", "rank", "level", None, 4, "exact", None, None)]),
    ("Đồng chí Bí thư Tỉnh ủy, người đứng đầu cấp ủy, dẫn đầu đoàn công tác đến thăm doanh nghiệp.", []),
    # --- scores ---
    ("Chỉ số PAR Index của tỉnh đạt 88,51 điểm, tăng 1,27 điểm so với năm 2022.",
     [("88,51 điểm", "score", "level", None, 88.51, "exact", None, None),
      ("1,27 điểm", "score", "change", "up", 1.27, "exact", None, None)]),
    ("Nhóm chỉ số công khai, minh bạch đạt 17,5/18 điểm.",
     [("17,5/18 điểm", "score", "level", None, 17.5, "exact", 18, None)]),
    ("Hội nghị được kết nối tới 120 điểm cầu cấp xã.",
     [("120 điểm cầu", "count", "level", None, 120, "exact", None, None)]),
    # --- counts ---
    ("Trong quý I, Trung tâm tiếp nhận 12.480 hồ sơ, trong đó 11.903 hồ sơ được giải quyết trực tuyến.",
     [("12.480 hồ sơ", "count", "level", None, 12480, "exact", None, None),
      ("11.903 hồ sơ", "count", "level", None, 11903, "exact", None, None)]),
    ("UBND tỉnh khen thưởng 7 tập thể và 21 cá nhân có thành tích xuất sắc.",
     [("7 tập thể", "count", "level", None, 7, "exact", None, None),
      ("21 cá nhân", "count", "level", None, 21, "exact", None, None)]),
    ("Có 14/17 huyện, thành phố hoàn thành chỉ tiêu thu ngân sách.",
     [("14/17 huyện", "count", "level", None, 14, "exact", 17, None)]),
    ("Toàn tỉnh có hơn 2,2 nghìn doanh nghiệp thành lập mới, ít hơn 126 doanh nghiệp so với cùng kỳ.",
     [("hơn 2,2 nghìn doanh nghiệp", "count", "level", None, 2200, "gt", None, None),
      ("126 doanh nghiệp", "count", "change", "down", 126, "exact", None, None)]),
    ("Đã cấp hơn một triệu thẻ bảo hiểm y tế cho người dân.",
     [("hơn một triệu thẻ", "count", "level", None, 1e6, "gt", None, None)]),
    ("Mỗi xã phải thành lập ít nhất một tổ công nghệ số cộng đồng.",
     [("ít nhất một tổ công nghệ số cộng đồng", "count", "target", None, 1, "gte", None, None)]),
    # --- money ---
    ("Tổng vốn đầu tư đăng ký đạt 1,25 tỷ USD, tăng thêm 134,5 triệu USD.",
     [("1,25 tỷ USD", "money", "level", None, 1.25e9, "exact", None, None),
      ("134,5 triệu USD", "money", "change", "up", 134.5e6, "exact", None, None)]),
    ("Thu nhập bình quân đầu người đạt 98,4 triệu đồng/người/năm.",
     [("98,4 triệu đồng/người", "money", "level", None, 98.4e6, "exact", None, None)]),
    ("Tổng kinh phí thực hiện dự án khoảng 3.200 tỷ.",
     [("khoảng 3.200 tỷ", "money", "level", None, 3.2e12, "approx", None, None)]),
    ("GRDP bình quân đầu người cao hơn 377 USD so với năm trước.",
     [("377 USD", "money", "change", "up", 377, "exact", None, None)]),
    # --- round 2: growth by surface form (Conventions) ---
    ("Huyện có mức tăng thu ngân sách 14,2%, cao nhất trong tỉnh.",
     [("14,2%", "percent", "change", "up", 14.2, "exact", None, None)]),
    ("Ba huyện có mức tăng dưới 5%, trong khi huyện miền núi đạt mức tăng trưởng từ 9% trở lên.",
     [("Ba huyện", "count", "level", None, 3, "exact", None, None),
      ("dưới 5%", "percent", "change", "up", 5, "lt", None, None),
      ("từ 9% trở lên", "percent", "level", None, 9, "gte", None, None)]),
    ("Tốc độ tăng GRDP của các huyện dao động từ 4,1% đến 9,7%.",
     [("từ 4,1% đến 9,7%", "percent", "level", None, 4.1, "range", None, 9.7)]),
    ("Có 8/10 huyện tăng trưởng trên 6%; nhóm tăng trưởng ổn định từ 5% đến 6% gồm hai huyện.",
     [("8/10 huyện", "count", "level", None, 8, "exact", 10, None),
      ("trên 6%", "percent", "change", "up", 6, "gt", None, None),
      ("từ 5% đến 6%", "percent", "change", "up", 5, "range", None, 6),
      ("hai huyện", "count", "level", None, 2, "exact", None, None)]),
    ("Thương mại và vận tải tăng cao nhất với lần lượt 12,4% và 10,9%.",
     [("12,4%", "percent", "change", "up", 12.4, "exact", None, None),
      ("10,9%", "percent", "change", "up", 10.9, "exact", None, None)]),
    ("Các xã đều tăng so với năm trước (tăng cao nhất 6,2%, thấp nhất 0,4%).",
     [("6,2%", "percent", "change", "up", 6.2, "exact", None, None),
      ("0,4%", "percent", "change", "up", 0.4, "exact", None, None)]),
    ("Quý III tăng 6,9%, cao hơn mức tăng của quý II (5,7%).",
     [("6,9%", "percent", "change", "up", 6.9, "exact", None, None),
      ("5,7%", "percent", "change", "up", 5.7, "exact", None, None)]),
    ("Tỷ lệ này cao hơn bình quân chung của khu vực khoảng 4 điểm phần trăm.",
     [("khoảng 4 điểm phần trăm", "percent", "change", "up", 4, "approx", None, None)]),
    ("Điểm của tỉnh cao hơn mức trung bình cả nước (62,1 điểm).",
     [("62,1 điểm", "score", "level", None, 62.1, "exact", None, None)]),
    ("Năm 2023 tăng trưởng 7,2%, vượt kế hoạch đề ra (7%); thu ngân sách đạt 9.100 tỷ đồng.",
     [("7,2%", "percent", "change", "up", 7.2, "exact", None, None),
      ("7%", "percent", "target", None, 7, "exact", None, None),
      ("9.100 tỷ đồng", "money", "level", None, 9.1e12, "exact", None, None)]),
    ("Thành phố vẫn nằm trong nhóm 20 địa phương có chỉ số tốt nhất cả nước.",
     [("nhóm 20 địa phương", "rank", "level", None, 20, "lte", None, None)]),
    ("Nhóm 12 tỉnh có điểm cao nhất tập trung ở phía Bắc.",
     [("12 tỉnh", "count", "level", None, 12, "exact", None, None)]),
    # --- round 2: rank phrases with no digit (Conventions) ---
    ("Chỉ số SIPAS 2024: Hậu Giang giữ vững ngôi đầu cả nước.",
     [("ngôi đầu", "rank", "level", None, 1, "exact", None, None)]),
    ("Trong bảng xếp hạng DTI cấp huyện, thị xã lần đầu giành ngôi quán quân.",
     [("quán quân", "rank", "level", None, 1, "exact", None, None)]),
    ("Huyện Cần Giờ: từ nhóm trung bình lên á quân", [("á quân", "rank", "level", None, 2, "exact", None, None)]),
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh cao nhất cả nước, đạt 96,3%.",
     [("cao nhất cả nước", "rank", "level", None, 1, "exact", None, None),
      ("96,3%", "percent", "level", None, 96.3, "exact", None, None)]),
    ("Tỉnh Bến Tre là địa phương đầu tiên hoàn thành việc số hóa sổ hộ tịch.",
     [("đầu tiên", "rank", "level", None, 1, "exact", None, None)]),
    ("Năm nay, thành phố cùng lúc đứng đầu 3 bảng xếp hạng PAR Index, SIPAS và DTI.",
     [("đứng đầu", "rank", "level", None, 1, "exact", None, None),
      ("3 bảng xếp hạng", "count", "level", None, 3, "exact", None, None)]),
    ("Việt Nam có 2 chỉ số đứng đầu thế giới về xuất khẩu sáng tạo.",
     [("2 chỉ số", "count", "level", None, 2, "exact", None, None),
      ("đứng đầu", "rank", "level", None, 1, "exact", None, None)]),
    ("Phần Lan, Hàn Quốc và Singapore tiếp tục dẫn đầu bảng xếp hạng.", []),
    ("Về Chỉ số PAPI, ba địa phương dẫn đầu là Bến Tre, Trà Vinh và Vĩnh Long.",
     [("ba địa phương", "count", "level", None, 3, "exact", None, None)]),
    ("Để tiếp tục giữ vững ngôi đầu, huyện tập trung cải cách thủ tục.", []),
    ("Mức giải ngân năm nay cao nhất từ trước tới nay.", []),
    ("Năm thứ hai liên tiếp, lần đầu tiên tỉnh tổ chức hội nghị đối thoại.", []),
    # --- round 2: counts of results and of an index's design; set names and addressees are not ---
    ("Bộ chỉ số gồm bốn trụ cột và hai nhóm chỉ số bổ trợ.",
     [("bốn trụ cột", "count", "level", None, 4, "exact", None, None),
      ("hai nhóm chỉ số", "count", "level", None, 2, "exact", None, None)]),
    ("Trong số 40 quốc gia được khảo sát, Việt Nam là một trong năm nước có mức tăng cao.",
     [("40 quốc gia", "count", "level", None, 40, "exact", None, None),
      ("năm nước", "count", "level", None, 5, "exact", None, None)]),
    ("Đến nay đã thành lập 212 trung tâm, bình quân mỗi trung tâm có 5 nhân sự.",
     [("212 trung tâm", "count", "level", None, 212, "exact", None, None),
      ("5 nhân sự", "count", "level", None, 5, "exact", None, None)]),
    ("Chỉ số PCI của tỉnh tăng 4 vị trí so với năm trước.",
     [("4 vị trí", "rank", "change", "up", 4, "exact", None, None)]),
    ("Tính theo 34 tỉnh, thành phố mới, 9 địa phương tăng trưởng trên 8%.",
     [("9 địa phương", "count", "level", None, 9, "exact", None, None),
      ("trên 8%", "percent", "change", "up", 8, "gt", None, None)]),
    ("Lần đầu tiên cả 63 tỉnh, thành phố đều công khai kết quả.",
     [("63 tỉnh, thành phố", "count", "level", None, 63, "exact", None, None)]),
    ("UBND tỉnh yêu cầu các sở, ngành và 45 xã, phường triển khai ngay.", []),
    ("Năm 2022 - năm tỉnh bứt phá - nhiều chỉ số thành phần tăng mạnh.", []),
    ("Năm tỉnh có tỷ lệ hộ nghèo dưới 2%.",
     [("Năm tỉnh", "count", "level", None, 5, "exact", None, None),
      ("dưới 2%", "percent", "level", None, 2, "lt", None, None)]),
    ("Chỉ cần cải thiện vài phần mười điểm là tỉnh có thể lên hạng.", []),
    # --- round 2: unlabelled figures that take a unit from their context; English-style figures ---
    ("Điểm PCI của huyện giảm từ 66,15 xuống 64,02 điểm.",
     [("66,15", "score", "level", None, 66.15, "exact", None, None),
      ("64,02 điểm", "score", "level", None, 64.02, "exact", None, None)]),
    ("Tỉnh nâng mục tiêu thu hút vốn từ 2,5 lên 3 tỷ USD.",
     [("2,5", "money", "target", None, 2.5e9, "exact", None, None),
      ("3 tỷ USD", "money", "target", None, 3e9, "exact", None, None)]),
    ("Thị xã tăng bảy bậc, với tổng điểm 81,37, đứng thứ 3 toàn tỉnh.",
     [("bảy bậc", "rank", "change", "up", 7, "exact", None, None),
      ("81,37", "score", "level", None, 81.37, "exact", None, None),
      ("thứ 3", "rank", "level", None, 3, "exact", None, None)]),
    ("Năm 2022, EGDI của Campuchia là 0,5056, thấp hơn mức trung bình khu vực (0,6593).",
     [("0,5056", "score", "level", None, 0.5056, "exact", None, None),
      ("0,6593", "score", "level", None, 0.6593, "exact", None, None)]),
    ("Bản tiếng Anh ghi: “The country's EGDI value rose to 0.6821 and it ranked 64th among 193 Member States.”",
     [("0.6821", "score", "level", None, 0.6821, "exact", None, None),
      ("64th among 193", "rank", "level", None, 64, "exact", 193, None)]),
    ("Số liệu gốc ghi: “GNI per capita (current US$): 3,812.5 (2022)”.",
     [("3,812.5", "money", "level", None, 3812.5, "exact", None, None)]),
    ("Hệ số Gini của tỉnh là 0,36 và tỷ số giới tính khi sinh là 1,12.", []),
    # --- round 2: more rank and score phrasings ---
    ("Thứ hạng của huyện năm nay là 18.", [("18", "rank", "level", None, 18, "exact", None, None)]),
    ("Thị xã xếp thứ tư toàn tỉnh và đứng thứ nhì khu vực phía Nam.",
     [("thứ tư", "rank", "level", None, 4, "exact", None, None),
      ("thứ nhì", "rank", "level", None, 2, "exact", None, None)]),
    ("Tỉnh vẫn nằm trong top 20 của cả nước về DTI.", [("top 20", "rank", "level", None, 20, "lte", None, None)]),
    ("Trong tốp 10, có 6 địa phương thuộc vùng Đông Nam Bộ.",
     [("6 địa phương", "count", "level", None, 6, "exact", None, None)]),
    ("Chỉ số SIPAS của huyện tụt hạng 6 bậc.", [("6 bậc", "rank", "change", "down", 6, "exact", None, None)]),
    ("Điểm số của Sở năm nay là 91,4/100.", [("91,4/100", "score", "level", None, 91.4, "exact", 100, None)]),
    ("Đây là điểm số cao nhất của huyện kể từ năm 2015.", []),
    ("Qua thanh tra phát hiện 9 sai phạm; toàn huyện có 37 câu lạc bộ.",
     [("9 sai phạm", "count", "level", None, 9, "exact", None, None),
      ("37 câu lạc bộ", "count", "level", None, 37, "exact", None, None)]),
    # --- round 2: rank lists, shared denominators, shares, bare index ranges ---
    ("Ở khối huyện, lần lượt xếp thứ 2, 3 và 4 là Cái Bè, Cai Lậy và Gò Công.",
     [("thứ 2", "rank", "level", None, 2, "exact", None, None),
      ("3", "rank", "level", None, 3, "exact", None, None),
      ("4", "rank", "level", None, 4, "exact", None, None)]),
    ("Về trụ cột, chính quyền số thứ 8, kinh tế số thứ 19 và xã hội số thứ 6 trong số 63 địa phương.",
     [("thứ 8", "rank", "level", None, 8, "exact", 63, None),
      ("thứ 19", "rank", "level", None, 19, "exact", 63, None),
      ("thứ 6 trong số 63 địa phương", "rank", "level", None, 6, "exact", 63, None)]),
    ("Có 14 trong tổng số 20 sở, ngành đạt loại xuất sắc.",
     [("14 trong tổng số 20 sở, ngành", "count", "level", None, 14, "exact", 20, None)]),
    ("Điểm DTI của các huyện dao động từ khoảng 0,3 đến gần 0,5.",
     [("khoảng 0,3 đến gần 0,5", "score", "level", None, 0.3, "range", None, 0.5)]),
    ("Sở được đánh giá 92/100 điểm.", [("92/100 điểm", "score", "level", None, 92, "exact", 100, None)]),
    ("Tổng điểm của huyện năm 2024 là 87,45, tăng 1,2 điểm.",
     [("87,45", "score", "level", None, 87.45, "exact", None, None),
      ("1,2 điểm", "score", "change", "up", 1.2, "exact", None, None)]),
    ("Bình Dương và Đồng Nai tăng cao nhất cả nước.", []),
    ("Bộ Tài nguyên và Môi trường vươn lên vị trí đầu bảng khối bộ, ngành.",
     [("vị trí đầu bảng", "rank", "level", None, 1, "exact", None, None)]),
    ("Tỉnh được xếp hạng cao ở 5 lĩnh vực.", [("5 lĩnh vực", "count", "level", None, 5, "exact", None, None)]),
    ("Năm nay, số hồ sơ nộp qua Cổng dịch vụ công quốc gia đạt hơn 2,4 triệu.",
     [("hơn 2,4 triệu", "count", "level", None, 2.4e6, "gt", None, None)]),
    ("Số lượng người tham gia khảo sát năm nay là 1.250.",
     [("1.250", "count", "level", None, 1250, "exact", None, None)]),
    ("Có 4 huyện giảm, nơi giảm nhiều nhất là 1,84% và ít nhất là 0,12%.",
     [("4 huyện", "count", "level", None, 4, "exact", None, None),
      ("1,84%", "percent", "change", "down", 1.84, "exact", None, None),
      ("0,12%", "percent", "change", "down", 0.12, "exact", None, None)]),
    ("Cả 5/5 vùng đều tăng điểm, 2 vùng còn lại giữ nguyên.",
     [("5/5 vùng", "count", "level", None, 5, "exact", 5, None),
      ("2 vùng", "count", "level", None, 2, "exact", None, None)]),
    ("Doanh thu du lịch đạt 65% so kế hoạch, tăng 12,4% so với cùng kỳ.",
     [("65%", "percent", "level", None, 65, "exact", None, None),
      ("12,4%", "percent", "change", "up", 12.4, "exact", None, None)]),
    ("Lạm phát 9 tháng tăng 3,1%, thấp hơn mức tăng 3,6% của cùng kỳ.",
     [("3,1%", "percent", "change", "up", 3.1, "exact", None, None),
      ("3,6%", "percent", "change", "up", 3.6, "exact", None, None)]),
    ("Kinh tế số đạt 0,6418, tăng 9,2%; tiếp theo là Cần Thơ (0,6203).",
     [("0,6418", "score", "level", None, 0.6418, "exact", None, None),
      ("9,2%", "percent", "change", "up", 9.2, "exact", None, None),
      ("0,6203", "score", "level", None, 0.6203, "exact", None, None)]),
    # --- round 3: leaders named by their figure, group labels, index design counts ---
    ("Thành phố Cần Thơ đứng đầu bảng với 93,08%, tăng 2 bậc so với năm trước.",
     [("đứng đầu", "rank", "level", None, 1, "exact", None, None),
      ("93,08%", "percent", "level", None, 93.08, "exact", None, None),
      ("2 bậc", "rank", "change", "up", 2, "exact", None, None)]),
    ("Ở khối sở, ngành, Sở Tư pháp dẫn đầu khối này với 95,2 điểm.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("95,2 điểm", "score", "level", None, 95.2, "exact", None, None)]),
    ("Về vốn FDI, nhà đầu tư Hàn Quốc dẫn đầu với 41 dự án.",
     [("41 dự án", "count", "level", None, 41, "exact", None, None)]),
    ("Ông Trần Văn B dẫn đầu đoàn với 12 thành viên.",
     [("12 thành viên", "count", "level", None, 12, "exact", None, None)]),
    ("Huyện đạt 45,9 điểm, thuộc nhóm 4 huyện có điểm cao nhất toàn tỉnh.",
     [("45,9 điểm", "score", "level", None, 45.9, "exact", None, None),
      ("nhóm 4 huyện", "rank", "level", None, 4, "lte", None, None)]),
    ("Tỉnh có 5/7 trục nội dung thuộc nhóm điểm cao nhất cả nước.",
     [("5/7 trục nội dung", "count", "level", None, 5, "exact", 7, None)]),
    ("Bảng hỏi có 26 nội dung thành phần và hơn 480 câu hỏi; kết quả được chia thành ba nhóm.",
     [("26 nội dung thành phần", "count", "level", None, 26, "exact", None, None),
      ("hơn 480 câu hỏi", "count", "level", None, 480, "gt", None, None),
      ("ba nhóm", "count", "level", None, 3, "exact", None, None)]),
    ("Theo thẩm định, thị xã đã đạt 9/9 tiêu chuẩn của đô thị loại III.",
     [("9/9 tiêu chuẩn", "count", "level", None, 9, "exact", 9, None)]),
    # --- round 3: goals whose subject is "kết quả …" stay goals ---
    ("Huyện đặt mục tiêu đến cuối năm, kết quả Bộ chỉ số 766 của huyện đạt từ 88 điểm trở lên; tỷ lệ số hóa hồ sơ, "
     "kết quả giải quyết thủ tục hành chính đạt tối thiểu 75% và không để nhóm chỉ số nào đạt dưới 65%.",
     [("từ 88 điểm trở lên", "score", "target", None, 88, "gte", None, None),
      ("tối thiểu 75%", "percent", "target", None, 75, "gte", None, None),
      ("dưới 65%", "percent", "target", None, 65, "gte", None, None)]),
    ("Mục tiêu đặt ra là 85 điểm, kết quả đánh giá cho thấy huyện đạt 88 điểm.",
     [("85 điểm", "score", "target", None, 85, "exact", None, None),
      ("88 điểm", "score", "level", None, 88, "exact", None, None)]),
    # --- round 3: comparands, growing sizes, set names, index names that look like directives ---
    ("Thu ngân sách của thị xã đạt 9.120 tỷ đồng, chỉ thấp hơn 8 tỉnh, thành phố có số thu lớn nhất.",
     [("9.120 tỷ đồng", "money", "level", None, 9.12e12, "exact", None, None),
      ("8 tỉnh, thành phố", "count", "level", None, 8, "exact", None, None)]),
    ("Quy mô kinh tế 9 tháng ước 41 nghìn tỷ đồng, mở rộng hơn 2,8 nghìn tỷ đồng so với cùng kỳ.",
     [("41 nghìn tỷ đồng", "money", "level", None, 41e12, "exact", None, None),
      ("hơn 2,8 nghìn tỷ đồng", "money", "change", "up", 2.8e12, "gt", None, None)]),
    ("Huyện đã mở rộng 3 tuyến đường liên xã.", [("3 tuyến đường", "count", "level", None, 3, "exact", None, None)]),
    ("An ninh trật tự trên địa bàn 12 xã, thị trấn được giữ vững; đây là kỳ cuối trên bản đồ 63 tỉnh, thành phố.", []),
    ("Tính đến ngày 5/8, huyện đạt 80,1 điểm Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, "
     "xếp thứ 9/12 huyện.",
     [("80,1 điểm", "score", "level", None, 80.1, "exact", None, None),
      ("thứ 9/12 huyện", "rank", "level", None, 9, "exact", 12, None)]),
    # --- round 3: streaks after a lead phrase, rank lists in words ---
    ("Về PCI, Bình Dương tiếp tục dẫn đầu năm thứ ba liên tiếp với 70,1 điểm.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("70,1 điểm", "score", "level", None, 70.1, "exact", None, None)]),
    ("Cần Thơ cũng đứng đầu bảng DTI, Hà Nội xếp thứ hai.",
     [("đứng đầu", "rank", "level", None, 1, "exact", None, None),
      ("thứ hai", "rank", "level", None, 2, "exact", None, None)]),
    ("Huế xếp thứ hai (0,7951); Hải Phòng thứ ba (0,7857), TP.HCM thứ tư (0,7770).",
     [("thứ hai", "rank", "level", None, 2, "exact", None, None),
      ("0,7951", "score", "level", None, 0.7951, "exact", None, None),
      ("thứ ba", "rank", "level", None, 3, "exact", None, None),
      ("0,7857", "score", "level", None, 0.7857, "exact", None, None),
      ("thứ tư", "rank", "level", None, 4, "exact", None, None),
      ("0,7770", "score", "level", None, 0.777, "exact", None, None)]),
    ("Các vị trí thứ hai, thứ ba và thứ tư lần lượt thuộc về Huế (70,3 điểm), Đà Nẵng và Cần Thơ.",
     [("thứ hai", "rank", "level", None, 2, "exact", None, None),
      ("thứ ba", "rank", "level", None, 3, "exact", None, None),
      ("thứ tư", "rank", "level", None, 4, "exact", None, None),
      ("70,3 điểm", "score", "level", None, 70.3, "exact", None, None)]),
    # --- round 3: comparisons cut by a contrast, a comparand year, ranks falling to a word ordinal ---
    ("Chỉ số của huyện đạt 81,2%, vẫn cao hơn bình quân nhưng giảm gần 6 điểm phần trăm so với năm trước; "
     "trong khối, huyện từ vị trí dẫn đầu lùi xuống thứ tư.",
     [("81,2%", "percent", "level", None, 81.2, "exact", None, None),
      ("gần 6 điểm phần trăm", "percent", "change", "down", 6, "approx", None, None),
      ("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("thứ tư", "rank", "level", None, 4, "exact", None, None)]),
    ("Năm nay điểm của tỉnh là 85,1%, thấp hơn năm trước 0,5 điểm phần trăm.",
     [("85,1%", "percent", "level", None, 85.1, "exact", None, None),
      ("0,5 điểm phần trăm", "percent", "change", "down", 0.5, "exact", None, None)]),
    # --- round 3: bare figures in a list of parallel clauses count what the first clause counted ---
    ("Kết quả chia các huyện thành ba nhóm: nhóm khá có 4 huyện; nhóm trung bình 5; nhóm yếu 2.",
     [("ba nhóm", "count", "level", None, 3, "exact", None, None),
      ("4 huyện", "count", "level", None, 4, "exact", None, None),
      ("5", "count", "level", None, 5, "exact", None, None),
      ("2", "count", "level", None, 2, "exact", None, None)]),
    ("Tỉnh có 120 trường học; năm 2024 tăng 3.",
     [("120 trường học", "count", "level", None, 120, "exact", None, None)]),
    # --- round 3: units meeting a condition counted again, a result inside a top group, a goal group with a pair
    ("Chỉ số có ba trụ cột. Cả ba trụ cột của tỉnh đều trong tốp 10.",
     [("ba trụ cột", "count", "level", None, 3, "exact", None, None),
      ("ba trụ cột", "count", "level", None, 3, "exact", None, None),
      ("tốp 10", "rank", "level", None, 10, "lte", None, None)]),
    ("Chỉ số có ba trụ cột. Huyện nêu 5 giải pháp để thực hiện hiệu quả cả ba trụ cột.",
     [("ba trụ cột", "count", "level", None, 3, "exact", None, None),
      ("5 giải pháp", "count", "level", None, 5, "exact", None, None)]),
    ("Năm 2025, huyện phấn đấu giữ vững vị trí trong nhóm 5 huyện, thành phố dẫn đầu về DTI.",
     [("nhóm 5 huyện, thành phố dẫn đầu", "rank", "target", None, 5, "lte", None, None)]),
    # --- round 3: a numeral pointing back at the units just named is no count; a fresh or forward one is ---
    ("Có 97% cử tri ở Bình Phước và 95% cử tri ở Đồng Nai tán thành. Trước sắp xếp, hai địa phương có quy mô "
     "chênh lệch lớn.",
     [("97%", "percent", "level", None, 97, "exact", None, None),
      ("95%", "percent", "level", None, 95, "exact", None, None)]),
    ("Hội nghị phân tích PCI và PGI năm 2024. Ông cho rằng hai bộ chỉ số là dịp để nhìn lại.", []),
    ("Báo cáo tổng hợp ý kiến của 18.000 người dân ở 61 tỉnh, thành phố; hai địa phương không đủ dữ liệu.",
     [("18.000 người dân", "count", "level", None, 18000, "exact", None, None),
      ("61 tỉnh, thành phố", "count", "level", None, 61, "exact", None, None),
      ("hai địa phương", "count", "level", None, 2, "exact", None, None)]),
    ("Sau Cần Thơ, hai địa phương kế tiếp là Đà Nẵng và Huế.",
     [("hai địa phương", "count", "level", None, 2, "exact", None, None)]),
    # --- round 3: headline "first in the country", "cao nhất tỉnh", measured redo rates, goals with "vượt" ---
    ("Bắc Ninh: Tỉnh đầu tiên cả nước hoàn thành số hóa sổ hộ tịch", [("đầu tiên", "rank", "level", None, 1, "exact",
                                                                    None, None)]),
    ("Đây là năm đầu tiên cả nước triển khai.", []),
    ("Huyện Kim Bảng có tỷ lệ kích hoạt cao nhất tỉnh với hơn 70%.",
     [("cao nhất tỉnh", "rank", "level", None, 1, "exact", None, None),
      ("hơn 70%", "percent", "level", None, 70, "gt", None, None)]),
    ("Lãi suất huy động cao nhất tỉnh kể từ năm 2020.", []),
    ("Tỷ lệ hồ sơ phải làm lại do sai thông tin ở mức dưới 2%.",
     [("dưới 2%", "percent", "level", None, 2, "lt", None, None)]),
    ("Tỷ lệ hồ sơ trực tuyến phải đạt tối thiểu 80%.",
     [("tối thiểu 80%", "percent", "target", None, 80, "gte", None, None)]),
    ("UBND tỉnh đặt mục tiêu cả năm tăng trưởng GRDP từ 8% trở lên và thu ngân sách vượt ít nhất 5% dự toán.",
     [("từ 8% trở lên", "percent", "target", "up", 8, "gte", None, None),
      ("ít nhất 5%", "percent", "target", None, 5, "gte", None, None)]),
    ("Khu vực Bình Định cũ tăng 7,1%, khu vực Gia Lai cũ tăng 6,9%. Công nghiệp là động lực chính của hai khu vực, "
     "lần lượt tăng 10,2% và 9,8%.",
     [("7,1%", "percent", "change", "up", 7.1, "exact", None, None),
      ("6,9%", "percent", "change", "up", 6.9, "exact", None, None),
      ("10,2%", "percent", "change", "up", 10.2, "exact", None, None),
      ("9,8%", "percent", "change", "up", 9.8, "exact", None, None)]),
    # --- round 4: comparatives naming the comparand (a goal named again, the country, a unit after "kém") ---
    ("Kế hoạch đặt mục tiêu đạt 95%. Tỷ lệ của huyện hiện vẫn thấp hơn mục tiêu đó 1,4 điểm phần trăm.",
     [("95%", "percent", "target", None, 95, "exact", None, None),
      ("1,4 điểm phần trăm", "percent", "change", "down", 1.4, "exact", None, None)]),
    ("Đến quý III, tỷ lệ mới đạt 48,5%, thấp hơn mục tiêu 55% của năm.",
     [("48,5%", "percent", "level", None, 48.5, "exact", None, None),
      ("55%", "percent", "target", None, 55, "exact", None, None)]),
    ("Tốc độ tăng thu ngân sách của huyện cao hơn cả nước 3,1 điểm phần trăm.",
     [("3,1 điểm phần trăm", "percent", "change", "up", 3.1, "exact", None, None)]),
    ("Điểm PCI của tỉnh đạt 68,02 điểm, thấp hơn điểm trung vị cả nước khoảng 0,9 điểm.",
     [("68,02 điểm", "score", "level", None, 68.02, "exact", None, None),
      ("khoảng 0,9 điểm", "score", "change", "down", 0.9, "approx", None, None)]),
    ("Chỉ số đạt 88,4%, cao hơn giá trị trung bình cả nước (87,1%) hơn 1 điểm phần trăm.",
     [("88,4%", "percent", "level", None, 88.4, "exact", None, None),
      ("87,1%", "percent", "level", None, 87.1, "exact", None, None),
      ("hơn 1 điểm phần trăm", "percent", "change", "up", 1, "gt", None, None)]),
    ("Tỷ lệ đúng hạn của phường đạt 98,7%, cao hơn mức 96,2% của toàn thành phố.",
     [("98,7%", "percent", "level", None, 98.7, "exact", None, None),
      ("96,2%", "percent", "level", None, 96.2, "exact", None, None)]),
    ("Trụ cột hạ tầng kém trụ cột thị trường tới 12,5 điểm; Nam Định còn kém Hải Phòng 4,2 điểm.",
     [("12,5 điểm", "score", "change", "down", 12.5, "exact", None, None),
      ("4,2 điểm", "score", "change", "down", 4.2, "exact", None, None)]),
    # --- round 4: a denominator fronted before or after a rank word is out_of, not a count ---
    ("Với 90,1%, huyện đứng đầu 9 huyện, thị xã của tỉnh về SIPAS.",
     [("90,1%", "percent", "level", None, 90.1, "exact", None, None),
      ("đứng đầu 9 huyện, thị xã", "rank", "level", None, 1, "exact", 9, None)]),
    ("Thành phố dẫn đầu mười hai tỉnh, thành phố vùng duyên hải.",
     [("dẫn đầu mười hai tỉnh, thành phố", "rank", "level", None, 1, "exact", 12, None)]),
    ("Trong 6 tỉnh Tây Bắc, Sơn La tiếp tục dẫn đầu, Lai Châu xếp thứ 4.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", 6, None),
      ("thứ 4", "rank", "level", None, 4, "exact", 6, None)]),
    ("Trong số 45 xã, phường, tính đến cuối tháng, xã Tân An dẫn đầu toàn huyện với 96,3%.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("96,3%", "percent", "level", None, 96.3, "exact", None, None)]),
    ("Ông dẫn đầu 3 đoàn công tác đi học tập kinh nghiệm.",
     [("3 đoàn", "count", "level", None, 3, "exact", None, None)]),
    # --- round 4: a unit placed in a bare top group: a result, or a goal under a goal cue ---
    ("Năm nay, huyện phấn đấu đưa DTI vào nhóm 20, PAR INDEX trở lại nhóm 10 cả nước.",
     [("nhóm 20", "rank", "target", None, 20, "lte", None, None),
      ("nhóm 10", "rank", "target", None, 10, "lte", None, None)]),
    ("Quyết tâm giữ vững nhóm 3", [("nhóm 3", "rank", "target", None, 3, "lte", None, None)]),
    ("“Tỉnh phải trở lại nhóm 20 trong năm nay”", [("nhóm 20", "rank", "target", None, 20, "lte", None, None)]),
    ("PAPI 2024: Bình Định vào nhóm 10, điểm tăng mạnh", [("nhóm 10", "rank", "level", None, 10, "lte", None, None)]),
    ("Năm thứ hai liên tiếp, tỉnh tiếp tục trong tốp 5 cả nước.",
     [("tốp 5", "rank", "level", None, 5, "lte", None, None)]),
    ("Trong nhóm 20, có 9 địa phương thuộc vùng Đông Nam Bộ.",
     [("9 địa phương", "count", "level", None, 9, "exact", None, None)]),
    # --- round 4: thresholds passed or not reached ---
    ("Quý II: tỷ lệ thanh toán trực tuyến vượt 60%",
     [("vượt 60%", "percent", "level", None, 60, "gt", None, None)]),
    ("Năm nay, cả 34 tỉnh, thành phố đều vượt ngưỡng 75% về tỷ lệ hài lòng.",
     [("34 tỉnh, thành phố", "count", "level", None, 34, "exact", None, None),
      ("vượt ngưỡng 75%", "percent", "level", None, 75, "gt", None, None)]),
    ("Còn 4 phường chưa đạt tỷ lệ 70% hồ sơ thanh toán trực tuyến.",
     [("4 phường", "count", "level", None, 4, "exact", None, None),
      ("70%", "percent", "level", None, 70, "lt", None, None)]),
    ("Huyện yêu cầu đến cuối năm không để xã, thị trấn nào dưới 80 điểm.",
     [("dưới 80 điểm", "score", "target", None, 80, "gte", None, None)]),
    # --- round 4: records and profile points counted; bare ordinals continuing a rank list; streaks and years ---
    ("Huyện đã số hóa 215.300 dữ liệu hộ tịch, còn khoảng 8.000 dữ liệu đang cập nhật.",
     [("215.300 dữ liệu hộ tịch", "count", "level", None, 215300, "exact", None, None),
      ("khoảng 8.000 dữ liệu", "count", "level", None, 8000, "approx", None, None)]),
    ("Báo cáo chỉ ra 6 điểm mạnh và 3 điểm yếu của tỉnh.",
     [("6 điểm mạnh", "count", "level", None, 6, "exact", None, None),
      ("3 điểm yếu", "count", "level", None, 3, "exact", None, None)]),
    ("Đồng Nai xếp thứ hai với 0,7011; Bình Dương thứ ba (0,6954), Long An thứ tư.",
     [("thứ hai", "rank", "level", None, 2, "exact", None, None),
      ("0,7011", "score", "level", None, 0.7011, "exact", None, None),
      ("thứ ba", "rank", "level", None, 3, "exact", None, None),
      ("0,6954", "score", "level", None, 0.6954, "exact", None, None),
      ("thứ tư", "rank", "level", None, 4, "exact", None, None)]),
    ("Phiên họp thứ ba của Hội đồng diễn ra sáng nay, Ủy ban thứ tư.", []),
    ("PAPI đạt 44,1 điểm, xếp thứ 7/63, năm thứ ba liên tiếp nằm trong tốp 10.",
     [("44,1 điểm", "score", "level", None, 44.1, "exact", None, None),
      ("thứ 7/63", "rank", "level", None, 7, "exact", 63, None),
      ("tốp 10", "rank", "level", None, 10, "lte", None, None)]),
    ("Đây cũng là năm tỉnh hoàn thành sắp xếp bộ máy.", []),
    ("Có 8 trong 10 địa phương đứng đầu năm nay đã từng vào nhóm này.",
     [("8 trong 10 địa phương", "count", "level", None, 8, "exact", 10, None)]),
    # --- round 4: the set an average is taken over, and rankings pointed back at, are no counts ---
    ("Điểm bình quân SIPAS 2024 của 22 bộ, cơ quan ngang bộ là 84,2%.",
     [("84,2%", "percent", "level", None, 84.2, "exact", None, None)]),
    ("Giá trị trung vị của 12 tỉnh, thành phố trong vùng đạt 66,1 điểm.",
     [("66,1 điểm", "score", "level", None, 66.1, "exact", None, None)]),
    ("Kết quả đánh giá của 22 bộ, ngành được công bố sáng nay.",
     [("22 bộ, ngành", "count", "level", None, 22, "exact", None, None)]),
    ("PCI và PAPI năm nay đều được công bố. Bài viết điểm lại kết quả của tỉnh ở hai bảng xếp hạng.", []),
    ("Tỉnh dẫn đầu cả hai bảng xếp hạng được mong đợi nhất: PCI và PAPI.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("hai bảng xếp hạng", "count", "level", None, 2, "exact", None, None)]),
    # --- round 4: rank 1 named by the leader's figure or by the ranking; a group ends before "và" ---
    ("Bộ Tài chính đứng đầu khối bộ, ngành với 90,4%.",
     [("đứng đầu", "rank", "level", None, 1, "exact", None, None),
      ("90,4%", "percent", "level", None, 90.4, "exact", None, None)]),
    ("Huyện Kiến Xương giành ngôi đầu với 88,2 điểm.",
     [("ngôi đầu", "rank", "level", None, 1, "exact", None, None),
      ("88,2 điểm", "score", "level", None, 88.2, "exact", None, None)]),
    ("PCI 2024: Quảng Ninh về nhất, Hà Giang xếp thứ 63/63",
     [("về nhất", "rank", "level", None, 1, "exact", None, None),
      ("thứ 63/63", "rank", "level", None, 63, "exact", 63, None)]),
    ("Em về nhất cuộc thi chạy việt dã của trường.", []),
    ("Năm nay tỉnh có mặt trong nhóm 5 địa phương có điểm cao nhất và đứng đầu 11 tỉnh vùng duyên hải.",
     [("nhóm 5 địa phương", "rank", "level", None, 5, "lte", None, None),
      ("đứng đầu 11 tỉnh", "rank", "level", None, 1, "exact", 11, None)]),
    # --- distractors: nothing at all ---
    ("Thực hiện Nghị quyết số 35/NQ-CP và Quyết định 1234/QĐ-UBND, tỉnh triển khai Đề án 06.", []),
    ("Theo Nghị định 61, Bộ chỉ số 766 được áp dụng từ năm 2022 trong giai đoạn 2022-2025.", []),
    ("Phong trào “3 không” và Cao điểm “100 ngày đêm” được phát động rộng rãi.", []),
    ("Kỳ họp thứ 18 HĐND tỉnh khóa X diễn ra vào lần thứ hai trong năm.", []),
    ("Điện thoại: 0274.3822.456 - Hotline 1900 1234; Lượt xem: 2.519", []),
    ("Chuyển đổi số | 12.11.2025 - 08h30 | 856 lượt đọc", []),
    ("Phó Chủ tịch UBND tỉnh Trần Văn B (thứ 2 từ trái) trao giấy khen cho các đơn vị.", []),
    ("Thứ Sáu, 14/06/2024 - 07:15 | 1.204 lượt xem | In bài", []),
    ("Người dân được khuyến khích chuyển từ điện thoại 2G sang 4G.", []),
    ("Sau 3 năm triển khai, 6 tháng đầu năm nay tỉnh tiếp tục rà soát các nội dung.", []),
    ("Ông Nguyễn Văn A, Chủ tịch UBND TP. Thủ Dầu Một cho biết, nhiệm kỳ 2020-2025 còn nhiều việc phải làm.", []),
    ("Cả 5 giải pháp nói trên đều được triển khai đồng bộ.", []),
    ("Bộ phận một cửa hoạt động từ 7 giờ 30 phút mỗi ngày.", []),
    # --- round 3: rank 1 named by a block, a scope or the leader's figure ---
    ("Sở Nội vụ dẫn đầu khối sở, ngành; huyện Tam Nông xếp cuối.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None)]),
    ("Khối xã: Tân Sơn dẫn đầu",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None)]),
    ("Xã An Bình dẫn đầu huyện với 96,4%.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("96,4%", "percent", "level", None, 96.4, "exact", None, None)]),
    ("Sở Y tế dẫn đầu với tỷ lệ hồ sơ trực tuyến 88,1%.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("88,1%", "percent", "level", None, 88.1, "exact", None, None)]),
    ("Đà Lạt dẫn đầu với 0,7315, tiếp theo là Bảo Lộc.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None),
      ("0,7315", "score", "level", None, 0.7315, "exact", None, None)]),
    # --- round 3: the comparand's own value after "mức …", before "của" ---
    ("Tỉnh đạt 0,6120, thấp hơn hẳn mức bình quân cấp tỉnh 0,6540 của cả nước.",
     [("0,6120", "score", "level", None, 0.612, "exact", None, None),
      ("0,6540", "score", "level", None, 0.654, "exact", None, None)]),
    ("Thu nhập của huyện vẫn thấp hơn mức bình quân 48,2 triệu đồng/người của toàn tỉnh.",
     [("48,2 triệu đồng/người", "money", "level", None, 48.2e6, "exact", None, None)]),
    # --- round 3: a comparand named between the comparative and the gap ---
    ("Huế đạt 88,10%, cao hơn Quảng Trị 3,25 điểm phần trăm.",
     [("88,10%", "percent", "level", None, 88.1, "exact", None, None),
      ("3,25 điểm phần trăm", "percent", "change", "up", 3.25, "exact", None, None)]),
    ("Ở trụ cột hạ tầng, Lào vẫn thấp hơn Thái Lan và Việt Nam từ 0,2 đến 0,25 điểm.",
     [("từ 0,2 đến 0,25 điểm", "score", "change", "down", 0.2, "range", None, 0.25)]),
    # --- round 3: goals named by a group ---
    ("Đến năm 2026, tỉnh phấn đấu đưa PCI vào nhóm 25 tỉnh, thành phố.",
     [("nhóm 25 tỉnh, thành phố", "rank", "target", None, 25, "lte", None, None)]),
    ("Mục tiêu nhóm 40 và nhóm 20",
     [("nhóm 40", "rank", "target", None, 40, "lte", None, None),
      ("nhóm 20", "rank", "target", None, 20, "lte", None, None)]),
    ("Năm 2026, Bộ đặt mục tiêu nằm trong nhóm 5 bộ, cơ quan ngang bộ dẫn đầu.",
     [("nhóm 5 bộ, cơ quan ngang bộ dẫn đầu", "rank", "target", None, 5, "lte", None, None)]),
    # --- round 3: "đánh giá trên N lĩnh vực" is across, exact; "cao nhất trong N …" points back ---
    ("Chỉ số cấp xã được đánh giá trên 6 lĩnh vực, cấp huyện trên 9 lĩnh vực.",
     [("6 lĩnh vực", "count", "level", None, 6, "exact", None, None),
      ("9 lĩnh vực", "count", "level", None, 9, "exact", None, None)]),
    ("Tỷ lệ này có trên 30 lĩnh vực.",
     [("trên 30 lĩnh vực", "count", "level", None, 30, "gt", None, None)]),
    ("Trụ cột thể chế đạt 0,71 điểm, cao nhất trong bốn trụ cột.",
     [("0,71 điểm", "score", "level", None, 0.71, "exact", None, None)]),
    # --- round 3: growth rates compared with, and "mức tăng" across a period's number ---
    ("Quý III đưa mức tăng của cả 9 tháng lên 8,12%.",
     [("8,12%", "percent", "change", "up", 8.12, "exact", None, None)]),
    ("Mức tăng trưởng của tỉnh cao hơn tốc độ tăng GRDP của vùng (6,8%) và tốc độ tăng GDP của cả nước (6,1%).",
     [("6,8%", "percent", "change", "up", 6.8, "exact", None, None),
      ("6,1%", "percent", "change", "up", 6.1, "exact", None, None)]),
    ("Tốc độ tăng trưởng kinh tế của tỉnh (7,2%) đứng thứ 5 cả nước.",
     [("7,2%", "percent", "level", None, 7.2, "exact", None, None),
      ("thứ 5", "rank", "level", None, 5, "exact", None, None)]),
    # --- round 3: bounds and non-facts ---
    ("Tỉnh phấn đấu mỗi xã đạt từ 85% trở lên và không xã nào dưới 75%.",
     [("từ 85% trở lên", "percent", "target", None, 85, "gte", None, None),
      ("dưới 75%", "percent", "target", None, 75, "gte", None, None)]),
    ("Điểm trung vị năm nay vẫn đứng trên mốc 65 điểm.",
     [("trên mốc 65 điểm", "score", "level", None, 65, "gt", None, None)]),
    ("Trong năm bản lề 2026, các tỉnh cần tăng tốc.", []),
    ("Tốp 5: miền Trung bứt phá", []),
    ("PCI: Bình Định rời tốp 20", []),
    ("Sở Xây dựng thấp hơn giá trị trung bình của khối 4,12 điểm phần trăm.",
     [("4,12 điểm phần trăm", "percent", "change", "down", 4.12, "exact", None, None)]),
    ("Bến Cát là địa phương cấp huyện đầu tiên của tỉnh triển khai mô hình này.",
     [("đầu tiên", "rank", "level", None, 1, "exact", None, None)]),
    ("Đà Nẵng xếp thứ hai, Bình Định (69,10 điểm) thứ ba.",
     [("thứ hai", "rank", "level", None, 2, "exact", None, None),
      ("69,10 điểm", "score", "level", None, 69.1, "exact", None, None),
      ("thứ ba", "rank", "level", None, 3, "exact", None, None)]),
    # --- round 3: fronted sets ---
    ("Trong 10 nước ASEAN, Indonesia lên thứ 4; năm trước Indonesia đứng thứ 5.",
     [("thứ 4", "rank", "level", None, 4, "exact", 10, None),
      ("thứ 5", "rank", "level", None, 5, "exact", None, None)]),
    ("Tính theo 34 tỉnh, thành phố mới, Hưng Yên dẫn đầu về tỷ lệ thanh toán trực tuyến.",
     [("dẫn đầu", "rank", "level", None, 1, "exact", None, None)]),
    ("Nếu đặt vào bảng xếp hạng 63 tỉnh, thành phố cũ, khu vực Bắc Ninh cũ đứng thứ 7/63, khu vực Bắc Giang "
     "cũ thứ 12 và khu vực Hà Nam cũ thứ 20.",
     [("thứ 7/63", "rank", "level", None, 7, "exact", 63, None),
      ("thứ 12", "rank", "level", None, 12, "exact", 63, None),
      ("thứ 20", "rank", "level", None, 20, "exact", 63, None)]),
    ("PCI 2025 vào tốp 20: Bình Định có gì mới?",
     [("tốp 20", "rank", "level", None, 20, "lte", None, None)]),
    # --- round 3: set names, enumerations, ranks by size, goals compared with ---
    ("UBND tỉnh công bố Chỉ số CCHC của 18 sở, ban, ngành và UBND 9 huyện, thị xã.", []),
    ("Điểm của vùng là trung bình cộng của hai tỉnh Bắc Giang và Bắc Ninh.",
     [("hai tỉnh", "count", "level", None, 2, "exact", None, None)]),
    ("Thanh Hóa là tỉnh đông dân thứ ba cả nước.",
     [("thứ ba", "rank", "level", None, 3, "exact", None, None)]),
    ("Hiệu quả công tác của Sở Tài chính cao nhất khối sở.",
     [("cao nhất khối sở", "rank", "level", None, 1, "exact", None, None)]),
    ("Tỷ lệ nộp trực tuyến đạt 35%, thấp hơn nhiều so với mục tiêu 60% mà tỉnh đặt ra.",
     [("35%", "percent", "level", None, 35, "exact", None, None),
      ("mục tiêu 60%", "percent", "target", None, 60, "exact", None, None)]),
    ("So với cuối năm 2024, số thuê bao được kích hoạt tăng thêm khoảng 2,1 triệu.",
     [("khoảng 2,1 triệu", "count", "change", "up", 2.1e6, "approx", None, None)]),
    ("Hai đô thị lớn nhất cả nước gặp khó.",
     [("Hai đô thị", "count", "level", None, 2, "exact", None, None)]),
    # a dateline's day of the week is no rank, a rank before a date still is
    ("Thứ 3, Ngày 08/10/2024 - 09:15\nKon Tum đạt 62,4%.",
     [("62,4%", "percent", "level", None, 62.4, "exact", None, None)]),
    ("Thứ 2, 30/12/2024, 16:10\nBình Dương xếp thứ 7/63.",
     [("thứ 7/63", "rank", "level", None, 7, "exact", 63, None)]),
    ("Tỉnh xếp thứ 3, ngày 8/10 công bố kết quả.",
     [("thứ 3", "rank", "level", None, 3, "exact", None, None)]),
]


def _facts(sentence: str) -> list[tuple]:
    facts = extract_document(sentence, doc_id="t", link=False)
    return [(f.text, f.kind, f.role, f.direction, f.value, f.qualifier, f.out_of, f.value_max) for f in facts]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_sentence(sentence: str, expected: list[F]) -> None:
    got = _facts(sentence)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        text, *fields = e
        assert text in g[0] or g[0] in text, (g, e)
        assert g[1:4] == tuple(fields[:3]), (g, e)
        assert g[4] == pytest.approx(fields[3]), (g, e)
        assert g[5] == fields[4], (g, e)
        assert g[6] == (pytest.approx(fields[5]) if fields[5] is not None else None), (g, e)
        assert g[7] == (pytest.approx(fields[6]) if fields[6] is not None else None), (g, e)


def test_offsets_index_the_nfc_text() -> None:
    decomposed = "Tỷ lệ hài lòng đạt 92,5%.".encode().decode()  # composed input
    import unicodedata

    nfd = unicodedata.normalize("NFD", decomposed)
    (fact,) = extract_document(nfd, doc_id="t", link=False)
    nfc = unicodedata.normalize("NFC", nfd)
    assert nfc[fact.start:fact.end] == fact.text == "92,5%"
    assert fact.sentence_start == 0 and fact.extractor_version


def test_old_tone_marks_and_typographic_characters() -> None:
    text = "Tỉnh Hoà Bình phấn đấu đạt 95%\u00a0hồ sơ — theo chỉ tiêu “giao” năm nay."
    (fact,) = extract_document(text, doc_id="t", link=False)
    assert fact.kind == "percent" and fact.value == 95 and fact.role == "target"


# --- round 2: lists, growth, comparatives, rank phrases, counts, English figures -------------------------

def test_key_indicator_list_reports_results() -> None:
    # "chỉ tiêu chủ yếu" heads a list of results (key indicators), not of goals.
    text = ("Sở Tài chính tổng hợp các chỉ tiêu chủ yếu 6 tháng đầu năm:\n"
            "- Tổng vốn đầu tư toàn xã hội: 35.410 tỷ đồng, tăng 9,8%.\n"
            "- Kim ngạch xuất khẩu: 2,4 tỷ USD.\n")
    got = _facts(text)
    assert [(g[0], g[2]) for g in got] == [("35.410 tỷ đồng", "level"), ("9,8%", "change"),
                                          ("2,4 tỷ USD", "level")]


def test_goal_list_item_label_does_not_reset_the_goal() -> None:
    text = ("UBND huyện giao các chỉ tiêu sau:\n"
            "- Tỷ lệ số hóa kết quả giải quyết hồ sơ: 100%.\n"
            "- Mức độ hài lòng của người dân: không dưới 90%.\n")
    got = _facts(text)
    assert [(g[0], g[2], g[5]) for g in got] == [("100%", "target", "exact"), ("không dưới 90%", "target", "gte")]


def test_a_numeral_with_a_demonstrative_points_back() -> None:
    text = ("Công nghiệp tăng 10,4%, dịch vụ tăng 5,8%. Trên phạm vi cả nước, hai khu vực này lần lượt tăng 8,2% "
            "và 6,9%.")
    assert [g[0] for g in _facts(text)] == ["10,4%", "5,8%", "8,2%", "6,9%"]


def test_a_goal_header_that_mentions_results_and_a_deadline_header() -> None:
    text = ("Để giữ vững kết quả, năm 2025 huyện phấn đấu:\n"
            "- Tỷ lệ hồ sơ trực tuyến đạt từ 90% trở lên;\n"
            "Ban Chỉ đạo yêu cầu đến ngày 31/12/2025:\n"
            "- Tỷ lệ kích hoạt tài khoản định danh điện tử đạt ít nhất 95%.\n")
    assert [(g[0], g[2]) for g in _facts(text)] == [("từ 90% trở lên", "target"), ("ít nhất 95%", "target")]


def test_rankings_led_are_counted_again_with_the_rank_phrase() -> None:
    text = ("Chỉ số gồm bốn trụ cột. Thành phố dẫn đầu cả nước, đồng thời đứng đầu ở cả bốn trụ cột. "
            "Cả bốn trụ cột nói trên đều tăng điểm.")
    got = [(g[0], g[1], g[4]) for g in _facts(text)]
    assert got == [("bốn trụ cột", "count", 4), ("dẫn đầu", "rank", 1), ("đứng đầu", "rank", 1),
                   ("bốn trụ cột", "count", 4)]


# --- round 4: gaps to a named reference, limits, rank lists -----------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a gap to the common level ("mặt bằng chung") or to a reference named before ("trên mốc này") is a change
    ("Như vậy, huyện cao hơn mặt bằng chung 12,5 điểm phần trăm.",
     [("12,5 điểm phần trăm", "change", "up", "exact")]),
    ("Điểm trung vị cả nước là 60,1 điểm; Bắc Kạn đứng trên mốc này 2,3 điểm.",
     [("60,1 điểm", "level", None, "exact"), ("2,3 điểm", "change", "up", "exact")]),
    ("Trong khi đó, Hòa Bình đứng dưới mức đó khoảng 0,8 điểm.",
     [("khoảng 0,8 điểm", "change", "down", "approx")]),
    ("Tỉnh đứng trên mốc 90 điểm.", [("trên mốc 90 điểm", "level", None, "gt")]),
    # "không để … tăng quá N": at most N, a goal
    ("Tỉnh yêu cầu không để tỷ lệ hồ sơ trễ hạn tăng quá 1,5%.", [("quá 1,5%", "target", "up", "lte")]),
    # a share of those who "had to" is measured, "phải" no goal cue there
    ("Khảo sát cho thấy tỷ lệ hộ kinh doanh phải nộp phí ngoài quy định là 12,4%, thấp hơn mức 15,1% của năm trước.",
     [("12,4%", "level", None, "exact"), ("15,1%", "level", None, "exact")]),
])
def test_round4_roles(sentence: str, expected: list[tuple]) -> None:
    got = [(g[0], g[2], g[3], g[5]) for g in _facts(sentence)]
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Theo công bố mới, Bình Dương lần đầu đứng đầu bảng xếp hạng với 72,1 điểm.",
     [("đứng đầu", 1, None), ("72,1 điểm", 72.1, None)]),
    ("Phường Tân An dẫn đầu cấp xã với 88,4%.", [("dẫn đầu", 1, None), ("88,4%", 88.4, None)]),
    ("Hà Nội dẫn đầu năm thứ hai liên tiếp; Bắc Ninh xếp thứ 2.", [("dẫn đầu", 1, None), ("thứ 2", 2, None)]),
    ("Đà Nẵng giữ ngôi đầu chỉ số DTI với 0,81; Hà Nội thứ hai, Bình Dương thứ ba.",
     [("ngôi đầu", 1, None), ("0,81", 0.81, None), ("thứ hai", 2, None), ("thứ ba", 3, None)]),
    # the fronted set reaches the list after ";" but not a rank scoped to the country
    ("Trong 6 tỉnh của vùng, Nam Định dẫn đầu với 70,1 điểm, đồng thời cao nhất cả nước; Thái Bình đứng thứ hai, "
     "Hà Nam thứ ba.",
     [("dẫn đầu", 1, 6), ("70,1 điểm", 70.1, None), ("cao nhất cả nước", 1, None), ("thứ hai", 2, 6),
      ("thứ ba", 3, 6)]),
    ("Trong 11 quốc gia Đông Nam Á, Việt Nam vươn lên thứ 5; kỳ trước Việt Nam xếp thứ 6.",
     [("thứ 5", 5, 11), ("thứ 6", 6, None)]),
])
def test_round4_ranks(sentence: str, expected: list[tuple]) -> None:
    got = [(g[0], g[4], g[6]) for g in _facts(sentence)]
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a growth compared with, named "tốc độ/nhịp tăng … N% của …", after a quota reached: a change, no goal
    ("GRDP của tỉnh tăng 6,8%, đạt chỉ tiêu Nghị quyết đề ra và cao hơn tốc độ tăng GDP 6,5% của cả nước.",
     [("6,8%", "change", "up", "exact"), ("6,5%", "change", "up", "exact")]),
    ("Công nghiệp của tỉnh tăng 9,1%, chậm hơn nhịp tăng 10,2% của cả nước.",
     [("9,1%", "change", "up", "exact"), ("10,2%", "change", "up", "exact")]),
    # "tăng X%, cao hơn mức Y% của …": the other unit's growth; after a level the comparand stays a level
    ("Tại tỉnh, khu vực dịch vụ tăng 6,2%, cao hơn mức 5,9% của cả nước.",
     [("6,2%", "change", "up", "exact"), ("5,9%", "change", "up", "exact")]),
    ("Tỷ lệ hài lòng đạt 92%, cao hơn mức 90% của toàn tỉnh.",
     [("92%", "level", None, "exact"), ("90%", "level", None, "exact")]),
    ("Tỉnh phấn đấu hoàn thành kế hoạch giao, đưa tỷ lệ lên 90%.", [("90%", "target", None, "exact")]),
])
def test_round4_compared_growth(sentence: str, expected: list[tuple]) -> None:
    got = [(g[0], g[2], g[3], g[5]) for g in _facts(sentence)]
    assert got == expected
