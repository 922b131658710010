package roundtable.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import roundtable.committees.AccessibleTimeRules;
import roundtable.committees.VotingComposition;

/**
 * How long ranking 300 invitees × 20 candidate times takes. Prints the figures rather than
 * asserting them: a timing assertion fails on a busy machine for reasons that are not ours.
 * Not run with the tests (its name does not end in Test); run it on demand:
 * {@code ./mvnw -q test -Dtest=CandidateRankingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class CandidateRankingBenchmark {

    static final int INVITEES = 300;
    static final int CANDIDATES = 20;
    static final int WARM_UP = 2_000;
    static final int MEASURED = 500;

    @Test
    void rank300InviteesAgainst20Times() {
        Random random = new Random(20260310);
        List<CandidateRanking.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(new CandidateRanking.Candidate(
                    i + 1, LocalDateTime.of(2026, 3, 2, 16, 0).plusDays(i / 2).plusHours(i % 2 * 3)));
        }
        List<VotingComposition.Seat> seats = new ArrayList<>();
        List<CandidateRanking.Response> responses = new ArrayList<>();
        Availability[] answers = Availability.values();
        String[] languages = {"es", "vi", "zh", "ar", "ase"};
        for (long person = 1; person <= INVITEES; person++) {
            seats.add(new VotingComposition.Seat(person, "Constituency " + person % 12, person % 10 != 0));
            Map<Long, Availability> mine = new HashMap<>();
            // One in ten has not answered yet.
            if (random.nextInt(10) > 0) {
                for (CandidateRanking.Candidate c : candidates) {
                    mine.put(c.id(), answers[random.nextInt(answers.length)]);
                }
            }
            Needs needs = new Needs(
                    random.nextInt(6) == 0,
                    random.nextInt(4) == 0 ? languages[random.nextInt(languages.length)] : null,
                    random.nextInt(5) == 0);
            responses.add(new CandidateRanking.Response(person, mine, needs));
        }
        VotingComposition composition = new VotingComposition(1, 136, seats);
        AccessibleTimeRules rules =
                new AccessibleTimeRules(LocalTime.of(17, 30), LocalTime.of(21, 0), Set.of(DayOfWeek.SUNDAY));

        long coldStart = System.nanoTime();
        List<RankedCandidate> first = CandidateRanking.rank(candidates, responses, composition, rules, 120);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            CandidateRanking.rank(candidates, responses, composition, rules, 120);
        }
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            CandidateRanking.rank(candidates, responses, composition, rules, 120);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%nCandidateRanking, %d invitees × %d candidates (best: %s, %d voting available)%n",
                INVITEES, CANDIDATES, first.getFirst().start(), first.getFirst().votingAvailable());
        System.out.printf("  first call (cold JVM): %.2f ms%n", coldMs);
        System.out.printf(
                "  warm, %d runs: median %.3f ms, 95th percentile %.3f ms, slowest %.3f ms (budget 50 ms)%n%n",
                MEASURED, ms[MEASURED / 2], ms[MEASURED * 95 / 100], ms[MEASURED - 1]);
    }
}
