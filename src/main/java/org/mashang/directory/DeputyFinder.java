package org.mashang.directory;

import java.util.List;
import java.util.Optional;

/**
 * 谁是我的代表 (Find): the blocks residents live in, and every serving deputy, of every level, who covers one — through
 * the blocks the deputy is linked to, or through their constituency's areas.
 */
public interface DeputyFinder {

    /** Communities and villages that have blocks, under the streets of active stations, by street then name. */
    List<Place> communities();

    /** The communities and villages of one street that have blocks, by name (a province's are chosen street by street). */
    List<Place> communitiesOf(long streetId);

    /** The active blocks of a community or village. */
    List<Ref> blocksOf(long communityId);

    /** Blocks whose own name or community's name contains the text (a compound's name, "万楼", "3区块"). */
    List<Place> searchBlocks(String text, int limit);

    /** A block with its community, if it exists and is active. */
    Optional<Place> block(long blockId);

    /** Serving deputies covering the block, the most local level first (they are the ones to write to first). */
    List<DeputyCard> covering(long blockId);

    /** A block or community, and the community (or street) it lies in, as residents name it. */
    record Place(long id, String name, String within) {
    }
}
