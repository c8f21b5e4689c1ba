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

T = TypeVar("T", bound="ApiTokenUsage")


@_attrs_define
class ApiTokenUsage:
    """Usage statistics of a token over a period.

    Attributes:
        average_response_time (float): Milliseconds.
        error_rate (float):
        requests_by_endpoint (ApiTokenUsageRequestsByEndpoint):
        requests_by_method (ApiTokenUsageRequestsByMethod):
        total_requests (int):
    """

    average_response_time: float
    error_rate: float
    requests_by_endpoint: ApiTokenUsageRequestsByEndpoint
    requests_by_method: ApiTokenUsageRequestsByMethod
    total_requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "averageResponseTime",
            "errorRate",
            "requestsByEndpoint",
            "requestsByMethod",
            "totalRequests",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("average_response_time", self.average_response_time),
                ("error_rate", self.error_rate),
                ("requests_by_endpoint", self.requests_by_endpoint),
                ("requests_by_method", self.requests_by_method),
                ("total_requests", self.total_requests),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        average_response_time = self.average_response_time

        error_rate = self.error_rate

        requests_by_endpoint = (
            self.requests_by_endpoint
            if isinstance(self.requests_by_endpoint, dict)
            else self.requests_by_endpoint.to_dict()
        )

        requests_by_method = (
            self.requests_by_method
            if isinstance(self.requests_by_method, dict)
            else self.requests_by_method.to_dict()
        )

        total_requests = self.total_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averageResponseTime": average_response_time,
                "errorRate": error_rate,
                "requestsByEndpoint": requests_by_endpoint,
                "requestsByMethod": requests_by_method,
                "totalRequests": total_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        average_response_time = src_dict["averageResponseTime"]

        error_rate = src_dict["errorRate"]

        requests_by_endpoint = ApiTokenUsageRequestsByEndpoint.from_dict(
            src_dict["requestsByEndpoint"]
        )

        requests_by_method = ApiTokenUsageRequestsByMethod.from_dict(
            src_dict["requestsByMethod"]
        )

        total_requests = src_dict["totalRequests"]

        _obj = cls(
            average_response_time,
            error_rate,
            requests_by_endpoint,
            requests_by_method,
            total_requests,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("averageResponseTime", None)
            additional_properties.pop("errorRate", None)
            additional_properties.pop("requestsByEndpoint", None)
            additional_properties.pop("requestsByMethod", None)
            additional_properties.pop("totalRequests", None)
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


from ..models.api_token_usage_requests_by_endpoint import (
    ApiTokenUsageRequestsByEndpoint,  # noqa: E402
)
from ..models.api_token_usage_requests_by_method import ApiTokenUsageRequestsByMethod  # noqa: E402
