package com.quantmatrix.bench.options;

import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.options.BlackScholes;
import com.quantmatrix.engine.options.Greeks;
import com.quantmatrix.engine.options.ImpliedVolatility;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.options.OptionStyle;
import com.quantmatrix.engine.options.chain.ChainQuotes;
import com.quantmatrix.engine.options.chain.LeanOptionMinuteReader;
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
 * Per-contract option analytics on the real GOOG chain of 2015-12-24 at the 13:00 close (bundled
 * LEAN minute quotes): each call works on the next contract of the chain (two-sided quotes near the
 * money, so every solve succeeds), so nothing is constant-folded.
 * <ul>
 *   <li>{@code europeanPriceAndGreeks}: Black-Scholes-Merton price + delta, gamma, theta, vega, rho (target: at most 100 ns);</li>
 *   <li>{@code americanPriceAndGreeks}: Barone-Adesi-Whaley price + finite-difference Greeks (9 prices);</li>
 *   <li>{@code europeanImpliedVol}: the solver on the contract's mid (target: at most 1 us);</li>
 *   <li>{@code americanImpliedVol}: the solver with the American model (Brent).</li>
 * </ul>
 * Zero allocation: check with {@code -prof gc} (gc.alloc.rate.norm ~ 0 B/op).
 * Run: {@code scripts/quantmatrix bench 'options.OptionPricingBenchmark' -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OptionPricingBenchmark
{
    private static final double SPOT = 748.40;
    private static final double RATE = 0.0020;

    private int[] right;
    private double[] strike;
    private double[] years;
    private double[] mid;
    private double[] vol;
    private int n;
    private int i;
    private final Greeks greeks = new Greeks();
    private final ImpliedVolatility solver = new ImpliedVolatility();

    @Setup
    public void load()
    {
        final ChainQuotes close = LeanOptionMinuteReader.snapshot(
            LeanOptionMinuteReader.read(ProjectPaths.data().resolve("options/goog/20151224_quote_american.zip")), 13 * 3_600);
        final long now = NyTime.nanosAt(20151224, 13 * 3_600);
        right = new int[close.size()];
        strike = new double[close.size()];
        years = new double[close.size()];
        mid = new double[close.size()];
        vol = new double[close.size()];
        final ImpliedVolatility iv = new ImpliedVolatility();
        for (int k = 0; k < close.size(); k++)
        {
            final double m = 0.5 * (close.bid[k] + close.ask[k]);
            final double t = NyTime.yearsToExpiry(now, NyTime.expiryNanos(close.expiry[k]));
            if (close.bid[k] > 0.0 && Math.abs(close.strike[k] / SPOT - 1.0) < 0.2 && t > 0.01
                && iv.solve(OptionStyle.AMERICAN, close.right[k], m, SPOT, close.strike[k], RATE, 0.0, t) == 0
                && iv.solve(OptionStyle.EUROPEAN, close.right[k], m, SPOT, close.strike[k], RATE, 0.0, t) == 0)
            {
                right[n] = close.right[k];
                strike[n] = close.strike[k];
                years[n] = t;
                mid[n] = m;
                vol[n] = iv.vol;
                n++;
            }
        }
        if (n == 0)
        {
            throw new IllegalStateException("no contracts");
        }
    }

    private int next()
    {
        final int k = i;
        i = k + 1 == n ? 0 : k + 1;
        return k;
    }

    @Benchmark
    public double europeanPriceAndGreeks()
    {
        final int k = next();
        BlackScholes.greeks(right[k], SPOT, strike[k], RATE, 0.0, vol[k], years[k], greeks);
        return greeks.price + greeks.delta + greeks.gamma + greeks.theta + greeks.vega + greeks.rho;
    }

    @Benchmark
    public double americanPriceAndGreeks()
    {
        final int k = next();
        OptionStyle.greeks(OptionStyle.AMERICAN, right[k], SPOT, strike[k], RATE, 0.0, vol[k], years[k], greeks);
        return greeks.price + greeks.delta + greeks.gamma + greeks.theta + greeks.vega + greeks.rho;
    }

    @Benchmark
    public double europeanImpliedVol()
    {
        final int k = next();
        solver.solve(OptionStyle.EUROPEAN, right[k], mid[k], SPOT, strike[k], RATE, 0.0, years[k]);
        return solver.vol;
    }

    @Benchmark
    public double americanImpliedVol()
    {
        final int k = next();
        solver.solve(OptionStyle.AMERICAN, right[k], mid[k], SPOT, strike[k], RATE, 0.0, years[k]);
        return solver.vol;
    }
}
