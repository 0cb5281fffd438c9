package org.spotthesigns.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Storing reports on the embedded H2 file database. */
@SpringBootTest
@ActiveProfiles("test")
class ReportServiceIntegrationTest extends ReportServiceContract {}
