package roundtable.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import roundtable.audit.AuditEntry;
import roundtable.audit.AuditService;
import roundtable.base.RuleViolationException;
import roundtable.base.html.RichText;
import roundtable.base.i18n.Dates;
import roundtable.base.security.CurrentUser;
import roundtable.committees.CommitteeAccess;
import roundtable.committees.CommitteeService;
import roundtable.meetings.AgendaItemData;
import roundtable.meetings.AgendaLimits;
import roundtable.meetings.AgendaService;
import roundtable.meetings.MeetingScheduled;
import roundtable.meetings.MeetingService;
import roundtable.meetings.MeetingSummary;
import roundtable.people.PersonService;
import roundtable.people.PublicName;
import tools.jackson.databind.json.JsonMapper;

/**
 * The minutes feature's front door. The secretary drafts (prefilled from the agenda and the
 * check-ins), submits (which puts "Approval of the minutes" on the body's next agenda); the chair
 * approves, or the secretary records that the body approved them at a meeting; publishing is a
 * separate, explicit step that freezes a version. A correction is an amendment: a new draft with a
 * reason that, once approved and published, becomes the next version. The read methods at the end
 * are what every public output uses.
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    static final int REASON = 1_000;
    static final int CONTENT = 1_000_000;
    /** The body's language of record: the original minutes, and the agenda item added on submit, are written in it. */
    static final Locale ORIGINAL = Locale.ENGLISH;

    private final MinutesRepository minutes;
    private final MinutesVersionRepository versions;
    private final MinutesTranslationRepository translations;
    private final PublishedMinutesReader reader;
    private final DraftPrefill prefill;
    private final MinutesRenderer renderer;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final CommitteeService committees;
    private final CommitteeAccess access;
    private final PersonService people;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditService audit;

    MinutesService(MinutesRepository minutes, MinutesVersionRepository versions,
            MinutesTranslationRepository translations, PublishedMinutesReader reader, DraftPrefill prefill,
            MinutesRenderer renderer, MeetingService meetings, AgendaService agenda, CommitteeService committees,
            CommitteeAccess access, PersonService people, JsonMapper json, MessageSource messages,
            ApplicationEventPublisher events, Clock clock, AuditService audit) {
        this.audit = audit;
        this.minutes = minutes;
        this.versions = versions;
        this.translations = translations;
        this.reader = reader;
        this.prefill = prefill;
        this.renderer = renderer;
        this.meetings = meetings;
        this.agenda = agenda;
        this.committees = committees;
        this.access = access;
        this.people = people;
        this.json = json;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    // ---- The workflow -------------------------------------------------------------------------

    /** The minutes of a meeting as its recorders edit them; empty until a draft is started. */
    public Optional<MinutesDraft> draftOf(long meetingId) {
        MeetingSummary meeting = recordable(meetingId);
        return minutes.findByMeetingId(meeting.id()).map(this::draft);
    }

    /** Whether the signed-in person records this meeting's minutes: its page links to the editor only then. */
    public boolean mayRecord(MeetingSummary meeting) {
        return access.canRecord(meeting.bodyId());
    }

    /**
     * Starts the minutes of a meeting that has begun, from its agenda and attendance; a second start
     * returns the first, and one racing the first is refused as a conflict.
     */
    @Transactional
    public long startDraft(long meetingId) {
        MeetingSummary meeting = recordable(meetingId);
        Optional<MinutesDocument> existing = minutes.findByMeetingId(meetingId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (meeting.cancelled()) {
            throw new RuleViolationException("meeting", "minutes.error.cancelled");
        }
        if (meeting.status() == roundtable.meetings.MeetingStatus.DRAFT) {
            throw new RuleViolationException("meeting", "minutes.error.draft-meeting");
        }
        if (meeting.startsAt().toInstant().isAfter(clock.instant())) {
            throw new RuleViolationException("meeting", "minutes.error.not-started");
        }
        DraftPrefill.Start start = prefill.startFor(meetingId, meeting.bodyId(),
                meeting.startsAtLocal().toLocalDate());
        MinutesDocument doc = new MinutesDocument(meeting.bodyId(), meetingId, meeting.title(),
                meeting.startsAtLocal().toLocalDate(), start.quorumNeeded(), write(start.content()),
                meeting.publicMeeting(), clock.instant());
        try {
            return minutes.saveAndFlush(doc).getId();
        } catch (DataIntegrityViolationException startedByTheOther) {
            // Two recorders pressing Start together: the second is told someone else saved first (and
            // the editor then opens the draft the first one started).
            throw new OptimisticLockingFailureException("Minutes of meeting " + meetingId
                    + " were started by someone else", startedByTheOther);
        }
    }

    /** Keeps the working copy, rich text sanitised and roll-call counts derived; a stale version is refused. */
    @Transactional
    public MinutesDraft saveDraft(long minutesId, long expectedVersion, MinutesContent content) {
        MinutesDocument doc = recorderOf(minutesId, expectedVersion);
        if (doc.getStatus() != MinutesStatus.DRAFT) {
            throw new RuleViolationException("status", "minutes.error.not-draft");
        }
        doc.edit(write(MinutesContentRules.cleaned(Objects.requireNonNull(content))), clock.instant());
        return draft(minutes.saveAndFlush(doc));
    }

    /** Hands the draft to the approvers and puts its approval on the body's next meeting's agenda. */
    @Transactional
    public MinutesDraft submit(long minutesId, long expectedVersion) {
        MinutesDocument doc = recorderOf(minutesId, expectedVersion);
        if (doc.getStatus() != MinutesStatus.DRAFT) {
            throw new RuleViolationException("status", "minutes.error.not-draft");
        }
        Long approvalMeeting = nextMeetingOf(doc).map(next -> {
            if (!Objects.equals(next.id(), doc.getApprovalMeetingId())) {
                agenda.addAgendaItem(next.id(), new AgendaItemData(approvalItemTitle(doc), null, 5, null, false));
            }
            return next.id();
        }).orElse(null);
        doc.submit(approvalMeeting, clock.instant());
        return draft(minutes.saveAndFlush(doc));
    }

    /**
     * Minutes submitted while the body had no meeting ahead get their "Approval of the minutes"
     * item on the first meeting scheduled afterwards, in the scheduling transaction.
     */
    @EventListener
    @Transactional
    void meetingScheduled(MeetingScheduled event) {
        List<MinutesDocument> waiting = minutes.awaitingApprovalMeeting(event.bodyId());
        if (waiting.isEmpty()) {
            return;
        }
        meetings.find(event.meetingId()).filter(m -> !m.cancelled() && m.startsAt().toInstant().isAfter(clock.instant()))
                .ifPresent(next -> waiting.forEach(doc -> {
                    agenda.addAgendaItem(next.id(), new AgendaItemData(approvalItemTitle(doc), null, 5, null, false));
                    doc.awaitApprovalAt(next.id());
                }));
    }

    /** The chair (or vice-chair, or an administrator) sends submitted minutes back to the secretary for changes. */
    @Transactional
    public MinutesDraft returnToDraft(long minutesId, long expectedVersion) {
        MinutesDocument doc = recorderOf(minutesId, expectedVersion);
        requireStatus(doc, MinutesStatus.SUBMITTED);
        if (!access.canManage(doc.getBodyId())) {
            throw new AccessDeniedException("Only the chair or vice-chair sends minutes back");
        }
        doc.returnToDraft(clock.instant());
        return draft(minutes.saveAndFlush(doc));
    }

    /**
     * Approval: by the chair or vice-chair themselves ({@code atMeetingId} null), or recorded by a
     * recorder as the body's decision at one of its meetings that has taken place.
     */
    @Transactional
    public MinutesDraft approve(long minutesId, long expectedVersion, Long atMeetingId) {
        MinutesDocument doc = recorderOf(minutesId, expectedVersion);
        requireStatus(doc, MinutesStatus.SUBMITTED);
        if (atMeetingId == null) {
            // The chair in person; or the system recording history (the demo at start-up), never a person
            // who would be named as "the chair" without being it.
            boolean system = CurrentUser.personId().isEmpty() && access.canManage(doc.getBodyId());
            if (!access.chairs(doc.getBodyId()) && !system) {
                throw new AccessDeniedException("Only the chair or vice-chair approves minutes alone");
            }
        } else {
            MeetingSummary at = meetings.find(atMeetingId).filter(m -> m.bodyId() == doc.getBodyId())
                    .orElseThrow(() -> new RuleViolationException("approvedAt", "minutes.error.approval-meeting"));
            // Only a meeting held after the minutes were submitted can have approved them.
            if (at.startsAt().toInstant().isAfter(clock.instant()) || at.cancelled()
                    || !at.startsAtLocal().toLocalDate().isAfter(doc.getMeetingDate())
                    || (doc.getSubmittedAt() != null && !at.endsAt().toInstant().isAfter(doc.getSubmittedAt()))) {
                throw new RuleViolationException("approvedAt", "minutes.error.approval-meeting");
            }
        }
        doc.approve(CurrentUser.personId().orElse(null), atMeetingId, clock.instant());
        record(doc, "minutes.approved", atMeetingId == null ? "Minutes approved by the chair: " + doc.getTitle()
                : "Minutes recorded as approved at meeting " + atMeetingId + ": " + doc.getTitle());
        return draft(minutes.saveAndFlush(doc));
    }

    /** What a publisher should look at first; publishing goes ahead only once they are accepted. */
    public List<MinutesWarning> publishWarnings(long minutesId) {
        MinutesDocument doc = minutes.findById(minutesId).orElseThrow(() -> gone(minutesId));
        requireRecorder(doc);
        MinutesContent content = read(doc.getContentJson());
        return MinutesContentRules.warnings(content, doc.getQuorumNeeded(), unnamed(content));
    }

    /**
     * Freezes the approved working copy as the next version: content, rendered html and plain text.
     * Refused with the warnings' message while there are warnings the publisher has not accepted.
     */
    @Transactional
    public PublishedMinutes publish(long minutesId, long expectedVersion, boolean warningsAccepted) {
        MinutesDocument doc = recorderOf(minutesId, expectedVersion);
        requireStatus(doc, MinutesStatus.APPROVED);
        MinutesContent content = read(doc.getContentJson());
        Set<Long> unnamed = unnamed(content);
        if (!warningsAccepted && !MinutesContentRules.warnings(content, doc.getQuorumNeeded(), unnamed).isEmpty()) {
            throw new RuleViolationException("warnings", "minutes.warning.accept");
        }
        MinutesRenderer.Rendered rendered = renderer.render(content, facts(doc, unnamed), ORIGINAL);
        String reason = doc.getAmendmentReason();
        Instant now = clock.instant();
        int number = doc.publish(now);
        // The record first: a second publisher fails on its version with "someone else saved first",
        // not on the version number's unique constraint.
        minutes.saveAndFlush(doc);
        versions.save(new MinutesVersion(doc.getId(), number, doc.getContentJson(), rendered.html(),
                rendered.plainText(), reason, now, CurrentUser.personId().orElse(null)));
        record(doc, number == 1 ? "minutes.published" : "minutes.amended",
                "Minutes published as version " + number + ": " + doc.getTitle()
                        + (reason == null ? "" : " (amendment: " + reason + ")"));
        // Minutes the system publishes by itself (the demo's history at start-up) are news to no one.
        if (CurrentUser.personId().isPresent()) {
            events.publishEvent(number == 1 ? new MinutesPublished(doc.getId(), doc.getBodyId(), number)
                    : new MinutesAmended(doc.getId(), doc.getBodyId(), number, reason));
        }
        return reader.read(List.of(new PublishedMinutesReader.Wanted(doc.getId(), number))).getFirst();
    }

    /** Starts a correction: a new draft from the published text, with the reason the public will read. */
    @Transactional
    public MinutesDraft amend(long minutesId, long expectedVersion, String reason) {
        MinutesDocument doc = recorderOf(minutesId, expectedVersion);
        requireStatus(doc, MinutesStatus.PUBLISHED);
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new RuleViolationException("reason", "validation.required");
        }
        if (clean.length() > REASON) {
            throw new RuleViolationException("reason", "validation.too-long", REASON);
        }
        roundtable.base.PlainText.requireLines("reason", clean);
        if (doc.getContentJson() == null) {
            // Published before minutes were recorded item by item: an amendment would start from nothing.
            throw new RuleViolationException("reason", "minutes.error.legacy-amend");
        }
        doc.amend(clean, clock.instant());
        record(doc, "minutes.amendment-started", "Amendment of the minutes started: " + doc.getTitle() + " (" + clean
                + ")");
        return draft(minutes.saveAndFlush(doc));
    }

    /** The body's meetings that have taken place, newest first: where the body may have approved these minutes. */
    public List<MeetingSummary> approvalMeetings(long minutesId) {
        MinutesDocument doc = minutes.findById(minutesId).orElseThrow(() -> gone(minutesId));
        requireRecorder(doc);
        return meetings.meetingsToManage(doc.getBodyId(), 0, 200).stream()
                .filter(m -> !m.cancelled() && !m.startsAt().toInstant().isAfter(clock.instant()))
                .filter(m -> m.startsAtLocal().toLocalDate().isAfter(doc.getMeetingDate()))
                .filter(m -> doc.getSubmittedAt() == null || m.endsAt().toInstant().isAfter(doc.getSubmittedAt()))
                .sorted(Comparator.comparing(MeetingSummary::startsAtLocal).reversed()).toList();
    }

    // ---- Translations -------------------------------------------------------------------------

    /** The translations of published minutes, for their recorders to keep up to date. */
    public List<TranslationEntry> translationsOf(long minutesId) {
        MinutesDocument doc = minutes.findById(minutesId).orElseThrow(() -> gone(minutesId));
        requireRecorder(doc);
        return translations.findByMinutesIdInOrderByLanguage(List.of(minutesId)).stream()
                .map(t -> new TranslationEntry(t.getLanguage(), t.getVersion(), t.getBasedOn(),
                        t.getBasedOn() < doc.getCurrentNumber(), t.getHtml(), t.getTranslator(), t.getUpdatedAt(),
                        doc.getCurrentNumber()))
                .toList();
    }

    /**
     * The languages a translation can be entered in: those the public pages, the archive and the
     * feeds can show a reader (every site language but the original), whatever the body offers
     * for interpretation.
     */
    public List<String> translationLanguages() {
        return java.util.Arrays.stream(roundtable.base.i18n.Language.values()).map(roundtable.base.i18n.Language::tag)
                .filter(tag -> !tag.equals(ORIGINAL.getLanguage())).toList();
    }

    /** A translation of the current version into a language that has none yet. */
    @Transactional
    public long addTranslation(long minutesId, String language, String html) {
        MinutesDocument doc = translatable(minutesId, language, html);
        if (translations.findByMinutesIdAndLanguage(minutesId, language).isPresent()) {
            // Added by someone else since the translator's form loaded: the form shows theirs beside.
            throw new OptimisticLockingFailureException("Translation " + language + " of minutes " + minutesId
                    + " was added by someone else");
        }
        long id;
        try {
            id = translations.saveAndFlush(new MinutesTranslation(minutesId, language, doc.getCurrentNumber(), html,
                    translatorName(), clock.instant())).getId();
        } catch (DataIntegrityViolationException savedByTheOther) {
            // Two translators adding the same language at once: the second is told, as for an edit.
            throw new OptimisticLockingFailureException("Translation " + language + " of minutes " + minutesId
                    + " was added by someone else", savedByTheOther);
        }
        events.publishEvent(new MinutesTranslated(minutesId, language));
        return id;
    }

    /**
     * Replaces a translation's text. It becomes a translation of the current version only when the
     * translator says it now follows that version: mending a typo in a translation of version 1
     * must not present it as a translation of version 2.
     */
    @Transactional
    public void updateTranslation(long minutesId, String language, String html, long expectedVersion,
            boolean followsCurrentVersion) {
        MinutesDocument doc = translatable(minutesId, language, html);
        MinutesTranslation t = translations.findByMinutesIdAndLanguage(minutesId, language)
                .orElseThrow(() -> gone(minutesId));
        if (t.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Translation " + language + " of minutes " + minutesId
                    + " was saved by someone else");
        }
        t.update(followsCurrentVersion ? doc.getCurrentNumber() : t.getBasedOn(), html, translatorName(),
                clock.instant());
        translations.saveAndFlush(t);
        events.publishEvent(new MinutesTranslated(minutesId, language));
    }

    // ---- Reading: what every public output uses --------------------------------------------------

    /** One published version ({@code number} null: the current one); empty when not published. */
    public Optional<PublishedMinutes> published(long minutesId, Integer number) {
        if (minutes.findById(minutesId).filter(MinutesDocument::isPublicRecord).isEmpty()) {
            // A closed meeting's minutes stay with the body: no public output shows them.
            return Optional.empty();
        }
        return reader.read(List.of(new PublishedMinutesReader.Wanted(minutesId, number == null ? 0 : number)))
                .stream().findFirst();
    }

    /** The latest publications, amendments included, newest first; of one body, or of all ({@code bodyId} null). */
    public List<PublishedMinutes> recentlyPublished(Long bodyId, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(limit, 1));
        List<MinutesVersion> newest = bodyId == null ? versions.newestFirst(page) : versions.newestFirstOf(bodyId, page);
        return reader.read(newest.stream()
                .map(v -> new PublishedMinutesReader.Wanted(v.getMinutesId(), v.getNumber())).toList());
    }

    /**
     * A translation of published minutes, flagged out of date when a later version has been published: the
     * whole record of the version it translates, in its language, with the translator's words where the
     * original has free text ({@link MinutesRenderer#renderTranslation}).
     */
    public Optional<PublishedTranslation> translation(long minutesId, String language) {
        return minutes.findById(minutesId).filter(m -> m.getCurrentNumber() > 0 && m.isPublicRecord())
                .flatMap(doc -> translations.findByMinutesIdAndLanguage(minutesId, language)
                        .map(t -> PublishedMinutesReader.translation(doc, t, wholeRecord(doc, t))));
    }

    /** Empty for a version carried over from free-HTML minutes: its translation is only the translator's text. */
    private Optional<MinutesRenderer.Rendered> wholeRecord(MinutesDocument doc, MinutesTranslation t) {
        return versions.findByMinutesIdAndNumber(doc.getId(), t.getBasedOn()).map(MinutesVersion::getContentJson)
                .map(this::read).map(content -> renderer.renderTranslation(content, facts(doc, unnamed(content)),
                        Locale.forLanguageTag(t.getLanguage()), t.getHtml(), ORIGINAL));
    }

    /** The current version of every published record, for the search index. */
    public List<PublishedMinutes> allCurrent() {
        return reader.read(minutes.allPublished().stream()
                .map(m -> new PublishedMinutesReader.Wanted(m.getId(), 0)).toList());
    }

    /** When anything public last changed (a version published, a translation saved): the search index rebuilds after it. */
    public Instant lastPublicationChange() {
        return Stream.of(versions.lastPublished(), translations.lastUpdated()).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    /**
     * A number that grows with every publication and every translation saved, on whichever server.
     * Unlike the latest timestamp it cannot miss a change that committed after a later-stamped one.
     */
    public long publicationGeneration() {
        return versions.count() + translations.generation();
    }

    public List<MinutesSummary> published(int offset, int limit) {
        int size = Math.max(limit, 1);
        return summaries(minutes.published(PageRequest.of(offset / size, size)));
    }

    public List<MinutesSummary> publishedOf(long bodyId, int limit) {
        return summaries(minutes.publishedOf(bodyId, PageRequest.of(0, Math.max(limit, 1))));
    }

    /**
     * The bodies the archive can be filtered by: those with published minutes, a body since
     * dissolved included, sorted by name.
     */
    public List<roundtable.committees.BodySummary> bodiesWithPublishedMinutes() {
        return minutes.bodiesWithPublished().stream().map(committees::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(roundtable.committees.BodySummary::name)).toList();
    }

    public long countPublished() {
        return minutes.countPublished();
    }

    public Optional<MinutesSummary> findPublished(long minutesId) {
        return minutes.findById(minutesId).filter(m -> m.getCurrentNumber() > 0 && m.isPublicRecord())
                .map(m -> summaries(List.of(m)))
                .map(List::getFirst);
    }

    // ---- Helpers ------------------------------------------------------------------------------

    private List<MinutesSummary> summaries(List<MinutesDocument> docs) {
        Map<Long, PublishedMinutes> current = reader.read(docs.stream()
                .map(m -> new PublishedMinutesReader.Wanted(m.getId(), 0)).toList()).stream()
                .collect(Collectors.toMap(PublishedMinutes::minutesId, Function.identity()));
        return docs.stream().filter(m -> current.containsKey(m.getId()))
                .map(m -> MinutesSummary.of(m, current.get(m.getId()))).toList();
    }

    private MinutesDraft draft(MinutesDocument doc) {
        MinutesContent content = read(doc.getContentJson());
        return new MinutesDraft(doc.getId(), doc.getVersion(), doc.getMeetingId(), doc.getBodyId(), doc.getTitle(),
                doc.getMeetingDate(), doc.getStatus(), content, doc.getQuorumNeeded(),
                doc.getCurrentNumber(), doc.getAmendmentReason(), doc.getApprovalMeetingId(),
                access.chairs(doc.getBodyId()), unnamed(content));
    }

    /**
     * Members who have not agreed to be named in public (or whose record was anonymised), as of
     * publication: a published version never changes, so a later consent shows in the next one.
     */
    private Set<Long> unnamed(MinutesContent content) {
        List<Long> ids = content.attendance().stream().map(MinutesContent.Attendance::personId)
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, PublicName> names = people.publicNames(ids);
        return ids.stream().filter(id -> names.get(id) == null || names.get(id).fullName() == null)
                .collect(Collectors.toSet());
    }

    private MinutesFacts facts(MinutesDocument doc, Set<Long> unnamed) {
        Optional<MeetingSummary> meeting = meetings.find(doc.getMeetingId());
        String bodyName = committees.find(doc.getBodyId()).map(b -> b.name()).orElse("");
        String place = meeting.map(m -> Stream.of(m.location(), m.room()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "))).orElse(null);
        LocalDate approvedOn = doc.getApprovedAt() == null ? null
                : LocalDate.ofInstant(doc.getApprovedAt(), meeting.map(MeetingSummary::zone).orElse(clock.getZone()));
        LocalDate approvedAtMeetingOn = doc.getApprovedAtMeetingId() == null ? null
                : meetings.find(doc.getApprovedAtMeetingId()).map(m -> m.startsAtLocal().toLocalDate()).orElse(null);
        return new MinutesFacts(bodyName, doc.getTitle(), meeting.map(MeetingSummary::startsAtLocal).orElse(null),
                meeting.map(MeetingSummary::zone).orElse(null), place, doc.getQuorumNeeded(), approvedOn,
                approvedAtMeetingOn, unnamed);
    }

    private Optional<MeetingSummary> nextMeetingOf(MinutesDocument doc) {
        return meetings.upcomingOf(doc.getBodyId(), 5).stream()
                .filter(m -> !m.cancelled() && m.startsAt().toInstant().isAfter(clock.instant())).findFirst();
    }

    private String approvalItemTitle(MinutesDocument doc) {
        String key = doc.getCurrentNumber() > 0 ? "minutes.approval-item.amended" : "minutes.approval-item";
        String title = messages.getMessage(key, new Object[] { doc.getTitle(),
                Dates.date(doc.getMeetingDate(), ORIGINAL) }, ORIGINAL);
        return title.length() <= AgendaLimits.TITLE ? title : title.substring(0, AgendaLimits.TITLE - 1) + "…";
    }

    private MinutesDocument translatable(long minutesId, String language, String html) {
        MinutesDocument doc = minutes.findById(minutesId).orElseThrow(() -> gone(minutesId));
        requireRecorder(doc);
        if (doc.getCurrentNumber() == 0) {
            throw new RuleViolationException("language", "minutes.error.not-published");
        }
        if (language == null || !translationLanguages().contains(language)) {
            throw new RuleViolationException("language", "minutes.error.language");
        }
        RichText.require("html", html);
        String clean = RichText.sanitise(html);
        if (clean.isBlank()) {
            throw new RuleViolationException("html", "validation.required");
        }
        if (clean.length() > CONTENT) {
            throw new RuleViolationException("html", "validation.too-long", CONTENT);
        }
        return doc;
    }

    private String translatorName() {
        return CurrentUser.personId().map(id -> people.contacts(List.of(id)).get(id))
                .map(p -> p.fullName()).orElse(null);
    }

    /** Who approved, published or corrected a public record, and when, is kept in the audit trail. */
    private void record(MinutesDocument doc, String action, String summary) {
        audit.record(new AuditEntry(action, "minutes", doc.getId(), doc.getBodyId(), summary, null, null));
    }

    private MeetingSummary recordable(long meetingId) {
        MeetingSummary meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("No such meeting"));
        if (!access.canRecord(meeting.bodyId())) {
            throw new AccessDeniedException("Only the body's recorders keep its minutes");
        }
        return meeting;
    }

    private MinutesDocument recorderOf(long minutesId, long expectedVersion) {
        MinutesDocument doc = minutes.findById(minutesId).orElseThrow(() -> gone(minutesId));
        requireRecorder(doc);
        if (doc.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Minutes " + minutesId + " were saved by someone else");
        }
        return doc;
    }

    private void requireRecorder(MinutesDocument doc) {
        if (!access.canRecord(doc.getBodyId())) {
            throw new AccessDeniedException("Only the body's recorders keep its minutes");
        }
    }

    private static void requireStatus(MinutesDocument doc, MinutesStatus expected) {
        if (doc.getStatus() != expected) {
            throw new RuleViolationException("status", "minutes.error.status." + expected.name().toLowerCase(Locale.ROOT));
        }
    }

    private static AccessDeniedException gone(long minutesId) {
        return new AccessDeniedException("No minutes " + minutesId);
    }

    private String write(MinutesContent content) {
        String text = json.writeValueAsString(content);
        if (text.length() > CONTENT) {
            throw new RuleViolationException("content", "validation.too-long", CONTENT);
        }
        return text;
    }

    private MinutesContent read(String text) {
        return text == null ? MinutesContent.empty() : json.readValue(text, MinutesContent.class);
    }
}
