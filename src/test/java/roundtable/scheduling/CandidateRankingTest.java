package roundtable.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static roundtable.scheduling.Availability.IF_NEED_BE;
import static roundtable.scheduling.Availability.NO;
import static roundtable.scheduling.Availability.YES;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import roundtable.committees.AccessibleTimeRules;
import roundtable.committees.VotingComposition;

class CandidateRankingTest {

    // Tuesday 10 March 2026 at 18:30, Wednesday at 18:30, Thursday at 15:00 (before parents can come).
    static final CandidateRanking.Candidate TUESDAY =
            new CandidateRanking.Candidate(1, LocalDateTime.of(2026, 3, 10, 18, 30));
    static final CandidateRanking.Candidate WEDNESDAY =
            new CandidateRanking.Candidate(2, LocalDateTime.of(2026, 3, 11, 18, 30));
    static final CandidateRanking.Candidate THURSDAY_AFTERNOON =
            new CandidateRanking.Candidate(3, LocalDateTime.of(2026, 3, 12, 15, 0));
    static final AccessibleTimeRules EVENINGS =
            new AccessibleTimeRules(LocalTime.of(17, 30), LocalTime.of(21, 0), Set.of(DayOfWeek.SUNDAY));

    /** Persons 1–4 parents, 5–6 community, 7 staff (all voting); 8 a non-voting liaison. Quorum 4. */
    static final VotingComposition BODY = new VotingComposition(
            1,
            4,
            List.of(
                    seat(1, "Parent"),
                    seat(2, "Parent"),
                    seat(3, "Parent"),
                    seat(4, "Parent"),
                    seat(5, "Community"),
                    seat(6, "Community"),
                    seat(7, "Staff"),
                    new VotingComposition.Seat(8, "Liaison", false)));

    static VotingComposition.Seat seat(long person, String constituency) {
        return new VotingComposition.Seat(person, constituency, true);
    }

    static CandidateRanking.Response answers(Long person, Availability tue, Availability wed, Availability thu) {
        return answers(person, Needs.none(), tue, wed, thu);
    }

    static CandidateRanking.Response answers(
            Long person, Needs needs, Availability tue, Availability wed, Availability thu) {
        Map<Long, Availability> map = new HashMap<>();
        map.put(1L, tue);
        map.put(2L, wed);
        map.put(3L, thu);
        return new CandidateRanking.Response(person, map, needs);
    }

    static List<RankedCandidate> rank(List<CandidateRanking.Response> responses) {
        return CandidateRanking.rank(List.of(TUESDAY, WEDNESDAY, THURSDAY_AFTERNOON), responses, BODY, EVENINGS, 120);
    }

    static RankedCandidate byId(List<RankedCandidate> ranking, long id) {
        return ranking.stream().filter(r -> r.candidateId() == id).findFirst().orElseThrow();
    }

    @Test
    void quorumComesBeforeMoreYesAnswers() {
        // Tuesday: four voting members could come (quorum). Wednesday: more yes, but from guests and one voter.
        var ranking = rank(List.of(
                answers(1L, YES, NO, NO),
                answers(2L, YES, NO, NO),
                answers(5L, IF_NEED_BE, NO, NO),
                answers(7L, IF_NEED_BE, YES, NO),
                answers(null, NO, YES, NO),
                answers(null, NO, YES, NO),
                answers(null, NO, YES, NO),
                answers(null, NO, YES, NO)));
        assertThat(ranking.getFirst().candidateId()).isEqualTo(TUESDAY.id());
        assertThat(ranking.getFirst().quorumReached()).isTrue();
        assertThat(ranking.getFirst().votingAvailable()).isEqualTo(4);
        assertThat(ranking.getFirst().rankReason().key()).isEqualTo("poll.rank.ahead.quorum");
        RankedCandidate wednesday = byId(ranking, WEDNESDAY.id());
        assertThat(wednesday.yes()).isEqualTo(5);
        assertThat(wednesday.quorumReached()).isFalse();
        assertThat(wednesday.reasons()).contains(Reason.of("poll.reason.quorum-missed", 1, 4));
    }

    @Test
    void aTimeWithEveryConstituencyBeatsOneMissingStaffEvenWithFewerYes() {
        var ranking = rank(List.of(
                answers(1L, YES, YES, NO),
                answers(2L, YES, YES, NO),
                answers(3L, YES, YES, NO),
                answers(4L, YES, IF_NEED_BE, NO),
                answers(5L, YES, YES, NO),
                answers(7L, NO, IF_NEED_BE, NO)));
        assertThat(ranking.getFirst().candidateId()).isEqualTo(WEDNESDAY.id());
        assertThat(ranking.getFirst().rankReason().key()).isEqualTo("poll.rank.ahead.constituencies");
        RankedCandidate tuesday = byId(ranking, TUESDAY.id());
        assertThat(tuesday.missingConstituencies()).containsExactly("Staff");
        assertThat(tuesday.reasons()).contains(Reason.of("poll.reason.constituencies-missing", 1, "Staff"));
        // Only voting constituencies count: the liaison never answered, and nobody misses them.
        assertThat(ranking.getFirst().missingConstituencies()).isEmpty();
    }

    @Test
    void aTimeOutsideTheAccessibleHoursRanksBelowOneThatKeepsThem() {
        var ranking = rank(List.of(
                answers(1L, YES, NO, YES),
                answers(2L, YES, NO, YES),
                answers(3L, YES, NO, YES),
                answers(4L, YES, NO, YES),
                answers(5L, YES, NO, YES),
                answers(7L, IF_NEED_BE, NO, YES)));
        assertThat(ranking.get(0).candidateId()).isEqualTo(TUESDAY.id());
        assertThat(ranking.get(0).rankReason().key()).isEqualTo("poll.rank.ahead.time-rules");
        RankedCandidate thursday = byId(ranking, THURSDAY_AFTERNOON.id());
        assertThat(thursday.yes()).isGreaterThan(ranking.get(0).yes());
        assertThat(thursday.breaches()).containsExactly(AccessibleTimeRules.Breach.STARTS_TOO_EARLY);
        assertThat(thursday.reasons()).contains(Reason.of("poll.reason.starts-too-early", "17:30"));
    }

    @Test
    void thenMoreYesThenMoreIfNeedBeThenEarlier() {
        CandidateRanking.Candidate a = new CandidateRanking.Candidate(10, LocalDateTime.of(2026, 4, 7, 18, 0));
        CandidateRanking.Candidate b = new CandidateRanking.Candidate(11, LocalDateTime.of(2026, 4, 8, 18, 0));
        CandidateRanking.Candidate c = new CandidateRanking.Candidate(12, LocalDateTime.of(2026, 4, 9, 18, 0));
        CandidateRanking.Candidate d = new CandidateRanking.Candidate(13, LocalDateTime.of(2026, 4, 6, 18, 0));
        List<CandidateRanking.Response> responses = List.of(
                new CandidateRanking.Response(
                        null, Map.of(10L, YES, 11L, YES, 12L, IF_NEED_BE, 13L, YES), Needs.none()),
                new CandidateRanking.Response(
                        null, Map.of(10L, IF_NEED_BE, 11L, YES, 12L, IF_NEED_BE, 13L, IF_NEED_BE), Needs.none()),
                new CandidateRanking.Response(null, Map.of(10L, NO, 11L, NO, 12L, IF_NEED_BE, 13L, NO), Needs.none()));
        VotingComposition nobody = new VotingComposition(2, 0, List.of());
        var ranking = CandidateRanking.rank(List.of(a, b, c, d), responses, nobody, AccessibleTimeRules.none(), 60);
        assertThat(ranking).extracting(RankedCandidate::candidateId).containsExactly(11L, 13L, 10L, 12L);
        assertThat(ranking)
                .extracting(r -> r.rankReason().key())
                .containsExactly(
                        "poll.rank.ahead.yes",
                        "poll.rank.ahead.earlier",
                        "poll.rank.ahead.yes",
                        "poll.rank.behind.yes");
        assertThat(ranking).extracting(RankedCandidate::rank).containsExactly(1, 2, 3, 4);
        // c: nobody said yes, but three could come if need be; it still ranks below the others on yes.
        assertThat(ranking.getLast().ifNeedBe()).isEqualTo(3);
    }

    @Test
    void needsAreCountedOnlyAmongThoseWhoCouldCome() {
        var ranking = rank(List.of(
                answers(1L, new Needs(false, "es", false), YES, NO, NO),
                answers(2L, new Needs(true, "es", true), IF_NEED_BE, YES, NO),
                answers(3L, new Needs(true, "vi", false), YES, YES, NO),
                answers(4L, NO, NO, NO)));
        RankedCandidate tuesday = byId(ranking, TUESDAY.id());
        assertThat(tuesday.interpretation()).containsExactly(Map.entry("es", 2), Map.entry("vi", 1));
        assertThat(tuesday.childcare()).isEqualTo(2);
        assertThat(tuesday.online()).isEqualTo(1);
        assertThat(tuesday.reasons())
                .contains(
                        Reason.of("poll.reason.interpretation", 2, new Reason.LanguageTag("es")),
                        Reason.of("poll.reason.childcare", 2),
                        Reason.of("poll.reason.online", 1));
        RankedCandidate wednesday = byId(ranking, WEDNESDAY.id());
        assertThat(wednesday.interpretation()).containsExactly(Map.entry("es", 1), Map.entry("vi", 1));
        assertThat(wednesday.childcare()).isEqualTo(2);
        RankedCandidate thursday = byId(ranking, THURSDAY_AFTERNOON.id());
        assertThat(thursday.interpretation()).isEmpty();
        assertThat(thursday.childcare()).isZero();
    }

    @Test
    void thoseWhoHaveNotAnsweredAreCountedAsSuchAndNotAsAvailable() {
        var ranking =
                rank(List.of(answers(1L, YES, YES, YES), new CandidateRanking.Response(2L, Map.of(), Needs.none())));
        assertThat(ranking).allSatisfy(r -> {
            assertThat(r.noAnswer()).isEqualTo(1);
            assertThat(r.votingAvailable()).isEqualTo(1);
        });
        assertThat(ranking.getFirst().reasons()).contains(Reason.of("poll.reason.answers", 1, 0, 0, 1));
    }

    @Test
    void aMemberInvitedTwiceCountsOnceTowardsQuorum() {
        List<CandidateRanking.Response> responses = new ArrayList<>();
        responses.add(answers(1L, YES, NO, NO));
        responses.add(answers(1L, YES, NO, NO));
        assertThat(byId(rank(responses), TUESDAY.id()).votingAvailable()).isEqualTo(1);
    }
}
