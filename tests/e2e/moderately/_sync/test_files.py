# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Files end to end: presigned uploads from every kind of source, downloads, listing, deletion."""

from __future__ import annotations

import hashlib
import io
import uuid
from pathlib import Path

import pytest
from agentplug.errors import BadRequestError, ConfigurationError, ConflictError, NotFoundError
from agentplug.moderately import FileModel, ModeratelyAI, UnsupportedOperationError

pytestmark = pytest.mark.anyio


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def test_upload_from_a_path_then_download_to_memory_and_disk(client: ModeratelyAI, tmp_path: Path) -> None:
    data = b"id,name\n" + b"".join(b"%d,row %d\n" % (i, i) for i in range(2000))
    source = tmp_path / f"{unique('people')}.csv"
    source.write_bytes(data)
    seen: list[tuple[int, int]] = []
    uploaded = client.files.upload(source, metadata={"origin": "e2e"}, on_progress=lambda *p: seen.append(p))
    assert isinstance(uploaded, FileModel)
    assert uploaded.is_ready() and uploaded.is_csv() and uploaded.get_extension() == "csv"
    assert uploaded.file_name == source.name
    assert uploaded.file_size == len(data)
    assert uploaded.file_hash == hashlib.sha256(data).hexdigest()
    assert uploaded.mime_type == "text/csv"
    assert seen[-1] == (len(data), len(data))

    assert uploaded.download() == data
    target = uploaded.download(tmp_path / "copy.csv", verify_checksum=True)
    assert target.read_bytes() == data
    assert client.files.download(uploaded.file_id) == data
    assert (client.files.download(uploaded.file_id, path=tmp_path / "again.csv")).read_bytes() == data


def test_upload_from_bytes_and_file_objects(client: ModeratelyAI) -> None:
    from_bytes = client.files.upload(b"Hello, World!", name=f"{unique('greeting')}.txt")
    assert from_bytes.mime_type == "text/plain" and from_bytes.is_document()
    pdf = b"%PDF-1.7\n" + uuid.uuid4().bytes
    from_buffer = client.files.upload(io.BytesIO(pdf), name="Contract")
    assert from_buffer.file_name == "Contract"
    assert from_buffer.mime_type == "application/pdf" and from_buffer.is_document() and not from_buffer.is_image()
    assert from_buffer.download() == pdf


def test_reuse_existing_answers_the_file_with_the_same_hash(client: ModeratelyAI) -> None:
    data = f"unique {uuid.uuid4()}".encode()
    first = client.files.upload(data, name="a.txt")
    again = client.files.upload(data, name="b.txt", reuse_existing=True)
    assert again.file_id == first.file_id
    fresh = client.files.upload(data, name="c.txt")
    assert fresh.file_id != first.file_id


def test_list_filters_and_pages(client: ModeratelyAI) -> None:
    marker = unique("listing")
    ids = {(client.files.upload(f"{marker} {i}".encode(), name=f"{marker}-{i}.json")).file_id for i in range(5)}
    listed = [f for f in client.files.list(name_like=marker, page_size=2)]
    assert {f.file_id for f in listed} == ids
    assert all(isinstance(f, FileModel) and f.mime_type == "application/json" for f in listed)
    page = client.files.list(name_like=marker, page_size=2).first_page()
    assert len(page.items) == 2 and page.total == 5 and page.total_pages == 3 and page.has_more is True
    by_type = [f for f in client.files.list(name_like=marker, mime_type=["application/json"], status="completed")]
    assert len(by_type) == 5
    capped = [f for f in client.files.list(name_like=marker, page_size=2, max_items=3)]
    assert len(capped) == 3
    one = next(iter(ids))
    assert [f.file_id for f in client.files.list(file_ids=[one])] == [one]


def test_low_level_upload_steps_and_their_errors(client: ModeratelyAI) -> None:
    data = b"manual transfer"
    digest = hashlib.sha256(data).hexdigest()
    ticket = client.files.get_upload_url(
        filename="manual.bin", file_size=len(data), file_hash=digest, mime_type="application/octet-stream"
    )
    assert ticket.file.upload_status == "pending"
    pending = client.files.retrieve(ticket.file.file_id)
    assert pending.is_processing() and not pending.is_ready()
    assert pending.name == "manual.bin" == pending.file_name
    with pytest.raises(BadRequestError):
        client.files.get_download_url(ticket.file.file_id)  # nothing uploaded yet
    # The vendor's signature: mime_type optional (guessed from the name), dataset_id accepted.
    guessed = client.files.get_upload_url(filename="rows.csv", file_size=len(data), file_hash=digest)
    assert guessed.file.mime_type == "text/csv"
    with pytest.raises(ConfigurationError, match="file_hash"):
        client.files.get_upload_url(filename="rows.csv", file_size=len(data))
    with pytest.raises(UnsupportedOperationError, match="data versions"):
        client.files.get_upload_url(filename="rows.csv", file_size=1, file_hash=digest, dataset_id="ds_1")
    with pytest.raises(UnsupportedOperationError, match="data versions"):
        client.files.list(dataset_id="ds_1")
    client.files.upload(data, name="other.bin")  # an unrelated upload does not complete this one
    with pytest.raises((BadRequestError, ConflictError)):
        client.files.complete_upload(ticket.file.file_id, file_size=len(data), file_hash=digest)


def test_delete_and_missing_files(client: ModeratelyAI) -> None:
    uploaded = client.files.upload(b"to be deleted", name="gone.txt")
    uploaded.delete()
    with pytest.raises(NotFoundError) as caught:
        client.files.retrieve(uploaded.file_id)
    assert caught.value.status_code == 404 and caught.value.message
    with pytest.raises(NotFoundError):
        client.files.delete(uploaded.file_id)
    with pytest.raises(UnsupportedOperationError):
        client.files.update(uploaded.file_id, name="x")
