package org.spotthesigns.security;

import java.util.List;
import java.util.UUID;

/** Key rotation on an H2 file database of its own. */
class KeyRotationIntegrationTest extends KeyRotationContract {

    private final String name = "keys-" + UUID.randomUUID();

    @Override
    List<String> database() {
        return List.of(
                "--spring.datasource.url=jdbc:h2:file:./target/h2/" + name + ";LOCK_TIMEOUT=10000",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=");
    }
}
