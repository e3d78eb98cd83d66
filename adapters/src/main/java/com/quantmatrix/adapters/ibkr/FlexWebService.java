package com.quantmatrix.adapters.ibkr;

import com.quantmatrix.adapters.broker.BrokerCredentials;
import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.adapters.net.RestSettings;
import com.quantmatrix.engine.config.ConfigException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IBKR's Flex Web Service (v3): {@code SendRequest?t=TOKEN&q=QUERY&v=3} asks for a statement and
 * returns a reference code; {@code GetStatement?t=TOKEN&q=REFERENCE&v=3} returns it, or error
 * 1019 (still being generated) or 1009 (server busy) until it is ready, which is polled at the
 * configured interval; 1018 (too many requests) backs off longer; token, IP and query errors
 * (1012-1015, 1020) fail at once with the service's message. The GetStatement URL the service names
 * is followed on the configured host only, so the token never goes anywhere else. The token is a
 * secret (redacted from every log line and message).
 */
public final class FlexWebService
{
    private static final Logger LOG = LoggerFactory.getLogger(FlexWebService.class);

    private final RestClient rest;
    private final String basePath;
    private final String token;
    private final String queryId;
    private final Duration pollInterval;
    private final int maxPolls;
    private final Duration throttleBackoff;

    public FlexWebService(final String serviceUrl, final String token, final String queryId, final Duration requestTimeout,
        final Duration pollInterval, final int maxPolls, final Duration throttleBackoff)
    {
        Redactor.register(token);
        final URI uri = URI.create(serviceUrl);
        this.rest = new RestClient(RestSettings.builder(uri.getScheme() + "://" + uri.getRawAuthority())
            .userAgent("quantmatrix/0.1.0")
            .requestTimeout(requestTimeout)
            .maxAttempts(3)
            .backoff(Duration.ofMillis(500), Duration.ofSeconds(10))
            .build());
        this.basePath = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/$", "");
        this.token = token;
        this.queryId = queryId;
        this.pollInterval = pollInterval;
        this.maxPolls = maxPolls;
        this.throttleBackoff = throttleBackoff;
    }

    public static FlexWebService create(final BrokerSettings s, final BrokerCredentials c)
    {
        if (!c.hasFlex())
        {
            throw new ConfigException("IBKR Flex Web Service needs " + BrokerCredentials.IBKR_FLEX_TOKEN + " and "
                + BrokerCredentials.IBKR_FLEX_QUERY_ID);
        }
        return new FlexWebService(s.flexUrl, c.flexToken(), c.flexQueryId(), Duration.ofSeconds(30), s.flexPollInterval, s.flexMaxPolls,
            s.flexThrottleBackoff);
    }

    /** Requests the query's statement and waits until it is generated. */
    public FlexReport fetch()
    {
        FlexServiceResponse sent = null;
        for (int attempt = 1; sent == null; attempt++)
        {
            final FlexServiceResponse r = FlexServiceResponse.parse(get(basePath + "/SendRequest?t=" + enc(token) + "&q=" + enc(queryId) + "&v=3"));
            if (r.isSuccess())
            {
                sent = r;
            }
            else if (!FlexErrorCode.isRetryable(r.errorCode()) || attempt >= maxPolls)
            {
                throw r.toException();
            }
            else
            {
                pause(r.errorCode());
            }
        }
        final String statementPath = sent.url() == null ? basePath + "/GetStatement" : URI.create(sent.url()).getRawPath();
        LOG.info("IBKR Flex statement requested (reference {}); waiting for it", sent.referenceCode());
        for (int poll = 1; ; poll++)
        {
            final String body = get(statementPath + "?t=" + enc(token) + "&q=" + enc(sent.referenceCode()) + "&v=3");
            if (!body.contains("<FlexStatementResponse"))
            {
                return FlexStatementParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            }
            final FlexServiceResponse r = FlexServiceResponse.parse(body);
            if (!FlexErrorCode.isRetryable(r.errorCode()) || poll >= maxPolls)
            {
                throw r.toException();
            }
            pause(r.errorCode());
        }
    }

    private void pause(final int code)
    {
        final Duration d = FlexErrorCode.isThrottle(code) ? throttleBackoff : pollInterval;
        LOG.info("IBKR Flex: {} (code {}); asking again in {} ms", FlexErrorCode.isThrottle(code) ? "throttled" : "not ready", code, d.toMillis());
        try
        {
            TimeUnit.MILLISECONDS.sleep(d.toMillis());
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new FlexServiceException(0, "interrupted while waiting for the statement");
        }
    }

    private String get(final String pathAndQuery)
    {
        try
        {
            return rest.get(pathAndQuery, bytes -> new String(bytes, StandardCharsets.UTF_8));
        }
        catch (final RestException ex)
        {
            throw new FlexServiceException(0, "Flex Web Service unreachable: " + ex.getMessage());
        }
    }

    private static String enc(final String s)
    {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
