package com.quantmatrix.adapters.net;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Lenient value readers for Jackson's streaming parser, for vendor bodies whose types drift
 * (numbers as strings, "NaN", null, absent keys). The parser must be positioned on the value.
 */
public final class JsonValues
{
    /** One thread-safe factory for every adapter (parsers are cheap; the factory is not). */
    public static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonValues()
    {
    }

    /** A number, a numeric string, or NaN for null/empty/non-numeric text. */
    public static double number(final JsonParser p) throws IOException
    {
        final JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)
        {
            return p.getDoubleValue();
        }
        if (t == JsonToken.VALUE_STRING)
        {
            final String s = p.getText().trim();
            try
            {
                return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
            }
            catch (final NumberFormatException ex)
            {
                return Double.NaN;
            }
        }
        p.skipChildren();
        return Double.NaN;
    }

    /** A whole number (or a numeric string); {@code missing} when null or not a number. */
    public static long wholeNumber(final JsonParser p, final long missing) throws IOException
    {
        final JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT)
        {
            return p.getLongValue();
        }
        final double d = number(p);
        return Double.isNaN(d) ? missing : (long)d;
    }

    /** Text of a scalar (numbers as their text); null for null, objects and arrays. */
    public static String text(final JsonParser p) throws IOException
    {
        final JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
        {
            p.skipChildren();
            return null;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    public static boolean bool(final JsonParser p) throws IOException
    {
        final JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)
        {
            return t == JsonToken.VALUE_TRUE;
        }
        return "true".equalsIgnoreCase(text(p));
    }

    /** Fails with a clear message when the next token is not the expected one. */
    public static void expect(final JsonParser p, final JsonToken expected, final String what) throws IOException
    {
        final JsonToken t = p.nextToken();
        if (t != expected)
        {
            throw new com.fasterxml.jackson.core.JsonParseException(p, what + ": expected " + expected + " but found " + t);
        }
    }
}
