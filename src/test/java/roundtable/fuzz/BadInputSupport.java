package roundtable.fuzz;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import roundtable.IntegrationTest;
import roundtable.committees.BodyEditor;
import roundtable.committees.CommitteeService;
import roundtable.meetings.MeetingPlanning;
import roundtable.meetings.MeetingService;

/** What every bad-input property needs: the shared app, demo accounts to act as, and the tables to count. */
@IntegrationTest
abstract class BadInputSupport {

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommitteeService committees;

    @Autowired
    BodyEditor bodyEditor;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingPlanning planning;
}
