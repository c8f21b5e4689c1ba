"""What an editor shows: Jedi (IPython's completer) sees each method's own signature and typed result.

Methods stay plain functions (per-call options and the raw forms are added by the resource base,
not by a wrapping descriptor), so static analysis reads them as written: `client.agents.get(`
offers `agent_id`, and the awaited result completes as the model, never as a coroutine.
"""

from __future__ import annotations

import jedi
import pytest

CASES = [
    # (import, construction, call, parameters shown, result class)
    ("from agentplug.acp import ACP", 'ACP(base_url="http://x")', "client.agents.get(", ["agent_id"], "Agent"),
    ("from agentplug.acp import AsyncACP", 'AsyncACP(base_url="http://x")', "client.runs.get(", ["run_id"], "AsyncRun"),
    (
        "from agentplug.prefactor import Prefactor",
        'Prefactor(api_url="http://x", api_token="t")',
        "client.agents.get(",
        ["agent_id"],
        "Agent",
    ),
    (
        "from agentplug.moderately import AsyncModeratelyAI",
        'AsyncModeratelyAI(api_key="k", team_id="t")',
        "client.datasets.create(",
        ["name", "description"],
        "AsyncDatasetModel",
    ),
    (
        "from agentplug.nat import NAT",
        'NAT(base_url="http://x")',
        "client.run(",
        ["input", "endpoint", "timeout"],
        "Execution",
    ),
]


@pytest.mark.parametrize(("imports", "construction", "call", "parameters", "result"), CASES)
def test_jedi_shows_the_signature_and_the_typed_result(
    imports: str, construction: str, call: str, parameters: list[str], result: str
) -> None:
    awaited = "await " if "Async" in construction else ""
    source = f"{imports}\nasync def main():\n    client = {construction}\n    {call}"
    signatures = jedi.Script(source, path="example.py").get_signatures(4, 4 + len(call))
    assert signatures, f"no signature shown for {call}"
    shown = [parameter.name for parameter in signatures[0].params]
    assert shown[: len(parameters)] == parameters
    assert shown[-1] == "options"  # the per-call options (timeout, extra_headers, ...)

    arguments = "'x'" if call.endswith("get(") or call.endswith("run(") else "name='n'"
    source = (
        f"{imports}\nasync def main():\n    client = {construction}\n    value = {awaited}{call}{arguments})\n    value"
    )
    inferred = [name.name for name in jedi.Script(source, path="example.py").infer(5, 9)]
    assert inferred == [result]
