package com.quantmatrix.adapters.ibkr;

/** The statement of real element rows, for tests in other packages. */
public final class FlexElementsAccess
{
    private FlexElementsAccess()
    {
    }

    public static String xml()
    {
        return FlexElementsStatement.xml();
    }
}
