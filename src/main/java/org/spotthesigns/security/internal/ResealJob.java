package org.spotthesigns.security.internal;

import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.security.AuditTrail;
import org.spotthesigns.security.KeyProperties;
import org.spotthesigns.shared.FieldCipher;
import org.spotthesigns.shared.SealedValues;
import org.spotthesigns.shared.SealedValues.Batch;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves every sealed value to the active key, in small batches, each feature re-sealing its own
 * rows ({@link SealedValues}), so an old key stops sealing anything and can be removed. Runs on
 * one node at a time (a ShedLock lock in the database). A run that re-sealed something, or met a
 * value it could not open, is recorded in the audit trail, with counts only; every run that did
 * anything logs how many values each key still seals.
 */
@Component
public class ResealJob {

    private static final Logger log = LoggerFactory.getLogger(ResealJob.class);

    private final List<SealedValues> sealed;
    private final FieldCipher cipher;
    private final KeysInUse keys;
    private final AuditTrail audit;
    private final int batchSize;

    ResealJob(
            List<SealedValues> sealed, FieldCipher cipher, KeysInUse keys, AuditTrail audit, KeyProperties properties) {
        this.sealed = sealed;
        this.cipher = cipher;
        this.keys = keys;
        this.audit = audit;
        this.batchSize = Math.max(1, properties.resealBatch());
    }

    /** @return what was done, one entry per kind of sealed value */
    @Scheduled(
            initialDelayString = "${spotthesigns.keys.reseal-interval:PT10M}",
            fixedDelayString = "${spotthesigns.keys.reseal-interval:PT10M}")
    @SchedulerLock(name = "reseal-keys", lockAtLeastFor = "PT10S", lockAtMostFor = "PT1H")
    public List<Resealed> reseal() {
        String active = cipher.activeKeyId();
        List<Resealed> done = new ArrayList<>();
        for (SealedValues values : sealed) {
            long after = 0;
            int resealed = 0;
            int failed = 0;
            Batch batch;
            do {
                batch = values.resealAfter(after, batchSize);
                after = batch.lastId();
                resealed += batch.resealed();
                failed += batch.failed();
            } while (batch.rows() == batchSize);
            done.add(new Resealed(values.name(), resealed, failed));
        }
        int resealed = done.stream().mapToInt(Resealed::resealed).sum();
        int failed = done.stream().mapToInt(Resealed::failed).sum();
        if (resealed + failed == 0) {
            // counted all the same: the gauge follows the values sealed since the last run
            keys.countAndPublish();
            log.debug("Every sealed value is sealed with the active key {}", active);
            return done;
        }
        String counts = String.join(
                "; ",
                done.stream()
                        .map(each -> each.what() + ": " + each.resealed() + " re-sealed, " + each.failed()
                                + " could not be opened")
                        .toList());
        audit.recordAs("portal", "values-resealed", null, null, null, "with key " + active + ": " + counts);
        log.info(
                "Re-sealed with key {}: {}. Sealed values now: {}",
                active,
                counts,
                keys.describe(keys.countAndPublish()));
        if (failed > 0) {
            log.warn(
                    "{} stored values could not be opened to be re-sealed: their key is not in the keyring, "
                            + "or they were altered",
                    failed);
        }
        return done;
    }

    /** What one run did to one kind of sealed value. */
    public record Resealed(String what, int resealed, int failed) {}
}
