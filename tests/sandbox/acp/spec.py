"""specs/acp.yaml as a test oracle (see `tests/sandbox/oracle.py`)."""

from __future__ import annotations

from pathlib import Path

from .. import oracle
from ..oracle import Caller, Operation, parse_sse

__all__ = ["SPEC_PATH", "AcpCaller", "Caller", "Operation", "Spec", "parse_sse"]

SPEC_PATH = oracle.SPECS / "acp.yaml"


class Spec(oracle.Spec):
    def __init__(self, path: Path = SPEC_PATH) -> None:
        super().__init__(path)


AcpCaller = Caller
