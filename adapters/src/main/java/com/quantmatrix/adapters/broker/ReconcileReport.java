package com.quantmatrix.adapters.broker;

import com.quantmatrix.engine.event.AdminCommand;
import java.util.List;

/**
 * The outcome of a reconciliation: every difference, and the decision the policy takes. The lead
 * wires {@link #adminCommand()} to the admin path (REDUCE_ONLY or HALT enter the ring as a
 * journaled ADMIN event), and prints {@link #reason()}.
 */
public record ReconcileReport(String source, String account, List<ReconcileDifference> differences, ReconcilePolicy policy)
{
    public ReconcileReport
    {
        differences = List.copyOf(differences);
    }

    public boolean matches()
    {
        return differences.isEmpty();
    }

    /** The admin command to issue: NONE when everything matches or the policy only warns. */
    public int adminCommand()
    {
        if (matches() || policy == ReconcilePolicy.WARN)
        {
            return AdminCommand.NONE;
        }
        return policy == ReconcilePolicy.HALT ? AdminCommand.HALT : AdminCommand.REDUCE_ONLY;
    }

    /** Why the engine starts the way it does, in one paragraph. */
    public String reason()
    {
        if (matches())
        {
            return source + " account " + account + " matches the journal";
        }
        final StringBuilder sb = new StringBuilder();
        sb.append(source).append(" account ").append(account).append(" differs from the journal in ")
            .append(differences.size()).append(differences.size() == 1 ? " place" : " places");
        final int command = adminCommand();
        sb.append(command == AdminCommand.NONE ? "; trading on (policy WARN)" : "; starting " + AdminCommand.name(command));
        sb.append(':');
        for (final ReconcileDifference d : differences)
        {
            sb.append("\n  ").append(d.describe());
        }
        return sb.toString();
    }
}
