package com.quantmatrix.adapters.ibkr;

import com.quantmatrix.adapters.testing.Fixtures;

/**
 * Wraps the real element-level Flex rows (ibflex's samples) into one FlexQueryResponse, each in
 * the section IB puts it in, so a whole statement with every section is read from real rows.
 */
final class FlexElementsStatement
{
    private FlexElementsStatement()
    {
    }

    static String xml()
    {
        return "<FlexQueryResponse queryName=\"ibflex elements\" type=\"AF\">\n<FlexStatements count=\"1\">\n"
            + "<FlexStatement accountId=\"U123456\" fromDate=\"2011-01-01\" toDate=\"2011-12-31\" period=\"Foo\" whenGenerated=\"2012-08-28;103700\">\n"
            + "<Trades>\n"
            + row("Trade_execution.xml")
            + row("Lot_closed_lot_in_Trades.xml")
            + row("Order.xml")
            + row("Order_2021.xml")
            + row("SymbolSummary.xml")
            + "</Trades>\n<OpenPositions>\n"
            + row("OpenPosition_levelOfDetail_LOT.xml")
            + "</OpenPositions>\n<CashTransactions>\n"
            + row("CashTransaction.xml")
            + "</CashTransactions>\n<CorporateActions>\n"
            + row("CorporateAction.xml")
            + "</CorporateActions>\n"
            + "</FlexStatement>\n</FlexStatements>\n</FlexQueryResponse>\n";
    }

    private static String row(final String file)
    {
        return Fixtures.text("fixtures/ibkr/" + file).trim() + "\n";
    }
}
