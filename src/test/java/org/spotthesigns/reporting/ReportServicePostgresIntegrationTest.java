package org.spotthesigns.reporting;

import org.spotthesigns.testing.OnPostgres;

/** Storing reports on PostgreSQL, the production database. */
@OnPostgres
class ReportServicePostgresIntegrationTest extends ReportServiceContract {
}
