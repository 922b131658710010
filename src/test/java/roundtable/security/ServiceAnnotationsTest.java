package roundtable.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import roundtable.base.security.Open;
import roundtable.base.security.SystemUse;

/**
 * One way to say who may call a service: every public method of every service carries its rule as
 * an annotation, a {@code @PreAuthorize} (directly or through {@code @SignedIn}, {@code @Coordinators},
 * {@code @Administrators}) or, for what anyone or only the system may call, {@link Open} or
 * {@link SystemUse} with the reason. A method on a class that carries one shares the class's rule.
 */
class ServiceAnnotationsTest {

    @Test
    void everyPublicServiceMethodSaysWhoMayCallIt() {
        List<String> unsaid = new ArrayList<>();
        for (Class<?> service : services()) {
            for (Method method : service.getDeclaredMethods()) {
                if (offered(method) && !ruled(method) && !ruled(service)) {
                    unsaid.add(name(method));
                }
            }
        }
        assertThat(unsaid)
                .as("public service methods with no @PreAuthorize, @Open or @SystemUse")
                .isEmpty();
    }

    @Test
    void everyOpenDoorSaysWhy() {
        List<String> noReason = new ArrayList<>();
        for (Class<?> service : services()) {
            List<AnnotatedElement> elements = new ArrayList<>(Arrays.asList(service.getDeclaredMethods()));
            elements.add(service);
            for (var element : elements) {
                Open open = element.getAnnotation(Open.class);
                SystemUse system = element.getAnnotation(SystemUse.class);
                if ((open != null && open.reason().isBlank())
                        || (system != null && system.reason().isBlank())) {
                    noReason.add(element.toString());
                }
            }
        }
        assertThat(noReason).isEmpty();
    }

    @Test
    void noViewCallsAMethodMeantForTheSystem() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("roundtable");
        List<String> calls = classes.stream()
                .filter(c -> c.getPackageName().endsWith(".ui"))
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(ServiceAnnotationsTest::intoSystemUse)
                .map(call -> call.getOrigin().getFullName() + " calls "
                        + call.getTarget().getFullName())
                .distinct()
                .sorted()
                .toList();
        assertThat(calls)
                .as("views calling what only listeners, jobs and mailers may call")
                .isEmpty();
    }

    private static boolean intoSystemUse(JavaMethodCall call) {
        return call.getTarget()
                .resolveMember()
                .map(m -> m.isAnnotatedWith(SystemUse.class) || m.getOwner().isAnnotatedWith(SystemUse.class))
                .orElse(false);
    }

    static List<Class<?>> services() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> services = new ArrayList<>();
        for (var bean : scan.findCandidateComponents("roundtable")) {
            try {
                services.add(Class.forName(bean.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        services.sort(Comparator.comparing(Class::getName));
        assertThat(services).as("the scan finds the services").hasSizeGreaterThan(20);
        return services;
    }

    private static boolean offered(Method method) {
        return Modifier.isPublic(method.getModifiers())
                && !Modifier.isStatic(method.getModifiers())
                && !method.isSynthetic()
                && !method.isBridge();
    }

    private static boolean ruled(AnnotatedElement element) {
        return AnnotatedElementUtils.hasAnnotation(element, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(element, Open.class)
                || AnnotatedElementUtils.hasAnnotation(element, SystemUse.class);
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", "))
                + ")";
    }
}
