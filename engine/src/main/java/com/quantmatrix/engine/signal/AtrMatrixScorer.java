package com.quantmatrix.engine.signal;

import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.market.IndicatorState;
import com.quantmatrix.engine.market.MarketSettings;

/**
 * The ATR Matrix entry and exit rules (STRATEGY.md), on the daily indicators, in one place.
 *
 * <p>Entry, bullish (direction d = +1; with {@code signal.bearish.enabled} the mirror image, d = -1, is
 * scored too): all of
 * <ol>
 *   <li>ATR distance: d * (close - SMA50) / ATR14 within [0, 4];</li>
 *   <li>momentum: d * (close - SMA20) > 0;</li>
 *   <li>alignment: d * (EMA10 - SMA20), d * (SMA20 - SMA50), d * (SMA50 - SMA100), d * (SMA100 - SMA200) all >= 0;</li>
 *   <li>ATR% = ATR14 / close >= 2.0%;</li>
 *   <li>volume / 20-day average volume > 1.0.</li>
 * </ol>
 * Criterion 6 of the strategy, option liquidity (bid-ask spread under 10% of mid), belongs to the option
 * chosen, so the option selector checks it; this scorer scores the first five. Periods and thresholds are
 * {@link SignalSettings}; the numbers above are the defaults.
 *
 * <p>Confidence (0-100) says how far inside its threshold each criterion is, each scored in [0, 1]:
 * <ul>
 *   <li>s1 = 1 - |d*distance - mid| / half, with mid and half the centre and half-width of the band
 *       (1 in the middle of [0, 4], 0 at its edges);</li>
 *   <li>s2 = min(1, d*(close - SMA20) / ATR / F), F = {@code signal.confidence.full.atrs} (1 ATR);</li>
 *   <li>s3 = mean over the alignment pairs of min(1, d*gap / ATR / F);</li>
 *   <li>s4 = min(1, (ATR% - min) / (full - min)), full = {@code signal.confidence.full.atr.percent} (4%);</li>
 *   <li>s5 = min(1, (ratio - min) / (full - min)), full = {@code signal.confidence.full.volume.ratio} (2x);</li>
 * </ul>
 * confidence = 100 * sum(w_i * s_i) / sum(w_i) with the configured weights (equal by default); a failed
 * criterion scores 0. An entry needs all five and confidence >= {@code signal.entry.confidence.min}.
 *
 * <p>Exit (of a setup the signal stage entered in direction d): the close crosses to the wrong side of
 * SMA20 (d * (close - SMA20) < 0: momentum lost), or the ATR distance passes the exit maximum
 * (d * distance > 4: over-extended, take the move).
 *
 * <p>No verdict until every indicator used is warm (SMA200 needs 200 daily bars).
 */
public final class AtrMatrixScorer
{
    public static final int CRITERIA = 5;
    public static final int ATR_DISTANCE = 1;
    public static final int ABOVE_MOMENTUM_SMA = 1 << 1;
    public static final int MA_ALIGNMENT = 1 << 2;
    public static final int ATR_PERCENT = 1 << 3;
    public static final int VOLUME = 1 << 4;
    public static final int ALL = (1 << CRITERIA) - 1;
    /** Names of criteria 1-5, in bit order (reports, JSON). */
    public static final String[] CRITERION_NAMES = {"atr_distance", "above_sma", "ma_alignment", "atr_percent", "volume"};

    public static final int EXIT_NONE = 0;
    public static final int EXIT_MOMENTUM_LOST = 1;
    public static final int EXIT_OVER_EXTENDED = 2;

    private final IndicatorState daily;
    private final SignalSettings s;
    private final int supportIdx;
    private final int momentumIdx;
    private final int emaIdx;
    private final int exitIdx;
    private final int[] alignIdx;
    private final double weightSum;
    private final double bandMid;
    private final double bandHalf;
    /** Bars after which every indicator the rules read is warm (each is warm from its period on). */
    private final int warmBars;

    public AtrMatrixScorer(final IndicatorState daily, final SignalSettings settings)
    {
        this.daily = daily;
        this.s = settings;
        final MarketSettings m = daily.settings();
        supportIdx = sma(m, SignalSettings.SUPPORT_SMA, settings.supportSmaPeriod);
        momentumIdx = sma(m, SignalSettings.MOMENTUM_SMA, settings.momentumSmaPeriod);
        exitIdx = sma(m, SignalSettings.EXIT_SMA, settings.exitSmaPeriod);
        emaIdx = m.emaIndex(settings.alignmentEmaPeriod);
        if (emaIdx < 0)
        {
            throw new ConfigException(SignalSettings.ALIGNMENT_EMA + "=" + settings.alignmentEmaPeriod + " is not among "
                + MarketSettings.EMA_PERIODS);
        }
        alignIdx = new int[settings.alignmentSmaPeriods.length];
        for (int i = 0; i < alignIdx.length; i++)
        {
            alignIdx[i] = sma(m, SignalSettings.ALIGNMENT_SMAS, settings.alignmentSmaPeriods[i]);
        }
        double w = 0.0;
        for (final double x : settings.weights)
        {
            w += x;
        }
        weightSum = w;
        int warm = Math.max(m.atrPeriod, Math.max(m.volumePeriod, settings.alignmentEmaPeriod));
        warm = Math.max(warm, Math.max(settings.supportSmaPeriod, Math.max(settings.momentumSmaPeriod, settings.exitSmaPeriod)));
        for (final int p : settings.alignmentSmaPeriods)
        {
            warm = Math.max(warm, p);
        }
        warmBars = warm;
        bandMid = 0.5 * (settings.atrDistanceMin + settings.atrDistanceMax);
        bandHalf = 0.5 * (settings.atrDistanceMax - settings.atrDistanceMin);
    }

    private static int sma(final MarketSettings m, final String key, final int period)
    {
        final int idx = m.smaIndex(period);
        if (idx < 0)
        {
            throw new ConfigException(key + "=" + period + " is not among " + MarketSettings.SMA_PERIODS);
        }
        return idx;
    }

    public SignalSettings settings()
    {
        return s;
    }

    public IndicatorState daily()
    {
        return daily;
    }

    /** Whether every indicator the rules read is warm for a symbol. */
    public boolean isWarm(final int sym)
    {
        return daily.barCount(sym) >= warmBars;
    }

    /** Scores a symbol in one direction (+1 bullish, -1 bearish) into {@code out}; returns out.entry. */
    public boolean score(final int sym, final int direction, final AtrMatrixScore out)
    {
        out.symbolId = sym;
        out.direction = direction;
        out.passed = 0;
        out.entry = false;
        out.confidence = 0.0;
        for (int i = 0; i < CRITERIA; i++)
        {
            out.scores[i] = 0.0;
        }
        out.warm = isWarm(sym);
        if (!out.warm)
        {
            return false;
        }
        final double d = direction;
        final double close = daily.close(sym);
        final double atr = daily.atr(sym);
        out.close = close;
        out.atr = atr;
        if (!(atr > 0.0))
        {
            return false; // a flat history has no ATR to measure distance in
        }
        int passed = 0;

        final double distance = (close - daily.sma(sym, supportIdx)) / atr;
        out.atrDistance = distance;
        final double signedDistance = d * distance;
        if (signedDistance >= s.atrDistanceMin && signedDistance <= s.atrDistanceMax)
        {
            passed |= ATR_DISTANCE;
            out.scores[0] = 1.0 - Math.abs(signedDistance - bandMid) / bandHalf;
        }

        final double momentum = (close - daily.sma(sym, momentumIdx)) / atr;
        out.momentumMargin = momentum;
        if (d * momentum > 0.0)
        {
            passed |= ABOVE_MOMENTUM_SMA;
            out.scores[1] = Math.min(1.0, d * momentum / s.fullScoreAtrs);
        }

        double previous = daily.ema(sym, emaIdx);
        double minGap = Double.POSITIVE_INFINITY;
        double gapScore = 0.0;
        for (final int k : alignIdx)
        {
            final double next = daily.sma(sym, k);
            final double gap = d * (previous - next) / atr;
            minGap = Math.min(minGap, gap);
            gapScore += Math.min(1.0, Math.max(0.0, gap / s.fullScoreAtrs));
            previous = next;
        }
        out.alignmentGap = minGap;
        if (minGap >= 0.0)
        {
            passed |= MA_ALIGNMENT;
            out.scores[2] = gapScore / alignIdx.length;
        }

        final double atrPercent = atr / close;
        out.atrPercent = atrPercent;
        if (atrPercent >= s.atrPercentMin)
        {
            passed |= ATR_PERCENT;
            out.scores[3] = Math.min(1.0, (atrPercent - s.atrPercentMin) / (s.fullScoreAtrPercent - s.atrPercentMin));
        }

        final double average = daily.averageVolume(sym);
        final double ratio = average > 0.0 ? daily.volume(sym) / average : 0.0;
        out.volumeRatio = ratio;
        if (ratio > s.volumeRatioMin)
        {
            passed |= VOLUME;
            out.scores[4] = Math.min(1.0, (ratio - s.volumeRatioMin) / (s.fullScoreVolumeRatio - s.volumeRatioMin));
        }

        double weighted = 0.0;
        for (int i = 0; i < CRITERIA; i++)
        {
            weighted += s.weights[i] * out.scores[i];
        }
        out.passed = passed;
        out.confidence = 100.0 * weighted / weightSum;
        out.entry = passed == ALL && out.confidence >= s.confidenceMin;
        return out.entry;
    }

    /** The exit rule for a setup entered in {@code direction}: EXIT_* bits, EXIT_NONE when it holds on (or not warm). */
    public int exitRule(final int sym, final int direction)
    {
        if (!isWarm(sym))
        {
            return EXIT_NONE;
        }
        final double atr = daily.atr(sym);
        final double close = daily.close(sym);
        int why = EXIT_NONE;
        if (direction * (close - daily.sma(sym, exitIdx)) < 0.0)
        {
            why |= EXIT_MOMENTUM_LOST;
        }
        if (atr > 0.0 && direction * (close - daily.sma(sym, supportIdx)) / atr > s.exitAtrDistanceMax)
        {
            why |= EXIT_OVER_EXTENDED;
        }
        return why;
    }
}
