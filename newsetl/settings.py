"""Typed settings with defaults, overridable from NEWSETL_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Settings:
    batch_size: int = 64  # pages per processing task
    pages_per_run: int = 20_000  # a larger input is committed as several runs (run_id-p001, ...): bounded memory
    min_arabic_share: float = 0.6  # share of letters in Arabic script for a page to be Arabic
    min_body_chars: int = 80  # shorter clean bodies are rejected (too_short)
    max_page_bytes: int = 8_000_000  # larger pages are cut before parsing (html) or rejected
    page_timeout_s: float = 20.0  # per-page extraction budget
    near_dup_threshold: float = 0.5  # share of the shorter text's shingles found in the longer (containment); measured in tests/dedup
    max_reject_share: float = 0.2  # a batch with more validation rejects than this fails the run

    @classmethod
    def from_env(cls) -> Settings:
        kwargs: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"NEWSETL_{f.name.upper()}")
            if raw is not None:
                kwargs[f.name] = type(getattr(cls, f.name))(raw)
        return cls(**kwargs)  # type: ignore[arg-type]
