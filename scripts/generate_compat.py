"""Generate `agentplug.acp.compat`'s operations (the vendor SDK's method names) from specs/acp.yaml.

Every operation of the spec becomes three methods of `AsyncACPClient`, as the vendor SDK names
them: `<operationId>`, `<operationId>_with_http_info`, `<operationId>_without_preload_content`,
with the vendor's parameters (path, then query, then the body named after its schema) and
per-call options. They are written into `overlay/src/agentplug/acp/_async/compat_operations.py`;
`scripts/unasync_overlay.py` then makes the blocking `ACPClient` from it. The template is
`scripts/compat_templates/acp_operations.py.jinja`; the machinery the methods call is hand-written
(`_async/compat_client.py`, `_compat/`).

    python scripts/generate_compat.py           write the module
    python scripts/generate_compat.py --check   fail when the module is stale
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "acp.yaml"
API = ROOT / "generated" / "acp" / "agentplug_acp_client" / "api"
MODELS = ROOT / "generated" / "acp" / "agentplug_acp_client" / "models"
TEMPLATE = ROOT / "scripts" / "compat_templates" / "acp_operations.py.jinja"
TARGET = ROOT / "overlay" / "src" / "agentplug" / "acp" / "_async" / "compat_operations.py"
METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class Param:
    name: str
    coerce: str | None = None  # an enum class of the generated models, for query values


@dataclass
class Op:
    name: str
    method: str
    path: str
    summary: str
    package: str  # the generated module's package under agentplug_acp_client.api
    path_params: list[Param] = field(default_factory=list)
    query_params: list[Param] = field(default_factory=list)
    body_param: str | None = None  # the vendor's parameter name for the body
    body_model: str | None = None  # a generated model class, or None for a free JSON body
    answer_model: str | None = None
    answer_is_list: bool = False
    stream: bool = False

    @property
    def constant(self) -> str:
        return "_" + self.name.upper()

    @property
    def params(self) -> list[str]:
        names = [p.name for p in self.path_params] + [p.name for p in self.query_params]
        return names + ([self.body_param] if self.body_param else [])

    @property
    def return_type(self) -> str:
        if self.stream:
            return "AsyncIterator[RunOutputStream]"
        if self.answer_model is None:
            return "None"
        return f"list[{self.answer_model}]" if self.answer_is_list else self.answer_model


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def model_exists(name: str) -> bool:
    return (MODELS / f"{snake(name)}.py").exists()


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        parts = node["$ref"].removeprefix("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def package_of(operation_id: str) -> str:
    found = sorted(API.glob(f"*/{operation_id}.py"))
    if len(found) != 1:
        raise SystemExit(f"error: generated/acp has no single module for {operation_id} (run make generate)")
    return found[0].parent.name


def read_operations() -> list[Op]:
    spec = yaml.safe_load(SPEC.read_text())
    ops: list[Op] = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            raw = item[method]
            op = Op(
                name=raw["operationId"],
                method=method.upper(),
                path=path,
                summary=(raw.get("summary") or raw["operationId"]).strip().rstrip("."),
                package=package_of(raw["operationId"]),
                stream=path.endswith("/stream"),
            )
            params = [resolve(spec, p) for p in [*item.get("parameters", []), *raw.get("parameters", [])]]
            order = re.findall(r"{(\w+)}", path)
            by_name = {p["name"]: p for p in params if p.get("in") == "path"}
            op.path_params = [Param(name) for name in order if name in by_name]
            for p in params:
                if p.get("in") != "query":
                    continue
                schema = p.get("schema", {})
                coerce = None
                if "$ref" in schema and "enum" in resolve(spec, schema):
                    coerce = ref_name(schema["$ref"])
                elif "enum" in schema:
                    coerce = pascal(op.name) + pascal(p["name"])
                if coerce is not None and not model_exists(coerce):
                    raise SystemExit(f"error: {op.name}: no generated enum {coerce} for query parameter {p['name']}")
                op.query_params.append(Param(p["name"], coerce))
            body = raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body is not None:
                name = ref_name(body["$ref"]) if "$ref" in body else None
                if name is not None and model_exists(name):
                    op.body_model, op.body_param = name, snake(name)
                else:
                    op.body_param = "body"
            answer = (raw.get("responses", {}).get("200") or {}).get("content", {}).get("application/json", {})
            schema = answer.get("schema") or {}
            if "$ref" in schema:
                op.answer_model = ref_name(schema["$ref"])
            elif schema.get("type") == "array" and "$ref" in schema.get("items", {}):
                op.answer_model, op.answer_is_list = ref_name(schema["items"]["$ref"]), True
            ops.append(op)
    return ops


def render(ops: list[Op]) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE.parent),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    models = sorted(
        {m for op in ops for m in (op.body_model, op.answer_model) if m}
        | {p.coerce for op in ops for p in op.query_params if p.coerce}
        | {"RunOutputStream"}
    )
    source = environment.get_template(TEMPLATE.name).render(ops=ops, models=models)
    return format_source(source)


def format_source(source: str) -> str:
    """The module as ruff (the pinned one, the repository's settings) writes it."""
    with tempfile.TemporaryDirectory() as tmp:
        # Beside the real file as far as ruff can tell, so first-party imports sort the same way.
        path = Path(tmp) / TARGET.relative_to(ROOT)
        path.parent.mkdir(parents=True)
        path.write_text(source)
        config = ["--config", str(ROOT / "pyproject.toml")]
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", *config, "--fix-only", "--quiet", str(path)], check=True)
        subprocess.run([*ruff, "format", *config, "--quiet", str(path)], check=True)
        return path.read_text()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when the module is stale")
    args = parser.parse_args(argv)
    source = render(read_operations())
    relative = TARGET.relative_to(ROOT)
    if args.check:
        if not TARGET.exists() or TARGET.read_text() != source:
            print(f"{relative} is out of date: run make generate", file=sys.stderr)
            return 1
        print(f"{relative} is up to date")
        return 0
    TARGET.write_text(source)
    print(f"specs/acp.yaml -> {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
