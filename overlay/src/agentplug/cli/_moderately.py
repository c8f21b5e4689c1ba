"""`agentplug moderately files upload|download` and `datasets upload`, with progress bars."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._common import EXIT_OK, Output, UsageError, add_common

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import TaskID

    from agentplug.moderately import ModeratelyAI

__all__ = ["register"]


def register(commands: Any) -> None:
    moderately = commands.add_parser("moderately", help="Moderately AI: files and datasets")
    resources = moderately.add_subparsers(dest="resource", required=True)

    files = resources.add_parser("files", help="upload and download files").add_subparsers(dest="action", required=True)
    upload = files.add_parser("upload", help="upload files (streamed, with progress)")
    add_common(upload, env="MODERATELY_BASE_URL")
    upload.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    upload.set_defaults(handler=_upload)
    download = files.add_parser("download", help="download a file (streamed, with progress)")
    add_common(download, env="MODERATELY_BASE_URL")
    download.add_argument("file_id", metavar="ID")
    download.add_argument("-o", "--output", type=Path, default=None, help="where to write it (default: its name)")
    download.set_defaults(handler=_download)

    datasets = resources.add_parser("datasets", help="upload dataset data").add_subparsers(dest="action", required=True)
    data = datasets.add_parser("upload", help="upload a CSV / XLSX as a dataset's new current data version")
    add_common(data, env="MODERATELY_BASE_URL")
    data.add_argument("path", metavar="PATH", type=Path)
    target = data.add_mutually_exclusive_group(required=True)
    target.add_argument("--dataset", default=None, help="the dataset's id")
    target.add_argument("--name", default=None, help="create a dataset with this name")
    data.add_argument("--process", action="store_true", help="then process the data and wait for the outcome")
    data.set_defaults(handler=_dataset_upload)


def _client(args: argparse.Namespace) -> ModeratelyAI:
    from agentplug.moderately import ModeratelyAI

    # The key and the team come from MODERATELY_API_KEY and MODERATELY_TEAM_ID.
    return ModeratelyAI(base_url=args.base_url)


def _readable(path: Path) -> Path:
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    return path


def _upload(args: argparse.Namespace, out: Output) -> int:
    paths = [_readable(path) for path in args.paths]
    uploaded = []
    with _client(args) as client, out.progress() as progress:
        for path in paths:
            task = progress.add_task(path.name, total=path.stat().st_size)

            def shown(sent: int, total: int, task: TaskID = task) -> None:
                progress.update(task, completed=sent, total=total)

            uploaded.append(client.files.upload(path, on_progress=shown))

    def render(console: Console) -> None:
        for file in uploaded:
            console.print(f"{file.file_id}  {file.file_name}  {file.file_size} bytes  {file.upload_status}")

    out.result(uploaded, render)
    return EXIT_OK


def _download(args: argparse.Namespace, out: Output) -> int:
    with _client(args) as client:
        file = client.files.retrieve(args.file_id)
        target = args.output or Path(Path(file.file_name).name or args.file_id)
        if target.is_dir():
            target = target / Path(file.file_name).name
        with out.progress() as progress:
            task = progress.add_task(file.file_name, total=file.file_size or None)

            def shown(received: int, total: int | None) -> None:
                progress.update(task, completed=received, total=total)

            written = client.files.download(args.file_id, path=target, on_progress=shown)

    def render(console: Console) -> None:
        console.print(f"{written}  {written.stat().st_size} bytes")

    out.result({"file_id": args.file_id, "path": str(written), "size": written.stat().st_size}, render)
    return EXIT_OK


def _dataset_upload(args: argparse.Namespace, out: Output) -> int:
    path = _readable(args.path)
    with _client(args) as client:
        dataset = client.datasets.create(name=args.name) if args.name else client.datasets.retrieve(args.dataset)
        with out.progress() as progress:
            task = progress.add_task(path.name, total=path.stat().st_size)
            version = dataset.upload_data(path, on_progress=lambda sent, total: progress.update(task, completed=sent))
        processing = None
        if args.process:
            shown = out.status_changes(f"processing of {dataset.dataset_id}", lambda state: state.processing_status)
            processing = str(dataset.process(on_progress=shown).processing_status)

    def render(console: Console) -> None:
        console.print(f"dataset {dataset.dataset_id}: data version {version.version_no} {version.status}")
        if processing is not None:
            console.print(f"processing {processing}")

    out.result({"dataset_id": dataset.dataset_id, "version": version, "processing": processing}, render)
    return EXIT_OK
