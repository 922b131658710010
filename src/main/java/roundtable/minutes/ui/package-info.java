/** Views of this feature; a few components are shared with the public site. */
@NamedInterface("ui")
package roundtable.minutes.ui;

import org.springframework.modulith.NamedInterface;
