"""claimtrace_wording: a second reading of claim against opinion, from the words a sentence uses.

The rules of `claimtrace_labels` are right where they fire, but new text brings
wordings no rule names (corpus/README.md, "Rules and the wording model"). A
logistic model over a sentence's wording (its words outside the attribution,
their part-of-speech tags, the cue verbs and stances) learnt from the dev
split's gold by `claimtrace train` overrules the rules' claim-or-opinion
decision only when it is confident against them. Caveats and the sourced or
unsourced decision stay the rules'.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

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


def wording_features(sentence: Span) -> dict[str, float]:
    """What the model reads: each word (lemma) outside the attribution's source, cue and channel, a count of
    each part-of-speech tag there, each cue verb and stance, whether it quotes, how many attributions."""
    attributions = attributions_of(sentence)
    taken = attribution_tokens(attributions)
    words = [t for t in sentence if t.i not in taken and not t.is_space]
    features: dict[str, float] = {f"word={t.lemma_.lower()}": 1.0 for t in words if not t.is_punct}
    for tag, count in Counter(t.tag_ for t in words).items():
        features[f"tag={tag}"] = math.log1p(count)
    for attribution in attributions:
        features[f"stance={attribution.stance}"] = 1.0
        if attribution.cue is not None:
            features[f"cue={attribution.cue.span(sentence.doc).root.lemma_.lower()}"] = 1.0
    features["quotes"] = float(any(t.is_quote for t in sentence))
    features["attributions"] = float(len(attributions))
    return features


class Overrule(BaseModel):
    claim_below: float = Field(ge=0, le=1)
    opinion_above: float = Field(ge=0, le=1)


class WordingModel(BaseModel):
    """What `wording.json` must hold (other keys, such as 'trained_on', are kept as they are)."""

    bias: float
    weights: dict[str, float]
    overrule: Overrule


def checked(model: dict[str, Any], where: str) -> dict[str, Any]:
    """`model`, or one `InputError` naming `where` and the first thing wrong with it."""
    try:
        WordingModel.model_validate(model)
    except ValidationError as error:
        problem = error.errors()[0]
        raise InputError(f"{where}: not a wording model ({problem['msg']} at {location(problem['loc'])})") from None
    return model


class WordingReader:
    """Holds the model's weights and its two thresholds (`wording.json`, written by `claimtrace train`)."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        for sentence in content_sentences(doc):
            if sentence._.claim_label not in OTHER_READING:
                continue  # a caveat stays the rules'
            probability = self.opinion_probability(wording_features(sentence))
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
        weights = self.model["weights"]
        score = self.model["bias"] + sum(weights.get(f, 0.0) * x for f, x in features.items())
        return 1.0 / (1.0 + math.exp(-score))

    def to_disk(self, path: str | Path, exclude: tuple[str, ...] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / MODEL_FILE, self.model)

    def from_disk(self, path: str | Path, exclude: tuple[str, ...] = ()) -> WordingReader:
        self.model = checked(srsly.read_json(Path(path) / MODEL_FILE), str(Path(path) / MODEL_FILE))
        return self


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
    return WordingReader(checked(load_resource("wording", lexicons), where))
