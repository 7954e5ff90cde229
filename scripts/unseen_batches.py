"""How the annotator does on text it has never met: dev batches annotated by the code of the commit that added them.

    python scripts/unseen_batches.py               # every dev batch from 20 on (a few minutes)
    python scripts/unseen_batches.py --first 47    # batches 47 on

Each dev batch was committed before any rule was tuned on it (the "Corpus: dev batch N" commits), so the code at
that commit is an annotator that had never seen the batch. For each batch, a git worktree at its commit annotates
the batch's articles in a subprocess, which records every gold sentence's label from the rules of that day and
today's `wording_features` (today's wording.py and errors.py are copied into the old tree); the wording model is
learnt from today's annotation of every other dev article (leave one batch out). Prints macro F1 (over the labels
used) of the rules of the day and of the same rules with the wording model. Batches before 20 predate the
`claimtrace_layout` component that today's installed entry points name, so their code cannot load. Needs
scikit-learn (`pip install -e ".[train]"`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAYS = (ROOT / "claimtrace" / "components" / "wording.py", ROOT / "claimtrace" / "errors.py")
"""Copied into an old commit's tree: today's `wording_features`, and the error helpers it imports."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=20, help="The first batch to score (20 or later).")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        annotate_rows(Path(args.child[0]), [Path(p) for p in args.child[1:]])
        return
    with tempfile.TemporaryDirectory() as scratch:
        today = rows_with(ROOT, dev_golds(), Path(scratch) / "today.json")
        unseen = {n: rows_at(commit, names, Path(scratch)) for n, commit, names in batches(args.first)}
    report(today, unseen)


def batches(first: int) -> list[tuple[int, str, list[Path]]]:
    """(number, commit, gold files it added that are still in the corpus) of every dev batch from `first` on: a
    file the batch wrote over (three of batches 157, 161 and 164 once did, since undone) is not the batch's."""
    log = git("log", "--format=%h %s", "--grep", "Corpus: dev batch")
    found = []
    for commit, number in re.findall(r"^(\w+) Corpus: dev batch (\d+)", log, re.M):
        added = git("show", "--name-only", "--diff-filter=A", "--format=", commit).split()
        golds = [ROOT / p for p in added if re.fullmatch(r"corpus/[^/]+\.gold\.json", p) and (ROOT / p).exists()]
        if int(number) >= first and golds:
            found.append((int(number), commit, golds))
    return sorted(found)


def dev_golds() -> list[Path]:
    return [p for p in sorted((ROOT / "corpus").rglob("*.gold.json")) if json.loads(p.read_text())["split"] == "dev"]


def rows_at(commit: str, golds: list[Path], scratch: Path) -> list[dict]:
    """The batch annotated by the code of `commit`, with today's `wording_features` copied in beside it."""
    tree = scratch / commit
    git("worktree", "add", "--detach", "--quiet", str(tree), commit)
    try:
        for path in TODAYS:
            shutil.copy(path, tree / path.relative_to(ROOT))
        return rows_with(tree, golds, scratch / f"{commit}.json")
    finally:
        git("worktree", "remove", "--force", str(tree))


def rows_with(code: Path, golds: list[Path], out: Path) -> list[dict]:
    """Runs this script's child mode with `code` first on the path."""
    command = [sys.executable, __file__, "--child", str(out), *map(str, golds)]
    subprocess.run(command, check=True, cwd=tempfile.gettempdir(), env={**os.environ, "PYTHONPATH": str(code)})
    return json.loads(out.read_text())


def annotate_rows(out: Path, golds: list[Path]) -> None:
    """Child mode: one row per gold sentence, from the pipeline sentence that overlaps it most (the gold
    files are read as plain JSON, since an old commit's loader may not know today's fields)."""
    from claimtrace.components.extensions import content_sentences
    from claimtrace.components.wording import wording_features
    from claimtrace.pipeline import load_pipeline

    nlp = load_pipeline()
    rows = []
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p == "claimtrace_wording"]):
        for path in golds:
            gold = json.loads(path.read_text())
            text = (path.parent / gold["article"]).read_text()
            sentences = content_sentences(nlp(text))
            for start, end, label in gold_spans(text, gold["sentences"]):
                best = max(sentences, key=lambda s: min(end, s.end_char) - max(start, s.start_char))
                rows.append({"article": path.name, "gold": label, "rules": best._.claim_label,
                             "features": wording_features(best)})  # fmt: skip
    out.write_text(json.dumps(rows))


def gold_spans(text: str, sentences: list[dict]) -> list[tuple[int, int, str]]:
    spans, cursor = [], 0
    for sentence in sentences:
        start = text.index(sentence["text"], cursor)
        cursor = start + len(sentence["text"])
        spans.append((start, cursor, sentence["label"]))
    return spans


def report(today: list[dict], unseen: dict[int, list[dict]]) -> None:
    from claimtrace.components.wording import WordingReader
    from claimtrace.training import CAVEAT, OPINIONS, fit_wording

    gold, rules, with_model = [], [], []
    for number, rows in unseen.items():
        names = {r["article"] for r in rows}
        learn = [r for r in today if r["article"] not in names and CAVEAT not in (r["gold"], r["rules"])]
        reader = WordingReader(fit_wording([r["features"] for r in learn], [r["gold"] in OPINIONS for r in learn]))
        batch_gold, batch_rules = [r["gold"] for r in rows], [r["rules"] for r in rows]
        relabelled = [reader.relabel(r["rules"], r["features"]) for r in rows]
        scores = f"rules {f1(batch_gold, batch_rules):.3f}, with the model {f1(batch_gold, relabelled):.3f}"
        print(f"batch {number}: {len(names)} articles, {scores}")
        gold, rules, with_model = gold + batch_gold, rules + batch_rules, with_model + relabelled
    print(f"{len(gold)} sentences: rules of the day {f1(gold, rules):.3f}, with the model {f1(gold, with_model):.3f}")


def f1(gold: list[str], predicted: list[str]) -> float:
    """Macro F1 over the labels the gold or the annotator used, as `claimtrace evaluate` averages it."""
    from sklearn.metrics import f1_score

    return f1_score(gold, predicted, labels=sorted(set(gold) | set(predicted)), average="macro")


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


if __name__ == "__main__":
    main()
