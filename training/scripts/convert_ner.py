"""Convert CoNLL-2002 Dutch and the extra NER sets (for experiments) to spaCy DocBin files.

CoNLL-2002 lines are ``word POS IOB2-tag``; ``-DOCSTART-`` separates articles, blank lines
separate sentences. Sentences of one article are grouped ``n_sents`` per Doc. The
Europeana file is one token stream ``word TAG`` without sentence breaks; it is split after
sentence-final punctuation. WikiNEuRal (CC BY-NC-SA) is converted for measurement only.
"""

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

import spacy
from quote_variants import vary_quotes
from spacy.tokens import Doc, DocBin

Sentence = list[tuple[str, str]]


def read_conll2002(path: Path) -> Iterator[list[Sentence]]:
    """Yield the articles of a CoNLL-2002 file as lists of (word, IOB tag) sentences."""
    article: list[Sentence] = []
    sentence: Sentence = []
    for line in path.read_text(encoding="utf8").splitlines():
        parts = line.split()
        if not parts:
            if sentence:
                article.append(sentence)
            sentence = []
        elif parts[0] == "-DOCSTART-":
            if sentence:
                article.append(sentence)
            if article:
                yield article
            article, sentence = [], []
        else:
            sentence.append((parts[0], parts[-1]))
    if sentence:
        article.append(sentence)
    if article:
        yield article


def read_europeana(path: Path, max_len: int = 60) -> Iterator[list[Sentence]]:
    """Yield pseudo-articles of the Europeana token stream, split on sentence-final marks."""
    article: list[Sentence] = []
    sentence: Sentence = []
    for line in path.read_text(encoding="utf8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        sentence.append((parts[0], parts[-1]))
        at_end = parts[0] in {".", "!", "?"} and parts[-1] == "O"
        if (at_end or len(sentence) >= max_len) and not parts[-1].startswith("B-"):
            article.append(sentence)
            sentence = []
            if len(article) == 10:
                yield article
                article = []
    if sentence:
        article.append(sentence)
    if article:
        yield article


def read_wikineural(path: Path, n_sents: int = 10) -> Iterator[list[Sentence]]:
    """Yield groups of ``n_sents`` sentences of a WikiNEuRal file (``index TAB word TAB tag``)."""
    group: list[Sentence] = []
    sentence: Sentence = []
    for line in [*path.read_text(encoding="utf8").splitlines(), ""]:
        parts = line.split("\t")
        if len(parts) < 3:
            if sentence:
                group.append(sentence)
            sentence = []
            if len(group) == n_sents:
                yield group
                group = []
            continue
        sentence.append((parts[1], parts[2]))
    if group:
        yield group


def make_doc(vocab: spacy.Vocab, sentences: list[Sentence], rng: random.Random | None) -> Doc:
    """Return one Doc holding ``sentences`` with gold entities and sentence starts."""
    words: list[str] = []
    tags: list[str] = []
    starts: list[bool] = []
    for sentence in sentences:
        forms = [w for w, _ in sentence]
        if rng is not None:
            forms = vary_quotes(forms, rng)
        words.extend(forms)
        tags.extend(fix_iob([t for _, t in sentence]))
        starts.extend([True] + [False] * (len(sentence) - 1))
    return Doc(vocab, words=words, sent_starts=starts, ents=tags)


def fix_iob(tags: list[str]) -> list[str]:
    """Return IOB2 tags with stray I- tags (no matching predecessor) turned into B-."""
    fixed: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def write(articles: Iterator[list[Sentence]], target: Path, n_sents: int, augment: bool) -> int:
    """Write the articles as a DocBin of ``n_sents``-sentence Docs; return the Doc count."""
    vocab = spacy.blank("nl").vocab
    rng = random.Random(7) if augment else None
    docs = []
    for article in articles:
        for i in range(0, len(article), n_sents):
            docs.append(make_doc(vocab, article[i : i + n_sents], rng))
    target.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(target)
    return len(docs)


def main() -> None:
    """Write train/dev (and optional Europeana) DocBins for the NER component."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path, help="the shared data folder")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n-sents", type=int, default=10)
    args = parser.parse_args()
    conll = args.data_dir / "conll2002-nl"
    n = write(read_conll2002(conll / "ned.train"), args.out_dir / "train.spacy", args.n_sents, True)
    m = write(read_conll2002(conll / "ned.testa"), args.out_dir / "dev.spacy", args.n_sents, False)
    kb = args.data_dir / "ner-nl-extra" / "europeana-kb" / "enp_NL.kb.bio"
    k = write(read_europeana(kb), args.out_dir / "europeana.spacy", args.n_sents, True)
    w = 0
    for split in ("val", "test"):
        wiki = args.data_dir / "ner-nl-extra" / "wikineural" / f"wikineural-nl-{split}.conllu"
        w += write(read_wikineural(wiki), args.out_dir / f"wikineural-{split}.spacy", args.n_sents, True)
    print(f"NER: {n} train, {m} dev, {k} Europeana, {w} WikiNEuRal docs -> {args.out_dir}")


if __name__ == "__main__":
    main()
