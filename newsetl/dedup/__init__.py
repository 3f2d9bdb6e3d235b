"""Deduplication: URL canonicalisation, content fingerprints, and the persistent index that links
exact and near copies to their canonical article across runs. Pure code over values; the index
state is loaded from and saved to rows that ``newsetl.io`` persists beside the tables."""
