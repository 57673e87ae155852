"""Fault suite for the state database, through the real binary: a read-only state file or
folder, a corrupt database (truncated, garbage in the middle), and builds stopped by
SIGTERM or SIGKILL in the middle of a fetch. Each case asserts the exit code and the
message, that the published feeds are whole and agree with each other, and that the
state database passes `PRAGMA integrity_check`."""
import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import time

import pytest

from fault_site import FaultSite
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
def site(tmp_path, feedwright_bin, server):
    """A site with one partner source, built once (exit 0)."""
    site = FaultSite(tmp_path, feedwright_bin)
    server.routes["/partner"] = serve(rss("Partner", FIRST))
    site.config(sources=[{"name": "Partner", "url": server.url("/partner")}])
    first = site.build()
    assert first.code == 0, first
    return site


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
def read_only(path):
    """`path` (a file or a folder) cannot be written for the duration. As root, chmod does
    not stop writes, so the immutable attribute is used instead."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("running as root, where chmod does not stop writes, on a file system without chattr +i")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_state_file_stops_the_build_before_any_feed_is_written(site, server):
    before = site.feed_bytes()
    server.routes["/partner"] = serve(rss("Partner", SECOND))
    with read_only(site.state):
        run = site.build()
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
    with read_only(site.state):
        run = site.build("--verbose")
    assert run.code == 1, run
    assert "state.sqlite is read-only" in run.stderr and "\n  detail: SQLite error 8" in run.stderr, run
    site.published()
    site.assert_state_sound()


def test_a_read_only_state_folder_is_exit_1_not_busy(site, server):
    before = site.feed_bytes()
    server.routes["/partner"] = serve(rss("Partner", SECOND))
    with read_only(site.state.parent):
        run = site.build()
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
    with read_only(site.state.parent):
        run = site.build()
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


def test_sigterm_mid_fetch_is_recorded_and_keeps_the_previous_feeds(site, server):
    before = site.feed_bytes()
    server.routes["/partner"] = slow_drip(rss("Partner", SECOND), delay=0.2)
    victim = subprocess.Popen([str(site.binary), "build", "--config", "config.json"], cwd=site.root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    victim.send_signal(signal.SIGTERM)
    _, stderr = victim.communicate(timeout=30)
    assert victim.returncode == 143, stderr
    assert "error: stopped by SIGTERM; the published feeds were left as they were" in stderr
    assert site.feed_bytes() == before
    site.published()
    site.assert_state_sound()
    lines = status_lines(site)
    assert "interrupted (exit 143)" in lines[1] and "stopped by SIGTERM" in lines[1], lines
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
