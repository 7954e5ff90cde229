"""How often a dev sentence read alone takes another label from the one it takes in its article.

    python scripts/read_alone.py               # every sixth dev article (about a minute)
    python scripts/read_alone.py --every 1     # all of them

An editor may paste one sentence into the web page: its label should not hang on text it no longer has. Some
context is the annotator's to use (a pronoun's source, a quotation opened in the sentence before), so the count
is not zero; it shows what the wording model adds to it (set CLAIMTRACE_LEXICONS to a folder holding another
`wording.json` to compare models).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import claimtrace
from claimtrace.components.extensions import content_sentences
from claimtrace.gold import load_gold

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=6, help="Read every Nth dev article (by file name).")
    args = parser.parse_args()
    nlp = claimtrace.load_pipeline()
    read = differ = by_model = 0
    for text in dev_texts(args.every):
        sentences = content_sentences(nlp(text))
        for in_article, alone_doc in zip(sentences, nlp.pipe(s.text.strip() for s in sentences), strict=True):
            alone = content_sentences(alone_doc)
            if len(alone) != 1:
                continue  # split otherwise when read alone: not the same sentence
            read += 1
            if alone[0]._.claim_label != in_article._.claim_label:
                differ += 1
                by_model += "wording_model" in (alone[0]._.label_by, in_article._.label_by)
    print(f"{read} sentences: {differ} take another label alone ({differ / read:.1%}), {by_model} by the wording model")


def dev_texts(every: int) -> list[str]:
    golds = map(load_gold, sorted(CORPUS.glob("*.gold.json"))[::every])
    return [g.text for g in golds if g.gold.split == "dev"]


if __name__ == "__main__":
    main()
