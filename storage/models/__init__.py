"""The tables; importing this package registers all of them on Base.metadata."""

from .admin import Admin, AuditEntry, ConfigValue, Invite
from .alerts import Alert, AlertEvent, AlertKind, AlertStatus, EventKind
from .base import Base, UTCDateTime
from .digest import DigestPost
from .meta import AppState
from .people import Client, ClientStatus, Staff
from .script import Department, Question, Script
from .surveys import Answer, Delivery, Survey

__all__ = [
    "Admin", "AuditEntry", "ConfigValue", "Invite", "Alert", "AlertEvent", "AlertKind",
    "AlertStatus", "EventKind", "Answer", "AppState", "Base", "Client", "ClientStatus", "Delivery",
    "Department", "DigestPost", "Question", "Script", "Staff", "Survey", "UTCDateTime",
]
