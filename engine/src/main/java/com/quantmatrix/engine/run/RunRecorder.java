package com.quantmatrix.engine.run;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.analytics.ClosedTrade;
import com.quantmatrix.engine.analytics.EquityCurve;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.OptionSymbol;
import com.quantmatrix.engine.portfolio.ClosedTradeListener;
import com.quantmatrix.engine.portfolio.DailyMarkListener;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.risk.SectorMap;
import com.quantmatrix.engine.time.NyDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects what the post-trade analysis needs from a running engine: every closed round trip and the
 * end-of-day equity. The ONE collector of backtests, sweeps and journal replays, so a run and the
 * replay of its journal are measured by the same code.
 *
 * <p>Use: {@link #attach} before the engine starts (it registers the portfolio's closed-trade and
 * daily-mark listeners), {@link #finish} once every input went through (positions still open become
 * END_OF_RUN trades at their mark; the last day gets its closing equity, since the portfolio marks a
 * day when the next one begins), then {@link #trades()} and {@link #curve()}.
 *
 * <p>The listeners run on the pipeline thread: they copy primitives into growable arrays (no
 * allocation per event once grown); records, OCC symbols and sectors are built later, off the
 * pipeline. The entry Greeks come from the portfolio at close time (it keeps them for the open
 * position until the close callbacks have run).
 */
public final class RunRecorder implements ClosedTradeListener, DailyMarkListener
{
    /** Close reason of a position still open when the run ended (outside IntentPurpose and Portfolio codes). */
    static final int END_OF_RUN = -1;

    private final Portfolio portfolio;
    private final Instruments instruments;
    private final SymbolTable symbols;
    private final SectorMap sectors;
    private final Engine engine;
    private final EquityCurve.Builder equity;

    private int n;
    private int[] contract = new int[64];
    private long[] openNanos = new long[64];
    private long[] closeNanos = new long[64];
    private long[] qty = new long[64];
    private long[] entryPrice = new long[64];
    private long[] exitPrice = new long[64];
    private long[] pnl = new long[64];
    private long[] fees = new long[64];
    private int[] reason = new int[64];
    private double[] entryDelta = new double[64];
    private boolean[] modeled = new boolean[64];

    private int marks;
    private int lastMarkDate;
    private boolean finished;

    private RunRecorder(final Engine engine)
    {
        this.engine = engine;
        this.portfolio = engine.trading().portfolio;
        this.instruments = engine.instruments();
        this.symbols = engine.symbols();
        this.sectors = engine.trading().sectors;
        this.equity = EquityCurve.builder(portfolio.initialCashMicros());
    }

    /** A recorder listening to the engine's portfolio; call before {@code engine.start()}. */
    public static RunRecorder attach(final Engine engine)
    {
        final RunRecorder r = new RunRecorder(engine);
        r.portfolio.addClosedTradeListener(r);
        r.portfolio.addDailyMarkListener(r);
        return r;
    }

    @Override
    public void onTradeClosed(final int contractId, final long openTimeNanos, final long closeTimeNanos, final long q,
        final long entryPriceMicros, final long exitPriceMicros, final long pnlMicros, final long feesMicros, final int closeReason)
    {
        if (n == contract.length)
        {
            grow(n * 2);
        }
        contract[n] = contractId;
        openNanos[n] = openTimeNanos;
        closeNanos[n] = closeTimeNanos;
        qty[n] = q;
        entryPrice[n] = entryPriceMicros;
        exitPrice[n] = exitPriceMicros;
        pnl[n] = pnlMicros;
        fees[n] = feesMicros;
        reason[n] = closeReason;
        entryDelta[n] = portfolio.entryDelta(contractId);
        modeled[n] = instruments.modeled[contractId];
        n++;
    }

    @Override
    public void onDailyMark(final int yyyymmdd, final long equityMicros, final long cashMicros, final long realizedMicros,
        final long unrealizedMicros, final long feesMicros)
    {
        equity.add(yyyymmdd, equityMicros);
        marks++;
        lastMarkDate = yyyymmdd;
    }

    /**
     * The end of the run: positions still open become END_OF_RUN trades at their last mark, and the
     * last day gets its closing equity (what the portfolio holds once every input went through, read
     * without re-marking, so the engine's state is untouched). Call after {@code awaitIdle()}, before
     * the engine stops; idempotent.
     */
    public void finish()
    {
        if (finished)
        {
            return;
        }
        finished = true;
        final long now = engine.market().nowNanos();
        // positions still open count as closed at their last mark (fees of the open only), so the
        // trades' P&L adds up to the final equity
        for (int k = 0; k < portfolio.openCount(); k++)
        {
            final int c = portfolio.openContract(k);
            final long q = portfolio.position(c);
            final long pnlMicros = portfolio.roundTripPnlMicros(c) + portfolio.positionValueMicros(c) - portfolio.costMicros(c)
                - portfolio.openFeesMicros(c);
            onTradeClosed(c, portfolio.openTimeNanos(c), Math.max(now, portfolio.openTimeNanos(c)), Long.signum(q) * portfolio.maxQty(c),
                portfolio.averageCostMicros(c), portfolio.markMicros(c), pnlMicros, portfolio.roundTripFeesMicros(c), END_OF_RUN);
        }
        if (now > 0)
        {
            final int today = NyDate.ofEpochNanos(now);
            if (today > lastMarkDate)
            {
                equity.add(today, portfolio.equityMicros());
                marks++;
                lastMarkDate = today;
            }
        }
    }

    /** Trading days with a closing mark (the equity curve's length). */
    public int days()
    {
        return marks;
    }

    /** The closed round trips, in close order. */
    public List<ClosedTrade> trades()
    {
        final List<ClosedTrade> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++)
        {
            out.add(trade(i));
        }
        return out;
    }

    /** End-of-day equity from the starting cash. */
    public EquityCurve curve()
    {
        return equity.build();
    }

    private ClosedTrade trade(final int i)
    {
        final int c = contract[i];
        final int u = instruments.underlying[c];
        final String root = symbols.symbol(u);
        final boolean option = instruments.isOption(c);
        final String occ = option ? OptionSymbol.occ(root, instruments.expiry[c], instruments.strike[c], instruments.right[c]) : root;
        final int dte = option ? NyDate.daysBetween(NyDate.ofEpochNanos(openNanos[i]), instruments.expiry[c]) : -1;
        final double absDelta = option ? Math.abs(entryDelta[i]) : Double.NaN;
        final int sector = sectors.sectorOf(root); // by name: read-only, off the pipeline's id cache
        return new ClosedTrade(root, occ, openNanos[i], closeNanos[i], Math.toIntExact(qty[i]), entryPrice[i], exitPrice[i],
            pnl[i], fees[i], closeReason(reason[i]), dte, absDelta, sector == SectorMap.UNKNOWN ? null : sectors.sectorName(sector),
            modeled[i]);
    }

    /** The close reason as the report names it. */
    static String closeReason(final int purpose)
    {
        return purpose == Portfolio.CLOSE_EXPIRED ? "EXPIRY" : purpose == END_OF_RUN ? "END_OF_RUN" : IntentPurpose.name(purpose);
    }

    private void grow(final int size)
    {
        contract = Arrays.copyOf(contract, size);
        openNanos = Arrays.copyOf(openNanos, size);
        closeNanos = Arrays.copyOf(closeNanos, size);
        qty = Arrays.copyOf(qty, size);
        entryPrice = Arrays.copyOf(entryPrice, size);
        exitPrice = Arrays.copyOf(exitPrice, size);
        pnl = Arrays.copyOf(pnl, size);
        fees = Arrays.copyOf(fees, size);
        reason = Arrays.copyOf(reason, size);
        entryDelta = Arrays.copyOf(entryDelta, size);
        modeled = Arrays.copyOf(modeled, size);
    }
}
