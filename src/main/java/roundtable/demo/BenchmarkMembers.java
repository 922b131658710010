package roundtable.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import roundtable.base.RoundtableProperties;
import roundtable.base.i18n.Language;
import roundtable.base.security.Role;
import roundtable.committees.Appointment;
import roundtable.committees.BodyEditor;
import roundtable.committees.CommitteeService;
import roundtable.committees.Position;
import roundtable.committees.SeatGroupData;
import roundtable.people.PersonData;
import roundtable.people.PersonEditor;
import roundtable.people.PersonService;

/**
 * Only with the "bench" profile (next to "default"): N extra DAC members who sign in with the demo
 * password, so the load and session-memory benchmarks sign in as many different people, each
 * allowed to RSVP to DAC's meetings. Never part of the ordinary demo data.
 */
@Component
@Profile("bench")
@Order(1)
class BenchmarkMembers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkMembers.class);

    /** bench.member.1@example.org … bench.member.N@example.org; the benchmarks use the same pattern. */
    static String email(int n) {
        return "bench.member." + n + "@example.org";
    }

    private final PersonService people;
    private final PersonEditor personEditor;
    private final CommitteeService committees;
    private final BodyEditor bodyEditor;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RoundtableProperties properties;
    private final int count;

    BenchmarkMembers(
            PersonService people,
            PersonEditor personEditor,
            CommitteeService committees,
            BodyEditor bodyEditor,
            TransactionTemplate transaction,
            Clock clock,
            RoundtableProperties properties,
            @Value("${roundtable.bench.members:200}") int count) {
        this.people = people;
        this.personEditor = personEditor;
        this.committees = committees;
        this.bodyEditor = bodyEditor;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark-members", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            transaction.executeWithoutResult(tx -> {
                if (people.idOf(email(count)).isPresent()) {
                    return;
                }
                long dac = committees.findBySlug("dac").orElseThrow().id();
                LocalDate today = LocalDate.now(clock.withZone(properties.defaultTimeZone()));
                // One seat group holds at most 500 seats.
                long group = 0;
                for (int n = 1; n <= count; n++) {
                    if ((n - 1) % 500 == 0) {
                        group = bodyEditor.addSeatGroup(
                                dac,
                                new SeatGroupData(
                                        "Benchmark " + (1 + (n - 1) / 500),
                                        Math.min(500, count - n + 1),
                                        false,
                                        24,
                                        null));
                    }
                    long id = personEditor.registerPerson(PersonData.of(
                            "Bench Member " + n, email(n), n % 3 == 0 ? Language.SPANISH : Language.ENGLISH));
                    personEditor.allowSignIn(id, Set.of(Role.MEMBER), DemoPeople.PASSWORD);
                    bodyEditor.appoint(dac, new Appointment(group, id, Position.MEMBER, today, null));
                }
            });
            log.info(
                    "Benchmark members: {} ({} … {}), password {}", count, email(1), email(count), DemoPeople.PASSWORD);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
