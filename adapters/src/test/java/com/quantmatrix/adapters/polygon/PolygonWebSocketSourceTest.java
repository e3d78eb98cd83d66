package com.quantmatrix.adapters.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.quantmatrix.adapters.AdapterReasons;
import com.quantmatrix.adapters.net.FaultKind;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.adapters.testing.LocalWebSocketServer;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live Polygon feed against a local WebSocket server that speaks Polygon's protocol with recorded frames. */
class PolygonWebSocketSourceTest
{
    private static final String KEY = "WsKey_4b3c2d1e";
    private static final String DATA = PolygonFrames.frame("stocks_AM", "stocks_T", "stocks_Q", "options_Q", "stocks_A");
    private static final List<String> SUBSCRIPTIONS = List.of("AM.GTE", "T.MSFT", "Q.MSFT", "Q.O:SPY241220P00720000");

    private final SymbolTable symbols = new SymbolTable(64);
    private final BlockingQueue<MarketEvent> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();

    /** What the server does after a subscribe; the default sends the data frame. */
    private volatile java.util.function.Consumer<LocalWebSocketServer.Connection> afterSubscribe = c -> c.send(DATA);

    @BeforeEach
    void symbols()
    {
        symbols.intern("GTE");
        symbols.intern("MSFT");
        symbols.intern("SPY");
    }

    /** Polygon's side of the protocol: connected, auth (checks the key), per-parameter subscribe acks, then data. */
    private LocalWebSocketServer polygon()
    {
        return LocalWebSocketServer.start("/stocks", new LocalWebSocketServer.Script()
        {
            @Override
            public void onOpen(final LocalWebSocketServer.Connection c)
            {
                c.send("[{\"ev\":\"status\",\"status\":\"connected\",\"message\":\"Connected Successfully\"}]");
            }

            @Override
            public void onText(final LocalWebSocketServer.Connection c, final String text)
            {
                if (text.contains("\"action\":\"auth\""))
                {
                    c.send(text.contains(KEY) ? PolygonFrames.frame("status_AuthEvent") : PolygonFrames.authFailedFrame());
                }
                else if (text.contains("\"action\":\"subscribe\""))
                {
                    final String params = text.replaceAll(".*\"params\":\"([^\"]*)\".*", "$1");
                    final StringBuilder acks = new StringBuilder("[");
                    for (final String p : params.split(","))
                    {
                        acks.append(acks.length() > 1 ? "," : "")
                            .append("{\"ev\":\"status\",\"status\":\"success\",\"message\":\"subscribed to: ").append(p).append("\"}");
                    }
                    c.send(acks.append(']').toString());
                    afterSubscribe.accept(c);
                }
            }
        });
    }

    private PolygonWebSocketSource feed(final LocalWebSocketServer server, final String key, final Duration maxConnectionsWait)
    {
        final WsSettings ws = WsSettings.builder(server.url())
            .reconnect(Duration.ofMillis(20), Duration.ofMillis(100))
            .jitterSeed(11)
            .pingInterval(Duration.ofMillis(200))
            .readDeadline(Duration.ofSeconds(3))
            .build();
        return new PolygonWebSocketSource(ws, key, symbols, SUBSCRIPTIONS, e -> events.add(PolygonFrames.copy(e)), maxConnectionsWait,
            new PolygonWebSocketSource.Listener()
            {
                @Override
                public void onStreaming(final int session)
                {
                    told.add("streaming " + session);
                }

                @Override
                public void onStatus(final PolygonStatus status, final String message)
                {
                    if (status != PolygonStatus.SUCCESS && status != PolygonStatus.CONNECTED && status != PolygonStatus.AUTH_SUCCESS)
                    {
                        told.add("status " + status + " " + message);
                    }
                }

                @Override
                public void onDisconnected(final String reason, final boolean willReconnect)
                {
                    told.add("disconnected " + willReconnect + " " + reason);
                }

                @Override
                public void onFatal(final String message)
                {
                    told.add("fatal " + message);
                }
            }, null);
    }

    private MarketEvent nextEvent() throws InterruptedException
    {
        final MarketEvent e = events.poll(5, TimeUnit.SECONDS);
        assertThat(e).as("event within 5 s").isNotNull();
        return e;
    }

    private String nextTold() throws InterruptedException
    {
        final String s = told.poll(5, TimeUnit.SECONDS);
        assertThat(s).as("notification within 5 s").isNotNull();
        return s;
    }

    @Test
    void authenticatesSubscribesAndStreamsRecordedEvents() throws Exception
    {
        try (LocalWebSocketServer server = polygon(); PolygonWebSocketSource feed = feed(server, KEY, Duration.ofSeconds(60)))
        {
            feed.start();
            assertThat(nextTold()).isEqualTo("streaming 1");
            final MarketEvent bar = nextEvent();
            assertThat(bar.type).isEqualTo(EventType.BAR);
            assertThat(bar.close).isEqualTo(0.4486);
            assertThat(nextEvent().close).isEqualTo(114.125);
            assertThat(nextEvent().ask).isEqualTo(114.128);
            final MarketEvent option = nextEvent();
            assertThat(option.type).isEqualTo(EventType.OPTION_QUOTE);
            assertThat(option.strike).isEqualTo(720.0);

            assertThat(server.received().poll(1, TimeUnit.SECONDS)).isEqualTo("{\"action\":\"auth\",\"params\":\"" + KEY + "\"}");
            assertThat(server.received().poll(1, TimeUnit.SECONDS))
                .isEqualTo("{\"action\":\"subscribe\",\"params\":\"AM.GTE,T.MSFT,Q.MSFT,Q.O:SPY241220P00720000\"}");
            assertThat(feed.state()).isEqualTo(PolygonWebSocketSource.State.STREAMING);
            // stocks_A is for SPCE, which the engine does not track; its frame may still be in flight.
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (feed.counters().rejected(AdapterReasons.FEED_UNKNOWN_SYMBOL) == 0 && System.nanoTime() < deadline)
            {
                Thread.sleep(10);
            }
            assertThat(feed.counters().rejected(AdapterReasons.FEED_UNKNOWN_SYMBOL)).isEqualTo(1);
            assertThat(feed.statusCount(PolygonStatus.SUCCESS)).isEqualTo(4);
        }
    }

    @Test
    void authFailedIsFatalAndNotRetried() throws Exception
    {
        try (LocalWebSocketServer server = polygon(); PolygonWebSocketSource feed = feed(server, "WrongKey_000000", Duration.ofSeconds(60)))
        {
            feed.start();
            assertThat(nextTold()).isEqualTo("status AUTH_FAILED authentication failed");
            final String fatal = nextTold();
            assertThat(fatal).startsWith("fatal Polygon rejected the API key (auth_failed: authentication failed). Check POLYGON_API_KEY")
                .doesNotContain("WrongKey_000000");
            assertThat(nextTold()).isEqualTo("disconnected false auth_failed");
            Thread.sleep(300);
            assertThat(server.sessionCount()).isEqualTo(1);
            assertThat(feed.state()).isEqualTo(PolygonWebSocketSource.State.FAILED);
            assertThat(feed.fatalMessage()).contains("auth_failed");
            assertThat(events).isEmpty();
        }
    }

    @Test
    void droppedConnectionReconnectsReauthenticatesAndResubscribes() throws Exception
    {
        try (LocalWebSocketServer server = polygon(); PolygonWebSocketSource feed = feed(server, KEY, Duration.ofSeconds(60)))
        {
            feed.start();
            assertThat(nextTold()).isEqualTo("streaming 1");
            for (int i = 0; i < 4; i++)
            {
                nextEvent();
            }
            server.awaitOpen(Duration.ofSeconds(1)).drop();
            assertThat(nextTold()).isEqualTo("disconnected true connection dropped by peer");
            assertThat(nextTold()).isEqualTo("streaming 2");
            for (int i = 0; i < 4; i++)
            {
                nextEvent();
            }
            assertThat(server.received()).containsExactly(
                "{\"action\":\"auth\",\"params\":\"" + KEY + "\"}",
                "{\"action\":\"subscribe\",\"params\":\"AM.GTE,T.MSFT,Q.MSFT,Q.O:SPY241220P00720000\"}",
                "{\"action\":\"auth\",\"params\":\"" + KEY + "\"}",
                "{\"action\":\"subscribe\",\"params\":\"AM.GTE,T.MSFT,Q.MSFT,Q.O:SPY241220P00720000\"}");
            assertThat(feed.faults().get(FaultKind.CONNECTION)).isEqualTo(1);
            assertThat(feed.counters().events()).isEqualTo(8);
        }
    }

    @Test
    void malformedAndTruncatedFramesAreCountedAndLaterDataStillArrives() throws Exception
    {
        afterSubscribe = c ->
        {
            if (c.index() == 1)
            {
                c.send(DATA.substring(0, DATA.length() / 2));
                c.send("{{{ not json");
                c.send(DATA);
                c.sendTruncatedFrame(DATA);
            }
            else
            {
                c.send(DATA);
            }
        };
        try (LocalWebSocketServer server = polygon(); PolygonWebSocketSource feed = feed(server, KEY, Duration.ofSeconds(60)))
        {
            feed.start();
            assertThat(nextTold()).isEqualTo("streaming 1");
            // Half a frame: its complete events (the bar and the trade) arrive, the rest is counted.
            assertThat(nextEvent().type).isEqualTo(EventType.BAR);
            assertThat(nextEvent().type).isEqualTo(EventType.TRADE);
            for (int i = 0; i < 4; i++)
            {
                nextEvent();
            }
            // A frame cut on the wire kills the link: reconnect, and the data flows again.
            assertThat(nextTold()).startsWith("disconnected true");
            assertThat(nextTold()).isEqualTo("streaming 2");
            for (int i = 0; i < 4; i++)
            {
                nextEvent();
            }
            assertThat(feed.counters().rejected(AdapterReasons.FEED_MALFORMED_FRAME)).isEqualTo(2);
            assertThat(feed.counters().events()).isEqualTo(10);
        }
    }

    @Test
    void maxConnectionsWaitsBeforeReconnectingAndSlowConsumerReconnects() throws Exception
    {
        afterSubscribe = c ->
        {
            if (c.index() == 1)
            {
                c.send(PolygonFrames.frame("status_DisconnectEvent"));
                c.drop();
            }
            else if (c.index() == 2)
            {
                c.send("[{\"ev\":\"status\",\"status\":\"slow_consumer\",\"message\":\"Client is too slow\"}]");
            }
            else
            {
                c.send(DATA);
            }
        };
        try (LocalWebSocketServer server = polygon(); PolygonWebSocketSource feed = feed(server, KEY, Duration.ofMillis(600)))
        {
            feed.start();
            assertThat(nextTold()).isEqualTo("streaming 1");
            assertThat(server.awaitOpen(Duration.ofSeconds(2))).isNotNull();
            assertThat(nextTold()).isEqualTo("status MAX_CONNECTIONS Maximum number of connections exceeded.");
            final long t0 = System.nanoTime();
            assertThat(nextTold()).startsWith("disconnected true");
            assertThat(server.awaitOpen(Duration.ofSeconds(5))).isNotNull();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isGreaterThanOrEqualTo(500);
            assertThat(nextTold()).isEqualTo("streaming 2");
            assertThat(nextTold()).isEqualTo("status SLOW_CONSUMER Client is too slow");
            assertThat(nextTold()).isEqualTo("disconnected true slow_consumer");
            assertThat(nextTold()).isEqualTo("streaming 3");
            assertThat(nextEvent().type).isEqualTo(EventType.BAR);
            assertThat(feed.faults().get(FaultKind.DISCONNECTED)).isEqualTo(2);
        }
    }
}
