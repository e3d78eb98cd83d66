package com.quantmatrix.adapters.ibkr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quantmatrix.adapters.testing.Fixtures;
import com.quantmatrix.adapters.testing.LocalHttpServer;
import com.quantmatrix.adapters.testing.LocalHttpServer.Reply;
import com.quantmatrix.adapters.testing.LogCapture;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** SendRequest then GetStatement against a local server replaying the recorded Flex Web Service replies. */
class FlexWebServiceTest
{
    private static final String SERVICE = "/AccountManagement/FlexWebService";
    private static final String TOKEN = "flex-token-not-real-7781";

    /** 1019 as the service sends it: the recorded error reply's shape with the "in progress" code. */
    private static final String IN_PROGRESS = Fixtures.text("fixtures/ibkr/SendRequest_response_fail_1012.xml")
        .replace("<Status>Fail</Status>", "<Status>Warn</Status>")
        .replace("1012", "1019").replace("Token has expired.", "Statement generation in progress. Please try again shortly.");

    private static FlexWebService client(final LocalHttpServer server)
    {
        return new FlexWebService(server.baseUrl() + SERVICE, TOKEN, "123456", Duration.ofSeconds(5), Duration.ofMillis(20), 5,
            Duration.ofMillis(40));
    }

    @Test
    void requestsThenPollsUntilTheStatementIsReady() throws Exception
    {
        try (LocalHttpServer server = LocalHttpServer.start(); LogCapture log = new LogCapture())
        {
            server.route(SERVICE + "/SendRequest", 200, Fixtures.bytes("fixtures/ibkr/SendRequest_response_success.xml"), "text/xml");
            final AtomicInteger polls = new AtomicInteger();
            server.handle(SERVICE + "/GetStatement", req -> polls.incrementAndGet() < 3
                ? new Reply(200, IN_PROGRESS.getBytes(), "text/xml", java.util.Map.of())
                : new Reply(200, Fixtures.bytes("fixtures/ibkr/gabbersepp_TestForCoding_trades_cashreport.xml"), "text/xml", java.util.Map.of()));

            final FlexReport report = client(server).fetch();

            assertThat(report.trades()).hasSize(15);
            assertThat(polls.get()).isEqualTo(3);
            final var send = server.requests().get(0);
            assertThat(send.uri()).isEqualTo(SERVICE + "/SendRequest?t=" + TOKEN + "&q=123456&v=3");
            // The recorded reply names gdcdyn.interactivebrokers.com: only its path is followed, on our host.
            assertThat(server.requests().get(1).uri()).isEqualTo(SERVICE + "/GetStatement?t=" + TOKEN + "&q=1234567890&v=3");
            assertThat(log.all()).doesNotContain(TOKEN);
        }
    }

    @Test
    void anExpiredTokenFailsAtOnceWithTheServicesMessage()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route(SERVICE + "/SendRequest", 200, Fixtures.bytes("fixtures/ibkr/SendRequest_response_fail_1012.xml"), "text/xml");
            assertThatThrownBy(() -> client(server).fetch())
                .isInstanceOf(FlexServiceException.class)
                .hasMessage("IBKR Flex error 1012: Token has expired. (generate a new Flex Web Service token in Client Portal and set IBKR_FLEX_TOKEN)");
            assertThat(server.count(SERVICE + "/SendRequest")).isEqualTo(1);
        }
    }

    @Test
    void aStatementThatNeverBecomesReadyGivesUpAfterMaxPolls()
    {
        try (LocalHttpServer server = LocalHttpServer.start())
        {
            server.route(SERVICE + "/SendRequest", 200, Fixtures.bytes("fixtures/ibkr/SendRequest_response_success.xml"), "text/xml");
            server.route(SERVICE + "/GetStatement", 200, IN_PROGRESS.getBytes(), "text/xml");
            assertThatThrownBy(() -> client(server).fetch()).isInstanceOf(FlexServiceException.class).hasMessageContaining("1019")
                .satisfies(e -> assertThat(((FlexServiceException)e).retryable()).isTrue());
            assertThat(server.count(SERVICE + "/GetStatement")).isEqualTo(5);
        }
    }
}
