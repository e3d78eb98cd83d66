package com.quantmatrix.adapters.polygon;

import static com.quantmatrix.adapters.net.JsonValues.FACTORY;
import static com.quantmatrix.adapters.net.JsonValues.bool;
import static com.quantmatrix.adapters.net.JsonValues.expect;
import static com.quantmatrix.adapters.net.JsonValues.number;
import static com.quantmatrix.adapters.net.JsonValues.text;
import static com.quantmatrix.adapters.net.JsonValues.wholeNumber;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.RestException;

/**
 * Streaming (jackson-core) parsers for Polygon's REST bodies. Every optional field is optional:
 * absent numbers are NaN, absent text null. An envelope whose status is ERROR, NOT_AUTHORIZED or
 * NOT_FOUND becomes a {@link RestException} with Polygon's own message.
 */
final class PolygonJson
{
    /** Reads one element of "results"; the parser is on its START_OBJECT. */
    @FunctionalInterface
    interface Item<T>
    {
        T read(JsonParser p) throws IOException;
    }

    /** One page of results and the link to the next page (null on the last page). */
    record Page<T>(List<T> results, String nextUrl)
    {
    }

    private PolygonJson()
    {
    }

    static <T> Page<T> page(final byte[] body, final Item<T> item) throws IOException
    {
        try (JsonParser p = FACTORY.createParser(body))
        {
            expect(p, JsonToken.START_OBJECT, "Polygon response");
            final List<T> out = new ArrayList<>();
            String next = null;
            String status = null;
            String message = null;
            while (p.nextToken() == JsonToken.FIELD_NAME)
            {
                final String field = p.currentName();
                final JsonToken value = p.nextToken();
                switch (field)
                {
                    case "results":
                        if (value == JsonToken.START_ARRAY)
                        {
                            JsonToken t;
                            while ((t = p.nextToken()) == JsonToken.START_OBJECT)
                            {
                                out.add(item.read(p));
                            }
                            if (t != JsonToken.END_ARRAY)
                            {
                                throw new JsonParseException(p, "results: expected objects, found " + t);
                            }
                        }
                        else if (value == JsonToken.START_OBJECT)
                        {
                            out.add(item.read(p));
                        }
                        else
                        {
                            p.skipChildren();
                        }
                        break;
                    case "next_url":
                        next = text(p);
                        break;
                    case "status":
                        status = text(p);
                        break;
                    case "message":
                    case "error":
                        message = text(p);
                        break;
                    default:
                        p.skipChildren();
                }
            }
            endOfDocument(p);
            checkStatus(status, message);
            return new Page<>(out, next);
        }
    }

    /** The envelope's status and message from any body (error bodies of non-2xx answers); nulls when not JSON. */
    static String[] envelope(final byte[] body)
    {
        try (JsonParser p = FACTORY.createParser(body))
        {
            if (p.nextToken() != JsonToken.START_OBJECT)
            {
                return new String[2];
            }
            final String[] out = new String[2];
            while (p.nextToken() == JsonToken.FIELD_NAME)
            {
                final String field = p.currentName();
                p.nextToken();
                if ("status".equals(field))
                {
                    out[0] = text(p);
                }
                else if ("message".equals(field) || "error".equals(field))
                {
                    out[1] = text(p);
                }
                else
                {
                    p.skipChildren();
                }
            }
            return out;
        }
        catch (final IOException ex)
        {
            return new String[2];
        }
    }

    static void checkStatus(final String status, final String message)
    {
        if (status == null || "OK".equals(status) || "DELAYED".equals(status))
        {
            return;
        }
        if ("ERROR".equals(status) || "NOT_AUTHORIZED".equals(status) || "NOT_FOUND".equals(status))
        {
            throw new RestException(kindOf(status, message), 200, "Polygon " + status + ": " + message, null, null);
        }
    }

    static FaultKind kindOf(final String status, final String message)
    {
        if (message != null && message.contains("exceeded the maximum requests"))
        {
            return FaultKind.RATE_LIMITED;
        }
        if ("NOT_AUTHORIZED".equals(status))
        {
            return FaultKind.AUTH;
        }
        return FaultKind.CLIENT_ERROR;
    }

    private static void endOfDocument(final JsonParser p) throws IOException
    {
        if (p.currentToken() != JsonToken.END_OBJECT)
        {
            throw new JsonParseException(p, "expected end of object, found " + p.currentToken());
        }
        final JsonToken trailing = p.nextToken();
        if (trailing != null)
        {
            throw new JsonParseException(p, "unexpected content after the response: " + trailing);
        }
    }

    static Aggregate aggregate(final JsonParser p, final String defaultTicker) throws IOException
    {
        String ticker = defaultTicker;
        long t = Long.MIN_VALUE;
        double o = Double.NaN;
        double h = Double.NaN;
        double l = Double.NaN;
        double c = Double.NaN;
        double v = Double.NaN;
        double vw = Double.NaN;
        long n = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final String f = p.currentName();
            p.nextToken();
            switch (f)
            {
                case "T": ticker = text(p); break;
                case "t": t = wholeNumber(p, Long.MIN_VALUE); break;
                case "o": o = number(p); break;
                case "h": h = number(p); break;
                case "l": l = number(p); break;
                case "c": c = number(p); break;
                case "v": v = number(p); break;
                case "vw": vw = number(p); break;
                case "n": n = wholeNumber(p, 0); break;
                default: p.skipChildren();
            }
        }
        if (t == Long.MIN_VALUE || Double.isNaN(c))
        {
            throw new JsonParseException(p, "aggregate without timestamp or close");
        }
        return new Aggregate(ticker, t, o, h, l, c, v, vw, n);
    }

    static TickerInfo ticker(final JsonParser p) throws IOException
    {
        String ticker = null;
        String name = null;
        String market = null;
        String locale = null;
        String exchange = null;
        String type = null;
        boolean active = false;
        String currency = null;
        String cik = null;
        String figi = null;
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final String f = p.currentName();
            p.nextToken();
            switch (f)
            {
                case "ticker": ticker = text(p); break;
                case "name": name = text(p); break;
                case "market": market = text(p); break;
                case "locale": locale = text(p); break;
                case "primary_exchange": exchange = text(p); break;
                case "type": type = text(p); break;
                case "active": active = bool(p); break;
                case "currency_name": currency = text(p); break;
                case "cik": cik = text(p); break;
                case "composite_figi": figi = text(p); break;
                default: p.skipChildren();
            }
        }
        if (ticker == null)
        {
            throw new JsonParseException(p, "ticker entry without a ticker");
        }
        return new TickerInfo(ticker, name, market, locale, exchange, type, active, currency, cik, figi);
    }

    static OptionContract contract(final JsonParser p) throws IOException
    {
        String ticker = null;
        String underlying = null;
        String type = null;
        String style = null;
        LocalDate expiration = null;
        double strike = Double.NaN;
        int shares = 100;
        String exchange = null;
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final String f = p.currentName();
            p.nextToken();
            switch (f)
            {
                case "ticker": ticker = text(p); break;
                case "underlying_ticker": underlying = text(p); break;
                case "contract_type": type = text(p); break;
                case "exercise_style": style = text(p); break;
                case "expiration_date": expiration = date(p); break;
                case "strike_price": strike = number(p); break;
                case "shares_per_contract": shares = (int)wholeNumber(p, 100); break;
                case "primary_exchange": exchange = text(p); break;
                default: p.skipChildren();
            }
        }
        return new OptionContract(ticker, underlying, type, style, expiration, strike, shares, exchange);
    }

    static OptionSnapshot optionSnapshot(final JsonParser p) throws IOException
    {
        OptionContract details = null;
        double bid = Double.NaN;
        double ask = Double.NaN;
        int bidSize = 0;
        int askSize = 0;
        long quoteTime = 0;
        double last = Double.NaN;
        double iv = Double.NaN;
        final double[] greeks = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        long oi = 0;
        double underlyingPrice = Double.NaN;
        String underlying = null;
        double breakEven = Double.NaN;
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final String f = p.currentName();
            final JsonToken v = p.nextToken();
            switch (f)
            {
                case "details":
                    details = v == JsonToken.START_OBJECT ? contract(p) : null;
                    break;
                case "implied_volatility": iv = number(p); break;
                case "open_interest": oi = wholeNumber(p, 0); break;
                case "break_even_price": breakEven = number(p); break;
                case "greeks":
                    readGreeks(p, greeks);
                    break;
                case "last_quote":
                    while (v == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String q = p.currentName();
                        p.nextToken();
                        switch (q)
                        {
                            case "bid": bid = number(p); break;
                            case "ask": ask = number(p); break;
                            case "bid_size": bidSize = (int)wholeNumber(p, 0); break;
                            case "ask_size": askSize = (int)wholeNumber(p, 0); break;
                            case "last_updated": quoteTime = wholeNumber(p, 0); break;
                            default: p.skipChildren();
                        }
                    }
                    break;
                case "last_trade":
                    while (v == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String q = p.currentName();
                        p.nextToken();
                        if ("price".equals(q))
                        {
                            last = number(p);
                        }
                        else
                        {
                            p.skipChildren();
                        }
                    }
                    break;
                case "underlying_asset":
                    while (v == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String q = p.currentName();
                        p.nextToken();
                        if ("price".equals(q))
                        {
                            underlyingPrice = number(p);
                        }
                        else if ("ticker".equals(q))
                        {
                            underlying = text(p);
                        }
                        else
                        {
                            p.skipChildren();
                        }
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (details == null || details.ticker() == null)
        {
            throw new JsonParseException(p, "option snapshot without contract details");
        }
        if (details.underlying() == null && underlying != null)
        {
            details = new OptionContract(details.ticker(), underlying, details.contractType(), details.exerciseStyle(),
                details.expiration(), details.strike(), details.sharesPerContract(), details.primaryExchange());
        }
        return new OptionSnapshot(details, bid, ask, bidSize, askSize, quoteTime, last, iv,
            greeks[0], greeks[1], greeks[2], greeks[3], oi, underlyingPrice, breakEven);
    }

    private static void readGreeks(final JsonParser p, final double[] greeks) throws IOException
    {
        if (p.currentToken() != JsonToken.START_OBJECT)
        {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final String g = p.currentName();
            p.nextToken();
            switch (g)
            {
                case "delta": greeks[0] = number(p); break;
                case "gamma": greeks[1] = number(p); break;
                case "theta": greeks[2] = number(p); break;
                case "vega": greeks[3] = number(p); break;
                default: p.skipChildren();
            }
        }
    }

    static MarketStatus marketStatus(final byte[] body) throws IOException
    {
        try (JsonParser p = FACTORY.createParser(body))
        {
            expect(p, JsonToken.START_OBJECT, "market status");
            String market = null;
            boolean early = false;
            boolean after = false;
            String serverTime = null;
            String status = null;
            String message = null;
            final Map<String, String> exchanges = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME)
            {
                final String f = p.currentName();
                final JsonToken v = p.nextToken();
                switch (f)
                {
                    case "market": market = text(p); break;
                    case "earlyHours": early = bool(p); break;
                    case "afterHours": after = bool(p); break;
                    case "serverTime": serverTime = text(p); break;
                    case "status": status = text(p); break;
                    case "message":
                    case "error":
                        message = text(p);
                        break;
                    case "exchanges":
                        while (v == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME)
                        {
                            final String exchange = p.currentName();
                            p.nextToken();
                            exchanges.put(exchange, text(p));
                        }
                        break;
                    default: p.skipChildren();
                }
            }
            endOfDocument(p);
            checkStatus(status, message);
            if (market == null)
            {
                throw new JsonParseException(p, "market status without a market field");
            }
            return new MarketStatus(market, early, after, serverTime, Map.copyOf(exchanges));
        }
    }

    static List<MarketHoliday> holidays(final byte[] body) throws IOException
    {
        try (JsonParser p = FACTORY.createParser(body))
        {
            final JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT)
            {
                // An error envelope instead of the list.
                final String[] env = envelope(body);
                checkStatus(env[0] == null ? "ERROR" : env[0], env[1]);
                throw new JsonParseException(p, "holidays: expected a list");
            }
            if (first != JsonToken.START_ARRAY)
            {
                throw new JsonParseException(p, "holidays: expected a list, found " + first);
            }
            final List<MarketHoliday> out = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT)
            {
                String exchange = null;
                String name = null;
                LocalDate date = null;
                String status = null;
                Instant open = null;
                Instant close = null;
                while (p.nextToken() == JsonToken.FIELD_NAME)
                {
                    final String f = p.currentName();
                    p.nextToken();
                    switch (f)
                    {
                        case "exchange": exchange = text(p); break;
                        case "name": name = text(p); break;
                        case "date": date = date(p); break;
                        case "status": status = text(p); break;
                        case "open": open = instant(p); break;
                        case "close": close = instant(p); break;
                        default: p.skipChildren();
                    }
                }
                out.add(new MarketHoliday(exchange, name, date, status, open, close));
            }
            if (p.currentToken() != JsonToken.END_ARRAY || p.nextToken() != null)
            {
                throw new JsonParseException(p, "holidays: list not properly closed");
            }
            return out;
        }
    }

    private static LocalDate date(final JsonParser p) throws IOException
    {
        final String s = text(p);
        try
        {
            return s == null ? null : LocalDate.parse(s);
        }
        catch (final DateTimeParseException ex)
        {
            throw new JsonParseException(p, "not a date: " + s);
        }
    }

    private static Instant instant(final JsonParser p) throws IOException
    {
        final String s = text(p);
        try
        {
            return s == null ? null : Instant.parse(s);
        }
        catch (final DateTimeParseException ex)
        {
            throw new JsonParseException(p, "not a timestamp: " + s);
        }
    }
}
