"""Read news documents (text with front matter, HTML, folders, stdin) into Document objects."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Iterator

import yaml

from .errors import InputError
from .liveposts import clean_and_split
from .models import Document

__all__ = ["load_path", "load_paths", "load_text", "document_files", "SUFFIXES", "MAX_BYTES"]

SUFFIXES = {".txt", ".md", ".html", ".htm"}
MAX_BYTES = 20_000_000  # a news page is far smaller; larger input is almost surely not one
# a folder's own notes are not news: README.md, METADATA.md, LICENSE.txt
NOT_DOCUMENTS = ("README", "METADATA", "LICENSE", "CHANGELOG", "NOTICE")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?", re.S)


def load_paths(paths: list[str | Path]) -> Iterator[Document]:
    """Every document under the given files, folders (recursive) or '-' (stdin), in a stable order."""
    for path in paths:
        yield from load_path(path)


def load_path(path: str | Path) -> Iterator[Document]:
    if str(path) == "-":
        yield load_bytes(sys.stdin.buffer.read(), "stdin", "<stdin>")
        return
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        files = document_files(p)
        if not files:
            raise InputError(f"{p}: no .txt, .md or .html documents in this folder")
        for f in files:
            yield load_file(f)
    else:
        yield load_file(p)


def document_files(folder: Path) -> list[Path]:
    """The documents under a folder (recursive), sorted; the folder's own notes left out."""
    return sorted(
        f for f in folder.rglob("*")
        if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.upper().startswith(NOT_DOCUMENTS)
    )


def load_file(path: Path) -> Document:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path}: file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one document")
    return load_bytes(path.read_bytes(), path.stem, str(path), html=path.suffix.lower() in (".html", ".htm"))


def load_bytes(data: bytes, doc_id: str, source: str, html: bool | None = None) -> Document:
    if not data.strip():
        raise InputError(f"{source}: empty document")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file, not text (found NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8") from exc
    if html is None:
        html = text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    return load_text(text, doc_id, source, html=html)


def load_text(text: str, doc_id: str, source: str = "", html: bool = False) -> Document:
    """A Document from text: front matter parsed, HTML reduced to its main text, posts split."""
    meta, body = _front_matter(text, source or doc_id)
    if html:
        body, html_meta = _html_text(body, source or doc_id)
        meta = {**html_meta, **meta}
    if not body.strip():
        raise InputError(f"{source or doc_id}: no text after the front matter")
    published = _published(meta.get("published") or meta.get("date"), source or doc_id)
    clean, posts = clean_and_split(body, published)
    return Document(
        id=str(meta.get("id") or doc_id),
        text=clean,
        title=str(meta.get("title") or ""),
        url=str(meta.get("url") or ""),
        publisher=str(meta.get("publisher") or ""),
        published=published,
        source=source,
        posts=posts,
    )


def _front_matter(text: str, source: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    m = FRONT_MATTER.match(text)
    if not m:
        raise InputError(f"{source}: front matter starts with '---' but has no closing '---' line")
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where else ""
        raise InputError(f"{source}: malformed YAML front matter{line}: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{source}: front matter must be 'key: value' lines, got {type(meta).__name__}")
    return meta, text[m.end():]


def _published(value, source: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, 12, tzinfo=dt.timezone.utc)
    try:
        parsed = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"{source}: 'published: {value}' is not a date (use YYYY-MM-DD)") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _html_text(html: str, source: str) -> tuple[str, dict]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text:
        raise InputError(f"{source}: no article text found in this HTML")
    meta = {}
    md = trafilatura.extract_metadata(html)
    if md is not None:
        meta = {k: v for k, v in {"title": md.title, "url": md.url, "publisher": md.sitename, "published": md.date}.items() if v}
    return text, meta
