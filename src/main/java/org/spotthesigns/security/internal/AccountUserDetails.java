package org.spotthesigns.security.internal;

import java.util.List;
import org.spotthesigns.security.SignIn;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the password step of signing in. A right password grants only
 * {@link SignIn#IN_PROGRESS}; the role comes after the remaining steps.
 */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetails(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountRecord account = accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(List.of(new SimpleGrantedAuthority(SignIn.IN_PROGRESS)))
                .build();
    }
}
