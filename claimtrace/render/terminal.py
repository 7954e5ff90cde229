"""The colour-coded terminal report, drawn with rich.

Article text only ever enters rich as `Text`, never as markup, and control
characters are shown as escapes: a draft containing '[bold red]' or ANSI codes
prints literally.
"""

from __future__ import annotations

import shutil
from io import StringIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import ArticleReport, Sentence
from .segments import segments
from .style import LABEL_STYLES, model_note, summary_line, who_says_it

ROLE_STYLES = {
    "plain": "",
    "source": "bold underline",
    "cue": "italic underline",
    "channel": "underline",
    "hedge": "reverse",
}


def as_text(renderable: RenderableType, colour: bool) -> str:
    """Render to a string, as wide as the terminal (or $COLUMNS), with ANSI colour only if asked."""
    width = shutil.get_terminal_size((120, 40)).columns
    console = Console(file=StringIO(), force_terminal=colour, color_system="auto" if colour else None, width=width)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def colour_terminal() -> bool:
    """True when standard output is a terminal and NO_COLOR is not set."""
    console = Console()
    return console.is_terminal and not console.no_color


def report_renderable(report: ArticleReport, title: str | None = None) -> RenderableType:
    parts: list[RenderableType] = []
    if title:
        parts.append(Text(printable(title), style="bold"))
    parts += [
        _legend(),
        _sentences(report),
        *_skipped(report),
        _sources(report),
        _warnings(report),
        Text(summary_line(report), style="bold"),
    ]
    return Group(*parts)


def printable(text: str) -> str:
    """Control characters (ANSI escapes among them) shown as escapes, not obeyed."""
    return "".join(c if c in "\n\t" or c.isprintable() else repr(c)[1:-1] for c in text)


def _legend() -> Text:
    legend = Text("Labels: ")
    for style in LABEL_STYLES.values():
        legend.append(f" {style.title} ", style=f"black on {style.colour}")
        legend.append(" ")
    legend.append("  source", style=ROLE_STYLES["source"]).append("  cue", style=ROLE_STYLES["cue"])
    return legend.append("  hedge", style=ROLE_STYLES["hedge"])


def _sentences(report: ArticleReport) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("label", no_wrap=True)
    table.add_column("sentence", ratio=3)
    table.add_column("who says it", ratio=2)
    for sentence in report.sentences:
        style = LABEL_STYLES[sentence.label]
        label = Text(style.title, style=f"bold {style.colour}")
        note = model_note(sentence)
        if note:
            label.append(f"\n({note})", style="dim")
        table.add_row(
            str(sentence.index),
            label,
            _sentence_text(sentence, style.colour),
            Text(printable(_attributions(sentence, report))),
        )
    return table


def _skipped(report: ArticleReport) -> list[Text]:
    """Lines the report leaves unlabelled, named so that nothing of the input goes missing unseen."""
    if not report.skipped:
        return []
    lines = " · ".join(printable(line.text) for line in report.skipped)
    return [Text("Not sentences of the article (no label): ", style="dim bold").append(lines, style="dim")]


def _sentence_text(sentence: Sentence, colour: str) -> Text:
    text = Text(style=colour)
    for segment in segments(sentence):
        text.append(printable(segment.text), style=ROLE_STYLES[segment.role])
    return text


def _attributions(sentence: Sentence, report: ArticleReport) -> str:
    lines = [who_says_it(a, report) for a in sentence.attributions]
    if sentence.qualifies:
        lines.append("qualifies " + ", ".join(f"#{i}" for i in sentence.qualifies))
    return "\n".join(lines) or "—"


def _sources(report: ArticleReport) -> Table:
    table = Table(title="Sources", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    for column in ("id", "source", "named", "channels", "cited in"):
        table.add_column(column)
    for source in report.sources:
        kind = "named" if source.named else "vague" if source.identified else "never identified"
        cited = ", ".join(f"#{i}" for i in source.sentences)
        table.add_row(source.id, Text(printable(source.name)), kind, Text(printable(", ".join(source.channels))), cited)
    return table


def _warnings(report: ArticleReport) -> Panel:
    lines = []
    for warning in report.warnings:
        where = ", ".join(f"#{i}" for i in warning.sentences)
        line = Text("• ", style="bold yellow").append(printable(warning.message))
        lines.append(line.append(f"  ({where})" if where else "", style="dim"))
    body = Text("\n").join(lines) if lines else Text("No warnings.", style="green")
    return Panel(body, title="Editor's warnings", title_align="left", border_style="yellow")
