package org.spotthesigns.guidance.internal;

import org.spotthesigns.guidance.InvalidContentException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken content file into a start-up message an editor can act on, without a stack trace to read. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
        return new FailureAnalysis(
                "A content file cannot be published: " + cause.getMessage(),
                "Correct " + cause.file() + (cause.line() > 0 ? " at line " + cause.line() : "")
                        + " and start the portal again. The README's section on editing content describes each field.",
                cause);
    }
}
