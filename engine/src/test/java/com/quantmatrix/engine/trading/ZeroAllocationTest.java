package com.quantmatrix.engine.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.event.AdminCommand;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The four trading stages and the paper broker allocate nothing per event once warm: the real SPY
 * session replayed day after day with entries, partial fills, re-prices, a halt with flatten, exits
 * and daily marks, measured with the JVM's per-thread allocation counter.
 */
class ZeroAllocationTest
{
    private static final long DAY = 86_400_000_000_000L;

    @Test
    void steadyStateAllocatesNothing()
    {
        final SpyTape tape = new SpyTape(9, 31);
        final Desk desk = new Desk(Config.empty().with("portfolio.initial.cash", "10000000")
            .with("risk.max.contracts.per.order", "20000").with("oms.reprice.interval.ms", "60000"));
        final int spy = desk.symbol("SPY");
        final int stock = desk.stock(spy);
        desk.market.atr(spy, tape.atr);
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        // The fewest bytes of any warm pass: an allocation per event shows in every pass (thousands of
        // bytes each), while the JIT's own work (a deoptimization re-materializes scalar-replaced
        // objects, counted against this thread) lands in one pass now and then: ~1 run in 3 saw 88 bytes
        // in one of three warm passes, with the same code.
        long measured = Long.MAX_VALUE;
        long events = 0;
        for (int pass = 0; pass < 8; pass++)
        {
            // each pass is the same session a week later (Mondays)
            final long shift = pass * 7 * DAY;
            final long before = mx.getThreadAllocatedBytes(thread);
            for (int i = 0; i < tape.size(); i++)
            {
                if (i == 300)
                {
                    desk.admin(tape.steps.get(i).timeNanos() + shift, AdminCommand.HALT, 1);
                    desk.publish();
                }
                if (i == 400)
                {
                    desk.admin(tape.steps.get(i).timeNanos() + shift, AdminCommand.RESUME, 0);
                    desk.publish();
                }
                tape.load(desk, spy, i, shift);
                if (i % 60 == 10)
                {
                    desk.entry(stock);
                }
                desk.publish();
                events++;
            }
            final long after = mx.getThreadAllocatedBytes(thread);
            if (pass >= 3)
            {
                measured = Math.min(measured, after - before);
            }
        }
        assertThat(desk.t.portfolio.fillCount()).as("the passes traded").isGreaterThan(10);
        assertThat(desk.t.orders.cancelsSent()).isGreaterThan(0);
        assertThat(desk.counters.get(com.quantmatrix.engine.exit.ExitReason.FLATTEN)).isGreaterThan(0);
        assertThat(events).isGreaterThan(4000);
        assertThat(measured).as("bytes allocated in a warm pass of %d events", tape.size()).isZero();
    }
}
