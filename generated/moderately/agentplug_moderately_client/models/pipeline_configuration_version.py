from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_status import VersionStatus
from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="PipelineConfigurationVersion")


@_attrs_define
class PipelineConfigurationVersion:
    """One version of a pipeline's configuration; executions run against a version.

    Attributes:
        configuration (PipelineConfiguration): A pipeline's graph: blocks and the connections between them.
        created_at (datetime.datetime | None):
        pipeline_configuration_version_id (str): Resource identifier (a nanoid string, not a UUID).
        pipeline_id (str): Resource identifier (a nanoid string, not a UUID).
        status (VersionStatus): Lifecycle of a versioned resource; at most one version per parent is `current`.
        updated_at (datetime.datetime | None):
        version (int):
    """

    configuration: PipelineConfiguration
    created_at: datetime.datetime | None
    pipeline_configuration_version_id: str
    pipeline_id: str
    status: VersionStatus
    updated_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "configuration",
            "createdAt",
            "pipelineConfigurationVersionId",
            "pipelineId",
            "status",
            "updatedAt",
            "version",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("configuration", self.configuration),
                ("created_at", self.created_at),
                (
                    "pipeline_configuration_version_id",
                    self.pipeline_configuration_version_id,
                ),
                ("pipeline_id", self.pipeline_id),
                ("status", self.status),
                ("updated_at", self.updated_at),
                ("version", self.version),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        configuration = (
            self.configuration
            if isinstance(self.configuration, dict)
            else self.configuration.to_dict()
        )

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        pipeline_configuration_version_id = self.pipeline_configuration_version_id

        pipeline_id = self.pipeline_id

        status = getattr(self.status, "value", self.status)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
                "createdAt": created_at,
                "pipelineConfigurationVersionId": pipeline_configuration_version_id,
                "pipelineId": pipeline_id,
                "status": status,
                "updatedAt": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        configuration = PipelineConfiguration.from_dict(src_dict["configuration"])

        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        pipeline_configuration_version_id = src_dict["pipelineConfigurationVersionId"]

        pipeline_id = src_dict["pipelineId"]

        status = cast(
            VersionStatus,
            VersionStatus._value2member_map_.get(src_dict["status"])
            or VersionStatus(src_dict["status"]),
        )

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        version = src_dict["version"]

        _obj = cls(
            configuration,
            created_at,
            pipeline_configuration_version_id,
            pipeline_id,
            status,
            updated_at,
            version,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("configuration", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("pipelineConfigurationVersionId", None)
            additional_properties.pop("pipelineId", None)
            additional_properties.pop("status", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("version", None)
            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.pipeline_configuration import PipelineConfiguration  # noqa: E402
