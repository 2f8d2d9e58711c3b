package org.mashang.directory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.mashang.directory.DeputyCard;
import org.mashang.directory.DeputyFinder;
import org.mashang.directory.Directory;
import org.mashang.directory.Ref;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DeputyFinderService implements DeputyFinder {

    private final PlaceRepository places;
    private final Directory directory;

    @Override
    public List<Place> communities() {
        return places.communities();
    }

    @Override
    public List<Place> communitiesOf(long streetId) {
        return places.communitiesOf(streetId);
    }

    @Override
    public List<Ref> blocksOf(long communityId) {
        return places.blocksOf(communityId);
    }

    @Override
    public List<Place> searchBlocks(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return places.blocksLike(like, limit);
    }

    @Override
    public Optional<Place> block(long blockId) {
        return places.block(blockId);
    }

    @Override
    public List<DeputyCard> covering(long blockId) {
        List<Long> ids = places.deputiesCovering(blockId);
        // the most local level first: a district deputy is closer to the block than a provincial one
        return ids.stream().map(directory::deputy).flatMap(Optional::stream).filter(DeputyCard::serving)
                .sorted(Comparator.comparing((DeputyCard d) -> d.level().ordinal()).reversed().thenComparing(DeputyCard::name))
                .toList();
    }
}
