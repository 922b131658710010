package roundtable.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Every form sends an empty text field as an empty string, not as nothing. A record a service checks
 * with Bean Validation must therefore take a blank optional field as "not given": a constraint that
 * refuses the blank (a pattern, a format) reaches the person as "something went wrong on our side"
 * instead of a message at the field. This reads every service's validated records, so a new form's
 * record that forgets is caught here, whichever form or import sends it.
 */
class BlankOptionalTextTest {

    @Test
    void everyOptionalTextAServiceValidatesTakesABlankAsNotGiven() throws Exception {
        Set<Class<?>> records = validatedRecords();
        assertThat(records)
                .as("the scan finds the records services validate")
                .extracting(Class::getSimpleName)
                .contains("MeetingData", "PersonData", "ProfileData", "NewBody");
        List<String> refused = new ArrayList<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Class<?> type : records) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType() != String.class || required(component)) {
                        continue;
                    }
                    for (String blank : new String[] {"", "   ", "\u2003"}) {
                        if (!validator
                                .validateValue(type, component.getName(), blank)
                                .isEmpty()) {
                            refused.add(
                                    type.getSimpleName() + "." + component.getName() + " refuses \"" + blank + "\"");
                        }
                    }
                }
            }
        }
        assertThat(refused).as("optional text that refuses a blank").isEmpty();
    }

    /** A component's constraints land on its accessor (constraints cannot target a record component). */
    private static boolean required(RecordComponent component) {
        Method accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class)
                || accessor.isAnnotationPresent(NotNull.class);
    }

    /** Records taken with {@code @Valid} by a public method of any service, and the records they validate in turn. */
    private static Set<Class<?>> validatedRecords() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<Class<?>> found = new LinkedHashSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("roundtable")) {
            Class<?> service =
                    ClassUtils.forName(bean.getBeanClassName(), BlankOptionalTextTest.class.getClassLoader());
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Valid.class)) {
                        collect(parameter.getType(), found);
                    }
                }
            }
        }
        return found;
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!type.isRecord() || !found.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(Valid.class)) {
                collect(component.getType(), found);
            }
        }
    }
}
