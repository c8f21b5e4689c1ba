from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockTypeError")


@_attrs_define
class BlockTypeError:
    """A block that is invalid by itself.

    Attributes:
        block_id (str):
        block_type (str):
        error_type (str):
        message (str):
        type_ (Literal['block_type_error']):
        port_name (None | str | Unset):
        source_block_id (None | str | Unset):
        source_port (None | str | Unset):
    """

    block_id: str
    block_type: str
    error_type: str
    message: str
    type_: Literal["block_type_error"]
    port_name: None | str | Unset = UNSET
    source_block_id: None | str | Unset = UNSET
    source_port: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "blockId",
            "blockType",
            "errorType",
            "message",
            "type",
            "portName",
            "sourceBlockId",
            "sourcePort",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("block_id", self.block_id),
                ("block_type", self.block_type),
                ("error_type", self.error_type),
                ("message", self.message),
                ("type_", self.type_),
                ("port_name", self.port_name),
                ("source_block_id", self.source_block_id),
                ("source_port", self.source_port),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        block_id = self.block_id

        block_type = self.block_type

        error_type = self.error_type

        message = self.message

        type_ = self.type_

        port_name: None | str | Unset
        if isinstance(self.port_name, Unset):
            port_name = UNSET
        else:
            port_name = self.port_name

        source_block_id: None | str | Unset
        if isinstance(self.source_block_id, Unset):
            source_block_id = UNSET
        else:
            source_block_id = self.source_block_id

        source_port: None | str | Unset
        if isinstance(self.source_port, Unset):
            source_port = UNSET
        else:
            source_port = self.source_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blockId": block_id,
                "blockType": block_type,
                "errorType": error_type,
                "message": message,
                "type": type_,
            }
        )
        if port_name is not UNSET:
            field_dict["portName"] = port_name
        if source_block_id is not UNSET:
            field_dict["sourceBlockId"] = source_block_id
        if source_port is not UNSET:
            field_dict["sourcePort"] = source_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        block_id = src_dict["blockId"]

        block_type = src_dict["blockType"]

        error_type = src_dict["errorType"]

        message = src_dict["message"]

        type_ = src_dict["type"]
        if type_ != "block_type_error":
            raise ValueError(f"type must be 'block_type_error', got {type_!r}")

        _port_name_raw = src_dict.get("portName", UNSET)
        port_name: None | str | Unset
        if isinstance(_port_name_raw, Unset):
            port_name = UNSET
        else:
            port_name = cast(None | str | Unset, _port_name_raw)

        _source_block_id_raw = src_dict.get("sourceBlockId", UNSET)
        source_block_id: None | str | Unset
        if isinstance(_source_block_id_raw, Unset):
            source_block_id = UNSET
        else:
            source_block_id = cast(None | str | Unset, _source_block_id_raw)

        _source_port_raw = src_dict.get("sourcePort", UNSET)
        source_port: None | str | Unset
        if isinstance(_source_port_raw, Unset):
            source_port = UNSET
        else:
            source_port = cast(None | str | Unset, _source_port_raw)

        _obj = cls(
            block_id,
            block_type,
            error_type,
            message,
            type_,
            port_name,
            source_block_id,
            source_port,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("blockId", None)
            additional_properties.pop("blockType", None)
            additional_properties.pop("errorType", None)
            additional_properties.pop("message", None)
            additional_properties.pop("type", None)
            additional_properties.pop("portName", None)
            additional_properties.pop("sourceBlockId", None)
            additional_properties.pop("sourcePort", None)
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
