#!/usr/bin/env bash
# Set up vnplans on a fresh machine: the OCR engine where it can be installed,
# a virtual environment in .venv and the package (with test tools: --test).
# Safe to run again: what is already there is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

have_vietnamese_ocr() { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; }

if ! have_vietnamese_ocr; then
  apt_install="apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-vie"
  # A failed install is not fatal: vnplans runs without OCR (scans become needs_ocr), said below.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive $apt_install >/dev/null; } || true
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then
    { sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive $apt_install >/dev/null; } || true
  fi
  have_vietnamese_ocr || echo "setup: Tesseract with the Vietnamese model (tesseract-ocr-vie) is not installed;" \
    "scanned PDFs will be kept with status needs_ocr." >&2
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
