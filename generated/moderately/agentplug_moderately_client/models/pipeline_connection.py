from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PipelineConnection")


@_attrs_define
class PipelineConnection:
    """Wires an output port of one block to an input port of another.

    Attributes:
        source_block_id (str):
        source_port (str):
        target_block_id (str):
        target_port (str):
    """

    source_block_id: str
    source_port: str
    target_block_id: str
    target_port: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "source_block_id",
            "source_port",
            "target_block_id",
            "target_port",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("source_block_id", self.source_block_id),
                ("source_port", self.source_port),
                ("target_block_id", self.target_block_id),
                ("target_port", self.target_port),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        source_block_id = self.source_block_id

        source_port = self.source_port

        target_block_id = self.target_block_id

        target_port = self.target_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_block_id": source_block_id,
                "source_port": source_port,
                "target_block_id": target_block_id,
                "target_port": target_port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        source_block_id = src_dict["source_block_id"]

        source_port = src_dict["source_port"]

        target_block_id = src_dict["target_block_id"]

        target_port = src_dict["target_port"]

        _obj = cls(
            source_block_id,
            source_port,
            target_block_id,
            target_port,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("source_block_id", None)
            additional_properties.pop("source_port", None)
            additional_properties.pop("target_block_id", None)
            additional_properties.pop("target_port", None)
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
