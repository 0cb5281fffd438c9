/**
 * Guidance: the signs, the places where exploitation happens, help for young people and the
 * general pages, all read from {@code content/}. {@link org.spotthesigns.guidance.GuidanceService}
 * is the API other features use.
 */
@NullMarked
package org.spotthesigns.guidance;

import org.jspecify.annotations.NullMarked;
