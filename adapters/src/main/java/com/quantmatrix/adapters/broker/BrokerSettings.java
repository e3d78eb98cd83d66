package com.quantmatrix.adapters.broker;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import java.time.Duration;
import java.util.Locale;

/**
 * Every broker setting (config/broker.properties), with its documented default, validated in one
 * place. Credentials are NOT here: they come only from environment variables (see
 * {@link BrokerCredentials}).
 */
public final class BrokerSettings
{
    /** Live trading also needs --live on the command line: both or neither. */
    public final boolean live;
    public final String certRestUrl;
    public final String liveRestUrl;
    public final String certStreamerUrl;
    public final String liveStreamerUrl;
    /** Account number to trade; empty = the first open account of the login. */
    public final String account;
    public final String timeInForce;
    public final Duration requestTimeout;
    /** Placement attempts per order; each retry is preceded by a status check, so none duplicates. */
    public final int placeAttempts;
    public final Duration retryBackoff;
    /** How often open orders are polled while the account streamer is down. */
    public final Duration fillPollInterval;
    public final Duration streamerHeartbeat;
    /** Bytes of the outbound command ring (power of two). */
    public final int commandRingBytes;
    public final Duration dxlinkKeepalive;
    public final Duration dxlinkReconnectMax;
    public final ReconcilePolicy reconcilePolicy;
    public final long cashToleranceMicros;
    /** Compare only option positions (the engine's business), not the account's stocks. */
    public final boolean reconcileOptionsOnly;
    public final String flexUrl;
    public final Duration flexPollInterval;
    public final int flexMaxPolls;
    public final Duration flexThrottleBackoff;

    private BrokerSettings(final Config c)
    {
        live = c.getBoolean("broker.live", false);
        certRestUrl = c.getString("broker.tastytrade.cert.rest-url", "https://api.cert.tastyworks.com");
        liveRestUrl = c.getString("broker.tastytrade.live.rest-url", "https://api.tastyworks.com");
        certStreamerUrl = c.getString("broker.tastytrade.cert.streamer-url", "wss://streamer.cert.tastyworks.com");
        liveStreamerUrl = c.getString("broker.tastytrade.live.streamer-url", "wss://streamer.tastyworks.com");
        account = c.getString("broker.tastytrade.account", "");
        timeInForce = c.getString("broker.tastytrade.time-in-force", "DAY").toUpperCase(Locale.ROOT);
        if (!"DAY".equals(timeInForce) && !"GTC".equals(timeInForce))
        {
            throw new ConfigException("broker.tastytrade.time-in-force must be DAY or GTC, got '" + timeInForce + "'");
        }
        requestTimeout = Duration.ofMillis(ConfigException.inRange("broker.tastytrade.request-timeout-ms",
            c.getInt("broker.tastytrade.request-timeout-ms", 10_000), 100, 120_000));
        placeAttempts = ConfigException.inRange("broker.tastytrade.place-attempts", c.getInt("broker.tastytrade.place-attempts", 3), 1, 10);
        retryBackoff = Duration.ofMillis(ConfigException.inRange("broker.tastytrade.retry-backoff-ms",
            c.getInt("broker.tastytrade.retry-backoff-ms", 500), 1, 60_000));
        fillPollInterval = Duration.ofMillis(ConfigException.inRange("broker.tastytrade.fill-poll-ms",
            c.getInt("broker.tastytrade.fill-poll-ms", 5_000), 10, 600_000));
        streamerHeartbeat = Duration.ofSeconds(ConfigException.inRange("broker.tastytrade.streamer-heartbeat-seconds",
            c.getInt("broker.tastytrade.streamer-heartbeat-seconds", 20), 1, 300));
        commandRingBytes = c.getInt("broker.tastytrade.command-ring-bytes", 65_536);
        if (Integer.bitCount(commandRingBytes) != 1 || commandRingBytes < 4_096)
        {
            throw new ConfigException("broker.tastytrade.command-ring-bytes must be a power of two >= 4096, got " + commandRingBytes);
        }
        dxlinkKeepalive = Duration.ofSeconds(ConfigException.inRange("broker.dxlink.keepalive-seconds",
            c.getInt("broker.dxlink.keepalive-seconds", 30), 1, 59));
        dxlinkReconnectMax = Duration.ofSeconds(ConfigException.inRange("broker.dxlink.reconnect-max-seconds",
            c.getInt("broker.dxlink.reconnect-max-seconds", 30), 1, 600));
        final String policy = c.getString("broker.reconcile.policy", "REDUCE_ONLY").toUpperCase(Locale.ROOT);
        try
        {
            reconcilePolicy = ReconcilePolicy.valueOf(policy.replace('-', '_'));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException("broker.reconcile.policy must be REDUCE_ONLY, HALT or WARN, got '" + policy + "'");
        }
        cashToleranceMicros = Micros.fromDollars(ConfigException.inRange("broker.reconcile.cash-tolerance",
            c.getDouble("broker.reconcile.cash-tolerance", 1.00), 0.0, 1_000_000.0));
        reconcileOptionsOnly = c.getBoolean("broker.reconcile.options-only", true);
        flexUrl = c.getString("broker.ibkr.flex.url", "https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService");
        flexPollInterval = Duration.ofMillis(ConfigException.inRange("broker.ibkr.flex.poll-ms",
            c.getInt("broker.ibkr.flex.poll-ms", 5_000), 1, 600_000));
        flexMaxPolls = ConfigException.inRange("broker.ibkr.flex.max-polls", c.getInt("broker.ibkr.flex.max-polls", 24), 1, 1_000);
        flexThrottleBackoff = Duration.ofMillis(ConfigException.inRange("broker.ibkr.flex.throttle-ms",
            c.getInt("broker.ibkr.flex.throttle-ms", 10_000), 1, 600_000));
    }

    public static BrokerSettings from(final Config config)
    {
        return new BrokerSettings(config);
    }

    /**
     * The environment to trade in. Live needs both the command-line flag and broker.live=true;
     * the flag alone is refused (a typo must not send real orders), the setting alone stays in the
     * sandbox.
     */
    public TradingEnvironment environment(final boolean liveFlag)
    {
        if (liveFlag && !live)
        {
            throw new ConfigException("--live was given but broker.live is false in config/broker.properties: refusing to trade live");
        }
        return liveFlag ? TradingEnvironment.LIVE : TradingEnvironment.CERTIFICATION;
    }

    /** Why the environment is not what the configuration alone suggests, or null. */
    public String environmentNote(final boolean liveFlag)
    {
        return live && !liveFlag ? "broker.live=true but --live was not given: staying on the certification sandbox" : null;
    }

    public String restUrl(final TradingEnvironment env)
    {
        return env == TradingEnvironment.LIVE ? liveRestUrl : certRestUrl;
    }

    public String streamerUrl(final TradingEnvironment env)
    {
        return env == TradingEnvironment.LIVE ? liveStreamerUrl : certStreamerUrl;
    }
}
