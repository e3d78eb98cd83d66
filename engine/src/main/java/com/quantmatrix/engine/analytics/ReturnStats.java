package com.quantmatrix.engine.analytics;

/**
 * Return-based performance statistics as pure functions of a series of periodic simple returns.
 *
 * <p>Conventions (they are also stated in the report, see {@link MetricDefinitions}):
 * <ul>
 *   <li>Returns are simple decimal returns per period (0.01 = 1%); {@code periodsPerYear} annualises
 *       (252 for trading days, 52 weekly, 12 monthly).</li>
 *   <li>A NaN return is a missing observation: means and deviations skip it; compounding treats it as
 *       a zero return that still counts as a period. These are the conventions of the empyrical library
 *       (0.5.x), whose published test values the unit tests reproduce.</li>
 *   <li>Sample standard deviation (n - 1 in the denominator).</li>
 *   <li>An undefined ratio is NaN (no observations, zero deviation); a Sortino ratio with a positive
 *       mean excess return and no downside at all is +infinity, as in empyrical.</li>
 * </ul>
 */
public final class ReturnStats
{
    /** Trading days per year used to annualise daily statistics. */
    public static final int TRADING_DAYS_PER_YEAR = 252;

    private ReturnStats()
    {
    }

    /** Compound return over the whole series: prod(1 + r) - 1. NaN for an empty series. */
    public static double totalReturn(final double[] returns)
    {
        if (returns.length == 0)
        {
            return Double.NaN;
        }
        double growth = 1.0;
        for (final double r : returns)
        {
            if (!Double.isNaN(r))
            {
                growth *= 1.0 + r;
            }
        }
        return growth - 1.0;
    }

    /** Compound annual growth rate: (1 + total)^(periodsPerYear / n) - 1, n counting every period. */
    public static double annualReturn(final double[] returns, final int periodsPerYear)
    {
        checkPeriods(periodsPerYear);
        if (returns.length == 0)
        {
            return Double.NaN;
        }
        final double growth = 1.0 + totalReturn(returns);
        if (growth <= 0)
        {
            return -1.0;
        }
        return Math.pow(growth, (double)periodsPerYear / returns.length) - 1.0;
    }

    /** Sample standard deviation of the returns times sqrt(periodsPerYear). NaN below two observations. */
    public static double annualVolatility(final double[] returns, final int periodsPerYear)
    {
        checkPeriods(periodsPerYear);
        return sampleStdev(returns, null) * Math.sqrt(periodsPerYear);
    }

    /**
     * Sharpe ratio: mean(r - rf) / stdev(r - rf) * sqrt(periodsPerYear), with the per-period risk-free
     * return rf (null means zero). NaN with fewer than two observations or zero deviation.
     */
    public static double sharpe(final double[] returns, final double[] riskFree, final int periodsPerYear)
    {
        checkPeriods(periodsPerYear);
        checkSameLength(returns, riskFree);
        final double sd = sampleStdev(returns, riskFree);
        if (!(sd > 0))
        {
            return Double.NaN;
        }
        return mean(returns, riskFree) / sd * Math.sqrt(periodsPerYear);
    }

    /** Sharpe ratio against a constant per-period risk-free return. */
    public static double sharpe(final double[] returns, final double riskFree, final int periodsPerYear)
    {
        return sharpe(returns, constant(riskFree, returns.length), periodsPerYear);
    }

    /**
     * Annualised downside deviation below the per-period required return m (null means zero):
     * sqrt(mean(min(r - m, 0)^2)) * sqrt(periodsPerYear), the mean taken over every observation.
     */
    public static double downsideRisk(final double[] returns, final double[] required, final int periodsPerYear)
    {
        checkPeriods(periodsPerYear);
        checkSameLength(returns, required);
        double sumSq = 0;
        int n = 0;
        for (int i = 0; i < returns.length; i++)
        {
            final double d = returns[i] - (required == null ? 0.0 : required[i]);
            if (Double.isNaN(d))
            {
                continue;
            }
            final double below = Math.min(d, 0.0);
            sumSq += below * below;
            n++;
        }
        return n == 0 ? Double.NaN : Math.sqrt(sumSq / n) * Math.sqrt(periodsPerYear);
    }

    /**
     * Sortino ratio: mean(r - m) * periodsPerYear / downsideRisk(r, m). NaN below two observations;
     * +infinity when the mean excess is positive and nothing fell below m.
     */
    public static double sortino(final double[] returns, final double[] required, final int periodsPerYear)
    {
        checkPeriods(periodsPerYear);
        checkSameLength(returns, required);
        if (returns.length < 2)
        {
            return Double.NaN;
        }
        final double mu = mean(returns, required);
        final double dr = downsideRisk(returns, required, periodsPerYear);
        if (Double.isNaN(mu) || Double.isNaN(dr))
        {
            return Double.NaN;
        }
        if (dr == 0)
        {
            return mu > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return mu * periodsPerYear / dr;
    }

    public static double sortino(final double[] returns, final double required, final int periodsPerYear)
    {
        return sortino(returns, constant(required, returns.length), periodsPerYear);
    }

    /**
     * Maximum drawdown of the compounded series, starting from a value of 1 before the first return:
     * min over t of (V_t / max_{s<=t} V_s - 1). Zero or negative; NaN for an empty series.
     */
    public static double maxDrawdown(final double[] returns)
    {
        if (returns.length == 0)
        {
            return Double.NaN;
        }
        return drawdowns(values(returns)).maxDrawdown();
    }

    /** Calmar ratio: annualReturn / |maxDrawdown|; NaN when there is no drawdown or the ratio is infinite. */
    public static double calmar(final double[] returns, final int periodsPerYear)
    {
        final double mdd = maxDrawdown(returns);
        if (!(mdd < 0))
        {
            return Double.NaN;
        }
        final double c = annualReturn(returns, periodsPerYear) / Math.abs(mdd);
        return Double.isInfinite(c) ? Double.NaN : c;
    }

    /** The compounded value path V_0 = 1, V_i = V_{i-1} * (1 + r_i) (NaN counts as zero). */
    public static double[] values(final double[] returns)
    {
        final double[] v = new double[returns.length + 1];
        v[0] = 1.0;
        for (int i = 0; i < returns.length; i++)
        {
            v[i + 1] = v[i] * (1.0 + (Double.isNaN(returns[i]) ? 0.0 : returns[i]));
        }
        return v;
    }

    /** Simple returns between consecutive values: r_i = V_i / V_{i-1} - 1, i = 1..n. */
    public static double[] returnsOf(final double[] values)
    {
        final double[] r = new double[Math.max(0, values.length - 1)];
        for (int i = 1; i < values.length; i++)
        {
            r[i - 1] = values[i] / values[i - 1] - 1.0;
        }
        return r;
    }

    /** Drawdown at each point of a value path: V_t / max_{s<=t} V_s - 1 (same length as the path). */
    public static double[] drawdownPath(final double[] values)
    {
        final double[] dd = new double[values.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++)
        {
            peak = Math.max(peak, values[i]);
            dd[i] = values[i] / peak - 1.0;
        }
        return dd;
    }

    /**
     * The deepest drawdown of a value path and how long it lasted, and the longest time under water.
     *
     * @param maxDrawdown   deepest drawdown (<= 0)
     * @param peakIndex     index of the peak before the deepest drawdown
     * @param troughIndex   index of its lowest point
     * @param recoveryIndex first index at or above that peak again, -1 when not recovered
     * @param maxDrawdownPeriods periods from that peak to its recovery (or to the last point)
     * @param longestDrawdownPeriods the longest peak-to-recovery (or to the end) stretch of any drawdown
     */
    public record Drawdowns(double maxDrawdown, int peakIndex, int troughIndex, int recoveryIndex,
        int maxDrawdownPeriods, int longestDrawdownPeriods)
    {
    }

    public static Drawdowns drawdowns(final double[] values)
    {
        if (values.length == 0)
        {
            return new Drawdowns(Double.NaN, -1, -1, -1, 0, 0);
        }
        int peak = 0;
        double worst = 0;
        int worstPeak = 0;
        int worstTrough = 0;
        for (int i = 1; i < values.length; i++)
        {
            if (values[i] >= values[peak])
            {
                peak = i;
                continue;
            }
            final double dd = values[i] / values[peak] - 1.0;
            if (dd < worst)
            {
                worst = dd;
                worstPeak = peak;
                worstTrough = i;
            }
        }
        final int last = values.length - 1;
        final int longest = longestUnderWater(values);
        int recovery = -1;
        if (worst < 0)
        {
            for (int i = worstTrough + 1; i < values.length; i++)
            {
                if (values[i] >= values[worstPeak])
                {
                    recovery = i;
                    break;
                }
            }
        }
        final int duration = worst < 0 ? (recovery >= 0 ? recovery : last) - worstPeak : 0;
        return new Drawdowns(worst, worstPeak, worstTrough, recovery, duration, longest);
    }

    private static int longestUnderWater(final double[] values)
    {
        int longest = 0;
        int peak = 0;
        for (int i = 1; i < values.length; i++)
        {
            if (values[i] >= values[peak])
            {
                if (i - peak > 1)
                {
                    longest = Math.max(longest, i - peak);
                }
                peak = i;
            }
        }
        final int last = values.length - 1;
        if (last > peak)
        {
            longest = Math.max(longest, last - peak);
        }
        return longest;
    }

    static double mean(final double[] returns, final double[] subtract)
    {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < returns.length; i++)
        {
            final double d = returns[i] - (subtract == null ? 0.0 : subtract[i]);
            if (!Double.isNaN(d))
            {
                sum += d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static double sampleStdev(final double[] returns, final double[] subtract)
    {
        final double m = mean(returns, subtract);
        double ss = 0;
        int n = 0;
        for (int i = 0; i < returns.length; i++)
        {
            final double d = returns[i] - (subtract == null ? 0.0 : subtract[i]);
            if (!Double.isNaN(d))
            {
                ss += (d - m) * (d - m);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
    }

    private static double[] constant(final double v, final int n)
    {
        final double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static void checkPeriods(final int periodsPerYear)
    {
        if (periodsPerYear <= 0)
        {
            throw new IllegalArgumentException("periodsPerYear must be > 0, got " + periodsPerYear);
        }
    }

    private static void checkSameLength(final double[] returns, final double[] other)
    {
        if (other != null && other.length != returns.length)
        {
            throw new IllegalArgumentException("risk-free/required series has " + other.length + " values for "
                + returns.length + " returns");
        }
    }
}
