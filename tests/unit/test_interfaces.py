"""Gate: objects talk through interfaces, not through each other's private members.

Every read or write of a private attribute (`x._name`, or `getattr(x, "_name")` and kin) on an
object other than `self` / `cls` fails this test with its file and line, unless the allow-list
below names it with a reason. The fix is a small named interface on the owner: a documented
method, a constructor argument, or a narrow protocol.

The generated `_sync/` twins are covered by their `_async/` sources and are not read.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OVERLAY = ROOT / "overlay" / "src" / "agentplug"

_ATTRIBUTE_CALLS = frozenset({"getattr", "setattr", "hasattr", "delattr"})

# (path under overlay/src/agentplug, private name): why touching it from outside is justified.
ALLOWED: dict[tuple[str, str], str] = {
    # Third-party internals with no public hook.
    ("_core/_h11_guard.py", "_response_closed"): "patches httpcore2's connection hook: it has no public one",
    ("_core/_h11_guard.py", "_h11_state"): "reads httpcore2's h11 state to detect a desynchronised connection",
    ("_core/_bounds.py", "_content"): "sets the body cache httpx2's own read() fills: there is no public setter",
    # The class's own code, reaching a fresh instance of itself where `self` cannot be used.
    ("_core/_config.py", "_value"): "Secret.__eq__ compares with another Secret",
    ("_core/_connection.py", "_ca"): "the context's factory classmethod sets up the instance it made",
    ("_core/_connection.py", "_loaded"): "the context's factory classmethod sets up the instance it made",
    ("_core/_connection.py", "_lock"): "the context's factory classmethod sets up the instance it made",
    ("moderately/_async/models.py", "_client"): "the rich models' module binds the client to a model it parsed",
    # One unit split in two classes of one module: a response stream hands its connection back to
    # the pool of the transport that opened it.
    ("_core/_asyncio_transport.py", "_release"): "the transport's own response stream returns its connection",
    ("_core/_socket_transport.py", "_release"): "the transport's own response stream returns its connection",
}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _own(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in ("self", "cls")


def _sources() -> Iterator[Path]:
    for path in sorted(OVERLAY.rglob("*.py")):
        if "_sync" not in path.relative_to(OVERLAY).parts:
            yield path


def private_accesses(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, private name, expression) for each touch of another object's private member."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and _private(node.attr) and not _own(node.value):
            yield node.lineno, node.attr, ast.unparse(node)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _ATTRIBUTE_CALLS
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and _private(node.args[1].value)
            and not _own(node.args[0])
        ):
            yield node.lineno, node.args[1].value, ast.unparse(node)


def test_no_object_touches_another_objects_private_members() -> None:
    found = []
    for path in _sources():
        relative = path.relative_to(OVERLAY).as_posix()
        for line, name, expression in sorted(private_accesses(path.read_text(encoding="utf-8"))):
            if (relative, name) not in ALLOWED:
                found.append(f"overlay/src/agentplug/{relative}:{line}: {expression}")
    assert not found, "private members used from outside their object (add an interface on the owner):\n" + "\n".join(
        found
    )


def test_every_allowance_is_still_needed() -> None:
    used = set()
    for path in _sources():
        relative = path.relative_to(OVERLAY).as_posix()
        used.update((relative, name) for _, name, _ in private_accesses(path.read_text(encoding="utf-8")))
    assert not set(ALLOWED) - used, f"allowances no longer needed: {sorted(set(ALLOWED) - used)}"


def test_the_gate_sees_reads_writes_and_attribute_calls() -> None:
    source = (
        "def f(self, other, cls):\n"
        "    self._ok = cls._ok\n"
        "    other._x = 1\n"
        "    self._runs._scope\n"
        "    getattr(other, '_y')\n"
        "    other.__dict__\n"
        "    setattr(self, '_fine', 1)\n"
    )
    assert [(line, name) for line, name, _ in private_accesses(source)] == [(3, "_x"), (4, "_scope"), (5, "_y")]
