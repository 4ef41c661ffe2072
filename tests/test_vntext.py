from cadregraph.vntext import comparable, fold, normalise_tones, slugify


def test_one_tone_style_for_both_placements():
    assert normalise_tones("Tỉnh uỷ Thanh Hoá, Hoà Bình, Thuỵ") == "Tỉnh ủy Thanh Hóa, Hòa Bình, Thụy"
    assert normalise_tones("quý, khuỷu, Hoàng, thuở") == "quý, khuỷu, Hoàng, thuở"
    assert normalise_tones("ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ") == "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"


def test_fold_and_slug():
    assert fold("Tô Lâm") == "to lam"
    assert fold("Đắk Lắk") == "dak lak"
    assert slugify("Phan Thăng An") == "phan-thang-an"
    assert slugify("58-QĐ/TW") == "58-qd-tw"
    assert comparable("Tỉnh uỷ  Kiên Giang") == comparable("tỉnh ủy kiên giang")
