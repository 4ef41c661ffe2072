"""Web input: saved pages in the shapes of three Vietnamese news sites (the
article body in nested divs, a lead set apart, related-news boxes, comment
blocks, captions; the date in a meta tag, in the text, only in the URL),
JSON with "html", and WARC archives. The text is read without the site's
chrome, the metadata is right, and the facts of a page are the facts of its
clean text."""
from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cadregraph.api import KnowledgeGraph
from cadregraph.read.load import Loader, page_id
from cadregraph.read.web import EXTRACTORS

PAGES = Path(__file__).parent / "pages"

#: what each page must give: (title, site name, host, canonical URL, date, author)
EXPECTED = {
    "nhandan-nghe-an": (  # date in a meta tag; lead in its own div; related box inside the body
        "Nghệ An triển khai Nghị quyết số 39-NQ/TW của Bộ Chính trị", "Báo Nhân Dân điện tử", "nhandan.vn",
        "https://nhandan.vn/nghe-an-trien-khai-nghi-quyet-39-post801234.html", date(2024, 3, 5), "Hải Thành"),
    "baochinhphu-phien-hop": (  # date only in the text; lead in an h2; caption, link box, comments
        "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 2", "Báo điện tử Chính phủ",
        "baochinhphu.vn",
        "https://baochinhphu.vn/thu-tuong-chu-tri-phien-hop-chinh-phu-thuong-ky-thang-2-102240307152000000.htm",
        date(2024, 3, 7), None),
    "baothanhhoa-ban-thuong-vu": (  # date only in the URL; tables for layout; no site name but the host
        "Ban Thường vụ Tỉnh ủy Thanh Hóa kiểm điểm công tác quý I", None, "baothanhhoa.vn",
        "https://baothanhhoa.vn/thoi-su/2024/03/11/ban-thuong-vu-tinh-uy-kiem-diem-cong-tac-quy-i.html",
        date(2024, 3, 11), "Minh Hiếu"),
}
#: words of the sites' chrome: menus, related news, comments, captions, footers
CHROME = ["Tin liên quan", "Phan Đình Trạc", "Vương Đình Huệ", "Trần Văn Nam", "Ý kiến", "Tổng Biên tập",
          "Thế giới", "Ảnh:", "Quang cảnh", "Marc Knapper", "Hồ Đức Phớc", "Nguyễn Kim Sơn", "Mai Xuân Liêm",
          "Lê Hoàng", "lượt xem", "Đường dây nóng", "Từ khóa", "Chia sẻ", "Bình luận", "Các đồng chí lãnh đạo",
          "Đọc nhiều", "144-QĐ/TW", "Zalo"]


def load(*paths) -> tuple[list, list]:
    loader = Loader()
    return [item.article for item in loader.articles(paths)], loader.problems


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_saved_page_gives_its_text_without_chrome_and_its_metadata(name):
    (article,), problems = load(PAGES / f"{name}.html")
    assert not [p for p in problems if p.skipped]
    title, site_name, host, url, published, author = EXPECTED[name]
    assert (article.title, article.site_name, article.site, article.url, article.published, article.author) == \
        (title, site_name, host, url, published, author)
    assert article.extractors == EXTRACTORS and EXTRACTORS[0][0] == "trafilatura"
    clean = (PAGES / f"{name}.txt").read_text(encoding="utf-8").split("\n\n")
    assert article.text.startswith(clean[0] + "\n")               # the title heads the text
    for paragraph in clean[1:]:
        assert paragraph.strip() in article.text, paragraph
    assert [word for word in CHROME if word in article.text] == []


def clean_twin(name: str, folder: Path) -> Path:
    """The page's clean text as a JSON article with the page's date and site."""
    title, site_name, host, url, published, author = EXPECTED[name]
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"id": name, "text": (PAGES / f"{name}.txt").read_text(encoding="utf-8"),
                                "published": published.isoformat(), "site": host, "url": url},
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_the_facts_of_a_page_are_the_facts_of_its_clean_text(tmp_path):
    (tmp_path / "clean").mkdir()
    twins = [clean_twin(name, tmp_path / "clean") for name in EXPECTED]
    with KnowledgeGraph(tmp_path / "pages") as kg:
        report = kg.build([PAGES / f"{name}.html" for name in EXPECTED], progress=False)
        from_pages = kg.facts()
    with KnowledgeGraph(tmp_path / "clean-store") as kg:
        kg.build(twins, progress=False)
        from_text = kg.facts()
    assert report.ingested == 3 and not report.skipped
    assert sorted(from_pages) == sorted(EXPECTED)
    for name in EXPECTED:
        assert from_pages[name] == from_text[name], name
    # the facts are there to compare: persons with their posts, documents
    assert {p["name"] for p in from_pages["baothanhhoa-ban-thuong-vu"]["persons"]} == {
        "Đỗ Trọng Hưng", "Lại Thế Nguyên", "Đỗ Minh Tuấn"}
    assert [d["symbol"] for d in from_pages["nhandan-nghe-an"]["documents"]] == ["39-NQ/TW"]


ARTICLE_QUERY = """
PREFIX schema: <https://schema.org/> PREFIX cg: <https://w3id.org/cadregraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?url ?published ?headline ?siteName ?author ?retrieved (GROUP_CONCAT(?software; separator="|") AS ?agents)
WHERE { GRAPH ?a { ?a schema:url ?url ; schema:datePublished ?published ; schema:headline ?headline ;
                      prov:wasGeneratedBy ?activity .
                   OPTIONAL { ?a cg:siteName ?siteName } OPTIONAL { ?a schema:author ?author }
                   OPTIONAL { ?a cg:retrieved ?retrieved }
                   ?activity a cg:Extraction ; prov:wasAssociatedWith ?agent }
        # CadreGraph's own agent is described once, in the reference graph
        GRAPH ?where { ?agent rdfs:label ?software } }
GROUP BY ?url ?published ?headline ?siteName ?author ?retrieved ORDER BY ?url"""


def test_the_article_graph_records_the_page_and_the_software_that_read_it(tmp_path):
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.build([PAGES / "nhandan-nghe-an.html"], progress=False)
        (row,) = kg.query(ARTICLE_QUERY).records()
        from cadregraph.reason.validate import validate
        conforms, text = validate(kg.store)
    assert conforms, text
    assert row["url"] == EXPECTED["nhandan-nghe-an"][3] and row["published"] == date(2024, 3, 5)
    assert row["headline"] == EXPECTED["nhandan-nghe-an"][0] and row["siteName"] == "Báo Nhân Dân điện tử"
    assert row["author"] == "Hải Thành"
    assert sorted(row["agents"].split("|")) == sorted(
        ["CadreGraph 0.1.0"] + [f"{name} {version}" for name, version in EXTRACTORS])


def test_json_may_give_html_instead_of_text(tmp_path):
    html = (PAGES / "baothanhhoa-ban-thuong-vu.html").read_text(encoding="utf-8")
    lines = [json.dumps({"id": "bth", "html": html}, ensure_ascii=False),
             json.dumps({"id": "bth-2", "html": html, "published": "2024-03-12", "site": "thanhhoa.gov.vn"},
                        ensure_ascii=False),
             json.dumps({"id": "empty", "html": "<html><body><nav>Trang chủ</nav></body></html>"})]
    (tmp_path / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = load(tmp_path / "pages.jsonl")
    assert [a.id for a in articles] == ["bth", "bth-2"]
    assert articles[0].published == date(2024, 3, 11) and articles[0].site == "baothanhhoa.vn"
    # what the JSON says wins over what the page says of itself
    assert articles[1].published == date(2024, 3, 12) and articles[1].site == "thanhhoa.gov.vn"
    assert articles[0].text == articles[1].text and "Đỗ Trọng Hưng" in articles[0].text
    assert [(p.source.rsplit("/", 1)[1], p.reason) for p in problems if p.skipped] == [
        ("pages.jsonl:3", "no main text found in the page")]


def warc_record(writer: WARCWriter, url: str, body: bytes, when: str, content_type: str = "text/html; charset=utf-8",
                status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": when})
    writer.write_record(record)


def test_a_warc_written_by_warcio_builds(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    with open(archive, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for name, when in (("nhandan-nghe-an", "2024-03-05T09:00:00Z"), ("baochinhphu-phien-hop", "2024-03-08T02:30:00Z")):
            warc_record(writer, EXPECTED[name][3], (PAGES / f"{name}.html").read_bytes(), when)
        warc_record(writer, "https://nhandan.vn/logo.png", b"\x89PNG\r\n", "2024-03-05T09:00:01Z", "image/png")
        warc_record(writer, "https://nhandan.vn/old", b"<html></html>", "2024-03-05T09:00:02Z", status="301 Moved")
    with KnowledgeGraph(tmp_path / "store") as kg:
        report = kg.build([archive], progress=False)
        facts = kg.facts()
        rows = kg.query(ARTICLE_QUERY).records()
    assert report.ingested == 2 and not report.skipped, report.summary()
    assert "2 response record(s) that are not HTML pages fetched whole passed over" in report.summary()
    # each record's id comes from its URL, as `cadregraph fetch` names the same page
    assert sorted(facts) == sorted(page_id(EXPECTED[name][3]) for name in ("nhandan-nghe-an", "baochinhphu-phien-hop"))
    assert page_id(EXPECTED["nhandan-nghe-an"][3]) == "nhandan-vn-nghe-an-trien-khai-nghi-quyet-39-post801234"
    assert [(r["url"], r["published"], str(r["retrieved"])) for r in rows] == [
        (EXPECTED["baochinhphu-phien-hop"][3], date(2024, 3, 7), "2024-03-08 02:30:00+00:00"),
        (EXPECTED["nhandan-nghe-an"][3], date(2024, 3, 5), "2024-03-05 09:00:00+00:00")]
    names = {p["name"] for article in facts.values() for p in article["persons"]}
    assert {"Thái Thanh Quý", "Phạm Minh Chính", "Nguyễn Chí Dũng"} <= names
