package com.quantmatrix.engine.replay;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.journal.DecisionDigest;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a journal that collects what recovery and replay need before they re-run its
 * inputs: the symbols in id order, the position of the last input whose decisions are on record,
 * the admin-switch changes the pipeline observed (and at which input), the venue reports of each
 * input, the recorded decision digest, faults and META texts. Off the hot path (it allocates).
 */
public final class JournalIndex
{
    /** Venue reports recorded for one input. */
    public static final class Reports
    {
        final int[] kind;
        final long[] coid;
        final long[] qty;
        final long[] price;
        final long[] fee;
        final int[] reason;

        Reports(final MarketEvent r)
        {
            final int n = r.outCount;
            kind = java.util.Arrays.copyOf(r.outKind, n);
            coid = java.util.Arrays.copyOf(r.outClientOrderId, n);
            qty = java.util.Arrays.copyOf(r.outQty, n);
            price = java.util.Arrays.copyOf(r.outPriceMicros, n);
            fee = java.util.Arrays.copyOf(r.outFeeMicros, n);
            reason = java.util.Arrays.copyOf(r.outReason, n);
        }

        /** Puts the recorded reports back into an event's out fields. */
        public void restoreInto(final MarketEvent e)
        {
            for (int i = 0; i < kind.length; i++)
            {
                e.addOutReport(kind[i], coid[i], qty[i], price[i], fee[i], reason[i]);
            }
        }
    }

    public final List<String> symbols = new ArrayList<>();
    public final List<String> meta = new ArrayList<>();
    public final DecisionDigest recorded = new DecisionDigest();
    public long inputs;
    public long faults;
    /** Ordinal (0-based, in journal order) of the last input with a DECISION or REPORTS record; -1 when none. */
    public long lastDecidedOrdinal = -1;
    private final Map<Long, Long> ordinalByKey = new HashMap<>();
    private final Map<Long, Integer> controlByKey = new HashMap<>();
    private final Map<Long, Reports> reportsByKey = new HashMap<>();

    private JournalIndex()
    {
    }

    public static long key(final int source, final long seq)
    {
        return ((long)source << 56) ^ seq;
    }

    public static JournalIndex of(final Path dir)
    {
        final JournalIndex x = new JournalIndex();
        try (Journal journal = Journal.openForRead(dir))
        {
            JournalReader.readAll(journal, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent input)
                {
                    x.ordinalByKey.put(key(input.source, input.seq), x.inputs++);
                }

                @Override
                public void onDecision(final MarketEvent d)
                {
                    x.recorded.onDecision(d);
                    x.mark(d);
                    if (d.controlObserved != 0)
                    {
                        x.controlByKey.put(key(d.source, d.seq), d.controlObserved);
                    }
                }

                @Override
                public void onReports(final MarketEvent r)
                {
                    x.recorded.onReports(r);
                    x.mark(r);
                    x.reportsByKey.put(key(r.source, r.seq), new Reports(r));
                }

                @Override
                public void onSymbol(final int id, final String name)
                {
                    if (id != x.symbols.size())
                    {
                        throw new IllegalStateException("journal symbol ids out of order: " + id + " after " + x.symbols.size());
                    }
                    x.symbols.add(name);
                }

                @Override
                public void onFault(final int source, final long seq, final String text)
                {
                    x.faults++;
                }

                @Override
                public void onMeta(final String text)
                {
                    x.meta.add(text);
                }
            });
        }
        return x;
    }

    private void mark(final MarketEvent d)
    {
        final Long ord = ordinalByKey.get(key(d.source, d.seq));
        if (ord != null && ord > lastDecidedOrdinal)
        {
            lastDecidedOrdinal = ord;
        }
    }

    /** The switch state + 1 the pipeline observed at this input, or 0. */
    public int controlObservedAt(final int source, final long seq)
    {
        final Integer v = controlByKey.get(key(source, seq));
        return v == null ? 0 : v;
    }

    /** The venue reports recorded for this input, or null. */
    public Reports reportsOf(final int source, final long seq)
    {
        return reportsByKey.get(key(source, seq));
    }
}
