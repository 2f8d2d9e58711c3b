package org.mashang.dispatch.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.StaffUser;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.mashang.dispatch.internal.RoutingCsv;
import org.mashang.dispatch.internal.RoutingRules;
import org.mashang.platform.UserFacingException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages for the dispatch catalogues (派单目录) of the committees in their region. */
@Controller
@RequestMapping("/admin/routing")
@RequiredArgsConstructor
class RoutingAdminController {

    private static final long MAX_CSV_BYTES = 1024 * 1024;

    private final RoutingRules rules;
    private final RoutingCsv csv;
    private final Directory directory;

    @GetMapping
    String choose(@AuthenticationPrincipal StaffUser admin, @RequestParam(required = false) Long region, Model model) {
        List<Ref> owners = rules.owners(admin);
        if (owners.isEmpty()) {
            throw UserFacingException.notFound("您的辖区内没有街道、区或市，无法维护派单目录");
        }
        Ref owner = region == null ? owners.get(owners.size() - 1) : rules.owner(admin, region);
        return page(owner, owners, model);
    }

    @PostMapping("/{region}/rules")
    String save(@PathVariable long region, @RequestParam(required = false) Long categoryId, @RequestParam(required = false) Long areaId,
                @RequestParam(required = false) Long leadDepartmentId, @RequestParam(required = false) List<Long> coDepartmentIds,
                @RequestParam(required = false) Integer deadlineDays, @AuthenticationPrincipal StaffUser admin, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Ref owner = rules.owner(admin, region);
        try {
            rules.save(admin, region, new RoutingRules.Input(categoryId, areaId, leadDepartmentId, coDepartmentIds, deadlineDays));
        } catch (UserFacingException e) {
            return again(owner, admin, e, model, response);
        }
        redirect.addFlashAttribute("flash", "已保存派单目录");
        return "redirect:/admin/routing?region=" + region;
    }

    @PostMapping("/{region}/rules/{id}/delete")
    String delete(@PathVariable long region, @PathVariable long id, @AuthenticationPrincipal StaffUser admin,
                  RedirectAttributes redirect) {
        rules.delete(admin, region, id);
        redirect.addFlashAttribute("flash", "已删除这一条");
        return "redirect:/admin/routing?region=" + region;
    }

    @GetMapping("/{region}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable long region, @AuthenticationPrincipal StaffUser admin) {
        // with a byte order mark, so that spreadsheet programs read the Chinese as UTF-8
        byte[] body = ("\uFEFF" + csv.export(admin, region)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("派单目录-" + region + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @PostMapping("/{region}/import")
    String importCsv(@PathVariable long region, @RequestParam(required = false) MultipartFile file,
                     @AuthenticationPrincipal StaffUser admin, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) throws IOException {
        Ref owner = rules.owner(admin, region);
        try {
            if (file == null || file.isEmpty()) {
                throw UserFacingException.badRequest("请选择要导入的 CSV 文件");
            }
            if (file.getSize() > MAX_CSV_BYTES) {
                throw UserFacingException.badRequest("文件不能超过 1 MB");
            }
            int count = csv.importRows(admin, region, new String(file.getBytes(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("flash", "已导入 " + count + " 条");
        } catch (UserFacingException e) {
            return again(owner, admin, e, model, response);
        }
        return "redirect:/admin/routing?region=" + region;
    }

    /** The page again with the problem on top, answered 400 so that nothing looks saved. */
    private String again(Ref owner, StaffUser admin, UserFacingException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", e.getMessage());
        return page(owner, rules.owners(admin), model);
    }

    private String page(Ref owner, List<Ref> owners, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("owners", owners);
        model.addAttribute("lines", rules.catalogue(owner.id()));
        model.addAttribute("categories", directory.activeCategories());
        model.addAttribute("areas", rules.areas(owner.id()));
        model.addAttribute("departments", rules.departments(owner.id()));
        return "dispatch/routing";
    }
}
