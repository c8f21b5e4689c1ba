"""The polling model, checked against specs/nat.yaml: 200 / 202 / 422, status, answers (204 / 404 / 400 / 422)."""

from __future__ import annotations

import time
from typing import Any

import httpx2

from .spec import NatCaller

TEXT_ANSWER = {"response": {"type": "text", "text": "my note"}}
APPROVE = {
    "response": {"type": "binary_choice", "selected_option": {"id": "approve", "label": "Approve", "value": True}}
}


def ids(body: dict[str, Any]) -> dict[str, str]:
    return {"execution_id": body["execution_id"], "interaction_id": body["interaction_id"]}


def poll(api: NatCaller, execution_id: str, until: set[str], limit: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + limit
    while True:
        status: dict[str, Any] = api.call("get_execution", path={"execution_id": execution_id})
        if status["status"] in until or time.monotonic() > deadline:
            return status
        time.sleep(0.02)


def test_health(api: NatCaller) -> None:
    assert api.call("health") == {"status": "healthy"}


def test_a_paused_run_is_polled_and_answered_to_completion(api: NatCaller) -> None:
    accepted = api.call("run_workflow", json={"input_message": "hello"}, expect=202)
    execution_id = accepted["execution_id"]
    assert accepted["status"] == "interaction_required"
    assert accepted["status_url"] == f"/executions/{execution_id}"  # relative, as the real server sends
    assert accepted["response_url"] == f"/executions/{execution_id}/interactions/{accepted['interaction_id']}/response"
    assert accepted["prompt"]["input_type"] == "text" and accepted["prompt"]["timeout"] is None

    status = api.call("get_execution", path={"execution_id": execution_id})
    assert status["interaction_id"] == accepted["interaction_id"] and "status_url" not in status
    api.call("respond_to_interaction", path=ids(accepted), json=TEXT_ANSWER, expect=204)

    second = poll(api, execution_id, {"interaction_required"})
    assert second["prompt"]["input_type"] == "binary_choice" and second["interaction_id"] != accepted["interaction_id"]
    assert [option["value"] for option in second["prompt"]["options"]] == [True, False]
    api.call("respond_to_interaction", path=ids(second), json=APPROVE, expect=204)

    done = poll(api, execution_id, {"completed"})
    assert done["result"] == {"value": "input='hello'; note='my note'; approved=True"}


def test_a_run_without_pause_answers_200_and_a_failure_422(api: NatCaller) -> None:
    assert api.call("run_endpoint", path={"endpoint": "plain"}, json={"input_message": "hi"}) == {"value": "HI"}
    failure = api.call("run_endpoint", path={"endpoint": "fail"}, json={"input_message": "x"}, expect=422)
    assert failure == {"code": "workflow_error", "message": "scripted failure for 'x'", "details": "ValueError"}


def test_an_invalid_input_is_a_validation_422(api: NatCaller) -> None:
    body = api.call("run_workflow", json={"message": "wrong"}, expect=422)
    assert body["detail"][0]["loc"] == ["body", "input_message"]
    body = api.call("run_workflow", content=b"{not json", expect=422, headers={"content-type": "application/json"})
    assert body["detail"][0]["type"] == "json_invalid"


def test_a_slow_workflow_keeps_the_post_open_until_its_first_prompt(api: NatCaller) -> None:
    started = time.monotonic()
    api.call("run_endpoint", path={"endpoint": "slow"}, json={"input_message": "s"}, expect=202)
    assert time.monotonic() - started >= 0.3


def test_unknown_executions_and_interactions_are_404(api: NatCaller) -> None:
    assert api.call("get_execution", path={"execution_id": "nope"}, expect=404) == {
        "detail": "Execution nope not found"
    }
    api.call(
        "respond_to_interaction", path={"execution_id": "nope", "interaction_id": "x"}, json=TEXT_ANSWER, expect=404
    )
    accepted = api.call("run_workflow", json={"input_message": "moved on"}, expect=202)
    api.call("respond_to_interaction", path=ids(accepted), json=TEXT_ANSWER, expect=204)
    poll(api, accepted["execution_id"], {"interaction_required"})
    # The first prompt was answered and the execution moved on to a new one: 404, like the real server.
    api.call("respond_to_interaction", path=ids(accepted), json=TEXT_ANSWER, expect=404)


def test_answer_bodies_are_validated_like_the_real_server(api: NatCaller) -> None:
    accepted = api.call("run_workflow", json={"input_message": "validate"}, expect=202)
    wrong_tag = {"response": {"input_type": "text", "text": "documented but wrong"}}
    body = api.call("respond_to_interaction", path=ids(accepted), json=wrong_tag, expect=422)
    assert body["detail"][0]["type"] == "union_tag_not_found"
    checkbox_list = {"response": {"type": "checkbox", "selected_options": [{"id": "email"}]}}
    body = api.call("respond_to_interaction", path=ids(accepted), json=checkbox_list, expect=422)
    assert body["detail"][0]["loc"][-1] == "selected_option"
    body = api.call("respond_to_interaction", path=ids(accepted), json={"response": {"type": "maybe"}}, expect=422)
    assert body["detail"][0]["type"] == "union_tag_invalid"
    api.call("respond_to_interaction", path=ids(accepted), json=TEXT_ANSWER, expect=204)


def test_a_mismatched_answer_is_accepted_and_fails_the_workflow(api: NatCaller) -> None:
    accepted = api.call("run_workflow", json={"input_message": "mismatch"}, expect=202)
    radio = {"response": {"type": "radio", "selected_option": {"id": "email", "label": "Email", "value": "email"}}}
    api.call("respond_to_interaction", path=ids(accepted), json=radio, expect=204)
    failed = poll(api, accepted["execution_id"], {"failed"})
    assert failed["error"] == "'HumanResponseRadio' object has no attribute 'text'"


def test_a_prompt_timeout_fails_the_run_and_a_late_answer_is_400(api: NatCaller) -> None:
    accepted = api.call("run_endpoint", path={"endpoint": "timed"}, json={"input_message": "t"}, expect=202)
    assert accepted["prompt"]["timeout"] == 1
    failed = poll(api, accepted["execution_id"], {"failed"})
    assert failed["error"] == "HITL prompt timed out after 1s waiting for human response"
    body = api.call("respond_to_interaction", path=ids(accepted), json=TEXT_ANSWER, expect=400)
    assert "already resolved" in body["detail"]


def test_choice_prompts_and_their_answers(api: NatCaller) -> None:
    accepted = api.call("run_endpoint", path={"endpoint": "choices"}, json={"input_message": "c"}, expect=202)
    kinds = []
    current = accepted
    for _ in range(3):
        prompt = current["prompt"]
        kinds.append(prompt["input_type"])
        answer = {"type": prompt["input_type"], "selected_option": prompt["options"][-1]}
        api.call("respond_to_interaction", path=ids(current), json={"response": answer}, expect=204)
        current = poll(api, accepted["execution_id"], {"interaction_required", "completed"})
        if current["status"] == "completed":
            break
    assert kinds == ["radio", "checkbox", "dropdown"]
    assert current["result"] == {"value": "input='c'; channel='push'; extra='push'; priority='high'"}


def test_chat_routes_answer_chat_completions(api: NatCaller, http: httpx2.Client) -> None:
    chat = {"messages": [{"role": "user", "content": "c"}]}
    accepted = api.call("chat", json=chat, expect=202)
    api.call("respond_to_interaction", path=ids(accepted), json=TEXT_ANSWER, expect=204)
    second = poll(api, accepted["execution_id"], {"interaction_required"})
    api.call("respond_to_interaction", path=ids(second), json=APPROVE, expect=204)
    done = poll(api, accepted["execution_id"], {"completed"})
    api.spec.schema("ChatResponse").validate(done["result"])
    assert done["result"]["choices"][0]["message"]["content"] == "input='c'; note='my note'; approved=True"
    api.call("chat_completions", json={**chat, "stream": False}, expect=202)
