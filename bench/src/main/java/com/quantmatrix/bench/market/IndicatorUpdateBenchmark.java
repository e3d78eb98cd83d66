package com.quantmatrix.bench.market;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.market.IndicatorState;
import com.quantmatrix.engine.market.MarketSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One daily bar's update of every indicator of its symbol (TR, Wilder ATR14, SMA20/50/100/200, EMA10, RSI14,
 * MACD 12/26/9, Bollinger 20/2, 20-day HV, 20-day average volume) in the engine's incremental state, cycling
 * through the bundled real bars of 519 symbols in replay order. Target (issue 3): at most 50 ns, zero
 * allocation (check with -prof gc). Compare with {@link Ta4jIndicatorBenchmark#updateOneBar} from the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndicatorUpdateBenchmark
{
    private ReplayBars bars;
    private IndicatorState state;
    private int cursor;

    @Setup
    public void setUp()
    {
        bars = new ReplayBars(DailyBarStore.bundled());
        state = new IndicatorState(bars.symbols.size(), MarketSettings.defaults());
        for (int i = 0; i < bars.size; i++)
        {
            apply(i);
        }
    }

    private void apply(final int i)
    {
        state.update(bars.symbol[i], bars.date[i], bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i]);
    }

    @Benchmark
    public void updateOneBar()
    {
        final int i = cursor;
        apply(i);
        cursor = i + 1 == bars.size ? 0 : i + 1;
    }
}
