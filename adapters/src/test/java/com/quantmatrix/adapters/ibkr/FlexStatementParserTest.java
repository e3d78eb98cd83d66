package com.quantmatrix.adapters.ibkr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.broker.Micros;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlexStatementParserTest
{
    private static final String GABBERSEPP = "fixtures/ibkr/gabbersepp_TestForCoding_trades_cashreport.xml";

    @Test
    void readsEveryExecutionOfTheRealStatement()
    {
        final FlexReport report = FlexStatementParser.parse(Fixtures.text(GABBERSEPP));

        assertThat(report.queryName()).isEqualTo("TestForCoding");
        assertThat(report.problems()).isEmpty();
        assertThat(report.statements()).hasSize(1);
        final FlexStatement st = report.statements().get(0);
        assertThat(st.accountId()).isEqualTo("U1234567");
        assertThat(st.whenGenerated()).isEqualTo(LocalDateTime.of(2018, 11, 11, 10, 36, 34));
        assertThat(st.trades()).hasSize(15);

        final FlexTrade first = st.trades().get(0);
        assertThat(first.instrument().symbol()).isEqualTo("ESV");
        assertThat(first.dateTime()).isEqualTo(LocalDateTime.of(2018, 11, 9, 9, 31, 0));
        assertThat(first.quantity()).isEqualByComparingTo("-2000");
        assertThat(first.tradePrice()).isEqualByComparingTo("6.6415");
        assertThat(first.commissionMicros()).isEqualTo(-10_410_679L);
        assertThat(first.netCashMicros()).isEqualTo(13_272_589_321L);

        final FlexTrade dax = st.trades().get(1);
        assertThat(dax.accountId()).isEqualTo("U1234567F");
        assertThat(dax.instrument().isOption()).isTrue();
        assertThat(dax.instrument().expiry()).isEqualTo(LocalDate.of(2018, 12, 21));
        assertThat(dax.instrument().strike()).isEqualByComparingTo("12000");
        assertThat(dax.instrument().multiplier()).isEqualByComparingTo("5");
    }

    /**
     * Totals by hand from the XML's Trade rows:
     * USD (9 rows: ESV, 4 x YM, 2 x GBUZ8, LNEZ8, LOF9): proceeds 13283 - 130240 - 130240 + 130000
     * + 130010 - 106.25 + 1062.5 - 2000 + 2400 = 14169.25; ibCommission -10.410679 - 4 x 2.03
     * - 2 x 2.47 - 2 x 2.37 = -28.210679; netCash 13272.589321 - 377.03 - 377.03 + 132.97 + 142.97
     * - 108.72 + 1060.03 - 2002.37 + 2397.63 = 14141.039321.
     * EUR (5 rows: ODAX, 4 x FDAX): proceeds -550 - 2 x 286575 + 2 x 286850 = 0; commission -3.4
     * - 4 x 2 = -11.4; netCash -553.4 + 2 x 1285.5 - 2 x 1014.5 = -11.4.
     * GBP (1 row, ESX): proceeds 900, commission -1.7, netCash 898.3.
     */
    @Test
    void tradeTotalsPerCurrencyMatchTheHandSums()
    {
        final FlexTotals t = FlexTotals.of(FlexStatementParser.parse(Fixtures.text(GABBERSEPP)));

        assertThat(t.tradeCount()).isEqualTo(15);
        assertThat(t.tradesByCurrency.keySet()).containsExactly("EUR", "GBP", "USD");
        final FlexTotals.TradeTotals usd = t.tradesByCurrency.get("USD");
        assertThat(usd.count).isEqualTo(9);
        assertThat(usd.proceedsMicros).isEqualTo(Micros.parse("14169.25"));
        assertThat(usd.commissionMicros).isEqualTo(Micros.parse("-28.210679"));
        assertThat(usd.netCashMicros).isEqualTo(Micros.parse("14141.039321"));
        final FlexTotals.TradeTotals eur = t.tradesByCurrency.get("EUR");
        assertThat(eur.count).isEqualTo(5);
        assertThat(eur.proceedsMicros).isZero();
        assertThat(eur.commissionMicros).isEqualTo(Micros.parse("-11.4"));
        assertThat(eur.netCashMicros).isEqualTo(Micros.parse("-11.4"));
        final FlexTotals.TradeTotals gbp = t.tradesByCurrency.get("GBP");
        assertThat(gbp.count).isEqualTo(1);
        assertThat(gbp.proceedsMicros).isEqualTo(900_000_000L);
        assertThat(gbp.commissionMicros).isEqualTo(-1_700_000L);
        assertThat(gbp.netCashMicros).isEqualTo(898_300_000L);
    }

    /**
     * The statement's own Cash Report is an independent check: on a day with no other cash
     * activity, endingCash - startingCash of each currency equals that currency's trade net cash,
     * and its commissions equal the sum of ibCommission.
     */
    @Test
    void tradeNetCashAgreesWithTheStatementsCashReport()
    {
        final FlexReport report = FlexStatementParser.parse(Fixtures.text(GABBERSEPP));
        final FlexTotals t = FlexTotals.of(report);

        assertThat(report.cashReport()).hasSize(5);
        int checked = 0;
        for (final FlexCashBalance b : report.cashReport())
        {
            final FlexTotals.TradeTotals trades = t.tradesByCurrency.get(b.currency());
            if (trades == null)
            {
                continue;
            }
            assertThat(b.endingCashMicros() - b.startingCashMicros()).as(b.currency()).isEqualTo(trades.netCashMicros);
            assertThat(b.commissionsMicros()).as(b.currency()).isEqualTo(trades.commissionMicros);
            checked++;
        }
        assertThat(checked).isEqualTo(3);
        final FlexCashBalance base = report.cashReport().get(0);
        assertThat(base.isBaseSummary()).isTrue();
        assertThat(base.endingCashMicros()).isEqualTo(Micros.parse("93035.705712123"));
    }

    /**
     * ibflex's real element rows in one statement. By hand: one open tax lot, VXX short 100 at
     * 34.405 opened 2011-08-08 13:44:13, value -3553, cost basis -3440.5, unrealized -112.5; one
     * dividend of 27800 USD; one corporate action (TC, -1000 NILSY.TEN for 30600 proceeds, realized
     * 10315); one execution (VXX call, bought 3); one closed lot; the three ORDER/SYMBOL_SUMMARY
     * rows repeat executions and are counted, not imported.
     */
    @Test
    void readsPositionsWithTaxLotsCashAndCorporateActions()
    {
        final FlexReport report = FlexStatementParser.parse(FlexElementsStatement.xml());

        assertThat(report.problems()).isEmpty();
        assertThat(report.trades()).hasSize(1);
        assertThat(report.trades().get(0).instrument().symbol()).isEqualTo("VXX   110917C00005000");
        assertThat(report.trades().get(0).dateTime()).isEqualTo(LocalDateTime.of(2011, 8, 11, 16, 20, 0));
        assertThat(report.closedLots()).hasSize(1);
        assertThat(report.notImported()).isEqualTo(Map.of("Order", 2, "SymbolSummary", 1));

        final FlexPosition lot = report.statements().get(0).lots().get(0);
        assertThat(lot.instrument().symbol()).isEqualTo("VXX");
        assertThat(lot.quantity()).isEqualByComparingTo("-100");
        assertThat(lot.openPrice()).isEqualByComparingTo(new BigDecimal("34.405"));
        assertThat(lot.openDateTime()).isEqualTo(LocalDateTime.of(2011, 8, 8, 13, 44, 13));
        assertThat(lot.holdingPeriodDateTime()).isEqualTo(LocalDateTime.of(2011, 8, 8, 13, 44, 13));
        assertThat(lot.originatingOrderId()).isEqualTo("308163094");

        final FlexTotals t = FlexTotals.of(report);
        final FlexTotals.PositionTotals pos = t.positionsByCurrency.get("USD");
        assertThat(pos.count).isEqualTo(1);
        assertThat(pos.lots).isEqualTo(1);
        assertThat(pos.positionValueMicros).isEqualTo(-3_553_000_000L);
        assertThat(pos.costBasisMicros).isEqualTo(-3_440_500_000L);
        assertThat(pos.unrealizedPnlMicros).isEqualTo(-112_500_000L);
        assertThat(t.cashByCurrencyAndType).isEqualTo(Map.of("USD", Map.of("Dividends", 27_800_000_000L)));

        final FlexCorporateAction ca = report.corporateActions().get(0);
        assertThat(ca.type()).isEqualTo("TC");
        assertThat(ca.quantity()).isEqualByComparingTo("-1000");
        assertThat(ca.proceedsMicros()).isEqualTo(30_600_000_000L);
        assertThat(ca.realizedPnlMicros()).isEqualTo(10_315_000_000L);
        assertThat(ca.dateTime()).isEqualTo(LocalDateTime.of(2011, 11, 2, 20, 25, 0));
    }

    @Test
    void aMalformedRowIsSkippedWithItsReasonAndTheRestImported()
    {
        final String xml = Fixtures.text(GABBERSEPP).replaceFirst("quantity=\"-2000\"", "quantity=\"lots\"");
        final FlexReport report = FlexStatementParser.parse(xml);
        assertThat(report.trades()).hasSize(14);
        assertThat(report.problems()).singleElement().asString()
            .contains("Trade row").contains("quantity is not a number");
    }

    @Test
    void truncatedXmlIsAClearErrorAndAServiceErrorDocumentIsItsCode()
    {
        final String xml = Fixtures.text(GABBERSEPP);
        assertThatThrownBy(() -> FlexStatementParser.parse(xml.substring(0, xml.length() / 2)))
            .isInstanceOf(FlexFormatException.class).hasMessageContaining("malformed Flex XML at line");
        assertThatThrownBy(() -> FlexStatementParser.parse(Fixtures.text("fixtures/ibkr/SendRequest_response_fail_1012.xml")))
            .isInstanceOf(FlexServiceException.class)
            .hasMessageContaining("1012").hasMessageContaining("Token has expired")
            .extracting(e -> ((FlexServiceException)e).retryable()).isEqualTo(false);
    }

    @Test
    void externalEntitiesAreRefused()
    {
        final String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<FlexQueryResponse><FlexStatements><FlexStatement accountId=\"&x;\"/></FlexStatements></FlexQueryResponse>";
        assertThatThrownBy(() -> FlexStatementParser.parse(xxe)).isInstanceOf(FlexFormatException.class);
    }

    @Test
    void everyFlexDateFormatReads()
    {
        assertThat(FlexDates.dateTime("20181109;093100")).isEqualTo(LocalDateTime.of(2018, 11, 9, 9, 31));
        assertThat(FlexDates.dateTime("2011-08-08;134413")).isEqualTo(LocalDateTime.of(2011, 8, 8, 13, 44, 13));
        assertThat(FlexDates.dateTime("2021-02-03 10:01:50")).isEqualTo(LocalDateTime.of(2021, 2, 3, 10, 1, 50));
        assertThat(FlexDates.dateTime("20100505 12:30:45")).isEqualTo(LocalDateTime.of(2010, 5, 5, 12, 30, 45));
        assertThat(FlexDates.dateTime("2015-10-06")).isEqualTo(LocalDateTime.of(2015, 10, 6, 0, 0));
        assertThat(FlexDates.date("20181221")).isEqualTo(LocalDate.of(2018, 12, 21));
        assertThat(FlexDates.date("")).isNull();
        assertThatThrownBy(() -> FlexDates.date("2018-13-45")).isInstanceOf(IllegalArgumentException.class);
    }
}
