"""Files: presigned upload (register, PUT to storage, complete), presigned download, listing."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import bad_request, conflict
from .params import Query, json_body
from .records import Record, new_id, now, page_of, select
from .web import caller, no_content, ok, route, state

__all__ = ["file_routes"]


def _key(file_id: str) -> str:
    return f"files/{file_id}"


async def list_files(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging(default_size=20, max_size=100)
    order, descending = query.order(("fileName", "fileSize", "createdAt", "updatedAt"))
    ids, teams, mimes, hashes = (
        query.ids("fileIds"),
        query.ids("teamIds"),
        query.ids("mimeTypes"),
        query.ids("fileHashes"),
    )
    name = query.text("nameLike")
    status = query.choice("uploadStatus", ("pending", "completed", "failed"))
    mine = sandbox.team_ids_of(caller(request).user_id)

    def where(f: Record) -> bool:
        return (
            f["teamId"] in mine
            and (teams is None or f["teamId"] in teams)
            and (ids is None or f["fileId"] in ids)
            and (mimes is None or f["mimeType"] in mimes)
            and (hashes is None or f["fileHash"].lower() in {h.lower() for h in hashes})
            and (name is None or name.lower() in f["fileName"].lower())
            and (status is None or f["uploadStatus"] == status)
        )

    files = select(sandbox.files.values(), where=where, order_by=order, descending=descending)
    return ok(page_of(files, page, size, dict))


async def create_file_upload_url(request: Request) -> Response:
    body = await json_body(request, "FileUploadRequest")
    sandbox = state(request)
    who = caller(request)
    sandbox.require_member(who, body["teamId"])
    stamp = now()
    record = {
        "fileId": new_id(),
        "teamId": body["teamId"],
        "fileName": body["fileName"],
        "fileSize": body["fileSize"],
        "mimeType": body["mimeType"],
        "fileHash": body["fileHash"],
        "uploadStatus": "pending",
        "uploadedBy": who.user_id,
        "metadata": body.get("metadata", {}),
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    sandbox.files[record["fileId"]] = record
    url, expires = sandbox.store.presign("PUT", _key(record["fileId"]), content_type=body["mimeType"])
    sandbox.audit(who, team_id=record["teamId"], resource_type="file", resource_id=record["fileId"], action="create")
    return ok({"file": record, "uploadUrl": url, "expiresAt": expires}, 201)


def _file(request: Request) -> Record:
    return state(request).visible(caller(request), state(request).files, request.path_params["fileId"], "File")


async def complete_file_upload(request: Request) -> Response:
    record = _file(request)
    body = await json_body(request, "FileUploadCompletion")
    sandbox = state(request)
    if record["uploadStatus"] != "pending":
        raise conflict(f"The upload is already {record['uploadStatus']}")
    if body["fileSize"] != record["fileSize"] or body["fileHash"].lower() != record["fileHash"].lower():
        raise bad_request("fileSize and fileHash must match the registered upload")
    stored = sandbox.store.info(_key(record["fileId"]))
    if stored is None:
        raise bad_request("Nothing was uploaded to the upload URL")
    if stored.size != record["fileSize"] or stored.sha256 != record["fileHash"].lower():
        record.update(uploadStatus="failed", updatedAt=now())
        raise bad_request(
            "The uploaded bytes do not match the registered size and hash",
            {"expectedSize": record["fileSize"], "receivedSize": stored.size, "receivedHash": stored.sha256},
        )
    record.update(uploadStatus="completed", updatedAt=now())
    sandbox.audit(
        caller(request),
        team_id=record["teamId"],
        resource_type="file",
        resource_id=record["fileId"],
        action="update",
        changes={"uploadStatus": "completed"},
    )
    return ok(record)


async def get_file(request: Request) -> Response:
    return ok(_file(request))


async def get_file_download_url(request: Request) -> Response:
    record = _file(request)
    if record["uploadStatus"] != "completed":
        raise bad_request(f"The file upload is {record['uploadStatus']}, not completed")
    url, expires = state(request).store.presign("GET", _key(record["fileId"]))
    return ok({"downloadUrl": url, "expiresAt": expires})


async def delete_file(request: Request) -> Response:
    record = _file(request)
    sandbox = state(request)
    del sandbox.files[record["fileId"]]
    sandbox.store.delete(_key(record["fileId"]))
    sandbox.audit(
        caller(request), team_id=record["teamId"], resource_type="file", resource_id=record["fileId"], action="delete"
    )
    return no_content()


def file_routes() -> list[Route]:
    return [
        route("/files", get=list_files),
        route("/files/upload-url", post=create_file_upload_url),
        route("/files/{fileId}", get=get_file, delete=delete_file),
        route("/files/{fileId}/complete", post=complete_file_upload),
        route("/files/{fileId}/download", get=get_file_download_url),
    ]
