"""A self-contained HTML page for one report: no network, no external assets.

Jinja2 autoescaping escapes every piece of article text.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from ..models import ArticleReport
from ..triage import TriageRow
from .segments import segments
from .style import LABEL_STYLES, model_note, summary_line, who_says_it

_environment = Environment(
    loader=PackageLoader("claimtrace", "render/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(report: ArticleReport, title: str = "claimtrace report") -> str:
    template = _environment.get_template("report.html.j2")
    return template.render(
        title=title,
        report=report,
        styles=LABEL_STYLES,
        segments=segments,
        model_note=model_note,
        who_says_it=lambda a: who_says_it(a, report),
        summary=summary_line(report),
    )


def render_index(rows: list[TriageRow], pages: dict[str, str]) -> str:
    """The batch index: every article's triage figures, linking to its page (`pages`: file -> href)."""
    template = _environment.get_template("index.html.j2")
    return template.render(rows=rows, pages=pages, styles=LABEL_STYLES)
