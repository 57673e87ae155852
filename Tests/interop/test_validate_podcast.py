"""`feedwright validate --profile podcast` as a podcaster runs it: each tag Apple Podcasts
requires and the feed lacks is reported once, as an error, whether the RSS rules or the
profile report it; the default profile reports none of them; an unknown profile is a usage
error that names the profiles there are."""
import json
import subprocess

# A show of our own making without the channel's title and description (RSS requires them
# too), Apple's itunes:image, language, itunes:category and itunes:explicit, and with an
# episode that has no enclosure and one that has no title.
SHOW = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <link>https://example.com/podcast/</link>
  <atom:link href="https://example.com/podcast.xml" rel="self" type="application/rss+xml"/>
  <itunes:author>Example Radio</itunes:author>
  <item>
    <title>Episode 1</title>
    <description>The first one.</description>
    <guid isPermaLink="false">ep-1</guid>
  </item>
  <item>
    <description>The second one, untitled.</description>
    <guid isPermaLink="false">ep-2</guid>
    <enclosure url="https://example.com/podcast/2.mp3" length="123456" type="audio/mpeg"/>
  </item>
</channel>
</rss>
"""
# What is missing, by (parent, element): each must be one error, no more.
MISSING = [("channel", "title"), ("channel", "description"), ("channel", "itunes:image"), ("channel", "language"),
           ("channel", "itunes:category"), ("channel", "itunes:explicit"), ("item", "enclosure"), ("item", "title")]


def validate(binary, *args):
    return subprocess.run([str(binary), "validate", *map(str, args)], capture_output=True, timeout=60)


def report(binary, path, *options):
    result = validate(binary, "--format", "json", *options, path)
    return result, json.loads(result.stdout)[0]["diagnostics"]


def test_each_missing_required_tag_is_reported_once(feedwright_bin, tmp_path):
    show = tmp_path / "show.xml"
    show.write_text(SHOW)
    result, found = report(feedwright_bin, show, "--profile", "podcast")
    assert result.returncode == 1
    errors = [d for d in found if d["severity"] == "error"]
    for parent, element in MISSING:
        about = [d for d in errors if d["element"] == element and d["parent"] == parent]
        assert len(about) == 1, (element, about)
    # Nothing else is an error: every error is one of the missing tags.
    assert len(errors) == len(MISSING), errors
    # The recommended tags are warnings: the owner's address, an episode's pubDate.
    warnings = {(d["code"], d["element"]) for d in found if d["severity"] == "warning"}
    assert ("MissingItunesEmail", "itunes:owner") in warnings
    assert ("MissingRecommendedElement", "pubDate") in warnings


def test_the_text_report_names_each_missing_tag_once(feedwright_bin, tmp_path):
    show = tmp_path / "show.xml"
    show.write_text(SHOW)
    lines = validate(feedwright_bin, "--profile", "podcast", show).stdout.decode().splitlines()
    required = [line for line in lines if "MissingItunesElement" in line]
    assert sorted(line.rsplit(" ", 1)[-1] for line in required) == sorted(
        ["itunes:image", "language", "itunes:category", "itunes:explicit", "enclosure", "title"])


def test_the_general_profile_reports_no_podcast_tags(feedwright_bin, tmp_path):
    show = tmp_path / "show.xml"
    show.write_text(SHOW)
    _, default = report(feedwright_bin, show)
    _, general = report(feedwright_bin, show, "--profile", "general")
    assert default == general
    assert not {"MissingItunesElement", "MissingItunesEmail"} & {d["code"] for d in default}


def test_an_unknown_profile_is_a_usage_error(feedwright_bin, tmp_path):
    show = tmp_path / "show.xml"
    show.write_text(SHOW)
    result = validate(feedwright_bin, "--profile", "nonsense", show)
    assert result.returncode == 64
    message = result.stderr.decode()
    assert 'unknown profile "nonsense"' in message and "general, podcast" in message
    assert result.stdout == b""
