"""Write the words Dutch news writes in lower case inside sentences (src/newsprism/lang/nl/common_words.txt).

For every word of the raw news text, count how often it stands inside a sentence (not first,
not after a sentence-final mark or quote) and how often it has a capital there. A word seen at
least MIN_COUNT times inside sentences, with a capital in fewer than MAX_CAPITAL_SHARE of them,
is a common word: opening a sentence alone (`Stem op deze brief`, `Leeftijd speelt geen rol`)
it is no name, whatever the tagger says. Sentence openers teach nothing and are skipped.
"""

import argparse
import gzip
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
SENTENCE_OPENERS = set('.!?:;"“”„\'‘’«»()-–—')
MIN_COUNT = 20
MAX_CAPITAL_SHARE = 0.05


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


def main() -> None:
    """Count the raw text and write the word list, one word per line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("text", type=Path, help="raw Dutch text, one paragraph per line (.gz allowed)")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    opener = gzip.open if args.text.suffix == ".gz" else open
    with opener(args.text, "rt", encoding="utf8") as lines:
        words = common_words(*count_capitals(lines))
    header = f"# {len(words)} words, from {args.text.name} by training/scripts/common_words.py\n"
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf8")
    print(f"{len(words)} common words -> {args.out}")


if __name__ == "__main__":
    main()
