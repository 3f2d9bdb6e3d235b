"""Paths under one output root. Every path is built from fixed names and escaped values, so a string
taken from a page can never become a path component that leaves the root."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_SAFE = re.compile(r"[^A-Za-z0-9._=-]")


def safe_component(value: str) -> str:
    """A value usable as one path component: ASCII-safe, no separators, never '.' or '..'."""
    out = _SAFE.sub("_", value)[:120].strip(".") or "_"
    return out


@dataclass(frozen=True)
class Layout:
    root: Path

    @classmethod
    def at(cls, root: str | Path) -> Layout:
        return cls(Path(root).resolve())

    def table(self, name: str) -> Path:
        return self.root / name

    @property
    def state(self) -> Path:
        return self.root / "_state"

    @property
    def staging(self) -> Path:
        return self.state / "staging"

    @property
    def ledger(self) -> Path:
        return self.state / "ledger"

    @property
    def dedup(self) -> Path:
        return self.state / "dedup"

    @property
    def lock(self) -> Path:
        return self.state / "run.lock"

    @property
    def feeds_seen(self) -> Path:
        """Article URLs already taken from feeds and sitemaps (the feed cursor)."""
        return self.state / "feeds_seen.json"

    @property
    def raw(self) -> Path:
        """WARC archives of the raw HTTP responses of each run's fetches."""
        return self.root / "_raw"

    @property
    def docs(self) -> Path:
        """Great Expectations Data Docs."""
        return self.root / "validation" / "docs"

    @property
    def reports(self) -> Path:
        return self.root / "report"

    def inside(self, path: Path) -> Path:
        """``path`` resolved, refusing anything outside the root."""
        p = path.resolve()
        if p != self.root and self.root not in p.parents:
            raise ValueError(f"refusing to write outside the output directory: {p}")
        return p
