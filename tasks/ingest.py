"""Discovery and per-batch processing (read, extract, clean, annotate)."""

from __future__ import annotations

from prefect import task

from newsetl.pipeline import BatchResult, process_units
from newsetl.readers import InputUnit, discover
from newsetl.settings import Settings


@task(name="discover-inputs")
def discover_inputs(inputs: list[str]) -> list[InputUnit]:
    return discover(inputs)


@task(name="process-batch")
def process_batch(units: list[InputUnit], settings: Settings, skip_keys: frozenset[str]) -> BatchResult:
    return process_units(units, settings, skip_keys)
