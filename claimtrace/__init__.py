"""claimtrace: where every claim in a news article comes from, sentence by sentence.

import claimtrace
report = claimtrace.annotate(text)
for sentence in report.sentences:
    print(sentence.label, sentence.text)
"""

from __future__ import annotations

from .api import annotate
from .errors import ClaimtraceError, InputError, ModelNotFoundError
from .models import ArticleReport, Attribution, EditorWarning, Sentence, Source, SourceMention, TextSpan
from .pipeline import load_pipeline

__all__ = [
    "ArticleReport",
    "Attribution",
    "ClaimtraceError",
    "EditorWarning",
    "InputError",
    "ModelNotFoundError",
    "Sentence",
    "Source",
    "SourceMention",
    "TextSpan",
    "annotate",
    "load_pipeline",
]
