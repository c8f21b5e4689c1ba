# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The run handle refreshes in place: `run.refresh()` stores the instance in `run.instance` and answers the run."""

from __future__ import annotations

import uuid

import pytest
from agentplug.prefactor import Prefactor, SchemaVersionBuilder

from ..conftest import TOKEN, terminate

pytestmark = pytest.mark.anyio

SCHEMA = SchemaVersionBuilder("e2e-handles").span_type("agent")


def test_refresh_updates_the_run_in_place_and_notices_a_termination(prefactor_url: str) -> None:
    with Prefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent_id = (client.agents.create(f"handles-{uuid.uuid4().hex[:8]}")).id
        with client.instance(agent_id, schema=SCHEMA, raise_on_terminate=False) as run:
            registered = run.instance
            assert registered is not None and str(registered.status) != "terminated"
            terminate(prefactor_url, run.id, "operator stop")
            assert not run.terminated
            assert run.refresh() is run
            assert run.instance is not registered and run.instance is not None
            assert run.instance.id == run.id and str(run.instance.status) == "terminated"
            assert run.terminated and run.termination_reason == "operator stop"
