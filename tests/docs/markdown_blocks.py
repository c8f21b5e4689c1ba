"""The Python code blocks of a markdown page, with the page's `docs-test` directives.

A guide's code must run as written, so `tests/docs/test_examples.py` executes every ```python
block of README.md and overlay/docs/*.md. Two HTML comments (invisible once rendered) steer it:

- `<!-- docs-test: typecheck ... -->` right before a block: it needs something the sandboxes do
  not offer (a real account, a terminal, a gateway); it is type-checked with mypy instead. The
  rest of the comment says why.
- `<!-- docs-test: run` ... `-->`: hidden Python run at that place in the page, e.g. to define
  the `client` a fragment further down uses, or to close it afterwards.

The blocks and hidden code of one page share one namespace, in page order, like a notebook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Block", "blocks"]

_FENCE = re.compile(r"^```(\w*)\s*$")
_DIRECTIVE = re.compile(r"^<!--\s*docs-test:\s*(\w+)(.*?)(-->)?\s*$")


@dataclass(frozen=True)
class Block:
    """One piece of Python of a page: a visible block or hidden code, where it starts, what to do."""

    path: Path
    line: int  # 1-based line of the first code line
    code: str
    hidden: bool  # from a `docs-test: run` comment
    typecheck_only: bool  # marked `docs-test: typecheck`
    reason: str = ""

    @property
    def where(self) -> str:
        return f"{self.path.name}:{self.line}"


def blocks(path: Path) -> list[Block]:
    """The page's Python blocks and hidden code, in page order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    typecheck: str | None = None  # the reason, while a typecheck directive waits for its block
    index = 0
    while index < len(lines):
        line = lines[index]
        directive = _DIRECTIVE.match(line)
        if directive:
            kind, rest, closed = directive.group(1), directive.group(2).strip(), directive.group(3)
            if kind == "typecheck":
                if not closed:
                    raise ValueError(f"{path.name}:{index + 1}: `docs-test: typecheck` must fit on one line")
                typecheck = rest or "marked typecheck"
                index += 1
                continue
            if kind != "run":
                raise ValueError(f"{path.name}:{index + 1}: unknown docs-test directive {kind!r} (run, typecheck)")
            start = index + 1
            end = start
            while end < len(lines) and lines[end].strip() != "-->":
                end += 1
            if end == len(lines):
                raise ValueError(f"{path.name}:{index + 1}: `docs-test: run` comment never closed by a `-->` line")
            found.append(Block(path, start + 1, "\n".join(lines[start:end]) + "\n", hidden=True, typecheck_only=False))
            index = end + 1
            continue
        fence = _FENCE.match(line)
        if fence:
            language = fence.group(1)
            start = index + 1
            end = start
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            if language == "python":
                code = "\n".join(lines[start:end]) + "\n"
                found.append(
                    Block(path, start + 1, code, False, typecheck is not None, typecheck or ""),
                )
            elif typecheck is not None:
                kind = language or "plain"
                raise ValueError(f"{path.name}:{index + 1}: `docs-test: typecheck` before a {kind} block")
            typecheck = None
            index = end + 1
            continue
        if line.strip() and typecheck is not None:
            raise ValueError(f"{path.name}:{index + 1}: `docs-test: typecheck` must come right before its block")
        index += 1
    return found
