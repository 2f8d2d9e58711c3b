package org.mashang.signs.internal;

/** Whose code was scanned: a deputy's (/d/…) or a station's (/s/…). */
public enum ScanKind {
    DEPUTY,
    STATION
}
