from cadregraph.core.vntext import collation_key, comparable, fold, normalise_tones, slugify


def test_one_tone_style_for_both_placements():
    assert normalise_tones("Tỉnh uỷ Thanh Hoá, Hoà Bình, Thuỵ") == "Tỉnh ủy Thanh Hóa, Hòa Bình, Thụy"
    assert normalise_tones("quý, khuỷu, Hoàng, thuở") == "quý, khuỷu, Hoàng, thuở"
    assert normalise_tones("ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ") == "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"
    assert normalise_tones("Xoè hoa, THUỴ Khuê, hoạ sĩ, toà án, thuỷ lợi") == "Xòe hoa, THỤY Khuê, họa sĩ, tòa án, thủy lợi"


def test_fold_and_slug():
    assert fold("Tô Lâm") == "to lam"
    assert fold("Đắk Lắk") == "dak lak"
    assert slugify("Phan Thăng An") == "phan-thang-an"
    assert slugify("58-QĐ/TW") == "58-qd-tw"
    assert comparable("Tỉnh uỷ  Kiên Giang") == comparable("tỉnh ủy kiên giang")


def test_collation_follows_the_vietnamese_alphabet():
    names = ["Trần Văn Á", "Đỗ Thanh Bình", "Tôa", "Dương Văn An", "Tô Lâm", "Ăn", "Ân", "An", "Tô Lam",
             "Nguyễn Văn Hưng", "Nguyễn Văn Hùng"]
    assert sorted(names, key=collation_key) == [
        "An", "Ăn", "Ân", "Dương Văn An", "Đỗ Thanh Bình", "Nguyễn Văn Hùng", "Nguyễn Văn Hưng",
        "Tô Lam", "Tô Lâm", "Tôa", "Trần Văn Á"]
