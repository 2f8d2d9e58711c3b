package org.mashang.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.CaseState;
import org.mashang.cases.WallCursor;
import org.mashang.cases.WallFilter;
import org.mashang.cases.WallPage;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.platform.SiteProperties;
import org.mashang.platform.UserFacingException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public wall as JSON: reviewed public cases, masked, and one case with its public timeline. */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = "application/json")
@Tag(name = "公开的留言")
@RequiredArgsConstructor
class CasesApiController {

    private final CaseQueries cases;
    private final Directory directory;
    private final SiteProperties site;

    @GetMapping
    @Operation(summary = "公开的留言，新的在前", description = "每页 20 条；可按代表代码、区块、类别、状态筛选。"
            + "page 只用于前 10 页（0–9）；之后的页用上一页答复中的 next：?after={next}（筛选条件照旧带上），"
            + "next 为 null 时已是最后一页")
    ApiViews.Page<ApiViews.Case> wall(@RequestParam(required = false) String deputy, @RequestParam(required = false) Long block,
                                     @RequestParam(required = false) Long category, @RequestParam(required = false) CaseState state,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after) {
        // a page by its number skips the rows before it: only the first few; the rest are read by index from the cursor
        WallCursor start = WallCursor.parse(after).orElse(null);
        if (start != null && !start.older()) {
            throw UserFacingException.badRequest("after 须是上一页答复中的 next");
        }
        if (start != null && page != 0) {
            throw UserFacingException.badRequest("page 和 after 不能同时使用：after 之后的页只用 after");
        }
        if (page < 0 || page >= WallFilter.NUMBERED_PAGES) {
            throw UserFacingException.badRequest("page 须在 0 到 " + (WallFilter.NUMBERED_PAGES - 1)
                    + " 之间；更后面的页请用上一页答复中的 next：?after={next}");
        }
        Long deputyId = deputy == null ? null : directory.deputyByCode(deputy).map(DeputyCard::id)
                .orElseThrow(() -> UserFacingException.notFound("没有代表使用代码 " + deputy));
        WallFilter filter = new WallFilter(deputyId, block, category, state, page, start);
        WallPage shown = cases.wallPage(filter);
        return new ApiViews.Page<>(shown.items().stream().map(c -> ApiViews.Case.of(c, false, site)).toList(),
                cases.wallCount(filter).cases(), start == null ? page : null, WallFilter.PAGE_SIZE,
                shown.older() == null ? null : shown.older().token());
    }

    @GetMapping("/{ticket}")
    @Operation(summary = "一条公开的留言及其办理过程", description = "ticket 为工单号；不公开或未审核的留言一律 404")
    ApiViews.Case one(@PathVariable String ticket) {
        return cases.publicCase(ticket).map(c -> ApiViews.Case.of(c, true, site))
                .orElseThrow(() -> UserFacingException.notFound("没有这条公开的留言：" + ticket));
    }
}
