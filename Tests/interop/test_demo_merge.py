"""The bundled demo merges the two sample partner feeds (partners/) into the seed timeline:
every seed item once, partner-only items credited with <source>, the same title three
hours apart kept twice, and a second run that changes no byte."""
import csv
import json
import pathlib
import subprocess
import xml.etree.ElementTree as ET

from seed_reference import read_seed

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_b01014d3eaefd666.txt"
EXPECTED = ROOT / "Tests" / "FeedAggregatorTests" / "Fixtures" / "demo" / "expected.tsv"
ATOM = "{http://www.w3.org/2005/Atom}"


def fates():
    rows = [line for line in EXPECTED.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row[0]: row[1] for row in csv.reader(rows, delimiter="\t")}


def rss_items(site):
    return list(ET.parse(site / "feeds" / "rss.xml").getroot().iter("item"))


def test_every_seed_item_is_published_once(site):
    headlines, article = read_seed(SEED)
    local = [item.findtext("title") for item in rss_items(site) if item.find("source") is None]
    assert sorted(local) == sorted([title for title, _ in headlines] + [article["title"]])


def test_partner_items_are_kept_or_dropped_as_the_demo_intends(site):
    published = {item.findtext("guid"): item for item in rss_items(site) if item.find("source") is not None}
    kept = {guid for guid, fate in fates().items() if fate == "kept"}
    assert set(published) == kept
    for guid, item in published.items():
        source = item.find("source")
        assert source.text in ("Wire", "Agency") and source.get("url").startswith("https://")


def test_partner_items_are_credited_in_atom_and_json_feed(site):
    atom = ET.parse(site / "feeds" / "atom.xml").getroot()
    sources = [entry.find(f"{ATOM}source") for entry in atom.iter(f"{ATOM}entry")]
    assert sum(source is not None for source in sources) == 4
    items = json.loads((site / "feeds" / "feed.json").read_text(encoding="utf-8"))["items"]
    credited = [item["_feedwright"]["source_name"] for item in items if "_feedwright" in item]
    assert sorted(credited) == ["Agency", "Agency", "Wire", "Wire"]


def test_the_same_title_three_hours_apart_stays_two_items(site):
    title = "Kaiyi Auto представила свою новую стратегию развития на мировом рынке"
    dates = [item.findtext("pubDate") for item in rss_items(site) if item.findtext("title") == title]
    assert dates == ["Sat, 10 May 2025 14:18:00 +0300", "Sat, 10 May 2025 11:18:00 +0300"]


def test_partner_html_is_sanitised(site):
    html = " ".join(item.findtext("description") or "" for item in rss_items(site) if item.find("source") is not None)
    assert "<p>" in html or "<b>" in html or "<a " in html, "the partner HTML is republished"
    for unsafe in ("<script", "onclick", "onerror", "javascript:", "<iframe"):
        assert unsafe not in html


def test_the_build_reports_the_merge_and_a_second_run_changes_nothing(site, feedwright_bin):
    before = {name: (site / "feeds" / name).read_bytes() for name in ("rss.xml", "atom.xml", "feed.json")}
    result = subprocess.run([str(feedwright_bin), "build", "--config", "config.json"], cwd=site,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "merged 4 partner items with 11 local items; dropped 12 duplicates" in result.stdout
    assert result.stdout.count("unchanged feeds/") == 3
    assert {name: (site / "feeds" / name).read_bytes() for name in before} == before
