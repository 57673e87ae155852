"""`feedwright discover URL` against pages served on 127.0.0.1: declared links, <base>,
the common locations, redirects, a feed given as the page, and a page with nothing."""
import json
import subprocess

import pytest

from source_server import SourceServer, rss

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Guessed Atom</title><id>urn:x</id>
<updated>2026-01-01T00:00:00Z</updated></feed>"""
HTML = [("Content-Type", "text/html; charset=utf-8")]
COMMON = ["/feed", "/rss.xml", "/atom.xml", "/feed.json", "/index.xml"]


@pytest.fixture()
def server():
    with SourceServer() as running:
        yield running


def page(server, path, head):
    body = f"<!DOCTYPE html><html><head><title>Page</title>{head}</head><body><p>Text</p></body></html>"
    server.routes[path] = lambda h: h.send(200, body.encode(), HTML)


def discover(binary, url, *options):
    return subprocess.run([str(binary), "discover", url, *options], capture_output=True, text=True, timeout=60)


def lines(result):
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_a_page_with_two_alternate_links_lists_both_in_order(feedwright_bin, server):
    page(server, "/blog/", '<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/rss.xml">'
         '<link rel="Alternate" type="application/atom+xml" title="Atom" href="atom.xml">')
    result = discover(feedwright_bin, server.url("/blog/"))
    assert result.returncode == 0, result.stderr
    assert lines(result) == [[server.url("/blog/rss.xml"), "application/rss+xml", "RSS"],
                             [server.url("/blog/atom.xml"), "application/atom+xml", "Atom"]]
    assert not any(server.requests_for(path) for path in COMMON), "declared feeds need no guessing"


def test_json_output_has_url_type_title_and_via(feedwright_bin, server):
    page(server, "/", '<link rel="alternate" type="application/feed+json" href="/feed.json">')
    result = discover(feedwright_bin, server.url("/"), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"url": server.url("/feed.json"), "type": "application/feed+json", "title": None, "via": "link"}]


def test_a_relative_href_resolves_against_the_base(feedwright_bin, server):
    page(server, "/a/b/page.html", f'<base href="{server.url("/static/")}">'
         '<link rel="alternate" type="application/rss+xml" href="feeds/main.xml" title="Main">')
    result = discover(feedwright_bin, server.url("/a/b/page.html"), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [feed["url"] for feed in json.loads(result.stdout)] == [server.url("/static/feeds/main.xml")]


def test_a_page_without_links_finds_the_common_location_that_serves_a_feed(feedwright_bin, server):
    page(server, "/news/today.html", "")
    server.routes["/atom.xml"] = lambda h: h.send(200, ATOM.encode(), [("Content-Type", "application/atom+xml")])
    result = discover(feedwright_bin, server.url("/news/today.html"), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"url": server.url("/atom.xml"), "type": "application/atom+xml", "title": "Guessed Atom", "via": "guess"}]
    assert "declares no feed; found one at a common location" in result.stderr
    # In order, one after the other, and none after the one found.
    assert [path for path, _ in server.httpd.requests] == ["/news/today.html", "/feed", "/rss.xml", "/atom.xml"]


def test_a_common_location_answering_with_a_web_page_does_not_count(feedwright_bin, server):
    page(server, "/", "")
    page(server, "/feed", "")
    server.routes["/index.xml"] = lambda h: h.send(200, rss("Index", []).encode(), [("Content-Type", "text/xml")])
    result = discover(feedwright_bin, server.url("/"))
    assert result.returncode == 0, result.stderr
    assert lines(result) == [[server.url("/index.xml"), "application/rss+xml", "Index"]]


def test_a_redirected_page_resolves_links_against_its_final_url(feedwright_bin, server):
    server.routes["/old"] = lambda h: h.send(301, headers=[("Location", "/new/home.html")])
    page(server, "/new/home.html", '<link rel="alternate" type="application/rss+xml" href="rss.xml" title="R">')
    result = discover(feedwright_bin, server.url("/old"))
    assert result.returncode == 0, result.stderr
    assert lines(result) == [[server.url("/new/rss.xml"), "application/rss+xml", "R"]]
    assert f"moved permanently (301) to {server.url('/new/home.html')}" in result.stderr


def test_a_url_that_is_a_feed_is_reported_as_itself(feedwright_bin, server):
    server.routes["/feed.xml"] = lambda h: h.send(200, rss("Itself", []).encode(), [("Content-Type", "application/rss+xml")])
    result = discover(feedwright_bin, server.url("/feed.xml"), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"url": server.url("/feed.xml"), "type": "application/rss+xml", "title": "Itself", "via": "self"}]
    assert "this is a feed itself" in result.stderr
    assert [path for path, _ in server.httpd.requests] == ["/feed.xml"]


def test_a_page_with_nothing_exits_1_naming_every_location_tried(feedwright_bin, server):
    page(server, "/", '<link rel="stylesheet" href="/s.css">')
    result = discover(feedwright_bin, server.url("/"))
    assert result.returncode == 1
    assert result.stdout == ""
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith(f"error: {server.url('/')}: the page declares no feed, and no common location")
    for path in COMMON:
        assert f"{server.url(path)}: HTTP 404 from {server.url(path)}" in message


def test_a_page_that_cannot_be_fetched_names_the_url_and_the_status(feedwright_bin, server):
    result = discover(feedwright_bin, server.url("/missing"), "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout) == []
    assert result.stderr.strip() == f"error: {server.url('/missing')}: HTTP 404 from {server.url('/missing')}"


def test_a_file_is_read_and_its_links_resolved_against_base_url(feedwright_bin, tmp_path):
    html = tmp_path / "saved.html"
    html.write_text('<link rel="alternate" type="application/atom+xml" href="/atom.xml" title="A">')
    result = discover(feedwright_bin, str(html), "--base-url", "https://example.org/x/")
    assert result.returncode == 0, result.stderr
    assert lines(result) == [["https://example.org/atom.xml", "application/atom+xml", "A"]]


@pytest.mark.parametrize("arguments", [[], ["page.html", "--format", "xml"], ["page.html", "--timeout", "0"]])
def test_usage_errors_exit_64(feedwright_bin, arguments):
    result = subprocess.run([str(feedwright_bin), "discover", *arguments], capture_output=True, text=True, timeout=60)
    assert result.returncode == 64, result.stderr
