package org.spotthesigns.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * Ends every session of one account, on every browser, at its next request: a lost phone, a
 * shared computer, an account an administrator has disabled.
 */
@Service
public class SignOutEverywhere {

    private final SessionRegistry sessions;
    private final AuditTrail audit;

    SignOutEverywhere(SessionRegistry sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The signed-in person's own sessions, this one included. */
    public int signOutMyself() {
        return signOut(audit.currentActor());
    }

    int signOut(String username) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (name.equals(username)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        audit.recordAs(audit.currentActor(), "signed-out-everywhere", null, username, null, ended + " sessions");
        return ended;
    }
}
