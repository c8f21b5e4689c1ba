# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Audit logs: who did what, to which resource, when."""

from __future__ import annotations

import datetime
from types import ModuleType
from typing import Any

from agentplug_moderately_client.models import AuditLog

from agentplug._core._operations import lazy_operations
from agentplug._core._sync._pagination import Pager

from ..._params import IdList, id_list, page_params, query
from ._base import Resource, check_page

get_audit_log, list_audit_logs, list_entity_audit_logs, list_user_audit_logs = lazy_operations(
    "agentplug_moderately_client.api.audit_logs",
    "get_audit_log",
    "list_audit_logs",
    "list_entity_audit_logs",
    "list_user_audit_logs",
)

__all__ = ["AuditLogs"]


def _timestamp(value: datetime.datetime | str | None) -> str | None:
    return value.isoformat() if isinstance(value, datetime.datetime) else value


class AuditLogs(Resource):
    """Audit logs of the client's team (`client.audit_logs`)."""

    def _pager(
        self,
        operation: ModuleType,
        filters: dict[str, Any],
        page: int | None,
        page_size: int | None,
        order_by: str | None,
        order_direction: str | None,
        max_items: int | None,
    ) -> Pager[AuditLog]:
        check_page(page, page_size, 1000)
        params = query(**filters, **page_params(page, page_size, order_by, order_direction))
        return self._api.pager(
            operation, params, AuditLog.from_dict, page=page, page_size=page_size, max_items=max_items
        )

    @staticmethod
    def _filters(
        *,
        user_ids: IdList | None,
        api_token_ids: IdList | None,
        resource_type: str | None,
        resource_ids: IdList | None,
        event_type: str | None,
        action: str | None,
        start_date: datetime.datetime | str | None,
        end_date: datetime.datetime | str | None,
    ) -> dict[str, Any]:
        return {
            "user_ids": id_list(user_ids, "user_ids"),
            "api_token_ids": id_list(api_token_ids, "api_token_ids"),
            "resource_type": resource_type,
            "resource_ids": id_list(resource_ids, "resource_ids"),
            "event_type": event_type,
            "action": action,
            "start_date": _timestamp(start_date),
            "end_date": _timestamp(end_date),
        }

    def list(
        self,
        *,
        user_ids: IdList | None = None,
        api_token_ids: IdList | None = None,
        resource_type: str | None = None,
        resource_ids: IdList | None = None,
        event_type: str | None = None,
        action: str | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[AuditLog]:
        """Audit entries of the client's team."""
        filters = self._filters(
            user_ids=user_ids,
            api_token_ids=api_token_ids,
            resource_type=resource_type,
            resource_ids=resource_ids,
            event_type=event_type,
            action=action,
            start_date=start_date,
            end_date=end_date,
        )
        filters = {"team_id": self._team_id, **filters, **extra}
        return self._pager(list_audit_logs, filters, page, page_size, order_by, order_direction, max_items)

    def list_for_entity(
        self,
        entity_type: str,
        entity_id: str,
        *,
        action: str | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[AuditLog]:
        """Audit entries about one resource (e.g. "dataset", its id)."""
        filters = {
            "entity_type": entity_type,
            "entity_id": entity_id,
            "action": action,
            "start_date": _timestamp(start_date),
            "end_date": _timestamp(end_date),
            **extra,
        }
        return self._pager(list_entity_audit_logs, filters, page, page_size, order_by, order_direction, max_items)

    def list_for_user(
        self,
        user_id: str,
        *,
        action: str | None = None,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[AuditLog]:
        """Audit entries of one user's actions."""
        filters = {
            "user_id": user_id,
            "action": action,
            "start_date": _timestamp(start_date),
            "end_date": _timestamp(end_date),
            **extra,
        }
        return self._pager(list_user_audit_logs, filters, page, page_size, order_by, order_direction, max_items)

    def retrieve(self, audit_log_id: str, **extra: Any) -> AuditLog:
        """One audit entry by id (NotFoundError when there is none)."""
        return self._api.call(AuditLog.from_dict, get_audit_log, {"audit_log_id": audit_log_id, **extra})
