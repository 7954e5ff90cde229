"""Reading articles: encodings detected, bad files refused with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrace.errors import InputError
from claimtrace.inputs import read_article

TEXT = "The minister said “no” to the café’s plan — «non», he added.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "utf-16-be"],
)
def test_unicode_encodings_are_detected(tmp_path, encoded):
    path = tmp_path / "article.txt"
    path.write_bytes(encoded)
    assert read_article(str(path)) == TEXT


def test_windows_1252_and_latin_1(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("The café’s owner said “no”.".encode("cp1252"))
    assert read_article(str(path)) == "The café’s owner said “no”."
    path.write_bytes("Le café ferme, a dit le maire.".encode("latin-1"))
    assert read_article(str(path)) == "Le café ferme, a dit le maire."


def test_explicit_encoding_wins_and_a_wrong_one_is_one_line(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Zürich".encode("cp1252"))
    assert read_article(str(path), encoding="cp1252") == "Zürich"
    with pytest.raises(InputError, match="not valid utf-8.*--encoding"):
        read_article(str(path), encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read_article(str(path), encoding="klingon")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    ],
    ids=["empty", "whitespace", "all-bytes", "png"],
)
def test_bad_content_is_refused(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_article(str(path))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_article(str(tmp_path))


def test_unreadable_file(tmp_path, monkeypatch):
    """Permissions are faked: CI runs as root, who may read anything."""
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match="secret.txt: permission denied"):
        read_article(str(path))
