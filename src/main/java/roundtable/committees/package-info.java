/**
 * Bodies, their constituencies and seats, and who holds them: rosters for the public, the members
 * and the chair, roster imports and exports, and the committee-scoped rights every feature checks
 * through {@code @committeeAccess}.
 */
@ApplicationModule(allowedDependencies = {"audit", "people"})
package roundtable.committees;

import org.springframework.modulith.ApplicationModule;
