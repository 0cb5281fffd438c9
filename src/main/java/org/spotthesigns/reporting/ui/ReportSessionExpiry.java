package org.spotthesigns.reporting.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.DefaultSystemMessagesProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.ApplicationConstants;
import org.springframework.stereotype.Component;

/**
 * When the server has already ended a reporter's session (the phone slept through the warning,
 * say), Vaadin would show its own English "Session expired" note. On the report's pages it loads
 * the page again instead, at once: the form then finds that its draft timed out and shows the page
 * that says so ({@link ReportEndedView}), and the confirmation says it was already shown. Other
 * pages keep Vaadin's behaviour.
 */
@Component
class ReportSessionExpiry implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(ReportSessionExpiry::messages);
    }

    static SystemMessages messages(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        String location =
                request == null ? null : request.getParameter(ApplicationConstants.REQUEST_LOCATION_PARAMETER);
        if (location != null && reportForm(location)) {
            CustomizedSystemMessages reload = new CustomizedSystemMessages();
            // no address: the client loads the page it is on again
            reload.setSessionExpiredNotificationEnabled(false);
            return reload;
        }
        return DefaultSystemMessagesProvider.get().getSystemMessages(info);
    }

    /** {@code report}, {@code report/where}, {@code pl/report/where}. */
    private static boolean reportForm(String location) {
        String path =
                location.matches("[a-z]{2,3}/report(/.*)?") ? location.substring(location.indexOf('/') + 1) : location;
        return path.equals("report") || path.startsWith("report/");
    }
}
