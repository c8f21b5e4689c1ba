"""Coverage gate: every operation of every spec is reachable from an overlay method.

An operation counts as reachable when a hand-written overlay module (async source, not the
generated `_sync/` twins) imports its generated module and uses it. A spec operation without
one fails here, named; `EXCLUDED` lists the deliberate exceptions, each with its reason (every
operation stays callable through `client.call(operation_id, ...)` anyway).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OVERLAY = ROOT / "overlay" / "src" / "agentplug"
APIS = ("acp", "nat", "prefactor", "moderately")

EXCLUDED: dict[str, dict[str, str]] = {
    "nat": {
        "oauth_redirect": "the browser's OAuth callback into the server; a client never calls it",
    },
}


def _overlay_sources(api: str) -> list[Path]:
    return [path for path in sorted((OVERLAY / api).rglob("*.py")) if "_sync" not in path.parts]


def _used_operation_modules(api: str, sources: list[Path] | None = None) -> set[str]:
    """`api.<tag>.<module>` of every generated operation module an overlay module imports and uses."""
    package = f"agentplug_{api}_client"
    found: set[str] = set()
    for source in _overlay_sources(api) if sources is None else sources:
        tree = ast.parse(source.read_text(), filename=str(source))
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
        names |= {
            node.value.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
        }
        for node in ast.walk(tree):
            for tag_path, name, bound in _operation_imports(node, package):
                if bound in names:
                    found.add(f"{tag_path}.{name}")
    return found


def _operation_imports(node: ast.AST, package: str) -> list[tuple[str, str, str]]:
    """(`api.<tag>`, operation, the name it is bound to) for `from <package>.api.<tag> import op`
    and for `op, ... = lazy_operations("<package>.api.<tag>", "op", ...)` (imported on first use)."""
    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(package + ".api."):
        tag_path = node.module.removeprefix(package + ".")  # type: ignore[union-attr]
        return [(tag_path, alias.name, alias.asname or alias.name) for alias in node.names]
    call = node.value if isinstance(node, ast.Assign) else None
    if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "lazy_operations"):
        return []
    module, *operations = (arg.value for arg in call.args if isinstance(arg, ast.Constant))
    if not str(module).startswith(package + ".api."):
        return []
    target = node.targets[0]  # type: ignore[union-attr]
    bound = [element.id for element in getattr(target, "elts", [target]) if isinstance(element, ast.Name)]
    tag_path = str(module).removeprefix(package + ".")
    return [(tag_path, str(name), alias) for name, alias in zip(operations, bound, strict=True)]


@pytest.mark.parametrize("api", APIS)
def test_every_spec_operation_has_an_overlay_method(api: str) -> None:
    operations: dict[str, str] = importlib.import_module(f"agentplug_{api}_client.operations").OPERATIONS
    used = _used_operation_modules(api)
    excluded = EXCLUDED.get(api, {})
    missing = sorted(op for op, module in operations.items() if module not in used and op not in excluded)
    assert not missing, (
        f"specs/{api}.yaml: operations without an overlay method: {', '.join(missing)}. Wrap each in a method "
        f"of overlay/src/agentplug/{api}/ (built with its generated module), or add it to EXCLUDED with a reason."
    )
    stale = sorted(op for op in excluded if op not in operations or operations[op] in used)
    assert not stale, f"EXCLUDED[{api!r}] lists operations that are gone or now covered: {', '.join(stale)}"


def test_the_gate_counts_an_operation_only_where_it_is_used(tmp_path: Path) -> None:
    source = tmp_path / "resource.py"
    source.write_text(
        "from agentplug_moderately_client.api.teams import get_team, list_teams\n"
        "from agentplug_moderately_client.api.users import get_user as fetch_user\n"
        "create_agent, get_agent = lazy_operations(\n"
        "    'agentplug_moderately_client.api.agents', 'create_agent', 'get_agent'\n"
        ")\n"
        "async def retrieve(api, team_id):\n"
        "    await api.send(get_agent, {})\n"
        "    return await api.send(get_team, {'team_id': team_id})\n"
        "def user(api, user_id):\n"
        "    return fetch_user.request_kwargs(user_id)\n"
    )
    used = _used_operation_modules("moderately", [source])
    assert used == {"api.teams.get_team", "api.users.get_user", "api.agents.get_agent"}
    assert all(reason.strip() for reasons in EXCLUDED.values() for reason in reasons.values())
