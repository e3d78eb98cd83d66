package com.quantmatrix.engine.portfolio;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/** Portfolio settings (config/risk.properties, keys portfolio.*). */
public final class PortfolioSettings
{
    /** Starting cash of the (paper) account in dollars. */
    public final double initialCash;
    /** Most fills that may wait between routing and the position stage (staged layout lag). */
    public final int fillTapeCapacity;

    private PortfolioSettings(final Config c)
    {
        initialCash = ConfigException.inRange("portfolio.initial.cash", c.getDouble("portfolio.initial.cash", 100_000.0), 1.0, 1.0e11);
        fillTapeCapacity = ConfigException.inRange("portfolio.fill.tape.capacity", c.getInt("portfolio.fill.tape.capacity", 4096), 16, 1 << 22);
    }

    public static PortfolioSettings from(final Config c)
    {
        return new PortfolioSettings(c);
    }

    public static PortfolioSettings defaults()
    {
        return new PortfolioSettings(Config.empty());
    }
}
