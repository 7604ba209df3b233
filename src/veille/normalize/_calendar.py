"""Calendar arithmetic behind the date finder: TIMEX3 values for periods and their day ranges.

Values follow the TIMEX3 conventions of ISO-TimeML: "2025", "2025-10", "2025-10-11",
"2025-Q3" (quarter), "2025-H1" (half year), "2025-SU" (season: SP, SU, FA, WI), "2025-W42"
(ISO week), "2025-W42-WE" (its weekend), "199" (the decade 1990-1999) and "20" (the century
2000-2099). ``date_range`` turns any of them into its first and last day.

Seasons are the meteorological ones of the northern hemisphere, whole months: spring is March
to May, summer June to August, autumn September to November, and the winter of a year starts
in its December and ends in February of the next year ("2024-WI" is 2024-12-01..2025-02-28).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASONS = ("SP", "SU", "FA", "WI")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)|W(?P<w>\d{2})(?P<we>-WE)?))?|(?P<decade>\d{3})|(?P<century>\d{2})"
)


def in_range(year: int) -> bool:
    """Years the finder accepts."""
    return 1900 <= year <= 2100


def year_value(year: int) -> tuple[str, str] | None:
    return (f"{year:04d}", "year") if in_range(year) else None


def month_value(year: int, month: int) -> tuple[str, str] | None:
    return (f"{year:04d}-{month:02d}", "month") if in_range(year) else None


def day_value(d: date) -> tuple[str, str] | None:
    return (d.isoformat(), "day") if in_range(d.year) else None


def quarter_value(year: int, quarter: int) -> tuple[str, str] | None:
    return (f"{year:04d}-Q{quarter}", "quarter") if in_range(year) else None


def half_value(year: int, half: int) -> tuple[str, str] | None:
    return (f"{year:04d}-H{half}", "half") if in_range(year) else None


def season_value(year: int, season: str) -> tuple[str, str] | None:
    return (f"{year:04d}-{season}", "season") if in_range(year) else None


def week_value(d: date, weekend: bool = False) -> tuple[str, str] | None:
    """The ISO week of a day ("2025-W42"; its weekend "2025-W42-WE")."""
    iso_year, week, _ = d.isocalendar()
    if not in_range(iso_year):
        return None
    if weekend:
        return f"{iso_year:04d}-W{week:02d}-WE", "weekend"
    return f"{iso_year:04d}-W{week:02d}", "week"


def decade_value(year: int) -> tuple[str, str] | None:
    """The decade of a year: 1994 -> "199"."""
    return (f"{year // 10:03d}", "decade") if in_range(year) or in_range(year + 9) else None


def century_value(first_year: int) -> tuple[str, str] | None:
    """The century starting at ``first_year`` (2000 -> "20", TIMEX3 style)."""
    return (f"{first_year // 100:02d}", "century") if 1800 <= first_year <= 2100 else None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def season_index(year: int, season: str) -> int:
    """A running number of seasons, in time order (the winter of a year comes last)."""
    return year * 4 + SEASONS.index(season)


def season_at(d: date) -> tuple[int, str]:
    """(year, season) of a day; January and February belong to the previous year's winter."""
    if d.month in (1, 2):
        return d.year - 1, "WI"
    return d.year, SEASONS[(d.month - 3) // 3]


def season_near(season: str, ref: date, direction: str | None) -> int:
    """The year of a season said against ``ref``: "last" is the latest one that ended
    before the current season, "next" the first after it, "past"/"future" (a verb's tense)
    the latest one begun / the first one not yet over, otherwise the nearest (this one)."""
    year, current = season_at(ref)
    now = season_index(year, current)
    candidates = [season_index(y, season) for y in (year - 1, year, year + 1)]
    if direction == "last":
        chosen = max(c for c in candidates if c < now)
    elif direction == "next":
        chosen = min(c for c in candidates if c > now)
    elif direction == "past":
        chosen = max(c for c in candidates if c <= now)
    elif direction == "future":
        chosen = min(c for c in candidates if c >= now)
    else:
        chosen = min(candidates, key=lambda c: (abs(c - now), c < now))
    return chosen // 4


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def date_range(value: str) -> tuple[str, str]:
    """The first and last day (ISO 8601) of a TIMEX3 date value.

    "2025" -> ("2025-01-01", "2025-12-31"); "2025-Q3" -> ("2025-07-01", "2025-09-30");
    "2025-H1" -> ("2025-01-01", "2025-06-30"); "2025-SU" -> ("2025-06-01", "2025-08-31");
    "2025-W12" -> ("2025-03-17", "2025-03-23"); "199" -> ("1990-01-01", "1999-12-31").
    A period is never rounded to one of its days. Raises ValueError for anything else.
    """
    m = _VALUE.fullmatch(value.strip())
    if not m:
        raise ValueError(f"not a TIMEX3 date value: {value!r}")
    if m["decade"]:
        first = int(m["decade"]) * 10
        return date(first, 1, 1).isoformat(), date(first + 9, 12, 31).isoformat()
    if m["century"]:
        first = int(m["century"]) * 100
        return date(first, 1, 1).isoformat(), date(first + 99, 12, 31).isoformat()
    year = int(m["y"])
    if m["d"]:
        day = date(year, int(m["m"]), int(m["d"]))
        return day.isoformat(), day.isoformat()
    if m["m"]:
        month = int(m["m"])
        return date(year, month, 1).isoformat(), _last_day(year, month).isoformat()
    if m["q"] or m["h"]:
        span = 3 if m["q"] else 6
        first_month = (int(m["q"] or m["h"]) - 1) * span + 1
        last_month = first_month + span - 1
        return date(year, first_month, 1).isoformat(), _last_day(year, last_month).isoformat()
    if m["s"]:
        start_month, end_month = _SEASON_MONTHS[m["s"]]
        end_year = year + 1 if m["s"] == "WI" else year
        return (date(year, start_month, 1).isoformat(),
                _last_day(end_year, end_month).isoformat())
    if m["w"]:
        monday = date.fromisocalendar(year, int(m["w"]), 1)
        first_day = monday + timedelta(days=5) if m["we"] else monday
        return first_day.isoformat(), (monday + timedelta(days=6)).isoformat()
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the day does not exist in that month."""
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


_SLACK = timedelta(days=3)  # a publication date may be a few days off the article's "now"


def nearest_year(month: int, day: int, ref: date, weekday: int | None = None,
                 tense: str | None = None) -> date | None:
    """The date with this month and day said against ``ref``: in the past tense the latest
    one not after ref, in the future the first one not before it (with a few days' slack),
    otherwise the closest (previous, same or next year). When a weekday is written with it,
    a year where the day falls on that weekday wins."""
    candidates = [safe_date(ref.year + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if weekday is not None and any(c.weekday() == weekday for c in valid):
        valid = [c for c in valid if c.weekday() == weekday]
    if not valid:
        return None
    if tense == "past" and any(c <= ref + _SLACK for c in valid):
        return max(c for c in valid if c <= ref + _SLACK)
    if tense == "future" and any(c >= ref - _SLACK for c in valid):
        return min(c for c in valid if c >= ref - _SLACK)
    return min(valid, key=lambda c: (abs((c - ref).days), c > ref))


def weekday_date(weekday: int, ref: date, direction: str | None) -> date:
    """Resolve a weekday against ``ref``.

    "last": strictly before ``ref``; "this": the one of ref's week, or in the past tense the
    latest on or before ref ("this-past"), in the future the first on or after ("this-future");
    "next" and the future tense:
    strictly after; the present tense: the nearest; the past tense and no cue at all: the
    latest on or before ``ref`` (news are in the past).
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if direction == "last":
        return ref - timedelta(days=back or 7)
    if direction == "this":  # 'ce mardi': the one of this week (Monday to Sunday)
        return ref + timedelta(days=weekday - ref.weekday())
    if direction == "this-past":
        return ref - timedelta(days=back)
    if direction == "this-future":
        return ref + timedelta(days=ahead)
    if direction in ("next", "future"):
        return ref + timedelta(days=ahead or 7)
    if direction == "present":
        return ref + timedelta(days=ahead) if ahead < back else ref - timedelta(days=back)
    return ref - timedelta(days=back)


def month_with_direction(month: int, ref: date, direction: str | None) -> tuple[int, int]:
    """(year, month) for a month name: "last" is the latest such month strictly before ref's
    month, "next" the first strictly after; in the past tense the latest not after ref's
    month, in the future the first not before it; otherwise the month of ref's year."""
    if direction == "last":
        return (ref.year if month < ref.month else ref.year - 1), month
    if direction == "next":
        return (ref.year if month > ref.month else ref.year + 1), month
    if direction == "past":
        return (ref.year if month <= ref.month else ref.year - 1), month
    if direction == "future":
        return (ref.year if month >= ref.month else ref.year + 1), month
    return ref.year, month


def part_year(index: int, current: int, year: int, tense: str | None) -> int:
    """The year of a part of a year said without one ("au troisième trimestre"): the part
    ``index`` against the reference's part ``current`` of ``year``, placed by the tense."""
    if tense == "past" and index > current:
        return year - 1
    if tense == "future" and index < current:
        return year + 1
    return year


def two_digit_year(yy: int, ref: date | None) -> int:
    """"93" -> 1993, "08" -> 2008: the century that puts the year at most ten years after
    the reference date (2030 without one)."""
    limit = (ref.year if ref else 2020) + 10
    return 2000 + yy if 2000 + yy <= limit else 1900 + yy
