"""`feedwright sources export|import` and `output.opml` (issue 18): OPML out of a config and
back in with every other byte of the config kept, duplicates skipped and listed, malformed
and hostile OPML refused with one line and exit 65, and the build's published blogroll."""
import json
import pathlib
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from hostile_inputs import run_measured
from source_server import SourceServer, rss, serve

DATA_ERROR = 65
MAX_SECONDS = 1.0
FEED = {"title": "Новости региона", "link": "https://region.example/", "timeZone": "Europe/Moscow"}
SOURCES = [
    {"name": "Wire «Север»", "url": "https://Wire.example:443/rss/"},
    {"name": "Agency", "url": "partners/agency.xml", "enabled": False},
    {"name": "Lab & Co", "url": "http://lab.example/feed.json?lang=ru"},
]


def run(binary, *args, cwd):
    return subprocess.run([str(binary), *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def write_config(folder, sources=None, text=None):
    """A config with the test feed; `text` writes exact bytes instead."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.json"
    if text is not None:
        config.write_bytes(text.encode())
    else:
        body = {"feed": FEED, "output": {"directory": "feeds"}}
        if sources is not None:
            body["sources"] = sources
        config.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return config


def test_round_trip_export_import_export_gives_the_same_bytes(feedwright_bin, tmp_path):
    first = write_config(tmp_path / "a", SOURCES)
    exported = run(feedwright_bin, "sources", "export", "--config", str(first), cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    opml = tmp_path / "sources.opml"
    opml.write_text(exported.stdout, encoding="utf-8")
    outlines = list(ET.parse(opml).getroot().iter("outline"))
    assert [o.get("title") for o in outlines] == [s["name"] for s in SOURCES]
    assert [o.get("xmlUrl") for o in outlines] == [s["url"] for s in SOURCES]
    assert {o.get("type") for o in outlines} == {"rss"}

    second = write_config(tmp_path / "b")
    imported = run(feedwright_bin, "sources", "import", str(opml), "--config", str(second), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines()[-1] == "added 3 sources, skipped 0 already configured"
    written = tmp_path / "again.opml"
    again = run(feedwright_bin, "sources", "export", "--config", str(second), "-o", str(written), cwd=tmp_path)
    assert again.returncode == 0 and again.stdout == "", again.stderr
    assert written.read_bytes() == opml.read_bytes()


CONFIG_BEFORE = """{
    "feed":   {"title": "Caf\\u00e9 news", "link": "https://cafe.example/"},
    "dedup": {"window": "30m"},
    "sources": [
        {"name": "Wire", "url": "https://wire.example/rss", "maxItems": 20}
    ],

    "output": {
        "directory": "feeds",
        "baseURL": "https://cafe.example/feeds/"
    }
}
"""


def test_import_keeps_every_other_byte_and_skips_duplicates(feedwright_bin, tmp_path):
    config = write_config(tmp_path, text=CONFIG_BEFORE)
    opml = tmp_path / "list.opml"
    opml.write_text(
        '<?xml version="1.0"?>\n<opml version="1.0"><head><title>x</title></head><body>\n'
        '<outline text="News"><outline text="Wire again" xmlUrl="HTTPS://WIRE.example:443/rss/"/>\n'
        '<outline text="Metro" title="Метро" xmlUrl="https://metro.example/feed"/></outline>\n'
        '<outline text="Wire" xmlUrl="https://other.example/rss"/>\n'
        '<outline xmlUrl="https://hostonly.example/atom.xml"/>\n'
        "</body></opml>\n", encoding="utf-8")
    result = run(feedwright_bin, "sources", "import", str(opml), "--config", str(config), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "added 3 sources, skipped 1 already configured"
    assert "skip Wire again: HTTPS://WIRE.example:443/rss/ (line 3: already configured as \"Wire\")" in lines
    assert "add Wire (2): https://other.example/rss" in lines
    assert "add hostonly.example: https://hostonly.example/atom.xml" in lines

    after = config.read_text(encoding="utf-8")
    start = CONFIG_BEFORE.index('"maxItems": 20}') + len('"maxItems": 20}')
    assert after.startswith(CONFIG_BEFORE[:start])
    assert after.endswith(CONFIG_BEFORE[start:])
    added = after[start:len(after) - len(CONFIG_BEFORE) + start]
    assert added == (',\n        {"name": "Метро", "url": "https://metro.example/feed"}'
                     ',\n        {"name": "Wire (2)", "url": "https://other.example/rss"}'
                     ',\n        {"name": "hostonly.example", "url": "https://hostonly.example/atom.xml"}')
    status = run(feedwright_bin, "sources", "export", "--config", str(config), cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    assert len(ET.fromstring(status.stdout.encode()).findall("./body/outline")) == 4


def test_dry_run_changes_nothing(feedwright_bin, tmp_path):
    config = write_config(tmp_path, SOURCES[:1])
    before = config.read_bytes()
    stamp = config.stat().st_mtime_ns
    opml = tmp_path / "one.opml"
    opml.write_text('<opml version="2.0"><body><outline text="New" xmlUrl="https://new.example/"/>'
                    '<outline text="Old" xmlUrl="https://wire.example/rss"/></body></opml>')
    result = run(feedwright_bin, "sources", "import", str(opml), "--config", str(config), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "would add New: https://new.example/",
        'skip Old: https://wire.example/rss (line 1: already configured as "Wire «Север»")',
        "dry run: would have added 1 source, skipped 1 already configured; nothing was changed",
    ]
    assert config.read_bytes() == before and config.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.json", "one.opml"]


def test_malformed_opml_is_one_line_with_file_line_and_column(feedwright_bin, tmp_path):
    config = write_config(tmp_path, SOURCES)
    before = config.read_bytes()
    bad = tmp_path / "bad.opml"
    bad.write_text('<?xml version="1.0"?>\n<opml version="2.0">\n<body>\n'
                   '  <outline text="A" xmlUrl="https://a.example/">\n</body>\n</opml>\n')
    result = run(feedwright_bin, "sources", "import", "bad.opml", "--config", "config.json", cwd=tmp_path)
    assert result.returncode == DATA_ERROR
    assert result.stdout == ""
    assert re.fullmatch(r"error: bad\.opml:5:\d+: not a well-formed OPML file: .*mismatch.*\n", result.stderr), \
        result.stderr
    assert config.read_bytes() == before


def billion_laughs():
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 11))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE opml [{entities}]>\n<opml version="2.0"><body>'
            '<outline text="&l10;" xmlUrl="https://a.example/"/></body></opml>\n')


def huge_attribute():
    return ('<opml version="2.0"><body><outline text="big" xmlUrl="https://a.example/'
            + "a" * (10 << 20) + '"/></body></opml>\n')


def external_entities(secret, port):
    return (f'<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY secret SYSTEM "file://{secret}">'
            f'<!ENTITY remote SYSTEM "http://127.0.0.1:{port}/secret">]>\n'
            '<opml version="2.0"><body><outline text="&secret;&remote;" xmlUrl="https://a.example/"/>'
            "</body></opml>\n")


@pytest.mark.parametrize("kind, message", [
    ("xxe", r"external entity 'secret'"),
    ("billion-laughs", r"entity"),
    ("huge-attribute", r"longer than"),
])
def test_hostile_opml_is_refused_quickly_and_reads_nothing(feedwright_bin, tmp_path, kind, message):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT\n")
    config = write_config(tmp_path / "site", SOURCES)
    before = config.read_bytes()
    with SourceServer() as server:
        text = {"xxe": lambda: external_entities(secret, server.httpd.server_address[1]),
                "billion-laughs": billion_laughs, "huge-attribute": huge_attribute}[kind]()
        hostile = tmp_path / f"{kind}.opml"
        hostile.write_text(text)
        result = run_measured([feedwright_bin, "sources", "import", hostile, "--config", config])
        assert server.requests_for("/secret") == []
    assert result.seconds < MAX_SECONDS, f"took {result.seconds:.2f} s"
    assert result.code == DATA_ERROR, result.stderr
    assert len(result.lines) == 1 and result.lines[0].startswith(f"error: {hostile}:"), result.stderr
    assert re.search(message, result.lines[0]), result.lines[0]
    assert b"TOP-SECRET" not in result.stdout and "TOP-SECRET" not in result.stderr
    assert config.read_bytes() == before


def test_build_publishes_output_opml_and_links_it(feedwright_bin, tmp_path):
    with SourceServer() as server:
        server.routes["/wire"] = serve(rss("Partner wire", [("w-1", "Партнёрская новость", "Mon, 12 May 2025 16:45:00 +0300")]))
        sources = [
            {"name": "Wire", "url": server.url("/wire")},
            {"name": "Off", "url": server.url("/off"), "enabled": False},
            {"name": "Local", "url": "partners/local.xml"},
        ]
        (tmp_path / "partners").mkdir()
        (tmp_path / "partners" / "local.xml").write_text(rss("Local", []))
        body = {"feed": FEED, "sources": sources,
                "output": {"directory": "feeds", "opml": "sources.opml", "baseURL": "https://region.example/feeds/"},
                "fetch": {"allowAddresses": ["127.0.0.1"], "timeout": 2, "connectTimeout": 2}}
        (tmp_path / "config.json").write_text(json.dumps(body, ensure_ascii=False))
        first = run(feedwright_bin, "build", "--config", "config.json", cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        assert "wrote feeds/sources.opml" in first.stdout.splitlines()
        published = (tmp_path / "feeds" / "sources.opml").read_bytes()
        second = run(feedwright_bin, "build", "--config", "config.json", cwd=tmp_path)
        assert second.returncode == 0, second.stderr
        assert "unchanged feeds/sources.opml" in second.stdout.splitlines()
        exported = run(feedwright_bin, "sources", "export", cwd=tmp_path)
        assert exported.returncode == 0, exported.stderr
    root = ET.fromstring(published)
    assert root.get("version") == "2.0" and root.findtext("./head/title") == FEED["title"]
    assert [o.attrib for o in root.iter("outline")] == [{
        "text": "Wire", "title": "Wire", "type": "rss", "xmlUrl": sources[0]["url"],
        "htmlUrl": "https://partner.example/"}]
    assert b"dateCreated" not in published
    # Export lists every source; the site of the one with items in the feed is known from it.
    listed = {o.get("title"): o.get("htmlUrl") for o in ET.fromstring(exported.stdout.encode()).iter("outline")}
    assert listed == {"Wire": "https://partner.example/", "Off": None, "Local": None}
    assert (tmp_path / "feeds" / "sources.opml").read_bytes() == published
    index = (tmp_path / "feeds" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="outline" type="text/x-opml" title="Our sources (OPML)" href="sources.opml">' in index
    assert '<a href="sources.opml" type="text/x-opml">Our sources (OPML)</a>' in index
