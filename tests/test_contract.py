"""The JSON contract other tools read: keys, round trip, and the published JSON Schema."""

from __future__ import annotations

import json

import jsonschema

from claimtrace.models import ArticleReport


def test_contract_keys(dimitrov):
    data = json.loads(dimitrov.model_dump_json())
    assert {"sentences", "sources", "warnings"} <= set(data)
    sentence = data["sentences"][0]
    assert {"index", "start", "end", "text", "label", "attributions", "qualifies"} <= set(sentence)
    attribution = sentence["attributions"][0]
    assert {"text", "start", "end", "named", "source_id"} <= set(attribution["source"])
    assert attribution["cue"]["text"] == "according to"
    assert attribution["channel"]["text"] == "Telegram"
    assert {"id", "name", "named"} <= set(data["sources"][0])


def test_json_round_trip(dimitrov):
    assert ArticleReport.model_validate_json(dimitrov.model_dump_json()) == dimitrov


def test_json_validates_against_schema(dimitrov):
    schema = ArticleReport.model_json_schema(mode="serialization")
    jsonschema.validate(json.loads(dimitrov.model_dump_json()), schema)


def test_label_counts(dimitrov):
    assert dimitrov.label_counts() == {
        "sourced_claim": 3,
        "analyst_opinion": 2,
        "verification_caveat": 2,
        "unsourced_claim": 2,
        "unsourced_opinion": 3,
    }
