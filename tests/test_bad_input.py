"""Bad input: each case gets what docs/input.md says. A bad article
never stops the others; the summary counts what was ingested and skipped,
and why; the exit status says whether anything was skipped."""
from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import unicodedata

import pytest

from cadregraph.api import KnowledgeGraph
from conftest import run_cli

SENTENCE = "Chiều 5/3/2024, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Thanh Hóa chủ trì hội nghị."
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(text: str) -> bytes:
    """Vietnamese as Windows saves it: base letters, then combining tone marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258")


def build(tmp_path, *files: tuple[str, bytes | str], extra: tuple[str, ...] = ()):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, content in files:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    store = tmp_path / "store"
    out = run_cli("build", str(folder), "--store", str(store), "--quiet", *extra)
    facts = json.loads(run_cli("facts", "--store", str(store)).stdout or "{}")
    return out, facts


def persons(facts, article):
    return [p["name"] for p in facts[article]["persons"]]


def test_empty_and_whitespace_files_are_skipped_and_said(tmp_path):
    out, facts = build(tmp_path, ("empty.txt", b""), ("blank.txt", " \n\t\n "), ("ok.txt", SENTENCE))
    assert out.returncode == 3
    assert "ingested 1 article(s)" in out.stderr and "2 skipped" in out.stderr
    assert "empty.txt: empty article (no text)" in out.stderr and "blank.txt: empty article" in out.stderr
    assert persons(facts, "ok") == ["Nguyễn Văn Hùng"]


def test_legacy_encodings_are_read(tmp_path):
    out, facts = build(tmp_path, ("win.txt", cp1258_bytes(SENTENCE)),
                       ("latin.txt", "Réunion à Hanoï: Nguyen Van A.".encode("latin-1")),
                       ("wide.txt", SENTENCE.encode("utf-16")), ("bom.txt", b"\xef\xbb\xbf" + SENTENCE.encode()))
    assert out.returncode == 0, out.stderr
    assert "win.txt: read as cp1258" in out.stderr and "latin.txt: read as latin-1" in out.stderr
    assert "wide.txt: read as utf-16" in out.stderr
    for article in ("win", "wide", "bom"):
        assert persons(facts, article) == ["Nguyễn Văn Hùng"], article
        assert facts[article]["persons"][0]["positions"] == [{"title": "Bí thư", "org": "Tỉnh ủy Thanh Hóa"}]
    with KnowledgeGraph(tmp_path / "store") as kg:
        headline = kg.query("PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/> "
                            "SELECT ?h WHERE { GRAPH ?a { ?a dcterms:identifier \"latin\" ; schema:headline ?h } }").records()
        bom = kg.query("PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/> "
                       "SELECT ?h WHERE { GRAPH ?a { ?a dcterms:identifier \"bom\" ; schema:headline ?h } }").records()
    assert headline[0]["h"].startswith("Réunion à Hanoï")
    assert bom[0]["h"].startswith("Chiều 5/3/2024")


def test_html_is_stripped_to_its_text(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>x</title><script>var s = 'Bí thư Tỉnh ủy';</script></head>"
            f"<body><nav>Trang chủ</nav><article><p>{SENTENCE}</p><p>Đồng chí Lê Văn Tám dự.</p></article>"
            "<footer>Phản hồi</footer></body></html>")
    out, facts = build(tmp_path, ("page.txt", page))
    assert out.returncode == 0 and "page.txt: HTML markup stripped" in out.stderr
    assert persons(facts, "page") == ["Nguyễn Văn Hùng", "Lê Văn Tám"]


def test_malformed_json_and_jsonl_name_file_and_line(tmp_path):
    good = json.dumps({"id": "j1", "text": SENTENCE}, ensure_ascii=False)
    other = json.dumps({"id": "j3", "text": SENTENCE.replace("Hùng", "Hưng")}, ensure_ascii=False)
    out, facts = build(tmp_path, ("broken.json", '{"id": "x", "text": "abc",,}'),
                       ("lines.jsonl", f"{good}\n{{broken\n[1, 2]\n{other}\n"),
                       ("notext.json", '{"id": "y", "body": "không có trường text"}'))
    assert out.returncode == 3
    assert "broken.json:1: malformed JSON" in out.stderr
    assert "lines.jsonl:2: malformed JSON" in out.stderr
    assert "lines.jsonl:3: expected an article object" in out.stderr
    assert 'notext.json: no "text" string' in out.stderr
    assert persons(facts, "j1") == ["Nguyễn Văn Hùng"] and persons(facts, "j3") == ["Nguyễn Văn Hưng"]


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path):
    text = json.dumps({"id": "s", "text": SENTENCE.replace("Hùng,", "Hùng\ud800,")})
    assert "\\ud800" in text
    out, facts = build(tmp_path, ("s.json", text))
    assert out.returncode == 0 and "lone surrogate code points replaced by U+FFFD" in out.stderr
    assert persons(facts, "s") == ["Nguyễn Văn Hùng"]


def test_namesakes_differing_only_in_diacritics_are_two_people(tmp_path):
    _, facts = build(tmp_path, ("a.txt", SENTENCE), ("b.txt", SENTENCE.replace("Hùng", "Hưng")))
    with KnowledgeGraph(tmp_path / "store") as kg:
        rows = kg.query("persons").records()
    assert sorted((r["name"], r["person"].rsplit("/", 1)[1]) for r in rows) == [
        ("Nguyễn Văn Hùng", "nguyen-van-hung"), ("Nguyễn Văn Hưng", "nguyen-van-hung-1022")]


def test_big_article_is_skipped_with_the_limit_named(tmp_path):
    big = "\n\n".join(f"{SENTENCE} (Mục {i})" for i in range(30_000))
    assert len(big.encode()) > 2_000_000
    out, facts = build(tmp_path, ("big.json", json.dumps({"id": "big", "text": big}, ensure_ascii=False)),
                       ("ok.txt", SENTENCE))
    assert out.returncode == 3
    assert "above the 2.0 MB limit (raise it with --max-article-mb)" in out.stderr
    assert list(facts) == ["ok"]


def test_duplicate_ids_with_other_text_are_refused_not_overwritten(tmp_path):
    first = json.dumps({"id": "same", "text": SENTENCE}, ensure_ascii=False)
    second = json.dumps({"id": "same", "text": SENTENCE.replace("Hùng", "Hưng")}, ensure_ascii=False)
    out, facts = build(tmp_path, ("dup.jsonl", f"{first}\n{second}\n"))
    assert out.returncode == 3
    assert "dup.jsonl:2: duplicate article id 'same' with different text (first kept)" in out.stderr
    assert persons(facts, "same") == ["Nguyễn Văn Hùng"]
    # a later build with other text under a stored id: refused, unless --replace
    changed = tmp_path / "changed.json"
    changed.write_text(second.replace('"same"', '"same"'), encoding="utf-8")
    again = run_cli("build", str(changed), "--store", str(tmp_path / "store"), "--quiet")
    assert again.returncode == 3 and "is already in the store with different text (use --replace" in again.stderr
    replaced = run_cli("build", str(changed), "--store", str(tmp_path / "store"), "--quiet", "--replace")
    assert replaced.returncode == 0 and "1 replaced" in replaced.stderr
    facts = json.loads(run_cli("facts", "--store", str(tmp_path / "store")).stdout)
    assert persons(facts, "same") == ["Nguyễn Văn Hưng"]


def test_invisible_and_control_characters_do_not_split_names(tmp_path):
    dirty = ("Chiều 5/3/2024, đồng chí Nguyễn\u200b Văn\u200f Hùng\u0007, Bí thư Tỉnh\u00a0ủy Thanh Hóa chủ trì "
             "hội nghị quán triệt Quy định số 58 – QĐ/TW, ngày 8-2-2022 của Bộ Chính trị.")
    _, facts = build(tmp_path, ("dirty.txt", dirty))
    assert persons(facts, "dirty") == ["Nguyễn Văn Hùng"]
    assert facts["dirty"]["persons"][0]["positions"] == [{"title": "Bí thư", "org": "Tỉnh ủy Thanh Hóa"}]
    assert [d["symbol"] for d in facts["dirty"]["documents"]] == ["58-QĐ/TW"]


def test_hostile_ids_never_become_paths_or_iris(tmp_path):
    lines = "\n".join(json.dumps({"id": i, "text": SENTENCE}, ensure_ascii=False)
                      for i in ("../../etc/passwd", "a/b\\c", "<script>", "Bài 1"))
    out, facts = build(tmp_path, ("ids.jsonl", lines))
    assert out.returncode == 0, out.stderr
    assert set(facts) == {"../../etc/passwd", "a/b\\c", "<script>", "Bài 1"}
    with KnowledgeGraph(tmp_path / "store") as kg:
        graphs = [g for g in kg.store.graph_names() if "/id/article/" in g]
    slugs = [g.rsplit("/id/article/", 1)[1] for g in graphs]
    assert all(s.replace("-", "").isalnum() and s.isascii() for s in slugs), slugs
    site = tmp_path / "site"
    assert run_cli("view", "--store", str(tmp_path / "store"), "-o", str(site)).returncode == 0
    written = {p.resolve() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(str(p).startswith(str(tmp_path.resolve())) for p in written)


@pytest.mark.slow
def test_a_folder_of_thousands_of_files(tmp_path):
    """Four times as many files as the build may hold open (its limit is
    set to 1,024): each is read, closed and ingested; the stray one is named."""
    folder = tmp_path / "many"
    folder.mkdir()
    given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Long", "Mai", "Nam"]
    for i in range(4_096):
        (folder / f"a{i:05d}.txt").write_text(
            f"Ngày {1 + i % 28}/{1 + i % 12}/2024, đồng chí Trần Văn {given[i % 10]}, "
            f"Phó Bí thư Tỉnh ủy Lạng Sơn dự hội nghị.\n", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    def open_files_limited() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))
    out = subprocess.run([sys.executable, "-m", "cadregraph", "build", str(folder), "--store", str(tmp_path / "store"),
                          "--quiet", "--jobs", "2", "--log", str(tmp_path / "log.tsv")],
                         capture_output=True, text=True, timeout=900, preexec_fn=open_files_limited)
    assert out.returncode == 3, out.stderr
    assert "ingested 4096 article(s)" in out.stderr
    assert (tmp_path / "log.tsv").read_text(encoding="utf-8").splitlines() == [
        f"skipped\t{folder / 'notes.docx'}\tnot an article file (.txt, .json, .jsonl, .html, .htm, .warc, .warc.gz, .arc, .arc.gz)"]


# ---------------------------------------------------------------- issue 17: nothing lost in the loader
THREE = ("Sáng 12/4/2024, đồng chí Trần Văn Minh, Bí thư Tỉnh ủy Nghệ An chủ trì hội nghị. "
         "Đồng chí Lê Thị Hoa, Phó Chủ tịch Ủy ban nhân dân tỉnh Nghệ An báo cáo. "
         "Dự hội nghị có đồng chí Phạm Quốc Hưng, Giám đốc Sở Tài chính tỉnh Nghệ An.")
THREE_NAMES = ["Trần Văn Minh", "Lê Thị Hoa", "Phạm Quốc Hưng"]


def jsonl_line(article_id: str, text: str = SENTENCE) -> str:
    return json.dumps({"id": article_id, "text": text}, ensure_ascii=False)


def test_a_deeply_nested_line_costs_only_its_own_line(tmp_path):
    lines = [jsonl_line(f"n{i}") for i in range(1, 4)] + ["[" * 100_000] + [jsonl_line(f"n{i}") for i in range(5, 9)]
    out, facts = build(tmp_path, ("nested.jsonl", "\n".join(lines) + "\n"),
                       ("nested.json", "[" * 100_000))
    assert out.returncode == 3, out.stderr
    assert "ingested 7 article(s)" in out.stderr
    assert "nested.jsonl:4: malformed JSON: nested too deeply" in out.stderr
    assert "nested.json: malformed JSON: nested too deeply" in out.stderr
    assert sorted(facts) == ["n1", "n2", "n3", "n5", "n6", "n7", "n8"]
    assert all(persons(facts, a) == ["Nguyễn Văn Hùng"] for a in facts)


def test_one_bad_byte_costs_nothing_but_that_character(tmp_path):
    lines = [jsonl_line(f"b{i}").encode() for i in range(1, 21)]
    lines[6] = lines[6].replace("nghị".encode(), b"ngh\xff")                # one invalid byte in line 7
    lines[11] = cp1258_bytes(jsonl_line("b12"))                            # one line saved as Windows-1258
    truncated = (THREE + " Tiếp").encode("utf-8")[:-2]                      # cut inside its last character
    out, facts = build(tmp_path, ("bytes.jsonl", b"\n".join(lines) + b"\n"), ("cut.txt", truncated))
    assert "ingested 21 article(s)" in out.stderr, out.stderr
    assert "malformed JSON" not in out.stderr
    assert "bytes.jsonl:7: 1 byte(s) that are not UTF-8 replaced by U+FFFD" in out.stderr
    assert "bytes.jsonl:12: read as cp1258" in out.stderr
    good = [f"b{i}" for i in range(1, 21) if i not in (7, 12)]
    for article in good:
        assert "\ufffd" not in json.dumps(facts[article], ensure_ascii=False)
        assert persons(facts, article) == ["Nguyễn Văn Hùng"], article
        assert facts[article]["persons"][0]["positions"] == [{"title": "Bí thư", "org": "Tỉnh ủy Thanh Hóa"}]
    assert facts["b7"]["persons"] == facts["b12"]["persons"] == facts["b1"]["persons"]
    assert persons(facts, "cut") == THREE_NAMES
    assert "cut.txt: 2 byte(s) that are not UTF-8 replaced by U+FFFD" in out.stderr


def test_jsonl_lines_end_at_newline_only(tmp_path):
    texts = [SENTENCE.replace(", Bí thư", sep + ", Bí thư") for sep in ("\u2028", "\u0085", "\u2029", "\x1c", "")]
    body = "\n".join(jsonl_line(f"u{i}", t) for i, t in enumerate(texts))
    assert "\u2028" in body and "\u0085" in body          # raw, as json.dumps(ensure_ascii=False) writes them
    out, facts = build(tmp_path, ("seps.jsonl", body))
    assert out.returncode == 0, out.stderr
    assert sorted(facts) == [f"u{i}" for i in range(5)]
    assert all(persons(facts, a) == ["Nguyễn Văn Hùng"] for a in facts)


def test_log_names_files_whose_names_are_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good, empty = os.fsdecode(b"b\xe0i-1.txt"), os.fsdecode(b"r\xf4ng.txt")
    (folder / good).write_text(SENTENCE, encoding="utf-8")
    (folder / empty).write_bytes(b"")
    log = tmp_path / "log.tsv"
    out = run_cli("build", str(folder), "--store", str(tmp_path / "store"), "--quiet", "--log", str(log))
    assert out.returncode == 3, out.stderr
    assert "Traceback" not in out.stderr and "ingested 1 article(s)" in out.stderr
    # the name's bytes that are not UTF-8 written as \xNN: the log stays UTF-8
    assert log.read_text(encoding="utf-8").splitlines() == [f"skipped\t{folder}/r\\xf4ng.txt\tempty article (no text)"]
    facts = json.loads(run_cli("facts", "--store", str(tmp_path / "store")).stdout)
    assert [persons(facts, a) for a in facts] == [["Nguyễn Văn Hùng"]]


def test_random_bytes_are_not_an_article(tmp_path):
    noise = random.Random(17).randbytes(100_000)
    out, facts = build(tmp_path, ("noise.txt", noise), ("noise.json", noise), ("ok.txt", SENTENCE),
                       ("lines.jsonl", noise[:300].replace(b"\n", b" ") + b"\n" + jsonl_line("ok2").encode()))
    assert out.returncode == 3
    assert "ingested 2 article(s)" in out.stderr
    assert "noise.txt: not text in any supported encoding" in out.stderr
    assert "noise.json: not text in any supported encoding" in out.stderr
    assert "lines.jsonl:1: not text in any supported encoding" in out.stderr
    assert sorted(facts) == ["ok", "ok2"]
