package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.market.MarketView;
import com.quantmatrix.engine.oms.ClientOrderIds;
import com.quantmatrix.engine.oms.LimitPricer;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.stats.ReasonCounters;
import com.quantmatrix.engine.time.NyDate;

/**
 * Pre-trade risk, the gate before any order. Per event:
 * <ol>
 * <li>the circuit breakers see the event time and the equity;</li>
 * <li>an ADMIN event is applied to the {@link TradingSwitch} (halt, resume, reduce-only; the admin
 * port also flips the switch directly, so a halt holds before this event arrives);</li>
 * <li>a daily BAR feeds the rolling returns of the correlation limit;</li>
 * <li>when the selector picked a contract for an ENTRY signal ({@code selectedContractId >= 0}), an
 * OPEN intent is sized ({@link PreTradeRisk#sizeEntry}) and added, priced by the {@link LimitPricer};
 * when nothing may be bought it is added with quantity 0 and the binding reason as its verdict, so
 * the journal says why nothing was traded;</li>
 * <li>every intent of the event gets its verdict in {@code riskVerdict[i]}: 1 accepted, else a
 * {@link RiskReason} code, counted in the {@link ReasonCounters}.</li>
 * </ol>
 * Reads: type, admin, bar, signal, selection and intents. Writes: intents and riskVerdict.
 */
public final class RiskStage implements Stage, StateHash.Hashable
{
    private static final int DAILY = 86_400;

    private final PreTradeRisk risk;
    private final TradingSwitch tradingSwitch;
    private final MarketView market;
    private final ReasonCounters counters;
    private final LimitPricer pricer;
    private long entriesSized;
    private long intentsAccepted;
    private long intentsRejected;

    public RiskStage(final PreTradeRisk risk, final MarketView market, final ReasonCounters counters)
    {
        this.risk = risk;
        this.tradingSwitch = risk.tradingSwitch();
        this.market = market;
        this.counters = counters;
        this.pricer = risk.pricer();
    }

    @Override
    public String name()
    {
        return "risk";
    }

    public PreTradeRisk risk()
    {
        return risk;
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        risk.beginEvent(e.eventTimeNanos, e.inputReject == 0 ? e.symbolId : -1);
        if (e.inputReject == 0)
        {
            if (e.type == EventType.ADMIN)
            {
                tradingSwitch.apply(e.adminCommand, e.adminArg);
                if (e.adminCommand == AdminCommand.RESUME && e.adminArg != AdminCommand.RESUME_MODE_ONLY)
                {
                    risk.onResume();
                }
            }
            else if (e.type == EventType.BAR && e.barSeconds == DAILY)
            {
                final int date = market.lastDailyBarDate(e.symbolId);
                risk.onDailyBar(e.symbolId, date > 0 ? date : NyDate.ofEpochNanos(e.eventTimeNanos), e.close);
            }
            if (e.selectedContractId >= 0 && e.signalType == SignalType.ENTRY)
            {
                addEntry(e);
            }
        }
        for (int i = 0; i < e.intentCount; i++)
        {
            if (e.riskVerdict[i] == 0)
            {
                final int v = risk.check(e, i);
                e.riskVerdict[i] = v;
                count(v);
            }
        }
    }

    private void addEntry(final MarketEvent e)
    {
        if (e.intentCount == MarketEvent.MAX_INTENTS)
        {
            counters.increment(RiskReason.INTENTS_FULL);
            return;
        }
        final int c = e.selectedContractId;
        final long limit = pricer.initialLimitMicros(c, 1, IntentPurpose.OPEN);
        final long qty = risk.sizeEntry(c, limit);
        entriesSized++;
        final int i = e.addIntent(ClientOrderIds.forIntent(e, e.intentCount), c, 1, qty, limit, IntentPurpose.OPEN);
        if (qty == 0)
        {
            final int reason = risk.bindingReason() != 0 ? risk.bindingReason() : RiskReason.INVALID_INTENT;
            e.riskVerdict[i] = reason;
            count(reason);
        }
    }

    private void count(final int verdict)
    {
        if (verdict == RiskReason.ACCEPTED)
        {
            intentsAccepted++;
        }
        else
        {
            intentsRejected++;
            counters.increment(verdict);
        }
    }

    public long intentsAccepted()
    {
        return intentsAccepted;
    }

    public long intentsRejected()
    {
        return intentsRejected;
    }

    @Override
    public void hashInto(final StateHash hash)
    {
        hash.mix(entriesSized).mix(intentsAccepted).mix(intentsRejected).mix(tradingSwitch.mode());
        risk.hashInto(hash);
    }
}
