package com.quantmatrix.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.analytics.ClosedTrade;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradesCsvTest
{
    @Test
    void rfc4180QuotingAndExactMoney() throws Exception
    {
        final long open = 1_450_710_000_000_000_000L; // 2015-12-21T10:00-05:00
        final ClosedTrade awkward = new ClosedTrade("BRK.B", "BRK, \"B\" call", open, open + 90_000_000_000_000L, 3, 1_234_500L,
            1_000_000L, -150_500_000L, 3_900_000L, "STOP\r\nLOSS", 12, Double.NaN, null, true);
        final StringWriter w = new StringWriter();
        TradesCsv.write(List.of(awkward), w);
        final String csv = w.toString();
        assertThat(csv).startsWith(String.join(",", TradesCsv.HEADER) + "\r\n");
        assertThat(csv).contains("\"BRK, \"\"B\"\" call\"").contains("\"STOP\r\nLOSS\"");

        final List<List<String>> rows = parse(csv);
        assertThat(rows).hasSize(2);
        final List<String> r = rows.get(1);
        assertThat(r).hasSize(TradesCsv.HEADER.size());
        assertThat(r.get(0)).isEqualTo("BRK.B");
        assertThat(r.get(1)).isEqualTo("BRK, \"B\" call");
        assertThat(r.get(2)).isEqualTo("2015-12-21T10:00:00-05:00");
        assertThat(r.get(3)).isEqualTo("2015-12-22T11:00:00-05:00");
        assertThat(r.get(4)).isEqualTo("3");
        assertThat(r.get(5)).isEqualTo("1.2345");
        assertThat(r.get(6)).isEqualTo("1");
        assertThat(r.get(7)).isEqualTo("-150.5");
        assertThat(r.get(8)).isEqualTo("3.9");
        assertThat(r.get(9)).isEqualTo("-146.6");
        assertThat(Double.parseDouble(r.get(10))).isEqualTo(25.0 / 24);
        assertThat(r.get(11)).isEqualTo("STOP\r\nLOSS");
        assertThat(r.get(12)).isEqualTo("12");
        assertThat(r.get(13)).isEmpty();
        assertThat(r.get(14)).isEmpty();
        assertThat(r.get(15)).isEqualTo("modeled");
    }

    @Test
    void everySampleTradeRoundTrips() throws Exception
    {
        final List<ClosedTrade> trades = SampleReports.report().trades();
        final StringWriter w = new StringWriter();
        TradesCsv.write(trades, w);
        final List<List<String>> rows = parse(w.toString());
        assertThat(rows).hasSize(trades.size() + 1);
        long pnl = 0;
        for (int i = 0; i < trades.size(); i++)
        {
            assertThat(rows.get(i + 1).get(1)).isEqualTo(trades.get(i).contract());
            pnl += new java.math.BigDecimal(rows.get(i + 1).get(7)).movePointRight(6).longValueExact();
        }
        assertThat(pnl).isEqualTo(trades.stream().mapToLong(ClosedTrade::pnlMicros).sum());
    }

    /** A strict RFC 4180 reader (test-side, independent of the writer). */
    static List<List<String>> parse(final String s)
    {
        final List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        final StringBuilder f = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < s.length())
        {
            final char c = s.charAt(i);
            if (quoted)
            {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"')
                {
                    f.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"')
                {
                    quoted = false;
                    i++;
                    continue;
                }
                f.append(c);
                i++;
                continue;
            }
            if (c == '"')
            {
                if (f.length() > 0)
                {
                    throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
                i++;
            }
            else if (c == ',')
            {
                row.add(f.toString());
                f.setLength(0);
                wasQuoted = false;
                i++;
            }
            else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n')
            {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                wasQuoted = false;
                i += 2;
            }
            else if (c == '\n' || c == '\r')
            {
                throw new IllegalArgumentException("bare line break outside quotes at " + i);
            }
            else
            {
                if (wasQuoted)
                {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                f.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || f.length() > 0)
        {
            throw new IllegalArgumentException("last record does not end with CRLF");
        }
        return rows;
    }
}
