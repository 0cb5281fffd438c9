package org.spotthesigns.security;

import static java.util.Objects.requireNonNull;

import io.github.bucket4j.BucketConfiguration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.spotthesigns.security.internal.BucketStore;
import org.springframework.stereotype.Service;

/**
 * Counts requests against the portal's limits (Bucket4j token buckets, refilled steadily over
 * an hour). A client is known only by a keyed hash of its address, made here and kept only in
 * the bucket store: the address itself is never stored or logged. Every refusal is counted by the
 * limit that refused it ({@value #REFUSALS}, tagged {@code limit}), never by who was refused.
 */
@Service
public class RateLimits {

    private static final Duration PERIOD = Duration.ofHours(1);

    /** The metric of refused requests (Prometheus: {@code spotthesigns_rate_limit_refusals_total}). */
    public static final String REFUSALS = "spotthesigns.rate.limit.refusals";

    private final BucketStore store;
    private final Map<RateLimit, BucketConfiguration> configurations = new EnumMap<>(RateLimit.class);
    /**
     * Each limit's name with its configured numbers, at the head of every bucket key. A bucket kept
     * in the database goes on with the configuration it was made with, so a changed limit must count
     * in buckets of its own; deriving the key from the numbers means nobody has to remember that.
     */
    private final Map<RateLimit, String> keyPrefixes = new EnumMap<>(RateLimit.class);

    /** Only the limits that refuse: the ceiling of wrong keys against a reference never does. */
    private final Map<RateLimit, Counter> refusals = new EnumMap<>(RateLimit.class);

    private final SecretKeySpec clientKeySecret;

    public RateLimits(BucketStore store, RateLimitProperties properties, MeterRegistry meters) {
        this.store = store;
        for (RateLimit limit : RateLimit.values()) {
            if (limit != RateLimit.WRONG_KEYS_PER_REFERENCE) {
                refusals.put(
                        limit,
                        Counter.builder(REFUSALS)
                                .description("Requests refused because a rate limit was used up, by the limit")
                                .tag(
                                        "limit",
                                        limit.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .register(meters));
            }
            int allowed = properties.perHour(limit);
            configurations.put(
                    limit,
                    BucketConfiguration.builder()
                            .addLimit(bandwidth -> bandwidth.capacity(allowed).refillGreedy(allowed, PERIOD))
                            .build());
            keyPrefixes.put(limit, limit.name() + ":" + allowed + "/" + PERIOD + ":");
        }
        if (properties.clientKeySecret().isBlank() && "database".equals(properties.store())) {
            throw new IllegalStateException("Nodes that share rate limits must share the secret of the client key: "
                    + "set spotthesigns.rate-limits.client-key-secret (SPOTTHESIGNS_RATE_LIMITS_CLIENT_KEY_SECRET)");
        }
        byte[] secret = new byte[32];
        if (properties.clientKeySecret().isBlank()) {
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.clientKeySecret().getBytes(StandardCharsets.UTF_8);
        }
        this.clientKeySecret = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * Takes one from the allowance of {@code subject} (a client key, a reference, or "all"), at once
     * and for good unless {@link #giveBack given back}: take first, then act, so that requests at the
     * same moment cannot all be let through on the same last token.
     *
     * @return false when the allowance is used up; nothing was taken
     */
    public boolean tryConsume(RateLimit limit, String subject) {
        return tryConsume(limit, subject, 1);
    }

    /**
     * Takes {@code tokens} from the allowance of {@code subject}, all of them or none.
     *
     * @return false when fewer are left; nothing was taken
     */
    public boolean tryConsume(RateLimit limit, String subject, long tokens) {
        boolean taken = store.tryConsume(key(limit, subject), tokens, configuration(limit));
        Counter refused = refusals.get(limit);
        if (!taken && refused != null) {
            refused.increment();
        }
        return taken;
    }

    /** Puts back one taken for something that did not happen after all (a report not stored, a right key). */
    public void giveBack(RateLimit limit, String subject) {
        giveBack(limit, subject, 1);
    }

    /** Puts back {@code tokens} taken for something that did not happen; never beyond the allowance. */
    public void giveBack(RateLimit limit, String subject, long tokens) {
        store.giveBack(key(limit, subject), tokens, configuration(limit));
    }

    /** The whole allowance of this limit per hour, as configured. */
    public long allowance(RateLimit limit) {
        return configuration(limit).getBandwidths()[0].getCapacity();
    }

    private String key(RateLimit limit, String subject) {
        return requireNonNull(keyPrefixes.get(limit)) + subject;
    }

    /** Every limit is configured in the constructor. */
    private BucketConfiguration configuration(RateLimit limit) {
        return requireNonNull(configurations.get(limit));
    }

    /** The stand-in for a client's address: HMAC-SHA256 with the portal's secret, in hex. */
    public String clientKey(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(clientKeySecret);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
