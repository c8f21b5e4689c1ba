from __future__ import annotations

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineConfigurationVersionUpdate")


@_attrs_define
class PipelineConfigurationVersionUpdate:
    """Changes to a configuration version (the configuration of a current version is frozen).

    Attributes:
        configuration (PipelineConfiguration | Unset): A pipeline's graph: blocks and the connections between them.
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per parent is `current`.
    """

    configuration: PipelineConfiguration | Unset = UNSET
    status: VersionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "configuration",
            "status",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("configuration", self.configuration),
                ("status", self.status),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = (
                self.configuration
                if isinstance(self.configuration, dict)
                else self.configuration.to_dict()
            )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _configuration_in = src_dict.get("configuration", UNSET)
        if _configuration_in is None:
            _configuration_in = UNSET
        _configuration = _configuration_in
        configuration: PipelineConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = PipelineConfiguration.from_dict(_configuration)

        _status_in = src_dict.get("status", UNSET)
        if _status_in is None:
            _status_in = UNSET
        _status = _status_in
        status: VersionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = cast(
                VersionStatus,
                VersionStatus._value2member_map_.get(_status) or VersionStatus(_status),
            )

        _obj = cls(
            configuration,
            status,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("configuration", None)
            additional_properties.pop("status", None)
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
