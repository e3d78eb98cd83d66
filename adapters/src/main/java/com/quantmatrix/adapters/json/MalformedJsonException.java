package com.quantmatrix.adapters.json;

/** A reply was not the JSON it should be; the message names the position, never the content. */
public final class MalformedJsonException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public MalformedJsonException(final String message)
    {
        super(message);
    }
}
