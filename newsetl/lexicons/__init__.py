"""Lexicons as data files (JSON/TSV) with one cached loader. Rules read them; code holds no word lists.

Files: ``boilerplate.json`` (phrases marking page chrome), ``months.json`` (month names of the
three calendars), ``outlets.json`` (outlet registry), ``speech.json`` (speech verbs, titles, org
words), ``officials.json`` (officials registry). Imports nothing but the standard library.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Parse ``newsetl/lexicons/<name>`` (JSON) once per process."""
    with resources.files(__name__).joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)
