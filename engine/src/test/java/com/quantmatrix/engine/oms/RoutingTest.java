package com.quantmatrix.engine.oms;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.broker.OrderReason;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.risk.RiskReason;
import com.quantmatrix.engine.trading.Desk;
import com.quantmatrix.engine.trading.SpyTape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Order management on the real SPY session of 2013-10-07, through the whole trading pipeline. */
class RoutingTest
{
    private static final SpyTape TAPE = new SpyTape(9, 31);

    private static Config config(final String... kv)
    {
        Config c = Config.empty()
            .with("portfolio.initial.cash", "10000000")
            .with("risk.max.contracts.per.order", "50000")
            .with("oms.limit.spread.fraction", "0.5")
            .with("oms.reprice.interval.ms", "60000")
            .with("oms.giveup.after.ms", "0");
        for (int i = 0; i < kv.length; i += 2)
        {
            c = c.with(kv[i], kv[i + 1]);
        }
        return c;
    }

    private static final class Session
    {
        final Desk desk;
        final int spy;
        final int stock;

        Session(final Desk desk)
        {
            this.desk = desk;
            spy = desk.symbol("SPY");
            stock = desk.stock(spy);
            desk.market.atr(spy, TAPE.atr);
        }

        MarketEvent step(final int i, final boolean entry)
        {
            TAPE.load(desk, spy, i);
            if (entry)
            {
                desk.entry(stock);
            }
            return desk.publish();
        }
    }

    @Test
    void anEntryGoesNewSentAcknowledgedPartiallyFilledFilled()
    {
        final Session s = new Session(new Desk(config()));
        int i = 0;
        while (TAPE.steps.get(i).quote() == null)
        {
            s.step(i++, false);
        }
        final MarketEvent e = s.step(i++, true);
        assertThat(e.intentCount).isEqualTo(1);
        assertThat(e.riskVerdict[0]).isEqualTo(RiskReason.ACCEPTED);
        final long coid = e.intentClientOrderId[0];
        final long qty = e.intentQty[0];
        assertThat(coid).isEqualTo(ClientOrderIds.of(e.seq, 0));
        final OrderManager om = s.desk.t.orders;
        assertThat(om.state(coid)).isEqualTo(OrderState.SENT);
        final Set<Integer> states = new LinkedHashSet<>();
        states.add(om.state(coid));
        long paid = 0;
        long fees = 0;
        boolean ackBeforeFirstFill = false;
        while (om.state(coid) != OrderState.FILLED)
        {
            final MarketEvent ev = s.step(i++, false);
            for (int r = 0; r < ev.outCount; r++)
            {
                if (ev.outKind[r] == BrokerReport.ACKNOWLEDGED && paid == 0)
                {
                    ackBeforeFirstFill = true;
                }
                if (ev.outKind[r] == BrokerReport.FILL || ev.outKind[r] == BrokerReport.PARTIAL_FILL)
                {
                    paid += Money.notional(ev.outPriceMicros[r], ev.outQty[r], 1);
                    fees += ev.outFeeMicros[r];
                }
            }
            states.add(om.state(coid));
        }
        assertThat(ackBeforeFirstFill).isTrue();
        assertThat(states).containsExactly(OrderState.SENT, OrderState.PARTIALLY_FILLED, OrderState.FILLED);
        assertThat(om.filledQty(coid)).isEqualTo(qty);
        assertThat(om.workingBuyQty(s.stock)).isZero();
        assertThat(s.desk.t.portfolio.position(s.stock)).isEqualTo(qty);
        assertThat(s.desk.t.portfolio.cashMicros()).isEqualTo(Money.ofDollars(10_000_000) - paid - fees);
        assertThat(fees).isEqualTo(800L * qty);
    }

    @Test
    void workingOrdersAreRepricedInEventTimeThenGivenUp()
    {
        // entries start at the bid side of the mid; each minute moves them a quarter of the spread up, twice;
        // try real minutes until one where the market ran away from the first price
        int tried = 0;
        for (int start = 0; start < TAPE.size() && tried < 60; start++)
        {
            if (TAPE.steps.get(start).quote() == null)
            {
                continue;
            }
            tried++;
            if (repricesFrom(start))
            {
                return;
            }
        }
        throw new AssertionError("no minute of the real tape left an entry at the mid unfilled long enough to re-price");
    }

    /** Runs an entry from a tape step; false when it filled before any re-price. */
    private static boolean repricesFrom(final int start)
    {
        final Session s = new Session(new Desk(config("oms.limit.spread.fraction", "0.0", "oms.reprice.step.fraction", "0.25",
            "oms.max.reprices", "2", "paper.trade.through.fills", "false")));
        int i = start;
        final MarketEvent e = s.step(i++, true);
        final long first = e.intentClientOrderId[0];
        final long sentAt = e.eventTimeNanos;
        final OrderManager om = s.desk.t.orders;
        long coid = first;
        long expectedChildLimit = -1;
        int replacements = 0;
        final long end = sentAt + 10 * 60_000_000_000L;
        final LimitPricer pricer = s.desk.t.pricer;
        while (s.desk.e.eventTimeNanos < end && i < TAPE.size())
        {
            TAPE.load(s.desk, s.spy, i++);
            s.desk.marketState();
            s.desk.exits();
            s.desk.risk();
            // what a re-price decided on this event would ask: one more step of a quarter spread
            final long candidate = pricer.repricedLimitMicros(s.stock, 1, IntentPurpose.OPEN, om.reprices(coid) + 1);
            final long cancelsBefore = om.cancelsSent();
            s.desk.routing();
            s.desk.positions();
            final long child = ClientOrderIds.nextGeneration(coid);
            if (om.state(child) != OrderState.NONE)
            {
                assertThat(om.state(coid)).isEqualTo(OrderState.CANCELLED);
                assertThat(om.limitMicros(child)).isEqualTo(expectedChildLimit);
                coid = child;
                replacements++;
            }
            if (om.cancelsSent() > cancelsBefore)
            {
                assertThat(s.desk.e.eventTimeNanos).isGreaterThanOrEqualTo(sentAt + 60_000_000_000L);
                expectedChildLimit = candidate;
            }
        }
        if (replacements == 0)
        {
            return false;
        }
        if (s.desk.t.portfolio.position(s.stock) == 0)
        {
            // never filled: two re-prices, then given up one interval after the last
            assertThat(om.reprices(coid)).isEqualTo(2);
            assertThat(om.state(coid)).isEqualTo(OrderState.CANCELLED);
            assertThat(s.desk.counters.get(OrderReason.GAVE_UP)).isEqualTo(1);
        }
        assertThat(om.workingCount()).isZero();
        assertThat(om.workingBuyQty(s.stock)).isZero();
        return true;
    }

    @Test
    void haltCancelsEverythingWorkingAndBlocksNewOrdersEvenBeforeTheAdminEvent()
    {
        final Session s = new Session(new Desk(config("oms.limit.spread.fraction", "0.0", "paper.trade.through.fills", "false",
            "risk.allow.add.to.position", "true", "oms.reprice.interval.ms", "3600000")));
        int i = 0;
        while (TAPE.steps.get(i).quote() == null)
        {
            s.step(i++, false);
        }
        s.step(i++, true);
        s.step(i++, false);
        assertThat(s.desk.t.orders.workingCount()).isEqualTo(1);
        // the admin port flips the switch directly: no event has reached the ring yet
        s.desk.tradingSwitch.halt(false);
        final MarketEvent blocked = s.step(i++, true);
        assertThat(blocked.riskVerdict[0]).isEqualTo(RiskReason.HALTED);
        assertThat(s.desk.t.orders.cancelsSent()).isEqualTo(1);
        s.step(i++, false);
        assertThat(s.desk.t.orders.workingCount()).isZero();
        // the journaled ADMIN event arrives later: nothing changes, still halted
        s.desk.admin(s.desk.e.eventTimeNanos + 1, AdminCommand.HALT, 0);
        s.desk.publish();
        assertThat(s.desk.tradingSwitch.haltCount()).isEqualTo(1);
        s.desk.admin(s.desk.e.eventTimeNanos + 1, AdminCommand.RESUME, 0);
        s.desk.publish();
        assertThat(s.step(i++, true).riskVerdict[0]).isEqualTo(RiskReason.ACCEPTED);
    }

    @Test
    void theSameDecisionSeenTwiceIsOneOrder()
    {
        final Session s = new Session(new Desk(config()));
        final OrderManager om = s.desk.t.orders;
        final long coid = ClientOrderIds.of(77, 0);
        om.beginEvent(0, 1L, true);
        assertThat(om.create(coid, s.stock, 1, 100, Money.ofDollars(167.0), IntentPurpose.OPEN)).isTrue();
        assertThat(om.create(coid, s.stock, 1, 100, Money.ofDollars(167.0), IntentPurpose.OPEN)).isFalse();
        assertThat(om.ordersCreated()).isEqualTo(1);
        assertThat(s.desk.t.paperBroker.submittedOrders()).isEqualTo(1);
        assertThat(s.desk.counters.get(OrderReason.DUPLICATE_ORDER_ID)).isEqualTo(1);
        assertThat(ClientOrderIds.seq(coid)).isEqualTo(77);
        assertThat(ClientOrderIds.format(ClientOrderIds.nextGeneration(coid))).isEqualTo("0:77.0.1");
        // each edge numbers its own inputs: an admin event with the same number is another decision
        final MarketEvent admin = new MarketEvent();
        admin.source = MarketEvent.SOURCE_ADMIN;
        admin.seq = 77;
        assertThat(ClientOrderIds.forIntent(admin, 0)).isNotEqualTo(coid);
        assertThat(ClientOrderIds.source(ClientOrderIds.forIntent(admin, 0))).isEqualTo(MarketEvent.SOURCE_ADMIN);
    }

    /** What the journal holds of one event: its out reports. */
    private record Outs(int[] kind, long[] coid, long[] qty, long[] price, long[] fee, int[] reason)
    {
        static Outs of(final MarketEvent e)
        {
            final int n = e.outCount;
            return new Outs(java.util.Arrays.copyOf(e.outKind, n), java.util.Arrays.copyOf(e.outClientOrderId, n),
                java.util.Arrays.copyOf(e.outQty, n), java.util.Arrays.copyOf(e.outPriceMicros, n),
                java.util.Arrays.copyOf(e.outFeeMicros, n), java.util.Arrays.copyOf(e.outReason, n));
        }

        void restoreInto(final MarketEvent e)
        {
            for (int k = 0; k < kind.length; k++)
            {
                e.addOutReport(kind[k], coid[k], qty[k], price[k], fee[k], reason[k]);
            }
        }
    }

    @Test
    void recoveryRebuildsTheSameStateWithoutSendingAndResumesWorkingOrders()
    {
        // the restore path (as for a remote venue): the paper broker's default is to re-simulate
        final Config c = config("oms.limit.spread.fraction", "0.25", "paper.recovery", "restore");
        final Session live = new Session(new Desk(c));
        final Session rec = new Session(new Desk(c));
        final int n = 240;
        final List<Outs> journal = new ArrayList<>();
        int recoveredUpTo = -1;
        for (int i = 0; i < n; i++)
        {
            final boolean entry = i == 6;
            final boolean flatten = i == 150;
            if (flatten)
            {
                live.desk.admin(live.desk.e.eventTimeNanos + 1, AdminCommand.HALT, 1);
                journal.add(Outs.of(live.desk.publish()));
            }
            journal.add(Outs.of(live.step(i, entry)));
            // the crash happens while the entry order is still partly working
            if (recoveredUpTo < 0 && i > 6 && live.desk.t.orders.workingCount() > 0 && live.desk.t.portfolio.position(live.stock) > 0)
            {
                recoveredUpTo = journal.size();
            }
        }
        assertThat(recoveredUpTo).as("the entry was still working after a partial fill").isGreaterThan(0);

        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == 150)
            {
                rec.desk.admin(rec.desk.e.eventTimeNanos + 1, AdminCommand.HALT, 1);
                send(rec, journal.get(k), k < recoveredUpTo);
                k++;
            }
            TAPE.load(rec.desk, rec.spy, i);
            if (i == 6)
            {
                rec.desk.entry(rec.stock);
            }
            send(rec, journal.get(k), k < recoveredUpTo);
            if (k == recoveredUpTo - 1)
            {
                assertThat(rec.desk.t.paperBroker.submittedOrders()).as("nothing sent in recovery").isZero();
                assertThat(rec.desk.t.paperBroker.workingOrders()).isZero();
                assertThat(rec.desk.t.orders.workingCount()).isGreaterThan(0);
            }
            k++;
        }
        assertThat(rec.desk.stateHash()).isEqualTo(live.desk.stateHash());
        assertThat(rec.desk.t.portfolio.cashMicros()).isEqualTo(live.desk.t.portfolio.cashMicros());
        assertThat(rec.desk.t.portfolio.fillCount()).isEqualTo(live.desk.t.portfolio.fillCount());
        assertThat(live.desk.t.portfolio.position(live.stock)).as("flattened after the halt").isZero();
        assertThat(rec.desk.t.paperBroker.submittedOrders()).isGreaterThan(0);
    }

    private static void send(final Session s, final Outs outs, final boolean recovery)
    {
        if (recovery)
        {
            s.desk.e.flags |= MarketEvent.FLAG_RECOVERY;
            outs.restoreInto(s.desk.e);
        }
        s.desk.publish();
    }

    /** A remote venue's outbound side: it only records what would be sent (reports come back as BROKER_REPORT events). */
    private static final class OutboundQueue implements ExecutionVenue
    {
        final List<long[]> sent = new ArrayList<>();

        @Override
        public String name()
        {
            return "outbound";
        }

        @Override
        public void submit(final long coid, final int contractId, final int side, final long qty, final long limitMicros, final long t)
        {
            sent.add(new long[] {coid, contractId, side, qty, limitMicros});
        }

        @Override
        public void cancel(final long coid, final long t)
        {
            sent.add(new long[] {coid});
        }
    }

    @Test
    void remoteBrokerReportsAreHandledLikeTheInProcessVenuesReports()
    {
        final Config c = config("oms.limit.spread.fraction", "0.25");
        final Session paper = new Session(new Desk(c));
        final OutboundQueue queue = new OutboundQueue();
        final Session remote = new Session(new Desk(c, queue));
        long entryId = -1;
        for (int i = 0; i < 120; i++)
        {
            final MarketEvent e = paper.step(i, i == 6);
            if (i == 6)
            {
                entryId = e.intentClientOrderId[0];
            }
            final Outs outs = Outs.of(e);
            remote.step(i, i == 6);
            for (int r = 0; r < outs.kind().length; r++)
            {
                remote.desk.brokerReport(e.eventTimeNanos, outs.kind()[r], outs.coid()[r], outs.qty()[r], outs.price()[r], outs.fee()[r]);
                remote.desk.publish();
            }
            assertThat(remote.desk.t.portfolio.cashMicros()).isEqualTo(paper.desk.t.portfolio.cashMicros());
            assertThat(remote.desk.t.portfolio.position(remote.stock)).isEqualTo(paper.desk.t.portfolio.position(paper.stock));
            assertThat(remote.desk.t.orders.workingCount()).isEqualTo(paper.desk.t.orders.workingCount());
        }
        assertThat(paper.desk.t.portfolio.position(paper.stock)).isGreaterThan(0);
        assertThat(queue.sent).isNotEmpty();
        assertThat(queue.sent.get(0)[0]).as("the same client order id went out").isEqualTo(entryId);
    }
}
