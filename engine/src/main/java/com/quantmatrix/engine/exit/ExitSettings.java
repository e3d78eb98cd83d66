package com.quantmatrix.engine.exit;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Position-exit rules (config/risk.properties, keys exit.*), the one place they are defined: the
 * exit stage applies them and the risk stage sizes entries by the same stop.
 */
public final class ExitSettings
{
    public static final int STOP_ATR = 0;
    public static final int STOP_PREMIUM = 1;

    /** ATR: stop on the underlying at entry -/+ multiple x ATR. PREMIUM: stop when the option lost a fraction of its premium. */
    public final int stopMode;
    public final double stopAtrMultiple;
    /** Premium stop: exit when the mark is at or below entry x (1 - this). Also the stop when no ATR is known. */
    public final double premiumStopPct;
    /** Profit-target levels as gains on premium, increasing (0.25 = +25%). */
    public final double[] targetLevels;
    /** Fraction of the largest position sold at each level; the last level always sells the rest. */
    public final double[] targetFractions;
    /** Time stop: close a losing option position with fewer than this many calendar days to expiry. */
    public final int timeStopDays;
    /** Close any option position with at most this many days to expiry, win or lose (avoids exercise); -1 = off. */
    public final int expiryCloseDays;
    /** Volatility stop: exit when implied volatility rose more than this fraction since entry (0.5 = +50%). */
    public final double ivExpansionPct;

    private ExitSettings(final Config c)
    {
        final String mode = c.getString("exit.stop.mode", "atr").trim().toLowerCase();
        if (!mode.equals("atr") && !mode.equals("premium"))
        {
            throw new ConfigException("exit.stop.mode must be atr or premium, got '" + mode + "'");
        }
        stopMode = mode.equals("atr") ? STOP_ATR : STOP_PREMIUM;
        stopAtrMultiple = ConfigException.inRange("exit.stop.atr.multiple", c.getDouble("exit.stop.atr.multiple", 1.5), 0.1, 20.0);
        premiumStopPct = ConfigException.inRange("exit.stop.premium.pct", c.getDouble("exit.stop.premium.pct", 0.5), 0.01, 1.0);
        targetLevels = c.getDoubleList("exit.target.levels", new double[] {0.25, 0.50, 0.75});
        targetFractions = c.getDoubleList("exit.target.fractions", new double[] {1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0});
        if (targetLevels.length == 0 || targetLevels.length != targetFractions.length)
        {
            throw new ConfigException("exit.target.levels and exit.target.fractions must be non-empty lists of the same length");
        }
        double cumulative = 0.0;
        for (int i = 0; i < targetLevels.length; i++)
        {
            ConfigException.inRange("exit.target.levels[" + i + "]", targetLevels[i], 1e-6, 100.0);
            ConfigException.inRange("exit.target.fractions[" + i + "]", targetFractions[i], 1e-6, 1.0);
            if (i > 0 && targetLevels[i] <= targetLevels[i - 1])
            {
                throw new ConfigException("exit.target.levels must increase, got " + java.util.Arrays.toString(targetLevels));
            }
            cumulative += targetFractions[i];
        }
        if (cumulative > 1.0 + 1e-6)
        {
            throw new ConfigException("exit.target.fractions must sum to at most 1, got " + cumulative);
        }
        timeStopDays = ConfigException.inRange("exit.time.stop.days", c.getInt("exit.time.stop.days", 7), 0, 3650);
        expiryCloseDays = ConfigException.inRange("exit.expiry.close.days", c.getInt("exit.expiry.close.days", 1), -1, 3650);
        ivExpansionPct = ConfigException.inRange("exit.iv.expansion.pct", c.getDouble("exit.iv.expansion.pct", 0.5), 0.01, 100.0);
    }

    public static ExitSettings from(final Config c)
    {
        return new ExitSettings(c);
    }

    public static ExitSettings defaults()
    {
        return new ExitSettings(Config.empty());
    }

    /**
     * Quantity sold in all once the target at {@code level} (0-based) is reached, out of the largest
     * position held: floor(maxQty x cumulative fraction), and the whole position at the last level.
     */
    public long cumulativeTargetQty(final int level, final long maxQty)
    {
        if (level >= targetLevels.length - 1)
        {
            return maxQty;
        }
        double cumulative = 0.0;
        for (int i = 0; i <= level; i++)
        {
            cumulative += targetFractions[i];
        }
        return (long)Math.floor(maxQty * cumulative + 1e-9);
    }
}
