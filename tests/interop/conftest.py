"""Interop tests: agentplug against vendor SDKs and real servers (`make test-interop`).

Every test here is marked `interop` and left out of the default `make test`. Third-party software
runs in its own virtual environment (`scripts/vendor_venvs.py`), never in the project's: a test
asks for `vendor_python("<name>", pins)` and drives the vendor's code as a subprocess.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from vendor_venvs import vendor_python as _vendor_python  # noqa: E402

__all__ = ["read_pins"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.interop)


def read_pins(requirements: Path) -> list[str]:
    """The requirement lines of a pins file (comments and blank lines dropped)."""
    lines = (line.split("#", 1)[0].strip() for line in requirements.read_text().splitlines())
    return [line for line in lines if line]


@pytest.fixture(scope="session")
def vendor_python() -> object:
    """`vendor_python(name, pins, extra_args=())` -> the interpreter of that vendor's own venv."""
    return _vendor_python
