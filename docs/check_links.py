#!/usr/bin/env python3
"""Checks every relative Markdown link (and #anchor) in README.md and docs/**/*.md.

Run from anywhere: `python3 docs/check_links.py`. Links to http(s) and other schemes are
not fetched; a relative link must name an existing file, and an anchor a heading in it
(GitHub's rule: lower case, punctuation dropped, spaces to dashes). Exits 1 on any broken link.
"""
import re, sys, pathlib, unicodedata
root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent
files = [root / "README.md"] + sorted((root / "docs").rglob("*.md"))
link = re.compile(r'\[[^\]]*\]\(([^)\s]+)\)')
def slug(h):
    h = h.strip().lower()
    h = re.sub(r'[^\w\- ]', '', h)  # GitHub: drop punctuation except - and _
    return h.replace(' ', '-')
def anchors(p):
    out = set(); code = False
    for line in p.read_text().splitlines():
        if line.startswith('```'): code = not code; continue
        if not code and line.startswith('#'):
            out.add(slug(line.lstrip('#')))
    return out
bad = 0; count = 0
for f in files:
    text = f.read_text()
    text = re.sub(r'```.*?```', '', text, flags=re.S)
    for target in link.findall(text):
        if re.match(r'[a-z]+:', target): continue
        count += 1
        path, _, frag = target.partition('#')
        dest = (f.parent / path).resolve() if path else f
        if not dest.exists():
            print(f"{f.relative_to(root)}: missing {target}"); bad += 1; continue
        if frag and dest.suffix == '.md' and frag not in anchors(dest):
            print(f"{f.relative_to(root)}: no anchor #{frag} in {dest.relative_to(root)}"); bad += 1
print(f"{count} links checked, {bad} broken")
sys.exit(1 if bad else 0)
