"""Differential test: Feedwright's parser against Python's feedparser 6.0.14 on every XML
fixture of Tests/FeedParserTests/Fixtures/feeds. (feedparser 6 does not read JSON Feed,
so JSON fixtures are covered by the Swift golden tests only.)

Every difference in ids, titles, links, dates (as instants), authors, categories,
enclosures or content must be explained by a rule in parser_rules.py or listed with its
reason in parser_differences.tsv; a listed difference that no longer occurs must be
removed from the list."""
import pathlib
import subprocess

import pytest

from parser_projection import FIELDS, FeedparserCrash, feedparser_entries, feedwright_entries
from parser_rules import explain

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "FeedParserTests" / "Fixtures" / "feeds"
XML_FIXTURES = sorted(path.relative_to(FIXTURES).as_posix() for path in FIXTURES.rglob("*.xml"))


def listed_differences():
    listed = {}
    for line in (pathlib.Path(__file__).parent / "parser_differences.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fixture, field, reason = line.split("\t")
        assert reason.strip(), f"{fixture} {field}: a listed difference needs its reason"
        listed[(fixture, field)] = reason
    return listed


def differences(binary, fixture):
    """(field, ours, theirs) for each unexplained difference; counts for the agreement."""
    path = FIXTURES / fixture
    base = f"https://fixtures.example.com/{fixture}"
    theirs = feedparser_entries(path, base)
    ours = feedwright_entries(binary, path, base)
    if isinstance(theirs, FeedparserCrash):
        return [("*", "read", theirs.reason)], 0, 0
    if ours is None:
        return ([("*", "refused", f"feedparser has {len(theirs)} entries")] if theirs else []), 0, 0
    entries, format_name = ours
    if len(entries) != len(theirs):
        return [("*", len(entries), len(theirs))], 0, 0
    found, agree, total = [], 0, 0
    for mine, other in zip(entries, theirs):
        context = {"ours": mine, "theirs": other, "base": base, "format": format_name}
        for field in FIELDS:
            total += 1
            if mine[field] == other[field] or explain(field, mine[field], other[field], context):
                agree += mine[field] == other[field]
                continue
            found.append((field, mine[field], other[field]))
    return found, agree, total


def test_every_difference_is_fixed_or_explained(feedwright_bin):
    listed = listed_differences()
    unexplained, seen, agree, total = [], set(), 0, 0
    for fixture in XML_FIXTURES:
        found, fixture_agree, fixture_total = differences(feedwright_bin, fixture)
        agree, total = agree + fixture_agree, total + fixture_total
        for field, ours, theirs in found:
            key = (fixture, field) if (fixture, field) in listed else (fixture, "*")
            if key in listed:
                seen.add(key)
            else:
                unexplained.append(f"{fixture} {field}: ours={ours!r:.120} feedparser={theirs!r:.120}")
    stale = sorted(set(listed) - seen)
    print(f"field agreement with feedparser, before explanations: {agree}/{total} = {agree / max(total, 1):.1%}")
    assert not unexplained, "differences from feedparser neither fixed nor listed:\n" + "\n".join(unexplained)
    assert not stale, "listed differences that no longer occur (remove them):\n" + "\n".join(map(str, stale))


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_converted_fixtures_are_well_formed(feedwright_bin, fmt, tmp_path):
    checked = 0
    for fixture in XML_FIXTURES + sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*.json")):
        out = tmp_path / "out.xml"
        result = subprocess.run(
            [str(feedwright_bin), "convert", str(FIXTURES / fixture), "--to", fmt, "-o", str(out)],
            capture_output=True, text=True, timeout=30,
        )
        if result.returncode != 0:
            assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, (fixture, result.stderr)
            continue
        lint = subprocess.run(["xmllint", "--noout", str(out)], capture_output=True, text=True)
        assert lint.returncode == 0, f"{fixture}: {lint.stderr}"
        checked += 1
    assert checked >= 300
