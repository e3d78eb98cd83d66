package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.stats.ReasonCounters;

/**
 * The pipeline's option-selection stage (after the signal stage, before pre-trade risk).
 *
 * <p>Reads: OPTION_QUOTE inputs (symbolId, expiry, strike, right, bid, ask, close = last, sizes,
 * volume = the contract's volume of the day so far, openInterest, vendorIv, FLAG_MODELED); TRADE, BAR
 * and QUOTE inputs of the stock (its last price and quote, kept on the stock's contract); the signal
 * stage's signalType / signalDirection. Writes: the contract table ({@link Instruments}: the quote,
 * IV and Greeks of every option contract), {@link IvHistory} (the day's ATM IV per underlying), and
 * on an ENTRY signal {@code selectedContractId} / {@code selectReason}; {@code inputReject} =
 * BAD_OPTION_KEY for an option quote whose key is invalid. Every rejection is counted.
 *
 * <p>Spot comes from the market view's last price when it has one, else the stock contract's last
 * trade or mid. Rate: the market view's risk-free rate, else the configured one. ATR: the market
 * view's, else defaultAtrFraction x spot.
 *
 * <p>A modeled quote (FLAG_MODELED) never overwrites a contract that has a real quote from the same
 * New York day: the real chain always wins (counted as MODELED_QUOTE_IGNORED).
 */
public final class OptionSelectionStage implements Stage, StateHash.Hashable
{
    private static final byte STYLE_UNKNOWN = 0;
    private static final byte STYLE_AMERICAN = 1;
    private static final byte STYLE_EUROPEAN = 2;

    private final SelectorSettings settings;
    private final Instruments instruments;
    private final IvHistory ivHistory;
    private final ReasonCounters counters;
    private final MarketView market;
    private final SymbolTable symbols;
    private final OptionSelector selector;
    /** A selector of its own for previews (the 08:00 plan): its rejections are not the pipeline's counters. */
    private final OptionSelector planner;
    private final ContractPricer pricer = new ContractPricer();
    private final byte[] styleBySymbol;
    private final int[] atmDate;
    private final double[] atmDistance;
    private long quotesPriced;
    private long selections;

    /**
     * @param market the market state (may be null: spot then comes from the stock's own quotes)
     * @param symbols to recognise European-style index roots by name (may be null: all American)
     */
    public OptionSelectionStage(final SelectorSettings settings, final Instruments instruments, final IvHistory ivHistory,
        final ReasonCounters counters, final MarketView market, final SymbolTable symbols, final int maxSymbols)
    {
        this.settings = settings;
        this.instruments = instruments;
        this.ivHistory = ivHistory;
        this.counters = counters;
        this.market = market;
        this.symbols = symbols;
        this.selector = new OptionSelector(settings, instruments, counters);
        this.planner = new OptionSelector(settings, instruments, new ReasonCounters());
        this.styleBySymbol = new byte[maxSymbols];
        this.atmDate = new int[maxSymbols];
        this.atmDistance = new double[maxSymbols];
    }

    /** The stage with its own 52-week ATM IV history sized from the settings. */
    public static OptionSelectionStage create(final SelectorSettings settings, final Instruments instruments,
        final ReasonCounters counters, final MarketView market, final SymbolTable symbols, final int maxSymbols)
    {
        return new OptionSelectionStage(settings, instruments, new IvHistory(maxSymbols, settings.ivWindowDays, settings.ivMinHistoryDays),
            counters, market, symbols, maxSymbols);
    }

    public IvHistory ivHistory()
    {
        return ivHistory;
    }

    @Override
    public String name()
    {
        return "option-selection";
    }

    public OptionSelector selector()
    {
        return selector;
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        if (e.inputReject != 0)
        {
            return;
        }
        switch (e.type)
        {
            case EventType.OPTION_QUOTE:
                onOptionQuote(e);
                break;
            case EventType.TRADE:
            case EventType.BAR:
                onStockPrice(e, e.close);
                break;
            case EventType.QUOTE:
                onStockQuote(e);
                break;
            default:
                break;
        }
        if (e.signalType == SignalType.ENTRY)
        {
            select(e);
        }
    }

    /**
     * Applies one option quote to the contract table (validation, real-wins rule, IV and Greeks):
     * the OPTION_QUOTE path, also used for the modeled quotes {@link ModeledChainStage} makes.
     */
    public void applyQuote(final MarketEvent e)
    {
        onOptionQuote(e);
    }

    private void onOptionQuote(final MarketEvent e)
    {
        final int sym = e.symbolId;
        if (sym < 0 || sym >= styleBySymbol.length || e.expiry < 19_000_101 || e.expiry > 29_991_231
            || (e.expiry / 100) % 100 < 1 || (e.expiry / 100) % 100 > 12 || e.expiry % 100 < 1 || e.expiry % 100 > 31
            || !(e.strike > 0.0 && e.strike < 134_000.0) || (e.right != MarketEvent.CALL && e.right != MarketEvent.PUT))
        {
            e.inputReject = Reasons.BAD_OPTION_KEY;
            counters.increment(Reasons.BAD_OPTION_KEY);
            return;
        }
        final int id = instruments.option(sym, e.expiry, e.strike, e.right);
        if (id == Instruments.NOT_FOUND)
        {
            counters.increment(SelectReason.CONTRACT_TABLE_FULL);
            return;
        }
        final boolean modeled = (e.flags & MarketEvent.FLAG_MODELED) != 0;
        if (modeled && !instruments.modeled[id] && instruments.quoteTimeNanos[id] != 0
            && NyTime.nyDate(instruments.quoteTimeNanos[id]) == NyTime.nyDate(e.eventTimeNanos))
        {
            counters.increment(SelectReason.MODELED_QUOTE_IGNORED);
            return;
        }
        instruments.bid[id] = e.bid;
        instruments.ask[id] = e.ask;
        if (e.close > 0.0)
        {
            instruments.last[id] = e.close;
        }
        instruments.bidSize[id] = e.bidSize;
        instruments.askSize[id] = e.askSize;
        instruments.volume[id] = e.volume;
        if (e.openInterest > 0)
        {
            instruments.openInterest[id] = e.openInterest;
        }
        instruments.quoteTimeNanos[id] = e.eventTimeNanos;
        instruments.modeled[id] = modeled;

        final double spot = spot(sym);
        if (!(spot > 0.0))
        {
            return;
        }
        if (pricer.price(instruments, id, style(sym), spot, rate(), settings.dividendYield, e.eventTimeNanos, e.vendorIv))
        {
            quotesPriced++;
            trackAtm(sym, id, spot, e.eventTimeNanos);
        }
    }

    /** The day's ATM IV: the contract nearest the money (then nearest 30 days) in the configured DTE band. */
    private void trackAtm(final int sym, final int id, final double spot, final long now)
    {
        final int dte = NyTime.daysToExpiry(now, instruments.expiry[id]);
        if (dte < settings.atmMinDays || dte > settings.atmMaxDays)
        {
            return;
        }
        final int today = NyTime.nyDate(now);
        final double distance = Math.abs(instruments.strike[id] / spot - 1.0) + 0.001 * Math.abs(dte - 30);
        if (atmDate[sym] != today || distance <= atmDistance[sym])
        {
            atmDate[sym] = today;
            atmDistance[sym] = distance;
            ivHistory.record(sym, today, instruments.iv[id]);
        }
    }

    private void onStockPrice(final MarketEvent e, final double price)
    {
        if (price > 0.0 && e.symbolId >= 0 && e.symbolId < styleBySymbol.length)
        {
            final int id = instruments.stock(e.symbolId);
            if (id != Instruments.NOT_FOUND)
            {
                instruments.last[id] = price;
                instruments.quoteTimeNanos[id] = e.eventTimeNanos;
            }
        }
    }

    private void onStockQuote(final MarketEvent e)
    {
        if (e.bid > 0.0 && e.ask >= e.bid && e.symbolId >= 0 && e.symbolId < styleBySymbol.length)
        {
            final int id = instruments.stock(e.symbolId);
            if (id != Instruments.NOT_FOUND)
            {
                instruments.bid[id] = e.bid;
                instruments.ask[id] = e.ask;
                instruments.quoteTimeNanos[id] = e.eventTimeNanos;
            }
        }
    }

    private void select(final MarketEvent e)
    {
        final int sym = e.symbolId;
        selections++;
        final double atr = market != null ? market.atr(sym) : Double.NaN;
        final int chosen = selector.select(sym, e.signalDirection >= 0 ? 1 : -1, spot(sym), atr, ivHistory.rank(sym), rate(),
            settings.dividendYield, e.eventTimeNanos);
        e.selectedContractId = chosen;
        e.selectReason = selector.reason;
    }

    /**
     * The contract the selector would pick for an ENTRY in {@code direction} on the chain as it is
     * now, or -1 ({@link #previewReason()} says why). Reads the contract table, the market view and
     * the IV history; changes nothing the pipeline decides with. Pipeline thread only.
     */
    public int preview(final int sym, final int direction, final long nowNanos)
    {
        final double atr = market != null ? market.atr(sym) : Double.NaN;
        return planner.select(sym, direction >= 0 ? 1 : -1, spot(sym), atr, ivHistory.rank(sym), rate(), settings.dividendYield, nowNanos);
    }

    /** Why the last {@link #preview} found nothing (a SelectReason), 0 after a pick. */
    public int previewReason()
    {
        return planner.reason;
    }

    private double spot(final int sym)
    {
        if (market != null)
        {
            final double p = market.lastPrice(sym);
            if (p > 0.0 && p < Double.POSITIVE_INFINITY)
            {
                return p;
            }
        }
        final int stock = instruments.stock(sym);
        if (stock == Instruments.NOT_FOUND)
        {
            return Double.NaN;
        }
        return instruments.last[stock] > 0.0 ? instruments.last[stock] : instruments.mid(stock);
    }

    private double rate()
    {
        if (market != null)
        {
            final double r = market.riskFreeRate();
            if (r > -1.0 && r < 1.0)
            {
                return r;
            }
        }
        return settings.riskFreeRate;
    }

    /** American unless the underlying's name is one of the configured European-style index roots (looked up once). */
    private int style(final int sym)
    {
        byte st = styleBySymbol[sym];
        if (st == STYLE_UNKNOWN)
        {
            final String name = symbols != null ? symbols.symbol(sym) : null;
            st = name != null && settings.isEuropeanRoot(name) ? STYLE_EUROPEAN : STYLE_AMERICAN;
            styleBySymbol[sym] = st;
        }
        return st == STYLE_EUROPEAN ? OptionStyle.EUROPEAN : OptionStyle.AMERICAN;
    }

    public long quotesPriced()
    {
        return quotesPriced;
    }

    public long selections()
    {
        return selections;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        final int n = instruments.count();
        for (int id = 0; id < n; id++)
        {
            if (instruments.isOption(id))
            {
                h.mix(id).mix(instruments.bid[id]).mix(instruments.ask[id]).mix(instruments.iv[id])
                    .mix(instruments.modeled[id] ? 1 : 0);
            }
        }
        ivHistory.hashInto(h);
        h.mix(quotesPriced).mix(selections);
    }
}
