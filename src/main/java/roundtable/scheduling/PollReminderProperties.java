package roundtable.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long before a poll's deadline those who have not answered are reminded: a day by default. */
@ConfigurationProperties("roundtable.reminders")
record PollReminderProperties(@DefaultValue("P1D") Duration pollDeadline) {}
