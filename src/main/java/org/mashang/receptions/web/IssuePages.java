package org.mashang.receptions.web;

import java.util.function.Function;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.OfflineIntake;
import org.mashang.directory.Directory;
import org.mashang.directory.StationCard;
import org.mashang.platform.FieldProblem;
import org.mashang.receptions.internal.IssueInput;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the pages of receptions and activities share: the form for an issue raised there, and form problems. */
@Component
@RequiredArgsConstructor
class IssuePages {

    private final Directory directory;

    /**
     * The issue form of the page at {@code page} with its choices (the receipt of the issue entered just before comes as
     * a flash attribute).
     */
    void addIssueForm(Model model, StationCard station, IssueForm form, String page) {
        if (!model.containsAttribute("issueForm")) {
            model.addAttribute("issueForm", form);
        }
        model.addAttribute("categories", directory.activeCategories());
        model.addAttribute("blocks", directory.blocksOfStreet(station.streetId()));
        model.addAttribute("stationDeputies", directory.deputiesOfStation(station.id(), true));
        model.addAttribute("issueAction", page + "/issues");
    }

    /**
     * Enters the issue and goes back to the page at {@code page} showing its ticket and query code; or shows the page
     * again with the problems next to the fields (400).
     */
    static String raise(IssueForm form, BindingResult result, RedirectAttributes redirect,
                        Function<IssueInput, OfflineIntake.Receipt> raise, String page, Supplier<String> again) {
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("receipt", raise.apply(form.input()));
                return "redirect:" + page + "#receipt";
            } catch (FieldProblem problem) {
                addTo(problem, result);
            }
        }
        return again.get();
    }

    /** Shows a problem next to its field when the form has that field, above the form otherwise. */
    static void addTo(FieldProblem problem, BindingResult result) {
        Object target = result.getTarget();
        if (target != null && PropertyAccessorFactory.forBeanPropertyAccess(target).isReadableProperty(problem.field())) {
            problem.addTo(result);
        } else {
            result.reject(problem.field(), problem.getMessage());
        }
    }
}
