"""`feedwright validate` run as a user would: output format, exit codes, JSON shape, strict
mode, standard input, hostile documents, our own feeds, and bounded memory on 100 MB."""
import json
import pathlib
import re
import resource
import subprocess
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = ROOT / "Tests/FeedValidatorTests/Cases"
PARSER_FIXTURES = ROOT / "Tests/FeedParserTests/Fixtures/feeds"
LINE = re.compile(r"^(?P<path>[^:]+)(:(?P<line>\d+)(:(?P<column>\d+))?)?: (?P<severity>error|warning|info): "
                  r"(?P<code>[A-Za-z0-9]+) (?P<message>.+)$")

def run(binary, *args, stdin=None, timeout=60):
    return subprocess.run([str(binary), "validate", *map(str, args)], input=stdin, capture_output=True,
                          timeout=timeout)


def diagnostics(stdout):
    lines = stdout.decode().splitlines()
    return [LINE.match(line) for line in lines[:-1]], lines[-1]


def test_valid_feed_exits_0_with_a_summary(feedwright_bin):
    result = run(feedwright_bin, CASES / "valid/ValidRSS20.xml")
    assert result.returncode == 0, result.stdout
    found, summary = diagnostics(result.stdout)
    assert all(m and m["severity"] == "info" for m in found)
    assert summary == "0 errors, 0 warnings, 1 note in 1 input"


def test_errors_are_compiler_style_lines_and_exit_1(feedwright_bin):
    path = CASES / "rss/IncorrectDOW.xml"
    result = run(feedwright_bin, path)
    assert result.returncode == 1
    found, summary = diagnostics(result.stdout)
    errors = [m for m in found if m and m["severity"] == "error"]
    assert [(m["path"], m["line"], m["code"]) for m in errors] == [(str(path), "15", "IncorrectDOW")]
    assert "is a Mon, not Tue" in errors[0]["message"]
    assert summary.startswith("1 error, ")


def test_json_is_an_array_with_one_object_per_input(feedwright_bin):
    inputs = [CASES / "valid/ValidAtom.xml", CASES / "atom/MissingTitleAtom.xml", CASES / "json/InvalidJSON.json"]
    result = run(feedwright_bin, "--format", "json", *inputs)
    assert result.returncode == 1
    reports = json.loads(result.stdout)
    assert [r["input"] for r in reports] == [str(p) for p in inputs]
    assert [r["format"] for r in reports] == ["atom", "atom", None]
    assert [r["valid"] for r in reports] == [True, False, False]
    missing = next(d for d in reports[1]["diagnostics"] if d["severity"] == "error")
    assert set(missing) == {"code", "severity", "message", "line", "column", "element", "parent"}
    assert (missing["code"], missing["severity"], missing["element"], missing["parent"]) == (
        "MissingTitle", "error", "title", "feed")
    syntax = reports[2]["diagnostics"][0]
    assert (syntax["code"], syntax["line"], syntax["column"]) == ("InvalidJSON", 2, 74)


def test_strict_counts_warnings_as_errors(feedwright_bin):
    path = CASES / "rss/MissingGuid.xml"
    assert run(feedwright_bin, path).returncode == 0
    strict = run(feedwright_bin, "--strict", path)
    assert strict.returncode == 1
    assert "strict" in strict.stdout.decode().splitlines()[-1]


def test_standard_input(feedwright_bin):
    data = (CASES / "rss/MissingTitle.xml").read_bytes()
    result = run(feedwright_bin, "-", stdin=data)
    assert result.returncode == 1
    assert re.search(r"^-:\d+:\d+: error: MissingTitle ", result.stdout.decode(), re.M)


def test_base_url_checks_the_self_link(feedwright_bin):
    path = CASES / "valid/ValidAtom.xml"
    assert "SelfDoesntMatchLocation" in run(feedwright_bin, "--base-url", "https://example.com/x.xml", path).stdout.decode()
    assert "SelfDoesntMatchLocation" not in run(feedwright_bin, "--base-url", "https://example.com/atom.xml", path).stdout.decode()


def test_unreadable_input_and_usage_errors(feedwright_bin, tmp_path):
    result = run(feedwright_bin, tmp_path / "nope.xml")
    assert result.returncode == 1
    assert result.stderr.decode() == f"error: {tmp_path / 'nope.xml'}: no such file\n"
    assert run(feedwright_bin).returncode == 64
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    result = run(feedwright_bin, empty)
    assert result.returncode == 1
    assert "SAXError XML parsing error: the document is empty" in result.stdout.decode()
    assert run(feedwright_bin, "--format", "yaml", CASES / "valid/ValidRSS20.xml").returncode == 64


@pytest.mark.parametrize("case, code", [("xml/ValidatorLimit.xml", "ValidatorLimit"),
                                        ("xml/ContainsSystemEntity.xml", "ContainsSystemEntity")])
def test_hostile_documents_exit_1_fast(feedwright_bin, case, code):
    started = time.monotonic()
    result = run(feedwright_bin, CASES / case, timeout=10)
    assert time.monotonic() - started < 5
    assert result.returncode == 1
    assert f"error: {code} " in result.stdout.decode()
    assert b"root:" not in result.stdout  # /etc/passwd was never read


def test_quadratic_blowup_and_deep_nesting_exit_1(feedwright_bin, tmp_path):
    blowup = tmp_path / "blowup.xml"
    blowup.write_text('<!DOCTYPE rss [<!ENTITY a "' + "x" * 50_000 + '">]>\n<rss version="2.0"><channel><title>'
                      + "&a;" * 200 + "</title></channel></rss>\n")
    deep = tmp_path / "deep.xml"
    deep.write_text('<rss version="2.0"><channel>' + "<x>" * 5000 + "</x>" * 5000 + "</channel></rss>")
    for path in (blowup, deep):
        started = time.monotonic()
        result = run(feedwright_bin, path, timeout=20)
        assert time.monotonic() - started < 10
        assert result.returncode == 1, result.stdout


def errors(lines):
    """The error lines of validator output."""
    return [line for line in lines if (match := LINE.match(line)) and match["severity"] == "error"]


def test_published_feeds_validate(feedwright_bin, site):
    feeds = [site / "feeds/rss.xml", site / "feeds/atom.xml", site / "feeds/feed.json"]
    result = run(feedwright_bin, *feeds)
    assert result.returncode == 0
    assert errors(result.stdout.decode().splitlines()) == []


def test_convert_output_of_every_parser_fixture_validates(feedwright_bin, tmp_path):
    """Converted as a user converts a saved feed: with --base-url naming where it came from,
    so relative links resolve and RSS gets a site link even when the source names none."""
    outputs = []
    for index, fixture in enumerate(sorted(p for p in PARSER_FIXTURES.rglob("*") if p.is_file())):
        base = "https://fixtures.example.com/" + fixture.relative_to(PARSER_FIXTURES).as_posix()
        for fmt in ("rss", "atom", "json"):
            out = tmp_path / f"{index}-{fixture.stem}.{fmt}"
            converted = subprocess.run([str(feedwright_bin), "convert", str(fixture), "--to", fmt, "-o", str(out),
                                        "--base-url", base], capture_output=True, timeout=60)
            if converted.returncode == 0:
                outputs.append(out)
    assert len(outputs) > 900
    lines = []
    for start in range(0, len(outputs), 200):
        lines += run(feedwright_bin, *outputs[start:start + 200], timeout=300).stdout.decode().splitlines()
    assert errors(lines) == []


ITEM = """  <item>
    <title>Новость №{n} — «рынок» &amp; погода</title>
    <link>https://big.example.com/items/{n}</link>
    <guid isPermaLink="false">tag:big.example.com,2025:{n}</guid>
    <pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate>
    <description>&lt;p&gt;Участники встречи обсудили ситуацию в регионах.&lt;/p&gt;</description>
    <content:encoded><![CDATA[{body}]]></content:encoded>
  </item>
"""
BODY = "<p>Participants discussed the situation in the regions, and agreed on measures.</p>\n" * 40
MEASURE = ("import resource, subprocess, sys\n"
           "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
           "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def write_big_feed(path, target_bytes):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                  'xmlns:atom="http://www.w3.org/2005/Atom" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\n'
                  "<title>Big</title><link>https://big.example.com/</link><description>d</description>\n"
                  '<atom:link href="https://big.example.com/rss.xml" rel="self" type="application/rss+xml"/>\n')
        n = 0
        while out.tell() < target_bytes:
            out.write(ITEM.format(n=n, body=BODY))
            n += 1
        out.write("</channel></rss>\n")
    return n


def peak_kib(command):
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True,
                            timeout=600)
    code, peak = result.stdout.split()
    assert code == "0", result.stderr
    return int(peak)


def test_a_100_mb_feed_validates_in_bounded_memory(feedwright_bin, tmp_path):
    small, big = tmp_path / "small.xml", tmp_path / "big.xml"
    write_big_feed(small, 1 << 20)
    items = write_big_feed(big, 100 << 20)
    assert items > 20_000
    # --max-items 0: every item of the 100 MB feed is checked, not only the first 10,000.
    baseline = peak_kib([str(feedwright_bin), "validate", "--max-items", "0", str(small)])
    peak = peak_kib([str(feedwright_bin), "validate", "--max-items", "0", str(big)])
    assert peak - baseline < 48 * 1024, f"peak {peak} KiB, baseline {baseline} KiB"


def test_a_feed_past_the_item_limit_gets_a_warning_not_an_error(feedwright_bin, tmp_path):
    big = tmp_path / "big.xml"
    write_big_feed(big, 100 << 20)
    result = subprocess.run([str(feedwright_bin), "validate", str(big)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout
    limit = [line for line in result.stdout.splitlines() if ": warning: ItemLimit " in line]
    assert len(limit) == 1 and "first 10000 items" in limit[0] and "--max-items" in limit[0], result.stdout
    # At item 10,001, which starts after the four header lines and 10,000 items.
    first_line = 5 + 10_000 * ITEM.format(n=0, body=BODY).count("\n")
    assert limit[0].startswith(f"{big}:{first_line}:"), limit[0]
    assert result.stdout.splitlines()[-1].startswith("0 errors, 1 warning")
    strict = subprocess.run([str(feedwright_bin), "validate", "--strict", str(big)], capture_output=True,
                            text=True, timeout=600)
    assert strict.returncode == 1, strict.stdout
