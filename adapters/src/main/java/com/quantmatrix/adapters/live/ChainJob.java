package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.polygon.OptionSnapshot;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.NyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real option chains for the day's candidates: Polygon's chain snapshot of each underlying
 * (/v3/snapshot/options/{underlying}) into the ring as OPTION_QUOTE inputs, source SNAPSHOT, stamped
 * with the time they were fetched. Journaled like every input, so a replay prices from the same
 * quotes; in the pipeline a real quote always wins over the modeled chain (see ModeledChainStage).
 *
 * <p>Runs on the scan worker (downloads are slow), at OPTION_ANALYSIS (07:00: the top candidates of
 * the universe scan and the underlyings held) and again at the open, when the quotes are live. A
 * contract without a two-sided quote is left out (absent data, not bad data); a failed download is
 * that underlying's summary line, never an exception into the cycle.
 */
public final class ChainJob
{
    private static final Logger LOG = LoggerFactory.getLogger(ChainJob.class);

    /** Where chains come from: PolygonRestClient::optionChain in a live run. */
    @FunctionalInterface
    public interface ChainSource
    {
        List<OptionSnapshot> chain(String underlying);
    }

    /** One underlying's refresh: what went into the ring, and the ATM implied volatility nearest 30 days out. */
    public record Summary(String underlying, int contracts, int skipped, int expiries, int atmExpiry, double atmStrike,
        double atmIv, String error)
    {
    }

    private final ChainSource source;
    private final LongSupplier clockNanos;
    private volatile Engine engine;

    public ChainJob(final ChainSource source, final LongSupplier clockNanos)
    {
        this.source = source;
        this.clockNanos = clockNanos;
    }

    public void attach(final Engine e)
    {
        this.engine = e;
    }

    /** Fetches and publishes the chains of the underlyings the engine knows (others are skipped: no market state). */
    public List<Summary> refresh(final List<String> underlyings)
    {
        final Engine e = engine;
        final List<Summary> out = new ArrayList<>();
        for (final String u : underlyings)
        {
            final int id = e.symbols().find(u);
            if (id < 0)
            {
                continue;
            }
            List<OptionSnapshot> chain;
            try
            {
                chain = source.chain(u);
            }
            catch (final RuntimeException ex)
            {
                LOG.warn("option chain of {} unavailable: {}", u, ex.getMessage());
                out.add(new Summary(u, 0, 0, 0, 0, Double.NaN, Double.NaN, String.valueOf(ex.getMessage())));
                continue;
            }
            out.add(publish(e, u, id, chain));
        }
        return out;
    }

    private Summary publish(final Engine e, final String underlying, final int id, final List<OptionSnapshot> chain)
    {
        final EventPublisher pub = e.publisher();
        final long now = clockNanos.getAsLong();
        int published = 0;
        int skipped = 0;
        final TreeSet<Integer> expiries = new TreeSet<>();
        for (final OptionSnapshot s : chain)
        {
            if (!(s.bid() >= 0.0 && s.ask() > 0.0) || !underlying.equals(s.contract().underlying()))
            {
                skipped++;
                continue;
            }
            final long slot = pub.claim();
            final MarketEvent ev = pub.event(slot);
            s.writeTo(ev, id);
            ev.source = MarketEvent.SOURCE_SNAPSHOT;
            ev.seq = e.nextSnapshotSeq();
            ev.eventTimeNanos = now; // when we learned it: the edge's clock, like every live input
            ev.volume = 0;
            pub.publish(slot);
            published++;
            expiries.add(s.contract().expiryYyyymmdd());
        }
        final OptionSnapshot atm = atTheMoney(chain, NyTime.nyDate(now));
        return new Summary(underlying, published, skipped, expiries.size(), atm == null ? 0 : atm.contract().expiryYyyymmdd(),
            atm == null ? Double.NaN : atm.contract().strike(), atm == null ? Double.NaN : atm.impliedVolatility(), null);
    }

    /**
     * The contract with an implied volatility whose expiry is nearest 30 calendar days after
     * {@code today} (yyyymmdd) and whose strike is nearest the underlying's price; null when none.
     */
    static OptionSnapshot atTheMoney(final List<OptionSnapshot> chain, final int today)
    {
        final long from = NyTime.epochDay(today);
        OptionSnapshot best = null;
        long bestDays = Long.MAX_VALUE;
        double bestDistance = Double.MAX_VALUE;
        for (final OptionSnapshot s : chain)
        {
            if (!(s.impliedVolatility() > 0.0) || !(s.underlyingPrice() > 0.0))
            {
                continue;
            }
            final long days = Math.abs(NyTime.epochDay(s.contract().expiryYyyymmdd()) - from - 30);
            final double distance = Math.abs(s.contract().strike() - s.underlyingPrice());
            if (days < bestDays || days == bestDays && distance < bestDistance)
            {
                best = s;
                bestDays = days;
                bestDistance = distance;
            }
        }
        return best;
    }
}
