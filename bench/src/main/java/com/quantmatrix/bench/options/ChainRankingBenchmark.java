package com.quantmatrix.bench.options;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.ContractPricer;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.options.OptionSelector;
import com.quantmatrix.engine.options.OptionStyle;
import com.quantmatrix.engine.options.SelectorSettings;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.options.chain.LeanOptionMinuteReader;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking a 2,000-contract chain: the first 2,000 contracts of the real GOOG chain of 2015-12-24 at
 * the 13:00 close (quotes, IV and Greeks already in the contract table, as the selection stage keeps
 * them), one {@link OptionSelector#select} per call: every rule, the scenario repricing of the
 * survivors, the top-N ranking, the rejection counts (target: at most 200 us, zero allocation).
 * {@code rules=strategy}: the strategy's defaults (nothing survives the volume rule on that half
 * day); {@code rules=halfDay}: volume above 20, open interest above 50, theta against premium, so the
 * scenario pricing and ranking run on the survivors.
 * Run: {@code scripts/quantmatrix bench 'options.ChainRankingBenchmark' -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChainRankingBenchmark
{
    private static final double SPOT = 748.40;
    private static final double RATE = 0.0020;
    private static final int CONTRACTS = 2_000;

    @Param({"strategy", "halfDay"})
    public String rules;

    private OptionSelector selector;
    private long now;
    private int direction = 1;

    @Setup
    public void load()
    {
        final ChainQuotes close = LeanOptionMinuteReader.snapshot(
            LeanOptionMinuteReader.read(ProjectPaths.data().resolve("options/goog/20151224_quote_american.zip")), 13 * 3_600);
        now = NyTime.nanosAt(20151224, 13 * 3_600);
        Config config = Config.empty();
        if ("halfDay".equals(rules))
        {
            config = config.with("options.select.minVolume", "20").with("options.select.minOpenInterest", "50")
                .with("options.select.thetaUnit", "premium");
        }
        final SelectorSettings settings = SelectorSettings.from(config);
        final Instruments ins = new Instruments(4, CONTRACTS + 8);
        ins.last[ins.stock(0)] = SPOT;
        final ContractPricer pricer = new ContractPricer();
        for (int k = 0; k < CONTRACTS; k++)
        {
            final int id = ins.option(0, close.expiry[k], close.strike[k], close.right[k]);
            ins.bid[id] = close.bid[k];
            ins.ask[id] = close.ask[k];
            ins.last[id] = close.last[k];
            ins.volume[id] = close.volume[k];
            ins.openInterest[id] = close.openInterest[k];
            ins.quoteTimeNanos[id] = close.timeNanos[k];
            pricer.price(ins, id, OptionStyle.AMERICAN, SPOT, RATE, 0.0, now, Double.NaN);
        }
        selector = new OptionSelector(settings, ins, new ReasonCounters());
    }

    @Benchmark
    public int rankChain()
    {
        // alternate bullish and bearish so both halves of the chain are ranked
        direction = -direction;
        return selector.select(0, direction, SPOT, 17.5, Double.NaN, RATE, 0.0, now);
    }
}
