"""The triage ranking as a rich table or CSV."""

from __future__ import annotations

import csv
from io import StringIO

from rich import box
from rich.table import Table
from rich.text import Text

from ..models import LABELS
from ..triage import TriageRow
from .style import LABEL_STYLES
from .terminal import printable

CSV_FIELDS = [
    "file",
    "priority",
    "sentences",
    *LABELS,
    "unsourced_share",
    "vague_share",
    "unidentified_sources",
    "single_party",
    "hedged_without_caveat",
]


def triage_table(rows: list[TriageRow]) -> Table:
    table = Table(title="Triage: check from the top", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("priority", justify="right")
    table.add_column("file")
    for label in LABELS:
        table.add_column(LABEL_STYLES[label].title, justify="right", style=LABEL_STYLES[label].colour)
    for column in ("unsourced %", "vague %", "unidentified", "one party", "hedged, no caveat"):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(
            f"{row.priority:.1f}",
            Text(printable(row.file)),
            *(str(row.counts[label]) for label in LABELS),
            f"{100 * row.unsourced_share:.0f}",
            f"{100 * row.vague_share:.0f}",
            str(row.unidentified_sources),
            "yes" if row.single_party else "",
            str(row.hedged_without_caveat),
        )
    return table


def triage_csv(rows: list[TriageRow]) -> str:
    buffer = StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = row.model_dump(exclude={"counts"}) | row.counts
        writer.writerow({field: flat[field] for field in CSV_FIELDS})
    return buffer.getvalue()
