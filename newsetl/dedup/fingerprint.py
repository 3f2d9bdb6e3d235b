"""Content fingerprints over Arabic-normalised text: the exact content hash, word shingles and
MinHash signatures.

Matching text is ``for_matching`` (diacritics and tatweel removed, alef/ya/ta marbuta unified,
ASCII digits) split into words. Shingles are word ``SHINGLE_K``-grams taken inside one paragraph
(line) at a time; paragraphs of fewer than ``MIN_LINE_WORDS`` words (section labels, share
buttons, captions that survived cleaning) give none, unless the whole text is made of them.

Every hash is stable across processes and machines (blake2b for words, fixed 64-bit mixing for
shingles), because shingle sets and signatures are persisted and compared across runs. MinHash
signatures are computed by ``rensa`` (``RMinHash``) over the 64-bit shingle hashes; only the
banding for LSH lives here (``band_keys``). The persisted form of a shingle set is its sorted
unique upper 32 bits (``uint32``): exact Jaccard on those is what verifies a candidate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt
from rensa import RMinHash

from newsetl.text.normalise import for_matching, words

SHINGLE_K = 3  # words per shingle (measured: 3 separates wire copies from same-event reports best)
MIN_LINE_WORDS = 4  # shorter paragraphs are chrome-like and give no shingles
NUM_PERM = 256  # MinHash permutations (signature = 256 x uint32 = 1 KiB)
ROWS_PER_BAND = 2  # LSH: 128 bands of 2 rows; P(candidate) = 0.95 at Jaccard 0.15, 0.99 at 0.2
SEED = 1729
FINGERPRINT_VERSION = f"w{SHINGLE_K}-l{MIN_LINE_WORDS}-b2b64-mix1"  # change when shingle hashing changes

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]

_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xBF58476D1CE4E5B9)
_M3 = np.uint64(0x94D049BB133111EB)


def normalised(text: str) -> str:
    return " ".join(words(for_matching(text)))


def content_hash(text: str) -> str:
    """The exact-duplicate key (and part of article ids without a URL): do not change."""
    return hashlib.sha1(normalised(text).encode("utf-8")).hexdigest()


def _token_words(token: str) -> list[str]:
    """Matching words of one whitespace-separated token: ``for_matching`` works character by
    character and ``words`` never spans whitespace, so folding token by token (and caching) gives
    the words of ``for_matching`` on the whole text."""
    return words(for_matching(token))


def _segments(text: str) -> list[list[str]]:
    lines = [[w for tok in line.split() for w in _token_words(tok)] for line in text.split("\n")]
    lines = [x for x in lines if x]
    kept = [x for x in lines if len(x) >= MIN_LINE_WORDS]
    return kept if kept else ([[w for x in lines for w in x]] if lines else [])


def shingles(text: str, k: int = SHINGLE_K) -> set[str]:
    """The shingle set as strings (for tests and inspection; matching uses hashes)."""
    out: set[str] = set()
    for seg in _segments(text):
        if len(seg) < k:
            out.add(" ".join(seg))
        else:
            out.update(" ".join(seg[i:i + k]) for i in range(len(seg) - k + 1))
    return out


def _mix(x: U64) -> U64:
    """splitmix64 finaliser (uint64 arithmetic wraps)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M2
    x = x ^ (x >> np.uint64(27))
    x = x * _M3
    return x ^ (x >> np.uint64(31))


def _word_hash(w: str) -> int:
    return int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass
class Fingerprints:
    """Fingerprints of a batch of texts, row-aligned with the input."""

    signatures: U32  # (n, NUM_PERM)
    shingles: U32  # flat sorted unique shingle hashes of every text, concatenated
    offsets: I64  # (n + 1,): text i's shingles are shingles[offsets[i]:offsets[i + 1]]

    def __len__(self) -> int:
        return int(self.signatures.shape[0])

    def shingle_set(self, i: int) -> U32:
        return self.shingles[self.offsets[i]:self.offsets[i + 1]]

    @property
    def sizes(self) -> U32:
        return np.diff(self.offsets).astype(np.uint32)


def _line_hashes(line: str, cache: dict[str, tuple[int, ...]]) -> list[int]:
    toks = line.split()
    try:
        return list(chain.from_iterable(map(cache.__getitem__, toks)))
    except KeyError:
        for tok in toks:
            if tok not in cache:
                cache[tok] = tuple(_word_hash(w) for w in _token_words(tok))
        return list(chain.from_iterable(map(cache.__getitem__, toks)))


def _hash_chunk(texts: Sequence[str], cache: dict[str, tuple[int, ...]]) -> tuple[U64, I64]:
    """64-bit shingle hashes of each text (not deduplicated) and per-text offsets."""
    ids: list[int] = []
    seg_lens: list[int] = []  # words per segment, so shingles never cross paragraphs
    doc_first_seg: list[int] = []
    for t in texts:
        doc_first_seg.append(len(seg_lens))
        lines = [h for h in (_line_hashes(x, cache) for x in t.split("\n")) if h]
        kept = [h for h in lines if len(h) >= MIN_LINE_WORDS]
        if not kept and lines:
            kept = [list(chain.from_iterable(lines))]
        for line_hashes in kept:
            ids.extend(line_hashes)
            seg_lens.append(len(line_hashes))
    seg = len(seg_lens)
    doc_first_seg.append(seg)
    sg = np.repeat(np.arange(seg, dtype=np.int64), np.array(seg_lens, dtype=np.int64))
    wh = np.array(ids, dtype=np.uint64)
    k = SHINGLE_K
    n = len(wh)
    seg_len = np.bincount(sg, minlength=seg) if n else np.zeros(seg, dtype=np.int64)
    if n >= k:
        starts = np.arange(n - k + 1)
        valid = sg[starts] == sg[starts + k - 1]
        h: U64 = np.zeros(n - k + 1, dtype=np.uint64)
        for j in range(k):
            h = _mix(h * _M1 + wh[j:n - k + 1 + j])
        sh, sh_seg = h[valid], sg[starts[valid]]
    else:
        sh, sh_seg = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    # a segment shorter than k words (only when a text is nothing but short lines) is one shingle
    short = np.nonzero((seg_len > 0) & (seg_len < k))[0]
    if len(short):
        first = np.searchsorted(sg, short)
        acc = np.zeros(len(short), dtype=np.uint64)
        for j in range(k):
            pos = np.minimum(first + j, n - 1)
            inside = j < seg_len[short]
            acc = np.where(inside, _mix(acc * _M1 + wh[pos]), acc)
        sh = np.concatenate([sh, acc])
        sh_seg = np.concatenate([sh_seg, short])
    order = np.argsort(sh_seg, kind="stable")
    sh, sh_seg = sh[order], sh_seg[order]
    doc_of_seg = np.repeat(np.arange(len(texts)), np.diff(np.array(doc_first_seg)))
    doc = doc_of_seg[sh_seg] if len(sh) else np.zeros(0, dtype=np.int64)
    offsets = np.searchsorted(doc, np.arange(len(texts) + 1)).astype(np.int64)
    return sh, offsets


def _signatures(hashes: U64, offsets: I64) -> U32:
    n = len(offsets) - 1
    sig = np.full((n, NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    nonempty = np.nonzero(np.diff(offsets) > 0)[0]
    if len(nonempty) == 0:
        return sig
    # rensa needs contiguous rows: gather the non-empty texts' hashes
    sizes = np.diff(offsets)[nonempty]
    idx = np.concatenate([np.arange(offsets[i], offsets[i + 1]) for i in nonempty]) if len(nonempty) < n else None
    flat = hashes if idx is None else hashes[idx]
    row_off = np.concatenate([[0], np.cumsum(sizes)]).astype(np.uint64)
    mat = RMinHash.digest_matrix_from_flat_token_hashes(np.ascontiguousarray(flat), row_off, NUM_PERM, SEED)
    sig[nonempty] = np.array(mat.to_rows(), dtype=np.uint32)
    return sig


def _unique_32(hashes: U64, offsets: I64) -> tuple[U32, I64]:
    """Per text: sorted unique upper 32 bits of the shingle hashes."""
    n = len(offsets) - 1
    doc = np.repeat(np.arange(n, dtype=np.int64), np.diff(offsets))
    h32 = (hashes >> np.uint64(32)).astype(np.uint32)
    key = (doc.astype(np.uint64) << np.uint64(32)) | h32.astype(np.uint64)
    key = np.sort(key)
    if len(key):
        first = np.ones(len(key), dtype=bool)
        first[1:] = key[1:] != key[:-1]
        key = key[first]
    out = (key & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    doc_u = (key >> np.uint64(32)).astype(np.int64)
    return out, np.searchsorted(doc_u, np.arange(n + 1)).astype(np.int64)


def fingerprint(texts: Sequence[str], chunk: int = 2000) -> Fingerprints:
    """Shingle sets and MinHash signatures of many texts, in chunks to bound memory."""
    cache: dict[str, tuple[int, ...]] = {}
    sigs = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    flats: list[U32] = []
    offs: list[I64] = [np.zeros(1, dtype=np.int64)]
    base = 0
    for s in range(0, len(texts), chunk):
        part = texts[s:s + chunk]
        h, off = _hash_chunk(part, cache)
        sigs[s:s + len(part)] = _signatures(h, off)
        u, uoff = _unique_32(h, off)
        flats.append(u)
        offs.append(uoff[1:] + base)
        base += len(u)
    flat = np.concatenate(flats) if flats else np.zeros(0, dtype=np.uint32)
    return Fingerprints(sigs, flat, np.concatenate(offs))


def band_keys(signatures: U32, band: int) -> U64:
    """LSH key of one band (``ROWS_PER_BAND`` consecutive signature values) for every row."""
    cols = signatures[:, band * ROWS_PER_BAND:(band + 1) * ROWS_PER_BAND].astype(np.uint64)
    acc = np.full(signatures.shape[0], np.uint64(band) + np.uint64(1), dtype=np.uint64)
    for j in range(cols.shape[1]):
        acc = _mix(acc * _M1 + cols[:, j])
    return acc


def num_bands() -> int:
    return NUM_PERM // ROWS_PER_BAND


def jaccard_estimate(a: U32, b: U32) -> npt.NDArray[np.float64]:
    """Row-wise share of equal signature values (``a`` and ``b`` of the same shape)."""
    return (a == b).mean(axis=-1)  # type: ignore[no-any-return]


def overlap(a: U32, b: U32) -> int:
    """Size of the intersection of two sorted unique shingle sets."""
    if len(a) == 0 or len(b) == 0:
        return 0
    return int(np.intersect1d(a, b, assume_unique=True).size)
