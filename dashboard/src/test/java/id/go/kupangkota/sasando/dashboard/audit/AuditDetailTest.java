package id.go.kupangkota.sasando.dashboard.audit;

import id.go.kupangkota.sasando.dashboard.base.ui.Translations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDetailTest {
    private static final Instant AT = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void codesAmongTheArgumentsAreShownByTheirLabelsInTheReadersLanguage() {
        List<String> args = List.of("budi", "ANALYST,ADMIN");

        assertThat(AuditDetail.USER_SAVED.render(args, Translations.INDONESIAN))
                .isEqualTo("Pengguna budi disimpan, peran: Analis, Admin");
        assertThat(AuditDetail.USER_SAVED.render(args, Translations.ENGLISH))
                .isEqualTo("User budi saved, roles: Analyst, Admin");
        assertThat(AuditDetail.TRIAGE_COPIES_DECIDED.render(List.of("x:1", "false_alarm", "54"), Translations.INDONESIAN))
                .isEqualTo("Unggahan x:1 dan salinannya (54 unggahan): Alarm palsu");
        assertThat(AuditDetail.LOGIN_FAILED.render(List.of("BadCredentialsException"), Translations.INDONESIAN))
                .isEqualTo("Alasan: nama pengguna atau kata sandi salah");
    }

    @Test
    void aReasonWithoutALabelShowsByItsName() {
        assertThat(AuditDetail.LOGIN_FAILED.render(List.of("ProviderNotFoundException"), Translations.INDONESIAN))
                .isEqualTo("Alasan: ProviderNotFoundException");
    }

    @Test
    void aLineWrittenBeforeKindsOrByALaterReleaseShowsAsStored() {
        AuditEvent old = new AuditEvent(AT, "admin", AuditAction.USER_CHANGE, "save admin [ADMIN]", null, null);
        AuditEvent later = new AuditEvent(AT, "admin", AuditAction.USER_CHANGE, "User x renamed", "USER_RENAMED",
                List.of("x"));
        AuditEvent login = new AuditEvent(AT, "admin", AuditAction.LOGIN, "", null, null);

        assertThat(AuditDetail.describe(old, Translations.INDONESIAN)).isEqualTo("save admin [ADMIN]");
        assertThat(AuditDetail.describe(later, Translations.INDONESIAN)).isEqualTo("User x renamed");
        assertThat(AuditDetail.describe(login, Translations.INDONESIAN)).isEmpty();
    }

    @Test
    void everyKindHasASentenceInEveryLanguage() {
        for (AuditDetail kind : AuditDetail.values()) {
            for (var locale : Translations.LOCALES) {
                String sentence = kind.render(List.of("A1", "A2", "A3", "A4"), locale); // as many as the longest takes
                assertThat(sentence).as(kind + " in " + locale).doesNotContain("{").contains("A1");
            }
        }
    }
}
