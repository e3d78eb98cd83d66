package com.quantmatrix.adapters.broker;

import java.util.List;

/**
 * What one broker account holds at one moment: its positions and its cash (micros, null when the
 * source does not say, e.g. a Flex statement without a Cash Report).
 */
public record BrokerSnapshot(String source, String account, List<BrokerPosition> positions, Long cashMicros)
{
    public BrokerSnapshot
    {
        positions = List.copyOf(positions);
    }
}
