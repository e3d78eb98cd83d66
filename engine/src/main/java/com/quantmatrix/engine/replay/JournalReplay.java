package com.quantmatrix.engine.replay;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.journal.DecisionDigest;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds a run from its journal: the journal's inputs go through a fresh engine (same code, same
 * configuration, journal off), which must make the same decisions and end in the same state. Also
 * digests the decisions the journal itself recorded, so the two can be compared.
 */
public final class JournalReplay
{
    /** What a replay found. */
    public static final class Result
    {
        public final long inputs;
        public final long faultsOnRecord;
        public final String recordedDecisions;
        public final long recordedDecisionCount;
        public final String replayedDecisions;
        public final long replayedDecisionCount;
        public final String stateHash;
        public final List<String> meta;

        Result(
            final long inputs,
            final long faultsOnRecord,
            final DecisionDigest recorded,
            final DecisionDigest replayed,
            final String stateHash,
            final List<String> meta)
        {
            this.inputs = inputs;
            this.faultsOnRecord = faultsOnRecord;
            this.recordedDecisions = recorded.hex();
            this.recordedDecisionCount = recorded.decisions();
            this.replayedDecisions = replayed.hex();
            this.replayedDecisionCount = replayed.decisions();
            this.stateHash = stateHash;
            this.meta = meta;
        }

        public boolean decisionsMatch()
        {
            return recordedDecisions.equals(replayedDecisions) && recordedDecisionCount == replayedDecisionCount;
        }
    }

    /** The META record prefix under which a run records its effective configuration. */
    public static final String CONFIG_META = "config\n";

    private JournalReplay()
    {
    }

    /** The configuration a run recorded in its journal (a META record), or null when none was. */
    public static com.quantmatrix.engine.config.Config recordedConfig(final Path dir)
    {
        final java.util.Map<String, String> values = new java.util.TreeMap<>();
        final boolean[] found = {false};
        try (Journal journal = Journal.openForRead(dir))
        {
            JournalReader.readAll(journal, new JournalReader.Visitor()
            {
                @Override
                public void onMeta(final String text)
                {
                    if (!found[0] && text.startsWith(CONFIG_META))
                    {
                        found[0] = true;
                        for (final String line : text.substring(CONFIG_META.length()).split("\n"))
                        {
                            final int eq = line.indexOf('=');
                            if (eq > 0)
                            {
                                values.put(line.substring(0, eq), line.substring(eq + 1));
                            }
                        }
                    }
                }
            });
        }
        return found[0] ? com.quantmatrix.engine.config.Config.of(values) : null;
    }

    /** The META text recording a configuration (secrets never live in configuration files). */
    public static String configMeta(final com.quantmatrix.engine.config.Config config)
    {
        final StringBuilder sb = new StringBuilder(CONFIG_META);
        for (final java.util.Map.Entry<String, String> e : new java.util.TreeMap<>(config.asMap()).entrySet())
        {
            sb.append(e.getKey()).append('=').append(e.getValue().replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    /**
     * Replays the journal at {@code dir} through a fresh engine built from {@code ctx} (its journal
     * is switched off). {@code beforeStop} sees the engine once every input went through it
     * (reports read its state there).
     */
    public static Result replay(final Path dir, final EngineContext ctx, final Consumer<Engine> beforeStop)
    {
        return replay(dir, ctx, null, beforeStop);
    }

    /** As above; {@code beforeStart} sees the engine before it starts (register listeners there). */
    public static Result replay(final Path dir, final EngineContext ctx, final Consumer<Engine> beforeStart, final Consumer<Engine> beforeStop)
    {
        return replay(dir, ctx, List.of(), beforeStart, beforeStop);
    }

    /**
     * As above, with the time stages the run had (a live run's daily cycle and health watch, in a
     * mode that only re-applies what they did to the engine's state and sends nothing).
     */
    public static Result replay(
        final Path dir,
        final EngineContext ctx,
        final List<com.quantmatrix.engine.pipeline.Stage> timeStages,
        final Consumer<Engine> beforeStart,
        final Consumer<Engine> beforeStop)
    {
        final JournalIndex index = JournalIndex.of(dir);
        final EngineContext off = ctx.withJournal(ctx.journal.withEnabled(false));
        try (Engine engine = new Engine(off, new com.quantmatrix.engine.event.SymbolTable(off.maxSymbols), null, timeStages);
             Journal journal = Journal.openForRead(dir))
        {
            if (beforeStart != null)
            {
                beforeStart.accept(engine);
            }
            engine.start();
            engine.internRecorded(index);
            JournalReader.readAll(journal, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent input)
                {
                    // the decisions are made again (not flagged RECOVERY): the paper broker re-simulates
                    engine.republish(input, index, MarketEvent.FLAG_JOURNALED, false);
                }
            });
            engine.awaitIdle();
            if (beforeStop != null)
            {
                beforeStop.accept(engine);
            }
            engine.stop();
            return new Result(index.inputs, index.faults, index.recorded, engine.decisions(), engine.stateHash().hex(), index.meta);
        }
    }
}
