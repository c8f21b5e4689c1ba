"""Schema payloads: friendly column specs to the API's shape, and the builder's draft."""

from __future__ import annotations

import datetime

import pytest
from agentplug.errors import ConfigurationError
from agentplug.moderately._schema import (
    SchemaDraft,
    canonical_type,
    columns_payload,
    parsing_options_payload,
    schema_request,
)


def test_columns_are_numbered_typed_and_keep_extra_keys() -> None:
    columns = columns_payload(
        [
            {"name": "user_id", "type": "int", "required": True},
            {"name": "email", "type": str, "required": False, "description": "contact"},
            {"name": "signup", "type": datetime.date, "operations": [{"type": "strip_whitespace"}]},
            {"name": "amt", "type": "double", "nullable": True, "source": "AMT", "transform_expr": "x*2"},
        ]
    )
    assert columns == [
        {"pos": 1, "name": "user_id", "type": "integer", "nullable": False},
        {"pos": 2, "name": "email", "type": "string", "nullable": True, "description": "contact"},
        {
            "pos": 3,
            "name": "signup",
            "type": "datetime",
            "nullable": False,
            "operations": [{"type": "strip_whitespace"}],
        },
        {"pos": 4, "name": "amt", "type": "float", "nullable": True, "source": "AMT", "transformExpr": "x*2"},
    ]


def test_unknown_types_pass_through_and_bool_maps() -> None:
    assert canonical_type(bool) == "boolean"
    assert canonical_type("geo_point") == "geo_point"


@pytest.mark.parametrize(
    ("specs", "message"),
    [
        ([], "at least one column"),
        ([{"type": "int"}], "'name' is required"),
        ([{"name": "a"}], "'type' is required"),
        ([{"name": "a", "type": ""}], "non-empty"),
        ([{"name": "a", "type": "int", "required": "yes"}], "must be a bool"),
        ([{"name": "a", "type": "int"}, {"name": "a", "type": "str"}], "Duplicate"),
        (["a"], "mapping"),
        ("abc", "list"),
    ],
)
def test_bad_specs_raise(specs: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        columns_payload(specs)  # type: ignore[arg-type]


def test_parsing_options_only_carry_what_is_given() -> None:
    assert parsing_options_payload() == {}
    assert parsing_options_payload(skip_rows=[0, 2], header_row=1, delimiter=";", encoding="latin-1") == {
        "skipRows": [0, 2],
        "headerRow": 1,
        "delimiter": ";",
        "encoding": "latin-1",
    }
    assert parsing_options_payload(skip_rows=3) == {"skipRows": 3}
    with pytest.raises(ConfigurationError):
        parsing_options_payload(header_row=-1)
    with pytest.raises(ConfigurationError):
        parsing_options_payload(skip_rows=[-1])


def test_draft_builds_the_request_like_the_fluent_api() -> None:
    draft = SchemaDraft()
    draft.add_column("id", "int", required=True, description="pk")
    draft.add_column("email", "string", required=False)
    draft.add_column("amt", "float", source="AMT", operations=[{"type": "strip_whitespace"}])
    draft.with_parsing(skip_rows=[0], header_row=1)
    draft.with_parsing(delimiter=",", encoding="utf-8")  # merged with the first call
    draft.status = "current"
    assert draft.request("d1") == {
        "datasetId": "d1",
        "columns": [
            {"pos": 1, "name": "id", "type": "integer", "nullable": False, "description": "pk"},
            {"pos": 2, "name": "email", "type": "string", "nullable": True},
            {
                "pos": 3,
                "name": "amt",
                "type": "float",
                "nullable": False,
                "source": "AMT",
                "operations": [{"type": "strip_whitespace"}],
            },
        ],
        "status": "current",
        "parsingOptions": {"skipRows": [0], "headerRow": 1, "delimiter": ",", "encoding": "utf-8"},
    }


def test_draft_without_columns_or_with_duplicates_fails() -> None:
    draft = SchemaDraft()
    with pytest.raises(ConfigurationError, match="no columns"):
        draft.request("d1")
    draft.add_column("a", "int")
    with pytest.raises(ConfigurationError, match="Duplicate"):
        draft.add_column("a", "str")


def test_schema_request_checks_status_and_omits_empty_parsing() -> None:
    columns = columns_payload([{"name": "a", "type": "int"}])
    assert schema_request("d", columns, "draft", {}) == {"datasetId": "d", "columns": columns, "status": "draft"}
    with pytest.raises(ConfigurationError, match="status"):
        schema_request("d", columns, "live", None)
