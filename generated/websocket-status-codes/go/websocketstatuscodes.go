// generated from spec/websocket-status-codes.yaml by `npm run gen`; do not edit

// Package websocketstatuscodes holds the WebSocketStatusCodes codes: each code a constant of type WebSocketStatusCodes, with the
// flags and ranges of every number and Describe for each code's texts.
package websocketstatuscodes

import (
	"sort"
	"strconv"
)

// WebSocketStatusCodes is one code of the set; Describe gives its name, summary, description and flags.
type WebSocketStatusCodes uint16

const (
	// Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.
	NormalClosure WebSocketStatusCodes = 1000
	// Indicates that an endpoint is "going away", such as a server going down or a browser having navigated away from a page.
	GoingAway WebSocketStatusCodes = 1001
	// Indicates that an endpoint is terminating the connection due to a protocol error.
	ProtocolError WebSocketStatusCodes = 1002
	// Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).
	WrongDataType WebSocketStatusCodes = 1003
	// Reserved. The specific meaning might be defined in the future.
	Reserved WebSocketStatusCodes = 1004
	// A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.
	NoStatusCode WebSocketStatusCodes = 1005
	// A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.
	ClosedAbnormally WebSocketStatusCodes = 1006
	// Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).
	DataError WebSocketStatusCodes = 1007
	// Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.
	PolicyError WebSocketStatusCodes = 1008
	// Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.
	TooBigMessage WebSocketStatusCodes = 1009
	// Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.
	ExtensionExpected WebSocketStatusCodes = 1010
	// Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.
	WrongRequest WebSocketStatusCodes = 1011
	// Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s.
	ServiceRestart WebSocketStatusCodes = 1012
	// Indicates that the service is experiencing overload. A client should only connect to a different IP (when there are multiple for the target) or reconnect to the same IP upon user action.
	TryAgainLater WebSocketStatusCodes = 1013
	// Indicates that the server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to the 502 HTTP status code.
	BadGateway WebSocketStatusCodes = 1014
	// A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).
	TLSHandshakeError WebSocketStatusCodes = 1015
)

// Flags is a set of the spec's flags, as bits.
type Flags uint32

const (
	// MUST NOT be set as a status code in a Close frame by an endpoint.
	FlagReserved Flags = 1
	// A browser's WebSocket.close(code) throws an InvalidAccessError for this value or sends another number; browsers accept only the integers 1000 and 3000-4999.
	FlagBrowserRejected Flags = 2
)

// Entry is one code: what Describe returns. Summary, Reference and DeprecationNote are empty where the
// spec gives none.
type Entry struct {
	Name            string
	Code            WebSocketStatusCodes
	Summary         string
	Description     string
	Flags           Flags
	Reference       string
	Deprecated      bool
	DeprecationNote string
}

// Range is numbers from From to To (inclusive) that share a meaning and flags.
type Range struct {
	From        int
	To          int
	Description string
	Flags       Flags
}

const minNumber, maxNumber int = 0, 65535

const otherFlags Flags = 3

var flagNames = []string{
	"reserved",
	"browserRejected",
}

// Entries is every code, in spec order.
var Entries = []Entry{
	{Name: "NormalClosure", Code: 1000, Summary: "Normal Closure", Description: "Indicates a normal closure, meaning that the purpose for which the connection was established has been fulfilled.", Flags: 0, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "GoingAway", Code: 1001, Summary: "Going Away", Description: "Indicates that an endpoint is \"going away\", such as a server going down or a browser having navigated away from a page.", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "ProtocolError", Code: 1002, Summary: "Protocol error", Description: "Indicates that an endpoint is terminating the connection due to a protocol error.", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "WrongDataType", Code: 1003, Summary: "Unsupported Data", Description: "Indicates that an endpoint is terminating the connection because it has received a type of data it cannot accept (e.g., an endpoint that understands only text data MAY send this if it receives a binary message).", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "Reserved", Code: 1004, Summary: "Reserved", Description: "Reserved. The specific meaning might be defined in the future.", Flags: 3, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "NoStatusCode", Code: 1005, Summary: "No Status Rcvd", Description: "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that no status code was actually present.", Flags: 3, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "ClosedAbnormally", Code: 1006, Summary: "Abnormal Closure", Description: "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint. It is designated for use in applications expecting a status code to indicate that the connection was closed abnormally, e.g., without sending or receiving a Close control frame.", Flags: 3, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "DataError", Code: 1007, Summary: "Invalid frame payload data", Description: "Indicates that an endpoint is terminating the connection because it has received data within a message that was not consistent with the type of the message (e.g., non-UTF-8 [RFC3629] data within a text message).", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "PolicyError", Code: 1008, Summary: "Policy Violation", Description: "Indicates that an endpoint is terminating the connection because it has received a message that violates its policy. This is a generic status code that can be returned when there is no other more suitable status code (e.g., 1003 or 1009) or if there is a need to hide specific details about the policy.", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "TooBigMessage", Code: 1009, Summary: "Message Too Big", Description: "Indicates that an endpoint is terminating the connection because it has received a message that is too big for it to process.", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "ExtensionExpected", Code: 1010, Summary: "Mandatory Ext.", Description: "Indicates that an endpoint (client) is terminating the connection because it has expected the server to negotiate one or more extension,  but the server didn't return them in the response message of the WebSocket handshake. The list of extensions that are needed SHOULD appear in the /reason/ part of the Close frame. Note that this status code is not used by the server, because it can fail the WebSocket handshake instead.", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "WrongRequest", Code: 1011, Summary: "Internal Error", Description: "Indicates that a server is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.", Flags: 2, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
	{Name: "ServiceRestart", Code: 1012, Summary: "Service Restart", Description: "Indicates that the service is restarted. A client may reconnect, and if it chooses to do so, should reconnect using a randomized delay of 5 - 30 s.", Flags: 2, Reference: "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html", Deprecated: false, DeprecationNote: ""},
	{Name: "TryAgainLater", Code: 1013, Summary: "Try Again Later", Description: "Indicates that the service is experiencing overload. A client should only connect to a different IP (when there are multiple for the target) or reconnect to the same IP upon user action.", Flags: 2, Reference: "https://www.ietf.org/mail-archive/web/hybi/current/msg09670.html", Deprecated: false, DeprecationNote: ""},
	{Name: "BadGateway", Code: 1014, Summary: "Bad Gateway", Description: "Indicates that the server was acting as a gateway or proxy and received an invalid response from the upstream server. This is similar to the 502 HTTP status code.", Flags: 2, Reference: "https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html", Deprecated: false, DeprecationNote: ""},
	{Name: "TLSHandshakeError", Code: 1015, Summary: "TLS handshake", Description: "A reserved value and MUST NOT be set as a status code in a Close control frame by an endpoint.  It is designated for use in applications expecting a status code to indicate that the connection was closed due to a failure to perform a TLS handshake (e.g., the server certificate can't be verified).", Flags: 3, Reference: "https://www.rfc-editor.org/rfc/rfc6455.html#section-7.4.1", Deprecated: false, DeprecationNote: ""},
}

// Ranges is the spec's ranges, ascending: a number no code defines takes its range's flags.
var Ranges = []Range{
	{From: 0, To: 999, Description: "Not used.", Flags: 3},
	{From: 1000, To: 2999, Description: "Reserved for definition by this protocol, its future revisions, and extensions specified in a permanent and readily available public specification.", Flags: 3},
	{From: 3000, To: 3999, Description: "Reserved for use by libraries, frameworks, and applications, registered with IANA. Their meaning is not defined by the protocol.", Flags: 0},
	{From: 4000, To: 4999, Description: "Reserved for private use; cannot be registered. Their meaning is agreed between applications.", Flags: 0},
	{From: 5000, To: 65535, Description: "Defined by no specification.", Flags: 3},
}

var byNumber = indexByNumber()

func indexByNumber() map[int]int {
	index := make(map[int]int, len(Entries))
	for i, entry := range Entries {
		index[int(entry.Code)] = i
	}
	return index
}

// Describe returns the code's entry, or nil for a number that is no code.
func Describe(code int) *Entry {
	if i, ok := byNumber[code]; ok {
		return &Entries[i]
	}
	return nil
}

// IsKnown reports whether the number is one of the codes.
func IsKnown(code int) bool {
	_, ok := byNumber[code]
	return ok
}

// NameOf returns the code's name as the spec spells it, or "" for a number that is no code.
func NameOf(code int) string {
	if entry := Describe(code); entry != nil {
		return entry.Name
	}
	return ""
}

// FlagsOf returns the code's own flags when it is defined, else those of the range holding it, else
// none; a number outside the bounds has the flags the spec gives to everything else.
func FlagsOf(code int) Flags {
	if code < minNumber || code > maxNumber {
		return otherFlags
	}
	if entry := Describe(code); entry != nil {
		return entry.Flags
	}
	at := sort.Search(len(Ranges), func(i int) bool { return Ranges[i].From > code }) - 1
	if at >= 0 && code <= Ranges[at].To {
		return Ranges[at].Flags
	}
	return 0
}

// HasFlag reports whether the number carries every flag of flag (see FlagsOf); never for no flags.
func HasFlag(code int, flag Flags) bool {
	return flag != 0 && FlagsOf(code)&flag == flag
}

// Names returns the spec's names of the flags that are set, in the spec's order.
func (f Flags) Names() []string {
	names := []string{}
	for bit, name := range flagNames {
		if f&(1<<bit) != 0 {
			names = append(names, name)
		}
	}
	return names
}

// String returns the code's name as the spec spells it, or the type and number for a number that is no code.
func (c WebSocketStatusCodes) String() string {
	if name := NameOf(int(c)); name != "" {
		return name
	}
	return "WebSocketStatusCodes(" + strconv.FormatInt(int64(c), 10) + ")"
}
