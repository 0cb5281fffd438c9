/**
 * Reporting: a member of the public tells the portal about a concern, anonymously, and can come
 * back to it with a reference and a secret key. {@link org.spotthesigns.reporting.ReportService}
 * and {@link org.spotthesigns.reporting.ReportRules} are the API other features use.
 */
@NullMarked
package org.spotthesigns.reporting;

import org.jspecify.annotations.NullMarked;
