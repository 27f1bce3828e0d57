#!/usr/bin/env bash
# Set up vnplans on a fresh machine: the OCR engine where it can be installed,
# a virtual environment in .venv and the package.
#   --test    with the test tools, LibreOffice (so the tests cover .doc conversion),
#             the DejaVu fonts (tests typeset PDFs in them) and Debian's Chromium
#             (~80 MB download, ~290 MB installed), which the report's browser test
#             drives headless through Playwright
#   --office  with LibreOffice (writer and calc, no GUI: ~100 MB download, ~310 MB
#             installed), which converts legacy .doc/.xls attachments; without it
#             they are kept with status needs_conversion
# Safe to run again: what is already there is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

extras="" office="" browser="" fonts=""
for option in "$@"; do
  case "$option" in
    --test) extras="[test]" office=1 browser=1 fonts=1 ;;
    --office) office=1 ;;
    *) echo "setup: unknown option $option (known: --test, --office)" >&2; exit 2 ;;
  esac
done

# apt_install PACKAGE...: as root or through password-less sudo; a failure is not fatal
# (vnplans runs without these: what is missing is said below).
apt_install() {
  local install="apt-get install -y -qq --no-install-recommends $*"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive $install >/dev/null; } || true
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then
    { sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive $install >/dev/null; } || true
  fi
}

have_vietnamese_ocr() { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; }

if ! have_vietnamese_ocr; then
  apt_install tesseract-ocr tesseract-ocr-vie
  have_vietnamese_ocr || echo "setup: Tesseract with the Vietnamese model (tesseract-ocr-vie) is not installed;" \
    "scanned PDFs will be kept with status needs_ocr." >&2
fi

have_libreoffice() { command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; }

if [ -n "$office" ] && ! have_libreoffice; then
  apt_install libreoffice-writer-nogui libreoffice-calc-nogui
  have_libreoffice || echo "setup: LibreOffice is not installed;" \
    "legacy .doc/.xls files will be kept with status needs_conversion." >&2
fi

# Tests typeset PDFs (fpdf2) in this TrueType font, which has the Latin-1 glyphs TCVN3 text is drawn with.
if [ -n "$fonts" ] && [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  apt_install fonts-dejavu-core
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || echo "setup: fonts-dejavu-core is not installed;" \
    "the tests that typeset PDFs will fail." >&2
fi

# Playwright drives this browser: its own `playwright install` downloads a browser build, which is not done here.
if [ -n "$browser" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
  [ -x /usr/bin/chromium ] || echo "setup: Chromium is not installed; the report's browser test will be skipped." >&2
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
