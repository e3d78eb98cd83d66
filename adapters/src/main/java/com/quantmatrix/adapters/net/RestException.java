package com.quantmatrix.adapters.net;

import java.nio.charset.StandardCharsets;

/**
 * A REST call failed for good (after any retries). The message is redacted and says what happened,
 * on which URL, and what the server answered; {@link #kind()} says whether retrying later may help.
 */
public final class RestException extends RuntimeException
{
    private static final long serialVersionUID = 1L;
    private static final int BODY_SNIPPET = 512;

    private final FaultKind kind;
    private final int status;
    private final transient byte[] body;
    private final String request;

    public RestException(final FaultKind kind, final int status, final String message, final byte[] body, final Throwable cause)
    {
        this(kind, status, null, message, body, cause);
    }

    /** {@code request} names the call ("GET https://..."), redacted; it is kept for vendor-specific messages. */
    public RestException(
        final FaultKind kind, final int status, final String request, final String message, final byte[] body, final Throwable cause)
    {
        super(Redactor.redact(message), cause == null ? null : new RedactedCause(cause));
        this.kind = kind;
        this.status = status;
        this.request = Redactor.redact(request);
        this.body = body;
    }

    /** The call that failed, e.g. "GET https://api.polygon.io/v2/aggs/...", redacted; may be null. */
    public String request()
    {
        return request;
    }

    public FaultKind kind()
    {
        return kind;
    }

    /** The HTTP status, or 0 when none arrived (timeout, dropped connection). */
    public int status()
    {
        return status;
    }

    /** The raw error body (for vendor-specific interpretation), or an empty array. Never log it unredacted. */
    public byte[] body()
    {
        return body == null ? new byte[0] : body.clone();
    }

    /** The error body as redacted text, cut to a readable length. */
    public static String bodySnippet(final byte[] body)
    {
        if (body == null || body.length == 0)
        {
            return "(empty body)";
        }
        return Redactor.redactSnippet(new String(body, StandardCharsets.UTF_8).strip(), BODY_SNIPPET);
    }

    /** A cause whose message is redacted (JDK exceptions may carry the full URL with its key). */
    private static final class RedactedCause extends Exception
    {
        private static final long serialVersionUID = 1L;

        RedactedCause(final Throwable original)
        {
            super(original.getClass().getName() + ": " + Redactor.redact(String.valueOf(original.getMessage())));
            setStackTrace(original.getStackTrace());
        }
    }
}
