"""Dataset schema payloads (sans-I/O): column specs, parsing options, and the fluent builder's state.

Users describe columns the friendly way (`{"name": "id", "type": "int", "required": True}`); the
API wants `{"pos", "name", "type", "nullable", ...}` with canonical type names. Keys the API knows
besides those (description, source, transformExpr, operations) and any other key are kept, so
nothing a caller writes is silently dropped; `pos` is always the column's 1-based position.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from agentplug.errors import ConfigurationError

__all__ = [
    "COLUMN_TYPES",
    "ColumnSpec",
    "SchemaDraft",
    "SchemaStatus",
    "canonical_type",
    "column_payload",
    "columns_payload",
    "parsing_options_payload",
]

SchemaStatus: TypeAlias = Literal["draft", "current", "archived"]
ColumnSpec: TypeAlias = Mapping[str, Any]

COLUMN_TYPES = ("string", "integer", "float", "boolean", "datetime")

_TYPE_ALIASES = {
    "str": "string",
    "string": "string",
    "text": "string",
    "int": "integer",
    "integer": "integer",
    "float": "float",
    "double": "float",
    "number": "float",
    "decimal": "float",
    "bool": "boolean",
    "boolean": "boolean",
    "datetime": "datetime",
    "date": "datetime",
    "timestamp": "datetime",
}

# Friendly spellings accepted in column specs, sent under the API's names.
_KEY_ALIASES = {"transform_expr": "transformExpr"}
_STATUSES = ("draft", "current", "archived")


def canonical_type(column_type: object) -> str:
    """The API's name for a column type (int → integer, str → string...); unknown names pass through.

    Python types are accepted too (`int`, `float`, `bool`, `str`, `datetime.datetime`, `datetime.date`).
    """
    if isinstance(column_type, type):
        column_type = column_type.__name__
    if not isinstance(column_type, str) or not column_type.strip():
        raise ConfigurationError(f"A column type is a non-empty string, got {column_type!r}")
    name = column_type.strip()
    return _TYPE_ALIASES.get(name.lower(), name)


def column_payload(spec: ColumnSpec, pos: int) -> dict[str, Any]:
    """One column in the API's shape, from a friendly spec (`name`, `type`, `required`/`nullable`, ...)."""
    if not isinstance(spec, Mapping):
        raise ConfigurationError(f"Column {pos}: a column spec is a mapping, got {type(spec).__name__}")
    name = spec.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigurationError(f"Column {pos}: 'name' is required (a non-empty string)")
    if "type" not in spec:
        raise ConfigurationError(f"Column {pos} ({name!r}): 'type' is required")
    flag_name = "nullable" if "nullable" in spec else "required"
    flag = spec.get(flag_name, flag_name == "required")  # columns are required unless said otherwise
    if not isinstance(flag, bool):
        raise ConfigurationError(f"Column {pos} ({name!r}): '{flag_name}' must be a bool")
    nullable = flag if flag_name == "nullable" else not flag
    column: dict[str, Any] = {"pos": pos, "name": name, "type": canonical_type(spec["type"]), "nullable": nullable}
    for key, value in spec.items():
        if key in ("pos", "name", "type", "nullable", "required"):
            continue
        if value is None and key in ("description", "operations", "source", "transformExpr", "transform_expr"):
            continue
        column[_KEY_ALIASES.get(key, key)] = value
    return column


def columns_payload(specs: Iterable[ColumnSpec]) -> list[dict[str, Any]]:
    """Every column in the API's shape, numbered from 1; raises ConfigurationError on duplicates or none."""
    if isinstance(specs, (str, bytes)) or not isinstance(specs, Iterable):
        raise ConfigurationError("columns must be a list of column specs")
    columns = [column_payload(spec, pos) for pos, spec in enumerate(specs, start=1)]
    if not columns:
        raise ConfigurationError("A schema needs at least one column")
    names = [column["name"] for column in columns]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ConfigurationError(f"Duplicate column names: {', '.join(duplicates)}")
    return columns


def parsing_options_payload(
    *,
    skip_rows: int | Sequence[int] | None = None,
    header_row: int | None = None,
    delimiter: str | None = None,
    encoding: str | None = None,
) -> dict[str, Any]:
    """The API's `parsingOptions` object (laid out by the generated model), with only the options given."""
    from agentplug_moderately_client.models import ParsingOptions

    from agentplug._core._operations import given

    rows: int | list[int] | None = None
    if skip_rows is not None:
        listed = [skip_rows] if isinstance(skip_rows, int) else list(skip_rows)
        if any(not isinstance(row, int) or isinstance(row, bool) or row < 0 for row in listed):
            raise ConfigurationError("skip_rows takes row numbers >= 0")
        rows = skip_rows if isinstance(skip_rows, int) else listed
    if header_row is not None and (not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 0):
        raise ConfigurationError(f"header_row must be an integer >= 0, got {header_row!r}")
    if delimiter is not None and (not isinstance(delimiter, str) or not delimiter):
        raise ConfigurationError("delimiter must be a non-empty string")
    if encoding is not None and (not isinstance(encoding, str) or not encoding):
        raise ConfigurationError("encoding must be a non-empty string")
    options = given(ParsingOptions, skip_rows=rows, header_row=header_row, delimiter=delimiter, encoding=encoding)
    return options.to_dict()


def check_status(status: str) -> SchemaStatus:
    if status not in _STATUSES:
        raise ConfigurationError(f"status must be one of {', '.join(_STATUSES)}, got {status!r}")
    return status  # type: ignore[return-value]


def schema_request(
    dataset_id: str,
    columns: list[dict[str, Any]],
    status: str,
    parsing_options: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The body of `POST /dataset-schema-versions`, laid out by the generated request model."""
    from agentplug_moderately_client.models import DatasetSchemaVersionCreate

    from agentplug._core._operations import given

    model = given(
        DatasetSchemaVersionCreate,
        dataset_id=dataset_id,
        columns=columns,
        status=check_status(status),
        parsing_options=dict(parsing_options) if parsing_options else None,
    )
    return model.to_dict()


@dataclass
class SchemaDraft:
    """What a schema builder has collected: columns, parsing options and the status to create with."""

    columns: list[dict[str, Any]] = field(default_factory=list)
    parsing_options: dict[str, Any] = field(default_factory=dict)
    status: SchemaStatus = "draft"

    def add_column(
        self,
        name: str,
        column_type: object,
        *,
        required: bool = True,
        description: str | None = None,
        operations: Sequence[Mapping[str, Any]] | None = None,
        **extra: Any,
    ) -> None:
        spec: dict[str, Any] = {**extra, "name": name, "type": column_type, "required": required}
        if description is not None:
            spec["description"] = description
        if operations is not None:
            spec["operations"] = [dict(operation) for operation in operations]
        column = column_payload(spec, len(self.columns) + 1)
        if any(existing["name"] == column["name"] for existing in self.columns):
            raise ConfigurationError(f"Duplicate column name {name!r}")
        self.columns.append(column)

    def with_parsing(
        self,
        *,
        skip_rows: int | Sequence[int] | None = None,
        header_row: int | None = None,
        delimiter: str | None = None,
        encoding: str | None = None,
    ) -> None:
        self.parsing_options.update(
            parsing_options_payload(skip_rows=skip_rows, header_row=header_row, delimiter=delimiter, encoding=encoding)
        )

    def request(self, dataset_id: str) -> dict[str, Any]:
        if not self.columns:
            raise ConfigurationError("The schema has no columns: call add_column() before create()")
        return schema_request(dataset_id, [dict(column) for column in self.columns], self.status, self.parsing_options)
