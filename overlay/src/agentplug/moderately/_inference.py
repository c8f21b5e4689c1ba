"""CSV schema inference for `create_schema_from_sample`: column names, types and nullability.

Sans-I/O apart from reading the sample: only the header and the first `sample_size` data rows
are read, through `csv.reader` over a text stream, so a multi-GB file costs no more than its
first rows. Each column keeps the set of types every value seen so far fits; the most specific
survivor wins (integer, then float, boolean, datetime; string when nothing else fits).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any, TypeAlias

from agentplug.errors import ConfigurationError

__all__ = [
    "DEFAULT_SAMPLE_SIZE",
    "ColumnGuess",
    "InferredSchema",
    "SampleSource",
    "infer_column_type",
    "infer_csv_schema",
    "infer_from_rows",
]

SampleSource: TypeAlias = str | os.PathLike[str] | bytes | bytearray | IO[bytes] | IO[str]

DEFAULT_SAMPLE_SIZE = 1000
_SNIFF_CHARS = 64 * 1024  # how much text the delimiter sniffer looks at
_DELIMITERS = ",;\t|"
_NULL_TOKENS = frozenset({"", "null", "none", "na", "n/a", "nan", "nil", "-"})
_TRUE_TOKENS = frozenset({"true", "t", "yes", "y"})
_FALSE_TOKENS = frozenset({"false", "f", "no", "n"})

_INTEGER = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?")
_DATE_FORMATS = ("%m/%d/%Y", "%Y/%m/%d", "%d.%m.%Y", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%Y/%m/%d %H:%M:%S")
_DATE_SHAPE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T].*)?")

# Most specific first: the first type a column still fits is the one inferred.
_PRECEDENCE = ("integer", "float", "boolean", "datetime")


def _is_datetime(text: str) -> bool:
    if not _DATE_SHAPE.fullmatch(text):  # cheap rejection before any parsing
        return False
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        datetime.fromisoformat(iso)
        return True
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            datetime.strptime(text, fmt)
            return True
        except ValueError:
            continue
    return False


def _fits(value: str) -> set[str]:
    """The types a non-null cell value fits."""
    lowered = value.lower()
    if _INTEGER.fullmatch(value):
        return {"integer", "float"}
    if _FLOAT.fullmatch(value):
        return {"float"}
    if lowered in _TRUE_TOKENS or lowered in _FALSE_TOKENS:
        return {"boolean"}
    if _is_datetime(value):
        return {"datetime"}
    return set()


def infer_column_type(values: Iterable[str]) -> tuple[str, bool]:
    """(type, nullable) of one column from its raw cell values."""
    guess = ColumnGuess(name="", pos=1)
    for value in values:
        guess.observe(value)
    return guess.type, guess.nullable


@dataclass
class ColumnGuess:
    """What the sampled values of one column allow so far."""

    name: str
    pos: int
    candidates: set[str] = field(default_factory=lambda: set(_PRECEDENCE))
    nullable: bool = False
    seen_values: int = 0

    def observe(self, raw: str | None) -> None:
        value = (raw or "").strip()
        if value.lower() in _NULL_TOKENS:
            self.nullable = True
            return
        self.seen_values += 1
        if self.candidates:
            self.candidates &= _fits(value)

    @property
    def type(self) -> str:
        if self.seen_values == 0:
            return "string"  # nothing but nulls: nothing narrower is justified
        return next((kind for kind in _PRECEDENCE if kind in self.candidates), "string")

    def to_column(self) -> dict[str, Any]:
        return {"pos": self.pos, "name": self.name, "type": self.type, "nullable": self.nullable}


@dataclass(frozen=True)
class InferredSchema:
    """The result of inference: columns in the API's shape, and how the sample was parsed.

    Attributes:
        columns: `{"pos", "name", "type", "nullable"}` dicts, `pos` counting from 1.
        delimiter: the field delimiter used (given, or detected).
        header_row: the 1-based row holding the column names (0: none, names are generated).
        encoding: the text encoding the sample was decoded with.
        rows_sampled: how many data rows were examined.
    """

    columns: list[dict[str, Any]]
    delimiter: str
    header_row: int
    encoding: str
    rows_sampled: int

    def parsing_options(self) -> dict[str, Any]:
        """The `parsingOptions` object matching how the sample was read."""
        from ._schema import parsing_options_payload

        return parsing_options_payload(delimiter=self.delimiter, header_row=self.header_row, encoding=self.encoding)


def _unique_names(raw: list[str], width: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for index in range(width):
        base = (raw[index] if index < len(raw) else "").strip().strip('"').strip() or f"column_{index + 1}"
        name, suffix = base, 2
        while name in seen:
            name, suffix = f"{base}_{suffix}", suffix + 1
        seen.add(name)
        names.append(name)
    return names


def infer_from_rows(
    rows: Iterator[list[str]], *, header_row: int = 1, sample_size: int = DEFAULT_SAMPLE_SIZE
) -> tuple[list[dict[str, Any]], int]:
    """(columns, data rows examined) from parsed CSV rows; reads at most header + `sample_size` rows."""
    if header_row < 0 or sample_size < 1:
        raise ConfigurationError(
            f"Invalid sample: header_row must be >= 0 and sample_size >= 1, got {header_row}, {sample_size}"
        )
    header: list[str] = []
    for _ in range(header_row):  # rows before the header are skipped; the last one read is the header
        header = next(rows, [])
    data: list[list[str]] = []
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue  # blank lines carry no evidence
        data.append(row)
        if len(data) >= sample_size:
            break
    width = max([len(header), *(len(row) for row in data)], default=0)
    if width == 0:
        raise ConfigurationError("The sample has no columns: it is empty or holds no CSV data")
    guesses = [ColumnGuess(name=name, pos=pos) for pos, name in enumerate(_unique_names(header, width), start=1)]
    for row in data:
        for index, guess in enumerate(guesses):
            guess.observe(row[index] if index < len(row) else None)  # a short row: a missing (null) cell
    return [guess.to_column() for guess in guesses], len(data)


def _detect_delimiter(head: str) -> str:
    try:
        return csv.Sniffer().sniff(head, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","


def _open_text(source: SampleSource, encoding: str) -> tuple[IO[str], bool]:
    """A text stream over the source, and whether it is ours to close."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if str(path).lower().endswith((".xlsx", ".xls")):
            raise ConfigurationError("Schema inference reads CSV samples; export the spreadsheet to CSV first")
        try:
            return open(path, encoding=encoding, newline=""), True
        except ValueError:
            raise ConfigurationError("Invalid sample path") from None
    if isinstance(source, (bytes, bytearray)):
        return io.TextIOWrapper(io.BytesIO(bytes(source)), encoding=encoding, newline=""), True
    read = getattr(source, "read", None)
    if callable(read):
        try:
            empty = read(0)  # consumes nothing; tells a text stream from a binary one
        except (OSError, ValueError) as exc:
            raise ConfigurationError(f"The sample file object cannot be read ({type(exc).__name__})") from None
        if isinstance(empty, str):
            return source, False  # type: ignore[return-value]
        binary: IO[bytes] = source  # type: ignore[assignment]
        return io.TextIOWrapper(binary, encoding=encoding, newline=""), False
    raise ConfigurationError(f"Unsupported sample {type(source).__name__}: pass a path, bytes or a file object")


def infer_csv_schema(
    source: SampleSource,
    *,
    delimiter: str | None = None,
    header_row: int = 1,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    encoding: str = "utf-8-sig",
) -> InferredSchema:
    """Infer column names, types and nullability from the start of a CSV sample.

    Args:
        source: a path, bytes, or a file object (binary or text), read from its current position.
        delimiter: the field delimiter; detected from the first 64 KiB when None.
        header_row: the 1-based row holding the names (rows before it are skipped); 0 when the
            sample has no header (columns are then named column_1, column_2...).
        sample_size: how many data rows to examine at most.
        encoding: the text encoding ("utf-8-sig" also reads plain UTF-8, and drops a BOM).

    Raises:
        ConfigurationError: an unsupported source, undecodable or malformed text, no columns.
        OSError: a path that cannot be read.
    """
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ConfigurationError(f"Unknown encoding {encoding!r}") from None
    if delimiter is not None and len(delimiter) != 1:
        raise ConfigurationError(f"A CSV delimiter is one character, got {delimiter!r}")
    stream, owned = _open_text(source, encoding)
    try:
        head = stream.read(_SNIFF_CHARS)
        used = delimiter or _detect_delimiter(head)
        # The sniffed head, then the rest of the stream: nothing is read twice or held whole.
        text = _chain(head, stream)
        columns, sampled = infer_from_rows(
            csv.reader(text, delimiter=used), header_row=header_row, sample_size=sample_size
        )
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"The sample is not valid {encoding} text (byte {exc.start})") from None
    except csv.Error as exc:
        raise ConfigurationError(f"The sample is not readable CSV: {exc}") from None
    finally:
        if owned:
            stream.close()
        elif stream is not source and isinstance(stream, io.TextIOWrapper):
            stream.detach()  # leave the caller's binary file open
    return InferredSchema(
        columns=columns,
        delimiter=used,
        header_row=header_row,
        encoding="utf-8" if encoding == "utf-8-sig" else encoding,
        rows_sampled=sampled,
    )


def _chain(head: str, rest: IO[str]) -> Iterator[str]:
    """Lines of `head` followed by the rest of the stream, read line by line."""
    buffered = io.StringIO(head, newline="")
    pending = ""
    for line in buffered:
        if line.endswith(("\n", "\r")):
            yield line
        else:
            pending = line  # the head was cut mid-line: complete it from the stream
    first = rest.readline()
    if pending or first:
        yield pending + first
    yield from rest
