"""Content fingerprints over Arabic-normalised text: exact hash and word shingles."""

from __future__ import annotations

import hashlib

from newsetl.text.normalise import for_matching, words


def normalised(text: str) -> str:
    return " ".join(words(for_matching(text)))


def content_hash(text: str) -> str:
    return hashlib.sha1(normalised(text).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = 5) -> set[str]:
    toks = normalised(text).split()
    if len(toks) < k:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i:i + k]) for i in range(len(toks) - k + 1)}
