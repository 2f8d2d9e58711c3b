package org.mashang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mashang.IntegrationTest;
import org.mashang.ReferenceData;
import org.mashang.TestData;
import org.mashang.TestImages;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@IntegrationTest
class ResidentMessageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    LoopDriver loop() {
        return new LoopDriver(mvc, jdbc, users);
    }

    /**
     * A street of this class's own with three serving deputies (the first a provincial deputy with a constituency) and a
     * former one, made once, retired after the class.
     */
    static TestData data;
    static TestData.Street street;

    @BeforeEach
    void street() {
        if (street == null) {
            data = TestData.of(mvc);
            street = data.street().levels(DeputyLevel.PROVINCIAL, DeputyLevel.COUNTY, DeputyLevel.COUNTY).withFormerDeputy().create();
            // the first deputy's card names their constituency (选区)
            long constituency = jdbc.sql("insert into constituency (region_id, name) values (?, ?) returning id")
                    .params(street.id(), "测试街道-" + street.key() + "第一选区").query(Long.class).single();
            jdbc.sql("update deputy set constituency_id = ? where id = ?").params(constituency, street.deputy().id()).update();
            ReferenceData.changed(mvc);
        }
    }

    @AfterAll
    static void retire() {
        if (data != null) {
            data.close();
            data = null;
            street = null;
        }
    }

    /** The page of the street's n-th deputy (0 … 2 serving, 3 former). */
    static String page(int n) {
        return "/d/" + street.deputies().get(n).code();
    }

    long categoryId() {
        return street.category();
    }

    long block() {
        return street.block();
    }

    long cases() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    /** A complete, valid message; each override replaces one field ("" for an empty field, null to leave it out). */
    MockMultipartHttpServletRequestBuilder message(String path, String text, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("categoryId", Long.toString(categoryId()));
        fields.put("blockId", Long.toString(block()));
        fields.put("name", "李先生");
        fields.put("phone", "13800001234");
        fields.put("publicChoice", "true");
        fields.put("submissionKey", UUID.randomUUID().toString());
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = multipart(path);
        fields.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        request.with(csrf());
        return request;
    }

    @Test
    void deputyPageShowsTheCardAndTheForm() throws Exception {
        mvc.perform(get(page(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(street.deputy().name())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("省人大代表")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("测试街道-" + street.key() + "第一选区")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("测试社区-" + street.key() + "第1区块")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("提交留言")));
    }

    @Test
    void aValidMessageIsStoredWithPhotosAndTheResidentCanTrackIt() throws Exception {
        long before = cases();
        var result = mvc.perform(message(page(0), "莲城大道晚上有流动摊贩占道经营，影响通行。")
                        .file(new MockMultipartFile("photos", "a.png", "image/png", TestImages.png()))
                        .file(new MockMultipartFile("photos", "b.jpg", "image/jpeg", TestImages.jpeg())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page(0) + "/received"))
                .andReturn();
        assertThat(cases()).isEqualTo(before + 1);
        Receipt receipt = loop().receipt(result);
        assertThat(receipt.ticket()).matches("\\d{6}-\\d{5,}");
        assertThat(receipt.queryCode()).matches("\\d{8}");

        var stored = jdbc.sql("select state, channel, message_text, resident_phone, wants_public, deputy_id from cases where id = :id")
                .param("id", receipt.caseId()).query().singleRow();
        assertThat(stored.get("state")).isEqualTo("SUBMITTED");
        assertThat(stored.get("channel")).isEqualTo("DEPUTY_CODE");
        assertThat(stored.get("resident_phone")).isEqualTo("13800001234");
        assertThat(stored.get("wants_public")).isEqualTo(true);
        assertThat(jdbc.sql("select count(*) from case_photo where case_id = :id").param("id", receipt.caseId()).query(Long.class)
                .single()).isEqualTo(2);

        loop().track(receipt.ticket(), receipt.queryCode())
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("待审核")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("莲城大道晚上有流动摊贩")));
        // the code as printed, with a space, works too
        String spaced = receipt.queryCode().substring(0, 4) + " " + receipt.queryCode().substring(4);
        loop().track(receipt.ticket(), spaced).andExpect(status().isOk());
    }

    @Test
    void theReceiptSurvivesAReloadOnTheSameDeviceWithoutAServerSession() throws Exception {
        var result = mvc.perform(message(page(1), "小区路灯坏了。")).andReturn();
        assertThat(result.getResponse().getCookie("SESSION")).as("no server session for an anonymous resident").isNull();
        var pass = result.getResponse().getCookie("mashang_pass");
        assertThat(pass).isNotNull();
        assertThat(pass.isHttpOnly()).isTrue();
        Receipt receipt = loop().receipt(result);
        // the cookie holds the code sealed: never in clear
        assertThat(pass.getValue()).doesNotContain(receipt.queryCode()).doesNotContain(receipt.ticket());
        for (int reload = 0; reload < 2; reload++) {
            mvc.perform(get(page(1) + "/received").cookie(pass))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(receipt.ticket())))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            receipt.queryCode().substring(0, 4) + " " + receipt.queryCode().substring(4))));
        }
        // the same device follows the case without typing anything, and the code is in no link of the page
        mvc.perform(get("/track/" + receipt.ticket()).cookie(pass)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("小区路灯坏了")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(receipt.queryCode()))));
        // another device (no cookie), or a forged cookie, gets no receipt
        mvc.perform(get(page(1) + "/received")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(receipt.ticket()))));
        mvc.perform(get(page(1) + "/received").cookie(new jakarta.servlet.http.Cookie("mashang_pass", "R|" + receipt.ticket())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(receipt.ticket()))));
        mvc.perform(get("/track/" + receipt.ticket())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("小区路灯坏了"))));
        // a code locked after too many wrong tries opens no receipt either, sealed pass or not
        jdbc.sql("update cases set query_code_locked_at = now() where ticket = ?").param(1, receipt.ticket()).update();
        mvc.perform(get(page(1) + "/received").cookie(pass)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(receipt.ticket()))));
    }

    @Test
    void theStationCodeLeadsToTheStationsPool() throws Exception {
        long before = cases();
        var result = mvc.perform(message("/s/" + street.stationCode(), "希望增设公交站点。")).andExpect(status().is3xxRedirection()).andReturn();
        Receipt receipt = loop().receipt(result);
        assertThat(cases()).isEqualTo(before + 1);
        var row = jdbc.sql("select deputy_id, channel from cases where id = :id").param("id", receipt.caseId()).query().singleRow();
        assertThat(row.get("deputy_id")).isNull();
        assertThat(row.get("channel")).isEqualTo("STATION_CODE");
    }

    @Test
    void sendingTheSameFormTwiceMakesOneCase() throws Exception {
        long before = cases();
        String key = UUID.randomUUID().toString();
        var first = mvc.perform(message(page(2), "楼道堆放杂物。", "submissionKey", key)).andReturn();
        var second = mvc.perform(message(page(2), "楼道堆放杂物。", "submissionKey", key)).andReturn();
        assertThat(cases()).isEqualTo(before + 1);
        // the second answer carries a fresh code for the same case (the first answer may never have reached the phone)
        Receipt b = loop().receipt(second);
        assertThat(loop().receipt(first)).as("the first code no longer works").isNull();
        assertThat(b.caseId()).isEqualTo(jdbc.sql("select id from cases where submission_key = ?").param(1, key).query(Long.class).single());
        loop().track(b.ticket(), b.queryCode()).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("楼道堆放杂物")));
    }

    /**
     * Messages sent at the same moment are committed in groups: each new case still gets its own ticket, first timeline
     * event, review clock and statistics row, and the same form sent twice at once is one case.
     */
    @Test
    void messagesSentAtOnceAreEachStoredWithTheirFirstSteps() throws Exception {
        long before = cases();
        String twice = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var sent = new java.util.ArrayList<java.util.concurrent.Future<Receipt>>();
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 24; i++) {
                String key = i < 2 ? twice : UUID.randomUUID().toString();
                String text = "同时留言第 " + i + " 条：路灯不亮。";
                sent.add(pool.submit(() -> {
                    start.await();
                    return loop().receipt(mvc.perform(message(page(1), text, "submissionKey", key))
                            .andExpect(status().is3xxRedirection()).andReturn());
                }));
            }
            start.countDown();
            var receipts = new java.util.ArrayList<Receipt>();
            for (var f : sent) {
                receipts.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(cases()).isEqualTo(before + 23);
            // the pair is one case; the code of whichever came first no longer works (see sendingTheSameFormTwiceMakesOneCase)
            long pair = jdbc.sql("select id from cases where submission_key = ?").param(1, twice).query(Long.class).single();
            assertThat(receipts.subList(0, 2)).filteredOn(java.util.Objects::nonNull).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.caseId()).isEqualTo(pair));
            var others = receipts.subList(2, receipts.size());
            assertThat(others).doesNotContainNull();
            var ids = new java.util.ArrayList<>(others.stream().map(Receipt::caseId).distinct().toList());
            ids.add(pair);
            assertThat(ids).doesNotHaveDuplicates().hasSize(23);
            assertThat(others.stream().map(Receipt::ticket).distinct()).hasSize(22);
            Long[] idArray = ids.toArray(Long[]::new);
            assertThat(jdbc.sql("select count(*) from case_event where case_id = any(:ids) and seq = 1 and type = 'SUBMITTED'")
                    .param("ids", idArray).query(Long.class).single()).isEqualTo(23);
            assertThat(jdbc.sql("select count(*) from case_stage where case_id = any(:ids) and stage = 'REVIEW' and completed_at is null")
                    .param("ids", idArray).query(Long.class).single()).isEqualTo(23);
            assertThat(jdbc.sql("select count(*) from stat_case where case_id = any(:ids)").param("ids", idArray).query(Long.class)
                    .single()).isEqualTo(23);
            // each resident can follow their own case with the code they were given
            for (Receipt r : others) {
                loop().track(r.ticket(), r.queryCode()).andExpect(status().isOk());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmptyMessageIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        assertRefused(message(page(0), "   "), "请写下您要反映的事情");
    }

    @Test
    void aTooLongMessageIsRefused() throws Exception {
        char[] text = new char[2001];
        Arrays.fill(text, '长');
        assertRefused(message(page(0), new String(text)), "留言不能超过 2000 字");
    }

    @Test
    void twoThousandCharactersWithLineBreaksAreAccepted() throws Exception {
        String text = "一".repeat(999) + "\r\n" + "二".repeat(1000);
        mvc.perform(message(page(0), text)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aBadPhoneIsRefused() throws Exception {
        assertRefused(message(page(0), "路面破损。", "phone", "12345"), "电话号码格式不正确");
    }

    @Test
    void aMissingCategoryIsRefused() throws Exception {
        assertRefused(message(page(0), "路面破损。", "categoryId", ""), "请选择问题类别");
    }

    @Test
    void aCategoryThatDoesNotExistIsRefused() throws Exception {
        assertRefused(message(page(0), "路面破损。", "categoryId", "999999"), "请选择列表中的问题类别");
    }

    @Test
    void aCategoryThatIsNotANumberIsRefused() throws Exception {
        assertRefused(message(page(0), "路面破损。", "categoryId", "abc"), "请从列表中选择");
    }

    @Test
    void aBlockOfAnotherStreetIsRefused() throws Exception {
        TestData.Street other = data.street().nextTo(street).create();
        long foreignBlock = other.block();
        assertThat(other.id()).isNotEqualTo(street.id());
        assertRefused(message(page(0), "路面破损。", "blockId", Long.toString(foreignBlock)), "请选择列表中的区块");
    }

    @Test
    void aMissingPublicChoiceIsRefused() throws Exception {
        assertRefused(message(page(0), "路面破损。", "publicChoice", ""), "请选择是否公开");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsName() throws Exception {
        assertRefused(message(page(0), "路面破损。")
                .file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg", "not really a photo".getBytes())),
                "第 1 张照片不是 JPG 或 PNG 图片");
    }

    @Test
    void aGifIsRefused() throws Exception {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertRefused(message(page(0), "路面破损。").file(new MockMultipartFile("photos", "x.png", "image/png", gif)),
                "不是 JPG 或 PNG 图片");
    }

    @Test
    void aTruncatedImageIsRefused() throws Exception {
        byte[] png = TestImages.png();
        byte[] broken = Arrays.copyOf(png, 12);
        assertRefused(message(page(0), "路面破损。").file(new MockMultipartFile("photos", "x.png", "image/png", broken)),
                "已损坏");
    }

    @Test
    void moreThanThreePhotosAreRefused() throws Exception {
        var request = message(page(0), "路面破损。");
        for (int i = 0; i < 4; i++) {
            request.file(new MockMultipartFile("photos", i + ".png", "image/png", TestImages.png()));
        }
        assertRefused(request, "最多上传 3 张照片");
    }

    @Test
    void aFormWithoutItsKeyIsRefused() throws Exception {
        assertRefused(message(page(0), "路面破损。", "submissionKey", "x"), "表单已过期");
    }

    @Test
    void anInactiveDeputysPageSaysSoAndPointsToTheStation() throws Exception {
        mvc.perform(get(page(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("这位代表目前不在任")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/s/" + street.stationCode())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(page(0))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("提交留言"))));
        long before = cases();
        mvc.perform(message(page(3), "路面破损。")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不在任")));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/d/nosuchcode")).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有找到这位代表")));
        mvc.perform(get("/s/nosuchcode")).andExpect(status().isNotFound());
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        long before = cases();
        mvc.perform(multipart(page(0)).param("text", "x").param("categoryId", Long.toString(categoryId()))
                .param("publicChoice", "true")).andExpect(status().isForbidden());
        assertThat(cases()).isEqualTo(before);
    }

    private void assertRefused(MockMultipartHttpServletRequestBuilder request, String message) throws Exception {
        long before = cases();
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
        assertThat(cases()).isEqualTo(before);
    }
}
