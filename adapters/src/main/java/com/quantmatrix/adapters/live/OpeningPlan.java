package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.OptionSelectionStage;
import com.quantmatrix.engine.oms.LimitPricer;
import com.quantmatrix.engine.risk.PreTradeRisk;
import java.util.ArrayList;
import java.util.List;

/**
 * The 08:00 plan for the open: for each candidate, the contract the pipeline's own selector ranks
 * first on the chain as it is now ({@link OptionSelectionStage#preview}), its opening limit (the same
 * {@link LimitPricer} the risk stage uses) and the size {@link PreTradeRisk#sizeEntry} allows. The
 * same code trades at the open, so the plan is what the pipeline does if the signal still stands
 * and the quotes still pass; the quotes at the open decide.
 *
 * <p>Pipeline thread only (it reads the engine's state); it decides nothing: the selector preview
 * has counters of its own, and sizing only reads the book.
 */
public final class OpeningPlan
{
    private OpeningPlan()
    {
    }

    /** Lines for the first {@code max} candidates the engine knows, in their order. */
    public static List<LiveMessages.PlanLine> build(final Engine engine, final List<LiveMessages.Candidate> candidates, final int max,
        final long nowNanos)
    {
        final SymbolTable symbols = engine.symbols();
        final OptionSelectionStage selection = engine.selection();
        final PreTradeRisk risk = engine.trading().preTradeRisk;
        final LimitPricer pricer = engine.trading().pricer;
        final Instruments instruments = engine.instruments();
        final List<LiveMessages.PlanLine> lines = new ArrayList<>();
        for (final LiveMessages.Candidate c : candidates)
        {
            if (lines.size() == max)
            {
                break;
            }
            final int sym = symbols.find(c.symbol());
            if (sym < 0)
            {
                continue;
            }
            final int contract = selection.preview(sym, c.direction(), nowNanos);
            if (contract < 0)
            {
                lines.add(new LiveMessages.PlanLine(c.symbol(), c.direction(), -1, 0, 0, 0, selection.previewReason()));
                continue;
            }
            final long limit = pricer.initialLimitMicros(contract, 1, IntentPurpose.OPEN);
            final long qty = risk.sizeEntry(contract, limit);
            lines.add(new LiveMessages.PlanLine(c.symbol(), c.direction(), contract, qty, limit,
                qty * limit * instruments.multiplier[contract], qty == 0 ? risk.bindingReason() : 0));
        }
        return lines;
    }
}
