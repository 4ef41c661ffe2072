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


def read_page(html: str | bytes, url: str | None = None) -> Page | None:
    """The article of a page (``url``: where it was fetched from, which also
    dates it when the page does not). None when no main text is found."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, date_extraction_params={**_DATE_OPTIONS, "url": url})
    if doc is None or not (doc.text or "").strip():
        return None
    title = " ".join((doc.title or "").split()) or None
    body = doc.text.strip()
    # the title heads the text, as in a .txt article (extraction reads headlines too)
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    page_url = doc.url or url
    return Page(text=text, title=title, site_name=doc.sitename or None, url=page_url,
                host=(urlsplit(page_url).hostname if page_url else None) or doc.hostname or None,
                published=_day(doc.date), author=doc.author or None)
