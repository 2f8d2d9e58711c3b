package org.mashang.directory.web;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.internal.ReferenceItem;
import org.mashang.platform.FieldProblem;
import org.springframework.beans.BeanUtils;
import org.springframework.core.GenericTypeResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page of one kind of reference data: its list, a form to add an item (shown again with the problems
 * when the input is refused), and switching an item off and on; an item is never deleted, since cases keep
 * pointing at it.
 * <p>
 * Regions, constituencies, committees, stations, departments and categories used to have a controller, a form
 * and a template each that differed only in their fields; a kind now says just that — its form and checks, the
 * {@code DirectoryAdmin} call that saves it, its items and their cells, its {@link ReferencePage} — and one
 * template, {@code directory/reference.html}, renders them all. Kinds edited on a page of their own extend
 * {@link EditableReferenceAdmin}; regions, a tree browsed one level at a time and renamed in their row, extend
 * this class alone and so have no edit page that nothing would link to.
 * <p>
 * Spring MVC resolves the form of the handlers below ({@code F}) from the subclass's type argument. Forms are
 * bound to their fields directly (no getters and setters): they hold what was typed and the checks on it, and only
 * their own controller reads them.
 *
 * @param <F> the kind's form
 * @param <T> the kind's stored item
 */
abstract class ReferenceAdmin<F, T extends ReferenceItem> {

    static final String VIEW = "directory/reference";

    /** The kind's list, from its {@code @RequestMapping}: also where every action comes back to. */
    private final String path;

    private final Class<?> formType;

    ReferenceAdmin() {
        Class<?> kind = ClassUtils.getUserClass(getClass());
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(kind, RequestMapping.class);
        if (mapping == null || mapping.path().length != 1) {
            throw new IllegalStateException(kind.getSimpleName() + " needs one @RequestMapping path");
        }
        this.path = mapping.path()[0];
        this.formType = GenericTypeResolver.resolveTypeArguments(kind, ReferenceAdmin.class)[0];
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    /** @param parent the tree level to show; flat kinds have one list and pay it no attention */
    @GetMapping
    String list(@RequestParam(required = false) Long parent, Model model) {
        return show(null, newForm(parent), model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect) {
        return submit(null, form, result, model, redirect);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        setActive(id, value);
        redirect.addFlashAttribute("flash", value ? "已启用" : "已停用");
        return "redirect:" + listUrl(parentOf(id));
    }

    /** Saves valid input and goes back to the list; otherwise shows the form again with each problem at its field. */
    final String submit(Long id, F form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                redirect.addFlashAttribute("flash", save(id, form));
                return "redirect:" + listUrl(parentOf(form));
            } catch (FieldProblem problem) {
                problem.addTo(result);
            }
        }
        return show(id, form, model);
    }

    /** The page, with {@code editing} the item the form edits (null when it adds one). */
    final String show(@Nullable Long editing, F form, Model model) {
        ReferencePage page = page(editing, form);
        List<ReferencePage.Row> rows = items(parentOf(form)).stream()
                .map(item -> new ReferencePage.Row(item.active(), cells(item), editUrl(item.id()), rename(item),
                        itemUrl(item.id()) + "/active"))
                .toList();
        model.addAttribute("page", page);
        model.addAttribute("rows", rows);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("action", editing == null ? path : itemUrl(editing));
        model.addAttribute("list", path);
        return VIEW;
    }

    /** The list of one level of a tree (null: the top); for a flat kind, its one list. */
    final String listUrl(Long parent) {
        return parent == null ? path : path + "?parent=" + parent;
    }

    final String itemUrl(long id) {
        return path + "/" + id;
    }

    /** An empty form to add an item under {@code parent} (null at the top of a tree, and always for a flat kind). */
    @SuppressWarnings("unchecked")
    F newForm(Long parent) {
        return (F) BeanUtils.instantiateClass(formType);
    }

    /**
     * Saves the checked form through {@code DirectoryAdmin}, adding an item when {@code id} is null.
     *
     * @return the confirmation the list shows after the redirect
     * @throws FieldProblem for a rule only the service can check, shown next to its field
     */
    abstract String save(Long id, F form);

    abstract void setActive(long id, boolean active);

    /** The items listed under {@code parent} (for a flat kind, all of them). */
    abstract List<T> items(Long parent);

    /** One cell for each of the page's columns. */
    abstract List<ReferencePage.Cell> cells(T item);

    abstract ReferencePage page(Long editing, F form);

    /** The tree level the form adds to; flat kinds have none. */
    Long parentOf(F form) {
        return null;
    }

    /** The tree level the item belongs to, to come back to it; flat kinds have none. */
    Long parentOf(long id) {
        return null;
    }

    /** The item's edit page; none unless the kind has one. */
    String editUrl(long id) {
        return null;
    }

    /** A rename form in the item's row; none unless the kind renames there. */
    ReferencePage.Rename rename(T item) {
        return null;
    }
}
