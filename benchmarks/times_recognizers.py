"""Score analyse/times.py on the Dutch date cases of Microsoft Recognizers-Text.

Usage: PYTHONPATH=src python benchmarks/times_recognizers.py [SPEC_DIR] [-v]
(SPEC_DIR defaults to ../shared/data/recognizers-nl/DateTime/Dutch). Reads DateParser.json
and DatePeriodParser.json; a case is relevant when its expected value is a single day,
weekday, ISO week, month or year (ranges, seasons, decades and impossible dates are left
out). Each case's ReferenceDateTime is used as the publication date. Reports how many we
find (a time expression overlapping the spec's span), resolve exactly as the spec does
(for an ambiguous date either the spec's past or future reading), and resolve compatibly
(the spec's day lies inside our period, e.g. `een maand geleden` -> our `2016-10` vs its
`2016-10-07`). Where the spec's past and future readings differ, it counts which one the
news conventions picked.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsprism import nlp as nlp_loader
from newsprism.analyse.time_resolution import period_bounds
from newsprism.analyse.times import find_times
from newsprism.ingest.metadata import parse_published
from newsprism.lang import get_language
from newsprism.model import Article

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "recognizers-nl" / "DateTime" / "Dutch"
_SINGLE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)$")
_PERIOD = re.compile(r"^\d{4}(?:-W\d\d|-\d\d)?$")


def expected_values(result: dict[str, object]) -> tuple[str, set[str], str | None, str | None] | None:
    """Return (kind, acceptable values, past reading, future reading) of a relevant result, else None."""
    value = result.get("Value")
    if not isinstance(value, dict):
        return None
    timex = str(value.get("Timex", ""))
    past = (value.get("PastResolution") or {}).get("date")
    future = (value.get("FutureResolution") or {}).get("date")
    if result.get("Type") == "date" and _SINGLE.match(timex) and past and not str(past).startswith("0001"):
        return "day", {str(past), str(future)}, str(past), str(future)
    if result.get("Type") == "daterange" and _PERIOD.match(timex):
        return "period", {timex}, None, None
    return None


def main(argv: list[str]) -> int:
    """Print the scores; return 0."""
    verbose = "-v" in argv
    spec_dir = Path(next((a for a in argv if not a.startswith("-")), DEFAULT_DIR))
    nlp, lang = nlp_loader.load("nl"), get_language("nl")
    counts = {"relevant": 0, "found": 0, "exact": 0, "compatible": 0, "past_picked": 0, "future_picked": 0}
    for name in ("DateParser.json", "DatePeriodParser.json"):
        for case in json.loads((spec_dir / name).read_text(encoding="utf-8")):
            text = case["Input"]
            reference = parse_published(case["Context"]["ReferenceDateTime"])
            times = find_times(nlp(text), Article("spec", text, published=reference, id="a1"), lang)
            for result in case.get("Results", []):
                expected = expected_values(result)
                if expected is None:
                    continue
                kind, values, past, future = expected
                counts["relevant"] += 1
                start = int(result["Start"])
                end = start + int(result.get("Length", len(result["Text"])))
                overlapping = [t for t in times if t.start < end and start < t.end and t.value]
                ours = overlapping[0].value if overlapping else None
                counts["found"] += bool(overlapping)
                exact = ours in values
                counts["exact"] += exact
                compatible = exact or (ours is not None and _inside(values, ours))
                counts["compatible"] += compatible
                if past != future and ours in (past, future):
                    counts["past_picked" if ours == past else "future_picked"] += 1
                if verbose and not exact:
                    print(f"{name[:-5]:<18} {result['Text']!r:<40} spec {sorted(values)} ours {ours!r}"
                          f"{' (compatible)' if compatible else ''} | {text.strip()[:60]}")
    relevant = counts["relevant"] or 1
    print(f"relevant date cases: {counts['relevant']}")
    for key in ("found", "exact", "compatible"):
        print(f"{key:>10}: {counts[key]:4d}  {counts[key] / relevant:.1%}")
    print(f"ambiguous past/future cases: we picked past {counts['past_picked']}, future {counts['future_picked']}")
    return 0


def _inside(values: set[str], ours: str) -> bool:
    """Return True when a spec day lies inside our period."""
    bounds = period_bounds(ours)
    if bounds is None:
        return False
    for value in values:
        spec = period_bounds(value)
        if spec is not None and bounds[0] <= spec[0] and spec[1] <= bounds[1]:
            return True
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
