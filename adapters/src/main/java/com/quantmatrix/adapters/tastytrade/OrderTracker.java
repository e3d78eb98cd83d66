package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.event.BrokerReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what tastytrade says about our orders (placement replies, account-streamer notifications,
 * polled status) into the engine's broker reports, exactly once each: one ACKNOWLEDGED, one
 * PARTIAL_FILL or FILL per fill id (a notification repeats every earlier fill), one terminal
 * report. The same order seen from the streamer and from polling therefore reports nothing twice.
 * Adapter thread only.
 */
final class OrderTracker
{
    /** One of our orders. */
    static final class Working
    {
        final long clientOrderId;
        final String occSymbol;
        final int side;
        final long quantity;
        long orderId = -1;
        long filled;
        boolean acked;
        boolean done;
        final Set<String> fillIds = new HashSet<>();

        Working(final long clientOrderId, final String occSymbol, final int side, final long quantity)
        {
            this.clientOrderId = clientOrderId;
            this.occSymbol = occSymbol;
            this.side = side;
            this.quantity = quantity;
        }
    }

    private final ExecutionVenue.ReportListener reports;
    private final PositionBook positions;
    private final Map<Long, Working> byClient = new HashMap<>();
    private final Map<Long, Working> byOrder = new HashMap<>();

    OrderTracker(final ExecutionVenue.ReportListener reports, final PositionBook positions)
    {
        this.reports = reports;
        this.positions = positions;
    }

    /** Starts tracking an order before it is sent; null when this client order id is already known (a duplicate submit). */
    Working track(final long clientOrderId, final String occSymbol, final int side, final long quantity)
    {
        if (byClient.containsKey(clientOrderId))
        {
            return null;
        }
        final Working w = new Working(clientOrderId, occSymbol, side, quantity);
        byClient.put(clientOrderId, w);
        return w;
    }

    Working byClientOrderId(final long clientOrderId)
    {
        return byClient.get(clientOrderId);
    }

    /** The placement (or the status check) found the order at tastytrade. */
    void placed(final Working w, final TastyOrder order, final long nowNanos)
    {
        w.orderId = order.id();
        byOrder.put(order.id(), w);
        apply(order, nowNanos);
    }

    /** The order could not be placed: one REJECTED report. */
    void rejected(final Working w, final int reason, final long nowNanos)
    {
        if (!w.done)
        {
            w.done = true;
            reports.onReport(BrokerReport.REJECTED, w.clientOrderId, 0, 0, 0, reason, nowNanos);
        }
    }

    /** Applies an order update; false when the order is not one of ours (placed by hand, another app). */
    boolean apply(final TastyOrder o, final long nowNanos)
    {
        Working w = byOrder.get(o.id());
        if (w == null && o.externalIdentifier() != null && o.externalIdentifier().startsWith("qm-"))
        {
            try
            {
                w = byClient.get(Long.parseLong(o.externalIdentifier().substring(3)));
            }
            catch (final NumberFormatException ex)
            {
                w = null;
            }
            if (w != null && w.orderId < 0)
            {
                w.orderId = o.id();
                byOrder.put(o.id(), w);
            }
        }
        if (w == null || w.done)
        {
            return w != null;
        }
        final String status = o.status();
        if (!w.acked && !"Rejected".equals(status))
        {
            w.acked = true;
            reports.onReport(BrokerReport.ACKNOWLEDGED, w.clientOrderId, 0, 0, 0, 0, nowNanos);
        }
        for (final TastyOrder.Leg leg : o.legs())
        {
            for (final TastyOrder.Fill f : leg.fills())
            {
                if (f.fillId() == null || !w.fillIds.add(f.fillId()))
                {
                    continue;
                }
                final long q = f.quantity().setScale(0, java.math.RoundingMode.DOWN).longValue();
                w.filled += q;
                positions.fill(w.occSymbol, w.side, q);
                final int kind = w.filled >= w.quantity ? BrokerReport.FILL : BrokerReport.PARTIAL_FILL;
                reports.onReport(kind, w.clientOrderId, q, f.priceMicros(), 0, 0, nanos(f.filledAt(), nowNanos));
            }
        }
        switch (status)
        {
            case "Filled":
                w.done = w.filled >= w.quantity;
                break;
            case "Cancelled":
            case "Removed":
            case "Partially Removed":
                w.done = true;
                reports.onReport(BrokerReport.CANCELLED, w.clientOrderId, w.quantity - w.filled, 0, 0, 0, nowNanos);
                break;
            case "Rejected":
                w.done = true;
                reports.onReport(BrokerReport.REJECTED, w.clientOrderId, 0, 0, 0, TastytradeReasons.BROKER_REFUSED, nowNanos);
                break;
            case "Expired":
                w.done = true;
                reports.onReport(BrokerReport.EXPIRED, w.clientOrderId, w.quantity - w.filled, 0, 0, 0, nowNanos);
                break;
            default:
                break;
        }
        return true;
    }

    /** Orders placed and not finished: what polling asks about while the streamer is down. */
    List<Working> open()
    {
        final List<Working> out = new ArrayList<>();
        for (final Working w : byOrder.values())
        {
            if (!w.done)
            {
                out.add(w);
            }
        }
        return out;
    }

    private static long nanos(final Instant t, final long fallback)
    {
        return t == null ? fallback : t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
