package com.quantmatrix.engine.event;

/** Signal kinds written by the signal stage (the plan's ATR_MATRIX_ENTRY / ATR_MATRIX_EXIT). */
public final class SignalType
{
    public static final int NONE = 0;
    public static final int ENTRY = 1;
    public static final int EXIT = 2;

    private SignalType()
    {
    }

    public static String name(final int type)
    {
        return type == ENTRY ? "ATR_MATRIX_ENTRY" : type == EXIT ? "ATR_MATRIX_EXIT" : "NONE";
    }
}
