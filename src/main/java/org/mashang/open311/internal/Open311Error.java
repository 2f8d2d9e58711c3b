package org.mashang.open311.internal;

/** A refusal answered with the specification's error list: {@code [{"code": 400, "description": "…"}]}. */
public class Open311Error extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    public Open311Error(int status, String description) {
        this(status, description, 0);
    }

    public Open311Error(int status, String description, long retryAfterSeconds) {
        super(description);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** For 429: whole seconds until the key may post again; 0 otherwise. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public Document document() {
        return Document.list("errors", "error", java.util.List.of(Document.fields("code", status, "description", getMessage())));
    }
}
