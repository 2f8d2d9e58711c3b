package org.mashang.signs.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyCodes;
import org.mashang.directory.Directory;
import org.mashang.platform.Codes;
import org.mashang.platform.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a deputy a new code when their signs were lost or defaced. The old code keeps leading to the deputy's page
 * for the grace period (mashang.signs.old-code-grace-days), then stops working; it is never handed out again.
 */
@Service
@RequiredArgsConstructor
public class CodeReissue {

    static final int CODE_LENGTH = 8;

    private final Directory directory;
    private final DeputyCodes codes;
    private final RetiredCodes retired;
    private final SignProperties properties;
    private final Clock clock;

    public record Reissued(String deputyName, long stationId, String oldCode, String newCode, LocalDate oldCodeRedirectsUntil) {
    }

    @Transactional
    public Reissued reissue(long deputyId) {
        DeputyCard deputy = directory.deputy(deputyId).orElseThrow(() -> UserFacingException.notFound("没有找到这位代表"));
        String newCode = freshCode();
        String oldCode = codes.replaceCode(deputyId, newCode);
        LocalDate until = LocalDate.now(clock).plusDays(Math.max(0, properties.oldCodeGraceDays()));
        retired.add(oldCode, deputyId, until);
        return new Reissued(deputy.name(), deputy.stationId(), oldCode, newCode, until);
    }

    /** The deputy's current code that a retired code still leads to today. */
    public Optional<String> redirectFor(String retiredCode) {
        return retired.redirectingDeputy(retiredCode, LocalDate.now(clock))
                .flatMap(directory::deputy)
                .map(DeputyCard::code);
    }

    private String freshCode() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String code = Codes.random(CODE_LENGTH);
            if (!retired.exists(code) && directory.deputyByCode(code).isEmpty()) {
                return code;
            }
        }
        throw UserFacingException.conflict("暂时无法生成新的专属码，请稍后重试");
    }
}
