package com.quantmatrix.adapters.tastytrade;

/** A leg's action, with tastytrade's wire text. */
public enum OrderAction
{
    BUY_TO_OPEN("Buy to Open", 1),
    SELL_TO_CLOSE("Sell to Close", -1),
    SELL_TO_OPEN("Sell to Open", -1),
    BUY_TO_CLOSE("Buy to Close", 1);

    private final String wire;
    private final int side;

    OrderAction(final String wire, final int side)
    {
        this.wire = wire;
        this.side = side;
    }

    public String wire()
    {
        return wire;
    }

    /** +1 buy, -1 sell. */
    public int side()
    {
        return side;
    }

    /**
     * The action of a buy (+1) or sell (-1) given the position held: a buy against a short closes it,
     * a sell against a long closes it, anything else opens.
     */
    public static OrderAction of(final int side, final long quantity, final long positionHeld)
    {
        if (side > 0)
        {
            return positionHeld < 0 && quantity <= -positionHeld ? BUY_TO_CLOSE : BUY_TO_OPEN;
        }
        return positionHeld > 0 && quantity <= positionHeld ? SELL_TO_CLOSE : SELL_TO_OPEN;
    }

    public static OrderAction fromWire(final String text)
    {
        for (final OrderAction a : values())
        {
            if (a.wire.equalsIgnoreCase(text))
            {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown order action: " + text);
    }
}
