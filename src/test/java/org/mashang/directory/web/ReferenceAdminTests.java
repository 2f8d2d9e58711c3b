package org.mashang.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.directory.internal.ReferenceItem;
import org.mashang.directory.web.ReferencePage.Cell;
import org.mashang.directory.web.ReferencePage.Field;
import org.mashang.directory.web.ReferencePage.Row;
import org.mashang.platform.FieldProblem;
import org.mashang.platform.UserFacingException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A kind of reference data that exists only here gets the whole generic admin by saying what differs: list,
 * add, edit, refusal with the form shown again, a rule of the service shown at its field, 404 for a missing item,
 * switching off. No application context: the controller alone, with Spring MVC's binding and validation.
 */
@UnitTest
class ReferenceAdminTests {

    record Tag(long id, String name, boolean active) implements ReferenceItem {
    }

    @Controller
    @RequestMapping("/admin/tags")
    static class TagAdmin extends EditableReferenceAdmin<TagAdmin.Form, Tag> {

        static class Form {
            @NotBlank(message = "请填写标签")
            @Size(max = 10, message = "标签不能超过 10 个字")
            String name;
        }

        final List<Tag> tags = new ArrayList<>(List.of(new Tag(1, "路灯", true)));

        @Override
        Form formOf(long id) {
            Form form = new Form();
            form.name = find(id).name();
            return form;
        }

        @Override
        String save(Long id, Form form) {
            if (tags.stream().anyMatch(t -> t.name().equals(form.name) && !Long.valueOf(t.id()).equals(id))) {
                throw new FieldProblem("name", "已有同名标签");
            }
            if (id == null) {
                tags.add(new Tag(tags.size() + 1, form.name, true));
            } else {
                tags.set(tags.indexOf(find(id)), new Tag(id, form.name, true));
            }
            return "已保存标签：" + form.name;
        }

        @Override
        void setActive(long id, boolean active) {
            Tag tag = find(id);
            tags.set(tags.indexOf(tag), new Tag(id, tag.name(), active));
        }

        @Override
        List<Tag> items(Long parent) {
            return tags;
        }

        @Override
        List<Cell> cells(Tag tag) {
            return Cell.of(tag.name());
        }

        @Override
        ReferencePage page(Long editing, Form form) {
            return ReferencePage.flat("标签管理", "标签", "标签", editing, null, List.of(Field.text("name", "名称", 10)), List.of("标签"));
        }

        Tag find(long id) {
            return tags.stream().filter(t -> t.id() == id).findFirst().orElseThrow(() -> UserFacingException.notFound("标签不存在"));
        }
    }

    /** Stands in for the application's error pages: the status the user would get. */
    @ControllerAdvice
    static class Statuses {
        @ExceptionHandler(UserFacingException.class)
        ResponseEntity<String> userFacing(UserFacingException e) {
            return ResponseEntity.status(e.status()).body(e.getMessage());
        }
    }

    TagAdmin tags;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        tags = new TagAdmin();
        mvc = MockMvcBuilders.standaloneSetup(tags).setControllerAdvice(new Statuses()).build();
    }

    @Test
    void theListHasAnEmptyFormAndEveryItemsActions() throws Exception {
        var model = mvc.perform(get("/admin/tags")).andExpect(status().isOk()).andExpect(view().name("directory/reference"))
                .andExpect(model().attribute("action", "/admin/tags")).andExpect(model().attribute("editing", (Object) null))
                .andReturn().getModelAndView().getModel();
        assertThat(model.get("form")).isInstanceOf(TagAdmin.Form.class);
        assertThat(((TagAdmin.Form) model.get("form")).name).isNull();
        assertThat(((ReferencePage) model.get("page")).formHeading()).isEqualTo("添加标签");
        assertThat(model.get("rows")).isEqualTo(List.of(new Row(true, List.of(new Cell("路灯", null)), "/admin/tags/1", null,
                "/admin/tags/1/active")));
    }

    @Test
    void anItemIsAddedAndEdited() throws Exception {
        mvc.perform(post("/admin/tags").param("name", "垃圾")).andExpect(redirectedUrl("/admin/tags"))
                .andExpect(flash().attribute("flash", "已保存标签：垃圾"));
        assertThat(tags.tags).extracting(Tag::name).containsExactly("路灯", "垃圾");

        var model = mvc.perform(get("/admin/tags/2")).andExpect(status().isOk()).andExpect(model().attribute("action", "/admin/tags/2"))
                .andReturn().getModelAndView().getModel();
        assertThat(((TagAdmin.Form) model.get("form")).name).isEqualTo("垃圾");
        assertThat(((ReferencePage) model.get("page")).formHeading()).isEqualTo("修改标签");

        mvc.perform(post("/admin/tags/2").param("name", "垃圾分类")).andExpect(redirectedUrl("/admin/tags"));
        assertThat(tags.tags).extracting(Tag::name).containsExactly("路灯", "垃圾分类");
    }

    @Test
    void badInputShowsTheFormAgainWithTheProblemAtItsField() throws Exception {
        mvc.perform(post("/admin/tags").param("name", " ")).andExpect(view().name("directory/reference"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attribute("action", "/admin/tags"));
        mvc.perform(post("/admin/tags/1").param("name", "长".repeat(11))).andExpect(view().name("directory/reference"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "Size"))
                .andExpect(model().attribute("action", "/admin/tags/1"));
        // a rule only the service knows comes back as a problem of its field, not as an error page
        mvc.perform(post("/admin/tags").param("name", "路灯")).andExpect(view().name("directory/reference"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "invalid"));
        assertThat(tags.tags).extracting(Tag::name).containsExactly("路灯");
    }

    @Test
    void aMissingItemIsNotFound() throws Exception {
        mvc.perform(get("/admin/tags/9")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/tags/9").param("name", "新")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/tags/9/active").param("value", "false")).andExpect(status().isNotFound());
    }

    @Test
    void anItemIsSwitchedOffAndOn() throws Exception {
        mvc.perform(post("/admin/tags/1/active").param("value", "false")).andExpect(redirectedUrl("/admin/tags"))
                .andExpect(flash().attribute("flash", "已停用"));
        assertThat(tags.tags.get(0).active()).isFalse();
        mvc.perform(post("/admin/tags/1/active").param("value", "true")).andExpect(flash().attribute("flash", "已启用"));
        assertThat(tags.tags.get(0).active()).isTrue();
    }

    @Test
    void theFieldsAreLaidOutShortInTheGridThenWideThenHidden() {
        var page = new ReferencePage("t", "h", "f", null, List.of(Field.hidden("parentId"), Field.text("a", "A", 5),
                Field.text("b", "B", 500).widened(), Field.tel("c", "C")), List.of(), null);
        assertThat(page.fieldGroups()).extracting(ReferencePage.FieldGroup::grid).containsExactly(true, false);
        assertThat(page.fieldGroups().get(0).fields()).extracting(Field::name).containsExactly("a", "c");
        assertThat(page.fieldGroups().get(1).fields()).extracting(Field::name).containsExactly("b");
        assertThat(page.hiddenFields()).extracting(Field::name).containsExactly("parentId");
        assertThat(page.addable()).isTrue();
        assertThat(page.submit()).isEqualTo("保存");
    }
}
