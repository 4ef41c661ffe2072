"""Documents, their fields and their lineage."""
from datetime import date

from cadregraph.extract.pipeline import extract
from cadregraph.extract.symbols import find_symbols
from cadregraph.core.model import Article
from cadregraph.read.normalise import normalise


def run(text, published=None):
    return extract(normalise(Article(id="t", text=text, published=published)))


def test_symbols_of_both_systems_and_shared_signs():
    texts = [s.text for s in find_symbols("Quy định số 58 – QĐ/TW, Kết luận số 100 - KL/TW, 288/QĐ-TTg, "
                                          "15/2020/NĐ-CP, 176/2025/QH15, 1674-QĐNS/TW và Quyết định số "
                                          "1425, 1426, 1427/QĐ-TTg")]
    assert texts == ["58-QĐ/TW", "100-KL/TW", "288/QĐ-TTg", "15/2020/NĐ-CP", "176/2025/QH15", "1674-QĐNS/TW",
                     "1425/QĐ-TTg", "1426/QĐ-TTg", "1427/QĐ-TTg"]


def test_document_fields_and_implements_link():
    ex = run("Đồng chí giới thiệu Quy định số 58-QĐ/TW, ngày 8-2-2022 của Bộ Chính trị “Một số vấn đề về bảo vệ "
             "chính trị nội bộ Đảng” và Hướng dẫn số 01-HD/BTCTW, ngày 5-8-2022 của Ban Tổ chức Trung ương hướng "
             "dẫn thực hiện Quy định số 58-QĐ/TW.")
    docs = {d.key: d for d in ex.documents}
    q = docs["58-QĐ/TW"]
    assert (q.type, q.number, q.date, q.issuer.name) == ("Quy định", "58", date(2022, 2, 8), "Bộ Chính trị")
    assert q.title == "Một số vấn đề về bảo vệ chính trị nội bộ Đảng"
    assert docs["01-HD/BTCTW"].issuer.name == "Ban Tổ chức Trung ương"
    assert [(l.source, l.rel, l.target) for l in ex.links] == [("01-HD/BTCTW", "implements", "58-QĐ/TW")]


def test_short_reference_joins_the_full_one_and_year_comes_from_publication():
    ex = run("Quán triệt Quy định 58. Chỉ thị số 11 ngày 08/12 của Ban Bí thư về việc tổ chức Tết. Quy định số "
             "58-QĐ/TW của Bộ Chính trị.", published=date(2022, 2, 8))
    keys = [d.key for d in ex.documents]
    assert keys.count("58-QĐ/TW") == 1 and "Quy định 58" not in keys
    ct = next(d for d in ex.documents if d.key == "Chỉ thị 11")
    assert ct.date == date(2022, 12, 8) and ct.issuer.name == "Ban Bí thư" and ct.title == "Tổ chức Tết"


def test_laws_adopted_at_a_session_and_what_they_replace():
    ex = run("Sáng 8-6, Quốc hội nghe Chủ nhiệm Ủy ban Quốc phòng và An ninh Võ Trọng Việt trình bày Báo cáo "
             "giải trình, tiếp thu và chỉnh lý dự thảo Luật Quốc phòng (sửa đổi). Sau đó, Quốc hội biểu quyết "
             "thông qua Luật này. Luật Quốc phòng số 39/2005/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực.",
             published=date(2018, 6, 8))
    docs = {d.key: d for d in ex.documents}
    law = docs["Luật Quốc phòng (sửa đổi)"]
    assert law.adopted and law.issuer.name == "Quốc hội" and law.date == date(2018, 6, 8)
    assert "Báo cáo giải trình, tiếp thu và chỉnh lý dự thảo Luật Quốc phòng (sửa đổi)" in docs
    assert ("Luật Quốc phòng (sửa đổi)", "replaces", "39/2005/QH11") in {(l.source, l.rel, l.target) for l in ex.links}


def test_values_lists_and_discipline_are_not_documents():
    ex = run("Bảo vệ Cương lĩnh, Điều lệ Đảng, Hiến pháp và pháp luật. Ủy ban quyết định thi hành kỷ luật "
             "ông A theo quy định của Đảng.")
    assert ex.documents == []


def test_a_law_named_with_a_parenthesis_before_its_number_is_one_document():
    ex = run("Quốc hội đã thông qua Luật Đất đai (sửa đổi) số 31/2024/QH15.", published=date(2024, 1, 18))
    assert [(d.key, d.type, d.title) for d in ex.documents] == [("31/2024/QH15", "Luật", "Luật Đất đai (sửa đổi)")]


def test_a_document_replaced_later_in_the_sentence_keeps_its_own_date():
    ex = run("Chính phủ ban hành Nghị định số 99/2024/NĐ-CP ngày 23/7/2024 quy định chức năng, nhiệm vụ của Bộ Tài "
             "chính, thay thế Nghị định số 14/2023/NĐ-CP.")
    docs = {d.key: d for d in ex.documents}
    assert docs["99/2024/NĐ-CP"].date == date(2024, 7, 23) and docs["14/2023/NĐ-CP"].date is None
    assert [(x.source, x.rel, x.target) for x in ex.links] == [("99/2024/NĐ-CP", "replaces", "14/2023/NĐ-CP")]


def test_legal_basis_lines_wrapped_by_the_source_read_whole():
    ex = run("Căn cứ Luật Tổ chức chính quyền\nđịa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Thông tư số\n"
             "135/2008/TT-BTC ngày 31 tháng 12 năm 2008 của Bộ Tài chính hướng dẫn Nghị định số 69/2008/NĐ-CP ngày "
             "30 tháng 5 năm 2008 của Chính phủ về chính sách khuyến khích xã hội hóa đối với các hoạt động giáo "
             "dục,\ndạy nghề, y tế;\nCăn cứ Thông tư số 156/2014/TT-BTC ngày 23 tháng 10 năm 2014 của Bộ trưởng Bộ "
             "Tài chính;")
    docs = {d.key: d for d in ex.documents}
    law = docs["Luật Tổ chức chính quyền địa phương"]
    assert str(law.date) == "2015-06-19"
    guide = docs["135/2008/TT-BTC"]
    assert guide.issuer.name == "Bộ Tài chính"
    assert guide.title.startswith("Hướng dẫn Nghị định số 69/2008/NĐ-CP ngày 30 tháng 5 năm 2008")
    assert guide.title.endswith("dạy nghề, y tế")
    assert docs["156/2014/TT-BTC"].issuer.name == "Bộ trưởng Bộ Tài chính"
    assert {(l.source, l.rel, l.target) for l in ex.links} >= {("135/2008/TT-BTC", "implements", "69/2008/NĐ-CP")}


def test_offices_issue_documents_in_their_own_name():
    ex = run("Ông Nguyễn Văn An dự hội nghị tại tỉnh Vĩnh Long. Căn cứ Quyết định số 600/QĐ-UBND ngày 04 tháng 3 "
             "năm 2020 của Chủ tịch UBND tỉnh về việc công bố thủ tục hành chính. Chủ tịch nước đã ký Quyết định "
             "517 bổ nhiệm ông Mạc Đình Lộc.")
    docs = {d.key: d for d in ex.documents}
    assert docs["600/QĐ-UBND"].issuer.name == "Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long"
    assert docs["Quyết định 517"].issuer.name == "Chủ tịch nước"


def test_lineage_said_after_a_long_clause_and_titles_that_end_at_a_year_or_a_headline_dash():
    ex = run("Quyết định 77/2025/QĐ-UBND có hiệu lực từ ngày 1/7/2025 và thay thế Quyết định 15/2019/QĐ-UBND. "
             "Thông qua Luật Đất đai (sửa đổi) - Dấu ấn lập pháp quan trọng. Sáng 18/1, Quốc hội đã biểu quyết "
             "thông qua Luật Đất đai (sửa đổi) 2024 với tỷ lệ tán thành cao.")
    assert ("77/2025/QĐ-UBND", "replaces", "15/2019/QĐ-UBND") in {(l.source, l.rel, l.target) for l in ex.links}
    assert "Luật Đất đai (sửa đổi)" in {d.key for d in ex.documents}
    assert not any("Dấu ấn" in d.key or d.key.endswith("2024") for d in ex.documents)


def test_agendas_words_and_personnel_decisions_are_no_documents():
    ex = run("Theo chương trình phiên họp, sáng 14/11 Quốc hội sẽ biểu quyết thông qua Luật Lâm nghiệp (sửa đổi). "
             "Năm qua, các cấp ủy đã thi hành kỷ luật 14 đảng viên. Theo Quyết định của Chủ tịch UBND thành phố, "
             "bổ nhiệm ông Trịnh Văn Tú giữ chức Phó Giám đốc Sở Văn hóa và Thể thao.")
    assert ex.documents == []


def test_a_proposal_yields_the_document_it_proposes_and_numbers_without_sign_letters_count():
    ex = run("Đồng chí Nguyễn Tuấn Anh trình bày Tờ trình của Ban Thường vụ Thành ủy về ban hành Quy chế làm việc "
             "của Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa I. Thành ủy vừa ban hành Văn bản số 312/2024 về "
             "lịch tiếp công dân. Ông Nguyễn Mạnh Hùng công bố Nghị quyết số 202/2025 của Quốc hội khóa XV về việc "
             "hợp nhất tỉnh Ninh Thuận vào tỉnh Khánh Hòa.")
    docs = {d.key: d for d in ex.documents}
    assert "Quy chế làm việc của Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa I" in docs
    assert not any(key.startswith("Tờ trình") for key in docs)
    assert docs["Văn bản 312"].title == "Lịch tiếp công dân"
    resolution = docs["Nghị quyết 202"]
    assert (resolution.issuer.name, resolution.title) == ("Quốc hội", "Hợp nhất tỉnh Ninh Thuận vào tỉnh Khánh Hòa")


LEGAL_PAGE = """ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 47/2016/QĐ-UBND
Hậu Giang, ngày 27 tháng 12 năm 2016
QUYẾT ĐỊNH
QUY ĐỊNH VỀ CHÍNH SÁCH KHUYẾN KHÍCH XÃ HỘI HÓA ĐỐI VỚI CÁC
HOẠT ĐỘNG TRONG LĨNH VỰC GIÁO DỤC
ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Căn cứ Luật Tổ chức chính quyền
địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số
69/2008/NĐ-CP ngày 30 tháng 5 năm 2008 của Chính phủ về chính sách khuyến khích xã hội hóa;
Căn cứ Nghị định số
59/2014/NĐ-CP ngày 16 tháng 6 năm 2014 của Chính phủ về sửa đổi, bổ sung một số
điều của Nghị định số 69/2008/NĐ-CP;
"""


def test_a_legal_page_s_header_gives_its_own_date_subject_and_issuer_and_its_legal_basis():
    ex = run(LEGAL_PAGE)
    docs = {d.key: d for d in ex.documents}
    own = docs["47/2016/QĐ-UBND"]
    assert str(own.date) == "2016-12-27"
    assert own.issuer.name == "Ủy ban nhân dân tỉnh Hậu Giang"
    assert own.title.casefold() == ("quy định về chính sách khuyến khích xã hội hóa đối với các hoạt động trong "
                                    "lĩnh vực giáo dục")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("47/2016/QĐ-UBND", "based_on", "Luật Tổ chức chính quyền địa phương"),
            ("47/2016/QĐ-UBND", "based_on", "69/2008/NĐ-CP"), ("47/2016/QĐ-UBND", "based_on", "59/2014/NĐ-CP"),
            ("59/2014/NĐ-CP", "amends", "69/2008/NĐ-CP")} <= links


def test_a_two_column_header_run_into_single_lines_still_names_its_issuer_and_its_signer_s_body():
    ex = run("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH SÓC TRĂNG Độc lập - Tự do - Hạnh phúc\n\n"
             "Số: 218/UBND-TH Sóc Trăng, ngày 2 tháng 4 năm 2019\n\nV/v ủy quyền điều hành công việc của UBND tỉnh\n\n"
             "Kính gửi: Các sở, ban, ngành tỉnh.\n\nTrong thời gian đi công tác nước ngoài, Chủ tịch UBND tỉnh ủy "
             "quyền Phó Chủ tịch Thường trực UBND tỉnh điều hành công việc.\n\nNơi nhận:\n- Như trên;\n\n"
             "CHỦ TỊCH\n\nLâm Văn Sáu")
    assert {d.key: d for d in ex.documents}["218/UBND-TH"].issuer.name == "Ủy ban nhân dân tỉnh Sóc Trăng"
    assert {(p.title, p.org.name) for p in next(p for p in ex.persons if p.name == "Lâm Văn Sáu").positions} \
        == {("Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng")}


def test_a_legal_basis_is_cited_for_the_document_its_sentence_is_about():
    ex = run("Ngày 5/3, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 05-CT/TU về công tác phòng chống thiên tai.\n"
             "Căn cứ Quy định số 58-QĐ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 6/3/2025.\n"
             "Quốc hội biểu quyết thông qua Nghị quyết bầu Chủ tịch nước. Nghị quyết do Tổng Thư ký Quốc hội trình "
             "bày thể hiện, căn cứ Hiến pháp, căn cứ tờ trình số 852 ngày 2/4 của Ủy ban Thường vụ Quốc hội.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert ("12-KH/TU", "based_on", "58-QĐ/TW") in links
    assert ("05-CT/TU", "based_on", "58-QĐ/TW") not in links
    assert ("Nghị quyết bầu Chủ tịch nước", "based_on", "Hiến pháp") in links
    assert ("Nghị quyết bầu Chủ tịch nước", "based_on", "Tờ trình 852") in links


def test_date_and_issuer_from_the_sentence_and_the_year_from_a_full_date_elsewhere():
    ex = run("Ngày 12/3/2025, Hội đồng nhân dân tỉnh Nghệ An thông qua Nghị quyết 09/2025/NQ-HĐND về giá dịch vụ "
             "khám bệnh. Tại Quyết định số 233/QĐ-UBND ngày 5-9, UBND tỉnh giao các sở triển khai; quyết định có "
             "hiệu lực từ ngày ký, ngày 5-9-2024. Ngày 5/3/2024, Sở Tài chính tỉnh Nghệ An đã có Báo cáo số "
             "112/BC-STC về kết quả thẩm định.", published=date(2025, 6, 1))
    docs = {d.key: d for d in ex.documents}
    nq = docs["09/2025/NQ-HĐND"]
    assert (nq.date, nq.issuer.name) == (date(2025, 3, 12), "Hội đồng nhân dân tỉnh Nghệ An")
    assert docs["233/QĐ-UBND"].date == date(2024, 9, 5)
    bc = docs["112/BC-STC"]
    assert (bc.date, bc.issuer.name) == (date(2024, 3, 5), "Sở Tài chính tỉnh Nghệ An")
    # "thông qua" as a preposition names no adopter
    ex = run("Thông qua Nghị quyết số 15-NQ/TU, tỉnh đã huy động nhiều nguồn lực.")
    assert ex.documents[0].issuer is None


def test_issuer_whose_word_the_document_carries_symbols_with_spaces_and_titles_past_recipients():
    ex = run("Các địa phương thực hiện theo tinh thần chỉ đạo của Ban Bí thư tại Chỉ thị số 21; Ban Thường vụ "
             "Huyện ủy công bố Nghị quyết số 1024/NQ – UBTVQH 15 về sắp xếp đơn vị hành chính cấp xã; Ban Thường "
             "vụ Tỉnh ủy đã ký Công văn số 88-CV/TU gửi các sở, ngành về việc hướng dẫn kiểm kê tài sản công.")
    docs = {d.key: d for d in ex.documents}
    assert docs["Chỉ thị 21"].issuer.name == "Ban Bí thư"
    assert "1024/NQ-UBTVQH15" in docs
    assert docs["88-CV/TU"].title.casefold() == "hướng dẫn kiểm kê tài sản công"


def test_a_short_later_mention_is_the_document_named_in_full_and_titles_stop_at_a_time_adverbial():
    ex = run("Ban Thường vụ Tỉnh ủy thông qua Quy chế phối hợp giữa Ban Tuyên giáo Tỉnh ủy và Sở Văn hóa tỉnh Hà "
             "Tĩnh. Ban Thường vụ Tỉnh ủy yêu cầu triển khai thực hiện Quy chế phối hợp trong tháng 7.")
    assert [d.title for d in ex.documents] == [
        "Quy chế phối hợp giữa Ban Tuyên giáo Tỉnh ủy và Sở Văn hóa tỉnh Hà Tĩnh"]


def test_a_fronted_purpose_clause_names_what_the_issued_documents_implement():
    ex = run("Thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW, Đảng ủy Khối đã xây dựng và ban hành Kế hoạch "
             "số 10-KH/ĐU và Kế hoạch số 11-KH/ĐU. Thực hiện Nghị quyết số 18-NQ/TW, tỉnh đã sắp xếp 20 đơn vị "
             "theo Quyết định số 50/QĐ-UBND.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert links == {(a, "implements", b) for a in ("10-KH/ĐU", "11-KH/ĐU") for b in ("05-CT/TW", "01-KL/TW")}
    docs = {d.key: d for d in run("Thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Kế "
                                  "hoạch số 50-KH/TU.").documents}
    assert docs["50-KH/TU"].issuer.name == "Ban Thường vụ Tỉnh ủy Nghệ An"


def test_a_purpose_clause_after_a_long_lead_that_names_no_document():
    ex = run("Theo báo cáo do đồng chí Lò Thị Xuân, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Đồng Nai trình "
             "bày, thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 127-KH/TU ngày "
             "15-1-2018 và Chương trình số 09-CTr/TU ngày 2-2-2018 để triển khai thực hiện.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("127-KH/TU", "implements", "18-NQ/TW"), ("09-CTr/TU", "implements", "18-NQ/TW")} <= links


def test_a_purpose_clause_closed_by_a_stop_before_the_sentence_that_issues():
    ex = run("Thực hiện Hướng dẫn số 113-HD/BTGTW ngày 30/6/2022 của Ban Tuyên giáo Trung ương về tuyên truyền kỷ niệm "
             "110 năm Ngày sinh đồng chí Võ Chí Công và Hướng dẫn số 61-HD/BTGTU, ngày 11/7/2022 của Ban Tuyên giáo "
             "Tỉnh ủy An Giang.\n\nNgày 15/7/2022, Ban Thường vụ Hội Nông dân tỉnh An Giang ban hành Công văn số "
             "512-CV/HNDT đề nghị các huyện tuyên truyền. Thực hiện Nghị quyết số 18-NQ/TW. Tỉnh đã sắp xếp 20 đơn "
             "vị.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert links == {("512-CV/HNDT", "implements", "113-HD/BTGTW"), ("512-CV/HNDT", "implements", "61-HD/BTGTU")}


def test_what_a_replaced_document_carried_out_is_not_replaced_too():
    ex = run("UBND tỉnh ban hành Kế hoạch số 417/KH-UBND ngày 8/8/2016. Kế hoạch này thay thế Kế hoạch số 233/KH-UBND "
             "ngày 12/5/2012 của UBND tỉnh thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị. Nghị định "
             "số 12/2024/NĐ-CP của Chính phủ có hiệu lực từ ngày ký. Nghị định này sửa đổi, bổ sung một số điều của "
             "Nghị định số 45/2020/NĐ-CP và Nghị định số 46/2020/NĐ-CP.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert ("417/KH-UBND", "replaces", "233/KH-UBND") in links
    assert ("417/KH-UBND", "replaces", "03-CT/TW") not in links
    assert {("12/2024/NĐ-CP", "amends", "45/2020/NĐ-CP"), ("12/2024/NĐ-CP", "amends", "46/2020/NĐ-CP")} <= links


def test_a_document_said_of_itself_replaces_and_the_nearest_type_word_names_a_sign():
    ex = run("UBND tỉnh ban hành Quyết định số 41/2024/QĐ-UBND ngày 25/11/2024 quy định tiêu chuẩn. Quyết định có "
             "hiệu lực từ ngày 10/12/2024 và thay thế Quyết định số 12/2019/QĐ-UBND ngày 3/5/2019 của UBND tỉnh; "
             "Quyết định số 15/2019/QĐ-UBND. Thực hiện Luật Nghĩa vụ quân sự và Quyết định số 2216/QĐ-UBND của UBND "
             "tỉnh về giao chỉ tiêu tuyển quân, huyện đã tuyển chọn 172 công dân.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("41/2024/QĐ-UBND", "replaces", "12/2019/QĐ-UBND"), ("41/2024/QĐ-UBND", "replaces", "15/2019/QĐ-UBND")} <= links
    docs = {d.key: d for d in ex.documents}
    assert docs["2216/QĐ-UBND"].type == "Quyết định" and docs["2216/QĐ-UBND"].title == "Giao chỉ tiêu tuyển quân"
    assert "Luật Nghĩa vụ quân sự" in docs


def test_lineage_by_purpose_by_a_guide_s_subject_and_not_by_an_activity_alongside():
    ex = run("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 168-KH/TU ngày 6-1-2025 để triển khai học tập, quán triệt "
             "Nghị quyết số 57-NQ/TW. Việc kiểm tra theo Hướng dẫn số 02-HD/TW ngày 09/12/2021 của Ban Bí thư về một "
             "số vấn đề cụ thể thi hành Điều lệ Đảng. Tổ chức học tập Quy định số 144-QĐ/TW gắn với thực hiện Kết "
             "luận số 01-KL/TW.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert links == {("168-KH/TU", "implements", "57-NQ/TW"), ("02-HD/TW", "implements", "Điều lệ Đảng")}


def test_bases_named_with_a_publishing_word_stay_bases():
    ex = run("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015, Luật Đất đai (sửa "
             "đổi) số 31/2024/QH15; UBND tỉnh ban hành Quyết định số 5/2025/QĐ-UBND.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert links == {("5/2025/QĐ-UBND", "based_on", "80/2015/QH13"), ("5/2025/QĐ-UBND", "based_on", "31/2024/QH15")}
    assert {d.key: d.date for d in ex.documents}["31/2024/QH15"] is None


def test_a_legal_text_s_title_names_what_it_amends_and_wrapped_lines_join():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH THANH HÓA\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\n|\nSố: 23/2024/NQ-HĐND\n|\nThanh Hóa, ngày 12 tháng 7 năm 2024\n|\nNGHỊ QUYẾT\nSỬA ĐỔI, BỔ SUNG "
            "MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 177/2021/NQ-HĐND NGÀY 10 THÁNG 12\nNĂM 2021 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. "
            "Nghị quyết này có hiệu lực từ ngày 22 tháng 7 năm 2024 và thay thế\nNghị quyết số 05/2019/NQ-HĐND của "
            "Hội đồng nhân dân tỉnh.")
    links = {(l.source, l.rel, l.target) for l in run(text).links}
    assert {("23/2024/NQ-HĐND", "amends", "177/2021/NQ-HĐND"),
            ("23/2024/NQ-HĐND", "replaces", "05/2019/NQ-HĐND")} <= links


def test_congress_resolutions_lists_of_adopted_texts_and_a_headline_s_unnumbered_mention():
    ex = run("Phiên bế mạc, đại hội biểu quyết thông qua Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Lào Cai lần thứ X, "
             "nhiệm kỳ 2023 - 2028 với 100% đại biểu tán thành. Sau thảo luận, hội nghị đã thống nhất thông qua: Quy "
             "chế làm việc của Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025 (sửa đổi, bổ sung); Quy định về tiêu "
             "chuẩn, điều kiện bổ nhiệm cán bộ diện Ban Thường vụ Huyện ủy quản lý và Chương trình kiểm tra, giám "
             "sát năm 2024 của Ban Chấp hành Đảng bộ huyện.")
    assert {d.key for d in ex.documents} == {
        "Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh Lào Cai lần thứ X, nhiệm kỳ 2023 - 2028",
        "Quy chế làm việc của Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2020-2025 (sửa đổi, bổ sung)",
        "Quy định về tiêu chuẩn, điều kiện bổ nhiệm cán bộ diện Ban Thường vụ Huyện ủy quản lý",
        "Chương trình kiểm tra, giám sát năm 2024 của Ban Chấp hành Đảng bộ huyện"}
    ex = run("Hội nghị công bố Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã. Chiều 2-12, "
             "Huyện ủy công bố Nghị quyết số 1283/NQ-UBTVQH15 ngày 14/11/2024 của Ủy ban Thường vụ Quốc hội về việc "
             "sắp xếp đơn vị hành chính cấp xã của tỉnh Thái Bình. Theo chương trình, sáng 30/11, Quốc hội sẽ biểu "
             "quyết thông qua Luật Dữ liệu; chiều cùng ngày biểu quyết thông qua Nghị quyết về dự toán ngân sách.")
    assert [d.key for d in ex.documents] == ["1283/NQ-UBTVQH15"]


def test_a_named_document_with_a_subject_coordinated_after_a_cited_numbered_one():
    ex = run("Tổ chức học tập gắn với thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Nghị quyết "
             "Trung ương 4 khóa XIII về tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị.")
    assert "Nghị quyết Trung ương 4 khóa XIII về tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị" in {
        d.key for d in ex.documents}


def test_an_issuer_s_name_stops_at_what_the_document_does_and_takes_the_unit_s_number():
    ex = run("Sáng 26-12, Bộ Tư lệnh Quân khu 4 tổ chức hội nghị tổng kết. Các đơn vị thực hiện nghiêm Nghị quyết số "
             "1657-NQ/QUTW của Quân ủy Trung ương và Kế hoạch số 215/KH-BTL của Bộ Tư lệnh Quân khu triển khai thực "
             "hiện Nghị quyết số 1657-NQ/QUTW.")
    assert {d.key: d.issuer.name for d in ex.documents}["215/KH-BTL"] == "Bộ Tư lệnh Quân khu 4"
    assert ("215/KH-BTL", "implements", "1657-NQ/QUTW") in {(l.source, l.rel, l.target) for l in ex.links}


def test_the_text_itself_named_without_a_title_and_a_modal_verb_are_no_documents():
    ex = run("Căn cứ Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng, Ban Thường "
             "vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau. Quy định phải gắn với trách nhiệm người đứng đầu. Đảng "
             "bộ thành phố Cần Thơ thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa I.")
    assert {d.key for d in ex.documents} == {
        "144-QĐ/TW", "Quy chế làm việc của Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa I"}


def test_documents_of_the_same_day_and_the_president_as_issuer():
    ex = run("Đồng chí Cầm Bá Xuân công bố Quyết định số 2105-QĐ/TU ngày 18/4/2024 của Ban Thường vụ Tỉnh ủy Sơn La điều "
             "động đồng chí Mè Văn Tuấn; Quyết định số 2106-QĐ/TU cùng ngày cho đồng chí Hà Văn Sương thôi giữ chức. "
             "Theo Quyết định số 502/QĐ-TTg và 503/QĐ-TTg cùng ngày 12/6/2024, thời hạn kỷ luật là 12 tháng. Chủ tịch "
             "nước đã ký Quyết định số 602/QĐ-CTN. Theo Hiến pháp, Chủ tịch nước là người đứng đầu Nhà nước.")
    docs = {d.key: d for d in ex.documents}
    assert (docs["2106-QĐ/TU"].date, docs["2106-QĐ/TU"].issuer.name) == (date(2024, 4, 18), "Ban Thường vụ Tỉnh ủy Sơn La")
    assert docs["502/QĐ-TTg"].date == docs["503/QĐ-TTg"].date == date(2024, 6, 12)
    assert docs["602/QĐ-CTN"].issuer.name == "Chủ tịch nước"
    assert docs["Hiến pháp"].issuer is None


def test_lineage_in_a_guide_s_title_issued_lists_after_a_purpose_and_a_sign_ending_a_sentence():
    ex = run("Thực hiện Kết luận số 121-KL/TW ngày 24/1/2025 về tổng kết Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy "
             "đã ban hành Quyết định số 1845-QĐ/TU ngày 31/1/2025 thành lập Đảng bộ các cơ quan Đảng tỉnh; Quyết định "
             "số 1846-QĐ/TU cùng ngày thành lập Đảng bộ Ủy ban nhân dân tỉnh và Quyết định số 1847-QĐ/TU cùng ngày "
             "giải thể Đảng bộ Khối. Công tác kiểm tra theo Hướng dẫn số 02-HD/UBKTTW của Ủy ban Kiểm tra Trung ương "
             "hướng dẫn thực hiện một số điều của Quy định số 22-QĐ/TW. Các cấp quán triệt Chỉ thị số 45-CT/TW. Thực "
             "hiện Hướng dẫn số 18-HD/BTGDVTW, Ban Tuyên giáo đã ban hành Kế hoạch số 45-KH/BTGDVTU.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert links == {("1845-QĐ/TU", "implements", "121-KL/TW"), ("1846-QĐ/TU", "implements", "121-KL/TW"),
                     ("1847-QĐ/TU", "implements", "121-KL/TW"), ("02-HD/UBKTTW", "implements", "22-QĐ/TW"),
                     ("45-KH/BTGDVTU", "implements", "18-HD/BTGDVTW")}


def test_a_charter_is_named_by_its_body_and_a_dash_between_states_is_inside_a_title():
    ex = run("Theo Điều lệ Mặt trận Tổ quốc Việt Nam, Đại hội hiệp thương cử 45 vị. Đại hội thông qua Điều lệ "
             "Liên đoàn Thương mại và Công nghiệp Việt Nam (sửa đổi). Hai bên ký Biên bản Phiên họp lần thứ 13 "
             "Ủy ban hợp tác Việt Nam - Nhật Bản.")
    titles = {d.title for d in ex.documents}
    assert {"Điều lệ Mặt trận Tổ quốc Việt Nam",
            "Điều lệ Liên đoàn Thương mại và Công nghiệp Việt Nam (sửa đổi)",
            "Biên bản Phiên họp lần thứ 13 Ủy ban hợp tác Việt Nam - Nhật Bản"} <= titles


def test_a_party_text_headed_by_the_central_committee_and_signed_for_the_politburo():
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 262-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 01 tháng 10 năm 2024\n"
            "QUY ĐỊNH\nvề đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân\n"
            "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí "
            "thư (khóa XIII);\nBộ Chính trị quy định như sau:\nĐiều 1. Phạm vi điều chỉnh\n"
            "Quy định này thay thế Quy định số 124-QĐ/TW, ngày 04/10/2023 của Bộ Chính trị.\n"
            "T/M BỘ CHÍNH TRỊ\nTrương Thị Hoa")
    ex = run(text)
    own = next(d for d in ex.documents if d.key == "262-QĐ/TW")
    assert (own.issuer.name, own.date, own.title) == (
        "Bộ Chính trị", date(2024, 10, 1), "Đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân")
    links = {(link.source, link.rel, link.target) for link in ex.links}
    assert ("262-QĐ/TW", "based_on",
            "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư (khóa XIII)") in links
    assert ("262-QĐ/TW", "replaces", "124-QĐ/TW") in links


def test_documents_replaced_together_are_each_replaced():
    ex = run("Nghị định số 168/2024/NĐ-CP thay thế Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP.")
    assert {(link.source, link.rel, link.target) for link in ex.links} == {
        ("168/2024/NĐ-CP", "replaces", "100/2019/NĐ-CP"), ("168/2024/NĐ-CP", "replaces", "123/2021/NĐ-CP")}


def test_a_legal_text_after_a_news_lede_takes_its_header_s_subject_and_basis():
    text = ("Ngày 12/7/2024, HĐND tỉnh Bắc Ninh ban hành Nghị quyết số 05/2024/NQ-HĐND quy định mức hỗ trợ cán bộ "
            "dôi dư. Toàn văn như sau:\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 05/2024/NQ-HĐND | Bắc Ninh, ngày 12 tháng 7 năm 2024\nNGHỊ QUYẾT\nQuy định mức hỗ trợ đối với "
            "cán bộ dôi dư do sắp xếp đơn vị hành chính\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH\n"
            "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ Nghị định số 29/2023/NĐ-CP ngày 03 "
            "tháng 6 năm 2023 của Chính phủ quy định về tinh giản biên chế;\nQUYẾT NGHỊ:\nĐiều 1. Mức hỗ trợ.")
    ex = run(text)
    own = next(d for d in ex.documents if d.key == "05/2024/NQ-HĐND")
    assert own.title == "Quy định mức hỗ trợ đối với cán bộ dôi dư do sắp xếp đơn vị hành chính"
    assert {(link.source, link.rel, link.target) for link in ex.links} == {
        ("05/2024/NQ-HĐND", "based_on", "Luật Ngân sách nhà nước"), ("05/2024/NQ-HĐND", "based_on", "29/2023/NĐ-CP")}


def test_every_text_on_a_basis_line_is_a_basis_after_a_semicolon_too():
    ex = run("QUYẾT ĐỊNH:\nCăn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều "
             "của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;\nỦy ban nhân dân tỉnh ban hành "
             "Quyết định số 45/2024/QĐ-UBND về phân cấp quản lý cán bộ.")
    amending = "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"
    assert amending in {d.key for d in ex.documents}
    links = {(link.source, link.rel, link.target) for link in ex.links}
    assert {(amending, "amends", "Luật Cán bộ, công chức"), (amending, "amends", "Luật Viên chức")} <= links


def test_a_committee_under_its_party_organisation_s_name_issues_and_its_secretary_signs():
    text = ("ĐẢNG BỘ TỈNH BÌNH PHƯỚC\nTỈNH ỦY\n*\nSố 12-QĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Xoài, ngày 15 tháng 3 "
            "năm 2024\nQUY ĐỊNH\nvề phân cấp quản lý cán bộ\n- Căn cứ Điều lệ Đảng;\nĐiều 1. Phạm vi.\n"
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nLâm Quang Sơn")
    ex = run(text)
    own = next(d for d in ex.documents if d.key == "12-QĐ/TU")
    assert own.issuer.name == "Ban Thường vụ Tỉnh ủy Bình Phước"
    assert {(x.title, x.org.name) for p in ex.persons if p.name == "Lâm Quang Sơn" for x in p.positions} == {
        ("Bí thư", "Tỉnh ủy Bình Phước")}


def test_the_signer_of_an_office_s_decision_holds_a_post_in_the_office_s_body():
    text = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2345/QĐ-UBND | Nghệ An, ngày 12 "
            "tháng 8 năm 2024\nQUYẾT ĐỊNH\nVề việc bổ nhiệm cán bộ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Bổ nhiệm ông "
            "Nguyễn Văn Hòa, Phó Giám đốc Sở Tài chính, giữ chức vụ Giám đốc Sở Tài chính.\nKT. CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\nLê Hồng Vinh")
    ex = run(text)
    assert next(d for d in ex.documents if d.key == "2345/QĐ-UBND").issuer.name == "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"
    assert {(x.title, x.org.name) for p in ex.persons if p.name == "Lê Hồng Vinh" for x in p.positions} == {
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")}


def test_instruments_signed_between_states_and_their_titles():
    ex = run("Sáng 14/4, tại Hà Nội, hai bên đã ký Hiệp định về hợp tác xây dựng tuyến đường sắt Lào Cai - Hà Nội - Hải "
             "Phòng và Tuyên bố chung về tiếp tục làm sâu sắc quan hệ. Bản ghi nhớ về hợp tác quốc phòng ký năm 2022 "
             "vẫn được thực hiện. Việt Nam luôn tuân thủ Công ước Liên hợp quốc về Luật Biển năm 1982.",
             published=date(2025, 4, 15))
    titles = {d.title for d in ex.documents}
    assert {"Hiệp định về hợp tác xây dựng tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng",
            "Tuyên bố chung về tiếp tục làm sâu sắc quan hệ",
            "Công ước Liên hợp quốc về Luật Biển năm 1982"} <= titles
    assert not any(t and t.endswith("năm 2022") for t in titles)


def test_a_second_lineage_verb_and_a_later_clause_keep_the_sentence_s_subject():
    ex = run("Quy định số 172-QĐ/TW có hiệu lực từ ngày ký, thay thế Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp "
             "hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên và sửa đổi, bổ sung Điều 3 Quy định số "
             "101-QĐ/TW ngày 7/6/2012 của Ban Bí thư. Ngày 25/2/2025, Chính phủ ban hành Nghị định số 33/2025/NĐ-CP "
             "quy định cơ cấu tổ chức của Bộ Xây dựng. Nghị định được ban hành căn cứ Luật Tổ chức Chính phủ ngày 18 "
             "tháng 02 năm 2025 và Nghị quyết số 176/2025/QH15; có hiệu lực từ ngày 1/3/2025, thay thế Nghị định số "
             "52/2022/NĐ-CP ngày 8/8/2022. Quyết định số 512/QĐ-NHNN được ban hành căn cứ Nghị định số 26/2025/NĐ-CP "
             "và thay thế Quyết định số 1123/QĐ-NHNN ngày 4/6/2019.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("172-QĐ/TW", "replaces", "08-QĐi/TW"), ("172-QĐ/TW", "amends", "101-QĐ/TW"),
            ("33/2025/NĐ-CP", "replaces", "52/2022/NĐ-CP"), ("33/2025/NĐ-CP", "based_on", "176/2025/QH15"),
            ("512/QĐ-NHNN", "based_on", "26/2025/NĐ-CP"), ("512/QĐ-NHNN", "replaces", "1123/QĐ-NHNN")} <= links
    assert not {link for link in links if link[0] in ("176/2025/QH15", "52/2022/NĐ-CP", "1123/QĐ-NHNN")}
    title = next(d.title for d in ex.documents if d.key == "08-QĐi/TW")
    assert title == "Trách nhiệm nêu gương của cán bộ, đảng viên"


def test_a_congress_s_resolution_and_political_report_by_their_names():
    ex = run("Đại hội đã nghe và thông qua Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện Lục Ngạn khóa XXIII trình "
             "Đại hội; biểu quyết thông qua Nghị quyết Đại hội đại biểu Đảng bộ huyện Lục Ngạn lần thứ XXIV, nhiệm kỳ "
             "2020 - 2025. Đại hội Công đoàn tỉnh Ninh Thuận thông qua Nghị quyết Đại hội Công đoàn tỉnh Ninh Thuận "
             "lần thứ XII.")
    docs = {d.key: d for d in ex.documents}
    assert docs["Báo cáo chính trị"].issuer.name == "Ban Chấp hành Đảng bộ huyện Lục Ngạn"
    assert "Nghị quyết Đại hội đại biểu Đảng bộ huyện Lục Ngạn lần thứ XXIV, nhiệm kỳ 2020 - 2025" in docs
    assert "Nghị quyết Đại hội Công đoàn tỉnh Ninh Thuận lần thứ XII" in docs


def test_a_decree_detailing_a_law_implements_it_and_a_guide_implements_only_the_decree():
    ex = run("Ngày 18-7-2025, Bộ Tài chính ban hành Thông tư số 72/2025/TT-BTC hướng dẫn thực hiện Nghị định số "
             "186/2025/NĐ-CP ngày 01-7-2025 của Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng tài "
             "sản công.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert links == {("72/2025/TT-BTC", "implements", "186/2025/NĐ-CP"),
                     ("186/2025/NĐ-CP", "implements", "Luật Quản lý, sử dụng tài sản công")}


def test_a_legal_text_whose_header_the_page_lost_is_the_page_s_own_document():
    page = ("THƯ VIỆN PHÁP LUẬT\nNghị quyết 35/2021/NQ-HĐND quy định mức chi công tác hòa giải ở cơ sở tỉnh Sơn La\n\n"
            "NGHỊ QUYẾT\nQUY ĐỊNH MỨC CHI CÔNG TÁC HÒA GIẢI Ở CƠ SỞ\n\nHỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA\n"
            "KHÓA XV, KỲ HỌP THỨ TƯ\n\nCăn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;\nCăn cứ Nghị định số "
            "15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ;\n\nQUYẾT NGHỊ:\nĐiều 1. Quy định mức chi.\n"
            "Điều 2. Tổ chức thực hiện\n3. Nghị quyết này thay thế Nghị quyết số 96/2014/NQ-HĐND ngày 16 tháng 12 "
            "năm 2014 của HĐND tỉnh.\n\nCHỦ TỊCH\nCầm Văn Piêng")
    links = {(l.source, l.rel, l.target) for l in run(page).links}
    assert {("35/2021/NQ-HĐND", "based_on", "Luật Hòa giải ở cơ sở"), ("35/2021/NQ-HĐND", "based_on", "15/2014/NĐ-CP"),
            ("35/2021/NQ-HĐND", "replaces", "96/2014/NQ-HĐND")} <= links


def test_a_basis_holds_for_every_decision_a_sentence_issues_or_a_plural_names_back():
    ex = run("Căn cứ Điều lệ Đảng và Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị, Bộ Chính trị đã ban hành "
             "Quyết định số 1702-QĐNS/TW ngày 4/12/2024 điều động đồng chí Lã Văn Quý giữ chức Phó Trưởng Ban Nội "
             "chính Trung ương; và Quyết định số 1703-QĐNS/TW cùng ngày điều động đồng chí Mai Đức Khang giữ chức "
             "Bí thư Tỉnh ủy Hà Giang.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    for source in ("1702-QĐNS/TW", "1703-QĐNS/TW"):
        assert (source, "based_on", "80-QĐ/TW") in links
    ex = run("Bộ trưởng Bộ Nội vụ ký Quyết định số 410/QĐ-BNV ngày 2/3/2023 bổ nhiệm ông Kim Văn Dũng. Quyết định số "
             "411/QĐ-BNV cùng ngày bổ nhiệm bà Ông Thị Hạnh. Các quyết định nêu trên được ban hành căn cứ Nghị định số "
             "63/2022/NĐ-CP ngày 12/9/2022 của Chính phủ.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("410/QĐ-BNV", "based_on", "63/2022/NĐ-CP"), ("411/QĐ-BNV", "based_on", "63/2022/NĐ-CP")} <= links


def test_titles_through_compounds_and_up_to_a_fronted_clause_and_no_title_from_a_locative():
    ex = run("Thực hiện Nghị quyết số 190/2025/QH15 ngày 19/2/2025 của Quốc hội về xử lý một số vấn đề liên quan đến "
             "sắp xếp tổ chức bộ máy nhà nước, Bộ Nội vụ và Bộ Lao động - Thương binh và Xã hội đã hợp nhất. Bộ trưởng "
             "đề nghị bám sát Nghị quyết số 120/NQ-CP ngày 17/11/2017 của Chính phủ về phát triển bền vững đồng bằng "
             "sông Cửu Long thích ứng với biến đổi khí hậu. Sở Văn hóa tuyên truyền Nghị quyết trên các phương tiện "
             "thông tin đại chúng.")
    titles = {d.key: d.title for d in ex.documents}
    assert titles["190/2025/QH15"] == "Xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước"
    assert titles["120/NQ-CP"] == "Phát triển bền vững đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu"
    assert not any(d.key.startswith("Nghị quyết trên") for d in ex.documents)


def test_a_head_s_bare_title_issues_for_the_body_the_sign_names_and_personnel_words_are_no_title():
    ex = run("Căn cứ Quyết định số 1930/QĐ-NHNN ngày 5/10/2024 của Thống đốc, Hội đồng thành viên ban hành quyết định. "
             "Quyết định số 1417/QĐ-BTP ngày 3/7/2023 của Bộ trưởng giao quyền Vụ trưởng Vụ Pháp chế cho bà Lò Thị "
             "Mai. Quyết định số 1418/QĐ-BTP ngày 3/7/2023 của Bộ trưởng giao chỉ tiêu biên chế năm 2024.")
    docs = {d.key: d for d in ex.documents}
    assert docs["1930/QĐ-NHNN"].issuer.name == "Thống đốc Ngân hàng Nhà nước Việt Nam"
    assert docs["1417/QĐ-BTP"].issuer.name == "Bộ trưởng Bộ Tư pháp"
    assert docs["1417/QĐ-BTP"].title is None
    assert docs["1418/QĐ-BTP"].title == "Giao chỉ tiêu biên chế năm 2024"


def test_joint_programmes_a_subject_s_second_lineage_and_a_text_s_own_enacting_items():
    ex = run("Chương trình phối hợp số 07/CTPH-MTTQ-CAT được ban hành để triển khai thực hiện Chương trình phối hợp số "
             "09/CTPH-BCA-MTTW ngày 18-1-2022 giữa Bộ Công an và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về "
             "bảo đảm an ninh, đồng thời thay thế Chương trình phối hợp số 14/CTPH-MTTQ-CAT ngày 2-3-2018. Bộ Tài chính "
             "ban hành Thông tư số 18/2025/TT-BTC ngày 30/5/2025 hướng dẫn quản lý quỹ. Thông tư thay thế Thông tư số "
             "41/2021/TT-BTC; đồng thời bãi bỏ Thông tư số 12/2020/TT-BTC. Căn cứ Quy chế làm việc số 02-QC/TU, ngày "
             "2/11/2020 của Ban Chấp hành Đảng bộ tỉnh.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert ("07/CTPH-MTTQ-CAT", "implements", "09/CTPH-BCA-MTTW") in links
    assert ("07/CTPH-MTTQ-CAT", "replaces", "14/CTPH-MTTQ-CAT") in links
    assert ("18/2025/TT-BTC", "replaces", "41/2021/TT-BTC") in links
    assert not any(t == "12/2020/TT-BTC" for _, _, t in links)
    assert {d.type for d in ex.documents if d.key.endswith("CTPH-MTTQ-CAT")} == {"Chương trình phối hợp"}
    assert not any(d.key.startswith("Quy chế làm việc") for d in ex.documents)
    ex = run("HĐND tỉnh Hòa Bình thông qua Nghị quyết số 22/2021/NQ-HĐND ngày 10/12/2021 quy định mức phụ cấp.\n"
             "QUYẾT NGHỊ:\nĐiều 5. Hiệu lực thi hành\n1. Nghị quyết này thay thế Nghị quyết số 140/2019/NQ-HĐND ngày "
             "12 tháng 12 năm 2019 của Hội đồng nhân dân tỉnh Hòa Bình.\n2. Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết "
             "số 57/2020/NQ-HĐND ngày 09 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh Hòa Bình.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("22/2021/NQ-HĐND", "replaces", "140/2019/NQ-HĐND"), ("22/2021/NQ-HĐND", "amends", "57/2020/NQ-HĐND")} <= links


def test_an_office_named_with_its_body_s_letters_and_a_title_that_ends_before_what_the_body_holds():
    ex = run("Quyết định số 1821/QĐ-NHNN ngày 2/10/2023 của Thống đốc NHNN về việc chấp thuận nhân sự. Quyết định số "
             "517/QĐ-CTN ngày 3/4/2023 của Chủ tịch nước về việc đặc xá. Quyết định số 1532/QĐ-ĐHH của Giám đốc Đại học "
             "Huế công nhận Hội đồng trường Trường Đại học Y Dược nhiệm kỳ 2020 - 2025 gồm 17 thành viên.")
    docs = {d.key: d for d in ex.documents}
    assert docs["1821/QĐ-NHNN"].issuer.name == "Thống đốc Ngân hàng Nhà nước Việt Nam"
    assert docs["517/QĐ-CTN"].issuer.name == "Chủ tịch nước"
    assert run("Quyết định số 1999/QĐ-KTNN ngày 30/12/2020 của Tổng Kiểm toán Nhà nước ban hành Kế hoạch kiểm toán "
               "năm 2021.").documents[0].issuer.name == "Tổng Kiểm toán Nhà nước"
    assert docs["1532/QĐ-ĐHH"].issuer.name == "Giám đốc Đại học Huế"
    assert docs["1532/QĐ-ĐHH"].title == "Công nhận Hội đồng trường Trường Đại học Y Dược nhiệm kỳ 2020 - 2025"


def test_a_law_s_title_ends_before_and_a_verb():
    ex = run("Các nghị quyết được ban hành căn cứ Luật Tổ chức Quốc hội năm 2014, Luật Tổ chức chính quyền địa phương "
             "năm 2015 và có hiệu lực kể từ ngày thông qua.")
    assert "Luật Tổ chức chính quyền địa phương năm 2015" in {d.key for d in ex.documents}


def test_signs_listed_together_share_what_follows_the_last_and_an_issuer_said_before_their_list():
    ex = run("Trung tướng Vũ Minh Lưu công bố các Quyết định số 6512/QĐ-BCA, 6513/QĐ-BCA và 6514/QĐ-BCA cùng ngày "
             "15/8/2024 của Bộ trưởng Bộ Công an. Ông Vụ trưởng công bố các quyết định của Bộ trưởng Bộ Nội vụ: "
             "Quyết định số 156/QĐ-BNV ngày 1/3/2025 bổ nhiệm ông Tạ Văn Lâm; Quyết định số 157/QĐ-BNV cùng ngày "
             "bổ nhiệm bà Lò Thị Khuyến.")
    docs = {d.key: d for d in ex.documents}
    for key in ("6512/QĐ-BCA", "6513/QĐ-BCA", "6514/QĐ-BCA"):
        assert (docs[key].date, docs[key].issuer.name) == (date(2024, 8, 15), "Bộ trưởng Bộ Công an")
    assert docs["157/QĐ-BNV"].issuer.name == "Bộ trưởng Bộ Nội vụ"


def test_a_title_ends_at_trong_do_and_what_the_document_is_for_is_its_lineage():
    ex = run("Ngày 28/7/2021, Ban Chấp hành Trung ương Đảng ban hành Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát "
             "và kỷ luật của Đảng, trong đó, bổ sung, sửa đổi nhiều nội dung quan trọng để cụ thể hóa Nghị quyết Đại hội "
             "XIII của Đảng và phù hợp với thực tiễn.")
    docs = {d.key: d for d in ex.documents}
    assert docs["22-QĐ/TW"].title == "Công tác kiểm tra, giám sát và kỷ luật của Đảng"
    assert ("22-QĐ/TW", "implements", "Nghị quyết Đại hội XIII của Đảng") in {(l.source, l.rel, l.target) for l in ex.links}


def test_a_party_sign_with_its_office_and_a_congress_resolution_a_numbered_programme_carries_out():
    ex = run("Ngày 15/9/2025, Ban Thường vụ Tỉnh đoàn Thái Nguyên ban hành Chương trình hành động số 05-CTr/TĐTN-VP thực "
             "hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ XXI.")
    congress = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Nguyên lần thứ XXI"
    assert {d.key for d in ex.documents} == {"05-CTr/TĐTN-VP", congress}
    assert {(l.source, l.rel, l.target) for l in ex.links} == {("05-CTr/TĐTN-VP", "implements", congress)}


def test_a_document_said_to_replace_another_is_the_one_of_its_type_named_last_not_the_one_replaced():
    ex = run("Thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương, UBND tỉnh ban hành Kế hoạch số 98/KH-UBND. "
             "Ngày 7/7/2023, HĐND tỉnh thông qua Nghị quyết số 07/2023/NQ-HĐND quy định chính sách hỗ trợ liên kết sản "
             "xuất.\n\nThay thế Nghị quyết 11/2019/NQ-HĐND\n\nNghị quyết có hiệu lực từ ngày 20/7/2023 và thay thế "
             "Nghị quyết số 11/2019/NQ-HĐND của HĐND tỉnh.")
    assert ("07/2023/NQ-HĐND", "replaces", "11/2019/NQ-HĐND") in {(l.source, l.rel, l.target) for l in ex.links}
    assert not any(l.source == "19-NQ/TW" for l in ex.links)


def test_a_document_named_inside_a_basis_s_title_is_no_basis_of_its_own():
    ex = run("Hội nghị công bố Quyết định số 2298/QĐ-UBND ngày 27/8/2025 của Chủ tịch UBND tỉnh. Quyết định được ban "
             "hành căn cứ Nghị định số 85/2023/NĐ-CP ngày 7/12/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị "
             "định số 115/2020/NĐ-CP ngày 25/9/2020 quy định về tuyển dụng, sử dụng và quản lý viên chức.")
    assert {(l.source, l.rel, l.target) for l in ex.links} == {
        ("2298/QĐ-UBND", "based_on", "85/2023/NĐ-CP"), ("85/2023/NĐ-CP", "amends", "115/2020/NĐ-CP")}
    # cited on its own as well, it is a basis all the same
    ex = run("Theo Quyết định số 502/QĐ-TTg ngày 12/6/2024, ông A bị kỷ luật. Căn cứ để Thủ tướng quyết định là Nghị định "
             "số 112/2020/NĐ-CP ngày 18/9/2020 của Chính phủ về xử lý kỷ luật cán bộ và Nghị định số 71/2023/NĐ-CP ngày "
             "20/9/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 112/2020/NĐ-CP.")
    assert ("502/QĐ-TTg", "based_on", "112/2020/NĐ-CP") in {(l.source, l.rel, l.target) for l in ex.links}


def test_a_law_s_year_closes_its_name_and_a_sign_may_name_a_unit_after_a_dot():
    ex = run("Căn cứ Luật Tổ chức Tòa án nhân dân năm 2014 và đề nghị của Chánh án TAND tối cao, Chủ tịch nước đã ký Quyết "
             "định số 812/QĐ-CTN. Văn phòng Chính phủ có Văn bản số 5432/VPCP-V.I gửi các bộ.")
    assert {d.key for d in ex.documents} == {"Luật Tổ chức Tòa án nhân dân năm 2014", "812/QĐ-CTN", "5432/VPCP-V.I"}
    assert ("812/QĐ-CTN", "based_on", "Luật Tổ chức Tòa án nhân dân năm 2014") in {
        (l.source, l.rel, l.target) for l in ex.links}


def test_an_official_who_issues_a_document_is_its_issuer_and_several_officials_are_none():
    ex = run("Ngày 20/5/2022, Tổng Thanh tra Chính phủ ban hành Quyết định số 512/QĐ-TTCP về thanh tra đất đai. Kết thúc "
             "phiên họp, hai Phó Thủ tướng đã ký Biên bản Phiên họp lần thứ 26 Ủy ban liên Chính phủ Việt Nam - Nga.")
    issuers = {d.key: d.issuer.name if d.issuer else None for d in ex.documents}
    assert issuers["512/QĐ-TTCP"] == "Tổng Thanh tra Chính phủ"
    assert issuers["Biên bản Phiên họp lần thứ 26 Ủy ban liên Chính phủ Việt Nam - Nga"] is None


def test_a_law_named_again_by_its_name_or_year_is_the_numbered_one_and_a_law_spoken_of_is_none():
    ex = run("Quyết định được ban hành căn cứ Luật Đất đai số 31/2024/QH15 và Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 "
             "của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai, nhằm thực hiện các nội dung Luật giao "
             "địa phương quy định chi tiết. UBND tỉnh ban hành Kế hoạch số 6688/KH-UBND ngày 12/8/2024 triển khai thi "
             "hành Luật Đất đai trên địa bàn tỉnh. Tỉnh ủy ban hành Chỉ thị số 28-CT/TU về tổ chức thi hành Luật Đất đai "
             "năm 2024.")
    assert {d.key for d in ex.documents} == {"31/2024/QH15", "102/2024/NĐ-CP", "6688/KH-UBND", "28-CT/TU"}
    assert {(l.source, l.rel, l.target) for l in ex.links} >= {
        ("102/2024/NĐ-CP", "implements", "31/2024/QH15"), ("6688/KH-UBND", "implements", "31/2024/QH15"),
        ("28-CT/TU", "implements", "31/2024/QH15")}
    # an older law of the same name, dated, stays its own; a lower-case name is a name all the same
    ex = run("Căn cứ Luật Tổ chức Chính phủ ngày 25/12/2001; Luật Tổ chức Chính phủ số 76/2015/QH13. Quốc hội biểu quyết "
             "thông qua Luật tài nguyên, môi trường biển và hải đảo.")
    keys = {d.key for d in ex.documents}
    assert "Luật Tổ chức Chính phủ" in keys and "76/2015/QH13" in keys
    assert "Luật tài nguyên, môi trường biển và hải đảo" in keys


def test_a_document_carrying_out_one_called_back_by_its_type_or_fronted_after_a_lead():
    ex = run("Bí thư Huyện ủy cho biết, thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng "
             "bộ các cấp, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 41-KH/HU ngày 2/7/2019 về tổ chức đại hội. "
             "Huyện tập trung thực hiện Nghị quyết số 05-NQ/HU ngày 20/12/2019 của Ban Chấp hành Đảng bộ huyện về nhiệm "
             "vụ năm 2020 và Kế hoạch số 46-KH/HU ngày 6/1/2020 của Ban Thường vụ Huyện ủy triển khai Nghị quyết này. "
             "Tháng 12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về khoa học, công nghệ. Thực hiện Nghị quyết, "
             "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam đã ban hành Kế hoạch số 90/KH-TLĐ ngày 5/3/2025.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("41-KH/HU", "implements", "35-CT/TW"), ("46-KH/HU", "implements", "05-NQ/HU"),
            ("90/KH-TLĐ", "implements", "57-NQ/TW")} <= links


def test_what_a_document_named_by_its_type_is_for_and_replaces_in_a_later_clause_or_sentence():
    ex = run("Sáng 14/3, Ban Thường vụ Tỉnh ủy Cao Bằng quán triệt Chỉ thị số 31-CT/TU ngày 26/2/2024 của Ban Thường vụ "
             "Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý rừng. Chỉ thị được ban hành nhằm triển "
             "khai thực hiện Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư về công tác quản lý, bảo vệ rừng, đồng "
             "thời thay thế Chỉ thị số 09-CT/TU ngày 17/6/2011 của Ban Thường vụ Tỉnh ủy. Lực lượng Công an thực hiện "
             "Chỉ thị số 21-CT/TU ngày 14/3/2022 của Ban Thường vụ Tỉnh ủy về phòng, chống ma túy; Chỉ thị này thay thế "
             "Chỉ thị số 08-CT/TU ngày 2/8/2016. Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 1/8/2024 và thay thế "
             "Luật Đất đai số 45/2013/QH13. Luật được ban hành nhằm thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của "
             "Ban Chấp hành Trung ương.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert {("31-CT/TU", "implements", "13-CT/TW"), ("31-CT/TU", "replaces", "09-CT/TU"),
            ("21-CT/TU", "replaces", "08-CT/TU"), ("31/2024/QH15", "implements", "18-NQ/TW")} <= links
    assert not {("13-CT/TW", "replaces", "09-CT/TU"), ("45/2013/QH13", "implements", "18-NQ/TW")} & links


def test_an_issuer_wrapped_onto_the_next_line_of_a_hard_wrapped_page_stays_with_its_document():
    lead = "Đại hội Đảng bộ xã Ea Kiết lần thứ I diễn ra trong hai ngày với sự tham dự của 150 đại biểu chính thức"
    captions = "\n\n".join(f"Đại biểu dự Đại hội Đảng bộ xã Ea Kiết tại phiên thứ {n}. Ảnh: Hoàng Gia" for n in range(14))
    text = ("BÁO ĐẮK LẮK\nChính trị | Xã hội\n\nĐại hội Đảng bộ xã Ea Kiết\n\n" + captions + "\n\n" +
            "\n".join([lead] * 9) +
            "\nĐại hội được tổ chức theo tinh thần Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng"
            "\nbộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV và Kế hoạch số 12-KH/TU ngày 22/7/2025 của Ban"
            "\nThường vụ Tỉnh ủy Đắk Lắk thực hiện Chỉ thị 45. Nhiệm kỳ tới, xã đặt mục tiêu thu nhập bình quân cao hơn."
            "\n\nẢnh: Hoàng Gia\nTin liên quan\nXã Ea Kiết ra mắt")
    ex = run(text)
    plan = next(d for d in ex.documents if d.key == "12-KH/TU")
    assert plan.issuer is not None and plan.issuer.name == "Ban Thường vụ Tỉnh ủy Đắk Lắk"
    assert ("12-KH/TU", "implements", "45-CT/TW") in {(l.source, l.rel, l.target) for l in ex.links}


def test_an_amendment_named_by_number_alone_and_an_amendment_told_in_the_passive():
    ex = run("Theo Nghị định số 55/2015/NĐ-CP của Chính phủ về chính sách tín dụng và Nghị định số 116/2018/NĐ-CP "
             "sửa đổi, bổ sung một số điều của Nghị định 55, hợp tác xã có thể vay vốn. Dự án được UBND thành phố "
             "phê duyệt tại Quyết định số 2470/QĐ-UBND ngày 30/10/2020, sau đó được UBND thành phố sửa đổi, bổ sung "
             "tại Quyết định số 1815/QĐ-UBND ngày 12/8/2023. Căn cứ Nghị quyết số 52/NQ-HĐND, UBND tỉnh phê duyệt "
             "dự án tại Quyết định số 2088/QĐ-UBND ngày 15-8-2025.")
    links = {(l.source, l.rel, l.target) for l in ex.links}
    assert ("116/2018/NĐ-CP", "amends", "55/2015/NĐ-CP") in links
    assert ("1815/QĐ-UBND", "amends", "2470/QĐ-UBND") in links
    assert ("2088/QĐ-UBND", "based_on", "52/NQ-HĐND") in links
    assert ("52/NQ-HĐND", "based_on", "2088/QĐ-UBND") not in links
    titles = {d.key: d.title for d in ex.documents}
    assert titles["116/2018/NĐ-CP"] == "Sửa đổi, bổ sung một số điều của Nghị định 55"


def test_a_clause_after_a_comma_ends_a_named_agreement_and_names_the_one_it_replaces():
    ex = run("Hai bên đã ký Thỏa thuận hợp tác giữa Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam và Hạ viện Cộng hòa "
             "Séc, thay thế Biên bản ghi nhớ về hợp tác giữa hai cơ quan lập pháp ký năm 2012. Hai bộ ký kết Văn kiện "
             "dự án Tăng cường khả năng chống chịu của sinh kế ven biển giai đoạn 2025 - 2029, trị giá 18,5 triệu USD.")
    titles = {d.title for d in ex.documents}
    assert {"Thỏa thuận hợp tác giữa Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam và Hạ viện Cộng hòa Séc",
            "Biên bản ghi nhớ về hợp tác giữa hai cơ quan lập pháp",
            "Văn kiện dự án Tăng cường khả năng chống chịu của sinh kế ven biển giai đoạn 2025 - 2029"} == titles
    assert [l.rel for l in ex.links] == ["replaces"]


def test_a_legal_header_copied_from_a_database_s_table_cells_line_by_line():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\n---------------\n|\nSố:\n145/KH-UBND\n|\nPhú Yên, ngày\n12 tháng 9 năm 2024\n|\nKẾ HOẠCH\nKIỂM TRA "
            "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024\nCăn cứ Nghị định số\n61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về "
            "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;\nỦy ban nhân dân tỉnh "
            "ban hành Kế hoạch kiểm tra như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Đánh giá kết quả thực hiện.")
    ex = run(text)
    plan = next(d for d in ex.documents if d.key == "145/KH-UBND")
    assert (plan.type, plan.date, plan.issuer.name) == ("Kế hoạch", date(2024, 9, 12), "Ủy ban nhân dân tỉnh Phú Yên")
    assert plan.title.casefold() == "kiểm tra công tác cải cách hành chính năm 2024"
    assert {(l.source, l.rel, l.target) for l in ex.links} == {("145/KH-UBND", "based_on", "61/2018/NĐ-CP")}
    assert len(ex.documents) == 2       # "ban hành Kế hoạch kiểm tra như sau": the plan itself


def test_a_title_ends_where_a_new_clause_opens_after_a_comma():
    ex = run("Đề nghị lực lượng tiếp tục thực hiện nghiêm Chỉ thị số 12/CT-UBND ngày 3/4/2024 của UBND tỉnh Nghệ An về "
             "tăng cường bảo đảm trật tự, an toàn giao thông trên địa bàn tỉnh, chủ động nắm tình hình tại các địa bàn "
             "trọng điểm, góp phần giữ vững an ninh.")
    order = next(d for d in ex.documents if d.key == "12/CT-UBND")
    assert order.title == "Tăng cường bảo đảm trật tự, an toàn giao thông trên địa bàn tỉnh"


def test_a_bare_people_s_committee_heading_a_text_dated_in_its_province():
    text = ("| Số hiệu | 77/KH-UBND |\n|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 77/KH-UBND |\n"
            "Hà Tĩnh, ngày 16 tháng 10 năm 2025 |\nKẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 39-CT/TW\nThực hiện Chỉ thị số "
            "39-CT/TW ngày 30/10/2024 của Ban Bí thư Trung ương Đảng về nâng cao hiệu quả tín dụng chính sách xã hội, "
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:")
    plan = next(d for d in run(text).documents if d.key == "77/KH-UBND")
    assert (plan.date, plan.issuer.name) == (date(2025, 10, 16), "Ủy ban nhân dân tỉnh Hà Tĩnh")


def test_the_day_a_clause_after_a_document_says_it_was_issued():
    ex = run("Chỉ thị 45-CT/TW của Bộ Chính trị về lãnh đạo đại hội đảng bộ các cấp được ban hành ngày 14/4/2025. "
             "Kế hoạch số 12-KH/TU và Quyết định số 30-QĐ/TU được ký ngày 2/5/2025.")
    dates = {d.symbol: d.date for d in ex.documents}
    assert dates["45-CT/TW"] == date(2025, 4, 14)
    assert dates["12-KH/TU"] is None       # (another document comes between)


def test_titles_that_name_who_assigns_the_bodies_and_end_before_the_decision_carrying_them():
    ex = run("Bà Lò Thị Kim Hoa đã ký ban hành Hướng dẫn số 07/HD-MTTW-BTT ngày 16/9/2025 về việc tiếp tục hợp nhất các "
             "Hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở cấp tỉnh, theo Hướng dẫn số 05/HD-MTTW-BTT của Ban "
             "Thường trực Ủy ban Trung ương MTTQ Việt Nam. Quyết định số 12/QĐ-UBND về ban hành Quy chế làm việc do "
             "Chủ tịch UBND tỉnh ký. Đoàn thực hiện Quy chế hoạt động của Ban Chấp hành ban hành kèm theo Quyết định "
             "số 87-QĐ/TWĐTN ngày 25/2/2013.")
    docs = {d.symbol or d.title: d for d in ex.documents}
    assert docs["07/HD-MTTW-BTT"].title == ("Tiếp tục hợp nhất các Hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở "
                                            "cấp tỉnh")
    assert docs["05/HD-MTTW-BTT"].issuer.name == "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert docs["12/QĐ-UBND"].title == "Ban hành Quy chế làm việc"
    assert "Quy chế hoạt động của Ban Chấp hành" in docs


def test_each_item_of_a_list_of_adopted_resolutions_after_trong_do_co():
    ex = run("Ngày 20/12/2019, HĐND huyện Thạch Hà tổ chức kỳ họp thứ 12. Kỳ họp đã biểu quyết thông qua 9 nghị quyết "
             "quan trọng, trong đó có Nghị quyết về dự toán ngân sách huyện năm 2020; Nghị quyết về kế hoạch đầu tư "
             "công năm 2020. Các đại biểu đã biểu quyết thông qua 19 nghị quyết với tỷ lệ tán thành cao, trong đó có: "
             "Nghị quyết phê chuẩn tổng quyết toán ngân sách nhà nước năm 2022; Nghị quyết về chương trình giám sát "
             "năm 2024.")
    assert {d.title for d in ex.documents} == {
        "Nghị quyết về dự toán ngân sách huyện năm 2020", "Nghị quyết về kế hoạch đầu tư công năm 2020",
        "Nghị quyết phê chuẩn tổng quyết toán ngân sách nhà nước năm 2022",
        "Nghị quyết về chương trình giám sát năm 2024"}


def test_numbered_resolutions_a_sitting_adopts_are_dated_that_day():
    ex = run("Sáng ngày 26/01/2024, HĐND tỉnh Quảng Nam tổ chức Kỳ họp thứ 20. Các đại biểu đã biểu quyết thông qua 2 "
             "Nghị quyết, gồm: Nghị quyết số 01/NQ-HĐND về điều chỉnh kế hoạch đầu tư công; Nghị quyết số 02/NQ-HĐND "
             "về chủ trương đầu tư dự án Đường ven biển 129. Kỳ họp cũng nghe Quyết định số 15/QĐ-UBND về giá đất.")
    dates = {d.symbol: d.date for d in ex.documents}
    assert dates == {"01/NQ-HĐND": date(2024, 1, 26), "02/NQ-HĐND": date(2024, 1, 26), "15/QĐ-UBND": None}


def test_a_congress_resolution_that_names_no_congress_is_a_stock_phrase_unless_adopted():
    stock = "Đồng chí Nông Thị Hoài cam kết cùng tập thể Ban Chấp hành thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện."
    assert run(stock).documents == []
    assert [d.title for d in run(stock + " Đại hội biểu quyết thông qua Nghị quyết Đại hội.").documents] == [
        "Nghị quyết Đại hội"]
    assert [d.title for d in run("Các cấp ủy quán triệt Nghị quyết Đại hội XIV của Đảng.").documents] == [
        "Nghị quyết Đại hội XIV của Đảng"]


def test_a_constitution_named_with_the_state_and_its_year():
    ex = run("Quy định số 216-QĐ/TW được ban hành căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992.")
    assert "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992" in {d.title for d in ex.documents}


def test_a_dash_inside_a_body_s_name_does_not_end_a_title():
    ex = extract(normalise(Article(id="t", text=(
        "Kỳ họp đã thông qua Nghị quyết số 01/NQ-HĐND về việc thành lập Ban Kinh tế - Ngân sách của HĐND phường "
        "và Nghị quyết số 02/NQ-HĐND về việc thành lập Ban Văn hóa – Xã hội của HĐND phường."))))
    assert [d.title for d in ex.documents] == ["Thành lập Ban Kinh tế - Ngân sách của HĐND phường",
                                               "Thành lập Ban Văn hóa - Xã hội của HĐND phường"]


def test_a_signer_under_an_office_named_before_the_legal_basis_holds_the_post_in_its_body():
    ex = run("QUYẾT ĐỊNH\nVề việc bổ nhiệm cán bộ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n\n"
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
             "Điều 1. Bổ nhiệm ông Trần Văn Bình, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính.\n\n"
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
             "CHỦ TỊCH\n\nVõ Trọng Hải")
    assert {(p.title, p.org.name) for p in next(p for p in ex.persons if p.name == "Võ Trọng Hải").positions} \
        == {("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh")}


def test_a_resolution_of_the_provincial_party_executive_keeps_that_issuer_with_the_place_left_to_the_text():
    ex = extract(normalise(Article(id="t", text=(
        "Sáng 5/3/2024, Tỉnh ủy Bắc Ninh tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TU ngày 2/3/2024 của Ban "
        "Chấp hành Đảng bộ tỉnh về phát triển công nghiệp."))))
    doc = next(d for d in ex.documents if d.symbol == "35-NQ/TU")
    assert doc.issuer is not None and doc.issuer.name == "Ban Chấp hành Đảng bộ tỉnh Bắc Ninh"


def test_a_plenum_of_the_central_committee_issues_through_the_committee():
    ex = run("Đảng ủy tổ chức quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung "
             "ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng. Thực hiện Nghị quyết số 18-NQ/TW ngày "
             "25/10/2017 Hội nghị Trung ương 6 khóa XII, tỉnh đã sắp xếp bộ máy.")
    docs = {d.key: d for d in ex.documents}
    assert docs["21-KL/TW"].issuer.name == "Ban Chấp hành Trung ương Đảng"
    assert docs["21-KL/TW"].title == "Đẩy mạnh xây dựng, chỉnh đốn Đảng"
    assert docs["18-NQ/TW"].issuer.name == "Ban Chấp hành Trung ương Đảng"


def test_an_issuer_closing_a_list_of_like_signed_documents_is_each_one_s():
    ex = run("Hội nghị quán triệt Nghị quyết số 27-NQ/TW ngày 9/11/2022 về xây dựng Nhà nước pháp quyền; Nghị quyết số "
             "28-NQ/TW về đổi mới phương thức lãnh đạo của Đảng và Nghị quyết số 29-NQ/TW về đẩy mạnh công nghiệp hóa "
             "của Ban Chấp hành Trung ương Đảng khóa XIII. Sau đó, Chính phủ ban hành Nghị quyết số 74/NQ-CP về "
             "chương trình hành động của Quốc hội.")
    docs = {d.key: d for d in ex.documents}
    for key in ("27-NQ/TW", "28-NQ/TW", "29-NQ/TW"):
        assert docs[key].issuer.name == "Ban Chấp hành Trung ương Đảng"
    assert docs["29-NQ/TW"].title == "Đẩy mạnh công nghiệp hóa"
    assert docs["74/NQ-CP"].issuer.name == "Chính phủ"       # its sign says so: the body closing its subject is its topic's
    assert docs["74/NQ-CP"].title == "Chương trình hành động của Quốc hội"


def test_a_headline_that_shortens_a_numbered_document_s_subject_is_that_document():
    ex = run("Quán triệt Chỉ thị của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030\n"
             "Sáng 19/8/2024, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức hội nghị quán triệt Chỉ thị số 27-CT/TU ngày "
             "12/8/2024 của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh "
             "lần thứ XXI, nhiệm kỳ 2025 - 2030.")
    assert [d.key for d in ex.documents] == ["27-CT/TU"]
