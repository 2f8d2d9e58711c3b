package org.mashang.cases.internal;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.mashang.accounts.Role;
import org.mashang.accounts.StaffUser;
import org.mashang.cases.CaseSearch;
import org.mashang.cases.CaseSummary;
import org.mashang.directory.Directory;
import org.mashang.platform.Phones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what was typed as a ticket, a phone number or words, and searches the user's scope for that role. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CaseSearchService implements CaseSearch {

    /** A ticket as printed on the receipt: the day of submission, a dash, a running number. */
    private static final Pattern TICKET = Pattern.compile("\\d{6}-\\d{5,}");

    private final CaseSearchRepository repository;
    private final CaseQueryService queries;
    private final Directory directory;
    private final Clock clock;

    @Override
    public Page search(StaffUser user, Role role, Query query) {
        CaseScope scope = CaseScope.of(user, role, directory);
        List<CaseRecord> found = repository.search(scope, match(query.text()), query.filters(), query.after(), PAGE_SIZE + 1,
                clock.instant());
        List<CaseRecord> page = found.subList(0, Math.min(found.size(), PAGE_SIZE));
        CaseRecord last = page.isEmpty() ? null : page.get(page.size() - 1);
        Cursor next = found.size() > PAGE_SIZE ? new Cursor(last.submittedAt(), last.id()) : null;
        List<CaseSummary> items = queries.summaries(page);
        return new Page(items, next);
    }

    /** A ticket is found by itself, a phone number in every form it may be stored in, anything else as words. */
    static CaseSearchRepository.Match match(String text) {
        String t = text == null ? "" : text.strip();
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new CaseSearchRepository.Match(null, null, null);
        }
        if (TICKET.matcher(t).matches()) {
            return new CaseSearchRepository.Match(t, null, null);
        }
        List<String> phones = Phones.storedForms(t);
        if (!phones.isEmpty()) {
            return new CaseSearchRepository.Match(null, phones, null);
        }
        return new CaseSearchRepository.Match(null, null, t);
    }
}
