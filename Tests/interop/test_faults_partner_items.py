"""Fault suite: hostile partner items (and one hostile seed page) through the real binary,
with the partner feed served over HTTP on 127.0.0.1. No single item is a source failure, so
every build exits 0: the partner-item gate repairs what it can, says so on stderr and in the
JSON report, and the three published feeds stay whole, valid, consistent and dated sanely."""
import json
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from fault_site import ATOM, FaultSite
from source_server import SourceServer, rss, serve

SOUND = "Mon, 12 May 2025 09:00:00 GMT"
# Partner guids are URNs: the Atom writer keeps an IRI as it is, so the three feeds agree on
# ids (FaultSite.published() compares them).


@pytest.fixture
def server():
    with SourceServer() as running:
        yield running


def site_with(tmp_path, feedwright_bin, server, items, name="wire"):
    """A site whose one partner source serves `items` ([(guid, title, date)])."""
    server.routes["/wire.xml"] = serve(rss("Wire", items).encode())
    site = FaultSite(tmp_path, feedwright_bin)
    site.config(sources=[{"name": name, "url": server.url("/wire.xml")}])
    return site


def warnings(run):
    return [line for line in run.stderr.splitlines() if ": warning: " in line]


def feed_dates(site):
    """Every date the three feeds carry at feed level and on items, as text."""
    rss_root = ET.parse(site.feeds / "rss.xml").getroot()
    atom_root = ET.parse(site.feeds / "atom.xml").getroot()
    document = json.loads((site.feeds / "feed.json").read_text(encoding="utf-8"))
    dates = [rss_root.findtext("channel/lastBuildDate") or ""]
    dates += [item.findtext("pubDate") or "" for item in rss_root.iter("item")]
    dates += [atom_root.findtext(f"{ATOM}updated") or ""]
    dates += [e.findtext(f"{ATOM}updated") or "" for e in atom_root.iter(f"{ATOM}entry")]
    dates += [e.findtext(f"{ATOM}published") or "" for e in atom_root.iter(f"{ATOM}entry")]
    for item in document["items"]:
        dates += [item.get("date_published", ""), item.get("date_modified", "")]
    return dates


def assert_sane_dates(site):
    for date in feed_dates(site):
        assert "9999" not in date and not date.startswith("0001") and " 0001 " not in date, date


def assert_whole(site, run):
    """Exit 0, feeds complete and consistent, state database sound."""
    assert run.code == 0, run
    items = site.published()
    site.assert_state_sound()
    return items


def test_partner_dates_in_year_9999_and_year_1_are_treated_as_undated(tmp_path, feedwright_bin, server):
    site = site_with(tmp_path, feedwright_bin, server, [
        ("urn:wire:far", "From the far future", "Fri, 31 Dec 9999 23:59:59 GMT"),
        ("urn:wire:old", "From year one", "Mon, 01 Jan 0001 00:00:00 GMT"),
        ("urn:wire:sound", "Sound story", SOUND),
    ])
    run = site.build()
    items = assert_whole(site, run)
    titles = [title for _, title in items["rss"]]
    assert {"From the far future", "From year one", "Sound story"} <= set(titles)
    lines = warnings(run)
    assert any(line.startswith("source wire: warning: item \"From the far future\" (id \"urn:wire:far\")")
               and "9999-12-31T23:59:59" in line and "limits.futureDates" in line for line in lines), run
    assert any("\"From year one\"" in line and "0001-01-01" in line and "limits.earliestDate" in line
               for line in lines), run
    assert any("From the far future" in w for w in run.report["warnings"])
    assert_sane_dates(site)


def test_three_stories_sharing_one_guid_are_all_published(tmp_path, feedwright_bin, server):
    site = site_with(tmp_path, feedwright_bin, server, [
        ("urn:wire:briefing", "Morning briefing", "Mon, 12 May 2025 07:00:00 GMT"),
        ("urn:wire:briefing", "Noon briefing", "Mon, 12 May 2025 12:00:00 GMT"),
        ("urn:wire:briefing", "Evening briefing", "Mon, 12 May 2025 19:00:00 GMT"),
    ])
    run = site.build()
    items = assert_whole(site, run)
    published = [(i, t) for i, t in items["json"] if t.endswith("briefing")]
    assert sorted(t for _, t in published) == ["Evening briefing", "Morning briefing", "Noon briefing"]
    assert len({i for i, _ in published}) == 3
    shared = [line for line in warnings(run) if "share 1 id(s)" in line]
    assert len(shared) == 1 and shared[0].startswith("source wire: warning: 3 items share") \
        and "\"urn:wire:briefing\"" in shared[0], run
    assert run.report["sources"][0]["items"] == 3


def test_a_guid_that_is_no_valid_urn_gets_an_id_of_ours_and_the_build_publishes(
        tmp_path, feedwright_bin, server):
    site = site_with(tmp_path, feedwright_bin, server, [
        ("urn:oops", "Bad guid", SOUND),
        ("urn:wire:good", "Good guid", "Mon, 12 May 2025 10:00:00 GMT"),
    ])
    run = site.build()
    items = assert_whole(site, run)
    ids = dict((title, id_) for id_, title in items["atom"])
    assert ids["Bad guid"] == "tag:site.example,2025:partner/wire/urn%3Aoops"
    assert any("item \"Bad guid\" (id \"urn:oops\")" in line and "InvalidURN" in line
               for line in warnings(run)), run


def test_a_5_mb_partner_title_is_cut(tmp_path, feedwright_bin, server):
    huge = "Ж" * 2_600_000
    site = site_with(tmp_path, feedwright_bin, server, [("urn:wire:huge", huge, SOUND), ("urn:wire:small", "Small", SOUND)])
    run = site.build()
    items = assert_whole(site, run)
    title = next(t for i, t in items["json"] if i == "urn:wire:huge")
    assert len(title) == 1000 and title.endswith("…") and title.startswith("ЖЖЖ")
    assert any("(id \"urn:wire:huge\")" in line and "title of 2600000 characters cut to 1000 (limits.titleLength)" in line
               for line in warnings(run)), run.stderr[:2000]
    for name in ("rss.xml", "atom.xml", "feed.json"):
        assert (site.feeds / name).stat().st_size < 200_000, name


def test_a_10_mb_seed_title_is_cut_with_its_file_and_line(tmp_path, feedwright_bin, server):
    site = site_with(tmp_path, feedwright_bin, server, [("urn:wire:small", "Small", SOUND)])
    (site.root / "seeds" / "zzz_huge.txt").write_text(
        "Огромная страница\n11.05.2025, 10:00 " + "Ж" * 5_000_000 + "\n", encoding="utf-8")
    run = site.build()
    items = assert_whole(site, run)
    title = next(t for _, t in items["rss"] if t.startswith("ЖЖЖ"))
    assert len(title) == 1000 and title.endswith("…")
    assert any(line.startswith("seeds/zzz_huge.txt:2: warning: title \"ЖЖЖ")
               and "5000000 characters; cut to 1000 (limits.titleLength)" in line for line in warnings(run)), run
    assert (site.feeds / "rss.xml").stat().st_size < 200_000


def test_limits_from_config_json_apply(tmp_path, feedwright_bin, server):
    site = site_with(tmp_path, feedwright_bin, server, [
        ("urn:wire:long", "A title of some forty characters or so..", SOUND),
        ("urn:wire:early", "Before 2020", "Mon, 01 Jan 2018 00:00:00 GMT"),
    ])
    site.config(sources=[{"name": "wire", "url": server.url("/wire.xml")}],
                limits={"titleLength": 20, "earliestDate": "2020-01-01"})
    run = site.build()
    items = assert_whole(site, run)
    assert ("urn:wire:long", "A title of some for…") in items["json"]
    assert any("\"Before 2020\"" in line and "2018-01-01" in line for line in warnings(run)), run


def test_a_second_build_changes_no_byte(tmp_path, feedwright_bin, server):
    site = site_with(tmp_path, feedwright_bin, server, [
        ("urn:wire:far", "From the far future", "Fri, 31 Dec 9999 23:59:59 GMT"),
        ("urn:wire:old", "From year one", "Mon, 01 Jan 0001 00:00:00 GMT"),
        ("urn:wire:briefing", "Morning briefing", "Mon, 12 May 2025 07:00:00 GMT"),
        ("urn:wire:briefing", "Noon briefing", "Mon, 12 May 2025 12:00:00 GMT"),
        ("urn:wire:briefing", "Evening briefing", "Mon, 12 May 2025 19:00:00 GMT"),
        ("urn:oops", "Bad guid", SOUND),
        ("urn:wire:huge", "Ж" * 100_000, SOUND),
    ])
    first = site.build()
    assert_whole(site, first)
    before = site.feed_bytes()
    with_state = site.state.read_bytes()
    archived = archive_ids(site)
    second = site.build()
    assert_whole(site, second)
    assert site.feed_bytes() == before
    assert all(not f["changed"] for f in second.report["files"]), second
    assert second.report["sources"][0]["new"] == 0
    assert archive_ids(site) == archived
    assert len(with_state) > 0


def archive_ids(site):
    with sqlite3.connect(f"file:{site.state}?mode=ro", uri=True) as connection:
        return sorted(row[0] for row in connection.execute("SELECT entry_id FROM archive"))
