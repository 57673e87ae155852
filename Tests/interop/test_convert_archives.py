"""`feedwright convert --follow-archives N`: reading a feed's history back through its
RFC 5005 `prev-archive` links, from a real HTTP server on 127.0.0.1 and from files."""
import functools
import http.server
import json
import subprocess
import threading

import pytest

from source_server import SourceServer, serve, status
from test_archive import add_seed_items, build, make_site

ATOM = "http://www.w3.org/2005/Atom"
HISTORY = "http://purl.org/syndication/history/1.0"


def atom(title, numbers, links, archive=False):
    """An Atom document holding items `numbers` (newest first) and feed-level `links`."""
    entries = "".join(
        f"<entry><id>urn:item:{n}</id><title>Item {n}</title>"
        f"<updated>2025-05-{n:02d}T12:00:00Z</updated><summary>About {n}</summary></entry>"
        for n in numbers)
    link_tags = "".join(f'<link rel="{rel}" href="{href}"/>' for rel, href in links)
    marker = "<fh:archive/>" if archive else ""
    newest = max(numbers) if numbers else 1
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="{ATOM}" xmlns:fh="{HISTORY}">'
            f"<id>urn:feed</id><title>{title}</title><updated>2025-05-{newest:02d}T12:00:00Z</updated>"
            f"<author><name>Desk</name></author>{marker}{link_tags}{entries}</feed>").encode()


def rss(numbers, links):
    items = "".join(
        f"<item><guid isPermaLink=\"false\">urn:item:{n}</guid><title>Item {n}</title>"
        f"<pubDate>Mon, {n:02d} May 2025 12:00:00 GMT</pubDate></item>" for n in numbers)
    link_tags = "".join(f'<atom:link rel="{rel}" href="{href}"/>' for rel, href in links)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="{ATOM}"><channel>'
            f"<title>Desk</title><link>https://desk.example/</link><description>Desk</description>"
            f"{link_tags}{items}</channel></rss>").encode()


@pytest.fixture
def server():
    with SourceServer() as running:
        running.routes["/feed.atom"] = serve(
            atom("Desk", [8, 7], [("self", "/feed.atom"), ("prev-archive", "archive/3.atom")]),
            content_type="application/atom+xml")
        running.routes["/archive/3.atom"] = serve(
            atom("Desk", [6, 5], [("current", "/feed.atom"), ("prev-archive", "2.atom")], archive=True),
            content_type="application/atom+xml")
        running.routes["/archive/2.atom"] = serve(
            atom("Desk", [7, 4, 3], [("current", "/feed.atom"), ("next-archive", "3.atom"),
                                      ("prev-archive", "1.atom")], archive=True),
            content_type="application/atom+xml")
        running.routes["/archive/1.atom"] = serve(
            atom("Desk", [2, 1], [("current", "/feed.atom"), ("next-archive", "2.atom")], archive=True),
            content_type="application/atom+xml")
        yield running


def convert(binary, source, *options, cwd=None):
    return subprocess.run([str(binary), "convert", source, *options], capture_output=True, text=True,
                          timeout=60, cwd=cwd)


def item_ids(output):
    return [item["id"] for item in json.loads(output)["items"]]


def test_every_archive_page_is_read_back_newest_first_each_item_once(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/feed.atom"), "--follow-archives", "10")
    assert result.returncode == 0, result.stderr
    assert item_ids(result.stdout) == [f"urn:item:{n}" for n in range(8, 0, -1)]
    assert (f"{server.url('/feed.atom')}: note: followed 3 archive pages (prev-archive), 6 items; "
            "left out 1 items already read under the same id") in result.stderr
    assert [len(server.requests_for(f"/archive/{n}.atom")) for n in (1, 2, 3)] == [1, 1, 1]


def test_the_history_written_carries_no_archive_links(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/feed.atom"), "--follow-archives", "10", "--to", "atom")
    assert result.returncode == 0, result.stderr
    assert "archive" not in result.stdout and 'rel="current"' not in result.stdout
    assert result.stdout.count("<entry>") == 8


def test_without_the_option_only_the_feed_is_read(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/feed.atom"))
    assert result.returncode == 0, result.stderr
    assert item_ids(result.stdout) == ["urn:item:8", "urn:item:7"]
    assert server.requests_for("/archive/3.atom") == []


def test_the_page_limit_stops_the_walk_and_names_the_next_page(feedwright_bin, server):
    result = convert(feedwright_bin, server.url("/feed.atom"), "--follow-archives", "1")
    assert result.returncode == 0, result.stderr
    assert item_ids(result.stdout) == ["urn:item:8", "urn:item:7", "urn:item:6", "urn:item:5"]
    assert (f"stopped at the --follow-archives limit, the next page is {server.url('/archive/2.atom')}"
            in result.stderr)
    assert server.requests_for("/archive/2.atom") == []


def test_archive_links_that_go_round_end_the_walk(feedwright_bin, server):
    server.routes["/archive/1.atom"] = serve(
        atom("Desk", [2, 1], [("prev-archive", "3.atom")], archive=True), content_type="application/atom+xml")
    result = convert(feedwright_bin, server.url("/feed.atom"), "--follow-archives", "10")
    assert result.returncode == 0, result.stderr
    assert f"stopped: {server.url('/archive/3.atom')} is linked a second time" in result.stderr
    assert len(item_ids(result.stdout)) == 8


def test_an_unreadable_page_fails_the_conversion_naming_the_page(feedwright_bin, server, tmp_path):
    server.routes["/archive/2.atom"] = status(404)
    out = tmp_path / "history.json"
    out.write_text("earlier")
    result = convert(feedwright_bin, server.url("/feed.atom"), "--follow-archives", "10", "-o", str(out))
    assert result.returncode == 1
    line = result.stderr.strip()
    assert line.startswith(f"error: {server.url('/archive/2.atom')}: cannot read the archive page: "), line
    assert "404" in line
    assert out.read_text() == "earlier", "a failed history leaves the output file as it was"


def test_a_files_relative_archive_links_are_read_beside_it(feedwright_bin, tmp_path):
    (tmp_path / "archive").mkdir()
    (tmp_path / "feed.atom").write_bytes(atom("Desk", [5, 4], [("prev-archive", "archive/2.xml")]))
    (tmp_path / "archive" / "2.xml").write_bytes(rss([3], [("prev-archive", (tmp_path / "archive" / "1.xml").as_uri())]))
    (tmp_path / "archive" / "1.xml").write_bytes(rss([2, 1], []))
    result = convert(feedwright_bin, "feed.atom", "--follow-archives", "5", "--diagnostics", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert item_ids(result.stdout) == [f"urn:item:{n}" for n in range(5, 0, -1)]
    report = json.loads(result.stderr)
    pages = [(page["input"], page["items"], page["format"]) for page in report["archives"]]
    assert pages == [(str(tmp_path / "archive" / "2.xml"), 1, "RSS 2.0"),
                     ((tmp_path / "archive" / "1.xml").as_uri(), 2, "RSS 2.0")]


@pytest.mark.parametrize("value", ["-1", "100001"])
def test_an_out_of_range_page_count_is_a_usage_error(feedwright_bin, server, value):
    result = convert(feedwright_bin, server.url("/feed.atom"), f"--follow-archives={value}")
    assert result.returncode == 64
    assert "--follow-archives takes a number of pages from 0 to 100000" in result.stderr


class QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.mark.parametrize("main", ["rss.xml", "atom.xml", "feed.json"])
def test_a_built_archive_reads_back_whole_through_convert(feedwright_bin, tmp_path, main):
    """Round trip with our own archives: builds push items out of a 5-item feed into pages of
    3, served over HTTP where `output.baseURL` says; `convert --follow-archives` from the main
    feed then gives every item the feed ever held, each once, newest first."""
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    handler = functools.partial(QuietFiles, directory=str(feeds))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as files:
        threading.Thread(target=files.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{files.server_address[1]}/"
        make_site(tmp_path)
        config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
        config["output"]["baseURL"] = base
        (tmp_path / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
        ever = set()
        for number in range(1, 9):
            add_seed_items(tmp_path, number)
            build(feedwright_bin, tmp_path)
            ever.update(item_ids(convert(feedwright_bin, str(feeds / main)).stdout))
        result = convert(feedwright_bin, base + main, "--follow-archives", "1000")
        files.shutdown()
    assert result.returncode == 0, result.stderr
    ids = item_ids(result.stdout)
    assert len(ids) == len(set(ids))
    archived = set(ids) - set(item_ids(convert(feedwright_bin, str(feeds / main)).stdout))
    assert ever <= set(ids) and archived, (sorted(ever - set(ids)), len(archived))
    stem, suffix = main.rsplit(".", 1)
    pages = sorted((feeds / "archive").glob(f"{stem}-*.{suffix}"))
    assert archived == {item for page in pages for item in item_ids(convert(feedwright_bin, str(page)).stdout)}
    assert f"note: followed {len(pages)} archive pages (prev-archive)" in result.stderr
