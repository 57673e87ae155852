"""A 100 MB feed is converted in near-constant memory: the parser streams from the file
and the writer streams to the output, so the peak does not grow with the document."""
import subprocess
import sys

ITEM = """  <item>
    <title>Новость №{n} — «рынок» &amp; погода</title>
    <link>https://big.example.com/items/{n}</link>
    <guid isPermaLink="false">tag:big.example.com,2025:{n}</guid>
    <pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate>
    <description>&lt;p&gt;Участники встречи обсудили ситуацию в регионах — и договорились о мерах.&lt;/p&gt;</description>
    <content:encoded><![CDATA[{body}]]></content:encoded>
  </item>
"""
BODY = "<p>Participants discussed the situation in the regions, and agreed on measures.</p>\n" * 40

MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def write_big_feed(path, target_bytes):
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\n'
                  "<title>Big</title><link>https://big.example.com/</link><description>d</description>\n")
        n = 0
        while out.tell() < target_bytes:
            out.write(ITEM.format(n=n, body=BODY))
            n += 1
        out.write("</channel></rss>\n")
    return n


def peak_kib(command):
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    code, peak = result.stdout.split()
    assert code == "0", result.stderr
    assert "LimitExceeded" not in result.stderr, "the feed was not converted whole"
    return int(peak)


def test_a_100_mb_feed_converts_in_near_constant_memory(feedwright_bin, tmp_path):
    small, big = tmp_path / "small.xml", tmp_path / "big.xml"
    write_big_feed(small, 1 << 20)
    items = write_big_feed(big, 100 << 20)
    assert big.stat().st_size >= 100 << 20 and items > 20_000
    # --max-items 0: the whole feed is converted, not only its first 10,000 items.
    baseline = peak_kib([str(feedwright_bin), "convert", str(small), "--to", "json", "--max-items", "0"])
    peak = peak_kib([str(feedwright_bin), "convert", str(big), "--to", "json", "--max-items", "0"])
    # Growth over the 1 MB run must stay a small fraction of the 100 MB document.
    assert peak - baseline < 32 * 1024, f"peak {peak} KiB, baseline {baseline} KiB"
