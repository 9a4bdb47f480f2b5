"""A local Telegram Bot API server with Telegram's rules, plus a control side that plays the humans."""

from .client import SandboxBot, SandboxClient, SandboxError, SandboxTimeout
from .server import SandboxServer

__all__ = ["SandboxBot", "SandboxClient", "SandboxError", "SandboxServer", "SandboxTimeout"]
