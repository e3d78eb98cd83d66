package com.quantmatrix.adapters.broker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares what a broker holds with what the engine's journal says, at start-up and on demand.
 * Positions are matched by OCC symbol without padding; by default only options are compared (the
 * engine trades options; the user's long-term stocks at the same broker are not its business);
 * cash is compared within a tolerance. The policy turns differences into a decision.
 */
public final class Reconciler
{
    private final ReconcilePolicy policy;
    private final long cashToleranceMicros;
    private final boolean optionsOnly;

    public Reconciler(final ReconcilePolicy policy, final long cashToleranceMicros, final boolean optionsOnly)
    {
        this.policy = policy;
        this.cashToleranceMicros = cashToleranceMicros;
        this.optionsOnly = optionsOnly;
    }

    public static Reconciler from(final BrokerSettings s)
    {
        return new Reconciler(s.reconcilePolicy, s.cashToleranceMicros, s.reconcileOptionsOnly);
    }

    /**
     * @param engineCashMicros the journal's cash, or null to skip the cash check (e.g. the engine
     *                         books only the options sleeve of a larger account)
     */
    public ReconcileReport reconcile(final BrokerSnapshot broker, final List<EnginePosition> engine, final Long engineCashMicros)
    {
        final Map<String, BigDecimal> atBroker = new TreeMap<>();
        final Map<String, String> shown = new TreeMap<>();
        for (final BrokerPosition p : broker.positions())
        {
            if (optionsOnly && !p.option())
            {
                continue;
            }
            final String k = BrokerPosition.key(p.symbol());
            atBroker.merge(k, p.quantity(), BigDecimal::add);
            shown.putIfAbsent(k, p.symbol());
        }
        final Map<String, BigDecimal> inEngine = new TreeMap<>();
        for (final EnginePosition p : engine)
        {
            final String k = BrokerPosition.key(p.symbol());
            inEngine.merge(k, BigDecimal.valueOf(p.quantity()), BigDecimal::add);
            shown.putIfAbsent(k, p.symbol());
        }
        final List<ReconcileDifference> diffs = new ArrayList<>();
        final TreeMap<String, Boolean> keys = new TreeMap<>();
        atBroker.keySet().forEach(k -> keys.put(k, true));
        inEngine.keySet().forEach(k -> keys.put(k, true));
        for (final String k : keys.keySet())
        {
            final BigDecimal b = atBroker.getOrDefault(k, BigDecimal.ZERO);
            final BigDecimal e = inEngine.getOrDefault(k, BigDecimal.ZERO);
            if (b.compareTo(e) == 0)
            {
                continue;
            }
            final ReconcileDifference.Kind kind = e.signum() == 0 ? ReconcileDifference.Kind.UNKNOWN_TO_ENGINE
                : b.signum() == 0 ? ReconcileDifference.Kind.MISSING_AT_BROKER : ReconcileDifference.Kind.QUANTITY_MISMATCH;
            diffs.add(new ReconcileDifference(kind, shown.get(k), b, e));
        }
        if (engineCashMicros != null && broker.cashMicros() != null
            && Math.abs(broker.cashMicros() - engineCashMicros) > cashToleranceMicros)
        {
            diffs.add(new ReconcileDifference(ReconcileDifference.Kind.CASH_MISMATCH, "cash",
                Micros.toDecimal(broker.cashMicros()), Micros.toDecimal(engineCashMicros)));
        }
        return new ReconcileReport(broker.source(), broker.account(), diffs, policy);
    }
}
