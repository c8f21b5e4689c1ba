"""specs/prefactor.yaml as a test oracle (see `tests/sandbox/oracle.py`)."""

from __future__ import annotations

from pathlib import Path

from .. import oracle
from ..oracle import Caller, Operation

__all__ = ["SPEC_PATH", "Caller", "Operation", "Spec"]

SPEC_PATH = oracle.SPECS / "prefactor.yaml"


class Spec(oracle.Spec):
    def __init__(self, path: Path = SPEC_PATH) -> None:
        super().__init__(path)
