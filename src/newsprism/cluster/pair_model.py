"""Does this article belong to that story? A logistic regression over a few similarity features.

The weights live in `pair_model.json` beside this module (written by
`training/cluster/fit_pair_model.py`, which says which labelled pairs they were fitted on);
the decision threshold there was chosen on data by `benchmarks/cluster_eval.py --sweep`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from newsprism.errors import ModelError

# The similarity features, in the order the weights use them.
FEATURE_NAMES = (
    "title_cos",  # TF-IDF cosine of the article's title with the story's titles
    "body_cos",  # TF-IDF cosine of the article's title and body with the story's texts
    "title_in_body",  # the article's title words among the story's text words
    "name_cos",  # IDF-weighted cosine of the names in the article and in the story
    "shared_numbers",  # numbers (not small ones, not years) both mention, up to 3, as a share of 3
    "log_gap_hours",  # log(1 + hours between the article and the story's nearest article)
    "names_disjoint",  # 1 when both name people, places or organisations and share none of them (`online.names_disjoint`)
)


@dataclass(frozen=True)
class PairModel:
    """Logistic regression weights over `FEATURE_NAMES`, and the probabilities needed to join.

    `single_outlet_threshold` is what a story told only by the article's own outlet needs
    (`online.only_own_outlet`); below 0 it is `threshold`.
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float
    trained_on: str = ""
    single_outlet_threshold: float = -1.0

    def __post_init__(self) -> None:
        if self.single_outlet_threshold < 0:
            object.__setattr__(self, "single_outlet_threshold", self.threshold)

    def probability(self, features: tuple[float, ...] | list[float]) -> float:
        """Return the probability that the article belongs to the story."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, features))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        """Return the model as the JSON stored in `pair_model.json`."""
        return json.dumps({"features": list(FEATURE_NAMES), "weights": [round(w, 5) for w in self.weights],
                           "bias": round(self.bias, 5), "threshold": round(self.threshold, 4),
                           "single_outlet_threshold": round(self.single_outlet_threshold, 4),
                           "trained_on": self.trained_on}, indent=2) + "\n"


def pair_model_from_json(text: str, source: str = "pair model") -> PairModel:
    """Return the model in `text`, raising ModelError when it does not fit the feature list."""
    try:
        data = json.loads(text)
        if tuple(data["features"]) != FEATURE_NAMES or len(data["weights"]) != len(FEATURE_NAMES):
            raise ModelError(f"{source}: its features {data['features']} are not {list(FEATURE_NAMES)}")
        return PairModel(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]),
                         str(data.get("trained_on", "")), float(data.get("single_outlet_threshold", -1.0)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{source}: not a pair model ({exc})") from exc


@lru_cache(maxsize=4)
def load_pair_model(path: str | None = None) -> PairModel:
    """Return the shipped pair model, or the one at `path`."""
    source = Path(path) if path else files("newsprism.cluster").joinpath("pair_model.json")
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"cannot read the pair model at {source}: {exc}") from exc
    return pair_model_from_json(text, str(source))
