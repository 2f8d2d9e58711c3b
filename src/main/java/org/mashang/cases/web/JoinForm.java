package org.mashang.cases.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mashang.platform.ValidPhone;

/** 我也反映: what a resident adding themselves to a case may leave, all of it optional and kept from the public. */
public class JoinForm {

    @Size(max = 50, message = "{form.name.tooLong}")
    private String name;

    @ValidPhone(message = "{form.phone.invalid}")
    private String phone;

    @Size(max = 500, message = "{metoo.comment.tooLong}")
    private String comment;

    @Pattern(regexp = "[0-9a-f-]{36}", message = "{form.expired}")
    private String submissionKey;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null ? null : comment.replace("\r\n", "\n").strip();
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
