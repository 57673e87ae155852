"""Projects a feed, as read by feedparser and as read by Feedwright, onto the fields the
differential test compares: ids, titles, links, dates (instants), authors, categories,
enclosures and content (as plain text)."""
import calendar
import datetime
import html
import json
import re
import subprocess

FIELDS = ("id", "title", "link", "published", "updated", "authors", "categories", "enclosures", "content")
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


def text(value):
    """Markup-insensitive text: tags dropped, entities decoded, whitespace collapsed."""
    if value is None:
        return ""
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", value))).strip()


def instant_from_struct(struct):
    """feedparser's UTC struct_time as epoch seconds; impossible ones (year -1) as None."""
    try:
        return calendar.timegm(struct) if struct else None
    except ValueError:
        return None


def instant_from_rfc3339(value):
    if not value:
        return None
    return int(datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())


class FeedparserCrash:
    """feedparser raised instead of returning a result."""

    def __init__(self, reason):
        self.reason = reason


def feedparser_entries(path, base):
    import feedparser

    with open(path, "rb") as handle:
        data = handle.read()
    try:
        parsed = feedparser.parse(data, response_headers={"content-location": base})
    except Exception as error:  # feedparser itself crashes on some hostile documents
        return FeedparserCrash(repr(error))
    entries = []
    for entry in parsed.entries:
        content = entry.get("content")
        body = content[0].get("value") if content else entry.get("summary")
        entries.append({
            "id": entry.get("id", ""),
            "title": text(entry.get("title", "")),
            "link": entry.get("link", ""),
            "published": instant_from_struct(entry.get("published_parsed") or entry.get("updated_parsed")),
            "updated": instant_from_struct(entry.get("updated_parsed")) if "updated" in entry else None,
            "authors": sorted(a.get("name") or a.get("email") or "" for a in entry.get("authors", []) if a),
            "categories": sorted(t.get("term", "").strip() for t in entry.get("tags", []) if t.get("term")),
            "enclosures": sorted(e.get("href", "") for e in entry.get("enclosures", []) if e.get("href")),
            "content": text(body),
        })
    return entries


def feedwright_entries(binary, path, base):
    """Our entries, and the format we recognised; None when we refused the document."""
    result = subprocess.run(
        [str(binary), "convert", str(path), "--to", "json", "--base-url", base, "--diagnostics", "json"],
        capture_output=True, text=True, timeout=30,
    )
    if result.returncode != 0:
        return None
    feed = json.loads(result.stdout)
    report = json.loads(result.stderr.strip().splitlines()[-1])
    entries = []
    for item in feed.get("items", []):
        entries.append({
            "id": item.get("id", ""),
            "title": text(item.get("title", "")),
            "link": item.get("url", ""),
            "published": instant_from_rfc3339(item.get("date_published") or item.get("date_modified")),
            "updated": instant_from_rfc3339(item.get("date_modified")),
            "authors": sorted(a.get("name", "") for a in item.get("authors", [])),
            "categories": sorted(t.strip() for t in item.get("tags", [])),
            "enclosures": sorted(a["url"] for a in item.get("attachments", [])),
            "content": text(item.get("content_html") or item.get("content_text")),
        })
    return entries, report["format"]
