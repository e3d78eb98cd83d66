package com.quantmatrix.adapters.ibkr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code <FlexQueryResponse>}: its statements, the rows skipped with the reason
 * (a malformed row never stops an import), and how many rows of each kind were not imported
 * because they repeat executions at another level of detail (ORDER, SYMBOL_SUMMARY) or are not
 * modelled.
 */
public record FlexReport(
    String queryName,
    String type,
    List<FlexStatement> statements,
    List<String> problems,
    Map<String, Integer> notImported)
{
    public List<FlexTrade> trades()
    {
        final List<FlexTrade> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(s.trades()));
        return out;
    }

    public List<FlexTrade> closedLots()
    {
        final List<FlexTrade> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(s.closedLots()));
        return out;
    }

    public List<FlexPosition> positions()
    {
        final List<FlexPosition> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(s.positions()));
        return out;
    }

    public List<FlexCashTransaction> cashTransactions()
    {
        final List<FlexCashTransaction> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(s.cashTransactions()));
        return out;
    }

    public List<FlexCorporateAction> corporateActions()
    {
        final List<FlexCorporateAction> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(s.corporateActions()));
        return out;
    }

    public List<FlexCashBalance> cashReport()
    {
        final List<FlexCashBalance> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(s.cashReport()));
        return out;
    }
}
