package com.quantmatrix.engine.signal;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Every threshold of the ATR Matrix signal, with its documented default (the user's strategy page,
 * STRATEGY.md); keys and one-line comments live in config/strategy.properties. The indicator periods
 * these name must be among those the market state computes (market.indicators.*).
 */
public final class SignalSettings
{
    public static final String ATR_DISTANCE_MIN = "signal.entry.atr.distance.min";
    public static final String ATR_DISTANCE_MAX = "signal.entry.atr.distance.max";
    public static final String SUPPORT_SMA = "signal.entry.support.sma.period";
    public static final String MOMENTUM_SMA = "signal.entry.momentum.sma.period";
    public static final String ALIGNMENT_EMA = "signal.entry.alignment.ema.period";
    public static final String ALIGNMENT_SMAS = "signal.entry.alignment.sma.periods";
    public static final String ATR_PERCENT_MIN = "signal.entry.atr.percent.min";
    public static final String VOLUME_RATIO_MIN = "signal.entry.volume.ratio.min";
    public static final String CONFIDENCE_MIN = "signal.entry.confidence.min";
    public static final String FULL_SCORE_ATRS = "signal.confidence.full.atrs";
    public static final String FULL_SCORE_ATR_PERCENT = "signal.confidence.full.atr.percent";
    public static final String FULL_SCORE_VOLUME_RATIO = "signal.confidence.full.volume.ratio";
    public static final String WEIGHTS = "signal.confidence.weights";
    public static final String EXIT_SMA = "signal.exit.below.sma.period";
    public static final String EXIT_ATR_DISTANCE_MAX = "signal.exit.atr.distance.max";
    public static final String BEARISH = "signal.bearish.enabled";
    public static final String MTF_ENABLED = "signal.mtf.enabled";
    public static final String MTF_TIMEFRAME = "signal.mtf.timeframe.seconds";
    public static final String SCAN_TOP = "signal.scan.top";

    /** Criterion 1: (close - SMA(support)) / ATR within [min, max]. */
    public final double atrDistanceMin;
    public final double atrDistanceMax;
    public final int supportSmaPeriod;
    /** Criterion 2: close above SMA(momentum). */
    public final int momentumSmaPeriod;
    /** Criterion 3: EMA(alignment) >= SMA(p1) >= SMA(p2) >= ... for the listed periods, in order. */
    public final int alignmentEmaPeriod;
    public final int[] alignmentSmaPeriods;
    /** Criterion 4: ATR / close at least this fraction (0.02 = 2.0%). */
    public final double atrPercentMin;
    /** Criterion 5: volume above this multiple of its average. */
    public final double volumeRatioMin;
    /** An entry also needs at least this confidence (0-100). */
    public final double confidenceMin;
    /** Margin (in ATRs) at which criteria 2 and 3 score full marks. */
    public final double fullScoreAtrs;
    /** ATR% at which criterion 4 scores full marks. */
    public final double fullScoreAtrPercent;
    /** Volume ratio at which criterion 5 scores full marks. */
    public final double fullScoreVolumeRatio;
    /** Weights of criteria 1-5 in the confidence. */
    public final double[] weights;
    /** Exit when the close falls below SMA(this period) ... */
    public final int exitSmaPeriod;
    /** ... or when the ATR distance from SMA(support) exceeds this (over-extended). */
    public final double exitAtrDistanceMax;
    public final boolean bearishEnabled;
    public final boolean mtfEnabled;
    public final int mtfTimeframeSeconds;
    public final int scanTop;

    private SignalSettings(final Config c)
    {
        atrDistanceMin = ConfigException.inRange(ATR_DISTANCE_MIN, c.getDouble(ATR_DISTANCE_MIN, 0.0), -50.0, 50.0);
        atrDistanceMax = ConfigException.inRange(ATR_DISTANCE_MAX, c.getDouble(ATR_DISTANCE_MAX, 4.0), -50.0, 50.0);
        if (!(atrDistanceMax > atrDistanceMin))
        {
            throw new ConfigException(ATR_DISTANCE_MAX + " must be above " + ATR_DISTANCE_MIN);
        }
        supportSmaPeriod = ConfigException.inRange(SUPPORT_SMA, c.getInt(SUPPORT_SMA, 50), 1, 2_000);
        momentumSmaPeriod = ConfigException.inRange(MOMENTUM_SMA, c.getInt(MOMENTUM_SMA, 20), 1, 2_000);
        alignmentEmaPeriod = ConfigException.inRange(ALIGNMENT_EMA, c.getInt(ALIGNMENT_EMA, 10), 1, 2_000);
        alignmentSmaPeriods = c.getIntList(ALIGNMENT_SMAS, new int[] {20, 50, 100, 200});
        if (alignmentSmaPeriods.length == 0)
        {
            throw new ConfigException(ALIGNMENT_SMAS + " must list at least one period");
        }
        atrPercentMin = ConfigException.inRange(ATR_PERCENT_MIN, c.getDouble(ATR_PERCENT_MIN, 0.02), 0.0, 1.0);
        volumeRatioMin = ConfigException.inRange(VOLUME_RATIO_MIN, c.getDouble(VOLUME_RATIO_MIN, 1.0), 0.0, 100.0);
        confidenceMin = ConfigException.inRange(CONFIDENCE_MIN, c.getDouble(CONFIDENCE_MIN, 0.0), 0.0, 100.0);
        fullScoreAtrs = ConfigException.inRange(FULL_SCORE_ATRS, c.getDouble(FULL_SCORE_ATRS, 1.0), 1e-6, 100.0);
        fullScoreAtrPercent = ConfigException.inRange(FULL_SCORE_ATR_PERCENT, c.getDouble(FULL_SCORE_ATR_PERCENT, 0.04), 0.0, 1.0);
        if (!(fullScoreAtrPercent > atrPercentMin))
        {
            throw new ConfigException(FULL_SCORE_ATR_PERCENT + " must be above " + ATR_PERCENT_MIN);
        }
        fullScoreVolumeRatio = ConfigException.inRange(FULL_SCORE_VOLUME_RATIO, c.getDouble(FULL_SCORE_VOLUME_RATIO, 2.0), 0.0, 100.0);
        if (!(fullScoreVolumeRatio > volumeRatioMin))
        {
            throw new ConfigException(FULL_SCORE_VOLUME_RATIO + " must be above " + VOLUME_RATIO_MIN);
        }
        weights = c.getDoubleList(WEIGHTS, new double[] {1, 1, 1, 1, 1});
        double total = 0.0;
        for (final double w : weights)
        {
            ConfigException.inRange(WEIGHTS, w, 0.0, 1_000.0);
            total += w;
        }
        if (weights.length != AtrMatrixScorer.CRITERIA || !(total > 0.0))
        {
            throw new ConfigException(WEIGHTS + " must list " + AtrMatrixScorer.CRITERIA + " non-negative weights, not all zero");
        }
        exitSmaPeriod = ConfigException.inRange(EXIT_SMA, c.getInt(EXIT_SMA, 20), 1, 2_000);
        exitAtrDistanceMax = ConfigException.inRange(EXIT_ATR_DISTANCE_MAX, c.getDouble(EXIT_ATR_DISTANCE_MAX, 4.0), -50.0, 50.0);
        bearishEnabled = c.getBoolean(BEARISH, false);
        mtfEnabled = c.getBoolean(MTF_ENABLED, false);
        mtfTimeframeSeconds = ConfigException.inRange(MTF_TIMEFRAME, c.getInt(MTF_TIMEFRAME, 900), 60, 3_600);
        scanTop = ConfigException.inRange(SCAN_TOP, c.getInt(SCAN_TOP, 20), 1, 100_000);
    }

    public static SignalSettings from(final Config config)
    {
        return new SignalSettings(config);
    }

    public static SignalSettings defaults()
    {
        return new SignalSettings(Config.empty());
    }
}
