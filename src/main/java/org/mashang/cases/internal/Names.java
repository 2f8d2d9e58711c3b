package org.mashang.cases.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;

/** Names from the directory, looked up once per request. */
@RequiredArgsConstructor
final class Names {
    private final Map<Long, Optional<DeputyCard>> deputies = new HashMap<>();
    private final Map<Long, String> categories = new HashMap<>();
    private final Map<Long, String> blocks = new HashMap<>();
    private final Directory directory;

    Optional<DeputyCard> deputy(long id) {
        return deputies.computeIfAbsent(id, directory::deputy);
    }

    String deputyName(Long id) {
        return id == null ? null : deputy(id).map(DeputyCard::name).orElse(null);
    }

    String category(long id) {
        return categories.computeIfAbsent(id, k -> directory.category(k).map(Ref::name).orElse(""));
    }

    String block(Long id) {
        return id == null ? null : blocks.computeIfAbsent(id, k -> directory.region(k).map(Ref::name).orElse(null));
    }
}
