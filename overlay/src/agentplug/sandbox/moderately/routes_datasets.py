"""Datasets with their schema versions and data versions, and processing."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import bad_request, conflict, not_found
from .params import Query, json_body
from .records import Record, new_id, now, page_of, select
from .simulation import process_dataset
from .state import State
from .web import caller, ok, route, state

__all__ = ["dataset_routes"]

_SUMMARY_FIELDS = (
    "datasetId",
    "teamId",
    "name",
    "description",
    "createdAt",
    "updatedAt",
    "currentSchemaVersionId",
    "currentDataVersionId",
)
_CONTENT_TYPES = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_VERSION_STATUSES = ("draft", "current", "archived")


def _data_key(version_id: str) -> str:
    return f"datasets/{version_id}"


# -- datasets -------------------------------------------------------------------------------
async def list_datasets(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("createdAt", "updatedAt", "name"))
    ids, teams, like, name = query.ids("datasetIds"), query.ids("teamIds"), query.text("nameLike"), query.text("name")
    mine = sandbox.team_ids_of(caller(request).user_id)
    datasets = select(
        sandbox.datasets.values(),
        where=lambda d: (
            d["teamId"] in mine
            and (teams is None or d["teamId"] in teams)
            and (ids is None or d["datasetId"] in ids)
            and (like is None or like.lower() in d["name"].lower())
            and (name is None or d["name"] == name)
        ),
        order_by=order,
        descending=descending,
    )
    return ok(page_of(datasets, page, size, lambda d: {k: d[k] for k in _SUMMARY_FIELDS}))


async def create_dataset(request: Request) -> Response:
    body = await json_body(request, "DatasetCreate")
    sandbox = state(request)
    who = caller(request)
    sandbox.require_member(who, body["teamId"])
    if any(d["teamId"] == body["teamId"] and d["name"] == body["name"] for d in sandbox.datasets.values()):
        raise conflict(f"A dataset named {body['name']!r} already exists in this team")
    stamp = now()
    dataset = {
        "datasetId": new_id(),
        "teamId": body["teamId"],
        "name": body["name"],
        "description": body.get("description"),
        "createdAt": stamp,
        "updatedAt": stamp,
        "currentSchemaVersionId": None,
        "currentDataVersionId": None,
        "activeDataSchemaVersionId": None,
        "activeDataVersionId": None,
        "processingStatus": None,
    }
    sandbox.datasets[dataset["datasetId"]] = dataset
    sandbox.audit(
        who, team_id=dataset["teamId"], resource_type="dataset", resource_id=dataset["datasetId"], action="create"
    )
    return ok(dataset, 201)


def _dataset(request: Request, ident: str | None = None) -> Record:
    sandbox = state(request)
    return sandbox.visible(caller(request), sandbox.datasets, ident or request.path_params["datasetId"], "Dataset")


async def get_dataset(request: Request) -> Response:
    return ok(_dataset(request))


async def update_dataset(request: Request) -> Response:
    dataset = _dataset(request)
    body = await json_body(request, "DatasetUpdate")
    sandbox = state(request)
    if "name" in body and any(
        d["teamId"] == dataset["teamId"] and d["name"] == body["name"] and d is not dataset
        for d in sandbox.datasets.values()
    ):
        raise conflict(f"A dataset named {body['name']!r} already exists in this team")
    process = body.pop("shouldProcess", False)
    if process and dataset["currentDataVersionId"] is None:
        raise bad_request("The dataset has no current data to process")
    dataset.update(body)
    dataset["updatedAt"] = now()
    who = caller(request)
    sandbox.audit(
        who,
        team_id=dataset["teamId"],
        resource_type="dataset",
        resource_id=dataset["datasetId"],
        action="update",
        changes={**body, "shouldProcess": process},
    )
    if process:
        dataset["processingStatus"] = "in_progress"
        sandbox.start(f"dataset:{dataset['datasetId']}", process_dataset(sandbox, dataset["datasetId"], who))
    return ok(dataset)


async def delete_dataset(request: Request) -> Response:
    dataset = _dataset(request)
    sandbox = state(request)
    ident = dataset["datasetId"]
    sandbox.stop(f"dataset:{ident}")
    for version_id in [v for v, rec in sandbox.data_versions.items() if rec["datasetId"] == ident]:
        sandbox.store.delete(_data_key(version_id))
        del sandbox.data_versions[version_id]
    for version_id in [v for v, rec in sandbox.schema_versions.items() if rec["datasetId"] == ident]:
        del sandbox.schema_versions[version_id]
    del sandbox.datasets[ident]
    sandbox.audit(
        caller(request), team_id=dataset["teamId"], resource_type="dataset", resource_id=ident, action="delete"
    )
    return ok({"success": True, "message": "The dataset was deleted"})


# -- shared by both kinds of versions -------------------------------------------------------
def _next_number(table: dict[str, Record], dataset_id: str) -> int:
    return 1 + max((v["versionNo"] for v in table.values() if v["datasetId"] == dataset_id), default=0)


def _promote(table: dict[str, Record], version: Record, dataset: Record, pointer: str, key: str) -> None:
    """Make version the dataset's only current one (archiving the previous current)."""
    for other in table.values():
        if other["datasetId"] == version["datasetId"] and other is not version and other["status"] == "current":
            other.update(status="archived", updatedAt=now())
    version["status"] = "current"
    dataset[pointer] = version[key]
    dataset["updatedAt"] = now()


def _list_versions(request: Request, table: dict[str, Record], id_key: str, ids_param: str, **extra: Any) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("createdAt", "updatedAt", "versionNo"))
    ids, datasets = query.ids(ids_param), query.ids("datasetIds")
    status = query.choice("status", _VERSION_STATUSES)
    number = query.integer("versionNo", None)
    mine = sandbox.team_ids_of(caller(request).user_id)
    visible = {d["datasetId"] for d in sandbox.datasets.values() if d["teamId"] in mine}
    versions = select(
        table.values(),
        where=lambda v: (
            v["datasetId"] in visible
            and (ids is None or v[id_key] in ids)
            and (datasets is None or v["datasetId"] in datasets)
            and (status is None or v["status"] == status)
            and (number is None or v["versionNo"] == number)
            and all(value is None or v[name] == value for name, value in extra.items())
        ),
        order_by=order,
        descending=descending,
    )
    return ok(page_of(versions, page, size, dict))


def _owned_version(request: Request, table: dict[str, Record], param: str, kind: str) -> Record:
    ident = request.path_params[param]
    sandbox = state(request)
    version = table.get(ident)
    dataset = sandbox.datasets.get(version["datasetId"]) if version else None
    if version is None or dataset is None or dataset["teamId"] not in sandbox.team_ids_of(caller(request).user_id):
        raise not_found(kind, ident)
    return version


def _dataset_for_body(request: Request, dataset_id: str) -> Record:
    return _dataset(request, dataset_id)


# -- schema versions ------------------------------------------------------------------------
def _numbered(columns: list[Record]) -> list[Record]:
    return [{**column, "pos": column.get("pos", index)} for index, column in enumerate(columns, start=1)]


async def list_dataset_schema_versions(request: Request) -> Response:
    return _list_versions(request, state(request).schema_versions, "datasetSchemaVersionId", "datasetSchemaVersionIds")


async def create_dataset_schema_version(request: Request) -> Response:
    body = await json_body(request, "DatasetSchemaVersionCreate")
    sandbox = state(request)
    dataset = _dataset_for_body(request, body["datasetId"])
    stamp = now()
    version: Record = {
        "datasetSchemaVersionId": new_id(),
        "datasetId": dataset["datasetId"],
        "versionNo": _next_number(sandbox.schema_versions, dataset["datasetId"]),
        "columnsJson": _numbered(body["columns"]),
        "status": "draft",
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    if "parsingOptions" in body:
        version["parsingOptions"] = body["parsingOptions"]
    sandbox.schema_versions[version["datasetSchemaVersionId"]] = version
    _apply_schema_status(sandbox, version, dataset, body.get("status", "draft"))
    sandbox.audit(
        caller(request),
        team_id=dataset["teamId"],
        resource_type="dataset_schema_version",
        resource_id=version["datasetSchemaVersionId"],
        action="create",
    )
    return ok(version, 201)


def _apply_schema_status(sandbox: State, version: Record, dataset: Record, status: str) -> None:
    if status == "current":
        _promote(sandbox.schema_versions, version, dataset, "currentSchemaVersionId", "datasetSchemaVersionId")
        if dataset["currentDataVersionId"] is not None:
            dataset["processingStatus"] = "needs-processing"
        return
    if dataset["currentSchemaVersionId"] == version["datasetSchemaVersionId"]:
        dataset["currentSchemaVersionId"] = None
    version["status"] = status


async def get_dataset_schema_version(request: Request) -> Response:
    sandbox = state(request)
    return ok(_owned_version(request, sandbox.schema_versions, "datasetSchemaVersionId", "Schema version"))


async def update_dataset_schema_version(request: Request) -> Response:
    sandbox = state(request)
    version = _owned_version(request, sandbox.schema_versions, "datasetSchemaVersionId", "Schema version")
    body = await json_body(request, "DatasetSchemaVersionUpdate")
    dataset = sandbox.datasets[version["datasetId"]]
    if "columns" in body:
        version["columnsJson"] = _numbered(body["columns"])
    if "parsingOptions" in body:
        version["parsingOptions"] = body["parsingOptions"]
    if "status" in body:
        _apply_schema_status(sandbox, version, dataset, body["status"])
    version["updatedAt"] = now()
    sandbox.audit(
        caller(request),
        team_id=dataset["teamId"],
        resource_type="dataset_schema_version",
        resource_id=version["datasetSchemaVersionId"],
        action="update",
    )
    return ok(version)


# -- data versions --------------------------------------------------------------------------
async def list_dataset_data_versions(request: Request) -> Response:
    file_type = Query(request).choice("fileType", ("csv", "xlsx"))
    table = state(request).data_versions
    return _list_versions(request, table, "datasetDataVersionId", "datasetDataVersionIds", fileType=file_type)


async def create_dataset_data_version(request: Request) -> Response:
    body = await json_body(request, "DatasetDataVersionCreate")
    sandbox = state(request)
    dataset = _dataset_for_body(request, body["datasetId"])
    stamp = now()
    ident = new_id()
    version: Record = {
        "datasetDataVersionId": ident,
        "datasetId": dataset["datasetId"],
        "versionNo": _next_number(sandbox.data_versions, dataset["datasetId"]),
        "sourceFileUri": f"s3://sandbox-datasets/{dataset['datasetId']}/{ident}/{body['fileName']}"[:1024],
        "fileType": body["fileType"],
        "status": "draft",
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    sandbox.data_versions[ident] = version
    sandbox.data_version_requested_status[ident] = body.get("status")
    if body.get("status") == "archived":
        version["status"] = "archived"
    url, expires = sandbox.store.presign("PUT", _data_key(ident), content_type=_CONTENT_TYPES[body["fileType"]])
    sandbox.audit(
        caller(request),
        team_id=dataset["teamId"],
        resource_type="dataset_data_version",
        resource_id=ident,
        action="create",
    )
    return ok({"dataVersion": version, "uploadUrl": url, "uploadExpiry": expires}, 201)


async def complete_dataset_data_version(request: Request) -> Response:
    sandbox = state(request)
    version = _owned_version(request, sandbox.data_versions, "dataVersionId", "Data version")
    await json_body(request, "DatasetDataVersionCompletion", required=False)
    ident = version["datasetDataVersionId"]
    if sandbox.store.info(_data_key(ident)) is None:
        raise bad_request("Nothing was uploaded to the upload URL")
    dataset = sandbox.datasets[version["datasetId"]]
    # Completing makes the upload the dataset's data unless the caller asked for another status.
    if sandbox.data_version_requested_status.get(ident) in (None, "current"):
        _promote(sandbox.data_versions, version, dataset, "currentDataVersionId", "datasetDataVersionId")
        dataset["processingStatus"] = "needs-processing"
    sandbox.data_version_uploaded.add(ident)
    version["updatedAt"] = now()
    return ok(version)


async def get_dataset_data_version(request: Request) -> Response:
    sandbox = state(request)
    return ok(_owned_version(request, sandbox.data_versions, "datasetDataVersionId", "Data version"))


async def get_dataset_data_version_download_url(request: Request) -> Response:
    sandbox = state(request)
    version = _owned_version(request, sandbox.data_versions, "dataVersionId", "Data version")
    if sandbox.store.info(_data_key(version["datasetDataVersionId"])) is None:
        raise bad_request("The data version has no uploaded file")
    url, _ = sandbox.store.presign("GET", _data_key(version["datasetDataVersionId"]))
    return ok({"downloadUrl": url})


def dataset_routes() -> list[Route]:
    return [
        route("/datasets", get=list_datasets, post=create_dataset),
        route("/datasets/{datasetId}", get=get_dataset, patch=update_dataset, delete=delete_dataset),
        route("/dataset-schema-versions", get=list_dataset_schema_versions, post=create_dataset_schema_version),
        route(
            "/dataset-schema-versions/{datasetSchemaVersionId}",
            get=get_dataset_schema_version,
            patch=update_dataset_schema_version,
        ),
        route("/dataset-data-versions", get=list_dataset_data_versions, post=create_dataset_data_version),
        route("/dataset-data-versions/{dataVersionId}/complete", post=complete_dataset_data_version),
        route("/dataset-data-versions/{dataVersionId}/download", get=get_dataset_data_version_download_url),
        route("/dataset-data-versions/{datasetDataVersionId}", get=get_dataset_data_version),
    ]
