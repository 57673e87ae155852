#!/usr/bin/env python3
"""Check the conventions of the feed fixture corpus (standard library only).

* every .xml file: after an optional BOM and an optional XML declaration
  (and whitespace), the first node is a comment starting "<!-- covers:",
  decoded from the raw bytes per the BOM / byte pattern / declared encoding;
* every .json file parses with Python's json module, is an object and its
  first member is "_covers"; unless a sibling NAME.covers exists (the
  deliberately broken JSON fixtures), which must start with "covers:";
* only .xml, .json, .covers, .py and .md files; each file under 2 MB and
  the folder under 10 MB.

Prints counts per topic folder.  Exit status 1 on any violation.
"""

import codecs
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
MAX_FILE = 2 * 1024 * 1024
MAX_TOTAL = 10 * 1024 * 1024
DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def sniff(data):
    """Return (codec name, bytes without BOM)."""
    boms = [
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe", "utf-16-le"),
    ]
    for bom, name in boms:
        if data.startswith(bom):
            return name, data[len(bom):]
    patterns = [
        (b"\x00\x00\x00\x3c", "utf-32-be"),
        (b"\x3c\x00\x00\x00", "utf-32-le"),
        (b"\x00\x3c\x00", "utf-16-be"),
        (b"\x3c\x00", "utf-16-le"),
        (b"\x4c\x6f\xa7\x94", "cp037"),
    ]
    for pat, name in patterns:
        if data.startswith(pat):
            if name == "cp037":
                # EBCDIC: the declaration's characters are the same in every code page.
                m = DECL.match(data[:200].decode("cp037").encode("ascii", "replace"))
                if m:
                    label = {"ibm-500": "cp500"}.get(m.group(1).decode().lower(), m.group(1).decode())
                    name = codecs.lookup(label).name
            return name, data
    # Whitespace, comments and BOMs before the declaration (the wild/prelude_ cases).
    m = DECL.match(re.sub(rb"^(?:\s|<!--.*?-->|\xef\xbb\xbf)+(?=<\?xml)", b"", data, flags=re.S))
    if m:
        label = m.group(1).decode("ascii").lower()
        aliases = {"cp-1251": "cp1251", "x-mac-cyrillic": "mac_cyrillic", "ucs-4": "utf-32-be",
                   "x-mac-greek": "mac_greek", "macturkish": "mac_turkish", "x-mac-roman": "mac_roman",
                   "ibm-500": "cp500"}
        label = aliases.get(label, label)
        try:
            return codecs.lookup(label).name, data
        except LookupError:
            return "latin-1", data
    return "utf-8", data


def check_xml(path, problems):
    with open(path, "rb") as f:
        data = f.read()
    name, body = sniff(data)
    text = body.decode(name, errors="replace")
    if not text.lstrip(" \t\r\n\ufeff").startswith("<!-- covers: "):
        text = re.sub(r"^(?:\s|<!--.*?-->|\ufeff)+(?=<\?xml)", "", text, flags=re.S)
    if text.startswith("<?xml"):
        end = text.find("?>")
        if end < 0:
            problems.append(path + ": unterminated XML declaration")
            return
        text = text[end + 2:]
    text = text.lstrip(" \t\r\n")
    if not text.startswith("<!-- covers: "):
        problems.append(path + ": first node is not a <!-- covers: ... --> comment")
        return
    end = text.find("-->")
    if end < 0 or "--" in text[4:end]:
        problems.append(path + ": covers comment is unterminated or contains a double hyphen")
    elif len(text[len("<!-- covers: "):end].strip()) < 10:
        problems.append(path + ": covers comment too short")


def check_json(path, problems):
    covers = path[:-len(".json")] + ".covers"
    if os.path.exists(covers):
        with open(covers, "rb") as f:
            line = f.read().decode("utf-8")
        if not line.startswith("covers: ") or len(line.strip()) < 20:
            problems.append(covers + ": must start with 'covers: ' and say what the case is")
        return
    with open(path, "rb") as f:
        data = f.read()
    firsts = []

    def hook(pairs):
        firsts.append(pairs[0][0] if pairs else None)
        return dict(pairs)

    try:
        doc = json.loads(data, object_pairs_hook=hook)
    except (ValueError, RecursionError) as exc:
        problems.append(path + ": does not parse (%s); add a sibling .covers file if that is deliberate" % exc)
        return
    if not isinstance(doc, dict):
        problems.append(path + ": root is not an object")
        return
    # the outermost object is the last one the hook saw
    if firsts[-1] != "_covers":
        problems.append(path + ": first member is not _covers")
    elif not isinstance(doc["_covers"], str) or len(doc["_covers"]) < 10:
        problems.append(path + ": _covers is not a meaningful string")


def main():
    problems = []
    counts = Counter()
    total = 0
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for fn in sorted(filenames):
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, ROOT)
            size = os.path.getsize(path)
            total += size
            if size >= MAX_FILE:
                problems.append(rel + ": %d bytes, over 2 MB" % size)
            ext = fn.rsplit(".", 1)[-1]
            topic = rel.split(os.sep)[0] if os.sep in rel else "."
            if ext == "xml":
                check_xml(path, problems)
                counts[topic] += 1
            elif ext == "json":
                check_json(path, problems)
                counts[topic] += 1
            elif ext == "covers":
                if not os.path.exists(path[:-len(".covers")] + ".json"):
                    problems.append(rel + ": .covers without a sibling .json")
            elif (ext in ("py", "md") or fn == ".gitattributes") and topic == ".":
                pass
            else:
                problems.append(rel + ": unexpected file type")
    if total >= MAX_TOTAL:
        problems.append("folder is %d bytes, over 10 MB" % total)
    for topic in sorted(counts):
        print("%-12s %4d" % (topic, counts[topic]))
    print("%-12s %4d  (%.1f MB)" % ("total", sum(counts.values()), total / 1048576.0))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
