package roundtable.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Offered to no person: another feature's listener, a job or a mailer calls it, under whoever
 * happens to be signed in (often nobody), so it checks no one. Views never call it; a test fails
 * on a view that does. The reason names who calls it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SystemUse {

    /** Who calls it, and why no person's rights apply. */
    String reason();
}
