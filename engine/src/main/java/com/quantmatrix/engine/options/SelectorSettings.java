package com.quantmatrix.engine.options;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Every threshold of option pricing and contract selection, with its documented default (the
 * strategy's rules; config/options.properties lists the keys with one line each), validated here.
 */
public final class SelectorSettings
{
    public static final int THETA_DOLLARS = 0;
    public static final int THETA_PREMIUM = 1;
    public static final int RISK_STOP = 0;
    public static final int RISK_PREMIUM = 1;

    public final int minDaysToExpiry;
    public final int maxDaysToExpiry;
    public final double minStrikeToSpot;
    public final double maxStrikeToSpot;
    public final double minAbsDelta;
    public final double maxAbsDelta;
    public final double minTheta;
    public final int thetaUnit;
    public final double minGamma;
    public final double maxIvRank;
    public final boolean passUnknownIvRank;
    public final long minVolume;
    public final long minOpenInterest;
    public final double maxSpreadToMid;
    public final double minRiskReward;
    public final double targetAtr;
    public final double stopAtr;
    public final int horizonDays;
    public final int riskModel;
    public final double minProbabilityOfProfit;
    public final long maxQuoteAgeNanos;
    public final boolean passModeledLiquidity;
    public final int topN;
    public final double defaultAtrFraction;

    public final double dividendYield;
    public final double riskFreeRate;
    public final String[] europeanRoots;

    public final int ivWindowDays;
    public final int ivMinHistoryDays;
    public final int atmMinDays;
    public final int atmMaxDays;

    public final int modeledMonthlies;
    public final int modeledWeeklies;
    public final double modeledStrikeRange;
    public final double modeledMinIvToHv;
    public final double modeledMaxIvToHv;
    public final double modeledFallbackIvToHv;
    public final double modeledMinVol;
    public final double modeledMinSpread;
    public final double modeledSpreadFraction;
    public final String modeledMarketSymbol;

    private SelectorSettings(final Config c)
    {
        minDaysToExpiry = ConfigException.inRange("options.select.minDaysToExpiry", c.getInt("options.select.minDaysToExpiry", 7), 0, 3_650);
        maxDaysToExpiry = ConfigException.inRange("options.select.maxDaysToExpiry", c.getInt("options.select.maxDaysToExpiry", 45), minDaysToExpiry, 3_650);
        minStrikeToSpot = ConfigException.inRange("options.select.minStrikeToSpot", c.getDouble("options.select.minStrikeToSpot", 0.8), 0.0, 10.0);
        maxStrikeToSpot = ConfigException.inRange("options.select.maxStrikeToSpot", c.getDouble("options.select.maxStrikeToSpot", 1.2), minStrikeToSpot, 10.0);
        minAbsDelta = ConfigException.inRange("options.select.minAbsDelta", c.getDouble("options.select.minAbsDelta", 0.30), 0.0, 1.0);
        maxAbsDelta = ConfigException.inRange("options.select.maxAbsDelta", c.getDouble("options.select.maxAbsDelta", 0.70), minAbsDelta, 1.0);
        minTheta = ConfigException.inRange("options.select.minTheta", c.getDouble("options.select.minTheta", -0.05), -1e6, 0.0);
        thetaUnit = choice(c, "options.select.thetaUnit", "dollars", "dollars", "premium");
        minGamma = ConfigException.inRange("options.select.minGamma", c.getDouble("options.select.minGamma", 0.0), 0.0, 1e6);
        maxIvRank = ConfigException.inRange("options.select.maxIvRank", c.getDouble("options.select.maxIvRank", 50.0), 0.0, 100.0);
        passUnknownIvRank = choice(c, "options.select.ivRankUnknown", "pass", "pass", "reject") == 0;
        minVolume = c.getLong("options.select.minVolume", 100);
        minOpenInterest = c.getLong("options.select.minOpenInterest", 500);
        maxSpreadToMid = ConfigException.inRange("options.select.maxSpreadToMid", c.getDouble("options.select.maxSpreadToMid", 0.10), 0.0, 2.0);
        minRiskReward = ConfigException.inRange("options.select.minRiskReward", c.getDouble("options.select.minRiskReward", 2.0), 0.0, 1e6);
        targetAtr = ConfigException.inRange("options.select.targetAtr", c.getDouble("options.select.targetAtr", 3.0), 0.0, 100.0);
        stopAtr = ConfigException.inRange("options.select.stopAtr", c.getDouble("options.select.stopAtr", 1.5), 0.0, 100.0);
        horizonDays = ConfigException.inRange("options.select.horizonDays", c.getInt("options.select.horizonDays", 5), 0, 3_650);
        riskModel = choice(c, "options.select.riskModel", "stop", "stop", "premium");
        minProbabilityOfProfit = ConfigException.inRange("options.select.minProbabilityOfProfit",
            c.getDouble("options.select.minProbabilityOfProfit", 0.0), 0.0, 1.0);
        maxQuoteAgeNanos = 60_000_000_000L * ConfigException.inRange("options.select.maxQuoteAgeMinutes",
            c.getInt("options.select.maxQuoteAgeMinutes", 1_440), 1, 10_000_000);
        passModeledLiquidity = choice(c, "options.select.modeledLiquidity", "pass", "pass", "reject") == 0;
        topN = ConfigException.inRange("options.select.topN", c.getInt("options.select.topN", 10), 1, 100_000);
        defaultAtrFraction = ConfigException.inRange("options.select.defaultAtrFraction", c.getDouble("options.select.defaultAtrFraction", 0.02), 0.0, 1.0);
        if (minVolume < 0 || minOpenInterest < 0)
        {
            throw new ConfigException("options.select.minVolume and options.select.minOpenInterest must be >= 0");
        }

        dividendYield = ConfigException.inRange("options.pricing.dividendYield", c.getDouble("options.pricing.dividendYield", 0.0), -0.5, 0.5);
        riskFreeRate = ConfigException.inRange("options.pricing.riskFreeRate", c.getDouble("options.pricing.riskFreeRate", 0.02), -0.5, 0.5);
        europeanRoots = c.getString("options.pricing.europeanRoots", "SPX,SPXW,XSP,NDX,RUT,VIX,DJX").split("\\s*,\\s*");

        ivWindowDays = ConfigException.inRange("options.iv.windowDays", c.getInt("options.iv.windowDays", 252), 2, 5_000);
        ivMinHistoryDays = ConfigException.inRange("options.iv.minHistoryDays", c.getInt("options.iv.minHistoryDays", 20), 1, ivWindowDays);
        atmMinDays = ConfigException.inRange("options.iv.atmMinDays", c.getInt("options.iv.atmMinDays", 14), 0, 3_650);
        atmMaxDays = ConfigException.inRange("options.iv.atmMaxDays", c.getInt("options.iv.atmMaxDays", 60), atmMinDays, 3_650);

        modeledMonthlies = ConfigException.inRange("options.modeled.monthlies", c.getInt("options.modeled.monthlies", 3), 0, 24);
        modeledWeeklies = ConfigException.inRange("options.modeled.weeklies", c.getInt("options.modeled.weeklies", 0), 0, 12);
        modeledStrikeRange = ConfigException.inRange("options.modeled.strikeRange", c.getDouble("options.modeled.strikeRange", 0.30), 0.01, 0.95);
        modeledMinIvToHv = ConfigException.inRange("options.modeled.minIvToHv", c.getDouble("options.modeled.minIvToHv", 0.8), 0.1, 10.0);
        modeledMaxIvToHv = ConfigException.inRange("options.modeled.maxIvToHv", c.getDouble("options.modeled.maxIvToHv", 2.5), modeledMinIvToHv, 10.0);
        modeledFallbackIvToHv = ConfigException.inRange("options.modeled.fallbackIvToHv",
            c.getDouble("options.modeled.fallbackIvToHv", 1.15), modeledMinIvToHv, modeledMaxIvToHv);
        modeledMinVol = ConfigException.inRange("options.modeled.minVol", c.getDouble("options.modeled.minVol", 0.05), 0.001, 5.0);
        modeledMinSpread = ConfigException.inRange("options.modeled.minSpread", c.getDouble("options.modeled.minSpread", 0.05), 0.0, 100.0);
        modeledSpreadFraction = ConfigException.inRange("options.modeled.spreadFraction", c.getDouble("options.modeled.spreadFraction", 0.04), 0.0, 1.0);
        modeledMarketSymbol = c.getString("options.modeled.marketSymbol", "SPY");
    }

    public static SelectorSettings from(final Config config)
    {
        return new SelectorSettings(config);
    }

    /** The defaults (the strategy's rules). */
    public static SelectorSettings defaults()
    {
        return new SelectorSettings(Config.empty());
    }

    public boolean isEuropeanRoot(final String root)
    {
        for (final String r : europeanRoots)
        {
            if (r.equals(root))
            {
                return true;
            }
        }
        return false;
    }

    private static int choice(final Config c, final String key, final String def, final String... allowed)
    {
        final String v = c.getString(key, def);
        for (int i = 0; i < allowed.length; i++)
        {
            if (allowed[i].equalsIgnoreCase(v))
            {
                return i;
            }
        }
        throw new ConfigException(key + " must be one of " + String.join("|", allowed) + ", got '" + v + "'");
    }
}
