package org.mashang.cases.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mashang.cases.MessageFields;
import org.mashang.platform.ValidPhone;

/** The resident's message form on a deputy's or a station's page; its words come from the message bundles. */
public class MessageForm extends MessageFields {

    public static final int MAX_TEXT = 2000;

    @Email(message = "{form.email.invalid}")
    @Size(max = 100, message = "{form.email.tooLong}")
    private String email;

    @Override
    @NotBlank(message = "{form.text.required}")
    @Size(max = MAX_TEXT, message = "{form.text.tooLong}")
    public String getText() {
        return super.getText();
    }

    @Override
    @NotNull(message = "{form.category.required}")
    public Long getCategoryId() {
        return super.getCategoryId();
    }

    @Override
    @Size(max = 50, message = "{form.name.tooLong}")
    public String getName() {
        return super.getName();
    }

    @Override
    @ValidPhone(message = "{form.phone.invalid}")
    public String getPhone() {
        return super.getPhone();
    }

    @Override
    @NotNull(message = "{form.public.required}")
    public Boolean getPublicChoice() {
        return super.getPublicChoice();
    }

    @Override
    @Pattern(regexp = "[0-9a-f-]{36}", message = "{form.expired}")
    public String getSubmissionKey() {
        return super.getSubmissionKey();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
