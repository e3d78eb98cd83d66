package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The subscribed DXLink symbols and their latest values, in primitive arrays indexed by a slot id
 * (the streamer symbol interned in a private {@link SymbolTable}), and the code that folds one
 * COMPACT event into them and fills a {@link MarketEvent}. Equities give QUOTE and TRADE events;
 * an option's Quote, Greeks, Trade and Summary events all update one contract and give an
 * OPTION_QUOTE carrying its latest bid/ask, last, open interest and vendor IV, once both sides of
 * the quote are known. No allocation per event.
 */
final class DxLinkFeed
{
    /** Event types the feed accepts (index into the field layouts). */
    static final int QUOTE = 0;
    static final int TRADE = 1;
    static final int GREEKS = 2;
    static final int SUMMARY = 3;
    static final String[] TYPE_NAMES = {"Quote", "Trade", "Greeks", "Summary"};

    /** What a value at a field position means. */
    static final int F_IGNORE = 0;
    static final int F_SYMBOL = 1;
    static final int F_BID = 2;
    static final int F_ASK = 3;
    static final int F_BID_SIZE = 4;
    static final int F_ASK_SIZE = 5;
    static final int F_BID_TIME = 6;
    static final int F_ASK_TIME = 7;
    static final int F_PRICE = 8;
    static final int F_SIZE = 9;
    static final int F_TIME = 10;
    static final int F_DAY_VOLUME = 11;
    static final int F_VOLATILITY = 12;
    static final int F_DELTA = 13;
    static final int F_GAMMA = 14;
    static final int F_THETA = 15;
    static final int F_VEGA = 16;
    static final int F_RHO = 17;
    static final int F_OPEN_INTEREST = 18;
    static final int F_COUNT = 19;

    /** The fields asked for in FEED_SETUP, per type. */
    static final Map<String, List<String>> REQUESTED = Map.of(
        "Quote", List.of("eventSymbol", "bidPrice", "askPrice", "bidSize", "askSize", "bidTime", "askTime"),
        "Trade", List.of("eventSymbol", "price", "size", "time", "dayVolume"),
        "Greeks", List.of("eventSymbol", "time", "price", "volatility", "delta", "gamma", "theta", "rho", "vega"),
        "Summary", List.of("eventSymbol", "openInterest"));

    private final int capacity;
    final SymbolTable symbols;
    private final AtomicIntegerArray ready;
    private final int[] underlying;
    private final boolean[] option;
    private final int[] expiry;
    private final double[] strike;
    private final int[] right;
    private final double[] bid;
    private final double[] ask;
    private final int[] bidSize;
    private final int[] askSize;
    private final double[] last;
    private final long[] volume;
    private final long[] openInterest;
    private final double[] iv;
    private final double[] delta;
    private final double[] gamma;
    private final double[] theta;
    private final double[] vega;

    /** Field layout per type: role of each position, as negotiated (FEED_CONFIG) or requested. */
    private final int[][] layout = new int[TYPE_NAMES.length][];

    /** Values of the event being read, by role (reused). */
    final double[] value = new double[F_COUNT];
    final boolean[] present = new boolean[F_COUNT];

    DxLinkFeed(final int capacity)
    {
        this.capacity = capacity;
        symbols = new SymbolTable(capacity);
        ready = new AtomicIntegerArray(capacity);
        underlying = new int[capacity];
        option = new boolean[capacity];
        expiry = new int[capacity];
        strike = new double[capacity];
        right = new int[capacity];
        bid = new double[capacity];
        ask = new double[capacity];
        bidSize = new int[capacity];
        askSize = new int[capacity];
        last = new double[capacity];
        volume = new long[capacity];
        openInterest = new long[capacity];
        iv = new double[capacity];
        delta = new double[capacity];
        gamma = new double[capacity];
        theta = new double[capacity];
        vega = new double[capacity];
        for (final Map.Entry<String, List<String>> e : REQUESTED.entrySet())
        {
            setLayout(e.getKey(), e.getValue());
        }
    }

    /** Adds a symbol (any thread); returns its slot, or -1 when full. The parse thread sees it only once complete. */
    synchronized int add(final String streamerSymbol, final int underlyingId, final boolean isOption, final int expiryYmd, final double strikePrice,
        final int optionRight)
    {
        final int existing = symbols.find(streamerSymbol);
        if (existing >= 0)
        {
            return existing;
        }
        final int slot = symbols.size();
        if (slot >= capacity)
        {
            return -1;
        }
        underlying[slot] = underlyingId;
        option[slot] = isOption;
        expiry[slot] = expiryYmd;
        strike[slot] = strikePrice;
        right[slot] = optionRight;
        bid[slot] = Double.NaN;
        ask[slot] = Double.NaN;
        last[slot] = Double.NaN;
        iv[slot] = Double.NaN;
        delta[slot] = Double.NaN;
        gamma[slot] = Double.NaN;
        theta[slot] = Double.NaN;
        vega[slot] = Double.NaN;
        final int id = symbols.intern(streamerSymbol);
        ready.set(id, 1);
        return id;
    }

    /** The slot of a subscribed symbol that is fully set up, or -1. */
    int slot(final CharSequence streamerSymbol)
    {
        final int id = symbols.find(streamerSymbol);
        return id >= 0 && ready.get(id) == 1 ? id : -1;
    }

    boolean isOption(final int slot)
    {
        return option[slot];
    }

    /** Records the field order of a type (FEED_CONFIG or our request); unknown types are ignored. */
    void setLayout(final String type, final List<String> fields)
    {
        final int t = typeIndex(type);
        if (t < 0)
        {
            return;
        }
        final int[] roles = new int[fields.size()];
        for (int i = 0; i < roles.length; i++)
        {
            roles[i] = role(fields.get(i));
        }
        layout[t] = roles;
    }

    int[] layout(final int type)
    {
        return layout[type];
    }

    static int typeIndex(final CharSequence name)
    {
        for (int i = 0; i < TYPE_NAMES.length; i++)
        {
            if (TYPE_NAMES[i].contentEquals(name))
            {
                return i;
            }
        }
        return -1;
    }

    private static int role(final String field)
    {
        switch (field)
        {
            case "eventSymbol": return F_SYMBOL;
            case "bidPrice": return F_BID;
            case "askPrice": return F_ASK;
            case "bidSize": return F_BID_SIZE;
            case "askSize": return F_ASK_SIZE;
            case "bidTime": return F_BID_TIME;
            case "askTime": return F_ASK_TIME;
            case "price": return F_PRICE;
            case "size": return F_SIZE;
            case "time": return F_TIME;
            case "dayVolume": return F_DAY_VOLUME;
            case "volatility": return F_VOLATILITY;
            case "delta": return F_DELTA;
            case "gamma": return F_GAMMA;
            case "theta": return F_THETA;
            case "vega": return F_VEGA;
            case "rho": return F_RHO;
            case "openInterest": return F_OPEN_INTEREST;
            default: return F_IGNORE;
        }
    }

    void clearValues()
    {
        for (int i = 0; i < F_COUNT; i++)
        {
            present[i] = false;
            value[i] = Double.NaN;
        }
    }

    /**
     * Folds the event just read (in {@link #value}) into the slot and fills {@code e}; false when
     * there is nothing to publish (an option whose quote is not complete yet, or a NaN price).
     */
    boolean apply(final int type, final int slot, final long fallbackNanos, final MarketEvent e)
    {
        long timeMs = 0;
        switch (type)
        {
            case QUOTE:
                if (has(F_BID))
                {
                    bid[slot] = value[F_BID];
                }
                if (has(F_ASK))
                {
                    ask[slot] = value[F_ASK];
                }
                if (has(F_BID_SIZE))
                {
                    bidSize[slot] = (int)value[F_BID_SIZE];
                }
                if (has(F_ASK_SIZE))
                {
                    askSize[slot] = (int)value[F_ASK_SIZE];
                }
                timeMs = (long)Math.max(has(F_BID_TIME) ? value[F_BID_TIME] : 0, has(F_ASK_TIME) ? value[F_ASK_TIME] : 0);
                break;
            case TRADE:
                if (!has(F_PRICE))
                {
                    return false;
                }
                last[slot] = value[F_PRICE];
                if (has(F_DAY_VOLUME))
                {
                    volume[slot] = (long)value[F_DAY_VOLUME];
                }
                timeMs = has(F_TIME) ? (long)value[F_TIME] : 0;
                break;
            case GREEKS:
                if (has(F_VOLATILITY))
                {
                    iv[slot] = value[F_VOLATILITY];
                }
                if (has(F_DELTA))
                {
                    delta[slot] = value[F_DELTA];
                }
                if (has(F_GAMMA))
                {
                    gamma[slot] = value[F_GAMMA];
                }
                if (has(F_THETA))
                {
                    theta[slot] = value[F_THETA];
                }
                if (has(F_VEGA))
                {
                    vega[slot] = value[F_VEGA];
                }
                timeMs = has(F_TIME) ? (long)value[F_TIME] : 0;
                break;
            case SUMMARY:
                if (has(F_OPEN_INTEREST))
                {
                    openInterest[slot] = (long)value[F_OPEN_INTEREST];
                }
                break;
            default:
                return false;
        }
        final long t = timeMs > 0 ? timeMs * 1_000_000L : fallbackNanos;
        e.clear();
        e.symbolId = underlying[slot];
        e.eventTimeNanos = t;
        if (!option[slot])
        {
            if (type == QUOTE)
            {
                if (Double.isNaN(bid[slot]) || Double.isNaN(ask[slot]))
                {
                    return false;
                }
                e.type = EventType.QUOTE;
                fillQuote(slot, e);
                return true;
            }
            if (type == TRADE)
            {
                e.type = EventType.TRADE;
                e.close = last[slot];
                e.volume = has(F_SIZE) ? (long)value[F_SIZE] : 0;
                return true;
            }
            return false;
        }
        if (Double.isNaN(bid[slot]) || Double.isNaN(ask[slot]))
        {
            return false;
        }
        e.type = EventType.OPTION_QUOTE;
        fillQuote(slot, e);
        e.close = last[slot];
        e.volume = volume[slot];
        e.expiry = expiry[slot];
        e.strike = strike[slot];
        e.right = right[slot];
        e.openInterest = openInterest[slot];
        e.vendorIv = iv[slot];
        return true;
    }

    private void fillQuote(final int slot, final MarketEvent e)
    {
        e.bid = bid[slot];
        e.ask = ask[slot];
        e.bidSize = bidSize[slot];
        e.askSize = askSize[slot];
    }

    /** The trade just read has a price (DXLink sends "NaN" for none). */
    boolean hasPrice()
    {
        return has(F_PRICE);
    }

    private boolean has(final int role)
    {
        return present[role] && !Double.isNaN(value[role]);
    }

    /** Latest vendor Greeks of an option slot (delta, gamma, theta, vega), NaN until received. */
    double delta(final int slot)
    {
        return delta[slot];
    }

    double gamma(final int slot)
    {
        return gamma[slot];
    }

    double theta(final int slot)
    {
        return theta[slot];
    }

    double vega(final int slot)
    {
        return vega[slot];
    }
}
