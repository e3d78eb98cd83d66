package com.quantmatrix.adapters.net;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link WsClient} connects: URL (ws or wss), timeouts, the ping interval and the deadline
 * within which something (a pong or data) must arrive, reconnect backoff, and the largest message.
 */
public final class WsSettings
{
    final URI uri;
    final Duration connectTimeout;
    final Duration handshakeTimeout;
    final Duration pingInterval;
    final Duration readDeadline;
    final Duration reconnectBase;
    final Duration reconnectMax;
    final int maxReconnectAttempts;
    final int maxMessageBytes;
    final long jitterSeed;
    final Map<String, String> headers;

    private WsSettings(final Builder b)
    {
        this.uri = b.uri;
        this.connectTimeout = b.connectTimeout;
        this.handshakeTimeout = b.handshakeTimeout;
        this.pingInterval = b.pingInterval;
        this.readDeadline = b.readDeadline;
        this.reconnectBase = b.reconnectBase;
        this.reconnectMax = b.reconnectMax;
        this.maxReconnectAttempts = b.maxReconnectAttempts;
        this.maxMessageBytes = b.maxMessageBytes;
        this.jitterSeed = b.jitterSeed;
        this.headers = Map.copyOf(b.headers);
    }

    public static Builder builder(final String url)
    {
        return new Builder(url);
    }

    public URI uri()
    {
        return uri;
    }

    /** Defaults: 10 s connect and handshake, ping every 25 s, 30 s read deadline, reconnect 1-60 s unlimited, 1 MB messages. */
    public static final class Builder
    {
        private final URI uri;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration handshakeTimeout = Duration.ofSeconds(10);
        private Duration pingInterval = Duration.ofSeconds(25);
        private Duration readDeadline = Duration.ofSeconds(30);
        private Duration reconnectBase = Duration.ofSeconds(1);
        private Duration reconnectMax = Duration.ofSeconds(60);
        private int maxReconnectAttempts = -1;
        private int maxMessageBytes = 1 << 20;
        private long jitterSeed = System.nanoTime();
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder(final String url)
        {
            this.uri = URI.create(url);
            final String scheme = uri.getScheme();
            if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme) || uri.getHost() == null)
            {
                throw new IllegalArgumentException("WebSocket URL must be ws:// or wss:// with a host: " + Redactor.redact(url));
            }
        }

        public Builder connectTimeout(final Duration d)
        {
            this.connectTimeout = d;
            return this;
        }

        public Builder handshakeTimeout(final Duration d)
        {
            this.handshakeTimeout = d;
            return this;
        }

        /** How often to ping; zero disables pings. */
        public Builder pingInterval(final Duration d)
        {
            this.pingInterval = d;
            return this;
        }

        /** If nothing at all (pong or data) arrives for this long, the connection is dead: drop and reconnect. */
        public Builder readDeadline(final Duration d)
        {
            this.readDeadline = d;
            return this;
        }

        public Builder reconnect(final Duration base, final Duration max)
        {
            this.reconnectBase = base;
            this.reconnectMax = max;
            return this;
        }

        /** Consecutive failed reconnects before giving up; -1 = never give up. */
        public Builder maxReconnectAttempts(final int n)
        {
            this.maxReconnectAttempts = n;
            return this;
        }

        public Builder maxMessageBytes(final int n)
        {
            this.maxMessageBytes = n;
            return this;
        }

        public Builder jitterSeed(final long seed)
        {
            this.jitterSeed = seed;
            return this;
        }

        public Builder header(final String name, final String value)
        {
            headers.put(name, value);
            return this;
        }

        public WsSettings build()
        {
            return new WsSettings(this);
        }
    }
}
