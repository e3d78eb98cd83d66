package com.quantmatrix.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.json.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordLimitsTest
{
    @Test
    void longTextIsCutToEachLimitWithAnEllipsis()
    {
        final Embed e = DiscordLimits.fit(Embed.builder()
            .title("T".repeat(300))
            .description("D".repeat(5000))
            .field("N".repeat(300), "V".repeat(2000))
            .field("", " ")
            .footer("F".repeat(3000))
            .build());
        assertThat(e.title()).hasSize(256).endsWith("\u2026").startsWith("TTT");
        assertThat(e.description()).hasSize(4096);
        assertThat(e.fields().get(0).name()).hasSize(256);
        assertThat(e.fields().get(0).value()).hasSize(1024).endsWith("\u2026");
        assertThat(e.fields().get(1).name()).isEqualTo(DiscordLimits.BLANK);
        assertThat(e.fields().get(1).value()).isEqualTo(DiscordLimits.BLANK);
        assertThat(e.footer()).hasSize(2048);
    }

    @Test
    void moreThan25FieldsEndWithAMoreField()
    {
        final Embed.Builder b = Embed.builder().title("many");
        for (int i = 1; i <= 30; i++)
        {
            b.field("f" + i, "v" + i);
        }
        final Embed e = DiscordLimits.fit(b.build());
        assertThat(e.fields()).hasSize(25);
        assertThat(e.fields().get(23).name()).isEqualTo("f24");
        assertThat(e.fields().get(24).value()).isEqualTo("6 more not shown");
    }

    @Test
    void allEmbedsTogetherStayWithin6000CharactersAndTenEmbeds()
    {
        final List<Embed> embeds = new ArrayList<>();
        for (int i = 0; i < 12; i++)
        {
            embeds.add(Embed.builder().title("embed " + i).description("x".repeat(4000)).field("a", "b".repeat(900)).build());
        }
        final DiscordMessage m = DiscordLimits.fit(new DiscordMessage(DiscordChannel.PLAYGROUND, "c".repeat(2500), embeds));
        assertThat(m.embeds()).hasSize(10);
        assertThat(m.content()).hasSize(2000);
        final int total = m.embeds().stream().mapToInt(Embed::countedLength).sum();
        assertThat(total).isLessThanOrEqualTo(6000).isGreaterThan(5900);
        // The first embed is kept whole: the later ones give way.
        assertThat(m.embeds().get(0).description()).hasSize(4000);
    }

    @Test
    void aCutNeverSplitsASurrogatePair()
    {
        final String s = "a".repeat(254) + "\uD83D\uDCC8" + "tail";
        final String cut = DiscordLimits.cut(s, 256);
        assertThat(cut).isEqualTo("a".repeat(254) + "\u2026");
    }

    /** Our body has the shape of the guide's execute-webhook example: same keys, colour as a decimal int. */
    @Test
    void bodyMatchesTheExecuteWebhookShape()
    {
        final JsonNode sample = JsonNode.parse(Fixtures.text("fixtures/discord/execute_webhook_request_embeds_fields_color.json"));
        final JsonNode se = sample.get("embeds").elements().get(0);
        final Embed.Builder b = Embed.builder()
            .title(se.get("title").text())
            .description(se.get("description").text())
            .color((int)se.get("color").longValue(-1))
            .footer(se.path("footer", "text").text());
        for (final JsonNode f : se.get("fields").elements())
        {
            b.field(f.get("name").text(), f.get("value").text(), f.get("inline").bool(false));
        }
        final DiscordMessage m = new DiscordMessage(DiscordChannel.PLAYGROUND, sample.get("content").text(), List.of(b.build()));

        final JsonNode ours = JsonNode.parse(DiscordJson.body(DiscordLimits.fit(m), sample.get("username").text()));
        assertThat(ours.get("username").text()).isEqualTo("Webhook");
        assertThat(ours.get("content").text()).isEqualTo(sample.get("content").text());
        final JsonNode oe = ours.get("embeds").elements().get(0);
        assertThat(oe.get("color").longValue(-1)).isEqualTo(15258703L);
        assertThat(oe.get("title").text()).isEqualTo("Title");
        assertThat(oe.path("footer", "text").text()).isEqualTo("Woah! So cool! :smirk:");
        assertThat(oe.get("fields").elements()).hasSize(4);
        for (int i = 0; i < 4; i++)
        {
            final JsonNode a = se.get("fields").elements().get(i);
            final JsonNode o = oe.get("fields").elements().get(i);
            assertThat(o.get("name").text()).isEqualTo(a.get("name").text());
            assertThat(o.get("value").text()).isEqualTo(a.get("value").text());
            assertThat(o.get("inline").bool(true)).isEqualTo(a.get("inline").bool(false));
        }
        assertThat(ours.path("allowed_mentions", "parse").elements()).isEmpty();
    }

    @Test
    void traderMessagesCarryTheirFiguresAndColours()
    {
        final Instant t = Instant.parse("2024-03-15T14:31:00Z");
        final DiscordMessage fill = DiscordEmbeds.fill("AAPL  240315C00180000", 1, 2, 2_500_000L, 1_300_000L, 100, "OPEN", t);
        assertThat(fill.channel()).isEqualTo(DiscordChannel.SIGNALS);
        final Embed fe = fill.embeds().get(0);
        assertThat(fe.title()).isEqualTo("Filled: BUY 2 AAPL  240315C00180000 @ 2.50");
        assertThat(fe.color()).isEqualTo(DiscordEmbeds.GREEN);
        assertThat(fe.fields()).extracting(EmbedField::value).contains("$2.50", "$500.00", "$1.30");

        final DiscordMessage exit = DiscordEmbeds.exit("AAPL  240315C00180000", "STOP_LOSS", 2, 2_500_000L, 1_000_000L, -301_300_000L, t);
        assertThat(exit.embeds().get(0).color()).isEqualTo(DiscordEmbeds.RED);
        assertThat(exit.embeds().get(0).fields()).extracting(EmbedField::value).contains("-$301.30", "-60.0%");

        final Map<String, String> criteria = new LinkedHashMap<>();
        criteria.put("ATR distance", "1.8");
        criteria.put("ATR%", "2.6%");
        final Embed se = DiscordEmbeds.signal("AAPL", "ATR_MATRIX_ENTRY", 1, 82.4, criteria, t).embeds().get(0);
        assertThat(se.title()).isEqualTo("ATR_MATRIX_ENTRY: AAPL (bullish)");
        assertThat(se.fields()).extracting(EmbedField::name).containsExactly("Confidence", "ATR distance", "ATR%");
        assertThat(se.fields().get(0).value()).isEqualTo("82 / 100");

        final DiscordMessage digest = DiscordEmbeds.dailyDigest(new DailyDigest(LocalDate.of(2024, 3, 15),
            1_234_560_000L, -34_560_000L, 100_000_000_000L, 5, 3, 1, "AAPL +$300.00", "MSFT -$80.00", 12.5, 4), t);
        assertThat(digest.channel()).isEqualTo(DiscordChannel.PORTFOLIO_DIGEST);
        assertThat(digest.embeds().get(0).fields()).extracting(EmbedField::value)
            .contains("+$1,200.00", "+$1,234.56", "-$34.56", "$100,000.00", "75.0% (3W/1L)", "12.5%");

        final DiscordMessage status = DiscordEmbeds.systemStatus("discord", DiscordEmbeds.Status.ERROR, "channel SIGNALS disabled", t);
        assertThat(status.channel()).isEqualTo(DiscordChannel.SYSTEM_STATUS);
        assertThat(status.embeds().get(0).color()).isEqualTo(DiscordEmbeds.RED);
    }
}
