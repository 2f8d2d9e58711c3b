package org.mashang.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a page offers to choose a station: either the stations themselves (few enough to list, or those whose name
 * matched the text) or the regions one level down that hold them, with how many each holds.
 *
 * @param total    the active stations of the whole scope: a page lists them as it always did while {@link #few()}
 * @param trail    the regions gone down through, below the scope, the top one first
 * @param areas    the regions to go down to next (empty when stations are listed)
 * @param stations the stations to choose from (empty when regions are offered)
 * @param text     the text searched for, or null when going by the regions
 * @param more     more stations matched the text than are listed (the user should type more of the name)
 */
public record StationChoice(int total, List<Ref> trail, List<Area> areas, List<StationCard> stations, @Nullable String text,
                            boolean more) {

    /** Stations a page lists with all they carry (deputies, days, a drop-down of them): one district's worth. */
    public static final int FEW = 12;
    /** Stations listed as links at most, after going down the regions or searching. */
    public static final int LISTED = 50;
    /** The longest text searched for. */
    public static final int MAX_TEXT = 50;

    public StationChoice {
        trail = List.copyOf(trail);
        areas = List.copyOf(areas);
        stations = List.copyOf(stations);
    }

    /** Whether the scope's stations are few enough for a page to list them all as it always did. */
    public boolean few() {
        return total <= FEW;
    }

    /**
     * The stations a form offers (with their deputies and blocks): all of them while few; of more, only the one chosen,
     * and none while none is (the page shows the choice first).
     */
    public static List<StationCard> onForm(List<StationCard> stations, @Nullable Long chosen) {
        return stations.size() <= FEW ? stations : stations.stream().filter(s -> Long.valueOf(s.id()).equals(chosen)).toList();
    }

    /** A region that holds stations, and how many active ones. */
    public record Area(long id, String name, int stations) {
    }
}
