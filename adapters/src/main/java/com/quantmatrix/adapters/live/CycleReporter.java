package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.discord.DailyDigest;
import com.quantmatrix.adapters.discord.DiscordEmbeds;
import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.adapters.tastytrade.ContractSymbols;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.cycle.CycleListener;
import com.quantmatrix.engine.cycle.CyclePhase;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.portfolio.TradeStats;
import com.quantmatrix.engine.signal.AtrMatrixScore;
import com.quantmatrix.engine.signal.UniverseScan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the daily cycle's phases do outside the pipeline (the trading itself is the pipeline's stages,
 * on every event). Runs on the pipeline thread: at a phase it reads the engine's state (its own
 * thread's state, so the figures are consistent) into a snapshot and hands the slow part to the
 * {@link OpsWorker}; it never blocks, and per event it does nothing at all.
 * <ul>
 * <li>MORNING_BRIEF: VIX, prior closes, yesterday's result, equity and open positions, to MORNING_BREW;</li>
 * <li>UNIVERSE_SCAN: the whole-market grouped-daily scan ({@link ScanJob}) on the worker;</li>
 * <li>DAILY_DIGEST: P&amp;L, trades, win rate, best and worst, heat and Greeks, to PORTFOLIO_DIGEST;</li>
 * <li>STRATEGY_REVIEW: rolling win rate, profit factor and expectancy over the last trades, with a
 * warning when they fall below their floors, to PORTFOLIO_DIGEST;</li>
 * <li>WATCHLIST: the ATR Matrix over the engine's own daily state after the close, to MORNING_BREW;</li>
 * <li>OPTION_ANALYSIS: the real option chains ({@link ChainJob}) of the scan's top candidates and of the
 * underlyings held, into the ring, and a summary per underlying to MORNING_BREW;</li>
 * <li>RISK_PLAN: for each of those candidates, the contract the selector ranks first on the chain as it
 * is at 08:00 and the size pre-trade risk allows at its opening limit, to MORNING_BREW: the plan the
 * pipeline executes at the open if the signal still stands and the quotes pass;</li>
 * <li>PREPARATION: the pre-open check to SYSTEM_STATUS: trading mode, health conditions, the feed, the
 * real option contracts in the table; WARN when anything would stop the open;</li>
 * <li>MARKET_OPEN_EXECUTION: the same chains again, now with live quotes, before the pipeline trades on them;</li>
 * <li>END_OF_DAY_CHECKS: every open position with its days to expiry and P&amp;L, those the expiry rule
 * closes (exit.expiry.close.days) flagged, the working orders and the trading mode, to PORTFOLIO_DIGEST.</li>
 * </ul>
 * Events read back from the journal (recovery, replay) and the warm-up's history send nothing (see
 * {@link EventGate}). The close has no message of its own (the digest follows):
 * the pipeline's stages select, size and manage on each event.
 */
public final class CycleReporter implements CycleListener
{
    private static final Logger LOG = LoggerFactory.getLogger(CycleReporter.class);

    private final LiveSettings settings;
    private final EventGate gate;
    private final DayBook book;
    private final OpsWorker worker;
    private final Consumer<DiscordMessage> post;
    private final ScanJob scanJob;
    private final OpsWorker scanWorker;
    private final AtrMatrixScore detail = new AtrMatrixScore();
    private ChainJob chainJob;
    private java.util.function.IntSupplier healthConditions = () -> 0;
    private java.util.function.Supplier<String> feedStatus = () -> "n/a";
    private Engine engine;
    private UniverseScan watch;
    private IntFunction<String> occ;
    private long phases;

    /**
     * @param worker     messages (null in replay mode: nothing is ever sent)
     * @param scanJob    the universe scan and {@code scanWorker} the thread it runs on (its downloads can be slow), or null
     */
    public CycleReporter(final LiveSettings settings, final EventGate gate, final DayBook book, final OpsWorker worker,
        final Consumer<DiscordMessage> post, final ScanJob scanJob, final OpsWorker scanWorker)
    {
        this.settings = settings;
        this.gate = gate;
        this.book = book;
        this.worker = worker;
        this.post = post;
        this.scanJob = scanJob;
        this.scanWorker = scanWorker;
    }

    /** Real option chains at OPTION_ANALYSIS and at the open (on the scan worker); none when not set. */
    public void chainJob(final ChainJob job)
    {
        this.chainJob = job;
    }

    /** The health watch's active conditions (bit set), for the pre-open check; pipeline thread. */
    public void healthConditions(final java.util.function.IntSupplier conditions)
    {
        this.healthConditions = conditions;
    }

    /** The feed's state, for the pre-open check; read on the worker. */
    public void feedStatus(final java.util.function.Supplier<String> feed)
    {
        this.feedStatus = feed;
    }

    /** Binds the engine before it starts (recovery already runs phases). */
    public void attach(final Engine e)
    {
        this.engine = e;
        this.watch = new UniverseScan(e.signals().scorer(), settings.watchlistSize);
        this.occ = ContractSymbols.occ(e.instruments(), e.symbols());
    }

    @Override
    public void onPhase(final CyclePhase phase, final int tradingDate, final long scheduledNanos, final long eventTimeNanos)
    {
        phases++;
        final Portfolio p = engine.trading().portfolio;
        book.roll(tradingDate, p.realizedMicros());
        if (!gate.notifying() || worker == null)
        {
            return;
        }
        switch (phase)
        {
            case MORNING_BRIEF:
                morningBrief(tradingDate, eventTimeNanos, p);
                break;
            case UNIVERSE_SCAN:
                if (scanJob != null && scanWorker != null)
                {
                    scanWorker.offer(() -> scanJob.run(tradingDate, eventTimeNanos));
                }
                break;
            case OPTION_ANALYSIS:
            case MARKET_OPEN_EXECUTION:
                chains(phase, tradingDate, eventTimeNanos, p);
                break;
            case RISK_PLAN:
                plan(tradingDate, eventTimeNanos);
                break;
            case END_OF_DAY_CHECKS:
                endOfDay(tradingDate, eventTimeNanos, p);
                break;
            case PREPARATION:
                preOpen(eventTimeNanos);
                break;
            case DAILY_DIGEST:
                digest(tradingDate, eventTimeNanos, p);
                break;
            case STRATEGY_REVIEW:
                review(tradingDate, eventTimeNanos, p.stats());
                break;
            case WATCHLIST:
                watchlist(tradingDate, eventTimeNanos);
                break;
            default:
                break;
        }
    }

    @Override
    public void onPhaseSkipped(final CyclePhase phase, final int tradingDate, final long scheduledNanos, final long eventTimeNanos)
    {
        book.roll(tradingDate, engine.trading().portfolio.realizedMicros());
        if (gate.notifying() && worker != null)
        {
            worker.offer(() -> LOG.info("{} of {} skipped: event time reached it {} s late", phase, tradingDate,
                (eventTimeNanos - scheduledNanos) / 1_000_000_000L));
        }
    }

    /** The underlyings to load: the scan's candidates (its top scan.top.candidates), then those held. */
    private void chains(final CyclePhase phase, final int tradingDate, final long t, final Portfolio p)
    {
        if (chainJob == null || scanWorker == null)
        {
            return;
        }
        final java.util.LinkedHashSet<String> underlyings = new java.util.LinkedHashSet<>();
        for (int i = 0; i < p.openCount(); i++)
        {
            underlyings.add(engine.symbols().symbol(engine.instruments().underlying[p.openContract(i)]));
        }
        final boolean analysis = phase == CyclePhase.OPTION_ANALYSIS;
        scanWorker.offer(() ->
        {
            final java.util.LinkedHashSet<String> list = new java.util.LinkedHashSet<>();
            if (scanJob != null)
            {
                for (final LiveMessages.Candidate c : scanJob.lastCandidates())
                {
                    list.add(c.symbol());
                }
            }
            list.addAll(underlyings);
            final List<ChainJob.Summary> loaded = chainJob.refresh(new ArrayList<>(list));
            if (analysis)
            {
                post.accept(LiveMessages.optionAnalysis(tradingDate, loaded, java.time.Instant.ofEpochSecond(0, t)));
            }
        });
    }

    /**
     * The 08:00 plan ({@link OpeningPlan}), on the pipeline thread; named and posted by the worker.
     */
    private void plan(final int tradingDate, final long t)
    {
        if (scanJob == null)
        {
            return;
        }
        final List<LiveMessages.PlanLine> lines = OpeningPlan.build(engine, scanJob.lastCandidates(), Integer.MAX_VALUE, t);
        final long equity = engine.trading().portfolio.equityMicros();
        worker.offer(() ->
        {
            final List<LiveMessages.PlanLine> named = new ArrayList<>(lines.size());
            for (final LiveMessages.PlanLine l : lines)
            {
                named.add(l.contractId() < 0 ? l : l.named(contractName(l.contractId())));
            }
            post.accept(LiveMessages.plan(tradingDate, named, equity, LiveMessages.instant(t)));
        });
    }

    /** 09:00: would anything stop the open? Mode, health, feed, real option contracts loaded. */
    private void preOpen(final long t)
    {
        final int mode = engine.tradingSwitch().mode();
        final int conditions = healthConditions.getAsInt();
        final var in = engine.instruments();
        int realOptions = 0;
        for (int c = 0; c < in.count(); c++)
        {
            if (in.isOption(c) && !in.modeled[c] && in.bid[c] >= 0.0 && in.ask[c] > 0.0)
            {
                realOptions++;
            }
        }
        final int options = realOptions;
        final boolean ok = mode == TradingSwitch.RUNNING && conditions == 0;
        worker.offer(() -> post.accept(LiveMessages.status("pre-open", ok ? DiscordEmbeds.Status.OK : DiscordEmbeds.Status.WARN,
            TradingSwitch.modeName(mode) + "; health " + (conditions == 0 ? "ok" : HealthResponder.conditions(conditions)) + "; feed "
                + feedStatus.get() + "; " + options + " option contracts with a real quote", t)));
    }

    /** 15:45 (or before an early close): what is open, what expires, what is still working. */
    private void endOfDay(final int tradingDate, final long t, final Portfolio p)
    {
        final int open = p.openCount();
        final var instruments = engine.instruments();
        final Held held = Held.of(p, open);
        final int[] days = new int[open];
        for (int i = 0; i < open; i++)
        {
            final int c = held.ids[i];
            days[i] = instruments.isOption(c) ? (int)(NyTime.epochDay(instruments.expiry[c]) - NyTime.epochDay(tradingDate)) : -1;
        }
        final int expiryCloseDays = engine.trading().exitSettings.expiryCloseDays;
        final int working = engine.trading().orders.workingCount();
        final long unrealized = p.unrealizedMicros();
        final String mode = TradingSwitch.modeName(engine.tradingSwitch().mode());
        worker.offer(() ->
        {
            final List<LiveMessages.EndOfDayLine> lines = new ArrayList<>(open);
            for (int i = 0; i < open; i++)
            {
                lines.add(new LiveMessages.EndOfDayLine(held.holding(i, this::contractName), days[i],
                    days[i] >= 0 && expiryCloseDays >= 0 && days[i] <= expiryCloseDays));
            }
            post.accept(LiveMessages.endOfDay(tradingDate, lines, working, unrealized, mode, LiveMessages.instant(t)));
        });
    }

    private void morningBrief(final int tradingDate, final long t, final Portfolio p)
    {
        final MarketState m = engine.market();
        final SymbolTable symbols = engine.symbols();
        final List<LiveMessages.Close> closes = new ArrayList<>();
        for (final String s : settings.briefIndices)
        {
            final int id = symbols.find(s);
            if (id >= 0 && id < m.capacity() && m.lastDailyBarDate(id) > 0)
            {
                closes.add(new LiveMessages.Close(s, m.daily().close(id), m.lastDailyBarDate(id)));
            }
        }
        final int open = p.openCount();
        final int shown = Math.min(open, settings.briefPositionsMax);
        final Held held = Held.of(p, shown);
        final double vix = m.vix();
        final int prevDate = book.previousDate();
        final long prevRealized = book.previousRealized();
        final int prevTrades = book.previousTrades();
        final int prevWins = book.previousWins();
        final long equity = p.equityMicros();
        final long cash = p.cashMicros();
        final String mode = TradingSwitch.modeName(engine.tradingSwitch().mode());
        worker.offer(() ->
        {
            final List<LiveMessages.Holding> holdings = new ArrayList<>(shown);
            for (int i = 0; i < shown; i++)
            {
                holdings.add(held.holding(i, this::contractName));
            }
            post.accept(LiveMessages.morningBrief(new LiveMessages.MorningBrief(tradingDate, LiveMessages.instant(t), vix, closes,
                prevDate, prevRealized, prevTrades, prevWins, equity, cash, open, holdings, mode)));
        });
    }

    private void digest(final int tradingDate, final long t, final Portfolio p)
    {
        final long realized = book.realizedToday(p.realizedMicros());
        final long unrealized = p.unrealizedMicros();
        final long equity = p.equityMicros();
        final int trades = book.trades();
        final int wins = book.wins();
        final int losses = book.losses();
        final int best = book.bestContract();
        final long bestPnl = book.bestPnl();
        final int worst = book.worstContract();
        final long worstPnl = book.worstPnl();
        final long heat = engine.trading().preTradeRisk.heatMicros();
        final int open = p.openCount();
        final LiveMessages.Greeks greeks = new LiveMessages.Greeks(p.netDeltaDollarsPerPct(), p.netGammaShares(),
            p.netThetaDollars(), p.netVegaDollars());
        worker.offer(() ->
        {
            final DailyDigest d = new DailyDigest(LiveMessages.date(tradingDate), realized, unrealized, equity, trades, wins, losses,
                best < 0 ? null : contractName(best) + " " + DiscordEmbeds.signedUsd(bestPnl),
                worst < 0 ? null : contractName(worst) + " " + DiscordEmbeds.signedUsd(worstPnl),
                equity > 0 ? 100.0 * heat / equity : 0.0, open);
            post.accept(LiveMessages.digest(d, greeks, LiveMessages.instant(t)));
        });
    }

    private void review(final int tradingDate, final long t, final TradeStats stats)
    {
        final long[] pnl = book.windowPnl();
        final long lifetime = stats.trades();
        final double lifetimeWinRate = lifetime == 0 ? Double.NaN : stats.winRate();
        final int streak = stats.lossStreak();
        worker.offer(() -> post.accept(LiveMessages.review(review(settings, tradingDate, t, pnl, lifetime, lifetimeWinRate, streak))));
    }

    /** The rolling statistics of the last trades and whether they degraded (a pure function, tested alone). */
    static LiveMessages.Review review(final LiveSettings s, final int tradingDate, final long t, final long[] pnl,
        final long lifetimeTrades, final double lifetimeWinRate, final int lossStreak)
    {
        long won = 0;
        long lost = 0;
        long sum = 0;
        int wins = 0;
        for (final long x : pnl)
        {
            sum += x;
            if (x > 0)
            {
                won += x;
                wins++;
            }
            else
            {
                lost -= x;
            }
        }
        final int n = pnl.length;
        final double winRate = n == 0 ? Double.NaN : (double)wins / n;
        final double profitFactor = n == 0 ? Double.NaN : lost == 0 ? Double.POSITIVE_INFINITY : (double)won / lost;
        final long expectancy = n == 0 ? 0 : Math.round((double)sum / n);
        final StringBuilder why = new StringBuilder();
        if (n < s.reviewMinTrades)
        {
            why.append(n).append(" closed trades in the window: too few to judge (").append(s.reviewMinTrades).append(" needed).");
        }
        else
        {
            if (winRate < s.reviewMinWinRate)
            {
                why.append(String.format(java.util.Locale.ROOT, "Win rate %.1f%% is below %.1f%%. ", 100 * winRate, 100 * s.reviewMinWinRate));
            }
            if (profitFactor < s.reviewMinProfitFactor)
            {
                why.append(String.format(java.util.Locale.ROOT, "Profit factor %.2f is below %.2f. ", profitFactor, s.reviewMinProfitFactor));
            }
            if (why.length() == 0)
            {
                why.append("The last ").append(n).append(" trades are within the strategy's floors.");
            }
        }
        final boolean degraded = n >= s.reviewMinTrades && (winRate < s.reviewMinWinRate || profitFactor < s.reviewMinProfitFactor);
        return new LiveMessages.Review(tradingDate, LiveMessages.instant(t), n, winRate, profitFactor, expectancy, lifetimeTrades,
            lifetimeWinRate, lossStreak, degraded, why.toString().strip());
    }

    private void watchlist(final int tradingDate, final long t)
    {
        int n = watch.scan(tradingDate);
        if (watch.scanned() == 0)
        {
            n = watch.scan(0); // no bar dated today (feed down): rank on the latest bars there are
        }
        final int scanned = watch.scanned();
        final int warm = watch.warm();
        final SymbolTable symbols = engine.symbols();
        final List<LiveMessages.Candidate> entries = new ArrayList<>(n);
        for (int k = 0; k < n; k++)
        {
            watch.detail(k, detail);
            final int sym = watch.symbol(k);
            entries.add(new LiveMessages.Candidate(symbols.symbol(sym), watch.direction(k), watch.confidence(k), detail.close,
                detail.atrDistance, detail.atrPercent, detail.volumeRatio, detail.close * engine.market().daily().volume(sym)));
        }
        worker.offer(() -> post.accept(LiveMessages.watchlist(new LiveMessages.Watchlist(tradingDate, LiveMessages.instant(t),
            scanned, warm, entries))));
    }

    /** The first n open positions, read on the pipeline thread; named on the worker. */
    private record Held(int[] ids, long[] qty, long[] cost, long[] mark)
    {
        static Held of(final Portfolio p, final int n)
        {
            final Held h = new Held(new int[n], new long[n], new long[n], new long[n]);
            for (int i = 0; i < n; i++)
            {
                final int c = p.openContract(i);
                h.ids[i] = c;
                h.qty[i] = p.position(c);
                h.cost[i] = p.averageCostMicros(c);
                h.mark[i] = p.markMicros(c);
            }
            return h;
        }

        LiveMessages.Holding holding(final int i, final java.util.function.IntFunction<String> name)
        {
            return new LiveMessages.Holding(name.apply(ids[i]), qty[i], cost[i], mark[i]);
        }
    }

    /** OCC symbol of an option contract, the ticker of a stock (worker thread). */
    private String contractName(final int contractId)
    {
        final String o = occ.apply(contractId);
        if (o != null)
        {
            return o.replaceAll("\\s+", " ");
        }
        final int underlying = contractId >= 0 && contractId < engine.instruments().count() ? engine.instruments().underlying[contractId] : -1;
        final String s = underlying >= 0 ? engine.symbols().symbol(underlying) : null;
        return s != null ? s : "contract " + contractId;
    }

    /** Phases handled so far (recovery included). */
    public long phases()
    {
        return phases;
    }
}
