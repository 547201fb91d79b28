"""Quote-span recall of `find_quotes` on OpenBoek's direct speech (Dutch literature, gold speakers).

Speakers are scored where a name can be: of the found quotes whose speaker we give as a name
(not a pronoun or a role), the share whose name shares a word with the gold speaker (`Holmes`
for `Sherlock_Holmes`); pronouns would need coreference to score.

Usage: PYTHONPATH=src python benchmarks/quotes_openboek.py [/work/shared/data/openboek-quotes-nl/quotes]

The corpus texts are tokenized (spaces around punctuation and quote marks) and some novels
mark dialogue with a dash instead of quote marks; both are reported separately, since
dash dialogue is outside what the quote finder covers.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newsprism import nlp as nlp_loader
from newsprism.analyse import analyse_doc
from newsprism.model import Article

DEFAULT_DIR = Path("/work/shared/data/openboek-quotes-nl/quotes")
# A predicted quote matches a gold one when it overlaps at least this share of both.
MIN_OVERLAP = 0.5
_TAG = re.compile(r"<(/?)(quote|mention)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_MARKS = " \n\t\"'-–—“”„‘’«»,"
# Speakers that are pronouns or articles, not names (gold speakers are entity ids).
_PRONOUNS = frozenset("ik jij je u hij zij ze wij we jullie hem haar hen hun die dit dat de het een".split())


@dataclass
class GoldQuote:
    """One annotated stretch of direct speech."""

    start: int
    end: int
    speaker: str
    marked: bool  # opened with a quote mark (not a dialogue dash)


def read_book(path: Path) -> tuple[str, list[GoldQuote]]:
    """Return the plain text of one annotated book and its gold quotes."""
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<text>") + len("<text>"):raw.rindex("</text>")]
    text: list[str] = []
    length = 0
    gold: list[GoldQuote] = []
    open_quote: tuple[int, str] | None = None
    position = 0
    for match in _TAG.finditer(body):
        piece = html.unescape(body[position:match.start()])
        text.append(piece)
        length += len(piece)
        position = match.end()
        closing, tag, attrs = match.groups()
        if tag != "quote":
            continue
        if not closing:
            open_quote = (length, dict(_ATTR.findall(attrs)).get("speaker", ""))
        elif open_quote is not None:
            start, end = _trim("".join(text), open_quote[0], length)
            if end > start:
                marked = "".join(text)[open_quote[0]:start].strip()[:1] not in ("-", "–", "—", "")
                gold.append(GoldQuote(start, end, open_quote[1], marked))
            open_quote = None
    text.append(html.unescape(body[position:]))
    return "".join(text), gold


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS:
        end -= 1
    return start, end


def evaluate(directory: Path) -> dict[str, float]:
    """Return recall over all gold quotes and over quote-marked ones, and precision of quoted spans."""
    nlp = nlp_loader.load("nl")
    gold_total = gold_found = marked_total = marked_found = predicted = predicted_right = 0
    named = named_right = 0
    for path in sorted(directory.glob("*.xml")):
        text, gold = read_book(path)
        article = Article(str(path), text, id=path.stem)
        quotes = [q for q in analyse_doc(nlp(text), article).quotes if q.kind != "indirect"]
        found_here = 0
        for g in gold:
            match = next((q for q in quotes if _overlaps(g.start, g.end, q.start, q.end)), None)
            hit = match is not None
            name = _speaker_name(match.speaker_text if match is not None else None)
            if name:
                named += 1
                named_right += bool(name & {w.lower() for w in g.speaker.split("_")})
            gold_total += 1
            gold_found += hit
            found_here += hit
            if g.marked:
                marked_total += 1
                marked_found += hit
        predicted += len(quotes)
        predicted_right += sum(any(_overlaps(g.start, g.end, q.start, q.end) for g in gold) for q in quotes)
        print(f"{path.stem:40} gold {len(gold):4}  found {found_here:4}  predicted {len(quotes):4}")
    return {
        "recall": gold_found / gold_total if gold_total else 0.0,
        "recall_marked": marked_found / marked_total if marked_total else 0.0,
        "precision": predicted_right / predicted if predicted else 0.0,
        "gold": float(gold_total), "gold_marked": float(marked_total),
        "named_speakers": float(named), "named_speaker_accuracy": named_right / named if named else 0.0,
    }


def _speaker_name(speaker_text: str | None) -> set[str]:
    """Return the lower-case words of a speaker given as a name (capitalised words, not opening a pronoun)."""
    if not speaker_text or speaker_text.lower() in _PRONOUNS:
        return set()
    return {w.lower() for w in re.findall(r"\w+", speaker_text) if w[:1].isupper() and w.lower() not in _PRONOUNS}


def _overlaps(g_start: int, g_end: int, p_start: int, p_end: int) -> bool:
    shared = min(g_end, p_end) - max(g_start, p_start)
    return shared > 0 and shared >= MIN_OVERLAP * (g_end - g_start) and shared >= MIN_OVERLAP * (p_end - p_start)


if __name__ == "__main__":
    scores = evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR)
    print(" ".join(f"{name}={value:.3f}" for name, value in scores.items()))
