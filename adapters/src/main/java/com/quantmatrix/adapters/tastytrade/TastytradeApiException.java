package com.quantmatrix.adapters.tastytrade;

import java.util.List;

/**
 * tastytrade said no: the HTTP status, the error envelope's code and message, and the nested
 * preflight errors, in one readable message. Bodies that are not JSON (nginx answers 401 with an
 * HTML page when the User-Agent is wrong) get a message that says so instead of a parse error.
 * Never carries a credential: the message goes through the Redactor.
 */
public final class TastytradeApiException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final List<String> details;

    public TastytradeApiException(final int status, final String code, final String message, final List<String> details)
    {
        // The envelope is the server's text, but a server may quote what it was sent: redact it too.
        super(com.quantmatrix.adapters.net.Redactor.redact(describe(status, code, message, details)));
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    private static String describe(final int status, final String code, final String message, final List<String> details)
    {
        final StringBuilder sb = new StringBuilder("tastytrade HTTP ").append(status);
        if (code != null)
        {
            sb.append(' ').append(code);
        }
        if (message != null)
        {
            sb.append(": ").append(message);
        }
        if (!details.isEmpty())
        {
            sb.append(" (").append(String.join("; ", details)).append(')');
        }
        return sb.toString();
    }

    public int status()
    {
        return status;
    }

    /** The envelope's code (invalid_credentials, preflight_check_failure, ...), or null. */
    public String code()
    {
        return code;
    }

    public List<String> details()
    {
        return details;
    }

    /** 401: the session or access token is no longer valid (log in again) or the request was refused at the edge. */
    public boolean isUnauthorized()
    {
        return status == 401;
    }

    /** Worth another try later: rate limited or a server-side fault. */
    public boolean isTransient()
    {
        return status == 429 || status >= 500;
    }
}
