"""Who does a write, in which role, through which channel: passed to every service that writes."""

from __future__ import annotations

from dataclasses import dataclass

# The channels a write arrives through.
CHANNELS = ("cli", "api", "portal", "harvest", "system")


@dataclass(frozen=True)
class Actor:
    """The author of a write, as the audit trail records it.

    who: an account's user name, or for writes no person makes, what makes them
    (`harvest:<source>`, `system`). role: the role the write is made in (`site_admin`, a
    publisher role such as `editor`, `public` for anonymous requests, `system`). publisher: the
    publisher whose role it is, when the role is a publisher's.
    """

    who: str
    role: str
    channel: str
    publisher: str | None = None

    def __post_init__(self) -> None:
        if not self.who:
            raise ValueError("an actor needs a name")
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}; one of {', '.join(CHANNELS)}")

    @classmethod
    def system(cls, channel: str = "system") -> Actor:
        """The catalog itself (scheduled jobs, the demo, housekeeping)."""
        return cls(who="system", role="system", channel=channel)

    def label(self) -> str:
        """The actor as one line of the audit trail: `who (role, channel)`."""
        return f"{self.who} ({self.role}, {self.channel})"
