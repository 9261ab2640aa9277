"""Relative dates resolved against the post's time, wherever the sentence puts them."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.dates import find_dates

POSTED = dt.datetime(2025, 11, 24, 18, 0)  # a Monday


@pytest.mark.parametrize("text, value", [
    ("Overnight, Russian drones targeted Kharkiv.", "2025-11-24"),
    ("Russian drones targeted Kharkiv overnight.", "2025-11-24"),
    ("Yesterday, Putin met Witkoff.", "2025-11-23"),
    ("Last week the talks ended.", "2025-W47"),
    ("Earlier this month Zelensky met Trump.", "2025-11"),
    ("Tomorrow he will meet Putin.", "2025-11-25"),
    ("In March 2025 they met.", "2025-03"),
    ("Trump spoke with Putin on Wednesday and later with Zelenskyy.", "2025-11-19"),
    ("Trump will speak with Putin on Wednesday.", "2025-11-26"),
    # the day of the report named by its weekday is that day, whatever the tense; "next" is a week on
    ("Talks held in Istanbul on Monday will not continue for a second day.", "2025-11-24"),
    ("Trump will speak with Putin on Monday.", "2025-11-24"),
    ("Trump will speak with Putin next Monday.", "2025-12-01"),
    # the day someone spoke of a plan is past, though the plan is ahead
    ("Kuleba late Saturday confirmed that he will meet Lavrov in Antalya.", "2025-11-22"),
    ("Kuleba said on Saturday that he will meet Lavrov.", "2025-11-22"),
    # a European dateline's day.month.year
    ("Brussels 03.02.2023 Charles Michel met Zelensky in Kyiv.", "2023-02-03"),
    # an arrival told in the past, though the visit it opens is ahead
    ("Modi arrived on Friday in Kyiv, where he will meet with Zelensky.", "2025-11-21"),
])
def test_relative_dates(text, value):
    assert [d.value for d in find_dates(text, POSTED)] == [value]


def test_an_event_that_came_as_someone_prepares_to_meet_is_no_past_trip():
    # (PA, Dec 2025): a Saturday report; the meeting is the next day
    found = find_dates("The attack came as Ukrainian President Volodymyr Zelensky prepares to meet US President Donald Trump "
                       "on Sunday for further talks.", dt.date(2025, 12, 27))
    assert [d.value for d in found] == ["2025-12-28"]
