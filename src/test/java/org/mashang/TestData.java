package org.mashang;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.CaseState;
import org.mashang.cases.LoopDriver;
import org.mashang.cases.internal.Receipt;
import org.mashang.directory.DeputyLevel;
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
    private final TestRows rows;
    private final UserDetailsService users;
    private final List<Street> created = new ArrayList<>();

    private TestData(MockMvc mvc) {
        this.mvc = mvc;
        ApplicationContext context = mvc.getDispatcherServlet().getWebApplicationContext();
        this.jdbc = context.getBean(JdbcClient.class);
        this.rows = new TestRows(jdbc);
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

        private final List<DeputyLevel> levels = new ArrayList<>(List.of(DeputyLevel.COUNTY));
        private final List<String> departments = new ArrayList<>(List.of("城管办"));
        private Street neighbour;
        private boolean former;
        private boolean districtCommittee;
        private List<String> bureaus = List.of();
        private boolean cityCommittee;

        /** How many serving deputies the station has (codes {@code key + "d1"} …, accounts {@code key + "-d1"} …). */
        public StreetBuilder deputies(int count) {
            return levels(java.util.Collections.nCopies(count, DeputyLevel.COUNTY).toArray(DeputyLevel[]::new));
        }

        /**
         * The station's serving deputies by the level of congress each was elected to, in this order (as
         * {@link #deputies(int)}, which makes them all district-level, 区（县）人大代表).
         */
        public StreetBuilder levels(DeputyLevel... levels) {
            this.levels.clear();
            this.levels.addAll(List.of(levels));
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

        /**
         * The new district also has its people's congress standing committee (人大常委会) with a head, a reviewer and a
         * dispatcher of its own, so cases can go up a level, and the district's bureaus named (each with an account),
         * which its dispatcher dispatches to. Not with {@link #nextTo}: that street shares its district's.
         */
        public StreetBuilder withDistrictCommittee(String... bureaus) {
            this.districtCommittee = true;
            this.bureaus = List.of(bureaus);
            return this;
        }

        /**
         * The new district lies in a city of its own, whose standing committee (with a dispatcher) takes what the district
         * transfers up. Not with {@link #nextTo}: that street shares its city's.
         */
        public StreetBuilder withCityCommittee() {
            this.cityCommittee = true;
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
            DistrictCommittee upper = null;
            CityCommittee city = null;
            if (neighbour == null) {
                city = cityCommittee ? UpperLevels.city(rows, key) : null;
                district = rows.region(city != null ? city.region() : rows.city(), "DISTRICT", "测试区-" + key);
                districtAdmin = rows.account(key + "-district-admin", "测试区管理员", "ADMIN", district, null, null);
                if (districtCommittee) {
                    upper = UpperLevels.district(rows, key, district, bureaus);
                }
            } else {
                district = neighbour.district();
                districtAdmin = neighbour.districtAdmin();
                upper = neighbour.districtCommittee();
                city = neighbour.cityCommittee();
            }
            long street = rows.region(district, "STREET", "测试街道-" + key);
            long community = rows.region(street, "COMMUNITY", "测试社区-" + key);
            List<Long> blocks = List.of(rows.region(community, "BLOCK", "测试社区-" + key + "第1区块"),
                    rows.region(community, "BLOCK", "测试社区-" + key + "第2区块"));
            String head = "测试主任-" + key;
            long committee = rows.committee(street, Street.committeeName(key), head, "0731-59990001");
            String stationCode = "s" + key;
            long station = rows.insert("insert into station (region_id, name, code, address) values (?, ?, ?, '测试地址') returning id",
                    street, "测试联络站-" + key, stationCode);
            long category = rows.category();
            List<Person> deputyList = new ArrayList<>(rows.deputies(key, street, station, levels, blocks));
            if (former) {
                deputyList.add(rows.formerDeputy(key, station));
            }
            List<Person> departmentList = rows.departments(key, street, "STREET", "dept", departments);
            String reviewer = rows.account(key + "-reviewer", "测试审核员-" + key, "REVIEWER", street, null, null);
            String dispatcher = rows.account(key + "-dispatcher", "测试交办员-" + key, "DISPATCHER", street, null, null);
            String admin = rows.account(key + "-admin", "测试管理员-" + key, "ADMIN", street, null, null);
            ReferenceData.changed(mvc);
            Street made = new Street(TestData.this, key, district, street, committee, head, station, stationCode, category,
                    blocks, List.copyOf(deputyList), List.copyOf(departmentList), reviewer, dispatcher, admin, districtAdmin,
                    upper, city);
            created.add(made);
            return made;
        }
    }

    /** A district's standing committee made by {@link StreetBuilder#withDistrictCommittee}, its staff and bureaus. */
    public record DistrictCommittee(long id, String name, String head, String reviewer, String dispatcher,
                                    List<Person> departments) {
    }

    /** A city's standing committee made by {@link StreetBuilder#withCityCommittee()}, in the city's region, and its dispatcher. */
    public record CityCommittee(long region, long id, String name, String dispatcher) {
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
    public record Street(TestData data, String key, long district, long id, long committee, String committeeHead, long station,
                         String stationCode, long category, List<Long> blocks, List<Person> deputies, List<Person> departments,
                         String reviewer, String dispatcher, String admin, String districtAdmin,
                         @Nullable DistrictCommittee districtCommittee, @Nullable CityCommittee cityCommittee) {

        static String committeeName(String key) {
            return "测试街道-" + key + "人大工委";
        }

        /** The street's 人大工委, as notices and pages name it. */
        public String committeeName() {
            return committeeName(key);
        }

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
            data.rows.update("update deputy set active = false where station_id = ?", station);
            data.rows.update("update station set active = false where id = ?", station);
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
