"""What a user reads when something is wrong, through the real binary: every message names
the file or setting, says what is wrong in our words and what to do, never a Foundation
dump; the exit code matches docs/exit-codes.md; nothing is half written; and `schedule install`
writes the path the user ran, refuses expressions that never fire, and shows run times in
the zone cron uses."""
import json
import os
import socket
import subprocess
import threading

from fault_site import FaultSite, assert_integrity
from source_server import SourceServer, rss, serve

GOOD = rss("Good", [("g1", "A good story", "Fri, 04 Dec 2026 10:00:00 GMT")])
PARTNER = rss("Partner", [("urn:uuid:7d3c0a4e-5c55-4a8a-9f6e-2b1f0e3c9a11", "Partner story", "Fri, 04 Dec 2026 10:00:00 GMT")])
INTERNALS = ("NSCocoaErrorDomain", "Error Domain", "NSUnderlyingError", "POSIXError", "Code=")


def assert_our_words(text):
    for marker in INTERNALS:
        assert marker not in text, text


def test_an_output_directory_that_is_a_file_writes_nothing(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin)
    site.config()
    (tmp_path / "feeds").write_text("not a directory\n")
    run = site.build(json_report=False)
    assert run.code == 1, run
    assert "config.json: output.directory: feeds is a file, not a directory" in run.stderr, run
    assert "point output.directory at a directory" in run.stderr
    assert_our_words(run.stderr)
    assert (tmp_path / "feeds").read_text() == "not a directory\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".feeds")]
    site.assert_state_sound()
    # Once the file is moved away the same site publishes whole, consistent feeds.
    (tmp_path / "feeds").rename(tmp_path / "feeds.txt")
    fixed = site.build(json_report=False)
    assert fixed.code == 0, fixed
    assert len(site.published()["rss"]) == 11


def test_an_output_directory_below_a_file_says_not_a_directory(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin)
    site.config(output={"directory": "blocker/feeds"})
    (tmp_path / "blocker").write_text("a file\n")
    run = site.build(json_report=False)
    assert run.code == 1, run
    assert "config.json: output.directory: cannot create blocker/feeds: not a directory" in run.stderr, run
    assert_our_words(run.stderr)
    site.assert_state_sound()


def test_a_loopback_source_names_the_fetch_allow_addresses_key(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin)
    with SourceServer() as server:
        server.routes["/feed.xml"] = serve(PARTNER)
        site.config(sources=[{"name": "partner", "url": server.url("/feed.xml")}], fetch={"allowAddresses": []})
        run = site.build(json_report=False)
        assert server.requests_for("/feed.xml") == [], "a refused address is never contacted"
    assert run.code == 3, run
    assert 'add "127.0.0.1" to fetch.allowAddresses in config.json' in run.stdout + run.stderr, run
    assert "allowedAddresses" not in run.stdout + run.stderr
    assert len(site.published()["rss"]) == 11, "the seed items are published without the partner"
    site.assert_state_sound()
    # The key the hint names is the one config.json accepts: following it fetches the source.
    with SourceServer() as server:
        server.routes["/feed.xml"] = serve(PARTNER)
        site.config(sources=[{"name": "partner", "url": server.url("/feed.xml")}],
                    fetch={"allowAddresses": ["127.0.0.1"]})
        followed = site.build(json_report=False)
    assert followed.code == 0, followed
    assert "Partner story" in [title for _, title in site.published()["rss"]]
    site.assert_state_sound()


def test_validate_a_missing_file(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin, seeds=False)
    run = site.run("validate", "nope.xml")
    assert run.code == 1, run
    assert run.stderr.strip() == "error: nope.xml: no such file", run
    assert "0 inputs" not in run.stdout, "no summary that reads like a pass"
    assert_our_words(run.stdout + run.stderr)


def test_validate_a_directory_and_a_good_feed(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin)
    site.config()
    assert site.build(json_report=False).code == 0
    run = site.run("validate", "seeds", "feeds/rss.xml")
    assert run.code == 1, run
    assert "error: seeds: is a directory" in run.stderr, run
    assert "in 1 input" in run.stdout, "the readable feed is still checked and summarised"


def test_merge_a_missing_file(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin, seeds=False)
    run = site.run("merge", "nope.xml", "--output", "merged.json")
    assert run.code == 1, run
    assert run.stderr.strip() == "error: nope.xml: no such file", run
    assert not (tmp_path / "merged.json").exists()
    assert_our_words(run.stderr)


def test_merge_a_missing_file_beside_a_good_one_is_partial(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin, seeds=False)
    (tmp_path / "good.xml").write_text(GOOD)
    run = site.run("merge", "good.xml", "nope.xml", "--output", "merged.json")
    assert run.code == 3, run
    assert "error: nope.xml: no such file" in run.stderr, run
    merged = json.loads((tmp_path / "merged.json").read_text())
    assert [item["title"] for item in merged["items"]] == ["A good story"]


def test_merge_an_unwritable_output_says_why(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin, seeds=False)
    (tmp_path / "good.xml").write_text(GOOD)
    run = site.run("merge", "good.xml", "--output", "missing-dir/merged.json")
    assert run.code == 1, run
    assert "error: missing-dir/merged.json: cannot write: the directory missing-dir does not exist" in run.stderr, run
    assert_our_words(run.stderr)


def schedule_site(tmp_path, feedwright_bin, schedule):
    site = FaultSite(tmp_path, feedwright_bin)
    site.config(schedule=schedule)
    return site


def test_schedule_install_writes_the_symlink_it_was_run_by(tmp_path, feedwright_bin):
    site = schedule_site(tmp_path, feedwright_bin, {"cron": "*/15 * * * *"})
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    link = bin_dir / "feedwright"
    link.symlink_to(feedwright_bin)
    by_path = subprocess.run([str(link), "schedule", "install", "--print", "--config", "config.json"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert by_path.returncode == 0, by_path.stderr
    assert f"'{link}' build --config" in by_path.stdout or f"{link} build --config" in by_path.stdout, by_path.stdout
    assert str(feedwright_bin) not in by_path.stdout
    # Run by name, found in PATH: the PATH entry, still not the target.
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}"}
    by_name = subprocess.run(["feedwright", "schedule", "install", "--print", "--config", "config.json"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=60, env=env)
    assert by_name.returncode == 0, by_name.stderr
    assert str(link) in by_name.stdout and str(feedwright_bin) not in by_name.stdout, by_name.stdout
    # Run by a relative path: made absolute against the working directory.
    relative = subprocess.run(["./bin/feedwright", "schedule", "install", "--print", "--config", "config.json"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert str(link) in relative.stdout, relative.stdout


def test_schedule_install_warns_exactly_when_no_cron_daemon_runs(tmp_path, feedwright_bin):
    """`make test` starts Debian's cron, so there the warning must be absent; run alone on a
    machine without the daemon, the same test sees the warning instead."""
    site = schedule_site(tmp_path, feedwright_bin, {"cron": "*/15 * * * *"})
    running = subprocess.run(["pgrep", "-x", "cron|crond|cronie"], capture_output=True).returncode == 0
    run = site.run("schedule", "install", "--print", "--config", "config.json")
    assert run.code == 0, run
    assert ("warning: no cron daemon is running" in run.stderr) == (not running), run
    assert "# feedwright schedule for" in run.stdout, "the warning does not stop the line being printed"


def test_schedule_refuses_an_expression_that_never_fires(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin)
    for expression, reason in [("0 0 31 2 *", "February has no day 31"),
                               ("0 0 31 4,6,9,11 *", "April, June, September and November have no day 31")]:
        site.config(schedule={"cron": expression})
        for command in (["schedule", "install", "--print"], ["schedule", "next"], ["build"]):
            run = site.run(*command, "--config", "config.json")
            assert run.code == 1, (command, run)
            assert run.stderr.strip() == (f'error: config.json: schedule.cron: "{expression}" never fires: '
                                          f"{reason}; choose days that exist in the months named"), run
            assert not (tmp_path / "feeds").exists()
    site.config(schedule={"cron": "0 0 29 2 *"})
    run = site.run("schedule", "next", "--count", "2", "--config", "config.json")
    assert run.code == 0, run
    assert [line[5:10] for line in run.stdout.splitlines()] == ["02-29", "02-29"], run.stdout


def test_schedule_next_shows_cron_zone_with_the_configured_one_beside(tmp_path, feedwright_bin):
    site = schedule_site(tmp_path, feedwright_bin, {"cron": "30 2 * * *", "timeZone": "Pacific/Kiritimati"})
    system = os.path.realpath("/etc/localtime").split("zoneinfo/")[-1]
    # The shell's TZ is not cron's: the system zone decides.
    env = {**os.environ, "TZ": "Asia/Tokyo"}
    result = subprocess.run([str(feedwright_bin), "schedule", "next", "--count", "3", "--config", "config.json"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        assert f" 02:30 {system} (" in line and "Pacific/Kiritimati (+14:00) in schedule.timeZone" in line, line
    assert result.stderr.strip() == (f"note: cron runs schedules in the system time zone ({system}), not in "
                                     "schedule.timeZone (Pacific/Kiritimati); a timer from "
                                     "`schedule install --systemd` runs at Pacific/Kiritimati times")
    status = subprocess.run([str(feedwright_bin), "status", "--config", "config.json"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60, env=env)
    assert status.returncode == 0, status.stderr
    next_line = [line for line in status.stdout.splitlines() if line.startswith("next run: ")]
    assert next_line and f" 02:30 {system} (" in next_line[0], status.stdout
    assert "in schedule.timeZone (cron runs in the system time zone)" in next_line[0]
    systemd = subprocess.run([str(feedwright_bin), "schedule", "install", "--systemd", "--config", "config.json"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert "02:30:00 Pacific/Kiritimati" in systemd.stdout, systemd.stdout


def test_convert_to_a_missing_directory_names_it(tmp_path, feedwright_bin):
    site = FaultSite(tmp_path, feedwright_bin, seeds=False)
    (tmp_path / "good.xml").write_text(GOOD)
    run = site.run("convert", "good.xml", "-o", "missing-dir/out.json")
    assert run.code == 1, run
    assert run.stderr.strip() == "error: missing-dir/out.json: cannot write: the directory missing-dir does not exist"
    assert not (tmp_path / "missing-dir").exists()


def test_a_server_that_hangs_up_is_described_not_named(tmp_path, feedwright_bin):
    """A connection closed before any answer: our words, not the HTTP client's error name."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def hang_up():
        connection, _ = listener.accept()
        connection.recv(4096)
        connection.close()

    threading.Thread(target=hang_up, daemon=True).start()
    site = FaultSite(tmp_path, feedwright_bin, seeds=False)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml"
    run = site.run("convert", url)
    listener.close()
    assert run.code == 1, run
    assert run.stderr.strip() == f"error: {url}: cannot connect: the server closed the connection without a complete answer"
    assert "HTTPClientError" not in run.stderr
