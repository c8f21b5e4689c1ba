"""The Moderately AI tour: upload a CSV with a progress bar, infer its schema, run a pipeline, fetch its output.

Runs against the Moderately sandbox started in this process (API and presigned storage on two
loopback ports; no account, no network).
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Any

from agentplug.moderately import ModeratelyAI, PipelineExecutionModel
from agentplug.sandbox import moderately as moderately_sandbox
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table

ROWS = 50_000  # ~2 MB: enough for a progress bar, quick to write and to process

PIPELINE: dict[str, Any] = {
    "id": "sales-report",
    "name": "Sales report",
    "version": "1.0.0",
    "blocks": {
        "input": {"id": "input", "type": "input", "config": {"json_schema": {"type": "object"}}},
        "dataset": {"id": "dataset", "type": "dataset", "config": {"dataset_id": "placeholder"}},
        "output": {"id": "output", "type": "output", "config": {"name": "report"}},
    },
    "connections": [
        {"source_block_id": "input", "source_port": "output", "target_block_id": "output", "target_port": "input"}
    ],
}


def _write_sales(path: Path) -> None:
    """A CSV worth a progress bar: ids, amounts, flags, dates, and a sometimes-empty column."""
    rng = random.Random(7)
    regions = ["north", "south", "east", "west"]
    with path.open("w") as out:
        out.write("order_id,amount,paid,ordered_at,region,coupon\n")
        for order in range(1, ROWS + 1):
            coupon = "" if rng.random() < 0.7 else f"SAVE{rng.randint(5, 30)}"
            day = 1 + order % 28
            amount = rng.randint(100, 99_999) / 100
            paid = rng.choice(["true", "false"])
            out.write(f"{order},{amount},{paid},2025-0{1 + order % 9}-{day:02d},{rng.choice(regions)},{coupon}\n")


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("  {task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=console,
        transient=False,
    )


def tour(console: Console, *, interactive: bool = False) -> None:
    def pause() -> None:
        if interactive:
            console.input("[dim]press Enter to go on[/] ")

    console.rule("[bold magenta]Moderately AI[/] · files, datasets and pipelines, against the embedded sandbox")
    settings = moderately_sandbox.SandboxSettings(step_seconds=0.3, processing_seconds=0.5, inline_output_limit=2048)
    with (
        tempfile.TemporaryDirectory() as work,
        moderately_sandbox.serve(settings=settings) as base_url,
        ModeratelyAI(api_key="demo-key", team_id=moderately_sandbox.DEFAULT_TEAM_ID, base_url=base_url) as client,
    ):
        console.print(f"sandbox listening on [link]{base_url}[/] (storage on its own port)\n")
        sales = Path(work) / "sales.csv"
        _write_sales(sales)

        console.print(f"[bold]1 · upload[/] {sales.name} ({sales.stat().st_size / 1e6:.1f} MB): hashed, then streamed")
        with _progress(console) as progress:
            task = progress.add_task("sales.csv", total=sales.stat().st_size)
            uploaded = client.files.upload(
                sales,
                metadata={"source": "demo"},
                on_progress=lambda sent, total: progress.update(task, completed=sent),
            )
        table = Table(show_header=False, title_justify="left")
        table.add_row("file", f"[bold]{uploaded.file_name}[/] ({uploaded.file_id})")
        table.add_row("type", f"{uploaded.mime_type} · csv={uploaded.is_csv()} · ready={uploaded.is_ready()}")
        table.add_row("sha256", uploaded.file_hash)
        console.print(table)

        pause()
        console.print("\n[bold]2 · a dataset[/]: the same file as its data, and a schema inferred from a sample")
        dataset = client.datasets.create(name="Sales 2025", description="orders, one row each")
        with _progress(console) as progress:
            task = progress.add_task("data version", total=sales.stat().st_size)
            version = dataset.upload_data(sales, on_progress=lambda sent, total: progress.update(task, completed=sent))
        schema = dataset.create_schema_from_sample(sales, sample_size=500, status="current")
        columns = Table(title=f"schema v{schema.version_no} (read 500 rows, not {ROWS:,})", title_justify="left")
        for heading in ("#", "column", "type", "nullable"):
            columns.add_column(heading)
        for column in schema.columns_json:
            nullable = "[yellow]yes[/]" if column.nullable else "no"
            columns.add_row(str(column.pos), column.name, f"[cyan]{column.type_}[/]", nullable)
        console.print(columns)
        console.print(f"  data version {version.version_no} is [bold]{version.status}[/]; processing it...")
        processed = dataset.process(timeout=60, poll_interval=0.2)  # a tour: ask often
        console.print(f"  processing: [green]{processed.processing_status}[/]")

        pause()
        console.print("\n[bold]3 · a pipeline[/]: validate a configuration, make it current, run it")
        pipeline = client.pipelines.create(name="Sales report", description="summarises the orders")
        configuration = {**PIPELINE}
        configuration["blocks"] = {
            **PIPELINE["blocks"],
            "dataset": {"id": "dataset", "type": "dataset", "config": {"dataset_id": dataset.dataset_id}},
        }
        check = client.pipeline_configuration_versions.validate(configuration)
        console.print(f"  validation: valid={check.valid}, {len(check.errors)} errors, {len(check.warnings)} warnings")
        pipeline.create_configuration_version(configuration, status="current")

        shown: set[tuple[str, int]] = set()

        def show(execution: PipelineExecutionModel) -> None:
            seen = (str(execution.status), execution.current_step or 0)
            if seen in shown:  # polls that saw nothing new
                return
            shown.add(seen)
            message = execution.progress_data.get("message", "") if execution.progress_data else ""
            step = f"{execution.current_step or 0}/{execution.total_steps or '?'}"
            console.print(f"  [dim]{execution.status:<9}[/] step {step} {message}")

        execution = pipeline.execute(
            {"dataset": dataset.dataset_id, "question": "revenue by region", "simulate": {"outputBytes": 20_000}},
            pipeline_input_summary="revenue by region",
        )
        final = execution.wait_for_completion(timeout=60, poll_interval=0.2, on_progress=show)

        pause()
        console.print("\n[bold]4 · the output[/]: too big to be inline, so stored gzipped and fetched transparently")
        output = client.pipeline_executions.get_output(final.pipeline_execution_id)
        console.print(f"  blocks run: {', '.join(output['blocks'])}")
        console.print(
            f"  input echoed: {output['input']['question']!r}; payload {len(output.get('padding', ''))} chars"
        )
        console.print(f"\n[green]done[/]: {final.pipeline_execution_id} {final.status}")


if __name__ == "__main__":
    tour(Console())
