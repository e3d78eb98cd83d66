package com.quantmatrix.adapters.polygon;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.quantmatrix.adapters.AdapterReasons;
import com.quantmatrix.adapters.feed.MarketEventSink;
import com.quantmatrix.adapters.net.JsonValues;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.stats.ReasonCounters;

import io.netty.buffer.ByteBuf;

/**
 * Parses Polygon WebSocket frames (JSON arrays of mixed events) straight into {@link MarketEvent}
 * input fields, one event at a time, with no allocation per event in steady state.
 *
 * <p>How: one long-lived Jackson non-blocking parser is fed each frame (frames follow each other
 * as root values), so its buffers are reused; field names come from Jackson's canonical name
 * table (created once per distinct name, dispatched by a switch on the cached hash); strings and
 * numbers are read from the parser's char buffer in place (symbols are looked up with
 * {@link SymbolTable#find(byte[], int, int)}, decimals parsed by {@link Decimals}). An event is
 * emitted when its object closes, so a cut frame never yields half an event.
 *
 * <p>Mapping: stocks AM / A become BAR (60 s / 1 s; event time = window end), T becomes TRADE,
 * Q becomes QUOTE; option Q ("O:SPY241220P00720000") becomes OPTION_QUOTE of the underlying with
 * expiry, strike and right. Option trades and aggregates and other event types (LULD, FMV, NOI)
 * have no ring event and are counted as ignored. Status messages go to the status handler.
 * Bad input is counted by reason code ({@link AdapterReasons}) and never thrown. Emitted events
 * carry source SOURCE_MARKET_DATA and seq 1, 2, 3, ... (see {@link #continueSequenceAfter}).
 *
 * <p>Not thread-safe: one parser per connection, called on its I/O thread.
 */
public final class PolygonFrameParser
{
    /** Told about every {"ev":"status"} message (rare: allocation is fine here). */
    @FunctionalInterface
    public interface StatusHandler
    {
        void onStatus(PolygonStatus status, String message);
    }

    private static final int EV_NONE = 0;
    private static final int EV_AM = 1;
    private static final int EV_A = 2;
    private static final int EV_T = 3;
    private static final int EV_Q = 4;
    private static final int EV_STATUS = 5;
    private static final int EV_OTHER = 6;

    private static final int F_OTHER = 0;
    private static final int F_EV = 1;
    private static final int F_SYM = 2;
    private static final int F_O = 3;
    private static final int F_H = 4;
    private static final int F_L = 5;
    private static final int F_C = 6;
    private static final int F_V = 7;
    private static final int F_S = 8;
    private static final int F_E = 9;
    private static final int F_T = 10;
    private static final int F_P = 11;
    private static final int F_BP = 12;
    private static final int F_AP = 13;
    private static final int F_BS = 14;
    private static final int F_AS = 15;
    private static final int F_STATUS = 16;
    private static final int F_MESSAGE = 17;

    private static final int MAX_SYMBOL = 64;
    private static final int REASON_BASE = 600;

    private final SymbolTable symbols;
    private final MarketEventSink sink;
    private final StatusHandler statusHandler;
    private final MarketEvent event = new MarketEvent();
    private final ReasonCounters rejects;
    private long seq;

    private JsonParser parser;
    private ByteArrayFeeder feeder;
    private byte[] copyBuffer = new byte[16 * 1024];

    // Frame state.
    private int depth;
    private boolean rootObject;
    private int pendingField;

    // The event being read (reset at each START_OBJECT).
    private int ev;
    private final byte[] sym = new byte[MAX_SYMBOL];
    private int symLen;
    private boolean badNumber;
    private double o;
    private double h;
    private double l;
    private double c;
    private double v;
    private double p;
    private double bp;
    private double ap;
    private double bs;
    private double as;
    private long s;
    private long e;
    private long t;
    private PolygonStatus status;
    private String message;

    private long frames;
    private long eventsOut;
    private long ignored;

    public PolygonFrameParser(final SymbolTable symbols, final MarketEventSink sink, final StatusHandler statusHandler)
    {
        this(symbols, sink, statusHandler, new ReasonCounters());
    }

    /** With the engine's reason counters (this parser is the single writer of codes 601-605 there). */
    public PolygonFrameParser(
        final SymbolTable symbols, final MarketEventSink sink, final StatusHandler statusHandler, final ReasonCounters counters)
    {
        this.rejects = counters;
        this.symbols = symbols;
        this.sink = sink;
        this.statusHandler = statusHandler;
        AdapterReasons.register();
        newParser();
    }

    /** Parses one complete frame from a Netty buffer (not consumed; read in place or copied once into a reused array). */
    public void parse(final ByteBuf frame)
    {
        final int n = frame.readableBytes();
        if (frame.hasArray())
        {
            parse(frame.array(), frame.arrayOffset() + frame.readerIndex(), n);
            return;
        }
        if (copyBuffer.length < n)
        {
            copyBuffer = new byte[Math.max(n, copyBuffer.length * 2)];
        }
        frame.getBytes(frame.readerIndex(), copyBuffer, 0, n);
        parse(copyBuffer, 0, n);
    }

    /** Parses one complete frame: {@code buf[offset, offset+length)}. */
    public void parse(final byte[] buf, final int offset, final int length)
    {
        frames++;
        try
        {
            feeder.feedInput(buf, offset, offset + length);
            JsonToken tok;
            while ((tok = parser.nextToken()) != JsonToken.NOT_AVAILABLE && tok != null)
            {
                onToken(tok);
            }
            if (depth != 0)
            {
                // The frame ended inside the array or an event: truncated.
                malformed();
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            malformed();
        }
    }

    private void onToken(final JsonToken tok) throws IOException
    {
        switch (tok)
        {
            case START_ARRAY:
                depth++;
                break;
            case START_OBJECT:
                if (depth == 1 || depth == 0)
                {
                    rootObject = depth == 0;
                    beginEvent();
                    depth = 2;
                }
                else
                {
                    depth++;
                }
                break;
            case END_OBJECT:
                if (depth == 2)
                {
                    endEvent();
                    depth = rootObject ? 0 : 1;
                    rootObject = false;
                }
                else
                {
                    depth--;
                }
                break;
            case END_ARRAY:
                depth--;
                break;
            case FIELD_NAME:
                if (depth == 2)
                {
                    pendingField = field(parser.currentName());
                }
                break;
            default:
                if (depth == 2)
                {
                    value(tok);
                }
        }
    }

    private static int field(final String name)
    {
        switch (name)
        {
            case "ev": return F_EV;
            case "sym": return F_SYM;
            case "o": return F_O;
            case "h": return F_H;
            case "l": return F_L;
            case "c": return F_C;
            case "v": return F_V;
            case "s": return F_S;
            case "e": return F_E;
            case "t": return F_T;
            case "p": return F_P;
            case "bp": return F_BP;
            case "ap": return F_AP;
            case "bs": return F_BS;
            case "as": return F_AS;
            case "status": return F_STATUS;
            case "message": return F_MESSAGE;
            default: return F_OTHER;
        }
    }

    private void beginEvent()
    {
        ev = EV_NONE;
        symLen = 0;
        badNumber = false;
        o = Double.NaN;
        h = Double.NaN;
        l = Double.NaN;
        c = Double.NaN;
        v = Double.NaN;
        p = Double.NaN;
        bp = Double.NaN;
        ap = Double.NaN;
        bs = Double.NaN;
        as = Double.NaN;
        s = 0;
        e = 0;
        t = 0;
        status = null;
        message = null;
        pendingField = F_OTHER;
    }

    private void value(final JsonToken tok) throws IOException
    {
        final int f = pendingField;
        pendingField = F_OTHER;
        if (f == F_OTHER)
        {
            return;
        }
        if (tok == JsonToken.VALUE_STRING)
        {
            final char[] chars = parser.getTextCharacters();
            final int off = parser.getTextOffset();
            final int len = parser.getTextLength();
            switch (f)
            {
                case F_EV: ev = eventType(chars, off, len); break;
                case F_SYM: copySymbol(chars, off, len); break;
                case F_STATUS: status = statusOf(chars, off, len); break;
                case F_MESSAGE: message = new String(chars, off, len); break;
                default: number(f, chars, off, len);
            }
        }
        else if (tok == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER)
        {
            // Jackson holds small ints as values (its text of "0" would be a fresh array).
            whole(f, parser.getLongValue());
        }
        else if (tok == JsonToken.VALUE_NUMBER_INT || tok == JsonToken.VALUE_NUMBER_FLOAT)
        {
            number(f, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        }
    }

    private void number(final int f, final char[] chars, final int off, final int len)
    {
        if (f == F_S || f == F_E || f == F_T)
        {
            final long w = Decimals.parseLong(chars, off, len);
            if (w != Long.MIN_VALUE)
            {
                whole(f, w);
                return;
            }
        }
        final double d = Decimals.parse(chars, off, len);
        if (Double.isNaN(d))
        {
            badNumber |= f != F_C; // "c" is a condition list in trades and quotes, a close in bars
            return;
        }
        decimal(f, d);
    }

    private void whole(final int f, final long w)
    {
        switch (f)
        {
            case F_S: s = w; break;
            case F_E: e = w; break;
            case F_T: t = w; break;
            default: decimal(f, w);
        }
    }

    private void decimal(final int f, final double d)
    {
        switch (f)
        {
            case F_O: o = d; break;
            case F_H: h = d; break;
            case F_L: l = d; break;
            case F_C: c = d; break;
            case F_V: v = d; break;
            case F_S: s = (long)d; break;
            case F_E: e = (long)d; break;
            case F_T: t = (long)d; break;
            case F_P: p = d; break;
            case F_BP: bp = d; break;
            case F_AP: ap = d; break;
            case F_BS: bs = d; break;
            case F_AS: as = d; break;
            default: break;
        }
    }

    private void copySymbol(final char[] chars, final int off, final int len)
    {
        if (len > MAX_SYMBOL)
        {
            symLen = 0;
            return;
        }
        for (int i = 0; i < len; i++)
        {
            sym[i] = (byte)chars[off + i];
        }
        symLen = len;
    }

    private void endEvent()
    {
        switch (ev)
        {
            case EV_STATUS:
                if (statusHandler != null)
                {
                    statusHandler.onStatus(status == null ? PolygonStatus.OTHER : status, message);
                }
                return;
            case EV_AM:
            case EV_A:
            case EV_T:
            case EV_Q:
                break;
            default:
                ignored++;
                return;
        }
        if (badNumber)
        {
            reject(AdapterReasons.FEED_BAD_NUMBER);
            return;
        }
        if (symLen == 0)
        {
            reject(AdapterReasons.FEED_MISSING_FIELD);
            return;
        }
        final MarketEvent out = event;
        out.clear();
        if (symLen > 2 && sym[0] == 'O' && sym[1] == ':')
        {
            if (ev != EV_Q)
            {
                ignored++;
                return;
            }
            if (!optionKey(out))
            {
                return;
            }
            out.type = EventType.OPTION_QUOTE;
            if (!quote(out))
            {
                return;
            }
        }
        else
        {
            final int id = symbols.find(sym, 0, symLen);
            if (id < 0)
            {
                reject(AdapterReasons.FEED_UNKNOWN_SYMBOL);
                return;
            }
            out.symbolId = id;
            if (!fill(out))
            {
                return;
            }
        }
        eventsOut++;
        out.source = MarketEvent.SOURCE_MARKET_DATA;
        out.seq = ++seq;
        sink.onEvent(out);
    }

    private boolean fill(final MarketEvent out)
    {
        switch (ev)
        {
            case EV_AM:
            case EV_A:
                final int seconds = ev == EV_AM ? 60 : 1;
                if (Double.isNaN(o) || Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c) || (e == 0 && s == 0))
                {
                    reject(AdapterReasons.FEED_MISSING_FIELD);
                    return false;
                }
                out.type = EventType.BAR;
                out.barSeconds = seconds;
                out.open = o;
                out.high = h;
                out.low = l;
                out.close = c;
                out.volume = Double.isNaN(v) ? 0 : Math.round(v);
                out.eventTimeNanos = e != 0 ? toNanos(e) : toNanos(s) + seconds * 1_000_000_000L;
                return true;
            case EV_T:
                if (Double.isNaN(p) || t == 0)
                {
                    reject(AdapterReasons.FEED_MISSING_FIELD);
                    return false;
                }
                out.type = EventType.TRADE;
                out.close = p;
                out.volume = s;
                out.eventTimeNanos = toNanos(t);
                return true;
            default:
                out.type = EventType.QUOTE;
                return quote(out);
        }
    }

    private boolean quote(final MarketEvent out)
    {
        if (Double.isNaN(bp) || Double.isNaN(ap) || t == 0)
        {
            reject(AdapterReasons.FEED_MISSING_FIELD);
            return false;
        }
        out.bid = bp;
        out.ask = ap;
        out.bidSize = Double.isNaN(bs) ? 0 : (int)bs;
        out.askSize = Double.isNaN(as) ? 0 : (int)as;
        out.eventTimeNanos = toNanos(t);
        return true;
    }

    /** O:ROOT + yymmdd + C|P + strike*1000 (8 digits): fills symbolId (the underlying), expiry, right, strike. */
    private boolean optionKey(final MarketEvent out)
    {
        final int n = symLen;
        final int rootLen = n - 2 - 15;
        if (rootLen < 1)
        {
            reject(AdapterReasons.FEED_BAD_OPTION_SYMBOL);
            return false;
        }
        final int dateAt = 2 + rootLen;
        final int rightAt = dateAt + 6;
        final long yymmdd = digits(dateAt, 6);
        final long strike = digits(rightAt + 1, 8);
        final byte right = sym[rightAt];
        if (yymmdd < 0 || strike < 0 || right != 'C' && right != 'P')
        {
            reject(AdapterReasons.FEED_BAD_OPTION_SYMBOL);
            return false;
        }
        final int id = symbols.find(sym, 2, rootLen);
        if (id < 0)
        {
            reject(AdapterReasons.FEED_UNKNOWN_SYMBOL);
            return false;
        }
        out.symbolId = id;
        out.expiry = (int)(20_000_000 + yymmdd);
        out.right = right == 'C' ? MarketEvent.CALL : MarketEvent.PUT;
        out.strike = strike / 1000.0;
        return true;
    }

    private long digits(final int from, final int count)
    {
        long x = 0;
        for (int i = from; i < from + count; i++)
        {
            final int d = sym[i] - '0';
            if (d < 0 || d > 9)
            {
                return -1;
            }
            x = x * 10 + d;
        }
        return x;
    }

    /** Polygon stamps stocks in ms and some feeds in ns (or µs): scale by magnitude. */
    static long toNanos(final long stamp)
    {
        if (stamp > 100_000_000_000_000_000L)
        {
            return stamp;
        }
        if (stamp > 100_000_000_000_000L)
        {
            return stamp * 1_000L;
        }
        return stamp * 1_000_000L;
    }

    private static int eventType(final char[] ch, final int off, final int len)
    {
        if (len == 1)
        {
            switch (ch[off])
            {
                case 'A': return EV_A;
                case 'T': return EV_T;
                case 'Q': return EV_Q;
                default: return EV_OTHER;
            }
        }
        if (len == 2 && ch[off] == 'A' && ch[off + 1] == 'M')
        {
            return EV_AM;
        }
        return is(ch, off, len, "status") ? EV_STATUS : EV_OTHER;
    }

    private static PolygonStatus statusOf(final char[] ch, final int off, final int len)
    {
        if (is(ch, off, len, "connected"))
        {
            return PolygonStatus.CONNECTED;
        }
        if (is(ch, off, len, "auth_success"))
        {
            return PolygonStatus.AUTH_SUCCESS;
        }
        if (is(ch, off, len, "auth_failed"))
        {
            return PolygonStatus.AUTH_FAILED;
        }
        if (is(ch, off, len, "auth_timeout"))
        {
            return PolygonStatus.AUTH_TIMEOUT;
        }
        if (is(ch, off, len, "success"))
        {
            return PolygonStatus.SUCCESS;
        }
        if (is(ch, off, len, "auth_required"))
        {
            return PolygonStatus.AUTH_REQUIRED;
        }
        if (is(ch, off, len, "max_connections"))
        {
            return PolygonStatus.MAX_CONNECTIONS;
        }
        if (is(ch, off, len, "slow_consumer"))
        {
            return PolygonStatus.SLOW_CONSUMER;
        }
        if (is(ch, off, len, "force_disconnect"))
        {
            return PolygonStatus.FORCE_DISCONNECT;
        }
        return is(ch, off, len, "error") ? PolygonStatus.ERROR : PolygonStatus.OTHER;
    }

    private static boolean is(final char[] ch, final int off, final int len, final String s)
    {
        if (len != s.length())
        {
            return false;
        }
        for (int i = 0; i < len; i++)
        {
            if (ch[off + i] != s.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private void reject(final int reason)
    {
        rejects.increment(reason);
    }

    private void malformed()
    {
        reject(AdapterReasons.FEED_MALFORMED_FRAME);
        newParser();
    }

    /** A fresh parser after a syntax error or a cut frame (the old one is in an unknown state). */
    private void newParser()
    {
        try
        {
            if (parser != null)
            {
                parser.close();
            }
            parser = JsonValues.FACTORY.createNonBlockingByteArrayParser();
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException("cannot create a JSON parser", ex);
        }
        feeder = (ByteArrayFeeder)parser.getNonBlockingInputFeeder();
        depth = 0;
        rootObject = false;
        pendingField = F_OTHER;
    }

    /** Frames parsed. */
    public long frames()
    {
        return frames;
    }

    /** Events handed to the sink. */
    public long events()
    {
        return eventsOut;
    }

    /** Events of types the ring does not carry (option trades and bars, LULD, FMV, ...). */
    public long ignored()
    {
        return ignored;
    }

    /** How many times a reason (600-699) rejected input. */
    public long rejected(final int reason)
    {
        return rejects.get(reason);
    }

    /** All rejections by the feed (codes 600-629). */
    public long rejectedTotal()
    {
        return rejects.sum(REASON_BASE, REASON_BASE + 30);
    }

    /** Numbers the next event {@code last + 1} (e.g. the last market-data seq recovered from the journal). */
    public void continueSequenceAfter(final long last)
    {
        seq = last;
    }
}
