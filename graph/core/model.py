"""Plain data passed between the pipeline steps (load -> ... -> build)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news article as loaded: the text exactly as found."""
    id: str
    text: str
    url: str | None = None
    site: str | None = None
    published: date | None = None
    source: str = ""          # file (and line) it came from
    # what a web page says of itself, and the software that read it
    title: str | None = None
    site_name: str | None = None
    author: str | None = None
    retrieved: str | None = None          # when it was fetched (ISO date-time, from a crawl)
    extractors: tuple[tuple[str, str], ...] = ()   # (software, version) that read the page


class Mask:
    """Which of ``n`` positions (tokens or characters) some spans cover:
    marking a span and asking about a position take constant time."""

    def __init__(self, n: int, spans=()) -> None:
        self.bits = bytearray(n)
        for a, b in spans:
            self.add(a, b)

    def add(self, start: int, end: int) -> None:
        start, end = max(0, start), min(len(self.bits), end)
        if end > start:
            self.bits[start:end] = b"\x01" * (end - start)

    def __contains__(self, pos: int) -> bool:
        return 0 <= pos < len(self.bits) and bool(self.bits[pos])


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class CleanArticle:
    """A normalised article: clean text, its sentences and its dates."""
    article: Article
    text: str
    sentences: list[Sentence]
    dateline: date | None = None      # a date printed in the article's header
    dateline_precision: str = ""      # "day" or "month"

    @property
    def reference_date(self) -> date | None:
        """The date the article speaks from: published, else its date line."""
        return self.article.published or self.dateline

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (or the one before it)."""
        starts = self.__dict__.get("_starts")
        if starts is None:
            starts = self.__dict__["_starts"] = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, offset) - 1)

    def sentence_at(self, offset: int) -> Sentence:
        if not self.sentences:
            return Sentence(0, 0, "")
        return self.sentences[self.sentence_index(offset)]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class OrgRef:
    """An organisation as the article names it, already expanded."""
    name: str                         # full name with jurisdiction
    surface: str                      # as written
    span: Span
    kind: str = ""                    # body kind concept slug ("tinh-uy"...)
    jurisdiction: str | None = None   # place name ("Kiên Giang")
    jurisdiction_level: str | None = None
    inferred: bool = False            # jurisdiction filled in from context
    known_iri: str | None = None      # reference-data body, when recognised
    canonical: str | None = None      # full name when only the site's domain gave the place
    host: "OrgRef | None" = None      # the committee or body its name hangs on ("Ban Thường vụ" of "Tỉnh ủy X")


@dataclass
class Position:
    title: str                        # role words ("Phó Bí thư Thường trực")
    role: str                         # role concept slug
    org: OrgRef
    span: Span
    status: str = "current"           # current | former | appointed | ended
    change_date: date | None = None   # date of the appointment or removal
    change_span: Span | None = None   # where the removal is said, when not with the title
    term_end: int | None = None       # last year of the term written with the title
    term_number: int | None = None    # "khóa" number written with the title


@dataclass
class PersonMention:
    name: str
    span: Span                        # first mention
    positions: list[Position] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class OrgParent:
    org: OrgRef
    parent: OrgRef
    span: Span


@dataclass
class DocumentMention:
    key: str                          # symbol, else "Type number", else title
    span: Span
    symbol: str | None = None
    type: str | None = None
    number: str | None = None
    date: date | None = None
    issuer: OrgRef | None = None
    title: str | None = None
    surfaces: list[str] = field(default_factory=list)
    system: str | None = None         # "party" or "state", from the symbol
    year: int | None = None           # year printed in a State normative symbol
    adopted: bool = False             # passed at the event the article reports
    mentions: list[Span] = field(default_factory=list)   # every mention, with its date and issuer


@dataclass
class DocumentLink:
    source: str                       # document keys
    rel: str                          # implements | replaces | amends | based_on
    target: str
    span: Span


@dataclass
class Participation:
    name: str
    role: str                         # chair | speaker | attendee
    span: Span


@dataclass
class EventMention:
    type: str               # the kind's label, as the facts give it
    type_slug: str          # the kind's concept in the event types' vocabulary
    span: Span
    date: date | None = None
    place: str | None = None
    participants: list[Participation] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    name: str | None = None


@dataclass
class Extraction:
    """Everything one article says, with the span of each claim."""
    doc: CleanArticle
    persons: list[PersonMention] = field(default_factory=list)
    org_parents: list[OrgParent] = field(default_factory=list)
    documents: list[DocumentMention] = field(default_factory=list)
    links: list[DocumentLink] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    orgs: list[OrgRef] = field(default_factory=list)   # every org mentioned
    doc_province: str | None = None    # the province the article is about, if known

    def all_orgs(self) -> list[OrgRef]:
        """Every body the article names, once each."""
        seen: dict[int, OrgRef] = {}
        for ref in self.orgs:
            seen[id(ref)] = ref
        for p in self.persons:
            for pos in p.positions:
                seen[id(pos.org)] = pos.org
        for op in self.org_parents:
            seen[id(op.org)] = op.org
            seen[id(op.parent)] = op.parent
        for d in self.documents:
            if d.issuer is not None:
                seen[id(d.issuer)] = d.issuer
        for ref in list(seen.values()):
            host = ref.host
            while host is not None and id(host) not in seen:
                seen[id(host)] = host
                host = host.host
        return list(seen.values())
