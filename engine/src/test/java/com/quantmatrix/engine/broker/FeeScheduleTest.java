package com.quantmatrix.engine.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import org.junit.jupiter.api.Test;

class FeeScheduleTest
{
    private final FeeSchedule fees = new FeeSchedule(PaperBrokerSettings.defaults());

    @Test
    void retailDefaultsPerContract()
    {
        // $1.00 to open, $0 to close, $0.10 clearing + $0.02 exchange/regulatory on every contract
        assertThat(fees.commission(true, true, 1, 0) + fees.exchangeAndClearing(true, 1)).isEqualTo(1_120_000L);
        assertThat(fees.commission(true, false, 5, 0) + fees.exchangeAndClearing(true, 5)).isEqualTo(600_000L);
        // the $10 opening cap per leg: 12 contracts pay $10 commission, fees on all 12
        assertThat(fees.commission(true, true, 12, 0)).isEqualTo(10_000_000L);
        assertThat(fees.exchangeAndClearing(true, 12)).isEqualTo(1_440_000L);
        // a second fill of the same order pays only what the cap leaves
        assertThat(fees.commission(true, true, 7, 3_000_000L)).isEqualTo(7_000_000L);
        assertThat(fees.commission(true, true, 7, 8_000_000L)).isEqualTo(2_000_000L);
        // stock: no commission, $0.0008 clearing per share
        assertThat(fees.commission(false, true, 100, 0) + fees.exchangeAndClearing(false, 100)).isEqualTo(80_000L);
        assertThat(fees.roundTripEstimate(true, 1)).isEqualTo(1_240_000L);
    }

    @Test
    void scheduleIsConfigurable()
    {
        final FeeSchedule f = new FeeSchedule(PaperBrokerSettings.from(Config.empty()
            .with("paper.fee.option.open.per.contract", "0.65").with("paper.fee.option.close.per.contract", "0.65")
            .with("paper.fee.option.open.cap.per.leg", "0").with("paper.fee.option.clearing.per.contract", "0")
            .with("paper.fee.option.exchange.per.contract", "0")));
        assertThat(f.commission(true, true, 20, 0)).isEqualTo(13_000_000L);
        assertThat(f.commission(true, false, 20, 0)).isEqualTo(13_000_000L);
    }
}
