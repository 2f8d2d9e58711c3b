package org.mashang.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.cases.CaseContacts;
import org.mashang.cases.CaseSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseContactsService implements CaseContacts {

    private final CaseRepository cases;
    private final ScopedCaseRepository scoped;
    private final CaseQueryService queries;
    private final Followers followers;

    @Override
    public Optional<ResidentContact> residentContact(long caseId) {
        return cases.find(caseId).map(CaseRecord::contact);
    }

    @Override
    public List<ResidentContact> followers(long caseId) {
        return followers.contacts(caseId);
    }

    @Override
    public List<CaseSummary> casesOfVerifiedPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        return queries.summaries(scoped.ofPhone(phone));
    }

    @Override
    public List<AwaitingEvaluation> awaitingEvaluation(Instant from, Instant to, int limit) {
        return cases.awaitingEvaluation(from, to, limit);
    }

    @Override
    public List<FollowerAwaitingEvaluation> followersAwaitingEvaluation(Instant from, Instant to, int limit) {
        return followers.awaitingEvaluation(from, to, limit);
    }
}
