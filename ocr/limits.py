"""Limits that protect the process reading untrusted files (bytes, pages, pixels, time)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ReadLimits(BaseModel):
    max_file_mb: float = Field(default=50, description="Largest accepted file, in MB.")
    max_pages: int = Field(default=50, description="Documents with more pages are rejected.")
    max_pixels: int = Field(default=40_000_000, description="Largest accepted page image, width x height.")
    max_seconds: float = Field(default=120.0, description="Pages left after this time are skipped.")
    render_dpi: int = Field(default=200, description="Resolution of PDF pages without a text layer.")
    max_side: int = Field(default=2000, description="Pages are downscaled to this longest side before OCR.")

    @classmethod
    def from_settings(cls, settings: Any | None = None) -> ReadLimits:
        """Limits from the application settings (``CUSTOMS_MAX_PAGES`` ...), defaults when absent."""
        if settings is None:
            from api.settings import get_settings

            settings = get_settings()
        values = {
            name: getattr(settings, attr)
            for name, attr in (
                ("max_file_mb", "max_file_mb"),
                ("max_pages", "max_pages"),
                ("max_pixels", "max_pixels"),
                ("max_seconds", "ocr_max_seconds"),
            )
            if getattr(settings, attr, None) is not None
        }
        return cls(**values)
