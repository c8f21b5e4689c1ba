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

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeEnvironment")


@_attrs_define
class RuntimeEnvironment:
    """
    Attributes:
        agent_sdk (list[str] | Unset): `package@version` entries.
        os (str | Unset):
        prefactor_sdk (list[str] | Unset):
        runtime (str | Unset): For example `cpython@3.11`.
    """

    agent_sdk: list[str] | Unset = UNSET
    os: str | Unset = UNSET
    prefactor_sdk: list[str] | Unset = UNSET
    runtime: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_sdk",
            "os",
            "prefactor_sdk",
            "runtime",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_sdk", self.agent_sdk),
                ("os", self.os),
                ("prefactor_sdk", self.prefactor_sdk),
                ("runtime", self.runtime),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_sdk: list[str] | Unset = UNSET
        if not isinstance(self.agent_sdk, Unset):
            agent_sdk = self.agent_sdk

        os = self.os

        prefactor_sdk: list[str] | Unset = UNSET
        if not isinstance(self.prefactor_sdk, Unset):
            prefactor_sdk = self.prefactor_sdk

        runtime = self.runtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_sdk is not UNSET:
            field_dict["agent_sdk"] = agent_sdk
        if os is not UNSET:
            field_dict["os"] = os
        if prefactor_sdk is not UNSET:
            field_dict["prefactor_sdk"] = prefactor_sdk
        if runtime is not UNSET:
            field_dict["runtime"] = runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _agent_sdk_in = src_dict.get("agent_sdk", UNSET)
        if _agent_sdk_in is None:
            _agent_sdk_in = UNSET
        agent_sdk = cast(list[str], _agent_sdk_in)

        _os_in = src_dict.get("os", UNSET)
        if _os_in is None:
            _os_in = UNSET
        os = _os_in

        _prefactor_sdk_in = src_dict.get("prefactor_sdk", UNSET)
        if _prefactor_sdk_in is None:
            _prefactor_sdk_in = UNSET
        prefactor_sdk = cast(list[str], _prefactor_sdk_in)

        _runtime_in = src_dict.get("runtime", UNSET)
        if _runtime_in is None:
            _runtime_in = UNSET
        runtime = _runtime_in

        _obj = cls(
            agent_sdk,
            os,
            prefactor_sdk,
            runtime,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agent_sdk", None)
            additional_properties.pop("os", None)
            additional_properties.pop("prefactor_sdk", None)
            additional_properties.pop("runtime", None)
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
