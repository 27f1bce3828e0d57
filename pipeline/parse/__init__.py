"""Parse: raw bytes → document text with pages, tables and provenance.

``sniff`` tells the format from the bytes; ``stage`` dispatches a blob to its
reader: ``pdf/`` (pdfplumber and PDFium pages, ruled tables, signature fields,
OCR), ``html_page`` (news and portal pages), plain text; ``legacy_encodings``
repairs TCVN3/VNI text and ``vntext`` normalises Vietnamese text.
"""
