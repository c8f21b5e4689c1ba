"""`make demo`'s own environment (requirements/demo.txt) holds all the tour needs and nothing more.

It is installed with `pip install --no-deps`, so every dependency of what it lists must be listed
too; and its pins are those of requirements/dev.txt, so the tour runs what the tests ran.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = re.split(r"==", line)
            pins[canonicalize_name(name)] = version
    return pins


def _needs(distribution: str, extras: frozenset[str] = frozenset()) -> set[str]:
    """The names `distribution` requires here (markers evaluated), with the given extras."""
    needed = set()
    for text in metadata.requires(distribution) or []:
        requirement = Requirement(text)
        marker = requirement.marker
        if marker is None or any(marker.evaluate({"extra": extra}) for extra in extras | {""}):
            needed.add(canonicalize_name(requirement.name))
    return needed


def test_demo_pins_are_the_dev_pins() -> None:
    demo, dev = _pins(ROOT / "requirements" / "demo.txt"), _pins(ROOT / "requirements" / "dev.txt")
    assert {name: version for name, version in demo.items() if dev.get(name) != version} == {}


def test_demo_requirements_are_closed_under_dependencies() -> None:
    demo = set(_pins(ROOT / "requirements" / "demo.txt"))
    wanted = {"rich"} | {name for name in _needs("agentplug", frozenset({"sandbox"})) if "agentplug" not in name}
    for client in ("acp", "nat", "prefactor", "moderately"):
        wanted |= _needs(f"agentplug-{client}-client")
    missing: dict[str, set[str]] = {}
    queue = sorted(wanted)
    seen: set[str] = set()
    while queue:
        name = queue.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in demo:
            missing.setdefault(name, set())
        queue.extend(_needs(name))
    assert missing == {}
