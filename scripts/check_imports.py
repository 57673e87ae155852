#!/usr/bin/env python3
"""Every module a target imports is one it declares in Package.swift, and every declared
dependency is imported.

SwiftPM's --explicit-target-dependency-import-check only fails on a module that no
dependency brings in, directly or through another; a module that arrives through another
target's dependencies passes it. This check holds each target to its own list.
"""

import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The toolchain's modules: nothing to declare.
TOOLCHAIN = {
    "Foundation", "FoundationEssentials", "FoundationNetworking", "Dispatch", "Glibc", "Musl",
    "Darwin", "Testing", "XCTest", "Synchronization", "PackageDescription", "_Concurrency",
}
IMPORT = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?"
    r"import\s+(?:(?:struct|class|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_]\w*)",
    re.M,
)


def targets():
    dump = subprocess.run(
        ["swift", "package", "dump-package"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(dump)["targets"]


def declared(target):
    names = set()
    for dependency in target["dependencies"]:
        kind, value = next(iter(dependency.items()))
        names.add(value[0])
    return names


def source_folder(target):
    if target.get("path"):
        return ROOT / target["path"]
    return ROOT / ("Tests" if target["type"] == "test" else "Sources") / target["name"]


def imported(folder):
    modules = set()
    for file in folder.rglob("*.swift"):
        modules.update(IMPORT.findall(file.read_text(encoding="utf-8")))
    return modules - TOOLCHAIN


def main():
    by_name = {t["name"]: t for t in targets()}
    problems = []
    for target in by_name.values():
        if target["type"] in ("system", "plugin", "binary"):
            continue
        uses = imported(source_folder(target))
        needs = declared(target)
        for module in sorted(uses - needs - {target["name"]}):
            problems.append(f"{target['name']} imports {module} but does not declare it")
        for module in sorted(needs - uses):
            # A dependency on an executable builds it for the tests that run it.
            if by_name.get(module, {}).get("type") != "executable":
                problems.append(f"{target['name']} declares {module} but never imports it")
    for problem in problems:
        print(f"Package.swift: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
