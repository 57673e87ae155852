"""A real HTTP server on 127.0.0.1 for the FeedFetch tests: validators and 304, redirect
chains and loops, error statuses, Retry-After, slow and huge bodies, gzip and deflate,
charsets, and a route that counts how many requests it serves at once.

It prints its port on the first line of stdout, and exits when stdin closes, so it never
outlives the test process. `GET /_log?path=P` returns, as JSON, the headers of every
request made to path P so far (and of a POST, its body); `GET /_peak` returns the most requests `/busy` served at once."""
import gzip
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse
import zlib

FEED = (b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Served</title>'
        b'<link>/</link><description>d</description><item><title>Served item</title></item></channel></rss>\n')
KOI8 = '<rss version="2.0"><channel><title>Новости</title></channel></rss>'.encode("koi8-r")
LOG = {}
BUSY = {"now": 0, "peak": 0}
LOCK = threading.Lock()


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
        path = urllib.parse.urlsplit(self.path).path
        entry = {"headers": {k.lower(): v for k, v in self.headers.items()}, "sent": 0, "finished": False}
        with LOCK:
            LOG.setdefault(path, []).append(entry)
        try:
            route = ROUTES.get(path) or next((r for p, r in PREFIXES if path.startswith(p)), None)
            if route is None:
                return self.send(404, b"not here")
            route(self, entry)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            entry["finished"] = True


    def do_POST(self):
        """Forms: logged with their body under the path, then answered by `FORMS`."""
        path = urllib.parse.urlsplit(self.path).path
        body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode("utf-8")
        entry = {"headers": {k.lower(): v for k, v in self.headers.items()}, "method": "POST", "body": body}
        with LOCK:
            LOG.setdefault(path, []).append(entry)
        status, headers = FORMS.get(path, (404, ()))
        self.send(status, headers=headers)


def validators(h, entry):
    if h.headers.get("If-None-Match") == '"v1"':
        return h.send(304, headers=[("ETag", '"v1"')])
    h.send(200, FEED, [("Content-Type", "application/rss+xml"), ("ETag", '"v1"'),
                       ("Last-Modified", "Mon, 12 May 2025 13:45:00 GMT")])


def chain(h, entry):
    left = int(h.path.rsplit("/", 1)[1])
    if left == 0:
        return h.send(200, FEED, [("Content-Type", "application/rss+xml")])
    h.send(302, headers=[("Location", f"/chain/{left - 1}")])


def drip(h, entry):
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Content-Length", str(len(FEED)))
    h.end_headers()
    for byte in FEED:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(0.1)


def endless(h, entry):
    """A body with no Content-Length, far bigger than any cap, counting what got out."""
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"x" * 65536
    for _ in range(4096):
        h.wfile.write(chunk)
        entry["sent"] += len(chunk)
    h.close_connection = True


def busy(h, entry):
    with LOCK:
        BUSY["now"] += 1
        BUSY["peak"] = max(BUSY["peak"], BUSY["now"])
    time.sleep(0.01)
    with LOCK:
        BUSY["now"] -= 1
    h.send(200, FEED, [("Content-Type", "application/rss+xml")])


def log(h, entry):
    path = urllib.parse.parse_qs(urllib.parse.urlsplit(h.path).query)["path"][0]
    with LOCK:
        entries = list(LOG.get(path, []))
    h.send(200, json.dumps(entries).encode(), [("Content-Type", "application/json")])


def redirect(status, location):
    return lambda h, entry: h.send(status, headers=[("Location", location)])


def compressed(encoding, data):
    return lambda h, e: h.send(200, data, [("Content-Encoding", encoding), ("Content-Type", "application/rss+xml")])


ROUTES = {
    "/validators": validators,
    "/p301": redirect(301, "/p308"),
    "/t302": redirect(302, "/t301"),
    "/t301": redirect(301, "/feed"),
    "/loop-a": redirect(302, "/loop-b"),
    "/loop-b": redirect(307, "loop-a"),
    "/to-file": redirect(302, "file:///etc/passwd"),
    "/to-metadata": redirect(302, "http://169.254.169.254/latest/meta-data/"),
    "/feed": lambda h, e: h.send(200, FEED, [("Content-Type", "application/rss+xml")]),
    "/html": lambda h, e: h.send(200, FEED, [("Content-Type", "text/html")]),
    "/agent": lambda h, e: h.send(200, FEED, [("Content-Type", "application/rss+xml")]),
    "/koi8": lambda h, e: h.send(200, KOI8, [("Content-Type", "application/xml; charset=koi8-r")]),
    "/gone": lambda h, e: h.send(410, b"gone"),
    "/broken": lambda h, e: h.send(500, b"oops"),
    "/busy-429": lambda h, e: h.send(429, b"slow down", [("Retry-After", "120")]),
    "/busy-503": lambda h, e: h.send(503, b"later", [("Retry-After", "Mon, 12 May 2025 14:00:00 GMT")]),
    "/drip": drip,
    "/declared-huge": lambda h, e: h.send(200, FEED + b"<!--" + b"x" * 300_000 + b"-->"),
    "/endless": endless,
    "/gzip": compressed("gzip", gzip.compress(FEED)),
    "/deflate": compressed("deflate", zlib.compress(FEED)),
    "/bomb": compressed("gzip", gzip.compress(b"\0" * (20 << 20))),
    "/busy": busy,
    "/_log": log,
    "/_peak": lambda h, e: h.send(200, str(BUSY["peak"]).encode()),
}
PREFIXES = [("/chain/", chain)]
FORMS = {"/form": (204, ()), "/form-moved": (307, [("Location", "/form-target")]), "/form-broken": (500, ())}


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 drops SYNs when tests run in parallel, and a dropped SYN
    # is retried only after a second.
    request_queue_size = 128

    def handle_error(self, request, client_address):
        """A client hanging up on a kept-alive connection is normal here, not news."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def main():
    server = Server(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    # Absolute locations need the port, known only now.
    ROUTES["/p308"] = redirect(308, f"http://127.0.0.1:{port}/feed")
    ROUTES["/to-localhost"] = redirect(302, f"http://localhost:{port}/feed")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(port, flush=True)
    sys.stdin.read()
    os._exit(0)


if __name__ == "__main__":
    main()
