/**
 * Security: who may reach what, the headers every response carries, and ending a visitor's
 * session when they leave in a hurry.
 */
@NullMarked
package org.spotthesigns.security;

import org.jspecify.annotations.NullMarked;
