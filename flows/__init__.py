"""Prefect flows that compose ``tasks`` (etl, backfill) and the ``newsetl`` command line (cli)."""
