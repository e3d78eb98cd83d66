package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import com.quantmatrix.engine.replay.JournalReplay;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The replay of a live run's journal: the same pipeline with the same time stages (the daily cycle
 * and the health watch, silent), so the health watch's reduce-only is re-applied at the same events
 * and the replay makes the same decisions and ends in the same state as the live run.
 */
public final class LiveReplay
{
    private LiveReplay()
    {
    }

    /** True when the journal was written by a live run (its META says so). */
    public static boolean isLiveJournal(final Path dir)
    {
        final boolean[] live = {false};
        try (Journal journal = Journal.openForRead(dir))
        {
            JournalReader.readAll(journal, new JournalReader.Visitor()
            {
                @Override
                public void onMeta(final String text)
                {
                    live[0] |= text.startsWith(LiveRun.META_PREFIX);
                }
            });
        }
        return live[0];
    }

    public static JournalReplay.Result replay(final Path dir, final EngineContext ctx, final Consumer<Engine> beforeStop)
    {
        final Autopilot pilot = Autopilot.replay(ctx.config, ExchangeCalendar.usEquities(), "tastytrade".equalsIgnoreCase(ctx.venue));
        return JournalReplay.replay(dir, ctx, pilot.timeStages(), pilot::attach, beforeStop);
    }
}
