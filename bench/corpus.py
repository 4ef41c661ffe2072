"""A synthetic corpus of Vietnamese political news, for benchmarks and for
tests that need many articles: templates in the style of the press over
generated officials, bodies at every level (central, province, district,
commune), documents with valid Party and State symbols, and events.
Seeded and deterministic: the same (n, seed) gives the same articles.

    python -m bench.corpus 10000 -o bench/corpus/10k.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đinh", "Lương", "Mai", "Trịnh", "Lâm", "Hà", "Tô", "Triệu", "Cao"]
MIDDLES = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Đức", "Hữu", "Ngọc", "Xuân", "Hồng", "Công", "Thành",
           "Trọng", "Kim", "Anh", "Tiến", "Quang", "Bá", "Đình", "Viết"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Hưng", "Khánh", "Lâm", "Long", "Mai",
         "Minh", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn", "Uyên", "Vinh",
         "Việt", "Yến", "Hòa", "Lợi", "Phong", "Tài", "Thủy", "Toàn", "Trí", "Tú"]
PROVINCES = ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Cà Mau", "Bạc Liêu", "Sóc Trăng",
             "Kiên Giang", "An Giang", "Đồng Tháp", "Long An", "Tiền Giang", "Bến Tre", "Vĩnh Long", "Trà Vinh",
             "Lạng Sơn", "Cao Bằng", "Hà Giang", "Lào Cai", "Yên Bái", "Tuyên Quang", "Thái Nguyên", "Bắc Giang",
             "Bắc Ninh", "Quảng Ninh", "Hải Dương", "Thái Bình", "Nam Định", "Ninh Bình", "Hòa Bình", "Sơn La",
             "Điện Biên", "Lai Châu", "Phú Thọ", "Vĩnh Phúc", "Gia Lai", "Kon Tum", "Đắk Lắk", "Đắk Nông",
             "Lâm Đồng", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Quảng Ngãi",
             "Quảng Nam", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai"]
PLACES = ["Đông Sơn", "Tân Phú", "Hòa Bình", "Yên Định", "Quỳnh Lưu", "Đức Thọ", "Vĩnh Thạnh", "Phú Lộc",
          "Thạch Hà", "Cẩm Xuyên", "Hương Sơn", "Tân Hiệp", "Châu Thành", "Mỹ Tú", "Long Hồ", "Tam Nông",
          "Cao Lãnh", "Thới Bình", "Năm Căn", "Hồng Dân", "Vĩnh Lợi", "Kế Sách", "Trần Đề", "Cái Nước",
          "Bình Minh", "An Phú", "Thoại Sơn", "Tri Tôn", "Lộc Ninh", "Đồng Xoài", "Sơn Động", "Lục Nam"]
DEPARTMENTS = ["Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tư pháp",
               "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch"]
PARTY_UNITS = [("Trưởng", "Ban Tổ chức Tỉnh ủy"), ("Trưởng", "Ban Tuyên giáo Tỉnh ủy"),
               ("Trưởng", "Ban Dân vận Tỉnh ủy"), ("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy"),
               ("Trưởng", "Ban Nội chính Tỉnh ủy")]
TOPICS = ["công tác xây dựng Đảng", "phát triển kinh tế - xã hội", "chuyển đổi số", "cải cách hành chính",
          "phòng, chống tham nhũng, tiêu cực", "bảo vệ chính trị nội bộ", "xây dựng nông thôn mới",
          "công tác cán bộ", "quốc phòng, an ninh", "giảm nghèo bền vững"]
CENTRAL_DOCS = [("Nghị quyết", "NQ", "Ban Chấp hành Trung ương", "TW"), ("Kết luận", "KL", "Bộ Chính trị", "TW"),
                ("Chỉ thị", "CT", "Ban Bí thư", "TW"), ("Quy định", "QĐ", "Bộ Chính trị", "TW")]
CENTRAL_VISITORS = [("Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương"),
                    ("Ủy viên Trung ương Đảng, Phó Trưởng Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương"),
                    ("Ủy viên Trung ương Đảng, Thứ trưởng Bộ Nội vụ", "Bộ Nội vụ"),
                    ("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương")]


@dataclass
class Official:
    name: str
    province: str
    posts: list[str] = field(default_factory=list)


class Generator:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.leaders: dict[str, dict[str, Official]] = {}     # province -> role key -> official
        self.doc_numbers: dict[str, int] = {}

    # ------------------------------------------------------------ pieces
    def person(self) -> str:
        while True:
            r = self.rng
            name = f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVEN)}"
            if r.random() < 0.3:
                name = f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(MIDDLES)} {r.choice(GIVEN)}"
            if name not in self.names or r.random() < 0.05:       # a few namesakes, as in real life
                self.names.add(name)
                return name

    def leader(self, province: str, role: str) -> Official:
        """The same official holds a province's post across articles."""
        roles = self.leaders.setdefault(province, {})
        if role not in roles or self.rng.random() < 0.02:
            roles[role] = Official(self.person(), province)
        return roles[role]

    @staticmethod
    def honorific(name: str) -> str:
        return "bà" if " Thị " in f" {name} " else "ông"

    def day(self) -> date:
        return date(2016, 1, 1) + timedelta(days=self.rng.randrange(0, 9 * 365))

    def number(self, key: str) -> int:
        self.doc_numbers[key] = self.doc_numbers.get(key, self.rng.randrange(1, 50)) + self.rng.randrange(1, 4)
        return self.doc_numbers[key]

    def central_doc(self, when: date) -> str:
        kind, code, issuer, sign = self.rng.choice(CENTRAL_DOCS)
        issued = when - timedelta(days=self.rng.randrange(30, 700))
        n = self.number(code + sign)
        return f"{kind} số {n}-{code}/{sign}, ngày {issued.day}-{issued.month}-{issued.year} của {issuer} về " \
               f"{self.rng.choice(TOPICS)}"

    # ---------------------------------------------------------- templates
    def conference(self, p: str, when: date) -> tuple[str, str]:
        bt = self.leader(p, "bi-thu")
        pbt = self.leader(p, "pbt-tt")
        ct = self.leader(p, "ct-ubnd")
        head_title, unit = self.rng.choice(PARTY_UNITS)
        head = self.leader(p, unit)
        doc = self.central_doc(when)
        title = f"Tỉnh ủy {p} quán triệt {doc.split(',')[0]}"
        body = (f"Sáng {when.day}/{when.month}, Ban Thường vụ Tỉnh ủy {p} tổ chức hội nghị quán triệt, triển khai "
                f"{doc}.\n\n"
                f"Đồng chí {bt.name}, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy {p} chủ trì hội nghị. "
                f"Dự hội nghị có các đồng chí: {pbt.name}, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; "
                f"{ct.name}, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n\n"
                f"Tại hội nghị, đồng chí {head.name}, {head_title} {unit} {p} trình bày nội dung cơ bản của văn bản. "
                f"Phát biểu kết luận, đồng chí {bt.name} yêu cầu các cấp ủy, tổ chức đảng "
                f"xây dựng kế hoạch thực hiện nghiêm túc.")
        return title, body

    def appointment(self, p: str, when: date) -> tuple[str, str]:
        dept = self.rng.choice(DEPARTMENTS)
        who = self.person()
        ct = self.leader(p, "ct-ubnd")
        n = self.number("QĐ-UBND" + p)
        title = f"Bổ nhiệm Giám đốc {dept} tỉnh {p}"
        body = (f"Chiều {when.day}/{when.month}, UBND tỉnh {p} tổ chức hội nghị công bố Quyết định số "
                f"{n}/QĐ-UBND ngày {when.day}/{when.month}/{when.year} của Chủ tịch UBND tỉnh về việc bổ nhiệm {self.honorific(who)} "
                f"{who} giữ chức Giám đốc {dept} tỉnh {p}.\n\n"
                f"Trao quyết định và phát biểu giao nhiệm vụ, đồng chí {ct.name}, Chủ tịch UBND tỉnh {p} "
                f"đề nghị tân Giám đốc phát huy năng lực, cùng tập thể lãnh đạo hoàn thành nhiệm vụ.")
        return title, body

    def visit(self, p: str, when: date) -> tuple[str, str]:
        title_words, body_name = self.rng.choice(CENTRAL_VISITORS)
        visitor = self.leader("Trung ương", body_name)
        bt = self.leader(p, "bi-thu")
        title = f"{body_name} làm việc với Ban Thường vụ Tỉnh ủy {p}"
        body = (f"Ngày {when.day}/{when.month}/{when.year}, đoàn công tác do đồng chí {visitor.name}, {title_words} "
                f"làm trưởng đoàn có buổi làm việc với Ban Thường vụ Tỉnh ủy {p} về {self.rng.choice(TOPICS)}.\n\n"
                f"Tiếp và làm việc với đoàn có đồng chí {bt.name}, Bí thư Tỉnh ủy {p}. "
                f"Đồng chí {visitor.name} ghi nhận kết quả tỉnh đạt được và đề nghị tỉnh tiếp tục đổi mới.")
        return title, body

    def session(self, p: str, when: date) -> tuple[str, str]:
        new = self.person()
        old = self.leader(p, "ct-hdnd")
        self.leaders[p]["ct-hdnd"] = Official(new, p)
        n = self.rng.randrange(2, 30)
        title = f"HĐND tỉnh {p} kiện toàn chức danh Chủ tịch"
        body = (f"Sáng {when.day}/{when.month}, HĐND tỉnh {p} khóa XVIII tổ chức Kỳ họp thứ {n} (chuyên đề). "
                f"Kỳ họp đã miễn nhiệm chức Chủ tịch HĐND tỉnh đối với {self.honorific(old.name)} {old.name} do nghỉ hưu theo chế độ.\n\n"
                f"Với tỷ lệ tán thành cao, Kỳ họp đã bầu {self.honorific(new)} {new}, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch HĐND "
                f"tỉnh {p} nhiệm kỳ 2021 - 2026.")
        return title, body

    def commune(self, p: str, when: date) -> tuple[str, str]:
        district, commune = self.rng.sample(PLACES, 2)
        bt = self.person()
        ct = self.person()
        title = f"Xã {commune} tổng kết công tác năm {when.year}"
        body = (f"Chiều {when.day}/{when.month}/{when.year}, Đảng ủy xã {commune}, huyện {district} tổ chức hội nghị "
                f"tổng kết công tác năm.\n\n"
                f"Dự hội nghị có các đồng chí: {bt}, Bí thư Đảng ủy, Chủ tịch HĐND xã; {ct}, Phó Bí thư, "
                f"Chủ tịch UBND xã.\n\n"
                f"Đồng chí {bt} chủ trì hội nghị và phát biểu kết luận.")
        return title, body

    def directive(self, p: str, when: date) -> tuple[str, str]:
        n = self.number("CT-TU" + p)
        old = n - self.rng.randrange(5, 20)
        bt = self.leader(p, "bi-thu")
        title = f"Ban Thường vụ Tỉnh ủy {p} ban hành Chỉ thị số {n}-CT/TU"
        body = (f"Ngày {when.day}/{when.month}/{when.year}, Ban Thường vụ Tỉnh ủy {p} ban hành Chỉ thị số "
                f"{n}-CT/TU về tăng cường sự lãnh đạo của Đảng đối với {self.rng.choice(TOPICS)}. "
                f"Chỉ thị thay thế Chỉ thị số {max(1, old)}-CT/TU của Ban Thường vụ Tỉnh ủy.\n\n"
                f"Đồng chí {bt.name}, Bí thư Tỉnh ủy {p} đã ký ban hành Chỉ thị.")
        return title, body

    TEMPLATES = ("conference", "appointment", "visit", "session", "commune", "directive")

    def article(self, i: int) -> dict:
        when = self.day()
        p = self.rng.choice(PROVINCES)
        kind = self.rng.choice(self.TEMPLATES)
        title, body = getattr(self, kind)(p, when)
        return {"id": f"syn-{i:06d}", "url": f"https://example.org/synthetic/{i}", "site": "tong-hop.example",
                "published": (when + timedelta(days=self.rng.randrange(0, 2))).isoformat(),
                "text": f"{title}\n\n{body}"}


def generate(n: int, seed: int = 7):
    """``n`` synthetic articles (dicts in the ANNOTATION.md article format)."""
    gen = Generator(seed)
    for i in range(n):
        yield gen.article(i)


def write(n: int, path: Path, seed: int = 7) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for art in generate(n, seed):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    return path


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("-o", "--output", type=Path, required=True, help="a .jsonl file")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    print(write(args.n, args.output, args.seed))


if __name__ == "__main__":
    main()
