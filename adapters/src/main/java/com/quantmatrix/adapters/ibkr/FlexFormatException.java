package com.quantmatrix.adapters.ibkr;

/** A document is not a readable Flex statement; the message says where, never what (a statement is private data). */
public final class FlexFormatException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public FlexFormatException(final String message)
    {
        super(message);
    }
}
