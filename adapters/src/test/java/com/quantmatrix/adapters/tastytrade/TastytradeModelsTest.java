package com.quantmatrix.adapters.tastytrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.json.JsonNode;
import com.quantmatrix.adapters.json.MalformedJsonException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TastytradeModelsTest
{
    private static JsonNode data(final String fixture)
    {
        return JsonNode.parse(Fixtures.text("fixtures/tastytrade/" + fixture)).get("data");
    }

    @Test
    void positionsReadMultiplierAsNumberOrStringAndSignByDirection()
    {
        final List<TastyPosition> p = TastyPosition.listFrom(data("accounts_positions.json"));
        assertThat(p).hasSize(2);
        assertThat(p.get(0).symbol()).isEqualTo("AAPL");
        assertThat(p.get(0).multiplier()).isEqualByComparingTo("1");
        assertThat(p.get(0).averageOpenPriceMicros()).isEqualTo(1_000_000L);
        assertThat(p.get(1).symbol()).isEqualTo("TQQQ");
        assertThat(p.get(1).quantity()).isEqualByComparingTo("742");
        assertThat(p.get(1).multiplier()).isEqualByComparingTo("1.0");
        assertThat(p.get(1).averageOpenPriceMicros()).isEqualTo(52_730_000L);
        assertThat(p.get(1).closePriceMicros()).isEqualTo(49_390_000L);
    }

    @Test
    void balancesParseMoneyStrings()
    {
        final TastyBalance b = TastyBalance.from(data("accounts_balances.json"));
        assertThat(b.accountNumber()).isEqualTo("5WZ81257");
        assertThat(b.currency()).isEqualTo("USD");
        assertThat(b.cashBalanceMicros()).isZero();
        assertThat(b.netLiquidatingValueMicros()).isZero();
    }

    @Test
    void nestedChainGivesOccAndStreamerSymbolsPerStrike()
    {
        // The recorded reply stores only the envelope's data member.
        final List<OptionChain> chains = OptionChain.listFrom(JsonNode.parse(Fixtures.text("fixtures/tastytrade/option_chains_SPY_nested.captured.json")));
        assertThat(chains).singleElement().satisfies(c ->
        {
            assertThat(c.underlyingSymbol()).isEqualTo("SPY");
            assertThat(c.sharesPerContract()).isEqualTo(100);
            assertThat(c.expirations()).extracting(OptionChain.Expiration::date)
                .containsExactly(LocalDate.of(2026, 8, 4), LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 6));
            assertThat(c.contractCount()).isEqualTo(18);
            final OptionChain.Strike s = c.expirations().get(1).strikes().get(2);
            assertThat(s.strikePrice()).isEqualByComparingTo("510");
            assertThat(s.call()).isEqualTo("SPY   260805C00510000");
            assertThat(s.putStreamerSymbol()).isEqualTo(".SPY260805P510");
        });
    }

    @Test
    void dryRunReplyGivesLegsFeesAndBuyingPowerSigned()
    {
        final OrderResponse r = OrderResponse.from(data("orders_dry_run_vertical_spread.doc_example.json"));
        assertThat(r.order().status()).isEqualTo("Received");
        assertThat(r.order().priceMicros()).isEqualTo(2_000_000L);
        assertThat(r.order().priceEffect()).isEqualTo("Credit");
        assertThat(r.order().legs()).extracting(TastyOrder.Leg::action).containsExactly("Buy to Open", "Sell to Open");
        assertThat(r.order().legs().get(0).symbol()).isEqualTo("SPY   191018C00298000");
        assertThat(r.totalFeesMicros()).isEqualTo(-2_302_000L);
        assertThat(r.buyingPowerChangeMicros()).isEqualTo(-102_302_000L);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void submitReplyAndFilledNotificationParse()
    {
        final OrderResponse placed = OrderResponse.from(data("orders_submit_response_equity.json"));
        assertThat(placed.order().id()).isEqualTo(270561L);
        assertThat(placed.order().status()).isEqualTo("Routed");
        assertThat(placed.totalFeesMicros()).isEqualTo(-1_000L);

        final TastyOrder filled = TastyOrder.from(JsonNode.parse(Fixtures.text("fixtures/tastytrade/order_filled_notification.json")).get("data"));
        assertThat(filled.id()).isEqualTo(270602L);
        assertThat(filled.isTerminal()).isTrue();
        assertThat(filled.filledQuantity()).isEqualByComparingTo(BigDecimal.ONE);
        final TastyOrder.Fill f = filled.legs().get(0).fills().get(0);
        assertThat(f.fillId()).isEqualTo("2_TW::TEST_A1::20250528.135-TEST_FILL");
        assertThat(f.priceMicros()).isEqualTo(1_000_000L);
        assertThat(f.filledAt()).isEqualTo(Instant.parse("2025-05-28T16:00:01.953Z"));
    }

    @Test
    void errorEnvelopesBecomeClearMessages()
    {
        final List<JsonNode> samples = JsonNode.parse(Fixtures.text("fixtures/tastytrade/error_responses_collection.json")).elements();
        final TastytradeApiException notPermitted = TastytradeErrors.from(403, bodyOf(samples.get(0)));
        assertThat(notPermitted).hasMessage("tastytrade HTTP 403 not_permitted: User not permitted access");

        final TastytradeApiException preflight = TastytradeErrors.from(422, bodyOf(samples.get(2)));
        assertThat(preflight.code()).isEqualTo("preflight_check_failure");
        assertThat(preflight).hasMessage("tastytrade HTTP 422 preflight_check_failure: One or more preflight checks failed"
            + " (gtc_market_orders_not_supported: GTC/GTD Market orders are not supported.)");

        final TastytradeApiException login = TastytradeErrors.from(401, Fixtures.text("fixtures/tastytrade/sessions_create_error_invalid_credentials.json"));
        assertThat(login.isUnauthorized()).isTrue();
        assertThat(login.code()).isEqualTo("invalid_credentials");

        final TastytradeApiException html = TastytradeErrors.from(401, "<html><head><title>401 Authorization Required</title></head><body>nginx</body></html>");
        assertThat(html).hasMessage("tastytrade HTTP 401: an HTML page refusing the request: check the credentials and that the User-Agent has the form product/version");

        final TastytradeApiException broken = TastytradeErrors.from(500, "{\"error\":{\"code\":");
        assertThat(broken.getMessage()).startsWith("tastytrade HTTP 500: malformed error reply (");
        assertThat(broken.isTransient()).isTrue();
    }

    private static String bodyOf(final JsonNode sample)
    {
        // Re-serialise one element of the collection as the body a server would send.
        return "{\"error\":{\"code\":\"" + sample.path("error", "code").text() + "\",\"message\":\"" + sample.path("error", "message").text()
            + "\",\"errors\":[" + sample.path("error", "errors").elements().stream()
            .map(e -> "{\"code\":\"" + e.get("code").text() + "\",\"message\":\"" + e.get("message").text() + "\"}")
            .reduce((a, b) -> a + "," + b).orElse("") + "]}}";
    }

    @Test
    void orderRequestHasTheDocumentedLegShape()
    {
        final OrderRequest req = new OrderRequest(OrderRequest.TimeInForce.DAY, 2_500_000L, true, OrderRequest.externalIdentifier(42),
            List.of(new OrderRequest.Leg("AAPL  230818C00197500", OrderAction.BUY_TO_OPEN, 1)));
        final JsonNode body = JsonNode.parse(req.toJson());
        final JsonNode sampleLeg = JsonNode.parse(Fixtures.text("fixtures/tastytrade/order_leg_equity_option.json"));
        final JsonNode leg = body.get("legs").elements().get(0);
        for (final String key : sampleLeg.fieldNames())
        {
            assertThat(leg.get(key).text()).as(key).isNotNull();
            assertThat(leg.get(key).decimal() != null ? leg.get(key).decimal().compareTo(sampleLeg.get(key).decimal()) == 0
                : leg.get(key).text().equals(sampleLeg.get(key).text())).as(key).isTrue();
        }
        assertThat(body.get("price").text()).isEqualTo("2.5");
        assertThat(body.get("price-effect").text()).isEqualTo("Debit");
        assertThat(body.get("order-type").text()).isEqualTo("Limit");
        assertThat(body.get("time-in-force").text()).isEqualTo("Day");
        assertThat(body.get("external-identifier").text()).isEqualTo("qm-42");

        assertThatThrownBy(() -> new OrderRequest(OrderRequest.TimeInForce.GTC, 1_000_000L, true, null,
            List.of(new OrderRequest.Leg("AAPL230818C00197500", OrderAction.BUY_TO_OPEN, 1))))
            .hasMessageContaining("not an OCC option symbol");
    }

    @Test
    void openOrCloseFollowsThePositionHeld()
    {
        assertThat(OrderAction.of(1, 2, 0)).isEqualTo(OrderAction.BUY_TO_OPEN);
        assertThat(OrderAction.of(-1, 2, 2)).isEqualTo(OrderAction.SELL_TO_CLOSE);
        assertThat(OrderAction.of(-1, 3, 2)).isEqualTo(OrderAction.SELL_TO_OPEN);
        assertThat(OrderAction.of(1, 1, -1)).isEqualTo(OrderAction.BUY_TO_CLOSE);
    }

    @Test
    void malformedJsonNamesOnlyThePosition()
    {
        assertThatThrownBy(() -> JsonNode.parse("{\"session-token\":\"s3cr3t-value\" \"x\"}"))
            .isInstanceOf(MalformedJsonException.class)
            .hasMessageStartingWith("malformed JSON at line 1 column")
            .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> JsonNode.parse("{\"a\":[1,2")).isInstanceOf(MalformedJsonException.class);
    }
}
