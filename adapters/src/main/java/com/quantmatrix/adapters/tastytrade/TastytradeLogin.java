package com.quantmatrix.adapters.tastytrade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.quantmatrix.adapters.broker.BrokerCredentials;
import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.engine.config.ConfigException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * How the adapter logs in, and what a login yields: the Authorization header value and when it
 * stops working.
 * <ul>
 * <li>legacy session: {@code POST /sessions} with login and password; the session token is sent
 * raw (no "Bearer") and lives about 24 h;</li>
 * <li>OAuth: {@code POST /oauth/token} with the refresh token and client secret (sent without an
 * Authorization header); the access token is sent as "Bearer ..." and lives 900 s, so it is renewed
 * a minute before it expires.</li>
 * </ul>
 * Every token received is registered with the {@link Redactor} before anything else happens to it.
 */
public abstract class TastytradeLogin
{
    private static final JsonFactory FACTORY = new JsonFactory();

    /** An Authorization value and its expiry (epoch ms). */
    public record Grant(String authorization, long expiresAtMillis)
    {
        @Override
        public String toString()
        {
            return "Grant{expires " + Instant.ofEpochMilli(expiresAtMillis) + "}";
        }
    }

    /** The request path of this login. */
    abstract String path();

    /** The JSON body of the login request. */
    abstract String body();

    /** The grant from a successful reply; {@code nowMillis} when the expiry is relative. */
    abstract Grant grant(JsonNode reply, long nowMillis);

    /** "session" or "oauth", for messages. */
    public abstract String kind();

    /** OAuth when its variables are set, else the session login, else a clear error naming the variables. */
    public static TastytradeLogin from(final BrokerCredentials c)
    {
        if (c.hasTastytradeOAuth())
        {
            return oauth(c.refreshToken(), c.clientSecret());
        }
        if (c.hasTastytradeSession())
        {
            return session(c.username(), c.password());
        }
        throw new ConfigException("no tastytrade credentials: set " + BrokerCredentials.TASTYTRADE_USERNAME + " and "
            + BrokerCredentials.TASTYTRADE_PASSWORD + ", or " + BrokerCredentials.TASTYTRADE_REFRESH_TOKEN + " and "
            + BrokerCredentials.TASTYTRADE_CLIENT_SECRET);
    }

    public static TastytradeLogin session(final String username, final String password)
    {
        Redactor.register(password);
        return new TastytradeLogin()
        {
            @Override
            String path()
            {
                return "/sessions";
            }

            @Override
            String body()
            {
                return json(g ->
                {
                    g.writeStringField("login", username);
                    g.writeStringField("password", password);
                    g.writeBooleanField("remember-me", true);
                });
            }

            @Override
            Grant grant(final JsonNode reply, final long nowMillis)
            {
                final JsonNode d = reply.get("data");
                final String token = d.get("session-token").text();
                if (token == null)
                {
                    throw new TastytradeApiException(200, null, "login reply without a session token", java.util.List.of());
                }
                Redactor.register(token);
                Redactor.register(d.get("remember-token").text());
                final long day = nowMillis + 24L * 3_600_000L;
                final long expires = expiry(d.get("session-expiration").text(), day);
                // An expiry already past by our clock is clock skew, not a dead token: assume the documented 24 h.
                return new Grant(token, expires > nowMillis + 300_000L ? expires : day);
            }

            @Override
            public String kind()
            {
                return "session";
            }
        };
    }

    public static TastytradeLogin oauth(final String refreshToken, final String clientSecret)
    {
        Redactor.register(refreshToken);
        Redactor.register(clientSecret);
        return new TastytradeLogin()
        {
            @Override
            String path()
            {
                return "/oauth/token";
            }

            @Override
            String body()
            {
                return json(g ->
                {
                    g.writeStringField("grant_type", "refresh_token");
                    g.writeStringField("refresh_token", refreshToken);
                    g.writeStringField("client_secret", clientSecret);
                });
            }

            @Override
            Grant grant(final JsonNode reply, final long nowMillis)
            {
                final JsonNode d = reply.has("access_token") ? reply : reply.get("data");
                final String token = d.get("access_token").text();
                if (token == null)
                {
                    throw new TastytradeApiException(200, null, "OAuth reply without an access token", java.util.List.of());
                }
                Redactor.register(token);
                final long seconds = d.get("expires_in").longValue(900);
                return new Grant("Bearer " + token, nowMillis + seconds * 1_000L);
            }

            @Override
            public String kind()
            {
                return "oauth";
            }
        };
    }

    private static long expiry(final String iso, final long fallback)
    {
        if (iso == null)
        {
            return fallback;
        }
        try
        {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        }
        catch (final DateTimeParseException ex)
        {
            return fallback;
        }
    }

    /** Writes one JSON object with the given fields. */
    interface Fields
    {
        void write(JsonGenerator g) throws IOException;
    }

    static String json(final Fields fields)
    {
        final StringWriter out = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(out))
        {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
