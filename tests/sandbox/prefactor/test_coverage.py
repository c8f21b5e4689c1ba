"""Every operation of specs/prefactor.yaml is exercised by these tests."""

from __future__ import annotations

import re
from pathlib import Path

from .spec import Spec


def test_every_operation_is_called(spec: Spec) -> None:
    used: set[str] = set()
    for path in Path(__file__).parent.glob("test_*.py"):
        used |= set(re.findall(r'"([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert len(spec.operations) == 21
    assert sorted(set(spec.operations) - used) == []
