"""claimtrace's spaCy components, one module each, registered with `@Language.factory`.

Importing this package registers the factories, as the entry points do for
anyone who runs `nlp.add_pipe("claimtrace_attribution")` after installing us.
"""

from . import attribution, caveat_links, labels, layout, markers, paragraphs, quotes, sources, wording

__all__ = ["attribution", "caveat_links", "labels", "layout", "markers", "paragraphs", "quotes", "sources", "wording"]
