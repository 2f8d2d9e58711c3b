package org.mashang.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mashang.accounts.StaffUser;
import org.mashang.calendar.Deadlines;
import org.mashang.calendar.Stage;
import org.mashang.calendar.WorkingCalendar;
import org.mashang.cases.Channel;
import org.mashang.cases.CaseWorkflow;
import org.mashang.cases.DispatchSteps;
import org.mashang.cases.ReviewSteps;
import org.mashang.cases.Satisfaction;
import org.mashang.directory.DepartmentRef;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo cases for the demo street, run through the real loop (so timelines, deadlines and statistics are what
 * they would be) on the first start of a database that has the demo street and no cases yet.
 */
@Component
@Order(1) // first: it only runs while there are no cases at all
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final boolean enabled;
    private final CaseRepository cases;
    private final AssignmentRepository assignments;
    private final CaseIntake intake;
    private final CaseWorkflow workflow;
    private final ReviewSteps review;
    private final DispatchSteps dispatch;
    private final Directory directory;
    private final UserDetailsService users;
    private final Deadlines deadlines;
    private final Clock clock;

    DemoCases(@Value("${mashang.demo.enabled:true}") boolean enabled, CaseRepository cases, AssignmentRepository assignments,
              CaseIntake intake, CaseWorkflow workflow,
              ReviewSteps review, DispatchSteps dispatch,
              Directory directory, UserDetailsService users, Deadlines deadlines, Clock clock) {
        this.enabled = enabled;
        this.cases = cases;
        this.assignments = assignments;
        this.intake = intake;
        this.workflow = workflow;
        this.review = review;
        this.dispatch = dispatch;
        this.directory = directory;
        this.users = users;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || directory.deputyByCode("wl01").isEmpty()
                || cases.any()) {
            return;
        }
        StaffUser reviewer = user("shenhe");
        StaffUser dispatcher = user("jiaoban");
        StaffUser liu = user("daibiao01");
        StaffUser chen = user("daibiao02");
        StaffUser zhang = user("daibiao03");
        LocalDate due = WorkingCalendar.lastDayOf(deadlines.dueAt(Stage.ASSIGNMENT, clock.instant()));

        // the example from the source article: street vendors on 莲城大道, solved by 城管办 and 执法中队
        Receipt vendorsReceipt = receipt("wl01", "市容环境", "莲城大道晚上有流动摊贩占道经营，油烟大，行人只能走到机动车道上，很不安全。",
                "王女士", "13900001111", true);
        long vendors = vendorsReceipt.caseId();
        review.accept(reviewer, vendors, null, true, "莲城大道晚上有流动摊贩占道经营，油烟大，行人只能走到机动车道上，很不安全。");
        workflow.reply(liu, vendors, "已到莲城大道现场查看，情况属实，已提请人大工委交办城管办和执法中队。");
        workflow.requestDispatch(liu, vendors, List.of(department("城管办"), department("执法中队")), "晚间占道经营，请联合整治");
        dispatch.dispatch(dispatcher, vendors, List.of(department("城管办"), department("执法中队")), due, "设置警示牌，常态化管理");
        dispatch.report(user("chengguan"), assignment(vendors, "城管办"), "已在莲城大道设置禁止占道经营警示牌，每晚安排巡查。", List.of());
        dispatch.report(user("zhifa"), assignment(vendors, "执法中队"), "已规劝摊贩进入临时疏导点经营，纳入常态化管理。", List.of());
        workflow.replyToResident(liu, vendors, "经城管办和执法中队整治，莲城大道已设置警示牌并常态化管理，感谢您的监督。");
        workflow.evaluate(vendorsReceipt.ticket(), vendorsReceipt.queryCode(), null, Satisfaction.SATISFIED, "摊贩都进了疏导点，路通了",
                true);

        // a larger issue raised at a reception day: the proposals module's demo turns it into a formal proposal
        DeputyCard zhangCard = directory.deputyByCode("wl03").orElseThrow();
        long kindergarten = intake.submit(new NewMessage(new NewMessage.Addressee(zhangCard.id(), zhangCard.stationId(),
                zhangCard.streetId()), Channel.RECEPTION, new NewMessage.Content(category("教育"), null,
                "片区内没有公办幼儿园，孩子只能去很远的民办园，希望新建一所公办幼儿园。", true, List.of()), NewMessage.Resident.ANONYMOUS,
                null, null)).caseId();
        review.accept(reviewer, kindergarten, null, true, "片区内没有公办幼儿园，希望新建一所公办幼儿园。");
        workflow.reply(zhang, kindergarten, "这是片区群众普遍关心的问题，我将作为代表建议提交。");

        // waiting for the department
        long lamps = submit("wl02", "市容环境", "桃源路社区3栋到5栋之间的路灯坏了一个多星期，晚上老人出门不方便。", "李先生", "13700002222", true);
        review.accept(reviewer, lamps, null, true, "桃源路社区3栋到5栋之间的路灯坏了一个多星期，晚上老人出门不方便。");
        workflow.reply(chen, lamps, "收到，已联系社区核实，提请交办维修。");
        workflow.requestDispatch(chen, lamps, List.of(department("城管办")), null);
        dispatch.dispatch(dispatcher, lamps, List.of(department("城管办")), due, "请尽快维修");

        // waiting for the deputy's first reply
        long noise = submit("wl01", "邻里纠纷", "楼下商铺晚上十点以后还在放很大声的音乐，影响休息。", null, null, true);
        review.accept(reviewer, noise, null, true, "楼下商铺晚上十点以后还在放很大声的音乐，影响休息。");

        // solved directly by the deputy
        long bus = submit("wl02", "道路交通", "湘竹村公交站的候车亭被风吹坏了，下雨天没地方躲雨。", null, null, true);
        review.accept(reviewer, bus, null, true, "湘竹村公交站的候车亭被风吹坏了，下雨天没地方躲雨。");
        workflow.reply(chen, bus, "已联系公交公司。");
        workflow.resolve(chen, bus, "公交公司已于本周修复候车亭。");

        // not accepted, with the reason shown to the resident
        long advert = submit("wl04", "其他", "推荐一款理财产品，收益很高，欢迎咨询。", null, null, false);
        review.reject(reviewer, advert, "不属于人大代表履职范围：广告推销信息");

        // a message left for the whole station, and one still waiting for review
        long pool = intake.submit(new NewMessage(new NewMessage.Addressee(null, station().id(), station().streetId()),
                Channel.STATION_CODE, new NewMessage.Content(category("物业小区"), null, "青山社区的物业公司更换后，垃圾清运不及时，楼道里有异味。",
                false, List.of()), NewMessage.Resident.ANONYMOUS, null, null)).caseId();
        review.accept(reviewer, pool, deputy("wl05"), false, null);
        submit("wl06", "就业社保", "想咨询一下灵活就业人员怎么在社区办理养老保险。", null, null, true);
        log.info("Demo cases created: the closed loop of 莲城大道's street vendors and {} others", 7);
    }

    private long submit(String deputyCode, String category, String text, String name, String phone, boolean wantsPublic) {
        return receipt(deputyCode, category, text, name, phone, wantsPublic).caseId();
    }

    private Receipt receipt(String deputyCode, String category, String text, String name, String phone, boolean wantsPublic) {
        DeputyCard deputy = directory.deputyByCode(deputyCode).orElseThrow();
        return intake.submit(new NewMessage(new NewMessage.Addressee(deputy.id(), deputy.stationId(), deputy.streetId()),
                Channel.DEPUTY_CODE, new NewMessage.Content(category(category), null, text, wantsPublic, List.of()),
                new NewMessage.Resident(name, phone, null, false), null, null));
    }

    private StaffUser user(String username) {
        return (StaffUser) users.loadUserByUsername(username);
    }

    private long department(String name) {
        return directory.activeDepartments().stream().filter(d -> d.name().equals(name)).map(DepartmentRef::id).findFirst()
                .orElseThrow();
    }

    private long category(String name) {
        return directory.activeCategories().stream().filter(c -> c.name().equals(name)).map(Ref::id).findFirst().orElseThrow();
    }

    private long deputy(String code) {
        return directory.deputyByCode(code).orElseThrow().id();
    }

    private org.mashang.directory.StationCard station() {
        return directory.stationByCode("wanlou").orElseThrow();
    }

    private long assignment(long caseId, String department) {
        return assignments.ofCase(caseId).stream().filter(a -> a.departmentName().equals(department)).findFirst().orElseThrow().id();
    }
}
