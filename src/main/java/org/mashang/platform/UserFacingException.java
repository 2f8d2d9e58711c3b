package org.mashang.platform;

import org.springframework.http.HttpStatus;

/**
 * A problem the user caused and can fix, with a message in the user's language.
 * Rendered as a 4xx page, never as a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final HttpStatus status;

    public UserFacingException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static UserFacingException notFound(String message) {
        return new UserFacingException(HttpStatus.NOT_FOUND, message);
    }

    public static UserFacingException badRequest(String message) {
        return new UserFacingException(HttpStatus.BAD_REQUEST, message);
    }

    public static UserFacingException conflict(String message) {
        return new UserFacingException(HttpStatus.CONFLICT, message);
    }

    public static UserFacingException forbidden(String message) {
        return new UserFacingException(HttpStatus.FORBIDDEN, message);
    }
}
