"""A scriptable HTTP server on 127.0.0.1 for the `build` tests: each test registers the
answers it needs (status codes, redirects, validators, slow or huge bodies) and reads back
the requests the server saw."""
import gzip
import http.server
import threading
import time
import zlib


def rss(title, items, encoding="utf-8"):
    """An RSS 2.0 document: `items` is [(guid, title, RFC 822 date)]."""
    body = "".join(
        f"<item><title>{t}</title><link>https://partner.example/{g}</link>"
        f"<guid isPermaLink=\"false\">{g}</guid><pubDate>{d}</pubDate>"
        f"<description>&lt;p onclick=\"x()\"&gt;About {t}&lt;/p&gt;</description></item>"
        for g, t, d in items)
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding != "none" else ""
    return (f'{declaration}<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://partner.example/</link><description>{title}</description>{body}"
            "</channel></rss>")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

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
        path = self.path.split("?")[0]
        with self.server.lock:
            self.server.requests.append((path, dict(self.headers)))
        route = self.server.routes.get(path)
        if route is None:
            return self.send(404, b"not here")
        route(self)


class SourceServer:
    """The server on an ephemeral port; `routes[path] = handler(request)`."""

    def __enter__(self):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.requests = []
        self.httpd.routes = {}
        self.httpd.lock = threading.Lock()
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def routes(self):
        return self.httpd.routes

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def requests_for(self, path):
        with self.httpd.lock:
            return [headers for p, headers in self.httpd.requests if p == path]

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def serve(body, content_type="application/rss+xml; charset=utf-8", etag=None, last_modified=None):
    """A route answering 200 with validators, and 304 when the request carries them."""
    def route(h):
        if etag and h.headers.get("If-None-Match") == etag:
            return h.send(304, headers=[("ETag", etag)])
        headers = [("Content-Type", content_type)]
        if etag:
            headers.append(("ETag", etag))
        if last_modified:
            headers.append(("Last-Modified", last_modified))
        h.send(200, body if isinstance(body, bytes) else body.encode(), headers)
    return route


def redirect(status, location):
    return lambda h: h.send(status, headers=[("Location", location)])


def status(code, headers=()):
    return lambda h: h.send(code, b"no feed here", list(headers))


def gzipped(body):
    return lambda h: h.send(200, gzip.compress(body.encode()),
                            [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")])


def deflated(body):
    return lambda h: h.send(200, zlib.compress(body.encode()),
                            [("Content-Type", "application/rss+xml"), ("Content-Encoding", "deflate")])


def slow_drip(body, delay=0.5):
    """Sends the body a few bytes at a time, `delay` seconds apart."""
    def route(h):
        data = body.encode()
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        try:
            for i in range(0, len(data), 16):
                h.wfile.write(data[i:i + 16])
                h.wfile.flush()
                time.sleep(delay)
        except (BrokenPipeError, ConnectionResetError):
            pass
    return route
