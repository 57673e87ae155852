"""The published feeds, read by tools that are not ours: xmllint, feedparser, json."""
import calendar
import json
import pathlib
import subprocess
import xml.etree.ElementTree as ET

import feedparser
import pytest

from seed_reference import read_seed

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_b01014d3eaefd666.txt"
X5_TITLE = "Россия – это не про лавандовый раф: «X5 Клуб» изучил предпочтения россиян в кофе"
NS = {"atom": "http://www.w3.org/2005/Atom", "content": "http://purl.org/rss/1.0/modules/content/"}


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "feed.json"])
def test_a_fresh_build_reproduces_the_committed_feed_byte_for_byte(site, name):
    assert (site / "feeds" / name).read_bytes() == (ROOT / "feeds" / name).read_bytes()


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_xmllint_accepts_the_xml_feeds(site, name):
    result = subprocess.run(["xmllint", "--noout", str(site / "feeds" / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "feed.json"])
def test_the_published_feeds_have_no_finding_even_a_warning(site, feedwright_bin, name):
    """What we publish passes the validator strictly (warnings count), at the address the
    config publishes it under: merged Atom entries' <source> included."""
    result = subprocess.run(
        [str(feedwright_bin), "validate", "--strict", "--base-url", f"https://news.example.com/feeds/{name}",
         str(site / "feeds" / name)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors, 0 warnings, 0 notes" in result.stdout, result.stdout


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_feedparser_reads_every_title_and_instant(site, name):
    parsed = feedparser.parse(str(site / "feeds" / name))
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    headlines, article = read_seed(SEED)
    local = [entry for entry in parsed.entries if "source" not in entry]
    assert len(local) == 11
    by_title = {entry.title: entry for entry in local}
    assert set(by_title) == {title for title, _ in headlines} | {article["title"]}
    for title, local in headlines:
        published = by_title[title].published_parsed
        assert calendar.timegm(published) == int(local.timestamp()), title


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "feed.json"])
def test_items_are_newest_first(site, name):
    parsed = feedparser.parse(str(site / "feeds" / name)) if name != "feed.json" else None
    if parsed is not None:
        stamps = [calendar.timegm(entry.published_parsed) for entry in parsed.entries]
    else:
        items = json.loads((site / "feeds" / name).read_text(encoding="utf-8"))["items"]
        stamps = [item["date_published"] for item in items]
        assert len({stamp[-6:] for stamp in stamps}) == 1, "all Moscow dates since 2014 share one offset"
    assert stamps == sorted(stamps, reverse=True)


def test_the_x5_item_has_its_moscow_time_in_every_format(site):
    rss = ET.parse(site / "feeds" / "rss.xml").getroot()
    item = next(i for i in rss.iter("item") if i.findtext("title") == X5_TITLE)
    assert item.findtext("pubDate") == "Mon, 12 May 2025 16:45:00 +0300"
    atom = ET.parse(site / "feeds" / "atom.xml").getroot()
    entry = next(e for e in atom.findall("atom:entry", NS) if e.findtext("atom:title", namespaces=NS) == X5_TITLE)
    assert entry.findtext("atom:published", namespaces=NS) == "2025-05-12T16:45:00+03:00"
    feed = json.loads((site / "feeds" / "feed.json").read_text(encoding="utf-8"))
    json_item = next(i for i in feed["items"] if i["title"] == X5_TITLE)
    assert json_item["date_published"] == "2025-05-12T16:45:00+03:00"


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_the_article_carries_its_rubric_and_every_paragraph(site, name):
    _, article = read_seed(SEED)
    parsed = feedparser.parse(str(site / "feeds" / name))
    entry = next(e for e in parsed.entries if e.title == article["title"])
    assert [tag.term for tag in entry.tags] == [article["rubric"]]
    body = entry.content[0].value
    for paragraph in article["paragraphs"]:
        assert f"<p>{paragraph}</p>" in body
    assert entry.summary == article["paragraphs"][0]


def test_rss_has_self_link_tag_guids_and_content_encoded(site):
    rss = ET.parse(site / "feeds" / "rss.xml").getroot()
    channel = rss.find("channel")
    self_link = channel.find("atom:link", NS)
    assert self_link.get("rel") == "self" and self_link.get("href").endswith("/rss.xml")
    assert channel.findtext("lastBuildDate")
    for item in channel.iter("item"):
        guid = item.find("guid")
        if item.find("source") is None:
            assert guid.get("isPermaLink") == "false" and guid.text.startswith("tag:")
    assert any(item.find("content:encoded", NS) is not None for item in channel.iter("item"))


def test_json_feed_has_every_required_field(site):
    feed = json.loads((site / "feeds" / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(feed["title"], str) and feed["title"]
    assert isinstance(feed["items"], list)
    assert len([item for item in feed["items"] if "_feedwright" not in item]) == 11
    for item in feed["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert isinstance(item.get("content_html") or item.get("content_text"), str)
    ids = [item["id"] for item in feed["items"]]
    assert len(set(ids)) == len(ids)
    article = next(i for i in feed["items"] if "content_html" in i)
    assert article["tags"] == ["Политика"]
