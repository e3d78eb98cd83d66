package com.quantmatrix.engine.journal;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.pipeline.StateHash;

/**
 * A running hash over the sequence of decisions (what {@link JournalCodec#writeDecision} and
 * {@link JournalCodec#writeReports} record), so two runs can be compared decision by decision with one
 * number: a live run computes it as it journals; replay computes it from the journal and again from
 * re-running the inputs.
 *
 * <p>Decisions and venue reports are digested separately (each in event order, each by one
 * thread: in the staged layout the report journal has its own thread) and combined on reading.
 */
public final class DecisionDigest
{
    private final StateHash decisionHash = new StateHash();
    private final StateHash reportHash = new StateHash();
    private long decisions;
    private long intents;
    private long reports;

    public void onDecision(final MarketEvent e)
    {
        decisions++;
        decisionHash.mix(e.source).mix(e.seq).mix(e.inputReject).mix(e.controlObserved).mix(e.signalType).mix(e.signalDirection)
            .mix(e.signalConfidence).mix(e.selectedContractId).mix(e.selectReason).mix(e.intentCount);
        for (int i = 0; i < e.intentCount; i++)
        {
            intents++;
            decisionHash.mix(e.intentClientOrderId[i]).mix(e.intentContractId[i]).mix(e.intentSide[i]).mix(e.intentQty[i])
                .mix(e.intentLimitMicros[i]).mix(e.intentPurpose[i]).mix(e.riskVerdict[i]);
        }
    }

    public void onReports(final MarketEvent e)
    {
        reportHash.mix(e.source).mix(e.seq).mix(e.outCount);
        for (int i = 0; i < e.outCount; i++)
        {
            reports++;
            reportHash.mix(e.outKind[i]).mix(e.outClientOrderId[i]).mix(e.outQty[i]).mix(e.outPriceMicros[i])
                .mix(e.outFeeMicros[i]).mix(e.outReason[i]);
        }
    }

    /** Both sequences in one number (read once the pipeline is idle). */
    public long value()
    {
        return new StateHash().mix(decisionHash.value()).mix(reportHash.value()).mix(decisions).mix(reports).value();
    }

    public String hex()
    {
        return String.format("%016x", value());
    }

    public long decisions()
    {
        return decisions;
    }

    public long intents()
    {
        return intents;
    }

    public long reports()
    {
        return reports;
    }
}
