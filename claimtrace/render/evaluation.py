"""The evaluation scores as a rich table."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..evaluate import Evaluation


def evaluation_renderable(evaluation: Evaluation, title: str) -> RenderableType:
    labels = Table(
        title=f"{title}: {evaluation.articles} articles, {evaluation.sentences} sentences",
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    for column in ("label", "precision", "recall", "F1", "support"):
        labels.add_column(column, justify="left" if column == "label" else "right")
    for score in evaluation.labels:
        labels.add_row(
            score.label, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", str(score.support)
        )
    labels.add_row("macro F1", "", "", f"{evaluation.macro_f1:.3f}", "", style="bold")
    parts = [labels, _attribution_scores(evaluation), _confusion(evaluation)]
    if evaluation.disagreements:
        parts.append(_disagreements(evaluation))
    return Group(*parts)


def _attribution_scores(evaluation: Evaluation) -> Table:
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("attribution measure")
    table.add_column("accuracy", justify="right")
    rows = {
        "source (overlap and containment)": evaluation.source_accuracy,
        "source (exact text)": evaluation.source_exact,
        "named vs vague": evaluation.named_accuracy,
        "channel": evaluation.channel_accuracy,
        "coreference (pairs)": evaluation.coreference_accuracy,
        "caveat links": evaluation.caveat_link_accuracy,
    }
    for name, value in rows.items():
        table.add_row(name, f"{value:.3f}")
    return table


def _confusion(evaluation: Evaluation) -> Table:
    predicted = list(next(iter(evaluation.confusion.values()), {}))
    table = Table(title="confusion (rows gold, columns predicted)", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("gold \\ predicted")
    for label in predicted:
        table.add_column(label.replace("_", " "), justify="right")
    for gold, row in evaluation.confusion.items():
        table.add_row(gold, *(str(row[p]) for p in predicted))
    return table


def _disagreements(evaluation: Evaluation) -> Table:
    table = Table(title="disagreements", box=box.SIMPLE_HEAD, title_justify="left")
    for column in ("article", "#", "measure", "gold", "predicted", "sentence"):
        table.add_column(column, overflow="fold")
    for item in evaluation.disagreements:
        cells = (item.article, str(item.sentence), item.measure, item.gold, item.predicted, item.text)
        table.add_row(*(Text(cell) for cell in cells))  # article words are never rich markup
    return table
