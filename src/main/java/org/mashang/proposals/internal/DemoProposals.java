package org.mashang.proposals.internal;

import java.time.LocalDate;
import java.util.List;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseProposals;
import org.mashang.cases.ProposableCase;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.Directory;
import org.mashang.platform.Zones;
import org.mashang.proposals.AnswerClass;
import org.mashang.proposals.DeputyEvaluation;
import org.mashang.proposals.ProgressStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The seed's kindergarten: raised at a reception day, investigated by deputies, submitted as a city deputy's proposal
 * with co-signers, assigned to 教育局 with 住建局, answered class A, and followed until the new kindergarten enrols
 * children. Run through the real register on the first start of a demo database with no proposals yet.
 */
@Component
@Order(3) // after the demo cases, whose kindergarten case it takes up
class DemoProposals implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    private final boolean enabled;
    private final ProposalRepository proposals;
    private final ProposalService service;
    private final CaseProposals cases;
    private final Directory directory;
    private final UserDetailsService users;
    private final java.time.Clock clock;

    DemoProposals(@Value("${mashang.demo.enabled:true}") boolean enabled, ProposalRepository proposals, ProposalService service,
                  CaseProposals cases, Directory directory, UserDetailsService users, java.time.Clock clock) {
        this.enabled = enabled;
        this.proposals = proposals;
        this.service = service;
        this.cases = cases;
        this.directory = directory;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || directory.deputyByCode("wl03").isEmpty()
                || proposals.anyDrafted()) {
            return;
        }
        StaffUser zhang = user("daibiao03");
        List<Long> kindergarten = cases.proposable(zhang).stream().filter(c -> c.excerpt().contains("幼儿园"))
                .map(ProposableCase::id).toList();
        if (kindergarten.isEmpty()) {
            return;
        }
        long id = service.draft(zhang, "关于在万楼片区新建公办幼儿园的建议",
                "万楼片区现有常住人口约三万人，片区内没有公办幼儿园，适龄儿童只能到较远的民办园就读，费用高、接送难。"
                        + "接待日群众集中反映后，代表走访了片区内的小区和民办园。\n建议：一、将万楼片区公办幼儿园纳入学前教育布局规划；"
                        + "二、利用片区配套用房改建一所公办幼儿园；三、新园建成前，协调周边公办园扩大招生。",
                kindergarten, List.of(deputy("wl04"), deputy("wl05")));
        service.submit(zhang, id);
        service.assign(user("jiaoban"), id, "湘潭市第十七届人大", "第三次会议", department("教育局"), List.of(department("住建局")), false);
        StaffUser jiaoyu = user("jiaoyu");
        service.answer(jiaoyu, id, AnswerClass.A, "经研究，已将万楼片区公办幼儿园纳入学前教育布局规划，由住建局配合利用片区配套用房改建，"
                + "设9个班、270个学位，计划于明年秋季招生。", null);
        service.evaluate(zhang, id, DeputyEvaluation.SATISFIED, "答复具体，请按计划推进");
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        service.progress(jiaoyu, id, ProgressStage.APPROVED, today, "区发改局已批复立项，改建方案通过评审。", List.of());
        service.progress(jiaoyu, id, ProgressStage.BUILDING, today, "改建工程开工，住建局督促施工进度。", List.of());
        service.progress(jiaoyu, id, ProgressStage.DONE, today, "新园建成，已招生，首批入园幼儿 180 名。", List.of());
        log.info("Demo proposal recorded: the kindergarten of 万楼片区");
    }

    private StaffUser user(String username) {
        return (StaffUser) users.loadUserByUsername(username);
    }

    private long deputy(String code) {
        return directory.deputyByCode(code).orElseThrow().id();
    }

    private long department(String name) {
        return directory.activeDepartments().stream().filter(d -> d.name().equals(name)).map(DepartmentRef::id).findFirst()
                .orElseThrow();
    }
}
