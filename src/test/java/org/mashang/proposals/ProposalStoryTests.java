package org.mashang.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.TestData;
import org.mashang.TestData.Street;
import org.mashang.TestImages;
import org.mashang.cases.LoopDriverAccess;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyLevel;
import org.mashang.platform.Zones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A resident's case grows into a city deputy's proposal: drafted and submitted by the deputy, registered and assigned by
 * the committee, answered by the lead unit on its clock, evaluated (unsatisfied → handled again once), followed in public.
 * On a street of each test's own: a city deputy (the lead), a district deputy, a second city deputy (the co-signer), and
 * its district's bureaus 教育局 and 住建局.
 */
@IntegrationTest
class ProposalStoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    LoopDriverAccess loop;
    TestData data;
    Street street;
    /** The city deputy who leads the proposal (as the demo's 张丽萍). */
    String lead;
    /** 教育局's and 住建局's accounts. */
    String education;
    String housing;

    @BeforeEach
    void setUp() {
        loop = new LoopDriverAccess(mvc, jdbc, users);
        data = TestData.of(mvc);
        street = data.street().levels(DeputyLevel.CITY, DeputyLevel.COUNTY, DeputyLevel.CITY)
                .withDistrictCommittee("教育局", "住建局").create();
        lead = street.deputy().username();
        education = bureau(0).username();
        housing = bureau(1).username();
    }

    @AfterEach
    void tearDown() {
        data.close();
    }

    TestData.Person bureau(int index) {
        return street.districtCommittee().departments().get(index);
    }

    @Test
    void aCaseBecomesAProposalThatIsAnsweredEvaluatedHandledAgainAndFollowedInPublic() throws Exception {
        Receipt r = acceptedCaseOfTheLead("片区内缺少公办托育机构，双职工家庭孩子没人带");
        loop.as(lead, get("/deputy/proposals/new").param("cases", Long.toString(r.caseId())))
                .andExpect(status().isOk()).andExpect(content().string(containsString(r.ticket())));

        // co-signers must be serving deputies of the same level
        loop.post(lead, "/deputy/proposals", "title", "关于增设公办托育机构的建议", "body", "内容", "cases", Long.toString(r.caseId()),
                "cosigners", Long.toString(street.deputies().get(1).id())).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("附议代表须为市人大代表")));
        // only the deputy's own cases
        loop.post(street.deputies().get(1).username(), "/deputy/proposals", "title", "t", "body", "b", "cases", Long.toString(r.caseId()))
                .andExpect(status().isBadRequest());
        loop.post(lead, "/deputy/proposals", "title", "关于增设公办托育机构的建议",
                        "body", "建议利用社区用房增设公办托育点。联系人电话 13912345678。", "cases", Long.toString(r.caseId()),
                        "cosigners", Long.toString(street.deputies().get(2).id()))
                .andExpect(status().is3xxRedirection());
        long id = loop.id("select proposal_id from proposal_case where case_id = ?", r.caseId());
        mvc.perform(get("/proposals/" + id)).andExpect(status().isNotFound()); // a draft is the deputy's own
        loop.as(street.deputies().get(1).username(), get("/deputy/proposals/" + id)).andExpect(status().isNotFound());
        loop.as(street.deputies().get(2).username(), get("/deputy/proposals/" + id)).andExpect(status().isOk()); // the co-signer reads it

        loop.post(lead, "/deputy/proposals/" + id + "/submit").andExpect(status().is3xxRedirection());
        assertThat(caseState(r.caseId())).isEqualTo("PROPOSAL");
        mvc.perform(get("/cases/" + r.ticket())).andExpect(content().string(containsString("已形成代表建议")))
                .andExpect(content().string(containsString("/proposals/case/" + r.ticket())));
        mvc.perform(get("/proposals/case/" + r.ticket())).andExpect(redirectedUrl("/proposals/" + id));
        loop.post(lead, "/deputy/proposals/" + id + "/submit").andExpect(status().isConflict());

        // the committee registers and assigns: 教育局 leads, 住建局 co-handles
        loop.post(street.dispatcher(), "/dispatch/proposals/" + id + "/assign", "congress", "湘潭市第十七届人大", "session", "测试会议",
                "lead", Long.toString(bureau(0).id()), "coHandlers", Long.toString(bureau(1).id())).andExpect(status().is3xxRedirection());
        assertThat(column(id, "state")).isEqualTo("ASSIGNED");
        LocalDate today = LocalDate.now(Zones.CHINA);
        assertThat(column(id, "due_date")).isEqualTo(ProposalClock.dueDate(today, false).toString());
        assertThat(loop.id("select count(*) from notification_outbox where template_key = 'department-new-assignment' and ticket = ?",
                "建议-" + id)).isPositive();
        mvc.perform(get("/proposals/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("湘潭市第十七届人大测试会议 第")))
                .andExpect(content().string(containsString("教育局"))).andExpect(content().string(containsString("住建局")))
                .andExpect(content().string(not(containsString("13912345678"))));

        // only the lead unit answers; the letter must be a real PDF
        answer(id, housing, "A", "答复", null).andExpect(status().isNotFound());
        answer(id, education, "B", "答复", "not a pdf".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("PDF")));
        answer(id, education, null, "答复", null).andExpect(status().isBadRequest());
        assertThat(column(id, "state")).isEqualTo("ASSIGNED");
        answer(id, education, "C", "条件暂不具备，列入规划研究。", pdf()).andExpect(status().is3xxRedirection());
        assertThat(column(id, "state")).isEqualTo("ANSWERED");
        assertThat(column(id, "answered_on_time")).isEqualTo("true");
        assertThat(caseState(r.caseId())).isEqualTo("PROPOSAL_ANSWERED");
        String letter = column(id, "answer_file_id");
        mvc.perform(get("/proposals/" + id + "/files/" + letter)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));

        // 不满意 → handled again once, on a new clock
        loop.post(lead, "/deputy/proposals/" + id + "/evaluate", "evaluation", "UNSATISFIED", "comment", "答复不具体")
                .andExpect(status().is3xxRedirection());
        assertThat(column(id, "state")).isEqualTo("REHANDLING");
        assertThat(column(id, "rehandled")).isEqualTo("true");
        answer(id, education, "B", "已列入明年计划，利用社区用房改建托育点。", null).andExpect(status().is3xxRedirection());
        assertThat(column(id, "state")).isEqualTo("REANSWERED");
        loop.post(lead, "/deputy/proposals/" + id + "/evaluate", "evaluation", "UNSATISFIED").andExpect(status().is3xxRedirection());
        assertThat(column(id, "state")).isEqualTo("CLOSED");
        loop.post(lead, "/deputy/proposals/" + id + "/evaluate", "evaluation", "SATISFIED").andExpect(status().isConflict());

        // progress of a B answer, photos without their metadata
        var progress = multipart("/department/proposals/" + id + "/progress")
                .file(new MockMultipartFile("photos", "site.jpg", "image/jpeg", TestImages.jpegWithExif(64, 48, 1)))
                .param("stage", "APPROVED").param("onDate", today.toString()).param("note", "托育点已立项");
        loop.as(education, progress).andExpect(status().is3xxRedirection());
        String photo = jdbc.sql("""
                        select cast(ph.file_id as text) from proposal_progress_photo ph join proposal_progress pr on pr.id = ph.progress_id
                        where pr.proposal_id = ?""").param(1, id).query(String.class).single();
        byte[] stored = mvc.perform(get("/proposals/" + id + "/files/" + photo)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.EXIF_MARKER);
        loop.post(education, "/department/proposals/" + id + "/progress", "stage", "DONE", "onDate", today.plusDays(3).toString(),
                "note", "x").andExpect(status().isBadRequest());
        mvc.perform(get("/proposals/" + id)).andExpect(content().string(containsString("托育点已立项")))
                .andExpect(content().string(containsString("不满意")));
        mvc.perform(get("/proposals").param("answerClass", "B").param("unit", Long.toString(bureau(0).id())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("关于增设公办托育机构的建议")));
        mvc.perform(get("/proposals").param("answerClass", "D")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("关于增设公办托育机构的建议"))));
    }

    @Test
    void progressIsOnlyForAAndBAnswers() throws Exception {
        long id = assigned("关于增设路口信号灯的建议");
        answer(id, education, "D", "留作参考", null).andExpect(status().is3xxRedirection());
        loop.post(education, "/department/proposals/" + id + "/progress", "stage", "APPROVED",
                "onDate", LocalDate.now(Zones.CHINA).toString(), "note", "x").andExpect(status().isConflict());
    }

    @Test
    void numbersRunPerCongressAndSession() throws Exception {
        long first = assigned("关于第一件的建议", "编号测试会议");
        long second = assigned("关于第二件的建议", "编号测试会议");
        assertThat(Integer.parseInt(column(second, "number"))).isEqualTo(Integer.parseInt(column(first, "number")) + 1);
        long other = assigned("关于另一会次的建议", "另一编号测试会议");
        assertThat(column(other, "number")).isEqualTo("1");
    }

    // helpers, shared with the clock's tests

    Receipt acceptedCaseOfTheLead(String text) throws Exception {
        Receipt r = loop.submit(street.deputyPage(), text, street.block());
        loop.post(street.reviewer(), "/review/cases/" + r.caseId() + "/accept", "makePublic", "true", "publicText", text);
        loop.post(lead, "/deputy/cases/" + r.caseId() + "/reply", "text", "我将作为代表建议提出");
        return r;
    }

    long assigned(String title) throws Exception {
        return assigned(title, "测试会议");
    }

    long assigned(String title, String session) throws Exception {
        loop.post(lead, "/deputy/proposals", "title", title, "body", "建议内容").andExpect(status().is3xxRedirection());
        long id = loop.id("select max(id) from proposal where title = ?", title);
        loop.post(lead, "/deputy/proposals/" + id + "/submit").andExpect(status().is3xxRedirection());
        loop.post(street.dispatcher(), "/dispatch/proposals/" + id + "/assign", "congress", "湘潭市第十七届人大", "session", session,
                "lead", Long.toString(bureau(0).id())).andExpect(status().is3xxRedirection());
        return id;
    }

    org.springframework.test.web.servlet.ResultActions answer(long id, String unit, String answerClass, String text, byte[] letter)
            throws Exception {
        var request = multipart("/department/proposals/" + id + "/answer").param("text", text);
        if (answerClass != null) {
            request.param("answerClass", answerClass);
        }
        if (letter != null) {
            request.file(new MockMultipartFile("letter", "answer.pdf", "application/pdf", letter));
        }
        return loop.as(unit, request);
    }

    String caseState(long caseId) {
        return jdbc.sql("select state from cases where id = ?").param(1, caseId).query(String.class).single();
    }

    String column(long id, String column) {
        return jdbc.sql("select cast(" + column + " as text) from proposal where id = ?").param(1, id)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
