"""Clean page text and split live pages into timed posts; picture credits and caption labels go."""

from __future__ import annotations

import datetime as dt
import re

from .dates import parse_day
from .models import Post

__all__ = ["clean_and_split", "TIMEZONES"]

# "…titlepublished at 11:16 British Summer Time 11 April" (title glued on by page extraction)
HEADER = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?P<title>.*?)\s*published at\s+(?P<h>\d{1,2}):(?P<m>\d{2})"
    r"(?:\s+(?P<tz>[A-Za-z][A-Za-z ]*?))??(?:\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?))?\s*$"
)
CREDIT = re.compile(r"(?:Image|Video|Media) source,\s*\S.*$")
CAPTION_LABEL = re.compile(r"^(?:Image|Media|Video) caption,?\s*$")
BULLET = re.compile(r"^[•·\-*]\s+")
TIMEZONES = {
    "british summer time": 1, "bst": 1, "greenwich mean time": 0, "gmt": 0, "utc": 0,
    "cet": 1, "cest": 2, "eet": 2, "eest": 3, "kyiv time": 2, "moscow time": 3, "msk": 3,
    "et": -5, "est": -5, "edt": -4,
}


def clean_and_split(body: str, published: dt.datetime | None) -> tuple[str, tuple[Post, ...]]:
    """Return the cleaned text and its posts (empty when the page is not a live page)."""
    lines: list[str] = []
    heads: list[tuple[int, str, dt.datetime | None]] = []  # (line index, title, time)
    for raw in body.splitlines():
        line = raw.strip()
        if CAPTION_LABEL.match(line):
            continue
        if CREDIT.search(line):
            # the alt text of a picture is glued to its credit: the whole line is picture furniture
            continue
        m = HEADER.match(line)
        if m:
            title = BULLET.sub("", m.group("title")).strip()
            if not title:
                continue  # a bare "published at" update stamp
            heads.append((len(lines), title, _post_time(m, published)))
            line = title
        lines.append(BULLET.sub("", line))
    text, starts, pos = "", [], 0
    for line in lines:
        starts.append(pos)
        text += line + "\n"
        pos += len(line) + 1
    posts = []
    for i, (idx, title, when) in enumerate(heads):
        end = starts[heads[i + 1][0]] if i + 1 < len(heads) else len(text)
        posts.append(Post(start=starts[idx], end=end, title=title, published=when))
    return text, tuple(posts)


def _post_time(m: re.Match, published: dt.datetime | None) -> dt.datetime | None:
    if published is None:
        return None
    day = parse_day(m.group("day"), published) if m.group("day") else published.date()
    if day is None:
        day = published.date()
    offset = TIMEZONES.get((m.group("tz") or "").strip().lower(), 0)
    tz = dt.timezone(dt.timedelta(hours=offset))
    return dt.datetime(day.year, day.month, day.day, int(m.group("h")), int(m.group("m")), tzinfo=tz)
