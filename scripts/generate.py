"""Generate the low-level clients in generated/ from the OpenAPI specs in specs/.

For each specs/<api>.yaml: validate → normalize in memory → openapi-python-client (pinned, with
our templates, failing on any warning) → ruff → generated/<api>/, an installable distribution
`agentplug-<api>-client` whose version comes from specs/lock.json.

    python scripts/generate.py            regenerate every spec, bump lock revisions as needed
    python scripts/generate.py acp        only specs/acp.yaml
    python scripts/generate.py --check    regenerate into a temporary directory and fail, naming
                                          the spec, when generated/ or specs/lock.json differ
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate as validate_openapi

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalize import NormalizationError, normalize

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = ROOT / "scripts" / "templates"
# Modules copied verbatim into every generated package; the overlay holds the single source.
SHARED_MODULES = {"_sse.py": ROOT / "overlay" / "src" / "agentplug" / "_core" / "_sse_decoder.py"}
LOCK = SPECS / "lock.json"

GENERATOR = "openapi-python-client==0.29.1"
RUFF = "ruff==0.17.6"
RUNTIME_REQUIREMENTS = ["httpx2>=2.15,<3", "attrs>=22.2.0"]
PYTHON_REQUIREMENT = ">=3.11"


class GenerationError(Exception):
    pass


def spec_paths(names: list[str]) -> list[Path]:
    paths = sorted(SPECS.glob("*.yaml"))
    if names:
        wanted = set(names)
        paths = [p for p in paths if p.stem in wanted]
        missing = wanted - {p.stem for p in paths}
        if missing:
            raise GenerationError(f"no spec named {', '.join(sorted(missing))} in specs/")
    return paths


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def generator_fingerprint() -> str:
    """Everything besides the spec that shapes the output: tool versions and our templates."""
    digest = hashlib.sha256(f"{GENERATOR}\n{RUFF}\n{RUNTIME_REQUIREMENTS}\n".encode())
    for path in sorted(TEMPLATES.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(TEMPLATES).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    for name, source in sorted(SHARED_MODULES.items()):
        digest.update(f"static/{name}".encode() + b"\0" + source.read_bytes() + b"\0")
    digest.update((Path(__file__).parent / "normalize.py").read_bytes())
    return digest.hexdigest()


def load_lock() -> dict[str, Any]:
    if LOCK.exists():
        return dict(json.loads(LOCK.read_text()))
    return {}


def lock_entry(api: str, spec: dict[str, Any], spec_hash: str, lock: dict[str, Any]) -> dict[str, Any]:
    """The lock entry for this spec: same version if nothing changed, else the next revision."""
    info_version = str(spec["info"]["version"])
    fingerprint = generator_fingerprint()
    old = lock.get(api)
    if old and old["info_version"] == info_version:
        if old["spec_sha256"] == spec_hash and old["generator_sha256"] == fingerprint:
            return dict(old)
        revision = int(old["revision"]) + 1
    else:
        revision = 0
    return {
        "info_version": info_version,
        "revision": revision,
        "version": f"{info_version}.post{revision}",
        "spec_sha256": spec_hash,
        "generator_sha256": fingerprint,
    }


def _tool_env() -> dict[str, str]:
    # ruff must be the pinned one from this interpreter's environment, whatever PATH says.
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def run_generator(api: str, normalized: dict[str, Any], package_dir: Path, work: Path) -> None:
    spec_file = work / f"{api}.normalized.json"
    spec_file.write_text(json.dumps(normalized, indent=1, sort_keys=True))
    config_file = work / f"{api}.config.yaml"
    config_file.write_text(
        yaml.safe_dump(
            {
                "project_name_override": f"agentplug-{api}-client",
                "package_name_override": f"agentplug_{api}_client",
                "post_hooks": [],
                "docstrings_on_attributes": False,
            }
        )
    )
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec_file),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--config", str(config_file),
        "--custom-template-path", str(TEMPLATES),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=_tool_env())
    output = (result.stdout + result.stderr).strip()
    noise = {"Generating " + str(package_dir)}
    unexpected = [line for line in output.splitlines() if line.strip() and line.strip() not in noise]
    if result.returncode != 0 or unexpected:
        raise GenerationError(f"openapi-python-client failed or warned for specs/{api}.yaml:\n{output}")


_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _module_route(source: str) -> tuple[str, str] | None:
    method = path = None
    for line in source.splitlines():
        if line.startswith("METHOD = "):
            method = json.loads(line.removeprefix("METHOD = "))
        elif line.startswith("PATH = "):
            path = json.loads(line.removeprefix("PATH = "))
    return (method.lower(), _shape(path)) if method and path else None


def _shape(path: str) -> str:
    # The generator renames path parameters to Python names: compare routes without them.
    return re.sub(r"\{[^}]*\}", "{}", path)


def write_operation_index(api: str, spec: dict[str, Any], package_dir: Path) -> None:
    """`operations.py`: every operationId of the spec → its module (the overlay's escape hatch and
    coverage gate read it). Every operation must have a module: a dropped one fails generation."""
    modules: dict[tuple[str, str], str] = {}
    for module in sorted((package_dir / "api").glob("*/*.py")):
        route = _module_route(module.read_text()) if module.name != "__init__.py" else None
        if route is not None:
            modules[route] = f"api.{module.parent.name}.{module.stem}"
    index: dict[str, str] = {}
    for path, item in sorted(spec.get("paths", {}).items()):
        for method in _HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            operation_id = operation.get("operationId")
            if not isinstance(operation_id, str):
                raise GenerationError(f"specs/{api}.yaml: {method.upper()} {path} has no operationId")
            module = modules.get((method, _shape(path)))
            if module is None:
                raise GenerationError(f"specs/{api}.yaml: no module was generated for {operation_id}")
            index[operation_id] = module
    entries = "".join(f"    {key!r}: {value!r},\n" for key, value in sorted(index.items()))
    (package_dir / "operations.py").write_text(
        f'''"""Every operation of specs/{api}.yaml: its operationId and the module under `api/` that builds
its request (`request_kwargs`) and parses its answer (`parse_response`). Machine-written."""

OPERATIONS: dict[str, str] = {{
{entries}}}
'''
    )


def add_static_files(package_dir: Path) -> None:
    for name, source in sorted(SHARED_MODULES.items()):
        shutil.copyfile(source, package_dir / name)
    (package_dir / "py.typed").write_text("")


def run_ruff(dist_dir: Path) -> None:
    commands = [
        ["ruff", "check", "--isolated", "--fix-only", "--quiet", "--target-version", "py310",
         "--select", "F401,I001", "."],
        ["ruff", "format", "--isolated", "--quiet", "--target-version", "py310", "."],
    ]  # fmt: skip
    for command in commands:
        result = subprocess.run(command, cwd=dist_dir, capture_output=True, text=True, env=_tool_env())
        if result.returncode != 0:
            raise GenerationError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    shutil.rmtree(dist_dir / ".ruff_cache", ignore_errors=True)


def write_distribution(api: str, spec: dict[str, Any], dist_dir: Path, version: str) -> None:
    title = spec["info"]["title"]
    dependencies = ",\n".join(f'    "{req}"' for req in RUNTIME_REQUIREMENTS)
    (dist_dir / "pyproject.toml").write_text(
        f"""# Machine-written by scripts/generate.py from specs/{api}.yaml: do not edit.
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "agentplug-{api}-client"
version = "{version}"
description = "Low-level client for the {title} API, generated from agentplug's specs/{api}.yaml"
readme = "README.md"
requires-python = "{PYTHON_REQUIREMENT}"
dependencies = [
{dependencies},
]

[tool.setuptools.packages.find]
include = ["agentplug_{api}_client*"]

[tool.setuptools.package-data]
"agentplug_{api}_client" = ["py.typed"]
"""
    )
    (dist_dir / "README.md").write_text(
        f"""# agentplug-{api}-client {version}

Machine-written by `scripts/generate.py` from `specs/{api}.yaml` ({title} {spec["info"]["version"]},
revision {version.rsplit(".post", 1)[-1]}). Do not edit: change the spec or the templates and run
`make generate`.

Import `agentplug_{api}_client`. Every operation is a module under `api/<tag>/` with `sync`,
`sync_detailed`, `asyncio` and `asyncio_detailed` (and `stream` / `astream` for event streams);
models are attrs classes under `models/`. Most applications use the `agentplug` overlay instead.

Pin it exactly: `agentplug-{api}-client=={version}`.
"""
    )


def build(api: str, spec_path: Path, lock: dict[str, Any], out_root: Path, work: Path) -> dict[str, Any]:
    raw = spec_path.read_bytes()
    spec = yaml.safe_load(raw)
    try:
        validate_openapi(spec)
    except Exception as exc:  # the validator raises several unrelated exception types
        raise GenerationError(f"specs/{api}.yaml is not a valid OpenAPI document: {exc}") from exc
    entry = lock_entry(api, spec, _sha256(raw), lock)
    dist_dir = out_root / api
    package_dir = dist_dir / f"agentplug_{api}_client"
    dist_dir.mkdir(parents=True)
    try:
        normalized = normalize(spec)
    except NormalizationError as exc:
        raise GenerationError(f"specs/{api}.yaml: {exc}") from exc
    run_generator(api, normalized, package_dir, work)
    write_operation_index(api, spec, package_dir)
    write_distribution(api, spec, dist_dir, entry["version"])
    run_ruff(dist_dir)
    add_static_files(package_dir)  # verbatim, after formatting: byte-identical to their source
    return entry


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two directory trees (missing, extra or changed)."""
    if not actual.exists():
        return ["(whole directory missing)"]
    # Build and install by-products (egg-info from editable installs, caches) are not output.
    by_products = [name for name in os.listdir(actual) if name.endswith(".egg-info")]
    comparison = filecmp.dircmp(expected, actual, ignore=[".ruff_cache", "__pycache__", "build", *by_products])
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (not generated)" for name in cmp.right_only)
        found.extend(f"{prefix}{name} (missing)" for name in cmp.left_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(f"{prefix}{name} (differs)" for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apis", nargs="*", help="spec names (default: every specs/*.yaml)")
    parser.add_argument("--check", action="store_true", help="fail when generated/ is stale")
    args = parser.parse_args(argv)

    lock = load_lock()
    failures: list[str] = []
    try:
        paths = spec_paths(args.apis)
        with tempfile.TemporaryDirectory(prefix="agentplug-gen-") as tmp:
            out_root, work = Path(tmp) / "out", Path(tmp) / "work"
            out_root.mkdir()
            work.mkdir()
            new_lock = dict(lock)
            for path in paths:
                api = path.stem
                new_lock[api] = build(api, path, lock, out_root, work)
                if args.check:
                    diffs = tree_differences(out_root / api, GENERATED / api)
                    if new_lock[api] != lock.get(api):
                        diffs.insert(0, "specs/lock.json entry is stale")
                    if diffs:
                        shown = "\n  ".join(diffs[:20]) + ("\n  ..." if len(diffs) > 20 else "")
                        failures.append(f"specs/{api}.yaml: generated/{api} is out of date:\n  {shown}")
                    else:
                        print(f"specs/{api}.yaml: generated/{api} is up to date ({new_lock[api]['version']})")
                else:
                    target = GENERATED / api
                    if target.exists():
                        shutil.rmtree(target)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copytree(out_root / api, target)
                    print(f"specs/{api}.yaml -> generated/{api} (agentplug-{api}-client {new_lock[api]['version']})")
            if not args.check:
                LOCK.write_text(json.dumps(dict(sorted(new_lock.items())), indent=2) + "\n")
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if failures:
        print("\n".join(failures), file=sys.stderr)
        print(
            "Run `make generate` and commit the spec, specs/lock.json and generated/ together.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
