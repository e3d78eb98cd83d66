package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.discord.DailyDigest;
import com.quantmatrix.adapters.discord.DiscordChannel;
import com.quantmatrix.adapters.discord.DiscordEmbeds;
import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.adapters.discord.Embed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The daily cycle's messages, built on the operations worker from snapshots the pipeline thread took
 * at the phase: the morning brief, the universe scan and the watchlist go to MORNING_BREW; the daily
 * digest and the strategy review to PORTFOLIO_DIGEST; health, heartbeat and start-up notes to
 * SYSTEM_STATUS. Money in micros, times event time.
 */
public final class LiveMessages
{
    /** A symbol's last daily close. */
    public record Close(String symbol, double close, int date)
    {
    }

    /** An open position: contract name, signed quantity, average cost and mark per share (micros). */
    public record Holding(String contract, long qty, long averageCostMicros, long markMicros)
    {
    }

    /** One ranked symbol of a scan or watchlist, with the criterion values the trader checks. */
    public record Candidate(String symbol, int direction, double confidence, double close, double atrDistance,
        double atrPercent, double volumeRatio, double dollarVolume)
    {
    }

    public record MorningBrief(int tradingDate, Instant time, double vix, List<Close> indices, int previousDate,
        long previousRealizedMicros, int previousTrades, int previousWins, long equityMicros, long cashMicros,
        int openPositions, List<Holding> holdings, String tradingMode)
    {
    }

    public record ScanReport(int tradingDate, int sessionDate, Instant time, int rowsSeen, int rowsEligible,
        int rowsScored, int warmSymbols, List<Candidate> top, String error)
    {
    }

    /** Net Greeks of the book: delta in dollars per 1% move, gamma in shares, theta dollars/day, vega dollars/vol point. */
    public record Greeks(double deltaDollarsPerPct, double gammaShares, double thetaDollars, double vegaDollars)
    {
    }

    public record Review(int tradingDate, Instant time, int windowTrades, double winRate, double profitFactor,
        long expectancyMicros, long lifetimeTrades, double lifetimeWinRate, int lossStreak, boolean degraded, String why)
    {
    }

    public record Watchlist(int tradingDate, Instant time, int scanned, int warm, List<Candidate> entries)
    {
    }

    private LiveMessages()
    {
    }

    public static LocalDate date(final int yyyymmdd)
    {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    public static Instant instant(final long epochNanos)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    public static DiscordMessage morningBrief(final MorningBrief b)
    {
        final StringBuilder closes = new StringBuilder();
        for (final Close c : b.indices())
        {
            closes.append(c.symbol()).append(' ').append(price(c.close())).append(" (").append(date(c.date())).append(")\n");
        }
        final StringBuilder held = new StringBuilder();
        for (final Holding h : b.holdings())
        {
            held.append(h.contract()).append(' ').append(h.qty() > 0 ? "+" : "").append(h.qty())
                .append(" @ ").append(DiscordEmbeds.usd(h.averageCostMicros())).append(", mark ").append(DiscordEmbeds.usd(h.markMicros()))
                .append('\n');
        }
        if (b.openPositions() > b.holdings().size())
        {
            held.append("... and ").append(b.openPositions() - b.holdings().size()).append(" more\n");
        }
        final Embed.Builder e = Embed.builder()
            .title("Morning brief " + date(b.tradingDate()))
            .color(DiscordEmbeds.BLUE)
            .field("VIX", Double.isNaN(b.vix()) ? "n/a" : String.format(Locale.ROOT, "%.2f", b.vix()))
            .field("Prior closes", closes.length() == 0 ? "none in the universe" : closes.toString().strip(), false)
            .field("Yesterday", b.previousDate() == 0 ? "no earlier session on record"
                : date(b.previousDate()) + ": " + DiscordEmbeds.signedUsd(b.previousRealizedMicros()) + " realized, "
                    + b.previousTrades() + " trades, " + b.previousWins() + " won", false)
            .field("Equity", DiscordEmbeds.usd(b.equityMicros()))
            .field("Cash", DiscordEmbeds.usd(b.cashMicros()))
            .field("Trading", b.tradingMode())
            .field("Open positions (" + b.openPositions() + ")", held.length() == 0 ? "none" : held.toString().strip(), false)
            .timestamp(b.time());
        return DiscordMessage.of(DiscordChannel.MORNING_BREW, e.build());
    }

    public static DiscordMessage scan(final ScanReport s)
    {
        final Embed.Builder e = Embed.builder()
            .title("Universe scan " + date(s.tradingDate()) + " (session " + (s.sessionDate() == 0 ? "n/a" : date(s.sessionDate())) + ")")
            .timestamp(s.time());
        if (s.error() != null)
        {
            return DiscordMessage.of(DiscordChannel.MORNING_BREW, e.color(DiscordEmbeds.ORANGE).description("Scan failed: " + s.error()).build());
        }
        e.color(s.top().isEmpty() ? DiscordEmbeds.GREY : DiscordEmbeds.GREEN)
            .description(candidateLines(s.top(), "No ATR Matrix candidate today."))
            .field("Rows", Integer.toString(s.rowsSeen()))
            .field("Eligible", Integer.toString(s.rowsEligible()))
            .field("Warm", Integer.toString(s.warmSymbols()))
            .field("Entries", Integer.toString(s.rowsScored()));
        return DiscordMessage.of(DiscordChannel.MORNING_BREW, e.build());
    }

    public static DiscordMessage digest(final DailyDigest d, final Greeks g, final Instant time)
    {
        final DiscordMessage base = DiscordEmbeds.dailyDigest(d, time);
        final Embed greeks = Embed.builder()
            .title("Greeks " + d.date())
            .color(DiscordEmbeds.BLUE)
            .field("Delta", String.format(Locale.ROOT, "%+.2f $/1%%", g.deltaDollarsPerPct()))
            .field("Gamma", String.format(Locale.ROOT, "%+.2f sh", g.gammaShares()))
            .field("Theta", String.format(Locale.ROOT, "%+.2f $/day", g.thetaDollars()))
            .field("Vega", String.format(Locale.ROOT, "%+.2f $/vol pt", g.vegaDollars()))
            .timestamp(time)
            .build();
        final List<Embed> embeds = new java.util.ArrayList<>(base.embeds());
        embeds.add(greeks);
        return new DiscordMessage(DiscordChannel.PORTFOLIO_DIGEST, base.content(), embeds);
    }

    public static DiscordMessage review(final Review r)
    {
        final Embed.Builder e = Embed.builder()
            .title((r.degraded() ? "Strategy review: WARNING " : "Strategy review ") + date(r.tradingDate()))
            .color(r.degraded() ? DiscordEmbeds.ORANGE : DiscordEmbeds.GREEN)
            .description(r.why())
            .field("Window", r.windowTrades() + " trades")
            .field("Win rate", Double.isNaN(r.winRate()) ? "n/a" : percent(100 * r.winRate()))
            .field("Profit factor", Double.isNaN(r.profitFactor()) ? "n/a"
                : Double.isInfinite(r.profitFactor()) ? "no loss" : String.format(Locale.ROOT, "%.2f", r.profitFactor()))
            .field("Expectancy", DiscordEmbeds.signedUsd(r.expectancyMicros()))
            .field("All trades", Long.toString(r.lifetimeTrades()))
            .field("All win rate", Double.isNaN(r.lifetimeWinRate()) ? "n/a" : percent(100 * r.lifetimeWinRate()))
            .field("Loss streak", Integer.toString(r.lossStreak()))
            .timestamp(r.time());
        return DiscordMessage.of(DiscordChannel.PORTFOLIO_DIGEST, e.build());
    }

    public static DiscordMessage watchlist(final Watchlist w)
    {
        return DiscordMessage.of(DiscordChannel.MORNING_BREW, Embed.builder()
            .title("Watchlist after " + date(w.tradingDate()))
            .color(w.entries().isEmpty() ? DiscordEmbeds.GREY : DiscordEmbeds.BLUE)
            .description(candidateLines(w.entries(), "Nothing meets the ATR Matrix entry rules tonight."))
            .field("Scanned", Integer.toString(w.scanned()))
            .field("Warm", Integer.toString(w.warm()))
            .timestamp(w.time())
            .build());
    }

    /**
     * One candidate of the 08:00 plan: the contract the selector picked (-1: none, {@code reason} a
     * SelectReason) and the size risk allows at the opening limit (0: {@code reason} a RiskReason).
     */
    public record PlanLine(String symbol, int direction, int contractId, long qty, long limitMicros, long costMicros, int reason,
        String contract)
    {
        public PlanLine(final String symbol, final int direction, final int contractId, final long qty, final long limitMicros,
            final long costMicros, final int reason)
        {
            this(symbol, direction, contractId, qty, limitMicros, costMicros, reason, null);
        }

        PlanLine named(final String name)
        {
            return new PlanLine(symbol, direction, contractId, qty, limitMicros, costMicros, reason, name);
        }
    }

    /** 08:00: the plan for the open, one line per candidate. */
    public static DiscordMessage plan(final int tradingDate, final List<PlanLine> lines, final long equityMicros, final Instant time)
    {
        final StringBuilder sb = new StringBuilder();
        long cost = 0;
        int orders = 0;
        for (final PlanLine l : lines)
        {
            sb.append(l.symbol()).append(' ').append(l.direction() >= 0 ? "long" : "short").append(": ");
            if (l.contractId() < 0)
            {
                sb.append("no contract (").append(com.quantmatrix.engine.event.Reasons.name(l.reason())).append(")\n");
                continue;
            }
            sb.append(l.contract());
            if (l.qty() == 0)
            {
                sb.append(", no size (").append(com.quantmatrix.engine.event.Reasons.name(l.reason())).append(")\n");
                continue;
            }
            orders++;
            cost += l.costMicros();
            sb.append(String.format(Locale.ROOT, ", buy %d at %s, %s", l.qty(), DiscordEmbeds.usd(l.limitMicros()), DiscordEmbeds.usd(l.costMicros())))
                .append('\n');
        }
        return DiscordMessage.of(DiscordChannel.MORNING_BREW, Embed.builder()
            .title("Plan for the open " + date(tradingDate))
            .color(orders == 0 ? DiscordEmbeds.GREY : DiscordEmbeds.GREEN)
            .description(lines.isEmpty() ? "No candidate: nothing planned." : sb.toString().strip())
            .field("Orders", Integer.toString(orders))
            .field("Premium at risk", DiscordEmbeds.usd(cost))
            .field("Equity", DiscordEmbeds.usd(equityMicros))
            .timestamp(time)
            .build());
    }

    /** One open position at the end-of-day checks: days to expiry (-1: a stock) and whether the expiry rule closes it. */
    public record EndOfDayLine(Holding holding, int daysToExpiry, boolean expiryClose)
    {
    }

    /** 15:45: the open positions, flagged when the expiry rule closes them, the working orders and the mode. */
    public static DiscordMessage endOfDay(final int tradingDate, final List<EndOfDayLine> lines, final int workingOrders,
        final long unrealizedMicros, final String tradingMode, final Instant time)
    {
        final StringBuilder sb = new StringBuilder();
        int flagged = 0;
        for (final EndOfDayLine l : lines)
        {
            final Holding h = l.holding();
            sb.append(String.format(Locale.ROOT, "%s x%d: cost %s, mark %s, %s", h.contract(), h.qty(), DiscordEmbeds.usd(h.averageCostMicros()),
                DiscordEmbeds.usd(h.markMicros()), l.daysToExpiry() < 0 ? "stock" : l.daysToExpiry() + " days to expiry"));
            if (l.expiryClose())
            {
                flagged++;
                sb.append(" - closed by the expiry rule");
            }
            sb.append('\n');
        }
        return DiscordMessage.of(DiscordChannel.PORTFOLIO_DIGEST, Embed.builder()
            .title("End-of-day checks " + date(tradingDate))
            .color(flagged > 0 ? DiscordEmbeds.ORANGE : DiscordEmbeds.BLUE)
            .description(lines.isEmpty() ? "No open position." : sb.toString().strip())
            .field("Open positions", Integer.toString(lines.size()))
            .field("Expiring (closed by the rule)", Integer.toString(flagged))
            .field("Working orders", Integer.toString(workingOrders))
            .field("Unrealized", DiscordEmbeds.signedUsd(unrealizedMicros))
            .field("Trading", tradingMode)
            .timestamp(time)
            .build());
    }

    /** 07:00: the real chains loaded for the day's candidates, one line per underlying. */
    public static DiscordMessage optionAnalysis(final int tradingDate, final List<ChainJob.Summary> loaded, final Instant time)
    {
        final StringBuilder sb = new StringBuilder();
        int contracts = 0;
        for (final ChainJob.Summary s : loaded)
        {
            if (s.error() != null)
            {
                sb.append(s.underlying()).append(": chain unavailable (").append(s.error()).append(")\n");
                continue;
            }
            contracts += s.contracts();
            sb.append(String.format(Locale.ROOT, "%s: %d contracts, %d expiries", s.underlying(), s.contracts(), s.expiries()));
            if (s.atmExpiry() != 0)
            {
                sb.append(String.format(Locale.ROOT, ", ATM IV %.1f%% (%s %s)", 100 * s.atmIv(), date(s.atmExpiry()), price(s.atmStrike())));
            }
            sb.append('\n');
        }
        return DiscordMessage.of(DiscordChannel.MORNING_BREW, Embed.builder()
            .title("Option analysis " + date(tradingDate))
            .color(contracts == 0 ? DiscordEmbeds.GREY : DiscordEmbeds.BLUE)
            .description(loaded.isEmpty() ? "No candidate to analyse today." : sb.toString().strip())
            .field("Underlyings", Integer.toString(loaded.size()))
            .field("Contracts", Integer.toString(contracts))
            .timestamp(time)
            .build());
    }

    public static DiscordMessage status(final String component, final DiscordEmbeds.Status status, final String detail, final long timeNanos)
    {
        return DiscordEmbeds.systemStatus(component, status, detail, instant(timeNanos));
    }

    /** One line per candidate: rank, symbol, direction, confidence and the criteria behind it. */
    static String candidateLines(final List<Candidate> list, final String none)
    {
        if (list.isEmpty())
        {
            return none;
        }
        final StringBuilder sb = new StringBuilder();
        int rank = 1;
        for (final Candidate c : list)
        {
            sb.append(String.format(Locale.ROOT, "%d. %s %s %.0f/100 close %s, %.2f ATR from SMA50, ATR %.1f%%, volume %.2fx",
                rank++, c.symbol(), c.direction() >= 0 ? "long" : "short", c.confidence(), price(c.close()), c.atrDistance(),
                100 * c.atrPercent(), c.volumeRatio()));
            if (c.dollarVolume() > 0)
            {
                sb.append(String.format(Locale.ROOT, ", $%.1fM traded", c.dollarVolume() / 1e6));
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    static String price(final double p)
    {
        return Double.isNaN(p) ? "n/a" : String.format(Locale.ROOT, "%.2f", p);
    }

    private static String percent(final double p)
    {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }
}
