"""Exact and near-duplicate texts (syndicated wire copy) via MinHash over word shingles."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

SHINGLE_WORDS = 4
SIGNATURE_SIZE = 64
BANDS = 16  # 16 bands of 4 rows: pairs with Jaccard >= ~0.6 almost always share a band
NEAR_DUPLICATE_JACCARD = 0.8

_WORD = re.compile(r"\w+")
_MERSENNE = (1 << 61) - 1
_rng = np.random.default_rng(20220107)
_A = _rng.integers(1, _MERSENNE, SIGNATURE_SIZE, dtype=np.uint64)
_B = _rng.integers(0, _MERSENNE, SIGNATURE_SIZE, dtype=np.uint64)


def shingles(text: str) -> set[int]:
    """Return the hashed word 4-grams of a text (lowercased)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        words = words + [""] * (SHINGLE_WORDS - len(words))
    return {
        int.from_bytes(hashlib.blake2b(" ".join(words[i:i + SHINGLE_WORDS]).encode(), digest_size=8).digest(), "big")
        & 0xFFFFFFFF
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def minhash_signature(text: str) -> list[int]:
    """Return the MinHash signature of a text's shingles."""
    values = np.fromiter(shingles(text), dtype=np.uint64)
    hashed = (np.outer(values, _A) + _B) % np.uint64(_MERSENNE)
    return [int(v) for v in hashed.min(axis=0)]


def band_keys(signature: Sequence[int]) -> list[str]:
    """Return the LSH band keys of a signature: texts sharing one are candidate copies."""
    rows = len(signature) // BANDS
    return [f"{band}:" + hashlib.blake2b(repr(tuple(signature[band * rows:(band + 1) * rows])).encode(),
                                          digest_size=8).hexdigest()
            for band in range(BANDS)]


def estimated_jaccard(first: Sequence[int], second: Sequence[int]) -> float:
    """Return the share of equal MinHash values: an estimate of the shingle Jaccard similarity."""
    return sum(a == b for a, b in zip(first, second)) / max(len(first), 1)


def find_near_duplicates(texts: Sequence[str]) -> dict[int, int]:
    """Return {index: index of the earlier text it copies} for exact and near-duplicate texts."""
    signatures = [minhash_signature(text) for text in texts]
    buckets: dict[str, list[int]] = {}
    copies: dict[int, int] = {}
    for index, signature in enumerate(signatures):
        candidates: set[int] = set()
        for key in band_keys(signature):
            candidates.update(buckets.setdefault(key, []))
            buckets[key].append(index)
        best = None
        for other in sorted(candidates):
            if texts[other] == texts[index] or estimated_jaccard(signature, signatures[other]) >= NEAR_DUPLICATE_JACCARD:
                best = copies.get(other, other)
                break
        if best is not None:
            copies[index] = best
    return copies
