package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.net.RestClient;
import com.quantmatrix.adapters.net.RestSettings;
import com.quantmatrix.adapters.polygon.PolygonRestClient;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.MarketEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up's REST backfill by grouped daily (one call per session) into a real engine: sessions
 * counted on the exchange calendar, bars published oldest day first and in universe order, numbered
 * after the journal's last market-data input, and only those newer than a symbol's state.
 */
class PolygonBackfillTest
{
    @Test
    void tradingDaysSkipHolidaysAndWeekends()
    {
        final PolygonBackfill b = new PolygonBackfill(null, ExchangeCalendar.usEquities());
        assertThat(b.tradingDays(LocalDate.of(2015, 11, 27), 3))
            .containsExactly(LocalDate.of(2015, 11, 24), LocalDate.of(2015, 11, 25), LocalDate.of(2015, 11, 27));
        assertThat(b.tradingDays(LocalDate.of(2015, 11, 29), 1)).containsExactly(LocalDate.of(2015, 11, 27)); // a Sunday: Friday
    }

    @Test
    void groupedDailyBarsGoThroughTheRingInOrder(@TempDir final Path tmp)
    {
        try (LiveHarness h = new LiveHarness(tmp.resolve("journal"), Map.of()))
        {
            h.serveGroupedDaily(20171109);
            h.serveGroupedDaily(20171110);
            final PolygonRestClient rest = new PolygonRestClient(new RestClient(RestSettings.builder(h.polygon.baseUrl())
                .maxAttempts(1).secretHeader("Authorization", "Bearer backfill-key").build()));
            final PolygonBackfill backfill = new PolygonBackfill(rest, ExchangeCalendar.usEquities());
            final List<String> universe = List.of("MSFT", "AAPL", "NOTLISTED");
            universe.forEach(h.engine.symbols()::intern);
            final List<LocalDate> days = backfill.tradingDays(LocalDate.of(2017, 11, 10), 2);
            final int msft = h.engine.symbols().find("MSFT");
            // MSFT's state already has 2017-11-09 (a restart): only its 11-10 bar is missing
            final java.util.function.IntUnaryOperator lastDate = id -> id == msft ? 20171109 : 0;
            final PolygonBackfill.Fetched f = backfill.fetch(h.engine.symbols(), universe, days, LiveSettings.BackfillMode.AUTO, lastDate,
                (done, total) -> true);
            assertThat(f.calls()).isEqualTo(2); // 3 symbols, 2 sessions: grouped daily is cheaper
            assertThat(f.failures()).isEmpty();
            final PolygonBackfill.Result r = backfill.publish(h.pub, h.engine.symbols(), universe, f, lastDate, 41);
            h.engine.awaitIdle();
            assertThat(r.events()).isEqualTo(3);
            assertThat(r.lastSeq()).isEqualTo(44);
            assertThat(r.bars()).extracting(bar -> bar.date() + " " + bar.symbol())
                .containsExactly("20171109 AAPL", "20171110 MSFT", "20171110 AAPL");
            final DailyBarStore.Series aapl = LiveHarness.STORE.series("AAPL");
            final int i = Arrays.binarySearch(aapl.date, 20171110);
            assertThat(h.engine.market().lastDailyBarDate(h.engine.symbols().find("AAPL"))).isEqualTo(20171110);
            assertThat(h.engine.market().daily().close(h.engine.symbols().find("AAPL"))).isEqualTo(aapl.close[i]);
            assertThat(h.engine.lastSeq(MarketEvent.SOURCE_MARKET_DATA)).isEqualTo(44);
            assertThat(h.polygon.requests()).hasSize(2);
        }
    }
}
