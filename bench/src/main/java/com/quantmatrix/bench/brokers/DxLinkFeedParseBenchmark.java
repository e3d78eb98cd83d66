package com.quantmatrix.bench.brokers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.adapters.tastytrade.DxLinkStreamer;
import com.quantmatrix.adapters.tastytrade.QuoteToken;
import com.quantmatrix.engine.event.MarketEvent;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing DXLink COMPACT FEED_DATA frames (option Quote events of 500 contracts, 50 per frame, in
 * the field layout the streamer negotiates) into OPTION_QUOTE ring events on one thread: events per
 * second. The sink copies each event into a preallocated slot, as the ring translator does. Per
 * event nothing is allocated; per frame one jackson parser is (check with -prof gc).
 * Run: {@code scripts/quantmatrix bench DxLinkFeedParse -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DxLinkFeedParseBenchmark
{
    static final int CONTRACTS = 500;
    static final int EVENTS = 50;
    static final int FRAMES = 64;

    private final MarketEvent slot = new MarketEvent();
    private DxLinkStreamer streamer;
    private ByteBuf[] frames;
    private int next;

    @Setup(Level.Trial)
    public void setUp()
    {
        // Never started: the benchmark feeds frames straight into the parser.
        streamer = new DxLinkStreamer(WsSettings.builder("ws://127.0.0.1:9/unused").build(), () -> new QuoteToken("t", "ws://x", "demo"),
            slot::copyInputFrom, Duration.ofHours(1), CONTRACTS, null, System::nanoTime);
        final String[] syms = new String[CONTRACTS];
        for (int i = 0; i < CONTRACTS; i++)
        {
            final int strike = 400 + i;
            syms[i] = ".SPY260918C" + strike;
            streamer.subscribeOption(syms[i], 1, 20260918, strike, MarketEvent.CALL);
        }
        frames = new ByteBuf[FRAMES];
        int k = 0;
        for (int f = 0; f < FRAMES; f++)
        {
            final StringBuilder sb = new StringBuilder("{\"type\":\"FEED_DATA\",\"channel\":1,\"data\":[\"Quote\",[");
            for (int e = 0; e < EVENTS; e++, k++)
            {
                final double bid = 1.0 + (k % 997) * 0.05;
                sb.append(e == 0 ? "" : ",").append('"').append(syms[k % CONTRACTS]).append('"')
                    .append(String.format(Locale.ROOT, ",%.2f,%.2f,%d,%d,%d,%d", bid, bid + 0.05, 10 + k % 40, 12 + k % 30,
                        1_758_200_000_000L + k, 1_758_200_000_000L + k));
            }
            frames[f] = Unpooled.wrappedBuffer(sb.append("]]}").toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long quoteFrame()
    {
        final ByteBuf f = frames[next++ & (FRAMES - 1)];
        streamer.onText(f);
        return slot.seq;
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        streamer.close();
    }
}
