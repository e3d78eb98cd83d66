package com.quantmatrix.adapters.marketdata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.quantmatrix.adapters.net.RestSettings;
import com.quantmatrix.adapters.net.TokenBucket;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Every setting of the live market-data sources (Polygon.io REST and WebSocket, the Alpha Vantage
 * fallback) and of the universe, read from config/marketdata.properties with the defaults
 * documented there. Keys only: API keys come from the environment (POLYGON_API_KEY,
 * ALPHAVANTAGE_API_KEY), never from configuration.
 */
public final class MarketDataSettings
{
    /** Which symbols a live run trades. */
    public enum Universe
    {
        /** Every active US stock Polygon lists. */
        ALL,
        /** The S&P 500 members bundled with the engine. */
        SP500,
        /** The symbols named in marketdata.universe.symbols. */
        LIST
    }

    public static final String POLYGON_KEY_ENV = "POLYGON_API_KEY";
    public static final String ALPHAVANTAGE_KEY_ENV = "ALPHAVANTAGE_API_KEY";

    public final Universe universe;
    public final List<String> universeSymbols;

    public final String polygonRestUrl;
    public final String polygonWsUrl;
    /** 0 = no limit (paid plans). */
    public final int polygonCallsPerMinute;
    public final int polygonBurst;
    public final Duration polygonConnectTimeout;
    public final Duration polygonRequestTimeout;
    public final int polygonMaxAttempts;
    public final Duration polygonBackoffBase;
    public final Duration polygonBackoffMax;
    public final List<String> polygonStockChannels;
    public final Duration polygonPingInterval;
    public final Duration polygonReadDeadline;
    public final Duration polygonReconnectBase;
    public final Duration polygonReconnectMax;
    public final Duration polygonMaxConnectionsWait;

    public final String alphaVantageUrl;
    public final int alphaVantageCallsPerMinute;
    public final Duration alphaVantageRequestTimeout;
    public final int alphaVantageMaxAttempts;
    public final Duration alphaVantageBackoffBase;

    private MarketDataSettings(final Config c)
    {
        final String u = c.getString("marketdata.universe", "sp500").trim().toUpperCase(Locale.ROOT);
        try
        {
            universe = Universe.valueOf(u);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException("marketdata.universe must be all, sp500 or list, got '" + u.toLowerCase(Locale.ROOT) + "'");
        }
        universeSymbols = list(c.getString("marketdata.universe.symbols", ""));
        if (universe == Universe.LIST && universeSymbols.isEmpty())
        {
            throw new ConfigException("marketdata.universe=list needs marketdata.universe.symbols (e.g. AAPL,MSFT)");
        }

        polygonRestUrl = url(c, "marketdata.polygon.rest.url", "https://api.polygon.io", "http");
        polygonWsUrl = url(c, "marketdata.polygon.ws.url", "wss://socket.polygon.io", "ws");
        polygonCallsPerMinute = ConfigException.inRange("marketdata.polygon.plan.calls.per.minute",
            c.getInt("marketdata.polygon.plan.calls.per.minute", 5), 0, 1_000_000);
        polygonBurst = ConfigException.inRange("marketdata.polygon.plan.burst", c.getInt("marketdata.polygon.plan.burst", 1), 1, 10_000);
        polygonConnectTimeout = millis(c, "marketdata.polygon.rest.connect.timeout.ms", 5_000, 100, 120_000);
        polygonRequestTimeout = millis(c, "marketdata.polygon.rest.timeout.ms", 30_000, 100, 600_000);
        polygonMaxAttempts = ConfigException.inRange("marketdata.polygon.rest.max.attempts",
            c.getInt("marketdata.polygon.rest.max.attempts", 4), 1, 20);
        polygonBackoffBase = millis(c, "marketdata.polygon.rest.backoff.base.ms", 1_000, 1, 600_000);
        polygonBackoffMax = millis(c, "marketdata.polygon.rest.backoff.max.ms", 60_000, polygonBackoffBase.toMillis(), 3_600_000);
        polygonStockChannels = list(c.getString("marketdata.polygon.ws.channels", "AM"));
        for (final String ch : polygonStockChannels)
        {
            if (!List.of("AM", "A", "T", "Q").contains(ch))
            {
                throw new ConfigException("marketdata.polygon.ws.channels must list AM, A, T or Q, got '" + ch + "'");
            }
        }
        polygonPingInterval = millis(c, "marketdata.polygon.ws.ping.interval.ms", 25_000, 0, 600_000);
        polygonReadDeadline = millis(c, "marketdata.polygon.ws.read.deadline.ms", 30_000, 100, 600_000);
        polygonReconnectBase = millis(c, "marketdata.polygon.ws.reconnect.base.ms", 1_000, 1, 600_000);
        polygonReconnectMax = millis(c, "marketdata.polygon.ws.reconnect.max.ms", 60_000, polygonReconnectBase.toMillis(), 3_600_000);
        polygonMaxConnectionsWait = millis(c, "marketdata.polygon.ws.max.connections.wait.ms", 60_000, 0, 3_600_000);

        alphaVantageUrl = url(c, "marketdata.alphavantage.url", "https://www.alphavantage.co", "http");
        alphaVantageCallsPerMinute = ConfigException.inRange("marketdata.alphavantage.calls.per.minute",
            c.getInt("marketdata.alphavantage.calls.per.minute", 5), 1, 1_000_000);
        alphaVantageRequestTimeout = millis(c, "marketdata.alphavantage.timeout.ms", 30_000, 100, 600_000);
        alphaVantageMaxAttempts = ConfigException.inRange("marketdata.alphavantage.max.attempts",
            c.getInt("marketdata.alphavantage.max.attempts", 3), 1, 20);
        alphaVantageBackoffBase = millis(c, "marketdata.alphavantage.backoff.base.ms", 15_000, 1, 600_000);
    }

    public static MarketDataSettings from(final Config config)
    {
        return new MarketDataSettings(config);
    }

    /** REST settings for Polygon with the key sent as a Bearer header (never in the URL). */
    public RestSettings polygonRest(final String apiKey)
    {
        return RestSettings.builder(polygonRestUrl)
            .connectTimeout(polygonConnectTimeout)
            .requestTimeout(polygonRequestTimeout)
            .rateLimit(polygonCallsPerMinute == 0 ? TokenBucket.unlimited() : TokenBucket.perMinute(polygonCallsPerMinute, polygonBurst))
            .maxAttempts(polygonMaxAttempts)
            .backoff(polygonBackoffBase, polygonBackoffMax)
            .secretHeader("Authorization", "Bearer " + apiKey)
            .build();
    }

    /** WebSocket settings for one Polygon cluster ("stocks" or "options"). */
    public WsSettings polygonWs(final String market)
    {
        return WsSettings.builder(polygonWsUrl + "/" + market)
            .pingInterval(polygonPingInterval)
            .readDeadline(polygonReadDeadline)
            .reconnect(polygonReconnectBase, polygonReconnectMax)
            .build();
    }

    /** REST settings for Alpha Vantage (its key goes in the query string; the Redactor masks it). */
    public RestSettings alphaVantageRest()
    {
        return RestSettings.builder(alphaVantageUrl)
            .requestTimeout(alphaVantageRequestTimeout)
            .rateLimit(TokenBucket.perMinute(alphaVantageCallsPerMinute, 1))
            .maxAttempts(alphaVantageMaxAttempts)
            .backoff(alphaVantageBackoffBase, alphaVantageBackoffBase.multipliedBy(8))
            .build();
    }

    private static List<String> list(final String csv)
    {
        final List<String> out = new ArrayList<>();
        for (final String s : csv.split(","))
        {
            final String t = s.trim().toUpperCase(Locale.ROOT);
            if (!t.isEmpty())
            {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static Duration millis(final Config c, final String key, final long def, final long min, final long max)
    {
        final long v = c.getLong(key, def);
        if (v < min || v > max)
        {
            throw new ConfigException(key + " must be in [" + min + ", " + max + "] ms, got " + v);
        }
        return Duration.ofMillis(v);
    }

    private static String url(final Config c, final String key, final String def, final String schemePrefix)
    {
        String v = c.getString(key, def).trim();
        while (v.endsWith("/"))
        {
            v = v.substring(0, v.length() - 1);
        }
        if (!v.startsWith(schemePrefix + "://") && !v.startsWith(schemePrefix + "s://"))
        {
            throw new ConfigException(key + " must start with " + schemePrefix + ":// or " + schemePrefix + "s://, got '" + v + "'");
        }
        return v;
    }
}
