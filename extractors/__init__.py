"""Vietnamese text → typed annotations. Pure functions: no I/O beyond the
packaged data tables in ``extractors/data``, no knowledge of the pipeline.

Every annotation carries ``(start, end)`` offsets into the text it was given."""

# Bump when extraction output changes; it is stored on every extracted record.
EXTRACTOR_VERSION = "0.2.99"
