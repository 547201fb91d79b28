"""Train hashed floret vectors on tokenized Dutch text and write them in spaCy's floret format."""

import argparse
from pathlib import Path

import floret


def main() -> None:
    """Train floret (cbow, hashed subwords) and save the ``.floret`` table spaCy imports."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("text", type=Path)
    parser.add_argument("output", type=Path, help="output prefix")
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--bucket", type=int, default=50000)
    parser.add_argument("--epoch", type=int, default=10)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    model = floret.train_unsupervised(
        str(args.text),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=args.bucket,
        minn=4,
        maxn=5,
        minCount=3,
        dim=args.dim,
        epoch=args.epoch,
        thread=args.threads,
    )
    model.save_floret_vectors(str(args.output) + ".floret")


if __name__ == "__main__":
    main()
