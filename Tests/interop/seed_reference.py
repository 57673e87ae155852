"""An independent reading of the seed page format, to check our feeds against."""
import datetime
import pathlib
import re
from zoneinfo import ZoneInfo

TIMELINE = re.compile(r"^(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d) (.+)$")
MOSCOW = ZoneInfo("Europe/Moscow")


def read_seed(path: pathlib.Path):
    """Returns (headlines as [(title, aware datetime)], article dict)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    headlines = []
    index = 1
    while index < len(lines) and (match := TIMELINE.match(lines[index])):
        day, month, year, hour, minute, title = match.groups()
        local = datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), tzinfo=MOSCOW)
        headlines.append((title.strip(), local))
        index += 1
    article = {
        "title": lines[index].strip(),
        "rubric": lines[index + 1].strip(),
        "paragraphs": [line.strip() for line in lines[index + 3:] if line.strip()],
    }
    return headlines, article
