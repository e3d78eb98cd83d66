package com.quantmatrix.engine.journal;

import com.quantmatrix.engine.event.MarketEvent;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

/** Reads a journal from the start, record by record, handing each to a {@link Visitor}. */
public final class JournalReader
{
    /** What a journal holds; default methods ignore a record kind. */
    public interface Visitor
    {
        default void onInput(final MarketEvent input)
        {
        }

        default void onDecision(final MarketEvent decision)
        {
        }

        default void onReports(final MarketEvent reports)
        {
        }

        default void onSymbol(final int id, final String name)
        {
        }

        default void onFault(final int source, final long seq, final String text)
        {
        }

        default void onMeta(final String text)
        {
        }
    }

    private JournalReader()
    {
    }

    /** Visits every record; returns how many were read. */
    public static long readAll(final Journal journal, final Visitor visitor)
    {
        final MarketEvent input = new MarketEvent();
        final MarketEvent decision = new MarketEvent();
        long n = 0;
        final ExcerptTailer tailer = journal.queue().createTailer();
        final StringBuilder text = new StringBuilder();
        while (true)
        {
            try (DocumentContext dc = tailer.readingDocument())
            {
                if (!dc.isPresent())
                {
                    break;
                }
                final Bytes<?> b = dc.wire().bytes();
                final byte kind = b.readByte();
                n++;
                switch (kind)
                {
                    case JournalCodec.INPUT:
                        JournalCodec.readInput(b, input);
                        visitor.onInput(input);
                        break;
                    case JournalCodec.DECISION:
                        JournalCodec.readDecision(b, decision);
                        visitor.onDecision(decision);
                        break;
                    case JournalCodec.REPORTS:
                        JournalCodec.readReports(b, decision);
                        visitor.onReports(decision);
                        break;
                    case JournalCodec.SYMBOL:
                    {
                        final int id = b.readInt();
                        text.setLength(0);
                        b.read8bit(text);
                        visitor.onSymbol(id, text.toString());
                        break;
                    }
                    case JournalCodec.FAULT:
                    {
                        final int source = b.readByte();
                        final long seq = b.readLong();
                        text.setLength(0);
                        b.read8bit(text);
                        visitor.onFault(source, seq, text.toString());
                        break;
                    }
                    case JournalCodec.META:
                    {
                        b.readByte();
                        b.readLong();
                        text.setLength(0);
                        b.read8bit(text);
                        visitor.onMeta(text.toString());
                        break;
                    }
                    default:
                        throw new IllegalStateException("unknown journal record kind " + kind + " at index " + tailer.index());
                }
            }
        }
        return n;
    }
}
