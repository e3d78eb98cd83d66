package com.quantmatrix.adapters.discord;

import com.quantmatrix.adapters.broker.Micros;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The messages a trader reads, one builder each: signals, fills, exits and risk events go to
 * SIGNALS; the daily digest to PORTFOLIO_DIGEST; health to SYSTEM_STATUS. Colours say the outcome
 * at a glance (green up, red down, orange attention, blue information).
 */
public final class DiscordEmbeds
{
    public static final int GREEN = 0x2ECC71;
    public static final int RED = 0xE74C3C;
    public static final int ORANGE = 0xE67E22;
    public static final int BLUE = 0x3498DB;
    public static final int GREY = 0x95A5A6;

    /** Severity of a system-status message. */
    public enum Status
    {
        OK(GREEN), WARN(ORANGE), ERROR(RED);

        private final int color;

        Status(final int color)
        {
            this.color = color;
        }
    }

    private DiscordEmbeds()
    {
    }

    /** An ATR Matrix signal: direction +1 bullish / -1 bearish, confidence 0-100, then each criterion's value in order. */
    public static DiscordMessage signal(
        final String symbol,
        final String signalType,
        final int direction,
        final double confidence,
        final Map<String, String> criteria,
        final Instant time)
    {
        final Embed.Builder b = Embed.builder()
            .title(signalType + ": " + symbol + (direction > 0 ? " (bullish)" : direction < 0 ? " (bearish)" : ""))
            .color(direction > 0 ? GREEN : direction < 0 ? RED : GREY)
            .field("Confidence", String.format(Locale.ROOT, "%.0f / 100", confidence))
            .timestamp(time);
        criteria.forEach((k, v) -> b.field(k, v));
        return DiscordMessage.of(DiscordChannel.SIGNALS, b.build());
    }

    /** A fill: side +1 buy / -1 sell, quantity in contracts, price per share, multiplier (100 for equity options). */
    public static DiscordMessage fill(
        final String occSymbol,
        final int side,
        final long quantity,
        final long priceMicros,
        final long feeMicros,
        final int multiplier,
        final String purpose,
        final Instant time)
    {
        final String verb = side > 0 ? "BUY" : "SELL";
        final long notional = priceMicros * quantity * multiplier;
        return DiscordMessage.of(DiscordChannel.SIGNALS, Embed.builder()
            .title("Filled: " + verb + " " + quantity + " " + occSymbol + " @ " + Micros.formatCents(priceMicros))
            .color(side > 0 ? GREEN : BLUE)
            .field("Side", verb)
            .field("Quantity", Long.toString(quantity))
            .field("Price", usd(priceMicros))
            .field("Notional", usd(notional))
            .field("Fees", usd(feeMicros))
            .field("Purpose", purpose)
            .timestamp(time)
            .build());
    }

    /** A closed position and why (STOP_LOSS, PROFIT_TARGET, TIME_STOP, ...). */
    public static DiscordMessage exit(
        final String occSymbol,
        final String reason,
        final long quantity,
        final long entryMicros,
        final long exitMicros,
        final long pnlMicros,
        final Instant time)
    {
        return DiscordMessage.of(DiscordChannel.SIGNALS, Embed.builder()
            .title("Exit " + reason + ": " + occSymbol)
            .color(pnlMicros >= 0 ? GREEN : RED)
            .field("Quantity", Long.toString(quantity))
            .field("Entry", usd(entryMicros))
            .field("Exit", usd(exitMicros))
            .field("P&L", signedUsd(pnlMicros))
            .field("Return", entryMicros == 0 ? "n/a" : percent(BigDecimal.valueOf(exitMicros - entryMicros)
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(entryMicros), 1, RoundingMode.HALF_EVEN).doubleValue()))
            .timestamp(time)
            .build());
    }

    /** A risk event: a circuit breaker, a limit hit, a halt or reduce-only. */
    public static DiscordMessage riskEvent(final String event, final String detail, final String action, final Instant time)
    {
        return DiscordMessage.of(DiscordChannel.SIGNALS, Embed.builder()
            .title("Risk: " + event)
            .description(detail)
            .color(ORANGE)
            .field("Action", action, false)
            .timestamp(time)
            .build());
    }

    public static DiscordMessage dailyDigest(final DailyDigest d, final Instant time)
    {
        final long total = d.realizedPnlMicros() + d.unrealizedPnlMicros();
        final double winRate = d.winRatePercent();
        return DiscordMessage.of(DiscordChannel.PORTFOLIO_DIGEST, Embed.builder()
            .title("Daily digest " + d.date())
            .color(total >= 0 ? GREEN : RED)
            .field("P&L (day)", signedUsd(total))
            .field("Realized", signedUsd(d.realizedPnlMicros()))
            .field("Unrealized", signedUsd(d.unrealizedPnlMicros()))
            .field("Equity", usd(d.equityMicros()))
            .field("Trades", Integer.toString(d.trades()))
            .field("Win rate", Double.isNaN(winRate) ? "n/a" : percent(winRate) + " (" + d.wins() + "W/" + d.losses() + "L)")
            .field("Best", d.best() == null ? "none" : d.best(), false)
            .field("Worst", d.worst() == null ? "none" : d.worst(), false)
            .field("Heat", percent(d.heatPercent()))
            .field("Open positions", Integer.toString(d.openPositions()))
            .timestamp(time)
            .build());
    }

    public static DiscordMessage systemStatus(final String component, final Status status, final String detail, final Instant time)
    {
        return DiscordMessage.of(DiscordChannel.SYSTEM_STATUS, Embed.builder()
            .title(status + ": " + component)
            .description(detail)
            .color(status.color)
            .timestamp(time)
            .build());
    }

    /** "$1,234.56" (negative as "-$1,234.56"). */
    public static String usd(final long micros)
    {
        final String s = money().format(BigDecimal.valueOf(Math.abs(micros), 6));
        return micros < 0 ? "-$" + s : "$" + s;
    }

    /** "+$12.00" / "-$3.50": P&L always carries its sign. */
    public static String signedUsd(final long micros)
    {
        return micros >= 0 ? "+" + usd(micros) : usd(micros);
    }

    private static String percent(final double p)
    {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    private static DecimalFormat money()
    {
        final DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }
}
