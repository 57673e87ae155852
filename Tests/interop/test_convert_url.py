"""`feedwright convert URL` against a real HTTP server on 127.0.0.1."""
import json
import subprocess
import time

import pytest

from feed_server import FeedServer


@pytest.fixture()
def server():
    with FeedServer() as running:
        yield running


def convert(binary, url, *options):
    return subprocess.run([str(binary), "convert", url, *options], capture_output=True, text=True, timeout=60)


def test_a_feed_url_is_fetched_politely_and_its_relative_links_resolve(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/feed.xml"))
    assert result.returncode == 0, result.stderr
    item = json.loads(result.stdout)["items"][0]
    assert item["title"] == "Served item"
    assert item["url"] == server.url("/items/1")
    path, headers = server.requests[-1]
    assert headers["User-Agent"].startswith("Feedwright/")
    assert "gzip" in headers["Accept-Encoding"]


def test_a_permanent_redirect_is_followed_and_reported(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/moved"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["items"][0]["title"] == "Served item"
    assert f"moved permanently (301) to {server.url('/feed.xml')}" in result.stderr


def test_gzip_bodies_are_decompressed(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/gzip"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["items"][0]["title"] == "Served item"


def test_a_body_gzipped_twice_is_decompressed_once_more_with_a_warning(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/gzip-twice"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["items"][0]["title"] == "Served item"
    assert "warning: Compressed the document was gzip-compressed after any HTTP decoding" in result.stderr


def test_the_http_charset_decides_the_encoding(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/cp1251"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["items"][0]["title"] == "Заголовок в windows-1251"


@pytest.mark.parametrize("path, status", [("/missing", 404), ("/gone", 410)])
def test_an_error_status_is_one_line_and_exit_1(feedwright_bin, server, path, status):
    result = convert(feedwright_bin, server.url(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"error: {server.url(path)}: HTTP {status} from {server.url(path)}"]


def test_a_slow_server_times_out(feedwright_bin, server):
    started = time.monotonic()
    result = convert(feedwright_bin, server.url("/slow"), "--timeout", "1")
    assert result.returncode == 1
    assert "no complete response within 1 s" in result.stderr
    assert time.monotonic() - started < 4


def test_a_huge_body_is_cut_off(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/huge"), "--max-size", "1000000")
    assert result.returncode == 1
    assert "larger than 1000000 bytes" in result.stderr


def test_endless_redirects_stop(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/loop"))
    assert result.returncode == 1
    assert "more than 5 redirects" in result.stderr
    assert len(server.requests) <= 6
