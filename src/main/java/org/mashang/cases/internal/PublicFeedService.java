package org.mashang.cases.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.Assignment;
import org.mashang.cases.CaseQueries;
import org.mashang.cases.PublicFeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PublicFeed}: the wall's public view of each case, with what machines also need (where, when changed, who handles it). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PublicFeedService implements PublicFeed {

    private final PublicFeedRepository feed;
    private final CaseQueries queries;
    private final AssignmentRepository assignments;

    @Override
    public List<FeedCase> find(Query query) {
        return feed.tickets(query).stream().map(this::byTicket).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<FeedCase> byTicket(String ticket) {
        return queries.publicCase(ticket).map(c -> {
            var row = feed.row(ticket);
            List<String> departments = assignments.ofCase(row.caseId()).stream().map(Assignment::departmentName).distinct().toList();
            return new FeedCase(row.caseId(), c, row.streetId(), row.categoryId(), row.blockId(), row.updatedAt(), departments);
        });
    }
}
