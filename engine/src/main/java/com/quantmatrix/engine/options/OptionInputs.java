package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * Input checks shared by the pricing functions. The check is one cheap combined condition; the
 * message (and its allocation) is built only when it fails. Callers on the hot path validate their
 * inputs first, so a throw here means a programming error, never bad market data.
 */
final class OptionInputs
{
    private OptionInputs()
    {
    }

    /** The largest volatility the engine prices or solves for (10,000% a year). */
    static final double MAX_VOL = 100.0;

    static void check(final int right, final double spot, final double strike, final double rate, final double dividend,
        final double vol, final double years)
    {
        if (!(right == MarketEvent.CALL || right == MarketEvent.PUT)
            || !(spot > 0.0 && spot < Double.POSITIVE_INFINITY)
            || !(strike > 0.0 && strike < Double.POSITIVE_INFINITY)
            || !(rate > -1.0 && rate < 1.0)
            || !(dividend > -1.0 && dividend < 1.0)
            || !(vol >= 0.0 && vol <= MAX_VOL)
            || !(years >= 0.0 && years < 100.0))
        {
            throw new IllegalArgumentException("invalid option inputs: right=" + right + " spot=" + spot + " strike=" + strike
                + " rate=" + rate + " dividend=" + dividend + " vol=" + vol + " years=" + years
                + " (need right CALL/PUT, spot and strike > 0, |rate| and |dividend| < 1, vol in [0, " + MAX_VOL + "], years in [0, 100))");
        }
    }
}
