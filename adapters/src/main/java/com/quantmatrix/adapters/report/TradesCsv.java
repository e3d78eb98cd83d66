package com.quantmatrix.adapters.report;

import com.quantmatrix.engine.analytics.ClosedTrade;
import com.quantmatrix.engine.analytics.CsvFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Closed trades as CSV for spreadsheets and other tools (RFC 4180: CRLF records, fields quoted when
 * they hold a comma, quote or line break). Money as exact decimal dollars; times as ISO-8601 with the
 * New York offset; one header row.
 */
public final class TradesCsv
{
    public static final List<String> HEADER = List.of("symbol", "contract", "open_time", "close_time", "quantity",
        "entry_price", "exit_price", "net_pnl", "fees", "gross_pnl", "holding_days", "close_reason", "days_to_expiry_at_entry",
        "abs_delta_at_entry", "sector", "price_source");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ClosedTrade.MARKET_ZONE);

    private TradesCsv()
    {
    }

    public static void write(final List<ClosedTrade> trades, final Path file) throws IOException
    {
        if (file.getParent() != null)
        {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            write(trades, w);
        }
    }

    public static void write(final List<ClosedTrade> trades, final Writer w) throws IOException
    {
        w.write(CsvFormat.record(HEADER));
        for (final ClosedTrade t : trades)
        {
            w.write(CsvFormat.record(List.of(t.symbol(), t.contract(), time(t.openNanos()), time(t.closeNanos()),
                Integer.toString(t.quantity()), CsvFormat.dollars(t.entryPriceMicros()), CsvFormat.dollars(t.exitPriceMicros()),
                CsvFormat.dollars(t.pnlMicros()), CsvFormat.dollars(t.feesMicros()), CsvFormat.dollars(t.grossPnlMicros()),
                CsvFormat.number(t.holdingDays()), t.closeReason(),
                t.daysToExpiryAtEntry() < 0 ? "" : Integer.toString(t.daysToExpiryAtEntry()),
                CsvFormat.number(t.absDeltaAtEntry()), t.sector() == null ? "" : t.sector(), t.modeledPrice() ? "modeled" : "real")));
        }
    }

    private static String time(final long nanos)
    {
        return TIME.format(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)));
    }
}
