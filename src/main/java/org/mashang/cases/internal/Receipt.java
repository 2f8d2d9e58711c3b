package org.mashang.cases.internal;

import java.io.Serializable;

/** What the resident takes away: the ticket number and the secret query code (shown once); kept in the session as a flash attribute between the POST and its redirect. */
public record Receipt(long caseId, String ticket, String queryCode) implements Serializable {
}
