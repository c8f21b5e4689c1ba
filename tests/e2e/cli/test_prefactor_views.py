"""`agentplug prefactor instances` and `prefactor spans [--follow]` against the Prefactor sandbox.

The follower runs in a thread while this thread records spans; each step waits for the line the
command prints (an event), never for time to pass.
"""

from __future__ import annotations

import json
import sys
import threading

import pytest
from agentplug.cli import main
from agentplug.prefactor import AsyncPrefactor, Prefactor
from agentplug.testing import Sandbox

from .output import WAIT, WatchedOutput, one_error_line


def test_instances_lists_an_agents_runs_with_status_times_and_counts(
    prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor], capsys: pytest.CaptureFixture[str]
) -> None:
    client = prefactor_sandbox.client
    agent = client.agents.create("cli-instances")
    with client.instance(agent.id) as first, first.span("step"):
        pass
    with pytest.raises(RuntimeError), client.instance(agent.id) as second:
        with second.span("step"), second.span("inner") as inner:
            inner.fail()
        raise RuntimeError("the run fails")
    assert client.flush(10)
    assert main(["prefactor", "instances", "--agent", agent.id, "--json"]) == 0  # env: the fixture's variables
    rows = json.loads(capsys.readouterr().out)
    assert [(row["id"], row["status"], row["total"], row["failed"]) for row in rows] == [
        (first.id, "complete", 1, 0),
        (second.id, "failed", 2, 1),
    ]
    assert all(row["started_at"] and row["finished_at"] for row in rows)
    assert main(["prefactor", "instances", "--agent", agent.id, "--limit", "1", "--json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == [first.id]
    assert main(["prefactor", "instances", "--agent", agent.id]) == 0
    table = capsys.readouterr().out
    assert f"instances of agent {agent.id}" in table and "failed" in table and "complete" in table
    assert main(["prefactor", "instances", "--agent", agent.id, "--limit", "0"]) == 2
    assert "--limit" in one_error_line(capsys.readouterr().err)
    with pytest.raises(SystemExit) as usage:
        main(["prefactor", "instances"])  # --agent is required
    assert usage.value.code == 2


def test_spans_lists_a_runs_spans_in_recording_order(
    prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor], capsys: pytest.CaptureFixture[str]
) -> None:
    client = prefactor_sandbox.client
    agent = client.agents.create("cli-spans")
    with client.instance(agent.id) as run, run.span("plan") as plan, run.span("tool") as tool:
        tool.fail()
    assert client.flush(10)
    assert main(["prefactor", "spans", run.id, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["schema_name"], row["status"]) for row in rows] == [("plan", "complete"), ("tool", "failed")]
    assert rows[1]["parent_span_id"] == rows[0]["id"] == plan.id and rows[0]["started_at"]
    assert main(["prefactor", "spans", run.id, "--follow"]) == 0  # a finished run: its table, then exit
    table = capsys.readouterr().out
    assert f"spans of instance {run.id}" in table and "tool" in table and "failed" in table
    assert main(["prefactor", "spans", "no-such-instance", "--follow"]) == 1
    assert "NotFoundError" in one_error_line(capsys.readouterr().err)


def test_spans_follow_shows_spans_as_they_are_recorded_until_the_run_ends(
    prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = prefactor_sandbox.client
    agent = client.agents.create("cli-spans-follow")
    stdout = WatchedOutput()
    monkeypatch.setattr(sys, "stdout", stdout)
    status: list[int] = []
    with client.instance(agent.id) as run:
        assert client.flush(10)  # registered and started: the command sees it active, with no span
        argv = ["prefactor", "spans", run.id, "--follow", "--interval", "0.05", "--json"]
        follower = threading.Thread(target=lambda: status.append(main(argv)))
        follower.start()
        with run.span("first"):
            pass
        assert client.flush(10)
        assert json.loads(stdout.wait_lines(1)[0])["schema_name"] == "first"  # shown while the run goes on
        assert follower.is_alive()
        opened = client.agent_spans.create(run.id, "second")  # recorded active; finished after it is shown
        assert json.loads(stdout.wait_lines(2)[1])["status"] == "active"
        client.agent_spans.finish(opened.id, status="complete")
    assert client.flush(10)
    follower.join(WAIT)
    assert status == [0]  # it ended by itself once the instance finished
    statuses: dict[str, list[str]] = {}
    for line in stdout.getvalue().splitlines():
        row = json.loads(line)
        statuses.setdefault(row["schema_name"], []).append(row["status"])
    # a span appears when recorded, and again with the status it ended with (read once the run was over)
    assert statuses["second"] == ["active", "complete"]
    assert statuses["first"][-1] == "complete"
