"""When payments and conversions can happen: working days, and a daily cut-off after which
today is no longer available.

The docs show the cut-off only as a time of day: a quote for 2018-03-16 must settle by
15:00 that day (settlement cut-off, settlego-api.txt:3771). The docs' calendars list the past
cut-off day, weekends and public holidays (:6243-6265, :6308-6316); the simulator knows no
public holidays, so its calendar is the cut-off and weekends.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

CUTOFF = time(15)
WINDOW_DAYS = 14  # the docs' conversion calendar spans two weeks from today


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def first_working_day(now: datetime) -> date:
    """Today if it is a working day before the cut-off, otherwise the next working day."""
    day = now.date()
    if not is_working_day(day) or now.time() >= CUTOFF:
        day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def unavailable_dates(now: datetime) -> list[dict[str, str]]:
    """The dates of the coming two weeks nothing can happen on, described as the docs do."""
    first = first_working_day(now)
    entries = []
    for offset in range(WINDOW_DAYS):
        day = now.date() + timedelta(days=offset)
        if not is_working_day(day):
            description = f"No trading on {day:%A}"
        elif day < first:
            description = f"Past Cutoff: Next available trading date is {first.isoformat()}"
        else:
            continue
        entries.append({"date": day.isoformat(), "description": description})
    return entries
