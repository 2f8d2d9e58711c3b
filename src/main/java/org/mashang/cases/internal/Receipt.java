package org.mashang.cases.internal;

import java.io.Serializable;

/**
 * What the resident takes away: the ticket number and the secret query code (shown once). Carried from the form to the
 * receipt page in a sealed cookie (a resident's message) or as a flash attribute (an issue entered by staff).
 */
public record Receipt(long caseId, String ticket, String queryCode) implements Serializable {

    /** A query code as pages show it, in two groups of four digits. */
    public static String shown(String queryCode) {
        return queryCode.substring(0, 4) + " " + queryCode.substring(4);
    }
}
