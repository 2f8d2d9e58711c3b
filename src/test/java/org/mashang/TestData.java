package org.mashang;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Test data of a test's own, so that it neither depends on the demo street's details nor changes what other tests look
 * at: a street ({@link #street()}) with its committee, liaison station, deputies with their QR codes, blocks, departments
 * and staff accounts, all named with a key of their own; and cases taken to a given state through the real web
 * endpoints, as the people of that street would ({@link Street#caseIn}). Reference data is written by SQL, so the
 * in-memory directory is told ({@link ReferenceData#changed}). Staff accounts have the demo password (mashang2026).
 * {@link #close()} takes the streets out of service again once the test is done with them.
 */
public final class TestData implements AutoCloseable {

    /** mashang2026, as the demo accounts have it, so browser tests can sign in. */
    public static final String PASSWORD_HASH = "{bcrypt}$2a$10$emuDqxZswXrYmntSu.Fqi.Kj1PzPk1lUNDVbXhyQk6DWXO6r3lmKq";

    /** The states {@link Street#caseIn} can take a case to, in the order it passes them. */
    public static final List<CaseState> MAIN_PATH = List.of(CaseState.SUBMITTED, CaseState.ACCEPTED,
            CaseState.DISPATCH_REQUESTED, CaseState.DISPATCHED, CaseState.FEEDBACK_RECEIVED, CaseState.CLOSED,
            CaseState.EVALUATED);

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final List<Street> created = new ArrayList<>();

    private TestData(MockMvc mvc) {
        this.mvc = mvc;
        ApplicationContext context = mvc.getDispatcherServlet().getWebApplicationContext();
        this.jdbc = context.getBean(JdbcClient.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public static TestData of(MockMvc mvc) {
        return new TestData(mvc);
    }

    /** Retires every street made here ({@link Street#retire()}). */
    @Override
    public void close() {
        created.forEach(Street::retire);
        created.clear();
    }

    /** A street to describe, then {@link StreetBuilder#create()}: by default one deputy and one street office. */
    public StreetBuilder street() {
        return new StreetBuilder();
    }

    /** Six letters and digits, new for each street: its codes, names and user names carry it. */
    static String key() {
        String letters = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            key.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return key.toString();
    }

    public final class StreetBuilder {

        private int deputies = 1;
        private final List<String> departments = new ArrayList<>(List.of("城管办"));
        private LocalDate termEnd = LocalDate.of(2099, 12, 31);
        private Street neighbour;
        private boolean former;

        /** How many serving deputies the station has (codes {@code key + "d1"} …, accounts {@code key + "-d1"} …). */
        public StreetBuilder deputies(int count) {
            this.deputies = count;
            return this;
        }

        /** The street offices cases can be dispatched to (each with an account), instead of the one 城管办. */
        public StreetBuilder departments(String... names) {
            this.departments.clear();
            this.departments.addAll(List.of(names));
            return this;
        }

        /** Also a deputy of the station whose term has ended (inactive, no account): code {@code key + "d9"}. */
        public StreetBuilder withFormerDeputy() {
            this.former = true;
            return this;
        }

        /** In the same district as another street (and under the same district administrator), not in one of its own. */
        public StreetBuilder nextTo(Street street) {
            this.neighbour = street;
            return this;
        }

        public Street create() {
            String key = key();
            long district;
            String districtAdmin;
            if (neighbour == null) {
                long city = jdbc.sql("select min(id) from region where level = 'CITY'").query(Long.class).single();
                district = region(city, "DISTRICT", "测试区-" + key);
                districtAdmin = account(key + "-district-admin", "测试区管理员", "ADMIN", district, null, null);
            } else {
                district = neighbour.district();
                districtAdmin = neighbour.districtAdmin();
            }
            long street = region(district, "STREET", "测试街道-" + key);
            long community = region(street, "COMMUNITY", "测试社区-" + key);
            List<Long> blocks = List.of(region(community, "BLOCK", "测试社区-" + key + "第1区块"),
                    region(community, "BLOCK", "测试社区-" + key + "第2区块"));
            long committee = insert("insert into committee (region_id, name) values (?, ?) returning id", street, "测试街道-" + key + "人大工委");
            String stationCode = "s" + key;
            long station = insert("insert into station (region_id, name, code, address) values (?, ?, ?, '测试地址') returning id",
                    street, "测试联络站-" + key, stationCode);
            long category = category();
            List<Person> deputyList = new ArrayList<>();
            for (int i = 1; i <= deputies; i++) {
                String name = "测试代表" + i + "-" + key;
                long deputy = insert("""
                        insert into deputy (name, level, station_id, code, term_start, term_end)
                        values (?, 'COUNTY', ?, ?, date '2022-01-01', ?) returning id""",
                        name, station, key + "d" + i, termEnd);
                for (long block : blocks) {
                    jdbc.sql("insert into deputy_block (deputy_id, block_id) values (?, ?)").params(deputy, block).update();
                }
                deputyList.add(new Person(deputy, key + "d" + i, name, account(key + "-d" + i, name, "DEPUTY", street, deputy, null)));
            }
            if (former) {
                String name = "前任代表-" + key;
                long deputy = insert("""
                        insert into deputy (name, level, station_id, code, term_start, term_end, active)
                        values (?, 'COUNTY', ?, ?, date '2016-01-01', date '2021-12-31', false) returning id""",
                        name, station, key + "d9");
                deputyList.add(new Person(deputy, key + "d9", name, null));
            }
            List<Person> departmentList = new ArrayList<>();
            for (int i = 0; i < departments.size(); i++) {
                String name = departments.get(i) + "-" + key;
                long department = insert("insert into department (region_id, name, level) values (?, ?, 'STREET') returning id",
                        street, name);
                departmentList.add(new Person(department, null, name,
                        account(key + "-dept" + (i + 1), name, "DEPARTMENT", street, null, department)));
            }
            String reviewer = account(key + "-reviewer", "测试审核员", "REVIEWER", street, null, null);
            String dispatcher = account(key + "-dispatcher", "测试交办员", "DISPATCHER", street, null, null);
            String admin = account(key + "-admin", "测试管理员", "ADMIN", street, null, null);
            ReferenceData.changed(mvc);
            Street made = new Street(TestData.this, key, district, street, committee, station, stationCode, category, blocks,
                    List.copyOf(deputyList), List.copyOf(departmentList), reviewer, dispatcher, admin, districtAdmin);
            created.add(made);
            return made;
        }

        /** One category all test streets share: categories are listed on every message form, whatever the street. */
        private long category() {
            jdbc.sql("insert into category (name, sort_order) values ('测试类别', 500) on conflict (name) do nothing").update();
            return jdbc.sql("select id from category where name = '测试类别'").query(Long.class).single();
        }

        private long region(long parent, String level, String name) {
            long id = insert("insert into region (parent_id, level, name) values (?, ?, ?) returning id", parent, level, name);
            jdbc.sql("update region set path = (select path from region where id = ?) || id || '/' where id = ?")
                    .params(parent, id).update();
            return id;
        }

        private String account(String username, String name, String role, long region, Long deputy, Long department) {
            jdbc.sql("""
                    insert into staff_user (username, password_hash, display_name, roles, region_id, deputy_id, department_id)
                    values (?, ?, ?, array[?]::varchar[], ?, ?, ?)""")
                    .params(username, PASSWORD_HASH, name, role, region, deputy, department).update();
            return username;
        }

        private long insert(String sql, Object... params) {
            return jdbc.sql(sql).params(params).query(Long.class).single();
        }
    }

    /**
     * A deputy (with the code on their sign) or a department, and the account that acts for them (none for a former
     * deputy, who comes last among a street's deputies).
     */
    public record Person(long id, String code, String name, String username) {
    }

    /**
     * A street of a test's own. Its staff: {@code reviewer}, {@code dispatcher}, {@code admin} (all of the street), one
     * account per deputy and per department, and the {@code districtAdmin} of its district.
     */
    public record Street(TestData data, String key, long district, long id, long committee, long station, String stationCode,
                         long category, List<Long> blocks, List<Person> deputies, List<Person> departments,
                         String reviewer, String dispatcher, String admin, String districtAdmin) {

        public Person deputy() {
            return deputies.get(0);
        }

        public Person department() {
            return departments.get(0);
        }

        public long block() {
            return blocks.get(0);
        }

        /**
         * Takes the street's station and deputies out of service when the test is done with them, so that the lists of
         * the whole installation (the wall's filter offers blocks only while there are few stations) are as before.
         * Its cases stay.
         */
        public void retire() {
            data.jdbc.sql("update deputy set active = false where station_id = ?").param(station).update();
            data.jdbc.sql("update station set active = false where id = ?").param(station).update();
            ReferenceData.changed(data.mvc);
        }

        /** The deputy's page a resident reaches from the QR code on their sign. */
        public String deputyPage() {
            return "/d/" + deputy().code();
        }

        /**
         * A public message left at the first deputy's page and taken through the loop by this street's people up to the
         * given state: accepted by the reviewer, replied to with a dispatch request by the deputy, dispatched by the
         * dispatcher to the first department, reported on, answered to the resident, evaluated.
         */
        public Receipt caseIn(CaseState state, String text) throws Exception {
            if (!MAIN_PATH.contains(state)) {
                throw new IllegalArgumentException(state + " is off the main path TestData takes cases along: " + MAIN_PATH);
            }
            LoopDriver loop = data.loop();
            Receipt receipt = loop.receipt(data.mvc.perform(multipart(deputyPage()).param("text", text)
                    .param("categoryId", Long.toString(category)).param("blockId", Long.toString(block()))
                    .param("publicChoice", "true").param("phone", "13700000000")
                    .param("submissionKey", UUID.randomUUID().toString()).with(csrf())).andReturn());
            if (receipt == null) {
                throw new AssertionError("the message was refused at " + deputyPage());
            }
            long id = receipt.caseId();
            List<Step> steps = List.of(
                    new Step(CaseState.ACCEPTED, reviewer, "/review/cases/" + id + "/accept",
                            "makePublic", "true", "publicText", text),
                    new Step(CaseState.DISPATCH_REQUESTED, deputy().username(), "/deputy/cases/" + id + "/reply",
                            "text", "收到，马上了解情况", "requestDispatch", "true", "departmentIds", "" + department().id()),
                    new Step(CaseState.DISPATCHED, dispatcher, "/dispatch/cases/" + id + "/dispatch",
                            "departmentIds", "" + department().id(), "dueDate", loop.due()),
                    new Step(CaseState.FEEDBACK_RECEIVED, department().username(), null, "feedback", "已处理"),
                    new Step(CaseState.CLOSED, deputy().username(), "/deputy/cases/" + id + "/reply-to-resident",
                            "text", "已处理，请您评价。"));
            for (Step step : steps) {
                if (loop.state(id).equals(state.name())) {
                    return receipt;
                }
                String url = step.url() != null ? step.url()
                        : "/department/assignments/" + loop.assignment(id, department().name()) + "/report";
                loop.post(step.username(), url, step.params());
                if (!loop.state(id).equals(step.reaches().name())) {
                    throw new AssertionError("case " + receipt.ticket() + " is " + loop.state(id) + " after " + url);
                }
            }
            if (state == CaseState.EVALUATED) {
                loop.onCase(receipt.ticket(), receipt.queryCode(), "evaluate", "satisfaction", "SATISFIED");
            }
            return receipt;
        }
    }

    private record Step(CaseState reaches, String username, String url, String... params) {
    }

    LoopDriver loop() {
        return new LoopDriver(mvc, jdbc, users);
    }
}
