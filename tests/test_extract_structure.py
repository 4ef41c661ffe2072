"""Posts read from the structure of a sentence rather than from one name and
its titles: plural titles before lists, descriptions and predicates shared by
coordinated names, posts conferred "đối với" a person, and the names of
bodies written with inner dashes, doubled head words or a level word.
Sentences written for these tests; the persons are invented."""
from datetime import date

from cadregraph.core.model import Article
from cadregraph.extract.pipeline import extract
from cadregraph.read.normalise import normalise
from test_extract_persons import posts, run


def test_a_plural_title_before_a_colon_goes_to_every_name_of_the_list():
    ex = run("Sáng 5/3, UBND tỉnh Quảng Ninh tổ chức hội nghị. Dự hội nghị có các đồng chí Phó Chủ tịch UBND "
             "tỉnh: Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường.")
    for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"):
        assert posts(ex, name) == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}


def test_a_list_of_titled_names_ends_where_a_semicolon_starts_another_group():
    ex = run("Cùng dự có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng Ban Tổ chức Trung ương "
             "Lê Minh Hải, Chủ nhiệm Ủy ban Kiểm tra Trung ương Ngô Duy Tân; Bí thư Trung ương Đảng Lê Hoài Nam.")
    assert posts(ex, "Ngô Duy Tân") == {("Ủy viên", "Bộ Chính trị"), ("Bí thư", "Ban Bí thư"),
                                         ("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")}
    assert posts(ex, "Lê Hoài Nam") == {("Bí thư", "Ban Bí thư")}


def test_semicolon_items_stay_in_the_list_while_each_names_someone():
    ex = run("Tham dự có các Ủy viên Trung ương Đảng: Nguyễn Hồng Sơn, Phó Chủ nhiệm Ủy ban Kiểm tra Trung "
             "ương; Bí thư Tỉnh ủy Bắc Ninh Nguyễn Anh Toàn; cùng lãnh đạo các sở, ngành và ông Lê Văn Tám.")
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng") in posts(ex, "Nguyễn Hồng Sơn")
    assert posts(ex, "Nguyễn Anh Toàn") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                             ("Bí thư", "Tỉnh ủy Bắc Ninh")}
    assert posts(ex, "Lê Văn Tám") == set()


def test_a_description_after_coordinated_names_belongs_to_each():
    ex = run("Dự buổi làm việc có ông Lâm Hữu Phước, ông Tạ Quang Vinh, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh "
             "Cà Mau.")
    for name in ("Lâm Hữu Phước", "Tạ Quang Vinh"):
        assert posts(ex, name) == {("Ủy viên", "Tỉnh ủy Cà Mau"), ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau")}


def test_a_predicate_after_coordinated_names_confers_the_post_on_each():
    ex = run("Bộ Chính trị chỉ định các ông, bà Hoàng Giang Sơn, Trần Huy Toàn giữ chức Phó Bí thư Tỉnh ủy "
             "Lào Cai. Ông Nguyễn Sỹ Tuấn, Trưởng phòng Tài nguyên và Môi trường huyện và bà Lê Thị Liên, Chủ "
             "tịch Hội Liên hiệp Phụ nữ huyện được bầu giữ chức vụ Phó Chủ tịch UBND huyện Thường Tín.")
    for name in ("Hoàng Giang Sơn", "Trần Huy Toàn"):
        assert posts(ex, name) == {("Phó Bí thư", "Tỉnh ủy Lào Cai")}
    assert posts(ex, "Nguyễn Sỹ Tuấn") == {("Trưởng phòng", "Phòng Tài nguyên và Môi trường huyện Thường Tín"),
                                            ("Phó Chủ tịch", "Ủy ban nhân dân huyện Thường Tín")}
    assert ("Phó Chủ tịch", "Ủy ban nhân dân huyện Thường Tín") in posts(ex, "Lê Thị Liên")


def test_a_post_conferred_on_the_persons_after_doi_voi():
    ex = run("Thủ tướng quyết định kéo dài thời gian giữ chức vụ Thứ trưởng Bộ Quốc phòng theo quy định đối "
             "với đồng chí Thượng tướng Lê Huy Vĩnh, đồng chí Thượng tướng Võ Minh Lâm. Quốc hội bầu Chủ nhiệm "
             "Ủy ban Khoa học, Công nghệ và Môi trường đối với bà Nguyễn Thanh Hà; bầu Tổng Thư ký Quốc hội - "
             "Chủ nhiệm Văn phòng Quốc hội đối với ông Lê Quang Minh. Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND "
             "huyện đối với ông Bùi Viết Hòa.")
    for name in ("Lê Huy Vĩnh", "Võ Minh Lâm"):
        assert posts(ex, name) == {("Thứ trưởng", "Bộ Quốc phòng")}
    assert posts(ex, "Nguyễn Thanh Hà") == {("Chủ nhiệm", "Ủy ban Khoa học, Công nghệ và Môi trường")}
    assert posts(ex, "Lê Quang Minh") == {("Tổng Thư ký", "Quốc hội"), ("Chủ nhiệm", "Văn phòng Quốc hội")}
    assert posts(ex, "Bùi Viết Hòa") == set()


def test_approval_of_an_election_gives_the_post_and_keeps_the_one_held():
    ex = run("Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Hà Tĩnh nhiệm kỳ 2021-2026 đối "
             "với ông Trịnh Gia Bảo, Giám đốc Sở Tài chính.")
    assert posts(ex, "Trịnh Gia Bảo") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
                                           ("Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh")}


def test_body_names_with_inner_dashes_topics_and_doubled_heads_stay_whole():
    ex = run("Thượng tá Kiều Văn Hậu, Trưởng phòng Phòng Tham mưu - Huấn luyện, được bổ nhiệm làm Viện trưởng "
             "Viện Nghiên cứu về Biển và Hải đảo. Ông Âu Văn Lực, Trưởng ban Ban Dân vận Tỉnh ủy Nghệ An, trao "
             "quyết định cho bà Cù Thị Mận, Phó Chủ tịch Ủy ban UBND xã Nghi Phong.")
    assert posts(ex, "Kiều Văn Hậu") == {("Trưởng phòng", "Phòng Tham mưu - Huấn luyện"),
                                          ("Viện trưởng", "Viện Nghiên cứu về Biển và Hải đảo")}
    assert posts(ex, "Âu Văn Lực") == {("Trưởng ban", "Ban Dân vận Tỉnh ủy Nghệ An")}
    assert posts(ex, "Cù Thị Mận") == {("Phó Chủ tịch", "Ủy ban nhân dân xã Nghi Phong")}


def test_units_named_alike_at_every_level_run_on_in_lower_case_to_the_end_of_their_name():
    ex = run("Thượng tá Trịnh Văn Khởi, Trưởng phòng Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh "
             "Nghệ An, và Đại tá Lò Thị Hoa, Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ "
             "cao, dự. Ông Mạc Văn Tĩnh, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An, và bà Hà Thị Lụa, "
             "Phó Vụ trưởng Vụ Pháp luật hình sự - hành chính, Bộ Tư pháp, phát biểu.")
    assert posts(ex, "Trịnh Văn Khởi") == {
        ("Trưởng phòng", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Nghệ An")}
    assert posts(ex, "Lò Thị Hoa") == {("Cục trưởng", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao")}
    assert posts(ex, "Mạc Văn Tĩnh") == {("Chủ tịch", "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An")}
    assert posts(ex, "Hà Thị Lụa") == {("Phó Vụ trưởng", "Vụ Pháp luật hình sự - hành chính")}
    assert ("Vụ Pháp luật hình sự - hành chính", "Bộ Tư pháp") in {(p.org.name, p.parent.name) for p in ex.org_parents}
    ex = run("Bà Nông Thị Thu Hà, Phó Cục trưởng Cục Kiểm tra sau thông quan, được bổ nhiệm giữ chức Cục trưởng Cục Giám "
             "sát quản lý về hải quan. Ông Y Khoa Knul, Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đắk Lắk, dự.")
    assert posts(ex, "Nông Thị Thu Hà") == {("Phó Cục trưởng", "Cục Kiểm tra sau thông quan"),
                                             ("Cục trưởng", "Cục Giám sát quản lý về hải quan")}
    ex2 = run("Ông La Đức Khải, Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế; bà Mông Thị Lụa, Vụ trưởng Vụ Khoa học, "
              "Công nghệ và Môi trường, Bộ Nông nghiệp; Đại tá Hà Văn Nghiêm, Giám đốc Học viện Phòng không - Không quân; "
              "ông Lê Văn Tám, Trưởng Ban Tổ chức, Phó Bí thư Tỉnh ủy Nghệ An, dự.")
    assert posts(ex2, "La Đức Khải") == {("Cục trưởng", "Cục Quản lý Khám, chữa bệnh")}
    assert posts(ex2, "Mông Thị Lụa") == {("Vụ trưởng", "Vụ Khoa học, Công nghệ và Môi trường")}
    assert posts(ex2, "Hà Văn Nghiêm") == {("Giám đốc", "Học viện Phòng không - Không quân")}
    assert ("Phó Bí thư", "Tỉnh ủy Nghệ An") in posts(ex2, "Lê Văn Tám")
    # the body's letters in parentheses before its place
    assert posts(ex, "Y Khoa Knul") == {("Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk")}


def test_council_boards_and_district_offices_keep_a_field_written_in_lower_case_after_the_dash():
    ex = run("Tại kỳ họp HĐND tỉnh Hà Tĩnh, ông Đậu Văn Bảy, trưởng Ban Kinh tế - ngân sách HĐND tỉnh, báo cáo thẩm tra; "
             "bà Cao Thị Mai, Trưởng phòng Lao động - thương binh và xã hội huyện Kỳ Anh, và ông Phan Văn Tám, phó "
             "trưởng Ban Văn hóa - xã hội HĐND tỉnh, phát biểu.")
    assert posts(ex, "Đậu Văn Bảy") == {("Trưởng ban", "Ban Kinh tế - ngân sách Hội đồng nhân dân tỉnh Hà Tĩnh")}
    assert posts(ex, "Cao Thị Mai") == {("Trưởng phòng", "Phòng Lao động - thương binh và xã hội huyện Kỳ Anh")}
    assert posts(ex, "Phan Văn Tám") == {("Phó Trưởng ban", "Ban Văn hóa - xã hội Hội đồng nhân dân tỉnh Hà Tĩnh")}
    ex = run("Dự có bà Nguyễn Thị Diệu Hiền, Phó Vụ trưởng Vụ Công tác đại biểu, Văn phòng Quốc hội.")
    assert posts(ex, "Nguyễn Thị Diệu Hiền") == {("Phó Vụ trưởng", "Vụ Công tác đại biểu")}
    ex = run("Bộ bổ nhiệm ông Đỗ Hoàng Long, Phó cục trưởng Cục Viễn thông, làm Cục trưởng Cục Đổi mới sáng tạo.")
    assert ("Cục trưởng", "Cục Đổi mới sáng tạo") in posts(ex, "Đỗ Hoàng Long")


def test_an_office_of_the_city_written_bare_takes_the_city_the_story_names():
    ex = run("Chiều 6/8, HĐND TP Bến Cát tổ chức kỳ họp chuyên đề. Bà Lưu Thị Hằng, phó trưởng phòng Tài chính - Kế "
             "hoạch thành phố, được bầu làm ủy viên UBND thành phố; ông Vương Văn Sơn, Trưởng phòng Nội vụ thành phố, "
             "trình bày tờ trình.")
    assert posts(ex, "Lưu Thị Hằng") == {("Phó Trưởng phòng", "Phòng Tài chính - Kế hoạch thành phố Bến Cát"),
                                          ("Ủy viên", "Ủy ban nhân dân thành phố Bến Cát")}
    assert posts(ex, "Vương Văn Sơn") == {("Trưởng phòng", "Phòng Nội vụ thành phố Bến Cát")}


def test_a_province_whose_name_is_plain_ascii_ends_a_body_s_name_and_is_no_foreigner_s_name():
    ex = run("Dự hội nghị có ông Đỗ Văn Thạnh, Giám đốc Bệnh viện Đa khoa Trung tâm An Giang; bà Lý Thị Mai, Giám đốc "
             "Bệnh viện Sản - Nhi Gia Lai; ông Rơ Châm Hiếu, Giám đốc Bệnh viện Đa khoa Kon Tum.")
    assert posts(ex, "Đỗ Văn Thạnh") == {("Giám đốc", "Bệnh viện Đa khoa Trung tâm An Giang")}
    assert posts(ex, "Lý Thị Mai") == {("Giám đốc", "Bệnh viện Sản - Nhi Gia Lai")}
    assert posts(ex, "Rơ Châm Hiếu") == {("Giám đốc", "Bệnh viện Đa khoa Kon Tum")}


def test_a_body_named_by_what_it_does_keeps_its_place_after_its_letters_in_parentheses():
    ex = run("Chiều 9/7, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực (PCTNTC) tỉnh Đắk Nông họp phiên thứ 12. "
             "Đồng chí Ngô Thanh Danh, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì. Ông Y Quang Bkrông, Trưởng Ban "
             "Quản lý dự án (BQLDA) huyện Krông Nô, dự.")
    assert ("Trưởng ban", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Đắk Nông") in posts(ex, "Ngô Thanh Danh")
    assert posts(ex, "Y Quang Bkrông") == {("Trưởng ban", "Ban Quản lý dự án huyện Krông Nô")}


def test_military_courts_and_procuracies_of_a_region_and_the_central_ones():
    ex = run("Hội đồng xét xử do Đại tá Huỳnh Văn Bảy, Chánh án Tòa án quân sự Quân khu 7, làm chủ tọa. Thực hành quyền "
             "công tố là Thượng tá Đoàn Văn Lực, Phó Viện trưởng Viện kiểm sát quân sự Quân khu 7. Dự phiên tòa có "
             "Thiếu tướng Lê Văn Năm, Chánh án Tòa án quân sự Trung ương.")
    assert posts(ex, "Huỳnh Văn Bảy") == {("Chánh án", "Tòa án quân sự Quân khu 7")}
    assert posts(ex, "Đoàn Văn Lực") == {("Phó Viện trưởng", "Viện kiểm sát quân sự Quân khu 7")}
    assert posts(ex, "Lê Văn Năm") == {("Chánh án", "Tòa án quân sự Trung ương")}


def test_a_chinese_region_s_people_s_government_is_a_foreign_body_named_as_written():
    ex = run("Tiếp đoàn có ông Vi Triêu Hoa, Phó Chủ tịch Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây (Trung "
             "Quốc); ông Lý Kiến Quân, Thị trưởng Chính phủ nhân dân thành phố Sùng Tả.")
    assert posts(ex, "Vi Triêu Hoa") == {("Phó Chủ tịch", "Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây")}
    assert posts(ex, "Lý Kiến Quân") == {("Thị trưởng", "Chính phủ nhân dân thành phố Sùng Tả")}


def test_a_unit_of_a_front_committee_takes_the_province_in_its_parent():
    ex = run("Tại hội nghị của tỉnh Nghệ An, ông Lâm Văn Tú, Trưởng Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt "
             "Nam tỉnh, phát biểu.")
    assert posts(ex, "Lâm Văn Tú") == {("Trưởng ban", "Ban Dân chủ - Pháp luật")}
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {
        ("Ban Dân chủ - Pháp luật", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An")}


def test_an_assistant_holds_the_title_of_the_principal_s_office():
    ex = run("Ông Trịnh Mạnh Lâm, Trợ lý Thủ tướng, được bổ nhiệm làm Trợ lý Thủ tướng Phạm Minh Chiến. Ông Đỗ Hữu "
             "Nghĩa, Thư ký đồng chí Phan Quốc Hưng, Bộ trưởng Bộ Xây dựng, dự. Thủ tướng bổ nhiệm ông Nguyễn Văn "
             "Thắng - Trợ lý Ủy viên Bộ Chính trị, Thủ tướng giữ chức Phó Chủ nhiệm Văn phòng Chính phủ.")
    assert posts(ex, "Trịnh Mạnh Lâm") == {("Trợ lý Thủ tướng", "Chính phủ")}
    assert posts(ex, "Phạm Minh Chiến") == {("Thủ tướng", "Chính phủ")}
    assert posts(ex, "Đỗ Hữu Nghĩa") == {("Thư ký Bộ trưởng", "Bộ Xây dựng")}
    assert posts(ex, "Phan Quốc Hưng") == {("Bộ trưởng", "Bộ Xây dựng")}
    assert posts(ex, "Nguyễn Văn Thắng") == {("Trợ lý Thủ tướng", "Chính phủ"),
                                              ("Phó Chủ nhiệm", "Văn phòng Chính phủ")}


def test_titles_joined_by_kiem_after_an_appointing_verb_are_all_conferred():
    ex = run("Thủ tướng bổ nhiệm Thiếu tướng Trần Văn Lượng, Tư lệnh Vùng Cảnh sát biển 4, Cảnh sát biển Việt Nam "
             "giữ chức Phó Tư lệnh kiêm Tham mưu trưởng Cảnh sát biển Việt Nam.")
    assert posts(ex, "Trần Văn Lượng") == {("Tư lệnh", "Vùng Cảnh sát biển 4"),
                                            ("Phó Tư lệnh", "Cảnh sát biển Việt Nam"),
                                            ("Tham mưu trưởng", "Cảnh sát biển Việt Nam")}


def test_a_post_left_or_only_proposed_is_not_held():
    ex = run("Ban Thường vụ Tỉnh ủy thống nhất để đồng chí Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy thôi "
             "giữ chức Phó Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An; giới thiệu đồng chí Hoàng Nghĩa Hiếu - "
             "Phó Bí thư Tỉnh ủy để Ủy ban Mặt trận Tổ quốc tỉnh Nghệ An hiệp thương bầu giữ chức Phó Chủ tịch.")
    assert posts(ex, "Nguyễn Văn Thông") == {("Phó Bí thư Thường trực", "Tỉnh ủy Nghệ An")}
    assert posts(ex, "Hoàng Nghĩa Hiếu") == {("Phó Bí thư", "Tỉnh ủy Nghệ An")}


def test_names_with_rare_family_names_or_a_last_word_that_is_also_a_common_word():
    ex = run("Trung tá Đinh Công Sáng, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Quỳ Hợp; ông Hà Ban, Ủy viên Trung "
             "ương Đảng, Phó Trưởng ban Tổ chức Trung ương; ông Siu Hương, Chủ tịch UBND xã Ia Grai; đồng chí Y "
             "Biêr Niê, Phó Bí thư Tỉnh ủy Đắk Lắk.")
    assert posts(ex, "Đinh Công Sáng") == {("Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Quỳ Hợp")}
    assert posts(ex, "Hà Ban") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                    ("Phó Trưởng ban", "Ban Tổ chức Trung ương")}
    assert posts(ex, "Siu Hương") == {("Chủ tịch", "Ủy ban nhân dân xã Ia Grai")}
    assert posts(ex, "Y Biêr Niê") == {("Phó Bí thư", "Tỉnh ủy Đắk Lắk")}


def test_a_highland_name_with_a_glottal_mark_and_families_that_are_also_words_after_an_honorific():
    ex = run("Sáng 5/6, Hội Cựu chiến binh tỉnh Hà Giang khai mạc đại hội. Dự đại hội có ông Y Quang B'Krông, Phó Bí thư "
             "Tỉnh ủy Đắk Nông. Phát biểu tại đại hội, đồng chí Sèn Văn Tùng đề nghị Hội tiếp tục đổi mới; ông Y Quang "
             "B'Krông nhấn mạnh vai trò của cựu chiến binh.")
    assert posts(ex, "Y Quang B'Krông") == {("Phó Bí thư", "Tỉnh ủy Đắk Nông")}
    got = {(p.name, p.role) for e in ex.events for p in e.participants}
    assert {r for n, r in got if n == "Sèn Văn Tùng"} == {"speaker"}
    assert {r for n, r in got if n == "Y Quang B'Krông"} == {"attendee", "speaker"}
    ex = run("Sáng 24/1, đồng chí Phó Đức Anh, Bí thư Tỉnh ủy Bình Định, thăm Bộ CHQS tỉnh; bà Ông Thị Hồng Vân, Phó "
             "Chủ tịch UBND tỉnh, dự. Đồng chí Phó Chủ tịch UBND tỉnh phát biểu.")
    assert posts(ex, "Phó Đức Anh") == {("Bí thư", "Tỉnh ủy Bình Định")}
    assert posts(ex, "Ông Thị Hồng Vân") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Định")}
    assert {p.name for p in ex.persons} == {"Phó Đức Anh", "Ông Thị Hồng Vân"}
    # no honorific: capitalised words before a verb name no one
    assert "Sèn Văn Tùng" not in {p.name for p in run("Sèn Văn Tùng đề nghị Hội tiếp tục đổi mới.").persons}


def test_the_end_of_a_body_s_name_is_not_a_person():
    ex = run("Ông Trần Văn Thuấn là Viện trưởng Viện Ung thư Quốc gia, Chủ tịch Hội Thầy thuốc trẻ Việt Nam. "
             "Chủ tịch nước Tô Lâm tiếp Đại sứ Trung Quốc Hùng Ba.")
    assert [p.name for p in ex.persons] == ["Trần Văn Thuấn", "Tô Lâm", "Hùng Ba"]
    assert posts(ex, "Hùng Ba") == {("Đại sứ", "Trung Quốc")}


def test_youth_union_and_mass_organisations_have_boards_of_their_own():
    ex = run("Chị Tòng Thị Hằng, Ủy viên Ban Thường vụ Tỉnh đoàn Sơn La, Bí thư Huyện đoàn Mai Sơn; ông Vi Văn "
             "Sáu, Chủ tịch Hội Nhà báo tỉnh Sơn La; bà Cù Thị Mai, Phó Chủ tịch Mặt trận Tổ quốc Việt Nam tỉnh "
             "Sơn La. Bà Hà Mỹ Linh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Tân Kỳ, Giám đốc Trung "
             "tâm Chính trị huyện, phát biểu.")
    assert posts(ex, "Tòng Thị Hằng") == {("Ủy viên", "Ban Thường vụ Tỉnh đoàn Sơn La"),
                                           ("Bí thư", "Huyện đoàn Mai Sơn")}
    assert posts(ex, "Vi Văn Sáu") == {("Chủ tịch", "Hội Nhà báo tỉnh Sơn La")}
    assert posts(ex, "Cù Thị Mai") == {("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La")}
    assert posts(ex, "Hà Mỹ Linh") == {("Ủy viên", "Ban Thường vụ Huyện ủy Tân Kỳ"),
                                        ("Trưởng ban", "Ban Dân vận Huyện ủy Tân Kỳ"),
                                        ("Giám đốc", "Trung tâm Chính trị huyện Tân Kỳ")}


def test_communes_and_wards_numbered_or_lettered_after_their_name_keep_it():
    ex = run("Ông Huỳnh Quốc Trung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Hậu Mỹ Bắc A, dự. Bà Ma Thị Thẩm, Phó Bí thư "
             "Thường trực Đảng ủy phường Hà Giang 1, phát biểu.")
    assert posts(ex, "Huỳnh Quốc Trung") == {("Phó Bí thư", "Đảng ủy xã Hậu Mỹ Bắc A"),
                                              ("Chủ tịch", "Ủy ban nhân dân xã Hậu Mỹ Bắc A")}
    assert posts(ex, "Ma Thị Thẩm") == {("Phó Bí thư Thường trực", "Đảng ủy phường Hà Giang 1")}


def test_a_clause_after_a_semicolon_that_opens_with_the_appointing_verb_is_the_same_person_s():
    ex = run("Điều động, chỉ định đồng chí Sùng Mí Chứ, Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang, "
             "đến nhận công tác tại Đảng bộ xã Mèo Vạc; chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức "
             "Bí thư Đảng ủy xã Mèo Vạc. Dự có Bộ trưởng Bộ Tài chính Đỗ Đức Duy và các Thứ trưởng: Phan Văn Đệ, "
             "Trình Minh Khải.")
    assert ("Bí thư", "Đảng ủy xã Mèo Vạc") in posts(ex, "Sùng Mí Chứ")
    # a list's bare title takes the body named before it, never a word of a person's name ("Đức")
    assert posts(ex, "Phan Văn Đệ") == {("Thứ trưởng", "Bộ Tài chính")}


def test_a_board_named_alone_after_an_organisation_s_executive_committee_was_elected_is_its_board():
    ex = run("Sáng 18/3, Hội CCB xã Mỹ Lợi, tỉnh Tiền Giang tổ chức đại hội.\n\nĐại hội đã bầu Ban Chấp hành Hội CCB "
             "xã khóa VIII gồm 9 đồng chí. Ông Huỳnh Văn Út tiếp tục được bầu giữ chức Chủ tịch Hội CCB xã khóa "
             "VIII; ông Lê Văn Mười được bầu giữ chức Phó Chủ tịch;\nông Trần Văn Tư trúng cử vào Ban Thường vụ. Các "
             "Ủy viên Ban Thường vụ còn lại gồm các ông: Võ Văn Hiền, Lê Thị Nga.")
    board = "Ban Thường vụ Hội Cựu chiến binh xã Mỹ Lợi"
    ex2 = run("Các Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An gồm các ông:\nTrần Văn Hiền, Lê Thị Nga, Phan Văn Tú.")
    assert {p.name for p in ex2.persons} == {"Trần Văn Hiền", "Lê Thị Nga", "Phan Văn Tú"}    # names on the next line
    assert posts(ex, "Trần Văn Tư") == {("Ủy viên", board)}
    assert posts(ex, "Võ Văn Hiền") == {("Ủy viên", board)}
    assert posts(ex, "Lê Văn Mười") == {("Phó Chủ tịch", "Hội Cựu chiến binh xã Mỹ Lợi")}
    # a Party committee's congress: a bare board stays the committee's own, as before
    ex = run("Đại hội Đảng bộ xã Mỹ Lợi, tỉnh Tiền Giang đã bầu Ban Chấp hành Đảng bộ xã gồm 15 đồng chí. Ông Lê Văn "
             "Bảy trúng cử vào Ban Thường vụ.")
    assert all("Cựu chiến binh" not in org for _, org in posts(ex, "Lê Văn Bảy"))


def test_a_party_title_given_after_a_former_post_takes_its_committee_from_the_sentence_not_the_former_post():
    ex = run("Ban Thường vụ Thành ủy Cần Thơ công bố quyết định: đồng chí Lê Văn Tâm giữ chức Bí thư Đảng ủy các cơ quan "
             "Đảng thành phố; đồng chí Lâm Thị Sa Rên, Thành ủy viên, nguyên Phó Bí thư Thường trực Đảng ủy Khối các "
             "cơ quan tỉnh Sóc Trăng, giữ chức Phó Bí thư Thường trực.")
    assert posts(ex, "Lâm Thị Sa Rên") == {("Ủy viên", "Thành ủy Cần Thơ"),
                                            ("Phó Bí thư Thường trực", "Đảng ủy các cơ quan Đảng thành phố Cần Thơ")}


def test_a_province_merged_before_the_article_places_no_body_named_without_its_place():
    text = ("Chiều 3-7, Công an tỉnh An Giang công bố quyết định về cơ cấu tổ chức của Công an tỉnh An Giang (sau hợp "
            "nhất với Công an tỉnh Kiên Giang). Thiếu tướng Mai Chí Thành, Bí thư Đảng ủy, Giám đốc Công an tỉnh chủ "
            "trì hội nghị.")
    after = extract(normalise(Article(id="t", text=text, published=date(2025, 7, 4))))
    assert ("Giám đốc", "Công an tỉnh An Giang") in posts(after, "Mai Chí Thành")
    before = extract(normalise(Article(id="t", text=text, published=date(2024, 7, 4))))
    assert ("Giám đốc", "Công an tỉnh An Giang") in posts(before, "Mai Chí Thành")      # the story's, named in passing


def test_items_opening_with_several_titles_stay_in_the_list_and_posts_taken_up_to_work_or_by_an_agent():
    ex = run("Dự hội nghị có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Tài chính Mạc Thị Hồng Vân; Bộ trưởng, "
             "Chủ nhiệm Văn phòng Chính phủ Nghiêm Xuân Trường; Bộ trưởng Bộ Giao thông vận tải Lục Văn Khiêm.")
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng") in posts(ex, "Lục Văn Khiêm")
    ex = run("Bộ Chính trị điều động ông Trịnh Đức Huân thôi giữ chức Phó Bí thư Tỉnh ủy Bình Phước để nhận công tác tại "
             "Ban Kinh tế Trung ương, giữ chức Phó Trưởng Ban Kinh tế Trung ương. Ông Lưu Đình Khôi, Thứ trưởng Bộ "
             "Nông nghiệp và Phát triển nông thôn, được Ban Bí thư chỉ định tham gia Ban Chấp hành, Ban Thường vụ và "
             "giữ chức Phó Bí thư Tỉnh ủy Bình Phước. Ban Thường vụ giới thiệu ông Lê Văn Ánh để HĐND tỉnh bầu giữ "
             "chức Phó Chủ tịch UBND tỉnh.")
    assert posts(ex, "Trịnh Đức Huân") == {("Phó Trưởng ban", "Ban Kinh tế Trung ương")}
    assert posts(ex, "Lưu Đình Khôi") == {("Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn"),
                                          ("Phó Bí thư", "Tỉnh ủy Bình Phước")}     # (its membership goes with the post)
    assert posts(ex, "Lê Văn Ánh") == set()      # only proposed for election


def test_a_body_said_to_belong_directly_or_in_apposition_to_another_is_under_it():
    ex = run("Từ ngày 1/7/2025, Đảng bộ Công an tỉnh trực thuộc Tỉnh ủy An Giang. Ông Lý Văn Hào giữ chức Giám đốc Trung "
             "tâm Kiểm soát bệnh tật tỉnh, đơn vị sự nghiệp trực thuộc Sở Y tế. Bà Lê Thị Hoa giữ chức Trưởng ban Ban "
             "Quản lý Khu kinh tế tỉnh, cơ quan trực thuộc UBND tỉnh. Bộ Quốc phòng thành lập các Ban Chỉ huy Phòng "
             "thủ khu vực thuộc Bộ Chỉ huy Quân sự tỉnh. Nghị định quy định tổ chức các cơ quan chuyên môn thuộc Ủy "
             "ban nhân dân tỉnh, thành phố trực thuộc Trung ương.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert got == {("Đảng bộ Công an tỉnh An Giang", "Tỉnh ủy An Giang"),
                   ("Trung tâm Kiểm soát bệnh tật tỉnh An Giang", "Sở Y tế tỉnh An Giang"),
                   ("Ban Quản lý Khu kinh tế tỉnh An Giang", "Ủy ban nhân dân tỉnh An Giang")}


def test_a_body_said_to_belong_after_a_fronted_theo_phrase_or_moved_under_another():
    ex = run("Theo quyết định, Trung tâm Kiểm định xây dựng là đơn vị thuộc Sở Xây dựng tỉnh Hà Tĩnh, thực hiện "
             "chức năng tham mưu. Cùng đợt này, Trung tâm Công tác xã hội tỉnh Hà Tĩnh và Trung tâm Bảo trợ xã hội "
             "tỉnh Hà Tĩnh được chuyển về trực thuộc Sở Y tế tỉnh Hà Tĩnh; Trường Cao đẳng Kỹ thuật Việt Đức chuyển "
             "về Sở Giáo dục và Đào tạo.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert got == {("Trung tâm Kiểm định xây dựng", "Sở Xây dựng tỉnh Hà Tĩnh"),
                   ("Trung tâm Công tác xã hội tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh"),
                   ("Trung tâm Bảo trợ xã hội tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh"),
                   ("Trường Cao đẳng Kỹ thuật Việt Đức", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh")}


def test_a_place_s_party_organisation_is_a_body_and_its_posts_are_its_committee_s():
    ex = run("Ngày 30-6-2025, Bộ Chính trị ban hành quyết định thành lập Đảng bộ tỉnh Lào Cai trực thuộc Ban Chấp hành "
             "Trung ương Đảng. Ban Thường vụ Tỉnh ủy Lào Cai quyết định thành lập Đảng bộ xã Bản Lầu trực thuộc Đảng "
             "bộ tỉnh Lào Cai. Ông Sùng A Lử, Bí thư Đảng bộ xã Bản Lầu, và bà Giàng Thị Dở, Phó Bí thư Đảng bộ tỉnh "
             "Lào Cai, dự lễ.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert got == {("Đảng bộ tỉnh Lào Cai", "Ban Chấp hành Trung ương Đảng"),
                   ("Đảng bộ xã Bản Lầu", "Đảng bộ tỉnh Lào Cai")}
    assert posts(ex, "Sùng A Lử") == {("Bí thư", "Đảng ủy xã Bản Lầu")}
    assert posts(ex, "Giàng Thị Dở") == {("Phó Bí thư", "Tỉnh ủy Lào Cai")}


def test_units_of_a_ban_called_back_bare_are_the_board_the_story_is_about_not_an_organ_or_a_precursor():
    ex = run("Sáng 19/2/2025, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị. Ban Tuyên giáo và Dân vận Trung "
             "ương được thành lập trên cơ sở hợp nhất Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương; cơ quan lãnh "
             "đạo trực tiếp là Bộ Chính trị, Ban Bí thư. Các đơn vị thuộc Ban gồm: Vụ Lý luận chính trị, Vụ Báo chí - "
             "Xuất bản và Vụ Văn hóa - Văn nghệ.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert got == {(v, "Ban Tuyên giáo và Dân vận Trung ương")
                   for v in ("Vụ Lý luận chính trị", "Vụ Báo chí - Xuất bản", "Vụ Văn hóa - Văn nghệ")}


def test_a_plural_title_of_a_unit_known_by_its_number_heads_a_list_before_a_colon():
    ex = run("Sáng 5/1/2025, Bộ Tư lệnh Quân khu 2 tổ chức lễ. Dự buổi lễ có các đồng chí Phó Tư lệnh Quân khu: Thiếu "
             "tướng Hà Hữu Hạnh, Thiếu tướng Sầm Văn Khoa; Thiếu tướng Bế Văn Thành, Phó Chính ủy Quân khu.")
    assert posts(ex, "Hà Hữu Hạnh") == posts(ex, "Sầm Văn Khoa") == {("Phó Tư lệnh", "Quân khu 2")}


def test_a_corporation_s_apparatus_is_its_own_not_a_ministry_called_back_by_bo():
    ex = run("Theo điều lệ mới, Tổng công ty Đường sắt Việt Nam (VNR) trực thuộc Bộ Xây dựng. Cơ cấu tổ chức quản lý "
             "của VNR gồm Hội đồng thành viên, Tổng giám đốc và bộ máy giúp việc. Bộ máy giúp việc được tinh gọn còn 8 "
             "ban, gồm: Văn phòng, Ban Tài chính - Kế toán và Ban Đầu tư xây dựng.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert got == {("Tổng công ty Đường sắt Việt Nam", "Bộ Xây dựng")} | {
        (unit, "Tổng công ty Đường sắt Việt Nam") for unit in ("Văn phòng", "Ban Tài chính - Kế toán",
                                                                "Ban Đầu tư xây dựng")}


def test_a_council_s_sitting_its_deputies_its_boards_named_alone_and_those_it_elects():
    ex = run("Sáng 7/7, Kỳ họp thứ nhất HĐND tỉnh Kon Tum khóa XI tiến hành phiên chất vấn. Đại biểu Phạm Thị Thu Quyên "
             "(Tổ đại biểu huyện Đắk Hà) chất vấn Giám đốc Sở Y tế. HĐND tỉnh cũng đã bầu các ông, bà: Đinh Văn Tám, "
             "Trưởng Ban Pháp chế; Y Sum, Trưởng Ban Văn hóa - Xã hội. Kỳ họp bầu các Phó Chủ tịch UBND tỉnh: Lại Xuân "
             "Lâm, A Pang Thuấn. Kỳ họp cũng bầu 12 Ủy viên UBND tỉnh, trong đó có Đại tá Phan Xuân Trường, Giám đốc "
             "Công an tỉnh; Đại tá Rơ Châm Lênh, Chỉ huy trưởng Bộ CHQS tỉnh.")
    council = "Hội đồng nhân dân tỉnh Kon Tum"
    assert posts(ex, "Phạm Thị Thu Quyên") == {("Đại biểu", council)}
    assert posts(ex, "Đinh Văn Tám") == {("Trưởng ban", f"Ban Pháp chế {council}")}
    assert posts(ex, "A Pang Thuấn") == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum")}
    assert ("Ủy viên", "Ủy ban nhân dân tỉnh Kon Tum") in posts(ex, "Rơ Châm Lênh")
    # candidates standing for election hold nothing yet
    ex = run("Những người ứng cử trình bày chương trình hành động nếu được cử tri tín nhiệm bầu làm đại biểu Quốc hội, "
             "gồm: ông Huỳnh Thanh Bạch, Phó Bí thư Tỉnh ủy Đồng Nai; Đại tá Bùi Văn Đông, Phó Giám đốc Công an tỉnh.")
    assert ("Đại biểu", "Quốc hội") not in posts(ex, "Bùi Văn Đông") | posts(ex, "Huỳnh Thanh Bạch")


def test_the_persons_a_sentence_lists_for_one_side_hold_that_side_s_bare_titles():
    ex = run("Về phía TAND cấp cao tại Đà Nẵng có đồng chí Đinh Xuân Hòa, Bí thư Đảng ủy, Chánh án; các Phó Chánh án: Võ "
             "Công Lưu, Huỳnh Thị Sen. Về phía địa phương có ông Trần Quang Vĩnh, Phó Chủ tịch UBND thành phố Đà Nẵng.")
    court = "Tòa án nhân dân cấp cao tại Đà Nẵng"
    assert posts(ex, "Đinh Xuân Hòa") == {("Bí thư", f"Đảng ủy {court}"), ("Chánh án", court)}
    assert posts(ex, "Huỳnh Thị Sen") == {("Phó Chánh án", court)}
    assert posts(ex, "Trần Quang Vĩnh") == {("Phó Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng")}
    ex = run("Trường Đại học Tây Bắc tổ chức lễ công bố quyết định công nhận Hiệu trưởng. Về phía nhà trường có TS Hà "
             "Thị Chiêm, Bí thư Đảng ủy; các Phó Hiệu trưởng: PGS.TS Vì Văn Lâm, TS Sầm Thị Ngát. Hội nghị công bố "
             "quyết định bổ nhiệm Tư lệnh Quân chủng Phòng không - Không quân. Phó Tư lệnh Quân chủng: Thiếu tướng "
             "Sơn Minh Hải, Thiếu tướng Mạc Văn Hiển.")
    assert posts(ex, "Hà Thị Chiêm") == {("Bí thư", "Đảng ủy Trường Đại học Tây Bắc")}
    assert posts(ex, "Sầm Thị Ngát") == {("Phó Hiệu trưởng", "Trường Đại học Tây Bắc")}
    # a title and a colon before names alone heads them, plural or not
    assert posts(ex, "Mạc Văn Hiển") == {("Phó Tư lệnh", "Quân chủng Phòng không - Không quân")}


def test_bodies_listed_by_commas_in_a_structure_stay_apart():
    ex = run("Sau hợp nhất, các cơ quan tham mưu, giúp việc của Tỉnh ủy Ninh Bình gồm: Văn phòng Tỉnh ủy, Ban Tổ chức "
             "Tỉnh ủy, Ban Nội chính Tỉnh ủy; Đảng bộ các cơ quan Đảng tỉnh trực thuộc Tỉnh ủy.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert {("Văn phòng Tỉnh ủy Ninh Bình", "Tỉnh ủy Ninh Bình"), ("Ban Tổ chức Tỉnh ủy Ninh Bình", "Tỉnh ủy Ninh Bình"),
            ("Ban Nội chính Tỉnh ủy Ninh Bình", "Tỉnh ủy Ninh Bình")} <= got


def test_a_committee_called_back_by_its_head_before_its_chair_s_name():
    ex = run("Sáng 13/1, Ủy ban Quản lý vốn nhà nước tại doanh nghiệp tổ chức hội nghị tổng kết. Chủ tịch Ủy ban Trịnh "
             "Hữu Đức chủ trì. Phó Chủ tịch Ủy ban Đặng Thị Tường Vi cho biết lợi nhuận tăng. Dự có GS.TS Đào Xuân "
             "Khôi, Giám đốc Bệnh viện Bạch Mai.")
    assert posts(ex, "Trịnh Hữu Đức") == {("Chủ tịch", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")}
    assert posts(ex, "Đặng Thị Tường Vi") == {("Phó Chủ tịch", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")}
    assert posts(ex, "Đào Xuân Khôi") == {("Giám đốc", "Bệnh viện Bạch Mai")}     # a name of two words is the body's


def test_a_council_s_new_members_listed_after_co_cac_dong_chi_and_not_the_title_of_whom_they_accompany():
    ex = run("Đại hội Đảng bộ tỉnh Ninh Bình bầu Ban Chấp hành. Cũng trong Ban Thường vụ Tỉnh ủy khóa mới có các đồng "
             "chí: Mai Hữu Phong, Trưởng Ban Tổ chức Tỉnh ủy; Bùi Thị Hồng Thắm, Trưởng Ban Tuyên giáo và Dân vận Tỉnh "
             "ủy. Cùng đi với Chủ tịch Quốc hội có các đồng chí: Sầm Thị Huệ, Phó Chủ tịch Quốc hội; Tạ Đình Quý, Thứ "
             "trưởng Bộ Tài chính.")
    assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy Ninh Bình") in posts(ex, "Bùi Thị Hồng Thắm")
    assert posts(ex, "Tạ Đình Quý") == {("Thứ trưởng", "Bộ Tài chính")}


def test_the_presidium_of_a_mass_organisation_is_its_own_and_a_congress_s_presidium_holds_no_post():
    ex = run("Dự hội nghị có đồng chí Doãn Thị Ngọc Hà, Ủy viên Đoàn Chủ tịch, Trưởng Ban Tổ chức Tổng Liên đoàn Lao động "
             "Việt Nam; ông Lê Văn Tám, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam. Đoàn Chủ tịch điều "
             "hành đại hội gồm các đồng chí: Lường Văn Thiệp, Tẩn Thị Mây.")
    assert posts(ex, "Doãn Thị Ngọc Hà") == {("Ủy viên", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
                                              ("Trưởng ban", "Ban Tổ chức Tổng Liên đoàn Lao động Việt Nam")}
    assert posts(ex, "Lê Văn Tám") == {("Ủy viên", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
    assert posts(ex, "Lường Văn Thiệp") == set()


def test_membership_by_a_verb_is_a_post_of_member():
    ex = run("Ban Bí thư bổ sung ông Nguyễn Văn Hưng vào Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An, giữ chức vụ Trưởng "
             "Ban Tổ chức Tỉnh ủy. Ông Lê Văn Bảy được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy Nam "
             "Đàn. Bà Hà Thị Tư trúng cử vào Ban Chấp hành Liên đoàn Lao động tỉnh Nghệ An.")
    assert posts(ex, "Nguyễn Văn Hưng") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An"),
                                             ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Nghệ An")}
    assert posts(ex, "Lê Văn Bảy") == {("Ủy viên", "Huyện ủy Nam Đàn"), ("Ủy viên", "Ban Thường vụ Huyện ủy Nam Đàn")}
    assert posts(ex, "Hà Thị Tư") == {("Ủy viên", "Ban Chấp hành Liên đoàn Lao động tỉnh Nghệ An")}


def test_a_post_of_an_earlier_term_or_of_the_late_is_not_held():
    ex = run("Ông Lê Bá Tùng, Phó Thủ tướng Chính phủ nhiệm kỳ 2011-2016, dự lễ cùng Phó Thủ tướng nhiệm kỳ "
             "2021-2026 Hà Đức Nam. Đồng chí Bùi Văn Cường được bầu giữ chức Bí thư Tỉnh uỷ Đắk Lắk khoá XVII. Ban "
             "Chấp hành bầu 3 Phó Bí thư Tỉnh uỷ khoá mới gồm các đồng chí: Phạm Minh Tân (Phó Bí thư Thường trực "
             "Tỉnh uỷ khoá XVI), Y Biêr Niê (Phó Bí thư Tỉnh uỷ Đắk Lắk khoá XVI). Kỷ niệm ngày sinh cố Tổng Bí "
             "thư Nguyễn Văn Cừ.")
    assert posts(ex, "Lê Bá Tùng") == set()
    assert posts(ex, "Hà Đức Nam") == {("Phó Thủ tướng", "Chính phủ")}
    assert posts(ex, "Phạm Minh Tân") == {("Phó Bí thư", "Tỉnh ủy Đắk Lắk")}
    assert posts(ex, "Y Biêr Niê") == {("Phó Bí thư", "Tỉnh ủy Đắk Lắk")}
    assert posts(ex, "Nguyễn Văn Cừ") == set()


def test_titles_without_a_comma_after_parentheses_and_degrees_and_the_agent_of_a_passive():
    ex = run("Đồng chí Triệu Văn Khánh ủy viên BCH TW Đảng, Bí thư Tỉnh ủy Cao Bằng đã tới dự. Bà Quan Thị Ngọc "
             "(sinh năm 1979, quê xã Phước Hòa), Thạc sĩ Quản lý công, Giám đốc Sở Ngoại vụ tỉnh Cao Bằng, được "
             "bầu làm Ủy viên UBND tỉnh. Ông Kha Minh Đạt đã được Thủ tướng Lê Quang Vũ bổ nhiệm giữ chức Thứ "
             "trưởng Bộ Tư pháp.")
    assert posts(ex, "Triệu Văn Khánh") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
                                             ("Bí thư", "Tỉnh ủy Cao Bằng")}
    assert posts(ex, "Quan Thị Ngọc") == {("Giám đốc", "Sở Ngoại vụ tỉnh Cao Bằng"),
                                           ("Ủy viên", "Ủy ban nhân dân tỉnh Cao Bằng")}
    assert posts(ex, "Kha Minh Đạt") == {("Thứ trưởng", "Bộ Tư pháp")}
    assert posts(ex, "Lê Quang Vũ") == {("Thủ tướng", "Chính phủ")}


def test_abbreviated_titles_name_boards_of_the_committee_after_them():
    ex = run("Đồng chí Hồ Văn Nhân, UVTW Đảng, Bí thư Tỉnh ủy Nghệ An; đồng chí Ninh Thị Tâm, UVTV Tỉnh ủy, Trưởng "
             "Ban Dân vận Tỉnh ủy, dự hội nghị. Ông Lê Văn Ba, UVBTV, Trưởng Ban Tổ chức Huyện ủy Nam Đàn; bà Hà Thị "
             "Tư, PCT UBND huyện dự.")
    assert posts(ex, "Hồ Văn Nhân") == {("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Bí thư", "Tỉnh ủy Nghệ An")}
    assert posts(ex, "Ninh Thị Tâm") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An"),
                                          ("Trưởng ban", "Ban Dân vận Tỉnh ủy Nghệ An")}
    assert posts(ex, "Lê Văn Ba") == {("Ủy viên", "Ban Thường vụ Huyện ủy Nam Đàn"),
                                       ("Trưởng ban", "Ban Tổ chức Huyện ủy Nam Đàn")}
    assert posts(ex, "Hà Thị Tư") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Nam Đàn")}


def test_titles_then_an_honorific_then_the_name_and_lists_set_out_line_by_line():
    ex = run("Sáng 5/3, tỉnh Nghệ An tổ chức hội nghị. Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND "
             "tỉnh, đồng chí Nguyễn Văn Đệ chủ trì hội nghị.\nDự hội nghị có:\n- Đồng chí Lê Hồng Vinh, Phó Bí thư "
             "Tỉnh ủy;\n- Đồng chí Hoàng Nghĩa Hiếu, Phó Bí thư Tỉnh ủy.\nNhận lời mời của đồng chí Vương Đình Huệ, "
             "Chủ tịch Quốc hội, đồng chí Saysomphone Phomvihane thăm Việt Nam.")
    assert posts(ex, "Nguyễn Văn Đệ") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An"),
                                           ("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Nghệ An")}
    assert posts(ex, "Saysomphone Phomvihane") == set()
    roles = {(p.name, p.role) for e in ex.events for p in e.participants}
    assert {("Nguyễn Văn Đệ", "chair"), ("Lê Hồng Vinh", "attendee"), ("Hoàng Nghĩa Hiếu", "attendee")} <= roles


def test_the_members_listed_after_a_council_hold_a_seat_in_it():
    ex = run("Ban Thường vụ Tỉnh ủy Nghệ An khóa XX gồm 15 đồng chí: Nguyễn Đức Trung, Hoàng Nghĩa Hiếu, Võ Văn "
             "Dũng. Ban Bí thư chỉ định các nhân sự tham gia Ban Chấp hành Đảng bộ các cơ quan Đảng Trung ương nhiệm "
             "kỳ 2020-2025, gồm: ông Nguyễn Đức Minh - Phó Trưởng Ban Tổ chức Trung ương; bà Lê Thị Hoa - Vụ trưởng.")
    for name in ("Nguyễn Đức Trung", "Hoàng Nghĩa Hiếu", "Võ Văn Dũng"):
        assert posts(ex, name) == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An")}
    assert ("Ủy viên", "Đảng ủy các cơ quan Đảng Trung ương") in posts(ex, "Nguyễn Đức Minh")
    assert ("Ủy viên", "Đảng ủy các cơ quan Đảng Trung ương") in posts(ex, "Lê Thị Hoa")


def test_hierarchy_stated_by_a_list_or_a_role():
    ex = run("Theo Nghị định, cơ cấu tổ chức của Bộ Tài chính gồm: Tổng cục Thuế; Tổng cục Hải quan; Vụ Pháp chế và "
             "Kho bạc Nhà nước. Ban Tổ chức Trung ương là cơ quan tham mưu, giúp việc của Ban Chấp hành Trung ương. "
             "Hội nghị công bố quyết định thành lập 4 Đảng bộ trực thuộc Trung ương (Đảng bộ Chính phủ, Đảng bộ Quốc "
             "hội và Đảng bộ Công an Trung ương).")
    parents = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert {("Tổng cục Thuế", "Bộ Tài chính"), ("Tổng cục Hải quan", "Bộ Tài chính"), ("Vụ Pháp chế", "Bộ Tài chính"),
            ("Kho bạc Nhà nước", "Bộ Tài chính"),
            ("Ban Tổ chức Trung ương", "Ban Chấp hành Trung ương Đảng"),
            ("Đảng bộ Chính phủ", "Ban Chấp hành Trung ương Đảng"),
            ("Đảng bộ Quốc hội", "Ban Chấp hành Trung ương Đảng")} <= parents


def test_a_ministry_named_without_bo_after_its_minister():
    ex = run("Bộ trưởng Tư pháp Kha Minh Đạt hội đàm với Bộ trưởng Ngoại giao Lào Saleumxay Kommasith.")
    assert posts(ex, "Kha Minh Đạt") == {("Bộ trưởng", "Bộ Tư pháp")}
    assert posts(ex, "Saleumxay Kommasith") == {("Bộ trưởng", "Bộ Ngoại giao Lào")}


def test_a_country_inside_a_person_s_name_is_no_body():
    ex = run("Đại sứ Đức Guido Hildner chào xã giao Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung.")
    assert [o.name for o in ex.orgs if o.kind == "foreign"] == ["Đức"]     # the ambassador's, once


def test_bodies_named_by_what_they_do_run_to_their_place():
    ex = run("Ông Hồ Sỹ Kiên, Trưởng Ban Nội chính Tỉnh ủy Nghệ An, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, "
             "chống tham nhũng, tiêu cực tỉnh phát biểu. Bà Lê Thị Hoa, Giám đốc Ban Quản lý dự án đầu tư xây dựng "
             "huyện Nghi Lộc, dự. Ông Lê Văn Thành, Chủ tịch Hội đồng quản trị Tập đoàn Điện lực Việt Nam, dự. "
             "Ông Trần Văn Nam, Trưởng Ban Chỉ đạo phòng chống thiên tai, tìm kiếm cứu nạn, phát biểu.")
    assert ("Phó Trưởng ban Thường trực", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nghệ An") in \
        posts(ex, "Hồ Sỹ Kiên")
    assert posts(ex, "Lê Thị Hoa") == {("Giám đốc", "Ban Quản lý dự án đầu tư xây dựng huyện Nghi Lộc")}
    assert posts(ex, "Lê Văn Thành") == {("Chủ tịch", "Hội đồng quản trị Tập đoàn Điện lực Việt Nam")}
    # no place closes the name: it runs through its topics up to the verb
    assert posts(ex, "Trần Văn Nam") == {("Trưởng ban", "Ban Chỉ đạo phòng chống thiên tai, tìm kiếm cứu nạn")}


def test_a_body_named_by_a_document_it_carries_out_or_by_its_year_keeps_them_in_its_name():
    ex = run("Ông Lạc Minh Tuệ, Trưởng Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 18-NQ/TW, phát biểu. Bà Võ Thị Mỹ, "
             "Phó Trưởng ban Ban Chỉ đạo triển khai thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ "
             "sở tỉnh Long An, dự. Ông Kha Đình Nguyên, Trưởng Ban Chỉ đạo diễn tập khu vực phòng thủ huyện Sa Thầy "
             "năm 2024, chủ trì.")
    assert posts(ex, "Lạc Minh Tuệ") == {("Trưởng ban", "Ban Chỉ đạo tổng kết thực hiện Nghị quyết số 18-NQ/TW")}
    assert posts(ex, "Võ Thị Mỹ") == {("Phó Trưởng ban", "Ban Chỉ đạo triển khai thi hành Luật Lực lượng tham gia "
                                                        "bảo vệ an ninh, trật tự ở cơ sở tỉnh Long An")}
    assert posts(ex, "Kha Đình Nguyên") == {("Trưởng ban", "Ban Chỉ đạo diễn tập khu vực phòng thủ huyện Sa Thầy năm 2024")}


def test_members_listed_one_a_line_or_after_units_and_a_bare_head_for_the_body_named_before():
    ex = run("Sở Tư pháp tỉnh Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.\n"
             "Cơ cấu tổ chức của Sở gồm:\n"
             "a) Văn phòng Sở;\n"
             "b) Phòng Bổ trợ tư pháp, Hành chính tư pháp;\n"
             "c) Trung tâm Trợ giúp pháp lý nhà nước.\n"
             "Về tổ chức, Bộ Tư pháp gồm các đơn vị: Vụ Pháp luật quốc tế; Cục Đăng ký quốc gia giao dịch bảo "
             "đảm; Thanh tra Bộ và một số đơn vị sự nghiệp.")
    parents = {(p.org.name.casefold(), p.parent.name.casefold()) for p in ex.org_parents}
    so = "sở tư pháp tỉnh hà tĩnh"
    assert {(so, "ủy ban nhân dân tỉnh hà tĩnh"), ("văn phòng sở", so),
            ("phòng bổ trợ tư pháp, hành chính tư pháp", so), ("trung tâm trợ giúp pháp lý nhà nước", so),
            ("vụ pháp luật quốc tế", "bộ tư pháp"), ("cục đăng ký quốc gia giao dịch bảo đảm", "bộ tư pháp"),
            ("thanh tra bộ", "bộ tư pháp")} == parents


def test_a_unit_of_its_own_name_is_not_the_office_of_a_committee():
    ex = run("Tại Quảng Ninh, bà Lê Thị Hoa, Giám đốc Văn phòng Đăng ký đất đai tỉnh Quảng Ninh, dự.")
    assert posts(ex, "Lê Thị Hoa") == {("Giám đốc", "Văn phòng Đăng ký đất đai tỉnh Quảng Ninh")}


def test_units_by_their_number_boards_past_a_dash_commune_youth_unions_and_plural_titles():
    ex = run("Sáng 26-12, Bộ Tư lệnh Quân khu 4 tổ chức hội nghị. Trung tướng Đậu Xuân Khởi, Tư lệnh Quân khu chủ trì. "
             "Đến dự có đồng chí Lèng Thị Lan, Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn Hà Giang, đồng chí Chảo Văn "
             "Lìn, Bí thư Đoàn xã Lũng Cú, cùng các Phó Bí thư Huyện ủy Đồng Văn Tạ Văn Khiêm và Mẫn Thị Hoa.")
    assert posts(ex, "Đậu Xuân Khởi") == {("Tư lệnh", "Quân khu 4")}
    assert posts(ex, "Lèng Thị Lan") == {("Trưởng ban", "Ban Tổ chức - Kiểm tra Tỉnh đoàn Hà Giang")}
    assert posts(ex, "Chảo Văn Lìn") == {("Bí thư", "Đoàn xã Lũng Cú")}
    assert posts(ex, "Mẫn Thị Hoa") == posts(ex, "Tạ Văn Khiêm") == {("Phó Bí thư", "Huyện ủy Đồng Văn")}


def test_members_joined_to_a_council_by_a_list_and_assistants_titled_by_their_principal():
    ex = run("Hội nghị bầu bổ sung vào Ban Chấp hành LĐLĐ tỉnh Đồng Nai các đồng chí: Điểu Văn Hưng, Chủ tịch Công "
             "đoàn Khu công nghiệp Đồng Nai; Võ Thị Bé Tư, Chủ tịch LĐLĐ huyện Trảng Bom. Cùng dự có Trợ lý Thủ "
             "tướng Dương Bảo Trâm và ông Trịnh Quốc Sỹ, Thư ký Phó Thủ tướng Mạc Đình Khôi.")
    council = ("Ủy viên", "Ban Chấp hành Liên đoàn Lao động tỉnh Đồng Nai")
    assert posts(ex, "Điểu Văn Hưng") == {council, ("Chủ tịch", "Công đoàn Khu công nghiệp Đồng Nai")}
    assert posts(ex, "Võ Thị Bé Tư") == {council, ("Chủ tịch", "Liên đoàn Lao động huyện Trảng Bom")}
    assert posts(ex, "Dương Bảo Trâm") == {("Trợ lý Thủ tướng", "Chính phủ")}
    assert posts(ex, "Trịnh Quốc Sỹ") == {("Thư ký Phó Thủ tướng", "Chính phủ")}
    assert not any(p.name == "Mạc Đình Khôi" and p.positions for p in ex.persons)


def test_a_place_before_a_name_is_not_part_of_it():
    ex = run("Chủ tịch UBND tỉnh Hà Nam Trương Quốc Huy dự. Ông Hà Nam Phong, Giám đốc Sở Y tế, phát biểu.")
    assert {p.name for p in ex.persons} == {"Trương Quốc Huy", "Hà Nam Phong"}


def test_a_body_s_own_units_keep_their_listed_names_and_a_header_in_capitals_names_the_province():
    ex = run("ĐẢNG BỘ TỈNH BÌNH PHƯỚC\nTỈNH ỦY\n*\nSố 12-QĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQUY ĐỊNH\nvề phân cấp quản "
             "lý cán bộ\n-----\nCác cơ quan tham mưu, giúp việc của Tỉnh ủy gồm: Ban Tổ chức Tỉnh ủy; Văn phòng Tỉnh "
             "ủy.\nCơ cấu tổ chức của Hội Liên hiệp Phụ nữ tỉnh Bình Phước gồm: Văn phòng; Ban Tổ chức - Kiểm tra; "
             "Ban Gia đình - Xã hội. Cục Thuế trực thuộc Bộ Tài chính.")
    parents = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert {("Ban Tổ chức Tỉnh ủy Bình Phước", "Tỉnh ủy Bình Phước"), ("Văn phòng Tỉnh ủy Bình Phước", "Tỉnh ủy Bình Phước"),
            ("Văn phòng", "Hội Liên hiệp Phụ nữ tỉnh Bình Phước"),
            ("Ban Tổ chức - Kiểm tra", "Hội Liên hiệp Phụ nữ tỉnh Bình Phước"),
            ("Ban Gia đình - Xã hội", "Hội Liên hiệp Phụ nữ tỉnh Bình Phước")} <= parents
    assert not any(child.startswith("Cục Thuế trực") for child, _ in parents)


def test_national_systems_in_a_province_abbreviations_the_text_defines_and_a_company_s_party_committee():
    ex = run("Đại tá Doãn Khắc Liêm, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Quảng Trị chủ trì. Ông Thái Khắc Duy, Bí "
             "thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN) phát biểu. Ông Vi Trọng "
             "Nghĩa, Phó Bí thư Đảng ủy EVN dự. Phiên họp của Ủy ban Thường vụ Quốc hội (TVQH) diễn ra chiều 10-9.\n"
             "Tại Thanh Hóa, bà Lưu Thị Gấm, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội LHPN tỉnh dự.")
    assert posts(ex, "Doãn Khắc Liêm") == {("Chỉ huy trưởng", "Bộ đội Biên phòng tỉnh Quảng Trị")}
    assert posts(ex, "Thái Khắc Duy") == {("Bí thư", "Đảng ủy Tập đoàn Điện lực Việt Nam"),
                                         ("Chủ tịch", "Hội đồng thành viên Tập đoàn Điện lực Việt Nam")}
    assert posts(ex, "Vi Trọng Nghĩa") == {("Phó Bí thư", "Đảng ủy Tập đoàn Điện lực Việt Nam")}
    assert posts(ex, "Lưu Thị Gấm") == {("Ủy viên", "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa"),
                                       ("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa")}
    assert not ex.org_parents


def test_army_titles_provincial_city_committees_joint_offices_and_central_boards():
    ex = run("Đồng chí Đinh Thị Mơ, Bí thư Huyện ủy, Bí thư Đảng ủy Quân sự huyện Sa Thầy dự. Thiếu tá Đinh Văn Rớp, "
             "Chính trị viên Ban CHQS huyện Sa Thầy báo cáo. Bà Hứa Thị Lan Chi, Bí thư Thành ủy Móng Cái dự. Kỳ họp "
             "bầu đồng chí Lê Khắc Hiếu, Chánh Văn phòng HĐND và UBND huyện Cẩm Xuyên giữ chức Phó Chủ tịch UBND "
             "huyện. Thủ tướng giao ông Đàm Hữu Thanh, Thứ trưởng Bộ Nội vụ kiêm giữ chức Trưởng Ban Thi đua - Khen "
             "thưởng Trung ương. Thay mặt Thủ tướng, Phó Thủ tướng Khúc Hồng Quang ký quyết định.")
    assert posts(ex, "Đinh Thị Mơ") == {("Bí thư", "Huyện ủy Sa Thầy"), ("Bí thư", "Đảng ủy Quân sự huyện Sa Thầy")}
    assert posts(ex, "Đinh Văn Rớp") == {("Chính trị viên", "Ban Chỉ huy Quân sự huyện Sa Thầy")}
    assert posts(ex, "Hứa Thị Lan Chi") == {("Bí thư", "Thành ủy Móng Cái")}
    assert ("Chánh Văn phòng", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Cẩm Xuyên") in posts(ex, "Lê Khắc Hiếu")
    assert ("Trưởng ban", "Ban Thi đua - Khen thưởng Trung ương") in posts(ex, "Đàm Hữu Thanh")
    assert posts(ex, "Khúc Hồng Quang") == {("Phó Thủ tướng", "Chính phủ")}


def test_a_former_post_s_province_says_nothing_of_the_posts_around_it():
    ex = run("Tại Đắk Lắk, chỉ định các đồng chí sau giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Võ Tấn Lực, "
             "nguyên Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Yên; Trương Thị Xuân Lộc, Chủ tịch Hội LHPN tỉnh. Đại "
             "biểu Tiêu Văn Hòa (Đoàn ĐBQH tỉnh Hưng Yên), Trưởng Ban Kiểm phiếu công bố kết quả.")
    deputy = ("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk")
    assert posts(ex, "Võ Tấn Lực") == {deputy}
    assert posts(ex, "Trương Thị Xuân Lộc") == {deputy, ("Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk")}
    assert posts(ex, "Tiêu Văn Hòa") == {("Đại biểu", "Quốc hội"), ("Trưởng ban", "Ban Kiểm phiếu")}


def test_a_parent_named_without_its_place_takes_the_text_s():
    ex = run("Đoàn công tác tỉnh Bình Định đến thăm Công an tỉnh và Phòng Cảnh sát cơ động thuộc Công an tỉnh. Chiều "
             "cùng ngày, đoàn đến thăm Đồn Biên phòng Nhơn Lý thuộc BĐBP tỉnh.")
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {
        ("Phòng Cảnh sát cơ động", "Công an tỉnh Bình Định"),
        ("Đồn Biên phòng Nhơn Lý", "Bộ đội Biên phòng tỉnh Bình Định")}


def test_foreign_officials_keep_to_their_own_states():
    ex = run("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Giáp Văn Định hội đàm với Phó Thủ tướng, Bộ trưởng Ngoại giao và "
             "Hợp tác quốc tế Campuchia Keo Sophanith. Tham dự có Đại sứ đặc mệnh toàn quyền Vương quốc Campuchia tại "
             "Việt Nam Ouk Vannak và ông Han Ki-seok, Đại sứ đặc mệnh toàn quyền nước Cộng hòa Hàn Quốc tại Việt Nam.")
    assert posts(ex, "Keo Sophanith") == {("Phó Thủ tướng", "Chính phủ Campuchia"),
                                         ("Bộ trưởng", "Bộ Ngoại giao và Hợp tác quốc tế Campuchia")}
    assert posts(ex, "Ouk Vannak") == {("Đại sứ", "Campuchia")}      # the state by its common name
    assert posts(ex, "Han Ki-seok") == {("Đại sứ", "Hàn Quốc")}


def test_a_department_of_a_ministry_or_command_stands_under_it_without_a_comma():
    # The press names a ministry's or a command's department on its own; a
    # council's committee stays one body with its council.
    ex = run("Đại tá Trần Văn Khải, Cục trưởng Cục Cảnh sát giao thông Bộ Công an; ông Đỗ Minh Hòa, Vụ trưởng "
             "Vụ Pháp chế Bộ Y tế và bà Lê Thị Thu, Trưởng Ban Pháp chế HĐND tỉnh Nghệ An dự hội nghị.")
    assert posts(ex, "Trần Văn Khải") == {("Cục trưởng", "Cục Cảnh sát giao thông")}
    assert posts(ex, "Lê Thị Thu") == {("Trưởng ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An")}
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {
        ("Cục Cảnh sát giao thông", "Bộ Công an"), ("Vụ Pháp chế", "Bộ Y tế")}


def test_a_chain_of_parents_links_each_body_to_the_next_only():
    ex = run("Thiếu tá Phan Văn Tài, Trưởng ban Tác huấn thuộc Phòng Tham mưu Bộ CHQS tỉnh Quảng Nam, "
             "được bổ nhiệm giữ chức Chỉ huy trưởng Ban CHQS huyện Đại Lộc.")
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {
        ("Ban Tác huấn", "Phòng Tham mưu"), ("Phòng Tham mưu", "Bộ Chỉ huy Quân sự tỉnh Quảng Nam")}


def test_party_organisations_listed_under_the_central_committee():
    ex = run("Bộ Chính trị quyết định thành lập 4 Đảng bộ trực thuộc Trung ương (Đảng bộ các cơ quan Đảng "
             "Trung ương, Đảng bộ Chính phủ, Đảng bộ Quốc hội và Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương).")
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {
        (child, "Ban Chấp hành Trung ương Đảng") for child in (
            "Đảng bộ các cơ quan Đảng Trung ương", "Đảng bộ Chính phủ", "Đảng bộ Quốc hội",
            "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương")}


def test_every_cell_of_a_table_row_after_the_name_is_a_post():
    ex = run("Ban Thường vụ Tỉnh ủy Hưng Yên điều động cán bộ, cụ thể:\nSTT | Họ và tên | Chức vụ cũ | Chức vụ mới\n"
             "1 | Phạm Văn Đông | Phó Giám đốc Sở Xây dựng | Bí thư Đảng ủy xã Quỳnh Phụ\n"
             "2 | Ngô Thị Hải Vân | Phó Chánh Văn phòng Tỉnh ủy | Bí thư Đảng ủy xã Tiên Lữ")
    assert posts(ex, "Phạm Văn Đông") == {("Phó Giám đốc", "Sở Xây dựng tỉnh Hưng Yên"),
                                           ("Bí thư", "Đảng ủy xã Quỳnh Phụ")}
    assert posts(ex, "Ngô Thị Hải Vân") == {("Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy Hưng Yên"),
                                             ("Bí thư", "Đảng ủy xã Tiên Lữ")}


def test_membership_by_verb_is_of_the_central_party_committee_the_post_names():
    ex = run("Tại Nghệ An, Bộ Chính trị chỉ định đồng chí Đào Văn Thiệp, Thứ trưởng Bộ Nội vụ, tham gia Ban Chấp "
             "hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy Chính phủ. Quốc hội bầu ông Nguyễn Văn Đông "
             "giữ chức Chủ nhiệm Ủy ban Công tác đại biểu.")
    assert posts(ex, "Đào Văn Thiệp") == {("Thứ trưởng", "Bộ Nội vụ"), ("Phó Bí thư", "Đảng ủy Chính phủ")}
    assert posts(ex, "Nguyễn Văn Đông") == {("Chủ nhiệm", "Ủy ban Công tác đại biểu")}


def test_a_city_s_body_in_a_province_is_the_city_s_not_the_province_s():
    ex = run("Tại TP Vinh, tỉnh Nghệ An, ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy phát biểu. "
             "Ông Lê Văn Bình, Chủ tịch UBND thành phố dự. Tại Nghệ An, ông Trần Văn Cường, Phó Bí thư Thành ủy dự.")
    assert posts(ex, "Nguyễn Văn An") == {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An"), ("Bí thư", "Thành ủy Vinh")}
    assert posts(ex, "Lê Văn Bình") == {("Chủ tịch", "Ủy ban nhân dân thành phố Vinh")}
    ex = run("Tại Nghệ An, ông Trần Văn Cường, Phó Bí thư Thành ủy dự hội nghị.")
    assert posts(ex, "Trần Văn Cường") == {("Phó Bí thư", "Thành ủy")}


def test_a_province_s_body_is_no_centrally_run_city_s():
    ex = run("Đoàn công tác tỉnh Nghệ An làm việc tại Hà Nội. Ông Trần Văn Cường, Phó Bí thư Tỉnh ủy, Chủ tịch "
             "Hội Nông dân tỉnh phát biểu.")
    assert posts(ex, "Trần Văn Cường") == {("Phó Bí thư", "Tỉnh ủy Nghệ An"), ("Chủ tịch", "Hội Nông dân tỉnh Nghệ An")}
    ex = run("Quyết định được trao tại Hà Nội. Ông Lã Văn Khiêm, Chủ tịch Hội Nông dân tỉnh, tặng hoa.")
    assert posts(ex, "Lã Văn Khiêm") == {("Chủ tịch", "Hội Nông dân tỉnh")}


def test_a_party_secretary_s_committee_is_the_one_beside_the_title_or_none():
    ex = run("Tại Nghệ An, ông Nguyễn Văn An, Bí thư Đảng ủy, Giám đốc Công an tỉnh phát biểu. Ông Lê Văn Bình, Bí thư "
             "Đảng ủy, Chủ tịch UBND xã Nam Thanh dự. Ông Trần Văn Cường, Phó Bí thư, Chủ tịch HĐQT Tập đoàn Hoành "
             "Sơn dự. Bí thư Hoàng Văn Dũng cũng có mặt.")
    assert posts(ex, "Nguyễn Văn An") == {("Bí thư", "Đảng ủy Công an tỉnh Nghệ An"),
                                           ("Giám đốc", "Công an tỉnh Nghệ An")}
    assert posts(ex, "Lê Văn Bình") == {("Bí thư", "Đảng ủy xã Nam Thanh"), ("Chủ tịch", "Ủy ban nhân dân xã Nam Thanh")}
    # beside no body of a place, or alone, a secretary's committee is unsaid: no post
    assert ("Phó Bí thư", "Tỉnh ủy Nghệ An") not in posts(ex, "Trần Văn Cường")
    assert posts(ex, "Hoàng Văn Dũng") == set()


def test_provinces_with_an_inner_dash_or_a_former_name_as_written():
    ex = run("Ông Nguyễn Văn Thọ, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu phát biểu. Ông Nguyễn Văn Phương, Chủ tịch "
             "UBND tỉnh Thừa Thiên Huế dự. Ông Lê Văn Bảo, Bí thư Tỉnh ủy Đăk Lăk dự.")
    assert posts(ex, "Nguyễn Văn Thọ") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")}
    assert posts(ex, "Nguyễn Văn Phương") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Thừa Thiên Huế")}
    assert posts(ex, "Lê Văn Bảo") == {("Bí thư", "Tỉnh ủy Đắk Lắk")}      # a spelling variant: the usual name


def test_a_board_of_a_body_the_text_abbreviates_and_a_friendship_group():
    ex = run("Tập đoàn Điện lực Việt Nam (EVN) tổ chức hội nghị. Ông Thái Khắc Dũng, Bí thư Đảng ủy, Chủ tịch Hội đồng "
             "thành viên EVN phát biểu. Ông Hoàng Đức Ngọc, Chủ tịch Nhóm Nghị sĩ hữu nghị Việt Nam - Hungary dự.")
    assert posts(ex, "Thái Khắc Dũng") == {("Bí thư", "Đảng ủy Tập đoàn Điện lực Việt Nam"),
                                            ("Chủ tịch", "Hội đồng thành viên Tập đoàn Điện lực Việt Nam")}
    assert posts(ex, "Hoàng Đức Ngọc") == {("Chủ tịch", "Nhóm Nghị sĩ hữu nghị Việt Nam - Hungary")}


def test_branches_and_brand_names_a_text_defines():
    ex = run("Hội đồng thành viên Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) bổ nhiệm ông Lê Hồng "
             "Sáng, Phó Tổng Giám đốc Agribank giữ chức Tổng Giám đốc. Ông Đinh Bá Tường, Giám đốc NHNN Chi nhánh tỉnh "
             "Nghệ An giữ chức Giám đốc NHNN Chi nhánh Khu vực 8.")
    bank = "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"
    assert ("Phó Tổng Giám đốc", bank) in posts(ex, "Lê Hồng Sáng")
    assert posts(ex, "Đinh Bá Tường") == {("Giám đốc", "Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Nghệ An"),
                                           ("Giám đốc", "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 8")}


def test_schools_named_after_persons_numbered_areas_and_court_abbreviations():
    ex = run("Tại Nghệ An, ông Nguyễn Văn An, Hiệu trưởng Trường THPT chuyên Phan Bội Châu phát biểu. Ông Đỗ Văn Hùng, "
             "Giám đốc Kho bạc Nhà nước khu vực X dự. Ông Mai Văn Lâm, Chánh án TAND tỉnh dự. Ông Lê Văn Khuê, Chi "
             "cục trưởng Chi cục Hải quan khu vực XIV dự.")
    assert [p.name for p in ex.persons if p.name == "Phan Bội Châu"] == []
    assert posts(ex, "Nguyễn Văn An") == {("Hiệu trưởng", "Trường Trung học phổ thông chuyên Phan Bội Châu")}
    assert posts(ex, "Đỗ Văn Hùng") == {("Giám đốc", "Kho bạc Nhà nước khu vực X")}
    assert posts(ex, "Mai Văn Lâm") == {("Chánh án", "Tòa án nhân dân tỉnh Nghệ An")}
    assert posts(ex, "Lê Văn Khuê") == {("Chi cục trưởng", "Chi cục Hải quan khu vực XIV")}


def test_a_standing_board_written_by_its_letters():
    ex = run("Tại Nghệ An, ông Ngô Gia Tú, Ủy viên Ban TVTU, Trưởng Ban Tổ chức Tỉnh ủy dự.")
    assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy") in {(t, o.split(" Nghệ An")[0]) for t, o in posts(ex, "Ngô Gia Tú")}


def test_a_ministry_s_units_counted_then_listed_the_last_one_whole():
    ex = run("Theo Nghị định, cơ cấu tổ chức của Bộ Xây dựng gồm 20 đơn vị, trong đó có: Vụ Pháp chế; Văn phòng Bộ; "
             "Cục Hàng không Việt Nam; Cục Quản lý nhà và thị trường bất động sản. Cơ quan Hội LHPN tỉnh Thanh Hóa "
             "hiện gồm: Văn phòng; Ban Gia đình - Xã hội và Ban Kinh tế.")
    pairs = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert {("Vụ Pháp chế", "Bộ Xây dựng"), ("Cục Hàng không Việt Nam", "Bộ Xây dựng"),
            ("Cục Quản lý nhà và thị trường bất động sản", "Bộ Xây dựng")} <= pairs
    assert ("Ban Kinh tế", "Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa") in pairs


def test_titles_given_respectively_go_one_to_each_name():
    ex = run("Tại Đồng Tháp, các ông, bà Trần Văn Lộc, Ngô Thị Bé Tư và Huỳnh Công Danh lần lượt giữ chức Chủ tịch, Phó "
             "Chủ tịch Thường trực, Phó Chủ tịch Hội Nông dân tỉnh khóa X.")
    union = "Hội Nông dân tỉnh Đồng Tháp"
    assert posts(ex, "Trần Văn Lộc") == {("Chủ tịch", union)}
    assert posts(ex, "Ngô Thị Bé Tư") == {("Phó Chủ tịch Thường trực", union)}
    assert posts(ex, "Huỳnh Công Danh") == {("Phó Chủ tịch", union)}


def test_a_body_said_to_be_a_unit_of_another_and_a_military_command_under_its_region():
    ex = run("Bệnh viện Phổi Trung ương là bệnh viện chuyên khoa hạng đặc biệt trực thuộc Bộ Y tế; Trung tâm Nghiên cứu "
             "Lao phổi là đơn vị sự nghiệp thuộc Bệnh viện Phổi Trung ương. Công ty Mekong Foods là doanh nghiệp của "
             "Thái Lan. Dự có Đại tá Tiêu Văn Cường, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sóc Trăng, Quân khu 9.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Bệnh viện Phổi Trung ương", "Bộ Y tế") in parents
    assert ("Trung tâm Nghiên cứu Lao phổi", "Bệnh viện Phổi Trung ương") in parents
    assert ("Bộ Chỉ huy Quân sự tỉnh Sóc Trăng", "Quân khu 9") in parents
    assert not any(child == "Công ty Mekong Foods" for child, _ in parents)


def test_a_structure_set_out_by_numbered_items_with_lettered_units_and_counted_groups():
    ex = run("UBND tỉnh ban hành quyết định quy định cơ cấu tổ chức của Sở Xây dựng tỉnh Hưng Yên.\n"
             "Điều 3. Cơ cấu tổ chức\n"
             "1. Các phòng chuyên môn, nghiệp vụ: a) Văn phòng Sở; b) Phòng Quản lý hạ tầng giao thông;\n"
             "c) Phòng Kinh tế - Vật liệu xây dựng.\n"
             "2. Đơn vị sự nghiệp công lập thuộc Sở: a) Trung tâm Kiểm định chất lượng công trình; "
             "b) Ban Quản lý dự án giao thông, thủy lợi.\n"
             "Cơ cấu tổ chức của Trung tâm Y tế huyện Tiên Lữ gồm Ban Giám đốc, 3 phòng chức năng (Phòng Tổ chức - "
             "Hành chính, Phòng Điều dưỡng, Phòng Tài chính - Kế toán) và 12 khoa.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    sxd = "Sở Xây dựng tỉnh Hưng Yên"
    for unit in ("Văn phòng Sở", "Phòng Quản lý hạ tầng giao thông", "Phòng Kinh tế - Vật liệu xây dựng",
                 "Trung tâm Kiểm định chất lượng công trình", "Ban Quản lý dự án giao thông, thủy lợi"):
        assert (unit, sxd) in parents
    for unit in ("Phòng Tổ chức - Hành chính", "Phòng Điều dưỡng", "Phòng Tài chính - Kế toán"):
        assert (unit, "Trung tâm Y tế huyện Tiên Lữ") in parents
    assert not any(child == "Ban Giám đốc" for child, _ in parents)


def test_units_a_body_has_or_a_structure_lists_under_a_description_and_numbered_areas_with_their_places():
    ex = run("Cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV gồm 2 bộ sau đây:\n1. Bộ Quốc phòng;\n"
             "2. Bộ Công an.\nTheo đó, Bộ CHQS tỉnh Lạng Sơn trực thuộc Quân khu 1, có các cơ quan: Phòng Tham mưu, "
             "Phòng Chính trị. Trực thuộc Bộ CHQS tỉnh có 2 Ban Chỉ huy Phòng thủ khu vực gồm: Ban Chỉ huy Phòng thủ "
             "khu vực 1 - Đồng Đăng, Ban Chỉ huy Phòng thủ khu vực 2 - Chi Lăng. Cơ cấu tổ chức của Công an tỉnh "
             "Lạng Sơn gồm các phòng nghiệp vụ như: Phòng Cảnh sát hình sự; Phòng Cảnh sát quản lý hành chính về "
             "trật tự xã hội… và Công an các xã.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert {("Bộ Quốc phòng", "Chính phủ"), ("Bộ Công an", "Chính phủ")} <= parents
    command = "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"
    assert {("Phòng Tham mưu", command), ("Phòng Chính trị", command),
            ("Ban Chỉ huy Phòng thủ khu vực 1 - Đồng Đăng", command),
            ("Ban Chỉ huy Phòng thủ khu vực 2 - Chi Lăng", command)} <= parents
    assert ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Công an tỉnh Lạng Sơn") in parents


def test_the_standing_agency_of_a_steering_committee_is_not_under_it():
    ex = run("Ban Chỉ đạo về phát triển kinh tế tư nhân tỉnh Lạng Sơn được thành lập. Sở Tài chính tỉnh Lạng Sơn là "
             "cơ quan thường trực của Ban Chỉ đạo; Phòng Doanh nghiệp, Sở Tài chính là đơn vị giúp việc.")
    assert not any(op.org.name.startswith("Sở Tài chính") for op in ex.org_parents)


def test_units_a_body_has_directly_under_it_some_of_them_named_and_a_unit_said_to_depend_on_another():
    ex = run("Theo đó, Công ty Xăng dầu Hà Tĩnh là đơn vị hạch toán phụ thuộc Tổng công ty Xăng dầu Việt Nam. Bộ Công "
             "Thương có 4 tổng cục trực thuộc, trong đó có Tổng cục Quản lý thị trường, Tổng cục Năng lượng.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Công ty Xăng dầu Hà Tĩnh", "Tổng công ty Xăng dầu Việt Nam") in parents
    assert {("Tổng cục Quản lý thị trường", "Bộ Công Thương"), ("Tổng cục Năng lượng", "Bộ Công Thương")} <= parents


def test_units_grouped_under_headings_counted_then_some_named_and_described_together_in_apposition():
    ex = run("Viện Nghiên cứu Hải sản là tổ chức khoa học công lập trực thuộc Bộ Nông nghiệp và Môi trường.\n"
             "Cơ cấu tổ chức của Viện gồm:\n"
             "a) Các phòng chức năng: Phòng Tổ chức, Hành chính; Phòng Kế hoạch, Khoa học; Phòng Hợp tác quốc tế.\n"
             "b) Các trung tâm: Trung tâm Quan trắc môi trường biển; Trung tâm Giống hải sản.\n"
             "Hiện Công an tỉnh Thái Bình có 26 phòng nghiệp vụ và Công an 8 huyện, thành phố, trong đó có Phòng An "
             "ninh đối ngoại, Phòng Cảnh sát giao thông và Phòng Hậu cần. Báo Nhân Dân cuối tuần và Tạp chí Cộng sản, "
             "hai cơ quan báo chí thuộc Ban Bí thư, cùng tham gia. Bệnh viện Việt Đức và Bệnh viện Chợ Rẫy đều là "
             "bệnh viện trực thuộc Bộ Y tế. Trường Cán bộ Tòa án, cơ sở đào tạo trực thuộc Tòa án nhân dân tối cao, "
             "mở lớp mới.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    institute = "Viện Nghiên cứu Hải sản"
    assert {("Phòng Tổ chức, Hành chính", institute), ("Phòng Kế hoạch, Khoa học", institute),
            ("Phòng Hợp tác quốc tế", institute), ("Trung tâm Giống hải sản", institute)} <= parents
    police = "Công an tỉnh Thái Bình"
    assert {("Phòng An ninh đối ngoại", police), ("Phòng Hậu cần", police)} <= parents
    assert {("Bệnh viện Việt Đức", "Bộ Y tế"), ("Bệnh viện Chợ Rẫy", "Bộ Y tế"),
            ("Trường Cán bộ Tòa án", "Tòa án nhân dân tối cao")} <= parents


def test_a_body_that_has_one_unit_and_kinds_listed_after_gom_and_units_called_back_by_their_head():
    ex = run("Hiện Tòa án nhân dân cấp cao tại Hà Nội có Ủy ban Thẩm phán và các tòa chuyên trách gồm: Tòa Hình sự, "
             "Tòa Dân sự, Tòa Gia đình và người chưa thành niên. Cơ quan Ban Dân vận Tỉnh ủy Yên Bái hiện có 3 đơn vị "
             "gồm: Văn phòng Ban; Phòng Dân tộc - Tôn giáo; Phòng Công tác quần chúng. Ban Cán sự đảng Tổng cục Hải "
             "quan (Bộ Tài chính) đã để Chi cục Hải quan khu vực Tây Bắc, đơn vị trực thuộc Tổng cục, vi phạm quy định. "
             "Sau hợp nhất, trực thuộc Tỉnh ủy Yên Bái có Đảng bộ các cơ quan Đảng tỉnh và Đảng bộ UBND tỉnh.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    court = "Tòa án nhân dân cấp cao tại Hà Nội"
    assert {("Ủy ban Thẩm phán", court), ("Tòa Hình sự", court),
            ("Tòa Gia đình và người chưa thành niên", court)} <= parents
    board = "Ban Dân vận Tỉnh ủy Yên Bái"
    assert {("Văn phòng Ban", board), ("Phòng Công tác quần chúng", board)} <= parents
    assert not any(parent == "Tỉnh ủy Yên Bái" and child.startswith("Phòng") for child, parent in parents)
    assert ("Chi cục Hải quan khu vực Tây Bắc", "Tổng cục Hải quan") in parents
    assert {("Đảng bộ các cơ quan Đảng tỉnh Yên Bái", "Tỉnh ủy Yên Bái"),
            ("Đảng bộ Ủy ban nhân dân tỉnh Yên Bái", "Tỉnh ủy Yên Bái")} <= parents


def test_a_centre_s_letters_before_its_place_then_called_by_letters_and_place():
    ex = run("Chiều 5/3, Sở Y tế tổ chức lễ công bố quyết định thành lập Trung tâm Kiểm soát bệnh tật (CDC) tỉnh "
             "Hà Nam. CDC Hà Nam là đơn vị sự nghiệp công lập trực thuộc Sở Y tế. Bà Trịnh Thị Duyên, Giám đốc CDC Hà "
             "Nam, phát biểu.")
    assert ("Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam", "Sở Y tế tỉnh Hà Nam") in \
        {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam") in posts(ex, "Trịnh Thị Duyên")


def test_ministries_listed_after_a_count_and_la_and_regional_departments_of_foreign_affairs():
    ex = run("Theo nghị quyết, cơ cấu tổ chức của Chính phủ gồm 14 bộ và 3 cơ quan ngang bộ, trong đó có hai bộ mới "
             "là Bộ Dân tộc và Tôn giáo, Bộ Nông nghiệp và Môi trường. Dự họp có Vụ trưởng Vụ Đông Nam Á - Nam Á - "
             "Nam Thái Bình Dương, Bộ Ngoại giao Lã Đình Lực. Đại sứ Tôn Quốc Khương từng là Phó Vụ trưởng Vụ châu "
             "Mỹ, Bộ Ngoại giao.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert {("Bộ Dân tộc và Tôn giáo", "Chính phủ"), ("Bộ Nông nghiệp và Môi trường", "Chính phủ"),
            ("Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương", "Bộ Ngoại giao"),
            ("Vụ châu Mỹ", "Bộ Ngoại giao")} <= parents
    assert posts(ex, "Lã Đình Lực") == {("Vụ trưởng", "Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương")}
    assert ("Đại sứ", "Vụ châu Mỹ") not in posts(ex, "Tôn Quốc Khương")


def test_a_unit_s_title_then_its_parent_body_before_the_name_and_regional_units_named_by_region():
    ex = run("Phát biểu tại hội nghị, Vụ trưởng Vụ Pháp chế, Bộ Tư pháp Ksor H'Nhi cho biết thêm. Ông Mạc Văn Hòa, "
             "Cục trưởng Cục Dự trữ Nhà nước khu vực Tây Nguyên, phát biểu. Giám đốc Sở Y tế, Lương Văn An cho biết.")
    assert posts(ex, "Ksor H'Nhi") == {("Vụ trưởng", "Vụ Pháp chế")}
    assert ("Vụ Pháp chế", "Bộ Tư pháp") in {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert posts(ex, "Mạc Văn Hòa") == {("Cục trưởng", "Cục Dự trữ Nhà nước khu vực Tây Nguyên")}


def test_a_village_s_name_is_no_person_but_an_e_de_clan_name_is_part_of_one():
    ex = run("Xã giải quyết dứt điểm tranh chấp đất đai tại các buôn Ea Kiết, Buôn Ja; xây dựng chính quyền gần dân. "
             "Đồng chí Y Bhăm Buôn Yă, Trưởng Công an xã Ea Kiết phát biểu.")
    assert {p.name for p in ex.persons} == {"Y Bhăm Buôn Yă"}


def test_the_school_s_side_its_council_and_degrees_before_each_listed_name():
    ex = run("Sáng 28/7, Trường Đại học Hồng Đức tổ chức Lễ trao bằng tốt nghiệp. Lễ do GS.TS Lục Xuân Tuệ, Hiệu trưởng "
             "Nhà trường chủ trì. Về phía Nhà trường có PGS.TS Chu Văn Khiêm chủ tịch Hội đồng trường; các Phó Hiệu "
             "trưởng: PGS.TS Lô Thị Mai Sen, PGS.TS Ngô Đình Hùng, TS Ông Văn Lực. PGS.TS Lang Thị Thu Huệ, Hiệu "
             "trưởng Trường Sư phạm trao bằng.")
    school = "Trường Đại học Hồng Đức"
    assert posts(ex, "Lục Xuân Tuệ") == {("Hiệu trưởng", school)}
    assert posts(ex, "Chu Văn Khiêm") == {("Chủ tịch", "Hội đồng trường " + school)}
    for name in ("Lô Thị Mai Sen", "Ngô Đình Hùng", "Ông Văn Lực"):
        assert posts(ex, name) == {("Phó Hiệu trưởng", school)}
    assert posts(ex, "Lang Thị Thu Huệ") == {("Hiệu trưởng", "Trường Sư phạm")}


def test_deputies_listed_under_a_bare_plural_title_after_their_head_and_a_post_in_parentheses_after_former_ones():
    ex = run("Cục trưởng Cục Thuế tỉnh Ninh Bình Cao Văn Thịnh chủ trì hội nghị. Cùng dự có các phó cục trưởng: Lê Thị "
             "Thùy Dương, Bùi Văn Kiên. Bộ Chính trị chỉ định ông Lạc Văn Tuấn giữ chức Trưởng ban Tuyên giáo và Dân vận "
             "Trung ương. Các Phó trưởng ban gồm: bà Phạm Thị Bích Lụa, nguyên Trưởng ban Dân vận Trung ương (Phó "
             "trưởng ban Thường trực); các ông Hồ Văn Nhân, Chu Đình Luyến. Giám đốc Bảo hiểm xã hội tỉnh Gia Lai "
             "Dương Đình Thắng dự. Trường Cao đẳng Sơn La long trọng tổ chức lễ khai giảng; Hiệu trưởng nhà trường "
             "Lò Văn Pấng phát biểu.")
    for name in ("Lê Thị Thùy Dương", "Bùi Văn Kiên"):
        assert posts(ex, name) == {("Phó Cục trưởng", "Cục Thuế tỉnh Ninh Bình")}
    board = "Ban Tuyên giáo và Dân vận Trung ương"
    assert posts(ex, "Phạm Thị Bích Lụa") == {("Phó Trưởng ban Thường trực", board)}
    assert posts(ex, "Hồ Văn Nhân") == posts(ex, "Chu Đình Luyến") == {("Phó Trưởng ban", board)}
    assert posts(ex, "Dương Đình Thắng") == {("Giám đốc", "Bảo hiểm xã hội tỉnh Gia Lai")}
    assert posts(ex, "Lò Văn Pấng") == {("Hiệu trưởng", "Trường Cao đẳng Sơn La")}


def test_a_department_called_back_as_so_is_the_one_named_last_before():
    ex = run("Ông Kiều Văn Thạch giữ chức Giám đốc Sở Nông nghiệp và Môi trường tỉnh Phú Thọ. Các Phó Giám đốc Sở gồm: "
             "ông Lưu Minh Hoàn, ông Đinh Công Sử. Sau đó, ông Tạ Văn Khoa, phó giám đốc Sở Xây dựng, được bổ nhiệm giữ "
             "chức giám đốc sở này.")
    department = "Sở Nông nghiệp và Môi trường tỉnh Phú Thọ"
    assert posts(ex, "Lưu Minh Hoàn") == posts(ex, "Đinh Công Sử") == {("Phó Giám đốc", department)}
    assert ("Giám đốc", "Sở Xây dựng tỉnh Phú Thọ") in posts(ex, "Tạ Văn Khoa")


def test_a_border_post_named_after_a_place_that_reads_like_a_name_and_the_border_guard_s_letters():
    ex = run("Đại tá Đàm Quang Trí, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh Cao Bằng phát biểu. Thiếu tá Sầm Đức Phú, Đồn "
             "trưởng Đồn Biên phòng Lý Vạn dự. Đồn trưởng Đồn Biên phòng Hà Quảng Nông Văn Hải báo cáo.")
    assert posts(ex, "Đàm Quang Trí") == {("Chỉ huy trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng")}
    assert posts(ex, "Sầm Đức Phú") == {("Đồn trưởng", "Đồn Biên phòng Lý Vạn")}
    assert posts(ex, "Nông Văn Hải") == {("Đồn trưởng", "Đồn Biên phòng Hà Quảng")}
    assert {p.name for p in ex.persons} == {"Đàm Quang Trí", "Sầm Đức Phú", "Nông Văn Hải"}


def test_court_and_procuracy_grades_units_and_lay_judges_and_a_university_s_personnel_board():
    ex = run("Chủ tọa phiên tòa là bà Phạm Thị Thu Nga, Phó Chánh án TAND tỉnh Quảng Ngãi; tham gia Hội đồng xét xử có hai "
             "Hội thẩm nhân dân TAND tỉnh: bà Đinh Thị Hoa Phương và ông Trương Công Lực. Đại diện VKSND tỉnh là ông "
             "Huỳnh Bá Tấn, Kiểm sát viên trung cấp, Phó Trưởng phòng Thực hành quyền công tố và kiểm sát xét xử án "
             "hình sự, VKSND tỉnh Quảng Ngãi. Dự có TS Hầu Văn Sang, Trưởng ban Ban Tổ chức cán bộ, Đại học Thái "
             "Nguyên.")
    court, procuracy = "Tòa án nhân dân tỉnh Quảng Ngãi", "Viện Kiểm sát nhân dân tỉnh Quảng Ngãi"
    assert posts(ex, "Đinh Thị Hoa Phương") == posts(ex, "Trương Công Lực") == {("Hội thẩm nhân dân", court)}
    assert posts(ex, "Huỳnh Bá Tấn") == {
        ("Kiểm sát viên trung cấp", procuracy),
        ("Phó Trưởng phòng", "Phòng Thực hành quyền công tố và kiểm sát xét xử án hình sự")}
    assert posts(ex, "Hầu Văn Sang") == {("Trưởng ban", "Ban Tổ chức cán bộ")}


def test_units_of_a_body_called_back_by_its_head_or_counted_in_the_sentence_before():
    ex = run("Trường Đại học Hồng Đức là trường đại học trực thuộc UBND tỉnh Thanh Hóa, hiện có 3 trường thuộc và 2 viện. "
             "Các trường thuộc gồm: Trường Sư phạm; Trường Kinh tế. Các viện gồm: Viện Nông nghiệp; Viện Công nghệ "
             "thông tin. Cục Hải quan tỉnh Cao Bằng là đơn vị trực thuộc Tổng cục Hải quan, Bộ Tài chính. Cục hiện có "
             "5 chi cục, trong đó có 2 chi cục tại các cửa khẩu: Chi cục Hải quan cửa khẩu Tà Lùng, Chi cục Hải quan "
             "cửa khẩu Trà Lĩnh; ngoài ra còn có Đội Kiểm soát Hải quan trực thuộc Cục. Tiền thân là Bệnh viện tỉnh Hà "
             "Nam, Bệnh viện Đa khoa tỉnh Hà Nam là bệnh viện hạng I. Bệnh viện Đa khoa tỉnh Hà Nam có 1.000 giường. "
             "Cơ cấu tổ chức của Bệnh viện gồm 10 phòng và 2 trung tâm trực thuộc là Trung tâm Đột quỵ và Trung tâm "
             "Ung bướu.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    school, customs, hospital = "Trường Đại học Hồng Đức", "Cục Hải quan tỉnh Cao Bằng", "Bệnh viện Đa khoa tỉnh Hà Nam"
    assert {("Trường Sư phạm", school), ("Viện Công nghệ thông tin", school)} <= parents
    assert {("Tổng cục Hải quan", "Bộ Tài chính"), ("Chi cục Hải quan cửa khẩu Tà Lùng", customs),
            ("Đội Kiểm soát Hải quan", customs)} <= parents
    assert {("Trung tâm Đột quỵ", hospital), ("Trung tâm Ung bướu", hospital)} <= parents


def test_the_social_policy_bank_s_branches_offices_and_representative_boards():
    ex = run("Đồng chí Nông Thị Bích Đông, Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện HĐQT NHCSXH tỉnh Yên Bái chủ trì. "
             "Đồng chí Giàng A Lừ, Phó Chủ tịch UBND huyện Mù Cang Chải, Trưởng Ban đại diện HĐQT NHCSXH huyện tham "
             "luận. Ông Lò Văn Khoát, Giám đốc Phòng giao dịch NHCSXH huyện Trạm Tấu chia sẻ. Ông Hoàng Ngọc Tuyến, "
             "Giám đốc Chi nhánh NHCSXH tỉnh Yên Bái báo cáo.")
    bank = "Ngân hàng Chính sách xã hội"
    assert ("Trưởng ban", f"Ban đại diện Hội đồng quản trị {bank} tỉnh Yên Bái") in posts(ex, "Nông Thị Bích Đông")
    assert ("Trưởng ban", f"Ban đại diện Hội đồng quản trị {bank} huyện Mù Cang Chải") in posts(ex, "Giàng A Lừ")
    assert posts(ex, "Lò Văn Khoát") == {("Giám đốc", f"Phòng giao dịch {bank} huyện Trạm Tấu")}
    assert posts(ex, "Hoàng Ngọc Tuyến") == {("Giám đốc", f"Chi nhánh {bank} tỉnh Yên Bái")}


def test_the_company_a_story_names_most_often_holds_the_boards_it_names_bare():
    ex = run("Đại hội đồng cổ đông thường niên Tổng công ty Phát điện 5 thông qua kế hoạch. Đại hội của Tổng công ty "
             "Phát điện 5 - CTCP (GENCO5X, mã PG5) diễn ra sáng 25/4. Chủ tọa đoàn gồm ông Ung Văn Nhật, Bí thư Đảng "
             "ủy, Chủ tịch HĐQT; ông Lâm Quốc Thắng, thành viên HĐQT, Tổng giám đốc. Dự có ông Đoàn Hữu Lộc, thành "
             "viên Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN). GENCO5X là công ty con của EVN. Năm 2024, "
             "GENCO5X đặt kế hoạch lợi nhuận cao hơn; GENCO5X sẽ chia cổ tức. Đại hội bầu ông Phù Đức Hạnh, Phó Tổng "
             "giám đốc Tổng công ty, làm thành viên HĐQT.")
    company = "Tổng công ty Phát điện 5 - Công ty cổ phần"
    assert posts(ex, "Ung Văn Nhật") == {("Bí thư", "Đảng ủy " + company), ("Chủ tịch", "Hội đồng quản trị " + company)}
    assert ("Tổng Giám đốc", company) in posts(ex, "Lâm Quốc Thắng")
    assert ("Phó Tổng Giám đốc", company) in posts(ex, "Phù Đức Hạnh")


def test_a_town_named_like_a_country_inspectorates_of_a_body_teachers_defendants_and_lettered_hospitals():
    ex = run("Đồng chí Trương Văn Đoan, Bí thư Thị ủy Kỳ Anh, dự. Ông Chu Đức Vinh, Chánh Thanh tra Bộ GD&ĐT phát biểu. "
             "Các Phó Hiệu trưởng Trường Tiểu học Chu Văn An gồm: thầy Khưu Minh Trung và cô Mã Thị Thu Vân. Ông Lê Văn "
             "Tâm, Giám đốc BVĐK tỉnh Bắc Kạn dự. Có mặt tại phiên tòa có các bị cáo: Ngô Đình Tạc (SN 1968, nguyên Chủ "
             "tịch UBND xã Nghi Thạch); Thái Văn Hiểu (SN 1975).")
    assert posts(ex, "Trương Văn Đoan") == {("Bí thư", "Thị ủy Kỳ Anh")}
    assert posts(ex, "Chu Đức Vinh") == {("Chánh Thanh tra", "Thanh tra Bộ Giáo dục và Đào tạo")}
    assert posts(ex, "Khưu Minh Trung") == posts(ex, "Mã Thị Thu Vân") == {
        ("Phó Hiệu trưởng", "Trường Tiểu học Chu Văn An")}
    assert posts(ex, "Lê Văn Tâm") == {("Giám đốc", "Bệnh viện Đa khoa tỉnh Bắc Kạn")}
    assert {"Ngô Đình Tạc", "Thái Văn Hiểu"} <= {p.name for p in ex.persons}


def test_an_organisation_s_board_named_before_it_with_a_comma_and_units_after_its_leadership_board():
    ex = run("Ông Đào Mạnh Trường, Trưởng Ban Tổ chức - Kiểm tra, LĐLĐ tỉnh Bắc Ninh phát biểu. Ông Lê Văn Tứ, Trưởng Ban "
             "Tổ chức, Tỉnh ủy Bắc Ninh dự. Cơ cấu tổ chức của BVĐK Bắc Kạn gồm Ban Giám đốc và 4 khoa, phòng:\n"
             "+ Các phòng chức năng: Phòng Kế hoạch tổng hợp; Phòng Điều dưỡng.\n+ Các khoa: Khoa Khám bệnh; Khoa Nhi.\n")
    assert posts(ex, "Đào Mạnh Trường") == {("Trưởng ban", "Ban Tổ chức - Kiểm tra")}
    assert posts(ex, "Lê Văn Tứ") == {("Trưởng ban", "Ban Tổ chức Tỉnh ủy Bắc Ninh")}
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Ban Tổ chức - Kiểm tra", "Liên đoàn Lao động tỉnh Bắc Ninh") in parents
    hospital = "Bệnh viện Đa khoa Bắc Kạn"
    assert {("Phòng Điều dưỡng", hospital), ("Khoa Nhi", hospital)} <= parents


def test_a_roundup_s_section_heading_places_the_bodies_of_its_section():
    ex = run("Nhân sự tuần qua ở Đồng Tháp và Lâm Đồng.\n\nĐồng Tháp: Giám đốc Sở Tài chính làm Phó Chủ tịch UBND tỉnh\n\n"
             "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Đồng Tháp đối với ông Huỳnh Thanh Lâm.\n\n"
             "Lâm Đồng: Bầu bổ sung Ủy viên UBND tỉnh\n\nSáng 9/10, HĐND tỉnh Lâm Đồng tổ chức kỳ họp chuyên đề.\n\n"
             "Kỳ họp bầu bổ sung Ủy viên UBND tỉnh đối với Đại tá Lương Minh Trung, Giám đốc Công an tỉnh.")
    assert ("Giám đốc", "Công an tỉnh Lâm Đồng") in posts(ex, "Lương Minh Trung")


def test_a_central_front_s_boards_named_like_a_province_s_committees():
    ex = run("Dự đại hội có đồng chí Lưu Xuân Thành, Ủy viên Đoàn Chủ tịch, Trưởng Ban Dân tộc Ủy ban Trung ương MTTQ Việt "
             "Nam; đồng chí Cầm Văn Đoàn, Phó Bí thư Thường trực Tỉnh ủy Sơn La. Bà Lê Thị Hòa, Trưởng Ban Dân tộc tỉnh "
             "Sơn La dự.")
    front = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert posts(ex, "Lưu Xuân Thành") == {("Ủy viên", "Đoàn Chủ tịch " + front), ("Trưởng ban", "Ban Dân tộc " + front)}
    assert posts(ex, "Lê Thị Hòa") == {("Trưởng ban", "Ban Dân tộc tỉnh Sơn La")}


def test_a_company_named_after_its_place_keeps_a_name_like_word_pair_before_its_brand_and_an_area_of_two_places():
    ex = run("Ông Lý Văn Chiểu, Phó Giám đốc Công ty, được bổ nhiệm giữ chức Giám đốc Công ty cổ phần Than Hà Lầm "
             "- Vinacomin kể từ ngày 1/3/2022. Ông Phạm Ngọc Mùi, Chi cục trưởng Chi cục Thuế khu vực Bỉm Sơn - "
             "Thạch Thành phát biểu.")
    assert posts(ex, "Lý Văn Chiểu") == {("Phó Giám đốc", "Công ty cổ phần Than Hà Lầm - Vinacomin"),
                                          ("Giám đốc", "Công ty cổ phần Than Hà Lầm - Vinacomin")}
    assert posts(ex, "Phạm Ngọc Mùi") == {("Chi cục trưởng", "Chi cục Thuế khu vực Bỉm Sơn - Thạch Thành")}
    assert {p.name for p in ex.persons} == {"Lý Văn Chiểu", "Phạm Ngọc Mùi"}


def test_a_unit_s_name_ends_at_the_comma_before_its_parent_even_after_a_word_of_a_lexical_pair():
    ex = run("Thiếu tá Hoàng Văn Pắn, Phó Trưởng phòng An ninh chính trị nội bộ, Công an tỉnh Lạng Sơn được "
             "điều động giữ chức Trưởng Công an xã Đồng Đăng.")
    assert ("Phòng An ninh chính trị nội bộ", "Công an tỉnh Lạng Sơn") in {
        (op.org.name, op.parent.name) for op in ex.org_parents}


def test_a_funeral_committee_s_members_hold_the_role_written_after_their_posts():
    ex = run("Ngày 10/9/2025, Bộ trưởng Bộ Nông nghiệp và Môi trường ký Quyết định số 2650/QĐ-BNNMT về việc thành "
             "lập Ban Lễ tang đồng chí Lương Văn Khảm. Ban Lễ tang gồm:\n\n"
             "1. Đồng chí Quách Đình Tuệ, Bộ trưởng Bộ Nông nghiệp và Môi trường – Trưởng ban\n"
             "2. Đồng chí Đoàn Trọng Nghĩa, Cục trưởng Cục Địa chất và Khoáng sản Việt Nam – Thành viên\n"
             "3. Đồng chí Đỗ Xuân Kha, Liên đoàn trưởng Liên đoàn Bản đồ địa chất miền Bắc – Thành viên\n")
    assert posts(ex, "Quách Đình Tuệ") == {("Bộ trưởng", "Bộ Nông nghiệp và Môi trường"), ("Trưởng ban", "Ban Lễ tang")}
    assert posts(ex, "Đoàn Trọng Nghĩa") == {("Cục trưởng", "Cục Địa chất và Khoáng sản Việt Nam"),
                                             ("Thành viên", "Ban Lễ tang")}
    assert posts(ex, "Đỗ Xuân Kha") == {("Liên đoàn trưởng", "Liên đoàn Bản đồ địa chất miền Bắc"),
                                        ("Thành viên", "Ban Lễ tang")}


def test_a_national_association_s_central_organ_is_named_as_written():
    ex = run("Dự có bà Bế Thị Thu Hương, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam; ông Lâm Văn Bửu, Phó "
             "Chủ tịch Hội Nông dân Việt Nam; ông Lê Văn Bảy, Chủ tịch Hội Khuyến học Việt Nam; bà Lê Thị Hồng "
             "Quyên, Phó Chủ tịch Thường trực Hội CTĐ tỉnh Đắk Lắk.")
    assert posts(ex, "Bế Thị Thu Hương") == {("Phó Chủ tịch", "Trung ương Hội Chữ thập đỏ Việt Nam")}
    assert posts(ex, "Lâm Văn Bửu") == {("Phó Chủ tịch", "Hội Nông dân Việt Nam")}
    assert posts(ex, "Lê Văn Bảy") == {("Chủ tịch", "Hội Khuyến học Việt Nam")}
    assert posts(ex, "Lê Thị Hồng Quyên") == {("Phó Chủ tịch Thường trực", "Hội Chữ thập đỏ tỉnh Đắk Lắk")}


def test_a_heading_in_capitals_names_the_body_of_its_rows_bare_titles():
    ex = run("Sáng 26/8, Ủy ban MTTQ Việt Nam tỉnh Kon Tum khóa XI tổ chức hội nghị lần thứ nhất.\n\n"
             "DANH SÁCH BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM KHÓA XI\n"
             "TT | Họ và tên | Chức danh\n"
             "1 | Phạm Khắc Duy | Phó Chủ tịch\n"
             "2 | Hồ Văn Hiển | Ủy viên Thường trực, Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh\n\n"
             "BAN THƯỜNG VỤ HỘI LHPN TỈNH KHÓA XV\n"
             "- Đàm Thị Thúy Nga - Ủy viên BTV, Chánh Văn phòng Hội LHPN tỉnh\n")
    mttq = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"
    assert posts(ex, "Phạm Khắc Duy") == {("Phó Chủ tịch", mttq)}
    assert ("Ủy viên Thường trực", mttq) in posts(ex, "Hồ Văn Hiển")
    assert ("Ủy viên", "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Kon Tum") in posts(ex, "Đàm Thị Thúy Nga")


def test_a_list_after_a_semicolon_shares_the_owner_of_the_list_before_and_units_of_farms_and_forests():
    ex = run("Trường Đại học Cần Thơ trực thuộc Bộ GD&ĐT. Hiện Trường có 4 trường thuộc gồm: Trường Bách khoa, "
             "Trường Kinh tế, Trường Nông nghiệp, Trường Thủy sản; 4 viện nghiên cứu gồm: Viện Nghiên cứu Biến đổi "
             "khí hậu, Viện Công nghệ sinh học và Thực phẩm. Chi cục Kiểm lâm hiện có 9 hạt kiểm lâm, trong đó có "
             "Hạt Kiểm lâm Hướng Hóa và Hạt Kiểm lâm Đakrông quản lý vùng rừng biên giới. Công ty TNHH MTV Cao su "
             "Chư Sê có 6 nông trường và 1 nhà máy, gồm: Nông trường Ia Ko, Nông trường Ia Pal và Nhà máy Chế biến "
             "mủ cao su Chư Sê.")
    pairs = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Viện Công nghệ sinh học và Thực phẩm", "Trường Đại học Cần Thơ") in pairs
    assert ("Trường Thủy sản", "Trường Đại học Cần Thơ") in pairs
    assert ("Hạt Kiểm lâm Đakrông", "Chi cục Kiểm lâm") in pairs
    assert ("Nhà máy Chế biến mủ cao su Chư Sê", "Công ty TNHH MTV Cao su Chư Sê") in pairs
    assert not any(parent == "Trường Thủy sản" for _, parent in pairs)


def test_a_department_a_leadership_board_and_a_school_called_back_by_head_letters_or_lower_case():
    ex = run("Ông Trần Nghĩa Hiệp được bổ nhiệm giữ chức Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Trị. "
             "Phó Chủ tịch UBND tỉnh trao quyết định cho Giám đốc Sở Trần Nghĩa Hiệp và các Phó Giám đốc Hồ Thị Na, "
             "Ngô Văn Thuận. UBND tỉnh bổ nhiệm ông Cấn Minh Đức giữ chức Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ. "
             "Như vậy, Ban Giám đốc bệnh viện hiện gồm Giám đốc Cấn Minh Đức và các Phó Giám đốc: Tống Văn Lộc, "
             "Xa Thị Hường. Sáng 18/11, Trường Đại học Cần Thơ (ĐHCT) công bố quyết định công nhận ông Từ Thanh "
             "Nghĩa giữ chức Hiệu trưởng Trường ĐHCT. ĐHCT trực thuộc Bộ GD&ĐT.")
    assert posts(ex, "Hồ Thị Na") == {("Phó Giám đốc", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị")}
    assert posts(ex, "Tống Văn Lộc") == {("Phó Giám đốc", "Bệnh viện Đa khoa tỉnh Phú Thọ")}
    assert posts(ex, "Từ Thanh Nghĩa") == {("Hiệu trưởng", "Trường Đại học Cần Thơ")}
    assert {(op.org.name, op.parent.name) for op in ex.org_parents} == {
        ("Trường Đại học Cần Thơ", "Bộ Giáo dục và Đào tạo")}


def test_a_branch_s_place_sets_no_other_body_s_and_a_city_ends_a_described_name_once():
    ex = run("Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi tổ chức Đại hội. Dự đại hội có ông Lạc Văn Thịnh, Giám đốc "
             "VCCI Chi nhánh Đà Nẵng; ông Văn Minh Tuấn, Giám đốc Sở Kế hoạch và Đầu tư. Người làm chứng là bà Lạc "
             "Thị Yến, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội.")
    assert posts(ex, "Văn Minh Tuấn") == {("Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi")}
    assert posts(ex, "Lạc Thị Yến") == {
        ("Phó Giám đốc", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội")}


def test_a_bare_party_committee_in_a_corporation_s_congress_is_the_corporation_s():
    ex = run("Đại hội đại biểu Đảng bộ Tổng công ty Điện lực miền Trung lần thứ V diễn ra tại Đà Nẵng. Dự đại hội có "
             "đồng chí Hầu Văn Khởi, Phó Bí thư Đảng ủy Tập đoàn Điện lực Việt Nam. Đoàn Chủ tịch gồm các đồng chí: "
             "Võ Đình Thạnh, Bí thư Đảng ủy; Đinh Thị Mỹ Lệ, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy "
             "Tổng công ty.")
    host = "Tổng công ty Điện lực miền Trung"
    assert posts(ex, "Võ Đình Thạnh") == {("Bí thư", f"Đảng ủy {host}")}
    assert posts(ex, "Đinh Thị Mỹ Lệ") == {("Ủy viên", f"Ban Thường vụ Đảng ủy {host}"),
                                           ("Chủ nhiệm", f"Ủy ban Kiểm tra Đảng ủy {host}")}
    assert posts(ex, "Hầu Văn Khởi") == {("Phó Bí thư", "Đảng ủy Tập đoàn Điện lực Việt Nam")}


def test_boards_named_alone_in_a_corporation_s_congress_are_its_party_committee_s():
    ex = run("Đại hội đại biểu Đảng bộ Tổng công ty Lương thực miền Nam lần thứ VII diễn ra ngày 10/7. Đại hội "
             "đã bầu đoàn đại biểu đi dự Đại hội Đảng bộ Chính phủ và thông qua dự thảo văn kiện trình Đại hội "
             "Đảng bộ Chính phủ. Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ Tổng công ty đã bầu Ban Thường vụ "
             "gồm 3 đồng chí: đồng chí Lò Văn Khiêm – Tổng Giám đốc, đồng chí Hà Thị Nguyệt – Phó Tổng Giám "
             "đốc, đồng chí Đàm Quang Vỹ – Kế toán trưởng. Hội nghị cũng bầu Ủy ban Kiểm tra Đảng ủy gồm 5 đồng "
             "chí, đồng chí Hà Thị Nguyệt được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra.")
    board = "Ban Thường vụ Đảng ủy Tổng công ty Lương thực miền Nam"
    assert ("Ủy viên", board) in posts(ex, "Lò Văn Khiêm")
    assert ("Ủy viên", board) in posts(ex, "Đàm Quang Vỹ")
    assert {("Ủy viên", board), ("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy Tổng công ty Lương thực miền Nam")} \
        <= posts(ex, "Hà Thị Nguyệt")
    # a body whose Party committee the story names once, in passing, lends no board its name
    ex = run("Đảng bộ quân sự tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ I. Thay mặt Đảng ủy Quân khu 7, "
             "Thiếu tướng Phan Văn Khởi phát biểu. Ủy ban Kiểm tra Đảng ủy gồm 5 đồng chí, Thượng tá Lò Văn "
             "Quyết được chỉ định giữ chức Chủ nhiệm Ủy ban Kiểm tra.")
    assert not any("Quân khu 7" in org for _, org in posts(ex, "Lò Văn Quyết"))


def test_a_body_that_says_whose_member_it_is_and_counts_its_own_units():
    ex = run("Hội Nông dân tỉnh Trà Vinh là thành viên của Ủy ban MTTQ Việt Nam tỉnh. Tổng công ty Điện lực miền Bắc "
             "hiện là đơn vị thành viên của Tập đoàn Điện lực Việt Nam. Liên minh HTX tỉnh Bình Phước là thành viên "
             "của Liên minh HTX Việt Nam, hiện có 3 đơn vị trực thuộc gồm: Văn phòng Liên minh, Quỹ Hỗ trợ phát "
             "triển hợp tác xã và Trung tâm Tư vấn và Hỗ trợ hợp tác xã.")
    pairs = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Hội Nông dân tỉnh Trà Vinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh") in pairs
    assert ("Tổng công ty Điện lực miền Bắc", "Tập đoàn Điện lực Việt Nam") in pairs
    assert ("Liên minh Hợp tác xã tỉnh Bình Phước", "Liên minh Hợp tác xã Việt Nam") in pairs
    assert ("Quỹ Hỗ trợ phát triển hợp tác xã", "Liên minh Hợp tác xã tỉnh Bình Phước") in pairs
    assert not any(parent == "Liên minh Hợp tác xã Việt Nam" and child != "Liên minh Hợp tác xã tỉnh Bình Phước"
                   for child, parent in pairs)


def test_a_district_portal_s_masthead_names_its_province_and_a_place_s_name_ends_at_its_line():
    from cadregraph.extract.context import ArticleContext
    from cadregraph.extract.gazetteer import load
    text = ("Cổng thông tin điện tử huyện Càng Long\n\nHĐND huyện Càng Long\nĐoàn giám sát của HĐND tỉnh họp. Bà "
            "Thạch Thị Sa Ly, Phó Chủ tịch HĐND tỉnh chủ trì.")
    ctx = ArticleContext(normalise(Article(id="t", text=text)), load())
    assert ctx.subject_province is not None and ctx.subject_province.name == "Trà Vinh"
    assert [p.name for _, p in ctx.places if p.level == "district"] == ["Càng Long", "Càng Long"]


def test_units_a_proposal_would_set_up_are_no_structure_yet():
    ex = extract(normalise(Article(id="t", text=(
        "Kỳ họp HĐND xã Vĩnh Kim. UBND xã trình Tờ trình về việc thành lập cơ quan chuyên môn gồm Phòng Kinh tế, "
        "Phòng Văn hóa - Xã hội thuộc UBND xã Vĩnh Kim. Trung tâm Phục vụ hành chính công trực thuộc Văn phòng UBND "
        "tỉnh Đắk Nông đi vào hoạt động."))))
    pairs = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Trung tâm Phục vụ hành chính công", "Văn phòng Ủy ban nhân dân tỉnh Đắk Nông") in pairs
    assert not any(child.startswith("Phòng") for child, _ in pairs)


def test_a_body_named_beside_a_planned_election_keeps_its_parent():
    ex = extract(normalise(Article(id="t", text=(
        "Quốc hội đã nghe báo cáo; cùng với đó là dự kiến bầu Chủ nhiệm Ủy ban Công tác đại biểu của Quốc hội "
        "trong chiều cùng ngày."))))
    assert ("Ủy ban Công tác đại biểu", "Quốc hội") in {(op.org.name, op.parent.name) for op in ex.org_parents}


def test_units_a_body_counts_as_directly_under_it_and_named_after_la():
    ex = run("Sở Nội vụ tỉnh Cao Bằng có 6 phòng chuyên môn và 2 đơn vị trực thuộc là Ban Thi đua - Khen thưởng và "
             "Chi cục Văn thư - Lưu trữ. Huyện có 3 xã trực thuộc là Đức Long và Đức Xuân.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert got == {("Ban Thi đua - Khen thưởng tỉnh Cao Bằng", "Sở Nội vụ tỉnh Cao Bằng"),
                   ("Chi cục Văn thư - Lưu trữ", "Sở Nội vụ tỉnh Cao Bằng")}


def test_bodies_described_by_who_assigns_them_are_listed_under_no_parent():
    ex = run("UBND tỉnh Đồng Nai công bố quyết định hợp nhất 4 Hội do Đảng, Nhà nước giao nhiệm vụ cấp tỉnh, gồm: Hội "
             "Chữ thập đỏ, Hội Người mù, Hội Luật gia và Hội Nhà báo. Cơ cấu tổ chức của Sở Nội vụ tỉnh Đồng Nai gồm: "
             "Văn phòng Sở, Thanh tra Sở và Chi cục Văn thư - Lưu trữ.")
    parents = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert not any(parent == "Nhà nước" for _, parent in parents)
    assert ("Chi cục Văn thư - Lưu trữ", "Sở Nội vụ tỉnh Đồng Nai") in parents
    ex = run("Cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ gồm: Văn phòng, Thanh tra và Phòng "
             "Quản lý văn hóa.")
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {
        (unit, "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ")
        for unit in ("Văn phòng", "Thanh tra", "Phòng Quản lý văn hóa")}


def test_a_unit_of_a_ministry_written_with_cua():
    ex = run("Ông Lê Văn An, Vụ trưởng Vụ Pháp chế của Bộ Tài chính cho biết. Bà Hà Thị Lan, Vụ trưởng Vụ Tổ chức cán "
             "bộ của Bộ Nội vụ dự.")
    assert posts(ex, "Lê Văn An") == {("Vụ trưởng", "Vụ Pháp chế")}
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {("Vụ Pháp chế", "Bộ Tài chính"),
                                                                     ("Vụ Tổ chức cán bộ", "Bộ Nội vụ")}


def test_a_province_s_earlier_name_before_it_was_renamed():
    ex = run("Đồng chí Lê Văn Phước - Tỉnh ủy viên, Bí thư Huyện ủy Quảng Điền giữ chức Phó Trưởng ban Tuyên giáo Tỉnh ủy.",
             published=date(2021, 6, 9))
    assert posts(ex, "Lê Văn Phước") >= {("Ủy viên", "Tỉnh ủy Thừa Thiên Huế"),
                                         ("Phó Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế")}
    ex = run("Tại Huế, đồng chí Lê Văn Phước - Thành ủy viên, Bí thư Đảng ủy phường Phú Xuân phát biểu.",
             published=date(2025, 9, 9))
    assert ("Ủy viên", "Thành ủy Huế") in posts(ex, "Lê Văn Phước")


def test_a_body_said_to_serve_bodies_of_its_place_after_a_fronted_place():
    ex = run("Tại Nghệ An, Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh. Văn phòng Đoàn đại biểu Quốc hội "
             "và Hội đồng nhân dân tỉnh là cơ quan tham mưu, giúp việc của Đoàn đại biểu Quốc hội, Hội đồng nhân dân "
             "tỉnh. Cục Kiểm tra sau thông quan là đơn vị trực thuộc Tổng cục Hải quan, Bộ Tài chính.")
    office = "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Nghệ An"
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} == {
        ("Sở Nội vụ tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
        (office, "Đoàn đại biểu Quốc hội tỉnh Nghệ An"), (office, "Hội đồng nhân dân tỉnh Nghệ An"),
        ("Cục Kiểm tra sau thông quan", "Tổng cục Hải quan"), ("Tổng cục Hải quan", "Bộ Tài chính")}


def test_a_unit_s_name_in_a_semicolon_list_runs_past_cac_to_its_item_s_end():
    ex = run("Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang có 4 phòng gồm: Văn phòng; Phòng Lý luận chính trị, Lịch sử "
             "Đảng; Phòng Dân vận các cơ quan nhà nước, dân tộc và tôn giáo; Phòng Đoàn thể và các Hội.")
    board = "Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang"
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} >= {
        ("Phòng Dân vận các cơ quan nhà nước, dân tộc và tôn giáo", board), ("Phòng Đoàn thể và các Hội", board)}


def test_units_counted_as_founded_under_a_body_and_named_later_as_founded():
    ex = run("Ngày 1/8, Chủ tịch UBND tỉnh Hà Tĩnh ký quyết định thành lập 2 chi cục trực thuộc Sở Nông nghiệp và Phát "
             "triển nông thôn tỉnh Hà Tĩnh.\n\nTheo đó, Chi cục Kiểm lâm Hà Tĩnh được thành lập trên cơ sở sáp nhập Chi "
             "cục Kiểm lâm và Chi cục Phát triển lâm nghiệp.\n\nChi cục Thủy lợi Hà Tĩnh được thành lập trên cơ sở tổ "
             "chức lại Chi cục Đê điều.")
    department = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh"
    assert {(p.org.name, p.parent.name) for p in ex.org_parents} >= {
        ("Chi cục Kiểm lâm Hà Tĩnh", department), ("Chi cục Thủy lợi Hà Tĩnh", department)}


def test_a_task_board_s_name_runs_past_a_capitalised_topic_word_that_is_no_unit():
    ex = run("Ông Lê Trung Chinh, Trưởng ban Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và Phòng thủ dân sự "
             "thành phố Đà Nẵng chủ trì cuộc họp.")
    person = next(p for p in ex.persons if p.name == "Lê Trung Chinh")
    assert {x.org.name for x in person.positions} == {
        "Ban Chỉ huy Phòng, chống thiên tai, tìm kiếm cứu nạn và Phòng thủ dân sự thành phố Đà Nẵng"}


def test_a_school_named_after_a_field_of_law_and_ministries_abbreviated_with_a_dash_or_joined():
    ex = run("Ông Quách Đình Khôi, Hiệu trưởng Trường ĐH Luật TP.HCM, nhận quyết định từ Thứ trưởng Bộ GD-ĐT Hà "
             "Minh Tuệ. Dự có bà Lý Thị Lan, Phó Giám đốc Sở VHTTDL tỉnh Nam Định.")
    assert posts(ex, "Quách Đình Khôi") == {("Hiệu trưởng", "Trường Đại học Luật Thành phố Hồ Chí Minh")}
    assert posts(ex, "Hà Minh Tuệ") == {("Thứ trưởng", "Bộ Giáo dục và Đào tạo")}
    assert posts(ex, "Lý Thị Lan") == {("Phó Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định")}


def test_a_mass_organisation_s_central_boards_named_like_the_party_s():
    ex = run("Dự có bà Hồ Thị Kiều Oanh, Phó Trưởng Ban Tổ chức Trung ương Hội Nông dân Việt Nam; chị Âu Thị Kim Loan, "
             "Trưởng Ban Tổ chức T.Ư Đoàn; ông Lê Khả Phiêu Tài, Trưởng Ban Tổ chức Trung ương.")
    assert posts(ex, "Hồ Thị Kiều Oanh") == {("Phó Trưởng ban", "Ban Tổ chức Trung ương Hội Nông dân Việt Nam")}
    assert posts(ex, "Âu Thị Kim Loan") == {
        ("Trưởng ban", "Ban Tổ chức Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")}
    assert posts(ex, "Lê Khả Phiêu Tài") == {("Trưởng ban", "Ban Tổ chức Trung ương")}


def test_a_military_party_committee_by_its_letters():
    ex = run("Bộ CHQS tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị. Dự có ông Đào Quang Thiệu, Bí thư Tỉnh ủy, Bí thư "
             "ĐUQS tỉnh. Đại tá Vương Đình Lộc được chỉ định giữ chức Phó Bí thư ĐUQS tỉnh.")
    assert ("Bí thư", "Đảng ủy Quân sự tỉnh Bà Rịa - Vũng Tàu") in posts(ex, "Đào Quang Thiệu")
    assert posts(ex, "Vương Đình Lộc") == {("Phó Bí thư", "Đảng ủy Quân sự tỉnh Bà Rịa - Vũng Tàu")}


def test_a_bare_ministry_word_is_the_ministry_a_neighbouring_title_names_as_its_unit_s_host():
    ex = run("Ông Hầu A Páo, Chánh Văn phòng Bộ Y tế, được chỉ định giữ chức Phó Bí thư Đảng ủy Bộ.")
    assert posts(ex, "Hầu A Páo") == {("Chánh Văn phòng", "Văn phòng Bộ Y tế"), ("Phó Bí thư", "Đảng ủy Bộ Y tế")}


def test_units_a_ministry_s_decree_lists_in_the_sentence_after_its_count():
    ex = run("Theo Nghị định, Bộ Nội vụ có 17 đầu mối, gồm 8 vụ, 4 cục và 5 đơn vị khác. Cụ thể, các tổ chức hành "
             "chính giúp Bộ trưởng thực hiện chức năng quản lý nhà nước gồm: Vụ Tổ chức - Biên chế, Vụ Công tác "
             "thanh niên và Bình đẳng giới, Thanh tra Bộ, Cục Việc làm và Cục Người có công.")
    got = {(p.org.name, p.parent.name) for p in ex.org_parents}
    assert {(unit, "Bộ Nội vụ") for unit in ("Vụ Tổ chức - Biên chế", "Vụ Công tác thanh niên và Bình đẳng giới",
                                              "Cục Việc làm", "Cục Người có công")} <= got


def test_a_unit_named_after_four_capitalised_fields_joined_by_commas_and_và():
    ex = run("Ông Lê Văn Hòa, Vụ trưởng Vụ Khoa học, Giáo dục, Tài nguyên và Môi trường, Bộ Kế hoạch và Đầu tư phát biểu.")
    assert posts(ex, "Lê Văn Hòa") == {("Vụ trưởng", "Vụ Khoa học, Giáo dục, Tài nguyên và Môi trường")}


def test_the_members_of_a_founded_executive_board_hold_its_roles():
    ex = run("QUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban Điều hành Chương trình phòng chống đuối nước trẻ em tỉnh Bạc Liêu (gọi "
             "tắt là Ban Điều hành), gồm các thành viên sau:\n1. Bà Thạch Thị Sa Ry, Phó Chủ tịch Ủy ban nhân dân tỉnh, "
             "Trưởng ban;\n2. Ông Trầm Văn Hên, Phó Bí thư Tỉnh Đoàn, Ủy viên.\nĐiều 2. Ban Điều hành có nhiệm vụ "
             "giúp Ủy ban nhân dân tỉnh.")
    board = "Ban Điều hành Chương trình phòng chống đuối nước trẻ em tỉnh Bạc Liêu"
    assert ("Trưởng ban", board) in posts(ex, "Thạch Thị Sa Ry")
    assert ("Ủy viên", board) in posts(ex, "Trầm Văn Hên")


def test_a_body_named_in_a_headline_with_no_stop_ends_with_the_headline():
    ex = run("Thủ tướng phê duyệt thành viên Hội đồng Thi đua - Khen thưởng Trung ương\n\n"
             "Thủ tướng Chính phủ vừa ký quyết định phê duyệt danh sách thành viên Hội đồng Thi đua - Khen thưởng "
             "Trung ương nhiệm kỳ 2021 – 2026. Thủ tướng Chính phủ Mạc Văn Hưng làm Chủ tịch Hội đồng.\n\n"
             "Hội đồng có các Phó Chủ tịch gồm: Phó Chủ tịch nước Lò Thị Diệp (Phó Chủ tịch thứ nhất Hội đồng); "
             "Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ninh Văn Thái.")
    council = "Hội đồng Thi đua - Khen thưởng Trung ương"
    assert ("Chủ tịch", council) in posts(ex, "Mạc Văn Hưng")
    assert ("Phó Chủ tịch thứ nhất", council) in posts(ex, "Lò Thị Diệp")
    assert ("Phó Chủ tịch", council) in posts(ex, "Ninh Văn Thái")


def test_a_founded_steering_committee_keeps_its_period_and_its_roles_handed_out_sentence_by_sentence():
    ex = run("UBND tỉnh Bến Tre ban hành Quyết định số 812/QĐ-UBND về việc thành lập Ban Chỉ đạo thực hiện các "
             "Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 tỉnh Bến Tre. Theo đó, Ban Chỉ đạo có 35 thành "
             "viên, do ông Lê Văn Khởi, Chủ tịch UBND tỉnh làm Trưởng ban.\n\n"
             "Ông Đoàn Văn Nhựt, Phó Chủ tịch UBND tỉnh làm Phó Trưởng ban Thường trực phụ trách Chương trình xây "
             "dựng nông thôn mới. Bà Từ Thị Xuyến, Giám đốc Sở Tài chính làm Phó Trưởng ban.")
    board = "Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 tỉnh Bến Tre"
    assert ("Trưởng ban", board) in posts(ex, "Lê Văn Khởi")
    assert ("Phó Trưởng ban Thường trực", board) in posts(ex, "Đoàn Văn Nhựt")
    assert ("Phó Trưởng ban", board) in posts(ex, "Từ Thị Xuyến")


def test_a_deputy_s_bare_title_handed_out_after_a_bare_head_s_is_not_of_a_member_s_own_board():
    ex = run("Ban Chỉ đạo tỉnh do ông Ma Văn Sình - Phó Chủ tịch UBND tỉnh Tuyên Quang làm Trưởng Ban; ông Hoàng "
             "Văn Pản - Trưởng Ban Dân tộc tỉnh làm Phó Trưởng Ban Thường trực; bà Nông Thị Lụa – Giám đốc Sở Tài "
             "chính làm Phó Trưởng Ban.")
    assert ("Trưởng ban", "Ban Dân tộc tỉnh Tuyên Quang") in posts(ex, "Hoàng Văn Pản")
    assert not any(org == "Ban Dân tộc tỉnh Tuyên Quang" for _, org in posts(ex, "Nông Thị Lụa"))
    # a deputy's title beside a head's named in full is still that body's
    ex = run("Bà Lò Thị Mai tái cử Chủ tịch Ủy ban MTTQ tỉnh Sơn La; các ông Cầm Văn Bình, Quàng Văn Hải giữ chức "
             "Phó Chủ tịch.")
    assert ("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc tỉnh Sơn La") in posts(ex, "Cầm Văn Bình")


def test_a_national_body_named_by_its_task_after_quoc_gia_or_nha_nuoc_ve():
    ex = run("Bà Hà Thị Diệu Linh, Phó Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, dự. Ông Lò Văn "
             "Tuấn, Phó Chủ tịch Ủy ban Quốc gia về người cao tuổi Việt Nam, phát biểu.")
    assert posts(ex, "Hà Thị Diệu Linh") == {("Phó Chủ nhiệm", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài")}
    assert posts(ex, "Lò Văn Tuấn") == {("Phó Chủ tịch", "Ủy ban Quốc gia về người cao tuổi Việt Nam")}


def test_a_unit_named_with_its_ministry_or_department_after_a_comma_outside_any_post():
    ex = run("Cơ quan điều tra khởi tố ông Đinh Quang Sửu, chuyên viên Phòng Quản lý đất đai, Sở TN-MT Cao Bằng. "
             "Đoàn công tác của Cục Quản lý giá, Bộ Tài chính làm việc tại tỉnh. Đại diện Cục Thuế, Bộ Công Thương, "
             "Bộ Xây dựng cùng dự.")
    pairs = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert ("Phòng Quản lý đất đai", "Sở Tài nguyên và Môi trường tỉnh Cao Bằng") in pairs
    assert ("Cục Quản lý giá", "Bộ Tài chính") in pairs
    assert not any(org == "Cục Thuế" for org, _ in pairs)       # (a list of bodies, no apposition)


def test_the_committee_organising_an_event_is_not_the_party_s_organisation_board():
    ex = run("Ông Võ Hồng Lĩnh, Bí thư Tỉnh ủy Hà Tĩnh làm Trưởng ban Tổ chức lễ tang tại Hà Tĩnh; ông Lê Bá Sơn, "
             "Chủ tịch UBND tỉnh Hà Tĩnh, làm Phó Trưởng ban. Ông Trần Văn Nghị, Trưởng Ban Tổ chức Tỉnh ủy Hà "
             "Tĩnh, dự.")
    assert ("Trưởng ban", "Ban Tổ chức lễ tang tại Hà Tĩnh") in posts(ex, "Võ Hồng Lĩnh")
    assert not any(org == "Ban Tổ chức Tỉnh ủy Hà Tĩnh" for _, org in posts(ex, "Lê Bá Sơn"))
    assert posts(ex, "Trần Văn Nghị") == {("Trưởng ban", "Ban Tổ chức Tỉnh ủy Hà Tĩnh")}


def test_a_ministry_s_units_listed_after_a_count_with_units_counted_not_named():
    ex = run("Trường Đại học Nội vụ Hà Nội sáp nhập vào Học viện. Theo Nghị định, cơ cấu tổ chức Bộ Nội vụ có 20 đơn "
             "vị. Trong số này, 16 tổ chức hành chính giúp Bộ trưởng thực hiện chức năng quản lý nhà nước gồm: 11 "
             "vụ, Thanh tra, Văn phòng, Cục Văn thư và Lưu trữ nhà nước, Ban Tôn giáo Chính phủ.")
    pairs = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert {("Thanh tra", "Bộ Nội vụ"), ("Văn phòng", "Bộ Nội vụ"), ("Cục Văn thư và Lưu trữ nhà nước", "Bộ Nội vụ"),
            ("Ban Tôn giáo Chính phủ", "Bộ Nội vụ")} <= pairs


def test_a_steering_committee_named_by_a_task_with_a_span_of_years():
    ex = run("Thủ tướng ký Quyết định 271 về việc thành lập Ban Chỉ đạo tổng kết 20 năm thực hiện mô hình tổ chức bộ "
             "máy của Chính phủ. Theo đó, Phó Thủ tướng Tạ Quang Lực làm Phó Trưởng ban.")
    assert ("Phó Trưởng ban", "Ban Chỉ đạo tổng kết 20 năm thực hiện mô hình tổ chức bộ máy của Chính phủ") \
        in posts(ex, "Tạ Quang Lực")


def test_a_name_runs_over_và_joining_two_fields_in_lower_case_but_not_over_people_or_a_second_body():
    ex = run("Cùng đi có ông Trịnh Hữu Lực, Vụ trưởng Vụ Phát triển khoa học và công nghệ địa phương, Bộ Khoa học và "
             "Công nghệ. Ông Phạm Quốc Nhật, Phó Giám đốc Trung tâm Giáo dục nghề nghiệp và chuyển giao công nghệ, "
             "phát biểu. Ông Lê Văn Tám, Viện trưởng Viện Dinh dưỡng và cán bộ, nhân viên của Viện dự. UBND tỉnh tổ "
             "chức lại Chi cục Thú y và phòng Chăn nuôi thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn.")
    assert posts(ex, "Trịnh Hữu Lực") == {("Vụ trưởng", "Vụ Phát triển khoa học và công nghệ địa phương")}
    assert posts(ex, "Phạm Quốc Nhật") == {("Phó Giám đốc", "Trung tâm Giáo dục nghề nghiệp và chuyển giao công nghệ")}
    assert posts(ex, "Lê Văn Tám") == {("Viện trưởng", "Viện Dinh dưỡng")}
    assert not [op for op in ex.org_parents if "Chăn nuôi" in op.org.name and "Thú y" in op.org.name]


def test_a_header_s_body_glossed_in_brackets_still_gives_the_listed_persons_their_post():
    ex = run("Ban tổ chức công bố Quyết định số 4521/QĐ-BCA ngày 27/6/2025 của Bộ trưởng Bộ Công an về việc bổ nhiệm 9 "
             "đồng chí giữ chức vụ Phó Giám đốc Công an tỉnh Tuyên Quang (sau hợp nhất), trong đó có Đại tá Lý Văn "
             "Páo, Thượng tá Ma Thị Dung và Thượng tá Sùng Mí Chứ.")
    for name in ("Lý Văn Páo", "Ma Thị Dung", "Sùng Mí Chứ"):
        assert posts(ex, name) == {("Phó Giám đốc", "Công an tỉnh Tuyên Quang")}


def test_a_structure_stated_paragraphs_before_a_list_in_a_cited_title_heads_no_list():
    ex = run("Việc chuyển giao thực hiện theo Nghị quyết số 176/2025/QH15 của Quốc hội về cơ cấu tổ chức của Chính phủ.\n"
             "Dự buổi lễ có Bộ trưởng Bộ Tài chính Vương Đức Thuận.\n"
             "Bộ trưởng khẳng định các doanh nghiệp là lực lượng nòng cốt của nền kinh tế.\n"
             "Các đơn vị được chuyển giao gồm: Tập đoàn Dầu khí Việt Nam, Tập đoàn Điện lực Việt Nam, Tập đoàn Hóa "
             "chất Việt Nam.\n"
             "Chính phủ ban hành Nghị định quy định chức năng, nhiệm vụ và cơ cấu tổ chức của Bộ Nội vụ.\n"
             "Theo đó, Bộ có các đơn vị gồm: Vụ Tổ chức cán bộ; Vụ Pháp chế; Cục Việc làm.")
    parents = {(op.org.name, op.parent.name) for op in ex.org_parents}
    assert not [p for p in parents if p[1] == "Chính phủ"]
    assert {("Vụ Pháp chế", "Bộ Nội vụ"), ("Cục Việc làm", "Bộ Nội vụ")} <= parents


def test_theatres_museums_and_libraries_are_public_units_with_heads():
    ex = run("Dự lễ có NSND Lê Thị Hoa, Giám đốc Nhà hát Ca múa nhạc Việt Nam; ông Phan Văn Kiên, Giám đốc "
             "Bảo tàng tỉnh Quảng Bình và bà Đỗ Thị Yến, Phó Giám đốc Thư viện tỉnh Thái Bình.")
    assert posts(ex, "Lê Thị Hoa") == {("Giám đốc", "Nhà hát Ca múa nhạc Việt Nam")}
    assert posts(ex, "Phan Văn Kiên") == {("Giám đốc", "Bảo tàng tỉnh Quảng Bình")}
    assert posts(ex, "Đỗ Thị Yến") == {("Phó Giám đốc", "Thư viện tỉnh Thái Bình")}


def test_a_unit_s_name_goes_on_over_trong_nuoc_and_gin_giu():
    ex = run("Ông Hà Văn Khải, Phó Vụ trưởng Vụ Thị trường trong nước, và Đại tá Mai Đức Toàn, Phó Cục trưởng "
             "Cục Gìn giữ hòa bình Việt Nam, cùng dự hội thảo.")
    assert posts(ex, "Hà Văn Khải") == {("Phó Vụ trưởng", "Vụ Thị trường trong nước")}
    assert posts(ex, "Mai Đức Toàn") == {("Phó Cục trưởng", "Cục Gìn giữ hòa bình Việt Nam")}


def test_a_people_s_council_board_written_in_lower_case_is_still_a_board():
    ex = run("Bà Trương Thị Bích Hằng, trưởng Ban pháp chế HĐND TP Đà Nẵng, và ông Y Bô Niê, Phó trưởng ban dân tộc "
             "HĐND tỉnh Đắk Lắk, cùng phát biểu.")
    assert {(t, o.casefold()) for t, o in posts(ex, "Trương Thị Bích Hằng")} == {
        ("Trưởng ban", "ban pháp chế hội đồng nhân dân thành phố đà nẵng")}
    assert {(t, o.casefold()) for t, o in posts(ex, "Y Bô Niê")} == {
        ("Phó Trưởng ban", "ban dân tộc hội đồng nhân dân tỉnh đắk lắk")}


def test_the_heads_of_ranger_stations_commune_health_stations_and_a_ministry_s_spokesperson():
    ex = run("Dự có ông Lương Văn Hùng, Hạt trưởng Hạt Kiểm lâm huyện Quế Phong; bà Vi Thị Hạnh, Trạm trưởng Trạm Y tế "
             "xã Châu Kim và bà Phạm Thu Hằng, Người phát ngôn Bộ Ngoại giao.")
    assert posts(ex, "Lương Văn Hùng") == {("Hạt trưởng", "Hạt Kiểm lâm huyện Quế Phong")}
    assert posts(ex, "Vi Thị Hạnh") == {("Trạm trưởng", "Trạm Y tế xã Châu Kim")}
    assert posts(ex, "Phạm Thu Hằng") == {("Người phát ngôn", "Bộ Ngoại giao")}


def test_the_youth_union_of_a_body_is_named_with_the_body():
    ex = run("Anh Đặng Quốc Toàn, Bí thư Đoàn Thanh niên Công an tỉnh Hà Tĩnh, và chị Lê Thu Hà, Bí thư Đoàn Thanh niên "
             "Bộ Tư pháp, cùng phát biểu.")
    assert posts(ex, "Đặng Quốc Toàn") == {("Bí thư", "Đoàn Thanh niên Công an tỉnh Hà Tĩnh")}
    assert posts(ex, "Lê Thu Hà") == {("Bí thư", "Đoàn Thanh niên Bộ Tư pháp")}


def test_a_prize_or_a_fund_named_after_a_person_ends_with_that_name_and_is_no_person():
    ex = run("Anh Ngô Văn Cương, Bí thư Trung ương Đoàn, Chủ tịch Hội đồng xét Giải thưởng Lý Tự Trọng, công bố quyết định; "
             "ông Đỗ Văn Hưng, Chủ tịch Quỹ Học bổng Vừ A Dính, phát biểu.")
    assert {p.name for p in ex.persons} == {"Ngô Văn Cương", "Đỗ Văn Hưng"}
    assert ("Chủ tịch", "Hội đồng xét Giải thưởng Lý Tự Trọng") in posts(ex, "Ngô Văn Cương")
    assert posts(ex, "Đỗ Văn Hưng") == {("Chủ tịch", "Quỹ Học bổng Vừ A Dính")}


def test_a_company_s_own_words_that_look_like_a_name_stay_in_its_name():
    ex = run("Bà Đỗ Thị Hằng, Chủ tịch HĐQT Công ty CP Tập đoàn Sao Mai Xanh và ông Suzuki Kenji, Tổng Giám đốc Công ty TNHH "
             "Kyocera Document Solutions Việt Nam, cùng phát biểu tại hội nghị.")
    assert {p.name for p in ex.persons} == {"Đỗ Thị Hằng", "Suzuki Kenji"}
    assert posts(ex, "Suzuki Kenji") == {("Tổng Giám đốc", "Công ty TNHH Kyocera Document Solutions Việt Nam")}


def test_an_institution_called_by_its_first_words_before_a_comma_is_the_one_named_in_full():
    ex = run("Sáng 5/3/2025, Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức lễ công bố quyết định. Buổi lễ có sự tham dự "
             "của PGS.TS Đặng Xuân Thanh, Phó Chủ tịch Viện Hàn lâm, cùng lãnh đạo các ban chức năng.")
    assert posts(ex, "Đặng Xuân Thanh") == {("Phó Chủ tịch", "Viện Hàn lâm Khoa học xã hội Việt Nam")}


def test_a_bloc_s_party_committee_called_back_short_is_the_one_named_in_full():
    ex = run("Sáng 5/3/2025, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Giang tổ chức hội nghị. Đồng chí Lý Văn Tám, "
             "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối chủ trì.")
    assert ("Bí thư", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Hà Giang") in posts(ex, "Lý Văn Tám")


def test_heads_of_police_teams_army_units_investigation_agencies_and_prisons():
    ex = run("Dự có Trung tá Lê Thị Hoa, Đội trưởng Đội Tổng hợp, Phòng Tham mưu; Đại tá Lê Văn Nam, Phó Giám đốc Công an "
             "tỉnh, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh; Đại tá Trần Văn Bình, Giám thị Trại giam "
             "Xuân Hà và Đại tá Phan Văn Hòa, Đoàn trưởng Đoàn Kinh tế - Quốc phòng 4. Thiếu tướng Cao Văn Sơn, Thủ "
             "trưởng Bộ Tư lệnh Quân khu 4, cùng dự.")
    assert posts(ex, "Lê Thị Hoa") == {("Đội trưởng", "Đội Tổng hợp")}
    assert ("Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh") in posts(ex, "Lê Văn Nam")
    assert posts(ex, "Trần Văn Bình") == {("Giám thị", "Trại giam Xuân Hà")}
    assert posts(ex, "Phan Văn Hòa") == {("Đoàn trưởng", "Đoàn Kinh tế - Quốc phòng 4")}
    assert posts(ex, "Cao Văn Sơn") == set()


def test_a_district_whose_name_opens_with_a_single_letter_is_the_story_s_district():
    ex = run("Sáng 24/8/2024, Ban Thường vụ Huyện ủy U Minh tổ chức hội nghị. Đồng chí Lâm Quốc Trung, Phó Bí thư Huyện "
             "ủy, Chủ tịch UBND huyện dự.")
    assert posts(ex, "Lâm Quốc Trung") == {("Phó Bí thư", "Huyện ủy U Minh"), ("Chủ tịch", "Ủy ban nhân dân huyện U Minh")}


def test_the_special_cities_planning_and_architecture_department_is_the_city_s():
    ex = run("Sáng 5/3/2025, HĐND TP Hà Nội họp. Ông Nguyễn Trọng Kỳ Anh - giám đốc Sở Quy hoạch - Kiến trúc, phát biểu.")
    assert posts(ex, "Nguyễn Trọng Kỳ Anh") == {("Giám đốc", "Sở Quy hoạch - Kiến trúc thành phố Hà Nội")}


def test_a_ministry_department_s_lower_case_name_runs_on_through_va_and_a_market_is_no_town():
    ex = run("Ngày 5/3/2024, ông Vương Đức Minh, Cục trưởng Cục Quản lý nhà và thị trường bất động sản, Bộ Xây dựng, "
             "cho biết Thông tư đã được ban hành.")
    assert posts(ex, "Vương Đức Minh") == {("Cục trưởng", "Cục Quản lý nhà và thị trường bất động sản")}


def test_a_central_hospital_named_after_its_city_keeps_the_city_in_its_name():
    ex = run("Ngày 5/3/2024, ông Trịnh Văn Lộc, Giám đốc Bệnh viện Đa khoa Trung ương Cần Thơ, phát biểu tại lễ kỷ niệm.")
    assert posts(ex, "Trịnh Văn Lộc") == {("Giám đốc", "Bệnh viện Đa khoa Trung ương Cần Thơ")}


def test_tp_dot_before_a_province_s_name_is_its_provincial_city_unless_the_city_is_the_province():
    ex = run("Sáng 5/9/2024, UBND tỉnh Thái Bình họp ứng phó bão. Ông Nguyễn Văn Quang, Chủ tịch UBND TP. Thái Bình cho "
             "biết thành phố đã chuẩn bị 40 máy bơm. Ông Trần Việt Trường, Chủ tịch UBND TP. Cần Thơ, cùng dự.")
    assert posts(ex, "Nguyễn Văn Quang") == {("Chủ tịch", "Ủy ban nhân dân thành phố Thái Bình")}
    assert posts(ex, "Trần Việt Trường") == {("Chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ")}


def test_joining_the_executive_of_a_place_s_party_organisation_is_a_seat_in_its_committee():
    ex = run("Sáng 5/3/2025, Ban Thường vụ Tỉnh ủy Lâm Đồng công bố quyết định chỉ định đồng chí Đinh Thị Ngọc Hà, "
             "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, tham gia Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025.")
    assert ("Ủy viên", "Tỉnh ủy Lâm Đồng") in posts(ex, "Đinh Thị Ngọc Hà")
    ex = run("Sáng 5/3/2025, Ban Thường vụ Huyện ủy Đức Trọng chỉ định đồng chí Lê Văn Tám tham gia Ban Chấp hành Đảng "
             "bộ huyện.")
    assert posts(ex, "Lê Văn Tám") == {("Ủy viên", "Huyện ủy Đức Trọng")}


def test_a_front_board_named_past_a_dash_a_party_department_s_comma_pair_and_a_village_s_front_board():
    ex = run("Sáng 18/11/2024, tại buôn Ea Kmar, xã Ea Ning, huyện Cư Kuin, tỉnh Đắk Lắk tổ chức Ngày hội Đại đoàn "
             "kết toàn dân tộc. Dự có bà Lại Thị Thu Hà, Trưởng Ban Dân tộc - Tôn giáo Ủy ban Trung ương MTTQ Việt "
             "Nam; ông Tạ Quang Vinh, Phó Vụ trưởng Vụ Tổ chức đảng, đảng viên, Ban Tổ chức Trung ương. Ông Y Dhăm "
             "Ênuôl, Trưởng Ban Công tác Mặt trận buôn Ea Kmar cho biết buôn có 186 hộ.")
    assert posts(ex, "Lại Thị Thu Hà") == {
        ("Trưởng ban", "Ban Dân tộc - Tôn giáo Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
    assert posts(ex, "Tạ Quang Vinh") == {("Phó Vụ trưởng", "Vụ Tổ chức đảng, đảng viên")}
    assert posts(ex, "Y Dhăm Ênuôl") == {("Trưởng ban", "Ban Công tác Mặt trận buôn Ea Kmar")}
    assert {p.name for p in ex.persons} == {"Lại Thị Thu Hà", "Tạ Quang Vinh", "Y Dhăm Ênuôl"}
    assert [e.type for e in ex.events] == ["Ngày hội"]


def test_a_commander_titled_after_his_unit_alone_commands_the_unit_the_story_names():
    ex = run("Sáng 20/12/2024, Sư đoàn 316 tổ chức lễ ra quân huấn luyện. Dự buổi lễ có:\n- Đại tá Nguyễn Khắc Huy, Bí "
             "thư Đảng ủy, Chính ủy Sư đoàn;\n- Đại tá Đỗ Minh Khoa, Phó Bí thư Đảng ủy, Sư đoàn trưởng;\n- Các đồng "
             "chí Phó Sư đoàn trưởng: Thượng tá Vàng A Lềnh, Thượng tá Đỗ Quốc Việt.")
    assert ("Sư đoàn trưởng", "Sư đoàn 316") in posts(ex, "Đỗ Minh Khoa")
    for name in ("Vàng A Lềnh", "Đỗ Quốc Việt"):
        assert posts(ex, name) == {("Phó Sư đoàn trưởng", "Sư đoàn 316")}


def test_a_masthead_in_capitals_is_no_body_a_bare_party_committee_belongs_to():
    ex = run("BÁO HÀ TĨNH\nChính trị | Thứ Ba, 22/08/2023 - 17:40\nChiều 21/8, Công an tỉnh Hà Tĩnh tổ chức lễ công bố "
             "quyết định. Thiếu tướng Nguyễn Hồng Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công "
             "an tỉnh chủ trì buổi lễ.")
    assert ("Bí thư", "Đảng ủy Công an tỉnh Hà Tĩnh") in posts(ex, "Nguyễn Hồng Phong")


def test_a_cooperative_called_by_its_head_alone_is_the_one_named_before():
    ex = run("Ngày 23/9/2023, Thủ tướng đến thăm cánh đồng lúa của Hợp tác xã Nông nghiệp Hòa Tú, huyện Mỹ Xuyên. Ông "
             "Lưu Văn Sướng, Giám đốc Hợp tác xã giới thiệu mô hình liên kết.")
    assert posts(ex, "Lưu Văn Sướng") == {("Giám đốc", "Hợp tác xã Nông nghiệp Hòa Tú")}
