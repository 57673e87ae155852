"""Hostile inputs for `test_hostile_inputs.py`: generators for the big ones (written into a
temporary directory at test time, never committed), HTTP routes that lie or never end, and
a runner that measures one fresh child process with `os.wait4`."""
import dataclasses
import os
import pathlib
import json
import subprocess
import sys
import tempfile
import zlib

RSS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            "<title>Hostile</title><link>https://hostile.example/</link><description>d</description>\n")
RSS_TAIL = "</channel></rss>\n"


def billion_laughs() -> bytes:
    """Ten levels of ten references each: 10^10 "lol"s from under a kilobyte."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 11))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [{entities}]>\n' + RSS_HEAD.split("\n", 1)[1]
            + "<item><title>&lol10;</title></item>" + RSS_TAIL).encode()


def quadratic_blowup() -> bytes:
    """One 50 KB entity referenced 20,000 times: 1 GB of text from a 150 KB document, which
    libxml2's own amplification guard lets through."""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "{"a" * 50_000}">]>\n'
            + RSS_HEAD.split("\n", 1)[1] + f"<item><title>t</title><description>{'&big;' * 20_000}"
            "</description></item>" + RSS_TAIL).encode()


def deep_xml() -> bytes:
    """100,000 nested elements inside an item."""
    depth = 100_000
    return (RSS_HEAD + "<item><title>deep</title>" + "<x>" * depth + "</x>" * depth + "</item>"
            + RSS_TAIL).encode()


def huge_attribute() -> bytes:
    """A 10 MB attribute value on an enclosure."""
    return (RSS_HEAD + '<item><title>big attribute</title><enclosure type="audio/mpeg" length="1" url="'
            + "https://hostile.example/" + "a" * (10 << 20) + '"/></item>' + RSS_TAIL).encode()


def million_items() -> bytes:
    """A million small, valid items (about 60 MB): the only finding is the item limit."""
    items = "".join(f'<item><title>{n}</title><guid isPermaLink="false">{n}</guid></item>\n'
                    for n in range(1_000_000))
    return (RSS_HEAD + items + RSS_TAIL).encode()


def million_json_items() -> bytes:
    """A JSON Feed with a million small items."""
    items = ",".join(f'{{"id":"{n}","content_text":"{n}"}}' for n in range(1_000_000))
    return ('{"version":"https://jsonfeed.org/version/1.1","title":"Hostile","items":[' + items + "]}").encode()


def deep_json() -> bytes:
    """100,000 nested arrays as the value of a JSON Feed member."""
    depth = 100_000
    return ('{"version":"https://jsonfeed.org/version/1.1","title":"Hostile","items":'
            + "[" * depth + "]" * depth + "}").encode()


def zip_bomb_gzip() -> bytes:
    """1 GB of a repeated RSS item compressed to about 1 MB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [compressor.compress(RSS_HEAD.encode())]
    chunk = b"<item><title>again</title></item>" * 32_768
    for _ in range((1 << 30) // len(chunk)):
        parts.append(compressor.compress(chunk))
    parts.append(compressor.compress(RSS_TAIL.encode()))
    parts.append(compressor.flush())
    return b"".join(parts)


GENERATED = {
    "billion-laughs.xml": billion_laughs,
    "quadratic-blowup.xml": quadratic_blowup,
    "deep-nesting.xml": deep_xml,
    "huge-attribute.xml": huge_attribute,
    "million-items.xml": million_items,
    "million-items.json": million_json_items,
    "deep-arrays.json": deep_json,
    "zip-bomb.xml.gz": zip_bomb_gzip,
}


@dataclasses.dataclass
class Measured:
    """What one child process did: exit code, output, wall time and peak resident size."""
    code: int
    stdout: bytes
    stderr: str
    seconds: float
    peak_bytes: int

    @property
    def lines(self):
        return self.stderr.strip().splitlines()


# A small process that starts the measured children: a child's peak resident size counts
# the memory of the process it was forked from, so forking from pytest (tens of MB, more
# after generating inputs) would charge pytest's memory to feedwright.
SPAWNER = r"""
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    with open(job["stdout"], "wb") as out, open(job["stderr"], "wb") as err:
        started = time.monotonic()
        child = subprocess.Popen(job["argv"], cwd=job["cwd"], stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        deadline = started + job["timeout"]
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.monotonic() - started
    child.returncode = 0
    print(json.dumps([os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss * 1024]), flush=True)
"""
_spawner = None


def run_measured(command, cwd=None, timeout=30) -> Measured:
    """Runs `command` as a fresh child of the small spawner and reaps it with `os.wait4`:
    exit code, output, wall time and the child's own peak resident size."""
    global _spawner
    if _spawner is None or _spawner.poll() is not None:
        _spawner = subprocess.Popen([sys.executable, "-S", "-c", SPAWNER], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, text=True)
    with tempfile.TemporaryDirectory() as scratch:
        out, err = os.path.join(scratch, "out"), os.path.join(scratch, "err")
        job = {"argv": [str(part) for part in command], "cwd": str(cwd) if cwd else None, "stdout": out,
               "stderr": err, "timeout": timeout}
        _spawner.stdin.write(json.dumps(job) + "\n")
        _spawner.stdin.flush()
        code, seconds, peak = json.loads(_spawner.stdout.readline())
        with open(out, "rb") as stdout, open(err, "rb") as stderr:
            return Measured(code, stdout.read(), stderr.read().decode("utf-8", "replace"), seconds, peak)


def fixture_header(path: pathlib.Path) -> str:
    """What a committed fixture covers: its opening XML comment, or a JSON `_comment`."""
    text = path.read_bytes()[:400].decode("utf-8", "replace")
    if text.startswith("<!--"):
        return text[4:].split("-->", 1)[0].strip()
    if '"_comment":"' in text:
        return text.split('"_comment":"', 1)[1].split('"', 1)[0]
    return ""


if __name__ == "__main__":
    # `python3 hostile_inputs.py generate DIR`: writes the big inputs in a process of its
    # own, so the test process stays small.
    target = pathlib.Path(sys.argv[2])
    for name, make in GENERATED.items():
        (target / name).write_bytes(make())
