"""`feedwright build` with a source whose URL is a web page instead of a feed: the build
reads the feed the page declares, warns with the URL to put in config.json, keeps the
discovered feed in the state store and fetches it directly from then on."""
import sqlite3

from source_server import rss, serve, status
# The site and server fixtures are the ones the other build tests use.
from test_build_sources import ITEMS, server, site, source_report  # noqa: F401

PAGE = """<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Партнёр</title>
<base href="/news/">
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="Новости" href="{first}">
<link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml">
</head><body><p>Главная страница партнёра</p></body></html>
"""


def page(first="feed.xml"):
    return serve(PAGE.format(first=first).encode(), content_type="text/html; charset=utf-8")


def discovered_feed(site):
    with sqlite3.connect(site.root / ".feedwright" / "state.sqlite") as db:
        row = db.execute("SELECT discovered_feed FROM source WHERE name = 'Partner'").fetchone()
    return row[0]


def configure(site, server):
    site.config([{"name": "Partner", "url": server.url("/")}], state={"path": ".feedwright/state.sqlite"})


def test_a_page_url_builds_from_the_first_declared_feed_with_a_warning(site, server):
    server.routes["/"] = page()
    server.routes["/news/feed.xml"] = serve(rss("Partner", ITEMS))
    configure(site, server)
    code, report, err = site.build()
    assert code == 0, err
    feed_url = server.url("/news/feed.xml")
    partner = source_report(report, "Partner")
    assert partner["status"] == "ok" and partner["kept"] == 2, partner
    assert partner["discoveredFeed"] == feed_url
    warning = (f"source Partner: warning: {server.url('/')} is a web page, not a feed; read the feed "
               f"it declares, {feed_url}: put that URL in config.json")
    assert warning in err.splitlines(), err
    assert warning in report["warnings"]
    assert "Первая новость партнёра" in site.titles()
    assert discovered_feed(site) == feed_url
    assert server.requests_for("/atom.xml") == []


def test_later_builds_fetch_the_discovered_feed_directly_and_conditionally(site, server):
    server.routes["/"] = page()
    server.routes["/news/feed.xml"] = serve(rss("Partner", ITEMS), etag='"f1"')
    configure(site, server)
    assert site.build()[0] == 0
    first = site.feed_bytes()
    code, report, err = site.build()
    assert code == 0, err
    partner = source_report(report, "Partner")
    assert partner["status"] == "not-modified", partner
    assert partner["discoveredFeed"] == server.url("/news/feed.xml")
    assert "put that URL in config.json" in err
    assert len(server.requests_for("/")) == 1, "the page is not fetched again while its feed works"
    assert server.requests_for("/news/feed.xml")[1].get("If-None-Match") == '"f1"'
    assert site.feed_bytes() == first


def test_a_feed_that_moves_is_found_again_through_the_page(site, server):
    server.routes["/"] = page()
    server.routes["/news/feed.xml"] = serve(rss("Partner", ITEMS))
    configure(site, server)
    assert site.build()[0] == 0
    server.routes["/news/feed.xml"] = status(404)
    server.routes["/"] = page(first="/v2/rss")
    server.routes["/v2/rss"] = serve(rss("Partner", ITEMS))
    code, report, err = site.build()
    assert code == 0, err
    assert source_report(report, "Partner")["discoveredFeed"] == server.url("/v2/rss")
    assert discovered_feed(site) == server.url("/v2/rss")


def test_a_page_whose_declared_feed_fails_names_both_urls(site, server):
    server.routes["/"] = page()
    server.routes["/news/feed.xml"] = status(500)
    configure(site, server)
    code, report, err = site.build()
    assert code == 3, err
    partner = source_report(report, "Partner")
    assert partner["status"] == "failed"
    assert f"a web page, not a feed; the feed it declares, {server.url('/news/feed.xml')}, failed: " \
        in partner["error"], partner


def test_a_page_declaring_no_feed_fails_and_says_so(site, server):
    server.routes["/"] = serve(b"<!doctype html><html><head><title>x</title></head><body>hi</body></html>",
                               content_type="text/html")
    configure(site, server)
    code, report, err = site.build()
    assert code == 3, err
    partner = source_report(report, "Partner")
    assert "this is a web page (HTML), not a feed, and it links to no feed" in partner["error"], partner
    assert "discoveredFeed" not in partner
