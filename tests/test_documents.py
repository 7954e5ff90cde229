"""Markdown and HTML input: the article text is extracted and offsets point into it."""

from __future__ import annotations

import claimtrace
from claimtrace.documents import html_text, markdown_text, read_document
from conftest import NEWS_PAGE as PAGE


def test_html_text_keeps_the_article_and_drops_the_rest():
    text = html_text(PAGE)
    assert "according to a statement issued by the Russian Ministry of Defense on its Telegram channel." in text
    assert "track()" not in text and "color: red" not in text and "Home" not in text


def test_markdown_text_drops_syntax_but_keeps_words():
    text = markdown_text(
        "# Troops advance\n\nThe **ministry** said [in a statement](https://example.org) that\ntroops advanced.\n"
    )
    assert text == "Troops advance\n\nThe ministry said in a statement that troops advanced."


def test_html_file_is_annotated_with_offsets_into_the_extracted_text(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    report = claimtrace.api.annotate_file(str(path))
    assert report.extracted_text == read_document(str(path)).text
    claim = next(s for s in report.sentences if s.attributions and s.label == "sourced_claim")
    source = claim.attributions[0].source
    assert report.extracted_text[source.start : source.end] == source.text == "the Russian Ministry of Defense"
    assert next(s for s in report.sentences if s.label == "verification_caveat").qualifies == [claim.index]
