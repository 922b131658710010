/** Demo data for the default profile: the district's real bodies with fictional people. */
@ApplicationModule(allowedDependencies = {"committees", "languageservices", "meetings", "minutes", "people"})
package roundtable.demo;

import org.springframework.modulith.ApplicationModule;
