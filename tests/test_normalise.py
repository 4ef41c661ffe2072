import unicodedata
from datetime import date

from cadregraph.core.model import Article
from cadregraph.read.normalise import clean_characters, normalise


def test_nfc_lookalikes_invisible_characters_and_dashes():
    raw = unicodedata.normalize("NFD", "Ông Vương Ðình Huệ\u200b, Chủ tịch Quốc hội – Kỳ họp thứ 5\u202e")
    clean = normalise(Article(id="a", text=raw)).text
    assert clean == "Ông Vương Đình Huệ, Chủ tịch Quốc hội - Kỳ họp thứ 5"
    assert unicodedata.is_normalized("NFC", clean)


def test_a_city_s_level_word_glued_to_its_name_is_spaced_but_not_letters():
    assert clean_characters("Chủ tịch UBND TP.Thủ Dầu Một và Tp.Vinh, TP.HCM") == \
        "Chủ tịch UBND TP. Thủ Dầu Một và Tp. Vinh, TP.HCM"


def test_html_entities_left_by_a_scraper_decoded():
    raw = "Bộ Văn hóa, Thể thao &amp; Du lịch&nbsp;tổ chức hội nghị &quot;Phát huy&quot;."
    assert normalise(Article(id="a", text=raw)).text == 'Bộ Văn hóa, Thể thao & Du lịch tổ chức hội nghị "Phát huy".'


def test_boilerplate_tail_and_repeated_captions_dropped():
    text = ("Hội nghị tập huấn\nToàn cảnh Hội nghị tập huấn.\n\nToàn cảnh Hội nghị tập huấn.\n\n"
            "Đồng chí Phan Thăng An phát biểu.\n\nPhản hồi\n\nCác tin khác\n\nTin A về tỉnh B\n\nXem nhiều nhất")
    clean = normalise(Article(id="a", text=text)).text
    assert clean.count("Toàn cảnh Hội nghị tập huấn") == 1
    assert "Phản hồi" not in clean and "Tin A" not in clean and "Xem nhiều nhất" not in clean
    assert "Phan Thăng An" in clean


def test_sentences_keep_offsets():
    doc = normalise(Article(id="a", text="Sáng 8/12, Hội nghị khai mạc. Đồng chí TP. HCM phát biểu."))
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
    assert len(doc.sentences) == 2


def test_header_date_line_gives_the_reference_date():
    doc = normalise(Article(id="a", text="Thứ Ba, 29/09/2015, 10:13\nNgày 29/9, Đảng ủy Khối tổ chức họp báo."))
    assert doc.reference_date == date(2015, 9, 29)
    doc = normalise(Article(id="a", text=" date 2018-08 Chiều 21/8, Bộ Công an tổ chức lễ."))
    assert doc.reference_date == date(2018, 8, 1) and doc.dateline_precision == "month"


def test_spaces_lost_at_line_ends_put_back():
    # A legal text copied from a PDF: the spaces at line ends are lost.
    text = ("Căn cứ Luật Tổ chức Chính phủngày 19 tháng 6 năm 2015; Thông báo số 12-TB/TWngày 6 tháng 1 "
            "năm 2024 của Ban Bí thư về các ngày kỷ niệm lớn;\nĐiều 1. PHÊDUYỆT Kế hoạch tổ chức cáchình "
            "thức kỷ niệm 100năm ngày sinh đồng chí TổngBí thư; Quyết định có hiệu lực theoQuyết định "
            "của Thủtrưởng cơ quan.")
    text += " Hội nghị kết thúc lúc 11 giờ.Đồng chí Bí thư Tỉnh ủy,Chủ tịch HĐND tỉnh phát biểu bế mạc."
    clean = normalise(Article(id="a", text=text)).text
    assert "11 giờ. Đồng chí Bí thư Tỉnh ủy, Chủ tịch HĐND" in clean
    for mended in ("Chính phủ ngày 19", "12-TB/TW ngày 6", "PHÊ DUYỆT Kế hoạch", "các hình thức",
                   "100 năm ngày sinh", "Tổng Bí thư", "theo Quyết định", "Thủ trưởng"):
        assert mended in clean, mended


def test_names_brands_and_abbreviations_are_not_split():
    text = ("Đồng chí H'Lim Êban, Ksor Byă và Sonexay Siphandon dự; phóng viên TTXVN, TTXViệt Nam và "
            "VnExpress đưa tin về Nghị quyết số 27/NQ-UBTVQH15 tại Đắk Lắk.")
    assert normalise(Article(id="a", text=text)).text == text


def test_a_paragraph_hard_wrapped_inside_a_name_is_joined():
    text = ("Sáng 5/3, tại Nghệ An, Tỉnh ủy tổ chức hội nghị tổng kết. Dự hội nghị có đồng chí Nguyễn\n"
            "Văn An, Ủy viên Ban Thường vụ Tỉnh ủy.\nHội nghị tổng kết công tác năm\nPhát biểu khai mạc")
    clean = normalise(Article(id="a", text=text)).text
    assert "đồng chí Nguyễn Văn An, Ủy viên" in clean
    assert "công tác năm\nPhát biểu" in clean       # a short line is a heading, not a wrapped one


def test_a_name_and_its_titles_wrapped_after_a_dash_or_a_semicolon_are_joined():
    text = ("Chủ tọa kỳ họp có các đồng chí: Triệu Văn Vỹ - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Lưu Thị Hạnh -\n"
            "Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh. Dự hội nghị có các đồng chí: Cù Thị Phương, Ủy viên Ban "
            "Thường vụ Tỉnh ủy;\nĐỗ Văn Tạo, Vũ Hữu Lễ, Phó Chủ tịch UBND tỉnh.\n- Căn cứ Luật Tổ chức Chính phủ, "
            "Luật Ngân sách nhà nước, Luật Kế toán;\nCăn cứ Nghị định số 10/2024/NĐ-CP.")
    clean = normalise(Article(id="a", text=text)).text
    assert "Lưu Thị Hạnh - Ủy viên BTV" in clean
    assert "Thường vụ Tỉnh ủy; Đỗ Văn Tạo" in clean
    assert "Luật Kế toán;\nCăn cứ" in clean        # the items of a legal preamble stay apart


def test_a_page_wrapped_at_a_hundred_and_ten_columns_is_joined():
    line = "Đại hội Đảng bộ huyện Quế Phong lần thứ XXVI diễn ra trong hai ngày với sự tham dự của các đại biểu"
    body = "\n".join([line] * 9)
    text = (body + "\nVề phía huyện có các đồng chí nguyên lãnh đạo huyện qua các thời kỳ, trong đó có đồng chí Vi Văn"
            "\nQuỳnh - nguyên Bí thư Huyện ủy, cùng 250 đại biểu đại diện cho gần 5.000 đảng viên trong toàn Đảng bộ.")
    assert "đồng chí Vi Văn Quỳnh - nguyên" in normalise(Article(id="a", text=text)).text


def test_a_name_wrapped_before_its_inner_dash_is_joined_but_a_dashed_list_is_not():
    line = "Kỳ họp thứ mười lăm của Hội đồng nhân dân xã Chợ Đồn diễn ra trong một ngày với nhiều nội dung quan"
    text = "\n".join([line] * 9) + ("\nKỳ họp bầu bổ sung Ủy viên UBND xã đối với bà Nông Thị Thơm, công chức xã, Trưởng phòng Văn hóa"
                                   "\n- Xã hội, và ông Lý Văn Pằn, Trưởng Công an xã. Các nội dung gồm:\n- Báo cáo A;\n- Báo cáo B.")
    clean = normalise(Article(id="a", text=text)).text
    assert "Trưởng phòng Văn hóa - Xã hội, và" in clean
    assert "gồm:\n- Báo cáo A;\n- Báo cáo B." in clean


def test_a_list_run_on_past_a_full_line_ending_in_a_semicolon_is_joined_but_a_recital_is_not():
    line = "Kỳ họp thứ nhất của Hội đồng nhân dân tỉnh An Giang khóa mới diễn ra trong một ngày với nhiều nội dung"
    text = "\n".join([line] * 9) + (
        "\nTheo nghị quyết, cơ quan chuyên môn thuộc UBND tỉnh gồm 14 cơ quan: Văn phòng UBND tỉnh; Sở Nội vụ; Sở Tài chính;"
        "\nSở Tư pháp; Sở Xây dựng. Nghị quyết có hiệu lực từ ngày ký, thay thế các nghị quyết trước đây của hai tỉnh cũ;"
        "\nCăn cứ Luật Tổ chức chính quyền địa phương.")
    clean = normalise(Article(id="a", text=text)).text
    assert "Sở Tài chính; Sở Tư pháp" in clean
    assert "hai tỉnh cũ;\nCăn cứ" in clean


def test_a_legal_text_flattened_onto_one_line_gets_its_lines_back_with_offsets_kept():
    text = ("QUYẾT ĐỊNH Về việc ban hành Quy chế văn thư - Căn cứ Luật Lưu trữ năm 2024; - Căn cứ Nghị định số "
            "30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; - Xét đề nghị của Chánh Văn phòng, QUYẾT "
            "ĐỊNH Điều 1. Ban hành Quy chế. Điều 2. Quyết định này có hiệu lực từ ngày ký.")
    clean = normalise(Article(id="t", text=text)).text
    assert len(clean) == len(text)
    lines = clean.split("\n")
    assert [ln.split()[1] for ln in lines[1:4]] == ["Căn", "Căn", "Xét"]
    assert lines[-2].startswith("Điều 1.") and lines[-1].startswith("Điều 2.")
    one = "Theo ông A - Căn cứ vào kết quả, tỉnh sẽ làm tiếp."       # one "Căn cứ" mid-line: a sentence, not a list
    assert normalise(Article(id="t", text=one)).text == one


def test_a_roman_numeral_after_an_ordinal_ends_its_sentence_but_an_initial_does_not():
    d = normalise(Article(id="t", text="Đảng bộ phường Kinh Môn tổ chức Đại hội lần thứ I. Phát biểu tại Đại hội, ông "
                                      "Nguyễn V. An cho biết. Hội nghị Ban Chấp hành khóa V. Tiếp đó, hội nghị bế mạc."))
    assert [s.text for s in d.sentences] == ["Đảng bộ phường Kinh Môn tổ chức Đại hội lần thứ I.",
                                             "Phát biểu tại Đại hội, ông Nguyễn V. An cho biết.",
                                             "Hội nghị Ban Chấp hành khóa V.", "Tiếp đó, hội nghị bế mạc."]


def test_a_caption_s_photo_credit_with_initials_is_dropped():
    clean = normalise(Article(id="a", text="Ông Lâm Hữu Tín giữ chức Giám đốc Sở Nông nghiệp - Môi trường "
                                         "TP.HCM ẢNH: H.K\n\nPhát biểu tại buổi lễ, ông Trương Quốc Bửu nhấn mạnh.")).text
    assert "H.K" not in clean and "ẢNH" not in clean
    assert "Giám đốc Sở Nông nghiệp - Môi trường TP.HCM" in clean


def test_a_sentence_goes_on_past_an_ellipsis_or_a_dot_before_a_lower_case_accented_word():
    doc = normalise(Article(id="a", text="Các đồng chí gồm: Lê Văn An, Trần Văn Bình… đã tiếp đoàn. Ông Á dự. "
                                         "\"Đây là tin vui\". 5 người dự."))
    assert [s.text.strip() for s in doc.sentences] == [
        "Các đồng chí gồm: Lê Văn An, Trần Văn Bình… đã tiếp đoàn.", "Ông Á dự.", "\"Đây là tin vui\".", "5 người dự."]


def test_tp_dot_ends_a_sentence_only_before_a_word_that_opens_one():
    clean = normalise(Article(id="a", text="Ông A, Phó Giám đốc Sở Nội vụ TP. Đây là lần đầu ông về quận. "
                                            "Ông B, Chủ tịch UBND TP. Thủ Đức dự."))
    assert [s.text for s in clean.sentences] == ["Ông A, Phó Giám đốc Sở Nội vụ TP.", "Đây là lần đầu ông về quận.",
                                                 "Ông B, Chủ tịch UBND TP. Thủ Đức dự."]


def test_a_caption_closed_by_its_photo_credit_is_not_joined_to_the_next_line():
    text = ("Chủ tịch nước Võ Minh Đức đã đến Thủ đô Jakarta chiều 12/9/2023, bắt đầu chuyến thăm cấp Nhà nước tới "
            "Indonesia.\nChủ tịch nước Võ Minh Đức và Tổng thống Indonesia tại lễ đón chính thức. Ảnh: Thống "
            "Nhất/TTXVN\nCùng đi với Chủ tịch nước trong chuyến thăm có các đồng chí:\n- Đồng chí Lê Hoài Phong, Bộ "
            "trưởng Bộ Ngoại giao.")
    clean = normalise(Article(id="t", text=text))
    assert any(s.text.startswith("Cùng đi với Chủ tịch nước") for s in clean.sentences)
    assert "TTXVN" not in clean.text


def test_a_headline_or_a_caption_ended_without_a_stop_is_not_joined_to_the_next_paragraph():
    text = ("Thủ tướng thăm, chúc Tết đồng bào, chiến sĩ và làm việc với tỉnh Điện Biên\nTrong không khí cả nước chuẩn "
            "bị đón Tết, Thủ tướng đã thăm tỉnh Điện Biên.\nĐồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh "
            "ủy, phát biểu chỉ đạo hội nghị\nDự hội nghị có đồng chí Lê Hồng Vinh, Phó Chủ tịch UBND tỉnh.")
    clean = normalise(Article(id="a", text=text)).text
    assert "Điện Biên\nTrong không khí" in clean
    assert "hội nghị\nDự hội nghị" in clean


def test_a_highland_name_s_glottal_mark_written_with_a_space_joins_its_name():
    assert clean_characters("bà H' Lan Byă và ông K’ Điểu") == "bà H'Lan Byă và ông K'Điểu"
    assert clean_characters("ký hiệu H' là") == "ký hiệu H' là"       # no name after it
