package com.quantmatrix.adapters.tastytrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ContractSymbolsTest
{
    /** The engine's contract table gives the OCC symbols tastytrade lists in the recorded SPY chain. */
    @Test
    void contractIdsMapToTheChainsOccSymbols()
    {
        final SymbolTable symbols = new SymbolTable(16);
        final Instruments instruments = new Instruments(16, 64);
        final int spy = symbols.intern("SPY");
        final int stock = instruments.stock(spy);
        final int call = instruments.option(spy, 20260805, 510.0, MarketEvent.CALL);
        final int put = instruments.option(spy, 20260804, 505.0, MarketEvent.PUT);
        final IntFunction<String> occ = ContractSymbols.occ(instruments, symbols);

        final OptionChain chain = OptionChain.listFrom(JsonNode.parse(Fixtures.text("fixtures/tastytrade/option_chains_SPY_nested.captured.json"))).get(0);
        assertThat(occ.apply(call)).isEqualTo(chain.expirations().get(1).strikes().get(2).call()).isEqualTo("SPY   260805C00510000");
        assertThat(occ.apply(put)).isEqualTo(chain.expirations().get(0).strikes().get(1).put());
        assertThat(occ.apply(stock)).isNull();
        assertThat(occ.apply(999)).isNull();
    }
}
