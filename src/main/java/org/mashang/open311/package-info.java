/**
 * Open311 GeoReport v2 server (/open311/v2): other platforms (a 12345 portal, a mini-program, FixMyStreet-style clients)
 * list the categories as services, post messages with their own API key, and follow public cases with their status
 * notes. Messages posted here enter the cases module's loop through its {@code PlatformIntake} and are reviewed like any
 * other; only what the public wall shows is ever returned. Administrators issue and revoke the keys.
 */
@NullMarked
package org.mashang.open311;

import org.jspecify.annotations.NullMarked;
