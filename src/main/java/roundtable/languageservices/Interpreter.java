package roundtable.languageservices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import roundtable.base.i18n.LanguageNames;
import roundtable.base.persistence.VersionedEntity;

/** An interpreter or translator on the roster. Deactivated, never deleted: past assignments keep their name. */
@Entity
@Table(name = "interpreter")
class Interpreter extends VersionedEntity {

    private String name;

    /** Tags from {@link LanguageNames#OFFERED}, in that order, comma-separated. */
    private String languages;

    /** Mode names in declaration order, comma-separated. */
    private String modes;

    private String email;

    private String phone;

    @Enumerated(EnumType.STRING)
    private InterpreterKind kind;

    @Column(name = "vendor_name")
    private String vendorName;

    private String notes;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Interpreter() {}

    Interpreter(InterpreterData data, Instant now) {
        this.active = true;
        this.createdAt = now;
        update(data, now);
    }

    /** Expects data already checked and tidied by the roster. */
    final void update(InterpreterData data, Instant now) {
        this.name = data.name();
        this.languages = LanguageNames.OFFERED.stream()
                .filter(data.languages()::contains)
                .collect(Collectors.joining(","));
        this.modes = EnumSet.copyOf(data.modes()).stream().map(Enum::name).collect(Collectors.joining(","));
        this.email = data.email();
        this.phone = data.phone();
        this.kind = data.kind();
        this.vendorName = data.vendorName();
        this.notes = data.notes();
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    boolean isActive() {
        return active;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    List<String> languages() {
        return languages.isBlank() ? List.of() : List.of(languages.split(","));
    }

    Set<WorkingMode> modes() {
        return Arrays.stream(modes.split(","))
                .filter(m -> !m.isBlank())
                .map(WorkingMode::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkingMode.class)));
    }

    InterpreterSummary toSummary() {
        return new InterpreterSummary(
                getId(), getVersion(), name, languages(), modes(), email, phone, kind, vendorName, notes, active);
    }

    /** Short state for the audit trail; contact details stay out of it. */
    String describe() {
        return "languages: " + languages + "; modes: " + modes + "; kind: " + kind
                + (vendorName == null ? "" : " (" + vendorName + ")") + "; active: " + active;
    }
}
