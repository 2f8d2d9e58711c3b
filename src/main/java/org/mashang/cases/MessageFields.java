package org.mashang.cases;

/**
 * What every form for a message has, whoever fills it in (the resident on a sign's page, staff at the intake desk or at a
 * reception): the text, its category and block, the resident's name, phone and choice to make it public, and the key
 * against sending the same form twice. The forms name their own constraints on the getters, in their readers' words.
 */
public abstract class MessageFields {

    private String text;
    private Long categoryId;
    private Long blockId;
    private String name;
    private String phone;
    private Boolean publicChoice;
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
