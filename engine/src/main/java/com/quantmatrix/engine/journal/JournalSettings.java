package com.quantmatrix.engine.journal;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import java.nio.file.Path;
import java.nio.file.Paths;
import net.openhft.chronicle.queue.RollCycles;

/** Journal settings: where, whether, roll cycle, retention and page-fault advice. Keys in config/engine.properties. */
public final class JournalSettings
{
    public static final String ENABLED = "journal.enabled";
    public static final String DIR = "journal.dir";
    public static final String ROLL_CYCLE = "journal.rollCycle";
    public static final String RETAIN_CYCLES = "journal.retainCycles";
    public static final String ADVISE_RANDOM = "journal.adviseRandom";
    public static final String PRETOUCH_AHEAD = "journal.pretouchAheadBytes";

    public final boolean enabled;
    public final Path dir;
    public final RollCycles rollCycle;
    /** How many roll-cycle files to keep at start-up (0 = keep all). */
    public final int retainCycles;
    /** madvise(MADV_RANDOM) on each mapped chunk the appenders write (see {@link ChunkAdvice}). */
    public final boolean adviseRandom;
    /** Bytes kept populated ahead of the writer by {@link JournalPretoucher}; 0 = no pretoucher thread. */
    public final long pretouchAheadBytes;

    public JournalSettings(final boolean enabled, final Path dir, final RollCycles rollCycle, final int retainCycles)
    {
        this(enabled, dir, rollCycle, retainCycles, true, 0);
    }

    public JournalSettings(final boolean enabled, final Path dir, final RollCycles rollCycle, final int retainCycles,
        final boolean adviseRandom)
    {
        this(enabled, dir, rollCycle, retainCycles, adviseRandom, 0);
    }

    public JournalSettings(final boolean enabled, final Path dir, final RollCycles rollCycle, final int retainCycles,
        final boolean adviseRandom, final long pretouchAheadBytes)
    {
        this.enabled = enabled;
        this.dir = dir;
        this.rollCycle = rollCycle;
        this.retainCycles = retainCycles;
        this.adviseRandom = adviseRandom;
        this.pretouchAheadBytes = pretouchAheadBytes;
    }

    public static JournalSettings from(final Config c)
    {
        final String cycle = c.getString(ROLL_CYCLE, "FAST_DAILY");
        final RollCycles rc;
        try
        {
            rc = RollCycles.valueOf(cycle);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException(ROLL_CYCLE + " must be one of FAST_HOURLY, FAST_DAILY, WEEKLY, ...; got '" + cycle + "'");
        }
        return new JournalSettings(
            c.getBoolean(ENABLED, true),
            Paths.get(c.getString(DIR, "var/journal")),
            rc,
            ConfigException.inRange(RETAIN_CYCLES, c.getInt(RETAIN_CYCLES, 0), 0, 100_000),
            c.getBoolean(ADVISE_RANDOM, true),
            ConfigException.inRange(PRETOUCH_AHEAD, c.getLong(PRETOUCH_AHEAD, 4L << 20), 0, 1L << 30));
    }

    public JournalSettings withDir(final Path newDir)
    {
        return new JournalSettings(enabled, newDir, rollCycle, retainCycles, adviseRandom, pretouchAheadBytes);
    }

    public JournalSettings withEnabled(final boolean on)
    {
        return new JournalSettings(on, dir, rollCycle, retainCycles, adviseRandom, pretouchAheadBytes);
    }
}
