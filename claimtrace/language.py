"""A cheap check that a text is English, so that a French wire story is flagged, not silently mislabelled.

English prose is roughly 40-50% stop words ('the', 'of', 'said'); other
languages score far lower against the English list. No model is downloaded.
"""

from __future__ import annotations

from spacy.tokens import Doc

MIN_WORDS = 20
"""Below this many words the share says nothing."""
MIN_STOP_SHARE = 0.2


def looks_english(doc: Doc) -> bool:
    words = [t for t in doc if t.is_alpha]
    if len(words) < MIN_WORDS:
        return True
    return sum(t.is_stop for t in words) / len(words) >= MIN_STOP_SHARE
