package org.mashang.cases.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.mashang.cases.Assignment;
import org.mashang.cases.AssignmentState;
import org.mashang.cases.AssignmentUpdate;
import org.mashang.cases.ListCursor;
import org.mashang.cases.ListPage;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class AssignmentRepository {

    private final JdbcClient jdbc;

    public long insert(long caseId, int round, long departmentId, String departmentName, LocalDate due, String instructions,
                       Instant at, long by, Long leadAssignmentId) {
        return jdbc.sql("""
                        insert into assignment (case_id, round, department_id, department_name, state, due_date, instructions,
                                                dispatched_at, dispatched_by, lead_assignment_id)
                        values (:c, :r, :d, :n, :state, :due, :i, :at, :by, :lead) returning id""")
                .param("lead", leadAssignmentId, Types.BIGINT)
                .param("state", AssignmentState.HANDLING.name())
                .param("c", caseId).param("r", round).param("d", departmentId).param("n", departmentName).param("due", due)
                .param("i", instructions).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
    }

    public List<Assignment> ofCase(long caseId) {
        return jdbc.sql("select * from assignment where case_id = :c order by round, id").param("c", caseId)
                .query(Assignment.class).list();
    }

    public Optional<Assignment> find(long id) {
        return jdbc.sql("select * from assignment where id = :id").param("id", id).query(Assignment.class).optional();
    }

    /** A department's open assignments (the earliest due first) or those it finished (the latest first). */
    private static final String OPEN = """
            select a.*, a.due_date list_key from assignment a where a.department_id = :d and a.state = any(:open)""";
    private static final String DONE = """
            select a.*, a.id list_key from assignment a where a.department_id = :d and not (a.state = any(:open))""";
    private static final Keyset EARLIEST_DUE = new Keyset(Keyset.Kind.DAY, true);
    private static final Keyset LATEST = new Keyset(Keyset.Kind.ID, false);

    /** A page of the department's open or finished assignments and how many there are. */
    public ListPage<Assignment> ofDepartment(long departmentId, boolean open, @Nullable ListCursor from) {
        String rows = open ? OPEN : DONE;
        Keyset order = open ? EARLIEST_DUE : LATEST;
        String[] openStates = AssignmentState.namesWhere(AssignmentState::open);
        var mapper = new DataClassRowMapper<>(Assignment.class);
        List<ListPaging.Keyed<Assignment>> page = order.bind(jdbc.sql(order.page(rows, from)), from)
                .param("d", departmentId).param("open", openStates).param("limit", ListPage.SIZE + 1)
                .query((rs, n) -> new ListPaging.Keyed<>(mapper.mapRow(rs, n), order.key(rs), rs.getLong("id"))).list();
        long count = jdbc.sql(Keyset.count(rows)).param("d", departmentId).param("open", openStates)
                .param("cap", ListPage.COUNT_CAP + 1).query(Long.class).single();
        return ListPaging.page(page, from, count);
    }

    /** The departments that most often handled cases of this street and category, the likeliest first. */
    public List<Long> usualDepartments(long streetId, long categoryId) {
        return jdbc.sql("""
                        select a.department_id from assignment a join cases x on x.id = a.case_id
                        where x.street_id = :street and x.category_id = :category and a.state <> :returned
                        group by a.department_id order by count(*) desc limit 3""")
                .param("street", streetId).param("category", categoryId).param("returned", AssignmentState.RETURNED.name())
                .query(Long.class).list();
    }

    public void update(long id, AssignmentState state, LocalDate due, AssignmentUpdate u, Instant reportedAt) {
        jdbc.sql("""
                        update assignment set state = :state, due_date = :due, feedback = coalesce(:feedback, feedback),
                               reported_at = coalesce(:reportedAt, reported_at), return_reason = coalesce(:returnReason, return_reason),
                               extension_days = coalesce(:days, extension_days),
                               extension_reason = coalesce(:extensionReason, extension_reason)
                        where id = :id""")
                .param("state", state.name()).param("due", due).param("id", id)
                .param("feedback", u.feedback(), Types.VARCHAR)
                .param("reportedAt", reportedAt == null ? null : Timestamp.from(reportedAt), Types.TIMESTAMP)
                .param("returnReason", u.returnReason(), Types.VARCHAR).param("days", u.extensionDays(), Types.INTEGER)
                .param("extensionReason", u.extensionReason(), Types.VARCHAR)
                .update();
    }
}
