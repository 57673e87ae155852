"""Fault suite: partner feeds the parser has to work around, and what the build report says
about them. Each case serves one hostile partner feed from a real HTTP server on 127.0.0.1,
runs the real binary twice (JSON report, then the text report on the same state), and checks
the exit code, both reports, the stderr warning a cron log keeps, the published feeds
(complete, consistent, valid) and the state database's integrity."""
import datetime
import email.utils

import pytest

from fault_site import FaultSite
from source_server import SourceServer, serve


def recent(hours):
    """An RFC 822 date `hours` before now: newer than every seed, so the item is published."""
    moment = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=hours)
    return email.utils.format_datetime(moment, usegmt=True)


def channel(items, declaration='<?xml version="1.0" encoding="utf-8"?>'):
    """An RSS 2.0 document around `items`, each already written as markup."""
    return (f'{declaration}<rss version="2.0"><channel><title>Partner</title>'
            f"<link>https://partner.example/</link><description>Partner</description>"
            f"{''.join(items)}</channel></rss>")


def item(guid, title, date):
    return (f"<item><title>{title}</title><link>https://partner.example/{guid}</link>"
            f'<guid isPermaLink="false">{guid}</guid><pubDate>{date}</pubDate></item>')


@pytest.fixture
def site(tmp_path, feedwright_bin):
    return FaultSite(tmp_path, feedwright_bin)


def build_both(site, body, content_type="application/rss+xml; charset=utf-8", **source):
    """Serves `body` as the partner feed; returns (JSON run, text run) on the same state."""
    with SourceServer() as server:
        server.routes["/partner.xml"] = serve(body, content_type=content_type)
        site.config([{"name": "Partner", "url": server.url("/partner.xml"), **source}])
        as_json = site.build()
        as_text = site.build(json_report=False)
    return as_json, as_text


def partner_report(run):
    (source,) = [s for s in run.report["sources"] if s["name"] == "Partner"]
    return source


def partner_titles(site):
    items = site.published()
    return [title for guid, title in items["rss"] if guid.startswith("urn:partner:")]


def assert_warned(run, phrase):
    """One stderr line for the source, with the summary: what a cron log shows."""
    lines = [line for line in run.stderr.splitlines() if line.startswith("warning: source Partner: ")]
    assert len(lines) == 1, run
    assert phrase in lines[0], run


def test_fifty_thousand_items_are_read_to_the_limit_and_counted(site):
    hour = recent(2)
    body = channel(f"<item><title>Story {n}</title><guid>urn:partner:{n}</guid><pubDate>{hour}</pubDate></item>"
                   for n in range(50_000))
    as_json, as_text = build_both(site, body)
    assert as_json.code == 0, as_json
    source = partner_report(as_json)
    assert source["read"] == 10_000
    assert source["diagnostics"]["itemLimit"] == {"limit": 10_000, "read": 10_000, "inDocument": 50_000}
    assert source["diagnostics"]["counts"] == {"LimitExceeded": {"warning": 1}}
    assert "read 10,000 of 50,000 items (item limit 10,000)" in source["diagnostics"]["summary"]
    # The figures count the same set: the 100 items the source offers (its maxItems), all new.
    assert (source["items"], source["new"]) == (100, 100)
    assert_warned(as_json, "read 10,000 of 50,000 items (item limit 10,000)")

    assert as_text.code == 0, as_text
    assert "source Partner: ok, 100 items (0 new) of 10,000 read," in as_text.stdout
    assert "  diagnostics: read 10,000 of 50,000 items (item limit 10,000)" in as_text.stdout
    assert "the document holds 50000 items; the other 40000 were not read" in as_text.stdout
    assert_warned(as_text, "read 10,000 of 50,000 items")
    # The partner's items are the newest: they fill the feed (50 items) beside the one
    # undated seed item, which takes the time of the first build.
    assert len(site.published()["rss"]) == 50
    titles = partner_titles(site)
    assert len(titles) == 49 and all(t.startswith("Story ") for t in titles), titles
    site.assert_state_sound()


def test_one_invalid_utf8_byte_becomes_one_replacement_character(site):
    good = [item(f"urn:partner:{n}", f"Новость номер {n}", recent(n + 1)) for n in range(3)]
    body = channel(good).encode("utf-8").replace(
        "Новость номер 1".encode(), "Новость номер 1 ".encode() + b"\xff" + " конец".encode())
    as_json, as_text = build_both(site, body)
    assert as_json.code == 0, as_json
    diagnostics = partner_report(as_json)["diagnostics"]
    assert diagnostics["counts"] == {"EncodingMismatch": {"error": 1}}
    assert diagnostics["summary"] == "1 invalid UTF-8 sequence replaced with U+FFFD"
    (first,) = diagnostics["first"]
    assert first["code"] == "EncodingMismatch" and first["severity"] == "error"
    assert first["line"] == 1 and first["column"] > 1
    assert "1 invalid UTF-8 sequence replaced with U+FFFD" in first["message"]
    assert_warned(as_json, "1 invalid UTF-8 sequence replaced with U+FFFD")

    assert as_text.code == 0, as_text
    assert "  diagnostics: 1 invalid UTF-8 sequence replaced with U+FFFD" in as_text.stdout
    assert f"    1:{first['column']}: error: EncodingMismatch 1 invalid UTF-8" in as_text.stdout
    titles = partner_titles(site)
    assert "Новость номер 1 \ufffd конец" in titles, titles
    assert sum(t.count("\ufffd") for t in titles) == 1, titles
    site.assert_state_sound()


def test_windows_1251_without_a_declaration_is_guessed_and_named(site):
    titles = ["Курс рубля вырос", "Погода на выходные", "Новый мост открыт"]
    body = channel([item(f"urn:partner:{n}", t, recent(n + 1)) for n, t in enumerate(titles)], declaration="")
    as_json, as_text = build_both(site, body.encode("windows-1251"), content_type="application/rss+xml")
    assert as_json.code == 0, as_json
    diagnostics = partner_report(as_json)["diagnostics"]
    assert diagnostics["summary"] == "encoding guessed windows-1251"
    assert diagnostics["counts"] == {"EncodingMismatch": {"error": 1}}
    assert "no encoding declared (UTF-8 assumed) but the bytes are windows-1251" in diagnostics["first"][0]["message"]
    assert_warned(as_json, "encoding guessed windows-1251")

    assert as_text.code == 0, as_text
    assert "  diagnostics: encoding guessed windows-1251" in as_text.stdout
    assert sorted(partner_titles(site)) == sorted(titles)
    site.assert_state_sound()


def test_ill_formed_xml_is_recovered_and_said_so(site):
    items = [item("urn:partner:0", "R&D budget", recent(1)),
             item("urn:partner:1", "Markets <b>rally", recent(2)),
             item("urn:partner:2", "Plain story", recent(3))]
    as_json, as_text = build_both(site, channel(items))
    assert as_json.code == 0, as_json
    diagnostics = partner_report(as_json)["diagnostics"]
    assert diagnostics["summary"].startswith("document recovered"), diagnostics
    assert set(diagnostics["counts"]) == {"NotWellFormed"}
    assert diagnostics["first"][0]["message"].startswith("repaired ")
    assert_warned(as_json, "document recovered")

    assert as_text.code == 0, as_text
    assert "  diagnostics: document recovered" in as_text.stdout
    assert "error: NotWellFormed repaired " in as_text.stdout
    titles = partner_titles(site)
    assert "R&D budget" in titles and "Plain story" in titles, titles
    site.assert_state_sound()


def test_unreadable_dates_are_dropped_and_counted(site):
    dates = ["yesterday", "31/31/2024", "soon", "whenever"]
    items = [item(f"urn:partner:{n}", f"Undated story {n}", d) for n, d in enumerate(dates)]
    as_json, as_text = build_both(site, channel(items + [item("urn:partner:9", "Dated story", recent(1))]))
    assert as_json.code == 0, as_json
    diagnostics = partner_report(as_json)["diagnostics"]
    assert diagnostics["summary"] == "4 dates dropped"
    assert diagnostics["counts"] == {"InvalidDate": {"warning": 4}}
    assert diagnostics["total"] == 4
    assert [d["message"] for d in diagnostics["first"]] == [
        f'pubDate: cannot read the date "{d}"; field left out' for d in dates[:3]]
    assert_warned(as_json, "4 dates dropped")

    assert as_text.code == 0, as_text
    lines = as_text.stdout.splitlines()
    at = lines.index("  diagnostics: 4 dates dropped")
    assert lines[at + 1] == '    warning: InvalidDate pubDate: cannot read the date "yesterday"; field left out'
    assert lines[at + 4] == "    and 1 more"
    # The undated items take the time they were first seen: they are published, not lost.
    assert len(partner_titles(site)) == 5
    site.assert_state_sound()
