"""Extract: a parsed document → records, through the pure functions of
``extractors``. ``stage`` assembles one ``Extraction`` per document;
``spacy_export`` writes the annotations as spaCy ``DocBin`` files."""
