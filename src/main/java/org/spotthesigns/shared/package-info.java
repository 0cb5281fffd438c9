/**
 * What every feature shares: the public layout, the exit-this-page control, the not-found page
 * and a few small configuration pieces. It depends on no feature.
 */
@NullMarked
package org.spotthesigns.shared;

import org.jspecify.annotations.NullMarked;
