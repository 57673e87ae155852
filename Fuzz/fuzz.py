#!/usr/bin/env python3
"""`make fuzz`: build the libFuzzer driver and fuzz each target from the fixture files.

For each target: assemble a seed corpus from the test fixtures (the table SEEDS below),
run libFuzzer for the given time, then keep only the inputs that reached code the seeds
did not (`-merge=1`) in Fuzz/Corpus/<target>/, which is committed and replayed by
`make test`. Crashes, hangs and leaks are copied to Fuzz/Regressions/<target>/ under
libFuzzer's name; the replay test fails until each is fixed and renamed after what broke.
"""
import argparse
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
FUZZ = ROOT / "Fuzz"
SCRATCH = ROOT / ".build-fuzz"
TIMEOUT = 30
# Found inputs are committed: keep them small. Seeds larger than this are still read whole.
MAX_LEN = 16384

# target -> (fixture folders or files, dictionary); TSV tables give one input per row.
SEEDS = {
    "parser": (["Tests/FeedParserTests/Fixtures/feeds", "partners", "feeds"], "xml.dict"),
    "validator": (["Tests/FeedValidatorTests/Cases", "feeds"], "xml.dict"),
    "seed": (["Tests/FeedSeedTests/Fixtures", "seeds"], None),
    "cron": (["Tests/FeedScheduleTests/Fixtures/parse", "Tests/FeedScheduleTests/Fixtures/next"], "cron.dict"),
    "config": (["Tests/FeedwrightKitTests/Fixtures/config", "config.json"], "json.dict"),
    "opml": (["Tests/FeedParserTests/Fixtures/opml", "Tests/FeedParserTests/Fixtures/opml-refused",
              "Tests/FeedwrightKitTests/Fixtures/config-splice/import.opml"], "xml.dict"),
}

# The coverage libFuzzer needs, as `-sanitize=fuzzer` would add it, with libFuzzer's
# no-main runtime: SwiftPM gives every executable its own `main`, which the driver keeps.
def build_flags() -> list[str]:
    info = subprocess.run(["swift", "-print-target-info"], capture_output=True, text=True, check=True).stdout
    resources = pathlib.Path(json.loads(info)["paths"]["runtimeResourcePath"])
    machine = os.uname().machine
    runtime = resources / "clang" / "lib" / "linux" / f"libclang_rt.fuzzer_no_main-{machine}.a"
    if not runtime.exists():
        sys.exit(f"fuzz: libFuzzer runtime not found at {runtime}")
    return [
        "-Xswiftc", "-sanitize=address",
        "-Xswiftc", "-sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp",
        "-Xswiftc", "-DFUZZING",
        "-Xlinker", str(runtime), "-Xlinker", "-lstdc++",
    ]


def build() -> pathlib.Path:
    command = ["swift", "build", "-c", "debug", "--product", "feedwright-fuzz", "--scratch-path", str(SCRATCH)]
    subprocess.run(command + build_flags(), cwd=ROOT, check=True)
    return SCRATCH / "debug" / "feedwright-fuzz"


def tsv_rows(path: pathlib.Path):
    """First column of each row, with the fixtures' escapes undone."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cell = line.split("\t", 1)[0]
        if cell == "\\e":
            yield b""
            continue
        yield cell.replace("\\s", " ").replace("\\t", "\t").replace("\\n", "\n").encode()


def seed_inputs(target: str):
    for entry in SEEDS[target][0]:
        path = ROOT / entry
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if file.suffix == ".tsv":
                yield from tsv_rows(file)
            elif file.stat().st_size <= 1 << 20:
                yield file.read_bytes()


def write_corpus(folder: pathlib.Path, inputs) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for data in inputs:
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def libfuzzer(binary: pathlib.Path, target: str, args: list[str]) -> int:
    env = dict(os.environ, FEEDWRIGHT_FUZZ_TARGET=target)
    # Swift's runtime keeps caches for the life of the process; leaks are checked by the
    # ASan run of the test suite instead.
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    # Swift's own crash backtracer walks the stack in ways ASan reports as underflows.
    env.setdefault("SWIFT_BACKTRACE", "enable=no")
    return subprocess.run([str(binary)] + args, env=env, cwd=ROOT).returncode


def fuzz(binary: pathlib.Path, target: str, seconds: int) -> int:
    work = SCRATCH / "corpus" / target
    seeds = SCRATCH / "seeds" / target
    artifacts = SCRATCH / "artifacts" / target
    for folder in (seeds, artifacts):
        shutil.rmtree(folder, ignore_errors=True)
    write_corpus(seeds, seed_inputs(target))
    artifacts.mkdir(parents=True)
    work.mkdir(parents=True, exist_ok=True)
    committed = FUZZ / "Corpus" / target
    # One forked worker that carries on past a finding, so a run always lasts its full time
    # and reports every distinct failure. The per-input timeout is generous: an
    # instrumented debug build on a busy 2-core machine runs 20-50x slower than release,
    # and the hostile-input tests bound real times separately.
    options = [f"-max_total_time={seconds}", f"-timeout={TIMEOUT}", "-rss_limit_mb=2048",
               f"-max_len={MAX_LEN}", f"-artifact_prefix={artifacts}/", "-print_final_stats=1",
               "-fork=1", "-ignore_crashes=1", "-ignore_timeouts=1", "-ignore_ooms=1"]
    dictionary = SEEDS[target][1]
    if dictionary:
        options.append(f"-dict={FUZZ / 'Dictionaries' / dictionary}")
    status = libfuzzer(binary, target, options + [str(work), str(seeds)] + ([str(committed)] if committed.exists() else []))
    keep_found_inputs(binary, target, seeds, work, committed)
    return status | collect_artifacts(target, artifacts)


def keep_found_inputs(binary, target, seeds, work, committed) -> None:
    """Adds to the committed corpus only what reaches code the seeds and it do not."""
    merged = SCRATCH / "merged" / target
    shutil.rmtree(merged, ignore_errors=True)
    shutil.copytree(seeds, merged)
    if committed.exists():
        for file in committed.iterdir():
            shutil.copy(file, merged / file.name)
    before = {p.name for p in merged.iterdir()}
    artifacts = SCRATCH / "artifacts" / target
    libfuzzer(binary, target, ["-merge=1", f"-max_len={MAX_LEN}", f"-timeout={TIMEOUT}", f"-artifact_prefix={artifacts}/",
                               str(merged), str(work)])
    committed.mkdir(parents=True, exist_ok=True)
    new = [p for p in merged.iterdir() if p.name not in before]
    for file in new:
        shutil.copy(file, committed / file.name)
    print(f"fuzz {target}: {len(new)} new inputs kept in {committed.relative_to(ROOT)}")


def collect_artifacts(target: str, artifacts: pathlib.Path) -> int:
    found = sorted(artifacts.iterdir()) if artifacts.exists() else []
    if not found:
        return 0
    regressions = FUZZ / "Regressions" / target
    regressions.mkdir(parents=True, exist_ok=True)
    for file in found:
        shutil.copy(file, regressions / file.name)
        print(f"fuzz {target}: FOUND {file.name} -> {(regressions / file.name).relative_to(ROOT)}")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=list(SEEDS), help="default: all")
    parser.add_argument("--seconds", type=int, default=600, help="per target (default 600)")
    parser.add_argument("--no-build", action="store_true")
    arguments = parser.parse_args()
    unknown = [t for t in arguments.targets if t not in SEEDS]
    if unknown:
        parser.error(f"unknown target {unknown[0]}; choose from {', '.join(SEEDS)}")
    binary = SCRATCH / "debug" / "feedwright-fuzz" if arguments.no_build else build()
    failures = [t for t in arguments.targets if fuzz(binary, t, arguments.seconds)]
    if failures:
        print(f"fuzz: findings in {', '.join(failures)}; see Fuzz/Regressions/")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
