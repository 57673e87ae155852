"""`feedwright schedule` against Debian's real cron daemon (`make test` installs and starts
it): install a line that runs every minute, see the feeds appear and `status` show the
run, then remove it and find the crontab exactly as it was; and bad input changes
nothing."""
import json
import os
import shutil
import subprocess
import time

import pytest

from conftest import ROOT

FOREIGN = "MAILTO=\"\"\n# someone else's job\n17 4 1 1 * /bin/true\n"


def crontab_text():
    result = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


def set_crontab(text):
    if text is None:
        subprocess.run(["crontab", "-r"], capture_output=True)
    else:
        subprocess.run(["crontab", "-"], input=text, text=True, check=True)


@pytest.fixture
def saved_crontab():
    """The user's crontab, put back whatever the test does."""
    original = crontab_text()
    yield original
    set_crontab(original)


@pytest.fixture
def site(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    config = json.loads((ROOT / "config.json").read_text(encoding="utf-8"))
    config.pop("sources", None)
    config["schedule"] = {"cron": "* * * * *"}
    (tmp_path / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def feedwright(binary, site, *args, env=None):
    return subprocess.run([str(binary), *args, "--config", str(site / "config.json")], cwd=site,
                          capture_output=True, text=True, timeout=60, env=env)


def cron_is_running():
    return subprocess.run(["pgrep", "-x", "cron"], capture_output=True).returncode == 0


@pytest.mark.parametrize("before", [FOREIGN, None], ids=["other-lines", "no-crontab"])
def test_cron_runs_the_installed_build_and_remove_restores_the_crontab(site, feedwright_bin, saved_crontab, before):
    assert cron_is_running(), "the cron daemon is not running: `make test` starts it (service cron start)"
    set_crontab(before)
    installed = feedwright(feedwright_bin, site, "schedule", "install")
    assert installed.returncode == 0, installed.stderr
    again = feedwright(feedwright_bin, site, "schedule", "install")
    assert again.returncode == 0
    assert crontab_text().count("# feedwright schedule for") == 1, "install is idempotent"
    shown = feedwright(feedwright_bin, site, "schedule", "show")
    assert "matches" in shown.stdout
    deadline = time.monotonic() + 75
    while time.monotonic() < deadline and not (site / "feeds" / "feed.json").exists():
        time.sleep(1)
    log = site / ".feedwright" / "build.log"
    assert (site / "feeds" / "feed.json").exists(), log.read_text() if log.exists() else "no log"
    for _ in range(20):  # the run may still be writing its history
        status = feedwright(feedwright_bin, site, "status")
        if "exit 0" in status.stdout:
            break
        time.sleep(0.5)
    assert "exit 0" in status.stdout and "11 items" in status.stdout, status.stdout
    removed = feedwright(feedwright_bin, site, "schedule", "remove")
    assert removed.returncode == 0, removed.stderr
    assert crontab_text() == before


def test_an_invalid_expression_is_one_line_and_changes_nothing(site, feedwright_bin, saved_crontab):
    set_crontab(FOREIGN)
    config = json.loads((site / "config.json").read_text(encoding="utf-8"))
    config["schedule"]["cron"] = "*/0 * * * *"
    (site / "config.json").write_text(json.dumps(config), encoding="utf-8")
    result = feedwright(feedwright_bin, site, "schedule", "install")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "schedule.cron: minute field, column 3: " in result.stderr
    assert crontab_text() == FOREIGN


def test_a_missing_crontab_program_is_one_line_and_changes_nothing(site, feedwright_bin, saved_crontab):
    set_crontab(FOREIGN)
    env = {**os.environ, "PATH": "/nonexistent"}
    result = feedwright(feedwright_bin, site, "schedule", "install", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: the crontab program is not installed")
    assert result.stderr.strip().count("\n") == 0
    assert crontab_text() == FOREIGN


def test_an_unwritable_log_is_one_line_and_changes_nothing(site, feedwright_bin, saved_crontab):
    set_crontab(FOREIGN)
    config = json.loads((site / "config.json").read_text(encoding="utf-8"))
    config["schedule"]["log"] = "config.json/build.log"
    (site / "config.json").write_text(json.dumps(config), encoding="utf-8")
    result = feedwright(feedwright_bin, site, "schedule", "install")
    assert result.returncode == 1
    assert "cannot write the schedule's log (schedule.log)" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert crontab_text() == FOREIGN


def test_next_previews_times_in_the_zone_cron_uses(site, feedwright_bin):
    """Cron matches the expression in the system zone, so that is the time shown first; the
    configured zone's time stands beside it when the two differ."""
    system = os.path.realpath("/etc/localtime").split("zoneinfo/")[-1]
    config = json.loads((site / "config.json").read_text(encoding="utf-8"))
    config["schedule"] = {"cron": "30 2 * * *", "timeZone": system}
    (site / "config.json").write_text(json.dumps(config), encoding="utf-8")
    result = feedwright(feedwright_bin, site, "schedule", "next", "--count", "3")
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and result.stderr == ""
    for line in lines:
        assert f" 02:30 {system} (" in line and "schedule.timeZone" not in line, line
    config["schedule"]["timeZone"] = "Europe/Berlin" if system != "Europe/Berlin" else "Asia/Tokyo"
    (site / "config.json").write_text(json.dumps(config), encoding="utf-8")
    beside = feedwright(feedwright_bin, site, "schedule", "next", "--count", "3")
    for line in beside.stdout.splitlines():
        assert f" 02:30 {system} (" in line and line.endswith(" in schedule.timeZone"), line
    assert beside.stderr.startswith("note: cron runs schedules in the system time zone")
