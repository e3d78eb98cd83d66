package com.quantmatrix.adapters.ibkr;

import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a statement per currency (never mixed across currencies: converting needs a rate, and
 * the statement's own Cash Report already gives the base-currency view). Money in micros.
 */
public final class FlexTotals
{
    /** Sums of the execution rows of one currency. */
    public static final class TradeTotals
    {
        public int count;
        public long proceedsMicros;
        public long commissionMicros;
        public long netCashMicros;
        public long realizedPnlMicros;
    }

    /** Sums of the open positions of one currency: count = holdings summed, lots = tax-lot rows seen. */
    public static final class PositionTotals
    {
        public int count;
        public int lots;
        public long positionValueMicros;
        public long costBasisMicros;
        public long unrealizedPnlMicros;
    }

    public final Map<String, TradeTotals> tradesByCurrency = new TreeMap<>();
    public final Map<String, PositionTotals> positionsByCurrency = new TreeMap<>();
    /** currency -> cash transaction type -> amount. */
    public final Map<String, Map<String, Long>> cashByCurrencyAndType = new TreeMap<>();
    public int corporateActions;

    public static FlexTotals of(final FlexReport report)
    {
        final FlexTotals t = new FlexTotals();
        for (final FlexTrade tr : report.trades())
        {
            final TradeTotals s = t.tradesByCurrency.computeIfAbsent(tr.currency(), c -> new TradeTotals());
            s.count++;
            s.proceedsMicros += tr.proceedsMicros();
            s.commissionMicros += tr.commissionMicros();
            s.netCashMicros += tr.netCashMicros();
            s.realizedPnlMicros += tr.realizedPnlMicros();
        }
        // A query set to both levels lists each holding once as SUMMARY and again per LOT: sum one level only.
        final java.util.Set<String> summarised = new java.util.HashSet<>();
        for (final FlexPosition p : report.positions())
        {
            if (!p.isLot())
            {
                summarised.add(holdingKey(p));
            }
        }
        for (final FlexPosition p : report.positions())
        {
            final PositionTotals s = t.positionsByCurrency.computeIfAbsent(p.currency(), c -> new PositionTotals());
            if (p.isLot())
            {
                s.lots++;
                if (summarised.contains(holdingKey(p)))
                {
                    continue;
                }
            }
            s.count++;
            s.positionValueMicros += p.positionValueMicros();
            s.costBasisMicros += p.costBasisMoneyMicros();
            s.unrealizedPnlMicros += p.unrealizedPnlMicros();
        }
        for (final FlexCashTransaction c : report.cashTransactions())
        {
            t.cashByCurrencyAndType.computeIfAbsent(c.currency(), k -> new TreeMap<>())
                .merge(c.type() == null ? "Other" : c.type(), c.amountMicros(), Long::sum);
        }
        t.corporateActions = report.corporateActions().size();
        return t;
    }

    private static String holdingKey(final FlexPosition p)
    {
        return p.accountId() + "|" + (p.instrument().conid() != null ? p.instrument().conid() : p.instrument().symbol());
    }

    public int tradeCount()
    {
        return tradesByCurrency.values().stream().mapToInt(s -> s.count).sum();
    }
}
