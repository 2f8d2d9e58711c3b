package org.mashang.cases.web;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.CaseState;
import org.mashang.cases.WallCount;
import org.mashang.cases.WallCursor;
import org.mashang.cases.WallFilter;
import org.mashang.cases.WallPage;
import org.mashang.directory.Directory;
import org.mashang.platform.FilterOptions;
import org.mashang.platform.UserFacingException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public wall (留言墙): public cases with personal data masked, and each one's public timeline. */
@Controller
@RequiredArgsConstructor
class WallController {

    /** About as many blocks as a street has (the demo street: 6 communities with their blocks). */
    static final int BLOCKS_PER_STREET = 40;
    /** About as many deputies as a station has (the demo station: 15 of three levels). */
    static final int DEPUTIES_PER_STATION = 15;

    private final CaseQueries queries;
    private final Directory directory;

    @GetMapping("/cases")
    String wall(@RequestParam(required = false) Long deputy, @RequestParam(required = false) Long block,
                @RequestParam(required = false) Long category, @RequestParam(required = false) CaseState state,
                @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String from, Model model) {
        WallCursor start = WallCursor.parse(from).orElse(null);
        // a page reached by its number skips the rows before it, so only the first few; the links read by index
        if (page < 0 || start == null && page >= WallFilter.NUMBERED_PAGES) {
            throw UserFacingException.badRequest("页码不正确");
        }
        WallFilter filter = new WallFilter(deputy, block, category, state, page, start);
        WallCount total = queries.wallCount(filter);
        WallPage shown = queries.wallPage(filter);
        model.addAttribute("items", shown.items());
        model.addAttribute("newer", shown.newer() == null ? null : shown.newer().token());
        model.addAttribute("older", shown.older() == null ? null : shown.older().token());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(page + 1, total.pages()));
        model.addAttribute("filter", filter);
        model.addAttribute("categories", directory.activeCategories());
        // a street has a few dozen blocks and deputies; across hundreds of stations the lists are neither made nor shown
        // (a province's 100,016 deputies were read again every time the directory's cache renewed: seconds for one page)
        var stations = directory.activeStations();
        model.addAttribute("deputies", FilterOptions.upTo(stations.size(), DEPUTIES_PER_STATION, directory::activeDeputies));
        model.addAttribute("blocks", FilterOptions.upTo(stations.size(), BLOCKS_PER_STREET, () -> stations.stream()
                .flatMap(s -> directory.blocksOfStreet(s.streetId()).stream()).distinct().toList()));
        model.addAttribute("states", CaseState.values());
        return "cases/wall";
    }

    @GetMapping("/cases/{ticket}")
    String one(@PathVariable String ticket, Model model) {
        model.addAttribute("c", queries.publicCase(ticket)
                .orElseThrow(() -> UserFacingException.notFound("没有找到这条公开留言")));
        return "cases/public-case";
    }

    @GetMapping("/cases/{ticket}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String ticket, @PathVariable UUID fileId) {
        var file = queries.publicFile(ticket, fileId).orElseThrow(() -> UserFacingException.notFound("没有找到这张照片"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }
}
