"""Events, their dates and participants' roles."""
from datetime import date

from cadregraph.extract.pipeline import extract
from cadregraph.core.model import Article
from cadregraph.read.normalise import normalise


def roles(text, published=None):
    ex = extract(normalise(Article(id="t", text=text, published=published)))
    return ex, {(p.name, p.role) for e in ex.events for p in e.participants}


def test_chair_speaker_and_attendees_from_lists_and_verbs():
    ex, got = roles("Sáng 8/12, đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư chủ trì và phát "
                    "biểu chỉ đạo Hội nghị toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2025. Dự Hội nghị "
                    "có đồng chí Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương.")
    assert got == {("Trần Cẩm Tú", "chair"), ("Trần Cẩm Tú", "speaker"), ("Lê Minh Hưng", "attendee")}
    assert ex.events[0].date == date(2025, 12, 8)     # the year the occasion names


def test_under_the_chair_of_and_back_reference_by_title():
    _, got = roles("Sáng 01/4, Ủy ban Thường vụ Quốc hội khai mạc phiên họp dưới sự chủ trì của Chủ tịch Quốc hội "
                   "Vương Đình Huệ. Chủ tịch Quốc hội cho biết phiên họp xem xét 5 dự án luật.")
    assert got == {("Vương Đình Huệ", "chair"), ("Vương Đình Huệ", "speaker")}


def test_meetings_make_both_sides_attendees_and_drafts_do_not():
    _, got = roles("Bộ trưởng Bộ Công an Tô Lâm gặp Bộ trưởng Bộ Công an Lào Vilay Lakhamphong. Quốc hội nghe "
                   "Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh trình bày dự thảo Luật.")
    assert got == {("Tô Lâm", "attendee"), ("Vilay Lakhamphong", "attendee"), ("Nguyễn Hải Ninh", "speaker")}


def test_event_date_needs_a_year_and_ignores_deadlines_and_plans():
    ex, _ = roles("Ngày 12-11, Tỉnh ủy Thái Bình tổ chức hội nghị công bố quyết định.")
    assert ex.events[0].date is None
    ex, _ = roles("Ngày 29/9, Đảng ủy Khối tổ chức họp báo. Đại hội sẽ được tổ chức ngày 13 đến 15/10/2015. "
                  "Đến ngày 15/9, 63 đảng bộ đã hoàn thành đại hội.", published=date(2015, 9, 29))
    assert {e.date for e in ex.events if e.date} == {date(2015, 9, 29)}


def test_a_verb_joined_after_its_object_and_one_event_for_a_named_conference():
    ex, got = roles("Chiều 6/6, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị công bố quyết định của Ban Bí thư về "
                    "công tác cán bộ. Đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy chủ trì hội nghị và phát biểu chỉ đạo.",
                    published=date(2024, 6, 7))
    assert [e.type for e in ex.events] == ["Hội nghị"]          # "công bố quyết định" is that conference
    assert got == {("Thái Thanh Quý", "chair"), ("Thái Thanh Quý", "speaker")}


def test_hosts_of_a_visiting_delegation_attend_and_the_verb_tiep_is_no_event():
    ex, got = roles("Ngày 21/11, đoàn công tác của Bộ Công an có buổi làm việc với Ban Thường vụ Tỉnh ủy Lào Cai. "
                    "Tiếp và làm việc với đoàn có đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai.",
                    published=date(2024, 11, 22))
    assert [e.type for e in ex.events] == ["Buổi làm việc"]
    assert got == {("Đặng Xuân Phong", "attendee")}


def test_a_congress_a_report_is_submitted_to_is_no_reported_event():
    ex, _ = roles("Ngày 15/3, Huyện ủy Phú Vang tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện. Hội nghị cho ý kiến về "
                  "dự thảo Báo cáo chính trị trình Đại hội Đảng bộ huyện.", published=date(2024, 3, 16))
    assert [(e.type, e.date) for e in ex.events] == [("Hội nghị", date(2024, 3, 15))]


def test_announcing_informing_and_handing_over_are_roles():
    _, got = roles("Chiều 29-8, Văn phòng Trung ương Đảng tổ chức hội nghị. Tại hội nghị, đồng chí Tôn Thất Hòa, Phó Bí "
             "thư Tỉnh ủy, công bố quyết định của Ban Bí thư; đồng chí Bế Thị Lan thông tin về kết quả kiểm tra. "
             "Trưởng Ban Tổ chức Trung ương Lê Minh Hải trao quyết định cho ông Trịnh Mạnh Long. Đồng chí Trương "
             "Thị Mai tặng hoa chúc mừng đồng chí Bùi Quang Huy.")
    assert {("Tôn Thất Hòa", "speaker"), ("Bế Thị Lan", "speaker"), ("Lê Minh Hải", "attendee"),
            ("Trịnh Mạnh Long", "attendee"), ("Trương Thị Mai", "attendee"), ("Bùi Quang Huy", "attendee")} <= got
    assert ("Trương Thị Mai", "speaker") not in got


def test_a_chair_named_after_long_titles_a_future_verb_and_running_a_body():
    _, got = roles("Sáng 9/8, dưới sự chủ trì của đồng chí Tổng Bí thư, Chủ tịch nước Tô Lâm, Bộ Chính trị họp phiên "
             "thường kỳ. Bộ Công an giao Thiếu tướng Nguyễn Thanh Tùng điều hành Công an Thành phố Hà Nội. Đồng chí "
             "Nguyễn Văn An yêu cầu trên cương vị mới, đồng chí Lê Văn Bình sẽ cùng tập thể phát huy truyền thống.")
    assert ("Tô Lâm", "chair") in got
    assert ("Nguyễn Thanh Tùng", "chair") not in got
    assert not any(name == "Lê Văn Bình" for name, _ in got)


def test_a_host_who_speaks_is_not_also_an_attendee_but_the_guests_met_are():
    _, got = roles("Chiều 10/1, Chủ tịch nước Võ Văn Thưởng tiếp bà Tredene Dobson, Đại sứ New Zealand và ông Augusto "
             "Morelli, Đại sứ Peru, đến chào từ biệt. Chủ tịch nước Võ Văn Thưởng đánh giá cao đóng góp của hai "
             "đại sứ.", published=date(2024, 1, 12))
    assert {("Tredene Dobson", "attendee"), ("Augusto Morelli", "attendee"), ("Võ Văn Thưởng", "speaker")} <= got
    assert ("Võ Văn Thưởng", "attendee") not in got


def test_an_undated_article_takes_the_event_year_the_text_fixes():
    def when(text):
        ex, _ = roles(text)
        return ex.events[0].date if ex.events else "no event"
    assert when("Sáng 14-10, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác kiểm tra "
                "quý III/2023.") == date(2023, 10, 14)
    assert when("Sáng 2/9, hội nghị thông qua Kế hoạch số 45-KH/TU ngày 28/8/2022 của Ban Thường vụ "
                "Tỉnh ủy.") == date(2022, 9, 2)             # the first such day on or after the plan
    assert when("Sáng 5/1, Tỉnh ủy họp thông qua Kế hoạch số 45-KH/TU ngày 28/12/2022.") == date(2023, 1, 5)
    assert when("Đoàn đại biểu Quốc hội tỉnh Nghệ An tiếp xúc cử tri trong hai ngày 15 và "
                "16/5/2024.") == date(2024, 5, 15)
    assert when("Sáng 18/1, ngày làm việc đầu tiên của năm mới 2024, Tỉnh ủy tổ chức hội nghị.") == date(2024, 1, 18)
    assert when("Chiều 10.1, Tỉnh ủy tổ chức hội nghị. Hội nghị diễn ra đến hết ngày 10.1.2025.") == date(2025, 1, 10)
    # a term of office fixes no year
    assert when("Sáng 10/1, Tỉnh ủy tổ chức hội nghị cán bộ nhiệm kỳ 2020-2025.") is None


def test_presiding_boards_delegations_gift_givers_and_names_cut_before_a_title_word():
    _, got = roles("Sáng 5/8, Hội Nông dân tỉnh Lào Cai tổ chức đại hội. Đoàn Chủ tịch điều hành đại hội gồm các đồng "
                   "chí: Lý Thị Vần, Giàng A Tủa và Lù Thị Sênh. Bà Pờ Thị Dung, Chủ tịch Hội LHPN huyện tặng quà động "
                   "viên hội viên. Thường trực Hội tặng hoa tri ân đồng chí Hà Văn Lún, nguyên Phó Chủ tịch Hội.")
    assert got == {("Lý Thị Vần", "chair"), ("Giàng A Tủa", "chair"), ("Lù Thị Sênh", "chair"),
                   ("Pờ Thị Dung", "attendee"), ("Hà Văn Lún", "attendee")}
    _, got = roles("Sáng 5/6, đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Sìn Hồ. Tham gia đoàn tiếp xúc có các đại biểu Quốc "
                   "hội: Tòng Văn Pọm, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; Đèo Thị Hồng Nhung. Đồng chí Bùi Văn "
                   "Đảng, Bí thư Huyện ủy Sìn Hồ dự. Phát biểu, đồng chí Bùi Văn Đảng nhấn mạnh yêu cầu giải quyết kiến "
                   "nghị. Đại tá Mẫn Thị Thanh Hà, Phó Cục trưởng Cục Tổ chức cán bộ thông tin về chính sách.")
    assert got == {("Tòng Văn Pọm", "attendee"), ("Đèo Thị Hồng Nhung", "attendee"), ("Bùi Văn Đảng", "attendee"),
                   ("Bùi Văn Đảng", "speaker"), ("Mẫn Thị Thanh Hà", "speaker")}


def test_coordinated_subjects_share_their_verb_and_bare_provincial_commands():
    ex, got = roles("Sáng 5/3, Bộ đội Biên phòng tỉnh Quảng Trị tổ chức hội nghị. Đại tá Doãn Khắc Liêm, Chỉ huy trưởng "
                    "BĐBP tỉnh và Đại tá Hà Viết Cẩn, Chính ủy BĐBP tỉnh đồng chủ trì hội nghị.")
    assert got == {("Doãn Khắc Liêm", "chair"), ("Hà Viết Cẩn", "chair")}
    posts = {(p.name, pos.title, pos.org.name) for p in ex.persons for pos in p.positions}
    assert ("Doãn Khắc Liêm", "Chỉ huy trưởng", "Bộ đội Biên phòng tỉnh Quảng Trị") in posts


def test_a_semicolon_list_of_subjects_chairs_together_and_a_new_clause_s_verb_is_not_theirs():
    _, got = roles("Sáng 5/7, Tỉnh ủy tổ chức hội nghị. Đồng chí Tiêu Minh Khoa, Bí thư Tỉnh ủy; các Phó Bí thư Tỉnh ủy: Lưu "
                   "Thị Bé Năm, Chủ tịch HĐND tỉnh; Cao Hữu Phước, Chủ tịch UBND tỉnh chủ trì hội nghị. Đồng chí Hồ Sỹ "
                   "Nhiên, Chủ tịch HĐND huyện chủ trì phiên thảo luận; cùng điều hành có Phó Chủ tịch HĐND huyện Ngô Thị "
                   "Diệu Linh. Đồng chí Nghiêm Thế Phiệt, Giám đốc Sở Nội vụ thông qua tờ trình về công tác cán bộ.")
    assert got == {("Tiêu Minh Khoa", "chair"), ("Lưu Thị Bé Năm", "chair"), ("Cao Hữu Phước", "chair"),
                   ("Hồ Sỹ Nhiên", "chair"), ("Ngô Thị Diệu Linh", "chair"), ("Nghiêm Thế Phiệt", "speaker")}
    _, got = roles("Sáng 5/4, Quốc hội họp phiên toàn thể. Dưới sự điều hành của Phó Chủ tịch Quốc hội Nguyễn Thị Kim "
                   "Ngân, Quốc hội đã biểu quyết thông qua tờ trình về dự án luật.")
    assert got == {("Nguyễn Thị Kim Ngân", "chair")}


def test_each_side_s_delegation_after_talks_attends_them():
    _, found = roles("Chiều 12/3, tại Hà Nội, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc "
             "Hà Kiến Trung. Về phía Trung Quốc có các đồng chí: Bộ trưởng Ngoại giao Trung Quốc Phàn Dịch Minh; "
             "Đại sứ Trung Quốc tại Việt Nam Khương Hải Đào. Cùng đi có ông Yevgeny Korolev, Đại sứ Nga.")
    assert {("Phàn Dịch Minh", "attendee"), ("Khương Hải Đào", "attendee"), ("Yevgeny Korolev", "attendee")} <= found


def test_opening_a_congress_is_speaking_at_it_not_another_conference():
    ex, found = roles("Sáng 20/6, Đảng bộ xã Tân Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đồng chí "
                      "Nguyễn Văn An, Bí thư Đảng ủy xã phát biểu khai mạc. Đồng chí Trần Thị Bình, Phó Bí thư Thường "
                      "trực Đảng ủy xã trình bày báo cáo chính trị.", published=date(2025, 6, 21))
    assert [e.type for e in ex.events] == ["Đại hội"]
    assert {("Nguyễn Văn An", "speaker"), ("Trần Thị Bình", "speaker")} <= found


def test_a_lede_that_only_issues_a_text_does_not_date_the_conference():
    ex, _ = roles("Ngày 5/3, UBND tỉnh Nghệ An ban hành Quyết định số 512/QĐ-UBND về công tác cán bộ. Hội nghị "
                  "triển khai quyết định có sự tham dự của ông Nguyễn Văn An.", published=date(2025, 3, 9))
    assert [(e.type, e.date) for e in ex.events] == [("Hội nghị", None)]
    ex, _ = roles("Sáng 5/3, UBND tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ năm 2025. Hội nghị có sự tham dự "
                  "của ông Nguyễn Văn An.", published=date(2025, 3, 9))
    assert [(e.type, e.date) for e in ex.events] == [("Hội nghị", date(2025, 3, 5))]


def test_papers_and_answers_given_at_a_conference_are_speaking():
    _, found = roles("Sáng 5/3, tại Nghệ An, Tỉnh ủy tổ chức Hội nghị tổng kết. Đồng chí Trần Văn Cường, Giám đốc Sở "
                     "Tài chính tham luận. Đồng chí Phan Văn Nam giải trình ý kiến của đại biểu.", published=date(2025, 3, 6))
    assert {("Trần Văn Cường", "speaker"), ("Phan Văn Nam", "speaker")} <= found


def test_a_delegation_s_members_before_its_verb_and_lists_after_a_fronted_place():
    _, found = roles("Sáng 15/7, Tổ đại biểu Quốc hội số 3 gồm các đại biểu Quốc hội: Thạch Phước Hòa, Phó Trưởng đoàn; "
                     "Kim Thị Sa Rinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long đã tiếp xúc cử tri xã Trà Cú. "
                     "Cử tri Lâm Thị Út kiến nghị có chính sách hỗ trợ học phí.", published=date(2025, 7, 15))
    assert {("Thạch Phước Hòa", "attendee"), ("Kim Thị Sa Rinh", "attendee"), ("Lâm Thị Út", "speaker")} <= found
    _, found = roles("Sáng 5/3, Trung ương tổ chức hội nghị trực tuyến. Tại điểm cầu tỉnh Lạng Sơn, dự Hội nghị có các "
                     "đồng chí: Vy Văn Thắm, Bí thư Tỉnh ủy; Hoàng Thị Dịu, Chủ tịch HĐND tỉnh.", published=date(2025, 3, 5))
    assert {("Vy Văn Thắm", "attendee"), ("Hoàng Thị Dịu", "attendee")} <= found
    _, found = roles("Chiều 24/3, Bộ Y tế tổ chức lễ công bố quyết định. Ông Trương Hữu Khiêm, Vụ trưởng Vụ Tổ chức cán "
                     "bộ, Bộ Y tế đã công bố Quyết định số 915/QĐ-BYT.", published=date(2025, 3, 24))
    assert ("Trương Hữu Khiêm", "speaker") in found


def test_judgements_and_exhortations_at_a_conference_are_speaking():
    _, found = roles("Sáng 5/3, tại Nghệ An, Tỉnh ủy tổ chức Hội nghị tổng kết. Đồng chí Trần Văn Cường, Bí thư Tỉnh ủy "
                     "biểu dương các tập thể. Đồng chí Phan Văn Nam đề xuất giải pháp.", published=date(2025, 3, 6))
    assert {("Trần Văn Cường", "speaker"), ("Phan Văn Nam", "speaker")} <= found


def test_decisions_announced_at_a_named_conference_are_that_conference():
    ex, got = roles("Sáng 5/6, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị công bố quyết định về công tác cán bộ. "
                    "Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì hội nghị. Đồng chí Lê Ngọc Châu, Trưởng Ban Tổ "
                    "chức Tỉnh ủy công bố quyết định điều động đồng chí Trần Nhật Tân giữ chức Bí thư Huyện ủy Can "
                    "Lộc. Đồng chí Hoàng Trung Dũng trao quyết định cho đồng chí Trần Nhật Tân.")
    assert [e.type for e in ex.events] == ["Hội nghị"]
    assert got == {("Hoàng Trung Dũng", "chair"), ("Lê Ngọc Châu", "speaker"), ("Trần Nhật Tân", "attendee")}


def test_presence_written_as_a_noun_or_beside_the_guests():
    _, got = roles("Hội nghị có sự tham gia của ông Võ Trọng Hải, Giám đốc Sở Y tế tỉnh Hà Tĩnh. Đồng chủ trì hội "
                   "nghị có bà Nguyễn Thị Nữ Oanh, Phó Chủ tịch UBND tỉnh. Phiên thảo luận được điều hành bởi ông Đặng "
                   "Ngọc Sơn, Phó Chủ tịch UBND tỉnh. Ông Trần Báu Hà, Phó Chủ tịch HĐND tỉnh cùng các đại biểu cắt "
                   "băng khánh thành công trình. Ông Nguyễn Văn Thành và các đồng chí lãnh đạo chủ chốt khác được "
                   "nhắc tới trong thư chúc mừng.")
    assert got == {("Võ Trọng Hải", "attendee"), ("Nguyễn Thị Nữ Oanh", "chair"), ("Đặng Ngọc Sơn", "chair"),
                   ("Trần Báu Hà", "attendee")}


def test_roles_said_by_a_fronted_phrase_or_a_lead_and_raising_a_point():
    _, got = roles("Sáng 5/6, Tòa án nhân dân tối cao tổ chức hội nghị. Về dự và chỉ đạo Hội nghị có đồng chí Lương Khắc "
                   "Điềm, Bộ trưởng Bộ Tư pháp. Tham luận tại Hội nghị, đồng chí Đoàn Thị Mỹ Hạnh, Chánh án TAND cấp cao "
                   "tại Đà Nẵng, chia sẻ kinh nghiệm; đồng chí Hầu Văn Tuất, Chánh án TAND TP Hà Nội, nêu giải pháp.")
    assert got == {("Lương Khắc Điềm", "attendee"), ("Đoàn Thị Mỹ Hạnh", "speaker"), ("Hầu Văn Tuất", "speaker")}


def test_questioning_deputies_speak_and_their_delegation_is_no_parent_of_the_assembly():
    ex, got = roles("Sáng 5/6, tại phiên họp, Quốc hội chất vấn Bộ trưởng Bộ Thông tin và Truyền thông. Đại biểu "
                    "Sơn Thị Ngọc Phượng (Đoàn "
                    "ĐBQH tỉnh Sóc Trăng) chất vấn về quảng cáo sai sự thật.")
    assert ("Sơn Thị Ngọc Phượng", "speaker") in got
    assert not [p for p in ex.org_parents if p.org.name == "Quốc hội"]


def test_a_report_presented_by_an_abbreviated_title_a_question_and_a_connective_that_is_no_reception():
    ex, got = roles("Ngày 20/4, Tổng công ty Hàng không Việt Nam tổ chức Đại hội đồng cổ đông thường niên. Chủ tọa đoàn "
                "gồm: ông Lạc Văn Hòa; ông Đinh Quang Tú. Báo cáo kết quả kinh doanh do TGĐ Đinh Quang Tú trình bày. "
                "Tại phần thảo luận, ông Nông Văn Sĩ đặt câu hỏi về kế hoạch cổ tức. Tiếp đó, ông Lạc Văn Hòa công bố "
                "quyết định bổ nhiệm bà Mai Thị Vân.", published=date(2024, 4, 21))
    assert ("Đinh Quang Tú", "speaker") in got and ("Nông Văn Sĩ", "speaker") in got
    assert ("Lạc Văn Hòa", "speaker") in got
    assert [e.type for e in ex.events] == ["Đại hội"]


def test_the_partner_s_side_attends_and_a_khmer_name_after_an_honorific_is_one_name():
    ex, got = roles("Chiều 17-9, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Hà Văn Sáu đã tiếp đoàn đại biểu Quốc hội Lào. "
                    "Tham dự buổi tiếp có ông Lý Văn Hải, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội. Phía bạn có ông "
                    "Khamla Sivongsa, Đại sứ Lào tại Việt Nam. Dự kỳ họp HĐND xã Tri Tôn có ông Chau Kim Sơn - nguyên "
                    "Chủ tịch UBND huyện Tri Tôn cùng 35 đại biểu.", published=date(2019, 9, 18))
    assert ("Khamla Sivongsa", "attendee") in got
    assert ("Chau Kim Sơn", "attendee") in got


def test_joining_a_body_is_no_attendance():
    ex, got = roles("Chiều 12/4, Ban Chấp hành Hội Nông dân tỉnh Hà Tĩnh tổ chức hội nghị bất thường. Với 100% đại biểu "
                    "tán thành, hội nghị đã bầu bổ sung đồng chí Đặng Quốc Vĩnh tham gia Ban Chấp hành, Ban Thường vụ và "
                    "bầu giữ chức Chủ tịch Hội Nông dân tỉnh.", published=date(2024, 4, 13))
    assert not any(name == "Đặng Quốc Vĩnh" and role == "attendee" for name, role in got)


def test_recipients_of_awards_listed_after_the_verb_a_promise_and_a_delegation_s_list_of_members():
    _, got = roles("Sáng 5/9, Tỉnh đoàn Thái Nguyên tổ chức hội nghị tổng kết công tác năm. Anh Lò Văn Quyết trao Bằng khen cho các cá nhân "
                   "có thành tích xuất sắc, gồm: anh Hoàng Văn Pấu, Bí thư Đoàn phường Bắc Kạn; chị Triệu Thị Mùi, Phó "
                   "Bí thư Đoàn xã Đại Từ. Thay mặt các cá nhân được khen thưởng, anh Hoàng Văn Pấu hứa tiếp tục "
                   "phát huy. Chủ tịch Tổng Liên đoàn Trương Công Dũng phát biểu.")
    # (a recipient who then speaks is a speaker, not also an attendee)
    assert {("Triệu Thị Mùi", "attendee"), ("Hoàng Văn Pấu", "speaker"), ("Trương Công Dũng", "speaker")} <= got
    _, got = roles("Ngày 12/11, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Vũ Quang. Tham gia tiếp xúc cử tri có các đại "
                   "biểu HĐND tỉnh gồm: ông Thái Văn Khoát - Trưởng ban Dân vận Tỉnh ủy; bà Bùi Thị Thúy Hòa - Phó "
                   "Trưởng ban Văn hóa - Xã hội HĐND tỉnh. Ông Hứa Trọng Nghị cảm ơn các vị đại biểu HĐND tỉnh, hứa "
                   "tiếp thu.")
    assert {("Thái Văn Khoát", "attendee"), ("Bùi Thị Thúy Hòa", "attendee")} <= got
    # "các vị đại biểu HĐND tỉnh" stands for many, not the one deputy named
    assert ("Bùi Thị Thúy Hòa", "speaker") not in got and ("Thái Văn Khoát", "speaker") not in got


def test_those_present_at_a_remote_venue_or_joining_and_a_fronted_answer():
    _, got = roles("Sáng 5/1, Bộ Y tế tổ chức hội nghị trực tuyến. Tại điểm cầu TP Hồ Chí Minh có ông Lý Quốc Thịnh, Giám "
                   "đốc Sở Y tế cùng lãnh đạo 30 bệnh viện. Cùng tham gia có các đại biểu HĐND tỉnh: Puih H'Lanh, Phó "
                   "Trưởng Ban Dân tộc HĐND tỉnh; Trần Quang Nhã, Giám đốc Sở Tư pháp. Trả lời chất vấn, ông Bùi Xuân "
                   "Toại thừa nhận việc xử lý còn chậm.")
    assert got == {("Lý Quốc Thịnh", "attendee"), ("Puih H'Lanh", "attendee"), ("Trần Quang Nhã", "attendee"),
                   ("Bùi Xuân Toại", "speaker")}


def test_those_handed_decisions_listed_after_a_colon_are_present():
    ex = extract(normalise(Article(id="t", text=(
        "Sáng 2/7, UBND xã Giàng Mí Lềnh tổ chức hội nghị công bố quyết định về công tác cán bộ. Tại hội nghị, Chủ "
        "tịch UBND xã Thào Mí Sính công bố và trao quyết định bổ nhiệm người đứng đầu các đơn vị: bà Vi Thị Thêm, "
        "Chánh Văn phòng HĐND và UBND xã; ông Chảo Văn Lợi, Trưởng phòng Kinh tế."), published=date(2025, 7, 2))))
    roles = {(p.name, p.role) for e in ex.events for p in e.participants}
    assert {("Vi Thị Thêm", "attendee"), ("Chảo Văn Lợi", "attendee")} <= roles


def test_a_meeting_of_several_days_is_dated_by_its_first_day():
    ex = extract(normalise(Article(id="t", text=(
        "(Baonghean.vn) - Sau hai ngày làm việc (9 - 10/12/2024), chiều nay, Kỳ họp thứ 24 của HĐND tỉnh Nghệ An đã bế "
        "mạc. Đồng chí Lưu Đức Thành, Chủ tịch HĐND tỉnh điều hành kỳ họp."), published=date(2024, 12, 10))))
    assert [e.date for e in ex.events] == [date(2024, 12, 9)]
    ex = extract(normalise(Article(id="t", text=(
        "Chiều 13.12, Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đoàn khóa XII đã bầu bổ sung. Hội nghị diễn ra "
        "trong 2 ngày 12 và 13.12 tại Hà Nội, do anh Ninh Hải Đường chủ trì."), published=date(2024, 12, 13))))
    assert [e.date for e in ex.events] == [date(2024, 12, 12)]


def test_a_court_hearing_its_presiding_judge_lay_judges_and_defendants():
    ex = extract(normalise(Article(id="t", text=(
        "(Baoquangngai.vn) - Sau 2 ngày xét xử sơ thẩm (14 - 15/5), TAND tỉnh Quảng Ngãi đã tuyên án đối với 2 bị cáo. "
        "Chủ tọa phiên tòa là bà Phạm Thị Thu Nguyệt, Phó Chánh án TAND tỉnh; tham gia Hội đồng xét xử có hai Hội thẩm "
        "nhân dân TAND tỉnh: bà Đinh Thị Hoa Phương và ông Trương Công Lực. Có mặt tại phiên tòa gồm các bị cáo: Lê Văn "
        "Thịnh (SN 1968), nguyên Phó Giám đốc Chi nhánh Văn phòng Đăng ký đất đai huyện Bình Sơn; Võ Tấn Lợi (SN "
        "1983), nguyên công chức địa chính xã Bình Khương."), published=date(2024, 5, 16))))
    assert [(e.type, e.date) for e in ex.events] == [("Phiên tòa", date(2024, 5, 14))]
    roles = {(p.name, p.role) for p in ex.events[0].participants}
    assert ("Phạm Thị Thu Nguyệt", "chair") in roles
    assert {("Đinh Thị Hoa Phương", "attendee"), ("Trương Công Lực", "attendee"), ("Lê Văn Thịnh", "attendee"),
            ("Võ Tấn Lợi", "attendee")} <= roles
    assert not {("Đinh Thị Hoa Phương", "chair"), ("Trương Công Lực", "chair")} & roles


def test_a_person_called_back_by_given_name_speaks_and_one_acted_upon_does_not():
    ex = extract(normalise(Article(id="t", text=(
        "Chiều 8/10, UBND tỉnh Đồng Tháp tổ chức công bố quyết định phê chuẩn ông Huỳnh Thanh Liên, Giám đốc Sở Tài "
        "chính, giữ chức Phó Chủ tịch UBND tỉnh. Phát biểu nhận nhiệm vụ, ông Liên cam kết hoàn thành nhiệm vụ. Ông Tất "
        "Thành Cương, Giám đốc Sở Xây dựng, cũng dự. Ông Cương bị Ủy ban Kiểm tra kiểm tra và kết luận có vi phạm."),
        published=date(2025, 10, 9))))
    roles = {(p.name, p.role) for e in ex.events for p in e.participants}
    assert ("Huỳnh Thanh Liên", "speaker") in roles
    assert ("Tất Thành Cương", "speaker") not in roles


def test_guests_led_by_toi_du_and_speakers_listed_under_tham_luan():
    _, got = roles("Tối 13/9, tại Hà Nội, Đại sứ quán Mexico tại Việt Nam tổ chức lễ kỷ niệm 214 năm Quốc khánh "
                   "Mexico. Tới dự có Thứ trưởng Thường trực Bộ Ngoại giao Bạch Quốc Vinh; bà Mai Thị Xuyến, Phó Chủ "
                   "nhiệm Ủy ban Đối ngoại của Quốc hội.")
    assert got == {("Bạch Quốc Vinh", "attendee"), ("Mai Thị Xuyến", "attendee")}
    _, got = roles("Sáng 5/3, Hội Khuyến học tỉnh Hà Tĩnh tổ chức hội nghị tổng kết. Tham luận tại hội nghị:\n"
                   "- Ông Trần Đình Chiến, Chủ tịch Hội Khuyến học huyện Hương Khê: kinh nghiệm xây dựng dòng họ học tập;\n"
                   "- Bà Nguyễn Thị Hương Giang, Giám đốc Quỹ Khuyến học Hà Tĩnh: thông tin về quỹ.")
    assert got == {("Trần Đình Chiến", "speaker"), ("Nguyễn Thị Hương Giang", "speaker")}


def test_a_host_receiving_a_delegation_and_the_head_of_the_delegation_received_are_there():
    _, got = roles("Ngày 14/9, tại Hà Nội, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương "
                   "Đảng đã tiếp Đoàn cán bộ Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào do đồng chí Xổm-xạ-vạt "
                   "Lềnh-xa-vắt, Chánh Văn phòng Trung ương Đảng làm Trưởng đoàn. Ông Lê Văn Sĩ, Giám đốc Sở Tài "
                   "chính tiếp tục rà soát hồ sơ.")
    assert ("Lê Minh Hưng", "attendee") in got
    assert ("Xổm-xạ-vạt Lềnh-xa-vắt", "attendee") in got
    assert not any(name == "Lê Văn Sĩ" for name, _ in got)


def test_guests_met_on_arrival_a_guest_who_attends_and_directs_and_the_one_heard():
    _, got = roles("Ngày 13/8, Đảng bộ Quân sự tỉnh Lạng Sơn tổ chức Đại hội đại biểu lần thứ I, với sự tham dự và chỉ "
                   "đạo của Thiếu tướng Hà Văn Tám, Phó Tư lệnh Quân khu 1. Tại Đại hội đã nghe đồng chí Lộc Văn "
                   "Hòa, Bí thư Đảng ủy Quân sự tỉnh trình bày báo cáo chính trị. Đón đoàn có Đại tá Vi Văn Nhất, "
                   "Chính ủy Bộ Chỉ huy Quân sự tỉnh.")
    assert ("Hà Văn Tám", "attendee") in got
    assert ("Lộc Văn Hòa", "speaker") in got
    assert ("Vi Văn Nhất", "attendee") in got


def test_attendees_after_a_fronted_phrase_and_every_name_listed_after_su_tham_du_cua():
    _, got = roles("Ngày 3/4, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị. Về lãnh đạo tỉnh Bình Dương, tham dự hội nghị có "
                   "các đồng chí: Lại Văn Phong - Phó Bí thư Tỉnh ủy; Mạc Văn Vĩnh - Quyền Chủ tịch UBND tỉnh. Hội nghị "
                   "có sự tham dự của ông Kim Jae-won – Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh, đồng chí Trần "
                   "Văn Lộc – Bí thư Quận ủy Quận 7, ông Hứa Văn Tín – Phó Chủ tịch Hội hữu nghị Việt Nam – Hàn Quốc.")
    for name in ("Lại Văn Phong", "Mạc Văn Vĩnh", "Kim Jae-won", "Trần Văn Lộc", "Hứa Văn Tín"):
        assert (name, "attendee") in got, name


def test_a_delegation_s_members_listed_and_an_ambassador_named_after_his_country():
    ex, got = roles("Ngày 27/3, Phó Thủ tướng Khúc Minh Đạo đã tiếp Đại sứ Hàn Quốc Kang Dong-hyun. Ngày 28/3, Thủ tướng "
                    "hội đàm với Thủ tướng Na Uy. Đoàn đại biểu Na Uy có: Bộ trưởng Thương mại và Công nghiệp Na Uy Erik "
                    "Solbakken; Thứ trưởng Bộ Ngoại giao Na Uy Henrik Aasland.")
    assert "Kang Dong-hyun" in {p.name for p in ex.persons}
    assert not any(p.name.startswith("Hàn") for p in ex.persons)
    assert ("Erik Solbakken", "attendee") in got and ("Henrik Aasland", "attendee") in got


def test_who_leads_a_delegation_is_there_with_it():
    _, got = roles("Sáng 3/4, đoàn công tác của Bộ Tài chính do Thứ trưởng Lương Văn Đức dẫn đầu đã làm việc với "
                   "UBND tỉnh Hà Tĩnh. Chiều cùng ngày, Thành ủy Vinh tổ chức lễ dâng hương. Đoàn đại biểu do đồng chí "
                   "Kha Thị Ngân, Bí thư Thành ủy làm trưởng đoàn đã dâng hoa. Năm sau, đoàn sẽ do ông Lê Thanh Tú dẫn đầu.")
    assert got == {("Lương Văn Đức", "attendee"), ("Kha Thị Ngân", "attendee")}


def test_a_visiting_delegation_s_listed_members_are_there_unless_they_chair_or_speak():
    _, got = roles("Ngày 19/4/2025, UBND tỉnh Nghệ An tổ chức Hội nghị xúc tiến đầu tư tại Hà Nội. Đoàn công tác tỉnh "
                   "Nghệ An có các đồng chí: Thái Văn Hòa, Bí thư Tỉnh ủy; Lê Hồng Vinh, Chủ tịch UBND tỉnh; Phùng "
                   "Thành Vinh, Phó Chủ tịch UBND tỉnh. Đồng chí Lê Hồng Vinh chủ trì hội nghị.")
    assert got == {("Thái Văn Hòa", "attendee"), ("Lê Hồng Vinh", "chair"), ("Phùng Thành Vinh", "attendee")}


def test_who_guides_the_trainees_through_a_procedure_speaks():
    _, got = roles("Sáng 12/6/2023, Sở Nội vụ tỉnh Đắk Lắk tổ chức hội nghị tập huấn công tác tinh giản biên chế. Ông "
                   "Y Khoa Niê, Chánh Thanh tra Sở Nội vụ hướng dẫn quy trình lập hồ sơ; bà Lê Thị Hạnh, Trưởng phòng "
                   "Tổ chức - Biên chế giới thiệu các văn bản mới.")
    assert got == {("Y Khoa Niê", "speaker"), ("Lê Thị Hạnh", "speaker")}


def test_handing_over_an_honour_is_a_ceremony_of_its_own():
    ex, got = roles("Sáng 6/11/2023, đồng chí Lò Văn Khiêm, Bí thư Tỉnh ủy Sơn La đã trao Huy hiệu 55 năm tuổi Đảng cho "
                    "đồng chí Cầm Văn Ngọc, nguyên Bí thư Tỉnh ủy. Cùng dự có đồng chí Quàng Thị Phương, Phó Bí thư "
                    "Tỉnh ủy.")
    assert [e.type for e in ex.events] == ["Lễ"] and ex.events[0].date == date(2023, 11, 6)
    assert got == {("Lò Văn Khiêm", "attendee"), ("Cầm Văn Ngọc", "attendee"), ("Quàng Thị Phương", "attendee")}
    ex, got = roles("Sáng 8/3/2024, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết. Tại hội nghị, bà Lê Thị Hoa, "
                    "Phó Chủ tịch UBND tỉnh trao Bằng khen cho 12 tập thể.")
    assert [e.type for e in ex.events] == ["Hội nghị"]      # the honours are handed at the conference


def test_a_list_of_the_deputies_taking_part_opened_by_its_subject():
    _, got = roles("Ngày 25/4/2024, Tổ đại biểu HĐND tỉnh Bến Tre tiếp xúc cử tri huyện Giồng Trôm. Đại biểu tham gia "
                   "tiếp xúc gồm: ông Hồ Văn Mười, Chủ tịch HĐND tỉnh; bà Lâm Thị Hồng, Phó Chủ tịch UBND tỉnh.")
    assert got == {("Hồ Văn Mười", "attendee"), ("Lâm Thị Hồng", "attendee")}


def test_those_handed_an_honour_after_a_count_or_in_a_semicolon_list_attend():
    _, got = roles("Chiều 5/9/2023, đồng chí Vi Văn Thắm, Phó Bí thư Huyện ủy đã trao Huy hiệu 60 năm tuổi Đảng cho 2 "
                   "đồng chí Vi Thị Xuân và Lô Văn Hặc. Chủ tịch Quốc hội Trần Thị Kim Hoa trao Huân chương Lao động "
                   "tặng Chủ nhiệm Ủy ban Đối ngoại Hà Văn Tường; Chủ nhiệm Ủy ban Tài chính, Ngân sách Vũ Đình Khải.")
    assert {("Vi Thị Xuân", "attendee"), ("Lô Văn Hặc", "attendee"), ("Hà Văn Tường", "attendee"),
            ("Vũ Đình Khải", "attendee")} <= got


def test_a_progress_meeting_and_a_site_inspection_are_events():
    ex, got = roles("Chiều 27/11, Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Hữu Phúc chủ trì cuộc giao ban kiểm điểm tiến độ "
                    "Dự án cấp nước. Cùng dự có đồng chí Hồ Sỹ Toàn - Chủ tịch UBND thị xã Kỳ Anh.",
                    published=date(2023, 11, 27))
    assert ex.events[0].date == date(2023, 11, 27)
    assert got == {("Trần Hữu Phúc", "chair"), ("Hồ Sỹ Toàn", "attendee")}
    ex, got = roles("Sáng 11-4, Chủ tịch UBND tỉnh Tiền Giang Trương Văn Khởi đã đến kiểm tra tiến độ thi công một số "
                    "công trình. Cùng đi có ông Lâm Hữu Tài, Phó Chủ tịch UBND tỉnh.", published=date(2022, 4, 11))
    assert ex.events[0].date == date(2022, 4, 11)
    assert ("Lâm Hữu Tài", "attendee") in got


def test_a_list_of_those_under_whose_chair_a_meeting_sits():
    _, got = roles("Sáng 25/5, dưới sự chủ trì của các đồng chí: Nguyễn Văn Trì, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; "
                   "Lê Công Khước, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Ban Chỉ huy phòng chống thiên tai tỉnh Vĩnh "
                   "Phúc đã họp khẩn.")
    assert got == {("Nguyễn Văn Trì", "chair"), ("Lê Công Khước", "chair")}


def test_more_verbs_of_speaking_and_of_being_there():
    _, got = roles("Sáng 5/1/2025, Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết. Đồng chí Lê Văn Tám, Phó Chủ tịch UBND "
                   "tỉnh khai mạc hội nghị. Đồng chí Hồ Thị Lan, Giám đốc Sở Nội vụ truyền đạt nội dung Nghị định. "
                   "Đồng chí Vi Văn Cư trao đổi, gợi mở nhiều vấn đề. Đồng chí Lò Văn Dũng cắt băng khánh thành.")
    assert got == {("Lê Văn Tám", "speaker"), ("Hồ Thị Lan", "speaker"), ("Vi Văn Cư", "speaker"),
                   ("Lò Văn Dũng", "attendee")}


def test_those_who_join_in_receiving_or_attending():
    _, got = roles("Chiều 5/3/2024, Bí thư Tỉnh ủy Trần Văn Nghĩa tiếp Tổng Lãnh sự Kim Dong-hyun. Cùng tiếp đoàn có Phó "
                   "Chủ tịch UBND tỉnh Võ Thị Ngọc Bích. Cùng tham dự có Giám đốc Sở Ngoại vụ Lê Văn Tám.")
    assert {("Võ Thị Ngọc Bích", "attendee"), ("Lê Văn Tám", "attendee")} <= got


def test_under_the_chair_and_direction_of():
    _, got = roles("Chiều 24/10/2023, Quốc hội họp riêng về công tác nhân sự dưới sự chủ trì, điều hành của Chủ tịch Quốc "
                   "hội Võ Thành Nhân.")
    assert got == {("Võ Thành Nhân", "chair")}


def test_those_who_present_a_bill_or_voice_a_concern_speak():
    _, got = roles("Sáng 12/5, Quốc hội họp phiên toàn thể. Chủ nhiệm Ủy ban Công tác đại biểu Nguyễn Thanh Hải trình "
                   "Quốc hội Tờ trình dự án Luật Bầu cử; đại biểu Lê Văn Hậu (Bình Định) băn khoăn về tính khả thi.")
    assert {("Nguyễn Thanh Hải", "speaker"), ("Lê Văn Hậu", "speaker")} <= got


def test_an_official_who_goes_to_inspect_holds_a_site_inspection():
    ex, got = roles("Sáng 1/11, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đi kiểm tra công tác ứng phó mưa lũ tại hồ Kẻ Gỗ. "
                    "Báo cáo với đoàn, ông Dương Đình Tứ, Giám đốc Công ty Thủy lợi Nam Hà Tĩnh cho biết mực nước lên.",
                    published=date(2025, 11, 1))
    assert ex.events[0].type == "Kiểm tra thực tế"
    assert ("Dương Đình Tứ", "speaker") in got


def test_co_chairs_coordinated_past_a_title_s_letters():
    _, got = roles("Chiều 27/7, tại trụ sở UBND TP.HCM, Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh và Chủ "
                   "tịch UBND Thành phố Hồ Chí Minh (TP.HCM) Phan Văn Mãi đã đồng chủ trì buổi làm việc.")
    assert {("Đặng Quốc Khánh", "chair"), ("Phan Văn Mãi", "chair")} <= got


def test_one_who_rolls_out_a_plan_at_a_conference_speaks():
    _, got = roles("Sáng 21/3, Tỉnh ủy Bình Phước tổ chức hội nghị về sắp xếp tổ chức bộ máy. Đồng chí Trần Tuệ Hiền - "
                   "Chủ tịch UBND tỉnh triển khai Kế hoạch số 302-KH/TU của Ban Thường vụ Tỉnh ủy.")
    assert ("Trần Tuệ Hiền", "speaker") in got


def test_guests_named_as_a_group_before_the_verb_of_their_attending():
    _, got = roles("Sáng 5/12, Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Lạng Sơn khai mạc. Lãnh đạo tỉnh Lạng Sơn đến dự "
                   "Đại hội có: ông Hoàng Văn Nghiệm - Phó Bí thư Thường trực Tỉnh ủy; bà Đoàn Thị Hậu - Chủ tịch HĐND "
                   "tỉnh. Lãnh đạo tỉnh phát biểu, ông Lục Văn Tám nhấn mạnh nhiệm vụ.")
    assert {("Hoàng Văn Nghiệm", "attendee"), ("Đoàn Thị Hậu", "attendee")} <= got


def test_handing_over_then_speaking_is_speaking_and_good_wishes_after_flowers_are_not():
    _, got = roles("Ngày 10/3, Công an tỉnh Hòa Bình tổ chức lễ trao Kỷ niệm chương. Tại buổi lễ, Đại tá Đinh Hữu Cầu, "
                   "Giám đốc Công an tỉnh trao Kỷ niệm chương cho các cá nhân và nhấn mạnh đây là sự ghi nhận xứng "
                   "đáng. Ông Ma Đình Thuận, Phó Bí thư Tỉnh ủy tặng hoa chia tay ông Bạch Văn Lượng và chúc mừng bà "
                   "Lục Thị Nhung.")
    assert ("Đinh Hữu Cầu", "speaker") in got
    assert ("Ma Đình Thuận", "speaker") not in got


def test_wishes_sent_from_afar_are_no_part_in_the_event():
    _, got = roles("Sáng 28/8, Bộ Nội vụ tổ chức Lễ kỷ niệm 70 năm ngày thành lập. Đồng chí Trịnh Quang Hưng, Ủy viên "
                   "Bộ Chính trị, Chủ tịch Quốc hội nước CHXHCN Việt Nam đã gửi lẵng hoa chúc mừng. Đồng chí Phan Hữu "
                   "Nhân, Phó Thủ tướng Chính phủ đã đến dự và phát biểu.")
    assert not any(name == "Trịnh Quang Hưng" for name, _ in got)
    assert ("Phan Hữu Nhân", "speaker") in got


def test_an_aside_after_the_name_does_not_hide_the_verb_and_a_birth_year_dates_nothing():
    ex, got = roles("Sáng 20/10, Quốc hội họp phiên bế mạc. Phó Chủ nhiệm Thường trực Văn phòng Quốc hội Đinh Trọng "
                    "Khiêm (được giao thực hiện nhiệm vụ của Tổng Thư ký Quốc hội) đã trình bày các dự thảo nghị quyết. "
                    "Ông Lò Văn Hải (sinh năm 1970) phát biểu.")
    assert {("Đinh Trọng Khiêm", "speaker"), ("Lò Văn Hải", "speaker")} <= got
    assert all(e.date is None or e.date.year != 1970 for e in ex.events)


def test_speakers_named_among_the_delegates_who_spoke():
    _, got = roles("Ngày 5/12, Đại hội Hội Cựu chiến binh tỉnh Gia Lai khai mạc. Tại Đại hội, nhiều đại biểu phát biểu "
                   "tham luận, trong đó có đồng chí Đỗ Văn Thành, Chủ tịch Hội Cựu chiến binh huyện Chư Sê và đồng chí "
                   "Y Bluônh Mlô, Chủ tịch Hội Cựu chiến binh huyện Ia Grai. Hội nghị có 200 đại biểu, trong đó có "
                   "ông Rơ Châm Hiếu.")
    assert {("Đỗ Văn Thành", "speaker"), ("Y Bluônh Mlô", "speaker")} <= got
    assert ("Rơ Châm Hiếu", "speaker") not in got


def test_what_a_person_said_told_after_theo_opening_the_sentence():
    _, got = roles("Sáng 12/5, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết. Theo đồng chí Lê Văn Thông, Phó Bí thư Thường "
                   "trực Tỉnh ủy, việc học tập đã đi vào chiều sâu. Hội nghị làm việc theo chương trình.")
    assert got == {("Lê Văn Thông", "speaker")}


def test_working_with_a_body_and_attending_then_speaking():
    _, got = roles("Chiều 3/6, đồng chí Trần Thanh Mẫn, Chủ tịch Quốc hội đã làm việc với Ban Thường vụ Tỉnh ủy Bạc Liêu. "
                   "Cùng làm việc có đồng chí Lữ Văn Hùng, Bí thư Tỉnh ủy.")
    assert got == {("Trần Thanh Mẫn", "attendee"), ("Lữ Văn Hùng", "attendee")}
    _, got = roles("Sáng 3/6, Chủ tịch nước Lương Cường dự Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh Bạc Liêu và phát biểu.")
    assert got == {("Lương Cường", "attendee"), ("Lương Cường", "speaker")}


def test_a_visit_paid_and_the_meeting_it_chairs():
    _, got = roles("Chiều 16/8, Tổng Bí thư Hà Quang Tuệ đã đến thăm và chủ trì buổi làm việc với Ban Thường vụ Thành ủy "
                   "Hải Phòng. Phát biểu tại buổi làm việc, Tổng Bí thư Hà Quang Tuệ khẳng định vị trí của thành phố.")
    assert got == {("Hà Quang Tuệ", "chair"), ("Hà Quang Tuệ", "speaker")}


def test_a_reception_told_after_the_host_s_posts_makes_host_and_guest_attendees():
    ex, got = roles("Chiều 12/3, tại Hà Nội, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, "
                    "tiếp Đại tướng Chansamone Chanyalath, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Lào.",
                    published=date(2025, 3, 13))
    assert [e.type for e in ex.events] == ["Buổi tiếp"]
    assert got == {("Phan Văn Giang", "attendee"), ("Chansamone Chanyalath", "attendee")}
    _, got = roles("Ông Lê Quang Tùng, Bí thư Tỉnh ủy, tiếp tục chỉ đạo các sở, ngành rà soát dự án.")
    assert got == set()


def test_a_working_visit_told_after_the_subject_s_posts_is_an_event_with_the_subject_there():
    ex, got = roles("Ngày 5/3/2025, ông Lê Quang Tùng, Bí thư Tỉnh ủy Quảng Trị, làm việc với Ban Thường vụ Huyện ủy "
                    "Gio Linh. Ông Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh, cho biết dự án sẽ hoàn thành trong năm.")
    assert [e.type for e in ex.events] == ["Buổi làm việc"]
    assert ("Lê Quang Tùng", "attendee") in got


def test_officers_promoted_in_rank_at_a_ceremony_handing_the_decision_over_attend_it():
    ex, got = roles("Sáng 18/12/2024, Chủ tịch nước Ninh Văn Tường dự lễ công bố, trao quyết định thăng quân hàm. Tại "
                    "buổi lễ, đồng chí Diệp Thanh Hòa, Phó Chủ nhiệm Văn phòng Chủ tịch nước công bố quyết định thăng "
                    "quân hàm từ Trung tướng lên Thượng tướng đối với các đồng chí: Ngô Quang Thiều, Thứ trưởng Bộ "
                    "Quốc phòng; Vàng Seo Chứ, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam.")
    assert {("Ngô Quang Thiều", "attendee"), ("Vàng Seo Chứ", "attendee"), ("Diệp Thanh Hòa", "speaker"),
            ("Ninh Văn Tường", "attendee")} <= got


def test_a_future_word_said_at_an_event_does_not_make_it_a_plan():
    ex, got = roles("Sáng 5/8/2025, Đảng bộ phường Kinh Môn tổ chức Đại hội lần thứ I. Ông Phạm Đức Trọng được bầu giữ "
                    "chức Bí thư Đảng ủy phường Kinh Môn. Phát biểu bế mạc, Bí thư Đảng ủy phường Phạm Đức Trọng khẳng "
                    "định Ban Chấp hành khóa mới sẽ sớm cụ thể hóa Nghị quyết Đại hội. Theo chương trình, Hội nghị Ban "
                    "Chấp hành sẽ họp vào tuần sau.")
    assert [(e.type, e.date) for e in ex.events] == [("Đại hội", date(2025, 8, 5))]
    assert ("Phạm Đức Trọng", "speaker") in got


def test_an_event_under_way_that_is_expected_to_last_is_no_plan_but_one_expected_to_happen_is():
    ex, got = roles("Theo Chủ tịch Quốc hội Nguyễn Thị Xuân Lan, phiên chất vấn Bộ trưởng Bộ Tài nguyên và Môi trường Hà "
                    "Minh Khải bắt đầu từ chiều nay 4/6 và dự kiến kéo dài tới hết buổi sáng mai. Điều hành phiên chất "
                    "vấn, Chủ tịch Quốc hội Nguyễn Thị Xuân Lan đề nghị các đại biểu nêu câu hỏi ngắn gọn.",
                    published=date(2018, 6, 4))
    assert [(e.type, e.date) for e in ex.events] == [("Phiên họp", date(2018, 6, 4))]
    assert ("Nguyễn Thị Xuân Lan", "chair") in got
    ex, _ = roles("Dự kiến, phiên họp diễn ra trong cả ngày 15/4, các thành viên Chính phủ thảo luận.",
                  published=date(2021, 4, 14))
    assert all(e.date is None for e in ex.events)


def test_guests_listed_with_dotted_degrees_all_attend():
    _, got = roles("Sáng 25/2/2013, Viện Hàn lâm tổ chức Lễ công bố. Đến dự Lễ công bố có các đồng chí: GS.TS. Lưu Đình "
                   "Khang, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh; GS.TSKH. Thái Hữu Lễ, Phó Chủ tịch Viện Hàn "
                   "lâm Khoa học và Công nghệ Việt Nam; PGS.TS. Mẫn Thị Hoa, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội.")
    assert got == {("Lưu Đình Khang", "attendee"), ("Thái Hữu Lễ", "attendee"), ("Mẫn Thị Hoa", "attendee")}


def test_a_funeral_its_mourners_and_not_the_one_mourned():
    ex, got = roles("Sáng 22-1-2011, tại Nhà tang lễ Quốc gia, Ban Chấp hành Trung ương Đảng đã tổ chức trọng thể tang lễ "
                    "đồng chí Vũ Đình Thạch, nguyên Bí thư Trung ương Đảng. Đoàn đại biểu Chính phủ do đồng chí Ngô Tấn "
                    "Phát, Thủ tướng Chính phủ dẫn đầu. Các đồng chí nguyên Tổng Bí thư Hà Quang Bích, Lục Văn Tường đến "
                    "viếng. Lễ viếng đồng chí Vũ Đình Thạch kết thúc lúc 13 giờ.")
    assert [(e.type, e.date) for e in ex.events] == [("Lễ tang", date(2011, 1, 22))]
    assert got == {("Ngô Tấn Phát", "attendee"), ("Hà Quang Bích", "attendee"), ("Lục Văn Tường", "attendee")}


def test_those_who_accompany_welcome_or_witness_are_there_and_a_host_who_speaks_is_a_speaker_only():
    _, got = roles("Sáng 5/3/2025, Thủ tướng Phạm Minh Chính làm việc với tỉnh Quảng Trị. Tháp tùng Thủ tướng có đồng "
                   "chí Lê Hoài Trung, Chánh Văn phòng Trung ương Đảng. Đón tiếp đoàn có đồng chí Nguyễn Khắc Luận, "
                   "Chủ tịch Hội Cựu chiến binh tỉnh. Báo cáo với Đoàn, đồng chí Nguyễn Khắc Luận cho biết hội đã "
                   "hoàn thành các chỉ tiêu.")
    assert {("Phạm Minh Chính", "attendee"), ("Lê Hoài Trung", "attendee"), ("Nguyễn Khắc Luận", "speaker")} <= got
    assert ("Nguyễn Khắc Luận", "attendee") not in got


def test_those_who_join_a_delegation_attend_its_visit():
    _, got = roles("Ngày 5/12/2023, đoàn công tác của tỉnh Kon Tum do đồng chí A Pớt, Phó Bí thư Thường trực Tỉnh ủy làm "
                   "Trưởng đoàn đã đến thăm Hội Cựu chiến binh tỉnh.\n\nTham gia cùng Đoàn công tác có các đồng chí: Lê "
                   "Văn Quý, Chủ tịch UBND tỉnh; Trương Đình Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert {("Lê Văn Quý", "attendee"), ("Trương Đình Kha", "attendee")} <= got


def test_an_inspection_visit_and_a_gift_giving_are_events_their_visitors_attend():
    ex, got = roles("Ngày 9/4/2024, Chủ tịch UBND tỉnh Bắc Kạn Nông Đăng Khoa cùng đoàn công tác đã đến kiểm tra "
                    "tình hình sản xuất tại Khu công nghiệp Thanh Bình. Cùng đi có đồng chí Lộc Thị Thu Hằng, "
                    "Giám đốc Sở Kế hoạch và Đầu tư.")
    assert [e.type for e in ex.events] == ["Kiểm tra thực tế"]
    assert got == {("Nông Đăng Khoa", "attendee"), ("Lộc Thị Thu Hằng", "attendee")}
    ex, got = roles("Ngày 23/7, Phó Bí thư Thường trực Tỉnh ủy Long An Lê Thanh Tòng đã về huyện Tân Hưng trao quà "
                    "cho các gia đình chính sách. Cùng dự có Chủ tịch UBND huyện Tân Hưng Nguyễn Hoàng Khang.",
                    published=date(2024, 7, 23))
    assert [(e.type, e.date) for e in ex.events] == [("Trao quà", date(2024, 7, 23))]
    assert got == {("Lê Thanh Tòng", "attendee"), ("Nguyễn Hoàng Khang", "attendee")}


def test_a_courtesy_call_is_a_reception_dated_by_its_sentence():
    ex, got = roles("Chiều 22/9, Đoàn đại biểu tỉnh Chăm Pa Sắc do đồng chí Xổm-phết Keo-vi-lay, Tỉnh trưởng tỉnh "
                    "Chăm Pa Sắc làm trưởng đoàn đã đến chào xã giao lãnh đạo tỉnh Nghệ An. Tiếp đoàn có đồng chí "
                    "Cao Xuân Tứ, Phó Bí thư Thường trực Tỉnh ủy Nghệ An.", published=date(2022, 9, 23))
    assert [(e.type, e.date) for e in ex.events] == [("Buổi tiếp", date(2022, 9, 22))]


def test_the_signatories_of_an_agreement_at_a_ceremony_attend_it():
    _, got = roles("Sáng 12/5/2023, tỉnh Sơn La tổ chức Lễ ký kết hợp tác với tỉnh Xiêng Khoảng. Đại diện ký kết "
                   "Biên bản hợp tác toàn diện "
                   "có ông Khamphone Vongsavath - Phó Tỉnh trưởng tỉnh Xiêng Khoảng và ông Cầm Văn Tuấn - Phó Chủ tịch "
                   "UBND tỉnh Sơn La.")
    assert got == {("Khamphone Vongsavath", "attendee"), ("Cầm Văn Tuấn", "attendee")}


def test_a_title_given_by_an_election_is_no_subject_of_the_verb_after_it():
    _, got = roles("Sáng 12/3/2020, HĐND tỉnh Thanh Hóa họp kỳ họp thứ 12. Ông Phạm Đình Lực, Chỉ huy trưởng Bộ Chỉ huy "
                   "Quân sự tỉnh được bầu giữ chức danh Ủy viên UBND tỉnh. Chủ tịch HĐND tỉnh Cao Văn Tường chúc mừng "
                   "các đồng chí vừa được bầu giữ chức danh Ủy viên UBND tỉnh; đề nghị các đồng chí phát huy năng lực.")
    assert ("Phạm Đình Lực", "speaker") not in got


def test_those_listed_as_receiving_the_decisions_at_the_ceremony_attend_it():
    _, got = roles("Sáng 3/1, huyện Thường Tín tổ chức lễ công bố thành lập xã Vạn Nhất. Đồng chí Giang Thị Thu Hà, Bí thư "
                   "Huyện ủy trao quyết định. Lãnh đạo xã Vạn Nhất nhận quyết định tại buổi lễ gồm: đồng chí Ngô Xuân "
                   "Điền - Bí thư Đảng ủy xã; đồng chí Tạ Đình Khuê - Chủ tịch HĐND xã.", published=date(2025, 1, 3))
    assert {("Ngô Xuân Điền", "attendee"), ("Tạ Đình Khuê", "attendee")} <= got


def test_hosts_listed_before_an_ellipsis_receive_their_guests_at_one_reception():
    ex, got = roles("Sáng 17-1 (tức 26 Tết), tại trụ sở Tỉnh ủy, các đồng chí lãnh đạo tỉnh Đồng Nai gồm: Phó Bí thư "
                    "Thường trực Tỉnh ủy Giang Thành Tâm; Phó Chủ tịch UBND tỉnh Thạch Văn Lượm; Phó Chủ tịch HĐND "
                    "tỉnh Đặng Thị Hồng Vân… đã đón tiếp chức sắc các tôn giáo đến thăm, chúc mừng năm mới.\n"
                    "Phát biểu tại buổi tiếp, Phó Bí thư Thường trực Tỉnh ủy Giang Thành Tâm cảm ơn các chức sắc.",
                    published=date(2023, 1, 17))
    assert got == {("Giang Thành Tâm", "speaker"), ("Thạch Văn Lượm", "attendee"),
                   ("Đặng Thị Hồng Vân", "attendee")}
    assert [(e.type, e.date) for e in ex.events] == [("Buổi tiếp", date(2023, 1, 17))]


def test_who_receives_gifts_or_an_award_there_and_the_delegation_s_members_attend():
    _, got = roles("Chiều 20/1/2025, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến đến thăm, tặng quà Đồn Biên phòng "
                   "Nậm Cắn. Thiếu tá Vi Văn Thắng, Chính trị viên Đồn, thay mặt cán bộ, chiến sĩ tiếp nhận quà. "
                   "Thành viên đoàn có đồng chí Lò Văn Páo, Phó Cục trưởng Cục Chính trị. Bà Quàng Thị Ún, Chủ tịch "
                   "Công đoàn Công ty Chè Nậm Cắn, đón nhận Bằng khen của Tổng Liên đoàn.")
    assert {("Vi Văn Thắng", "attendee"), ("Lò Văn Páo", "attendee"), ("Quàng Thị Ún", "attendee")} <= got
    _, got = roles("Sáng 5/3/2025, Sở Y tế tổ chức hội nghị. Ông Lầu Bá Chớ, Giám đốc Sở, ghi nhận quà tặng của "
                   "các nhà tài trợ.")
    assert ("Lầu Bá Chớ", "attendee") not in got


def test_recipients_after_an_abbreviated_degree_or_after_a_name_ending_like_a_rank_are_handed_something():
    _, got = roles("Chiều 10/12/2024, HĐND tỉnh Quảng Trị tổ chức kỳ họp thứ 29. Bí thư Tỉnh ủy Phan Văn Khải tặng hoa "
                   "chúc mừng các đồng chí Lê Hữu Phước, Hoàng Nam Trung và Lê Thị Kim Oanh vừa được bầu. Bộ trưởng Đào "
                   "Hồng Lan trao quyết định nghỉ hưu cho TS. Vũ Tuấn Cường, nguyên Cục trưởng, và ghi nhận những đóng "
                   "góp của ông.")
    assert {("Lê Thị Kim Oanh", "attendee"), ("Vũ Tuấn Cường", "attendee")} <= got
    assert ("Vũ Tuấn Cường", "speaker") not in got


def test_a_clause_ending_one_item_of_a_semicolon_list_is_that_item_s_only():
    _, got = roles("Sáng 5/12/2024, HĐND thành phố Cần Thơ khai mạc kỳ họp thứ 20. Tham dự kỳ họp có các đồng chí: "
                   "Lương Văn Thạch, Bí thư Thành ủy; Trần Việt Trung, Chủ tịch UBND thành phố; Phạm Văn Hiểu, Chủ tịch "
                   "HĐND thành phố — chủ tọa kỳ họp; Nguyễn Thị Diệu Hiền, Phó Vụ trưởng Vụ Công tác đại biểu.")
    assert ("Phạm Văn Hiểu", "chair") in got
    assert not {("Lương Văn Thạch", "chair"), ("Trần Việt Trung", "chair")} & got
    _, got = roles("Sáng 5/12/2024, Tỉnh ủy Nghệ An tổ chức hội nghị. Các đồng chí Lê Văn A, Trần Văn B và Hồ Thị C dự; "
                   "đồng chí Phan Văn D chủ trì.")
    assert {("Lê Văn A", "attendee"), ("Trần Văn B", "attendee"), ("Phan Văn D", "chair")} <= got


def test_the_person_whose_report_a_sentence_opens_with_spoke_there():
    _, got = roles("Chiều 3/7/2025, UBND tỉnh Đồng Nai họp về công tác bồi thường. Theo báo cáo của ông Cao Văn Hiển, "
                   "Giám đốc Sở Nông nghiệp và Môi trường, toàn tỉnh có 47 dự án. Theo báo cáo của Sở Tài chính, thu "
                   "ngân sách đạt 60%.")
    assert got == {("Cao Văn Hiển", "speaker")}


def test_a_comrade_the_speech_addresses_attends_and_a_pledge_is_speech():
    _, got = roles("Chiều 30/6/2025, Tỉnh ủy An Giang tổ chức hội nghị công bố quyết định. Đồng chí Lê Minh Hưng đề nghị "
                   "đồng chí Châu Văn Ân, tân Bí thư Tỉnh ủy, sớm ổn định tổ chức. Bày tỏ vinh dự khi được giao nhiệm vụ, "
                   "đồng chí Trần Văn Én cam kết cùng tập thể hoàn thành nhiệm vụ. Đồng chí Lê Minh Hưng đề nghị UBND "
                   "tỉnh chỉ đạo ông Lý Văn Bé khắc phục sai phạm.")
    assert {("Châu Văn Ân", "attendee"), ("Trần Văn Én", "speaker")} <= got
    assert not any(name == "Lý Văn Bé" for name, _ in got)


def test_a_unit_s_parent_of_a_kind_after_the_titles_does_not_hide_the_verb():
    _, got = roles("Sáng 5/3/2025, Sở Y tế tổ chức hội nghị. Tại hội nghị, ThS Võ Thị Tuyết Mai, Trưởng phòng Nghiệp vụ Y, "
                   "Sở Y tế đã giới thiệu những điểm mới của luật.")
    assert got == {("Võ Thị Tuyết Mai", "speaker")}


def test_those_listed_as_signing_for_their_bodies_attend():
    _, got = roles("Sáng 5/3/2024, Tỉnh ủy Cà Mau tổ chức lễ ký kết Quy chế phối hợp. Đại diện các cơ quan ký kết Quy chế "
                   "gồm các đồng chí: Lê Thị Mỹ Hạnh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; Châu Minh Tâm, Chánh Thanh tra "
                   "tỉnh và Đại tá Phan Thanh Tùng, Giám đốc Công an tỉnh.")
    assert got == {("Lê Thị Mỹ Hạnh", "attendee"), ("Châu Minh Tâm", "attendee"), ("Phan Thanh Tùng", "attendee")}


def test_a_phone_call_between_leaders_is_talks_both_take_part_in():
    ex, got = roles("Chiều 5/3/2025, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Ishiba Shigeru.")
    assert got == {("Phạm Minh Chính", "attendee"), ("Ishiba Shigeru", "attendee")}
    assert [e.type for e in ex.events] == ["Điện đàm"] and ex.events[0].date == date(2025, 3, 5)


def test_a_title_written_after_the_name_with_no_comma_does_not_hide_the_verb():
    ex, got = roles("Sáng 3/4/2025, Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác dân vận. Đồng chí Hoàng Trung Kiên "
                    "ủy viên BCH TW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã tới dự và phát biểu chỉ đạo.")
    assert got == {("Hoàng Trung Kiên", "attendee"), ("Hoàng Trung Kiên", "speaker")}


def test_the_one_named_as_the_conference_s_presenter_speaks():
    ex, got = roles("Sáng 10/3/2025, Huyện ủy Đức Thọ tổ chức hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW. "
                    "Báo cáo viên tại hội nghị là đồng chí Phan Thị Ngọc, Trưởng Ban Tuyên giáo Huyện ủy.")
    assert got == {("Phan Thị Ngọc", "speaker")}


def test_a_discussion_sitting_someone_runs_is_the_day_s_event():
    ex, got = roles("Chiều 3/11/2025, Quốc hội thảo luận ở hội trường về dự án Luật Thuế thu nhập cá nhân (sửa đổi). "
                    "Phó Chủ tịch Quốc hội Vũ Hồng Thanh điều hành phiên thảo luận.")
    assert got == {("Vũ Hồng Thanh", "chair")}
    assert [(e.type, e.date) for e in ex.events] == [("Phiên họp", date(2025, 11, 3))]


def test_titles_after_an_aside_in_parentheses_do_not_hide_the_verb():
    ex, got = roles("Chiều 3/11/2025, Quốc hội họp phiên toàn thể. Đại biểu Trần Văn Lâm (Bắc Ninh), Ủy viên Thường trực "
                    "Ủy ban Kinh tế và Tài chính của Quốc hội, xin tranh luận về ngưỡng doanh thu chịu thuế.")
    assert ("Trần Văn Lâm", "speaker") in got


def test_receiving_and_working_with_a_guest_is_a_reception_both_attend():
    ex, got = roles("Chiều 22/10/2024, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy đã tiếp và làm việc với ông "
                    "Kim Sung-ho, Thị trưởng thành phố Incheon (Hàn Quốc).")
    assert got == {("Cao Tường Huy", "attendee"), ("Kim Sung-ho", "attendee")}


def test_one_who_speaks_on_behalf_of_others_speaks():
    ex, got = roles("Sáng 3/5/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức lễ kỷ niệm. Thiếu tá Danh Văn Sang, "
                    "Đồn trưởng Đồn Biên phòng Hòn Đất đại diện các tập thể, cá nhân được khen thưởng phát biểu cảm tưởng.")
    assert got == {("Danh Văn Sang", "speaker")}
    person = next(p for p in ex.persons if p.name == "Danh Văn Sang")
    assert [x.org.name for x in person.positions] == ["Đồn Biên phòng Hòn Đất"]


def test_one_a_decision_will_be_handed_to_later_is_not_there():
    ex, got = roles("Sáng 5/3/2025, Tỉnh ủy Bắc Giang tổ chức hội nghị công bố quyết định về công tác cán bộ. Quyết định "
                    "sẽ được trao cho ông Văn Quý Hưng tại Hà Nội vào tuần sau. Chủ tịch Hội Nông dân tỉnh Lã Văn Khiêm "
                    "tặng hoa chúc mừng.")
    assert got == {("Lã Văn Khiêm", "attendee")}


def test_those_introduced_to_the_congress_are_there():
    ex, got = roles("Sáng 5/9/2024, Đại hội đại biểu MTTQ Việt Nam tỉnh Quảng Bình lần thứ XIII bế mạc. Bà Hoàng Thị Hương "
                    "phát biểu bế mạc. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa XIII gồm bà Hoàng Thị Hương và các "
                    "ông, bà Phan Văn Khải, Lê Thị Dung ra mắt đại hội.")
    assert got == {("Hoàng Thị Hương", "speaker"), ("Phan Văn Khải", "attendee"), ("Lê Thị Dung", "attendee")}


def test_both_sides_of_talks_said_between_them_take_part():
    ex, got = roles("Hai nước nâng cấp quan hệ sau cuộc hội đàm giữa Tổng Bí thư Tô Lâm và Thủ tướng Malaysia Anwar Ibrahim "
                    "chiều 21/11/2024.")
    assert got == {("Tô Lâm", "attendee"), ("Anwar Ibrahim", "attendee")}


def test_the_panel_s_speakers_and_one_whose_view_a_sentence_opens_with_speak():
    ex, got = roles("Sáng 13/9/2024, diễn đàn doanh nghiệp Việt Nam - Nhật Bản diễn ra tại Hải Phòng, với sự tham dự của "
                    "Phó Chủ tịch UBND thành phố Hải Phòng Lê Khắc Nam. Theo ông Lê Khắc Nam, Hải Phòng đang dẫn đầu về "
                    "thu hút FDI. Phiên thảo luận của diễn đàn có các diễn giả: bà Phạm Thu Hà, Giám đốc Sở Công Thương "
                    "thành phố Hải Phòng và ông Tanaka Yusuke, Tổng giám đốc Công ty TNHH Nitto Việt Nam.")
    assert got == {("Lê Khắc Nam", "attendee"), ("Lê Khắc Nam", "speaker"), ("Phạm Thu Hà", "speaker"),
                   ("Tanaka Yusuke", "speaker")}


def test_a_portal_s_dateline_fixes_today_and_a_trial_s_verdict_dates_the_hearing():
    ex = extract(normalise(Article(id="t", published=date(2024, 5, 23), text=(
        "Cổng Thông tin điện tử tỉnh Đắk Lắk\n\n(Đắk Lắk, 22/5/2024) Sáng nay, tại TP. Buôn Ma Thuột, UBND tỉnh Đắk Lắk "
        "tổ chức Lễ ký kết thỏa thuận hợp tác với Agribank. Ông Phạm Ngọc Nghị, Chủ tịch UBND tỉnh, phát biểu."))))
    assert [e.date for e in ex.events] == [date(2024, 5, 22)]
    ex = extract(normalise(Article(id="t", published=date(2024, 11, 16), text=(
        "Chiều 15/11, sau 4 ngày xét xử sơ thẩm, TAND TP Hà Nội tuyên án đối với 4 bị cáo. HĐXX do thẩm phán Phạm "
        "Hồng Quân làm chủ tọa phiên tòa."))))
    assert [e.date for e in ex.events] == [date(2024, 11, 15)]


def test_talks_between_two_provinces_chaired_by_two_leaders_make_them_chairs_only():
    ex, got = roles("Sáng 12/10/2023, hội đàm giữa hai tỉnh do đồng chí Lò Văn Sơn, Bí thư Tỉnh ủy Điện Biên và đồng chí "
                    "Phouthong Keomanysone, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phongsaly đồng chủ trì.")
    assert got == {("Lò Văn Sơn", "chair"), ("Phouthong Keomanysone", "chair")}


def test_co_chairs_named_after_su_dong_chu_tri_cua_and_a_party_member_given_a_badge():
    ex, got = roles("Sáng 5/3/2025, hai bên tiến hành hội đàm dưới sự đồng chủ trì của đồng chí Lò Văn Khánh và đồng chí "
                    "Sisouphanh Keovongsa, Tỉnh trưởng tỉnh Luang Prabang.")
    assert got == {("Lò Văn Khánh", "chair"), ("Sisouphanh Keovongsa", "chair")}
    ex, got = roles("Sáng 2/9/2024, Thành ủy TP.HCM tổ chức lễ trao Huy hiệu Đảng. Đảng viên Trần Thị Mai, 99 tuổi, nhận "
                    "Huy hiệu 80 năm tuổi Đảng.")
    assert got == {("Trần Thị Mai", "attendee")}


def test_the_mourned_is_at_no_event():
    # (his life told, "tham gia cách mạng", and his son speaking for the family make him no participant)
    _, got = roles("Sáng 18/3, tại Nhà tang lễ tỉnh Bắc Giang, Ban Lễ tang tổ chức lễ viếng, lễ truy điệu và đưa tang "
                   "đồng chí Ngô Đức Thịnh, nguyên Bí thư Tỉnh ủy Hà Bắc. Đồng chí Ngô Đức Thịnh, sinh năm 1936, tham "
                   "gia cách mạng từ năm 1952. Đồng chí Nguyễn Thị Hương, Chủ tịch UBND tỉnh đọc lời điếu. Thay mặt "
                   "gia quyến, ông Ngô Đức Thành, con trai đồng chí Ngô Đức Thịnh, cảm ơn các cấp, các ngành.")
    assert ("Nguyễn Thị Hương", "speaker") in got
    assert not {role for name, role in got if name == "Ngô Đức Thịnh"}
    _, got = roles("Đồng chí Trần Văn Lâm, nguyên Phó Chủ tịch UBND tỉnh Nghệ An, đã từ trần ngày 3/5. Lễ viếng "
                   "được tổ chức tại Nhà tang lễ tỉnh; đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy dự lễ viếng.")
    assert got == {("Nguyễn Đức Trung", "attendee")}


def test_an_event_that_took_place_lower_case_and_mourners_who_came():
    _, got = roles("Sáng 18/3 diễn ra hội nghị tổng kết công tác dân vận. Đến dự có đồng chí Vũ Thế Hùng, Chủ tịch "
                   "UBND tỉnh Bắc Giang.")
    assert got == {("Vũ Thế Hùng", "attendee")}
    _, got = roles("Sáng 18/3, Ban Lễ tang tổ chức lễ viếng đồng chí Ngô Đức Thịnh. Đến viếng còn có đồng chí "
                   "Lê Văn Hòa, nguyên Chủ tịch UBND tỉnh Bắc Giang.")
    assert got == {("Lê Văn Hòa", "attendee")}


def test_an_award_handed_to_a_name_behind_its_degree_makes_the_recipient_present():
    _, got = roles("Sáng 5/1, Bộ Y tế tổ chức hội nghị tổng kết. Dịp này, thừa ủy quyền của Chủ tịch nước, Phó Thủ "
                   "tướng trao Huân chương Lao động hạng Nhì cho BSCKII Lê Hữu Toàn, Giám đốc Bệnh viện Đa khoa "
                   "tỉnh Phú Thọ.")
    assert got == {("Lê Hữu Toàn", "attendee")}


def test_a_duty_assigned_is_no_role_at_the_event():
    _, got = roles("Sáng 3/4, UBND tỉnh tổ chức hội nghị công bố quyết định. Trong thời gian này, đồng chí Đặng Văn "
                   "Kiên được giao phụ trách, điều hành hoạt động của Sở. Đồng chí Lê Văn Bình, Phó Giám đốc Sở Nội "
                   "vụ điều hành hội nghị.")
    assert got == {("Lê Văn Bình", "chair")}


def test_a_post_held_now_after_a_former_one_is_still_the_speaker_s_description():
    _, got = roles("Sáng 3/5, UBND tỉnh tổ chức hội nghị gặp mặt doanh nghiệp. Thay mặt cộng đồng doanh nghiệp, ông "
                   "Phạm Văn Bảy, nguyên Phó Chủ tịch UBND tỉnh, nay là Chủ tịch Hiệp hội Doanh nghiệp tỉnh, kiến "
                   "nghị tỉnh sớm hoàn thiện quy hoạch.")
    assert got == {("Phạm Văn Bảy", "speaker")}


def test_a_description_of_who_someone_is_does_not_hide_the_verb_after_it():
    _, got = roles("Sáng 5/9, Đại học Thái Nguyên tổ chức lễ khai giảng. Đại diện tân sinh viên, em Vừ Thị Dua, sinh "
                   "viên ngành Sư phạm Toán, Trường Đại học Sư phạm, phát biểu bày tỏ niềm tự hào.")
    assert got == {("Vừ Thị Dua", "speaker")}


def test_tp_dot_at_a_sentence_s_end_closes_it():
    ex, got = roles("Chiều 11-7, HĐND TP. Cần Thơ tổ chức kỳ họp thứ 17. Chủ trì kỳ họp có các đồng chí: Phan Thị Hân, "
                    "Chủ tịch HĐND TP; Lữ Văn Khoa, Phó Chủ tịch HĐND TP. Dự kỳ họp có đồng chí Đặng Quốc Vinh, Bí thư "
                    "Thành ủy Cần Thơ.")
    assert ("Đặng Quốc Vinh", "attendee") in got and ("Đặng Quốc Vinh", "chair") not in got
    khoa = next(p for p in ex.persons if p.name == "Lữ Văn Khoa")
    assert {(x.title, x.org.name) for x in khoa.positions} == {("Phó Chủ tịch", "Hội đồng nhân dân thành phố Cần Thơ")}


def test_voters_who_contribute_opinions_speak():
    _, got = roles("Sáng 5/10, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Cẩm Quan. Bà Đặng Thị Nhung, cử tri thôn Trung "
                   "Hạ, góp ý vào dự thảo Nghị quyết sửa đổi Hiến pháp. Ông Phạm Văn Chiểu, nguyên Bí thư Đảng ủy xã "
                   "Bình Minh, góp ý về việc đặt tên đường.")
    assert {("Đặng Thị Nhung", "speaker"), ("Phạm Văn Chiểu", "speaker")} <= got


def test_dialogues_party_cell_meetings_oversight_and_contests_are_events():
    cases = {
        "Chiều 20/4/2025, ông Lương Quốc Đạt, Chủ tịch UBND huyện Mường Lát, đối thoại với hơn 200 đoàn viên thanh "
        "niên của huyện.": ("Lương Quốc Đạt", "speaker", "Đối thoại"),
        "Ngày 3/6/2025, Chi bộ Văn phòng UBND tỉnh Hà Giang sinh hoạt chuyên đề về phòng, chống lãng phí. Đồng chí "
        "Lục Văn Sáng, Bí thư Chi bộ, chủ trì.": ("Lục Văn Sáng", "chair", "Sinh hoạt chuyên đề"),
        "Sáng 9/10/2024, Đoàn giám sát của Thường trực HĐND tỉnh Bắc Kạn giám sát tại huyện Ba Bể. Ông Hà Đức Thuận, "
        "Phó Chủ tịch HĐND tỉnh, phát biểu.": ("Hà Đức Thuận", "speaker", "Giám sát"),
        "Sáng 2/3/2024, Tỉnh đoàn Cà Mau khai mạc Hội thi Ánh sáng soi đường năm 2024. Anh Đỗ Minh Tâm, Bí thư Tỉnh "
        "đoàn, phát biểu khai mạc.": ("Đỗ Minh Tâm", "speaker", "Hội thi"),
    }
    for text, (name, role, kind) in cases.items():
        ex, got = roles(text)
        assert (name, role) in got, text
        assert ex.events[0].type == kind, text


def test_a_speech_before_an_audience_at_no_named_event_is_an_event_and_a_remark_to_the_press_is_not():
    ex, got = roles("Sáng 15/5/2024, ông Trịnh Văn Lâm, Phó Chủ tịch UBND tỉnh Sơn La, đến Trường THPT Chu Văn Thịnh "
                    "và phát biểu động viên giáo viên, học sinh trước kỳ thi tốt nghiệp.")
    assert got == {("Trịnh Văn Lâm", "speaker")}
    assert ex.events[0].type == "Sự kiện" and ex.events[0].date == date(2024, 5, 15)
    ex, got = roles("Bộ trưởng Bộ Tài chính Nguyễn Hữu Khang cho biết, năm 2024 thu ngân sách vượt dự toán. Thủ tướng "
                    "giao ông Lê Đình Huấn, Thứ trưởng Bộ Nội vụ, điều hành hoạt động của Bộ Nội vụ.")
    assert ex.events == []


def test_hosts_who_speak_are_not_also_attendees_but_silent_ones_and_the_guests_companions_are():
    _, got = roles("Sáng 15/3/2023, đồng chí Trần Quốc Hưng, Bí thư Tỉnh ủy Quảng Bình, làm việc với Ban Thường vụ "
                   "Huyện ủy Minh Hóa. Cùng đi có các đồng chí: Đinh Thị Bích Ngọc, Chánh Văn phòng Tỉnh ủy; Hoàng "
                   "Văn Lực, Giám đốc Sở Tài chính. Tiếp và làm việc với đoàn có đồng chí Cao Xuân Phúc, Bí thư Huyện "
                   "ủy Minh Hóa; đồng chí Lê Thị Mai, Phó Bí thư Huyện ủy. Báo cáo tại buổi làm việc, đồng chí Cao "
                   "Xuân Phúc cho biết huyện đạt 12/15 chỉ tiêu. Phát biểu tại buổi làm việc, đồng chí Hoàng Văn Lực "
                   "đề nghị huyện rà soát quỹ đất.")
    assert {("Cao Xuân Phúc", "speaker"), ("Hoàng Văn Lực", "speaker"), ("Hoàng Văn Lực", "attendee"),
            ("Đinh Thị Bích Ngọc", "attendee"), ("Lê Thị Mai", "attendee")} <= got
    assert ("Cao Xuân Phúc", "attendee") not in got


def test_the_last_name_of_a_list_after_a_lead_does_not_take_the_lead_s_words_as_a_fronted_role():
    _, got = roles("Sáng 10/7/2024, Chủ tịch UBND tỉnh Thanh Hóa Lê Đức Thuận đi kiểm tra dự án đường ven biển. Tham "
                   "gia đoàn có các Phó Chủ tịch UBND tỉnh: Mai Xuân Bình, Vũ Thị Hạnh.")
    assert got == {("Lê Đức Thuận", "attendee"), ("Mai Xuân Bình", "attendee"), ("Vũ Thị Hạnh", "attendee")}


def test_your_excellency_before_a_coordinated_foreign_name_is_no_part_of_it_and_those_who_come_along_are_there():
    ex, got = roles("Ngày 12/5/2024, đồng chí Nguyễn Thành Tâm, Bí thư Tỉnh ủy Tây Ninh, tiếp đoàn tỉnh Svay Rieng. Đi cùng đoàn tỉnh Svay Rieng có "
                    "Ngài Meas Sophal, Chủ tịch Hội đồng tỉnh Svay Rieng và Ngài Keo Sothea, Phó Tỉnh trưởng tỉnh Svay "
                    "Rieng.")
    assert {p.name for p in ex.persons} == {"Nguyễn Thành Tâm", "Meas Sophal", "Keo Sothea"}
    assert {("Meas Sophal", "attendee"), ("Keo Sothea", "attendee")} <= got


def test_receiving_a_delegation_written_small_after_its_host_is_a_reception():
    ex, _ = roles("Sáng 12/5/2024, đồng chí Nguyễn Thành Tâm, Bí thư Tỉnh ủy Tây Ninh, tiếp đoàn đại biểu tỉnh Svay "
                  "Rieng do Ngài Chum Sovannarith, Tỉnh trưởng tỉnh Svay Rieng dẫn đầu.")
    assert [e.type for e in ex.events] == ["Buổi tiếp"]


def test_a_description_that_goes_on_with_its_places_does_not_hide_the_verb():
    _, got = roles("Sáng 20/8/2024, UBND tỉnh Sơn La tổ chức hội nghị biểu dương người có uy tín. Tại hội nghị, ông Mùa A "
                   "Sử, người có uy tín bản Pha Khinh, xã Chiềng Ơn, huyện Quỳnh Nhai phát biểu, kiến nghị tỉnh hỗ trợ "
                   "giống cây. Bà Lường Thị Xuân, người có uy tín bản Nà Tòng, xã Mường Bú, phát biểu chia sẻ cách làm.")
    assert got == {("Mùa A Sử", "speaker"), ("Lường Thị Xuân", "speaker")}


def test_a_head_with_a_plural_title_s_list_after_cung_shares_its_verb_and_a_bloc_written_in_full_again():
    _, got = roles("Sáng 20/8/2024, Đảng ủy Khối các cơ quan tỉnh Nghệ An tổ chức hội nghị. Đồng chí Lê Văn Khánh, Tỉnh "
                   "ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh cùng các đồng chí Phó Bí thư Đảng ủy Khối: Nguyễn Thị "
                   "Minh Thư, Trần Đức Lợi chủ trì hội nghị.")
    assert got == {("Lê Văn Khánh", "chair"), ("Nguyễn Thị Minh Thư", "chair"), ("Trần Đức Lợi", "chair")}


def test_each_side_s_list_after_ve_phia_attends_even_those_who_speak_later():
    _, got = roles("Sáng 10/1/2024, UBND tỉnh Thái Bình tổ chức Hội nghị xúc tiến đầu tư. Dự hội nghị có ông Takeda "
                   "Hiroshi, Chủ tịch Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam. Về phía tỉnh Thái Bình có các đồng "
                   "chí: Phạm Minh Khoa, Bí thư Tỉnh ủy; Lại Văn Thịnh, Chủ tịch UBND tỉnh. Phát biểu khai mạc, Chủ "
                   "tịch UBND tỉnh Lại Văn Thịnh cho biết tỉnh đã hoàn thành quy hoạch.")
    assert {("Phạm Minh Khoa", "attendee"), ("Lại Văn Thịnh", "attendee"), ("Lại Văn Thịnh", "speaker")} <= got


def test_hosts_listed_after_tiep_va_hoi_dam_are_at_the_talks():
    _, got = roles("Ngày 26/2/2024, đoàn đại biểu Bộ Ngoại giao Lào do đồng chí Bounkhong Sisavath, Bộ trưởng Bộ Ngoại "
                   "giao Lào dẫn đầu đã đến thăm và làm việc tại tỉnh Nghệ An. Tiếp và hội đàm với đoàn có các đồng chí: "
                   "Hoàng Minh Đức - Bí thư Tỉnh ủy Nghệ An; Võ Trọng Khang - Chủ tịch UBND tỉnh.")
    assert {("Hoàng Minh Đức", "attendee"), ("Võ Trọng Khang", "attendee"), ("Bounkhong Sisavath", "attendee")} <= got


def test_guests_who_came_to_congratulate_attend():
    _, got = roles("Sáng 12/3/2024, Hội Nông dân tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ XII. Đến chúc mừng có "
                   "đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lê Hồng Vinh, Phó Chủ tịch UBND "
                   "tỉnh.")
    assert got == {("Nguyễn Văn Thông", "attendee"), ("Lê Hồng Vinh", "attendee")}


def test_companions_listed_after_thap_tung_attend_a_site_visit_and_a_friendship_group_named_after_both_states():
    ex, got = roles("Ngày 14/12/2023, Thủ tướng Nguyễn Đức Thắng đến Tokyo. Tháp tùng Thủ tướng trong chuyến thăm có:\n"
                    "- Bộ trưởng Bộ Kế hoạch và Đầu tư Bùi Thanh Hà;\n- Bộ trưởng Bộ Công Thương Đỗ Minh Tuấn.\nSáng "
                    "16/12/2023, Thủ tướng hội kiến Chủ tịch Liên minh Nghị sĩ Hữu nghị Nhật Bản - Việt Nam Ishida "
                    "Masaru. Chiều cùng ngày, Bộ trưởng Đỗ Minh Tuấn thị sát nhà máy của Tập đoàn Toyota.")
    assert {("Bùi Thanh Hà", "attendee"), ("Đỗ Minh Tuấn", "attendee"), ("Ishida Masaru", "attendee")} <= got
    ishida = next(p for p in ex.persons if p.name == "Ishida Masaru")
    assert {(x.title, x.org.name) for x in ishida.positions} == {
        ("Chủ tịch", "Liên minh Nghị sĩ Hữu nghị Nhật Bản - Việt Nam")}


def test_offering_incense_is_a_ceremony_its_subject_is_at_and_those_in_the_delegation_come_along():
    ex, got = roles("Sáng 27/7/2024, đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy Quảng Ninh, dâng hương tại Nghĩa trang liệt sĩ "
                    "tỉnh. Cùng đoàn có đồng chí Cao Tường Huy, Chủ tịch UBND tỉnh.")
    assert got == {("Vũ Đại Thắng", "attendee"), ("Cao Tường Huy", "attendee")}
    assert [e.type for e in ex.events] == ["Lễ dâng hương"]


def test_who_gives_opinions_or_is_quoted_as_saying_speaks():
    _, got = roles("Sáng 2/7/2024, đồng chí Nguyễn Đức Trung, Chủ tịch UBND tỉnh Nghệ An chủ trì buổi làm việc với Sở Y "
                   "tế. Các đồng chí Phó Giám đốc Sở: Trần Văn Sơn, Lê Thị Hạnh tham gia ý kiến. \"Ngành phải làm quyết "
                   "liệt hơn\", ông Nguyễn Đức Trung nói.")
    assert got == {("Nguyễn Đức Trung", "chair"), ("Nguyễn Đức Trung", "speaker"), ("Trần Văn Sơn", "speaker"),
                   ("Lê Thị Hạnh", "speaker")}


def test_a_meeting_verb_right_after_the_subject_s_last_post_reports_the_meeting():
    _, got = roles("Sáng 7/12/2024, đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương làm việc "
                   "với Ban Thường vụ Tỉnh ủy Điện Biên. Cùng tham gia đoàn công tác có đồng chí Hoàng Đăng Quang, Phó "
                   "Trưởng ban Thường trực Ban Tổ chức Trung ương.")
    assert got == {("Lê Minh Hưng", "attendee"), ("Hoàng Đăng Quang", "attendee")}


def test_who_leads_a_visiting_delegation_attends_the_visit_even_when_they_speak_and_hosts_welcome_it():
    _, got = roles("Ngày 17/2/2025, đoàn công tác Bộ Giáo dục và Đào tạo do đồng chí Trịnh Minh Đức, Bộ trưởng Bộ GD&ĐT "
                   "làm trưởng đoàn đã đến thăm Trường Tiểu học Nậm Kè, huyện Mường Nhé. Đón và làm việc với đoàn có các "
                   "đồng chí: Quàng Văn Thiết, Chủ tịch UBND tỉnh Điện Biên; Vừ A Páo, Bí thư Huyện ủy Mường Nhé. Phát "
                   "biểu tại buổi làm việc, Bộ trưởng Trịnh Minh Đức chia sẻ khó khăn của nhà trường.")
    assert got == {("Trịnh Minh Đức", "attendee"), ("Trịnh Minh Đức", "speaker"), ("Quàng Văn Thiết", "attendee"),
                   ("Vừ A Páo", "attendee")}


def test_who_is_thanked_with_flowers_is_there_and_who_goes_to_survey_a_site_is_at_it():
    _, got = roles("Sáng 3/10/2025, UBND tỉnh Ninh Bình tổ chức hội nghị công bố quyết định bổ nhiệm. Dịp này, đồng chí "
                   "Phạm Quang Ngọc, Chủ tịch UBND tỉnh tặng hoa cảm ơn ông Hà Văn Cảnh, nguyên Giám đốc Sở Nông nghiệp và "
                   "Môi trường, vừa nghỉ hưu.")
    assert got == {("Phạm Quang Ngọc", "attendee"), ("Hà Văn Cảnh", "attendee")}
    _, got = roles("Sáng 9/10/2025, đồng chí Trần Quốc Hưng, Chủ nhiệm Ủy ban Kiểm tra Trung ương đi khảo sát thực tế "
                   "vùng lũ xã Na Rì, tỉnh Thái Nguyên.")
    assert got == {("Trần Quốc Hưng", "attendee")}


def test_who_reads_out_results_speaks_and_a_family_visited_at_home_is_there():
    _, got = roles("Sáng 24/5/2024, Ban Thường vụ Tỉnh đoàn Gia Lai tổ chức hội nghị. Tại hội nghị, đồng chí Siu Hương, "
                   "Phó Bí thư Tỉnh đoàn thông qua kết quả thực hiện nhiệm vụ 5 tháng đầu năm.")
    assert got == {("Siu Hương", "speaker")}
    _, got = roles("Ngày 20/9/2023, Phó Thủ tướng Lương Quốc Thịnh thăm hỏi, tặng quà gia đình ông Lý A Sử ở bản Kháo "
                   "Lao, xã Khao Mang, huyện Mù Cang Chải.")
    assert got == {("Lương Quốc Thịnh", "attendee"), ("Lý A Sử", "attendee")}


def test_a_delegation_s_members_a_lead_after_a_fronted_time_and_who_explains_take_their_roles():
    ex, got = roles("Ngày 12/7/2024, Tổ đại biểu HĐND tỉnh Gia Lai tiếp xúc cử tri huyện Chư Sê. Tổ đại biểu gồm: ông Rơ "
                    "Mah Thuận - Phó Chủ tịch HĐND tỉnh; bà Nguyễn Thị Lan - Giám đốc Sở Xây dựng. Buổi sáng, tại hội "
                    "trường UBND huyện Chư Sê, dự tiếp xúc có ông Trần Quang Vinh - Bí thư Huyện ủy. Giám đốc Sở Xây "
                    "dựng Nguyễn Thị Lan giải thích các quy định về cấp phép. Chủ tịch Phòng Thương mại châu Âu tại Việt "
                    "Nam (EuroCham) Marco Bellini cũng dự. Chủ tịch EuroCham Marco Bellini kiến nghị tỉnh cải cách thủ "
                    "tục.")
    assert got == {("Rơ Mah Thuận", "attendee"), ("Nguyễn Thị Lan", "attendee"), ("Nguyễn Thị Lan", "speaker"),
                   ("Trần Quang Vinh", "attendee"), ("Marco Bellini", "attendee"), ("Marco Bellini", "speaker")}
    bellini = next(p for p in ex.persons if p.name == "Marco Bellini")
    assert {(x.title, x.org.name) for x in bellini.positions} == {("Chủ tịch", "Phòng Thương mại châu Âu tại Việt Nam")}


def test_the_one_a_handed_decision_names_is_there():
    _, got = roles("Sáng 6/1/2025, UBND tỉnh Đắk Lắk tổ chức lễ công bố quyết định. Tại buổi lễ, ông Nguyễn Thanh Sơn, Phó "
                   "Chủ tịch UBND tỉnh trao Quyết định số 85/QĐ-UBND ngày 6/1/2025 của UBND tỉnh về việc điều động, bổ "
                   "nhiệm bà H'Loan Mlô giữ chức Giám đốc Sở Lao động - Thương binh và Xã hội. Hội nghị cũng trao quyết "
                   "định nghỉ hưu theo chế độ kể từ ngày 1/2/2025 cho đồng chí Vàng Thị Chu, Giám đốc Sở Y tế.")
    assert got == {("Nguyễn Thanh Sơn", "attendee"), ("H'Loan Mlô", "attendee"), ("Vàng Thị Chu", "attendee")}


def test_more_verbs_of_speaking_before_a_meeting():
    _, got = roles("Sáng 10/3/2024, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị. Đồng chí Đặng Xuân Phong, Bí thư "
                   "Tỉnh ủy hoan nghênh các đại biểu. Đồng chí Hoàng Quốc Khánh, Phó Bí thư Tỉnh ủy nhắc nhở các cấp ủy. "
                   "Đồng chí Giàng Thị Dung, Phó Chủ tịch UBND tỉnh chỉ ra những hạn chế.")
    assert got == {("Đặng Xuân Phong", "speaker"), ("Hoàng Quốc Khánh", "speaker"), ("Giàng Thị Dung", "speaker")}


def test_those_who_attend_and_run_the_meeting_chair_it():
    _, got = roles("Sáng 5/3/2024, Tỉnh ủy Nghệ An tổ chức Hội nghị lần thứ 28. Đồng chí Phạm Thành Nghị, Bí thư Tỉnh ủy "
                   "chủ trì hội nghị. Cùng dự và điều hành hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Hồ Sỹ Quang, Chủ "
                   "tịch UBND tỉnh; Nguyễn Đình Khôi, Chủ tịch HĐND tỉnh.")
    assert got == {("Phạm Thành Nghị", "chair"), ("Hồ Sỹ Quang", "chair"), ("Hồ Sỹ Quang", "attendee"),
                   ("Nguyễn Đình Khôi", "chair"), ("Nguyễn Đình Khôi", "attendee")}


def test_a_subject_whose_titles_are_joined_by_kiem_shares_the_verb_and_who_is_thanked_after_a_comma_is_there():
    _, got = roles("Sáng 10/3/2024, HĐND xã Bảo Hà tổ chức kỳ họp. Ông Hà Mạnh Cường, Bí thư Đảng ủy kiêm Chủ tịch HĐND "
                   "xã Bảo Hà và bà Triệu Thị Dung, Phó Chủ tịch HĐND xã chủ trì kỳ họp. Dịp này, lãnh đạo huyện tặng "
                   "hoa, cảm ơn ông Lương Đình Khải, nguyên Chủ tịch UBND xã.")
    assert got == {("Hà Mạnh Cường", "chair"), ("Triệu Thị Dung", "chair"), ("Lương Đình Khải", "attendee")}


def test_a_hero_of_the_armed_forces_written_with_letters_is_there_by_his_presence():
    _, got = roles("Sáng 27/7/2022, tỉnh Quảng Nam tổ chức lễ mít tinh kỷ niệm Ngày Thương binh - Liệt sĩ. Buổi lễ có sự "
                   "hiện diện của Anh hùng LLVT nhân dân Hồ Văn Thương.")
    assert got == {("Hồ Văn Thương", "attendee")}


def test_who_receives_a_basket_of_flowers_is_there_and_does_not_speak_by_the_wishes_it_bears():
    _, got = roles("Sáng 19/8/2025, Công an tỉnh Thái Nguyên tổ chức lễ kỷ niệm. Các đồng chí Phó Giám đốc Công an tỉnh: "
                   "Đại tá Nông Văn Bằng, Thượng tá Dương Minh Tú đón nhận lẵng hoa chúc mừng của các cơ quan, đơn vị.")
    assert got == {("Nông Văn Bằng", "attendee"), ("Dương Minh Tú", "attendee")}


def test_those_listed_as_receiving_an_honour_at_the_ceremony_are_there_but_a_bare_list_of_the_honoured_is_not():
    _, got = roles("Sáng 3/2/2024, Tỉnh ủy Long An tổ chức lễ trao Huy hiệu Đảng. Các đồng chí nhận Huy hiệu 70 năm tuổi "
                   "Đảng tại buổi lễ gồm: Phan Văn Nhẫn, nguyên Phó Chủ tịch UBND tỉnh; Lâm Thị Út, nguyên Chủ tịch "
                   "Hội LHPN tỉnh.")
    assert got == {("Phan Văn Nhẫn", "attendee"), ("Lâm Thị Út", "attendee")}
    _, got = roles("Ngày 9/5/2023, UBND tỉnh Phú Yên tổ chức hội nghị điển hình tiên tiến. Các cá nhân lên nhận Bằng khen "
                   "có: ông Tạ Văn Lực, Chủ tịch UBND xã An Mỹ; bà La Thị Én.")
    assert got == {("Tạ Văn Lực", "attendee"), ("La Thị Én", "attendee")}
    _, got = roles("Ngày 9/5/2023, UBND tỉnh Phú Yên tổ chức hội nghị điển hình tiên tiến. Các cá nhân được khen thưởng "
                   "có: ông Tạ Văn Lực, Chủ tịch UBND xã An Mỹ; bà La Thị Én.")
    assert got == set()


def test_a_verb_of_a_life_told_after_tung_is_no_role_at_the_event():
    _, got = roles("Sáng 3/2/2024, Tỉnh ủy Long An tổ chức lễ trao Huy hiệu Đảng. Nhận Huy hiệu 80 năm tuổi Đảng là đồng chí "
                   "Hồ Văn Sáu, 98 tuổi, từng tham gia chiến đấu ở chiến khu Đồng Tháp Mười.")
    assert got == set()


def test_each_home_a_delegation_visits_in_a_list_of_households_is_there():
    _, got = roles("Chiều 28/1/2025, Bí thư Tỉnh ủy Lạng Sơn Hà Quang Trung đã đến thăm, tặng quà gia đình ông Mông Văn Sình, "
                   "thương binh, ở xã Tân Thanh; gia đình bà Lý Thị Mai, vợ liệt sĩ, ở thị trấn Na Sầm và gia đình "
                   "ông Nông Văn Páo, người có công với cách mạng.")
    assert got == {("Hà Quang Trung", "attendee"), ("Mông Văn Sình", "attendee"), ("Lý Thị Mai", "attendee"),
                   ("Nông Văn Páo", "attendee")}


def test_those_visited_with_new_year_wishes_and_a_worker_handed_a_gift_are_there():
    ex, got = roles("Sáng 5/2/2024, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy đã đến thăm, chúc Tết Mẹ Việt Nam anh "
                    "hùng Vũ Thị Sáu và trao quà cho thợ lò Hoàng Văn Đức, người dân tộc Tày.")
    assert got == {("Cao Tường Huy", "attendee"), ("Vũ Thị Sáu", "attendee"), ("Hoàng Văn Đức", "attendee")}
    assert {p.name for p in ex.persons} == {"Cao Tường Huy", "Vũ Thị Sáu", "Hoàng Văn Đức"}


def test_one_named_among_the_households_given_gifts_is_there():
    _, got = roles("Ngày 12/1/2023, bà Lâm Thị Sa Ranh, Phó Chủ tịch UBND tỉnh Sóc Trăng đã đến thăm, tặng quà gia đình "
                   "chính sách tại huyện Trần Đề, trong đó có ông Thạch Sóc, người có uy tín ở ấp Sóc Lèo.")
    assert got == {("Lâm Thị Sa Ranh", "attendee"), ("Thạch Sóc", "attendee")}


def test_co_chairs_listed_after_a_colon_and_those_who_moderate_a_seminar_chair_it():
    _, got = roles("Sáng 5/3/2024, Tỉnh ủy Bình Định tổ chức hội thảo khoa học. Đồng chủ trì hội thảo: PGS.TS Hà Thị Mơ, "
                   "Phó Giám đốc Học viện Chính trị khu vực III; đồng chí Lâm Hải Giang, Phó Bí thư Tỉnh ủy. Điều hành "
                   "tọa đàm có đồng chí Tạ Văn Dũng, Trưởng Ban Tuyên giáo Tỉnh ủy và TS Kiều Thị Nga.")
    assert got == {("Hà Thị Mơ", "chair"), ("Lâm Hải Giang", "chair"), ("Tạ Văn Dũng", "chair"), ("Kiều Thị Nga", "chair")}


def test_the_head_of_a_delegation_whose_verb_is_chairing_chairs():
    _, got = roles("Chiều 15/8/2024, Đoàn giám sát của HĐND tỉnh do bà Lò Thị Vân, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn "
                   "đã chủ trì buổi làm việc với UBND huyện Mường Khương.")
    assert got == {("Lò Thị Vân", "chair")}


def test_answering_by_acknowledging_asking_about_telling_and_papers_heard_after_a_colon_are_speaking():
    _, got = roles("Sáng 5/3/2024, HĐND tỉnh Sóc Trăng tổ chức phiên chất vấn. Đại biểu Lý Văn Ba chất vấn ông Trịnh Quốc "
                   "Dũng, Giám đốc Sở Xây dựng. Ông Trịnh Quốc Dũng thừa nhận tiến độ còn chậm. Bà Lâm Thị Hoa cũng tham "
                   "gia giải trình thêm. Đại biểu Thạch Thị Sa Ry hỏi về công chức cấp xã. Các đại biểu đã nghe các tham "
                   "luận: nhà báo Kim Văn Sơn, về báo in; bà Sơn Thị Nga, về chuyển đổi số. Ông Danh Út kể về việc vận "
                   "động bà con.")
    assert got == {(n, "speaker") for n in ("Lý Văn Ba", "Trịnh Quốc Dũng", "Lâm Thị Hoa", "Thạch Thị Sa Ry",
                                            "Kim Văn Sơn", "Sơn Thị Nga", "Danh Út")}


def test_a_recruit_named_by_his_calling_speaks_for_the_recruits():
    ex, got = roles("Sáng 12/2/2025, TP Cần Thơ tổ chức lễ giao nhận quân. Đại diện tân binh, tân binh Lê Minh Khoa "
                    "(phường Cái Răng) phát biểu, hứa sẽ rèn luyện.")
    assert {p.name for p in ex.persons} == {"Lê Minh Khoa"}
    assert got == {("Lê Minh Khoa", "speaker")}


def test_everyone_a_remote_venue_lists_is_there_past_the_first_item():
    _, got = roles("Sáng 12/4/2025, Thủ tướng chủ trì phiên họp trực tuyến. Tại điểm cầu Đồng Nai có đồng chí Vũ Hồng "
                   "Văn, Bí thư Tỉnh ủy; các đồng chí Phó Chủ tịch UBND tỉnh: Võ Văn Phi, Hồ Văn Hà.")
    assert got == {("Vũ Hồng Văn", "attendee"), ("Võ Văn Phi", "attendee"), ("Hồ Văn Hà", "attendee")}


def test_one_given_farewell_flowers_is_there_not_a_speaker_of_what_follows():
    _, got = roles("Sáng 5/8/2025, Đảng ủy xã Krông Pắc tổ chức hội nghị công bố quyết định về công tác cán bộ. Dịp này, "
                   "hội nghị đã tặng hoa chia tay Thượng tá Y Khuê Niê, ghi nhận những đóng góp của đồng chí.")
    assert got == {("Y Khuê Niê", "attendee")}


def test_those_handed_an_award_under_a_cited_decision_are_there():
    _, got = roles("Sáng 5/1/2025, tỉnh Bến Tre tổng kết công tác thi đua. Thừa ủy quyền của Chủ tịch nước, đồng chí Trần "
                   "Văn Bình trao Huân chương Lao động hạng Ba theo Quyết định số 1890/QĐ-CTN ngày 20/12/2024 cho 2 cá "
                   "nhân: bà Nguyễn Thị Mỹ Dung, Phó Giám đốc Sở Nội vụ; ông Đỗ Thanh Phong, Bí thư Huyện ủy Mỏ Cày Nam.")
    assert got == {("Trần Văn Bình", "attendee"), ("Nguyễn Thị Mỹ Dung", "attendee"), ("Đỗ Thanh Phong", "attendee")}


def test_those_who_join_the_presidium_chair():
    _, got = roles("Sáng 5/12/2023, Hội Cựu chiến binh tỉnh Nam Định tổ chức hội nghị tổng kết. Hội nghị do đồng chí Vũ "
                   "Đình Toản, Chủ tịch Hội chủ trì. Cùng tham gia đoàn chủ tịch hội nghị có các đồng chí Phó Chủ tịch Hội: "
                   "Lê Xuân Thắng, Nguyễn Thị Bích Hạnh.")
    assert got == {("Vũ Đình Toản", "chair"), ("Lê Xuân Thắng", "chair"), ("Nguyễn Thị Bích Hạnh", "chair")}
