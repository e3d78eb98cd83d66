package com.quantmatrix.adapters.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest
{
    @Test
    void masksKeysInQueryStringsHeadersAndJson()
    {
        assertThat(Redactor.redact("GET https://api.polygon.io/v1/open-close/FCEL/2020/01/04?apiKey=Zx9fQ2secret&adjusted=true"))
            .isEqualTo("GET https://api.polygon.io/v1/open-close/FCEL/2020/01/04?apiKey=***&adjusted=true");
        assertThat(Redactor.redact("https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey=DEMO1234"))
            .endsWith("symbol=IBM&apikey=***");
        assertThat(Redactor.redact("Authorization: Bearer eyJhbGciOi.abc-def")).isEqualTo("Authorization: ***");
        assertThat(Redactor.redact("sent Bearer eyJhbGciOi.abc-def to host")).isEqualTo("sent Bearer *** to host");
        assertThat(Redactor.redact("{\"login\":\"trader\",\"password\":\"hunter22\",\"remember-me\":true}"))
            .isEqualTo("{\"login\":\"trader\",\"password\":\"***\",\"remember-me\":true}");
        // A body cut off inside a secret value (truncated reply quoted in an error) is masked too.
        assertThat(Redactor.redact("body: {\"data\":{\"session-token\":\"6hwiMO7GvpTPXm")).isEqualTo("body: {\"data\":{\"session-token\":\"***");
    }

    @Test
    void masksRegisteredSecretsWhereverTheyAppear()
    {
        Redactor.register("pk_live_7QmZr4");
        assertThat(Redactor.redact("{\"action\":\"auth\",\"params\":\"pk_live_7QmZr4\"}"))
            .isEqualTo("{\"action\":\"auth\",\"params\":\"***\"}");
        assertThat(Redactor.redact("https://discord.com/api/webhooks/1/pk_live_7QmZr4 failed")).doesNotContain("pk_live_7QmZr4");
    }

    @Test
    void leavesOrdinaryTextAlone()
    {
        assertThat(Redactor.redact("/v2/aggs/ticker/AAPL/range/1/day/2005-04-01/2005-04-04?adjusted=true&limit=50000"))
            .isEqualTo("/v2/aggs/ticker/AAPL/range/1/day/2005-04-01/2005-04-04?adjusted=true&limit=50000");
        assertThat(Redactor.redact(null)).isNull();
    }
}
