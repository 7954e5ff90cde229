"""Reads an article from a file or standard input into text, or says clearly why it cannot.

Newsroom text arrives in any encoding: a BOM decides first, then UTF-8, then
Windows-1252 (which also reads Latin-1 text). Binary data, empty files and
unreadable paths are refused with one line naming the file.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from pathlib import Path

from .errors import InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DEFAULT_MAX_CHARS = 1_000_000
"""spaCy's own default `max_length`: the parser needs about 1 GB of memory per 100,000 characters at worst."""
MAX_CONTROL_SHARE = 0.01
"""More control characters than this (tabs and line breaks aside) means binary data."""


def read_article(path: str, encoding: str | None = None) -> str:
    """The text of `path` ('-' for standard input), decoded and checked."""
    return text_from_bytes(_read_bytes(path), path, encoding)


def text_from_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decoded, checked text; errors name `name` (a file name, or what the bytes came from)."""
    text = _decode(data, encoding, name)
    _check_text(text, name)
    return text


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def _decode(data: bytes, encoding: str | None, path: str) -> str:
    if encoding:
        return _decode_as(data, encoding, path)
    for bom, bom_encoding in BOMS:
        if data.startswith(bom):
            return _decode_as(data, bom_encoding, path)
    if b"\x00" in data:
        return _decode_as(data, _utf16_without_bom(data, path), path)
    for fallback in ("utf-8", "cp1252"):
        try:
            return data.decode(fallback)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _decode_as(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"{path}: unknown encoding '{encoding}'") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not valid {encoding} (byte {error.start}); pass the right --encoding") from None


def _utf16_without_bom(data: bytes, path: str) -> str:
    """UTF-16 text without a BOM has a zero in every other byte; anything else with zeros is binary."""
    even, odd = data[0::2], data[1::2]
    if odd and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    raise InputError(f"{path}: looks like binary data, not text")


def _check_text(text: str, path: str) -> None:
    if not text.strip():
        raise InputError(f"{path}: empty, no text to annotate")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\x1b")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{path}: looks like binary data, not text")


def check_length(text: str, max_chars: int, name: str | None = None) -> None:
    if len(text) > max_chars:
        where = f"{name}: " if name else ""
        raise InputError(
            f"{where}{len(text):,} characters is more than the limit of {max_chars:,}; "
            "raise it with --max-chars (memory use grows with it) or split the text"
        )
