"""Turns an article file into the text claimtrace annotates: plain text, Markdown or HTML.

Markdown and HTML are reduced to their article text (Markdown with
markdown-it-py, HTML with trafilatura, which drops menus, scripts and
footers); the report's offsets then point into that extracted text, which the
report carries as `extracted_text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import trafilatura
from markdown_it import MarkdownIt

from .errors import InputError
from .inputs import read_article

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


def read_document(path: str, encoding: str | None = None, text_format: str | None = None) -> Article:
    """`text_format` ('txt', 'md', 'html') overrides the guess from the file name."""
    raw = read_article(path, encoding)
    kind = text_format or _kind_of(path)
    if kind == "md":
        return Article(path, _required(markdown_text(raw), path), extracted=True)
    if kind == "html":
        return Article(path, _required(html_text(raw), path), extracted=True)
    return Article(path, raw, extracted=False)


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
