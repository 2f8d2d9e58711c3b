package org.mashang.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mashang.directory.internal.Region;

/**
 * What one reference-data admin page shows, made by its controller for each request and rendered by
 * {@code directory/reference.html}; everything that differs between kinds is computed here, in Java, so the template
 * holds no expression of its own for any kind.
 *
 * @param title       the browser tab's title
 * @param heading     the page's heading
 * @param formHeading the heading of the form ("添加类别", "修改类别", "在「万楼街道」下添加")
 * @param hint        a line under the form heading, or null
 * @param fields      the form's fields, in order
 * @param columns     the list's column headings, before the state and the actions every list has
 * @param level       for a tree browsed one level at a time, where the page stands in it; null for a flat list
 */
record ReferencePage(String title, String heading, String formHeading, @Nullable String hint, List<Field> fields, List<String> columns,
                     @Nullable Level level) {

    /** A flat list with its form above it: "添加 noun", or "修改 noun" while an item is being edited. */
    static ReferencePage flat(String title, String heading, String noun, Long editing, String hint, List<Field> fields,
                              List<String> columns) {
        return new ReferencePage(title, heading, (editing == null ? "添加" : "修改") + noun, hint, fields, columns, null);
    }

    /** A flat list has its form first; a tree level lists what is in it, then offers to add below. */
    public List<String> parts() {
        return level == null ? List.of("form", "list") : List.of("list", "form");
    }

    /** Whether the form is shown: a tree level only offers it where something may be added. */
    public boolean addable() {
        return level == null || level.addable();
    }

    /** Items of a tree level are added here and renamed in their row; items of a flat list are saved from this form. */
    public String submit() {
        return level == null ? "保存" : "添加";
    }

    /** The short fields side by side in a grid, then the wide ones below it. */
    public List<FieldGroup> fieldGroups() {
        List<FieldGroup> groups = new ArrayList<>();
        List<Field> grid = fields.stream().filter(f -> !f.wide()).toList();
        List<Field> wide = fields.stream().filter(f -> f.wide() && f.input() != Field.Input.HIDDEN).toList();
        if (!grid.isEmpty()) {
            groups.add(new FieldGroup(true, grid));
        }
        if (!wide.isEmpty()) {
            groups.add(new FieldGroup(false, wide));
        }
        return groups;
    }

    /** Fields that carry where the form adds (a tree level); the form starts with them and ends with their problems. */
    public List<Field> hiddenFields() {
        return fields.stream().filter(f -> f.input() == Field.Input.HIDDEN).toList();
    }

    record FieldGroup(boolean grid, List<Field> fields) {
    }

    /**
     * A form field, bound by its name to the form's field of that name, with its error line under it.
     * The limits are the browser's hints; the form's own checks are what count.
     */
    record Field(String name, String label, Input input, Integer maxLength, Integer min, Integer max, List<Choice> choices,
                 boolean wide) {

        enum Input { TEXT, TEL, NUMBER, SELECT, HIDDEN }

        static Field text(String name, String label, int maxLength) {
            return new Field(name, label, Input.TEXT, maxLength, null, null, List.of(), false);
        }

        /** Phone numbers, landline or mobile, as {@code org.mashang.platform.Phones} reads them. */
        static Field tel(String name, String label) {
            return new Field(name, label, Input.TEL, 20, null, null, List.of(), false);
        }

        static Field number(String name, String label, int min, int max) {
            return new Field(name, label, Input.NUMBER, null, min, max, List.of(), false);
        }

        /** A choice of one, with "请选择" first for nothing chosen yet. */
        static Field select(String name, String label, List<Choice> choices) {
            return new Field(name, label, Input.SELECT, null, null, null, choices, false);
        }

        static Field hidden(String name) {
            return new Field(name, null, Input.HIDDEN, null, null, null, List.of(), true);
        }

        /** Across the whole form rather than in the grid (a long text). */
        Field widened() {
            return new Field(name, label, input, maxLength, min, max, choices, true);
        }
    }

    record Choice(String value, String label) {

        static List<Choice> regions(List<Region> regions) {
            return regions.stream().map(r -> new Choice(String.valueOf(r.id()), r.name())).toList();
        }

        /** Regions of several levels, each with its level so that a street and a district of one name differ. */
        static List<Choice> regionsWithLevel(List<Region> regions) {
            return regions.stream().map(r -> new Choice(String.valueOf(r.id()), r.name() + "（" + r.level().label() + "）")).toList();
        }
    }

    /** One cell of the list: text, or text linking to a page (a station's own page, a region's children). */
    record Cell(String text, String href) {

        static Cell link(String text, String href) {
            return new Cell(text, href);
        }

        /** Cells of the values in order; a value that is already a cell stays as it is. */
        static List<Cell> of(Object... values) {
            return Arrays.stream(values).map(v -> v instanceof Cell cell ? cell : new Cell(v == null ? null : v.toString(), null))
                    .toList();
        }
    }

    /**
     * One item of the list with what may be done to it.
     *
     * @param editUrl   its edit page, or null where items are not edited on a page
     * @param rename    a rename form in the row, or null
     * @param activeUrl where it is switched off and on
     */
    record Row(boolean active, List<Cell> cells, @Nullable String editUrl, @Nullable Rename rename, String activeUrl) {
    }

    /** A rename form in a row: a text field holding the current name and a button. */
    record Rename(String url, String name) {
    }

    record Crumb(String label, String href) {
    }

    /**
     * Where a page of a tree stands.
     *
     * @param crumbs  the way from the top down to this level
     * @param addable whether anything may be added at this level (nothing goes below a block)
     * @param empty   what the list says when this level has nothing yet
     */
    record Level(List<Crumb> crumbs, boolean addable, String empty) {
    }
}
