package com.quantmatrix.engine.journal;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.pipeline.Stage;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * The three points where the pipeline writes to the journal:
 * <ol>
 * <li>{@link InputStage}, first: the raw input, before any stage reads it (bad input included: it
 * is on record with the reason it was rejected, in the decision record);</li>
 * <li>{@link DecisionStage}, after pre-trade risk and before routing: signals, selections, intents
 * with their verdicts, so an intent is on record before it is sent and recovery never sends it twice;</li>
 * <li>{@link ReportStage}, last: venue reports produced in the pipeline (paper fills).</li>
 * </ol>
 * Each stage creates its own appender on its own thread in onStart. Events flagged
 * FLAG_JOURNALED (recovery, replay) are not appended again; FLAG_RECOVERY events record nothing.
 */
public final class JournalStages
{
    private JournalStages()
    {
    }

    /** Appends the input, and a SYMBOL record the first time a symbol id appears. */
    public static final class InputStage implements Stage
    {
        private final Journal journal;
        private final SymbolTable symbols;
        private final ChunkAdvice advice;
        private ExcerptAppender appender;
        private int symbolsJournaled;

        public InputStage(final Journal journal, final SymbolTable symbols)
        {
            this.journal = journal;
            this.symbols = symbols;
            this.advice = journal.newLeadChunkAdvice();
        }

        @Override
        public String name()
        {
            return "journal-input";
        }

        @Override
        public boolean handlesRejected()
        {
            return true;
        }

        @Override
        public void onStart()
        {
            appender = journal.queue().createAppender();
            advice.onStart();
        }

        /** Ids already on record (recovery starts after the journal's own SYMBOL records). */
        public void symbolsAlreadyJournaled(final int count)
        {
            symbolsJournaled = count;
        }

        @Override
        public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
        {
            if ((e.flags & MarketEvent.FLAG_JOURNALED) != 0)
            {
                return;
            }
            if (e.symbolId >= symbolsJournaled)
            {
                writeNewSymbols(e.symbolId);
            }
            try (DocumentContext dc = appender.writingDocument())
            {
                JournalCodec.writeInput(dc.wire().bytes(), e);
                advice.afterAppend(dc.wire().bytes());
            }
        }

        private void writeNewSymbols(final int upTo)
        {
            final int limit = Math.min(upTo, symbols.size() - 1);
            for (int id = symbolsJournaled; id <= limit; id++)
            {
                try (DocumentContext dc = appender.writingDocument())
                {
                    JournalCodec.writeSymbol(dc.wire().bytes(), id, symbols.symbol(id));
                }
            }
            symbolsJournaled = Math.max(symbolsJournaled, limit + 1);
        }
    }

    /**
     * A record written after business stages: it digests what the event carries (always, so a
     * replay without a journal digests too) and appends it unless the event is a recovery one.
     */
    private abstract static class RecordStage implements Stage
    {
        final DecisionDigest digest;
        private final Journal journal;
        private final String name;
        private final ChunkAdvice advice;
        private ExcerptAppender appender;

        RecordStage(final String name, final Journal journal, final DecisionDigest digest)
        {
            this.name = name;
            this.journal = journal;
            this.digest = digest;
            this.advice = journal == null ? null : journal.newChunkAdvice();
        }

        @Override
        public String name()
        {
            return name;
        }

        @Override
        public boolean handlesRejected()
        {
            return true;
        }

        @Override
        public void onStart()
        {
            if (journal != null)
            {
                appender = journal.queue().createAppender();
                advice.onStart();
            }
        }

        @Override
        public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
        {
            if (!carries(e))
            {
                return;
            }
            digest(e);
            if (appender == null || (e.flags & MarketEvent.FLAG_RECOVERY) != 0)
            {
                return;
            }
            try (DocumentContext dc = appender.writingDocument())
            {
                write(dc.wire().bytes(), e);
                advice.afterAppend(dc.wire().bytes());
            }
        }

        abstract boolean carries(MarketEvent e);

        abstract void digest(MarketEvent e);

        abstract void write(net.openhft.chronicle.bytes.Bytes<?> bytes, MarketEvent e);
    }

    /** Appends the event's decisions (if any) and feeds the run's decision digest. */
    public static final class DecisionStage extends RecordStage
    {
        public DecisionStage(final Journal journal, final DecisionDigest digest)
        {
            super("journal-decision", journal, digest);
        }

        @Override
        boolean carries(final MarketEvent e)
        {
            return JournalCodec.hasDecision(e);
        }

        @Override
        void digest(final MarketEvent e)
        {
            digest.onDecision(e);
        }

        @Override
        void write(final net.openhft.chronicle.bytes.Bytes<?> bytes, final MarketEvent e)
        {
            JournalCodec.writeDecision(bytes, e);
        }
    }

    /** Appends the venue reports produced while handling the event (if any). */
    public static final class ReportStage extends RecordStage
    {
        public ReportStage(final Journal journal, final DecisionDigest digest)
        {
            super("journal-reports", journal, digest);
        }

        @Override
        boolean carries(final MarketEvent e)
        {
            return e.outCount != 0;
        }

        @Override
        void digest(final MarketEvent e)
        {
            digest.onReports(e);
        }

        @Override
        void write(final net.openhft.chronicle.bytes.Bytes<?> bytes, final MarketEvent e)
        {
            JournalCodec.writeReports(bytes, e);
        }
    }
}
