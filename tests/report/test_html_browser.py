"""The HTML report as a reader sees it, in headless Chromium (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SAMPLES

from newsprism import compare_sources
from newsprism.report.html import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


def render(tmp_path: Path, sources: list[str], published: str | None = None) -> Path:
    result = compare_sources(sources)
    page = tmp_path / "report.html"
    page.write_text(render_html(result.stories, result.failures), encoding="utf-8")
    return page


@pytest.mark.corpus
def test_samples_side_by_side_on_a_laptop(browser: Any, tmp_path: Path) -> None:
    report = render(tmp_path, sorted(str(p) for p in SAMPLES.glob("*.txt")))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri())
    columns = page.locator("article.column")
    assert columns.count() == 2
    first, second = columns.nth(0).bounding_box(), columns.nth(1).bounding_box()
    assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"] + first["width"] - 1
    assert page.locator(".s-shared").count() > 0 and page.locator(".s-unique").count() > 0
    assert page.get_by_role("heading", name="Numbers").is_visible()
    assert "2.500 militairen" in page.locator("table.claims").inner_text()
    assert [r for r in requests if not r.startswith("file:")] == []


@pytest.mark.corpus
def test_clicking_an_entity_highlights_its_mentions_in_every_column(browser: Any, tmp_path: Path) -> None:
    report = render(tmp_path, sorted(str(p) for p in SAMPLES.glob("*.txt")))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(report.as_uri())
    button = page.locator("button.entity", has_text="Almaty").first
    button.click()
    highlighted = page.locator(".ent.hl")
    assert highlighted.count() >= 2
    columns = {highlighted.nth(i).evaluate("e => e.closest('article').dataset.article") for i in range(highlighted.count())}
    assert len(columns) == 2
    button.click()
    assert page.locator(".ent.hl").count() == 0


def test_phone_stacks_columns_and_scripts_in_text_never_run(browser: Any, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text('De burgemeester van Zwolle zei dat <script>window.__xss = 1</script> alles veilig is. '
                       '<img src=x onerror="window.__xss = 2"> Er kwamen 40 bezoekers.', encoding="utf-8")
    calm = tmp_path / "calm.txt"
    calm.write_text("In Zwolle kwamen 40 bezoekers naar het gemeentehuis, zei de burgemeester van Zwolle.",
                    encoding="utf-8")
    report = render(tmp_path, [str(hostile), str(calm)])
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(report.as_uri())
    assert page.evaluate("window.__xss") is None
    assert "<script>window.__xss" in page.locator("article.column").first.inner_text()
    columns = page.locator("article.column")
    first, second = columns.nth(0).bounding_box(), columns.nth(1).bounding_box()
    assert second["y"] > first["y"] + first["height"] - 1  # stacked, not side by side
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
