package com.quantmatrix.bench.marketdata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.quantmatrix.adapters.polygon.PolygonFrameParser;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;

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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing Polygon WebSocket frames into ring events on one thread: the score is events per second
 * (target: at least 1,000,000 on one core, zero bytes allocated per event; check with -prof gc).
 * The sink copies each event into a preallocated slot, as the engine's ring translator does.
 *
 * <p>Frames batch events of 500 tickers in the shape of Polygon's published examples (stocks
 * minute bars, trades and quotes, option quotes). Run:
 * {@code scripts/quantmatrix bench PolygonFrameParse -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolygonFrameParseBenchmark
{
    /** Events per frame: Polygon batches what arrived in the same few milliseconds. */
    static final int EVENTS = 50;
    static final int TICKERS = 500;
    static final int FRAMES = 64;

    private final SymbolTable symbols = new SymbolTable(1_024);
    private final MarketEvent slot = new MarketEvent();
    private PolygonFrameParser parser;
    private byte[][] mixed;
    private byte[][] quotes;
    private int next;

    @Setup(Level.Trial)
    public void setUp()
    {
        final String[] tickers = new String[TICKERS];
        for (int i = 0; i < TICKERS; i++)
        {
            tickers[i] = ticker(i);
            symbols.intern(tickers[i]);
        }
        parser = new PolygonFrameParser(symbols, slot::copyInputFrom, null);
        mixed = new byte[FRAMES][];
        quotes = new byte[FRAMES][];
        int k = 0;
        for (int f = 0; f < FRAMES; f++)
        {
            final StringBuilder m = new StringBuilder("[");
            final StringBuilder q = new StringBuilder("[");
            for (int i = 0; i < EVENTS; i++, k++)
            {
                final String sym = tickers[k % TICKERS];
                m.append(i == 0 ? "" : ",").append(event(k, sym));
                q.append(i == 0 ? "" : ",").append(quote(k, sym));
            }
            mixed[f] = m.append(']').toString().getBytes(StandardCharsets.UTF_8);
            quotes[f] = q.append(']').toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Tickers AAA, AAB, ... (three to four letters, like US stock symbols). */
    private static String ticker(final int i)
    {
        final char[] c = {(char)('A' + i / 676 % 26), (char)('A' + i / 26 % 26), (char)('A' + i % 26)};
        return new String(c);
    }

    private static String event(final int k, final String sym)
    {
        final long ms = 1_610_144_640_000L + k * 7L;
        final int cents = 10_000 + k % 997;
        switch (k % 4)
        {
            case 0:
                return "{\"ev\":\"AM\",\"sym\":\"" + sym + "\",\"v\":4110,\"av\":9470157,\"op\":" + price(cents)
                    + ",\"vw\":" + price(cents + 1) + ",\"o\":" + price(cents) + ",\"c\":" + price(cents + 2)
                    + ",\"h\":" + price(cents + 5) + ",\"l\":" + price(cents - 3)
                    + ",\"a\":" + price(cents) + ",\"z\":685,\"s\":" + ms + ",\"e\":" + (ms + 60_000) + "}";
            case 1:
                return "{\"ev\":\"T\",\"sym\":\"" + sym + "\",\"x\":4,\"i\":\"12345\",\"z\":3,\"p\":" + price(cents)
                    + ",\"s\":100,\"c\":[0,12],\"t\":" + ms + ",\"q\":3681328}";
            case 2:
                return quote(k, sym);
            default:
                return "{\"ev\":\"Q\",\"sym\":\"O:" + sym + "241220P00" + (100 + k % 50) + "000\",\"bx\":302,\"ax\":302,\"bp\":9.71,"
                    + "\"ap\":9.81,\"bs\":17,\"as\":24,\"t\":" + ms + ",\"q\":844090872}";
        }
    }

    private static String quote(final int k, final String sym)
    {
        final long ms = 1_536_036_818_784L + k * 3L;
        final int mills = 114_000 + (k % 499) * 5;
        return "{\"ev\":\"Q\",\"sym\":\"" + sym + "\",\"bx\":4,\"bp\":" + BigDecimal.valueOf(mills, 3) + ",\"bs\":100,\"ax\":7,\"ap\":"
            + BigDecimal.valueOf(mills + 3, 3)
            + ",\"as\":160,\"c\":0,\"i\":[604],\"t\":" + ms + ",\"q\":50385480,\"z\":3}";
    }

    /** Dollars with cents, as the feed prints them (e.g. 101.25). */
    private static BigDecimal price(final int cents)
    {
        return BigDecimal.valueOf(cents, 2);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void mixedStocksAndOptions(final Blackhole bh)
    {
        final byte[] frame = mixed[next++ & (FRAMES - 1)];
        parser.parse(frame, 0, frame.length);
        bh.consume(slot.eventTimeNanos);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public void stockQuotes(final Blackhole bh)
    {
        final byte[] frame = quotes[next++ & (FRAMES - 1)];
        parser.parse(frame, 0, frame.length);
        bh.consume(slot.bid);
    }
}
