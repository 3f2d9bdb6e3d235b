"""Great Expectations suites as code, one module per table, column names imported from
``newsetl.schemas``. ``runner`` builds an ephemeral context, validates a batch held in memory and
returns the failing rows with the name of the expectation they broke. Imported lazily (GX ~4 s)."""
