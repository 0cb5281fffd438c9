package org.spotthesigns.triage;

import org.spotthesigns.testing.OnPostgres;

/** Triage and linking on PostgreSQL, the production database. */
@OnPostgres
class TriageLinkingPostgresIntegrationTest extends TriageLinkingContract {}
