package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.json.MalformedJsonException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a failed reply to a {@link TastytradeApiException}: the error envelope
 * {@code {"error":{"code","message","errors":[{code,message}|{domain,reason}]}}}, or, for bodies
 * that are not JSON, a message naming the likely cause.
 */
public final class TastytradeErrors
{
    private TastytradeErrors()
    {
    }

    public static TastytradeApiException from(final int status, final String body)
    {
        final String trimmed = body == null ? "" : body.trim();
        if (!trimmed.startsWith("{"))
        {
            return new TastytradeApiException(status, null, nonJson(status, trimmed), List.of());
        }
        try
        {
            final JsonNode error = JsonNode.parse(trimmed).get("error");
            if (error.isMissing())
            {
                return new TastytradeApiException(status, null, "reply without an error envelope", List.of());
            }
            final List<String> details = new ArrayList<>();
            for (final JsonNode e : error.get("errors").elements())
            {
                final String code = e.get("code").text(e.get("domain").text());
                final String msg = e.get("message").text(e.get("reason").text());
                details.add(code == null ? String.valueOf(msg) : msg == null ? code : code + ": " + msg);
            }
            return new TastytradeApiException(status, error.get("code").text(), error.get("message").text(), details);
        }
        catch (final MalformedJsonException ex)
        {
            return new TastytradeApiException(status, null, "malformed error reply (" + ex.getMessage() + ")", List.of());
        }
    }

    private static String nonJson(final int status, final String body)
    {
        final boolean html = body.regionMatches(true, 0, "<html", 0, 5) || body.regionMatches(true, 0, "<!doctype", 0, 9);
        final String kind = body.isEmpty() ? "an empty reply" : html ? "an HTML page" : "a non-JSON reply";
        if (status == 401 || status == 403)
        {
            return kind + " refusing the request: check the credentials and that the User-Agent has the form product/version";
        }
        if (status == 429)
        {
            return kind + ": rate limited";
        }
        return kind + (status >= 500 ? ": tastytrade server error" : "");
    }
}
