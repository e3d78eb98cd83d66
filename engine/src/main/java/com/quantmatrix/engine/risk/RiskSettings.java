package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Every pre-trade risk limit and sizing rule, with the strategy's values as defaults
 * (config/risk.properties, keys risk.*). Fractions are of account equity (cash + positions at mark).
 * Limits are inclusive: a value exactly at a limit passes, one a micro-dollar beyond does not;
 * "above" thresholds of the strategy (VIX above 40, daily loss beyond 5%, drawdown beyond 10%) are strict.
 */
public final class RiskSettings
{
    /** Largest loss at the stop of one new trade. */
    public final double perTradePct;
    /** Largest open risk in one underlying (positions, working entries and the new one). */
    public final double perUnderlyingPct;
    /** Largest total open risk ("portfolio heat"). */
    public final double heatPct;
    /** Cash that must remain after paying for every working and new entry. */
    public final double cashReservePct;
    /** Largest correlation of daily returns between a new underlying and each one already held. */
    public final double maxCorrelation;
    /** Daily returns in the correlation window (trading days). */
    public final int correlationWindowDays;
    /** Fewest common daily returns for a correlation to count; with fewer it is unknown and does not block. */
    public final int correlationMinDays;
    /** Largest market value (entries at cost) in one GICS sector. */
    public final double sectorMaxPct;
    /** GICS sector file (Symbol,Name,Sector), relative to the project home; empty = no sector limit. */
    public final String sectorFile;
    /** Liquidity on the current quote, as the selector's rules: spread / mid below this. */
    public final double maxSpreadPct;
    /** Liquidity: day volume above this (contracts). */
    public final long minVolume;
    /** Liquidity: open interest above this (contracts). */
    public final long minOpenInterest;
    /** Modeled contracts carry no volume or open interest: pass those two checks (the spread still applies). */
    public final boolean passModeledLiquidity;
    /** An entry's limit may be at most this fraction above the mid (fat-finger collar). */
    public final double entryCollarPct;
    /** An exit's limit may be at most this fraction below the mid. */
    public final double exitCollarPct;
    /** Most orders accepted in one rate window (event time). */
    public final int maxOrdersPerWindow;
    public final long orderRateWindowNanos;
    /** No new entries while VIX is above this. */
    public final double maxVix;
    /** Trading is suspended for the rest of the day once equity fell more than this since the day's start. */
    public final double dailyLossPct;
    /** Entries pause for the rest of the day after this many consecutive losing round trips. */
    public final int maxLossStreak;
    /** Sizes are multiplied by {@link #drawdownSizeFactor} while equity is more than this below its peak. */
    public final double drawdownPct;
    public final double drawdownSizeFactor;
    /** Largest |net delta| in dollars per 1% move of the underlyings, as a fraction of equity. */
    public final double maxNetDeltaPct;
    /** Largest |net vega| in dollars per volatility point, as a fraction of equity. */
    public final double maxNetVegaPct;
    /** Fraction of the full Kelly bet used as a size cap. */
    public final double kellyMultiplier;
    /** Closed round trips needed before the Kelly cap applies. */
    public final int kellyMinTrades;
    /** Most contracts (or shares) in one entry order. */
    public final long maxContractsPerOrder;
    /** Whether an entry may add to a position already held in the same underlying. */
    public final boolean allowAddToPosition;

    private RiskSettings(final Config c)
    {
        perTradePct = pct(c, "risk.per.trade.pct", 0.02);
        perUnderlyingPct = pct(c, "risk.per.underlying.pct", 0.05);
        heatPct = pct(c, "risk.heat.pct", 0.20);
        cashReservePct = pct(c, "risk.cash.reserve.pct", 0.20);
        maxCorrelation = ConfigException.inRange("risk.correlation.max", c.getDouble("risk.correlation.max", 0.70), -1.0, 1.0);
        correlationWindowDays = ConfigException.inRange("risk.correlation.window.days", c.getInt("risk.correlation.window.days", 60), 5, 1000);
        correlationMinDays = ConfigException.inRange("risk.correlation.min.days", c.getInt("risk.correlation.min.days", 20), 3, correlationWindowDays);
        sectorMaxPct = pct(c, "risk.sector.max.pct", 0.30);
        sectorFile = c.getString("risk.sector.file", "data/reference/sp500-sectors-2018-04-02.csv");
        maxSpreadPct = pct(c, "risk.liquidity.max.spread.pct", 0.10);
        minVolume = c.getLong("risk.liquidity.min.volume", 100);
        minOpenInterest = c.getLong("risk.liquidity.min.open.interest", 500);
        passModeledLiquidity = c.getBoolean("risk.liquidity.modeled.pass", true);
        ConfigException.inRange("risk.liquidity.min.volume", (double)minVolume, 0.0, 1e12);
        ConfigException.inRange("risk.liquidity.min.open.interest", (double)minOpenInterest, 0.0, 1e12);
        entryCollarPct = pct(c, "risk.price.collar.pct", 0.10);
        exitCollarPct = pct(c, "risk.price.collar.exit.pct", 0.50);
        maxOrdersPerWindow = ConfigException.inRange("risk.max.orders.per.window", c.getInt("risk.max.orders.per.window", 20), 1, 1_000_000);
        final long windowMs = c.getLong("risk.order.rate.window.ms", 60_000L);
        ConfigException.inRange("risk.order.rate.window.ms", (double)windowMs, 1.0, 86_400_000.0);
        orderRateWindowNanos = windowMs * 1_000_000L;
        maxVix = ConfigException.inRange("risk.vix.max", c.getDouble("risk.vix.max", 40.0), 0.0, 1000.0);
        dailyLossPct = pct(c, "risk.daily.loss.pct", 0.05);
        maxLossStreak = ConfigException.inRange("risk.loss.streak.max", c.getInt("risk.loss.streak.max", 5), 1, 1000);
        drawdownPct = pct(c, "risk.drawdown.pct", 0.10);
        drawdownSizeFactor = pct(c, "risk.drawdown.size.factor", 0.5);
        maxNetDeltaPct = ConfigException.inRange("risk.greeks.max.delta.pct", c.getDouble("risk.greeks.max.delta.pct", 0.02), 0.0, 100.0);
        maxNetVegaPct = ConfigException.inRange("risk.greeks.max.vega.pct", c.getDouble("risk.greeks.max.vega.pct", 0.005), 0.0, 100.0);
        kellyMultiplier = pct(c, "risk.kelly.multiplier", 0.25);
        kellyMinTrades = ConfigException.inRange("risk.kelly.min.trades", c.getInt("risk.kelly.min.trades", 30), 1, 1_000_000);
        maxContractsPerOrder = ConfigException.inRange("risk.max.contracts.per.order", c.getInt("risk.max.contracts.per.order", 100), 1, 10_000_000);
        allowAddToPosition = c.getBoolean("risk.allow.add.to.position", false);
    }

    private static double pct(final Config c, final String key, final double def)
    {
        return ConfigException.inRange(key, c.getDouble(key, def), 0.0, 1.0);
    }

    public static RiskSettings from(final Config c)
    {
        return new RiskSettings(c);
    }

    public static RiskSettings defaults()
    {
        return new RiskSettings(Config.empty());
    }
}
