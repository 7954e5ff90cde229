"""What each label looks like, shared by the terminal and HTML renderers."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import ArticleReport, Attribution, Label, Sentence


@dataclass(frozen=True)
class LabelStyle:
    title: str
    colour: str
    """A rich colour name."""
    html: str
    """A background colour for the HTML page (readable with black text)."""


LABEL_STYLES: dict[Label, LabelStyle] = {
    "sourced_claim": LabelStyle("sourced claim", "green", "#c8f0c8"),
    "analyst_opinion": LabelStyle("analyst opinion", "cyan", "#c8e4f8"),
    "verification_caveat": LabelStyle("verification caveat", "yellow", "#fff0a8"),
    "unsourced_claim": LabelStyle("unsourced claim", "red", "#ffc8c8"),
    "unsourced_opinion": LabelStyle("unsourced opinion", "magenta", "#f0d0f0"),
}


def who_says_it(attribution: Attribution, report: ArticleReport) -> str:
    """'Russian Ministry of Defense via Telegram', or 'it (Norvalis Semiconductor) via a filing'."""
    mention = attribution.source.text
    name = next((s.name for s in report.sources if s.id == attribution.source.source_id), mention)
    same = _bare(mention) == _bare(name)
    who = name if same else f"{mention} ({name})"
    if attribution.channel is not None:
        who += f" via {attribution.channel.text}"
    return who


def model_note(sentence: Sentence) -> str | None:
    """'wording model, 82% sure' for a label the learnt model chose over the rules'; None for a rule's."""
    if sentence.label_by != "wording_model" or sentence.opinion_probability is None:
        return None
    opinion = sentence.opinion_probability
    sure = opinion if sentence.label.endswith("_opinion") else 1 - opinion
    return f"wording model, {sure:.0%} sure"


def summary_line(report: ArticleReport) -> str:
    counts = report.label_counts()
    parts = [f"{style.title}s {counts[label]}" for label, style in LABEL_STYLES.items()]
    return f"{len(report.sentences)} sentences: " + ", ".join(parts)


def _bare(name: str) -> str:
    return name.lower().removeprefix("the ")
