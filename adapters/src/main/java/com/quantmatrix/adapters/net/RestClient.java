package com.quantmatrix.adapters.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small REST client on {@link HttpClient} for vendor APIs, used off the hot path (backfill,
 * scans, reference data, orders). Per call: wait for the plan's rate limit, send, and on 429
 * (honouring Retry-After), 5xx, timeouts, dropped connections or a malformed body retry with
 * exponential backoff and jitter; any other status fails at once with a typed {@link RestException}.
 *
 * <p>A parser may throw a {@link RestException} for a vendor error that arrives with status 200
 * (its kind decides whether it is retried). Every fault is counted ({@link #faults()}), told to the {@link FaultListener} and logged with
 * secrets redacted. Non-idempotent requests (orders) are retried only on 429, where the server
 * says it did not process them; any other failure goes back to the caller, who must check the
 * order's status before sending again.
 */
public final class RestClient
{
    private static final Logger LOG = LoggerFactory.getLogger(RestClient.class);

    private final RestSettings settings;
    private final HttpClient http;
    private final Backoff backoff;
    private final FaultCounters faults = new FaultCounters();
    private final FaultListener listener;

    public RestClient(final RestSettings settings, final FaultListener listener)
    {
        this.settings = settings;
        this.listener = listener == null ? (k, d, r) -> { } : listener;
        this.backoff = new Backoff(settings.backoffBase.toNanos(), settings.backoffMax.toNanos(), settings.jitterSeed);
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    public RestClient(final RestSettings settings)
    {
        this(settings, null);
    }

    public FaultCounters faults()
    {
        return faults;
    }

    public URI baseUri()
    {
        return settings.baseUri;
    }

    /** GET a path (with query) under the base URL, retried as an idempotent call, parsed by {@code parser}. */
    public <T> T get(final String pathAndQuery, final BodyParser<T> parser)
    {
        return send("GET", pathAndQuery, null, null, true, parser);
    }

    /**
     * Sends a request; {@code body} may be null. {@code idempotent} false restricts retries to 429.
     * Returns the parsed 2xx body or throws a {@link RestException}.
     */
    public <T> T send(
        final String method,
        final String pathAndQuery,
        final byte[] body,
        final String contentType,
        final boolean idempotent,
        final BodyParser<T> parser)
    {
        return sendWithHeaders(method, pathAndQuery, body, contentType, idempotent, (status, headers, bytes) -> parser.parse(bytes));
    }

    /**
     * As {@link #send}, for parsers that also need the status and the response headers of the 2xx
     * reply (rate-limit headers such as Discord's X-RateLimit-Remaining).
     */
    public <T> T sendWithHeaders(
        final String method,
        final String pathAndQuery,
        final byte[] body,
        final String contentType,
        final boolean idempotent,
        final ResponseParser<T> parser)
    {
        final URI uri = resolve(pathAndQuery);
        final String shown = Redactor.redact(method + " " + uri);
        int attempt = 0;
        while (true)
        {
            attempt++;
            final boolean lastAttempt = attempt >= settings.maxAttempts;
            long retryAfterNanos = 0;
            RestException failure;
            try
            {
                settings.rateLimit.acquire();
                final HttpResponse<byte[]> response = http.send(request(method, uri, body, contentType), HttpResponse.BodyHandlers.ofByteArray());
                final int status = response.statusCode();
                final byte[] bytes = response.body();
                if (status >= 200 && status < 300)
                {
                    try
                    {
                        return parser.parse(status, response.headers(), bytes);
                    }
                    catch (final RestException vendor)
                    {
                        // The body is a vendor's error in a 200 (rate-limit notes, quota notices).
                        failure = new RestException(vendor.kind(), status, shown, vendor.getMessage() + " (" + shown + ")", bytes, null);
                    }
                    catch (final IOException | RuntimeException ex)
                    {
                        failure = new RestException(FaultKind.MALFORMED, status, shown,
                            "malformed response body from " + shown + ": " + ex.getMessage() + "; body: " + RestException.bodySnippet(bytes), bytes, ex);
                    }
                }
                else
                {
                    final FaultKind kind = classify(status);
                    failure = new RestException(kind, status, shown, "HTTP " + status + " from " + shown + ": " + RestException.bodySnippet(bytes), bytes, null);
                    if (kind == FaultKind.RATE_LIMITED)
                    {
                        retryAfterNanos = retryAfterNanos(response.headers().firstValue("Retry-After"));
                    }
                }
            }
            catch (final HttpTimeoutException ex)
            {
                failure = new RestException(FaultKind.TIMEOUT, 0, shown,
                    "no answer within " + settings.requestTimeout.toMillis() + " ms from " + shown, null, ex);
            }
            catch (final ConnectException ex)
            {
                failure = new RestException(FaultKind.CONNECTION, 0, shown, "cannot connect for " + shown + ": " + describe(ex), null, ex);
            }
            catch (final IOException ex)
            {
                failure = new RestException(FaultKind.CONNECTION, 0, shown, "connection failed during " + shown + ": " + describe(ex), null, ex);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw new RestException(FaultKind.CONNECTION, 0, shown, "interrupted during " + shown, null, ex);
            }

            final boolean retryable = retryable(failure.kind(), idempotent);
            final long maxRetryAfter = settings.maxRetryAfter.toNanos();
            final boolean willRetry = retryable && !lastAttempt && retryAfterNanos <= maxRetryAfter;
            report(failure, willRetry, attempt);
            if (!willRetry)
            {
                throw failure;
            }
            final long delay = Math.max(backoff.delayNanos(attempt - 1), retryAfterNanos);
            try
            {
                TimeUnit.NANOSECONDS.sleep(delay);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /** A path under the base URL, or an absolute URL (pagination links) re-rooted on the base URL. */
    public URI resolve(final String pathOrUrl)
    {
        if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://"))
        {
            // Pagination links may name another host (api.polygon.io vs api.massive.com): keep the
            // configured host so credentials only ever go where the user pointed them.
            final URI next = URI.create(pathOrUrl);
            final String raw = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            return URI.create(settings.baseUri.toString() + raw);
        }
        final String sep = pathOrUrl.startsWith("/") ? "" : "/";
        return URI.create(settings.baseUri.toString() + sep + pathOrUrl);
    }

    private HttpRequest request(final String method, final URI uri, final byte[] body, final String contentType)
    {
        final HttpRequest.Builder b = HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout)
            .header("User-Agent", settings.userAgent)
            .header("Accept", "application/json");
        for (final Map.Entry<String, String> h : settings.headers.entrySet())
        {
            b.header(h.getKey(), h.getValue());
        }
        for (final Map.Entry<String, java.util.function.Supplier<String>> h : settings.dynamicHeaders.entrySet())
        {
            final String value = h.getValue().get();
            if (value != null)
            {
                Redactor.register(value);
                b.header(h.getKey(), value);
            }
        }
        if (contentType != null)
        {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return b.build();
    }

    private void report(final RestException failure, final boolean willRetry, final int attempt)
    {
        faults.increment(failure.kind());
        final String detail = failure.getMessage();
        if (willRetry)
        {
            LOG.warn("{} (attempt {} of {}, retrying)", detail, attempt, settings.maxAttempts);
        }
        else
        {
            LOG.warn("{} (attempt {} of {}, giving up)", detail, attempt, settings.maxAttempts);
        }
        listener.onFault(failure.kind(), detail, willRetry);
    }

    private static String describe(final Throwable ex)
    {
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }

    static FaultKind classify(final int status)
    {
        if (status == 429)
        {
            return FaultKind.RATE_LIMITED;
        }
        if (status == 401 || status == 403)
        {
            return FaultKind.AUTH;
        }
        if (status == 408)
        {
            return FaultKind.TIMEOUT;
        }
        if (status >= 500)
        {
            return FaultKind.SERVER_ERROR;
        }
        return FaultKind.CLIENT_ERROR;
    }

    private static boolean retryable(final FaultKind kind, final boolean idempotent)
    {
        if (kind == FaultKind.RATE_LIMITED)
        {
            return true;
        }
        if (!idempotent)
        {
            return false;
        }
        return kind == FaultKind.SERVER_ERROR || kind == FaultKind.TIMEOUT || kind == FaultKind.CONNECTION || kind == FaultKind.MALFORMED;
    }

    /** Retry-After as delta-seconds or an HTTP date; 0 when absent or unreadable. */
    static long retryAfterNanos(final Optional<String> header)
    {
        if (header.isEmpty())
        {
            return 0;
        }
        final String v = header.get().trim();
        try
        {
            return TimeUnit.MILLISECONDS.toNanos((long)(Double.parseDouble(v) * 1000.0));
        }
        catch (final NumberFormatException notSeconds)
        {
            try
            {
                final ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toNanos());
            }
            catch (final DateTimeParseException ex)
            {
                return 0;
            }
        }
    }
}
