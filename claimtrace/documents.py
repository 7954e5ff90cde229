"""Turns an article file into the text claimtrace annotates: plain text, Markdown or HTML.

Markdown and HTML are reduced to their article text (Markdown with
markdown-it-py, HTML with trafilatura, which drops menus, scripts and
footers); the report's offsets then point into that extracted text, which the
report carries as `extracted_text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from .errors import InputError
from .inputs import read_article, text_from_bytes

MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = {".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES}
"""The files a directory is searched for."""


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    extracted: bool
    """True when `text` was extracted from Markdown or HTML rather than read as it is."""


def read_document(path: str, encoding: str | None = None) -> Article:
    """The article in the file at `path` ('-' for standard input), by its file name's kind."""
    return article_from_text(read_article(path, encoding), path)


def document_from_bytes(data: bytes, name: str, encoding: str | None = None) -> Article:
    """The article in an uploaded file called `name`."""
    return article_from_text(text_from_bytes(data, name, encoding), name)


def article_from_text(raw: str, name: str) -> Article:
    kind = _kind_of(name)
    if kind == "md":
        return Article(name, _required(markdown_text(raw), name), extracted=True)
    if kind == "html":
        return Article(name, _required(html_text(raw), name), extracted=True)
    return Article(name, raw, extracted=False)


def markdown_text(source: str) -> str:
    """The prose of a Markdown document, one paragraph or heading per block."""
    blocks = []
    for token in MarkdownIt().parse(source):
        if token.type == "inline" and token.children is not None:
            words = "".join(_inline_text(child) for child in token.children)
            blocks.append(words.strip())
    return "\n\n".join(b for b in blocks if b)


def html_text(source: str) -> str:
    """The article text of an HTML page, without navigation, scripts or footers."""
    import trafilatura  # heavy (lxml, date parsing): loaded only when HTML comes in

    text = trafilatura.extract(source, include_comments=False, include_tables=False, favor_recall=True) or ""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _inline_text(token) -> str:
    if token.type in {"text", "code_inline"}:
        return token.content
    if token.type in {"softbreak", "hardbreak"}:
        return " "
    return ""


def _kind_of(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "txt"


def _required(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(f"{path}: no article text found in it")
    return text
