"""A tour of what the pipeline produces: specs → generated, version-pinned low-level clients.

For every spec it shows the generated distribution and its operations, then drives the generated
ACP client end to end over an in-process HTTP transport: a typed create-and-wait result and a
typed event stream decoded incrementally. (The platform issues turn this into a tour of the
agentplug overlay against the local sandboxes.)
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import yaml
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "bench"))

from payloads import AGENT_ID, RUN_ID, run_wait_response_stateful  # noqa: E402

console = Console()


def show_pipeline() -> None:
    lock = json.loads((ROOT / "specs" / "lock.json").read_text())
    for spec_path in sorted((ROOT / "specs").glob("*.yaml")):
        api = spec_path.stem
        spec = yaml.safe_load(spec_path.read_text())
        entry = lock[api]
        console.rule(f"[bold]specs/{api}.yaml[/] → generated/{api}")
        console.print(
            f"{spec['info']['title']} {spec['info']['version']} → "
            f"[bold green]agentplug-{api}-client=={entry['version']}[/] "
            f"(spec sha256 {entry['spec_sha256'][:12]}…)"
        )
        table = Table(show_edge=False, header_style="bold")
        for column in ("operationId", "method", "path"):
            table.add_column(column, overflow="fold")
        table.add_column("functions (+ *_detailed)", overflow="fold")
        package = f"agentplug_{api}_client"
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if method not in {"get", "post", "put", "patch", "delete"}:
                    continue
                tag = operation["tags"][0].lower().replace(" ", "_")
                module = importlib.import_module(f"{package}.api.{tag}.{operation['operationId']}")
                functions = [name for name in ("sync", "asyncio", "stream", "astream") if hasattr(module, name)]
                table.add_row(operation["operationId"], method.upper(), path, " ".join(functions))
        console.print(table)


def fake_acp_server(request: httpx.Request) -> httpx.Response:
    """Just enough of ACP for the tour, answering from canned, spec-shaped bodies."""
    if request.url.path == "/threads/" + run_wait_response_stateful()["run"]["thread_id"] + "/runs/wait":
        return httpx.Response(200, json=run_wait_response_stateful())
    if request.url.path == "/runs/stream":
        events = []
        text = ""
        for index, word in enumerate(["Hello", " from", " a", " typed", " stream"], start=1):
            text += word
            data = {
                "type": "values",
                "run_id": RUN_ID,
                "status": "pending",
                "values": {"messages": [{"role": "assistant", "content": text}]},
            }
            events.append(f"id: {index}\nevent: agent_event\ndata: {json.dumps(data)}\n\n")
        body = "".join(events).encode()
        # Deliver it in awkward 7-byte chunks: events arrive split anywhere.
        return httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            stream=_chunked(body, 7),
        )
    return httpx.Response(404, json={"detail": f"{request.url.path} not found"})


class _chunked(httpx.SyncByteStream):
    def __init__(self, body: bytes, size: int) -> None:
        self._body, self._size = body, size

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self._body), self._size):
            yield self._body[start : start + self._size]


def show_generated_client() -> None:
    from agentplug_acp_client import Client
    from agentplug_acp_client.api.stateless_runs import create_and_stream_stateless_run_output
    from agentplug_acp_client.api.thread_runs import create_and_wait_for_thread_run_output
    from agentplug_acp_client.models import RunCreateStateful, RunCreateStateless, RunResult

    client = Client(base_url="http://acp.local").set_httpx_client(
        httpx.Client(base_url="http://acp.local", transport=httpx.MockTransport(fake_acp_server))
    )
    console.rule("[bold]generated ACP client, typed results")
    thread_id = run_wait_response_stateful()["run"]["thread_id"]
    body = RunCreateStateful.from_dict({"agent_id": AGENT_ID, "input": "Where is order A-4200?"})
    answer = create_and_wait_for_thread_run_output.sync(thread_id, client=client, body=body)
    run, output = answer.run, answer.output  # type: ignore[union-attr]
    console.print(f"run {run.run_id} → status [bold]{run.status.value}[/], created {run.created_at:%H:%M:%S}")
    if isinstance(output, RunResult):
        for message in output.messages[:2]:
            kinds = [block.type_ for block in message.content] if isinstance(message.content, list) else ["str"]
            console.print(f"  {message.role:9s} {type(message).__name__} blocks: {', '.join(kinds)}")
        console.print(f"  … {len(output.messages)} messages, discriminated on `type`: {type(output).__name__}")

    console.rule("[bold]generated ACP client, typed event stream")
    stream_body = RunCreateStateless.from_dict({"agent_id": AGENT_ID, "input": "hi"})
    for event in create_and_stream_stateless_run_output.stream(client=client, body=stream_body):
        content = event.data.values["messages"][-1]["content"]  # type: ignore[union-attr]
        console.print(f"  event {event.id}: {type(event.data).__name__} status={event.data.status.value} → {content!r}")


def main() -> int:
    show_pipeline()
    show_generated_client()
    console.rule()
    console.print("Regenerate with [bold]make generate[/]; check for drift with [bold]make check-generated[/].")
    return 0


if __name__ == "__main__":
    sys.exit(main())
