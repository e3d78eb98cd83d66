package com.quantmatrix.adapters.net;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets (API keys, tokens, passwords, webhook URLs) from any text before it is logged,
 * thrown or reported. Every adapter passes URLs, headers and error bodies through {@link #redact}.
 *
 * <p>Two defences: values registered with {@link #register} (every secret read from the
 * environment through {@link #envSecret}) are replaced wherever they appear, and well-known secret
 * carriers (query parameters such as apiKey, Bearer tokens, JSON keys such as "password") are
 * masked even when the value was never registered.
 */
public final class Redactor
{
    /** What a secret is replaced with. */
    public static final String MASK = "***";

    /** Shorter values are not registered: masking "1" everywhere would wreck every message. */
    private static final int MIN_SECRET_LENGTH = 6;

    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();

    private static final Pattern QUERY_SECRET = Pattern.compile(
        "(?i)([?&;](?:api[_-]?key|apikey|key|token|access[_-]?token|refresh[_-]?token|auth|password|secret|signature|t)=)[^&#\\s\"'<>]*");
    private static final Pattern BEARER = Pattern.compile("(?i)((?:Bearer|Basic|Token)\\s+)[A-Za-z0-9._~+/=:-]+");
    private static final Pattern JSON_SECRET = Pattern.compile(
        "(?i)(\"(?:password|passwd|token|auth-token|access_token|refresh_token|client_secret|session-token|"
            + "remember-token|api_key|apikey|apiKey|secret)\"\\s*:\\s*\")[^\"]*(\"|$)");
    private static final Pattern AUTH_HEADER = Pattern.compile(
        "(?i)(authorization\\s*[:=]\\s*)(?:(?:Bearer|Basic|Token)\\s+)?[^\\s,;}\\]]+");

    private Redactor()
    {
    }

    /** Remembers a secret so it is masked wherever it appears from now on. Null or short values are ignored. */
    public static void register(final String secret)
    {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH)
        {
            SECRETS.add(secret);
        }
    }

    /**
     * Reads a secret from an environment variable and registers it; null when unset or blank.
     * Secrets come only from the environment, never from configuration files.
     */
    public static String envSecret(final String variable)
    {
        final String v = System.getenv(variable);
        if (v == null || v.isBlank())
        {
            return null;
        }
        final String secret = v.trim();
        register(secret);
        return secret;
    }

    /** The text with every registered secret and every recognisable secret value masked. */
    public static String redact(final CharSequence text)
    {
        if (text == null)
        {
            return null;
        }
        String s = text.toString();
        for (final String secret : SECRETS)
        {
            if (s.contains(secret))
            {
                s = s.replace(secret, MASK);
            }
        }
        s = replaceGroup1(QUERY_SECRET, s, false);
        s = replaceGroup1(AUTH_HEADER, s, false);
        s = replaceGroup1(BEARER, s, false);
        s = replaceGroup1(JSON_SECRET, s, true);
        return s;
    }

    /** Redacted text cut to at most {@code max} characters (error bodies in messages). */
    public static String redactSnippet(final CharSequence text, final int max)
    {
        final String r = redact(text);
        if (r == null || r.length() <= max)
        {
            return r;
        }
        return r.substring(0, max) + "...(" + (r.length() - max) + " more chars)";
    }

    private static String replaceGroup1(final Pattern p, final String s, final boolean keepGroup2)
    {
        final Matcher m = p.matcher(s);
        if (!m.find())
        {
            return s;
        }
        final StringBuilder out = new StringBuilder(s.length());
        do
        {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MASK + (keepGroup2 ? m.group(2) : "")));
        }
        while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
