package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.oms.ClientOrderIds;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.time.NyDate;
import com.quantmatrix.engine.trading.Desk;

/**
 * A desk for checking one risk limit at a time: every other limit relaxed (config overrides bring
 * back the one under test), three underlyings at $100 with ATR $2, and an option on each quoted
 * 4.90 x 5.00 with delta 0.5, gamma 0.02, vega 0.20 (per share), volume 1000, open interest 5000.
 *
 * <p>Loss per contract of buying at L: the stop is 100 - 1.5 x 2 = 97, where the premium is about
 * 4.95 - 0.5 x 3 + 0.02 x 9 / 2 = 3.54, sold at 3.54 - 0.05 (half the spread) = 3.49; so L - 3.49
 * per share, x 100, plus $1.24 of round-trip fees.
 */
final class RiskFixture
{
    static final String[] RELAXED = {
        "risk.per.trade.pct", "1", "risk.per.underlying.pct", "1", "risk.heat.pct", "1", "risk.cash.reserve.pct", "0",
        "risk.correlation.max", "1", "risk.sector.max.pct", "1", "options.select.maxSpreadToMid", "1",
        "options.select.minVolume", "0", "options.select.minOpenInterest", "0", "risk.price.collar.pct", "1",
        "risk.price.collar.exit.pct", "1", "risk.max.orders.per.window", "1000000", "risk.vix.max", "1000",
        "risk.daily.loss.pct", "1", "risk.loss.streak.max", "1000", "risk.drawdown.pct", "1",
        "risk.greeks.max.delta.pct", "100", "risk.greeks.max.vega.pct", "100", "risk.kelly.min.trades", "1000000",
        "risk.max.contracts.per.order", "10000000", "risk.allow.add.to.position", "true",
        // orders rest without filling unless a test wants fills
        "oms.reprice.interval.ms", "86400000", "oms.giveup.after.ms", "0", "paper.trade.through.fills", "false",
        "paper.ack.latency.ms", "0", "paper.fill.latency.ms", "0"};

    static final int EXPIRY = 20170120;

    final Desk desk;
    final int aapl;
    final int msft;
    final int xom;
    final int jnj;
    final int aaplCall;
    final int msftCall;
    final int xomCall;
    final int jnjCall;
    long time = NyDate.atNanos(20161201, 10, 0);

    RiskFixture(final String cash, final String... overrides)
    {
        Config c = Config.empty().with("portfolio.initial.cash", cash);
        for (int i = 0; i < RELAXED.length; i += 2)
        {
            c = c.with(RELAXED[i], RELAXED[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2)
        {
            c = c.with(overrides[i], overrides[i + 1]);
        }
        desk = new Desk(c);
        aapl = desk.symbol("AAPL");
        msft = desk.symbol("MSFT");
        xom = desk.symbol("XOM");
        jnj = desk.symbol("JNJ");
        aaplCall = quote(aapl, 4.90, 5.00, 1000, 5000);
        msftCall = quote(msft, 4.90, 5.00, 1000, 5000);
        xomCall = quote(xom, 4.90, 5.00, 1000, 5000);
        jnjCall = quote(jnj, 4.90, 5.00, 1000, 5000);
    }

    Portfolio portfolio()
    {
        return desk.t.portfolio;
    }

    PreTradeRisk risk()
    {
        return desk.t.preTradeRisk;
    }

    /** Quotes the underlying's call (100 strike) and returns its contract id. */
    int quote(final int symbol, final double bid, final double ask, final long volume, final long openInterest)
    {
        desk.market.last(symbol, 100.0).atr(symbol, 2.0);
        desk.greeks(0.30, 0.5, 0.02, -0.03, 0.20);
        desk.optionQuote(time++, symbol, EXPIRY, 100.0, MarketEvent.CALL, bid, ask, 10, 10, volume, openInterest);
        desk.publish();
        return desk.instruments.findOption(symbol, EXPIRY, 100.0, MarketEvent.CALL);
    }

    /** Holds a position as if filled at {@code price} with no fee. */
    void hold(final int contract, final long qty, final double price)
    {
        portfolio().applyFill(contract, 1, qty, Money.ofDollars(price), 0, IntentPurpose.OPEN, time);
        portfolio().mark(contract, Money.ofDollars(4.95));
    }

    /** An event carrying one intent, run through the pipeline; returns risk's verdict. */
    int check(final int contract, final int side, final long qty, final double limit, final int purpose)
    {
        return checkMicros(contract, side, qty, Money.ofDollars(limit), purpose);
    }

    int checkMicros(final int contract, final int side, final long qty, final long limitMicros, final int purpose)
    {
        desk.clock(time++);
        desk.e.addIntent(ClientOrderIds.forIntent(desk.e, 0), contract, side, qty, limitMicros, purpose);
        return desk.publish().riskVerdict[0];
    }

    int open(final int contract, final long qty)
    {
        return check(contract, 1, qty, 5.00, IntentPurpose.OPEN);
    }

    /** An entry signal on which the selector picked {@code contract}: risk sizes it. Returns the event. */
    MarketEvent entrySignal(final int contract)
    {
        desk.clock(time++);
        desk.entry(contract);
        return desk.publish();
    }

    void tick()
    {
        desk.clock(time++);
        desk.publish();
    }

    void nextDay()
    {
        time = NyDate.atNanos(NyDate.ofEpochDay(NyDate.epochDay(NyDate.ofEpochNanos(time)) + 1), 10, 0);
        tick();
    }

    /** Risk per contract of buying at 5.00 (micros), as the fixture's comment derives it: (5.00 - 3.49) x 100 + 1.24. */
    static final long RISK_AT_5 = 152_240_000L;
    /** Cost per contract of buying at 5.00: 500 + $1.12 of opening fees. */
    static final long COST_AT_5 = 501_120_000L;
}
