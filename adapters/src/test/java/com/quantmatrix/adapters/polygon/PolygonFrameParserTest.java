package com.quantmatrix.adapters.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lmax.disruptor.RingBuffer;
import com.quantmatrix.adapters.AdapterReasons;
import com.quantmatrix.adapters.feed.MarketEventSink;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.stats.ReasonCounters;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Frame parsing from the recorded Polygon WebSocket samples into ring events. */
class PolygonFrameParserTest
{
    private static final String MIXED = PolygonFrames.frame(
        "stocks_AM", "stocks_A", "stocks_T", "stocks_Q", "options_Q", "options_T", "stocks_LULD", "business_stocks_FMV", "indices_AM");

    private final SymbolTable symbols = new SymbolTable(64);
    private final List<MarketEvent> out = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private PolygonFrameParser parser;
    private int gte;
    private int msft;
    private int spy;

    @BeforeEach
    void setUp()
    {
        gte = symbols.intern("GTE");
        msft = symbols.intern("MSFT");
        spy = symbols.intern("SPY");
        parser = new PolygonFrameParser(symbols, e -> out.add(PolygonFrames.copy(e)), (s, m) -> statuses.add(s + " " + m));
    }

    private void parse(final String frame)
    {
        final byte[] b = frame.getBytes(StandardCharsets.UTF_8);
        parser.parse(b, 0, b.length);
    }

    @Test
    void mixedFrameBecomesRingEventsWithTheRecordedValues()
    {
        parse(MIXED);
        assertThat(out).hasSize(4);

        final MarketEvent bar = out.get(0);
        assertThat(bar.type).isEqualTo(EventType.BAR);
        assertThat(bar.symbolId).isEqualTo(gte);
        assertThat(bar.barSeconds).isEqualTo(60);
        assertThat(bar.open).isEqualTo(0.4488);
        assertThat(bar.high).isEqualTo(0.4489);
        assertThat(bar.low).isEqualTo(0.4486);
        assertThat(bar.close).isEqualTo(0.4486);
        assertThat(bar.volume).isEqualTo(4110);
        assertThat(bar.eventTimeNanos).isEqualTo(1610144700000L * 1_000_000L);

        final MarketEvent trade = out.get(1);
        assertThat(trade.type).isEqualTo(EventType.TRADE);
        assertThat(trade.symbolId).isEqualTo(msft);
        assertThat(trade.close).isEqualTo(114.125);
        assertThat(trade.volume).isEqualTo(100);
        assertThat(trade.eventTimeNanos).isEqualTo(1536036818784L * 1_000_000L);

        final MarketEvent quote = out.get(2);
        assertThat(quote.type).isEqualTo(EventType.QUOTE);
        assertThat(quote.symbolId).isEqualTo(msft);
        assertThat(quote.bid).isEqualTo(114.125);
        assertThat(quote.ask).isEqualTo(114.128);
        assertThat(quote.bidSize).isEqualTo(100);
        assertThat(quote.askSize).isEqualTo(160);

        final MarketEvent option = out.get(3);
        assertThat(option.type).isEqualTo(EventType.OPTION_QUOTE);
        assertThat(option.symbolId).isEqualTo(spy);
        assertThat(option.expiry).isEqualTo(20241220);
        assertThat(option.right).isEqualTo(MarketEvent.PUT);
        assertThat(option.strike).isEqualTo(720.0);
        assertThat(option.bid).isEqualTo(9.71);
        assertThat(option.ask).isEqualTo(9.81);
        assertThat(option.bidSize).isEqualTo(17);
        assertThat(option.askSize).isEqualTo(24);
        assertThat(option.eventTimeNanos).isEqualTo(1644506128351L * 1_000_000L);

        // SPCE and I:SPX are not tracked; option trades, LULD and FMV have no ring event.
        assertThat(parser.rejected(AdapterReasons.FEED_UNKNOWN_SYMBOL)).isEqualTo(2);
        assertThat(parser.ignored()).isEqualTo(3);
        assertThat(parser.events()).isEqualTo(4);
        assertThat(Reasons.name(AdapterReasons.FEED_UNKNOWN_SYMBOL)).isEqualTo("FEED_UNKNOWN_SYMBOL");
    }

    @Test
    void eventsAreNumberedAndPublishedIntoTheRingWithTheEnginesCounters()
    {
        final RingBuffer<MarketEvent> ring = RingBuffer.createSingleProducer(MarketEvent::new, 8);
        final ReasonCounters counters = new ReasonCounters();
        final PolygonFrameParser toRing = new PolygonFrameParser(
            symbols, MarketEventSink.publishingTo(new EventPublisher(ring)), null, counters);
        toRing.continueSequenceAfter(41);
        final byte[] frame = MIXED.getBytes(StandardCharsets.UTF_8);
        toRing.parse(frame, 0, frame.length);
        assertThat(ring.getCursor()).isEqualTo(3);
        final MarketEvent first = ring.get(0);
        assertThat(first.seq).isEqualTo(42);
        assertThat(first.source).isEqualTo(MarketEvent.SOURCE_MARKET_DATA);
        assertThat(first.type).isEqualTo(EventType.BAR);
        assertThat(first.close).isEqualTo(0.4486);
        final MarketEvent last = ring.get(3);
        assertThat(last.seq).isEqualTo(45);
        assertThat(last.type).isEqualTo(EventType.OPTION_QUOTE);
        assertThat(counters.get(AdapterReasons.FEED_UNKNOWN_SYMBOL)).isEqualTo(2);
        assertThat(counters.nonZero(600, 700)).containsEntry("FEED_UNKNOWN_SYMBOL", 2L);
    }

    @Test
    void secondAggregatesAreOneSecondBars()
    {
        symbols.intern("SPCE");
        parse(PolygonFrames.frame("stocks_A"));
        final MarketEvent bar = out.get(0);
        assertThat(bar.barSeconds).isEqualTo(1);
        assertThat(bar.close).isEqualTo(25.39);
        assertThat(bar.volume).isEqualTo(200);
        assertThat(bar.eventTimeNanos).isEqualTo(1610144869000L * 1_000_000L);
    }

    @Test
    void statusMessagesGoToTheHandler()
    {
        parse(PolygonFrames.frame("status_ConnectEvent"));
        parse(PolygonFrames.frame("status_AuthEvent"));
        parse(PolygonFrames.authFailedFrame());
        parse(PolygonFrames.frame("status_DisconnectEvent", "status_SubscribeEvent"));
        assertThat(statuses).containsExactly(
            "SUCCESS Connected Successfully",
            "AUTH_SUCCESS authenticated",
            "AUTH_FAILED authentication failed",
            "MAX_CONNECTIONS Maximum number of connections exceeded.",
            "SUCCESS subscribed to: T.MSFT");
        assertThat(out).isEmpty();
    }

    @Test
    void malformedAndTruncatedFramesAreCountedAndTheNextFrameParses()
    {
        parse("not json at all");
        final int cut = MIXED.indexOf("\"ev\":\"Q\"");
        parse(MIXED.substring(0, cut + 20));
        assertThat(parser.rejected(AdapterReasons.FEED_MALFORMED_FRAME)).isEqualTo(2);
        // The events completed before the cut (bar and trade) were delivered; nothing half-read was.
        assertThat(out).extracting(e -> e.type).containsExactly(EventType.BAR, EventType.TRADE);
        out.clear();
        parse(MIXED);
        assertThat(out).hasSize(4);
        parse("]");
        parse("[{\"ev\":\"T\",\"sym\":\"MSFT\",\"p\":114.125,}]");
        assertThat(parser.rejected(AdapterReasons.FEED_MALFORMED_FRAME)).isEqualTo(4);
        parse(MIXED);
        assertThat(out).hasSize(8);
    }

    @Test
    void eventsMissingFieldsOrWithBadValuesAreRejectedByReason()
    {
        final String trade = PolygonFrames.sample("stocks_T");
        parse("[" + trade.replace("\"p\":114.125,", "") + "]");
        parse("[" + trade.replace("\"p\":114.125", "\"p\":\"n/a\"") + "]");
        parse("[" + trade.replace("\"sym\":\"MSFT\",", "") + "]");
        parse("[" + PolygonFrames.sample("options_Q").replace("P00720000", "X00720000") + "]");
        parse("[" + PolygonFrames.sample("options_Q").replace("O:SPY241220P00720000", "O:SPY") + "]");
        assertThat(out).isEmpty();
        assertThat(parser.rejected(AdapterReasons.FEED_MISSING_FIELD)).isEqualTo(2);
        assertThat(parser.rejected(AdapterReasons.FEED_BAD_NUMBER)).isEqualTo(1);
        assertThat(parser.rejected(AdapterReasons.FEED_BAD_OPTION_SYMBOL)).isEqualTo(2);
        assertThat(parser.rejectedTotal()).isEqualTo(5);
    }

    @Test
    void aSingleEventObjectAndADirectNettyBufferAlsoParse()
    {
        parse(PolygonFrames.sample("stocks_T"));
        final ByteBuf direct = Unpooled.directBuffer();
        direct.writeBytes(MIXED.getBytes(StandardCharsets.UTF_8));
        parser.parse(direct);
        direct.release();
        assertThat(out).hasSize(5);
        assertThat(out.get(0).close).isEqualTo(114.125);
    }

    @Test
    void steadyStateParsingAllocatesNothing()
    {
        final MarketEvent slot = new MarketEvent();
        final PolygonFrameParser quiet = new PolygonFrameParser(symbols, slot::copyInputFrom, null);
        final byte[] frame = MIXED.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20_000; i++)
        {
            quiet.parse(frame, 0, frame.length);
        }
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final long before = mx.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 20_000; i++)
        {
            quiet.parse(frame, 0, frame.length);
        }
        final long allocated = mx.getThreadAllocatedBytes(thread) - before;
        assertThat(quiet.events()).isEqualTo(160_000);
        // 80,000 ring events (plus the rejected and ignored ones): allow only measurement noise.
        assertThat(allocated).isLessThan(4_096);
    }
}
