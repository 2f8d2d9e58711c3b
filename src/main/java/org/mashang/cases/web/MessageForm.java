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

    @NotBlank(message = "请写下您要反映的事情")
    @Size(max = MAX_TEXT, message = "留言不能超过 2000 字，请精简后再提交")
    private String text;

    @NotNull(message = "请选择问题类别")
    private Long categoryId;

    private Long blockId;

    @Size(max = 50, message = "称呼不能超过 50 个字")
    private String name;

    @ValidPhone
    private String phone;

    @Email(message = "电子邮箱格式不正确，如 name@example.com")
    @Size(max = 100, message = "电子邮箱不能超过 100 个字符")
    private String email;

    @NotNull(message = "请选择是否公开")
    private Boolean publicChoice;

    @Pattern(regexp = "[0-9a-f-]{36}", message = "表单已过期，请刷新页面后重新提交")
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
