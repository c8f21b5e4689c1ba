"""Files through presigned storage: upload, complete, download; what the storage origin refuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx2
from agentplug.sandbox import moderately

from .conftest import TEAM, sha256
from .spec import Caller


def register(api: Caller, name: str, data: bytes, mime: str = "text/plain") -> dict[str, Any]:
    body = {"fileName": name, "fileSize": len(data), "fileHash": sha256(data), "mimeType": mime, "teamId": TEAM}
    ticket: dict[str, Any] = api.call("create_file_upload_url", json={**body, "metadata": {"k": "v"}}, expect=201)
    return ticket


def with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    return urlunsplit(parts._replace(query=urlencode({**query, **changes})))


def test_upload_complete_download_delete(api: Caller, base_url: str, unique: Callable[[str], str]) -> None:
    data = b"hello storage\n" * 100
    ticket = register(api, unique("f") + ".txt", data)
    file_id = ticket["file"]["fileId"]
    assert ticket["file"]["uploadStatus"] == "pending"
    assert urlsplit(ticket["uploadUrl"]).netloc != urlsplit(base_url).netloc  # storage is another origin
    assert httpx2.put(ticket["uploadUrl"], content=data, headers={"Content-Type": "text/plain"}).status_code == 200
    body = {"fileSize": len(data), "fileHash": sha256(data)}
    done = api.call("complete_file_upload", path={"fileId": file_id}, json=body)
    assert done["uploadStatus"] == "completed" and done["metadata"] == {"k": "v"}
    api.call("complete_file_upload", path={"fileId": file_id}, json=body, expect=409)
    link = api.call("get_file_download_url", path={"fileId": file_id})
    assert httpx2.get(link["downloadUrl"]).content == data
    assert api.call("get_file", path={"fileId": file_id}) == done
    by_hash = api.call("list_files", params={"fileHashes": sha256(data), "uploadStatus": "completed"})
    assert [f["fileId"] for f in by_hash["items"]] == [file_id]
    assert api.call("delete_file", path={"fileId": file_id}, expect=204) is None
    api.call("get_file", path={"fileId": file_id}, expect=404)
    assert httpx2.get(link["downloadUrl"]).status_code == 404


def test_storage_refuses_tampering_wrong_type_and_credentials(api: Caller, unique: Callable[[str], str]) -> None:
    data = b"payload"
    ticket = register(api, unique("f") + ".bin", data, "application/octet-stream")
    url = ticket["uploadUrl"]
    typed = {"Content-Type": "application/octet-stream"}
    later = str(int(parse_qs(urlsplit(url).query)["expires"][0]) + 3600)
    assert httpx2.put(with_query(url, expires=later), content=data, headers=typed).status_code == 403
    assert httpx2.put(with_query(url, signature="0" * 64), content=data, headers=typed).status_code == 403
    other_key = url.replace(ticket["file"]["fileId"], "someone-elses-file")
    assert httpx2.put(other_key, content=data, headers=typed).status_code == 403
    wrong_type = httpx2.put(url, content=data, headers={"Content-Type": "text/plain"})
    assert wrong_type.status_code == 403 and wrong_type.json()["error"]["code"] == "SignatureDoesNotMatch"
    leaked = httpx2.put(url, content=data, headers={**typed, "Authorization": "Bearer secret"})
    assert leaked.status_code == 400
    assert httpx2.get(url).status_code == 403  # an upload URL does not allow reading
    assert httpx2.put(url, content=data, headers=typed).status_code == 200


def test_expired_urls_are_refused() -> None:
    settings = moderately.SandboxSettings(url_ttl_seconds=-5)
    with (
        moderately.serve(settings=settings) as url,
        httpx2.Client(base_url=url, headers={"Authorization": "Bearer t"}) as http,
    ):
        data = b"x"
        body = {"fileName": "x", "fileSize": 1, "fileHash": sha256(data), "mimeType": "text/plain", "teamId": TEAM}
        ticket = http.post("/files/upload-url", json=body).json()
        expired = httpx2.put(ticket["uploadUrl"], content=data, headers={"Content-Type": "text/plain"})
        assert expired.status_code == 403 and expired.json()["error"]["code"] == "ExpiredToken"


def test_completion_checks_what_arrived(api: Caller, unique: Callable[[str], str]) -> None:
    data = b"the real bytes"
    ticket = register(api, unique("f"), data)
    file_id = ticket["file"]["fileId"]
    body = {"fileSize": len(data), "fileHash": sha256(data)}
    assert api.call("complete_file_upload", path={"fileId": file_id}, json=body, expect=400)["error"]["message"]
    api.call("get_file_download_url", path={"fileId": file_id}, expect=400)
    wrong = {"fileSize": len(data) + 1, "fileHash": sha256(data)}
    api.call("complete_file_upload", path={"fileId": file_id}, json=wrong, expect=400)
    httpx2.put(ticket["uploadUrl"], content=b"other bytes!!!", headers={"Content-Type": "text/plain"})
    error = api.call("complete_file_upload", path={"fileId": file_id}, json=body, expect=400)["error"]
    assert error["details"]["receivedHash"] == sha256(b"other bytes!!!")
    assert api.call("get_file", path={"fileId": file_id})["uploadStatus"] == "failed"
    api.call("complete_file_upload", path={"fileId": file_id}, json=body, expect=409)


def test_listing_filters_and_orders(api: Caller, unique: Callable[[str], str]) -> None:
    prefix = unique("listed")
    for name, mime in (("b.csv", "text/csv"), ("a.png", "image/png"), ("c.csv", "text/csv")):
        register(api, f"{prefix}-{name}", name.encode(), mime)
    csvs = api.call("list_files", params={"nameLike": prefix, "mimeTypes": "text/csv", "orderBy": "fileName"})
    assert [f["fileName"] for f in csvs["items"]] == [f"{prefix}-b.csv", f"{prefix}-c.csv"]
    repeated = api.call(
        "list_files", params=[("nameLike", prefix), ("mimeTypes", "text/csv"), ("mimeTypes", "image/png")]
    )
    assert repeated["pagination"]["totalItems"] == 3
    newest = api.call("list_files", params={"nameLike": prefix, "orderBy": "createdAt", "orderDirection": "desc"})
    assert newest["items"][0]["fileName"] == f"{prefix}-c.csv"
    api.call("list_files", params={"pageSize": 101}, expect=400)
