package roundtable.minutes;

import java.util.List;
import org.springframework.stereotype.Service;
import roundtable.base.security.Open;

/**
 * Finds published minutes for anyone: by body, meeting dates and words, ranked, with the
 * matching passage. Only published, current versions are ever in the index.
 */
@Service
public class MinutesSearch {

    private final MinutesIndex index;

    MinutesSearch(MinutesArchive minutes) {
        this.index = new MinutesIndex(MinutesSource.of(minutes));
    }

    /** A page of results, best first (newest meeting first without search words). */
    @Open(reason = "only published, current minutes are ever in the index")
    public List<MinutesHit> find(MinutesQuery query, int offset, int limit) {
        return index.find(query, offset, limit);
    }

    @Open(reason = "only published, current minutes are ever in the index")
    public int count(MinutesQuery query) {
        return index.count(query);
    }
}
