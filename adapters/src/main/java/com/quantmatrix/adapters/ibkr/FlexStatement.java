package com.quantmatrix.adapters.ibkr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One {@code <FlexStatement>}: an account's sections over a period. Rows carry their own account id (a statement can mix sub-accounts). */
public record FlexStatement(
    String accountId,
    LocalDate fromDate,
    LocalDate toDate,
    String period,
    LocalDateTime whenGenerated,
    List<FlexTrade> trades,
    List<FlexTrade> closedLots,
    List<FlexPosition> positions,
    List<FlexCashTransaction> cashTransactions,
    List<FlexCorporateAction> corporateActions,
    List<FlexCashBalance> cashReport)
{
    /** Tax lots of the open positions (levelOfDetail LOT). */
    public List<FlexPosition> lots()
    {
        return positions.stream().filter(FlexPosition::isLot).toList();
    }
}
