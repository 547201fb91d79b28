"""The `newsprism` command: formats, exit codes, errors on stderr, the store commands, the demo."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_compare_json_lists_every_input_once(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    code, out, _ = run("compare", str(FIXTURES / "brug-a.txt"), str(FIXTURES / "brug-b.html"), str(empty),
                       "--format", "json")
    assert code == 0
    doc = json.loads(out)
    sources = [a["source"] for s in doc["stories"] for a in s["articles"]]
    assert sorted(sources) == sorted([str(FIXTURES / "brug-a.txt"), str(FIXTURES / "brug-b.html")])
    assert len(doc["stories"]) == 1
    assert doc["errors"] == [{"source": str(empty), "error": "the input is empty"}]


def test_compare_text_prints_errors_on_stderr(tmp_path: Path) -> None:
    code, out, err = run("compare", str(FIXTURES / "brug-a.txt"), "/no/such.txt")
    assert code == 0
    assert "error: /no/such.txt: no such file or directory" in err
    assert "Summary" in out


def test_compare_exits_non_zero_when_nothing_could_be_read() -> None:
    code, _, err = run("compare", "/no/such.txt", "--format", "json")
    assert code == 1
    assert "no such file" in err


def test_compare_writes_html_and_markdown(tmp_path: Path) -> None:
    html = tmp_path / "out.html"
    code, _, _ = run("compare", str(FIXTURES), "--format", "html", "-o", str(html))
    assert code == 0 and html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, out, _ = run("compare", str(FIXTURES), "--format", "markdown")
    assert code == 0 and out.startswith("# ")


def test_compare_rejects_a_bad_published_flag() -> None:
    code, _, err = run("compare", str(FIXTURES / "brug-a.txt"), "--published", "gisteren")
    assert code == 2 and "ISO 8601" in err


def test_add_stories_show(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    code, out, _ = run("add", str(FIXTURES), "--db", db, "--outlet", "Testkrant")
    assert code == 0 and "added 2 articles" in out
    code, out, _ = run("add", str(FIXTURES), "--db", db)
    assert "added 0 articles" in out and "2 already stored" in out
    code, out, _ = run("stories", "--db", db)
    assert code == 0 and re.search(r"│\s*1\s*│\s*2\s*│", out)
    code, out, _ = run("show", "1", "--db", db, "--format", "json")
    assert code == 0 and len(json.loads(out)["stories"][0]["articles"]) == 2
    code, _, err = run("show", "99", "--db", db)
    assert code == 1 and "story 99" in err


def test_demo_writes_html(tmp_path: Path) -> None:
    target = tmp_path / "demo.html"
    code, out, _ = run("demo", "-o", str(target))
    assert code == 0
    assert "Polar Star" in out
    assert "Koeznetsov" in target.read_text(encoding="utf-8")


def test_help_lists_every_setting() -> None:
    from newsprism.config import SETTINGS

    _, out, _ = run("--help")
    for setting in SETTINGS:
        if setting.env:
            assert setting.env in out


def test_eval_commands_are_part_of_the_main_cli() -> None:
    code, out, _ = run("eval", "--help")
    assert code == 0 and "ner" in out and "parse" in out
