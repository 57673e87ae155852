"""RFC 5005 archives (`output.archive`) across 50 builds of the demo site.

A temporary copy of the demo keeps 5 items in its feeds and archives the rest in pages of 3.
Every build adds new seed items, so items keep leaving the feeds. After every build, each
closed archive page must hold the bytes it had when it was first closed; at the end, walking
`prev-archive` from each main feed (Python's feedparser for RSS and Atom, plain JSON for JSON
Feed) must give every item that was ever in that feed exactly once, and `feedwright validate`
must find no error in any archive page. Halfway, three closed pages are deleted by hand: the
next build writes them again, with the bytes they had.
"""
import json
import pathlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import feedparser

ROOT = pathlib.Path(__file__).resolve().parents[2]
BASE_URL = "https://news.example.com/feeds/"
HISTORY_NS = "{http://purl.org/syndication/history/1.0}archive"
MAIN = {"rss": "rss.xml", "atom": "atom.xml", "json": "feed.json"}
PAGE_NAME = re.compile(r"^(rss|atom|feed)-(\d+)\.(xml|json)$")
BUILDS = 50


def make_site(root: pathlib.Path) -> None:
    for name in ["seeds", "partners"]:
        shutil.copytree(ROOT / name, root / name)
    config = json.loads((ROOT / "config.json").read_text(encoding="utf-8"))
    config["feed"]["maxItems"] = 5
    config["output"]["archive"] = {"pageSize": 3}
    (root / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")


def add_seed_items(root: pathlib.Path, build: int) -> None:
    """One to three new headlines, each newer than everything before."""
    lines = ["Последние новости"]
    for index in range(build % 3 + 1):
        minute = build * 10 + index
        lines.append(f"01.06.2025, {minute // 60:02d}:{minute % 60:02d} Новость номер {build}-{index}")
    (root / "seeds" / f"100_{build:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(binary: pathlib.Path, root: pathlib.Path) -> dict:
    result = subprocess.run(
        [str(binary), "build", "--config", "config.json", "--format", "json"],
        cwd=root, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def local_file(root: pathlib.Path, url: str) -> pathlib.Path:
    assert url.startswith(BASE_URL), url
    return root / "feeds" / url[len(BASE_URL):]


def links(path: pathlib.Path, fmt: str) -> dict:
    """The document's RFC 5005 links by relation, and whether it says fh:archive."""
    if fmt == "json":
        document = json.loads(path.read_text(encoding="utf-8"))
        history = dict(document.get("_rfc5005", {}))
        return {"archive": history.pop("archive", False), **history}
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, (path, parsed.bozo_exception)
    found = {link.rel: link.href for link in parsed.feed.get("links", []) if link.rel != "alternate"}
    found["archive"] = any(True for _ in ET.parse(path).getroot().iter(HISTORY_NS))
    return found


def item_ids(path: pathlib.Path, fmt: str) -> list:
    if fmt == "json":
        return [item["id"] for item in json.loads(path.read_text(encoding="utf-8"))["items"]]
    return [entry.id for entry in feedparser.parse(path.read_bytes()).entries]


def archive_walk(root: pathlib.Path, fmt: str) -> list:
    """Item ids from the oldest archive page to the newest, following prev-archive from the
    main feed and checking each page's links on the way."""
    main = root / "feeds" / MAIN[fmt]
    main_links = links(main, fmt)
    assert not main_links["archive"], "the subscription document must not say fh:archive"
    assert "current" not in main_links and "next-archive" not in main_links
    pages = []
    url, newer = main_links.get("prev-archive"), None
    while url:
        page = local_file(root, url)
        page_links = links(page, fmt)
        assert page_links["archive"], f"{page} lacks fh:archive"
        assert page_links["current"] == BASE_URL + MAIN[fmt]
        assert page_links.get("self", url) == url
        assert page_links.get("next-archive") == newer, f"{page}: next-archive"
        pages.append(page)
        url, newer = page_links.get("prev-archive"), url
    ids = []
    for page in reversed(pages):
        ids += list(reversed(item_ids(page, fmt)))
    return ids


def closed_pages(folder: pathlib.Path) -> dict:
    """Every archive page but the newest of its format, by file name."""
    newest = {}
    names = [name for name in (p.name for p in folder.iterdir()) if PAGE_NAME.match(name)]
    for name in names:
        stem, number = PAGE_NAME.match(name).group(1, 2)
        newest[stem] = max(newest.get(stem, 0), int(number))
    return {
        name: (folder / name).read_bytes()
        for name in names
        if int(PAGE_NAME.match(name).group(2)) < newest[PAGE_NAME.match(name).group(1)]
    }


def test_fifty_builds_keep_closed_pages_and_every_item(tmp_path, feedwright_bin):
    make_site(tmp_path)
    ever_in_main = {fmt: set() for fmt in MAIN}
    first_closed = {}
    archived_without_feed = None
    for number in range(BUILDS + 1):
        if number:
            add_seed_items(tmp_path, number)
        if number == BUILDS // 2:
            # Closed pages deleted by hand come back from the state, byte for byte.
            for name in ["rss-2.xml", "atom-3.xml", "feed-4.json"]:
                (tmp_path / "feeds" / "archive" / name).unlink()
        report = build(feedwright_bin, tmp_path)
        if number == BUILDS // 2:
            restored = {f["path"].rsplit("/", 1)[1] for f in report["archive"]["files"] if f["changed"]}
            assert {"rss-2.xml", "atom-3.xml", "feed-4.json"} <= restored
        assert report["archive"]["items"] >= report["archive"]["added"]
        for fmt, name in MAIN.items():
            ever_in_main[fmt].update(item_ids(tmp_path / "feeds" / name, fmt))
        if archived_without_feed is None:
            # The demo has more items than the feeds keep: the first build archives the
            # older ones straight away, without their ever being in a feed.
            archived_without_feed = {fmt: set(archive_walk(tmp_path, fmt)) for fmt in MAIN}
        for name, content in closed_pages(tmp_path / "feeds" / "archive").items():
            assert first_closed.setdefault(name, content) == content, f"closed page {name} changed"
    assert len(first_closed) > 3 * 20, "too few pages were closed for the test to mean much"

    for fmt, name in MAIN.items():
        archived = archive_walk(tmp_path, fmt)
        in_feed = item_ids(tmp_path / "feeds" / name, fmt)
        everything = archived + in_feed
        assert len(everything) == len(set(everything)), f"{fmt}: an item is in the archive twice"
        assert ever_in_main[fmt] <= set(everything), f"{fmt}: items lost: {ever_in_main[fmt] - set(everything)}"
        assert set(everything) - ever_in_main[fmt] <= archived_without_feed[fmt]

    pages = sorted(str(p) for p in (tmp_path / "feeds" / "archive").iterdir())
    checked = subprocess.run(
        [str(feedwright_bin), "validate", "--format", "json", *pages],
        capture_output=True, text=True, timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    results = json.loads(checked.stdout)
    assert len(results) == len(pages)
    for result in results:
        errors = [d for d in result.get("diagnostics", []) if d.get("severity") == "error"]
        assert not errors, result


def test_archive_needs_base_url(tmp_path, feedwright_bin):
    make_site(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    del config["output"]["baseURL"]
    (tmp_path / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [str(feedwright_bin), "build", "--config", "config.json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "output.archive" in result.stderr and "output.baseURL" in result.stderr
    assert not (tmp_path / "feeds").exists()


def snapshot(folder: pathlib.Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def restore(folder: pathlib.Path, files: dict) -> None:
    shutil.rmtree(folder)
    for path, content in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(content)


def test_a_build_whose_renames_were_lost_is_completed_by_the_next(tmp_path, feedwright_bin):
    """What a build killed between its state save and its renames leaves behind (the new
    state, the old files) is simulated by putting the old files back: the next build, which
    archives nothing new, must still give every page and feed the bytes the lost build had
    written, the page it closed included."""
    make_site(tmp_path)
    pages = build(feedwright_bin, tmp_path)["archive"]["pages"]
    feeds = tmp_path / "feeds"
    for number in range(1, 10):
        # The lost build is one that closes a page: the case where a closed page is at stake.
        before = snapshot(feeds)
        add_seed_items(tmp_path, number)
        report = build(feedwright_bin, tmp_path)
        if report["archive"]["pages"] > pages:
            break
        pages = report["archive"]["pages"]
    assert report["archive"]["pages"] > pages
    written = snapshot(feeds)
    assert written != before
    restore(feeds, before)
    again = build(feedwright_bin, tmp_path)
    assert again["archive"]["added"] == 0
    assert snapshot(feeds) == written
