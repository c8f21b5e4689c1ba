"""Dataset processing without I/O: read a CSV file row by row, count rows, apply the schema."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["ProcessingResult", "decode_lines", "process_rows", "read_csv"]

_MAX_ERRORS = 10
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%Y/%m/%d", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %H:%M")


@dataclass
class ProcessingResult:
    row_count: int = 0
    columns: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def succeeded(self) -> bool:
        return not self.errors

    def fail(self, message: str) -> None:
        if len(self.errors) < _MAX_ERRORS:
            self.errors.append(message)


def read_csv(lines: Iterable[str], delimiter: str = ",") -> Iterator[list[str]]:
    return csv.reader(lines, delimiter=delimiter or ",")


def _converts(value: str, kind: str) -> bool:
    if kind == "integer":
        try:
            int(value)
        except ValueError:
            return False
        return True
    if kind == "float":
        try:
            float(value)
        except ValueError:
            return False
        return True
    if kind == "boolean":
        return value.lower() in _TRUE | _FALSE
    if kind == "datetime":
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return True
        for fmt in _DATE_FORMATS:
            try:
                datetime.strptime(value, fmt)
            except ValueError:
                continue
            return True
        return False
    return True


def _strips(column: dict[str, Any]) -> bool:
    return any(isinstance(op, dict) and op.get("type") == "strip_whitespace" for op in column.get("operations") or [])


def _skipped(parsing: dict[str, Any]) -> tuple[int, set[int]]:
    skip = parsing.get("skipRows")
    if isinstance(skip, int):
        return skip, set()
    if isinstance(skip, list):
        return 0, {row for row in skip if isinstance(row, int)}
    return 0, set()


def process_rows(
    rows: Iterable[list[str]], columns: list[dict[str, Any]] | None, parsing: dict[str, Any]
) -> ProcessingResult:
    """Count data rows and check every cell against its column (type, nullability).

    ``skipRows`` drops a number of leading rows or the listed 0-based rows; ``headerRow`` is the
    1-based row (after skipping) holding the column names, 0 for a file without header (columns
    are then matched by position).
    """
    result = ProcessingResult()
    skip_count, skip_set = _skipped(parsing)
    header_row = parsing.get("headerRow", 1)
    header_row = header_row if isinstance(header_row, int) else 1
    header: list[str] | None = None
    positions: list[tuple[dict[str, Any], int]] = []
    kept = 0
    for index, row in enumerate(rows):
        if index < skip_count or index in skip_set:
            continue
        kept += 1
        if header_row and kept < header_row:
            continue
        if header_row and kept == header_row:
            header = [name.strip() for name in row]
            result.columns = header
            positions = _locate(columns, header, result)
            if not result.succeeded:
                return result
            continue
        if header is None and not positions and columns:
            positions = [(column, i) for i, column in enumerate(columns)]
            result.columns = [str(column.get("name")) for column in columns]
        if not any(cell.strip() for cell in row):
            continue
        result.row_count += 1
        for column, position in positions:
            _check_cell(column, row[position] if position < len(row) else "", result.row_count, result)
    return result


def _locate(
    columns: list[dict[str, Any]] | None, header: list[str], result: ProcessingResult
) -> list[tuple[dict[str, Any], int]]:
    found: list[tuple[dict[str, Any], int]] = []
    for column in columns or []:
        wanted = str(column.get("source") or column.get("name") or "")
        if wanted not in header:
            result.fail(f"column {wanted!r} is not in the file")
            continue
        found.append((column, header.index(wanted)))
    return found


def _check_cell(column: dict[str, Any], raw: str, row_number: int, result: ProcessingResult) -> None:
    value = raw.strip() if _strips(column) or raw.strip() == "" else raw
    name = column.get("name")
    if value == "":
        if not column.get("nullable", True):
            result.fail(f"row {row_number}: {name!r} is empty but not nullable")
        return
    kind = str(column.get("type", "string"))
    if not _converts(value.strip(), kind):
        result.fail(f"row {row_number}: {name!r} value {value!r} is not a valid {kind}")


def decode_lines(chunks: Iterable[bytes], encoding: str) -> Iterator[str]:
    """Text lines from byte chunks, decoded incrementally (a BOM is dropped)."""
    decoder = codecs.getincrementaldecoder("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)()
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk)
        *lines, pending = pending.split("\n")
        for line in lines:
            yield line + "\n"
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending
