package org.mashang.receptions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.mashang.cases.MessageFields;
import org.mashang.platform.Phones;
import org.mashang.platform.ValidPhone;
import org.mashang.receptions.internal.IssueInput;

/** One issue a resident raised at a reception or an activity; it becomes a case. */
public class IssueForm extends MessageFields {

    private static final String EXPIRED = "表单已过期，请刷新页面后重新提交";

    private Long deputyId;

    static IssueForm fresh() {
        IssueForm form = new IssueForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        return form;
    }

    IssueInput input() {
        return new IssueInput(deputyId, getCategoryId(), getBlockId(), getText(), getPublicChoice(), getName(),
                Phones.normalize(getPhone()), getSubmissionKey());
    }

    @Override
    @NotBlank(message = "请写下群众反映的问题")
    @Size(max = 2000, message = "问题描述不能超过 2000 字")
    public String getText() {
        return super.getText();
    }

    @Override
    @NotNull(message = "请选择问题类别")
    public Long getCategoryId() {
        return super.getCategoryId();
    }

    @Override
    @Size(max = 50, message = "称呼不能超过 50 个字")
    public String getName() {
        return super.getName();
    }

    @Override
    @ValidPhone
    public String getPhone() {
        return super.getPhone();
    }

    @Override
    @NotNull(message = "请选择群众是否同意公开")
    public Boolean getPublicChoice() {
        return super.getPublicChoice();
    }

    @Override
    @NotNull(message = EXPIRED)
    @Pattern(regexp = "[0-9a-f-]{36}", message = EXPIRED)
    public String getSubmissionKey() {
        return super.getSubmissionKey();
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }
}
