package roundtable.notifications;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** When the daily digest goes out, in the district's time zone: news from before then is in it. */
@ConfigurationProperties("roundtable.digest")
record DigestProperties(@DefaultValue("07:00") LocalTime time) {}
