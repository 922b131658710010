/**
 * The shell every feature stands on: layout, security, languages, clock, error handling.
 * Open so that features can use its sub-packages; it depends on no feature itself.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package roundtable.base;

import org.springframework.modulith.ApplicationModule;
