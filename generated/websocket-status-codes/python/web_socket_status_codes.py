# generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit
"""WebSocket close status codes

Status codes an endpoint sends in a WebSocket Close frame to say why it closes
the connection (RFC 6455 section 7.4, and the IANA registry).
"""

from __future__ import annotations

from bisect import bisect_right
from enum import IntEnum
from typing import Literal, NamedTuple, Optional, Union

__all__ = [
    "WebSocketStatusCodes",
    "FlagName",
    "FLAGS",
    "Entry",
    "CodeRange",
    "ENTRIES",
    "RANGES",
    "describe",
    "is_known",
    "name_of",
    "flags_of",
    "has_flag",
]


class WebSocketStatusCodes(IntEnum):
    """WebSocket close status codes"""

    NormalClosure = 1000
    """Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled."""

    GoingAway = 1001
    """Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page."""

    ProtocolError = 1002
    """Indicates that an endpoint is terminating the connection due to a protocol error."""

    WrongDataType = 1003
    """Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message)."""

    Reserved = 1004
    """Reserved. The specific meaning might be defined in the future."""

    NoStatusCode = 1005
    """A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present."""

    ClosedAbnormally = 1006
    """A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame."""

    DataError = 1007
    """Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message)."""

    PolicyError = 1008
    """Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy."""

    TooBigMessage = 1009
    """Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process."""

    ExtensionExpected = 1010
    """Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead."""

    WrongRequest = 1011
    """Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request."""

    ServiceRestart = 1012
    """Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s."""

    TryAgainLater = 1013
    """Indicates that the service is experiencing overload. A client should only connect to a different IP (when there are multiple for the target) or reconnect to the same IP upon user action."""

    BadGateway = 1014
    """Indicates that the server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to the 502 HTTP status code."""

    TLSHandshakeError = 1015
    """A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified)."""


FlagName = Literal["reserved", "browserRejected"]
"""The name of a flag, as declared in the spec."""

FLAGS: dict[FlagName, str] = {
    "reserved": "MUST NOT be set as a status code in a Close frame by an endpoint.",
    "browserRejected": "A browser's WebSocket.close(code) throws an InvalidAccessError for this value or sends another number; browsers accept only the integers 1000 and 3000-4999.",
}
"""What each flag means, as declared in the spec."""


class Entry(NamedTuple):
    """One code: what describe() returns.

    name is the code's name as the spec spells it (the enum member's name takes a trailing underscore
    where Python needs one), summary a short label or None, flags the code's own, reference a URL or
    None, deprecated False, True or a note saying what to use instead.
    """

    name: str
    code: int
    summary: Optional[str]
    description: str
    flags: frozenset[FlagName]
    reference: Optional[str]
    deprecated: Union[bool, str]


class CodeRange(NamedTuple):
    """Numbers from low to high (inclusive) that share a meaning and flags."""

    low: int
    high: int
    description: str
    flags: frozenset[FlagName]


ENTRIES: tuple[Entry, ...] = (
    Entry("NormalClosure", 1000, "Normal Closure", "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.", frozenset(), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("GoingAway", 1001, "Going Away", "Indicates that an endpoint is \"going away\", such as a server going down or a browser having navigated away from a page.", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("ProtocolError", 1002, "Protocol error", "Indicates that an endpoint is terminating the connection due to a protocol error.", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("WrongDataType", 1003, "Unsupported Data", "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("Reserved", 1004, "Reserved", "Reserved. The specific meaning might be defined in the future.", frozenset({"reserved", "browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("NoStatusCode", 1005, "No Status Rcvd", "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.", frozenset({"reserved", "browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("ClosedAbnormally", 1006, "Abnormal Closure", "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.", frozenset({"reserved", "browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("DataError", 1007, "Invalid frame payload data", "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("PolicyError", 1008, "Policy Violation", "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("TooBigMessage", 1009, "Message Too Big", "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("ExtensionExpected", 1010, "Mandatory Ext.", "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("WrongRequest", 1011, "Internal Error", "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.", frozenset({"browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
    Entry("ServiceRestart", 1012, "Service Restart", "Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s.", frozenset({"browserRejected"}), "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html", False),
    Entry("TryAgainLater", 1013, "Try Again Later", "Indicates that the service is experiencing overload. A client should only connect to a different IP (when there are multiple for the target) or reconnect to the same IP upon user action.", frozenset({"browserRejected"}), "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html", False),
    Entry("BadGateway", 1014, "Bad Gateway", "Indicates that the server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to the 502 HTTP status code.", frozenset({"browserRejected"}), "https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html", False),
    Entry("TLSHandshakeError", 1015, "TLS handshake", "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).", frozenset({"reserved", "browserRejected"}), "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", False),
)
"""Every code, in spec order."""

RANGES: tuple[CodeRange, ...] = (
    CodeRange(0, 999, "Not used.", frozenset({"reserved", "browserRejected"})),
    CodeRange(1000, 2999, "Reserved for definition by this protocol, its future revisions, and extensions specified in a permanent and readily available public specification.", frozenset({"reserved", "browserRejected"})),
    CodeRange(3000, 3999, "Reserved for use by libraries, frameworks, and applications, registered with IANA. Their meaning is not defined by the protocol.", frozenset()),
    CodeRange(4000, 4999, "Reserved for private use; cannot be registered. Their meaning is agreed between applications.", frozenset()),
    CodeRange(5000, 65535, "Defined by no specification.", frozenset({"reserved", "browserRejected"})),
)
"""The spec's ranges, ascending: a number no code defines takes its range's flags."""

_MIN = 0
_MAX = 65535
_OTHER_FLAGS: frozenset[FlagName] = frozenset({"reserved", "browserRejected"})
_NO_FLAGS: frozenset[FlagName] = frozenset()
_BY_CODE: dict[int, Entry] = {entry.code: entry for entry in ENTRIES}
_RANGE_LOWS: list[int] = [low for low, _, _, _ in RANGES]


def _is_number(code: object) -> bool:
    """Whether code is an integer inside the bounds (bool is an int to Python, not to us)."""
    return (
        isinstance(code, int)
        and not isinstance(code, bool)
        and _MIN <= code <= _MAX
    )


def describe(code: int) -> Optional[Entry]:
    """The entry of a defined code, or None for any other value."""
    return _BY_CODE.get(code) if _is_number(code) else None


def is_known(code: int) -> bool:
    """Whether code is one of the defined codes."""
    return describe(code) is not None


def name_of(code: int) -> Optional[str]:
    """The name of a defined code as the spec spells it, or None."""
    entry = describe(code)
    return entry.name if entry is not None else None


def flags_of(code: int) -> frozenset[FlagName]:
    """The code's own flags when it is defined, else those of the range holding it, else none.

    A value that is no code (not an integer, or outside the bounds) has the flags the spec gives to
    everything else.
    """
    if not _is_number(code):
        return _OTHER_FLAGS
    entry = _BY_CODE.get(code)
    if entry is not None:
        return entry.flags
    at = bisect_right(_RANGE_LOWS, code) - 1
    if at >= 0 and code <= RANGES[at].high:
        return RANGES[at].flags
    return _NO_FLAGS


def has_flag(code: int, flag: FlagName) -> bool:
    """Whether the value carries the flag (see flags_of)."""
    return flag in flags_of(code)
