package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.options.OptionSymbol;
import java.util.function.IntFunction;

/**
 * The venue's contract-id-to-OCC mapping built from the engine's contract table: an option
 * contract gives its OCC symbol (root padded to 6); a stock, an unknown id or an unknown root give
 * null, which the venue rejects as UNKNOWN_CONTRACT. Called on the adapter thread only.
 */
public final class ContractSymbols
{
    private ContractSymbols()
    {
    }

    public static IntFunction<String> occ(final Instruments instruments, final SymbolTable symbols)
    {
        return id ->
        {
            if (id < 0 || id >= instruments.count() || instruments.right[id] == Instruments.STOCK)
            {
                return null;
            }
            final String root = symbols.symbol(instruments.underlying[id]);
            return root == null ? null : OptionSymbol.occ(root, instruments.expiry[id], instruments.strike[id], instruments.right[id]);
        };
    }
}
