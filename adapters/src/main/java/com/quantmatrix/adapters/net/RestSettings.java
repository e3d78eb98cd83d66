package com.quantmatrix.adapters.net;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link RestClient} talks to one service: base URL, timeouts, plan rate limit, retry policy
 * and fixed headers (which may carry secrets: they are never logged).
 */
public final class RestSettings
{
    final URI baseUri;
    final Duration connectTimeout;
    final Duration requestTimeout;
    final TokenBucket rateLimit;
    final int maxAttempts;
    final Duration backoffBase;
    final Duration backoffMax;
    final long jitterSeed;
    final Duration maxRetryAfter;
    final String userAgent;
    final Map<String, String> headers;
    final Map<String, java.util.function.Supplier<String>> dynamicHeaders;

    private RestSettings(final Builder b)
    {
        this.baseUri = Objects.requireNonNull(b.baseUri, "baseUri");
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.rateLimit = b.rateLimit;
        this.maxAttempts = b.maxAttempts;
        this.backoffBase = b.backoffBase;
        this.backoffMax = b.backoffMax;
        this.jitterSeed = b.jitterSeed;
        this.maxRetryAfter = b.maxRetryAfter;
        this.userAgent = b.userAgent;
        this.headers = Map.copyOf(b.headers);
        this.dynamicHeaders = Map.copyOf(b.dynamicHeaders);
    }

    public static Builder builder(final String baseUrl)
    {
        return new Builder(baseUrl);
    }

    public URI baseUri()
    {
        return baseUri;
    }

    /** Builder with production defaults: 5 s connect, 30 s request, 4 attempts, 0.5-30 s backoff. */
    public static final class Builder
    {
        private final URI baseUri;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private TokenBucket rateLimit = TokenBucket.unlimited();
        private int maxAttempts = 4;
        private Duration backoffBase = Duration.ofMillis(500);
        private Duration backoffMax = Duration.ofSeconds(30);
        private long jitterSeed = System.nanoTime();
        private Duration maxRetryAfter = Duration.ofSeconds(120);
        private String userAgent = "quantmatrix/0.1.0";
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, java.util.function.Supplier<String>> dynamicHeaders = new LinkedHashMap<>();

        private Builder(final String baseUrl)
        {
            final String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            this.baseUri = URI.create(trimmed);
            if (baseUri.getScheme() == null || baseUri.getHost() == null)
            {
                throw new IllegalArgumentException("base URL needs a scheme and host: " + Redactor.redact(baseUrl));
            }
        }

        public Builder connectTimeout(final Duration d)
        {
            this.connectTimeout = d;
            return this;
        }

        public Builder requestTimeout(final Duration d)
        {
            this.requestTimeout = d;
            return this;
        }

        public Builder rateLimit(final TokenBucket bucket)
        {
            this.rateLimit = bucket;
            return this;
        }

        /** Total tries per call, including the first (1 = never retry). */
        public Builder maxAttempts(final int n)
        {
            if (n < 1)
            {
                throw new IllegalArgumentException("maxAttempts must be >= 1");
            }
            this.maxAttempts = n;
            return this;
        }

        public Builder backoff(final Duration base, final Duration max)
        {
            this.backoffBase = base;
            this.backoffMax = max;
            return this;
        }

        /** Seed of the retry jitter (fixed in tests so delays repeat). */
        public Builder jitterSeed(final long seed)
        {
            this.jitterSeed = seed;
            return this;
        }

        /** Longest Retry-After honoured; a longer one fails the call as RATE_LIMITED instead of hanging. */
        public Builder maxRetryAfter(final Duration d)
        {
            this.maxRetryAfter = d;
            return this;
        }

        /** product/version, which some vendors require. */
        public Builder userAgent(final String ua)
        {
            this.userAgent = ua;
            return this;
        }

        /** A header sent on every request (e.g. Authorization); the value is registered as a secret. */
        public Builder secretHeader(final String name, final String value)
        {
            Redactor.register(value);
            if (value.regionMatches(true, 0, "Bearer ", 0, 7))
            {
                Redactor.register(value.substring(7).trim());
            }
            headers.put(name, value);
            return this;
        }

        /**
         * A header whose value is asked for on every request (a session or access token that is
         * renewed while the client lives); each value is registered as a secret; null omits it.
         */
        public Builder dynamicSecretHeader(final String name, final java.util.function.Supplier<String> value)
        {
            dynamicHeaders.put(name, value);
            return this;
        }

        public Builder header(final String name, final String value)
        {
            headers.put(name, value);
            return this;
        }

        public RestSettings build()
        {
            return new RestSettings(this);
        }
    }
}
