package org.mashang.directory;

import java.util.List;

/**
 * What a resident sees of a deputy: the card on the sign and on the deputy's page.
 *
 * @param serving active and within the term of office today
 */
public record DeputyCard(
        long id,
        String code,
        String name,
        DeputyLevel level,
        String officePhone,
        String constituency,
        List<Ref> blocks,
        long stationId,
        String stationName,
        long streetId,
        String intro,
        boolean hasPhoto,
        boolean serving) {
}
