"""The evaluation gate (not a pipeline stage): extractions scored against a
hand-made gold set, per field, with floors that a test checks."""
