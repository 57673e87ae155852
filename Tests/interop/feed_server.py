"""The routes of the `convert URL` tests (status codes, redirects, ETags, compression,
charsets, slow and huge bodies) on the scriptable server of source_server.py."""
import gzip
import time

from source_server import SourceServer

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Served</title><link>/</link><description>d</description>
<item><title>Served item</title><link>items/1</link><guid isPermaLink="false">s-1</guid>
<pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate></item></channel></rss>
"""
CP1251 = ('<rss version="2.0"><channel><title>Новости</title><link>/</link><description>d</description>'
          '<item><title>Заголовок в windows-1251</title><guid>c-1</guid></item></channel></rss>').encode("cp1251")


def feed(handler):
    if handler.headers.get("If-None-Match") == '"v1"':
        return handler.send(304)
    handler.send(200, FEED.encode(), [("Content-Type", "application/rss+xml"), ("ETag", '"v1"')])


def slow(handler):
    time.sleep(5)
    handler.send(200, FEED.encode())


def huge(handler):
    body = FEED.encode() + b"<!--" + b"x" * (2 << 20) + b"-->"
    handler.send(200, body, [("Content-Type", "application/rss+xml")])


def compressed(handler):
    handler.send(200, gzip.compress(FEED.encode()), [("Content-Encoding", "gzip"), ("Content-Type", "application/rss+xml")])


def compressed_twice(handler):
    # A server that gzips a file it already stores gzipped: the body is still gzip once
    # the HTTP content coding is removed.
    body = gzip.compress(gzip.compress(FEED.encode()))
    handler.send(200, body, [("Content-Encoding", "gzip"), ("Content-Type", "application/rss+xml")])


def loop(handler):
    handler.send(302, headers=[("Location", "/loop?" + str(time.monotonic_ns()))])


ROUTES = {
    "/feed.xml": feed,
    "/moved": lambda h: h.send(301, headers=[("Location", "/feed.xml")]),
    "/gone": lambda h: h.send(410, b"gone"),
    "/slow": slow,
    "/huge": huge,
    "/gzip": compressed,
    "/gzip-twice": compressed_twice,
    "/cp1251": lambda h: h.send(200, CP1251, [("Content-Type", "application/rss+xml; charset=windows-1251")]),
    "/loop": loop,
}


class FeedServer(SourceServer):
    """The scriptable server with the routes the `convert URL` tests use."""

    def __enter__(self):
        super().__enter__()
        self.routes.update(ROUTES)
        return self

    @property
    def requests(self):
        with self.httpd.lock:
            return list(self.httpd.requests)
