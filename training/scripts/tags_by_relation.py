"""Write the word-class table newsprism reads off the parse: (word, relation) -> UPOS.

Many Dutch function words take their UD class from their function (`meer` is ADV as
`advmod`, DET as `det`, PRON otherwise; `dat` is SCONJ as `mark`, PRON as a subject), which
the parser sees better than the tagger guesses. For every word the current-scheme UD files
give more than one class, each (word, relation) pair seen at least 5 times with one class in
at least 90% of them goes in the table (the thresholds of ud_harmonise.py). Only the
current-scheme files of the training pool are read; the Alpino test file never.
"""

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from convert_ud import FORBIDDEN, OLD_SCHEME_FILES, SPLIT_FILE, TRAIN_FILES, read_sentences
from ud_harmonise import MIN_CURRENT_OCCURRENCES, MIN_CURRENT_SHARE, rows_of


def tag_table(blocks: list[str]) -> dict[str, dict[str, str]]:
    """Return {word: {relation: UPOS}} for the ambiguous words whose relation decides their class."""
    by_relation: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    classes: defaultdict[str, set[str]] = defaultdict(set)
    for block in blocks:
        for row in rows_of(block)[1]:
            if row[0].isdigit():
                word, upos, relation = row[1].lower(), row[3], row[7]
                by_relation[(word, relation)][upos] += 1
                classes[word].add(upos)
    table: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for (word, relation), counts in sorted(by_relation.items()):
        upos, count = counts.most_common(1)[0]
        total = sum(counts.values())
        if len(classes[word]) > 1 and total >= MIN_CURRENT_OCCURRENCES and count >= MIN_CURRENT_SHARE * total:
            table[word][relation] = upos
    return dict(table)


def main() -> None:
    """Write the table as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ud_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--without-dev-half", action="store_true",
                        help="leave out the first half of nl_alpino-ud-dev (to score the table on it)")
    args = parser.parse_args()
    split = read_sentences(args.ud_dir / SPLIT_FILE)
    blocks = split[len(split) // 2:] if args.without_dev_half else split
    for name in TRAIN_FILES:
        if name not in OLD_SCHEME_FILES and name != FORBIDDEN:
            blocks += read_sentences(args.ud_dir / name)
    table = tag_table(blocks)
    lines = [f"{json.dumps(word, ensure_ascii=False)}: {json.dumps(table[word], sort_keys=True)}" for word in sorted(table)]
    args.out.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf8")
    print(f"{sum(len(v) for v in table.values())} (word, relation) pairs for {len(table)} words -> {args.out}")


if __name__ == "__main__":
    main()
