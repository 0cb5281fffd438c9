/** Reporting: how a member of the public tells the portal about a concern. */
@NullMarked
package org.spotthesigns.reporting;

import org.jspecify.annotations.NullMarked;
