package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.discord.DiscordEmbeds;
import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.adapters.tastytrade.ContractSymbols;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.portfolio.ClosedTradeListener;
import com.quantmatrix.engine.portfolio.Portfolio;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Each closed round trip to the SIGNALS channel (contract, why it closed, quantity, entry, exit, P&amp;L),
 * for new live events only (never for history, recovery or replay). Called on the position stage's
 * thread: it only hands the figures to the worker.
 */
final class ExitReporter implements ClosedTradeListener
{
    private final EventGate gate;
    private final OpsWorker worker;
    private final Consumer<DiscordMessage> post;
    private IntFunction<String> occ = id -> null;
    private Engine engine;

    ExitReporter(final EventGate gate, final OpsWorker worker, final Consumer<DiscordMessage> post)
    {
        this.gate = gate;
        this.worker = worker;
        this.post = post;
    }

    void attach(final Engine e)
    {
        engine = e;
        occ = ContractSymbols.occ(e.instruments(), e.symbols());
    }

    @Override
    public void onTradeClosed(final int contractId, final long openTimeNanos, final long closeTimeNanos, final long qty,
        final long entryPriceMicros, final long exitPriceMicros, final long pnlMicros, final long feesMicros, final int closeReason)
    {
        if (worker == null || !gate.notifying())
        {
            return;
        }
        worker.offer(() ->
        {
            final String name = occ.apply(contractId);
            final String contract = name != null ? name.replaceAll("\\s+", " ")
                : engine.symbols().symbol(engine.instruments().underlying[contractId]);
            post.accept(DiscordEmbeds.exit(contract, closeReason == Portfolio.CLOSE_EXPIRED ? "EXPIRED" : IntentPurpose.name(closeReason),
                Math.abs(qty), entryPriceMicros, exitPriceMicros, pnlMicros, LiveMessages.instant(closeTimeNanos)));
        });
    }
}
