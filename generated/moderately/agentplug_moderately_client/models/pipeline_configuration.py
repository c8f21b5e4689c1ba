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

T = TypeVar("T", bound="PipelineConfiguration")


@_attrs_define
class PipelineConfiguration:
    """A pipeline's graph: blocks and the connections between them.

    Attributes:
        blocks (PipelineConfigurationBlocks): Blocks by id.
        id (str):
        name (str):
        connections (list[PipelineConnection] | Unset):
        description (str | Unset):
        metadata (PipelineMetadata | Unset): Descriptive metadata.
        version (str | Unset): Server default: `"1.0.0"`.
    """

    blocks: PipelineConfigurationBlocks
    id: str
    name: str
    connections: list[PipelineConnection] | Unset = UNSET
    description: str | Unset = UNSET
    metadata: PipelineMetadata | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "blocks",
            "id",
            "name",
            "connections",
            "description",
            "metadata",
            "version",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("blocks", self.blocks),
                ("id", self.id),
                ("name", self.name),
                ("connections", self.connections),
                ("description", self.description),
                ("metadata", self.metadata),
                ("version", self.version),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        blocks = self.blocks if isinstance(self.blocks, dict) else self.blocks.to_dict()

        id = self.id

        name = self.name

        connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connections, Unset):
            connections = []
            for connections_item_data in self.connections:
                connections_item = (
                    connections_item_data
                    if isinstance(connections_item_data, dict)
                    else connections_item_data.to_dict()
                )
                connections.append(connections_item)

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = (
                self.metadata
                if isinstance(self.metadata, dict)
                else self.metadata.to_dict()
            )

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocks": blocks,
                "id": id,
                "name": name,
            }
        )
        if connections is not UNSET:
            field_dict["connections"] = connections
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        blocks = PipelineConfigurationBlocks.from_dict(src_dict["blocks"])

        id = src_dict["id"]

        name = src_dict["name"]

        _connections_in = src_dict.get("connections", UNSET)
        if _connections_in is None:
            _connections_in = UNSET
        _connections = _connections_in
        connections: list[PipelineConnection] | Unset = UNSET
        if not isinstance(_connections, Unset):
            if not isinstance(_connections, list):
                raise TypeError(
                    f"expected a list for connections, got {type(_connections).__name__}"
                )
            connections = [
                PipelineConnection.from_dict(connections_item_data)
                for connections_item_data in _connections
            ]

        _description_in = src_dict.get("description", UNSET)
        if _description_in is None:
            _description_in = UNSET
        description = _description_in

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        _metadata = _metadata_in
        metadata: PipelineMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PipelineMetadata.from_dict(_metadata)

        _version_in = src_dict.get("version", UNSET)
        if _version_in is None:
            _version_in = UNSET
        version = _version_in

        _obj = cls(
            blocks,
            id,
            name,
            connections,
            description,
            metadata,
            version,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("blocks", None)
            additional_properties.pop("id", None)
            additional_properties.pop("name", None)
            additional_properties.pop("connections", None)
            additional_properties.pop("description", None)
            additional_properties.pop("metadata", None)
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


from ..models.pipeline_configuration_blocks import PipelineConfigurationBlocks  # noqa: E402
from ..models.pipeline_connection import PipelineConnection  # noqa: E402
from ..models.pipeline_metadata import PipelineMetadata  # noqa: E402
