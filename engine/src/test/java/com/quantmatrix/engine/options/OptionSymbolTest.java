package com.quantmatrix.engine.options;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static com.quantmatrix.engine.event.MarketEvent.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Symbols from the issue, Polygon's and tastytrade's recorded samples (fixtures INDEX.md), and malformed ones. */
class OptionSymbolTest
{
    private final OptionSymbol sym = new OptionSymbol();

    @Test
    void parsesAndFormatsEachNotation()
    {
        assertThat(sym.parse("AAPL  230616C00150000")).isZero();
        assertKey("AAPL", 20230616, 150.0, CALL);
        assertThat(sym.format(OptionSymbol.POLYGON)).isEqualTo("O:AAPL230616C00150000");
        assertThat(sym.format(OptionSymbol.DXLINK)).isEqualTo(".AAPL230616C150");
        assertThat(sym.format(OptionSymbol.OCC)).isEqualTo("AAPL  230616C00150000");

        assertThat(sym.parse("O:AAPL230616C00150000")).isZero();
        assertKey("AAPL", 20230616, 150.0, CALL);
        assertThat(sym.format(OptionSymbol.OCC)).isEqualTo("AAPL  230616C00150000");

        assertThat(sym.parse(".AAPL230616C150")).isZero();
        assertKey("AAPL", 20230616, 150.0, CALL);
        assertThat(sym.format(OptionSymbol.POLYGON)).isEqualTo("O:AAPL230616C00150000");

        // Polygon's WebSocket doc example and the strategy's order example
        assertThat(sym.parse("O:SPY241220P00720000")).isZero();
        assertKey("SPY", 20241220, 720.0, PUT);
        assertThat(sym.format(OptionSymbol.DXLINK)).isEqualTo(".SPY241220P720");
        assertThat(sym.parse("AAPL240315C00180000")).isNotZero(); // unpadded OCC is not OCC
        assertThat(sym.parse("O:AAPL240315C00180000")).isZero();
        assertKey("AAPL", 20240315, 180.0, CALL);
        // a Polygon reference contract with a sub-dollar strike
        assertThat(sym.parse("O:EVRI240119C00002500")).isZero();
        assertKey("EVRI", 20240119, 2.5, CALL);
        assertThat(sym.format(OptionSymbol.DXLINK)).isEqualTo(".EVRI240119C2.5");
        assertThat(sym.format(OptionSymbol.OCC)).isEqualTo("EVRI  240119C00002500");
    }

    @Test
    void fractionalDxLinkStrikesRoundTrip()
    {
        assertThat(sym.parse(".SPY241220P572.5")).isZero();
        assertKey("SPY", 20241220, 572.5, PUT);
        assertThat(sym.format(OptionSymbol.OCC)).isEqualTo("SPY   241220P00572500");
        assertThat(OptionSymbol.dxLink("XYZ", 20250103, 12.125, CALL)).isEqualTo(".XYZ250103C12.125");
        assertThat(sym.parse(".XYZ250103C12.125")).isZero();
        assertThat(sym.strikeMills).isEqualTo(12_125);
        assertThat(OptionSymbol.dxLink("XYZ", 20250103, 12.05, CALL)).isEqualTo(".XYZ250103C12.05");
        // six-character root with a digit (adjusted contracts)
        assertThat(sym.parse("GOOGL1240119C01000000")).isZero();
        assertKey("GOOGL1", 20240119, 1000.0, CALL);
    }

    @Test
    void parsesFromBytesWithoutAllocatingARoot()
    {
        final byte[] frame = "xx[\"O:AAPL230616P00152500\"]".getBytes(StandardCharsets.US_ASCII);
        assertThat(sym.parse(frame, 4, 21)).isZero();
        assertThat(sym.rootLength()).isEqualTo(4);
        assertThat(new String(sym.rootBytes(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("AAPL");
        assertThat(sym.strike).isEqualTo(152.5);
        assertThat(sym.right).isEqualTo(PUT);
    }

    @Test
    void malformedSymbolsAreRejectedWithAReason()
    {
        assertThat(sym.parse("")).isEqualTo(SelectReason.SYMBOL_BAD_LENGTH);
        assertThat(sym.parse("AAPL 230616C00150000")).isEqualTo(SelectReason.SYMBOL_BAD_LENGTH);
        assertThat(sym.parse("aapl  230616C00150000")).isEqualTo(SelectReason.SYMBOL_BAD_ROOT);
        assertThat(sym.parse("      230616C00150000")).isEqualTo(SelectReason.SYMBOL_BAD_ROOT);
        assertThat(sym.parse("AAPL  231316C00150000")).isEqualTo(SelectReason.SYMBOL_BAD_DATE);
        assertThat(sym.parse("AAPL  230230C00150000")).isEqualTo(SelectReason.SYMBOL_BAD_DATE);
        assertThat(sym.parse("AAPL  230616X00150000")).isEqualTo(SelectReason.SYMBOL_BAD_RIGHT);
        assertThat(sym.parse("AAPL  230616C0015000A")).isEqualTo(SelectReason.SYMBOL_BAD_STRIKE);
        assertThat(sym.parse("AAPL  230616C00000000")).isEqualTo(SelectReason.SYMBOL_BAD_STRIKE);
        assertThat(sym.parse("O:230616C00150000")).isEqualTo(SelectReason.SYMBOL_BAD_LENGTH);
        assertThat(sym.parse("O:TOOLONGX230616C00150000")).isEqualTo(SelectReason.SYMBOL_BAD_LENGTH);
        assertThat(sym.parse(".AAPL230616C")).isEqualTo(SelectReason.SYMBOL_BAD_STRIKE);
        assertThat(sym.parse(".AAPL230616C1.2.5")).isEqualTo(SelectReason.SYMBOL_BAD_STRIKE);
        assertThat(sym.parse(".AAPL230616C1.2345")).isEqualTo(SelectReason.SYMBOL_BAD_STRIKE);
        assertThat(sym.parse(".AAPL230616Q150")).isEqualTo(SelectReason.SYMBOL_BAD_RIGHT);
        assertThat(sym.parse(".230616C150")).isEqualTo(SelectReason.SYMBOL_BAD_ROOT);
        assertThat(sym.parse("./ESU25P900:XCME")).isNotZero();
        assertThat(sym.parse("AAPL")).isEqualTo(SelectReason.SYMBOL_BAD_LENGTH);
        for (final String bad : new String[] {"O:", ".", "O:AAPL230616C0015000\u00e9", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000"})
        {
            assertThat(sym.parse(bad)).isNotZero();
        }
    }

    private void assertKey(final String root, final int expiry, final double strike, final int right)
    {
        assertThat(sym.root()).isEqualTo(root);
        assertThat(sym.expiry).isEqualTo(expiry);
        assertThat(sym.strike).isEqualTo(strike);
        assertThat(sym.right).isEqualTo(right);
    }
}
