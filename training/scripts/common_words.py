"""Write the words Dutch news writes in lower case inside sentences (src/newsprism/lang/nl/common_words.txt).

For every word of the raw news text, count how often it stands inside a sentence (not first,
not after a sentence-final mark or quote) and how often it has a capital there. A word seen at
least MIN_COUNT times inside sentences, with a capital in fewer than MAX_CAPITAL_SHARE of them,
is a common word: opening a sentence alone (`Stem op deze brief`, `Leeftijd speelt geen rol`)
it is no name, whatever the tagger says. Sentence openers teach nothing and are skipped.

`--name-patterns FILE` also writes the gazetteer of the 2026-11-24 experiment (MODEL.md): words
seen 3+ times inside sentences with a capital in 90%+ of them (`Rabobank`) or 30%+ (`Oranje`), as
`attribute_ruler` patterns that set LEMMA to a mark the tok2vec embeds. It gained nothing.
"""

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
SENTENCE_OPENERS = set('.!?:;"“”„\'‘’«»()-–—')
MIN_COUNT = 20
MAX_CAPITAL_SHARE = 0.05
NAME_MIN_COUNT = 3
NAME_SHARES = (("⟨capitalised⟩", 0.9, 1.01), ("⟨mixed⟩", 0.3, 0.9))


def count_capitals(lines: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Return (all, capitalised) counts of each lower-cased word inside sentences."""
    total: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for line in lines:
        tokens = TOKEN.findall(line)
        for previous, token in zip(tokens, tokens[1:]):
            if previous in SENTENCE_OPENERS or not token[0].isalpha():
                continue
            lower = token.lower()
            total[lower] += 1
            if token[0].isupper():
                capital[lower] += 1
    return total, capital


def common_words(total: Counter[str], capital: Counter[str]) -> list[str]:
    """Return the frequent words that are almost never capitalised inside a sentence, sorted."""
    return sorted(word for word, count in total.items()
                  if count >= MIN_COUNT and capital[word] < MAX_CAPITAL_SHARE * count and word.isalpha())


def name_patterns(total: Counter[str], capital: Counter[str]) -> list[dict[str, object]]:
    """Return attribute_ruler patterns marking the words news mostly capitalises inside sentences."""
    patterns: list[dict[str, object]] = []
    for mark, low, high in NAME_SHARES:
        words = sorted(w for w, n in total.items() if n >= NAME_MIN_COUNT and low <= capital[w] / n < high)
        patterns.append({"patterns": [[{"LOWER": {"IN": words}}]], "attrs": {"LEMMA": mark}})
    return patterns


def main() -> None:
    """Count the raw text and write the word list, one word per line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("text", type=Path, help="raw Dutch text, one paragraph per line (.gz allowed)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--name-patterns", type=Path, help="also write the name gazetteer as attribute_ruler patterns")
    args = parser.parse_args()
    opener = gzip.open if args.text.suffix == ".gz" else open
    with opener(args.text, "rt", encoding="utf8") as lines:
        total, capital = count_capitals(lines)
    words = common_words(total, capital)
    if args.name_patterns:
        args.name_patterns.write_text(json.dumps(name_patterns(total, capital), ensure_ascii=False) + "\n",
                                      encoding="utf8")
    header = f"# {len(words)} words, from {args.text.name} by training/scripts/common_words.py\n"
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf8")
    print(f"{len(words)} common words -> {args.out}")


if __name__ == "__main__":
    main()
