"""`feedwright serve` over real HTTP on 127.0.0.1: media types, 304s, gzip, HEAD, no path
escape, no listings, /healthz and /metrics after an in-process build, a build skipped
while cron's lock is held, and SIGTERM ending the server with exit 0."""
import contextlib
import fcntl
import gzip
import http.client
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
INDEX = "<!DOCTYPE html><html lang=\"ru\"><title>Новости</title><p>Заголовки</p></html>\n"


def copy_site(root: pathlib.Path) -> pathlib.Path:
    """The bundled config, seeds, partner files and committed feeds in `root`."""
    shutil.copy(ROOT / "config.json", root / "config.json")
    for folder in ("seeds", "partners", "feeds"):
        shutil.copytree(ROOT / folder, root / folder)
    return root


@contextlib.contextmanager
def serving(binary, root, *extra):
    """A `serve` on a free port; yields (port, process) once it prints its line."""
    process = subprocess.Popen(
        [str(binary), "serve", "--config", "config.json", "--port", "0", *extra], cwd=root,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        match = re.fullmatch(r"Serving feeds at http://127\.0\.0\.1:(\d+)/\n", line)
        assert match, f"unexpected first line {line!r}; stderr: {process.stderr.read() if process.poll() is not None else ''}"
        yield int(match.group(1)), process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)


def request(port, target, method="GET", headers=None):
    """One request with the target sent exactly as given (no client normalisation)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, target, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("serve"))
    # The committed output has the pages `build` writes; one more page of the test's own.
    assert (root / "feeds" / "index.html").is_file()
    (root / "feeds" / "articles" / "one.html").write_text(INDEX, encoding="utf-8")
    os.symlink(root / "config.json", root / "feeds" / "leak.json")
    (root / "feeds" / ".rss.xml.999.tmp").write_text("staged", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def port(site, feedwright_bin):
    with serving(feedwright_bin, site) as (port, _):
        yield port


@pytest.mark.parametrize("target, media_type", [
    ("/rss.xml", "application/rss+xml; charset=utf-8"),
    ("/atom.xml", "application/atom+xml; charset=utf-8"),
    ("/feed.json", "application/feed+json; charset=utf-8"),
    ("/index.html", "text/html; charset=utf-8"),
    ("/", "text/html; charset=utf-8"),
])
def test_media_types_with_charset_and_the_bytes_on_disk(site, port, target, media_type):
    status, headers, body = request(port, target)
    assert status == 200
    assert headers["content-type"] == media_type
    name = target.strip("/") or "index.html"
    assert body == (site / "feeds" / name).read_bytes()
    assert headers["cache-control"] == "public, max-age=60"
    assert re.fullmatch(r'"[0-9a-f]+-[0-9a-f]{32}"', headers["etag"])


def test_304_on_if_none_match_and_on_if_modified_since(port):
    _, headers, _ = request(port, "/rss.xml")
    status, again, body = request(port, "/rss.xml", headers={"If-None-Match": headers["etag"]})
    assert (status, body) == (304, b"")
    assert again["etag"] == headers["etag"]
    status, _, body = request(port, "/rss.xml", headers={"If-Modified-Since": headers["last-modified"]})
    assert (status, body) == (304, b"")
    status, _, _ = request(port, "/rss.xml", headers={"If-Modified-Since": "Thu, 01 Jan 1998 00:00:00 GMT"})
    assert status == 200
    # A tag that does not match wins over a date that would (RFC 9110 13.2.2).
    status, _, _ = request(port, "/rss.xml",
                           headers={"If-None-Match": '"0-stale"', "If-Modified-Since": headers["last-modified"]})
    assert status == 200


def test_gzip_when_asked_decompresses_to_the_file(site, port):
    status, headers, body = request(port, "/atom.xml", headers={"Accept-Encoding": "gzip, br"})
    assert status == 200
    assert headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(body) == (site / "feeds" / "atom.xml").read_bytes()
    _, plain, _ = request(port, "/atom.xml")
    assert plain["etag"] != headers["etag"]
    _, refused, body = request(port, "/atom.xml", headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in refused
    assert body == (site / "feeds" / "atom.xml").read_bytes()


def test_head_has_the_headers_and_no_body(site, port):
    _, got, _ = request(port, "/feed.json")
    status, headers, body = request(port, "/feed.json", method="HEAD")
    assert status == 200 and body == b""
    assert headers["content-length"] == str((site / "feeds" / "feed.json").stat().st_size)
    for name in ("content-type", "etag", "last-modified", "cache-control"):
        assert headers[name] == got[name]


def test_only_get_and_head(port):
    status, headers, _ = request(port, "/rss.xml", method="DELETE")
    assert status == 405 and headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize("target", [
    "/../config.json", "/%2e%2e/config.json", "/..%2fconfig.json", "/%2E%2E%2Fconfig.json",
    "/..%5cconfig.json", "/articles/../../config.json", "/leak.json", "/.rss.xml.999.tmp", "/rss.xml%00",
])
def test_no_escape_from_the_output_directory(port, target):
    status, _, body = request(port, target)
    assert status == 404
    assert b"secret" not in body and b"feed" not in body


def test_no_directory_listing(site, port):
    (site / "feeds" / "listed").mkdir(exist_ok=True)
    (site / "feeds" / "listed" / "a.txt").write_text("a", encoding="utf-8")
    status, _, body = request(port, "/listed/")
    assert status == 404 and b"a.txt" not in body
    status, headers, _ = request(port, "/articles")
    assert status == 301 and headers["location"] == "/articles/"


def test_a_new_build_is_served_at_once(site, port):
    target = site / "feeds" / "robots.txt"
    target.write_text("User-agent: *\n", encoding="utf-8")
    _, first, _ = request(port, "/robots.txt")
    staged = site / "feeds" / ".robots.txt.1.tmp"
    staged.write_text("User-agent: *\nDisallow:\n", encoding="utf-8")
    os.rename(staged, target)
    status, _, body = request(port, "/robots.txt", headers={"If-None-Match": first["etag"]})
    assert status == 200 and body == b"User-agent: *\nDisallow:\n"


def wait_for_build(port, deadline=90):
    """The /healthz object once it reports a build."""
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        status, _, body = request(port, "/healthz")
        report = json.loads(body)
        assert status == 200 and report["status"] == "ok"
        if "lastBuild" in report:
            return report
        time.sleep(0.2)
    raise AssertionError("no build reported in /healthz")


def metric(text, name):
    match = re.search(rf"^{re.escape(name)} (\S+)$", text, re.M)
    assert match, f"{name} missing from:\n{text}"
    return float(match.group(1))


def test_build_every_builds_at_start_and_reports_it(tmp_path, feedwright_bin):
    root = copy_site(tmp_path)
    with serving(feedwright_bin, root, "--build-every", "1h") as (port, _):
        report = wait_for_build(port)
        assert report["lastBuild"]["exitCode"] == 0, report
        items = report["lastBuild"]["itemCount"]
        assert items > 0
        _, headers, body = request(port, "/metrics")
        assert headers["content-type"].startswith("text/plain; version=0.0.4")
        text = body.decode()
        assert metric(text, 'feedwright_builds_total{exit_code="0"}') == 1
        assert metric(text, "feedwright_last_build_items") == items
        assert metric(text, "feedwright_build_duration_seconds_count") == 1
    status = subprocess.run([str(feedwright_bin), "status", "--config", "config.json"], cwd=root,
                            capture_output=True, text=True, timeout=30)
    assert status.returncode == 0 and str(items) in status.stdout


def test_a_build_is_skipped_while_crons_lock_is_held(tmp_path, feedwright_bin):
    root = copy_site(tmp_path)
    (root / ".feedwright").mkdir()
    feeds_before = {p: p.read_bytes() for p in (root / "feeds").rglob("*") if p.is_file()}
    with open(root / ".feedwright" / "state.sqlite.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with serving(feedwright_bin, root, "--build-every", "1h") as (port, process):
            report = wait_for_build(port)
            assert report["lastBuild"]["exitCode"] == 75
            assert "another feedwright build is running" in report["lastBuild"]["message"]
            _, _, body = request(port, "/metrics")
            assert metric(body.decode(), 'feedwright_builds_total{exit_code="75"}') == 1
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0
            assert "build skipped" in process.stderr.read()
    assert {p: p.read_bytes() for p in (root / "feeds").rglob("*") if p.is_file()} == feeds_before


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_server_with_exit_0(tmp_path, feedwright_bin, signal_number):
    root = copy_site(tmp_path)
    with serving(feedwright_bin, root) as (port, process):
        assert request(port, "/rss.xml")[0] == 200
        started = time.monotonic()
        process.send_signal(signal_number)
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - started < 5
        log = process.stderr.read()
        assert "GET /rss.xml 200" in log


def test_a_missing_output_directory_or_a_taken_port_is_exit_1(tmp_path, feedwright_bin, port):
    root = copy_site(tmp_path)
    shutil.rmtree(root / "feeds")
    result = subprocess.run([str(feedwright_bin), "serve", "--config", "config.json", "--port", "0"], cwd=root,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert "the output directory does not exist" in result.stderr
    (root / "feeds").mkdir()
    result = subprocess.run([str(feedwright_bin), "serve", "--config", "config.json", "--port", str(port)],
                            cwd=root, capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


def test_sigterm_during_a_build_lets_it_finish_then_exits_0(tmp_path, feedwright_bin):
    from source_server import SourceServer, rss, slow_drip
    items = [("p-1", "Partner story", "Mon, 12 May 2025 16:45:00 +0300")]
    with SourceServer() as partner:
        partner.routes["/slow"] = slow_drip(rss("P", items), delay=0.02)
        config = {
            "feed": {"title": "Serve test", "link": "https://site.example/", "timeZone": "Europe/Moscow"},
            "sources": [{"name": "Partner", "url": partner.url("/slow")}],
            "output": {"directory": "feeds"},
            "fetch": {"allowAddresses": ["127.0.0.1"], "timeout": 30},
        }
        (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
        (tmp_path / "feeds").mkdir()
        with serving(feedwright_bin, tmp_path, "--build-every", "1h") as (port, process):
            deadline = time.monotonic() + 10
            while not partner.requests_for("/slow") and time.monotonic() < deadline:
                time.sleep(0.05)
            assert partner.requests_for("/slow"), "the build never fetched the partner"
            process.send_signal(signal.SIGTERM)
            # The server still answers while the build finishes.
            assert request(port, "/healthz")[0] == 200
            assert process.wait(timeout=60) == 0
            log = process.stderr.read()
            assert "build: wrote 3 of 3 files, 1 items" in log, log
    assert b"Partner story" in (tmp_path / "feeds" / "rss.xml").read_bytes()
    status = subprocess.run([str(feedwright_bin), "status", "--config", "config.json"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=30)
    assert "interrupted" not in status.stdout, status.stdout
