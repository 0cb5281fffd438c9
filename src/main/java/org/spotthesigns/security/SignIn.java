package org.spotthesigns.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in, step by step. A right password alone grants only {@link #IN_PROGRESS}: no
 * moderation view or service opens to it. The person's role is granted once the second factor
 * is given and any password set by an administrator has been replaced.
 */
@Service
public class SignIn {

    /** The only authority of someone part-way through signing in. */
    public static final String IN_PROGRESS = "SIGN_IN_IN_PROGRESS";
    /** Given with the role once the second factor was given, so the step is not asked again. */
    static final String SECOND_FACTOR_GIVEN = "SIGN_IN_SECOND_FACTOR_GIVEN";

    private final ModeratorAccounts accounts;
    private final AuditTrail audit;

    SignIn(ModeratorAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** What this signed-in person must still do. */
    @Transactional(readOnly = true)
    public SignInStep next(Authentication authentication) {
        Account account = accounts.get(authentication.getName());
        boolean factorGiven = has(authentication, SECOND_FACTOR_GIVEN);
        if (!factorGiven && accounts.needsSecondFactor(account.username())) {
            return account.secondFactorEnrolled() ? SignInStep.SECOND_FACTOR : SignInStep.ENROL_SECOND_FACTOR;
        }
        if (account.mustChangePassword()) {
            return SignInStep.CHANGE_PASSWORD;
        }
        return SignInStep.DONE;
    }

    /**
     * The authentication to hold from now on, after a step was completed: the role once nothing
     * is left to do, and always a record that the second factor was given when it was.
     */
    @Transactional
    public Authentication afterStep(Authentication authentication, boolean secondFactorGiven) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (secondFactorGiven || has(authentication, SECOND_FACTOR_GIVEN)) {
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_GIVEN));
        }
        Authentication interim = token(authentication, authorities);
        if (next(interim) == SignInStep.DONE) {
            Role role = accounts.get(authentication.getName()).role();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.MODERATOR_NAME));
            if (role == Role.ADMIN) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN_NAME));
            }
            audit.recordAs(authentication.getName(), "signed-in", null, authentication.getName(), null, role.name());
        } else {
            authorities.add(new SimpleGrantedAuthority(IN_PROGRESS));
        }
        return token(authentication, authorities);
    }

    private static Authentication token(Authentication authentication, List<GrantedAuthority> authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, authorities);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}
