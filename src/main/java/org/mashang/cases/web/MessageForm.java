package org.mashang.cases.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mashang.platform.ValidPhone;

/** The resident's message form on a deputy's or a station's page. */
public class MessageForm {

    public static final int MAX_TEXT = 2000;

    @NotBlank(message = "{form.text.required}")
    @Size(max = MAX_TEXT, message = "{form.text.tooLong}")
    private String text;

    @NotNull(message = "{form.category.required}")
    private Long categoryId;

    private Long blockId;

    @Size(max = 50, message = "{form.name.tooLong}")
    private String name;

    @ValidPhone(message = "{form.phone.invalid}")
    private String phone;

    @Email(message = "{form.email.invalid}")
    @Size(max = 100, message = "{form.email.tooLong}")
    private String email;

    @NotNull(message = "{form.public.required}")
    private Boolean publicChoice;

    @Pattern(regexp = "[0-9a-f-]{36}", message = "{form.expired}")
    private String submissionKey;

    public String getText() {
        return text;
    }

    /** Browsers send a line break as CRLF but count it as one character; count it as one here too. */
    public void setText(String text) {
        this.text = text == null ? null : text.replace("\r\n", "\n").strip();
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getBlockId() {
        return blockId;
    }

    public void setBlockId(Long blockId) {
        this.blockId = blockId;
    }

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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Boolean getPublicChoice() {
        return publicChoice;
    }

    public void setPublicChoice(Boolean publicChoice) {
        this.publicChoice = publicChoice;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
