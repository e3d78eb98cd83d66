package com.quantmatrix.adapters.discord;

/** The user's five channels, each a webhook URL from its environment variable (names kept from the earlier plan). */
public enum DiscordChannel
{
    /** Entries, exits, alerts. */
    SIGNALS("DISCORD_WEBHOOK_SIGNALS"),
    /** Daily summaries. */
    PORTFOLIO_DIGEST("DISCORD_WEBHOOK_PORTFOLIO_DIGEST"),
    /** Pre-market brief. */
    MORNING_BREW("DISCORD_WEBHOOK_MORNING_BREW"),
    /** Testing. */
    PLAYGROUND("DISCORD_WEBHOOK_PLAYGROUND"),
    /** Health: heartbeats, faults, disabled channels. */
    SYSTEM_STATUS("DISCORD_WEBHOOK_SYSTEM_STATUS");

    private final String envVar;

    DiscordChannel(final String envVar)
    {
        this.envVar = envVar;
    }

    public String envVar()
    {
        return envVar;
    }
}
