package org.mashang.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * A form too large to read at all (over the multipart limits) is not answered with a bare error page on the resident's
 * message page: the page comes again, asked for as with GET, and this says why, to show next to the photo field.
 */
public final class UploadProblem {

    public static final String ATTRIBUTE = "mashang.uploadProblem";

    private UploadProblem() {
    }

    /** @return the reason, or null when the request was read normally */
    public static @Nullable String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String s ? s : null;
    }
}
