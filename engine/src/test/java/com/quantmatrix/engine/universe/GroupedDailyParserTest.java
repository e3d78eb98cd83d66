package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class GroupedDailyParserTest
{
    private final SymbolTable symbols = new SymbolTable(4_096);
    private final GroupedDailyParser parser = new GroupedDailyParser(symbols);
    private final GroupedDailySnapshot day = new GroupedDailySnapshot(16);

    private int parse(final String json)
    {
        final byte[] b = json.getBytes(StandardCharsets.US_ASCII);
        return parser.parse(b, 0, b.length, day);
    }

    static byte[] resource(final String name) throws IOException
    {
        try (InputStream in = GroupedDailyParserTest.class.getResourceAsStream("/cycle/" + name))
        {
            return in.readAllBytes();
        }
    }

    @Test
    void readsPolygonsRecordedResponse() throws IOException
    {
        final byte[] b = resource("grouped_daily_us_stocks.json");
        assertThat(parser.parse(b, 0, b.length, day)).isEqualTo(1);
        assertThat(day.status).isZero();
        assertThat(symbols.symbol(day.symbolId[0])).isEqualTo("GIK");
        assertThat(day.volume[0]).isEqualTo(895345.0);
        assertThat(day.vwap[0]).isEqualTo(9.9979);
        assertThat(day.open[0]).isEqualTo(9.99);
        assertThat(day.close[0]).isEqualTo(10.02);
        assertThat(day.high[0]).isEqualTo(10.02);
        assertThat(day.low[0]).isEqualTo(9.9);
        assertThat(day.startMillis[0]).isEqualTo(1602705600000L);
        assertThat(day.trades[0]).isEqualTo(96);
        assertThat(day.dollarVolume(0)).isEqualTo(9.9979 * 895345.0);
    }

    /** Every bundled bar of one real day goes through the response format and comes back bit for bit. */
    @Test
    void roundTripsARealMarketDay()
    {
        final DailyBarStore store = DailyBarStore.bundled();
        final GroupedDailyJson json = new GroupedDailyJson(600);
        int expectedRows = 0;
        for (final String s : store.symbols())
        {
            final DailyBarStore.Series bars = store.series(s);
            final int i = Arrays.binarySearch(bars.date, 20161104);
            if (i >= 0)
            {
                json.row(s, bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i], Double.NaN, 1478232000000L, -1);
                expectedRows++;
            }
        }
        assertThat(expectedRows).isGreaterThan(500);
        final byte[] b = json.toBytes();
        assertThat(parser.parse(b, 0, b.length, day)).isEqualTo(expectedRows);
        for (int r = 0; r < day.size; r++)
        {
            final DailyBarStore.Series bars = store.series(symbols.symbol(day.symbolId[r]));
            final int i = Arrays.binarySearch(bars.date, 20161104);
            assertThat(day.open[r]).isEqualTo(bars.open[i]);
            assertThat(day.high[r]).isEqualTo(bars.high[i]);
            assertThat(day.low[r]).isEqualTo(bars.low[i]);
            assertThat(day.close[r]).isEqualTo(bars.close[i]);
            assertThat(day.volume[r]).isEqualTo((double)bars.volume[i]);
            assertThat(day.vwap[r]).isNaN();
            assertThat(day.trades[r]).isEqualTo(-1);
        }
    }

    @Test
    void everyTruncationIsReportedAndNothingThrows() throws IOException
    {
        final byte[] b = resource("grouped_daily_us_stocks.json");
        int end = b.length;
        while (Character.isWhitespace(b[end - 1]))
        {
            end--;
        }
        for (int cut = 0; cut < end; cut++)
        {
            parser.parse(b, 0, cut, day);
            assertThat(day.status).as("cut at %d", cut).isEqualTo(ScanReason.MALFORMED_RESPONSE);
        }
        parser.parse(b, 0, end, day);
        assertThat(day.status).isZero();
    }

    @Test
    void errorBodiesAndGarbageAreReportedNotThrown()
    {
        parse("{\"status\":\"NOT_AUTHORIZED\",\"request_id\":\"x\",\"message\":\"Your plan doesn't include this data timeframe.\"}");
        assertThat(day.status).isEqualTo(ScanReason.NO_RESULTS);
        parse("{\"queryCount\":0,\"resultsCount\":0,\"adjusted\":true,\"status\":\"OK\"}");
        assertThat(day.status).isEqualTo(ScanReason.NO_RESULTS);
        parse("<html><body>502 Bad Gateway</body></html>");
        assertThat(day.status).isEqualTo(ScanReason.MALFORMED_RESPONSE);
        parse("");
        assertThat(day.status).isEqualTo(ScanReason.MALFORMED_RESPONSE);
        parse("{\"results\":[{\"T\":\"A\",\"o\":1,\"h\":1,\"l\":1,\"c\":1,\"v\":1}]} trailing");
        assertThat(day.status).isZero();
        parse("{\"results\":[" + "[".repeat(200) + "]}");
        assertThat(day.status).isEqualTo(ScanReason.MALFORMED_RESPONSE);
        parse("{\"results\":[{\"T\":\"A\",\"o\":1.2.3}]}");
        assertThat(day.status).isEqualTo(ScanReason.MALFORMED_RESPONSE);
    }

    @Test
    void badRowsAreDroppedAndCountedByReason()
    {
        final int rows = parse("{\"results\":["
            + "{\"T\":\"GOOD\",\"v\":1.2345e7,\"vw\":10.5,\"o\":10,\"c\":11,\"h\":11.5,\"l\":9.75,\"t\":1602705600000,\"n\":96,\"otc\":true,\"x\":{\"a\":[1,2,{\"b\":null}]}},"
            + "{\"v\":100,\"o\":1,\"c\":1,\"h\":1,\"l\":1},"
            + "{\"T\":\"NEG\",\"v\":100,\"o\":-1,\"c\":1,\"h\":1,\"l\":1},"
            + "{\"T\":\"HL\",\"v\":100,\"o\":1,\"c\":1,\"h\":1,\"l\":2},"
            + "{\"T\":\"NOCLOSE\",\"v\":100,\"o\":1,\"h\":1,\"l\":1},"
            + "{\"T\":\"STRCLOSE\",\"v\":100,\"o\":1,\"c\":\"1\",\"h\":1,\"l\":1},"
            + "{\"T\":\"VOL\",\"v\":-5,\"o\":1,\"c\":1,\"h\":1,\"l\":1},"
            + "{\"T\":\"NOVOL\",\"o\":1,\"c\":1,\"h\":1,\"l\":1},"
            + "{\"T\":\"FRAC\",\"v\":25933.6,\"o\":0.0005,\"c\":0.0006,\"h\":0.0007,\"l\":0.0004,\"vw\":0}"
            + "]}");
        assertThat(rows).isEqualTo(2);
        assertThat(day.status).isZero();
        assertThat(symbols.symbol(day.symbolId[0])).isEqualTo("GOOD");
        assertThat(day.volume[0]).isEqualTo(12_345_000.0);
        assertThat(day.low[0]).isEqualTo(9.75);
        assertThat(symbols.symbol(day.symbolId[1])).isEqualTo("FRAC");
        assertThat(day.volume[1]).isEqualTo(25933.6);
        assertThat(day.open[1]).isEqualTo(0.0005);
        assertThat(day.vwap[1]).isNaN();
        assertThat(day.rejected(ScanReason.MISSING_TICKER)).isEqualTo(1);
        assertThat(day.rejected(ScanReason.BAD_PRICE)).isEqualTo(4);
        assertThat(day.rejected(ScanReason.BAD_VOLUME)).isEqualTo(2);
        assertThat(day.rejectedTotal()).isEqualTo(7);
    }

    @Test
    void aFullSymbolTableRejectsNewSymbolsOnly()
    {
        final SymbolTable small = new SymbolTable(1);
        final GroupedDailyParser p = new GroupedDailyParser(small);
        final byte[] b = "{\"results\":[{\"T\":\"A\",\"o\":1,\"c\":1,\"h\":1,\"l\":1,\"v\":1},{\"T\":\"B\",\"o\":1,\"c\":1,\"h\":1,\"l\":1,\"v\":1}]}"
            .getBytes(StandardCharsets.US_ASCII);
        assertThat(p.parse(b, 0, b.length, day)).isEqualTo(1);
        assertThat(day.rejected(ScanReason.SYMBOL_TABLE_FULL)).isEqualTo(1);
    }

    /** The fast decimal path agrees with the JDK's correctly rounded parse. */
    @Property(tries = 3000)
    void numbersMatchTheJdk(@ForAll @LongRange(min = 0, max = 999_999_999_999L) final long mantissa,
        @ForAll @IntRange(min = 0, max = 12) final int decimals, @ForAll @IntRange(min = -30, max = 30) final int exponent,
        @ForAll final boolean withExponent)
    {
        final String digits = Long.toString(mantissa);
        final String text = decimals == 0 || decimals >= digits.length() ? digits
            : digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
        final String number = withExponent ? text + "e" + exponent : text;
        parse("{\"results\":[{\"T\":\"N\",\"o\":1,\"c\":1,\"h\":1,\"l\":1,\"v\":" + number + "}]}");
        assertThat(day.volume[0]).as(number).isEqualTo(Double.parseDouble(number));
    }
}
