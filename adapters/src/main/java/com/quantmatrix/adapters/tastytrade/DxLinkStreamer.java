package com.quantmatrix.adapters.tastytrade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.json.MalformedJsonException;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.adapters.net.WsClient;
import com.quantmatrix.adapters.net.WsListener;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.adapters.polygon.Decimals;
import com.quantmatrix.adapters.AdapterReasons;
import com.quantmatrix.adapters.feed.MarketEventSink;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.stats.ReasonCounters;
import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tastytrade's quote streamer (dxFeed DXLink over WebSocket), a second market-data source for the
 * option chains the engine trades. Per session: SETUP, then AUTH with a quote token fetched fresh
 * for every (re)connect, CHANNEL_REQUEST for a FEED channel, FEED_SETUP in COMPACT format with the
 * fields wanted per event type, FEED_SUBSCRIPTION of every symbol; KEEPALIVE every 30 s. FEED_DATA
 * is parsed with jackson's streaming parser straight into a reused {@link MarketEvent} handed to the
 * {@link MarketEventSink} on the I/O thread (no allocation per event; one parser per message), with
 * source SOURCE_MARKET_DATA and its own seq (see {@link #continueSequenceAfter}). The field order
 * follows the server's FEED_CONFIG when it sends one. Faults are counted in the engine's
 * {@link ReasonCounters} under the feed codes of {@link AdapterReasons} (unknown symbol, malformed
 * frame, missing price). A second UNAUTHORIZED after a fresh token is fatal (no reconnect loop with
 * bad credentials).
 */
public final class DxLinkStreamer implements WsListener, AutoCloseable
{
    static final int FEED_CHANNEL = 1;

    private static final Logger LOG = LoggerFactory.getLogger(DxLinkStreamer.class);
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    private static final byte[] FEED_DATA = "\"FEED_DATA\"".getBytes(StandardCharsets.US_ASCII);

    private final Supplier<QuoteToken> tokens;
    private final MarketEventSink sink;
    private final ReasonCounters counters;
    private final LongSupplier clockNanos;
    private final DxLinkFeed feed;
    private final WsClient client;
    private final Heartbeat keepalive;
    private final MarketEvent event = new MarketEvent();
    private final CharView symbolView = new CharView();
    private final List<String[]> subscriptions = new ArrayList<>();

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong incomplete = new AtomicLong();
    private final AtomicLong protocolErrors = new AtomicLong();
    private long seq;

    private byte[] scratch = new byte[8192];
    private volatile boolean feedReady;
    private int authAttempts;

    /**
     * @param tokens     a quote token source, asked once per session (TastytradeClient::quoteToken)
     * @param counters   the engine's reason counters (null = own)
     * @param capacity   most symbols subscribed
     * @param clockNanos event time for events that carry no time of their own (the edge's clock)
     */
    public DxLinkStreamer(final WsSettings settings, final Supplier<QuoteToken> tokens, final MarketEventSink sink, final Duration keepaliveEvery,
        final int capacity, final ReasonCounters counters, final LongSupplier clockNanos)
    {
        this.tokens = tokens;
        this.sink = sink;
        this.counters = counters == null ? new ReasonCounters() : counters;
        AdapterReasons.register();
        this.clockNanos = clockNanos;
        this.feed = new DxLinkFeed(capacity);
        this.client = new WsClient(settings, this);
        this.keepalive = new Heartbeat("qm-dxlink-keepalive", keepaliveEvery, this::sendKeepalive);
    }

    /** Quotes and trades of a stock or ETF; {@code symbolId} is its id in the engine's SymbolTable. */
    public void subscribeEquity(final String symbol, final int symbolId)
    {
        subscribe(feed.add(symbol, symbolId, false, 0, 0.0, 0), symbol, "Quote", "Trade");
    }

    /**
     * Quote, Greeks, Trade and Summary of one option, by its streamer symbol from the nested chain
     * (e.g. {@code .SPY260804C500}), reported against the underlying's id with its contract key.
     */
    public void subscribeOption(final String streamerSymbol, final int underlyingId, final int expiryYmd, final double strike, final int right)
    {
        subscribe(feed.add(streamerSymbol, underlyingId, true, expiryYmd, strike, right), streamerSymbol, "Quote", "Greeks", "Trade", "Summary");
    }

    private void subscribe(final int slot, final String symbol, final String... types)
    {
        if (slot < 0)
        {
            LOG.warn("DXLink: no room for {} (capacity reached)", symbol);
            return;
        }
        final List<String[]> added = new ArrayList<>();
        synchronized (subscriptions)
        {
            for (final String t : types)
            {
                final String[] s = {t, symbol};
                subscriptions.add(s);
                added.add(s);
            }
        }
        if (feedReady)
        {
            client.send(subscriptionMessage(added, false));
        }
    }

    public void start()
    {
        client.start();
    }

    public boolean isStreaming()
    {
        return feedReady && client.isConnected();
    }

    public long events()
    {
        return events.get();
    }

    public long malformed()
    {
        return counters.get(AdapterReasons.FEED_MALFORMED_FRAME);
    }

    public long unknownSymbols()
    {
        return counters.get(AdapterReasons.FEED_UNKNOWN_SYMBOL);
    }

    /** Option events held back until the contract's quote is two-sided. */
    public long incomplete()
    {
        return incomplete.get();
    }

    /** Numbers the next event {@code last + 1} (the last market-data seq recovered from the journal). */
    public void continueSequenceAfter(final long last)
    {
        seq = last;
    }

    public long protocolErrors()
    {
        return protocolErrors.get();
    }

    public int sessions()
    {
        return client.sessionCount();
    }

    /** Latest vendor delta of a subscribed option (NaN until a Greeks event arrived). */
    public double delta(final String streamerSymbol)
    {
        final int slot = feed.slot(streamerSymbol);
        return slot < 0 ? Double.NaN : feed.delta(slot);
    }

    // ------------------------------------------------------------------ protocol (I/O thread)

    @Override
    public void onConnected(final WsClient ws)
    {
        feedReady = false;
        authAttempts = 0;
        ws.send("{\"type\":\"SETUP\",\"channel\":0,\"version\":\"0.1-quantmatrix/0.1.0\",\"keepaliveTimeout\":60,\"acceptKeepaliveTimeout\":60}");
    }

    @Override
    public void onText(final ByteBuf utf8)
    {
        final int len = utf8.readableBytes();
        if (scratch.length < len)
        {
            scratch = new byte[Math.max(len, scratch.length * 2)];
        }
        utf8.getBytes(utf8.readerIndex(), scratch, 0, len);
        if (contains(scratch, len, FEED_DATA))
        {
            parseFeedData(len);
        }
        else
        {
            control(len);
        }
    }

    private void control(final int len)
    {
        final JsonNode m;
        try
        {
            m = JsonNode.parse(new String(scratch, 0, len, StandardCharsets.UTF_8));
        }
        catch (final MalformedJsonException ex)
        {
            counters.increment(AdapterReasons.FEED_MALFORMED_FRAME);
            LOG.warn("DXLink: unreadable message ({})", ex.getMessage());
            return;
        }
        final String type = m.get("type").text("");
        switch (type)
        {
            case "AUTH_STATE":
                if ("AUTHORIZED".equals(m.get("state").text()))
                {
                    client.send("{\"type\":\"CHANNEL_REQUEST\",\"channel\":" + FEED_CHANNEL + ",\"service\":\"FEED\",\"parameters\":{\"contract\":\"AUTO\"}}");
                }
                else
                {
                    authorize();
                }
                break;
            case "CHANNEL_OPENED":
                if (m.get("channel").longValue(-1) == FEED_CHANNEL)
                {
                    client.send(feedSetup());
                    final List<String[]> all;
                    synchronized (subscriptions)
                    {
                        all = new ArrayList<>(subscriptions);
                    }
                    client.send(subscriptionMessage(all, true));
                    feedReady = true;
                    LOG.info("DXLink feed open with {} subscriptions", all.size());
                }
                break;
            case "FEED_CONFIG":
                final JsonNode fields = m.get("eventFields");
                for (final String t : fields.fieldNames())
                {
                    final List<String> names = new ArrayList<>();
                    fields.get(t).elements().forEach(n -> names.add(n.text("")));
                    feed.setLayout(t, names);
                }
                break;
            case "ERROR":
                protocolErrors.incrementAndGet();
                LOG.warn("DXLink error {}: {}", m.get("error").text("?"), Redactor.redact(m.get("message").text("")));
                break;
            default:
                // SETUP echo, KEEPALIVE, CHANNEL_CLOSED: nothing to do
                break;
        }
    }

    /** UNAUTHORIZED: send a token; after a fresh token was refused once more, stop for good. */
    private void authorize()
    {
        authAttempts++;
        if (authAttempts > 2)
        {
            LOG.error("DXLink refused the quote token twice: stopping the quote streamer (check the tastytrade login)");
            client.stop("DXLink unauthorized");
            return;
        }
        final QuoteToken token;
        try
        {
            token = tokens.get();
        }
        catch (final RuntimeException ex)
        {
            LOG.warn("DXLink: cannot get a quote token: {}; reconnecting later", Redactor.redact(String.valueOf(ex.getMessage())));
            client.reconnectAfter("no quote token", Duration.ofSeconds(5));
            return;
        }
        client.send(TastytradeLogin.json(g ->
        {
            g.writeStringField("type", "AUTH");
            g.writeNumberField("channel", 0);
            g.writeStringField("token", token.token());
        }));
    }

    private static String feedSetup()
    {
        return TastytradeLogin.json(g ->
        {
            g.writeStringField("type", "FEED_SETUP");
            g.writeNumberField("channel", FEED_CHANNEL);
            g.writeNumberField("acceptAggregationPeriod", 0.1);
            g.writeStringField("acceptDataFormat", "COMPACT");
            g.writeObjectFieldStart("acceptEventFields");
            for (final String t : DxLinkFeed.TYPE_NAMES)
            {
                g.writeArrayFieldStart(t);
                for (final String f : DxLinkFeed.REQUESTED.get(t))
                {
                    g.writeString(f);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    private static String subscriptionMessage(final List<String[]> subs, final boolean reset)
    {
        return TastytradeLogin.json(g ->
        {
            g.writeStringField("type", "FEED_SUBSCRIPTION");
            g.writeNumberField("channel", FEED_CHANNEL);
            if (reset)
            {
                g.writeBooleanField("reset", true);
            }
            g.writeArrayFieldStart("add");
            for (final String[] s : subs)
            {
                g.writeStartObject();
                g.writeStringField("type", s[0]);
                g.writeStringField("symbol", s[1]);
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private void sendKeepalive()
    {
        if (client.isConnected())
        {
            client.send("{\"type\":\"KEEPALIVE\",\"channel\":0}");
        }
    }

    // ------------------------------------------------------------------ FEED_DATA (I/O thread, no allocation per event)

    private void parseFeedData(final int len)
    {
        try (JsonParser p = FACTORY.createParser(scratch, 0, len))
        {
            if (p.nextToken() != JsonToken.START_OBJECT)
            {
                throw new IOException("not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME)
            {
                final boolean data = "data".equals(p.currentName());
                final JsonToken v = p.nextToken();
                if (data && v == JsonToken.START_ARRAY)
                {
                    readData(p);
                }
                else
                {
                    p.skipChildren();
                }
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            counters.increment(AdapterReasons.FEED_MALFORMED_FRAME);
            LOG.warn("DXLink: malformed FEED_DATA ({})", ex.getClass().getSimpleName());
        }
    }

    /** {@code ["Quote", [v, v, ...], "Trade", [...], ...]}: event type names, each followed by its flattened values. */
    private void readData(final JsonParser p) throws IOException
    {
        int type = -1;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY)
        {
            if (t == null)
            {
                throw new IOException("truncated data");
            }
            if (t == JsonToken.VALUE_STRING)
            {
                symbolView.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                type = DxLinkFeed.typeIndex(symbolView);
            }
            else if (t == JsonToken.START_ARRAY)
            {
                if (type < 0)
                {
                    p.skipChildren();
                }
                else
                {
                    readEvents(p, type);
                }
            }
            else
            {
                p.skipChildren();
            }
        }
    }

    private void readEvents(final JsonParser p, final int type) throws IOException
    {
        final int[] roles = feed.layout(type);
        final int n = roles.length;
        int i = 0;
        int slot = -1;
        feed.clearValues();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY)
        {
            if (t == null)
            {
                throw new IOException("truncated events");
            }
            final int role = roles[i];
            if (role == DxLinkFeed.F_SYMBOL)
            {
                symbolView.set(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                slot = feed.slot(symbolView);
            }
            else if (role != DxLinkFeed.F_IGNORE)
            {
                feed.present[role] = true;
                feed.value[role] = number(p, t);
            }
            else if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT)
            {
                p.skipChildren();
            }
            if (++i == n)
            {
                emit(type, slot);
                i = 0;
                slot = -1;
                feed.clearValues();
            }
        }
        if (i != 0)
        {
            throw new IOException("event values not a multiple of the field count");
        }
    }

    private void emit(final int type, final int slot)
    {
        if (slot < 0)
        {
            counters.increment(AdapterReasons.FEED_UNKNOWN_SYMBOL);
            return;
        }
        if (type == DxLinkFeed.TRADE && !feed.hasPrice())
        {
            counters.increment(AdapterReasons.FEED_MISSING_FIELD);
            return;
        }
        if (feed.apply(type, slot, clockNanos.getAsLong(), event))
        {
            event.source = MarketEvent.SOURCE_MARKET_DATA;
            event.seq = ++seq;
            events.incrementAndGet();
            sink.onEvent(event);
        }
        else
        {
            incomplete.incrementAndGet();
        }
    }

    /** A number, or the strings "NaN", "Infinity", "-Infinity" DXLink sends for missing values. */
    private static double number(final JsonParser p, final JsonToken t) throws IOException
    {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)
        {
            // From the parser's chars: getDoubleValue() would build a String per number.
            return Decimals.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
        if (t == JsonToken.VALUE_STRING)
        {
            final char[] c = p.getTextCharacters();
            final int off = p.getTextOffset();
            final int len = p.getTextLength();
            if (len > 0 && (c[off] == 'I' || c[off] == '+'))
            {
                return Double.POSITIVE_INFINITY;
            }
            if (len > 1 && c[off] == '-' && c[off + 1] == 'I')
            {
                return Double.NEGATIVE_INFINITY;
            }
            return Double.NaN;
        }
        if (t == JsonToken.VALUE_NULL)
        {
            return Double.NaN;
        }
        throw new IOException("unexpected " + t);
    }

    private static boolean contains(final byte[] buf, final int len, final byte[] needle)
    {
        outer:
        for (int i = 0; i + needle.length <= len; i++)
        {
            for (int j = 0; j < needle.length; j++)
            {
                if (buf[i + j] != needle[j])
                {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void onDisconnected(final String reason, final boolean willReconnect)
    {
        feedReady = false;
        LOG.warn("DXLink disconnected ({}){}", reason, willReconnect ? "; reconnecting with a fresh token" : "");
    }

    @Override
    public void close()
    {
        keepalive.close();
        client.close();
    }

    /** A reusable CharSequence over a parser's char buffer, for allocation-free symbol lookups. */
    private static final class CharView implements CharSequence
    {
        private char[] chars;
        private int offset;
        private int length;

        void set(final char[] chars, final int offset, final int length)
        {
            this.chars = chars;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public int length()
        {
            return length;
        }

        @Override
        public char charAt(final int index)
        {
            return chars[offset + index];
        }

        @Override
        public CharSequence subSequence(final int start, final int end)
        {
            return new String(chars, offset + start, end - start);
        }

        @Override
        public String toString()
        {
            return new String(chars, offset, length);
        }
    }
}
