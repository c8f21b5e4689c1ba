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

T = TypeVar("T", bound="TransformBlock")


@_attrs_define
class TransformBlock:
    """Applies data operations.

    Attributes:
        config (TransformBlockConfig): Settings of a `transform` block.
        id (str):
        type_ (Literal['transform']):
    """

    config: TransformBlockConfig
    id: str
    type_: Literal["transform"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
            "id",
            "type",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("config", self.config),
                ("id", self.id),
                ("type_", self.type_),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        config = self.config if isinstance(self.config, dict) else self.config.to_dict()

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        config = TransformBlockConfig.from_dict(src_dict["config"])

        id = src_dict["id"]

        type_ = src_dict["type"]
        if type_ != "transform":
            raise ValueError(f"type must be 'transform', got {type_!r}")

        _obj = cls(
            config,
            id,
            type_,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("config", None)
            additional_properties.pop("id", None)
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


from ..models.transform_block_config import TransformBlockConfig  # noqa: E402
