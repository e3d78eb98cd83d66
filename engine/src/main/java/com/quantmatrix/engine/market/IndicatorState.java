package com.quantmatrix.engine.market;

import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Incremental indicators of every symbol, in primitive arrays indexed by symbol id: O(1) work and no
 * allocation per bar. One instance holds one timeframe (the engine's is the daily one).
 *
 * <p>Conventions (published sources differ on seeding, so they are stated here). A bar's index i
 * counts from 0 for the first bar applied to a symbol; a value reads NaN until it is warm.
 * <ul>
 *   <li>True range: max(high, previous close) - min(low, previous close); on the first bar high - low.</li>
 *   <li>ATR(n), Wilder: the first value (bar n-1) is the simple average of the first n true ranges,
 *       then ATR = (ATR_prev * (n - 1) + TR) / n. (StockCharts and Wilder; ta4j seeds with the first TR.)</li>
 *   <li>SMA(p): mean of the last p closes, from bar p-1.</li>
 *   <li>EMA(p): alpha = 2 / (p + 1); the first value (bar p-1) is the SMA of the first p closes, then
 *       EMA = EMA_prev + alpha * (close - EMA_prev). (StockCharts; ta4j and TradingView seed with the first close.)</li>
 *   <li>RSI(n), Wilder: gains and losses of close-to-close changes from bar 1; the first averages (bar n)
 *       are simple means of the first n changes, then avg = (avg_prev * (n - 1) + x) / n;
 *       RSI = 100 - 100 / (1 + avgGain / avgLoss); 100 when avgLoss is 0 and avgGain is not; 50 when both are 0.</li>
 *   <li>MACD(f, s, g): line = EMA(f) - EMA(s) of closes, both EMAs seeded as above, so the line starts at bar s-1;
 *       signal = EMA(g) of the line seeded with the SMA of its first g values (bar s+g-2); histogram = line - signal.</li>
 *   <li>Bollinger(p, k): middle = SMA(p); bands = middle +- k * population standard deviation of the last
 *       p closes (divide by p, as StockCharts and Bollinger do).</li>
 *   <li>Historical volatility(p): sample standard deviation (divide by p-1) of the last p log returns
 *       ln(close / previous close), times sqrt(days per year); from bar p.</li>
 *   <li>Average volume(p): mean of the last p volumes including the current bar, from bar p-1.</li>
 * </ul>
 * Running sums are re-added from their ring each time the ring wraps, so rounding cannot drift however
 * long the engine runs (amortised O(1): one pass over a ring per ring length of bars).
 *
 * <p>Single writer (the market stage's thread); readers on the same thread or behind it.
 */
public final class IndicatorState implements StateHash.Hashable
{
    // per-symbol scalar block (offsets); the SMA and EMA slots follow the fixed fields
    private static final int OPEN = 0;
    private static final int HIGH = 1;
    private static final int LOW = 2;
    private static final int CLOSE = 3;
    private static final int VOLUME = 4;
    private static final int TR = 5;
    private static final int ATR = 6;
    private static final int ATR_SEED = 7;
    private static final int GAIN = 8;
    private static final int LOSS = 9;
    private static final int GAIN_SEED = 10;
    private static final int LOSS_SEED = 11;
    private static final int MACD_FAST = 12;
    private static final int MACD_FAST_SEED = 13;
    private static final int MACD_SLOW = 14;
    private static final int MACD_SLOW_SEED = 15;
    private static final int MACD_LINE = 16;
    private static final int MACD_SIGNAL = 17;
    private static final int MACD_SIGNAL_SEED = 18;
    private static final int BB_SUM = 19;
    private static final int BB_SUMSQ = 20;
    private static final int RET_SUM = 21;
    private static final int RET_SUMSQ = 22;
    private static final int VOL_SUM = 23;
    private static final int FIXED = 24;

    private final MarketSettings settings;
    private final int capacity;
    private final int stride;
    private final int smaBase;
    private final int emaBase;
    private final int emaSeedBase;
    private final int[] smaPeriods;
    private final int[] emaPeriods;
    private final double[] emaAlpha;
    private final int atrN;
    private final int rsiN;
    private final int fastN;
    private final int slowN;
    private final int signalN;
    private final double fastAlpha;
    private final double slowAlpha;
    private final double signalAlpha;
    private final int bbN;
    private final double bbK;
    private final int hvN;
    private final double annualise;
    private final int volN;

    /** Bars applied per symbol. */
    private final int[] count;
    /** yyyyMMdd of the last bar applied (0 before any). */
    private final int[] date;
    private final double[] s;
    private final int closeLen;
    private final double[] closes;
    private final double[] returns;
    private final double[] volumes;

    public IndicatorState(final int capacity, final MarketSettings settings)
    {
        this.settings = settings;
        this.capacity = capacity;
        smaPeriods = settings.smaPeriods.clone();
        emaPeriods = settings.emaPeriods.clone();
        smaBase = FIXED;
        emaBase = smaBase + smaPeriods.length;
        emaSeedBase = emaBase + emaPeriods.length;
        stride = emaSeedBase + emaPeriods.length;
        emaAlpha = new double[emaPeriods.length];
        for (int j = 0; j < emaPeriods.length; j++)
        {
            emaAlpha[j] = 2.0 / (emaPeriods[j] + 1.0);
        }
        atrN = settings.atrPeriod;
        rsiN = settings.rsiPeriod;
        fastN = settings.macdFast;
        slowN = settings.macdSlow;
        signalN = settings.macdSignal;
        fastAlpha = 2.0 / (fastN + 1.0);
        slowAlpha = 2.0 / (slowN + 1.0);
        signalAlpha = 2.0 / (signalN + 1.0);
        bbN = settings.bollingerPeriod;
        bbK = settings.bollingerStdDevs;
        hvN = settings.hvPeriod;
        annualise = Math.sqrt(settings.hvDaysPerYear);
        volN = settings.volumePeriod;
        closeLen = settings.closeHistory();
        count = new int[capacity];
        date = new int[capacity];
        s = new double[Math.multiplyExact(capacity, stride)];
        closes = new double[Math.multiplyExact(capacity, closeLen)];
        returns = new double[Math.multiplyExact(capacity, hvN)];
        volumes = new double[Math.multiplyExact(capacity, volN)];
    }

    public MarketSettings settings()
    {
        return settings;
    }

    public int capacity()
    {
        return capacity;
    }

    /**
     * Applies one bar to a symbol's indicators (the caller has validated it). O(1), no allocation.
     *
     * @param ymd the bar's date yyyyMMdd (0 when the timeframe has no date of its own)
     */
    public void update(final int sym, final int ymd, final double open, final double high, final double low,
        final double close, final double volume)
    {
        final double[] st = s;
        final int b = sym * stride;
        final int i = count[sym];
        final double prevClose = st[b + CLOSE];

        st[b + OPEN] = open;
        st[b + HIGH] = high;
        st[b + LOW] = low;
        st[b + CLOSE] = close;
        st[b + VOLUME] = volume;
        date[sym] = ymd;

        // true range and Wilder ATR
        final double tr = i == 0 ? high - low : Math.max(high, prevClose) - Math.min(low, prevClose);
        st[b + TR] = tr;
        if (i < atrN)
        {
            st[b + ATR_SEED] += tr;
            if (i == atrN - 1)
            {
                st[b + ATR] = st[b + ATR_SEED] / atrN;
            }
        }
        else
        {
            st[b + ATR] = (st[b + ATR] * (atrN - 1) + tr) / atrN;
        }

        // Wilder RSI on close-to-close changes (bar 1 onwards)
        if (i > 0)
        {
            final double change = close - prevClose;
            final double gain = change > 0 ? change : 0.0;
            final double loss = change < 0 ? -change : 0.0;
            if (i <= rsiN)
            {
                st[b + GAIN_SEED] += gain;
                st[b + LOSS_SEED] += loss;
                if (i == rsiN)
                {
                    st[b + GAIN] = st[b + GAIN_SEED] / rsiN;
                    st[b + LOSS] = st[b + LOSS_SEED] / rsiN;
                }
            }
            else
            {
                st[b + GAIN] = (st[b + GAIN] * (rsiN - 1) + gain) / rsiN;
                st[b + LOSS] = (st[b + LOSS] * (rsiN - 1) + loss) / rsiN;
            }
        }

        // EMAs of closes, SMA-seeded
        for (int j = 0; j < emaPeriods.length; j++)
        {
            final int p = emaPeriods[j];
            if (i < p)
            {
                st[b + emaSeedBase + j] += close;
                if (i == p - 1)
                {
                    st[b + emaBase + j] = st[b + emaSeedBase + j] / p;
                }
            }
            else
            {
                final double prev = st[b + emaBase + j];
                st[b + emaBase + j] = prev + emaAlpha[j] * (close - prev);
            }
        }

        // MACD: two SMA-seeded EMAs, then an SMA-seeded EMA of the line
        final double fast = ema(st, b + MACD_FAST, b + MACD_FAST_SEED, i, fastN, fastAlpha, close);
        final double slow = ema(st, b + MACD_SLOW, b + MACD_SLOW_SEED, i, slowN, slowAlpha, close);
        if (i >= slowN - 1)
        {
            final double line = fast - slow;
            st[b + MACD_LINE] = line;
            ema(st, b + MACD_SIGNAL, b + MACD_SIGNAL_SEED, i - (slowN - 1), signalN, signalAlpha, line);
        }

        // windowed sums over the close ring: SMAs and Bollinger (read the leaving closes before writing)
        final int cb = sym * closeLen;
        final int pos = i % closeLen;
        for (int k = 0; k < smaPeriods.length; k++)
        {
            final int p = smaPeriods[k];
            st[b + smaBase + k] += close - (i >= p ? closes[cb + (i - p) % closeLen] : 0.0);
        }
        final double leaving = i >= bbN ? closes[cb + (i - bbN) % closeLen] : 0.0;
        st[b + BB_SUM] += close - leaving;
        st[b + BB_SUMSQ] += close * close - leaving * leaving;
        closes[cb + pos] = close;
        if (pos == closeLen - 1)
        {
            resumCloses(sym, i);
        }

        // log returns for historical volatility
        if (i > 0)
        {
            final int r = i - 1;
            final int rb = sym * hvN;
            final int rpos = r % hvN;
            final double ret = Math.log(close / prevClose);
            final double old = r >= hvN ? returns[rb + rpos] : 0.0;
            st[b + RET_SUM] += ret - old;
            st[b + RET_SUMSQ] += ret * ret - old * old;
            returns[rb + rpos] = ret;
            if (rpos == hvN - 1)
            {
                double sum = 0.0;
                double sumsq = 0.0;
                for (int k = 0; k < hvN; k++)
                {
                    final double x = returns[rb + k];
                    sum += x;
                    sumsq += x * x;
                }
                st[b + RET_SUM] = sum;
                st[b + RET_SUMSQ] = sumsq;
            }
        }

        // average volume
        final int vb = sym * volN;
        final int vpos = i % volN;
        st[b + VOL_SUM] += volume - (i >= volN ? volumes[vb + vpos] : 0.0);
        volumes[vb + vpos] = volume;
        if (vpos == volN - 1)
        {
            double sum = 0.0;
            for (int k = 0; k < volN; k++)
            {
                sum += volumes[vb + k];
            }
            st[b + VOL_SUM] = sum;
        }

        count[sym] = i + 1;
    }

    /** One SMA-seeded EMA step at bar index i (negative: not started); returns the value or NaN while seeding. */
    private static double ema(final double[] st, final int valueAt, final int seedAt, final int i, final int n,
        final double alpha, final double x)
    {
        if (i < 0)
        {
            return Double.NaN;
        }
        if (i < n)
        {
            st[seedAt] += x;
            if (i == n - 1)
            {
                st[valueAt] = st[seedAt] / n;
                return st[valueAt];
            }
            return Double.NaN;
        }
        final double prev = st[valueAt];
        final double v = prev + alpha * (x - prev);
        st[valueAt] = v;
        return v;
    }

    /** Re-adds the SMA and Bollinger sums from the ring (bounds rounding drift). */
    private void resumCloses(final int sym, final int i)
    {
        final int b = sym * stride;
        final int cb = sym * closeLen;
        for (int k = 0; k < smaPeriods.length; k++)
        {
            s[b + smaBase + k] = windowSum(cb, i, Math.min(smaPeriods[k], i + 1), false);
        }
        final int n = Math.min(bbN, i + 1);
        s[b + BB_SUM] = windowSum(cb, i, n, false);
        s[b + BB_SUMSQ] = windowSum(cb, i, n, true);
    }

    private double windowSum(final int cb, final int i, final int n, final boolean squares)
    {
        double sum = 0.0;
        for (int j = i - n + 1; j <= i; j++)
        {
            final double c = closes[cb + j % closeLen];
            sum += squares ? c * c : c;
        }
        return sum;
    }

    /** Forgets a symbol's history (e.g. before re-seeding it). */
    public void reset(final int sym)
    {
        count[sym] = 0;
        date[sym] = 0;
        java.util.Arrays.fill(s, sym * stride, (sym + 1) * stride, 0.0);
        java.util.Arrays.fill(closes, sym * closeLen, (sym + 1) * closeLen, 0.0);
        java.util.Arrays.fill(returns, sym * hvN, (sym + 1) * hvN, 0.0);
        java.util.Arrays.fill(volumes, sym * volN, (sym + 1) * volN, 0.0);
    }

    // ------------------------------------------------------------------ readers (NaN until warm)

    public int barCount(final int sym)
    {
        return count[sym];
    }

    /** yyyyMMdd of the last bar applied, 0 before any. */
    public int lastDate(final int sym)
    {
        return date[sym];
    }

    /** A field of the last bar applied, NaN before any. */
    private double latest(final int sym, final int field)
    {
        return count[sym] > 0 ? s[sym * stride + field] : Double.NaN;
    }

    public double open(final int sym)
    {
        return latest(sym, OPEN);
    }

    public double high(final int sym)
    {
        return latest(sym, HIGH);
    }

    public double low(final int sym)
    {
        return latest(sym, LOW);
    }

    public double close(final int sym)
    {
        return latest(sym, CLOSE);
    }

    public double volume(final int sym)
    {
        return latest(sym, VOLUME);
    }

    public double trueRange(final int sym)
    {
        return latest(sym, TR);
    }

    public double atr(final int sym)
    {
        return count[sym] >= atrN ? s[sym * stride + ATR] : Double.NaN;
    }

    /** SMA of the k-th configured period ({@link MarketSettings#smaIndex}). */
    public double sma(final int sym, final int k)
    {
        final int p = smaPeriods[k];
        return count[sym] >= p ? s[sym * stride + smaBase + k] / p : Double.NaN;
    }

    /** EMA of the j-th configured period ({@link MarketSettings#emaIndex}). */
    public double ema(final int sym, final int j)
    {
        return count[sym] >= emaPeriods[j] ? s[sym * stride + emaBase + j] : Double.NaN;
    }

    public double rsi(final int sym)
    {
        if (count[sym] <= rsiN)
        {
            return Double.NaN;
        }
        final double gain = s[sym * stride + GAIN];
        final double loss = s[sym * stride + LOSS];
        if (loss == 0.0)
        {
            return gain == 0.0 ? 50.0 : 100.0;
        }
        return 100.0 - 100.0 / (1.0 + gain / loss);
    }

    public double macd(final int sym)
    {
        return count[sym] >= slowN ? s[sym * stride + MACD_LINE] : Double.NaN;
    }

    public double macdSignal(final int sym)
    {
        return count[sym] >= slowN + signalN - 1 ? s[sym * stride + MACD_SIGNAL] : Double.NaN;
    }

    public double macdHistogram(final int sym)
    {
        return macd(sym) - macdSignal(sym);
    }

    public double bollingerMiddle(final int sym)
    {
        return count[sym] >= bbN ? s[sym * stride + BB_SUM] / bbN : Double.NaN;
    }

    /** Population standard deviation of the last Bollinger-period closes. */
    public double bollingerStdDev(final int sym)
    {
        if (count[sym] < bbN)
        {
            return Double.NaN;
        }
        final double mean = s[sym * stride + BB_SUM] / bbN;
        return Math.sqrt(Math.max(0.0, s[sym * stride + BB_SUMSQ] / bbN - mean * mean));
    }

    public double bollingerUpper(final int sym)
    {
        return bollingerMiddle(sym) + bbK * bollingerStdDev(sym);
    }

    public double bollingerLower(final int sym)
    {
        return bollingerMiddle(sym) - bbK * bollingerStdDev(sym);
    }

    /** Annualised close-to-close volatility (decimal, e.g. 0.25 = 25%). */
    public double historicalVolatility(final int sym)
    {
        if (count[sym] <= hvN)
        {
            return Double.NaN;
        }
        final double sum = s[sym * stride + RET_SUM];
        final double var = (s[sym * stride + RET_SUMSQ] - sum * sum / hvN) / (hvN - 1);
        return Math.sqrt(Math.max(0.0, var)) * annualise;
    }

    public double averageVolume(final int sym)
    {
        return count[sym] >= volN ? s[sym * stride + VOL_SUM] / volN : Double.NaN;
    }

    /** Bars needed before every indicator of this state is warm. */
    public int warmUpBars()
    {
        int n = Math.max(closeLen, Math.max(atrN, Math.max(rsiN + 1, Math.max(slowN + signalN - 1, Math.max(hvN + 1, volN)))));
        for (final int p : emaPeriods)
        {
            n = Math.max(n, p);
        }
        return n;
    }

    /** Every symbol's complete state, by id (rings included, so equal hashes mean equal futures). */
    @Override
    public void hashInto(final StateHash h)
    {
        for (int sym = 0; sym < capacity; sym++)
        {
            if (count[sym] == 0)
            {
                continue;
            }
            h.mix(sym).mix(count[sym]).mix(date[sym]);
            for (int k = sym * stride, end = k + stride; k < end; k++)
            {
                h.mix(s[k]);
            }
            for (int k = sym * closeLen, end = k + closeLen; k < end; k++)
            {
                h.mix(closes[k]);
            }
            for (int k = sym * hvN, end = k + hvN; k < end; k++)
            {
                h.mix(returns[k]);
            }
            for (int k = sym * volN, end = k + volN; k < end; k++)
            {
                h.mix(volumes[k]);
            }
        }
    }
}
