package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.spotthesigns.security.internal.BucketStores;

class RateLimitsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final RateLimits limits = new RateLimits(
            BucketStores.inMemory(),
            new RateLimitProperties("memory", "a test secret", 3, 10, 30, 5, 5, 10, 30),
            meters);

    @Test
    void an_allowance_is_used_up_and_then_refused() {
        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a")).isTrue();
        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a")).isTrue();
        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a")).isTrue();

        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a")).isFalse();
    }

    @Test
    void each_refusal_is_counted_by_its_limit_and_never_by_the_client() {
        for (int i = 0; i < 5; i++) {
            limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a");
        }
        limits.tryConsume(RateLimit.WRONG_KEYS_PER_REFERENCE, "K7M-4QX-9TD", 100);

        assertThat(meters.get(RateLimits.REFUSALS)
                        .tag("limit", "reports-per-client")
                        .counter()
                        .count())
                .isEqualTo(2.0);
        assertThat(meters.get(RateLimits.REFUSALS)
                        .tag("limit", "follow-ups-per-client")
                        .counter()
                        .count())
                .isZero();
        // the ceiling of wrong keys against a reference never refuses anyone, so it is not a refusal
        assertThat(meters.find(RateLimits.REFUSALS).counters()).hasSize(RateLimit.values().length - 1);
        assertThat(meters.find(RateLimits.REFUSALS).counters())
                .allSatisfy(counter -> assertThat(counter.getId().getTags())
                        .singleElement()
                        .satisfies(tag -> assertThat(tag.getKey()).isEqualTo("limit")));
    }

    @Test
    void each_client_and_each_limit_has_its_own_allowance() {
        for (int i = 0; i < 3; i++) {
            limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a");
        }

        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-b")).isTrue();
        assertThat(limits.tryConsume(RateLimit.FOLLOW_UPS_PER_CLIENT, "client-a"))
                .isTrue();
    }

    @Test
    void what_is_given_back_can_be_taken_again_but_never_more_than_the_allowance() {
        for (int i = 0; i < 3; i++) {
            limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a");
        }

        limits.giveBack(RateLimit.REPORTS_PER_CLIENT, "client-a");
        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a")).isTrue();
        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-a")).isFalse();

        limits.giveBack(RateLimit.REPORTS_PER_CLIENT, "client-b", 10);
        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-b", 4))
                .isFalse();
        assertThat(limits.tryConsume(RateLimit.REPORTS_PER_CLIENT, "client-b", 3))
                .isTrue();
    }

    @Test
    void several_are_taken_all_together_or_not_at_all() {
        assertThat(limits.allowance(RateLimit.WRONG_KEYS_PER_CLIENT_AND_REFERENCE))
                .isEqualTo(5);
        assertThat(limits.tryConsume(RateLimit.WRONG_KEYS_PER_CLIENT_AND_REFERENCE, "client-a:K7M-4QX-9TD"))
                .isTrue();

        assertThat(limits.tryConsume(RateLimit.WRONG_KEYS_PER_CLIENT_AND_REFERENCE, "client-a:K7M-4QX-9TD", 5))
                .isFalse();
        assertThat(limits.tryConsume(RateLimit.WRONG_KEYS_PER_CLIENT_AND_REFERENCE, "client-a:K7M-4QX-9TD", 4))
                .isTrue();
    }

    @Test
    void nodes_that_share_counts_must_share_the_secret_of_the_client_key() {
        assertThatThrownBy(() -> new RateLimits(
                        BucketStores.inMemory(),
                        new RateLimitProperties("database", " ", 3, 10, 30, 5, 5, 10, 30),
                        meters))
                .hasMessageContaining("must share the secret");
    }

    @Test
    void a_client_key_stands_for_an_address_without_revealing_it() {
        String key = limits.clientKey("203.0.113.7");

        assertThat(key).matches("[0-9a-f]{64}").doesNotContain("203");
        assertThat(limits.clientKey("203.0.113.7")).isEqualTo(key);
        assertThat(limits.clientKey("203.0.113.8")).isNotEqualTo(key);
        RateLimits otherSecret = new RateLimits(
                BucketStores.inMemory(),
                new RateLimitProperties("memory", "another secret", 3, 10, 30, 5, 5, 10, 30),
                meters);
        assertThat(otherSecret.clientKey("203.0.113.7")).isNotEqualTo(key);
    }
}
