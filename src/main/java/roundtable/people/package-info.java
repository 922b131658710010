/** People: who they are, how they sign in, their own profile and personal data, and the directory. */
@ApplicationModule(allowedDependencies = {"audit"})
package roundtable.people;

import org.springframework.modulith.ApplicationModule;
