package org.spotthesigns.triage;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Triage and linking on the embedded H2 file database. */
@SpringBootTest
@ActiveProfiles("test")
class TriageLinkingIntegrationTest extends TriageLinkingContract {}
