from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ConnectionIssue")


@_attrs_define
class ConnectionIssue:
    """A connection that cannot work as wired.

    Attributes:
        connection_id (str):
        error_type (str):
        message (str):
        source_block_id (str):
        source_port (str):
        target_block_id (str):
        target_port (str):
        type_ (Literal['connection_error']):
    """

    connection_id: str
    error_type: str
    message: str
    source_block_id: str
    source_port: str
    target_block_id: str
    target_port: str
    type_: Literal["connection_error"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "connectionId",
            "errorType",
            "message",
            "sourceBlockId",
            "sourcePort",
            "targetBlockId",
            "targetPort",
            "type",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("connection_id", self.connection_id),
                ("error_type", self.error_type),
                ("message", self.message),
                ("source_block_id", self.source_block_id),
                ("source_port", self.source_port),
                ("target_block_id", self.target_block_id),
                ("target_port", self.target_port),
                ("type_", self.type_),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        error_type = self.error_type

        message = self.message

        source_block_id = self.source_block_id

        source_port = self.source_port

        target_block_id = self.target_block_id

        target_port = self.target_port

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
                "errorType": error_type,
                "message": message,
                "sourceBlockId": source_block_id,
                "sourcePort": source_port,
                "targetBlockId": target_block_id,
                "targetPort": target_port,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        connection_id = src_dict["connectionId"]

        error_type = src_dict["errorType"]

        message = src_dict["message"]

        source_block_id = src_dict["sourceBlockId"]

        source_port = src_dict["sourcePort"]

        target_block_id = src_dict["targetBlockId"]

        target_port = src_dict["targetPort"]

        type_ = src_dict["type"]
        if type_ != "connection_error":
            raise ValueError(f"type must be 'connection_error', got {type_!r}")

        _obj = cls(
            connection_id,
            error_type,
            message,
            source_block_id,
            source_port,
            target_block_id,
            target_port,
            type_,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("connectionId", None)
            additional_properties.pop("errorType", None)
            additional_properties.pop("message", None)
            additional_properties.pop("sourceBlockId", None)
            additional_properties.pop("sourcePort", None)
            additional_properties.pop("targetBlockId", None)
            additional_properties.pop("targetPort", None)
            additional_properties.pop("type", None)
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
