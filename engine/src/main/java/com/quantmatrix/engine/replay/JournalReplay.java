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

    private JournalReplay()
    {
    }

    /**
     * Replays the journal at {@code dir} through a fresh engine built from {@code ctx} (its journal
     * is switched off). {@code beforeStop} sees the engine once every input went through it
     * (reports read its state there).
     */
    public static Result replay(final Path dir, final EngineContext ctx, final Consumer<Engine> beforeStop)
    {
        final DecisionDigest recorded = new DecisionDigest();
        final List<String> meta = new ArrayList<>();
        final long[] inputs = {0};
        final long[] faults = {0};
        try (Engine engine = new Engine(ctx.withJournal(ctx.journal.withEnabled(false)));
             Journal journal = Journal.openForRead(dir))
        {
            final EventPublisher publisher = engine.start();
            JournalReader.readAll(journal, new JournalReader.Visitor()
            {
                @Override
                public void onSymbol(final int id, final String name)
                {
                    final int got = engine.symbols().intern(name);
                    if (got != id)
                    {
                        throw new IllegalStateException("journal symbol " + name + " has id " + id + " but interns as " + got);
                    }
                }

                @Override
                public void onInput(final MarketEvent input)
                {
                    inputs[0]++;
                    publisher.publishCopy(input, MarketEvent.FLAG_JOURNALED);
                }

                @Override
                public void onDecision(final MarketEvent d)
                {
                    recorded.onDecision(d);
                }

                @Override
                public void onReports(final MarketEvent r)
                {
                    recorded.onReports(r);
                }

                @Override
                public void onFault(final int source, final long seq, final String text)
                {
                    faults[0]++;
                }

                @Override
                public void onMeta(final String text)
                {
                    meta.add(text);
                }
            });
            engine.awaitIdle();
            if (beforeStop != null)
            {
                beforeStop.accept(engine);
            }
            engine.stop();
            return new Result(inputs[0], faults[0], recorded, engine.decisions(), engine.stateHash().hex(), meta);
        }
    }
}
