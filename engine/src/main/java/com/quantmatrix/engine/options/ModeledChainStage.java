package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;
import java.util.function.IntPredicate;

/**
 * Models an option chain where no real one exists (issue 6 item 2), inside the pipeline and only
 * where it matters, so a 500-stock, 5-year run does not replay a hundred million modeled quotes:
 * <ul>
 * <li>on an ENTRY signal for an underlying with no real option quote that day, the whole modeled
 * chain ({@link ModeledChain}) is quoted into the contract table before the selector runs, and the
 * event is flagged {@link MarketEvent#FLAG_MODELED} (journaled with the decision);</li>
 * <li>on each daily bar of an underlying in which the portfolio holds a modeled contract, that
 * chain is quoted again at the new spot, so exits and the paper broker see prices that move.</li>
 * </ul>
 * A real chain always wins: nothing is modeled for an underlying with a real quote that day, and
 * the selection stage's quote path never lets a modeled quote overwrite a real one.
 * Deterministic (a pure function of the state), so replay and recovery rebuild the same quotes.
 */
public final class ModeledChainStage implements Stage, StateHash.Hashable
{
    private static final int DAILY = 86_400;

    private final ModeledChain chain;
    private final OptionSelectionStage selection;
    private final Instruments instruments;
    private final MarketView market;
    private final SelectorSettings settings;
    private final SymbolTable symbols;
    private final IntPredicate heldContract;
    private final MarketEvent scratch = new MarketEvent();
    private final int style;
    private int marketSymbol = -2;
    private long chainsModeled;
    private long quotesModeled;

    /**
     * @param heldContract whether the portfolio holds (or works an order in) a contract id
     */
    public ModeledChainStage(
        final SelectorSettings settings,
        final OptionSelectionStage selection,
        final Instruments instruments,
        final MarketView market,
        final SymbolTable symbols,
        final IntPredicate heldContract)
    {
        this.settings = settings;
        this.chain = new ModeledChain(settings, 4_096);
        this.selection = selection;
        this.instruments = instruments;
        this.market = market;
        this.symbols = symbols;
        this.heldContract = heldContract;
        this.style = OptionStyle.AMERICAN;
    }

    @Override
    public String name()
    {
        return "modeled-chain";
    }

    /** Whether any chain was modeled in this run (every summary and report says so). */
    public boolean anyModeled()
    {
        return chainsModeled > 0;
    }

    public long chainsModeled()
    {
        return chainsModeled;
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        if (e.type != EventType.BAR || e.barSeconds != DAILY || e.symbolId < 0)
        {
            return;
        }
        final int u = e.symbolId;
        if (ModeledChain.hasRealQuoteToday(instruments, u, e.eventTimeNanos))
        {
            return;
        }
        if (e.signalType == SignalType.ENTRY)
        {
            if (quote(u, e.eventTimeNanos, false) > 0)
            {
                chainsModeled++;
                e.flags |= MarketEvent.FLAG_MODELED;
            }
        }
        else if (holdsModeled(u))
        {
            quote(u, e.eventTimeNanos, true);
        }
    }

    private boolean holdsModeled(final int underlying)
    {
        for (int id = instruments.firstOf(underlying); id != Instruments.NOT_FOUND; id = instruments.nextOfUnderlying[id])
        {
            if (instruments.modeled[id] && heldContract.test(id))
            {
                return true;
            }
        }
        return false;
    }

    /** Quotes the modeled chain of an underlying; with onlyKnown, only contracts already in the table. */
    private int quote(final int underlying, final long now, final boolean onlyKnown)
    {
        final double spot = market.lastPrice(underlying);
        final int n = chain.generate(spot, market.historicalVolatility(underlying), market.vix(),
            marketHv(), rate(), settings.dividendYield, now, style);
        int applied = 0;
        for (int i = 0; i < n; i++)
        {
            if (onlyKnown && instruments.findOption(underlying, chain.expiry[i], chain.strike[i], chain.right[i]) == Instruments.NOT_FOUND)
            {
                continue;
            }
            chain.fill(i, underlying, 0, scratch);
            selection.applyQuote(scratch);
            applied++;
        }
        quotesModeled += applied;
        return applied;
    }

    private double rate()
    {
        final double r = market.riskFreeRate();
        return Double.isNaN(r) ? settings.riskFreeRate : r;
    }

    private double marketHv()
    {
        final int m = marketSymbol();
        return m < 0 ? Double.NaN : market.historicalVolatility(m);
    }

    private int marketSymbol()
    {
        if (marketSymbol == -2 || marketSymbol == SymbolTable.NOT_FOUND)
        {
            marketSymbol = symbols.find(settings.modeledMarketSymbol);
        }
        return marketSymbol;
    }

    @Override
    public void hashInto(final StateHash hash)
    {
        hash.mix(chainsModeled).mix(quotesModeled);
    }
}
