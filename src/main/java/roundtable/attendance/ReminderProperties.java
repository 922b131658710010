package roundtable.attendance;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long before a meeting those attending are reminded: by default two days (time to arrange
 * childcare or a ride) and two hours (time to set off).
 */
@ConfigurationProperties("roundtable.reminders")
record ReminderProperties(@DefaultValue({"P2D", "PT2H"}) List<Duration> offsets) {

    ReminderProperties {
        offsets =
                offsets.stream().filter(o -> o.isPositive()).sorted().distinct().toList();
    }
}
