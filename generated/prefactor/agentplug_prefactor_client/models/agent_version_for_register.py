from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentVersionForRegister")


@_attrs_define
class AgentVersionForRegister:
    """
    Attributes:
        description (str | Unset):
        external_identifier (str | Unset): For example `v1.0.0`.
        name (str | Unset):
        runtime_environment (RuntimeEnvironment | Unset):
    """

    description: str | Unset = UNSET
    external_identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    runtime_environment: RuntimeEnvironment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "external_identifier",
            "name",
            "runtime_environment",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("description", self.description),
                ("external_identifier", self.external_identifier),
                ("name", self.name),
                ("runtime_environment", self.runtime_environment),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        external_identifier = self.external_identifier

        name = self.name

        runtime_environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_environment, Unset):
            runtime_environment = (
                self.runtime_environment
                if isinstance(self.runtime_environment, dict)
                else self.runtime_environment.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if external_identifier is not UNSET:
            field_dict["external_identifier"] = external_identifier
        if name is not UNSET:
            field_dict["name"] = name
        if runtime_environment is not UNSET:
            field_dict["runtime_environment"] = runtime_environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _description_in = src_dict.get("description", UNSET)
        if _description_in is None:
            _description_in = UNSET
        description = _description_in

        _external_identifier_in = src_dict.get("external_identifier", UNSET)
        if _external_identifier_in is None:
            _external_identifier_in = UNSET
        external_identifier = _external_identifier_in

        _name_in = src_dict.get("name", UNSET)
        if _name_in is None:
            _name_in = UNSET
        name = _name_in

        _runtime_environment_in = src_dict.get("runtime_environment", UNSET)
        if _runtime_environment_in is None:
            _runtime_environment_in = UNSET
        _runtime_environment = _runtime_environment_in
        runtime_environment: RuntimeEnvironment | Unset
        if isinstance(_runtime_environment, Unset):
            runtime_environment = UNSET
        else:
            runtime_environment = RuntimeEnvironment.from_dict(_runtime_environment)

        _obj = cls(
            description,
            external_identifier,
            name,
            runtime_environment,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("description", None)
            additional_properties.pop("external_identifier", None)
            additional_properties.pop("name", None)
            additional_properties.pop("runtime_environment", None)
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


from ..models.runtime_environment import RuntimeEnvironment  # noqa: E402
