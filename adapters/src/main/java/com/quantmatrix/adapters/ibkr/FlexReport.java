package com.quantmatrix.adapters.ibkr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        return all(FlexStatement::trades);
    }

    public List<FlexTrade> closedLots()
    {
        return all(FlexStatement::closedLots);
    }

    public List<FlexPosition> positions()
    {
        return all(FlexStatement::positions);
    }

    public List<FlexCashTransaction> cashTransactions()
    {
        return all(FlexStatement::cashTransactions);
    }

    public List<FlexCorporateAction> corporateActions()
    {
        return all(FlexStatement::corporateActions);
    }

    public List<FlexCashBalance> cashReport()
    {
        return all(FlexStatement::cashReport);
    }

    private <T> List<T> all(final Function<FlexStatement, List<T>> section)
    {
        final List<T> out = new ArrayList<>();
        statements.forEach(s -> out.addAll(section.apply(s)));
        return out;
    }
}
