"""The sandboxes as processes: `agentplug sandbox` and `python -m agentplug.sandbox` stop cleanly on
Ctrl-C, and a missing extra is named with the pip install that brings it."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

_CLI = [sys.executable, "-m", "agentplug.cli"]
_MODULE = [sys.executable, "-m", "agentplug.sandbox"]


@pytest.mark.parametrize("command", [[*_CLI, "sandbox"], _MODULE], ids=["agentplug sandbox", "python -m"])
def test_ctrl_c_stops_a_sandbox_without_a_traceback(command: list[str], tmp_path: Path) -> None:
    with (tmp_path / "stderr").open("w+") as errors:
        arguments = [*command, "acp", "--port", "0"]
        with subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=errors, text=True) as process:
            assert process.stdout is not None
            url = process.stdout.readline().strip()  # printed once it accepts connections
            assert url.startswith("http://127.0.0.1:")
            process.send_signal(signal.SIGINT)
            assert process.wait(60) == 130
        errors.seek(0)
        logged = errors.read()
    assert "Traceback" not in logged and "KeyboardInterrupt" not in logged


def _without(module: str, code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a Python where importing `module` fails, as without the extra."""
    blocked = f"import sys; sys.modules[{module!r}] = None\n{code}"
    return subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True, timeout=60, check=False)


def test_a_sandbox_without_its_extra_names_the_install() -> None:
    result = _without("starlette", "from agentplug.sandbox.__main__ import main; sys.exit(main(['acp']))")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: the sandboxes need the 'sandbox' extra (starlette is not installed): pip install 'agentplug[sandbox]'"
    )


def test_the_command_without_its_extra_names_the_install() -> None:
    result = _without("rich", "from agentplug.cli import main; sys.exit(main(['acp', 'agents']))")
    assert result.returncode == 2
    assert result.stderr.strip() == "error: the agentplug command needs the 'cli' extra: pip install 'agentplug[cli]'"


def test_the_console_script_is_declared() -> None:
    from importlib.metadata import entry_points

    (script,) = [entry for entry in entry_points(group="console_scripts") if entry.name == "agentplug"]
    assert script.value == "agentplug.cli:main"


def test_agentplug_sandbox_help_is_the_sandbox_help() -> None:
    result = subprocess.run([*_CLI, "sandbox", "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: agentplug sandbox") and "prefactor" in result.stdout
