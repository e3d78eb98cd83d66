package com.quantmatrix.adapters.alphavantage;

import static com.quantmatrix.adapters.net.JsonValues.FACTORY;
import static com.quantmatrix.adapters.net.JsonValues.expect;
import static com.quantmatrix.adapters.net.JsonValues.number;
import static com.quantmatrix.adapters.net.JsonValues.text;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.FaultListener;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.adapters.polygon.Aggregate;

/**
 * Alpha Vantage as the fallback source of daily bars (TIME_SERIES_DAILY). Its errors and limits
 * arrive as HTTP 200 with one key, detected by the key, never by wording: "Error Message" (bad
 * call, symbol or key; not retried), "Note" (the per-minute limit; retried with backoff) and
 * "Information" (the daily quota or a premium-only endpoint; not retried).
 * Bars come back oldest first, stamped at midnight New York like Polygon's daily aggregates.
 */
public final class AlphaVantageClient
{
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RestClient rest;
    private final String apiKey;

    public AlphaVantageClient(final RestClient rest, final String apiKey)
    {
        if (apiKey == null || apiKey.isBlank())
        {
            throw new IllegalArgumentException(MarketDataSettings.ALPHAVANTAGE_KEY_ENV + " is not set: the Alpha Vantage fallback needs a key "
                + "(free at https://www.alphavantage.co/support/#api-key)");
        }
        Redactor.register(apiKey);
        this.rest = rest;
        this.apiKey = apiKey;
    }

    /** A client from settings with the key from ALPHAVANTAGE_API_KEY (IllegalArgumentException with a clear message when unset). */
    public static AlphaVantageClient create(final MarketDataSettings settings, final FaultListener listener)
    {
        return new AlphaVantageClient(new RestClient(settings.alphaVantageRest(), listener),
            Redactor.envSecret(MarketDataSettings.ALPHAVANTAGE_KEY_ENV));
    }

    public RestClient rest()
    {
        return rest;
    }

    /**
     * Daily bars of a symbol, oldest first: the last 100 sessions, or the whole history when
     * {@code full} (unadjusted prices: TIME_SERIES_DAILY_ADJUSTED is premium-only).
     */
    public List<Aggregate> dailyBars(final String symbol, final boolean full)
    {
        final String path = "/query?function=TIME_SERIES_DAILY&symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8)
            + "&outputsize=" + (full ? "full" : "compact") + "&apikey=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
        return rest.get(path, body -> parseDaily(body, symbol));
    }

    static List<Aggregate> parseDaily(final byte[] body, final String symbol) throws IOException
    {
        try (JsonParser p = FACTORY.createParser(body))
        {
            expect(p, JsonToken.START_OBJECT, "Alpha Vantage response");
            List<Aggregate> bars = null;
            while (p.nextToken() == JsonToken.FIELD_NAME)
            {
                final String key = p.currentName();
                p.nextToken();
                switch (key)
                {
                    case "Error Message":
                        throw new RestException(FaultKind.CLIENT_ERROR, 200,
                            "Alpha Vantage refused the call for " + symbol + ": " + text(p), null, null);
                    case "Note":
                        throw new RestException(FaultKind.RATE_LIMITED, 200, "Alpha Vantage rate limit: " + text(p), null, null);
                    case "Information":
                        throw new RestException(FaultKind.QUOTA, 200,
                            "Alpha Vantage quota or plan limit (not retried): " + text(p), null, null);
                    case "Time Series (Daily)":
                        bars = series(p, symbol);
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (bars == null)
            {
                throw new JsonParseException(p, "Alpha Vantage answer has no \"Time Series (Daily)\"");
            }
            bars.sort(Comparator.comparingLong(Aggregate::startMillis));
            return bars;
        }
    }

    private static List<Aggregate> series(final JsonParser p, final String symbol) throws IOException
    {
        if (p.currentToken() != JsonToken.START_OBJECT)
        {
            throw new JsonParseException(p, "Time Series (Daily) is not an object");
        }
        final List<Aggregate> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final LocalDate day;
            try
            {
                day = LocalDate.parse(p.currentName());
            }
            catch (final DateTimeParseException ex)
            {
                throw new JsonParseException(p, "not a date: " + p.currentName());
            }
            expect(p, JsonToken.START_OBJECT, "bar of " + day);
            double o = Double.NaN;
            double h = Double.NaN;
            double l = Double.NaN;
            double c = Double.NaN;
            double v = Double.NaN;
            while (p.nextToken() == JsonToken.FIELD_NAME)
            {
                final String f = p.currentName();
                p.nextToken();
                switch (f)
                {
                    case "1. open": o = number(p); break;
                    case "2. high": h = number(p); break;
                    case "3. low": l = number(p); break;
                    case "4. close": c = number(p); break;
                    case "5. volume": v = number(p); break;
                    default: p.skipChildren();
                }
            }
            if (Double.isNaN(o) || Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c))
            {
                throw new JsonParseException(p, "bar of " + day + " lacks open, high, low or close");
            }
            final long start = day.atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
            out.add(new Aggregate(symbol, start, o, h, l, c, Double.isNaN(v) ? 0 : v, Double.NaN, 0));
        }
        return out;
    }
}
