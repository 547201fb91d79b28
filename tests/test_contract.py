"""The story JSON keeps the contract in ../shared/spec/story-json.md."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner
from tests.conftest import SAMPLES, SHARED

from newsprism.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def checker() -> ModuleType:
    path = SHARED / "spec" / "check_story_json.py"
    if not path.is_file():
        pytest.skip("../shared/spec is not present")
    spec = importlib.util.spec_from_file_location("check_story_json", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compare_json(*sources: str) -> dict[str, object]:
    result = CliRunner().invoke(main, ["compare", *sources, "--format", "json"])
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.corpus
def test_samples_keep_the_contract_in_one_story() -> None:
    sources = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    doc = compare_json(*sources)
    assert checker().check(doc, sources) == []
    assert len(doc["stories"]) == 1  # type: ignore[arg-type]


@pytest.mark.corpus
def test_our_fixtures_keep_the_contract() -> None:
    sources = [str(FIXTURES / "brug-a.txt"), str(FIXTURES / "brug-b.html"), "/no/such/file.txt"]
    doc = compare_json(*sources)
    assert checker().check(doc, sources) == []
