"""Properties that hold for any text: offsets, spans, ids, schema, determinism."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrace
from claimtrace.models import ArticleReport

PIECES = [
    "Troops took the town",
    "according to the ministry",
    "the ministry said",
    "Peskov told reporters",
    "analysts warned",
    "the claim could not be verified",
    "it may change",
    "reportedly",
    "he said",
    "“quoted words”",
    '"a quote,"',
    "«non»",
    "[bold red]",
    "<script>",
    "\u200b",
    "\u00a0",
    "\r\n",
    "\n\n",
    "42 percent",
    "The expert's remark",
    "However,",
    "Its statement",
]
SCHEMA = ArticleReport.model_json_schema(mode="serialization")

articles = st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=12)), min_size=1, max_size=14).map(
    lambda parts: " ".join(parts) + "."
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_report_invariants(text):
    report = claimtrace.annotate(text)
    _check_sentences(report, text)
    _check_sources(report)
    jsonschema.validate(json.loads(report.model_dump_json()), SCHEMA)


@settings(max_examples=15, deadline=None)
@given(articles)
def test_same_input_same_json(text):
    assert claimtrace.annotate(text).model_dump_json() == claimtrace.annotate(text).model_dump_json()


def _check_sentences(report: ArticleReport, text: str) -> None:
    previous_end = 0
    for index, sentence in enumerate(report.sentences):
        assert sentence.index == index
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        previous_end = sentence.end
        for attribution in sentence.attributions:
            for part in (attribution.source, attribution.cue, attribution.channel):
                if part is not None:
                    assert 0 <= part.start < part.end <= len(text)
                    assert text[part.start : part.end] == part.text
        assert all(q < index for q in sentence.qualifies)


def _check_sources(report: ArticleReport) -> None:
    listed = {s.id: s for s in report.sources}
    for sentence in report.sentences:
        for attribution in sentence.attributions:
            source = listed[attribution.source.source_id]
            assert sentence.index in source.sentences
            assert attribution.source.named == source.named
