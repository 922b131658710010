package roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * The services of meetings and "find a time" say who may call each public method on the method
 * itself, so a new method that forgets is caught here rather than left open. The methods meant to be
 * open are named below with the reason; whoever opens another adds it here, where a reviewer sees it.
 */
class MeetingAndPollServicesAccessScanTest {

    static final Map<String, String> OPEN = new TreeMap<>(Map.ofEntries(
            Map.entry("MeetingService.upcomingPublic", "public read: the calendar of public meetings"),
            Map.entry("MeetingService.countUpcomingPublic", "public read: the calendar of public meetings"),
            Map.entry("MeetingService.upcomingOf", "public read, closed meetings only for the body's members"),
            Map.entry("MeetingService.find", "public read, closed meetings only for the body's members"),
            Map.entry("MeetingService.closedMeeting", "public read: only that a closed meeting happens"),
            Map.entry("MeetingService.timesBetween", "public read: when meetings happen, as the calendar shows"),
            Map.entry("MeetingService.canManage", "a question about the caller, asked by pages anyone opens"),
            Map.entry("MeetingService.findNamedByLink", "guest flow: a personal link its caller has verified"),
            Map.entry("MeetingService.scheduledStartingBetween", "background job (reminders), no one signed in"),
            Map.entry("MeetingCalendarService.thisMonth", "public read: the calendar page"),
            Map.entry("MeetingCalendarService.zone", "public read: the calendar page"),
            Map.entry("MeetingCalendarService.today", "public read: the calendar page"),
            Map.entry("MeetingCalendarService.month", "public read, closed meetings only as the reader may see"),
            Map.entry("MeetingCalendarService.upcoming", "public read, closed meetings only as the reader may see"),
            Map.entry("MeetingCalendarService.countUpcoming", "public read, closed meetings only as the reader may see"),
            Map.entry("MeetingCalendarService.publicFeed", "public read: the iCalendar feed of public meetings"),
            Map.entry("MeetingCalendarService.bodyFeed", "public read: a body's iCalendar feed of public meetings"),
            Map.entry("MeetingCalendarService.meeting", "public read, closed meetings only for the body's members"),
            Map.entry("MeetingCalendarService.emailedInvitation", "mailers, after commit, no one signed in"),
            Map.entry("MeetingCalendarService.privateFeed", "token flow: a member's secret calendar link"),
            Map.entry("AgendaService.agendaOf", "public read, empty for whoever may not see the meeting"),
            Map.entry("AgendaService.mayEdit", "a question about the caller, asked by pages anyone opens"),
            Map.entry("AgendaService.openAttachment", "public read, nothing for whoever may not see the meeting"),
            Map.entry("AgendaService.maxAttachmentBytes", "a setting, the same for everyone"),
            Map.entry("AgendaService.acceptedExtensions", "a setting, the same for everyone"),
            Map.entry("PollAnswers.invitation", "guest flow: an invitee's signed personal link"),
            Map.entry("PollAnswers.answer", "guest flow: an invitee's signed personal link")));

    @Test
    void everyPublicMethodOfTheseServicesSaysWhoMayCallIt() throws Exception {
        List<String> unsaid = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Class<?> service : services()) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                seen.add(name);
                boolean ruled = method.isAnnotationPresent(PreAuthorize.class)
                        || service.isAnnotationPresent(PreAuthorize.class);
                if (!ruled && !OPEN.containsKey(name)) {
                    unsaid.add(name);
                }
                if (ruled && OPEN.containsKey(name)) {
                    unsaid.add(name + " (listed as open, but carries a rule)");
                }
            }
        }
        assertThat(unsaid).as("public service methods with no access rule").isEmpty();
        assertThat(seen).as("every method listed as open still exists").containsAll(OPEN.keySet());
    }

    private static List<Class<?>> services() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> found = new ArrayList<>();
        for (String module : List.of("roundtable.meetings", "roundtable.scheduling")) {
            for (BeanDefinition bean : scanner.findCandidateComponents(module)) {
                found.add(ClassUtils.forName(bean.getBeanClassName(), MeetingAndPollServicesAccessScanTest.class
                        .getClassLoader()));
            }
        }
        assertThat(found).extracting(Class::getSimpleName).contains("MeetingService", "AgendaService");
        return found;
    }
}
