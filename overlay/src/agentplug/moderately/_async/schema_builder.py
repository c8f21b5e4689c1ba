"""The fluent schema builder: `dataset.schema_builder().add_column(...).with_parsing(...).as_current().create()`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._schema import SchemaDraft

if TYPE_CHECKING:
    from agentplug_moderately_client.models import DatasetSchemaVersion

    from .client import AsyncModeratelyAI

__all__ = ["AsyncSchemaBuilder"]


class AsyncSchemaBuilder:
    """Collects columns and parsing options, then creates one schema version of a dataset.

    Each method checks its arguments at once (ConfigurationError), so a mistake shows where it
    is written, not at `create()`.
    """

    def __init__(self, client: AsyncModeratelyAI, dataset_id: str) -> None:
        self._client = client
        self.dataset_id = dataset_id
        self.draft = SchemaDraft()

    def add_column(
        self,
        name: str,
        column_type: object,
        *,
        required: bool = True,
        description: str | None = None,
        operations: Sequence[Mapping[str, Any]] | None = None,
        **extra: Any,
    ) -> AsyncSchemaBuilder:
        """Append a column (`column_type`: "int", "string", float, ...; `extra`: e.g. source, transformExpr)."""
        self.draft.add_column(
            name, column_type, required=required, description=description, operations=operations, **extra
        )
        return self

    def with_parsing(
        self,
        *,
        skip_rows: int | Sequence[int] | None = None,
        header_row: int | None = None,
        delimiter: str | None = None,
        encoding: str | None = None,
    ) -> AsyncSchemaBuilder:
        """Set parsing options; repeated calls merge."""
        self.draft.with_parsing(skip_rows=skip_rows, header_row=header_row, delimiter=delimiter, encoding=encoding)
        return self

    def as_current(self) -> AsyncSchemaBuilder:
        """Create the version with status `current` (it becomes the dataset's schema); answers the builder."""

        self.draft.status = "current"
        return self

    def as_draft(self) -> AsyncSchemaBuilder:
        """Create the version with status `draft` (the default); answers the builder."""

        self.draft.status = "draft"
        return self

    def to_request(self) -> dict[str, Any]:
        """The request body `create()` sends (ConfigurationError when there are no columns)."""
        return self.draft.request(self.dataset_id)

    async def create(self) -> DatasetSchemaVersion:
        """Create the schema version."""
        return await self._client.dataset_schema_versions.create_from_request(self.to_request())

    def __repr__(self) -> str:
        columns, status = len(self.draft.columns), self.draft.status
        return f"<{type(self).__name__} dataset={self.dataset_id!r} columns={columns} status={status!r}>"
