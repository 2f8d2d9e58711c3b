package org.mashang.platform;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** A rule about one form field that only the service can check (uniqueness, consistency with stored data). */
public class FieldProblem extends UserFacingException {

    private final String field;

    public FieldProblem(String field, String message) {
        super(HttpStatus.BAD_REQUEST, message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Shows the problem next to its field on the re-rendered form. */
    public void addTo(BindingResult result) {
        result.rejectValue(field, "invalid", getMessage());
    }
}
