"""PDF pages → text: ``plumber`` (pdfplumber: every page type, letterheads,
stamps, cleaning), ``pdfium`` (PDFium for plainly born-digital pages),
``tables`` (ruled tables), ``signatures`` (values only in signature fields)
and ``ocr`` (Tesseract for scans)."""
