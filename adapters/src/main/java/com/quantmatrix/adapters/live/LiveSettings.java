package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Every setting of live operation (config/live.properties), with its documented default. */
public final class LiveSettings
{
    /** How indicators are warmed before the feed starts. */
    public enum BackfillMode
    {
        AUTO, SYMBOL, GROUPED, OFF
    }

    public final Path journalDir;
    public final long clockIntervalNanos;
    public final int backfillTradingDays;
    /** Last backfilled day, or null for the last trading day before today. */
    public final LocalDate backfillThrough;
    public final BackfillMode backfillMode;
    public final int scanMaxSymbols;
    public final int scanSeedDays;
    public final List<String> briefIndices;
    public final int briefPositionsMax;
    public final int watchlistSize;
    public final int reviewWindowTrades;
    public final int reviewMinTrades;
    public final double reviewMinWinRate;
    public final double reviewMinProfitFactor;

    private LiveSettings(final Config c)
    {
        journalDir = Paths.get(c.getString("live.journal.dir", "var/journal/live"));
        clockIntervalNanos = ConfigException.inRange("live.clock.interval.ms", c.getInt("live.clock.interval.ms", 1_000), 10, 60_000)
            * 1_000_000L;
        backfillTradingDays = ConfigException.inRange("live.backfill.trading.days", c.getInt("live.backfill.trading.days", 210), 1, 5_000);
        final String through = c.getString("live.backfill.through", "").trim();
        try
        {
            backfillThrough = through.isEmpty() ? null : LocalDate.parse(through);
        }
        catch (final DateTimeParseException ex)
        {
            throw new ConfigException("live.backfill.through must be a date yyyy-MM-dd or empty, got '" + through + "'");
        }
        final String mode = c.getString("live.backfill.mode", "auto").trim().toUpperCase(Locale.ROOT);
        try
        {
            backfillMode = BackfillMode.valueOf(mode);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException("live.backfill.mode must be auto, symbol, grouped or off, got '" + mode.toLowerCase(Locale.ROOT) + "'");
        }
        scanMaxSymbols = ConfigException.inRange("live.scan.max.symbols", c.getInt("live.scan.max.symbols", 40_000), 16, 1 << 20);
        scanSeedDays = ConfigException.inRange("live.scan.seed.days", c.getInt("live.scan.seed.days", 0), 0, 5_000);
        briefIndices = java.util.Arrays.stream(c.getString("live.brief.indices", "SPY,QQQ,IWM,DIA").split(","))
            .map(x -> x.trim().toUpperCase(Locale.ROOT)).filter(x -> !x.isEmpty()).toList();
        briefPositionsMax = ConfigException.inRange("live.brief.positions.max", c.getInt("live.brief.positions.max", 10), 0, 100);
        watchlistSize = ConfigException.inRange("live.watchlist.size", c.getInt("live.watchlist.size", 10), 1, 100);
        reviewWindowTrades = ConfigException.inRange("live.review.window.trades", c.getInt("live.review.window.trades", 20), 1, 10_000);
        reviewMinTrades = ConfigException.inRange("live.review.min.trades", c.getInt("live.review.min.trades", 10), 1, reviewWindowTrades);
        reviewMinWinRate = ConfigException.inRange("live.review.min.win.rate", c.getDouble("live.review.min.win.rate", 0.40), 0.0, 1.0);
        reviewMinProfitFactor = ConfigException.inRange("live.review.min.profit.factor",
            c.getDouble("live.review.min.profit.factor", 1.0), 0.0, 100.0);
    }

    public static LiveSettings from(final Config config)
    {
        return new LiveSettings(config);
    }
}
