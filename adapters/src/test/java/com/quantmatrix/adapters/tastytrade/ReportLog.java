package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.event.BrokerReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects broker reports about orders as lines ("FILL 7 qty=1 price=1000000 reason=0") and waits for
 * them; the venue's HEARTBEAT reports (about no order) are kept apart, with their times.
 */
final class ReportLog implements ExecutionVenue.ReportListener
{
    /** One report as the venue gave it. */
    record Report(int kind, long clientOrderId, long qty, long priceMicros, int reason, long timeNanos)
    {
        @Override
        public String toString()
        {
            return BrokerReport.name(kind) + " " + clientOrderId + " qty=" + qty + " price=" + priceMicros + " reason=" + reason;
        }
    }

    private final List<Report> reports = new ArrayList<>();
    private final List<Long> heartbeats = new ArrayList<>();

    @Override
    public synchronized void onReport(final int kind, final long clientOrderId, final long qty, final long priceMicros, final long feeMicros,
        final int reasonCode, final long eventTimeNanos)
    {
        if (kind == BrokerReport.HEARTBEAT)
        {
            heartbeats.add(eventTimeNanos);
        }
        else
        {
            reports.add(new Report(kind, clientOrderId, qty, priceMicros, reasonCode, eventTimeNanos));
        }
        notifyAll();
    }

    /** Times of the HEARTBEAT reports so far. */
    synchronized List<Long> heartbeats()
    {
        return List.copyOf(heartbeats);
    }

    synchronized List<Report> all()
    {
        return List.copyOf(reports);
    }

    synchronized List<String> lines()
    {
        return reports.stream().map(Report::toString).toList();
    }

    /** Waits until {@code n} reports arrived (fails the test after 10 s). */
    synchronized List<Report> await(final int n) throws InterruptedException
    {
        final long end = System.nanoTime() + 10_000_000_000L;
        while (reports.size() < n)
        {
            final long left = end - System.nanoTime();
            if (left <= 0)
            {
                throw new AssertionError("expected " + n + " reports, got " + lines());
            }
            wait(left / 1_000_000 + 1);
        }
        return List.copyOf(reports);
    }
}
