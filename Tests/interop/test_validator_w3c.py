"""How often `feedwright validate` agrees with the W3C Feed Validator on the W3C's own
test cases (a sample in w3c_testcases/, see its NOTICE).

Each W3C case says what the W3C validator reports: `Expect: Code{…}` (present),
`Expect: !Code` (absent) or `Expect: !Error` (no error at all: a valid feed). Codes are
mapped to ours where the names differ; a case whose code we do not implement counts as
a disagreement, not as skipped.
"""
import json
import pathlib
import re
import subprocess

CASES = pathlib.Path(__file__).resolve().parent / "w3c_testcases"
# W3C name → ours, where we report the same finding under another name.
RENAMED = {"InvalidHttpGUID": "InvalidPermalink",
           "MissingAtomSelfLink": "MissingAtomSelfLink"}


def expectation(path):
    head = path.read_text(encoding="latin-1")[:2000]
    token = re.search(r"Expect:\s*(\S+)", head).group(1)
    negated = token.startswith("!")
    code = re.sub(r"\{.*", "", token.lstrip("!"))
    return negated, RENAMED.get(code, code)


# A W3C expectation matches its subclasses too (their logging.py class hierarchy).
SUBCLASSES = {"SecurityRisk": {"SecurityRiskAttr", "DangerousStyleAttr"},
              "InvalidRFC2822Date": {"IncorrectDOW", "InvalidDayName", "MissingTimeZone", "ImpossibleDate"}}


def agrees(report, negated, code):
    codes = {d["code"] for d in report["diagnostics"]}
    if code in SUBCLASSES and codes & SUBCLASSES[code]:
        codes.add(code)
    if code == "Error":
        has_error = any(d["severity"] == "error" for d in report["diagnostics"])
        return has_error != negated
    return (code in codes) != negated


def test_agreement_with_the_w3c_validator_on_its_test_cases(feedwright_bin):
    paths = sorted(p for p in CASES.rglob("*.xml"))
    assert len(paths) >= 15
    result = subprocess.run([str(feedwright_bin), "validate", "--format", "json", *map(str, paths)],
                            capture_output=True, timeout=120)
    reports = {r["input"]: r for r in json.loads(result.stdout)}
    disagreements = []
    for path in paths:
        negated, code = expectation(path)
        if not agrees(reports[str(path)], negated, code):
            disagreements.append(f"{path.relative_to(CASES)}: W3C {'!' if negated else ''}{code}")
    agreement = 1 - len(disagreements) / len(paths)
    print(f"agreement {agreement:.1%} on {len(paths)} W3C cases; disagreements: {disagreements}")
    assert agreement >= 0.95, disagreements
