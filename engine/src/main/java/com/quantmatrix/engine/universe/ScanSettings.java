package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * The universe scan's filters and size (keys {@code scan.*} in config/cycle.properties). The
 * strategy's own entry rules live in the scorer; these only keep untradable rows out of it.
 */
public final class ScanSettings
{
    /** How many candidates go on to option analysis (the plan's "top 20"). */
    public final int topCandidates;
    /** Rows closing below this price (dollars) are not scanned. */
    public final double minPrice;
    /** Rows trading less than this value (dollars, VWAP x volume) are not scanned. */
    public final double minDollarVolume;
    public final boolean excludeEtfs;
    /** Keep only symbols in the listed-securities directory (OTC and unknown symbols out). */
    public final boolean listedOnly;
    /** Drop symbols known to have no listed options (unknown availability passes). */
    public final boolean requireOptions;

    private ScanSettings(final Config c)
    {
        topCandidates = ConfigException.inRange("scan.top.candidates", c.getInt("scan.top.candidates", 20), 1, 10_000);
        minPrice = ConfigException.inRange("scan.min.price", c.getDouble("scan.min.price", 5.0), 0.0, 1e6);
        minDollarVolume = ConfigException.inRange("scan.min.dollar.volume",
            c.getDouble("scan.min.dollar.volume", 10_000_000.0), 0.0, 1e13);
        excludeEtfs = c.getBoolean("scan.exclude.etfs", false);
        listedOnly = c.getBoolean("scan.listed.only", false);
        requireOptions = c.getBoolean("scan.require.options", true);
    }

    public static ScanSettings from(final Config config)
    {
        return new ScanSettings(config);
    }

    public static ScanSettings defaults()
    {
        return new ScanSettings(Config.empty());
    }
}
