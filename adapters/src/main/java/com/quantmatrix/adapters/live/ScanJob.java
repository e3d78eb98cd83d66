package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.signal.AtrMatrixScore;
import com.quantmatrix.engine.universe.PreMarketScan;
import com.quantmatrix.engine.universe.RankedCandidates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 06:30 universe scan, on the operations worker: the previous session's grouped daily bars for the
 * whole market (one call), the real ATR Matrix through {@link PreMarketScan}, and the ranked candidates
 * to MORNING_BREW. Also seeds the scan's own daily state from the bars a live run backfills. Worker
 * thread only (the scan state is not shared).
 */
public final class ScanJob
{
    private static final Logger LOG = LoggerFactory.getLogger(ScanJob.class);

    /** One backfilled daily bar for the scan's state. */
    public record Bar(String symbol, int date, double open, double high, double low, double close, long volume)
    {
    }

    private final PreMarketScan scan;
    private final GroupedDailySource source;
    private final ExchangeCalendar calendar;
    private final Consumer<DiscordMessage> post;
    private final AtrMatrixScore detail = new AtrMatrixScore();
    private volatile List<LiveMessages.Candidate> lastCandidates = List.of();
    private volatile LiveMessages.ScanReport lastReport;

    public ScanJob(final PreMarketScan scan, final GroupedDailySource source, final ExchangeCalendar calendar,
        final Consumer<DiscordMessage> post)
    {
        this.scan = scan;
        this.source = source;
        this.calendar = calendar;
        this.post = post;
    }

    /** Seeds the scan's state with bars in date order (worker thread). */
    public void seed(final List<Bar> bars)
    {
        for (final Bar b : bars)
        {
            scan.seed(b.symbol(), b.date(), b.open(), b.high(), b.low(), b.close(), b.volume());
        }
    }

    /**
     * Scans the session before {@code tradingDate} and posts the result; a download that fails posts
     * the reason instead (the scan is retried the next day, never half-ranked).
     */
    public LiveMessages.ScanReport run(final int tradingDate, final long eventTimeNanos)
    {
        final LocalDate session = calendar.previousTradingDay(LiveMessages.date(tradingDate));
        final int sessionYmd = session.getYear() * 10_000 + session.getMonthValue() * 100 + session.getDayOfMonth();
        LiveMessages.ScanReport report;
        try
        {
            final byte[] body = source.fetch(session);
            final RankedCandidates r = scan.scanDay(body, 0, body.length, sessionYmd);
            if (scan.day().status != 0)
            {
                report = failed(tradingDate, sessionYmd, eventTimeNanos, "the grouped-daily response for " + session
                    + " could not be read (" + com.quantmatrix.engine.universe.ScanReason.name(scan.day().status) + ")");
            }
            else
            {
                final List<LiveMessages.Candidate> top = new ArrayList<>(r.count);
                for (int k = 0; k < r.count; k++)
                {
                    final int sym = r.symbolId[k];
                    final int dir = scan.direction(sym);
                    scan.detail(sym, dir, detail);
                    top.add(new LiveMessages.Candidate(scan.symbol(sym), dir, r.score[k], detail.close, detail.atrDistance,
                        detail.atrPercent, detail.volumeRatio, r.dollarVolume[k]));
                }
                lastCandidates = List.copyOf(top);
                report = new LiveMessages.ScanReport(tradingDate, sessionYmd, LiveMessages.instant(eventTimeNanos), r.rowsSeen,
                    r.rowsEligible, r.rowsScored, scan.warmSymbols(), lastCandidates, null);
            }
        }
        catch (final RuntimeException ex)
        {
            report = failed(tradingDate, sessionYmd, eventTimeNanos, ex.getMessage());
        }
        lastReport = report;
        LOG.info("universe scan for {}: {}", tradingDate, report.error() != null ? report.error()
            : report.top().size() + " candidates of " + report.rowsSeen() + " rows");
        post.accept(LiveMessages.scan(report));
        return report;
    }

    private static LiveMessages.ScanReport failed(final int tradingDate, final int sessionYmd, final long t, final String why)
    {
        return new LiveMessages.ScanReport(tradingDate, sessionYmd, LiveMessages.instant(t), 0, 0, 0, 0, List.of(), why);
    }

    /**
     * Warms the whole-market state with earlier sessions' grouped daily bars, oldest first (one call
     * each); a session that cannot be had is skipped with a log line.
     */
    public void warm(final List<LocalDate> sessions)
    {
        for (final LocalDate d : sessions)
        {
            try
            {
                final byte[] body = source.fetch(d);
                scan.scanDay(body, 0, body.length, d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth());
            }
            catch (final RuntimeException ex)
            {
                LOG.warn("scan warm-up: {} skipped: {}", d, ex.getMessage());
            }
        }
        LOG.info("scan warm-up: {} sessions, {} symbols warm", sessions.size(), scan.warmSymbols());
    }

    /** The candidates of the last scan that succeeded. */
    public List<LiveMessages.Candidate> lastCandidates()
    {
        return lastCandidates;
    }

    public LiveMessages.ScanReport lastReport()
    {
        return lastReport;
    }

    public PreMarketScan scan()
    {
        return scan;
    }
}
