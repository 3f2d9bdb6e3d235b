"""Readers: turn INPUT arguments into units of work, and units into RawPage / Rejection streams.

``discover(inputs)`` expands directories and files into ``InputUnit`` values (small, picklable,
cheap to batch); ``read_unit(unit)`` yields one ``RawPage`` per page or a ``Rejection`` for input
that cannot be read. One module per input kind; a new kind registers itself in ``KINDS``.
Readers touch the disk (and, for URLs, the network through a fetcher); extraction never does.
"""

from newsetl.readers.base import InputUnit, UsageError, discover, read_unit

__all__ = ["InputUnit", "UsageError", "discover", "read_unit"]
