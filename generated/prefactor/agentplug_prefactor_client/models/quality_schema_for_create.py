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

T = TypeVar("T", bound="QualitySchemaForCreate")


@_attrs_define
class QualitySchemaForCreate:
    """
    Attributes:
        name (str):
        schema (JsonSchema): A JSON Schema document.
        data_risk (DataRisk | Unset):
        description (str | Unset):
        template (str | Unset):
        title (str | Unset):
    """

    name: str
    schema: dict[str, Any]
    data_risk: DataRisk | Unset = UNSET
    description: str | Unset = UNSET
    template: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "schema",
            "data_risk",
            "description",
            "template",
            "title",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("schema", self.schema),
                ("data_risk", self.data_risk),
                ("description", self.description),
                ("template", self.template),
                ("title", self.title),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema = self.schema

        data_risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_risk, Unset):
            data_risk = (
                self.data_risk
                if isinstance(self.data_risk, dict)
                else self.data_risk.to_dict()
            )

        description = self.description

        template = self.template

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
            }
        )
        if data_risk is not UNSET:
            field_dict["data_risk"] = data_risk
        if description is not UNSET:
            field_dict["description"] = description
        if template is not UNSET:
            field_dict["template"] = template
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        schema = src_dict["schema"]
        if not isinstance(schema, dict):
            raise TypeError(
                f"expected an object for schema, got {type(schema).__name__}"
            )

        _data_risk_in = src_dict.get("data_risk", UNSET)
        if _data_risk_in is None:
            _data_risk_in = UNSET
        _data_risk = _data_risk_in
        data_risk: DataRisk | Unset
        if isinstance(_data_risk, Unset):
            data_risk = UNSET
        else:
            data_risk = DataRisk.from_dict(_data_risk)

        _description_in = src_dict.get("description", UNSET)
        if _description_in is None:
            _description_in = UNSET
        description = _description_in

        _template_in = src_dict.get("template", UNSET)
        if _template_in is None:
            _template_in = UNSET
        template = _template_in

        _title_in = src_dict.get("title", UNSET)
        if _title_in is None:
            _title_in = UNSET
        title = _title_in

        _obj = cls(
            name,
            schema,
            data_risk,
            description,
            template,
            title,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("name", None)
            additional_properties.pop("schema", None)
            additional_properties.pop("data_risk", None)
            additional_properties.pop("description", None)
            additional_properties.pop("template", None)
            additional_properties.pop("title", None)
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


from ..models.data_risk import DataRisk  # noqa: E402
