"""Legacy Word/Excel files (.doc, .xls) converted to .docx/.xlsx by LibreOffice
headless, when it is installed (``bash scripts/setup.sh --office``)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

CONVERTERS = ("soffice", "libreoffice")
INSTALL_HINT = "install LibreOffice (bash scripts/setup.sh --office) to read it"


class ConversionUnavailable(RuntimeError):
    """No LibreOffice on this machine: the document waits for one (status needs_conversion)."""


class ConversionFailed(RuntimeError):
    """LibreOffice ran but gave no converted file."""


def office_converter() -> Optional[str]:
    """Path of the LibreOffice binary, or None."""
    return next((path for path in map(shutil.which, CONVERTERS) if path), None)


def convert_office(data: bytes, source_suffix: str, target_suffix: str, timeout: float) -> bytes:
    """``data`` (a .doc or .xls) converted to ``target_suffix`` (docx, xlsx)."""
    binary = office_converter()
    if binary is None:
        raise ConversionUnavailable(f"LibreOffice (soffice) is not installed; {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="vnplans-convert-") as tmp:
        folder = Path(tmp)
        source = folder / f"document.{source_suffix}"
        source.write_bytes(data)
        # A profile of its own: parallel conversions cannot lock each other out.
        command = [binary, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                   "--norestore", "--convert-to", target_suffix, "--outdir", str(folder / "out"), str(source)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                   env={**os.environ, "HOME": tmp})
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # soffice starts helpers: end the whole group
            process.communicate()
            raise ConversionFailed(f"LibreOffice conversion timed out after {timeout:g} s")
        converted = folder / "out" / f"document.{target_suffix}"
        if not converted.exists():
            reason = stderr.decode("utf-8", "replace").strip().splitlines()
            raise ConversionFailed(f"LibreOffice could not convert it (exit {process.returncode}"
                                   f"{': ' + reason[-1] if reason else ''})")
        return converted.read_bytes()
