package org.mashang.cases.web;

import org.mashang.cases.internal.Followers;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.springframework.ui.Model;

/** The tracking page of a resident who follows a case (我也反映, or whose message was merged into it). */
final class FollowerPages {

    private FollowerPages() {
    }

    static String show(Followers.Followed followed, Directory directory, Model model) {
        var c = followed.followed();
        model.addAttribute("f", followed);
        model.addAttribute("answer", followed.latestAnswer().orElse(null));
        model.addAttribute("category", directory.category(c.categoryId()).map(Ref::name).orElse(""));
        model.addAttribute("deputy", c.deputyId() == null ? null : directory.deputy(c.deputyId()).orElse(null));
        return "cases/resident/track-follower";
    }
}
