/** Views of this feature; a few components are shared with the public site. */
@NamedInterface("ui")
package roundtable.committees.ui;

import org.springframework.modulith.NamedInterface;
