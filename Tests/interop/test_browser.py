"""A real browser reads the site from `feedwright serve`: Debian's Chromium, headless, loads the
timeline, an article page and a day anchor; the rendered DOM holds the headlines and the
article's text, and a screenshot shows something other than one colour."""
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import time

import pytest
from PIL import Image

CHROMIUM = shutil.which("chromium")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served(site, feedwright_bin):
    port = free_port()
    server = subprocess.Popen(
        [str(feedwright_bin), "serve", "--config", "config.json", "--host", "127.0.0.1", "--port", str(port)],
        cwd=site, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    line = server.stdout.readline()
    assert f"127.0.0.1:{port}" in line, line + server.stderr.read()
    yield f"http://127.0.0.1:{port}/"
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=20) == 0


def chromium(*arguments, home):
    assert CHROMIUM, "Debian's chromium is missing: `make test-deps` installs it"
    # A home of the test's own: Chromium writes its profile there, not into the user's.
    env = dict(os.environ, HOME=str(home))
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        f"--user-data-dir={home / 'profile'}", *arguments,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture
def items(site):
    return json.loads((site / "feeds" / "feed.json").read_text(encoding="utf-8"))["items"]


def test_the_timeline_shows_every_headline(served, items, tmp_path):
    dom = chromium("--dump-dom", served, home=tmp_path)
    assert "<html" in dom and 'lang="ru"' in dom
    for item in items:
        assert item["title"].replace("&", "&amp;") in dom, item["title"]


def test_the_article_page_shows_the_full_text(served, items, tmp_path):
    article = next(item for item in items if ":articles/" in item["id"])
    path = article["url"].split("/feeds/", 1)[1]
    dom = chromium("--dump-dom", served + path, home=tmp_path)
    assert article["title"] in dom
    last_paragraph = article["content_html"].rsplit("<p>", 1)[1].removesuffix("</p>")
    assert last_paragraph in dom


def test_a_day_anchor_loads(served, items, tmp_path):
    day = items[-1]["date_published"][:10]
    dom = chromium("--dump-dom", f"{served}index.html#day-{day}", home=tmp_path)
    assert f'<section id="day-{day}">' in dom
    assert items[-1]["title"] in dom


def test_a_screenshot_of_the_timeline_is_not_blank(served, tmp_path):
    # Of the top of the page: headless Chromium paints a page scrolled to a fragment only
    # partly in a screenshot, so the anchor is checked in the DOM above.
    shot = tmp_path / "timeline.png"
    chromium(f"--screenshot={shot}", "--window-size=1024,768", "--hide-scrollbars", served, home=tmp_path)
    image = Image.open(shot).convert("L")
    assert image.size == (1024, 768)
    low, high = image.getextrema()
    assert high - low > 64, (low, high)
    histogram = image.histogram()
    # Text covers more than a few per cent of the pixels: not blank, not one colour.
    assert max(histogram) < 0.97 * sum(histogram), max(histogram) / sum(histogram)
