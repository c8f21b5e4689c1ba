"""Every Python block of README.md and overlay/docs/*.md runs as written, against the sandboxes.

The four sandboxes run for the session (the fixtures of our pytest plugin, `agentplug.testing`)
and the clients find them through the environment variables they read anyway (`ACP_BASE_URL`,
`NAT_BASE_URL`, `PREFACTOR_API_URL` / `PREFACTOR_API_TOKEN`, `MODERATELY_BASE_URL` /
`MODERATELY_API_KEY` / `MODERATELY_TEAM_ID`), so a guide's code is executed exactly as a reader
copies it. Each page runs in a fresh working
directory, its blocks in order in one namespace. Blocks marked `<!-- docs-test: typecheck ... -->`
(a real account, a terminal) are type-checked with mypy instead. See `markdown_blocks.py`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from .markdown_blocks import Block, blocks

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "overlay" / "docs").glob("*.md"))]
# Names a reader copying the guides would trip over: ids that exist in no sandbox.
FORBIDDEN = ("org.example.echo", "agent_123", "pipeline_123")


def _page_id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
@pytest.mark.usefixtures("acp_sandbox", "nat_sandbox", "prefactor_sandbox", "moderately_sandbox")
def test_page_runs_as_written(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fixtures (agentplug.testing) set the variables the clients read, for this test.
    monkeypatch.chdir(tmp_path)
    # A registered module, as a reader's script would be: typing and LangGraph resolve the
    # annotations of classes the page defines through sys.modules.
    module = types.ModuleType(f"docs_{page.stem.replace('-', '_')}")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    namespace = module.__dict__
    for block in blocks(page):
        if block.typecheck_only:
            continue
        code = compile(block.code, block.where, "exec")
        try:
            exec(code, namespace)
        except BaseException as exc:
            raise AssertionError(f"{block.where}: the example fails with {exc!r}") from exc


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_page_names_only_what_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert not [name for name in FORBIDDEN if name in text]


def _typecheck_modules(tmp_path: Path) -> dict[Path, Block]:
    """One module per typecheck-only block: the page's code up to it (for its names), then the block."""
    modules: dict[Path, Block] = {}
    for page in PAGES:
        before: list[str] = []
        for block in blocks(page):
            if block.typecheck_only:
                module = tmp_path / f"doc_{page.stem.replace('-', '_')}_{block.line}.py"
                module.write_text("".join([*before, block.code]), encoding="utf-8")
                modules[module] = block
            else:
                before.append(block.code)
    return modules


def test_blocks_that_need_an_account_typecheck(tmp_path: Path) -> None:
    modules = _typecheck_modules(tmp_path)
    assert modules, "no block is marked typecheck: drop this test or mark the account-only blocks"
    generated = [str(path.parent) for path in sorted((ROOT / "generated").glob("*/pyproject.toml"))]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(generated)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir", str(tmp_path / ".mypy_cache")]
        + [str(module) for module in modules],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    problems = result.stdout.strip()
    for module, block in modules.items():
        problems = problems.replace(str(module), f"{block.where} (typecheck-only, with the page's code before it)")
    assert result.returncode == 0, problems or result.stderr
