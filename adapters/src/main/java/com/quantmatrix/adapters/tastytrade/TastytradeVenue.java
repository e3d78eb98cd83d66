package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.net.Redactor;
import com.quantmatrix.adapters.net.RestException;
import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.event.BrokerReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tastytrade as the engine's {@link ExecutionVenue}. {@link #submit} and {@link #cancel} run on the
 * engine's thread and only write primitives into an Agrona ring ({@link OrderCommandRing}): no I/O,
 * no allocation, no lock there. One adapter thread reads the ring, maps the contract id to its OCC
 * symbol (the options concern's table, through {@code occSymbolOf}), places limit orders with our
 * client order id as tastytrade's external identifier, and reports acknowledgements, fills, cancels
 * and rejects to the {@link ExecutionVenue.ReportListener} on that adapter thread: the lead connects
 * it to the ring as journaled BROKER_REPORT events.
 *
 * <p>No duplicate orders: a placement that gets no clear answer (timeout, dropped connection, 5xx,
 * unreadable reply) is followed by a status check ({@code orders/live} by external identifier)
 * before any resend; an order found there is adopted, not sent again. Fills arrive through the
 * account streamer; while it is down, open orders are polled.
 */
public final class TastytradeVenue implements ExecutionVenue, AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(TastytradeVenue.class);

    static
    {
        TastytradeReasons.define();
    }

    private final TastytradeClient client;
    private final String account;
    private final IntFunction<String> occSymbolOf;
    private final ReportListener reports;
    private final AccountStreamer streamer;
    private final LongSupplier clockNanos;
    private final OrderRequest.TimeInForce timeInForce;
    private final int placeAttempts;
    private final long retryBackoffNanos;
    private final long pollIntervalNanos;
    private final OrderCommandRing commands;
    private final PositionBook positions = new PositionBook();
    private final OrderTracker tracker;
    private final OrderCommandRing.Handler handler = new CommandHandler();
    private final Thread thread;
    private final java.util.concurrent.atomic.AtomicLong droppedCancels = new java.util.concurrent.atomic.AtomicLong();
    private long droppedCancelsReported;
    private volatile boolean running;
    private long lastPollNanos;
    private int streamerConnectsSeen;
    private final long livenessNanos;
    private long lastLivenessNanos;
    private long streamerAnswersSeen;
    private final java.util.concurrent.atomic.AtomicLong heartbeatsReported = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param occSymbolOf maps the engine's contract id to an OCC symbol (null when unknown)
     * @param reports     told every report, on the adapter thread
     * @param streamer    the account streamer for fills, or null to poll only
     */
    public TastytradeVenue(
        final TastytradeClient client,
        final String account,
        final IntFunction<String> occSymbolOf,
        final ReportListener reports,
        final AccountStreamer streamer,
        final BrokerSettings settings,
        final LongSupplier clockNanos)
    {
        this.client = client;
        this.account = account;
        this.occSymbolOf = occSymbolOf;
        this.reports = reports;
        this.streamer = streamer;
        this.clockNanos = clockNanos;
        this.timeInForce = OrderRequest.TimeInForce.valueOf(settings.timeInForce);
        this.placeAttempts = settings.placeAttempts;
        this.retryBackoffNanos = settings.retryBackoff.toNanos();
        this.pollIntervalNanos = settings.fillPollInterval.toNanos();
        this.livenessNanos = settings.streamerHeartbeat.toNanos();
        this.commands = new OrderCommandRing(settings.commandRingBytes);
        this.tracker = new OrderTracker(reports, positions);
        this.thread = new Thread(this::run, "qm-tastytrade-orders");
        this.thread.setDaemon(true);
    }

    @Override
    public String name()
    {
        return "tastytrade";
    }

    /** Loads the positions held (so sells close longs), starts the streamer and the adapter thread. */
    public void start()
    {
        positions.seed(client.positions(account));
        if (streamer != null)
        {
            streamer.start();
        }
        running = true;
        thread.start();
        LOG.warn("tastytrade venue started on account {} ({})", account, client.environment().banner(client.baseUrl()));
    }

    // ------------------------------------------------------------------ engine thread

    @Override
    public void submit(final long clientOrderId, final int contractId, final int side, final long qty, final long limitMicros, final long eventTimeNanos)
    {
        commands.submit(clientOrderId, contractId, side, qty, limitMicros, eventTimeNanos);
    }

    @Override
    public void cancel(final long clientOrderId, final long eventTimeNanos)
    {
        if (!commands.cancel(clientOrderId, eventTimeNanos))
        {
            // No logging on the engine's thread: counted here, reported by the adapter thread.
            droppedCancels.incrementAndGet();
        }
    }

    // ------------------------------------------------------------------ adapter thread

    private void run()
    {
        while (running)
        {
            int work = 0;
            try
            {
                work += commands.drain(handler);
                work += drainStreamer();
                work += pollIfNeeded();
                work += reportLiveness();
                reportDroppedCancels();
            }
            catch (final RuntimeException ex)
            {
                LOG.error("tastytrade adapter: {}", Redactor.redact(String.valueOf(ex)));
            }
            if (work == 0)
            {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
    }

    /**
     * Once per streamer-heartbeat interval: a {@link BrokerReport#HEARTBEAT} report when the broker
     * answered in that interval (a streamer message, else a balances request), none when it did not.
     * The reports enter the ring as journaled inputs, so the health watch's BROKER_SILENT replays
     * exactly; a dead broker is silence, a quiet one (no orders) still has a heartbeat.
     */
    private int reportLiveness()
    {
        final long now = clockNanos.getAsLong();
        if (lastLivenessNanos != 0 && now - lastLivenessNanos < livenessNanos)
        {
            return 0;
        }
        lastLivenessNanos = now;
        final long heard = streamer == null ? streamerAnswersSeen : streamer.answers();
        boolean answered = heard != streamerAnswersSeen;
        streamerAnswersSeen = heard;
        if (!answered)
        {
            try
            {
                client.balances(account);
                answered = true;
            }
            catch (final RuntimeException ex)
            {
                LOG.warn("tastytrade: no answer from the broker: {}", Redactor.redact(String.valueOf(ex.getMessage())));
            }
        }
        if (!answered)
        {
            return 0;
        }
        heartbeatsReported.incrementAndGet();
        reports.onReport(BrokerReport.HEARTBEAT, 0, 0, 0, 0, 0, clockNanos.getAsLong());
        return 1;
    }

    /** HEARTBEAT reports sent so far. */
    public long heartbeatsReported()
    {
        return heartbeatsReported.get();
    }

    private void reportDroppedCancels()
    {
        final long n = droppedCancels.get();
        if (n != droppedCancelsReported)
        {
            LOG.error("tastytrade command ring full: {} cancel(s) could not be queued", n - droppedCancelsReported);
            droppedCancelsReported = n;
        }
    }

    /** Cancels that never left the engine because the command ring was full. */
    public long droppedCancels()
    {
        return droppedCancels.get();
    }

    private int drainStreamer()
    {
        if (streamer == null)
        {
            return 0;
        }
        int n = 0;
        TastyOrder o;
        while ((o = streamer.poll()) != null)
        {
            tracker.apply(o, clockNanos.getAsLong());
            n++;
        }
        return n;
    }

    /** Polls open orders while the streamer is down, and once after each reconnect (updates may have been missed). */
    private int pollIfNeeded()
    {
        final long now = clockNanos.getAsLong();
        final boolean streaming = streamer != null && streamer.isStreaming();
        final int connects = streamer == null ? 0 : streamer.connects();
        final boolean reconnected = connects != streamerConnectsSeen;
        if (streaming && !reconnected || !streaming && now - lastPollNanos < pollIntervalNanos)
        {
            return 0;
        }
        streamerConnectsSeen = connects;
        lastPollNanos = now;
        final List<OrderTracker.Working> open = tracker.open();
        for (final OrderTracker.Working w : open)
        {
            try
            {
                tracker.apply(client.order(account, w.orderId), clockNanos.getAsLong());
            }
            catch (final RuntimeException ex)
            {
                LOG.warn("tastytrade: status of order {} unavailable: {}", w.orderId, Redactor.redact(String.valueOf(ex.getMessage())));
            }
        }
        return open.size();
    }

    private void place(final long clientOrderId, final int contractId, final int side, final long qty, final long limitMicros)
    {
        final long now = clockNanos.getAsLong();
        final String occ = occSymbolOf.apply(contractId);
        final OrderTracker.Working w = tracker.track(clientOrderId, occ, side, qty);
        if (w == null)
        {
            LOG.warn("tastytrade: client order {} submitted twice; the second is ignored", clientOrderId);
            return;
        }
        if (occ == null)
        {
            tracker.rejected(w, TastytradeReasons.UNKNOWN_CONTRACT, now);
            return;
        }
        final OrderRequest request;
        try
        {
            request = new OrderRequest(timeInForce, limitMicros, side > 0, OrderRequest.externalIdentifier(clientOrderId),
                List.of(new OrderRequest.Leg(occ, OrderAction.of(side, qty, positions.held(occ)), qty)));
        }
        catch (final IllegalArgumentException ex)
        {
            LOG.warn("tastytrade: client order {} cannot be sent: {}", clientOrderId, ex.getMessage());
            tracker.rejected(w, TastytradeReasons.INVALID_ORDER, now);
            return;
        }
        for (int attempt = 1; attempt <= placeAttempts; attempt++)
        {
            if (attempt > 1)
            {
                // Never resend without first asking whether the last attempt got through.
                final TastyOrder existing = lookUp(request.externalIdentifier());
                if (existing == LOOKUP_FAILED)
                {
                    break;
                }
                if (existing != null)
                {
                    LOG.warn("tastytrade: client order {} was placed after all (order {}): not sending it again", clientOrderId, existing.id());
                    tracker.placed(w, existing, clockNanos.getAsLong());
                    return;
                }
                LockSupport.parkNanos(retryBackoffNanos);
            }
            try
            {
                final OrderResponse r = client.placeOrder(account, request);
                for (final String warning : r.warnings())
                {
                    LOG.warn("tastytrade warning on client order {}: {}", clientOrderId, warning);
                }
                tracker.placed(w, r.order(), clockNanos.getAsLong());
                return;
            }
            catch (final TastytradeApiException refused)
            {
                if (!refused.isTransient())
                {
                    LOG.warn("tastytrade refused client order {}: {}", clientOrderId, refused.getMessage());
                    tracker.rejected(w, refused.isUnauthorized() ? TastytradeReasons.NOT_LOGGED_IN : TastytradeReasons.BROKER_REFUSED,
                        clockNanos.getAsLong());
                    return;
                }
                LOG.warn("tastytrade: client order {} attempt {} failed: {}", clientOrderId, attempt, refused.getMessage());
            }
            catch (final RestException unclear)
            {
                LOG.warn("tastytrade: client order {} attempt {} got no clear answer: {}", clientOrderId, attempt, unclear.getMessage());
            }
        }
        // Last word from a status check: only an order tastytrade does not have is reported rejected.
        final TastyOrder last = lookUp(request.externalIdentifier());
        if (last != null && last != LOOKUP_FAILED)
        {
            tracker.placed(w, last, clockNanos.getAsLong());
            return;
        }
        if (last == LOOKUP_FAILED)
        {
            LOG.error("tastytrade: client order {} is in an unknown state (no answer, no status); reported unreachable", clientOrderId);
        }
        tracker.rejected(w, TastytradeReasons.BROKER_UNREACHABLE, clockNanos.getAsLong());
    }

    /** Marks a status check that itself failed (distinct from "not found"). */
    private static final TastyOrder LOOKUP_FAILED = new TastyOrder(-1, null, null, "Unknown", null, null, 0, null, null, List.of());

    private TastyOrder lookUp(final String externalIdentifier)
    {
        for (int i = 0; i < 3; i++)
        {
            try
            {
                return client.findByExternalIdentifier(account, externalIdentifier);
            }
            catch (final RuntimeException ex)
            {
                LOG.warn("tastytrade: status check for {} failed: {}", externalIdentifier, Redactor.redact(String.valueOf(ex.getMessage())));
                LockSupport.parkNanos(retryBackoffNanos);
            }
        }
        return LOOKUP_FAILED;
    }

    private void cancelOrder(final long clientOrderId)
    {
        final OrderTracker.Working w = tracker.byClientOrderId(clientOrderId);
        if (w == null || w.orderId < 0)
        {
            LOG.warn("tastytrade: cancel of unknown client order {} ignored", clientOrderId);
            return;
        }
        if (w.done)
        {
            return;
        }
        try
        {
            tracker.apply(client.cancelOrder(account, w.orderId), clockNanos.getAsLong());
        }
        catch (final RuntimeException ex)
        {
            LOG.warn("tastytrade: cancel of order {} failed: {}", w.orderId, Redactor.redact(String.valueOf(ex.getMessage())));
        }
    }

    @Override
    public void close()
    {
        running = false;
        try
        {
            thread.join(Duration.ofSeconds(5).toMillis());
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        if (streamer != null)
        {
            streamer.close();
        }
    }

    private final class CommandHandler implements OrderCommandRing.Handler
    {
        @Override
        public void onSubmit(final long clientOrderId, final int contractId, final int side, final long qty, final long limitMicros,
            final long eventTimeNanos)
        {
            place(clientOrderId, contractId, side, qty, limitMicros);
        }

        @Override
        public void onCancel(final long clientOrderId, final long eventTimeNanos)
        {
            cancelOrder(clientOrderId);
        }

        @Override
        public void onOverflow(final long clientOrderId)
        {
            LOG.error("tastytrade command ring full: client order {} rejected", clientOrderId);
            reports.onReport(BrokerReport.REJECTED, clientOrderId, 0, 0, 0, TastytradeReasons.QUEUE_FULL, clockNanos.getAsLong());
        }
    }
}
