package org.mashang.receptions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.mashang.platform.Phones;
import org.mashang.platform.ValidPhone;
import org.mashang.receptions.internal.IssueInput;

/** One issue a resident raised at a reception or an activity; it becomes a case. */
public class IssueForm {

    @NotBlank(message = "请写下群众反映的问题")
    @Size(max = 2000, message = "问题描述不能超过 2000 字")
    private String text;

    @NotNull(message = "请选择问题类别")
    private Long categoryId;

    private Long blockId;

    private Long deputyId;

    @Size(max = 50, message = "称呼不能超过 50 个字")
    private String name;

    @ValidPhone
    private String phone;

    @NotNull(message = "请选择群众是否同意公开")
    private Boolean publicChoice;

    @NotNull(message = "表单已过期，请刷新页面后重新提交")
    @Pattern(regexp = "[0-9a-f-]{36}", message = "表单已过期，请刷新页面后重新提交")
    private String submissionKey;

    static IssueForm fresh() {
        IssueForm form = new IssueForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        return form;
    }

    IssueInput input() {
        return new IssueInput(deputyId, categoryId, blockId, text, publicChoice, name, Phones.normalize(phone), submissionKey);
    }

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

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
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
