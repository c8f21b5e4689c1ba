"""File kinds from MIME types and names; pipeline output locations and stored-output decoding."""

from __future__ import annotations

import gzip
import json
import zlib

import pytest
from agentplug.errors import ResponseValidationError
from agentplug.moderately import _mime
from agentplug.moderately._output import (
    InlineOutput,
    StoredOutput,
    decode_stored_output,
    decompress,
    read_output_location,
)


@pytest.mark.parametrize(
    ("mime", "name", "kinds"),
    [
        ("text/csv", "data.bin", {"csv", "spreadsheet", "text"}),
        ("application/octet-stream", "DATA.CSV", {"csv", "spreadsheet", "text"}),
        ("Text/CSV; charset=utf-8", None, {"csv", "spreadsheet", "text"}),
        ("image/png", "x", {"image"}),
        ("application/octet-stream", "photo.JPeG", {"image"}),
        ("application/pdf", "r", {"document"}),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "s.xlsx", {"spreadsheet"}),
        ("application/zip", "a.zip", set()),
    ],
)
def test_file_kinds(mime: str, name: str | None, kinds: set[str]) -> None:
    found = {
        kind for kind in ("csv", "image", "document", "spreadsheet", "text") if getattr(_mime, f"is_{kind}")(mime, name)
    }
    assert found == kinds


@pytest.mark.parametrize(
    ("name", "extension"),
    [("report.PDF", "pdf"), ("archive.tar.gz", "gz"), (".bashrc", ""), ("noext", ""), (None, ""), ("dir.v2/file", "")],
)
def test_extension(name: str | None, extension: str) -> None:
    assert _mime.extension_of(name) == extension


def test_output_locations() -> None:
    assert read_output_location({"type": "inline", "data": {"a": 1}, "summary": "ok"}) == InlineOutput({"a": 1}, "ok")
    stored = read_output_location(
        {
            "type": "s3",
            "downloadUrl": "https://storage/x",
            "expiresAt": None,
            "metadata": {"fileSizeBytes": 10, "compressionType": "gzip", "fileType": "json", "outputSummary": None},
        }
    )
    assert stored == StoredOutput("https://storage/x", "gzip", "json", 10, None)
    for bad in ([], {"type": "ftp"}, {"type": "s3", "metadata": "x"}):
        with pytest.raises(ResponseValidationError):
            read_output_location(bad)


def test_decoding_json_csv_and_binary() -> None:
    payload = {"results": [1, 2, 3]}
    assert decode_stored_output(gzip.compress(json.dumps(payload).encode()), "gzip", "json") == payload
    assert decode_stored_output(json.dumps(payload).encode(), None, "json") == payload
    assert decode_stored_output(b"a,b\n1,2\n", "none", "csv") == [{"a": "1", "b": "2"}]
    assert decode_stored_output(b"\x00\x01", "none", "parquet") == b"\x00\x01"


def test_corrupt_truncated_and_oversized_outputs_are_refused() -> None:
    data = gzip.compress(b"x" * 100_000)
    with pytest.raises(ResponseValidationError, match="corrupt"):
        decompress(b"not gzip at all", "gzip")
    with pytest.raises(ResponseValidationError, match="truncated"):
        decompress(data[: len(data) // 2], "gzip")
    with pytest.raises(ResponseValidationError, match="more than"):
        decompress(zlib.compress(b"\0" * 5_000_000)[:0] + gzip.compress(b"\0" * 5_000_000), "gzip", max_size=1_000_000)
    with pytest.raises(ResponseValidationError, match="unknown compression"):
        decompress(b"x", "zip")
    with pytest.raises(ResponseValidationError, match="cannot be decoded"):
        decode_stored_output(b"{nope", None, "json")
