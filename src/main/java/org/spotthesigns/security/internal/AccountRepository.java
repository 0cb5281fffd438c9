package org.spotthesigns.security.internal;

import java.util.List;
import java.util.Optional;
import org.spotthesigns.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<AccountRecord, Long> {

    Optional<AccountRecord> findByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    List<AccountRecord> findAllByOrderByUsername();
}
