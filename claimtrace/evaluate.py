"""Scores the annotator against the gold files in a corpus folder.

Sentences are aligned by character overlap, so a different sentence split is
penalised but never crashes the count. A predicted source matches a gold one
when the spans overlap and one text contains the other (after dropping a
leading article), so 'Rourke's lawyer' matches 'Rourke's lawyer, Anne
Whitfield'; `source_exact` counts only identical texts.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import combinations
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, Field

from .gold import GoldAttribution, LocatedGold, gold_files, load_gold
from .models import LABELS, ArticleReport, Attribution, Label, Sentence, TextSpan

Aligned = TypeVar("Aligned", Sentence, TextSpan)
Differ = Callable[[str, str, str], None]
"""Notes one disagreement of a sentence: measure, gold value, predicted value."""
DETERMINERS = {"a", "an", "the", "its", "his", "her", "their"}


class LabelScore(BaseModel):
    label: Label
    precision: float
    recall: float
    f1: float
    support: int


class Disagreement(BaseModel):
    """One place where the annotator and the gold differ."""

    article: str
    sentence: int = Field(description="The gold sentence's index in its article.")
    measure: Literal["label", "source", "named", "channel", "caveat_link"]
    gold: str
    predicted: str
    text: str = Field(description="The gold sentence.")


class Evaluation(BaseModel):
    articles: int
    sentences: int
    labels: list[LabelScore]
    macro_f1: float
    source_accuracy: float
    source_exact: float
    named_accuracy: float
    channel_accuracy: float
    coreference_accuracy: float
    caveat_link_accuracy: float
    confusion: dict[str, dict[str, int]]
    disagreements: list[Disagreement] = Field(
        default=[], description="Every difference, when asked for; per split, not repeated under 'all'."
    )


class _Tally:
    """Counts gathered over every article before the ratios are taken."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []
        self.sources = [0, 0]
        self.exact = 0
        self.named = [0, 0]
        self.channels = [0, 0]
        self.coreference = [0, 0]
        self.links = [0, 0]
        self.disagreements: list[Disagreement] = []


def evaluate_corpus(
    folder: Path, annotate, split: str | None = None, disagreements: bool = False
) -> dict[str, Evaluation]:
    """Scores per split ('dev', 'test') and over 'all', each article annotated once.

    `annotate(text) -> ArticleReport`; `split` keeps only that split's articles;
    `disagreements` lists every difference under its split.
    """
    golds = [load_gold(p) for p in gold_files(folder)]
    golds = [g for g in golds if split is None or g.gold.split == split]
    tallies: dict[str, _Tally] = {}
    articles: dict[str, int] = {}
    for gold in golds:
        report = annotate(gold.text)
        for name in (gold.gold.split, "all"):
            _score_article(gold, report, tallies.setdefault(name, _Tally()))
            articles[name] = articles.get(name, 0) + 1
    if split is not None:
        tallies.pop("all", None)
    return {
        name: _evaluation(articles[name], tally, disagreements and name != "all")
        for name, tally in sorted(tallies.items(), key=_split_order)
    }


def _split_order(item: tuple[str, object]) -> int:
    return ("dev", "test", "all").index(item[0])


def _score_article(gold: LocatedGold, report: ArticleReport, tally: _Tally) -> None:
    predictions = [aligned(span.start, span.end, report.sentences) for span in gold.spans]
    gold_index = _gold_indexes(gold, report)
    matched: list[tuple[GoldAttribution, Attribution]] = []
    for index, (sentence, predicted) in enumerate(zip(gold.gold.sentences, predictions, strict=True)):
        differ = partial(_note, tally, gold, index)
        label = predicted.label if predicted else "none"
        tally.pairs.append((sentence.label, label))
        if label != sentence.label:
            differ("label", sentence.label, label)
        matched += _score_attributions(gold, index, predicted, tally, differ)
        if sentence.label == "verification_caveat":
            _score_links(sentence.qualifies, predicted, gold_index, tally, differ)
    for (gold_a, found_a), (gold_b, found_b) in combinations(matched, 2):
        same_gold = gold_a.source_id == gold_b.source_id
        tally.coreference[0] += same_gold == (found_a.source.source_id == found_b.source.source_id)
        tally.coreference[1] += 1


def _note(tally: _Tally, gold: LocatedGold, index: int, measure: str, wanted: str, got: str) -> None:
    text = gold.gold.sentences[index].text
    tally.disagreements.append(
        Disagreement(article=gold.name, sentence=index, measure=measure, gold=wanted, predicted=got, text=text)  # type: ignore[arg-type]
    )


def _score_attributions(
    gold: LocatedGold, index: int, predicted: Sentence | None, tally: _Tally, differ: Differ
) -> list[tuple[GoldAttribution, Attribution]]:
    matched = []
    for attribution in gold.gold.sentences[index].attributions:
        found = _matching(gold, index, attribution, predicted)
        tally.sources[1] += 1
        tally.channels[1] += attribution.channel is not None
        if found is None:
            others = predicted.attributions if predicted else []
            differ("source", attribution.source, ", ".join(a.source.text for a in others) or "none")
            continue
        matched.append((attribution, found))
        tally.sources[0] += 1
        tally.exact += _normal(found.source.text) == _normal(attribution.source)
        tally.named[0] += found.source.named == attribution.named
        if found.source.named != attribution.named:
            differ("named", _named(attribution.named), _named(found.source.named))
        if attribution.channel is not None:
            same = _same_channel(attribution, found)
            tally.channels[0] += same
            if not same:
                differ("channel", attribution.channel, found.channel.text if found.channel else "none")
    tally.named[1] += len(matched)
    return matched


def _score_links(
    wanted: list[int], predicted: Sentence | None, gold_index: dict[int, int], tally: _Tally, differ: Differ
) -> None:
    got = sorted({gold_index[i] for i in predicted.qualifies if i in gold_index}) if predicted else None
    right = got == sorted(set(wanted))
    tally.links[0] += right
    tally.links[1] += 1
    if not right:
        differ("caveat_link", str(sorted(wanted)), str(got) if got is not None else "none")


def _gold_indexes(gold: LocatedGold, report: ArticleReport) -> dict[int, int]:
    """Each predicted sentence's index -> the gold sentence it overlaps most, since the splits may differ."""
    found = {}
    for sentence in report.sentences:
        best = aligned(sentence.start, sentence.end, gold.spans)
        if best is not None:
            found[sentence.index] = gold.spans.index(best)
    return found


def _named(named: bool) -> str:
    return "named" if named else "vague"


def aligned(start: int, end: int, sentences: list[Aligned]) -> Aligned | None:
    """The sentence (or span) of `sentences` that overlaps start..end most; None if none does."""
    best = max(sentences, key=lambda s: min(end, s.end) - max(start, s.start), default=None)
    if best is None or min(end, best.end) <= max(start, best.start):
        return None
    return best


def _matching(
    gold: LocatedGold, index: int, attribution: GoldAttribution, predicted: Sentence | None
) -> Attribution | None:
    if predicted is None:
        return None
    wanted = gold.part_span(index, attribution, attribution.source)
    for candidate in predicted.attributions:
        source = candidate.source
        overlaps = min(wanted.end, source.end) > max(wanted.start, source.start)
        a, b = _normal(source.text), _normal(wanted.text)
        if overlaps and (a in b or b in a):
            return candidate
    return None


def _same_channel(gold: GoldAttribution, found: Attribution) -> bool:
    return found.channel is not None and _normal(found.channel.text) == _normal(gold.channel or "")


def _normal(text: str) -> str:
    words = text.lower().replace("'s", "").split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words).strip(" ,.")


def _evaluation(articles: int, tally: _Tally, with_disagreements: bool) -> Evaluation:
    labels = [_label_score(label, tally.pairs) for label in LABELS]
    seen = {label for pair in tally.pairs for label in pair}
    scored = [s for s in labels if s.label in seen]  # a label nobody used, gold or annotator, is no failure
    confusion = {g: {p: sum(1 for pair in tally.pairs if pair == (g, p)) for p in (*LABELS, "none")} for g in LABELS}
    return Evaluation(
        articles=articles,
        sentences=len(tally.pairs),
        labels=labels,
        macro_f1=sum(s.f1 for s in scored) / len(scored) if scored else 0.0,
        source_accuracy=_ratio(tally.sources),
        source_exact=_ratio([tally.exact, tally.sources[1]]),
        named_accuracy=_ratio(tally.named),
        channel_accuracy=_ratio(tally.channels),
        coreference_accuracy=_ratio(tally.coreference),
        caveat_link_accuracy=_ratio(tally.links),
        confusion=confusion,
        disagreements=tally.disagreements if with_disagreements else [],
    )


def _label_score(label: str, pairs: list[tuple[str, str]]) -> LabelScore:
    hits = sum(1 for g, p in pairs if g == p == label)
    predicted = sum(1 for _, p in pairs if p == label)
    support = sum(1 for g, _ in pairs if g == label)
    precision = hits / predicted if predicted else 0.0
    recall = hits / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(label=label, precision=precision, recall=recall, f1=f1, support=support)  # type: ignore[arg-type]


def _ratio(counts: list[int]) -> float:
    hits, total = counts
    return hits / total if total else 1.0
