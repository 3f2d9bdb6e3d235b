"""Thin Prefect tasks over ``newsetl``: each reads its inputs, calls the pure code, returns values.

Tasks work on batches (many pages per task run), never one task per page. Only network tasks
retry. May import prefect, ``newsetl`` and ``expectations``; nothing imports ``tasks`` but ``flows``.
"""
