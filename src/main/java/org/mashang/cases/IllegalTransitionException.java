package org.mashang.cases;

import org.mashang.platform.UserFacingException;
import org.springframework.http.HttpStatus;

/** An action the case's current state does not allow; shown to the user as 409 with the reason. */
public class IllegalTransitionException extends UserFacingException {

    public IllegalTransitionException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}
