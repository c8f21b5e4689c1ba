"""Every operation of specs/moderately.yaml is exercised by these tests."""

from __future__ import annotations

import re
from pathlib import Path

from .spec import Spec


def test_every_operation_is_called(spec: Spec) -> None:
    used: set[str] = set()
    for path in Path(__file__).parent.glob("test_*.py"):
        if path.name not in ("test_schemathesis.py", "test_coverage.py"):
            used |= set(re.findall(r'"([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert len(spec.operations) == 81
    assert sorted(set(spec.operations) - used) == []
