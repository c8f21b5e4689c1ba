"""Datasets: schema versions, data versions through presigned storage, processing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2

from .conftest import TEAM, wait_for
from .spec import Caller

CSV = b"id,name,score,active,joined\n1,Ada,9.5,true,2024-01-02\n2, Bob ,7,false,2024-02-03\n3,,8.25,yes,03/04/2024\n"
COLUMNS = [
    {"name": "id", "type": "integer", "nullable": False},
    {"name": "name", "type": "string", "nullable": True, "operations": [{"type": "strip_whitespace"}]},
    {"name": "score", "type": "float", "nullable": False},
    {"name": "active", "type": "boolean", "nullable": False},
    {"name": "joined", "type": "datetime", "nullable": False},
]


def make_dataset(api: Caller, unique: Callable[[str], str]) -> dict[str, Any]:
    dataset: dict[str, Any] = api.call("create_dataset", json={"teamId": TEAM, "name": unique("ds")}, expect=201)
    return dataset


def upload(api: Caller, dataset_id: str, data: bytes, **extra: Any) -> dict[str, Any]:
    body = {"datasetId": dataset_id, "fileType": "csv", "fileName": "data.csv", **extra}
    ticket = api.call("create_dataset_data_version", json=body, expect=201)
    assert httpx2.put(ticket["uploadUrl"], content=data, headers={"Content-Type": "text/csv"}).status_code == 200
    path = {"dataVersionId": ticket["dataVersion"]["datasetDataVersionId"]}
    version: dict[str, Any] = api.call("complete_dataset_data_version", path=path, json={})
    return version


def process(api: Caller, dataset_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    started = api.call("update_dataset", path={"datasetId": dataset_id}, json={"shouldProcess": True})
    assert started["processingStatus"] == "in_progress"
    done = wait_for(
        lambda: api.call("get_dataset", path={"datasetId": dataset_id}),
        lambda d: d["processingStatus"] in ("completed", "failed"),
    )
    history = api.call("list_entity_audit_logs", path={"entityType": "dataset", "entityId": dataset_id})
    return done, history["items"][-1]["changes"]


def test_dataset_crud(api: Caller, unique: Callable[[str], str]) -> None:
    dataset = make_dataset(api, unique)
    assert dataset["processingStatus"] is None and dataset["currentDataVersionId"] is None
    api.call("create_dataset", json={"teamId": TEAM, "name": dataset["name"]}, expect=409)
    path = {"datasetId": dataset["datasetId"]}
    assert api.call("update_dataset", path=path, json={"description": "about"})["description"] == "about"
    listed = api.call("list_datasets", params={"name": dataset["name"]})
    assert listed["items"] == [{k: v for k, v in api.call("get_dataset", path=path).items() if k in listed["items"][0]}]
    assert "processingStatus" not in listed["items"][0]
    api.call("update_dataset", path=path, json={"shouldProcess": True}, expect=400)  # nothing to process yet
    assert api.call("delete_dataset", path=path) == {"success": True, "message": "The dataset was deleted"}
    api.call("get_dataset", path=path, expect=404)


def test_schema_versions_keep_one_current(api: Caller, unique: Callable[[str], str]) -> None:
    dataset = make_dataset(api, unique)
    first = api.call(
        "create_dataset_schema_version",
        json={"datasetId": dataset["datasetId"], "columns": COLUMNS, "status": "current"},
        expect=201,
    )
    assert [c["pos"] for c in first["columnsJson"]] == [1, 2, 3, 4, 5]
    assert first["columnsJson"][1]["operations"] == [{"type": "strip_whitespace"}]
    second = api.call(
        "create_dataset_schema_version",
        json={
            "datasetId": dataset["datasetId"],
            "columns": COLUMNS[:1],
            "status": "current",
            "parsingOptions": {"delimiter": ";", "skipRows": [0]},
        },
        expect=201,
    )
    assert second["versionNo"] == 2 and second["parsingOptions"]["skipRows"] == [0]
    path = {"datasetSchemaVersionId": first["datasetSchemaVersionId"]}
    assert api.call("get_dataset_schema_version", path=path)["status"] == "archived"
    current = api.call("list_dataset_schema_versions", params={"datasetIds": dataset["datasetId"], "status": "current"})
    assert [v["versionNo"] for v in current["items"]] == [2]
    reactivated = api.call("update_dataset_schema_version", path=path, json={"status": "current"})
    assert reactivated["status"] == "current"
    got = api.call("get_dataset", path={"datasetId": dataset["datasetId"]})
    assert got["currentSchemaVersionId"] == first["datasetSchemaVersionId"]
    api.call("create_dataset_schema_version", json={"datasetId": "missing", "columns": []}, expect=404)


def test_data_upload_processing_counts_rows_and_applies_the_schema(api: Caller, unique: Callable[[str], str]) -> None:
    dataset = make_dataset(api, unique)
    schema = {"datasetId": dataset["datasetId"], "columns": COLUMNS, "status": "current"}
    schema_version = api.call("create_dataset_schema_version", json=schema, expect=201)
    version = upload(api, dataset["datasetId"], CSV)
    assert version["status"] == "current" and version["versionNo"] == 1
    pending = api.call("get_dataset", path={"datasetId": dataset["datasetId"]})
    assert pending["processingStatus"] == "needs-processing"
    done, outcome = process(api, dataset["datasetId"])
    assert done["processingStatus"] == "completed"
    assert outcome == {"processingStatus": "completed", "rowCount": 3, "errors": []}
    assert done["activeDataVersionId"] == version["datasetDataVersionId"]
    assert done["activeDataSchemaVersionId"] == schema_version["datasetSchemaVersionId"]
    link = api.call("get_dataset_data_version_download_url", path={"dataVersionId": version["datasetDataVersionId"]})
    assert httpx2.get(link["downloadUrl"]).content == CSV


def test_processing_fails_on_rows_the_schema_rejects(api: Caller, unique: Callable[[str], str]) -> None:
    dataset = make_dataset(api, unique)
    columns = [
        {"name": "id", "type": "integer", "nullable": False},
        {"name": "missing", "type": "string", "nullable": True},
    ]
    api.call(
        "create_dataset_schema_version",
        json={"datasetId": dataset["datasetId"], "columns": columns[:1], "status": "current"},
        expect=201,
    )
    upload(api, dataset["datasetId"], b"id\n1\nnot-a-number\n\n")
    done, outcome = process(api, dataset["datasetId"])
    assert done["processingStatus"] == "failed"
    assert outcome["rowCount"] == 2 and outcome["errors"] == ["row 2: 'id' value 'not-a-number' is not a valid integer"]
    api.call(
        "create_dataset_schema_version",
        json={"datasetId": dataset["datasetId"], "columns": columns, "status": "current"},
        expect=201,
    )
    _, outcome = process(api, dataset["datasetId"])
    assert outcome["errors"] == ["column 'missing' is not in the file"]


def test_parsing_options_are_honoured(api: Caller, unique: Callable[[str], str]) -> None:
    dataset = make_dataset(api, unique)
    schema = {
        "datasetId": dataset["datasetId"],
        "columns": [{"name": "value", "source": "Value", "type": "float", "nullable": False}],
        "status": "current",
        "parsingOptions": {"skipRows": 2, "headerRow": 1, "delimiter": ";", "encoding": "latin-1"},
    }
    api.call("create_dataset_schema_version", json=schema, expect=201)
    upload(api, dataset["datasetId"], "junk\nmore junk\nname;Value\ncaf\xe9;1,5x\nb;2.5\n".encode("latin-1"))
    _, outcome = process(api, dataset["datasetId"])
    assert outcome["rowCount"] == 2 and outcome["errors"] == ["row 1: 'value' value '1,5x' is not a valid float"]


def test_data_versions_listing_and_state(api: Caller, unique: Callable[[str], str]) -> None:
    dataset = make_dataset(api, unique)
    first = upload(api, dataset["datasetId"], b"a\n1\n")
    second = upload(api, dataset["datasetId"], b"a\n2\n")
    draft = upload(api, dataset["datasetId"], b"a\n3\n", status="draft")
    assert draft["status"] == "draft"
    path = {"datasetDataVersionId": first["datasetDataVersionId"]}
    assert api.call("get_dataset_data_version", path=path)["status"] == "archived"
    listed = api.call(
        "list_dataset_data_versions",
        params={
            "datasetIds": dataset["datasetId"],
            "fileType": "csv",
            "orderBy": "versionNo",
            "orderDirection": "desc",
        },
    )
    assert [v["versionNo"] for v in listed["items"]] == [3, 2, 1]
    current = api.call("list_dataset_data_versions", params={"datasetIds": dataset["datasetId"], "status": "current"})
    assert [v["datasetDataVersionId"] for v in current["items"]] == [second["datasetDataVersionId"]]
    ticket = api.call(
        "create_dataset_data_version",
        json={"datasetId": dataset["datasetId"], "fileType": "xlsx", "fileName": "x.xlsx"},
        expect=201,
    )
    ident = {"dataVersionId": ticket["dataVersion"]["datasetDataVersionId"]}
    api.call("complete_dataset_data_version", path=ident, expect=400)  # nothing uploaded
    api.call("get_dataset_data_version_download_url", path=ident, expect=400)
    api.call("get_dataset_data_version", path={"datasetDataVersionId": "missing"}, expect=404)
