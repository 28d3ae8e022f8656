"""Image preparation before OCR, keeping the transform so every box maps back to the page."""

from __future__ import annotations

import numpy as np

from ocr.models import BoundingBox, OcrLine


def downscale(image: np.ndarray, max_side: int) -> tuple[np.ndarray, float]:
    """The image with its longest side at most ``max_side``, and the factor applied (<= 1)."""
    import cv2

    h, w = image.shape[:2]
    factor = min(1.0, max_side / max(h, w))
    if factor >= 1.0:
        return image, 1.0
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA), factor


def map_back(lines: list[OcrLine], factor: float) -> list[OcrLine]:
    """Boxes read on a scaled image, expressed in the original page's units."""
    if factor == 1.0:
        return lines
    return [
        line.model_copy(
            update={
                "box": BoundingBox(
                    l=line.box.l / factor, t=line.box.t / factor, r=line.box.r / factor, b=line.box.b / factor
                )
            }
        )
        for line in lines
    ]
