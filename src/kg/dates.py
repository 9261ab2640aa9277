"""Dates in news prose, absolute or relative, resolved against the time of the post that says them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["DateMention", "parse_day", "find_dates", "DATE_RE"]

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MON_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = rf"(?:{MONTHS}|(?:{MON_ABBR})\.?)"


def _both_cases(alternatives: str) -> str:
    """'today|last week' -> 'today|Today|last week|Last week': the forms as written mid-sentence and first."""
    return "|".join(f"{a}|{a[0].upper()}{a[1:]}" for a in alternatives.split("|"))


DATE_RE = re.compile(
    rf"\b(?:"
    rf"(?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+{_M}(?:,?\s+\d{{4}})?)"
    rf"|(?P<mdy>{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?)"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    # a European dateline's day.month.year: "Brussels 03.02.2023"
    rf"|(?P<dotted>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d)"
    # sentence-initial "Overnight, …", "Last week …" are capitalised (spelt out: (?i:) would double the cost)
    rf"|(?P<rel>{_both_cases('today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|overnight|last night|earlier today|later today')})"
    rf"|(?P<wd>(?:(?:on|last|this|next|since|until|by)\s+)?(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})(?:'s)?)"
    rf"|(?P<month>(?:{_both_cases('in|since|last|early|late|mid-|earlier in|by')})\s+(?:{MONTHS})(?:\s+\d{{4}})?)"
    rf"|(?P<relmonth>{_both_cases('last month|this month|earlier this month|next month|last week|this week|next week|last year|this year')})"
    rf")\b",
)
# a cheap test that a sentence may hold a date at all, before the full pattern runs
QUICK = re.compile(rf"\d|day\b|night|morning|afternoon|evening|[Tt]omorrow|week|month|year|{MONTHS}")
# "was scheduled to meet on Wednesday": a plan told in the past tense points back in time
# "travelled to Kyiv on Saturday to meet Zelensky": a purpose fulfilled, told in the past
# ("The attack came as Zelensky prepares to meet Trump": an event's timing, not a trip)
PAST_TRIP = re.compile(r"(?<!has )(?<!have )\b(?:travelled|traveled|flew|went|came(?!\s+(?:as|after|amid|before|just|hours|days|weeks|"
                       r"a\s+day|shortly|only)\b))\b[^.;]{0,60}\bto meet\b", re.I)
PAST_PLAN = re.compile(r"\b(?:was|were|had been)\s+(?:scheduled|due|supposed|expected|set|planning|going)\b|\b(?:was|were) to\b"
                       rf"|{PAST_TRIP.pattern}", re.I)
# a past verb of an event just before its date: the date is past whatever the sentence's tense
# ("arrived on Friday in Kyiv, where he will meet …": the arrival is past, whatever it leads to)
HELD_BEFORE = re.compile(r"(?<!\bbe )\b(?:held|met|took place|happened|occurred|ended|concluded|arrived|landed)\b[^.;,]{0,30}$")
# "Rinkevics, who on Thursday welcomed Zelensky …": a past verb right after the day
PAST_VERB_AFTER = re.compile(r"\s+(?:welcomed|met|held|hosted|visited|received|signed|arrived|attended|spoke|discussed|travelled|"
                             r"traveled|flew|launched|struck|attacked|hit)\b")
SPEECH_VERB = r"(?:said|says|told|confirmed|announced|stated|added|wrote|noted|reported|posted|tweeted)"
SPOKEN_AFTER = re.compile(rf"\s+(?:evening\s+|morning\s+|night\s+)?{SPEECH_VERB}\b")
SPOKEN_BEFORE = re.compile(rf"\b{SPEECH_VERB}\s+(?:(?:on|late|early|earlier)\s+)?$")
# "later" only with a time: "and later with Zelenskyy" tells the past
FUTURE = re.compile(r"\b(?:will|to meet|set to|are to|is to|due to|due (?:for|in|at|on)|expected|plans? to|planned (?:more|further|new)|scheduled|next|upcoming|"
                    r"later (?:today|tonight|this)|ahead of)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date found in text: `value` is YYYY-MM-DD (day precision) or YYYY-MM (month)."""

    start: int
    end: int
    text: str
    value: str

    @property
    def is_day(self) -> bool:
        return len(self.value) == 10


@lru_cache(maxsize=4096)
def _parse(text: str, anchor: dt.date, prefer: str) -> dt.date | None:
    import dateparser

    settings = {
        "RELATIVE_BASE": dt.datetime(anchor.year, anchor.month, anchor.day, 12),
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def parse_day(text: str, anchor: dt.datetime | dt.date) -> dt.date | None:
    """A day-and-month (maybe year) expression, the year taken from the anchor when absent.

    >>> parse_day("11 April", dt.date(2025, 4, 11))
    datetime.date(2025, 4, 11)
    """
    a = anchor.date() if isinstance(anchor, dt.datetime) else anchor
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    if re.search(r"\d{4}", text):
        return _parse(text, a, "current_period")
    # a day and month without a year is the nearest such day, not months ahead of the page
    cand = _parse(f"{text} {a.year}", a, "current_period")
    if cand and (cand - a).days > 60:
        cand = _parse(f"{text} {a.year - 1}", a, "current_period")
    return cand


def _month(name: str) -> int:
    return [m.lower() for m in MONTHS.split("|")].index(name.lower()) + 1


def _resolve(m: re.Match, anchor: dt.date, future: bool) -> str | None:
    kind = m.lastgroup
    text = m.group(0)
    low = text.lower()
    if kind in ("dmy", "mdy"):
        day = parse_day(text, anchor)
        return day.isoformat() if day else None
    if kind == "dotted":
        day, month, year = (int(x) for x in text.split("."))
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None  # "31.02.2023"
    if kind == "iso":
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    if kind == "rel":
        if low in ("yesterday",):
            return (anchor - dt.timedelta(days=1)).isoformat()
        if low == "tomorrow":
            return (anchor + dt.timedelta(days=1)).isoformat()
        return anchor.isoformat()  # today, tonight, overnight, last night: the night ending on the post's day
    if kind == "wd":
        words = low.replace("'s", "").split()
        target = WEEKDAYS.index(words[-1])
        delta = (anchor.weekday() - target) % 7
        fut = future or (words[0] in ("next", "until", "by"))
        if words[0] == "last" or not fut:
            past = anchor - dt.timedelta(days=delta or (7 if words[0] == "last" else 0))
            return past.isoformat()
        ahead = (target - anchor.weekday()) % 7
        # news names the day of the week for days within a week: "will meet on Tuesday" in a Tuesday's
        # report is that day; only "next Tuesday" is a week on
        return (anchor + dt.timedelta(days=ahead or (7 if words[0] == "next" else 0))).isoformat()
    if kind == "month":
        parts = low.replace("mid-", "mid ").split()
        name = next(p for p in parts if p.capitalize() in MONTHS.split("|"))
        year = next((int(p) for p in parts if p.isdigit()), None)
        month = _month(name)
        if year is None:
            year = anchor.year if month <= anchor.month or future else anchor.year - 1
        return f"{year:04d}-{month:02d}"
    if kind == "relmonth":
        if "month" in low:
            shift = -1 if low.startswith("last") else (1 if low.startswith("next") else 0)
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
            return f"{y:04d}-{mo + 1:02d}"
        if "week" in low:
            # a week is too coarse for xsd:date, but tells two encounters of the same people apart
            shift = -7 if low.startswith("last") else (7 if low.startswith("next") else 0)
            year, week, _ = (anchor + dt.timedelta(days=shift)).isocalendar()
            return f"{year:04d}-W{week:02d}"
        return None  # a year is too coarse to date an event
    return None


def is_day_of_words(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is the day someone spoke ("late Monday confirmed", "said on Monday")."""
    return bool(SPOKEN_AFTER.match(text, end) or SPOKEN_BEFORE.search(text, max(0, start - 30), start))


def find_dates(text: str, anchor: dt.datetime | dt.date | None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `anchor` (the post's or document's time)."""
    if anchor is None or not QUICK.search(text):
        return []
    a = anchor.date() if isinstance(anchor, dt.datetime) else anchor
    future = None  # the tense of the sentence, read only once it holds a date (most do not)
    out = []
    for m in DATE_RE.finditer(text):
        if future is None:
            future = bool(FUTURE.search(text)) and not PAST_PLAN.search(text)
        # "talks, held in Istanbul on Tuesday, will not continue": the clause of the date is past
        # "Kuleba late Monday confirmed that he will meet …", "said on Monday that …": the day the words were said
        value = _resolve(m, a, future and not HELD_BEFORE.search(text, max(0, m.start() - 40), m.start())
                         and not PAST_VERB_AFTER.match(text, m.end()) and not is_day_of_words(text, m.start(), m.end()))
        if value:
            out.append(DateMention(m.start(), m.end(), m.group(0), value))
    return out
