package com.quantmatrix.adapters.ibkr;

/**
 * Flex Web Service v3 error codes that change what the client does. 1019 (statement being
 * generated) and 1009 (server busy) mean ask again after a pause; 1018 (too many requests) means
 * back off longer; the token and query codes are fatal: asking again cannot help.
 */
public final class FlexErrorCode
{
    public static final int SERVER_BUSY = 1009;
    public static final int TOKEN_EXPIRED = 1012;
    public static final int IP_RESTRICTED = 1013;
    public static final int QUERY_INVALID = 1014;
    public static final int TOKEN_INVALID = 1015;
    public static final int TOO_MANY_REQUESTS = 1018;
    public static final int GENERATION_IN_PROGRESS = 1019;
    public static final int INVALID_REQUEST = 1020;

    private FlexErrorCode()
    {
    }

    public static boolean isRetryable(final int code)
    {
        return code == SERVER_BUSY || code == GENERATION_IN_PROGRESS || code == TOO_MANY_REQUESTS;
    }

    /** Back off longer for 1018 than for a statement still being generated. */
    public static boolean isThrottle(final int code)
    {
        return code == TOO_MANY_REQUESTS;
    }

    static String advice(final int code)
    {
        switch (code)
        {
            case TOKEN_EXPIRED: return " (generate a new Flex Web Service token in Client Portal and set IBKR_FLEX_TOKEN)";
            case TOKEN_INVALID: return " (check IBKR_FLEX_TOKEN)";
            case IP_RESTRICTED: return " (the token is restricted to other IP addresses)";
            case QUERY_INVALID: return " (check IBKR_FLEX_QUERY_ID)";
            case GENERATION_IN_PROGRESS: return " (statement still being generated)";
            case TOO_MANY_REQUESTS: return " (too many requests for this token: backing off)";
            default: return "";
        }
    }
}
