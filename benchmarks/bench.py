"""claimtrace against bare spaCy, in one run, on articles recombined from the corpus.

    python benchmarks/bench.py                 # 1,000 articles, every measurement
    python benchmarks/bench.py --articles 200  # quicker
    python benchmarks/bench.py --repeat 3      # on a busy machine: fastest of 3 interleaved rounds
    python benchmarks/bench.py --components    # where our own time goes, parse and components back to back

Prints words per second and the ratios the project targets: claimtrace's
time <= 1.25 x bare spaCy's; 2 workers >= 1.6 x one worker's throughput; peak
memory at 1,000 articles <= 1.2 x at 100. Both sides read the same files; claimtrace
runs as `claimtrace annotate` does (its own worker processes, each returning
finished reports). Peak memory is measured in fresh subprocesses, one per
size, each streaming its articles through claimtrace.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from claimtrace.batch import annotate_paths
from claimtrace.gold import gold_files, load_gold
from claimtrace.pipeline import DEFAULT_MODEL, load_pipeline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = 2026
BATCH = 32


def articles(count: int) -> list[str]:
    """`count` articles of 8-14 corpus sentences each, in paragraphs of two or three; the same every run."""
    sentences = [s.text for path in gold_files(CORPUS) for s in load_gold(path).gold.sentences]
    chooser = random.Random(SEED)
    texts = []
    for _ in range(count):
        picked = chooser.sample(sentences, chooser.randint(8, 14))
        paragraphs = [" ".join(picked[i : i + chooser.choice((2, 3))]) for i in range(0, len(picked), 3)]
        texts.append("\n\n".join(paragraphs))
    return texts


def write_articles(count: int, folder: Path) -> list[str]:
    paths = []
    for number, text in enumerate(articles(count)):
        path = folder / f"article-{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def bare_spacy(paths: list[str], workers: int) -> None:
    """spaCy alone, reading the same files, with spaCy's own n_process."""
    nlp = spacy.load(DEFAULT_MODEL)
    texts = (Path(p).read_text(encoding="utf-8") for p in paths)
    for _ in nlp.pipe(texts, batch_size=BATCH, n_process=workers):
        pass


def claimtrace_reports(paths: list[str], workers: int) -> None:
    """What `claimtrace annotate --format jsonl --workers N` does, without the writing."""
    for item in annotate_paths(paths, batch_size=BATCH, workers=workers):
        assert item.report is not None, item.error
        item.report.model_dump_json()


def timed(run: Callable[[list[str], int], None], paths: list[str], workers: int) -> float:
    start = time.perf_counter()
    run(paths, workers)
    return time.perf_counter() - start


CONFIGURATIONS = {
    "bare spaCy, 1 process": (bare_spacy, 1),
    "claimtrace, 1 process": (claimtrace_reports, 1),
    "bare spaCy, 2 processes": (bare_spacy, 2),
    "claimtrace, 2 processes": (claimtrace_reports, 2),
}


def fastest_of_rounds(paths: list[str], rounds: int) -> dict[str, float]:
    """Each configuration's fastest time over `rounds` interleaved rounds, as timeit counts: a busy
    machine only ever makes a run slower, and interleaving spreads a slow spell over both sides."""
    times: dict[str, list[float]] = {name: [] for name in CONFIGURATIONS}
    for _ in range(rounds):
        for name, (run, workers) in CONFIGURATIONS.items():
            times[name].append(timed(run, paths, workers))
    return {name: min(seconds) for name, seconds in times.items()}


def component_seconds(paths: list[str], rounds: int) -> tuple[float, dict[str, float]]:
    """spaCy's parse of the articles, then each of our components alone on the parsed documents, in pipeline
    order; fastest of `rounds`. Measured back to back in one process, the share of our components stays
    readable on a machine too busy for the end-to-end ratio to mean much."""
    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("claimtrace")]
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    parse, best = float("inf"), {name: float("inf") for name in ours}
    for _ in range(rounds):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=BATCH, disable=ours))
        parse = min(parse, time.perf_counter() - start)
        for name in ours:
            component, start = nlp.get_pipe(name), time.perf_counter()
            for doc in docs:
                component(doc)
            best[name] = min(best[name], time.perf_counter() - start)
    return parse, best


def print_components(paths: list[str], rounds: int) -> None:
    parse, components = component_seconds(paths, rounds)
    ours = sum(components.values())
    print(f"  spaCy parse {parse:.2f} s; our components {ours:.2f} s ({ours / parse:.1%} of the parse)")
    for name, seconds in components.items():
        print(f"    {name:<26} {seconds:6.2f} s")


def peak_memory_mb(count: int) -> float:
    """Peak resident memory of a fresh process that annotates `count` articles."""
    output = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(count)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)["peak_mb"]


def _memory_child(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        claimtrace_reports(write_articles(count, Path(folder)), 1)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_mb": peak_kb / 1024}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1, help="rounds; each configuration's fastest counts")
    parser.add_argument("--components", action="store_true", help="time our components alone, nothing else")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.memory_child:
        _memory_child(options.memory_child)
        return
    with tempfile.TemporaryDirectory() as folder:
        paths = write_articles(options.articles, Path(folder))
        words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in paths)
        if options.components:
            print(f"{len(paths)} articles, {words:,} words")
            print_components(paths, options.repeat)
            return
        load_pipeline()  # load once, outside the timings
        spacy.load(DEFAULT_MODEL)
        runs = fastest_of_rounds(paths, options.repeat)
    print(f"{len(paths)} articles, {words:,} words")
    for name, seconds in runs.items():
        print(f"  {name:<26} {seconds:7.2f} s  {words / seconds:9,.0f} words/s")
    small, large = peak_memory_mb(100), peak_memory_mb(options.articles)
    print(f"  peak memory: {small:.0f} MB at 100 articles, {large:.0f} MB at {options.articles}")
    overhead = runs["claimtrace, 1 process"] / runs["bare spaCy, 1 process"]
    speedup = runs["claimtrace, 1 process"] / runs["claimtrace, 2 processes"]
    print("ratios (target):")
    print(f"  claimtrace / bare spaCy time, 1 process:  {overhead:.2f}  (<= 1.25)")
    print(f"  2 workers / 1 worker throughput:          {speedup:.2f}  (>= 1.6)")
    print(f"  peak memory {options.articles} / 100 articles:       {large / small:.2f}  (<= 1.2)")


if __name__ == "__main__":
    main()
