"""Closed word classes of Vietnamese the rules rely on: family names,
honorifics and ranks, and the function words and verbs that end a name.

All entries are in the comparable form (casefolded, tone on the first
vowel of "oa/oe/uy"), as produced by ``vntext.comparable``.
"""
from __future__ import annotations

from ..core.vntext import comparable


def _set(words: str) -> frozenset[str]:
    return frozenset(comparable(w) for w in words.split("|"))


# Sino-Vietnamese readings of Chinese family names no Vietnamese family
# bears: a person named so is a Chinese official ("Tập Cận Bình").
CHINESE_SURNAMES = _set("Tập|Lật|Uông|Đổng|Tần|Giả|Tiết")

# Vietnamese family names, and the Chinese ones above.
SURNAMES = CHINESE_SURNAMES | _set(
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lương|Tô|Vương|"
    "Tạ|Trương|Đinh|Mai|Cao|Lâm|Quản|Tòng|Tất|Bạch|Hà|Đoàn|Phùng|Đồng|Triệu|Thái|Châu|La|Kiều|"
    "Chu|Lại|Khổng|Cấn|Văn|Đàm|Đào|Giang|Hứa|Kim|Lưu|Lục|Mạc|Mạnh|Nông|Quách|Thân|Tiêu|"
    "Tôn|Từ|Vi|Viên|Âu|Bế|Chế|Diệp|Doãn|Hầu|Hồng|Khúc|Khương|Lã|Lò|Lường|Mã|Mẫn|Nghiêm|"
    "Ninh|Phí|Phương|Sầm|Thạch|Thào|Tống|Trịnh|Ứng|Ưng|Vòng|Điểu|Giàng|Sùng|Lầu|Vàng|Mùa|Lù|"
    "Chảo|Đậu|Cù|Khuất|Nhữ|Ôn|Tăng|Trang|Tưởng|Kha|Lữ|Quàng|Ma|Y|Lô|Vy|Trình|Lỗ|"
    "Danh|Thạch|Sơn|Kiên|Thích|Lạc|Hàn|Bạc|Cận|Quan|Âu Dương|Đường|"
    "Ngụy|Giả|Mạch|Bành|Văng|Hạ|Chung|Nhâm|Đào|Dư|Thi|Biện|Cầm|Lèo|Hoàng|Doãn|"
    # further Kinh family names, and those of the Tày, Nùng, Thái, Mông,
    # Dao, Khmer and Central Highlands peoples
    # (words that are also common given names or start names of bodies,
    # such as Công, Quang, Hồng, Sơn, are left out: a rare family name is
    # still read when an honorific or a title says a person follows)
    "Bàn|Bàng|Bì|Cát|Chiêm|Chúc|Chương|Cổ|Cung|Diêm|Đái|Đan|Điền|Đèo|Giáp|Hạng|"
    "Khâu|Khưu|Lăng|Lư|Mông|Nhan|Phù|Sái|Thiều|Thòng|Trà|Trác|Trầm|"
    "Ung|Chang|Chá|Chẩu|Khà|Hùng|Ksor|Siu|Rmah|Kpă|Puih|Rơ|Vàng|"
    # Mông, Dao, Thái, Lào, Hà Nhì and Lô Lô family names
    "Vừ|Hờ|Tẩn|Khoàng|Sần|Sình|Hù|Lèng|Chẻo|Phàn|Lồ|Cứ|Tráng|Mè|Lự|Lừ|Vì|Điêu|Sồng|Pờ|Lầu|Lý|Ly|Chìu|"
    "Pờ|Mè|Sừng|Xồng|Vảng|Chu|Lìu|Phìn|Sểnh|Thèn|Tủa|Mùa|Lỷ|Tằng|Ngọ|Ô|Ngân|"
    # Vân Kiều and Pa Kô family names
    "Pả|"
    # Cơ Tu, Ê Đê, Gia Rai, Raglai, Chăm and Khmer family names (and the Khmer "Chau", "Néang" that
    # stand where a family name does)
    "Alăng|Bhriu|Briu|Zơrâm|Pơloong|Clâu|Ating|Arất|Niê|Mlô|Êban|Byă|Ayŭn|Kbuôr|Rcom|Hwing|Adrơng|"
    "Pinăng|Chamaléa|Katơr|Mấu|Đàng|Chau|Néang|"
    # Cơ Ho, Mạ and Chu Ru family names
    "Ka|Liêng|Cil|Kră")

# Words before a name that say a person follows.
HONORIFICS = _set(
    "đồng chí|đ/c|ông|bà|ngài|các đồng chí|các ông|các bà|các ông, bà|anh|chị|"
    "đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|"
    "đô đốc|phó đô đốc|chuẩn đô đốc|giáo sư|phó giáo sư|tiến sĩ|thạc sĩ|gs|pgs|ts|ths|"
    "gs.ts|pgs.ts|nsnd|nsưt|luật sư|nhà báo|bác sĩ|đại sứ|dược sĩ|"
    "bác sĩ chuyên khoa i|bác sĩ chuyên khoa ii|bác sĩ ckii|bác sĩ cki|"
    "đại úy|thượng úy|trung úy|thiếu úy|thượng sĩ|trung sĩ|hạ sĩ|cử tri|"
    "thầy|cô|thầy giáo|cô giáo|bị cáo|các bị cáo")     # (a school's teachers, a trial's defendants)
# The ranks of the clergy of the recognised religions, before a name as an honorific is
# ("Hòa thượng Thích Thiện Giác", "Linh mục Trần Đình Quý"); their words are also
# words of titles and bodies ("Giám đốc", "Ban Kiểm tra và Giám sát"), so not HONORIFIC_WORDS below.
CLERGY_RANKS = _set("hòa thượng|thượng tọa|đại đức|ni trưởng|ni sư|linh mục|giám mục|tổng giám mục|mục sư|"
                    "hồng y|đức cha|sư cô|ni cô")
HONORIFICS |= CLERGY_RANKS
# The state's honorary titles written before a name ("Mẹ Việt Nam anh hùng Phan Thị Rành", "Anh hùng Lao
# động A", "Nhà giáo ưu tú B"; Luật Thi đua, khen thưởng 2022); their words are common ones, so not
# HONORIFIC_WORDS either.
STATE_HONOURS = _set("mẹ việt nam anh hùng|bà mẹ việt nam anh hùng|anh hùng lao động|"
                     "anh hùng lực lượng vũ trang nhân dân|anh hùng llvt nhân dân|anh hùng llvtnd|nhà giáo nhân dân|nhà giáo ưu tú|thầy thuốc nhân dân|"
                     "thầy thuốc ưu tú|nghệ nhân nhân dân|nghệ nhân ưu tú|nghệ sĩ nhân dân|nghệ sĩ ưu tú")
HONORIFICS |= STATE_HONOURS
# The callings and social standings the press writes before a name as it writes an honorific ("già làng
# Rơ Châm Yơh", "nhà văn A", "em B, học sinh lớp 5", "liệt sĩ C"); words of other phrases too ("nhà",
# "văn"), so not HONORIFIC_WORDS either.
CALLINGS = _set("già làng|người có uy tín|liệt sĩ|anh hùng liệt sĩ|nhà văn|nhà thơ|nhạc sĩ|họa sĩ|nhà nghiên cứu|"
                "nhà khoa học|nhà sử học|nhà giáo|kỹ sư|kiến trúc sư|doanh nhân|nghệ nhân|nghệ sĩ|đạo diễn|ca sĩ|"
                "vận động viên|học sinh|sinh viên|cựu chiến binh|thương binh|chiến sĩ|giáo viên|điều dưỡng|"
                "em|cháu|cụ|chú|bác|bé|đảng viên|công dân|công nhân|thợ lò|nông dân|ngư dân|bệnh nhân|bác sĩ|tân binh")
HONORIFICS |= CALLINGS
LONGEST_HONORIFIC = 8       # tokens: "anh hùng lực lượng vũ trang nhân dân", "gồm các ông , bà"
# Words before a title that put it in the past ("nguyên", "cựu": former; "cố": the late),
# and all the words a title may follow ("tân": new, "quyền": acting).
FORMER_WORDS = frozenset({"nguyên", "cố", "cựu"})
BEFORE_A_TITLE = FORMER_WORDS | {"tân", "quyền"}
# The single words of those honorifics ("ông", "chí", "tướng"…).
HONORIFIC_WORDS = frozenset(w.strip(",") for phrase in HONORIFICS - CLERGY_RANKS - STATE_HONOURS - CALLINGS
                            for w in phrase.split()) - {""}
RANKS = _set("đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|"
             "đô đốc|phó đô đốc|chuẩn đô đốc|đại úy|thượng úy|trung úy|thiếu úy|thượng sĩ|trung sĩ|hạ sĩ")

# Capitalised words that cannot be part of a personal name.
# Offices named before the body they belong to ("Chi nhánh NHCSXH tỉnh X", "… Việt Nam Chi nhánh tỉnh Y"):
# no name runs into them ("Nam Chi").
OFFICES_BEFORE_THEIR_BODY = [w.split() for w in (
    "chi nhánh", "phòng giao dịch", "ban đại diện hội đồng quản trị", "ban đại diện hđqt")]

NOT_NAME = _set(
    "Ủy|Ban|Bộ|Sở|Cục|Vụ|Tỉnh|Huyện|Xã|Phường|Quận|Phó|Nguyên|Tân|Đảng|Nhà|Hội|Chủ|Bí|Trưởng|"
    "Giám|Thứ|Tổng|Thủ|Thường|Đoàn|Viện|Trung|Ủy viên|UBND|HĐND|MTTQ|Chính|Quốc|Đồng|Ông|Bà|"
    "Tại|Theo|Sáng|Chiều|Tối|Ngày|Trong|Sau|Trước|Khi|Với|Về|Của|Và|Các|Những|Cùng|Dự|Tham|"
    "Phát|Thay|Đến|Từ|Nhân|Đây|Đó|Này|Ảnh|Nguồn|Tin|Thông|Liên|Mặt|Công|Quân|Học|Trường|"
    "Kỳ|Phiên|Lễ|Luật|Văn|Báo|Đài|Thành|Tập|"
    "Thôn|Bản|Buôn|Ấp|Làng|Xóm|Plei|Khu")       # a village's name ("Buôn Ja", "Bản Lướt") is no person's
# ... except where they are also common given names.
GIVEN_NAME_OK = _set("Quốc|Thành|Văn|Đại|Trung|Công|Hồng|Minh|Bình|Hải|Hà|Mai|Kim|Phương|"
                     "Chính|Đồng|Tân|Thông|Hội|Tổng|Quân|Học|Trường|Liên|Thái|Nhân|Đoàn|Tập|Bản|Thôn|Khu|"
                     "Buôn|Sáng")  # (an Ê Đê clan name: "Y Sơn Buôn Yă"; "Lành Văn Sáng")

# Lowercase words that end the name of a body in running text: verbs,
# auxiliaries, prepositions and conjunctions.
ORG_STOP = _set(
    "đã|đang|sẽ|vừa|là|có|không|được|bị|với|về|tại|trong|theo|cho|để|do|từ|đến|nhằm|khi|"
    "sau|trước|thì|mà|nhưng|hay|hoặc|cũng|còn|đều|vẫn|rồi|cùng|gồm|trên|dưới|ở|như|vì|nên|thuộc|"
    "nếu|đây|ấy|các|những|một|mọi|cả|nay|này|đó|nhấn|yêu|đề|giữ|nhận|tham|dự|"
    "thăm|gặp|tiếp|ký|trao|tặng|đón|họp|khai|bế|chúc|trình|giới|kết|chỉ|đánh|khẳng|mong|nêu|"
    "nói|cảm|bày|kể|lên|ra|vào|đi|tới|gửi|bổ|bầu|phê|chuẩn|tái|đắc|trúng|thay|thôi|miễn|nghỉ|hiện|"
    "biểu|thảo|ghi|quán|tuyên|thừa|dẫn|nghe|đưa|đặt|năm|ngày|tháng|sáng|chiều|tối|khóa|nhiệm|của|làm|kiêm|tạm|đọc|"
    "nằm")

# Compounds whose second syllable is on ORG_STOP as a verb of its own: inside
# a name they are words ("Văn phòng Đăng ký đất đai", "Trung tâm Hướng dẫn …").
NAME_COMPOUNDS = {tuple(comparable(w) for w in c.split()) for c in (
    "đăng ký", "chương trình", "trưng bày", "chứng nhận", "liên kết", "đoàn kết", "biên giới",
    "thế giới", "trực tiếp", "công khai", "phân bổ", "đại biểu", "dự thảo", "hướng dẫn", "tiêu chuẩn",
    "tiếp nhận", "kế tiếp", "triển khai", "tổng kết", "cam kết", "phê chuẩn", "thực hiện", "xuất hiện",
    "hàng không", "phòng không", "việc làm", "thiết bị", "dự bị", "gìn giữ", "công trình",
    "đẳng giới")}     # ("bình đẳng giới", "Cục Gìn giữ hòa bình Việt Nam")

# Words a country's one-syllable name opens ("Pháp luật", "Mỹ thuật", "Anh hùng"): no country there.
COUNTRY_WORD_COMPOUNDS = {tuple(comparable(w) for w in c.split()) for c in (
    "pháp luật", "pháp chế", "pháp lý", "pháp điển", "pháp y", "pháp quyền", "mỹ thuật", "mỹ phẩm",
    "anh hùng")}

# Terms official writing joins by a comma, as (last word before, first word
# after): "khám, chữa bệnh", "phòng, chống", "khiếu nại, tố cáo",
# "phòng cháy, chữa cháy", "tìm kiếm, cứu nạn", "cứu nạn, cứu hộ", "thi đua, khen thưởng".
COMMA_PAIRS = {tuple(comparable(w) for w in p.split()) for p in (
    "khám chữa", "phòng chống", "nại tố", "cháy chữa", "kiếm cứu", "nạn cứu", "đua khen",
    "chức viên", "chức biên", "đảng đảng", "biến giáo")}    # "công chức, viên chức", "tổ chức, biên chế",
#                                           "tổ chức đảng, đảng viên", "phổ biến, giáo dục pháp luật"

# Syllables that end a body's name only as the first of a verb ("chủ trì"):
# inside a name they are words of their own ("Ban Dân chủ - Pháp luật").
ORG_STOP_VERBS = {comparable(a): {comparable(b) for b in bs.split("|")} for a, bs in (
    ("chủ", "trì|tọa|toạ|động|nhiệm|tịch"),
    ("phát", "biểu|động|hiện|huy|hành|sóng|ngôn|đi|ra|thanh|quà|thưởng"),
    ("long", "trọng"), ("trọng", "thể"), ("thông", "qua"), ("đóng", "tại|quân|trên"), ("tổ", "chức"),
    ("đồng", "chủ"))}    # not "phát triển"; "Trường X long trọng tổ chức …"; "Bộ An ninh Lào đồng chủ trì"

# Verbs of speaking, chairing and attending (events).
CHAIR_VERBS = ("chủ trì", "điều hành", "chủ tọa", "chủ toạ", "đồng chủ trì")
SPEAKER_VERBS = ("phát biểu", "trình bày", "giới thiệu", "kết luận", "phổ biến", "quán triệt",
                 "báo cáo", "đọc diễn văn", "diễn văn", "nhấn mạnh", "yêu cầu", "đề nghị",
                 "chỉ đạo", "khẳng định", "cho biết", "trao đổi", "đánh giá", "chúc mừng",
                 "nêu rõ", "nêu", "chất vấn", "tranh luận", "tuyên thệ", "chia sẻ", "giải đáp", "giải thích", "trả lời", "mong muốn", "công bố", "thông tin",
                 "thông báo", "nhắc lại", "bày tỏ", "cảm ơn", "lưu ý", "gợi ý", "đề cập", "khái quát", "đặt câu hỏi",
                 "tham luận", "giải trình", "tiếp thu", "phân tích", "đọc", "kiến nghị", "phản ánh", "góp ý",
                 "cho rằng", "nhận định", "đề xuất", "kêu gọi", "chỉ rõ", "căn dặn", "dặn dò", "biểu dương",
                 "ghi nhận", "tuyên bố", "nhấn mạnh rằng", "hứa", "gợi mở", "truyền đạt", "đối thoại", "nói chuyện",
                 "khai mạc", "bế mạc", "triển khai", "băn khoăn", "trình Quốc hội", "trình tờ trình",
                 "thông qua", "cam kết", "nhắn nhủ",
                 "tham gia ý kiến", "nói", "hoan nghênh", "động viên", "nhắc nhở", "thảo luận", "đóng góp ý kiến",
                 "phát động", "gửi lời", "tri ân", "nhận xét", "khuyến nghị", "ôn lại", "điểm lại", "chỉ ra", "làm rõ",
                 "lý giải", "cảnh báo", "đặt vấn đề",
                 "tham gia giải trình", "tham gia phát biểu", "tham gia thảo luận",     # (before "tham gia": attending)
                 "thừa nhận", "hỏi về", "kể về", "kể lại", "hướng dẫn")
ATTEND_VERBS = ("dự", "tham dự", "có mặt", "đến dự", "cùng dự", "dự và chỉ đạo", "đến dự và chỉ đạo",
                "dự và chủ trì", "tham gia", "gặp", "gặp gỡ", "hội đàm", "điện đàm", "hội kiến", "tiếp", "thăm",
                "đón", "trình Quốc thư")


# Academic and professional degrees (and the state's honours) abbreviated before a name,
# alone or joined by dots: "TS.BS", "ThS.BSCKII", "PGS.TS.BS", "NSND".
DEGREE_ABBREVIATIONS = _set("vs|gs|pgs|ts|tskh|ths|bs|bscki|bsckii|cki|ckii|ds|ks|cn|ls|tts|bsnt|nsnd|nsưt|ttnd|"
                            "ttưt|ngnd|ngưt")


def degrees_start(keys: list[str], i: int, lo: int = 0) -> int:
    """Where the abbreviated degrees written right before token i begin (i
    when there are none): "BSCKII Lê Hữu Toàn", "TS. A", "Th.S B"."""
    k, start = i - 1, i
    while k >= lo and (all(part in DEGREE_ABBREVIATIONS for part in keys[k].split("."))
                       or keys[k].replace(".", "") in DEGREE_ABBREVIATIONS      # "Th.S": one degree dotted
                       or (keys[k] == "." and (start < i or k == i - 1))):      # ("TS. A": its dot)
        if keys[k] != ".":
            start = k
        k -= 1
    return start


def has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Do the (keyed) words hold the phrase, word for word?"""
    if phrase[0] not in words:
        return False        # (cheap test first, done in C: most runs of words lack its first word)
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))

# Numbers written as words that count persons or bodies ("hai đồng chí", "ba Phó Chủ tịch").
NUMBER_WORDS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
# Words that open a list of persons ("các đồng chí: A, B").
_PERSONS_LEADS = [tuple(p.split()) for p in ("các đồng chí", "các ông , bà", "các ông bà", "các ông", "các bà")]


def persons_lead_at(keys: list[str], i: int) -> int:
    """Length of the words opening a list of persons at token i ("các ông, bà"), or 0."""
    return next((len(p) for p in _PERSONS_LEADS if tuple(keys[i:i + len(p)]) == p), 0)


def persons_lead_ending_at(keys: list[str], k: int, lo: int = 0) -> int:
    """Length of the words opening a list of persons that end right before token k, or 0."""
    return next((len(p) for p in _PERSONS_LEADS if k - len(p) >= lo and tuple(keys[k - len(p):k]) == p), 0)
