package com.quantmatrix.adapters.ibkr;

/**
 * The Flex Web Service refused a request: its numeric error code and message, whether waiting and
 * asking again can help ({@link FlexErrorCode#isRetryable(int)}).
 */
public final class FlexServiceException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int code;

    public FlexServiceException(final int code, final String message)
    {
        super("IBKR Flex error " + code + ": " + message + FlexErrorCode.advice(code));
        this.code = code;
    }

    public int code()
    {
        return code;
    }

    public boolean retryable()
    {
        return FlexErrorCode.isRetryable(code);
    }
}
