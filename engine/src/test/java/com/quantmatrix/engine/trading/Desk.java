package com.quantmatrix.engine.trading;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.util.Map;

/**
 * Test harness: the four trading stages wired by {@link TradingStages} around a contract table and
 * a {@link TestMarket}, fed one event at a time. It plays the part of the stages before them: it
 * interns option contracts and writes their quotes and Greeks into the contract table (the options
 * stage's job) and keeps the market view's last price from bars and quotes (the market stage's job).
 */
public final class Desk
{
    public final SymbolTable symbols = new SymbolTable(1024);
    public final Instruments instruments = new Instruments(1024, 8192);
    public final TestMarket market = new TestMarket(1024);
    public final ReasonCounters counters = new ReasonCounters();
    public final TradingSwitch tradingSwitch = new TradingSwitch();
    public final TradingStages t;
    public final MarketEvent e = new MarketEvent();
    private long seq;
    private long brokerSeq;
    private long ring;
    private double pendingIv = Double.NaN;
    private double pendingDelta = Double.NaN;
    private double pendingGamma = Double.NaN;
    private double pendingTheta = Double.NaN;
    private double pendingVega = Double.NaN;

    public Desk(final Config config)
    {
        t = TradingStages.paper(config, instruments, market, symbols, counters, tradingSwitch);
    }

    public Desk(final Config config, final ExecutionVenue remote)
    {
        t = TradingStages.withVenue(config, instruments, market, symbols, counters, tradingSwitch, remote);
    }

    public static Desk withConfig(final String... keyValues)
    {
        Config c = Config.empty();
        for (int i = 0; i < keyValues.length; i += 2)
        {
            c = c.with(keyValues[i], keyValues[i + 1]);
        }
        return new Desk(c);
    }

    public static Config config(final Map<String, String> m)
    {
        return Config.of(m);
    }

    public int symbol(final String name)
    {
        return symbols.intern(name);
    }

    /** The option contract, interned. */
    public int option(final int symbolId, final int expiry, final double strike, final int right)
    {
        return instruments.option(symbolId, expiry, strike, right);
    }

    public int stock(final int symbolId)
    {
        return instruments.stock(symbolId);
    }

    // ---------------------------------------------------------------- event builders (then publish())

    public MarketEvent begin(final int type, final long timeNanos)
    {
        e.clear();
        e.type = type;
        e.seq = ++seq;
        e.eventTimeNanos = timeNanos;
        return e;
    }

    public MarketEvent optionQuote(
        final long t, final int sym, final int expiry, final double strike, final int right,
        final double bid, final double ask, final int bidSize, final int askSize, final long volume, final long openInterest)
    {
        begin(EventType.OPTION_QUOTE, t);
        e.symbolId = sym;
        e.expiry = expiry;
        e.strike = strike;
        e.right = right;
        e.bid = bid;
        e.ask = ask;
        e.bidSize = bidSize;
        e.askSize = askSize;
        e.volume = volume;
        e.openInterest = openInterest;
        return e;
    }

    /** Greeks the "options stage" writes with the next option quote. */
    public Desk greeks(final double iv, final double delta, final double gamma, final double theta, final double vega)
    {
        pendingIv = iv;
        pendingDelta = delta;
        pendingGamma = gamma;
        pendingTheta = theta;
        pendingVega = vega;
        return this;
    }

    public MarketEvent quote(final long t, final int sym, final double bid, final double ask, final int bidSize, final int askSize)
    {
        begin(EventType.QUOTE, t);
        e.symbolId = sym;
        e.bid = bid;
        e.ask = ask;
        e.bidSize = bidSize;
        e.askSize = askSize;
        return e;
    }

    public MarketEvent bar(final long t, final int sym, final int seconds, final double o, final double h, final double l, final double c, final long v)
    {
        begin(EventType.BAR, t);
        e.symbolId = sym;
        e.barSeconds = seconds;
        e.open = o;
        e.high = h;
        e.low = l;
        e.close = c;
        e.volume = v;
        return e;
    }

    public MarketEvent clock(final long t)
    {
        return begin(EventType.CLOCK, t);
    }

    public MarketEvent admin(final long t, final int command, final long arg)
    {
        begin(EventType.ADMIN, t);
        e.adminCommand = command;
        e.adminArg = arg;
        return e;
    }

    public MarketEvent brokerReport(final long t, final int kind, final long coid, final long qty, final long priceMicros, final long feeMicros)
    {
        begin(EventType.BROKER_REPORT, t);
        seq--;
        e.seq = ++brokerSeq; // the broker edge numbers its own inputs
        e.source = MarketEvent.SOURCE_BROKER;
        e.reportKind = kind;
        e.clientOrderId = coid;
        e.fillQty = qty;
        e.fillPriceMicros = priceMicros;
        e.feeMicros = feeMicros;
        return e;
    }

    /** Marks the current event as an entry signal on which the selector picked {@code contractId}. */
    public MarketEvent entry(final int contractId)
    {
        e.signalType = SignalType.ENTRY;
        e.signalDirection = 1;
        e.selectedContractId = contractId;
        return e;
    }

    // ---------------------------------------------------------------- running

    /** Runs the current event through market state and all four stages. */
    public MarketEvent publish()
    {
        marketState();
        exits();
        risk();
        routing();
        positions();
        return e;
    }

    public void marketState()
    {
        market.now(e.eventTimeNanos);
        if (e.type == EventType.OPTION_QUOTE)
        {
            final int c = instruments.option(e.symbolId, e.expiry, e.strike, e.right);
            if (c >= 0)
            {
                instruments.bid[c] = e.bid;
                instruments.ask[c] = e.ask;
                instruments.bidSize[c] = e.bidSize;
                instruments.askSize[c] = e.askSize;
                instruments.volume[c] = e.volume;
                instruments.openInterest[c] = e.openInterest;
                instruments.last[c] = e.close;
                instruments.quoteTimeNanos[c] = e.eventTimeNanos;
                if (!Double.isNaN(pendingDelta))
                {
                    instruments.iv[c] = pendingIv;
                    instruments.delta[c] = pendingDelta;
                    instruments.gamma[c] = pendingGamma;
                    instruments.theta[c] = pendingTheta;
                    instruments.vega[c] = pendingVega;
                }
            }
            pendingIv = Double.NaN;
            pendingDelta = Double.NaN;
            pendingGamma = Double.NaN;
            pendingTheta = Double.NaN;
            pendingVega = Double.NaN;
        }
        else if ((e.type == EventType.BAR || e.type == EventType.TRADE) && e.symbolId >= 0 && e.close > 0)
        {
            market.last(e.symbolId, e.close);
        }
        else if (e.type == EventType.QUOTE && e.symbolId >= 0 && e.bid > 0 && e.ask >= e.bid)
        {
            final int s = instruments.stock(e.symbolId);
            instruments.bid[s] = e.bid;
            instruments.ask[s] = e.ask;
            instruments.bidSize[s] = e.bidSize;
            instruments.askSize[s] = e.askSize;
            market.last(e.symbolId, 0.5 * (e.bid + e.ask));
        }
    }

    /** The engine's ControlStage runs first on every event: adopt what the admin port requested. */
    private void control()
    {
        final int observed = tradingSwitch.observe();
        if (observed != 0)
        {
            e.controlObserved = observed;
        }
    }

    public void exits()
    {
        control();
        t.exitStage.onEvent(e, ring, true);
    }

    public void risk()
    {
        control();
        t.riskStage.onEvent(e, ring, true);
    }

    public void routing()
    {
        t.routingStage.onEvent(e, ring, true);
    }

    public void positions()
    {
        t.positionStage.onEvent(e, ring, true);
        ring++;
    }

    public long ringSequence()
    {
        return ring;
    }

    /** The state hash of the four stages (positions, cash, orders, risk state, counters). */
    public long stateHash()
    {
        final StateHash h = new StateHash();
        t.exitStage.hashInto(h);
        t.riskStage.hashInto(h);
        t.routingStage.hashInto(h);
        t.positionStage.hashInto(h);
        counters.hashInto(h);
        return h.value();
    }
}
