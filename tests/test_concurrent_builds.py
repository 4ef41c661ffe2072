"""Two builds of different inputs on one store at the same time give the
store that one of the two sequential orders gives: namesakes are never
merged because each build resolved against what it read before the other
committed (issue 17, defect 6)."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from cadregraph.api import KnowledgeGraph

PERSON = "https://w3id.org/cadregraph/id/person/"

# Two men named Nguyễn Văn Hùng: a minister in Hà Nội and the Party
# secretary of a commune in Nghệ An. Each input also carries articles about
# other officials, written before its namesake, so that the two builds
# take turns on the store before either reaches him.
MINISTER = [
    ("bo-vh-01", "2023-03-02", "Sáng 2/3, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức hội nghị triển khai "
                               "nhiệm vụ năm 2023. Đồng chí Tạ Quang Đông, Thứ trưởng Bộ Văn hóa, Thể thao và "
                               "Du lịch chủ trì hội nghị."),
    ("bo-vh-02", "2023-04-11", "Đồng chí Hoàng Đạo Cương, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch làm việc với "
                               "Ủy ban nhân dân tỉnh Quảng Ninh về phát triển du lịch biển."),
    ("bo-vh-03", "2023-05-20", "Đồng chí Trịnh Thị Thủy, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch dự lễ khai mạc "
                               "Tuần Văn hóa tại tỉnh Ninh Bình."),
    ("bo-vh-04", "2023-06-15", "Đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Văn hóa, Thể thao "
                               "và Du lịch chủ trì cuộc họp bàn về bảo tồn di sản tại Hà Nội. Bộ trưởng Nguyễn "
                               "Văn Hùng yêu cầu các đơn vị khẩn trương hoàn thiện hồ sơ di sản."),
]
SECRETARY = [
    ("xa-nam-01", "2023-03-05", "Chiều 5/3, Huyện ủy Nam Đàn, tỉnh Nghệ An tổ chức hội nghị sơ kết quý I. Đồng chí "
                                "Lê Văn Lương, Bí thư Huyện ủy Nam Đàn chủ trì hội nghị."),
    ("xa-nam-02", "2023-04-18", "Đồng chí Trần Thị Mai, Chủ tịch Ủy ban nhân dân huyện Nam Đàn, tỉnh Nghệ An kiểm "
                                "tra tiến độ xây dựng nông thôn mới."),
    ("xa-nam-03", "2023-05-22", "Đồng chí Phạm Văn Toàn, Phó Bí thư Huyện ủy Nam Đàn dự lễ kỷ niệm ngày sinh Chủ "
                                "tịch Hồ Chí Minh tại Khu di tích Kim Liên."),
    ("xa-nam-04", "2023-06-19", "Sáng 19/6, Đảng ủy xã Nam Giang, huyện Nam Đàn, tỉnh Nghệ An tổ chức hội nghị "
                                "sơ kết sáu tháng. Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy xã Nam Giang chủ trì "
                                "hội nghị và phát biểu kết luận."),
]


def _jsonl(path, articles) -> str:
    path.write_text("".join(json.dumps({"id": i, "published": d, "text": t}, ensure_ascii=False) + "\n"
                            for i, d, t in articles), encoding="utf-8")
    return str(path)


def _dump(store) -> bytes:
    with KnowledgeGraph(store) as kg:
        out = io.BytesIO()
        kg.dump(out, "nquads")
    return b"\n".join(sorted(out.getvalue().splitlines()))


def _build(inputs: str, store) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cadregraph", "build", inputs, "--store", str(store),
                             "--quiet", "--batch", "1"], stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("namesakes")
    return _jsonl(folder / "minister.jsonl", MINISTER), _jsonl(folder / "secretary.jsonl", SECRETARY)


@pytest.fixture(scope="module")
def sequential(inputs, tmp_path_factory):
    """The dumps of the two sequential orders, and the namesakes they keep apart."""
    dumps = []
    for order in (inputs, inputs[::-1]):
        store = tmp_path_factory.mktemp("sequential") / "store"
        for one in order:
            assert _build(one, store).wait(120) == 0
        dumps.append(_dump(store))
    return dumps


def test_sequential_orders_keep_the_namesakes_apart(sequential):
    for dump in sequential:
        hung = {line.split()[0] for line in dump.decode("utf-8").splitlines()
                if line.startswith(f"<{PERSON}nguyen-van-hung")}
        assert len(hung) == 2, hung
        assert b"SameAsCandidate" in dump


@pytest.mark.parametrize("attempt", range(2))
def test_two_builds_at_once_give_a_sequential_store(inputs, sequential, tmp_path, attempt):
    store = tmp_path / "store"
    first, second = (_build(one, store) for one in (inputs if attempt == 0 else inputs[::-1]))
    for proc in (first, second):
        assert proc.wait(180) == 0, proc.stderr.read()
    dump = _dump(store)
    hung = sorted({line.split()[0] for line in dump.decode("utf-8").splitlines()
                   if line.startswith(f"<{PERSON}nguyen-van-hung")})
    assert len(hung) == 2, f"the namesakes were merged into {hung}"
    assert dump in sequential, "the store differs from both sequential orders"
