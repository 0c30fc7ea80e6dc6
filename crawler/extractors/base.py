"""What every CMS family shares: decoding, block-aware text from HTML nodes, boilerplate, metadata.

An extractor turns one article page into a `Page`. Family modules describe their markup with a `Profile`
(CSS selectors); `extract_with_profile` applies it, and anything the selectors miss falls back to the
generic readers here (meta tags, `itemprop`, dateline text) so a portal that customised its theme still
yields a title, a date and text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, fields
from datetime import datetime
from urllib.parse import urldefrag, urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extract.dates import VN_TZ, find_dateline, parse_vn_datetime
from extract.normalize import clean_web_text, nfc

# Elements whose text starts a new line; everything else is inline and joins its neighbours.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "pre",
    "address", "hr", "center", "caption",
})
# Never text: scripts, widgets, forms, embedded media.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "form", "button", "select", "input", "textarea", "nav", "svg",
    "canvas", "video", "audio", "object", "embed", "template", "head", "link", "meta",
})
# Blocks that are never article text on any portal: sharing, printing, rating, comments, related news.
COMMON_DROP = (
    ".other-news", ".news-other", ".related", ".related-news", ".tin-lien-quan", ".tinlienquan", ".social",
    ".share", ".sharing", ".print", ".rating", ".comment", ".comments", ".fb-comments", ".tags", ".breadcrumb",
    ".font-size", ".fontsize", ".toolbar", ".view-count", ".luot-xem", "#comment", ".advertisement", ".ads",
    ".attachments", ".file-attach", ".tep-dinh-kem",
)
# Where portals print bylines: right-aligned paragraphs at the end of the body, or labelled blocks.
BYLINE_NODES = ('p[style*="right"]', "p.text-right", "div.text-right", ".author", ".tacgia", ".tac-gia", ".nguon-tin")

# Lines that are page furniture whatever block they sit in (compared after clean-up, case-insensitively).
_BOILERPLATE_LINE = re.compile(
    r"^(?:chia\s*s[ẻe](?:\s*bài\s*viết)?|in\s*trang|in\s*bài(?:\s*viết)?|bản\s*in|gửi\s*(?:email|bài\s*viết)|"
    r"lượt\s*xem\s*:?\s*[\d.,]*|số\s*lượt\s*xem\s*:?\s*[\d.,]*|lượt\s*đọc\s*:?\s*[\d.,]*|"
    r"ý\s*kiến\s*bạn\s*đọc|những\s*tin\s*mới\s*hơn|những\s*tin\s*cũ\s*hơn|tin\s*khác|các\s*tin\s*khác|"
    r"tin\s*liên\s*quan|tin\s*cùng\s*chuyên\s*mục|xem\s*thêm|bình\s*luận|gửi\s*bình\s*luận|"
    r"mặc\s*định\s*cỡ\s*chữ.*|cỡ\s*chữ|tweet|facebook|zalo|twitter|email|in|gửi\s*ý\s*kiến|"
    r"đánh\s*giá\s*bài\s*viết.*|tổng\s*số\s*điểm\s*của\s*bài\s*viết.*|"
    r"bạn\s*đã\s*không\s*sử\s*dụng\s*site.*|từ\s*khóa\s*:.*|tags?\s*:.*|"
    r"\d+\s*bình\s*luận|trở\s*về|quay\s*lại|lên\s*đầu\s*trang|top)\.?$",
    re.IGNORECASE,
)
# Headings after which a portal lists other articles: the article text ends there.
_TAIL_MARKER = re.compile(
    r"^(?:những\s*tin\s*mới\s*hơn|những\s*tin\s*cũ\s*hơn|tin\s*khác|các\s*tin\s*khác|tin\s*liên\s*quan|"
    r"tin\s*cùng\s*chuyên\s*mục|ý\s*kiến\s*bạn\s*đọc|bài\s*viết\s*liên\s*quan|các\s*bài\s*viết\s*khác)\s*:?$",
    re.IGNORECASE,
)
_AUTHOR_LINE = re.compile(r"^(?:tác\s*giả|người\s*viết|phóng\s*viên|bài\s*và\s*ảnh)\s*:\s*(.+)$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^(?:nguồn\s*tin|nguồn)\s*:\s*(.+)$", re.IGNORECASE)
ATTACHMENT_EXT = re.compile(r"\.(?:pdf|xlsx?|docx?|pptx?|zip|rar)(?:$|[?#])", re.IGNORECASE)


@dataclass
class Page:
    """The parts of one article page the store keeps. `text` is the sapo then the body, one block a line."""

    url: str
    title: str | None = None
    published_at: datetime | None = None
    sapo: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    author: str | None = None
    source_line: str | None = None
    category: str | None = None
    canonical_url: str | None = None
    attachments: list[str] = field(default_factory=list)
    cms: str = "generic"
    method: str = "selectors"  # or "trafilatura"

    @property
    def text(self) -> str:
        parts = ([self.sapo] if self.sapo else []) + self.paragraphs
        return "\n".join(parts)

    def is_article(self) -> bool:
        """An article has a title and some running text; list, tag and error pages do not."""
        return bool(self.title) and len(self.text) >= 80


@dataclass(frozen=True)
class Profile:
    """Selectors of one CMS family (or one site's override). The first selector that matches wins."""

    cms: str
    title: tuple[str, ...] = ("h1",)
    date: tuple[str, ...] = ()
    sapo: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    source: tuple[str, ...] = ()

    def with_overrides(self, overrides: dict[str, str | list[str]] | None) -> Profile:
        if not overrides:
            return self
        changes = {key: (value,) if isinstance(value, str) else tuple(value) for key, value in overrides.items()}
        merged = {name: changes.get(name, getattr(self, name)) for name in SELECTOR_FIELDS}
        return Profile(cms=self.cms, **merged)


# The page parts a registry entry may give selectors for (`selectors.body = ...`): every Profile field but cms.
SELECTOR_FIELDS = tuple(f.name for f in fields(Profile) if f.name != "cms")


# ---------------------------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_VIET_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_CODEC_ALIASES = {"windows-1258": "cp1258", "x-cp1258": "cp1258", "vn": "cp1258", "iso-8859-1": "cp1252",
                  "latin1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _CODEC_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(body: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """(NFC text, encoding used): BOM, then the HTTP header, then `<meta charset>`, then sniffing.

    A declared charset is trusted only if the bytes decode cleanly with it; undeclared or lying pages are
    tried as UTF-8, then as Windows-1258 and Windows-1252, keeping the reading with the most Vietnamese
    letters (cp1258 pages carry tone marks as combining characters, which NFC composes).
    """
    if body.startswith(b"\xef\xbb\xbf"):
        return nfc(body[3:].decode("utf-8", "replace")), "utf-8"
    declared = [_codec(header_charset)]
    meta = _META_CHARSET.search(body[:4096])
    declared.append(_codec(meta.group(1).decode("ascii", "ignore")) if meta else None)
    for codec in declared:
        if codec:
            try:
                return nfc(body.decode(codec)), codec
            except UnicodeDecodeError:
                continue
    try:
        return nfc(body.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = ("", "cp1252", -1)
    for codec in ("cp1258", "cp1252"):
        text = nfc(body.decode(codec, "replace"))
        score = len(_VIET_LETTERS.findall(text))
        if score > best[2]:
            best = (text, codec, score)
    return best[0], best[1]


# ---------------------------------------------------------------------------------------------- text

def _walk(node: LexborNode, out: list[str]) -> None:
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append(child.text_content or "")
        elif tag in ("-comment", "!doctype") or tag in SKIP_TAGS:
            continue
        elif tag == "br":
            out.append("\n")
        elif tag in ("td", "th"):
            cell: list[str] = []
            _walk(child, cell)  # a cell's own paragraphs stay on the row's line
            out.append(" | " + " ".join("".join(cell).split()))
        elif tag == "img":
            continue
        elif tag in BLOCK_TAGS:
            out.append("\n")
            _walk(child, out)
            out.append("\n")
        else:
            _walk(child, out)


def node_lines(node: LexborNode) -> list[str]:
    """The visible text of a node, one line per block element, cleaned (NFC, spaces, tone style)."""
    parts: list[str] = []
    _walk(node, parts)
    lines = []
    for raw in "".join(parts).split("\n"):
        line = clean_web_text(re.sub(r"\s+", " ", raw))
        line = re.sub(r"^(?:\|\s*)+|(?:\s*\|)+$", "", line).strip()  # table cell separators at the row edges
        if line:
            lines.append(line)
    return lines


def node_text(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    text = " ".join(node_lines(node)).strip()
    return text or None


def is_boilerplate(line: str) -> bool:
    """A line of page furniture: one boilerplate phrase, or several joined by | · / (e.g. `Chia sẻ | In bài`)."""
    if len(line) > 90:
        return False
    if _BOILERPLATE_LINE.match(line):
        return True
    parts = [part.strip() for part in re.split(r"\s[|·/•]\s|\s{2,}", line) if part.strip()]
    return len(parts) > 1 and all(_BOILERPLATE_LINE.match(part) for part in parts)


def filter_lines(lines: list[str]) -> list[str]:
    """Drop page furniture lines and stop at the heading of a related-news list."""
    kept: list[str] = []
    for line in lines:
        if _TAIL_MARKER.match(line) and kept:
            break
        if is_boilerplate(line):
            continue
        kept.append(line)
    return kept


def split_byline(lines: list[str]) -> tuple[list[str], str | None, str | None]:
    """Take `Tác giả:`/`Nguồn tin:` lines off the end of the body into (author, source line)."""
    author = source = None
    while lines:
        last = lines[-1]
        if len(last) > 160:
            break
        m_author = _AUTHOR_LINE.match(last)
        m_source = _SOURCE_LINE.match(last)
        if m_author and author is None:
            author = m_author.group(1).strip()
        elif m_source and source is None:
            source = last
        else:
            # "Tác giả: X - Nguồn tin: Y" on one line
            both = re.match(r"^tác\s*giả\s*:\s*(.+?)\s*[-–|]\s*(nguồn(?:\s*tin)?\s*:.+)$", last, re.IGNORECASE)
            if both and author is None and source is None:
                author, source = both.group(1).strip(), both.group(2).strip()
            else:
                break
        lines = lines[:-1]
    return lines, author, source


def take_bylines(tree: LexborHTMLParser, body: LexborNode) -> tuple[str | None, str | None]:
    """Author and source from byline blocks: labelled ones anywhere near the article, and a short
    right-aligned closing paragraph of the body (removed from the body, since it is not article text)."""
    author = source = None
    for selector in BYLINE_NODES:
        for node in tree.css(selector):
            text = node_text(node) or ""
            if not text or len(text) > 120:
                continue
            inside = _contains(body, node)
            m_author, m_source = _AUTHOR_LINE.match(text), _SOURCE_LINE.match(text)
            if m_author and author is None:
                author = m_author.group(1).strip()
            elif m_source and source is None:
                source = text
            elif inside and author is None and len(text) <= 60 and _is_last_block(body, node):
                author = text
            else:
                continue
            if inside:
                node.decompose()
    return author, source


def _is_last_block(body: LexborNode, node: LexborNode) -> bool:
    """True when no text follows `node` inside `body` (except attachments and furniture)."""
    lines = node_lines(body)
    own = node_lines(node)
    if not own or own[-1] not in lines:
        return False
    after = lines[len(lines) - 1 - lines[::-1].index(own[-1]) + 1:]
    return all(len(line) < 40 or line.lower().startswith("tệp đính kèm") or ATTACHMENT_EXT.search(line)
               for line in after) and len(after) <= 3


# ---------------------------------------------------------------------------------------------- metadata

def first(tree: LexborHTMLParser | LexborNode, selectors: tuple[str, ...]) -> LexborNode | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            return node
    return None


def meta_content(tree: LexborHTMLParser, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{key}"]')
            if node is not None and (node.attributes.get("content") or "").strip():
                return (node.attributes.get("content") or "").strip()
    return None


def meta_section(tree: LexborHTMLParser) -> str | None:
    """The category the page's Open Graph tags name, for themes whose breadcrumb the selectors miss."""
    section = meta_content(tree, "article:section")
    if not section:
        return None
    return clean_web_text(section) or None


def canonical_url(tree: LexborHTMLParser, url: str) -> str:
    node = tree.css_first('link[rel="canonical"]')
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    if not href:
        href = meta_content(tree, "og:url") or ""
    if not href or href.startswith("javascript:"):
        return urldefrag(url)[0]
    return urldefrag(urljoin(url, href))[0]


def to_vn(dt: datetime | None) -> datetime | None:
    return dt.astimezone(VN_TZ) if dt is not None else None


def _sane(dt: datetime | None) -> datetime | None:
    # Portals show placeholder years (1970, 0001) on broken pages; a publication time is after 1990.
    return dt if dt is not None and 1990 <= dt.year <= 2100 else None


def date_from_nodes(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> datetime | None:
    for selector in selectors:
        for node in tree.css(selector):
            raw = (node.attributes.get("content") or node.attributes.get("datetime") or "").strip()
            dt = _sane(parse_vn_datetime(raw)) if raw else None
            if dt is None:
                dt = _sane(parse_vn_datetime(node_text(node) or ""))
            if dt is not None:
                return to_vn(dt)
    return None


GENERIC_DATE = (
    '[itemprop="datePublished"]', "time[datetime]", ".publish-date", ".publishdate", ".publishDate", ".post-date",
    ".date-post", ".news-date", ".article-date", ".detail-time", ".time-post", ".ngay-dang", ".date", ".time",
    ".entry-date", ".submitted",
)


def generic_date(tree: LexborHTMLParser, lines_before_body: list[str]) -> datetime | None:
    """Structured markup first; then the malformed-prone meta tag; then a dateline among the top lines."""
    dt = date_from_nodes(tree, GENERIC_DATE)
    if dt is not None:
        return dt
    raw = meta_content(tree, "article:published_time", "pubdate", "publishdate", "date", "dc.date")
    dt = _sane(parse_vn_datetime(raw)) if raw else None
    if dt is not None:
        return to_vn(dt)
    return to_vn(_sane(find_dateline("\n".join(lines_before_body), max_lines=30, max_chars=3000)))


def attachments(node: LexborNode | LexborHTMLParser | None, url: str) -> list[str]:
    if node is None:
        return []
    found: list[str] = []
    for link in node.css("a[href]"):
        href = (link.attributes.get("href") or "").strip()
        if href and ATTACHMENT_EXT.search(href):
            absolute = urljoin(url, href)
            if absolute not in found:
                found.append(absolute)
    return found


def page_title(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> str | None:
    title = node_text(first(tree, selectors)) if selectors else None
    if not title:
        title = meta_content(tree, "og:title")
        title = clean_web_text(title) if title else None
    if not title and tree.css_first("title") is not None:
        # <title> usually carries " - Site name"; keep the part before the last separator.
        raw = node_text(tree.css_first("title")) or ""
        title = re.split(r"\s+[-|–]\s+(?=[^-|–]*$)", raw)[0].strip() or None
    return title


def top_lines(tree: LexborHTMLParser, body: LexborNode | None, limit: int = 40) -> list[str]:
    """Lines of the page before the article body (where datelines and bylines sit)."""
    root = tree.body
    if root is None:
        return []
    lines = node_lines(root)
    if body is not None:
        body_lines = node_lines(body)
        if body_lines:
            try:
                return lines[: lines.index(body_lines[0])][-limit:]
            except ValueError:
                pass
    return lines[:limit]


def extract_with_profile(html: str, url: str, profile: Profile) -> Page:
    """Apply one family's selectors; a selector that misses leaves its field to the generic readers."""
    tree = LexborHTMLParser(html)
    page = Page(url=url, cms=profile.cms)
    page.canonical_url = canonical_url(tree, url)
    page.title = page_title(tree, profile.title)
    page.category = (node_text(first(tree, profile.category)) if profile.category else None) or meta_section(tree)
    author_node = first(tree, profile.author) if profile.author else None
    page.author = node_text(author_node)
    source_node = first(tree, profile.source) if profile.source else None
    page.source_line = node_text(source_node)

    body = first(tree, profile.body) if profile.body else None
    page.attachments = attachments(body, url) if body is not None else []
    if body is not None:
        author, source = take_bylines(tree, body)
        page.author = page.author or author
        page.source_line = page.source_line or source
    lines_before = top_lines(tree, body)
    page.published_at = date_from_nodes(tree, profile.date) if profile.date else None
    if page.published_at is None:
        page.published_at = generic_date(tree, lines_before)

    sapo_node = first(tree, profile.sapo) if profile.sapo else None
    sapo_lines: list[str] = []
    if sapo_node is not None:
        for selector in profile.drop + COMMON_DROP:
            for junk in sapo_node.css(selector):
                junk.decompose()
        sapo_lines = filter_lines(node_lines(sapo_node))
    if body is not None:
        for selector in profile.drop + COMMON_DROP:
            for junk in body.css(selector):
                junk.decompose()
        if sapo_node is not None and _contains(body, sapo_node):
            sapo_node.decompose()
        lines = filter_lines(node_lines(body))
        lines, author, source = split_byline(lines)
        page.author = page.author or author
        page.source_line = page.source_line or source
        if sapo_lines and lines and lines[0] == sapo_lines[-1]:
            lines = lines[1:]
        page.paragraphs = lines
    if page.author:
        page.author = re.sub(r"^(?:tác\s*giả|người\s*viết)\s*:\s*", "", page.author, flags=re.IGNORECASE) or None
    page.sapo = " ".join(sapo_lines) or None
    return page


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    node = inner.parent
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False
