package com.quantmatrix.engine.run;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a run did, for the summary a user reads at the end and for tests. Money in micros. */
public final class RunSummary
{
    public int days;
    public int firstDay;
    public int lastDay;
    public int symbols;
    public long events;
    public long recoveredInputs;
    public long signals;
    public long orders;
    public long fills;
    public int openPositions;
    public long realizedPnlMicros;
    public long unrealizedPnlMicros;
    public long feesMicros;
    public long equityMicros;
    public long faults;
    public boolean modeledPrices;
    public String stateHash;
    public String decisionDigest;
    public long decisions;
    public String journal;
    public double elapsedSeconds;
    public Map<String, Long> rejections = new LinkedHashMap<>();

    public String toJson()
    {
        final StringBuilder sb = new StringBuilder("{");
        field(sb, "days", days).append(',');
        field(sb, "from", firstDay).append(',');
        field(sb, "to", lastDay).append(',');
        field(sb, "symbols", symbols).append(',');
        field(sb, "events", events).append(',');
        field(sb, "recoveredInputs", recoveredInputs).append(',');
        field(sb, "signals", signals).append(',');
        field(sb, "orders", orders).append(',');
        field(sb, "fills", fills).append(',');
        field(sb, "openPositions", openPositions).append(',');
        sb.append("\"realizedPnl\":").append(dollars(realizedPnlMicros)).append(',');
        sb.append("\"unrealizedPnl\":").append(dollars(unrealizedPnlMicros)).append(',');
        sb.append("\"fees\":").append(dollars(feesMicros)).append(',');
        sb.append("\"equity\":").append(dollars(equityMicros)).append(',');
        field(sb, "faults", faults).append(',');
        sb.append("\"modeledPrices\":").append(modeledPrices).append(',');
        sb.append("\"stateHash\":\"").append(stateHash).append("\",");
        sb.append("\"decisionDigest\":\"").append(decisionDigest).append("\",");
        field(sb, "decisions", decisions).append(',');
        sb.append("\"journal\":").append(journal == null ? "null" : '"' + journal.replace("\\", "\\\\").replace("\"", "\\\"") + '"').append(',');
        sb.append("\"elapsedSeconds\":").append(Math.round(elapsedSeconds * 1000) / 1000.0).append(',');
        sb.append("\"rejections\":{");
        boolean first = true;
        for (final Map.Entry<String, Long> e : rejections.entrySet())
        {
            if (!first)
            {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(e.getKey()).append("\":").append(e.getValue());
        }
        return sb.append("}}").toString();
    }

    public String toText()
    {
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format("days            %d (%d to %d)%n", days, firstDay, lastDay));
        sb.append(String.format("symbols         %d%n", symbols));
        sb.append(String.format("events          %d%s%n", events, recoveredInputs > 0 ? " (+" + recoveredInputs + " recovered from the journal)" : ""));
        sb.append(String.format("signals         %d%n", signals));
        sb.append(String.format("orders          %d%n", orders));
        sb.append(String.format("fills           %d%n", fills));
        sb.append(String.format("open positions  %d%n", openPositions));
        sb.append(String.format("realized P&L    %s%n", dollars(realizedPnlMicros)));
        sb.append(String.format("unrealized P&L  %s%n", dollars(unrealizedPnlMicros)));
        sb.append(String.format("fees            %s%n", dollars(feesMicros)));
        sb.append(String.format("equity          %s%n", dollars(equityMicros)));
        if (modeledPrices)
        {
            sb.append("option prices   MODELED where no real chain existed (flagged in the journal)\n");
        }
        sb.append(String.format("faults          %d%n", faults));
        sb.append(String.format("rejections      %s%n", rejections.isEmpty() ? "none" : rejections.toString()));
        sb.append(String.format("decisions       %d (digest %s)%n", decisions, decisionDigest));
        sb.append(String.format("state hash      %s%n", stateHash));
        sb.append(String.format("journal         %s%n", journal == null ? "(off)" : journal));
        sb.append(String.format("elapsed         %.2f s%n", elapsedSeconds));
        return sb.toString();
    }

    /** Micros to a dollar string with cents, exact (no floating point). */
    public static String dollars(final long micros)
    {
        final long cents = Math.floorDiv(micros + 5_000, 10_000);
        final long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + (abs / 100) + "." + String.format("%02d", abs % 100);
    }

    private static StringBuilder field(final StringBuilder sb, final String name, final long v)
    {
        return sb.append('"').append(name).append("\":").append(v);
    }
}
