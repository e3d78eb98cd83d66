package com.quantmatrix.adapters.tastytrade;

import com.quantmatrix.adapters.broker.EnginePosition;
import com.quantmatrix.adapters.broker.ReconcileReport;
import com.quantmatrix.adapters.broker.Reconciler;
import com.quantmatrix.engine.event.AdminCommand;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up (and on-demand) reconciliation against tastytrade: fetches the account's positions and
 * balances, compares them with the journal's, logs the outcome (a warning naming every difference
 * and the decision), and returns the report; the caller sends {@link ReconcileReport#adminCommand()}
 * through the admin path when it is not NONE.
 */
public final class TastytradeReconciliation
{
    private static final Logger LOG = LoggerFactory.getLogger(TastytradeReconciliation.class);

    private TastytradeReconciliation()
    {
    }

    public static ReconcileReport run(final TastytradeClient client, final String account, final Reconciler reconciler,
        final List<EnginePosition> engine, final Long engineCashMicros)
    {
        final ReconcileReport report = reconciler.reconcile(
            TastySnapshot.of(account, client.positions(account), client.balances(account)), engine, engineCashMicros);
        if (report.adminCommand() == AdminCommand.NONE && report.matches())
        {
            LOG.info(report.reason());
        }
        else
        {
            LOG.warn(report.reason());
        }
        return report;
    }
}
