"""``python -m agentplug.acp codegen`` against a running ACP sandbox, in a child process."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pydantic
import pytest
from agentplug.sandbox import acp

API_KEY = "codegen-cli-key"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with acp.serve(api_key=API_KEY, profile="spec") as url:
        yield url


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ACP_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "agentplug.acp", "codegen", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )


def import_file(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def test_codegen_writes_an_importable_module_from_the_server(base_url: str, tmp_path: Path) -> None:
    output = tmp_path / "echo_models.py"
    result = run_cli(
        "--agent-id", acp.ECHO_AGENT_ID, "--base-url", base_url, "--api-key", API_KEY, "--output", str(output)
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert f"wrote {output}" in result.stderr
    models = import_file(output, "cli_echo_models")
    assert models.__all__[:3] == ["EchoInput", "EchoOutput", "EchoConfig"]
    assert models.EchoConfig.model_validate({"to_upper": True}).to_upper is True
    with pytest.raises(pydantic.ValidationError):
        models.EchoEchoResume.model_validate({})
    assert [path.name for path in tmp_path.iterdir()] == ["echo_models.py"]  # no temporary file left


def test_codegen_prints_to_stdout_with_settings_from_the_environment(base_url: str) -> None:
    result = run_cli(
        "--agent-id",
        acp.ECHO_AGENT_ID,
        "--name",
        "sandbox_echo",
        "--model-type",
        "typeddict",
        env={"ACP_BASE_URL": base_url, "ACP_API_KEY": API_KEY},
    )

    assert result.returncode == 0, result.stderr
    assert "class SandboxEchoConfig(TypedDict):" in result.stdout
    assert "pydantic" not in result.stdout
    # The same descriptor gives the same source, whatever the way it arrived.
    from agentplug.acp._codegen import codegen

    assert result.stdout == codegen(acp.ECHO_AGENT.to_descriptor(), name="sandbox_echo", model_type="typeddict")


def test_codegen_from_a_descriptor_file(tmp_path: Path) -> None:
    descriptor = tmp_path / "descriptor.json"
    descriptor.write_text(json.dumps(acp.ECHO_AGENT.to_descriptor()), encoding="utf-8")
    result = run_cli("--descriptor", str(descriptor))
    assert result.returncode == 0, result.stderr
    assert "class EchoConfig(BaseModel):" in result.stdout


def test_wrong_api_key_is_a_clean_error(base_url: str, tmp_path: Path) -> None:
    output = tmp_path / "models.py"
    result = run_cli(
        "--agent-id", acp.ECHO_AGENT_ID, "--base-url", base_url, "--api-key", "wrong", "--output", str(output)
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: 401")
    assert "wrong" not in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_unknown_agent_is_a_clean_error(base_url: str) -> None:
    result = run_cli("--agent-id", "00000000-0000-4000-8000-000000000000", "--base-url", base_url, "--api-key", API_KEY)
    assert result.returncode == 1
    assert result.stderr.startswith("error: 404")


def test_malformed_descriptor_file_is_a_clean_error(tmp_path: Path) -> None:
    descriptor = tmp_path / "descriptor.json"
    descriptor.write_text(json.dumps({"metadata": {"ref": {"name": "x"}}, "specs": {"input": 3}}), encoding="utf-8")
    result = run_cli("--descriptor", str(descriptor))
    assert result.returncode == 1
    assert result.stderr == "error: invalid ACP descriptor: specs.input: expected a JSON Schema object, got a number\n"

    descriptor.write_text("{not json", encoding="utf-8")
    result = run_cli("--descriptor", str(descriptor))
    assert result.returncode == 1
    assert "is not JSON" in result.stderr

    result = run_cli("--descriptor", str(tmp_path / "missing.json"))
    assert result.returncode == 1
    assert "cannot read the descriptor file" in result.stderr


def test_missing_base_url_is_a_clean_error() -> None:
    result = run_cli("--agent-id", acp.ECHO_AGENT_ID)
    assert result.returncode == 1
    assert "ACP_BASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_agent_id_or_descriptor_is_required() -> None:
    result = run_cli()
    assert result.returncode == 2
    assert "--agent-id" in result.stderr
