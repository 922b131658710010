/** Who changed what, when, with the state before and after: readable by administrators. */
@ApplicationModule(allowedDependencies = {})
package roundtable.audit;

import org.springframework.modulith.ApplicationModule;
