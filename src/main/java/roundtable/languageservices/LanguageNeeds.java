package roundtable.languageservices;

import java.util.Map;
import roundtable.base.i18n.Language;
import roundtable.committees.BodySummary;

/** How many current members of a body prefer each language, for planning interpretation. */
public record LanguageNeeds(BodySummary body, int members, Map<Language, Long> byLanguage) {}
