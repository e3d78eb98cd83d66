package com.quantmatrix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.options.OptionSymbol;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a Polygon.io options-chain snapshot (GET /v3/snapshot/options/{underlying}: results[] with
 * details, last_quote, last_trade, day, open_interest, implied_volatility, greeks, underlying_asset)
 * into {@link ChainQuotes}, with jackson-core's streaming parser. Written for the chain command;
 * the Polygon client (branch h-polygon) may bring its own reader: dedupe then. Contracts whose
 * ticker does not parse as an option symbol are skipped.
 */
final class PolygonOptionsSnapshotJson
{
    private PolygonOptionsSnapshotJson()
    {
    }

    static ChainQuotes read(final InputStream in) throws IOException
    {
        final OptionSymbol symbol = new OptionSymbol();
        ChainQuotes out = null;
        try (JsonParser p = new JsonFactory().createParser(in))
        {
            if (p.nextToken() != JsonToken.START_OBJECT)
            {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME)
            {
                final String field = p.currentName();
                p.nextToken();
                if ("results".equals(field) && p.currentToken() == JsonToken.START_ARRAY)
                {
                    while (p.nextToken() == JsonToken.START_OBJECT)
                    {
                        final Row r = readResult(p);
                        if (r.ticker == null || symbol.parse(r.ticker) != 0)
                        {
                            continue;
                        }
                        if (out == null)
                        {
                            out = new ChainQuotes(r.underlying != null ? r.underlying : symbol.root());
                        }
                        if (r.underlyingPrice > 0.0)
                        {
                            out.spot = r.underlyingPrice;
                        }
                        final int right = "put".equalsIgnoreCase(r.contractType) ? MarketEvent.PUT
                            : "call".equalsIgnoreCase(r.contractType) ? MarketEvent.CALL : symbol.right;
                        final long time = r.quoteNanos > 0 ? r.quoteNanos : r.dayNanos;
                        final int i = out.add(symbol.expiry, symbol.strike, right, r.bid, r.ask, r.last > 0.0 ? r.last : r.dayClose,
                            r.volume, r.openInterest, time);
                        out.bidSize[i] = r.bidSize;
                        out.askSize[i] = r.askSize;
                        out.vendorIv[i] = r.iv;
                        out.vendorDelta[i] = r.delta;
                        out.vendorGamma[i] = r.gamma;
                        out.vendorTheta[i] = r.theta;
                        out.vendorVega[i] = r.vega;
                        if (time > 0)
                        {
                            out.date = NyTime.nyDate(time);
                        }
                    }
                }
                else
                {
                    p.skipChildren();
                }
            }
        }
        return out != null ? out : new ChainQuotes(null);
    }

    private static final class Row
    {
        String ticker;
        String contractType;
        String underlying;
        double underlyingPrice = Double.NaN;
        double bid;
        double ask;
        int bidSize;
        int askSize;
        long quoteNanos;
        double last;
        double dayClose;
        long dayNanos;
        long volume;
        long openInterest;
        double iv = Double.NaN;
        double delta = Double.NaN;
        double gamma = Double.NaN;
        double theta = Double.NaN;
        double vega = Double.NaN;
    }

    private static Row readResult(final JsonParser p) throws IOException
    {
        final Row r = new Row();
        while (p.nextToken() == JsonToken.FIELD_NAME)
        {
            final String f = p.currentName();
            p.nextToken();
            switch (f)
            {
                case "details":
                    while (p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String g = p.currentName();
                        p.nextToken();
                        if ("ticker".equals(g))
                        {
                            r.ticker = p.getValueAsString();
                        }
                        else if ("contract_type".equals(g))
                        {
                            r.contractType = p.getValueAsString();
                        }
                        else
                        {
                            p.skipChildren();
                        }
                    }
                    break;
                case "last_quote":
                    while (p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String g = p.currentName();
                        p.nextToken();
                        switch (g)
                        {
                            case "bid": r.bid = p.getValueAsDouble(); break;
                            case "ask": r.ask = p.getValueAsDouble(); break;
                            case "bid_size": r.bidSize = p.getValueAsInt(); break;
                            case "ask_size": r.askSize = p.getValueAsInt(); break;
                            case "last_updated": r.quoteNanos = p.getValueAsLong(); break;
                            default: p.skipChildren(); break;
                        }
                    }
                    break;
                case "last_trade":
                    while (p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String g = p.currentName();
                        p.nextToken();
                        if ("price".equals(g))
                        {
                            r.last = p.getValueAsDouble();
                        }
                        else
                        {
                            p.skipChildren();
                        }
                    }
                    break;
                case "day":
                    while (p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String g = p.currentName();
                        p.nextToken();
                        switch (g)
                        {
                            case "volume": r.volume = p.getValueAsLong(); break;
                            case "close": r.dayClose = p.getValueAsDouble(); break;
                            case "last_updated": r.dayNanos = p.getValueAsLong(); break;
                            default: p.skipChildren(); break;
                        }
                    }
                    break;
                case "greeks":
                    while (p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String g = p.currentName();
                        p.nextToken();
                        switch (g)
                        {
                            case "delta": r.delta = p.getValueAsDouble(); break;
                            case "gamma": r.gamma = p.getValueAsDouble(); break;
                            case "theta": r.theta = p.getValueAsDouble(); break;
                            case "vega": r.vega = p.getValueAsDouble(); break;
                            default: p.skipChildren(); break;
                        }
                    }
                    break;
                case "underlying_asset":
                    while (p.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String g = p.currentName();
                        p.nextToken();
                        if ("price".equals(g))
                        {
                            r.underlyingPrice = p.getValueAsDouble();
                        }
                        else if ("ticker".equals(g))
                        {
                            r.underlying = p.getValueAsString();
                        }
                        else
                        {
                            p.skipChildren();
                        }
                    }
                    break;
                case "implied_volatility":
                    r.iv = p.getValueAsDouble();
                    break;
                case "open_interest":
                    r.openInterest = p.getValueAsLong();
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
        return r;
    }
}
