package org.spotthesigns.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall, which also refuses an address whose path decodes to a
 * control character ({@code /%07}, {@code /signs/%09x}, {@code /%7F}). No page of the portal has
 * one, and nothing behind the firewall should have to cope with one: such a request ends here
 * with 400 and the portal's error page, and nothing is logged.
 */
public class AddressFirewall extends StrictHttpFirewall {

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) throws RequestRejectedException {
        if (hasControlCharacter(request.getServletPath()) || hasControlCharacter(request.getPathInfo())) {
            throw new RequestRejectedException("The request was rejected because its path holds a control character.");
        }
        return super.getFirewalledRequest(request);
    }

    static boolean hasControlCharacter(@Nullable String path) {
        return path != null && path.chars().anyMatch(Character::isISOControl);
    }
}
