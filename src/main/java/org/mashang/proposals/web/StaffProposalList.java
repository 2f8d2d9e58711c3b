package org.mashang.proposals.web;

import java.util.List;
import org.mashang.proposals.internal.ProposalView;
import org.springframework.ui.Model;

/**
 * The list of proposals a committee registers or a handling unit answers: one page, told apart by its title, the
 * workbench it leads back to and where each proposal opens.
 */
record StaffProposalList(String title, String back, String backLabel, String base) {

    static final StaffProposalList COMMITTEE = new StaffProposalList("代表建议登记交办", "/dispatch", "交办督办", "/dispatch/proposals");
    static final StaffProposalList DEPARTMENT = new StaffProposalList("承办的代表建议", "/department", "部门办理", "/department/proposals");

    String show(List<ProposalView> proposals, Model model) {
        model.addAttribute("page", this);
        model.addAttribute("proposals", proposals);
        return "proposals/staff-list";
    }
}
