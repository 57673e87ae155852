"""Fault suite for the state database, through the real binary: a read-only state file or
folder, a corrupt database (truncated, garbage in the middle), and builds stopped by
SIGTERM or SIGKILL in the middle of a fetch. Each case asserts the exit code and the
message, that the published feeds are whole and agree with each other, and that the
state database passes `PRAGMA integrity_check`."""
import contextlib
import json
import os
import pathlib
import pwd
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time

import pytest

from fault_site import FaultSite, Run
from source_server import SourceServer, rss, serve, slow_drip

UNDATED = "Работа с гражданским обществом должна быть радикально перестроена в Казахстане"
FIRST = [("tag:partner.example,2025:p-1", "Новость партнёра", "Mon, 12 May 2025 16:45:00 +0300")]
SECOND = FIRST + [("tag:partner.example,2025:p-2", "Вторая новость партнёра", "Mon, 12 May 2025 17:45:00 +0300")]
INTERNALS = re.compile(r"SQLite error|while executing|INSERT|SELECT|UPDATE|Error Domain")


@pytest.fixture
def server():
    with SourceServer() as running:
        yield running


@pytest.fixture
def site(feedwright_bin, server):
    """A site with one partner source, built once (exit 0). It lives in a folder anyone may
    enter, so that the binary can also be run as an unprivileged user (see `read_only`)."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="feedwright-state-faults-"))
    root.chmod(0o755)
    site = FaultSite(root, feedwright_bin)
    server.routes["/partner"] = serve(rss("Partner", FIRST))
    site.config(sources=[{"name": "Partner", "url": server.url("/partner")}])
    first = site.build()
    assert first.code == 0, first
    yield site
    shutil.rmtree(root, ignore_errors=True)


def titles(site):
    return [title for _, title in site.published()["rss"]]


def undated_date(site):
    items = json.loads((site.feeds / "feed.json").read_text(encoding="utf-8"))["items"]
    return next(item["date_published"] for item in items if item["title"] == UNDATED)


def assert_our_words(run):
    assert not INTERNALS.search(run.stderr), run


def status_lines(site):
    status = site.run("status", "--config", "config.json")
    assert status.code == 0, status
    return status.stdout.splitlines()


@contextlib.contextmanager
def read_only(site, path):
    """Yields a `build(*args)` that runs the site's build while `path` (a file or a folder)
    cannot be written by it. As root, where chmod does not stop writes, the immutable
    attribute is used, or else the binary runs as `nobody` with `path` left to root."""
    if os.geteuid() != 0:
        with restored_mode(path):
            path.chmod(0o555 if path.is_dir() else 0o444)
            yield site.build
    elif subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
        try:
            yield site.build
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    elif shutil.which("setpriv"):
        with as_nobody(site, path) as build:
            yield build
    else:
        pytest.skip("running as root, where chmod does not stop writes, with neither chattr +i (unsupported "
                    "by this file system) nor setpriv to run the binary as an unprivileged user")


@contextlib.contextmanager
def restored_mode(path):
    mode = path.stat().st_mode
    try:
        yield
    finally:
        path.chmod(mode)


@contextlib.contextmanager
def as_nobody(site, path):
    """The site belongs to `nobody` except `path`, which stays root's and unwritable."""
    nobody = pwd.getpwnam("nobody")
    chown_tree(site.root, nobody.pw_uid, nobody.pw_gid)
    os.chown(path, 0, 0)

    def build(*args):
        command = ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups",
                   str(site.binary), "build", "--config", "config.json", "--format", "json", *args]
        return Run(subprocess.run(command, cwd=site.root, capture_output=True, text=True, timeout=120), True)

    try:
        with restored_mode(path):
            path.chmod(0o555 if path.is_dir() else 0o444)
            yield build
    finally:
        chown_tree(site.root, 0, 0)


def chown_tree(root, uid, gid):
    os.chown(root, uid, gid)
    for folder, names, files in os.walk(root):
        for name in names + files:
            os.chown(os.path.join(folder, name), uid, gid, follow_symlinks=False)


def test_a_read_only_state_file_stops_the_build_before_any_feed_is_written(site, server):
    before = site.feed_bytes()
    server.routes["/partner"] = serve(rss("Partner", SECOND))
    with read_only(site, site.state) as build:
        run = build()
    assert run.code == 1, run
    assert "error: .feedwright/state.sqlite: state.sqlite is read-only: make it writable by the user running " \
           "feedwright, or point state.path elsewhere" in run.stderr, run
    assert_our_words(run)
    assert site.feed_bytes() == before
    assert "Вторая новость партнёра" not in titles(site)
    site.assert_state_sound()
    again = site.build()
    assert again.code == 0, again
    assert "Вторая новость партнёра" in titles(site)


def test_verbose_adds_the_underlying_message(site):
    with read_only(site, site.state) as build:
        run = build("--verbose")
    assert run.code == 1, run
    assert "state.sqlite is read-only" in run.stderr and "\n  detail: SQLite error 8" in run.stderr, run
    site.published()
    site.assert_state_sound()


def test_a_read_only_state_folder_is_exit_1_not_busy(site, server):
    before = site.feed_bytes()
    server.routes["/partner"] = serve(rss("Partner", SECOND))
    with read_only(site, site.state.parent) as build:
        run = build()
    assert run.code == 1, run
    assert "error: .feedwright/state.sqlite: the folder .feedwright is read-only, so state.sqlite cannot be " \
           "written: make the folder writable" in run.stderr, run
    assert "another feedwright build is running" not in run.stderr
    assert_our_words(run)
    assert site.feed_bytes() == before
    site.published()
    site.assert_state_sound()


def test_a_lock_file_that_cannot_be_created_is_exit_1_with_the_path(site, server):
    before = site.feed_bytes()
    for path in site.state.parent.iterdir():
        path.unlink()
    server.routes["/partner"] = serve(rss("Partner", SECOND))
    with read_only(site, site.state.parent) as build:
        run = build()
    assert run.code == 1, run
    assert re.search(r"error: \.feedwright/state\.sqlite\.lock: cannot create the build lock \((Permission denied|"
                     r"Operation not permitted|Read-only file system)\): make its folder writable", run.stderr), run
    assert "nothing was written" in run.stderr
    assert site.feed_bytes() == before
    assert server.requests_for("/partner") and len(server.requests_for("/partner")) == 1
    site.published()
    site.assert_state_sound()


def truncate(database):
    size = database.stat().st_size
    with open(database, "r+b") as file:
        file.truncate(size // 2)


def scribble(database):
    size = database.stat().st_size
    with open(database, "r+b") as file:
        file.seek(size // 2)
        file.write(bytes(range(256)) * 16)


@pytest.mark.parametrize("damage", [truncate, scribble], ids=["truncated", "garbage-in-the-middle"])
def test_a_corrupt_database_is_moved_aside_and_rebuilt_on_the_same_run(site, server, damage):
    published_date = undated_date(site)
    before = titles(site)
    damage(site.state)
    status = site.run("status", "--config", "config.json")
    assert status.code == 1, status
    assert "error: .feedwright/state.sqlite: the state database is corrupt (not an intact SQLite file): the next " \
           "feedwright build moves it aside and rebuilds it from the published feeds" in status.stderr, status
    assert_our_words(status)
    server.routes["/partner"] = serve(rss("Partner", []))
    run = site.build()
    assert run.code == 3, run
    moved = re.search(r"\.feedwright/state\.sqlite: warning: the state database was corrupt; moved it aside to "
                      r"(\.feedwright/state\.sqlite\.corrupt-\d{8}T\d{6}Z) and started a new one", run.stderr)
    assert moved, run
    assert run.stderr.count("was corrupt; moved it aside") == 1, run
    assert (site.root / moved.group(1)).exists()
    assert run.report["stateRecovered"] == {"database": ".feedwright/state.sqlite", "movedTo": moved.group(1)}
    assert_our_words(run)
    assert undated_date(site) == published_date, "the undated article keeps its published date"
    assert titles(site) == before, "the partner item still published survives though the partner dropped it"
    site.assert_state_sound()
    assert "exit 3" in status_lines(site)[1]
    again = site.build()
    assert again.code == 0, again
    assert titles(site) == before


@pytest.mark.parametrize("number,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"])
def test_a_signal_mid_fetch_is_recorded_and_keeps_the_previous_feeds(site, server, number, code):
    name = signal.Signals(number).name
    before = site.feed_bytes()
    server.routes["/partner"] = slow_drip(rss("Partner", SECOND), delay=0.2)
    victim = subprocess.Popen([str(site.binary), "build", "--config", "config.json"], cwd=site.root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    victim.send_signal(number)
    _, stderr = victim.communicate(timeout=30)
    assert victim.returncode == code, stderr
    assert f"error: stopped by {name}; the published feeds were left as they were" in stderr
    assert not list(site.feeds.glob(".*.tmp"))
    assert site.feed_bytes() == before
    site.published()
    site.assert_state_sound()
    lines = status_lines(site)
    assert f"interrupted (exit {code})" in lines[1] and f"stopped by {name}" in lines[1], lines
    server.routes["/partner"] = serve(rss("Partner", SECOND))
    after = site.build()
    assert after.code == 0, after
    assert "did not finish" not in after.stderr, "a run that recorded its own end is not marked again"
    assert "Вторая новость партнёра" in titles(site)


def test_a_run_killed_outright_is_marked_interrupted_by_the_next_one(site, server):
    before = site.feed_bytes()
    server.routes["/partner"] = slow_drip(rss("Partner", SECOND), delay=0.2)
    victim = subprocess.Popen([str(site.binary), "build", "--config", "config.json"], cwd=site.root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert site.feed_bytes() == before
    site.published()
    site.assert_state_sound()
    assert "running" in status_lines(site)[1]
    server.routes["/partner"] = serve(rss("Partner", SECOND))
    after = site.build()
    assert after.code == 0, after
    assert re.search(rf"warning: the build started at \S+ \(process {victim.pid}\) did not finish \(it was "
                     r"killed, or the machine stopped\); recorded as interrupted in the run history",
                     after.stderr), after
    lines = status_lines(site)
    assert "exit 0" in lines[1]
    assert "interrupted: did not finish" in lines[2], lines
    site.published()
    site.assert_state_sound()


def test_an_old_database_upgrades_in_place_and_keeps_its_runs(site):
    with sqlite3.connect(site.state) as db:
        db.execute("DELETE FROM grdb_migrations WHERE identifier = 'v4-run-outcome'")
        db.execute("DROP TABLE run")
        db.execute("CREATE TABLE run (id INTEGER PRIMARY KEY AUTOINCREMENT, started DOUBLE NOT NULL, "
                   "ended DOUBLE NOT NULL, exit_code INTEGER NOT NULL, items INTEGER NOT NULL, message TEXT)")
        db.execute("INSERT INTO run (started, ended, exit_code, items) VALUES (1747000000, 1747000002, 0, 7)")
    db.close()
    run = site.build()
    assert run.code == 0, run
    lines = status_lines(site)
    assert "exit 0" in lines[1] and "exit 0" in lines[2] and "7 items" in lines[2], lines
    site.published()
    site.assert_state_sound()
