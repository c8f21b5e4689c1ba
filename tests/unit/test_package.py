"""The agentplug distribution: metadata, typing marker, and a light import."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import agentplug

OVERLAY = Path(__file__).resolve().parents[2] / "overlay"


def test_version_matches_the_distribution_metadata() -> None:
    project = tomllib.loads((OVERLAY / "pyproject.toml").read_text())["project"]
    assert agentplug.__version__ == project["version"]


def test_package_is_marked_typed() -> None:
    assert (Path(agentplug.__file__).parent / "py.typed").is_file()


def test_overlay_pins_each_generated_client_to_its_spec_version() -> None:
    import json

    lock = json.loads((OVERLAY.parent / "specs" / "lock.json").read_text())
    dependencies = tomllib.loads((OVERLAY / "pyproject.toml").read_text())["project"]["dependencies"]
    for api, entry in lock.items():
        assert f"agentplug-{api}-client=={entry['info_version']}.*" in dependencies


def test_importing_agentplug_loads_no_http_stack() -> None:
    # Platform clients load on first use; `import agentplug` alone must stay cheap.
    code = "import sys, agentplug; print(sorted(m for m in ('httpx2', 'attrs') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_use_options_is_public_and_lazy() -> None:
    import agentplug
    from agentplug._core._options import use_options

    assert agentplug.use_options is use_options
