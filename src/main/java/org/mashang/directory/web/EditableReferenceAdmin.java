package org.mashang.directory.web;

import jakarta.validation.Valid;
import org.mashang.directory.internal.ReferenceItem;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A kind of reference data whose items are changed on the list page too: its form filled from the item. */
abstract class EditableReferenceAdmin<F, T extends ReferenceItem> extends ReferenceAdmin<F, T> {

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return show(id, formOf(id), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return submit(id, form, result, model, redirect);
    }

    /**
     * The form filled from the stored item.
     *
     * @throws org.mashang.platform.UserFacingException 404, in the kind's words, when there is no such item
     */
    abstract F formOf(long id);

    @Override
    String editUrl(long id) {
        return itemUrl(id);
    }
}
