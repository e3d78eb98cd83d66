package com.quantmatrix.adapters.broker;

import com.quantmatrix.adapters.net.Redactor;
import java.util.function.Function;

/**
 * Broker credentials, only ever from environment variables, each registered with the
 * {@link Redactor} the moment it is read so it is masked in every log line and message after.
 * <ul>
 * <li>TASTYTRADE_API_USERNAME, TASTYTRADE_API_PASSWORD: legacy session login;</li>
 * <li>TASTYTRADE_REFRESH_TOKEN, TASTYTRADE_CLIENT_SECRET: OAuth refresh-token login (used when set);</li>
 * <li>IBKR_FLEX_TOKEN, IBKR_FLEX_QUERY_ID: IBKR Flex Web Service.</li>
 * </ul>
 */
public final class BrokerCredentials
{
    public static final String TASTYTRADE_USERNAME = "TASTYTRADE_API_USERNAME";
    public static final String TASTYTRADE_PASSWORD = "TASTYTRADE_API_PASSWORD";
    public static final String TASTYTRADE_REFRESH_TOKEN = "TASTYTRADE_REFRESH_TOKEN";
    public static final String TASTYTRADE_CLIENT_SECRET = "TASTYTRADE_CLIENT_SECRET";
    public static final String IBKR_FLEX_TOKEN = "IBKR_FLEX_TOKEN";
    public static final String IBKR_FLEX_QUERY_ID = "IBKR_FLEX_QUERY_ID";

    private final String username;
    private final String password;
    private final String refreshToken;
    private final String clientSecret;
    private final String flexToken;
    private final String flexQueryId;

    private BrokerCredentials(final Function<String, String> env)
    {
        username = secret(env, TASTYTRADE_USERNAME);
        password = secret(env, TASTYTRADE_PASSWORD);
        refreshToken = secret(env, TASTYTRADE_REFRESH_TOKEN);
        clientSecret = secret(env, TASTYTRADE_CLIENT_SECRET);
        flexToken = secret(env, IBKR_FLEX_TOKEN);
        flexQueryId = value(env, IBKR_FLEX_QUERY_ID);
    }

    public static BrokerCredentials fromEnvironment()
    {
        return new BrokerCredentials(System::getenv);
    }

    /** From any source of variables (tests pass a map). */
    public static BrokerCredentials from(final Function<String, String> env)
    {
        return new BrokerCredentials(env);
    }

    private static String value(final Function<String, String> env, final String name)
    {
        final String v = env.apply(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String secret(final Function<String, String> env, final String name)
    {
        final String v = value(env, name);
        Redactor.register(v);
        return v;
    }

    public String username()
    {
        return username;
    }

    public String password()
    {
        return password;
    }

    public String refreshToken()
    {
        return refreshToken;
    }

    public String clientSecret()
    {
        return clientSecret;
    }

    public String flexToken()
    {
        return flexToken;
    }

    public String flexQueryId()
    {
        return flexQueryId;
    }

    public boolean hasTastytradeOAuth()
    {
        return refreshToken != null && clientSecret != null;
    }

    public boolean hasTastytradeSession()
    {
        return username != null && password != null;
    }

    public boolean hasFlex()
    {
        return flexToken != null && flexQueryId != null;
    }

    /** Which credentials are set, never their values. */
    @Override
    public String toString()
    {
        return "BrokerCredentials{tastytrade=" + (hasTastytradeOAuth() ? "oauth" : hasTastytradeSession() ? "session" : "none")
            + ", flex=" + (hasFlex() ? "set" : "none") + "}";
    }
}
