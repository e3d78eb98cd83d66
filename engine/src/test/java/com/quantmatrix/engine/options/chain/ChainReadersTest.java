package com.quantmatrix.engine.options.chain;

import static com.quantmatrix.engine.event.MarketEvent.CALL;
import static com.quantmatrix.engine.event.MarketEvent.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.NyTime;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled chain files, read back to the values in their source rows. */
class ChainReadersTest
{
    private static final Path OPTIONS = ProjectPaths.data().resolve("options");

    @Test
    void leanUniversesOfGoogAndAapl()
    {
        final Map<Integer, ChainQuotes> goog = LeanUniverseReader.read(OPTIONS.resolve("goog").resolve("universes.tar.gz"), "GOOG");
        assertThat(goog.keySet()).containsExactly(20151222, 20151223, 20151224, 20151228, 20151229, 20151230, 20151231);
        final ChainQuotes d = goog.get(20151224);
        assertThat(d.spot).isEqualTo(748.40);
        assertThat(d.size()).isEqualTo(2_016);
        // source row: 20151231,450,C,300.0500,301.1500,296.7500,298.3000,0,,1.7405772,0.9915959,...
        assertThat(d.expiry[0]).isEqualTo(20151231);
        assertThat(d.strike[0]).isEqualTo(450.0);
        assertThat(d.right[0]).isEqualTo(CALL);
        assertThat(d.last[0]).isEqualTo(298.30);
        assertThat(d.vendorIv[0]).isEqualTo(1.7405772);
        assertThat(d.bid[0]).isZero(); // the universe files have no quotes
        assertThat(d.timeNanos[0]).isEqualTo(NyTime.nanosAt(20151224, 16 * 3_600));

        final Map<Integer, ChainQuotes> aapl = LeanUniverseReader.read(OPTIONS.resolve("aapl").resolve("universes.tar.gz"), "AAPL");
        assertThat(aapl.get(20140609).spot).isEqualTo(92.72);
        // source row: 20140613,70.71,C,21.9500,23.6000,20.4250,23.0250,0,14,...
        assertThat(aapl.get(20140609).strike[0]).isEqualTo(70.71);
        assertThat(aapl.get(20140609).openInterest[0]).isEqualTo(14);
    }

    @Test
    void leanMinuteQuotesBecomeTimeOrderedOptionQuoteEvents()
    {
        final ChainQuotes day = LeanOptionMinuteReader.read(OPTIONS.resolve("goog").resolve("20151224_quote_american.zip"));
        assertThat(day.underlying).isEqualTo("GOOG");
        for (int i = 1; i < day.size(); i++)
        {
            assertThat(day.timeNanos[i]).isGreaterThanOrEqualTo(day.timeNanos[i - 1]);
        }
        // the first row of call 1000 exp 20151231: 34200000 (09:30), no bid, ask 0.50 (5000 / 10,000), size 18
        int i = 0;
        while (!(day.expiry[i] == 20151231 && day.strike[i] == 1000.0 && day.right[i] == CALL))
        {
            i++;
        }
        assertThat(day.timeNanos[i]).isEqualTo(NyTime.nanosAt(20151224, 9 * 3_600 + 30 * 60));
        assertThat(day.bid[i]).isZero();
        assertThat(day.ask[i]).isEqualTo(0.50);
        assertThat(day.askSize[i]).isEqualTo(18);
        final MarketEvent e = new MarketEvent();
        day.fill(i, 7, 42, e);
        assertThat(e.type).isEqualTo(EventType.OPTION_QUOTE);
        assertThat(e.symbolId).isEqualTo(7);
        assertThat(e.seq).isEqualTo(42);
        assertThat(e.expiry).isEqualTo(20151231);
        assertThat(e.strike).isEqualTo(1000.0);
        assertThat(e.flags & MarketEvent.FLAG_MODELED).isZero();
        // a put's day volume accumulates from the trade file; open interest comes from the OI file
        final ChainQuotes close = LeanOptionMinuteReader.snapshot(day, 13 * 3_600);
        assertThat(close.size()).isEqualTo(2_192);
        int puts = 0;
        for (int k = 0; k < close.size(); k++)
        {
            puts += close.right[k] == PUT ? 1 : 0;
        }
        assertThat(puts).isEqualTo(1_096);
    }
}
