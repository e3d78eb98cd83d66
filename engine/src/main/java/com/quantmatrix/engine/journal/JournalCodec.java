package com.quantmatrix.engine.journal;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import net.openhft.chronicle.bytes.Bytes;

/**
 * The journal's record formats, written as raw bytes into a Chronicle DocumentContext (no
 * MethodWriter: a raw document makes no garbage per record; STACK.md).
 *
 * <pre>
 * 'I' INPUT     type, source, seq, eventTime, symbolId, flags, then the fields of that type
 * 'D' DECISION  source, seq, inputReject, signal, selection, intents with risk verdicts
 *               (written after risk, BEFORE routing: an intent is on record before it is sent)
 * 'R' REPORTS   source, seq, the venue reports produced while handling the event (paper fills)
 * 'S' SYMBOL    id, name (written the first time an id is journaled, so replay interns the same ids)
 * 'F' FAULT     source, seq, stage, exception text
 * 'M' META      free text (run id, configuration digest)
 * </pre>
 */
public final class JournalCodec
{
    public static final byte INPUT = 'I';
    public static final byte DECISION = 'D';
    public static final byte REPORTS = 'R';
    public static final byte SYMBOL = 'S';
    public static final byte FAULT = 'F';
    public static final byte META = 'M';

    /** Flags that describe how an event is being processed, not what it is: never journaled. */
    private static final int TRANSIENT_FLAGS = MarketEvent.FLAG_RECOVERY | MarketEvent.FLAG_JOURNALED;

    private JournalCodec()
    {
    }

    public static void writeInput(final Bytes<?> b, final MarketEvent e)
    {
        b.writeByte(INPUT);
        b.writeByte((byte)e.type);
        b.writeByte((byte)e.source);
        b.writeLong(e.seq);
        b.writeLong(e.eventTimeNanos);
        b.writeInt(e.symbolId);
        b.writeInt(e.flags & ~TRANSIENT_FLAGS);
        switch (e.type)
        {
            case EventType.TRADE:
            case EventType.BAR:
                b.writeInt(e.barSeconds);
                b.writeDouble(e.open);
                b.writeDouble(e.high);
                b.writeDouble(e.low);
                b.writeDouble(e.close);
                b.writeLong(e.volume);
                break;
            case EventType.QUOTE:
                b.writeDouble(e.bid);
                b.writeDouble(e.ask);
                b.writeInt(e.bidSize);
                b.writeInt(e.askSize);
                break;
            case EventType.OPTION_QUOTE:
                b.writeInt(e.expiry);
                b.writeDouble(e.strike);
                b.writeByte((byte)e.right);
                b.writeDouble(e.bid);
                b.writeDouble(e.ask);
                b.writeDouble(e.close);
                b.writeInt(e.bidSize);
                b.writeInt(e.askSize);
                b.writeLong(e.volume);
                b.writeLong(e.openInterest);
                b.writeDouble(e.vendorIv);
                break;
            case EventType.BROKER_REPORT:
                b.writeByte((byte)e.reportKind);
                b.writeLong(e.clientOrderId);
                b.writeLong(e.fillQty);
                b.writeLong(e.fillPriceMicros);
                b.writeLong(e.feeMicros);
                break;
            case EventType.ADMIN:
                b.writeInt(e.adminCommand);
                b.writeLong(e.adminArg);
                break;
            case EventType.REFERENCE:
                b.writeInt(e.refKind);
                b.writeDouble(e.close);
                break;
            case EventType.STAGE_LATENCY:
                b.writeInt(e.stage);
                b.writeLong(e.latencyNanos);
                break;
            default:
                break;
        }
    }

    /** Reads the body of an INPUT record (after its kind byte) into an event, clearing its decisions. */
    public static void readInput(final Bytes<?> b, final MarketEvent e)
    {
        e.clear();
        e.type = b.readByte();
        e.source = b.readByte();
        e.seq = b.readLong();
        e.eventTimeNanos = b.readLong();
        e.symbolId = b.readInt();
        e.flags = b.readInt();
        switch (e.type)
        {
            case EventType.TRADE:
            case EventType.BAR:
                e.barSeconds = b.readInt();
                e.open = b.readDouble();
                e.high = b.readDouble();
                e.low = b.readDouble();
                e.close = b.readDouble();
                e.volume = b.readLong();
                break;
            case EventType.QUOTE:
                e.bid = b.readDouble();
                e.ask = b.readDouble();
                e.bidSize = b.readInt();
                e.askSize = b.readInt();
                break;
            case EventType.OPTION_QUOTE:
                e.expiry = b.readInt();
                e.strike = b.readDouble();
                e.right = b.readByte();
                e.bid = b.readDouble();
                e.ask = b.readDouble();
                e.close = b.readDouble();
                e.bidSize = b.readInt();
                e.askSize = b.readInt();
                e.volume = b.readLong();
                e.openInterest = b.readLong();
                e.vendorIv = b.readDouble();
                break;
            case EventType.BROKER_REPORT:
                e.reportKind = b.readByte();
                e.clientOrderId = b.readLong();
                e.fillQty = b.readLong();
                e.fillPriceMicros = b.readLong();
                e.feeMicros = b.readLong();
                break;
            case EventType.ADMIN:
                e.adminCommand = b.readInt();
                e.adminArg = b.readLong();
                break;
            case EventType.REFERENCE:
                e.refKind = b.readInt();
                e.close = b.readDouble();
                break;
            case EventType.STAGE_LATENCY:
                e.stage = b.readInt();
                e.latencyNanos = b.readLong();
                break;
            default:
                break;
        }
    }

    /** True when the event carries a decision worth a DECISION record. */
    public static boolean hasDecision(final MarketEvent e)
    {
        return e.inputReject != 0 || e.controlObserved != 0 || e.signalType != 0 || e.selectedContractId >= 0 || e.selectReason != 0 || e.intentCount > 0;
    }

    public static void writeDecision(final Bytes<?> b, final MarketEvent e)
    {
        b.writeByte(DECISION);
        b.writeByte((byte)e.source);
        b.writeLong(e.seq);
        b.writeShort((short)e.inputReject);
        b.writeByte((byte)e.controlObserved);
        b.writeByte((byte)e.signalType);
        b.writeByte((byte)e.signalDirection);
        b.writeDouble(e.signalConfidence);
        b.writeInt(e.selectedContractId);
        b.writeShort((short)e.selectReason);
        b.writeByte((byte)(e.flags & MarketEvent.FLAG_MODELED));
        b.writeByte((byte)e.intentCount);
        for (int i = 0; i < e.intentCount; i++)
        {
            b.writeLong(e.intentClientOrderId[i]);
            b.writeInt(e.intentContractId[i]);
            b.writeByte((byte)e.intentSide[i]);
            b.writeLong(e.intentQty[i]);
            b.writeLong(e.intentLimitMicros[i]);
            b.writeByte((byte)e.intentPurpose[i]);
            b.writeShort((short)e.riskVerdict[i]);
        }
    }

    /** Reads the body of a DECISION record into the decision fields of an event (and its source/seq). */
    public static void readDecision(final Bytes<?> b, final MarketEvent e)
    {
        e.clearDecisions();
        e.source = b.readByte();
        e.seq = b.readLong();
        e.inputReject = b.readShort();
        e.controlObserved = b.readByte();
        e.signalType = b.readByte();
        e.signalDirection = b.readByte();
        e.signalConfidence = b.readDouble();
        e.selectedContractId = b.readInt();
        e.selectReason = b.readShort();
        e.flags = b.readByte();
        final int n = b.readByte();
        for (int i = 0; i < n; i++)
        {
            final long coid = b.readLong();
            final int contract = b.readInt();
            final int side = b.readByte();
            final long qty = b.readLong();
            final long limit = b.readLong();
            final int purpose = b.readByte();
            final int idx = e.addIntent(coid, contract, side, qty, limit, purpose);
            e.riskVerdict[idx] = b.readShort();
        }
    }

    public static void writeReports(final Bytes<?> b, final MarketEvent e)
    {
        b.writeByte(REPORTS);
        b.writeByte((byte)e.source);
        b.writeLong(e.seq);
        b.writeByte((byte)e.outCount);
        for (int i = 0; i < e.outCount; i++)
        {
            b.writeByte((byte)e.outKind[i]);
            b.writeLong(e.outClientOrderId[i]);
            b.writeLong(e.outQty[i]);
            b.writeLong(e.outPriceMicros[i]);
            b.writeLong(e.outFeeMicros[i]);
            b.writeShort((short)e.outReason[i]);
        }
    }

    public static void readReports(final Bytes<?> b, final MarketEvent e)
    {
        e.outCount = 0;
        e.source = b.readByte();
        e.seq = b.readLong();
        final int n = b.readByte();
        for (int i = 0; i < n; i++)
        {
            final int kind = b.readByte();
            final long coid = b.readLong();
            final long qty = b.readLong();
            final long price = b.readLong();
            final long fee = b.readLong();
            e.addOutReport(kind, coid, qty, price, fee, b.readShort());
        }
    }

    public static void writeSymbol(final Bytes<?> b, final int id, final String name)
    {
        b.writeByte(SYMBOL);
        b.writeInt(id);
        b.write8bit(name);
    }

    public static void writeText(final Bytes<?> b, final byte kind, final int source, final long seq, final String text)
    {
        b.writeByte(kind);
        b.writeByte((byte)source);
        b.writeLong(seq);
        b.write8bit(text);
    }
}
