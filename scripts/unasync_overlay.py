"""Generate the overlay's sync code from its async source (the way httpcore2 does), and check it.

Every `_async/` package under `overlay/src/agentplug/` (the core's `_core/_async/`, each platform's
`<platform>/_async/`, `acp/langgraph/_async/`) holds the single, hand-written implementation; its
blocking twin `.../_sync/` is produced from it token by token with unasync. Tests written once as
async code (`tests/**/_async/`) get their sync twins the same way.

    python scripts/unasync_overlay.py           rewrite every _sync/ twin
    python scripts/unasync_overlay.py --check   fail, naming the files, when a _sync/ twin is stale

One naming rule, for every name we write (beyond unasync's own: async/await dropped; __aenter__,
AsyncIterator, ... made sync):
  - a class `AsyncFoo` becomes `Foo` (AsyncACP -> ACP, AsyncPager -> Pager): never a `Sync` prefix;
  - a function `async_foo` becomes `foo` (async_wait_until -> wait_until);
  - `Awaitable[X]` becomes `X` (an awaited callback's type is its plain result's);
  - `_async` (the package) becomes `_sync`.
`RENAMES` holds the only exceptions: httpx2's own API (`aclose`, `aread`, `aiter_*`,
`handle_async_request`, `AsyncByteStream` -> `SyncByteStream`, ...).
The few primitives whose forms differ by more than `await` (sleeping, running blocking work in a
thread) are a hand-written pair that follows the rule, in `_core/_concurrency.py`.
The twins are then formatted with the pinned ruff, so they read like hand-written code.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import unasync

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay" / "src" / "agentplug"
HEADER = "# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.\n"

# The exceptions to the naming rule: httpx2's own API, then one core class awaiting its rework.
RENAMES = {
    "AsyncByteStream": "SyncByteStream",
    "aclose": "close",
    "handle_async_request": "handle_request",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_lines": "iter_lines",
    "aiter_raw": "iter_raw",
    "aiter_text": "iter_text",
    "anext": "next",
    "_async": "_sync",
}


class OverlayRule(unasync.Rule):  # type: ignore[misc]
    """unasync's rule with the overlay's naming conventions."""

    def __init__(self, fromdir: str, todir: str) -> None:
        super().__init__(fromdir, todir, additional_replacements=RENAMES)

    def _unasync_name(self, name: str) -> str:
        if name in self.token_replacements:
            return str(self.token_replacements[name])
        if len(name) > 5 and name.startswith("Async") and name[5].isupper():
            return name[5:]
        if name.startswith("async_") and len(name) > 6:
            return name[6:]
        return name

    def _unasync_tokens(self, tokens: list[Any]) -> Any:
        return unasync.Rule._unasync_tokens(self, _unwrap_awaitable(list(tokens)))


def _unwrap_awaitable(tokens: list[Any]) -> list[Any]:
    """`Awaitable[X]` -> `X`: drop the name, its `[` and the matching `]`."""
    dropped: set[int] = set()
    for index, token in enumerate(tokens):
        if token.name != "NAME" or token.src != "Awaitable" or index + 1 >= len(tokens) or tokens[index + 1].src != "[":
            continue
        depth = 0
        for end in range(index + 1, len(tokens)):
            if tokens[end].src in "([{" and tokens[end].name == "OP":
                depth += 1
            elif tokens[end].src in ")]}" and tokens[end].name == "OP":
                depth -= 1
                if depth == 0:
                    dropped.update((index, index + 1, end))
                    break
    return [token for index, token in enumerate(tokens) if index not in dropped]


def async_sources() -> list[Path]:
    found = [*OVERLAY.rglob("_async"), *(ROOT / "tests").rglob("_async")]
    return sorted(path for path in found if path.is_dir())


def _mirror(source: Path, work: Path) -> Path:
    """A copy of `source` at the same place under `work`, inside the same packages.

    ruff sorts imports by where a file sits (the package it belongs to is first-party), so the
    twin is built where the real one is, as far as ruff can tell.
    """
    relative = source.relative_to(ROOT)
    copy = work / relative
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for depth in range(1, len(relative.parts)):
        parent = relative.parents[depth - 1]
        if (ROOT / parent / "__init__.py").exists():
            (work / parent / "__init__.py").touch()
    return copy


def _format(directory: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    subprocess.run([*ruff, "check", *config, "--fix-only", "--quiet", str(directory)], check=True)
    subprocess.run([*ruff, "format", *config, "--quiet", str(directory)], check=True)


def build_twin(source: Path, target: Path) -> None:
    """Write the sync twin of the package `source` into `target` (replacing it)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    rule = OverlayRule(str(source), str(target))
    for path in sorted(source.rglob("*.py")):
        rule._unasync_file(str(path))
    for path in sorted(target.rglob("*.py")):
        path.write_text(HEADER + path.read_text())
    _format(target)


def stale_files(expected: Path, actual: Path) -> list[str]:
    problems: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        problems.extend(f"{prefix}{name} (missing)" for name in comparison.left_only)
        problems.extend(f"{prefix}{name} (not generated)" for name in comparison.right_only)
        problems.extend(f"{prefix}{name} (differs)" for name in comparison.diff_files)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), "")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when a _sync/ twin is stale")
    args = parser.parse_args(argv)
    failures: list[str] = []
    for source in async_sources():
        target = source.parent / "_sync"
        if not args.check:
            build_twin(source, target)
            print(f"wrote {target.relative_to(ROOT)}")
            continue
        with tempfile.TemporaryDirectory() as work:
            copy = _mirror(source, Path(work))
            build_twin(copy, copy.parent / "_sync")
            if not target.is_dir():
                failures.append(f"{target.relative_to(ROOT)} is missing")
                continue
            failures.extend(f"{target.relative_to(ROOT)}/{name}" for name in stale_files(copy.parent / "_sync", target))
    if failures:
        print("sync twins out of date (run `make generate`):\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
