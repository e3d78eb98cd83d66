package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.broker.BrokerCredentials;
import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.broker.EnginePosition;
import com.quantmatrix.adapters.broker.ReconcileReport;
import com.quantmatrix.adapters.broker.Reconciler;
import com.quantmatrix.adapters.net.WsSettings;
import com.quantmatrix.adapters.tastytrade.AccountStreamer;
import com.quantmatrix.adapters.tastytrade.ContractSymbols;
import com.quantmatrix.adapters.tastytrade.TastyAccount;
import com.quantmatrix.adapters.tastytrade.TastytradeClient;
import com.quantmatrix.adapters.tastytrade.TastytradeLogin;
import com.quantmatrix.adapters.tastytrade.TastytradeReconciliation;
import com.quantmatrix.adapters.tastytrade.TastytradeVenue;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.portfolio.Portfolio;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A live run's tastytrade side ({@code engine.venue=tastytrade}): the REST client for the environment
 * the configuration and --live select, the account streamer for fills, the venue the engine routes to
 * (its reports come back into the ring through {@link BrokerReportPublisher}), and the start-up
 * reconciliation of the journal's positions against the account's, which moves the engine to
 * REDUCE_ONLY (or HALT, per {@code broker.reconcile.policy}) on a mismatch through the admin path.
 */
public final class TastytradeLink implements AutoCloseable
{
    private final TastytradeClient client;
    private final String account;
    private final BrokerSettings settings;
    private final BrokerReportPublisher reports = new BrokerReportPublisher();
    private final TastytradeVenue venue;
    private volatile IntFunction<String> occ = id -> null;

    public TastytradeLink(final TastytradeClient client, final String account, final BrokerSettings settings, final AccountStreamer streamer)
    {
        this.client = client;
        this.account = account;
        this.settings = settings;
        this.venue = new TastytradeVenue(client, account, id -> occ.apply(id), reports, streamer, settings, LiveClock::wallClockNanos);
    }

    /** From the environment's credentials and the configuration; logs in and picks the account. */
    public static TastytradeLink fromEnvironment(final BrokerSettings settings, final boolean liveFlag)
    {
        final TastytradeClient client = TastytradeClient.create(settings, liveFlag, TastytradeLogin.from(BrokerCredentials.fromEnvironment()));
        String account = settings.account;
        if (account.isEmpty())
        {
            account = client.accounts().stream().filter(a -> !a.closed()).map(TastyAccount::accountNumber).findFirst()
                .orElseThrow(() -> new IllegalStateException("the tastytrade login has no open account"));
        }
        final AccountStreamer streamer = new AccountStreamer(WsSettings.builder(settings.streamerUrl(client.environment())).build(),
            List.of(account), client::authorization, settings.streamerHeartbeat);
        return new TastytradeLink(client, account, settings, streamer);
    }

    /** The venue to hand the engine's constructor. */
    public TastytradeVenue venue()
    {
        return venue;
    }

    /** After the engine started (recovered): names contracts for the venue and lets reports into the ring. */
    public void bind(final Engine engine)
    {
        occ = ContractSymbols.occ(engine.instruments(), engine.symbols());
        reports.bind(engine);
    }

    /**
     * Compares the account with the journal's positions (cash is not compared: the engine books its
     * options sleeve from its own starting cash); on a mismatch the policy's command goes through the
     * admin path. Returns the report (its reason says what differs and what the engine does).
     */
    public ReconcileReport reconcile(final Engine engine)
    {
        final Portfolio p = engine.trading().portfolio;
        final List<EnginePosition> held = new ArrayList<>();
        final IntFunction<String> names = ContractSymbols.occ(engine.instruments(), engine.symbols());
        for (int i = 0; i < p.openCount(); i++)
        {
            final int c = p.openContract(i);
            final String name = names.apply(c);
            held.add(new EnginePosition(name != null ? name : engine.symbols().symbol(engine.instruments().underlying[c]), p.position(c)));
        }
        final ReconcileReport report = TastytradeReconciliation.run(client, account, Reconciler.from(settings), held, null);
        apply(engine, report.adminCommand(), LiveClock.wallClockNanos());
        return report;
    }

    /** A reconciliation's decision through the admin path: the switch at once, and a journaled ADMIN event. */
    static void apply(final Engine engine, final int command, final long timeNanos)
    {
        if (command == AdminCommand.REDUCE_ONLY)
        {
            engine.tradingSwitch().reduceOnly();
        }
        else if (command == AdminCommand.HALT)
        {
            engine.tradingSwitch().halt(false);
        }
        else
        {
            return;
        }
        engine.submitAdmin(command, 0, timeNanos);
    }

    /** Starts the venue's adapter thread and the account streamer (after {@link #bind}). */
    public void start()
    {
        venue.start();
    }

    public String account()
    {
        return account;
    }

    @Override
    public void close()
    {
        venue.close();
    }
}
