package com.quantmatrix.adapters.net;

/** What went wrong talking to a remote service; one counter per kind in {@link FaultCounters}. */
public enum FaultKind
{
    /** HTTP 429 or a vendor's "too many requests" body. */
    RATE_LIMITED,
    /** The plan's quota is used up or the endpoint is not in the plan (daily limit, premium-only). Not retried. */
    QUOTA,
    /** HTTP 5xx. */
    SERVER_ERROR,
    /** No answer within the request timeout, or no frame within the ping/pong deadline. */
    TIMEOUT,
    /** Connection refused, reset or dropped (also mid-body or mid-frame). */
    CONNECTION,
    /** A body or frame that does not parse (malformed or truncated). */
    MALFORMED,
    /** The credentials were refused (401/403, auth_failed). Not retried. */
    AUTH,
    /** Any other 4xx: the request itself is wrong. Not retried. */
    CLIENT_ERROR,
    /** The server closed or told us it will close the session (max_connections, slow_consumer, ...). */
    DISCONNECTED
}
