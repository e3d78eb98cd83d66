package com.quantmatrix.adapters.tastytrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.broker.TradingEnvironment;
import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.adapters.testing.LocalWebSocketServer;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The DXLink streamer against a local server that speaks the protocol and replays the recorded frames. */
class DxLinkStreamerTest
{
    private static final String QUOTE_TOKEN = FakeDxLink.QUOTE_TOKEN;

    /** Copies of every event the sink got. */
    private static final class Events implements com.quantmatrix.adapters.feed.MarketEventSink
    {
        final List<MarketEvent> got = new ArrayList<>();

        @Override
        public synchronized void onEvent(final MarketEvent e)
        {
            final MarketEvent copy = new MarketEvent();
            copy.copyInputFrom(e);
            got.add(copy);
            notifyAll();
        }

        synchronized List<MarketEvent> await(final int n) throws InterruptedException
        {
            final long end = System.currentTimeMillis() + 10_000;
            while (got.size() < n && System.currentTimeMillis() < end)
            {
                wait(100);
            }
            assertThat(got).as("events").hasSizeGreaterThanOrEqualTo(n);
            return List.copyOf(got);
        }
    }

    private static WsSettings ws(final String url)
    {
        return WsSettings.builder(url).reconnect(Duration.ofMillis(50), Duration.ofMillis(200)).jitterSeed(5).build();
    }

    @Test
    void speaksTheProtocolAndTurnsTheRecordedCompactFramesIntoQuotesAndTrades() throws Exception
    {
        final SymbolTable symbols = new SymbolTable(64);
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/realtime", new FakeDxLink(c ->
        {
            c.sendResource("fixtures/tastytrade/feed_data_quote_compact.json");
            c.sendResource("fixtures/tastytrade/feed_data_trade_compact.json");
        })))
        {
            final Events events = new Events();
            final QuoteToken token = new QuoteToken(QUOTE_TOKEN, server.url(), "demo");
            try (DxLinkStreamer dx = new DxLinkStreamer(ws(server.url()), () -> token, events, Duration.ofMillis(200), 64, null, () -> 7L))
            {
                for (final String s : new String[] {"NVDA", "PLTR", "AMZN", "TSLA", "AAPL", "SPX"})
                {
                    dx.subscribeEquity(s, symbols.intern(s));
                }
                dx.start();
                final List<MarketEvent> got = events.await(6);

                final MarketEvent nvda = got.get(0);
                assertThat(nvda.type).isEqualTo(EventType.QUOTE);
                assertThat(symbols.symbol(nvda.symbolId)).isEqualTo("NVDA");
                assertThat(nvda.bid).isEqualTo(131.66);
                assertThat(nvda.ask).isEqualTo(131.67);
                assertThat(nvda.bidSize).isEqualTo(760);
                assertThat(nvda.askSize).isEqualTo(307);
                assertThat(nvda.eventTimeNanos).as("no quote time negotiated: the edge clock").isEqualTo(7L);
                assertThat(got).extracting(e -> e.seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
                assertThat(got).allSatisfy(e -> assertThat(e.source).isEqualTo(MarketEvent.SOURCE_MARKET_DATA));
                assertThat(got.get(1).bid).isEqualTo(124.05);

                final MarketEvent amzn = got.get(2);
                assertThat(amzn.type).isEqualTo(EventType.TRADE);
                assertThat(symbols.symbol(amzn.symbolId)).isEqualTo("AMZN");
                assertThat(amzn.close).isEqualTo(201.5417);
                assertThat(amzn.volume).isEqualTo(257);
                assertThat(amzn.eventTimeNanos).isEqualTo(1_748_020_169_744L * 1_000_000L);
                final MarketEvent spx = got.get(5);
                assertThat(symbols.symbol(spx.symbolId)).isEqualTo("SPX");
                assertThat(spx.close).isEqualTo(5931.91);
                assertThat(spx.volume).as("size NaN").isZero();
                Thread.sleep(100);
                assertThat(events.got).hasSize(6);
                assertThat(dx.unknownSymbols()).as("the futures option nobody subscribed").isEqualTo(1);

                // What the client said, in order, against the recorded client messages.
                final JsonNode setup = JsonNode.parse(server.received().poll(5, TimeUnit.SECONDS));
                final JsonNode recordedSetup = JsonNode.parse(Fixtures.text("fixtures/tastytrade/02_setup_request.json"));
                assertThat(setup.fieldNames()).containsExactlyInAnyOrderElementsOf(recordedSetup.fieldNames());
                assertThat(setup.get("keepaliveTimeout").longValue(0)).isEqualTo(60);
                final JsonNode auth = JsonNode.parse(server.received().poll(5, TimeUnit.SECONDS));
                assertThat(auth.get("type").text()).isEqualTo("AUTH");
                assertThat(auth.get("token").text()).isEqualTo(QUOTE_TOKEN);
                final String channel = server.received().poll(5, TimeUnit.SECONDS);
                assertThat(JsonNode.parse(channel).path("parameters", "contract").text()).isEqualTo("AUTO");
                assertThat(channel).isEqualTo(Fixtures.text("fixtures/tastytrade/06_channel_request.json").trim());
                final JsonNode feedSetup = JsonNode.parse(server.received().poll(5, TimeUnit.SECONDS));
                assertThat(feedSetup.get("acceptDataFormat").text()).isEqualTo("COMPACT");
                assertThat(feedSetup.get("acceptEventFields").fieldNames()).containsExactlyInAnyOrder("Quote", "Trade", "Greeks", "Summary");
                final JsonNode sub = JsonNode.parse(server.received().poll(5, TimeUnit.SECONDS));
                assertThat(sub.get("type").text()).isEqualTo("FEED_SUBSCRIPTION");
                assertThat(sub.get("add").elements()).hasSize(12);
                String keepalive = null;
                for (int i = 0; i < 20 && keepalive == null; i++)
                {
                    final String m = server.received().poll(1, TimeUnit.SECONDS);
                    if (m != null && m.contains("KEEPALIVE"))
                    {
                        keepalive = m;
                    }
                }
                assertThat(keepalive).isEqualTo(Fixtures.text("fixtures/tastytrade/01_keepalive_request.json").trim());
            }
        }
    }

    /**
     * An option from the recorded nested chain (.SPY260804C500). No Greeks frame was recorded, so
     * this one is written to the COMPACT layout we request; the point is the merge: Greeks alone
     * publish nothing, the quote then publishes with the IV, open interest joins later.
     */
    @Test
    void optionEventsMergeIntoOneOptionQuote() throws Exception
    {
        final OptionChain.Strike strike = OptionChain.listFrom(JsonNode.parse(Fixtures.text("fixtures/tastytrade/option_chains_SPY_nested.captured.json")))
            .get(0).expirations().get(0).strikes().get(0);
        final String sym = strike.callStreamerSymbol();
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/realtime", new FakeDxLink(c ->
        {
            c.send("{\"type\":\"FEED_DATA\",\"channel\":1,\"data\":[\"Greeks\",[\"" + sym + "\",1785855600000,12.5,0.183,0.52,0.021,-0.35,0.04,0.27]]}");
            c.send("{\"type\":\"FEED_DATA\",\"channel\":1,\"data\":[\"Quote\",[\"" + sym + "\",12.4,12.6,10,12]]}");
            c.send("{\"type\":\"FEED_DATA\",\"channel\":1,\"data\":[\"Summary\",[\"" + sym + "\",\"NaN\"]]}");
            c.send("{\"type\":\"FEED_DATA\",\"channel\":1,\"data\":[\"Trade\",[\"" + sym + "\",\"NaN\",\"NaN\",0,\"NaN\"]]}");
            c.send("{\"type\":\"FEED_DATA\",\"channel\":1,\"data\":[\"Summary\",[\"" + sym + "\",1834]]}");
        })))
        {
            final Events events = new Events();
            final QuoteToken token = new QuoteToken(QUOTE_TOKEN, server.url(), "demo");
            final com.quantmatrix.engine.stats.ReasonCounters counters = new com.quantmatrix.engine.stats.ReasonCounters();
            try (DxLinkStreamer dx = new DxLinkStreamer(ws(server.url()), () -> token, events, Duration.ofSeconds(30), 16, counters, () -> 9L))
            {
                dx.subscribeOption(sym, 3, 20260804, strike.strikePrice().doubleValue(), MarketEvent.CALL);
                dx.start();
                final List<MarketEvent> got = events.await(3);
                final MarketEvent q = got.get(0);
                assertThat(q.type).isEqualTo(EventType.OPTION_QUOTE);
                assertThat(q.symbolId).isEqualTo(3);
                assertThat(q.expiry).isEqualTo(20260804);
                assertThat(q.strike).isEqualTo(500.0);
                assertThat(q.right).isEqualTo(MarketEvent.CALL);
                assertThat(q.bid).isEqualTo(12.4);
                assertThat(q.ask).isEqualTo(12.6);
                assertThat(q.vendorIv).isEqualTo(0.183);
                assertThat(got.get(1).vendorIv).isEqualTo(0.183);
                assertThat(got.get(2).openInterest).isEqualTo(1834);
                assertThat(counters.get(com.quantmatrix.adapters.AdapterReasons.FEED_MISSING_FIELD)).as("trade without a price").isEqualTo(1);
                assertThat(dx.incomplete()).as("Greeks before any quote").isEqualTo(1);
                assertThat(dx.delta(sym)).isEqualTo(0.52);
            }
        }
    }

    @Test
    void aDroppedConnectionReconnectsWithAFreshTokenAndBadFramesAreCounted() throws Exception
    {
        final SymbolTable symbols = new SymbolTable(8);
        final AtomicInteger session = new AtomicInteger();
        try (LocalHttpServer rest = LocalHttpServer.start();
             LocalWebSocketServer server = LocalWebSocketServer.start("/realtime", new FakeDxLink(c ->
             {
                 if (session.incrementAndGet() == 1)
                 {
                     c.send("{\"type\":\"FEED_DATA\",\"channel\":1,\"data\":[\"Quote\",[\"NVDA\",131.66,");
                     c.sendResource("fixtures/tastytrade/error_bad_action.json");
                     c.sendResource("fixtures/tastytrade/feed_data_quote_compact.json");
                     c.drop();
                 }
                 else
                 {
                     c.sendResource("fixtures/tastytrade/feed_data_quote_compact.json");
                 }
             })))
        {
            rest.route("/sessions", 201, Fixtures.bytes("fixtures/tastytrade/sessions_create_response.json"), "application/json");
            rest.route("/api-quote-tokens", Fixtures.bytes("fixtures/tastytrade/api_quote_tokens.json"));
            final TastytradeClient client = new TastytradeClient(TradingEnvironment.CERTIFICATION, rest.baseUrl(),
                TastytradeLogin.session("trader1", "pw-not-real-2"), Duration.ofSeconds(2), 2, System::currentTimeMillis);
            final Events events = new Events();
            try (DxLinkStreamer dx = new DxLinkStreamer(ws(server.url()), client::quoteToken, events, Duration.ofSeconds(30), 8, null, () -> 1L))
            {
                dx.subscribeEquity("NVDA", symbols.intern("NVDA"));
                dx.start();
                events.await(2);
                for (int i = 0; i < 50 && dx.unknownSymbols() < 2; i++)
                {
                    Thread.sleep(20);
                }
                assertThat(dx.sessions()).isEqualTo(2);
                assertThat(rest.count("GET", "/api-quote-tokens")).as("a fresh token per session").isEqualTo(2);
                assertThat(dx.malformed()).isEqualTo(1);
                assertThat(dx.protocolErrors()).isEqualTo(1);
                assertThat(dx.unknownSymbols()).as("PLTR, twice").isEqualTo(2);
                assertThat(events.got).allSatisfy(e -> assertThat(e.bid).isEqualTo(131.66));
            }
        }
    }

    @Test
    void aTokenRefusedTwiceStopsTheStreamerInsteadOfLooping() throws Exception
    {
        final FakeDxLink script = new FakeDxLink(c -> { });
        script.refuseAll = true;
        try (LocalWebSocketServer server = LocalWebSocketServer.start("/realtime", script))
        {
            final AtomicInteger tokenCalls = new AtomicInteger();
            try (DxLinkStreamer dx = new DxLinkStreamer(ws(server.url()), () ->
            {
                tokenCalls.incrementAndGet();
                return new QuoteToken("stale-token-123", server.url(), "demo");
            }, e -> { }, Duration.ofSeconds(30), 8, null, () -> 1L))
            {
                dx.start();
                Thread.sleep(1_000);
                assertThat(tokenCalls.get()).isEqualTo(2);
                assertThat(server.sessionCount()).isEqualTo(1);
                assertThat(dx.isStreaming()).isFalse();
            }
        }
    }
}
