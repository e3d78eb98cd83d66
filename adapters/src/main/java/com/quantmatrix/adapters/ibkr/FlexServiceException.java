package com.quantmatrix.adapters.ibkr;

/**
 * The Flex Web Service refused a request (code 0: it could not be reached): its numeric error code and message, whether waiting and
 * asking again can help ({@link FlexErrorCode#isRetryable(int)}).
 */
public final class FlexServiceException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private final int code;

    public FlexServiceException(final int code, final String message)
    {
        super(code == 0 ? "IBKR Flex: " + message : "IBKR Flex error " + code + ": " + message + FlexErrorCode.advice(code));
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
