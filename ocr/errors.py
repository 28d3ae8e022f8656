"""Errors of the OCR stage.

``read_document`` never raises for bad input; it only raises ``DocumentRejected`` when the
caller asks for it (``strict=True``), so that a service can answer "413 too large" cleanly.
"""

from __future__ import annotations


class DocumentRejected(Exception):
    """The file breaks a configured limit (bytes, pages, pixels, time) or cannot be read at all."""

    def __init__(self, reason: str, code: str = "rejected") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


class EngineUnavailable(RuntimeError):
    """An OCR engine's package or model files are not installed on this machine."""
