# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Datasets end to end: data versions through presigned storage, schemas (inferred, built), processing."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from agentplug.errors import ConflictError, NotFoundError, OperationFailedError
from agentplug.moderately import DatasetModel, DatasetSummaryModel, ModeratelyAI

pytestmark = pytest.mark.anyio

CSV = (
    b"id,price,active,signed_up,email\n"
    b"1,9.5,true,2024-01-05,a@x.io\n"
    b"2,10,false,2024-02-10,\n"
    b"3,0.25,yes,2024-03-01,c@x.io\n"
)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def test_dataset_crud(client: ModeratelyAI, team_id: str) -> None:
    name = unique("sales")
    dataset = client.datasets.create(name=name, description="Q1")
    assert isinstance(dataset, DatasetModel) and dataset.team_id == team_id
    with pytest.raises(ConflictError):
        client.datasets.create(name=name)
    listed = [d for d in client.datasets.list(name_like=name)]
    assert [d.dataset_id for d in listed] == [dataset.dataset_id]
    assert isinstance(listed[0], DatasetSummaryModel)
    assert (listed[0].refresh()).dataset_id == dataset.dataset_id
    assert [d.dataset_id for d in client.datasets.list(dataset_ids=[dataset.dataset_id], name=name)] == [
        dataset.dataset_id
    ]
    renamed = dataset.update(name=name + "-v2", description="Q2")
    assert renamed.name == name + "-v2" and renamed.description == "Q2"
    deletion = renamed.delete()
    assert deletion.success
    with pytest.raises(NotFoundError):
        client.datasets.retrieve(dataset.dataset_id)


def test_data_versions_upload_and_download(client: ModeratelyAI, tmp_path: Path) -> None:
    dataset = client.datasets.create(name=unique("data"))
    source = tmp_path / "sales.csv"
    source.write_bytes(CSV)
    first = dataset.upload_data(source)
    assert first.file_type == "csv" and first.status == "current"
    second = dataset.upload_data(CSV.replace(b"a@x.io", b"z@x.io"), file_name="sales-fixed.csv")
    versions = [v for v in dataset.list_data_versions()]
    assert {v.dataset_data_version_id for v in versions} == {
        first.dataset_data_version_id,
        second.dataset_data_version_id,
    }
    assert (dataset.get_data_version(first.dataset_data_version_id)).dataset_id == dataset.dataset_id
    assert b"z@x.io" in dataset.download_data()  # the current version
    assert dataset.download_data(version_id=first.dataset_data_version_id) == CSV
    saved = dataset.download_data(version_id=first.dataset_data_version_id, path=tmp_path / "copy.csv")
    assert saved.read_bytes() == CSV
    current = [v for v in client.dataset_data_versions.list(dataset_ids=dataset.dataset_id, status="current")]
    assert [v.dataset_data_version_id for v in current] == [second.dataset_data_version_id]
    link = client.dataset_data_versions.get_download_url(second.dataset_data_version_id)
    assert link.download_url.startswith("http")


def test_schema_from_sample_infers_real_types(client: ModeratelyAI, tmp_path: Path) -> None:
    dataset = client.datasets.create(name=unique("inferred"))
    sample = tmp_path / "sample.csv"
    sample.write_bytes(CSV)
    schema = dataset.create_schema_from_sample(sample, status="current")
    types = {column.name: (column.type_, column.nullable) for column in schema.columns_json}
    assert types == {
        "id": ("integer", False),
        "price": ("float", False),
        "active": ("boolean", False),
        "signed_up": ("datetime", False),
        "email": ("string", True),
    }
    current = dataset.get_current_schema()
    assert current is not None and current.dataset_schema_version_id == schema.dataset_schema_version_id


def test_schemas_by_hand_and_with_the_builder(client: ModeratelyAI) -> None:
    dataset = client.datasets.create(name=unique("schemas"))
    assert dataset.get_current_schema() is None
    simple = dataset.create_schema(
        [
            {"name": "user_id", "type": "int", "required": True},
            {"name": "email", "type": "string"},
            {"name": "signup_date", "type": "datetime", "required": False},
        ]
    )
    assert simple.status == "draft"
    assert [(c.pos, c.name, c.type_, c.nullable) for c in simple.columns_json] == [
        (1, "user_id", "integer", False),
        (2, "email", "string", False),
        (3, "signup_date", "datetime", True),
    ]
    built = (
        dataset.schema_builder()
        .add_column("id", "int", required=True)
        .add_column("name", "string", description="User name", required=False)
        .with_parsing(delimiter=",", header_row=1)
        .as_current()
        .create()
    )
    assert built.status == "current"
    assert built.parsing_options is not None and built.parsing_options.delimiter == ","
    fetched = dataset.get_schema_version(built.dataset_schema_version_id)
    assert [c.name for c in fetched.columns_json] == ["id", "name"]
    versions = [v.dataset_schema_version_id for v in dataset.list_schema_versions()]
    assert set(versions) == {simple.dataset_schema_version_id, built.dataset_schema_version_id}
    archived = client.dataset_schema_versions.update(simple.dataset_schema_version_id, status="archived")
    assert archived.status == "archived"
    direct = client.dataset_schema_versions.create(
        dataset_id=dataset.dataset_id, columns=[{"name": "x", "type": float}]
    )
    assert direct.columns_json[0].type_ == "float"


def test_processing_counts_rows_and_applies_the_schema(client: ModeratelyAI) -> None:
    dataset = client.datasets.create(name=unique("processed"))
    dataset.upload_data(CSV, file_name="sales.csv")
    dataset.create_schema_from_sample(CSV, status="current")
    states: list[str] = []
    processed = dataset.process(timeout=30, on_progress=lambda seen: states.append(str(seen.processing_status)))
    assert processed.processing_status == "completed" and states[-1] == "completed"
    assert processed.active_data_version_id == processed.current_data_version_id

    broken = client.datasets.create(name=unique("broken"))
    broken.upload_data(b"id\n1\nnot-a-number\n", file_name="bad.csv")
    broken.create_schema([{"name": "id", "type": "int"}], status="current")
    with pytest.raises(OperationFailedError):
        broken.process(timeout=30)
