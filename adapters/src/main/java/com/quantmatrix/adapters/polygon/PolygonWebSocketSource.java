package com.quantmatrix.adapters.polygon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

import com.quantmatrix.adapters.feed.MarketEventSink;
import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.net.FaultCounters;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.adapters.net.WsClient;
import com.quantmatrix.adapters.net.WsListener;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.stats.ReasonCounters;

import io.netty.buffer.ByteBuf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live market data from Polygon's WebSocket into the engine: connects, authenticates, subscribes,
 * and parses every frame straight into ring events handed to a {@link MarketEventSink} (on the
 * feed's single I/O thread). After a dropped link it reconnects with backoff, authenticates again
 * and re-subscribes everything. auth_failed is fatal (the key is wrong: retrying cannot help);
 * max_connections waits a configurable time before reconnecting (another session holds the
 * plan's slot); slow_consumer and force_disconnect reconnect with backoff. All of it is reported.
 *
 * <pre>
 *   PolygonWebSocketSource feed = PolygonWebSocketSource.create(settings, "stocks", PolygonApiKey.require(),
 *       symbols, PolygonWebSocketSource.subscriptions(settings.polygonStockChannels, universe), sink, listener, counters);
 *   feed.start();  ...  feed.stop();
 * </pre>
 */
public final class PolygonWebSocketSource implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(PolygonWebSocketSource.class);
    /** Subscribe messages are split so none grows beyond this many characters. */
    private static final int MAX_SUBSCRIBE_CHARS = 8_000;

    /** Where the feed is in its life. */
    public enum State
    {
        IDLE, CONNECTING, AUTHENTICATING, STREAMING, RECONNECTING, FAILED, STOPPED
    }

    /** Told about the feed's life; every call comes on the feed's I/O thread. */
    public interface Listener
    {
        /** Authenticated and subscribed (after the first connect and after every reconnect). */
        default void onStreaming(final int session)
        {
        }

        /** A status message from Polygon. */
        default void onStatus(final PolygonStatus status, final String message)
        {
        }

        /** The link went down; {@code willReconnect} false means the feed has stopped. */
        default void onDisconnected(final String reason, final boolean willReconnect)
        {
        }

        /** The feed stopped for good because of an error retrying cannot fix (auth_failed). */
        default void onFatal(final String message)
        {
        }
    }

    private final String apiKey;
    private final List<String> subscriptions;
    private final Duration maxConnectionsWait;
    private final Listener listener;
    private final PolygonFrameParser parser;
    private final WsClient ws;
    private final AtomicLongArray statuses = new AtomicLongArray(PolygonStatus.values().length);
    private volatile State state = State.IDLE;
    private volatile String fatalMessage;

    /** {@code counters}: the engine's reason counters, so feed rejections (601-605) show with all the others (null = own). */
    public PolygonWebSocketSource(
        final WsSettings settings,
        final String apiKey,
        final SymbolTable symbols,
        final List<String> subscriptions,
        final MarketEventSink sink,
        final Duration maxConnectionsWait,
        final Listener listener,
        final ReasonCounters counters)
    {
        if (apiKey == null || apiKey.isBlank())
        {
            throw new IllegalArgumentException(PolygonApiKey.MISSING_MESSAGE);
        }
        Redactor.register(apiKey);
        this.apiKey = apiKey;
        this.subscriptions = List.copyOf(subscriptions);
        this.maxConnectionsWait = maxConnectionsWait;
        this.listener = listener == null ? new Listener() { } : listener;
        this.parser = new PolygonFrameParser(symbols, sink, this::onStatus, counters == null ? new ReasonCounters() : counters);
        this.ws = new WsClient(settings, new Link());
    }

    /** A source for one Polygon cluster ("stocks" or "options") configured from settings. */
    public static PolygonWebSocketSource create(
        final MarketDataSettings settings,
        final String market,
        final String apiKey,
        final SymbolTable symbols,
        final List<String> subscriptions,
        final MarketEventSink sink,
        final Listener listener,
        final ReasonCounters counters)
    {
        return new PolygonWebSocketSource(settings.polygonWs(market), apiKey, symbols, subscriptions, sink,
            settings.polygonMaxConnectionsWait, listener, counters);
    }

    /** Subscription parameters: every channel for every symbol, e.g. AM.AAPL, Q.O:SPY241220P00720000. */
    public static List<String> subscriptions(final List<String> channels, final List<String> symbols)
    {
        final List<String> out = new ArrayList<>(channels.size() * symbols.size());
        for (final String symbol : symbols)
        {
            for (final String channel : channels)
            {
                out.add(channel + "." + symbol);
            }
        }
        return out;
    }

    public void start()
    {
        state = State.CONNECTING;
        ws.start();
    }

    public void stop()
    {
        if (state != State.FAILED)
        {
            state = State.STOPPED;
        }
        ws.stop("feed stopped");
    }

    @Override
    public void close()
    {
        stop();
        ws.close();
    }

    public State state()
    {
        return state;
    }

    /** Why the feed failed for good, or null. */
    public String fatalMessage()
    {
        return fatalMessage;
    }

    /** Numbers the next event {@code last + 1}; call before {@link #start()} (e.g. after recovery). */
    public void continueSequenceAfter(final long last)
    {
        parser.continueSequenceAfter(last);
    }

    /** Frame, event, ignored and rejection counters (rejections by AdapterReasons code). */
    public PolygonFrameParser counters()
    {
        return parser;
    }

    /** Connection faults (drops, missed deadlines, refused connects). */
    public FaultCounters faults()
    {
        return ws.faults();
    }

    /** How many status messages of a kind arrived. */
    public long statusCount(final PolygonStatus status)
    {
        return statuses.get(status.ordinal());
    }

    /** Sessions opened so far (1 + reconnects). */
    public int sessions()
    {
        return ws.sessionCount();
    }

    private void onStatus(final PolygonStatus status, final String message)
    {
        statuses.incrementAndGet(status.ordinal());
        final String text = Redactor.redact(message);
        switch (status)
        {
            case AUTH_SUCCESS:
                subscribeAll();
                state = State.STREAMING;
                LOG.info("Polygon feed authenticated; subscribed to {} streams", subscriptions.size());
                listener.onStatus(status, text);
                listener.onStreaming(ws.sessionCount());
                return;
            case AUTH_FAILED:
                fatalMessage = "Polygon rejected the API key (auth_failed: " + text + "). Check " + MarketDataSettings.POLYGON_KEY_ENV
                    + "; the feed will not retry with the same key.";
                state = State.FAILED;
                LOG.error(fatalMessage);
                listener.onStatus(status, text);
                listener.onFatal(fatalMessage);
                ws.stop("auth_failed");
                return;
            case MAX_CONNECTIONS:
                ws.faults().increment(FaultKind.DISCONNECTED);
                LOG.warn("Polygon max_connections ({}): another session holds this plan's connection; reconnecting in {} s",
                    text, maxConnectionsWait.toSeconds());
                state = State.RECONNECTING;
                listener.onStatus(status, text);
                ws.reconnectAfter("max_connections", maxConnectionsWait);
                return;
            case SLOW_CONSUMER:
            case FORCE_DISCONNECT:
            case AUTH_TIMEOUT:
                ws.faults().increment(FaultKind.DISCONNECTED);
                LOG.warn("Polygon {} ({}): reconnecting{}", status, text,
                    status == PolygonStatus.SLOW_CONSUMER ? "; the engine reads slower than the feed sends: narrow the universe or channels" : "");
                state = State.RECONNECTING;
                listener.onStatus(status, text);
                ws.reconnectAfter(status.name().toLowerCase(java.util.Locale.ROOT), Duration.ZERO);
                return;
            case ERROR:
            case AUTH_REQUIRED:
                LOG.warn("Polygon status {}: {}", status, text);
                listener.onStatus(status, text);
                return;
            default:
                listener.onStatus(status, text);
        }
    }

    private void subscribeAll()
    {
        final StringBuilder params = new StringBuilder();
        for (final String s : subscriptions)
        {
            if (params.length() > 0 && params.length() + s.length() + 1 > MAX_SUBSCRIBE_CHARS)
            {
                sendSubscribe(params);
                params.setLength(0);
            }
            if (params.length() > 0)
            {
                params.append(',');
            }
            params.append(s);
        }
        if (params.length() > 0)
        {
            sendSubscribe(params);
        }
    }

    private void sendSubscribe(final CharSequence params)
    {
        ws.send("{\"action\":\"subscribe\",\"params\":\"" + params + "\"}");
    }

    /** The WebSocket's events, on its I/O thread. */
    private final class Link implements WsListener
    {
        @Override
        public void onConnected(final WsClient client)
        {
            state = State.AUTHENTICATING;
            client.send("{\"action\":\"auth\",\"params\":\"" + apiKey + "\"}");
        }

        @Override
        public void onText(final ByteBuf utf8)
        {
            parser.parse(utf8);
        }

        @Override
        public void onDisconnected(final String reason, final boolean willReconnect)
        {
            if (state != State.FAILED)
            {
                state = willReconnect ? State.RECONNECTING : State.STOPPED;
            }
            listener.onDisconnected(reason, willReconnect);
        }

        @Override
        public void onFault(final FaultKind kind, final String detail)
        {
            LOG.debug("Polygon feed fault {}: {}", kind, detail);
        }
    }
}
