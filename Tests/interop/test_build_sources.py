"""`feedwright build` with partner sources served by a real HTTP server on 127.0.0.1:
conditional requests, redirects, failures, back-off, limits, encodings, and a partial
build that still publishes everything else."""
import json
import subprocess
import xml.etree.ElementTree as ET

import pytest

from source_server import (SourceServer, deflated, gzipped, redirect, rss, serve, slow_drip,
                           status)

DATE = "Mon, 12 May 2025 16:45:00 +0300"
ITEMS = [("p-1", "Первая новость партнёра", DATE), ("p-2", "Вторая новость", "Mon, 12 May 2025 15:00:00 +0300")]


class Site:
    def __init__(self, root, binary):
        self.root, self.binary = root, binary

    def config(self, sources, **extra):
        config = {
            "feed": {"title": "Test site", "link": "https://site.example/", "timeZone": "Europe/Moscow"},
            "sources": sources,
            "output": {"directory": "feeds"},
            "fetch": {"allowAddresses": ["127.0.0.1"], "timeout": 2, "connectTimeout": 2},
        }
        for key, value in extra.items():
            config[key] = {**config.get(key, {}), **value}
        (self.root / "config.json").write_text(json.dumps(config, ensure_ascii=False))

    def build(self, *args):
        result = subprocess.run([str(self.binary), "build", "--config", "config.json", "--format", "json", *args],
                                cwd=self.root, capture_output=True, text=True, timeout=60)
        report = json.loads(result.stdout) if result.stdout.strip() else None
        return result.returncode, report, result.stderr

    def titles(self):
        tree = ET.parse(self.root / "feeds" / "rss.xml")
        return [item.findtext("title") for item in tree.iter("item")]

    def feed_bytes(self):
        return {name: (self.root / "feeds" / name).read_bytes() for name in ("rss.xml", "atom.xml", "feed.json")}


@pytest.fixture
def site(tmp_path, feedwright_bin):
    return Site(tmp_path, feedwright_bin)


@pytest.fixture
def server():
    with SourceServer() as running:
        yield running


def source_report(report, name):
    return next(s for s in report["sources"] if s["name"] == name)


def test_200_then_304_reuses_the_stored_items(site, server):
    server.routes["/feed"] = serve(rss("Partner", ITEMS), etag='"v1"', last_modified="Mon, 12 May 2025 13:00:00 GMT")
    site.config([{"name": "Partner", "url": server.url("/feed")}])
    code, report, err = site.build()
    assert code == 0, err
    assert source_report(report, "Partner")["status"] == "ok"
    first = site.feed_bytes()
    code, report, err = site.build()
    assert code == 0, err
    assert source_report(report, "Partner")["status"] == "not-modified"
    second_request = server.requests_for("/feed")[1]
    assert second_request.get("If-None-Match") == '"v1"'
    assert second_request.get("If-Modified-Since") == "Mon, 12 May 2025 13:00:00 GMT"
    assert site.feed_bytes() == first
    assert "Первая новость партнёра" in site.titles()


@pytest.mark.parametrize("chain", [[301, 308], [308, 301, 301]])
def test_permanent_redirect_chains_are_followed_and_reported(site, server, chain):
    server.routes["/final"] = serve(rss("Partner", ITEMS))
    for index, code in enumerate(chain):
        target = f"/hop{index + 1}" if index + 1 < len(chain) else "/final"
        server.routes[f"/hop{index}"] = redirect(code, target)
    site.config([{"name": "Partner", "url": server.url("/hop0")}])
    code, report, err = site.build()
    assert code == 0, err
    partner = source_report(report, "Partner")
    assert partner["status"] == "ok"
    assert partner["movedTo"] == server.url("/final")
    assert "Вторая новость" in site.titles()


@pytest.mark.parametrize("route, expected", [
    (redirect(302, "/loop"), "redirect loop"),
    (status(404), "HTTP 404"),
    (status(500), "HTTP 500"),
])
def test_a_failing_source_makes_the_build_partial(site, server, route, expected):
    server.routes["/loop"] = route
    server.routes["/ok"] = serve(rss("Good", ITEMS))
    site.config([{"name": "Broken", "url": server.url("/loop")}, {"name": "Good", "url": server.url("/ok")}])
    code, report, err = site.build()
    assert code == 3, err
    assert report["partial"] is True
    broken = source_report(report, "Broken")
    assert broken["status"] == "failed" and expected in broken["error"]
    assert f"source Broken: failed: " in err
    assert "Первая новость партнёра" in site.titles()


def test_gone_disables_the_source(site, server):
    server.routes["/gone"] = status(410)
    site.config([{"name": "Old", "url": server.url("/gone")}])
    code, report, err = site.build()
    assert code == 3
    assert source_report(report, "Old")["status"] == "gone"
    assert "delete the source from config.json" in source_report(report, "Old")["error"]
    code, report, err = site.build()
    assert source_report(report, "Old")["status"] == "gone"
    assert len(server.requests_for("/gone")) == 1, "a gone source is not fetched again"


@pytest.mark.parametrize("code_, header", [(429, "120"), (503, "Wed, 21 Oct 2099 07:28:00 GMT")])
def test_rate_limiting_honours_retry_after(site, server, code_, header):
    server.routes["/busy"] = serve(rss("Busy", ITEMS))
    site.config([{"name": "Busy", "url": server.url("/busy")}])
    assert site.build()[0] == 0
    server.routes["/busy"] = status(code_, [("Retry-After", header)])
    code, report, err = site.build()
    assert code == 3
    assert source_report(report, "Busy")["status"] == "failed"
    assert "Первая новость партнёра" in site.titles(), "the archived items stay"
    code, report, err = site.build()
    assert code == 0, err
    busy = source_report(report, "Busy")
    assert busy["status"] == "deferred" and busy["retryAfter"]
    assert len(server.requests_for("/busy")) == 2, "no request before Retry-After has passed"
    assert "Первая новость партнёра" in site.titles()


def test_a_slow_drip_body_hits_the_timeout(site, server):
    server.routes["/slow"] = slow_drip(rss("Slow", ITEMS), delay=0.3)
    site.config([{"name": "Slow", "url": server.url("/slow")}])
    code, report, err = site.build()
    assert code == 3
    assert "no complete response within 2 s" in source_report(report, "Slow")["error"]


def test_a_body_over_the_cap_is_refused(site, server):
    server.routes["/huge"] = serve(rss("Huge", ITEMS) + "<!--" + "x" * 200_000 + "-->")
    site.config([{"name": "Huge", "url": server.url("/huge")}], fetch={"maxBytes": 100_000})
    code, report, err = site.build()
    assert code == 3
    assert "larger than 100000 bytes" in source_report(report, "Huge")["error"]


@pytest.mark.parametrize("route", [gzipped(rss("Packed", ITEMS)), deflated(rss("Packed", ITEMS))])
def test_compressed_bodies(site, server, route):
    server.routes["/packed"] = route
    site.config([{"name": "Packed", "url": server.url("/packed")}])
    code, report, err = site.build()
    assert code == 0, err
    assert "Вторая новость" in site.titles()
    assert "gzip" in server.requests_for("/packed")[0].get("Accept-Encoding", "")


def test_a_wrong_content_type_is_still_read(site, server):
    server.routes["/html"] = serve(rss("Mislabelled", ITEMS), content_type="text/html")
    site.config([{"name": "Mislabelled", "url": server.url("/html")}])
    code, report, err = site.build()
    assert code == 0, err
    assert "Вторая новость" in site.titles()


def test_koi8r_with_the_charset_only_in_the_header(site, server):
    body = rss("КОИ-8", [("k-1", "Новость в кодировке КОИ-8", DATE)], encoding="none").encode("koi8-r")
    server.routes["/koi8"] = serve(body, content_type="application/rss+xml; charset=koi8-r")
    site.config([{"name": "Koi", "url": server.url("/koi8")}])
    code, report, err = site.build()
    assert code == 0, err
    assert "Новость в кодировке КОИ-8" in site.titles()


def test_one_source_down_two_up(site, server):
    server.routes["/a"] = serve(rss("A", [("a-1", "Новость A", DATE)]))
    server.routes["/c"] = serve(rss("C", [("c-1", "Новость C", DATE)]))
    site.config([
        {"name": "A", "url": server.url("/a")},
        {"name": "B", "url": "http://127.0.0.1:9/closed"},
        {"name": "C", "url": server.url("/c")},
    ])
    code, report, err = site.build()
    assert code == 3
    assert [s["status"] for s in report["sources"]] == ["ok", "failed", "ok"]
    assert "source B: failed" in err
    assert sorted(site.titles()) == ["Новость A", "Новость C"]


def test_the_user_agent_names_feedwright_and_the_published_site(site, server):
    version = subprocess.run([str(site.binary), "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    server.routes["/ua"] = serve(rss("UA", ITEMS))
    site.config([{"name": "UA", "url": server.url("/ua")}])
    site.build()
    assert server.requests_for("/ua")[0]["User-Agent"] == f"Feedwright/{version} (+https://site.example/)"


def test_the_user_agent_is_the_configured_one(site, server):
    agent = "SiteBot/3.2 (+https://site.example/about-our-bot; bot@site.example)"
    server.routes["/ua"] = serve(rss("UA", ITEMS))
    site.config([{"name": "UA", "url": server.url("/ua")}], fetch={"userAgent": agent})
    code, _, err = site.build()
    assert code == 0, err
    assert server.requests_for("/ua")[0]["User-Agent"] == agent


def test_loopback_is_refused_unless_allowed(site, server):
    server.routes["/private"] = serve(rss("Private", ITEMS))
    site.config([{"name": "Private", "url": server.url("/private")}], fetch={"allowAddresses": []})
    code, report, err = site.build()
    assert code == 3
    assert "refusing to connect" in source_report(report, "Private")["error"]
    assert server.requests_for("/private") == []


def test_partner_html_is_sanitised(site, server):
    server.routes["/feed"] = serve(rss("Partner", ITEMS))
    site.config([{"name": "Partner", "url": server.url("/feed")}])
    assert site.build()[0] == 0
    rss_text = (site.root / "feeds" / "rss.xml").read_text()
    assert "onclick" not in rss_text and "About" in rss_text
    assert f'<source url="{server.url("/feed")}">Partner</source>' in rss_text


def test_dry_run_writes_nothing(site, server):
    server.routes["/feed"] = serve(rss("Partner", ITEMS))
    site.config([{"name": "Partner", "url": server.url("/feed")}])
    code, report, err = site.build("--dry-run")
    assert code == 0, err
    assert report["dryRun"] is True
    assert all(f["changed"] for f in report["files"])
    assert not (site.root / "feeds").exists()
