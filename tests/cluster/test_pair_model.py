"""The pair model: the shipped weights load, bad files are refused, more similarity means more likely."""

from __future__ import annotations

import json

import pytest

from newsprism.cluster.pair_model import FEATURE_NAMES, load_pair_model, pair_model_from_json
from newsprism.errors import ModelError


def test_shipped_model_has_one_weight_per_feature() -> None:
    model = load_pair_model()
    assert len(model.weights) == len(FEATURE_NAMES) and 0 < model.threshold < 1


def test_more_similar_is_more_likely() -> None:
    model = load_pair_model()
    weak = model.probability((0.1, 0.1, 0.1, 0.0, 0.0, 2.0, 1.0))
    strong = model.probability((0.6, 0.6, 0.5, 0.6, 0.33, 0.5, 0.0))
    assert weak < model.threshold < strong


def test_round_trip() -> None:
    model = load_pair_model()
    assert pair_model_from_json(model.to_json()) == model


def test_single_outlet_threshold_defaults_to_the_threshold() -> None:
    model = load_pair_model()
    assert model.threshold < model.single_outlet_threshold < 1
    older = json.loads(model.to_json())
    del older["single_outlet_threshold"]
    assert pair_model_from_json(json.dumps(older)).single_outlet_threshold == model.threshold


@pytest.mark.parametrize("text", ['{"features": ["title_cos"], "weights": [1], "bias": 0, "threshold": 0.5}',
                                  '{"weights": []}', "not json"])
def test_bad_models_are_refused(text: str) -> None:
    with pytest.raises(ModelError):
        pair_model_from_json(text)
