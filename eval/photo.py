"""Phone-photo copies of trade documents: the page on a table, seen at a slant, unevenly lit.

    python -m eval.photo SRC_DATASET OUT_DATASET --seed 11     # every case of a section-3 folder

Each PNG or JPEG page is put on a darker background, its corners pushed by up to 3.5 % of its
size (perspective), turned by up to ``--max-angle`` degrees, lit by a gradient (65-100 %),
slightly blurred, shrunk to 70-90 % and saved as a JPEG (quality 80). PDFs are copied as they are.
``expected.json`` follows the renamed files, so ``customs eval kie`` runs on the copy unchanged.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

import numpy as np

_IMAGES = {".png", ".jpg", ".jpeg"}


def photograph(page: np.ndarray, rng: random.Random, max_angle: float = 6.0) -> np.ndarray:
    """A phone photo of ``page`` (an RGB or BGR ``uint8`` array, returned in the same order)."""
    import cv2

    h, w = page.shape[:2]
    margin = int(0.06 * w)
    table = rng.randint(60, 140)
    canvas = np.full((h + 2 * margin, w + 2 * margin, 3), table, np.uint8)
    canvas[margin : margin + h, margin : margin + w] = page if page.ndim == 3 else page[..., None]
    height, width = canvas.shape[:2]

    corners = np.array(
        [[margin, margin], [margin + w, margin], [margin + w, margin + h], [margin, margin + h]],
        dtype=np.float32,
    )
    pushed = corners + np.array(
        [[rng.uniform(-0.035, 0.035) * w, rng.uniform(-0.035, 0.035) * h] for _ in range(4)], dtype=np.float32
    )
    slanted = cv2.warpPerspective(
        canvas, cv2.getPerspectiveTransform(corners, pushed), (width, height), borderValue=(table,) * 3
    )
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), rng.uniform(-max_angle, max_angle), 1.0)
    turned = cv2.warpAffine(slanted, turn, (width, height), borderValue=(table,) * 3)

    dim = rng.uniform(0.65, 0.85)
    across = np.linspace(dim, 1.0, width) if rng.random() < 0.5 else np.linspace(1.0, dim, width)
    down = np.linspace(1.0, rng.uniform(0.8, 1.0), height)
    light = (down[:, None] * across[None, :])[..., None]
    lit = np.clip(turned.astype(np.float32) * light, 0, 255).astype(np.uint8)
    blurred = cv2.GaussianBlur(lit, (3, 3), rng.uniform(0.5, 1.0))
    scale = rng.uniform(0.7, 0.9)
    return cv2.resize(blurred, (int(width * scale), int(height * scale)), interpolation=cv2.INTER_AREA)


def photograph_dataset(source: Path, out: Path, seed: int = 11, max_angle: float = 6.0) -> int:
    """Copy a section-3 dataset with every page image replaced by its photo; the pages changed."""
    import cv2

    shutil.copytree(source, out)
    rng = random.Random(seed)
    changed = 0
    for path in sorted(out.glob("*/documents/*")):
        if path.suffix.lower() not in _IMAGES:
            continue
        page = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if page is None:
            raise ValueError(f"{path} is not a readable image")
        photo = photograph(np.asarray(page), rng, max_angle)
        target = path.with_suffix(".jpg")
        cv2.imwrite(str(target), photo, [cv2.IMWRITE_JPEG_QUALITY, 80])
        if target != path:
            path.unlink()
            expected = path.parent.parent / "expected.json"
            expected.write_text(
                expected.read_text(encoding="utf-8").replace(f'"{path.name}"', f'"{target.name}"'),
                encoding="utf-8",
            )
        changed += 1
    return changed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, help="a folder of section-3 cases")
    parser.add_argument("out", type=Path, help="where to write the photographed copy (must not exist)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--max-angle", type=float, default=6.0, help="largest turn, in degrees")
    args = parser.parse_args(argv)
    print(
        f"{photograph_dataset(args.source, args.out, args.seed, args.max_angle)} pages photographed into {args.out}"
    )


if __name__ == "__main__":
    main()
