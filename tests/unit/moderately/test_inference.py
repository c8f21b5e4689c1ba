"""CSV schema inference: types, nullability, headers, delimiters, and reading only the sample."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from agentplug.errors import ConfigurationError
from agentplug.moderately._inference import infer_column_type, infer_csv_schema

SAMPLE = (
    "id,price,active,signed_up,email,score\n"
    "1,9.99,true,2024-01-05,a@example.com,\n"
    "2,10,false,2024-02-10T08:30:00Z,b@example.com,3\n"
    "3,0.5,yes,2024-03-01 12:00:00,,4\n"
)


def columns_by_name(schema: object) -> dict[str, dict[str, object]]:
    return {column["name"]: column for column in schema.columns}  # type: ignore[attr-defined]


def test_infers_every_type_and_nullability() -> None:
    schema = infer_csv_schema(SAMPLE.encode())
    columns = columns_by_name(schema)
    assert [c["pos"] for c in schema.columns] == [1, 2, 3, 4, 5, 6]
    assert columns["id"] == {"pos": 1, "name": "id", "type": "integer", "nullable": False}
    assert columns["price"]["type"] == "float"
    assert columns["active"]["type"] == "boolean"
    assert columns["signed_up"]["type"] == "datetime"
    assert columns["email"] == {"pos": 5, "name": "email", "type": "string", "nullable": True}
    assert columns["score"] == {"pos": 6, "name": "score", "type": "integer", "nullable": True}
    assert schema.rows_sampled == 3
    assert schema.parsing_options() == {"delimiter": ",", "headerRow": 1, "encoding": "utf-8"}


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1", "-2", "+3"], ("integer", False)),
        (["1", "2.5"], ("float", False)),
        (["1e3", ".5"], ("float", False)),
        (["TRUE", "no", "Y"], ("boolean", False)),
        (["0", "1"], ("integer", False)),
        (["2024-01-01", "01/31/2024"], ("datetime", False)),
        (["2024-01-01", "hello"], ("string", False)),
        (["", "NULL", "n/a"], ("string", True)),
        (["12", "", "7"], ("integer", True)),
        (["2024-13-45"], ("string", False)),
        (["1.2.3"], ("string", False)),
    ],
)
def test_column_types(values: list[str], expected: tuple[str, bool]) -> None:
    assert infer_column_type(values) == expected


def test_quoted_fields_semicolons_and_bom_are_handled() -> None:
    data = '\ufeffname;amount;note\n"Smith; John";"1,5";"said ""hi"""\nDoe;2;x\n'.encode()
    schema = infer_csv_schema(data)
    assert schema.delimiter == ";"
    assert [c["name"] for c in schema.columns] == ["name", "amount", "note"]
    assert columns_by_name(schema)["amount"]["type"] == "string"  # "1,5" is not a float here


def test_explicit_delimiter_and_header_row() -> None:
    data = b"# exported by tool\nid|n\n1|2\n"
    schema = infer_csv_schema(data, delimiter="|", header_row=2)
    assert [c["name"] for c in schema.columns] == ["id", "n"]
    assert all(c["type"] == "integer" for c in schema.columns)


def test_no_header_names_columns_and_duplicate_names_are_made_unique() -> None:
    assert [c["name"] for c in infer_csv_schema(b"1,2\n3,4\n", header_row=0).columns] == ["column_1", "column_2"]
    assert [c["name"] for c in infer_csv_schema(b"a,a,,a\n1,2,3,4\n").columns] == ["a", "a_2", "column_3", "a_3"]


def test_short_rows_make_columns_nullable_and_extra_cells_add_columns() -> None:
    schema = infer_csv_schema(b"a,b\n1\n2,3,4\n")
    assert [(c["name"], c["nullable"]) for c in schema.columns] == [("a", False), ("b", True), ("column_3", True)]


def test_only_the_sample_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w") as out:
        out.write("n\n")
        for i in range(5000):
            out.write(f"{i}\n")
        out.write("not a number\n")  # beyond the sample: must not change the type
    assert infer_csv_schema(path, sample_size=100).columns[0]["type"] == "integer"
    assert infer_csv_schema(path, sample_size=10_000).columns[0]["type"] == "string"


def test_file_objects_binary_and_text_are_left_open() -> None:
    binary = io.BytesIO(SAMPLE.encode())
    assert len(infer_csv_schema(binary).columns) == 6
    assert not binary.closed
    text = io.StringIO(SAMPLE)
    assert len(infer_csv_schema(text).columns) == 6
    assert not text.closed


def test_header_cut_by_the_sniffing_window_is_rejoined() -> None:
    long_name = "x" * (70 * 1024)
    schema = infer_csv_schema(f"{long_name},b\n1,2\n".encode(), delimiter=",")
    assert [c["name"] for c in schema.columns] == [long_name, "b"]


@pytest.mark.parametrize(
    ("source", "kwargs", "message"),
    [
        (b"", {}, "no columns"),
        (b"\xff\xfe\x00bad", {}, "not valid"),
        (b"a\n1\n", {"encoding": "no-such-codec"}, "Unknown encoding"),
        (b"a\n1\n", {"delimiter": ";;"}, "one character"),
        (b"a\n1\n", {"sample_size": 0}, "sample_size"),
        (12, {}, "Unsupported sample"),
        ("report.xlsx", {}, "CSV"),
    ],
)
def test_bad_input_raises_configuration_error(source: object, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        infer_csv_schema(source, **kwargs)  # type: ignore[arg-type]
