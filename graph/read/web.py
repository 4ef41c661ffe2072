"""A saved web page -> its article: the main text without the site's chrome
(menus, related-news boxes, comments), the title, the site's name, the
canonical URL, the publication date and the author, read by trafilatura
(dates by htmldate, from the markup, the text or the URL)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

# trafilatura logs every page it finds too short at WARNING: the loader
# reports what it could not read itself, once, with the file.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


#: The software that reads pages, as the PROV activity of a web article names it.
EXTRACTORS = (("trafilatura", _version("trafilatura")), ("htmldate", _version("htmldate")))
_HTML_HINT = re.compile(r"<\s*(html|body|div|p|br|span|a|script|article)\b[^>]*>", re.I)
# the publication date, not the last update; the text searched too
_DATE_OPTIONS = {"original_date": True, "extensive_search": True}
# Photo captions repeat the text or name who is pictured: not the article's claims.
_CAPTIONS = ["//figcaption", "//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"]
# trafilatura falls back to all of a page's text: a menu alone is not an article
_FEWEST_WORDS = 10
_LEAD = "//body//*[contains(@class, 'sapo') or contains(@id, 'sapo')]"


@dataclass(frozen=True)
class Page:
    """What a page says about itself; None where it says nothing."""
    text: str                  # the title, a blank line, the main text
    title: str | None = None
    site_name: str | None = None
    url: str | None = None     # canonical URL, else the URL it was fetched from
    host: str | None = None
    published: date | None = None
    author: str | None = None


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or len(_HTML_HINT.findall(text[:20000])) >= 3


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _lead(tree) -> str | None:
    """The lead paragraph ("sapo"), which Vietnamese news sites set apart
    from the article's body, where trafilatura does not look for it."""
    for element in tree.xpath(_LEAD):
        text = " ".join(element.text_content().split())
        if len(text) >= 40:
            return text
    return None


def read_page(html: str | bytes, url: str | None = None) -> Page | None:
    """The article of a page (``url``: where it was fetched from, which also
    dates it when the page does not). None when no main text is found."""
    tree = load_html(html)
    if tree is None:
        return None
    lead = _lead(tree)
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, prune_xpath=_CAPTIONS,
                                      date_extraction_params={**_DATE_OPTIONS, "url": url})
    if doc is None or len((doc.text or "").split()) < _FEWEST_WORDS:
        return None
    title = " ".join((doc.title or "").split()) or None
    body = doc.text.strip()
    if lead and lead not in " ".join(body.split()):
        body = f"{lead}\n{body}"
    # the title heads the text, as in a .txt article (extraction reads headlines too)
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    page_url = doc.url or url
    host = (urlsplit(page_url).hostname if page_url else None) or doc.hostname or None
    # with no name of its own, trafilatura names a site by its host: that is cg:site already
    site_name = doc.sitename if doc.sitename and doc.sitename.lower() != (host or "").lower() else None
    return Page(text=text, title=title, site_name=site_name, url=page_url, host=host,
                published=_day(doc.date), author=doc.author or None)
