/** Views of this feature; the subscribe form is shared with the public site. */
@NamedInterface("ui")
package roundtable.subscriptions.ui;

import org.springframework.modulith.NamedInterface;
