package org.spotthesigns.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.vaadin.flow.server.communication.PushAtmosphereHandler;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A push connection that ends because its browser went away is not an error. Vaadin logs
 * "Exception in push connection" at ERROR for any failure of the connection except the one
 * message it knows ("Connection remotely closed"), so a moderator leaving the queue, a phone
 * losing its signal or a proxy closing an idle connection each left a stack trace at ERROR. A
 * failure of input or output (an {@link IOException}: reset, broken pipe, end of stream) is
 * logged at DEBUG instead; any other failure of a push connection stays an error.
 */
@Component
class PushDisconnects extends TurboFilter implements DisposableBean {

    private static final String PUSH_LOGGER = PushAtmosphereHandler.class.getName();

    PushDisconnects() {
        setName("push-disconnects");
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(
            @Nullable Marker marker,
            @Nullable Logger logger,
            @Nullable Level level,
            @Nullable String format,
            Object @Nullable [] params,
            @Nullable Throwable failure) {
        if (level != Level.ERROR
                || logger == null
                || !PUSH_LOGGER.equals(logger.getName())
                || !(failure instanceof IOException)) {
            return FilterReply.NEUTRAL;
        }
        logger.debug("Push connection ended by the other side: {}", failure.toString());
        return FilterReply.DENY;
    }

    @Override
    public void destroy() {
        stop();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getTurboFilterList().remove(this);
        }
    }
}
