"""Output I/O: where everything lives under the output root (``layout``), schema-enforced Parquet
files (``parquet``), and the run journal that makes each run's writes atomic and recoverable
(``journal``). Depends on pyarrow, filelock and the standard library only."""
