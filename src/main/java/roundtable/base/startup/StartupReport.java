package roundtable.base.startup;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;

/**
 * Says where start-up time goes, when asked with {@code -Droundtable.startup-report=N}: the N
 * slowest steps Spring recorded (bean creation, context refresh, runners), logged once the app
 * is ready. Off by default: recording every step costs memory and a little time.
 */
public final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    static final String PROPERTY = "roundtable.startup-report";

    private final BufferingApplicationStartup recorder;
    private final int slowest;

    private StartupReport(BufferingApplicationStartup recorder, int slowest) {
        this.recorder = recorder;
        this.slowest = slowest;
    }

    /** Records start-up steps on {@code app} when the system property asks for a report. */
    public static void attachIfAsked(SpringApplication app) {
        int slowest = Integer.getInteger(PROPERTY, 0);
        if (slowest <= 0) {
            return;
        }
        var recorder = new BufferingApplicationStartup(20_000);
        app.setApplicationStartup(recorder);
        app.addListeners(new StartupReport(recorder, slowest));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var timeline = recorder.getBufferedTimeline();
        String lines = timeline.getEvents().stream()
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(slowest)
                .map(e -> String.format(
                        "%6d ms  %s %s",
                        e.getDuration().toMillis(), e.getStartupStep().getName(), describe(e)))
                .collect(Collectors.joining("\n"));
        log.info(
                "Ready in {} ms; slowest start-up steps (a nested step counts in its parent too):\n{}",
                event.getTimeTaken() == null ? "?" : event.getTimeTaken().toMillis(),
                lines);
    }

    private static String describe(TimelineEvent event) {
        var tags = new StringBuilder();
        event.getStartupStep()
                .getTags()
                .forEach(tag -> tags.append(tag.getKey())
                        .append('=')
                        .append(tag.getValue())
                        .append(' '));
        return tags.toString().trim();
    }
}
