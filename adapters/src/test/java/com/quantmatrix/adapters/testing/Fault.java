package com.quantmatrix.adapters.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One injected misbehaviour of {@link LocalHttpServer} for one request: an error status (with
 * headers such as Retry-After), a slow answer, a dropped connection, or a malformed or truncated
 * body. Queue faults per path with {@link LocalHttpServer#fault}; each is used once, in order.
 */
public final class Fault
{
    enum Kind { STATUS, SLOW, DROP, TRUNCATE, BODY }

    final Kind kind;
    final int status;
    final byte[] body;
    final Duration delay;
    final Map<String, String> headers = new LinkedHashMap<>();

    private Fault(final Kind kind, final int status, final byte[] body, final Duration delay)
    {
        this.kind = kind;
        this.status = status;
        this.body = body;
        this.delay = delay;
    }

    /** Answers with this status and body instead of the fixture. */
    public static Fault status(final int status, final String body)
    {
        return new Fault(Kind.STATUS, status, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
    }

    /** 429 Too Many Requests with Retry-After in seconds. */
    public static Fault tooManyRequests(final int retryAfterSeconds)
    {
        return status(429, "{\"status\":\"ERROR\",\"error\":\"You've exceeded the maximum requests per minute\"}")
            .header("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /** A 5xx with a short HTML body, as proxies send. */
    public static Fault serverError(final int status)
    {
        return status(status, "<html><body><h1>" + status + " Server Error</h1></body></html>").header("Content-Type", "text/html");
    }

    /** 401 with the given body (an auth failure). */
    public static Fault unauthorized(final String body)
    {
        return status(401, body);
    }

    /** Waits, then serves the fixture normally (a client with a shorter timeout sees a timeout). */
    public static Fault slow(final Duration delay)
    {
        return new Fault(Kind.SLOW, 200, null, delay);
    }

    /** Closes the connection without answering. */
    public static Fault drop()
    {
        return new Fault(Kind.DROP, 0, null, Duration.ZERO);
    }

    /** Sends headers announcing the fixture's full length, half of its body, then closes. */
    public static Fault truncate()
    {
        return new Fault(Kind.TRUNCATE, 200, null, Duration.ZERO);
    }

    /** 200 OK with this body instead of the fixture (malformed JSON, an HTML page, ...). */
    public static Fault body(final String body)
    {
        return new Fault(Kind.BODY, 200, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO);
    }

    public Fault header(final String name, final String value)
    {
        headers.put(name, value);
        return this;
    }

    @Override
    public String toString()
    {
        return kind + (kind == Kind.STATUS ? " " + status : "");
    }
}
