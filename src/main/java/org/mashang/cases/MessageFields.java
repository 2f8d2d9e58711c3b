package org.mashang.cases;

import org.jspecify.annotations.Nullable;

/**
 * What every form for a message has, whoever fills it in (the resident on a sign's page, staff at the intake desk or at a
 * reception): the text, its category and block, the resident's name, phone and choice to make it public, and the key
 * against sending the same form twice. The forms name their own constraints on the getters, in their readers' words.
 */
public abstract class MessageFields {

    private String text;
    private @Nullable Long categoryId;
    private @Nullable Long blockId;
    private String name;
    private String phone;
    private @Nullable Boolean publicChoice;
    private String submissionKey;

    public String getText() {
        return text;
    }

    /** Browsers send a line break as CRLF but count it as one character; count it as one here too. */
    public void setText(String text) {
        this.text = text == null ? null : text.replace("\r\n", "\n").strip();
    }

    public @Nullable Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(@Nullable Long categoryId) {
        this.categoryId = categoryId;
    }

    public @Nullable Long getBlockId() {
        return blockId;
    }

    public void setBlockId(@Nullable Long blockId) {
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

    public @Nullable Boolean getPublicChoice() {
        return publicChoice;
    }

    public void setPublicChoice(@Nullable Boolean publicChoice) {
        this.publicChoice = publicChoice;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
