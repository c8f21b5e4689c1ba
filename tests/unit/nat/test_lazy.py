"""`import agentplug.nat` and building a client load neither httpx2 nor the models (they come with the first call)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CODE = """
import sys
import agentplug.nat
client = agentplug.nat.NAT(base_url="http://127.0.0.1:9")
aclient = agentplug.nat.AsyncNAT(base_url="http://127.0.0.1:9")
heavy = sorted(name for name in sys.modules if name.split(".")[0] in ("httpx2", "anyio", "agentplug_nat_client"))
print(",".join(heavy))
"""


def test_the_package_and_its_clients_are_lazy() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_public_names_resolve_and_unknown_ones_raise() -> None:
    import agentplug.nat as nat

    assert nat.NAT.__name__ == "NAT" and nat.AsyncNAT.__name__ == "AsyncNAT"
    assert nat.answers.text("x").to_dict() == {"type": "text", "text": "x"}
    assert set(nat.__all__) <= set(dir(nat))
    for name in nat.__all__:
        assert getattr(nat, name) is not None
    with pytest.raises(AttributeError, match="Missing"):
        _ = nat.Missing  # type: ignore[attr-defined]
