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
 * Windowed means keep running sums (SMA, average volume) or a running mean and sum of squared deviations
 * (Bollinger, historical volatility: Welford's update, sliding), and each is recomputed exactly from its ring
 * whenever the ring wraps, so rounding cannot drift however long the engine runs (amortised O(1): one pass
 * over a ring per ring length of bars).
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
    private static final int BB_MEAN = 19;
    private static final int BB_M2 = 20;
    private static final int RET_MEAN = 21;
    private static final int RET_M2 = 22;
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
    /** Next write position in each ring (the bar count modulo the ring's length, kept to avoid a division). */
    private final int[] closePos;
    private final int[] returnPos;
    private final int[] volumePos;
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
        closePos = new int[capacity];
        returnPos = new int[capacity];
        volumePos = new int[capacity];
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
            ema(st, b + emaBase + j, b + emaSeedBase + j, i, emaPeriods[j], emaAlpha[j], close);
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
        final int pos = closePos[sym];
        for (int k = 0; k < smaPeriods.length; k++)
        {
            final int p = smaPeriods[k];
            st[b + smaBase + k] += close - (i >= p ? closes[cb + back(pos, p, closeLen)] : 0.0);
        }
        final double leaving = i >= bbN ? closes[cb + back(pos, bbN, closeLen)] : 0.0;
        window(st, b + BB_MEAN, close, leaving, i, bbN);
        closes[cb + pos] = close;
        if (pos == closeLen - 1)
        {
            closePos[sym] = 0;
            resumCloses(sym, i);
        }
        else
        {
            closePos[sym] = pos + 1;
        }

        // log returns for historical volatility
        if (i > 0)
        {
            final int rb = sym * hvN;
            final int rpos = returnPos[sym];
            final double ret = Math.log(close / prevClose);
            final double old = i > hvN ? returns[rb + rpos] : 0.0;
            window(st, b + RET_MEAN, ret, old, i - 1, hvN);
            returns[rb + rpos] = ret;
            if (rpos == hvN - 1)
            {
                returnPos[sym] = 0;
                exact(st, b + RET_MEAN, returns, rb, rb + hvN, 0, hvN);
            }
            else
            {
                returnPos[sym] = rpos + 1;
            }
        }

        // average volume
        final int vb = sym * volN;
        final int vpos = volumePos[sym];
        st[b + VOL_SUM] += volume - (i >= volN ? volumes[vb + vpos] : 0.0);
        volumes[vb + vpos] = volume;
        if (vpos == volN - 1)
        {
            volumePos[sym] = 0;
            double sum = 0.0;
            for (int k = 0; k < volN; k++)
            {
                sum += volumes[vb + k];
            }
            st[b + VOL_SUM] = sum;
        }
        else
        {
            volumePos[sym] = vpos + 1;
        }

        count[sym] = i + 1;
    }

    /** Ring index {@code back} places before {@code pos} (back <= length), without a division. */
    private static int back(final int pos, final int back, final int length)
    {
        final int j = pos - back;
        return j < 0 ? j + length : j;
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
            s[b + smaBase + k] = windowSum(cb, i, Math.min(smaPeriods[k], i + 1));
        }
        final int n = Math.min(bbN, i + 1);
        exact(s, b + BB_MEAN, closes, cb, cb + closeLen, (i - n + 1) % closeLen, n);
    }

    private double windowSum(final int cb, final int i, final int n)
    {
        double sum = 0.0;
        for (int j = i - n + 1; j <= i; j++)
        {
            sum += closes[cb + j % closeLen];
        }
        return sum;
    }

    /**
     * Moves a window's mean and sum of squared deviations (M2, at {@code at} and {@code at + 1}) by one value:
     * Welford's update while the window fills (bar index {@code i} < n), then a slide that swaps the leaving
     * value for the new one. Deviations from the mean, unlike raw sums of squares, keep their precision when
     * the values are large and their spread small.
     */
    private static void window(final double[] st, final int at, final double x, final double leaving, final int i,
        final int n)
    {
        final double mean = st[at];
        if (i < n)
        {
            final double d = x - mean;
            final double next = mean + d / (i + 1);
            st[at] = next;
            st[at + 1] += d * (x - next);
        }
        else
        {
            final double next = mean + (x - leaving) / n;
            st[at] = next;
            st[at + 1] += (x - leaving) * (x - next + leaving - mean);
        }
    }

    /** Two-pass mean and M2 of n ring values starting at ring offset {@code first} (re-anchors the running pair). */
    private static void exact(final double[] st, final int at, final double[] ring, final int base, final int end,
        final int first, final int n)
    {
        final int length = end - base;
        double sum = 0.0;
        for (int k = 0, j = first; k < n; k++, j = j + 1 == length ? 0 : j + 1)
        {
            sum += ring[base + j];
        }
        final double mean = sum / n;
        double m2 = 0.0;
        for (int k = 0, j = first; k < n; k++, j = j + 1 == length ? 0 : j + 1)
        {
            final double d = ring[base + j] - mean;
            m2 += d * d;
        }
        st[at] = mean;
        st[at + 1] = m2;
    }

    /** Forgets a symbol's history (e.g. before re-seeding it). */
    public void reset(final int sym)
    {
        count[sym] = 0;
        date[sym] = 0;
        closePos[sym] = 0;
        returnPos[sym] = 0;
        volumePos[sym] = 0;
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
        return count[sym] >= bbN ? s[sym * stride + BB_MEAN] : Double.NaN;
    }

    /** Population standard deviation of the last Bollinger-period closes. */
    public double bollingerStdDev(final int sym)
    {
        if (count[sym] < bbN)
        {
            return Double.NaN;
        }
        return Math.sqrt(Math.max(0.0, s[sym * stride + BB_M2]) / bbN);
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
        final double var = s[sym * stride + RET_M2] / (hvN - 1);
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
