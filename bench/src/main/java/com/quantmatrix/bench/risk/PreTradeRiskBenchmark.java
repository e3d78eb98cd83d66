package com.quantmatrix.bench.risk;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.oms.ClientOrderIds;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.risk.PreTradeRisk;
import com.quantmatrix.engine.stats.ReasonCounters;
import com.quantmatrix.engine.time.NyDate;
import com.quantmatrix.engine.trading.TradingStages;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One pre-trade risk check of an entry with 50 open positions in 50 underlyings (each a real S&P 500
 * ticker, so the sector limit resolves), every underlying with 60 days of returns (so 50
 * correlations are looked at), 10 working orders: the whole per-event cost of {@link PreTradeRisk}
 * (breakers, exposure of the book, every gate and cap). Two cases:
 * <ul>
 * <li>{@code checkEntry}: the event is about the candidate (not held), the usual case: the book's
 * exposure is reused from the last event (nothing in it moved) and pair correlations come from the
 * day's cache;</li>
 * <li>{@code checkEntryBookMoved}: the event is about a held underlying, so the exposure of all 50
 * positions is measured again (the worst case per event); correlations still cached.</li>
 * </ul>
 * Target: at most 1 us, zero
 * allocation (check with -prof gc). The rate window is 1 ms and each call is 1 ms later, so the rate check runs and passes.
 *
 * <pre>scripts/quantmatrix bench PreTradeRisk -wi 1 -i 1 -f 1 -r 1s -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreTradeRiskBenchmark
{
    private static final String[] TICKERS = {
        "AAPL", "MSFT", "XOM", "JNJ", "JPM", "PG", "GE", "WMT", "CVX", "PFE", "KO", "PEP", "MRK", "INTC", "CSCO", "T", "VZ", "HD",
        "DIS", "MCD", "BA", "MMM", "CAT", "IBM", "ORCL", "AMGN", "GILD", "ABT", "MDT", "UNH", "BAC", "C", "WFC", "GS", "MS", "AXP",
        "USB", "NKE", "SBUX", "LOW", "TGT", "COST", "CVS", "WBA", "UPS", "FDX", "HON", "LMT", "GD", "NOC", "DUK", "SO", "NEE"};
    private static final int EXPIRY = 20170120;

    /** Open positions (50 is the target case; 0 shows the fixed part). */
    @org.openjdk.jmh.annotations.Param({"50"})
    public int positions;

    private final MarketEvent event = new MarketEvent();
    private PreTradeRisk risk;
    private int candidate;
    private int candidateSymbol;
    private int heldSymbol;
    private long time;

    /** A fixed market view: every underlying at $100 with ATR $2, VIX 15. */
    private static final class FixedMarket implements MarketView
    {
        @Override
        public double lastPrice(final int symbolId)
        {
            return 100.0;
        }

        @Override
        public double atr(final int symbolId)
        {
            return 2.0;
        }

        @Override
        public double historicalVolatility(final int symbolId)
        {
            return 0.25;
        }

        @Override
        public int lastDailyBarDate(final int symbolId)
        {
            return 0;
        }

        @Override
        public double vix()
        {
            return 15.0;
        }

        @Override
        public double riskFreeRate()
        {
            return 0.01;
        }

        @Override
        public long nowNanos()
        {
            return 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp()
    {
        final SymbolTable symbols = new SymbolTable(4096);
        final Instruments instruments = new Instruments(4096, 16_384);
        final TradingStages stages = TradingStages.paper(
            Config.empty().with("portfolio.initial.cash", "10000000").with("risk.order.rate.window.ms", "1"),
            instruments, new FixedMarket(), symbols, new ReasonCounters(), new TradingSwitch());
        risk = stages.preTradeRisk;
        final SplittableRandom r = new SplittableRandom(7);
        final int[] contract = new int[TICKERS.length];
        for (int i = 0; i < TICKERS.length; i++)
        {
            final int s = symbols.intern(TICKERS[i]);
            final int c = instruments.option(s, EXPIRY, 100.0, MarketEvent.CALL);
            instruments.bid[c] = 4.90;
            instruments.ask[c] = 5.00;
            instruments.bidSize[c] = 20;
            instruments.askSize[c] = 20;
            instruments.volume[c] = 1000;
            instruments.openInterest[c] = 5000;
            instruments.iv[c] = 0.30;
            instruments.delta[c] = 0.5;
            instruments.gamma[c] = 0.02;
            instruments.theta[c] = -0.03;
            instruments.vega[c] = 0.20;
            contract[i] = c;
        }
        // 61 daily closes each (independent random walks): correlations known and low
        final double[] close = new double[TICKERS.length];
        java.util.Arrays.fill(close, 100.0);
        for (int d = 0; d < 61; d++)
        {
            final int date = NyDate.ofEpochDay(NyDate.epochDay(20160901) + d);
            for (int i = 0; i < TICKERS.length; i++)
            {
                close[i] *= Math.exp(0.01 * r.nextGaussian());
                risk.onDailyBar(symbols.find(TICKERS[i]), date, close[i]);
            }
        }
        time = NyDate.atNanos(20161201, 10, 0);
        for (int i = 0; i < positions; i++)
        {
            stages.portfolio.applyFill(contract[i], 1, 1, Money.ofDollars(4.95), 1_120_000L, IntentPurpose.OPEN, time);
            stages.portfolio.mark(contract[i], Money.ofDollars(4.95));
        }
        // 10 working exits (targets resting above the market)
        stages.orders.beginEvent(0, time, false);
        for (int i = 0; i < Math.min(10, positions); i++)
        {
            stages.orders.create(ClientOrderIds.of(1 + i, 0), contract[i], -1, 1, Money.ofDollars(6.00), IntentPurpose.PROFIT_TARGET);
        }
        candidate = contract[TICKERS.length - 1];
        candidateSymbol = symbols.find(TICKERS[TICKERS.length - 1]);
        heldSymbol = symbols.find(TICKERS[0]);
        event.clear();
        event.seq = 1_000_000;
        event.eventTimeNanos = time;
        risk.beginEvent(time);
        event.addIntent(ClientOrderIds.forIntent(event, 0), candidate, 1, 1, Money.ofDollars(4.97), IntentPurpose.OPEN);
        final int v = risk.check(event, 0);
        if (v != 1)
        {
            throw new IllegalStateException("the benchmark's entry should pass every check, got " + com.quantmatrix.engine.event.Reasons.name(v));
        }
    }

    /** One event about the candidate with one entry intent: breakers, the book's exposure (unchanged), every check. */
    @Benchmark
    public int checkEntry()
    {
        time += 1_000_000L;
        risk.beginEvent(time, candidateSymbol);
        event.riskVerdict[0] = 0;
        return risk.check(event, 0);
    }

    /** One event about a held underlying: the exposure of every position and working order is measured again. */
    @Benchmark
    public int checkEntryBookMoved()
    {
        time += 1_000_000L;
        risk.beginEvent(time, heldSymbol);
        event.riskVerdict[0] = 0;
        return risk.check(event, 0);
    }
}
