"""Renderers: highlighting runs, terminal safety, HTML escaping."""

from __future__ import annotations

import claimtrace
from claimtrace.render.html import render_html
from claimtrace.render.segments import segments
from claimtrace.render.style import summary_line, who_says_it
from claimtrace.render.terminal import as_text, printable, report_renderable


def test_segments_cover_the_sentence_and_mark_each_role(dimitrov):
    sentence = dimitrov.sentences[0]
    runs = segments(sentence)
    assert "".join(r.text for r in runs) == sentence.text
    marked = {(r.role, r.text) for r in runs if r.role != "plain"}
    assert marked == {
        ("hedge", "reportedly"),
        ("cue", "according to"),
        ("source", "the Russian Ministry of Defense"),
        ("channel", "Telegram"),
    }


def test_source_wins_inside_its_cue(dimitrov):
    runs = segments(dimitrov.sentences[7])
    assert [(r.role, r.text) for r in runs[:2]] == [("source", "The expert"), ("cue", "'s remark")]


def test_who_says_it_names_the_source_behind_a_pronoun():
    report = claimtrace.annotate(
        "Kremlin spokesman Dmitry Peskov told reporters the talks had ended. "
        "He said in a statement that no date was set."
    )
    (attribution,) = report.sentences[1].attributions
    assert who_says_it(attribution, report) == "He (Kremlin spokesman Dmitry Peskov) via a statement"


def test_printable_shows_control_characters_as_escapes():
    assert printable("a\x1b[31mb\x07\n") == "a\\x1b[31mb\\x07\n"


def test_html_escapes_article_text():
    report = claimtrace.annotate(
        '<script>alert("x")</script> Prices rose, the bureau said. <img src=x onerror=alert(1)>'
    )
    page = render_html(report)
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "onerror=alert(1)&gt;" in page


def test_html_page_has_highlights_legend_sources_and_warnings(dimitrov):
    page = render_html(dimitrov, title="Dimitrov")
    assert page.count('class="sentence ') == len(dimitrov.sentences)
    assert '<span class="source">the Russian Ministry of Defense</span>' in page
    assert "Russian Ministry of Defense via Telegram" in page
    assert "never identified" in page and "Editor's warnings" in page
    assert "http" not in page, "the page must not load anything from the network"


def test_summary_line(dimitrov):
    assert summary_line(dimitrov).startswith("12 sentences: sourced claims 3, analyst opinions 2")


def test_lines_left_unlabelled_are_named_in_both_reports():
    report = claimtrace.annotate(
        "By Olena Harmash\n\nTwo people were injured, officials said.\n\n(Editing by Mark Heinrich)"
    )
    assert [line.text for line in report.skipped] == ["By Olena Harmash", "(Editing by Mark Heinrich)"]
    terminal = as_text(report_renderable(report), colour=False)
    assert "Not sentences of the article (no label): By Olena Harmash · (Editing by Mark Heinrich)" in terminal
    assert '<p class="skipped">' in render_html(report, "draft")


def test_a_label_the_wording_model_chose_is_marked_in_every_output():
    report = claimtrace.annotate(
        "Cycling's long history of doping means that every exceptional performance is now met with suspicion. "
        "The team folded last year."
    )
    assert [s.label_by for s in report.sentences] == ["wording_model", "rules"]
    assert '"label_by":"wording_model"' in report.model_dump_json()
    sure = f"wording model, {report.sentences[0].opinion_probability:.0%} sure"  # the opinion it chose
    assert f"({sure})" in as_text(report_renderable(report), colour=False)
    assert render_html(report).count('<span class="label-by"') == 1
    assert f"{sure}</span>" in render_html(report)


def test_every_claim_or_opinion_carries_the_wording_models_reading_and_a_caveat_none():
    report = claimtrace.annotate(
        "The chain closed 40 shops last year, the company said. The figure could not be independently verified."
    )
    assert [s.label for s in report.sentences] == ["sourced_claim", "verification_caveat"]
    claim, caveat = report.sentences
    assert claim.opinion_probability is not None and claim.opinion_probability < 0.25
    assert caveat.opinion_probability is None
