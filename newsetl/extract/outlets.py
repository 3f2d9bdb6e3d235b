"""Outlet and site name: the outlet registry (lexicons/outlets.json) by domain, then page metadata."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from newsetl import lexicons


@dataclass(frozen=True)
class OutletResult:
    outlet: str | None
    site_name: str | None
    timezone: str | None = None
    country: str | None = None


@cache
def _by_domain() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for o in lexicons.load("outlets.json")["outlets"]:
        for d in o["domains"]:
            out[d.lower()] = o
    return out


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.lower().removeprefix("www.").removeprefix("m.") or None


def lookup_domain(url: str | None) -> dict[str, Any] | None:
    host = host_of(url)
    while host:
        if host in _by_domain():
            return _by_domain()[host]
        host = host.split(".", 1)[1] if "." in host else None
    return None


def extract_outlet(signals: Mapping[str, Any], url: str | None) -> OutletResult:
    entry = lookup_domain(url)
    site = signals.get("site_name") or signals.get("publisher")
    if entry:
        return OutletResult(entry["ar"], site or entry["ar"], entry.get("tz"), entry.get("country"))
    return OutletResult(site, site)
