/** What anyone can read without signing in: the home page and each body's public page. */
@ApplicationModule(
        allowedDependencies = {
            "committees",
            "committees :: ui",
            "meetings",
            "meetings :: ui",
            "minutes",
            "minutes :: ui",
            "subscriptions",
            "subscriptions :: ui"
        })
package roundtable.publicsite;

import org.springframework.modulith.ApplicationModule;
