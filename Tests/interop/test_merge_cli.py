"""`feedwright merge SOURCE…`: any feeds, no config; duplicates dropped, unreadable sources
reported with exit code 3, the rest still merged and written."""
import json
import pathlib
import subprocess

import pytest

from source_server import SourceServer, rss, serve

ROOT = pathlib.Path(__file__).resolve().parents[2]
WIRE = ROOT / "partners" / "wire-rss-cp1251.xml"
AGENCY = ROOT / "partners" / "agency-atom-utc.xml"


def merge(binary, *args, cwd=None):
    return subprocess.run([str(binary), "merge", *map(str, args)], capture_output=True, text=True, timeout=60, cwd=cwd)


def test_two_partner_feeds_merge_without_their_shared_story(feedwright_bin):
    result = merge(feedwright_bin, WIRE, AGENCY)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    # 16 items; three stories are carried by both (one new story, two seed headlines
    # that the demo's partners both repeat), see partners/README.md
    assert len(items) == 13
    ids = [item["id"] for item in items]
    assert "tag:agency.example.org,2025:news/1205" in ids and "wire-20250510-0938" not in ids
    assert "dropped 3 duplicates" in result.stderr
    stamps = [item["date_published"] for item in items]
    assert stamps == sorted(stamps, reverse=True)


def test_an_unreadable_source_is_reported_and_the_rest_is_written(feedwright_bin, tmp_path):
    out = tmp_path / "merged.xml"
    result = merge(feedwright_bin, WIRE, tmp_path / "missing.xml", "--to", "rss", "-o", out)
    assert result.returncode == 3
    assert f"error: {tmp_path / 'missing.xml'}: no such file" in result.stderr
    lint = subprocess.run(["xmllint", "--noout", str(out)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stderr
    assert out.read_text(encoding="utf-8").count("<item>") == 8


def test_nothing_readable_is_exit_1_and_writes_nothing(feedwright_bin, tmp_path):
    out = tmp_path / "merged.json"
    result = merge(feedwright_bin, tmp_path / "a.xml", tmp_path / "b.xml", "-o", out)
    assert result.returncode == 1
    assert "error: none of the feeds could be read" in result.stderr
    assert not out.exists()


def test_urls_and_files_merge_together(feedwright_bin):
    with SourceServer() as server:
        server.routes["/feed"] = serve(rss("Served", [("s-1", "Served story", "Mon, 12 May 2025 16:45:00 +0300")]))
        result = merge(feedwright_bin, server.url("/feed"), AGENCY, "--to", "atom")
    assert result.returncode == 0, result.stderr
    assert "<title>Served story</title>" in result.stdout
    assert "merged 9 items from 2 feeds" in result.stderr


@pytest.mark.parametrize("args, message", [([], "Missing expected argument"), (["--window", "-5", "x.xml"], "window")])
def test_usage_errors(feedwright_bin, args, message):
    result = merge(feedwright_bin, *args)
    assert result.returncode == 64
    assert message in result.stderr
