"""The execution handle refreshes in place: `refresh()` fetches into the handle and answers it."""

from __future__ import annotations

import pytest
from agentplug.nat import AsyncNAT, answers
from agentplug.nat.models import ExecutionCompletedStatus, ExecutionInteractionRequiredStatus, HumanPromptBinary

from ..scenario import expected

pytestmark = pytest.mark.anyio


async def test_refresh_updates_the_handle_in_place_and_answers_it(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("manual")
        first = execution.interaction
        assert first is not None
        await execution.respond(answers.text("by hand"))
        before = execution.last_status
        assert await execution.refresh() is execution
        assert execution.last_status is not before
        assert isinstance(execution.last_status, ExecutionInteractionRequiredStatus)
        assert isinstance(execution.last_status.prompt, HumanPromptBinary)
        second = execution.interaction
        assert second is not None and second.interaction_id != first.interaction_id
        await execution.respond(answers.reject())
        assert await execution.wait_for_completion(timeout=30) == expected("manual", "by hand", False)
        assert execution.done and isinstance(execution.last_status, ExecutionCompletedStatus)
        assert await execution.refresh() is execution and execution.done  # finished: no request needed
