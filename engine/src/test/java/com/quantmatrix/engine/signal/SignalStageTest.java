package com.quantmatrix.engine.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SignalType;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.market.IndicatorState;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.MarketStateStage;
import com.quantmatrix.engine.market.RealBars;
import com.quantmatrix.engine.market.SessionClock;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The signal stage behind the market stage, on replays of the real bundled data. */
class SignalStageTest
{
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static void bar(final MarketEvent e, final int sym, final long endNanos, final int seconds, final double o,
        final double h, final double l, final double c, final long v)
    {
        e.clear();
        e.type = EventType.BAR;
        e.symbolId = sym;
        e.barSeconds = seconds;
        e.eventTimeNanos = endNanos;
        e.open = o;
        e.high = h;
        e.low = l;
        e.close = c;
        e.volume = v;
    }

    @Test
    void everyEntryAndExitOfAFullReplayFollowsTheRulesAndNoneIsMissed()
    {
        final List<String> names = RealBars.symbols();
        final MarketState market = new MarketState(names.size(), MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
        final MarketStateStage marketStage = new MarketStateStage(market, new Instruments(names.size(), names.size()));
        final SignalStage signal = new SignalStage(market, SignalSettings.defaults());
        final IndicatorState d = market.daily();
        final boolean[] open = new boolean[names.size()];
        final MarketEvent e = new MarketEvent();
        final int[] next = new int[names.size()];
        int entries = 0;
        int exits = 0;
        long events = 0;
        while (true)
        {
            int date = Integer.MAX_VALUE;
            for (int k = 0; k < names.size(); k++)
            {
                final DailyBarStore.Series s = RealBars.series(names.get(k));
                if (next[k] < s.size())
                {
                    date = Math.min(date, s.date[next[k]]);
                }
            }
            if (date == Integer.MAX_VALUE)
            {
                break;
            }
            final long close = SessionClock.nanosOf(date, 960);
            for (int k = 0; k < names.size(); k++)
            {
                final DailyBarStore.Series s = RealBars.series(names.get(k));
                if (next[k] >= s.size() || s.date[next[k]] != date)
                {
                    continue;
                }
                final int i = next[k]++;
                bar(e, k, close, 86_400, s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
                marketStage.onEvent(e, ++events, true);
                signal.onEvent(e, events, true);
                if (e.inputReject != 0)
                {
                    assertThat(e.signalType).isEqualTo(SignalType.NONE);
                    continue;
                }
                final double c = d.close(k);
                final double atr = d.atr(k);
                final String at = names.get(k) + " " + date;
                if (open[k])
                {
                    final boolean exit = AtrMatrixRules.exit(c, atr, d.sma(k, 0), d.sma(k, 1));
                    assertThat(e.signalType).as("exit on " + at).isEqualTo(exit ? SignalType.EXIT : SignalType.NONE);
                    if (exit)
                    {
                        assertThat(e.signalDirection).isEqualTo(1);
                        assertThat(e.signalConfidence).isEqualTo(100.0);
                        open[k] = false;
                        exits++;
                    }
                    continue;
                }
                if (d.barCount(k) < 200)
                {
                    assertThat(e.signalType).as("warming " + at).isEqualTo(SignalType.NONE);
                    continue;
                }
                final double[] mas = {d.ema(k, 0), d.sma(k, 0), d.sma(k, 1), d.sma(k, 2), d.sma(k, 3)};
                final AtrMatrixRules rules = new AtrMatrixRules(c, atr, mas, d.volume(k), d.averageVolume(k));
                assertThat(e.signalType).as("entry on " + at).isEqualTo(rules.entry() ? SignalType.ENTRY : SignalType.NONE);
                if (rules.entry())
                {
                    assertThat(e.signalDirection).isEqualTo(1);
                    assertThat(e.signalConfidence).isCloseTo(rules.confidence, within(1e-9)).isBetween(0.0, 100.0);
                    open[k] = true;
                    entries++;
                }
            }
        }
        assertThat(events).isEqualTo(632_197);
        assertThat(entries).isGreaterThan(500);
        assertThat(exits).isGreaterThan(450);
        assertThat(signal.entries()).isEqualTo(entries);
        assertThat(signal.exits()).isEqualTo(exits);
    }

    @Test
    void bearishSetupsAreTheMirrorImageWhenEnabled()
    {
        final List<String> names = RealBars.symbols().subList(0, 120);
        final MarketState market = new MarketState(names.size(), MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
        final MarketStateStage marketStage = new MarketStateStage(market, new Instruments(names.size(), names.size()));
        final SignalStage signal = new SignalStage(market, SignalSettings.from(Config.empty().with(SignalSettings.BEARISH, "true")));
        final IndicatorState d = market.daily();
        final MarketEvent e = new MarketEvent();
        int bearish = 0;
        for (int k = 0; k < names.size(); k++)
        {
            final DailyBarStore.Series s = RealBars.series(names.get(k));
            for (int i = 0; i < s.size(); i++)
            {
                bar(e, k, SessionClock.nanosOf(s.date[i], 960), 86_400, s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
                marketStage.onEvent(e, i, true);
                signal.onEvent(e, i, true);
                if (e.signalType == SignalType.ENTRY && e.signalDirection == -1)
                {
                    bearish++;
                    final double c = d.close(k);
                    final double atr = d.atr(k);
                    final double distance = (c - d.sma(k, 1)) / atr;
                    assertThat(distance).isBetween(-4.0, 0.0);
                    assertThat(c).isLessThan(d.sma(k, 0));
                    assertThat(d.ema(k, 0)).isLessThanOrEqualTo(d.sma(k, 0));
                    assertThat(d.sma(k, 0)).isLessThanOrEqualTo(d.sma(k, 1));
                    assertThat(d.sma(k, 1)).isLessThanOrEqualTo(d.sma(k, 2));
                    assertThat(d.sma(k, 2)).isLessThanOrEqualTo(d.sma(k, 3));
                    assertThat(atr / c).isGreaterThanOrEqualTo(0.02);
                    assertThat(d.volume(k)).isGreaterThan(d.averageVolume(k));
                }
                if (e.signalType == SignalType.EXIT && e.signalDirection == -1)
                {
                    // a short setup ends when the close rises above SMA20 or falls more than 4 ATRs below SMA50
                    final double c = d.close(k);
                    assertThat(c > d.sma(k, 0) || (c - d.sma(k, 1)) / d.atr(k) < -4.0).isTrue();
                }
            }
        }
        assertThat(bearish).isGreaterThan(10);
    }

    @Test
    void withMultiTimeframeConfirmationTheEntryWaitsForAnIntradayCloseAboveItsEma() throws Exception
    {
        // LEAN's raw SPY daily bars to 2013-10-01, then its minute bars of 2013-10-04 (test resources, data/minute).
        // Thresholds relaxed so that an index ETF qualifies: ATR% >= 0.5% and the alignment EMA10 >= SMA50 >= SMA100 >= SMA200.
        final Config config = Config.empty()
            .with(SignalSettings.ATR_PERCENT_MIN, "0.005").with(SignalSettings.FULL_SCORE_ATR_PERCENT, "0.01")
            .with(SignalSettings.ALIGNMENT_SMAS, "50,100,200")
            .with(SignalSettings.MTF_ENABLED, "true").with(SignalSettings.MTF_TIMEFRAME, "900")
            .with(MarketSettings.INTRADAY_EMA_PERIOD, "5");
        final List<String> daily = Files.readAllLines(
            Paths.get(SignalStageTest.class.getResource("/market/lean-spy-daily-2012-2013.csv").toURI()));
        final double[] confidence = new double[2];
        for (int run = 0; run < 2; run++)
        {
            final boolean mtf = run == 1;
            final MarketState market = new MarketState(1, MarketSettings.from(config), SessionHours.REGULAR, new ReasonCounters());
            final MarketStateStage marketStage = new MarketStateStage(market, new Instruments(1, 4));
            final SignalStage signal = new SignalStage(market, SignalSettings.from(config.with(SignalSettings.MTF_ENABLED, Boolean.toString(mtf))));
            final MarketEvent e = new MarketEvent();
            for (final String line : daily)
            {
                final String[] f = line.split(",");
                final int ymd = Integer.parseInt(f[0].substring(0, 8));
                if (ymd > 20131001)
                {
                    break;
                }
                bar(e, 0, SessionClock.nanosOf(ymd, 960), 86_400, Long.parseLong(f[1]) / 1e4, Long.parseLong(f[2]) / 1e4,
                    Long.parseLong(f[3]) / 1e4, Long.parseLong(f[4]) / 1e4, Long.parseLong(f[5]));
                marketStage.onEvent(e, 0, true);
                signal.onEvent(e, 0, true);
                if (ymd == 20131001)
                {
                    // the daily setup holds; without confirmation it enters at once, with it the entry waits
                    assertThat(signal.scorer().score(0, 1, new AtrMatrixScore())).isTrue();
                    confidence[run] = scoreOf(signal);
                    assertThat(e.signalType).isEqualTo(mtf ? SignalType.NONE : SignalType.ENTRY);
                }
            }
            if (!mtf)
            {
                continue;
            }
            // the minute bars of 2013-10-04: the ENTRY must come with the first regular 15-minute bar (EMA(5) warm) that
            // closes above its EMA, computed here from the minutes
            final List<double[]> minutes = leanMinutes(ProjectPaths.data().resolve("minute/equity/spy/20131004_trade.zip"),
                LocalDate.of(2013, 10, 4));
            final long expectedEnd = firstQuarterHourCloseAboveEma(minutes, 5);
            int entries = 0;
            for (final double[] m : minutes)
            {
                bar(e, 0, (long)m[0], 60, m[1], m[2], m[3], m[4], (long)m[5]);
                marketStage.onEvent(e, 0, true);
                signal.onEvent(e, 0, true);
                if (e.signalType == SignalType.ENTRY)
                {
                    entries++;
                    assertThat((long)m[0]).isEqualTo(expectedEnd);
                    assertThat(e.signalDirection).isEqualTo(1);
                    assertThat(e.signalConfidence).isEqualTo(confidence[1]);
                }
            }
            assertThat(entries).isEqualTo(1);
            assertThat(expectedEnd).isGreaterThan(0);
        }
        assertThat(confidence[0]).isEqualTo(confidence[1]).isGreaterThan(0.0);
    }

    private static double scoreOf(final SignalStage signal)
    {
        final AtrMatrixScore s = new AtrMatrixScore();
        signal.scorer().score(0, 1, s);
        return s.confidence;
    }

    /** LEAN minute bars as rows {end nanos, o, h, l, c, v}. */
    private static List<double[]> leanMinutes(final Path zip, final LocalDate day) throws Exception
    {
        final List<double[]> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)))
        {
            in.getNextEntry();
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null)
            {
                final String[] f = line.split(",");
                final long start = day.atTime(LocalTime.ofSecondOfDay(Long.parseLong(f[0]) / 1000)).atZone(NY).toEpochSecond();
                out.add(new double[] {(start + 60) * 1e9, Long.parseLong(f[1]) / 1e4, Long.parseLong(f[2]) / 1e4,
                    Long.parseLong(f[3]) / 1e4, Long.parseLong(f[4]) / 1e4, Long.parseLong(f[5])});
            }
        }
        return out;
    }

    /** End (nanos) of the first regular-session 15-minute bar whose close is above the SMA-seeded EMA of such closes. */
    private static long firstQuarterHourCloseAboveEma(final List<double[]> minutes, final int period)
    {
        final long open = LocalDate.of(2013, 10, 4).atTime(9, 30).atZone(NY).toEpochSecond() * 1_000_000_000L;
        final long quarter = 900L * 1_000_000_000L;
        final List<Double> closes = new ArrayList<>();
        final List<Long> ends = new ArrayList<>();
        for (final double[] m : minutes)
        {
            final long start = (long)m[0] - 60_000_000_000L;
            if (start < open || start >= open + 26 * quarter)
            {
                continue;
            }
            final long end = open + ((start - open) / quarter + 1) * quarter;
            if (ends.isEmpty() || ends.get(ends.size() - 1) != end)
            {
                ends.add(end);
                closes.add(m[4]);
            }
            else
            {
                closes.set(closes.size() - 1, m[4]);
            }
        }
        double ema = 0.0;
        for (int i = 0; i < closes.size(); i++)
        {
            if (i < period)
            {
                ema += closes.get(i);
                if (i < period - 1)
                {
                    continue;
                }
                ema /= period;
            }
            else
            {
                ema += 2.0 / (period + 1) * (closes.get(i) - ema);
            }
            if (closes.get(i) > ema)
            {
                return ends.get(i);
            }
        }
        return -1;
    }

    @Test
    void aSignalPeriodTheMarketDoesNotComputeIsAConfigurationError()
    {
        final MarketState market = new MarketState(1, MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SignalStage(market,
            SignalSettings.from(Config.empty().with(SignalSettings.SUPPORT_SMA, "55"))))
            .isInstanceOf(ConfigException.class).hasMessageContaining("signal.entry.support.sma.period=55");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignalSettings.from(Config.empty()
            .with(SignalSettings.ATR_DISTANCE_MAX, "-1"))).isInstanceOf(ConfigException.class);
    }
}
