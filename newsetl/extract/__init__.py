"""Extractors: pure functions from page content to values. No network, no disk.

``html`` (trafilatura plus pruning), ``textdump`` (scraper text dumps), ``dates``, ``outlets``,
``quotes``. May import ``newsetl.text``, ``newsetl.lexicons`` and ``newsetl.records``.
"""
