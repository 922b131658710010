package roundtable.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone may call this, a visitor without an account included, and the reason says why that is
 * safe: it reads only what is public, answers only for the person asking, or a signed link in its
 * arguments is the permission. A service method carries this, a {@link SystemUse}, or a
 * {@code @PreAuthorize} rule (directly or through {@link SignedIn}, {@link Coordinators},
 * {@link Administrators}); a test fails on a public service method with none of them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Open {

    /** Why calling it without a check is safe, in a sentence a reviewer can weigh. */
    String reason();
}
