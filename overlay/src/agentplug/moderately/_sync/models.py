# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Rich models: the generated models, subclassed, with behaviour bound to the client that fetched them.

Every typed field of the generated model stays as it is (a file model *is* a `File`); the
subclass adds a reference to its client and methods that delegate to the resources, where the
logic lives (`file.download()` is `client.files.download(file.file_id, ...)`).

A model is a live handle: `refresh()` and `wait_for_completion()` update it in place with the
server's latest answer and return it (`self`), as every platform's handles do.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, overload

import attrs
from agentplug_moderately_client.models import (
    AgentExecution,
    Dataset,
    DatasetSummary,
    File,
    Pipeline,
    PipelineConfigurationVersion,
    PipelineExecution,
    PipelineWithRunStats,
    User,
)
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._files import DownloadProgress, UploadProgress, UploadSource
from agentplug._core._sync._resource import ResourceBase
from agentplug.errors import OperationFailedError, WaitTimeoutError

from .. import _mime
from .._inference import DEFAULT_SAMPLE_SIZE, SampleSource
from .._schema import ColumnSpec
from .._status import is_terminal

if TYPE_CHECKING:
    from agentplug_moderately_client.models import (
        DatasetDataVersion,
        DatasetDeletion,
        DatasetSchemaVersion,
    )

    from agentplug._core._sync._pagination import Pager

    from .client import ModeratelyAI
    from .schema_builder import SchemaBuilder

__all__ = [
    "AgentExecutionModel",
    "DatasetModel",
    "DatasetSummaryModel",
    "FileModel",
    "PipelineConfigurationVersionModel",
    "PipelineExecutionModel",
    "PipelineModel",
    "PipelineSummaryModel",
    "UserModel",
    "parser",
]


class _FromDict(Protocol):
    _client: ModeratelyAI

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_FromDict)


def parser(cls: type[M], client: ModeratelyAI) -> Callable[[Any], M]:
    """A function building `cls` from a decoded JSON object, bound to `client`."""

    def parse(data: Any) -> M:
        if not isinstance(data, Mapping):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        model: M = cls.from_dict(data)
        model._client = client
        return model

    return parse


H = TypeVar("H")


def _refreshed(model: H, fresh: Any) -> H:
    """`model` updated in place with `fresh` (the server's latest answer for the same object); answers `model`.

    A summary refreshed from a full answer keeps its own fields; the others land in its
    `additional_properties`, as they would had the summary been parsed from that answer.
    """
    if type(fresh) is not type(model):
        fresh = type(model).from_dict(fresh.to_dict())  # type: ignore[attr-defined]
    for field in attrs.fields(type(fresh)):
        setattr(model, field.name, getattr(fresh, field.name))
    return model


def _waited(model: H, wait: Callable[[], Any]) -> H:
    """`model` updated in place with the final state `wait()` answers (or, when the wait fails or
    times out, with the last state it saw, before the error goes on)."""
    try:
        final = wait()
    except (OperationFailedError, WaitTimeoutError) as error:
        _take_last(model, error)
        raise
    return _refreshed(model, final)


def _take_last(model: Any, error: OperationFailedError | WaitTimeoutError) -> None:
    """A wait that failed or timed out still updates `model` with the last state it saw; the error
    then names `model` itself (`.result` / `.last`)."""
    if isinstance(error, OperationFailedError):
        if type(error.result) is type(model):
            error.result = _refreshed(model, error.result)
    elif type(error.last) is type(model):
        error.last = _refreshed(model, error.last)


# ---------------------------------------------------------------------------------------------
# Users


class UserModel(User, ResourceBase):
    """A user, with `display_name()`, `formatted_created_at()` and `update_profile()`."""

    __slots__ = ("_client",)
    _client: ModeratelyAI

    def display_name(self) -> str:
        """The nickname when the user has one, else the full name."""
        return self.nickname if isinstance(self.nickname, str) and self.nickname else self.full_name

    def formatted_created_at(self, fmt: str = "%Y-%m-%d %H:%M:%S") -> str | None:
        """The creation time formatted with `fmt` (None when the server sent none)."""
        return self.created_at.strftime(fmt) if isinstance(self.created_at, datetime) else None

    def update_profile(self, *, full_name: str, **options: Unpack[CallOptions]) -> UserModel:
        """Change the user's full name; answers the updated user."""
        return self._client.users.update(self.user_id, full_name=full_name)

    def refresh(self, **options: Unpack[CallOptions]) -> UserModel:
        """Fetch the user again and update this model in place; answers it."""
        return _refreshed(self, self._client.users.retrieve(self.user_id))


# ---------------------------------------------------------------------------------------------
# Files


class FileModel(File, ResourceBase):
    """A stored file: `download()`, `delete()`, and what kind of file it is (`is_csv()`, ...)."""

    __slots__ = ("_client",)
    _client: ModeratelyAI

    def is_ready(self) -> bool:
        """Whether the upload completed (the bytes can be downloaded)."""
        return self.upload_status == "completed"

    def is_processing(self) -> bool:
        """Whether the upload is still pending."""
        return self.upload_status == "pending"

    def has_error(self) -> bool:
        """Whether the upload failed."""
        return self.upload_status == "failed"

    @property
    def name(self) -> str:
        """The file's display name (`file_name`; the vendor SDK's `file.name`)."""
        return self.file_name

    def get_extension(self) -> str:
        """The lowercase extension of the file name, without its dot ("" when none)."""
        return _mime.extension_of(self.file_name)

    def is_csv(self) -> bool:
        """Whether the file is CSV (by its MIME type or its `.csv` extension)."""
        return _mime.is_csv(self.mime_type, self.file_name)

    def is_image(self) -> bool:
        """Whether the file is an image (an `image/*` MIME type or an image extension)."""
        return _mime.is_image(self.mime_type, self.file_name)

    def is_document(self) -> bool:
        """PDF, word-processing, presentation, plain text, Markdown or HTML."""
        return _mime.is_document(self.mime_type, self.file_name)

    def is_spreadsheet(self) -> bool:
        """Whether the file is a spreadsheet: Excel, OpenDocument, CSV or TSV."""
        return _mime.is_spreadsheet(self.mime_type, self.file_name)

    def is_text(self) -> bool:
        """Whether the file is textual: `text/*`, JSON, XML, or a text extension (csv, md, yaml, log, ...)."""
        return _mime.is_text(self.mime_type, self.file_name)

    @overload
    def download(
        self, path: None = None, *, on_progress: DownloadProgress | None = None, verify_checksum: bool = False
    ) -> bytes: ...
    @overload
    def download(
        self,
        path: str | os.PathLike[str],
        *,
        on_progress: DownloadProgress | None = None,
        verify_checksum: bool = False,
    ) -> Path: ...
    def download(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        on_progress: DownloadProgress | None = None,
        verify_checksum: bool = False,
        **options: Unpack[CallOptions],
    ) -> bytes | Path:
        """The content in memory, or streamed to `path` (written atomically; answers the path).

        The size is always checked against `file_size`; `verify_checksum=True` also checks the
        SHA-256 against `file_hash` (it costs about as much CPU as the transfer itself).
        """
        return self._client.files.download(
            self.file_id,
            path=path,
            on_progress=on_progress,
            expected_size=self.file_size,
            expected_sha256=self.file_hash if verify_checksum else None,
        )

    def delete(self, **options: Unpack[CallOptions]) -> None:
        """Delete the file permanently."""
        self._client.files.delete(self.file_id)

    def refresh(self, **options: Unpack[CallOptions]) -> FileModel:
        """Fetch the file again (e.g. to see an upload complete) and update this model in place; answers it."""
        return _refreshed(self, self._client.files.retrieve(self.file_id))


# ---------------------------------------------------------------------------------------------
# Datasets


class _DatasetBehaviour(ResourceBase):
    """Dataset methods, shared by the full dataset and the listed summary."""

    __slots__ = ()
    _client: ModeratelyAI
    dataset_id: str

    def refresh(self, **options: Unpack[CallOptions]) -> Self:
        """Fetch the dataset again and update this model in place; answers it.

        A summary (what lists answer) stays a summary: the fields it lacks land in its
        `additional_properties`; `client.datasets.retrieve(id)` answers the full dataset.
        """
        return _refreshed(self, self._client.datasets.retrieve(self.dataset_id))

    def update(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        should_process: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetModel:
        """Rename, describe, or (`should_process=True`) start processing; answers the dataset as stored."""
        return self._client.datasets.update(
            self.dataset_id, name=name, description=description, should_process=should_process
        )

    def delete(self, **options: Unpack[CallOptions]) -> DatasetDeletion:
        """Delete the dataset; answers the server's outcome (`success`, `message`)."""
        return self._client.datasets.delete(self.dataset_id)

    def upload_data(
        self,
        file: UploadSource,
        *,
        file_name: str | None = None,
        file_type: str | None = None,
        status: str = "current",
        on_progress: UploadProgress | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetDataVersion:
        """Upload a CSV or XLSX file as a new data version (streamed; presigned PUT, then completion)."""
        return self._client.datasets.upload_data(
            self.dataset_id, file, file_name=file_name, file_type=file_type, status=status, on_progress=on_progress
        )

    @overload
    def download_data(
        self, *, version_id: str | None = None, path: None = None, on_progress: DownloadProgress | None = None
    ) -> bytes: ...
    @overload
    def download_data(
        self,
        *,
        version_id: str | None = None,
        path: str | os.PathLike[str],
        on_progress: DownloadProgress | None = None,
    ) -> Path: ...
    def download_data(
        self,
        *,
        version_id: str | None = None,
        path: str | os.PathLike[str] | None = None,
        on_progress: DownloadProgress | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes | Path:
        """A data version's file (default: the current one) in memory, or streamed to `path`."""
        return self._client.datasets.download_data(
            self.dataset_id, version_id=version_id, path=path, on_progress=on_progress
        )

    def list_data_versions(
        self,
        *,
        status: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DatasetDataVersion]:
        """The dataset's data versions (optionally of one `status`), every page fetched as iteration reaches it."""
        return self._client.dataset_data_versions.list(
            dataset_ids=self.dataset_id, status=status, page=page, page_size=page_size
        )

    def get_data_version(self, version_id: str, **options: Unpack[CallOptions]) -> DatasetDataVersion:
        """One data version by id (NotFoundError when there is none)."""
        return self._client.dataset_data_versions.retrieve(version_id)

    def list_schema_versions(
        self,
        *,
        status: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DatasetSchemaVersion]:
        """The dataset's schema versions (optionally of one `status`), every page fetched as iteration reaches it."""
        return self._client.dataset_schema_versions.list(
            dataset_ids=self.dataset_id, status=status, page=page, page_size=page_size
        )

    def get_schema_version(self, schema_version_id: str, **options: Unpack[CallOptions]) -> DatasetSchemaVersion:
        """One schema version by id (NotFoundError when there is none)."""
        return self._client.dataset_schema_versions.retrieve(schema_version_id)

    def get_current_schema(self, **options: Unpack[CallOptions]) -> DatasetSchemaVersion | None:
        """The schema version with status `current`, or None when there is none."""
        return self._client.datasets.get_current_schema(self.dataset_id)

    def create_schema(
        self,
        columns: Iterable[ColumnSpec],
        *,
        status: str = "draft",
        parsing_options: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetSchemaVersion:
        """A new schema version from friendly column specs (`name`, `type`, `required`, ...)."""
        return self._client.datasets.create_schema(
            self.dataset_id, columns, status=status, parsing_options=parsing_options
        )

    def create_schema_from_sample(
        self,
        sample: SampleSource,
        *,
        status: str = "draft",
        header_row: int = 1,
        sample_size: int = DEFAULT_SAMPLE_SIZE,
        delimiter: str | None = None,
        encoding: str = "utf-8-sig",
        **options: Unpack[CallOptions],
    ) -> DatasetSchemaVersion:
        """A new schema version with names, types and nullability inferred from a CSV sample."""
        return self._client.datasets.create_schema_from_sample(
            self.dataset_id,
            sample,
            status=status,
            header_row=header_row,
            sample_size=sample_size,
            delimiter=delimiter,
            encoding=encoding,
        )

    def schema_builder(self) -> SchemaBuilder:
        """A fluent builder: `.add_column(...)`, `.with_parsing(...)`, `.as_current()`, then `.create()`."""
        from .schema_builder import SchemaBuilder

        return SchemaBuilder(self._client, self.dataset_id)

    def process(
        self,
        *,
        wait: bool = True,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[DatasetModel], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> DatasetModel:
        """Start processing the current data (`shouldProcess`); by default wait until it is done
        (`on_progress(dataset)` sees every state fetched)."""
        dataset = self._client.datasets.update(self.dataset_id, should_process=True)
        if not wait:
            return dataset
        return self._client.datasets.wait_for_processing(
            self.dataset_id, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )


class DatasetModel(_DatasetBehaviour, Dataset):
    """A dataset with every field, and the dataset methods (data, schemas, processing)."""

    __slots__ = ("_client",)
    _client: ModeratelyAI

    @property
    def record_count(self) -> int | None:
        """Rows counted by processing, when the server reports them (an extra field)."""
        value = self.additional_properties.get("recordCount", self.additional_properties.get("rowCount"))
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def is_processed(self) -> bool:
        """Whether processing completed (`processing_status` is `completed`)."""
        return self.processing_status == "completed"


class DatasetSummaryModel(_DatasetBehaviour, DatasetSummary):
    """A dataset as listed (without processing fields), with the dataset methods."""

    __slots__ = ("_client",)
    _client: ModeratelyAI


# ---------------------------------------------------------------------------------------------
# Agent executions


class AgentExecutionModel(AgentExecution, ResourceBase):
    """An agent execution: `wait_for_completion()`, `refresh()`, `is_terminal()`."""

    __slots__ = ("_client",)
    _client: ModeratelyAI

    def is_terminal(self) -> bool:
        """Whether the execution has finished: completed, failed or cancelled (`paused` may resume)."""
        return is_terminal(self.status)

    def refresh(self, **options: Unpack[CallOptions]) -> AgentExecutionModel:
        """Fetch the execution again and update this model in place; answers it."""
        return _refreshed(self, self._client.agent_executions.retrieve(self.agent_execution_id))

    def wait_for_completion(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        raise_on_failure: bool = False,
        on_progress: Callable[[AgentExecutionModel], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> AgentExecutionModel:
        """Poll until completed, failed or cancelled; this model is updated in place and answered.

        On OperationFailedError / WaitTimeoutError the model holds the last state seen too.
        """
        wait = functools.partial(
            self._client.agent_executions.wait_for_completion,
            self.agent_execution_id,
            timeout=timeout,
            poll_interval=poll_interval,
            raise_on_failure=raise_on_failure,
            on_progress=on_progress,
        )
        return _waited(self, wait)

    def cancel(self, **options: Unpack[CallOptions]) -> AgentExecutionModel:
        """Not offered by the API: raises UnsupportedOperationError (no request is sent)."""
        return self._client.agent_executions.cancel(self.agent_execution_id)


# ---------------------------------------------------------------------------------------------
# Pipelines


class _PipelineBehaviour(ResourceBase):
    """Pipeline methods, shared by the pipeline with run statistics and the summary."""

    __slots__ = ()
    _client: ModeratelyAI
    pipeline_id: str

    def refresh(self, **options: Unpack[CallOptions]) -> Self:
        """Fetch the pipeline again and update this model in place; answers it.

        A summary (what create and update answer) stays a summary: the run statistics land in
        its `additional_properties`; `client.pipelines.retrieve(id)` answers them typed.
        """
        return _refreshed(self, self._client.pipelines.retrieve(self.pipeline_id))

    def update(
        self, *, name: str | None = None, description: str | None = None, **options: Unpack[CallOptions]
    ) -> PipelineSummaryModel:
        """Rename the pipeline or change its description; sends only what is set."""
        return self._client.pipelines.update(self.pipeline_id, name=name, description=description)

    def delete(self, **options: Unpack[CallOptions]) -> None:
        """Delete the pipeline with its configuration versions and executions."""
        self._client.pipelines.delete(self.pipeline_id)

    def list_configuration_versions(
        self,
        *,
        status: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[PipelineConfigurationVersionModel]:
        """The pipeline's configuration versions (optionally of one `status`), fetched page by page."""
        return self._client.pipeline_configuration_versions.list(
            pipeline_ids=self.pipeline_id, status=status, page=page, page_size=page_size
        )

    def create_configuration_version(
        self, configuration: Mapping[str, Any], *, status: str | None = None, **options: Unpack[CallOptions]
    ) -> PipelineConfigurationVersionModel:
        """A new configuration version of the pipeline.

        ConflictError when `status="current"` and the pipeline already has a current one.
        """
        return self._client.pipeline_configuration_versions.create(
            pipeline_id=self.pipeline_id, configuration=configuration, status=status
        )

    def list_executions(
        self,
        *,
        statuses: Sequence[str] | str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[PipelineExecutionModel]:
        """The pipeline's executions (optionally of the given `statuses`), fetched page by page."""
        return self._client.pipeline_executions.list(
            pipeline_ids=self.pipeline_id, statuses=statuses, page=page, page_size=page_size
        )

    def execute(
        self,
        pipeline_input: Mapping[str, Any],
        *,
        pipeline_input_summary: str | None = None,
        configuration_version_id: str | None = None,
        block: bool = False,
        timeout: float | None = None,
        poll_interval: float | None = None,
        **options: Unpack[RequestExtras],
    ) -> PipelineExecutionModel:
        """Run the pipeline's current configuration version (or the one given); `block=True` waits."""
        version_id = configuration_version_id
        if version_id is None:
            version_id = self._client.pipelines.current_configuration_version_id(self.pipeline_id)
        execution = self._client.pipeline_executions.create(
            pipeline_configuration_version_id=version_id,
            pipeline_input=pipeline_input,
            pipeline_input_summary=pipeline_input_summary,
        )
        if block:
            return execution.wait_for_completion(timeout=timeout, poll_interval=poll_interval)
        return execution


class PipelineModel(_PipelineBehaviour, PipelineWithRunStats):
    """A pipeline with its run statistics (reads and lists), and the pipeline methods."""

    __slots__ = ("_client",)
    _client: ModeratelyAI


class PipelineSummaryModel(_PipelineBehaviour, Pipeline):
    """A pipeline as create and update answer it (no run statistics), with the pipeline methods."""

    __slots__ = ("_client",)
    _client: ModeratelyAI


class PipelineConfigurationVersionModel(PipelineConfigurationVersion, ResourceBase):
    """A configuration version: `clone()`, `update()`, `delete()`, `validate()`, `execute()`."""

    __slots__ = ("_client",)
    _client: ModeratelyAI

    def refresh(self, **options: Unpack[CallOptions]) -> PipelineConfigurationVersionModel:
        """Fetch the configuration version again and update this model in place; answers it."""
        version = self._client.pipeline_configuration_versions.retrieve(self.pipeline_configuration_version_id)
        return _refreshed(self, version)

    def clone(self, **options: Unpack[CallOptions]) -> PipelineConfigurationVersionModel:
        """A copy with a new id, the next version number and status draft."""
        return self._client.pipeline_configuration_versions.clone(self.pipeline_configuration_version_id)

    def update(
        self,
        *,
        configuration: Mapping[str, Any] | None = None,
        status: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PipelineConfigurationVersionModel:
        """Change the configuration (not allowed on the current version) or the status; answers the version."""
        return self._client.pipeline_configuration_versions.update(
            self.pipeline_configuration_version_id, configuration=configuration, status=status
        )

    def delete(self, **options: Unpack[CallOptions]) -> None:
        """Delete this version (BadRequestError for the current one: archive it first)."""
        self._client.pipeline_configuration_versions.delete(self.pipeline_configuration_version_id)

    def execute(
        self,
        pipeline_input: Mapping[str, Any],
        *,
        pipeline_input_summary: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PipelineExecutionModel:
        """Start an execution of this version (status pending); answers it without waiting."""
        return self._client.pipeline_executions.create(
            pipeline_configuration_version_id=self.pipeline_configuration_version_id,
            pipeline_input=pipeline_input,
            pipeline_input_summary=pipeline_input_summary,
        )


class PipelineExecutionModel(PipelineExecution, ResourceBase):
    """A pipeline execution: `wait_for_completion()`, `cancel(reason=...)`, `get_output()`."""

    __slots__ = ("_client",)
    _client: ModeratelyAI

    def is_terminal(self) -> bool:
        """Whether the execution has finished: completed, failed or cancelled (`paused` may resume)."""
        return is_terminal(self.status)

    def refresh(self, **options: Unpack[CallOptions]) -> PipelineExecutionModel:
        """Fetch the execution again and update this model in place; answers it."""
        return _refreshed(self, self._client.pipeline_executions.retrieve(self.pipeline_execution_id))

    def wait_for_completion(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        raise_on_failure: bool = True,
        on_progress: Callable[[PipelineExecutionModel], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> PipelineExecutionModel:
        """Poll until completed (answered), failed or cancelled (OperationFailedError by default);
        this model is updated in place and answered (on an error, with the last state seen)."""
        wait = functools.partial(
            self._client.pipeline_executions.wait_for_completion,
            self.pipeline_execution_id,
            timeout=timeout,
            poll_interval=poll_interval,
            raise_on_failure=raise_on_failure,
            on_progress=on_progress,
        )
        return _waited(self, wait)

    def cancel(self, *, reason: str | None = None, **options: Unpack[CallOptions]) -> PipelineExecutionModel:
        """Cancel a pending, running or paused execution (BadRequestError once it has finished)."""
        return self._client.pipeline_executions.cancel(self.pipeline_execution_id, reason=reason)

    def get_output(self, **options: Unpack[CallOptions]) -> Any:
        """The output, inline or fetched from storage and decoded (see `PipelineExecutions.get_output`)."""
        return self._client.pipeline_executions.get_output(self.pipeline_execution_id)
