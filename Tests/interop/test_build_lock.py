"""One build at a time: a second `build` while one runs exits 75 at once and touches
nothing; a build killed with SIGKILL leaves no lock behind; `status` shows the runs."""
import fcntl
import json
import signal
import subprocess
import time

import pytest

from source_server import SourceServer, rss, serve, slow_drip

ITEMS = [("p-1", "Новость партнёра", "Mon, 12 May 2025 16:45:00 +0300")]


def write_config(root, url):
    config = {
        "feed": {"title": "Lock test", "link": "https://site.example/", "timeZone": "Europe/Moscow"},
        "sources": [{"name": "Partner", "url": url}],
        "output": {"directory": "feeds"},
        "fetch": {"allowAddresses": ["127.0.0.1"], "timeout": 10},
    }
    (root / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")


def start(binary, root):
    return subprocess.Popen([str(binary), "build", "--config", "config.json"], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def server():
    with SourceServer() as running:
        yield running


def test_a_held_lock_makes_build_exit_75_at_once_and_change_nothing(tmp_path, feedwright_bin, server):
    server.routes["/feed"] = serve(rss("P", ITEMS))
    write_config(tmp_path, server.url("/feed"))
    (tmp_path / ".feedwright").mkdir()
    with open(tmp_path / ".feedwright" / "state.sqlite.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        started = time.monotonic()
        result = subprocess.run([str(feedwright_bin), "build", "--config", "config.json"], cwd=tmp_path,
                                capture_output=True, text=True, timeout=30)
        assert time.monotonic() - started < 2
    assert result.returncode == 75
    assert "another feedwright build is running" in result.stderr and "nothing was changed" in result.stderr
    assert not (tmp_path / "feeds").exists()
    assert server.requests_for("/feed") == []


def test_two_builds_started_together_one_runs_the_other_exits_75(tmp_path, feedwright_bin, server):
    server.routes["/slow"] = slow_drip(rss("P", ITEMS), delay=0.05)
    write_config(tmp_path, server.url("/slow"))
    first = start(feedwright_bin, tmp_path)
    time.sleep(0.5)
    second = start(feedwright_bin, tmp_path)
    assert second.wait(timeout=10) == 75
    assert first.wait(timeout=60) == 0, first.stderr.read()


def test_a_killed_build_does_not_leave_the_lock_held(tmp_path, feedwright_bin, server):
    server.routes["/slow"] = slow_drip(rss("P", ITEMS), delay=0.2)
    write_config(tmp_path, server.url("/slow"))
    victim = start(feedwright_bin, tmp_path)
    time.sleep(1.0)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    server.routes["/slow"] = serve(rss("P", ITEMS))
    result = subprocess.run([str(feedwright_bin), "build", "--config", "config.json"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_status_shows_runs_and_failing_sources(tmp_path, feedwright_bin, server):
    server.routes["/feed"] = serve(rss("P", ITEMS))
    write_config(tmp_path, server.url("/feed"))
    assert start(feedwright_bin, tmp_path).wait(timeout=60) == 0
    server.routes["/feed"] = lambda h: h.send(500, b"broken")
    assert start(feedwright_bin, tmp_path).wait(timeout=60) == 3
    status = subprocess.run([str(feedwright_bin), "status", "--config", "config.json"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=30)
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    assert lines[0] == "last runs (newest first):"
    assert "exit 3" in lines[1] and "failed: Partner" in lines[1]
    assert "exit 0" in lines[2] and "1 items" in lines[2]
    assert any(line.startswith("  Partner: failing since ") and "HTTP 500" in line for line in lines)
