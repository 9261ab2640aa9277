"""Folders of small news documents written for a test."""

from __future__ import annotations

from pathlib import Path


def folder(tmp_path: Path, **docs: str) -> Path:
    """tmp_path/news holding one `<name>.txt` per keyword argument."""
    path = tmp_path / "news"
    path.mkdir()
    for name, text in docs.items():
        (path / f"{name}.txt").write_text(text, encoding="utf-8")
    return path
