package com.quantmatrix.engine.oms;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Order routing settings (config/risk.properties, keys oms.*): how limit prices are set from the
 * quote and walked toward the far side, and when to give up. A fraction f prices a buy at
 * mid + f * (ask - bid) and a sell at mid - f * (ask - bid): 0 is the mid, 0.5 the far side.
 */
public final class RoutingSettings
{
    /** Opening orders start at this fraction of the spread past the mid. */
    public final double entrySpreadFraction;
    /** Profit-target exits start here (patient: no hurry to sell a winner at the bid). */
    public final double targetSpreadFraction;
    /** Protective exits (stops, time and volatility stops, signal exits, flatten) start here (0.5 = at the bid). */
    public final double urgentSpreadFraction;
    /** Each re-price moves the limit this much further toward the far side (capped at 0.5). */
    public final double repriceStepFraction;
    /** Event time between re-prices of a working order. */
    public final long repriceIntervalNanos;
    /** Re-prices before giving up (the order is cancelled one interval after the last one). */
    public final int maxReprices;
    /** An order (with its replacements) still working this long after it was first sent is cancelled; 0 = no time limit. */
    public final long giveUpAfterNanos;
    /** Most orders the manager tracks (working plus recently final, kept for late reports). */
    public final int maxOrders;

    private RoutingSettings(final Config c)
    {
        entrySpreadFraction = ConfigException.inRange("oms.limit.spread.fraction", c.getDouble("oms.limit.spread.fraction", 0.25), 0.0, 0.5);
        targetSpreadFraction = ConfigException.inRange("oms.target.spread.fraction", c.getDouble("oms.target.spread.fraction", 0.0), 0.0, 0.5);
        urgentSpreadFraction = ConfigException.inRange("oms.urgent.spread.fraction", c.getDouble("oms.urgent.spread.fraction", 0.5), 0.0, 0.5);
        repriceStepFraction = ConfigException.inRange("oms.reprice.step.fraction", c.getDouble("oms.reprice.step.fraction", 0.125), 0.0, 0.5);
        final long intervalMs = c.getLong("oms.reprice.interval.ms", 30_000L);
        ConfigException.inRange("oms.reprice.interval.ms", (double)intervalMs, 1.0, 86_400_000.0);
        repriceIntervalNanos = intervalMs * 1_000_000L;
        maxReprices = ConfigException.inRange("oms.max.reprices", c.getInt("oms.max.reprices", 2), 0, 200);
        final long giveUpMs = c.getLong("oms.giveup.after.ms", 600_000L);
        ConfigException.inRange("oms.giveup.after.ms", (double)giveUpMs, 0.0, 7.0 * 86_400_000.0);
        giveUpAfterNanos = giveUpMs * 1_000_000L;
        maxOrders = ConfigException.inRange("oms.max.orders", c.getInt("oms.max.orders", 1024), 16, 1 << 20);
    }

    public static RoutingSettings from(final Config c)
    {
        return new RoutingSettings(c);
    }

    public static RoutingSettings defaults()
    {
        return new RoutingSettings(Config.empty());
    }
}
