"""Image preparation before OCR, keeping the transform so every box maps back to the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

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


def is_sideways(lines: list[OcrLine]) -> bool:
    """Most text lines stand on end: the page was scanned or photographed a quarter-turn off."""
    words = [x for x in lines if len(x.text.strip()) >= 4]
    if len(words) < 3:
        return False
    tall = sum(1 for x in words if (x.box.b - x.box.t) > 1.5 * (x.box.r - x.box.l))
    return tall > len(words) / 2


def _reading_score(lines: list[OcrLine]) -> float:
    return sum(x.confidence * len(x.text.strip()) for x in lines)


def upright(
    image: np.ndarray, read: Callable[[np.ndarray], list[OcrLine]]
) -> tuple[Literal[90, 270], list[OcrLine]]:
    """Read a sideways page both quarter-turns and keep the better reading (``read`` should not
    flip upside-down lines itself, or both turns read equally well).

    Returns the clockwise rotation (90 or 270 degrees) that makes the page upright and the lines
    read on the upright image, whose boxes are in that image's pixels.
    """
    import cv2

    readings: dict[Literal[90, 270], list[OcrLine]] = {
        90: read(cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)),
        270: read(cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE)),
    }
    best = max(readings, key=lambda k: _reading_score(readings[k]))
    return best, readings[best]
