package org.mashang.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mashang.IntegrationTest;
import org.mashang.PerTestData;
import org.mashang.TestData;
import org.mashang.cases.CaseFigures;
import org.mashang.cases.CaseState;
import org.mashang.cases.DeputyFigures;
import org.mashang.cases.LoopDriverAccess;
import org.mashang.cases.internal.Receipt;
import org.mashang.stats.internal.RollUpsSettled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A deputy's yearly case figures come from the roll-ups; they agree with counts taken directly from the case tables
 * and follow each change of a case, on the deputy's public page too.
 */
@IntegrationTest
class DeputyCaseFiguresTests {

    /** Each test's streets, retired after it. */
    @RegisterExtension
    final PerTestData data = new PerTestData();

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CaseFigures figures;

    @Autowired
    Clock clock;

    long count(long deputy, int year, String where) {
        return jdbc.sql("select count(*) from cases where deputy_id = :d and " + yearOf("submitted_at", year) + " and (" + where + ")")
                .param("d", deputy).query(Long.class).single();
    }

    long stages(long deputy, int year, String where) {
        return jdbc.sql("select count(*) from case_stage s join cases c on c.id = s.case_id where s.stage = 'FIRST_REPLY' and "
                        + "s.completed_at is not null and c.deputy_id = :d and " + yearOf("c.submitted_at", year) + " and (" + where + ")")
                .param("d", deputy).query(Long.class).single();
    }

    static String yearOf(String column, int year) {
        return "extract(year from " + column + " at time zone 'Asia/Shanghai') = " + year;
    }

    DeputyFigures of(long deputy, int year) {
        return figures.deputy(deputy, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    void assertAgreeWithTheCases(long deputy, int year) {
        DeputyFigures f = of(deputy, year);
        assertThat(f.received()).isEqualTo(count(deputy, year, "true"));
        assertThat(f.accepted()).isEqualTo(count(deputy, year, "accepted_at is not null"));
        assertThat(f.closed()).isEqualTo(count(deputy, year, "closed_at is not null"));
        assertThat(f.firstReplies()).isEqualTo(stages(deputy, year, "true"));
        assertThat(f.firstRepliesOnTime()).isEqualTo(stages(deputy, year, "s.completed_at < s.due_at"));
        assertThat(f.evaluated()).isEqualTo(count(deputy, year, "satisfaction is not null"));
        assertThat(f.satisfied()).isEqualTo(count(deputy, year, "satisfaction = 'SATISFIED'"));
        assertThat(f.basicallySatisfied()).isEqualTo(count(deputy, year, "satisfaction = 'BASICALLY_SATISFIED'"));
        assertThat(f.unsatisfied()).isEqualTo(count(deputy, year, "satisfaction = 'UNSATISFIED'"));
        assertThat(f.reopened()).isEqualTo(count(deputy, year, "reopen_count > 0"));
    }

    String publicPage(TestData.Street street) throws Exception {
        return mvc.perform(get(street.deputyPage())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFiguresAgreeWithTheCasesAndFollowEachChange() throws Exception {
        LoopDriverAccess loop = new LoopDriverAccess(mvc, jdbc, users);
        TestData.Street street = data.street().create();
        long deputy = street.deputy().id();
        int year = LocalDate.now(clock).getYear();
        assertAgreeWithTheCases(deputy, year);
        DeputyFigures before = of(deputy, year);

        Receipt answered = street.caseIn(CaseState.SUBMITTED, "代表数据：答复并解决的留言");
        Receipt waiting = street.caseIn(CaseState.SUBMITTED, "代表数据：待审核的留言");
        RollUpsSettled.now(context); // the residents' messages are folded soon after their commit
        assertThat(of(deputy, year).received()).isEqualTo(before.received() + 2);
        assertThat(publicPage(street)).contains("收到 " + (before.received() + 2) + " 件");

        loop.post(street.reviewer(), "/review/cases/" + answered.caseId() + "/accept");
        assertThat(of(deputy, year).accepted()).isEqualTo(before.accepted() + 1);
        loop.post(street.deputy().username(), "/deputy/cases/" + answered.caseId() + "/reply", "text", "已到现场查看");
        loop.post(street.deputy().username(), "/deputy/cases/" + answered.caseId() + "/resolve", "text", "已解决");
        DeputyFigures closed = of(deputy, year);
        assertThat(closed.closed()).isEqualTo(before.closed() + 1);
        assertThat(closed.firstReplies()).isEqualTo(before.firstReplies() + 1);
        assertThat(publicPage(street)).contains("办结 " + closed.closed() + " 件");

        loop.evaluate(answered.caseId(), "BASICALLY_SATISFIED");
        DeputyFigures evaluated = of(deputy, year);
        assertThat(evaluated.evaluated()).isEqualTo(before.evaluated() + 1);
        assertThat(evaluated.basicallySatisfied()).isEqualTo(before.basicallySatisfied() + 1);
        assertThat(evaluated.received()).isEqualTo(before.received() + 2);
        assertThat(waiting.caseId()).isNotEqualTo(answered.caseId());
        assertAgreeWithTheCases(deputy, year);

        // nothing for a year without cases, and only whole months are asked for
        assertThat(of(deputy, 2001).received()).isZero();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> figures.deputy(deputy, LocalDate.of(year, 1, 5), LocalDate.of(year, 12, 31)));
    }
}
