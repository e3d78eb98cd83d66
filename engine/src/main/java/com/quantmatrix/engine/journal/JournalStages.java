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
        private ExcerptAppender appender;
        private int symbolsJournaled;

        public InputStage(final Journal journal, final SymbolTable symbols)
        {
            this.journal = journal;
            this.symbols = symbols;
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

    /** Appends the event's decisions (if any) and feeds the run's decision digest. */
    public static final class DecisionStage implements Stage
    {
        private final Journal journal;
        private final DecisionDigest digest;
        private ExcerptAppender appender;

        public DecisionStage(final Journal journal, final DecisionDigest digest)
        {
            this.journal = journal;
            this.digest = digest;
        }

        @Override
        public String name()
        {
            return "journal-decision";
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
            }
        }

        @Override
        public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
        {
            if (!JournalCodec.hasDecision(e))
            {
                return;
            }
            digest.onDecision(e);
            if (appender == null || (e.flags & MarketEvent.FLAG_RECOVERY) != 0)
            {
                return;
            }
            try (DocumentContext dc = appender.writingDocument())
            {
                JournalCodec.writeDecision(dc.wire().bytes(), e);
            }
        }
    }

    /** Appends the venue reports produced while handling the event (if any). */
    public static final class ReportStage implements Stage
    {
        private final Journal journal;
        private final DecisionDigest digest;
        private ExcerptAppender appender;

        public ReportStage(final Journal journal, final DecisionDigest digest)
        {
            this.journal = journal;
            this.digest = digest;
        }

        @Override
        public String name()
        {
            return "journal-reports";
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
            }
        }

        @Override
        public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
        {
            if (e.outCount == 0)
            {
                return;
            }
            digest.onReports(e);
            if (appender == null || (e.flags & MarketEvent.FLAG_RECOVERY) != 0)
            {
                return;
            }
            try (DocumentContext dc = appender.writingDocument())
            {
                JournalCodec.writeReports(dc.wire().bytes(), e);
            }
        }
    }
}
