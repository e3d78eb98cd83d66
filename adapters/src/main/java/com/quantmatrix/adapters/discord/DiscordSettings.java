package com.quantmatrix.adapters.discord;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import java.time.Duration;

/** Discord notification settings (config/discord.properties). Webhook URLs are secrets: environment only. */
public final class DiscordSettings
{
    /** Messages waiting to be sent, all channels together; more are dropped (counted), never blocking the caller. */
    public final int queueCapacity;
    /** The name the posts appear under. */
    public final String username;
    public final Duration requestTimeout;
    /** Attempts per message on 5xx or no answer (429 waits and retries without counting). */
    public final int maxAttempts;
    public final Duration retryBackoff;
    /** Longest retry_after honoured; a longer one drops the message with a log line. */
    public final Duration maxRetryAfter;

    private DiscordSettings(final Config c)
    {
        queueCapacity = ConfigException.inRange("discord.queue-capacity", c.getInt("discord.queue-capacity", 1024), 2, 1 << 20);
        username = c.getString("discord.username", "QuantMatrix");
        requestTimeout = Duration.ofMillis(ConfigException.inRange("discord.request-timeout-ms", c.getInt("discord.request-timeout-ms", 10_000), 50, 120_000));
        maxAttempts = ConfigException.inRange("discord.max-attempts", c.getInt("discord.max-attempts", 5), 1, 100);
        retryBackoff = Duration.ofMillis(ConfigException.inRange("discord.retry-backoff-ms", c.getInt("discord.retry-backoff-ms", 1_000), 1, 600_000));
        maxRetryAfter = Duration.ofSeconds(ConfigException.inRange("discord.max-retry-after-seconds",
            c.getInt("discord.max-retry-after-seconds", 900), 1, 86_400));
    }

    public static DiscordSettings from(final Config config)
    {
        return new DiscordSettings(config);
    }
}
