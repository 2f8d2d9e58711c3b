package org.mashang.cases.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseSearch;
import org.mashang.cases.CaseSearch.Filter;
import org.mashang.cases.CaseState;
import org.mashang.directory.Directory;
import org.mashang.directory.RegionLevel;
import org.mashang.platform.FilterOptions;
import org.mashang.platform.UserFacingException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff's one search page (检索留言), linked from every workbench: a user with several roles searches as one of them
 * at a time, within that role's data scope, and each result opens in that role's workbench.
 */
@Controller
@RequiredArgsConstructor
class CaseSearchController {

    /** The role searched as when none is asked for: the one whose scope is widest. */
    /** About how many deputies serve at a station, to tell whether the deputy filter's list can be short. */
    static final int DEPUTIES_PER_STATION = 20;
    private static final List<Role> ORDER = List.of(Role.ADMIN, Role.DISPATCHER, Role.REVIEWER, Role.DEPUTY, Role.DEPARTMENT);
    private static final Map<Role, String> OPEN_IN = Map.of(Role.ADMIN, "/admin/cases", Role.REVIEWER, "/review/cases",
            Role.DISPATCHER, "/dispatch/cases", Role.DEPUTY, "/deputy/cases", Role.DEPARTMENT, "/department/cases");

    private final CaseSearch search;
    private final Directory directory;
    private final org.mashang.calendar.UrgencyClocks urgency;

    @GetMapping("/staff/search")
    String search(@RequestParam(name = "as", required = false) Role as, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String after, @RequestParam Map<String, String> params,
                  @AuthenticationPrincipal StaffUser user, Model model) {
        Role role = as != null ? as : ORDER.stream().filter(user::has).findFirst().orElseThrow();
        if (!user.has(role)) {
            throw UserFacingException.forbidden("您没有“" + role.label() + "”角色，不能以此身份检索");
        }
        if (q != null && q.length() > 100) {
            throw UserFacingException.badRequest("检索内容最多 100 个字");
        }
        Map<Filter, Object> filters = filters(params);
        CaseSearch.Page page = search.search(user, role, new CaseSearch.Query(q, filters, cursor(after)));
        model.addAttribute("page", page);
        model.addAttribute("role", role);
        model.addAttribute("roles", ORDER.stream().filter(user::has).toList());
        model.addAttribute("openIn", OPEN_IN.get(role));
        model.addAttribute("q", q == null ? "" : q);
        // the same search, from the page after this one (the cursor is the last case shown) or from the start
        model.addAttribute("nextUrl", page.next() == null ? null : link(params, page.next().token()));
        model.addAttribute("firstUrl", link(params, null));
        model.addAttribute("filters", params);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("urgencies", java.util.Arrays.stream(org.mashang.calendar.Urgency.values())
                .map(u -> java.util.Map.entry(u.name(), urgency.name(u))).toList());
        model.addAttribute("categories", directory.activeCategories());
        // a few stations' deputies fit in the list; a province's 100,016 are not read (every 30 s, on a search page, they
        // took the application's heap: OutOfMemoryError at 1,000,000 cases with -Xmx512m)
        var stations = directory.activeStations();
        model.addAttribute("deputies", FilterOptions.upTo(stations.size(), DEPUTIES_PER_STATION, directory::activeDeputies));
        model.addAttribute("departments", FilterOptions.upTo(directory.activeDepartments()));
        // the blocks of the user's street (a few dozen) in a list; above a street the filter works from a link (a
        // province's 96,000 blocks took seconds to read again whenever the directory's lists were renewed)
        model.addAttribute("blocks", user.regionId() == null
                || directory.regionLevel(user.regionId()).filter(l -> !l.mayContain(RegionLevel.STREET)).isEmpty() ? List.of()
                : FilterOptions.upTo(directory.regionsWithin(user.regionId(), Set.of(RegionLevel.BLOCK))));
        return "cases/search";
    }

    /** Each filter from its parameter; an empty one is left out, a malformed one is the user's error. */
    static Map<Filter, Object> filters(Map<String, String> params) {
        Map<Filter, Object> filters = new EnumMap<>(Filter.class);
        for (Filter f : Filter.values()) {
            String raw = params.getOrDefault(f.param(), "").strip();
            if (raw.isEmpty()) {
                continue;
            }
            try {
                switch (f.kind()) {
                    case ID -> filters.put(f, Long.parseLong(raw));
                    case STATE -> filters.put(f, CaseState.valueOf(raw).name());
                    case NAME -> filters.put(f, raw);
                    case URGENCY -> filters.put(f, org.mashang.calendar.Urgency.valueOf(raw).name());
                    case FLAG -> {
                        if (Boolean.parseBoolean(raw) || raw.equals("on")) {
                            filters.put(f, Boolean.TRUE);
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                throw UserFacingException.badRequest("筛选条件不正确：" + f.param());
            }
        }
        return filters;
    }

    /** This search's link (its filled-in parameters), from the given cursor on. */
    private static String link(Map<String, String> params, String after) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/staff/search");
        params.forEach((name, value) -> {
            if (!name.equals("after") && !value.isBlank()) {
                link.queryParam(name, value);
            }
        });
        if (after != null) {
            link.queryParam("after", after);
        }
        return link.encode().build().toUriString();
    }

    private static CaseSearch.Cursor cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return CaseSearch.Cursor.parse(after.strip());
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("翻页位置不正确，请从第一页重新检索");
        }
    }
}
