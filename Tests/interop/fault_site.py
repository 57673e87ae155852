"""A throw-away site for the fault suites (`test_faults_*.py`): the bundled seed pages, a
config the test shapes, the real binary, and the checks every fault case ends with — the
exit code and message, three published feeds that are whole and agree with each other, and
a state database that passes `PRAGMA integrity_check`."""
import json
import pathlib
import shutil
import sqlite3
import subprocess
import urllib.parse
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
ATOM = "{http://www.w3.org/2005/Atom}"
FEED_FILES = ("rss.xml", "atom.xml", "feed.json")


class Run:
    """One run of the binary: exit code, stdout, stderr, and the JSON report when asked for."""

    def __init__(self, result, json_report):
        self.code = result.returncode
        self.stdout = result.stdout
        self.stderr = result.stderr
        self.report = json.loads(result.stdout) if json_report and result.stdout.strip() else None

    def __repr__(self):
        return f"exit {self.code}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


class FaultSite:
    """A site in `root`: `config()` writes config.json, `build()` runs the binary in it."""

    def __init__(self, root, binary, seeds=True):
        self.root = pathlib.Path(root)
        self.binary = pathlib.Path(binary)
        if seeds:
            shutil.copytree(ROOT / "seeds", self.root / "seeds")

    @property
    def feeds(self):
        return self.root / "feeds"

    @property
    def state(self):
        return self.root / ".feedwright" / "state.sqlite"

    def config(self, sources=(), **sections):
        """The site's config.json; each keyword is a section merged over the defaults."""
        config = {
            "feed": {"title": "Fault site", "link": "https://site.example/", "timeZone": "Europe/Moscow",
                     "tagAuthority": "site.example,2025"},
            "output": {"directory": "feeds", "baseURL": "https://site.example/feeds/"},
            "fetch": {"allowAddresses": ["127.0.0.1"], "timeout": 5, "connectTimeout": 2},
        }
        if (self.root / "seeds").exists():
            config["seeds"] = {"directory": "seeds"}
        if sources:
            config["sources"] = list(sources)
        for key, value in sections.items():
            config[key] = {**config[key], **value} if isinstance(value, dict) and key in config else value
        (self.root / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1))
        return config

    def run(self, *args, timeout=120):
        """Runs `feedwright ARGS` in the site's directory."""
        result = subprocess.run([str(self.binary), *args], cwd=self.root, capture_output=True, text=True,
                                timeout=timeout)
        return Run(result, "--format" in args and "json" in args)

    def build(self, *args, json_report=True, timeout=120):
        extra = ["--format", "json"] if json_report else []
        return self.run("build", "--config", "config.json", *extra, *args, timeout=timeout)

    def feed_bytes(self):
        return {name: (self.feeds / name).read_bytes() for name in FEED_FILES if (self.feeds / name).exists()}

    def published(self):
        """The published feeds as {format: [(id, title)]}, after checking that they agree."""
        return assert_feeds_consistent(self.feeds, self.binary)

    def assert_state_sound(self):
        assert_integrity(self.state)


def feed_items(feeds):
    """(id, title) of every item in each of the three files, in document order."""
    rss = ET.parse(feeds / "rss.xml").getroot()
    atom = ET.parse(feeds / "atom.xml").getroot()
    document = json.loads((feeds / "feed.json").read_text(encoding="utf-8"))
    return {
        "rss": [(item.findtext("guid"), item.findtext("title")) for item in rss.iter("item")],
        "atom": [(entry.findtext(f"{ATOM}id"), entry.findtext(f"{ATOM}title"))
                 for entry in atom.iter(f"{ATOM}entry")],
        "json": [(item["id"], item.get("title")) for item in document["items"]],
    }


def assert_feeds_consistent(feeds, binary):
    """All three files exist, parse, pass our validator, and list the same items (same ids,
    same titles, same order). Atom ids must be IRIs, so an id that is not one appears there as
    a fragment of the source feed's (or our feed's) IRI, as `AtomIdentifier` writes it."""
    for name in FEED_FILES:
        assert (feeds / name).exists(), f"{name} is missing"
        leftovers = [p.name for p in feeds.iterdir() if p.name.startswith(f".{name}")]
        assert not leftovers, f"temporary files left in {feeds}: {leftovers}"
    items = feed_items(feeds)
    assert items["rss"] == items["json"], items
    assert [title for _, title in items["atom"]] == [title for _, title in items["rss"]], items
    for (atom_id, _), (rss_id, _) in zip(items["atom"], items["rss"]):
        assert atom_id == rss_id or atom_id.endswith("#" + urllib.parse.quote(rss_id, safe="-._~!$&'()*+,;=:@/?")), \
            f"Atom id {atom_id} does not lead back to {rss_id}"
    checked = subprocess.run([str(binary), "validate", *(str(feeds / n) for n in FEED_FILES)],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return items


def assert_integrity(database):
    """`PRAGMA integrity_check` answers "ok" (a missing database is sound too)."""
    if not pathlib.Path(database).exists():
        return
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    assert rows == [("ok",)], rows
