"""Discovery of input units and dispatch of each unit to the reader for its kind."""

from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from newsetl.records import RawPage, Rejection


class UsageError(ValueError):
    """An INPUT argument that cannot be used (missing path, unsupported kind)."""


@dataclass(frozen=True, slots=True)
class InputUnit:
    """A piece of input small enough for one task: a file, or a line range of a JSONL file."""

    kind: str  # html | txt | jsonl | warc | url
    location: str  # absolute path or URL
    source: str  # stable display name: path relative to the input root's parent, or the URL
    start: int = 0  # first record (JSONL line) of the range; for a WARC, first byte offset
    stop: int | None = None  # one past the last record (WARC: byte offset); None = to the end
    offset: int = 0  # JSONL: byte offset of record ``start`` in an uncompressed file (0: read from the top)


Reader = Callable[[InputUnit, int], Iterator[RawPage | Rejection]]
KINDS: dict[str, Reader] = {}
JSONL_CHUNK = 64  # lines per unit: small enough to spread a big JSONL file over workers


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix, kind in ((".html", "html"), (".htm", "html"), (".txt", "txt"), (".jsonl", "jsonl"),
                         (".warc", "warc"), (".arc", "warc")):
        if name.endswith(suffix):
            return kind
    return None


def open_bytes(path: Path, limit: int) -> bytes:
    """Read a file (gunzipping ``*.gz``), at most ``limit`` + 1 bytes so callers can see overflow."""
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            return fh.read(limit + 1)
    with path.open("rb") as fh:
        return fh.read(limit + 1)


def input_key(source: str, payload: bytes | str) -> str:
    data = payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else payload
    return hashlib.sha1(source.encode("utf-8") + b"\0" + hashlib.sha1(data).digest()).hexdigest()


def _jsonl_chunks(path: Path) -> tuple[int, list[int]]:
    """(number of lines, byte offset of every JSONL_CHUNK-th line) in one pass. A compressed file
    cannot be entered in the middle: its offsets are all 0 (each unit reads from the top)."""
    gz = path.name.lower().endswith(".gz")
    opener = gzip.open if gz else open
    n, pos, offsets = 0, 0, []
    try:
        with opener(path, "rb") as fh:
            for line in fh:
                if n % JSONL_CHUNK == 0:
                    offsets.append(0 if gz else pos)
                n += 1
                pos += len(line)
    except (OSError, EOFError, zlib.error):
        n += 1  # a truncated archive: the reader reports it as one reject
    return n, offsets


def _units_for_file(path: Path, source: str) -> list[InputUnit]:
    kind = kind_of(path)
    if kind is None:
        return []
    if kind == "jsonl":
        n, offsets = _jsonl_chunks(path)
        return [InputUnit(kind, str(path), source, i, min(n, i + JSONL_CHUNK),
                          offsets[i // JSONL_CHUNK] if i // JSONL_CHUNK < len(offsets) else 0)
                for i in range(0, max(n, 1), JSONL_CHUNK)]
    if kind == "warc":
        from newsetl.readers.warc import units_for_archive

        return units_for_archive(path, source)
    return [InputUnit(kind, str(path), source)]


def discover(inputs: list[str]) -> list[InputUnit]:
    """Expand INPUT arguments into units, in a stable order. Raises UsageError on a bad argument."""
    units: list[InputUnit] = []
    for arg in inputs:
        if arg.startswith(("http://", "https://")):
            if not urlsplit(arg).hostname or any(c.isspace() for c in arg):
                raise UsageError(f"malformed URL: {arg}")
            units.append(InputUnit("url", arg, arg))
            continue
        path = Path(arg)
        if not path.exists():
            raise UsageError(f"input not found: {arg}")
        root = path.resolve()
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    f = Path(dirpath) / name
                    if name.startswith(".") or not f.is_file():
                        continue
                    units.extend(_units_for_file(f, f.relative_to(root).as_posix()))  # relative to the input root
        else:
            if kind_of(root) is None:
                raise UsageError(f"unsupported input kind: {arg} (expected .html, .htm, .txt, .jsonl, .warc, .arc, optionally .gz)")
            units.extend(_units_for_file(root, root.name))
    return units


def read_unit(unit: InputUnit, max_bytes: int) -> Iterator[RawPage | Rejection]:
    """Every page of a unit, or a Rejection for what cannot be read. Never raises for bad content."""
    from newsetl.readers import files, warc  # noqa: F401  (register the file and archive readers)

    reader = KINDS.get(unit.kind)
    if reader is None:
        yield Rejection(unit.source, "read", "unsupported_input", f"no reader for {unit.kind}", input_key(unit.source, b""))
        return
    try:
        yield from reader(unit, max_bytes)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        yield Rejection(unit.source, "read", "unreadable", f"{type(exc).__name__}: {exc}"[:500],
                        input_key(unit.source, f"{unit.start}:{exc}"))
