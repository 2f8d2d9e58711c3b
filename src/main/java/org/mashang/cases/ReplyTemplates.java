package org.mashang.cases;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mashang.accounts.StaffUser;

/** Reply templates (常用语) for the deputy's, the departments' and the reviewers' forms. */
public interface ReplyTemplates {

    /** The user's own templates and those shared in the street (null: the user's own only). */
    List<ReplyTemplate> available(StaffUser user, @Nullable Long streetId);

    /** One of {@link #available(StaffUser, Long)}, by id. */
    Optional<ReplyTemplate> pick(StaffUser user, @Nullable Long streetId, long templateId);

    /** Adds a template; {@code shared} puts it in the user's street (committee staff with a street only; 400 otherwise). */
    void add(StaffUser user, String title, String body, boolean shared);

    /** What a case form shows: the templates to pick from and, when one was picked, its text filled in for the case. */
    record Picker(List<ReplyTemplate> templates, String picked) {
    }

    /**
     * The picker of a case's form: the user's and the case's street's templates; {@code templateId} (may be null) the one
     * picked, filled with the resident's name, the ticket and the department (the user's, else the case's). 404 when the
     * picked one is not among them.
     */
    Picker picker(StaffUser user, CaseDetail d, @Nullable Long templateId);

    /** Deletes one of the user's own templates, or one shared in their street (404 otherwise). */
    void delete(StaffUser user, long templateId);
}
