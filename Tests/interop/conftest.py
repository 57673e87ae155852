"""Shared fixtures: the built binary and a freshly built copy of the bundled site."""
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def feedwright_bin() -> pathlib.Path:
    """The feedwright executable `make build` produced (FEEDWRIGHT_BIN overrides)."""
    if "FEEDWRIGHT_BIN" in os.environ:
        return pathlib.Path(os.environ["FEEDWRIGHT_BIN"])
    bin_dir = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    binary = pathlib.Path(bin_dir) / "feedwright"
    assert binary.exists(), f"{binary} is missing: run `make build` first"
    return binary


@pytest.fixture(scope="session")
def site(tmp_path_factory, feedwright_bin) -> pathlib.Path:
    """The bundled config, seeds and committed feeds, rebuilt as a fresh clone would."""
    root = tmp_path_factory.mktemp("site")
    shutil.copy(ROOT / "config.json", root / "config.json")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "partners", root / "partners")
    shutil.copytree(ROOT / "feeds", root / "feeds")
    result = subprocess.run(
        [str(feedwright_bin), "build", "--config", "config.json"],
        cwd=root, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return root
