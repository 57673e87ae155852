"""A real HTTP server on 127.0.0.1 for the fetching tests: status codes, redirects,
ETags, compression, charsets, and slow and huge bodies. Started by the tests, in a thread."""
import gzip
import http.server
import threading
import time

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Served</title><link>/</link><description>d</description>
<item><title>Served item</title><link>items/1</link><guid isPermaLink="false">s-1</guid>
<pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate></item></channel></rss>
"""
CP1251 = ('<rss version="2.0"><channel><title>Новости</title><link>/</link><description>d</description>'
          '<item><title>Заголовок в windows-1251</title><guid>c-1</guid></item></channel></rss>').encode("cp1251")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers)))
        route = ROUTES.get(self.path.split("?")[0])
        if route is None:
            return self.send(404, b"not here")
        route(self)


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


def loop(handler):
    handler.send(302, headers=[("Location", "/loop?" + str(time.monotonic_ns()))])


ROUTES = {
    "/feed.xml": feed,
    "/moved": lambda h: h.send(301, headers=[("Location", "/feed.xml")]),
    "/gone": lambda h: h.send(410, b"gone"),
    "/slow": slow,
    "/huge": huge,
    "/gzip": compressed,
    "/cp1251": lambda h: h.send(200, CP1251, [("Content-Type", "application/rss+xml; charset=windows-1251")]),
    "/loop": loop,
}


class FeedServer:
    """The server on an ephemeral port of 127.0.0.1; `url(path)` addresses it."""

    def __enter__(self):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.requests = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    @property
    def requests(self):
        return self.httpd.requests

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
