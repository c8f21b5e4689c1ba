"""The `agentplug` command against the sandboxes: in process through `main(argv)`, stdin scripted.

Exit statuses are 0 (done), 1 (the API refused or the operation failed) and 2 (usage); errors are
one line on stderr; `--json` prints machine output on stdout only.
"""

from __future__ import annotations

import io
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from agentplug.cli import main
from agentplug.prefactor import AsyncPrefactor, Prefactor
from agentplug.sandbox import acp, moderately, nat
from agentplug.testing import Sandbox

from .output import WatchedOutput, one_error_line


@pytest.fixture(scope="module")
def acp_url() -> Iterator[str]:
    # The CLI's own behaviour is the subject here, on the strict profile: the reference server lists
    # no agents without a name or version and streams no interrupts (see the test after these).
    with acp.serve(profile="spec") as url:
        yield url


@pytest.fixture(scope="module")
def acp_reference_url() -> Iterator[str]:
    with acp.serve(profile="reference") as url:
        yield url


@pytest.fixture(scope="module")
def nat_url() -> Iterator[str]:
    with nat.serve() as url:
        yield url


@pytest.fixture(scope="module")
def moderately_url() -> Iterator[str]:
    with moderately.serve() as url:
        yield url


@pytest.fixture
def moderately_env(moderately_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("MODERATELY_BASE_URL", moderately_url)
    monkeypatch.setenv("MODERATELY_API_KEY", "cli-key")
    monkeypatch.setenv("MODERATELY_TEAM_ID", moderately.DEFAULT_TEAM_ID)
    return moderately_url


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_acp_agents_lists_the_sandbox_agent(acp_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["acp", "agents", "--base-url", acp_url, "--json"]) == 0
    agents = json.loads(capsys.readouterr().out)
    assert [agent["metadata"]["ref"]["name"] for agent in agents] == ["agentplug.sandbox.echo"]
    assert main(["acp", "agents", "--base-url", acp_url]) == 0
    assert "agentplug.sandbox.echo" in capsys.readouterr().out


def test_acp_agents_on_the_reference_server(acp_reference_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["acp", "agents", "--base-url", acp_reference_url]) == 1  # it needs a name or version
    assert "name' or 'version'" in one_error_line(capsys.readouterr().err)
    argv = ["acp", "run", "--base-url", acp_reference_url, "--agent", "agentplug.sandbox.echo", "--input"]
    assert main([*argv, '{"messages": [{"type": "human", "content": "hi"}]}', "--config", "{}", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "success"


def test_acp_run_answers_interrupts_at_the_terminal(
    acp_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ACP_BASE_URL", acp_url)  # as a user would: the client's variable
    _stdin(monkeypatch, "first\nsecond\n")
    argv = ["acp", "run", "--agent", "agentplug.sandbox.echo", "--input", "Hello", "--config"]
    assert main([*argv, '{"interrupt_count": 2}', "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["status"] == "success" and result["values"]["messages"][-1]["content"] == "second"
    assert captured.err.count("the agent asks (echo_interrupt)") == 2


def test_acp_run_streams_events_live_and_resumes_after_an_interrupt(
    acp_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, '{"messages": [{"type": "human", "content": "go"}]}\n')
    argv = ["acp", "run", "--base-url", acp_url, "--agent", "agentplug.sandbox.echo", "--input", "Hi", "--stream"]
    assert main([*argv, "--config", '{"interrupt_count": 1}', "--json"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [event.get("event") for event in events]
    assert kinds[:3] == ["values", "interrupt", "finished"] and events[2]["status"] == "interrupted"
    assert kinds.count("interrupt") == 1  # the joined stream starts after what was shown
    assert events[-2] == {"event": "finished", "status": "success"}
    assert events[-1]["values"]["messages"][-1] == {"type": "assistant", "content": "go"}


def test_acp_errors_are_one_line_with_their_exit_status(
    acp_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ACP_BASE_URL", raising=False)
    assert main(["acp", "agents"]) == 2  # no server named: a usage error naming the variable
    assert "ACP_BASE_URL" in one_error_line(capsys.readouterr().err)
    assert main(["acp", "run", "--base-url", acp_url, "--agent", "org.example.x", "--input", "hi"]) == 1
    assert "'agentplug.sandbox.echo'" in one_error_line(capsys.readouterr().err)
    _stdin(monkeypatch, "")  # the interrupt's question meets a closed input
    argv = ["acp", "run", "--base-url", acp_url, "--agent", "agentplug.sandbox.echo", "--input", "hi"]
    assert main([*argv, "--config", '{"interrupt_count": 1}']) == 1
    assert "input closed" in one_error_line(capsys.readouterr().err)
    assert main([*argv, "--config", "{not json"]) == 2
    assert "--config is not JSON" in one_error_line(capsys.readouterr().err)
    with pytest.raises(SystemExit) as usage:
        main(["acp", "run", "--base-url", acp_url])
    assert usage.value.code == 2


def test_nat_run_asks_the_prompts_at_the_terminal(
    nat_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "my note\nyes\n")
    assert main(["nat", "run", "--base-url", nat_url, "--input", "hello", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"value": "input='hello'; note='my note'; approved=True"}
    assert "Approve the result?" in captured.err
    assert "execution: completed" in captured.err  # the wait's progress, on stderr
    _stdin(monkeypatch, "2\nPush\n3\n")
    assert main(["nat", "run", "choices", "--base-url", nat_url, "--input", "hi", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"value": "input='hi'; channel='sms'; extra='push'; priority='high'"}


def test_nat_run_of_a_failing_workflow_exits_1(nat_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nat", "run", "fail", "--base-url", nat_url, "--input", "x"]) == 1
    assert "OperationFailedError" in one_error_line(capsys.readouterr().err)


def test_moderately_files_upload_then_download(
    moderately_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 4096)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n")
    assert main(["moderately", "files", "upload", str(blob), str(notes), "--json"]) == 0
    uploaded = json.loads(capsys.readouterr().out)
    assert [(item["fileName"], item["fileSize"]) for item in uploaded] == [("blob.bin", 1 << 20), ("notes.txt", 6)]
    target = tmp_path / "out"
    target.mkdir()
    assert main(["moderately", "files", "download", uploaded[0]["fileId"], "-o", str(target), "--json"]) == 0
    downloaded = json.loads(capsys.readouterr().out)
    assert Path(downloaded["path"]) == target / "blob.bin" and (target / "blob.bin").read_bytes() == blob.read_bytes()


def test_moderately_datasets_upload_creates_a_current_version(
    moderately_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "sales.csv"
    data.write_text("region,amount\nnorth,1\nsouth,2\n")
    assert main(["moderately", "datasets", "upload", str(data), "--name", "CLI sales", "--process"]) == 0
    captured = capsys.readouterr()
    assert "data version 1 current" in captured.out and "processing completed" in captured.out
    assert captured.err.strip().splitlines()[-1].endswith(": completed")  # the wait's progress


def test_moderately_errors(moderately_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["moderately", "files", "upload", str(tmp_path / "missing.csv")]) == 2
    assert "no such file" in one_error_line(capsys.readouterr().err)
    assert main(["moderately", "files", "download", "file_unknown"]) == 1
    assert "NotFoundError" in one_error_line(capsys.readouterr().err)


def test_prefactor_instance_shows_status_and_span_counts(
    prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor], capsys: pytest.CaptureFixture[str]
) -> None:
    client = prefactor_sandbox.client
    agent = client.agents.create("cli-instance")
    with client.instance(agent.id) as run:
        with run.span("step"):
            pass
        with run.span("step") as failing:
            failing.fail()
    assert client.flush(10)
    assert main(["prefactor", "instance", run.id, "--json"]) == 0  # PREFACTOR_API_URL / _TOKEN from the fixture
    row = json.loads(capsys.readouterr().out)
    assert (row["status"], row["complete"], row["failed"], row["total"]) == ("complete", 1, 1, 2)
    assert main(["prefactor", "instance", run.id]) == 0
    assert "complete" in capsys.readouterr().out
    assert main(["prefactor", "instance", "no-such-instance"]) == 1
    assert "NotFoundError" in one_error_line(capsys.readouterr().err)


def test_prefactor_instance_follow_runs_until_the_instance_ends(
    prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = prefactor_sandbox.client
    agent = client.agents.create("cli-follow")
    stdout = WatchedOutput()
    monkeypatch.setattr(sys, "stdout", stdout)
    status: list[int] = []
    argv = ["prefactor", "instance", "", "--follow", "--interval", "0.05", "--json"]
    with client.instance(agent.id) as run:
        assert client.flush(10)  # registered and started: the command sees it active
        argv[2] = run.id
        follower = threading.Thread(target=lambda: status.append(main(argv)))
        follower.start()
        stdout.wait_lines(1)  # the first row is out while the instance still runs
        with run.span("step"):
            pass
    assert client.flush(10)
    follower.join(60)
    assert status == [0]
    rows = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert rows[0]["status"] == "active" and rows[-1]["status"] == "complete" and rows[-1]["total"] == 1
