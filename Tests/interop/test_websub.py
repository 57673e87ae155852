"""WebSub publishing: `feedwright build` names the configured hubs in all three feeds and,
after a build that changed a feed, sends each hub one publish ping per changed feed. The hub
is a real HTTP server of the test's own on 127.0.0.1 that records what it receives."""
import http.server
import json
import socket
import subprocess
import threading
import urllib.parse
import xml.etree.ElementTree as ET

import pytest

from source_server import rss

BASE = "https://news.example.org/feeds/"
FEEDS = ("rss.xml", "atom.xml", "feed.json")
ATOM = "{http://www.w3.org/2005/Atom}"
ITEMS = [("p-1", "Первая новость", "Mon, 12 May 2025 16:45:00 +0300")]


class HubHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with self.server.lock:
            self.server.pings.append((self.path, dict(self.headers), body.decode("ascii")))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()


class Hub:
    """A hub on an ephemeral port answering every POST with `status`."""

    def __init__(self, status):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HubHandler)
        self.httpd.daemon_threads = True
        self.httpd.pings, self.httpd.status, self.httpd.lock = [], status, threading.Lock()
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hub"

    @property
    def pings(self):
        with self.httpd.lock:
            return list(self.httpd.pings)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def hubs():
    started = []

    def start(status=202):
        started.append(Hub(status))
        return started[-1]

    yield start
    for hub in started:
        hub.close()


class Site:
    def __init__(self, root, binary):
        self.root, self.binary = root, binary

    def config(self, hub_urls):
        config = {
            "feed": {"title": "WebSub site", "link": "https://news.example.org/", "timeZone": "Europe/Moscow"},
            "sources": [{"name": "Partner", "url": "partner.xml"}],
            "output": {"directory": "feeds", "baseURL": BASE},
            "fetch": {"allowAddresses": ["127.0.0.1"], "timeout": 3, "connectTimeout": 2},
            "websub": {"hubs": hub_urls},
        }
        (self.root / "config.json").write_text(json.dumps(config, ensure_ascii=False))

    def partner(self, items):
        (self.root / "partner.xml").write_text(rss("Partner", items))

    def build(self):
        result = subprocess.run([str(self.binary), "build", "--config", "config.json", "--format", "json"],
                                cwd=self.root, capture_output=True, text=True, timeout=60)
        return result.returncode, json.loads(result.stdout), result.stderr


@pytest.fixture
def site(tmp_path, feedwright_bin):
    made = Site(tmp_path, feedwright_bin)
    made.partner(ITEMS)
    return made


def published(pings):
    """Each ping's form fields, checked to be a well-formed publish request."""
    fields = []
    for path, headers, body in pings:
        assert path == "/hub"
        assert headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert headers["User-Agent"].startswith("Feedwright/")
        form = urllib.parse.parse_qs(body, strict_parsing=True)
        assert form["hub.mode"] == ["publish"]
        fields.append(form["hub.url"][0])
    return fields


def test_each_hub_hears_once_of_each_changed_feed_and_not_again_when_nothing_changed(site, hubs):
    first, second = hubs(), hubs(204)
    site.config([first.url, second.url])
    code, report, err = site.build()
    assert code == 0, err
    for hub in (first, second):
        assert sorted(published(hub.pings)) == sorted(BASE + name for name in FEEDS)
    assert [ping["ok"] for ping in report["websub"]] == [True] * 6

    code, report, err = site.build()
    assert code == 0, err
    assert all(not file["changed"] for file in report["files"])
    assert "websub" not in report
    assert len(first.pings) == 3 and len(second.pings) == 3

    site.partner(ITEMS + [("p-2", "Вторая новость", "Mon, 12 May 2025 17:00:00 +0300")])
    code, report, err = site.build()
    assert code == 0, err
    assert sorted(published(first.pings[3:])) == sorted(BASE + name for name in FEEDS)


def test_the_body_percent_encodes_the_feed_url(site, hubs):
    hub = hubs()
    site.config([hub.url])
    site.build()
    bodies = {body for _, _, body in hub.pings}
    assert "hub.mode=publish&hub.url=https%3A%2F%2Fnews.example.org%2Ffeeds%2Frss.xml" in bodies


def test_a_hub_answering_500_gives_exit_3_with_the_feeds_written(site, hubs):
    failing, working = hubs(500), hubs()
    site.config([failing.url, working.url])
    code, report, err = site.build()
    assert code == 3, err
    for name in FEEDS:
        assert f"warning: websub hub {failing.url}: publish of {BASE}{name} failed: " in err
        assert (site.root / "feeds" / name).exists()
    assert f"publish of {BASE}rss.xml failed: HTTP 500 from {failing.url}\n" in err
    assert len(working.pings) == 3
    assert all(file["changed"] for file in report["files"])

    code, report, err = site.build()
    assert code == 0, err
    assert all(not file["changed"] for file in report["files"]), "the state and feeds were kept"
    assert len(failing.pings) == 3


def test_an_unreachable_hub_is_a_warning_not_a_failed_build(site):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    site.config([f"http://127.0.0.1:{port}/hub"])
    code, report, err = site.build()
    assert code == 3, err
    assert f"warning: websub hub http://127.0.0.1:{port}/hub: publish of {BASE}rss.xml failed: " in err
    assert [ping["ok"] for ping in report["websub"]] == [False] * 3
    assert (site.root / "feeds" / "feed.json").exists()


def test_the_feeds_name_every_hub_and_validate_clean(site, hubs, feedwright_bin):
    first, second = hubs(), hubs()
    site.config([first.url, second.url])
    assert site.build()[0] == 0
    feeds = site.root / "feeds"
    channel = ET.parse(feeds / "rss.xml").getroot().find("channel")
    rss_links = [(link.get("rel"), link.get("href")) for link in channel.iter(f"{ATOM}link")]
    assert rss_links == [("self", BASE + "rss.xml"), ("hub", first.url), ("hub", second.url)]
    atom = ET.parse(feeds / "atom.xml").getroot()
    assert [link.get("href") for link in atom.findall(f"{ATOM}link") if link.get("rel") == "hub"] == [
        first.url, second.url]
    hubs_member = json.loads((feeds / "feed.json").read_text())["hubs"]
    assert hubs_member == [{"type": "WebSub", "url": first.url}, {"type": "WebSub", "url": second.url}]
    for name in FEEDS:
        result = subprocess.run(
            [str(feedwright_bin), "validate", "--strict", "--base-url", BASE + name, str(feeds / name)],
            capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "0 errors, 0 warnings, 0 notes" in result.stdout, result.stdout
