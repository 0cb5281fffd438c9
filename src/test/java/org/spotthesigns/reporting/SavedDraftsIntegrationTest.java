package org.spotthesigns.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Keeping reporters' drafts outside the node, on the embedded H2 file database. */
@SpringBootTest
@ActiveProfiles("test")
class SavedDraftsIntegrationTest extends SavedDraftsContract {}
