package org.spotthesigns.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.PushAtmosphereHandler;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.testing.RunningPortalTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the running portal's log says when a push connection ends: Vaadin reports each end it
 * does not recognise, through its push handler's logger, as "Exception in push connection" at
 * ERROR; here it says so exactly as Vaadin does.
 */
@ExtendWith(OutputCaptureExtension.class)
class PushDisconnectsIT extends RunningPortalTest {

    private static final Logger VAADIN_PUSH = LoggerFactory.getLogger(PushAtmosphereHandler.class);

    @Test
    void a_browser_that_goes_away_is_no_error(CapturedOutput output) {
        VAADIN_PUSH.error("Exception in push connection", new IOException("Broken pipe"));
        VAADIN_PUSH.error("Exception in push connection", new EOFException());
        VAADIN_PUSH.error("Exception in push connection", new IOException(new IOException("Connection reset by peer")));

        assertThat(output.getAll()).doesNotContain("Exception in push connection", " ERROR ", "Broken pipe");
    }

    @Test
    void any_other_failure_of_a_push_connection_is_still_an_error(CapturedOutput output) {
        VAADIN_PUSH.error("Exception in push connection", new IllegalStateException("a fault of the portal's"));

        assertThat(output.getAll()).contains(" ERROR ", "Exception in push connection", "a fault of the portal's");
    }
}
