package com.quantmatrix.adapters.polygon;

/** The status messages Polygon's WebSocket sends ({"ev":"status","status":...}). */
public enum PolygonStatus
{
    /** The socket is up ("connected", or "success" before auth in the spec example). */
    CONNECTED,
    AUTH_SUCCESS,
    /** The key was refused: fatal, do not retry. */
    AUTH_FAILED,
    AUTH_TIMEOUT,
    /** A subscribe/unsubscribe was acknowledged ("success"). */
    SUCCESS,
    /** A subscribe was sent before authenticating. */
    AUTH_REQUIRED,
    /** The plan's connection limit is reached: the server disconnects this session. */
    MAX_CONNECTIONS,
    /** The client reads too slowly: the server disconnects this session. */
    SLOW_CONSUMER,
    FORCE_DISCONNECT,
    ERROR,
    OTHER
}
